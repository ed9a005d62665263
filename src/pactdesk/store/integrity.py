"""Integrity and foreign-key checks of a SQLite file, through a connection that cannot change it."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from pactdesk.store.engine import open_sqlite

logger = logging.getLogger(__name__)

# SQLite's words for a damaged file, as they appear in its error messages.
CORRUPTION_SIGNS = ("malformed", "not a database", "corrupt", "file is encrypted", "disk i/o error")


def is_corruption(error: BaseException) -> bool:
    return any(sign in str(error).lower() for sign in CORRUPTION_SIGNS)


def problems(path: Path, *, thorough: bool = True) -> list[str]:
    """What is wrong with the file, in SQLite's words; empty when it is sound.

    ``thorough`` runs ``integrity_check`` (which also compares indexes with tables) instead of ``quick_check``;
    both are followed by ``foreign_key_check``.
    """
    try:
        connection = open_sqlite(str(path), readonly=True)
    except sqlite3.Error as error:
        return [f"cannot open: {error}"]
    try:
        pragma = "integrity_check" if thorough else "quick_check"
        found = [row[0] for row in connection.execute(f"PRAGMA {pragma}(100)") if row[0] != "ok"]
        for table, rowid, parent, _ in connection.execute("PRAGMA foreign_key_check"):
            found.append(f"row {rowid} of {table} refers to a missing {parent}")
        return found
    except sqlite3.Error as error:
        return [str(error)]
    finally:
        connection.close()
