"""Leaving no copy of erased details: in the audit log's payloads (a file's, a backup's, a server's), and in the
database's own storage, the way each kind of database allows."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

from sqlalchemy import Connection, Engine, and_, or_, select, update
from sqlalchemy.engine import CursorResult

from pactdesk.store.audit import LOG

PERSONAL = ("name", "email", "phone")  # the details an erasure takes away, as a person's own entries name them


def _naming(values: Iterable[str], own_payloads: Iterable[str]) -> list[str]:
    """The words whose presence in a payload names the person: their details, those their own entries ever held,
    each also as JSON writes it."""
    words = {value for value in values if value}
    for payload in own_payloads:
        try:
            fields = json.loads(payload)
        except ValueError:
            continue
        for name in PERSONAL:
            for value in fields.get(name) or ():
                if isinstance(value, str) and value:
                    words.add(value)
    spelled = set(words)
    for word in words:
        spelled.add(json.dumps(word, ensure_ascii=False)[1:-1])
    return sorted(spelled)


def blank(connection: Connection, table: str, record_id: int, values: Iterable[str]) -> int:
    """Blank (``payload`` NULL) every entry about the record and every entry whose payload holds one of ``values``
    or a personal detail the record's own entries held; returns how many. Their ``payload_sha256`` stays, and with
    it the chain."""
    own = connection.scalars(
        select(LOG.c.payload).where(LOG.c.table_name == table, LOG.c.record_id == record_id, LOG.c.payload.is_not(None))
    )
    words = _naming(values, [str(payload) for payload in own])
    about = and_(LOG.c.table_name == table, LOG.c.record_id == record_id)
    condition = or_(about, *(LOG.c.payload.icontains(word, autoescape=True) for word in words))
    result = connection.execute(update(LOG).where(LOG.c.payload.is_not(None), condition).values(payload=None))
    return int(result.rowcount or 0) if isinstance(result, CursorResult) else 0


def blank_in_file(connection: sqlite3.Connection, table: str, record_id: int, values: Iterable[str]) -> int:
    """``blank`` in a SQLite file opened with the standard library (a backup, rewritten by an erasure)."""
    if not connection.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_entry'").fetchone():
        return 0  # a backup older than the audit log
    own = connection.execute(
        "SELECT payload FROM audit_entry WHERE table_name = ? AND record_id = ? AND payload IS NOT NULL",
        (table, record_id),
    )
    words = _naming(values, [str(row[0]) for row in own])
    condition = " OR ".join(
        ["(table_name = ? AND record_id = ?)", *["instr(lower(payload), lower(?)) > 0"] * len(words)]
    )
    cursor = connection.execute(
        f"UPDATE audit_entry SET payload = NULL WHERE payload IS NOT NULL AND ({condition})",
        (table, record_id, *words),
    )
    return cursor.rowcount


def scrub(engine: Engine, tables: tuple[str, ...]) -> None:
    """After ``tables`` lost personal details in a committed change, overwrite or drop the old row versions.

    SQLite: freed space is overwritten, the file rewritten and the write-ahead log emptied. PostgreSQL keeps an
    updated row's old version until a vacuum; ``VACUUM FULL`` rewrites the tables without them (the server's
    write-ahead log and its dumps are the DBA's to age out). A login that does not own a table gets a warning from
    the server, not an error, and the old versions go at the next routine vacuum."""
    if engine.dialect.name == "sqlite":
        raw = engine.raw_connection()
        try:
            connection = raw.driver_connection
            assert connection is not None
            connection.execute("PRAGMA secure_delete = ON")
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            connection.execute("VACUUM")
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            raw.close()
        return
    if engine.dialect.name == "postgresql":
        preparer = engine.dialect.identifier_preparer
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.exec_driver_sql(f"VACUUM FULL {', '.join(preparer.quote(table) for table in tables)}")
