"""Leaving no old copy of erased details in the database's own storage, the way each kind of database allows."""

from __future__ import annotations

from sqlalchemy import Engine


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
