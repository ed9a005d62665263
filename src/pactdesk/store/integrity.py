"""Integrity and foreign-key checks of a SQLite file, through a connection that cannot change it."""

from __future__ import annotations

import logging
import re
import sqlite3
from pathlib import Path

from pactdesk.store.engine import open_sqlite

logger = logging.getLogger(__name__)

# SQLite's words for a damaged file, as they appear in its error messages. "disk I/O error" is not one: a full
# disk, a lost USB stick or a permission problem says it of a sound file, and a restore must never follow from it.
CORRUPTION_SIGNS = ("malformed", "not a database", "corrupt", "file is encrypted")


# What REINDEX repairs: an index that disagrees with its table. The rows are all there; only the index is rebuilt.
_INDEX_ONLY = re.compile(r"^(row \d+ missing from index |wrong # of entries in index )")


def index_only(found: list[str]) -> bool:
    """Whether every problem found is an index out of step with its table (rebuilt by REINDEX, losing nothing)."""
    return bool(found) and all(_INDEX_ONLY.match(problem) for problem in found)


def is_corruption(error: BaseException) -> bool:
    return any(sign in str(error).lower() for sign in CORRUPTION_SIGNS)


class UnreadableError(Exception):
    """The file could not be read (an I/O error, a full disk, no permission, a lock): nothing says it is damaged."""


def problems(path: Path, *, thorough: bool = True) -> list[str]:
    """What is wrong with the file, in SQLite's words; empty when it is sound.

    ``thorough`` runs ``integrity_check`` (which also compares indexes with tables) instead of ``quick_check``;
    both are followed by ``foreign_key_check``. A file that cannot be read at all raises ``UnreadableError``: that
    is not damage, and must not be treated as damage.
    """
    try:
        connection = open_sqlite(str(path), readonly=True)
    except sqlite3.Error as error:
        if is_corruption(error):
            return [f"cannot open: {error}"]
        raise UnreadableError(str(error)) from error
    try:
        pragma = "integrity_check" if thorough else "quick_check"
        found = [row[0] for row in connection.execute(f"PRAGMA {pragma}(100)") if row[0] != "ok"]
        for table, rowid, parent, _ in connection.execute("PRAGMA foreign_key_check"):
            found.append(f"row {rowid} of {table} refers to a missing {parent}")
        return found
    except sqlite3.Error as error:
        if is_corruption(error):
            return [str(error)]
        raise UnreadableError(str(error)) from error
    finally:
        connection.close()
