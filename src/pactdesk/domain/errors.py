"""Errors that carry a sentence a secretary understands."""

from __future__ import annotations

from datetime import datetime


class PactDeskError(Exception):
    """Base of every error PactDesk reports to a person; ``str(error)`` is the message."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class DomainError(PactDeskError):
    """A request that the committee's rules do not allow."""


class ValidationError(DomainError):
    """A value that is not acceptable; ``field`` names the input it belongs to, when there is one."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(DomainError):
    """Something asked for by reference or name that does not exist."""


class ConflictError(DomainError):
    """A value that would clash with one already recorded (a duplicate e-mail, reference, …).

    ``field`` names the input holding the clashing value, when there is one, so a form can show it there.
    """

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class StaleError(DomainError):
    """A change made to an older version of a record than the one stored: someone saved it in between.

    ``changed_by`` and ``changed_at`` say who saved it last and when, ``version`` is the stored version (a save on
    top of theirs names it), and ``theirs`` is the stored value of what was being changed, when there is one."""

    def __init__(
        self, message: str, *, changed_by: str, changed_at: datetime | None, version: int, theirs: object = None
    ) -> None:
        super().__init__(message)
        self.changed_by = changed_by
        self.changed_at = changed_at
        self.version = version
        self.theirs = theirs


class LockedError(DomainError):
    """A change to a record that is locked, such as approved minutes."""


class TamperedError(DomainError):
    """A kept record (a version of the minutes, an audit entry) that no longer matches its fingerprint."""


class ExchangeError(PactDeskError):
    """A workbook, PDF or calendar file that could not be written or read."""


class RefusedFileError(ExchangeError):
    """A file that PactDesk will not open: not what it claims to be, damaged, or built to do harm."""


class CancelledError(PactDeskError):
    """Work the user cancelled; whatever it was writing was left as it was before."""
