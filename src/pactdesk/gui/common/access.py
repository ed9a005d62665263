"""Whether the person at the window may change the record: on a team's server a reader's login may only read it,
which the server enforces; the window then offers nothing that writes, and says why in one line."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:  # the window starts before SQLAlchemy is loaded
    from pactdesk.store.database import Database


def writable(database: Database | None) -> bool:
    """``False`` for a database opened for reading only, or a team database whose login is a reader."""
    return database is not None and not database.readonly and database.can_write


def read_only_line() -> str:
    return QCoreApplication.translate(
        "access",
        "Read only: your login can read this record but not change it. Whoever administers the team database can "
        "make you a secretary.",
    )
