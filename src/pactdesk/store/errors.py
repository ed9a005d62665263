"""Store failures, each with a sentence that says what happened and what to do."""

from __future__ import annotations

from pactdesk.domain.errors import PactDeskError


class StoreError(PactDeskError):
    """The database could not be opened, read or written."""


class DatabaseInUseError(StoreError):
    """Another PactDesk window already has this database file open."""


class ReadOnlyDatabaseError(StoreError):
    """The file or its folder cannot be written to, or (on a server) the login may read but not write."""


class NewerSchemaError(StoreError):
    """The database was written by a newer PactDesk; it is left untouched."""


class MissingDatabaseError(StoreError):
    """The database file is gone, but its backups or a damaged copy are there: nothing new is made in its place."""


class CorruptDatabaseError(StoreError):
    """The file is damaged and no good backup could replace it; nothing was deleted."""


class DiskFullError(StoreError):
    """The disk is full; the change was not saved, earlier work is intact."""


class DatabaseBusyError(StoreError):
    """Another program held the database for longer than the busy timeout."""


class BackupError(StoreError):
    """A backup could not be written or did not verify."""


class UnverifiedBackupError(BackupError):
    """A backup was written but did not verify: the copy is as the file is, so the file itself is suspect."""


class MigrationError(StoreError):
    """A schema upgrade failed; the database stays at the version it had before that step."""


class PasswordNeededError(StoreError):
    """The server asks a password the URL, PGPASSWORD and ~/.pgpass did not give (or refused the one given): the
    window asks the person for it, and keeps it in memory only. ``login`` and ``server`` say whose and where."""

    def __init__(self, message: str, *, login: str, server: str) -> None:
        super().__init__(message)
        self.login = login
        self.server = server


class ServerUnreachableError(StoreError):
    """The team's server went away mid-session (the network, or a restart): nothing was saved, what was typed is
    still on screen, and the next call tries again on a new connection."""

    SENTENCE = "The server cannot be reached; your text is kept here. PactDesk tries again."
    """The sentence in English (the command line's); raised, it is said in the window's language
    (``store.failures.translate``)."""
