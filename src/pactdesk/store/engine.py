"""Engines with the connection settings PactDesk relies on; the only place that knows SQLite's pragmas."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Mapping

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.pool import QueuePool

from pactdesk.store.location import DatabaseLocation

BUSY_TIMEOUT_MS = 5_000


def open_sqlite(path: str, *, readonly: bool = False) -> sqlite3.Connection:
    """A raw connection with PactDesk's settings; read-only ones cannot change the file in any way."""
    if readonly:
        uri = "file:" + path.replace("?", "%3f").replace("#", "%23") + "?mode=ro"
        if not os.access(os.path.dirname(path) or ".", os.W_OK):
            # A WAL database needs its -shm file; in a folder nobody may write, nobody can change the file
            # either, so reading it as immutable is safe.
            uri += "&immutable=1"
        connection = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    else:
        connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    # We issue BEGIN ourselves (see make_engine), so DDL in migrations is transactional too.
    connection.isolation_level = None
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    connection.execute("PRAGMA foreign_keys = ON")
    if not readonly:
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = FULL")
    return connection


def make_engine(location: DatabaseLocation, *, readonly: bool = False) -> Engine:
    if location.path is None:
        return make_server_engine(location)
    path = str(location.path)
    engine = create_engine(
        "sqlite+pysqlite://",
        creator=lambda: open_sqlite(path, readonly=readonly),
        poolclass=QueuePool,
        pool_size=5,
        max_overflow=10,
    )

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        # Writers take the write lock at BEGIN, so two writers queue on the busy timeout instead of deadlocking.
        immediate = connection.get_execution_options().get("pactdesk_write", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def make_server_engine(location: DatabaseLocation) -> Engine:
    """A server's engine (PostgreSQL for a team): none of SQLite's pragmas, no file. The URL may carry no password:
    libpq then reads PGPASSWORD or ~/.pgpass by itself. The server shows each connection as PactDesk's."""
    url = make_url(location.url)
    options: dict[str, object] = {}
    if url.get_backend_name() == "postgresql":
        options.update(server_options(url.query))
    # A connection checked out of the pool is tried first (pool_pre_ping): after a restart of the server the next
    # call gets a new one instead of failing on the old.
    return create_engine(url, pool_pre_ping=True, connect_args=options)


# How long to wait for a server that does not answer before saying it cannot be reached (libpq waits for ever).
CONNECT_TIMEOUT_S = 10


def server_options(query: Mapping[str, object]) -> dict[str, object]:
    """What PactDesk asks of every connection to a PostgreSQL server unless the URL says otherwise: it shows as
    PactDesk's, and gives up on a server that does not answer after a while."""
    options: dict[str, object] = {}
    if "application_name" not in query:
        options["application_name"] = "PactDesk"
    if "connect_timeout" not in query:
        options["connect_timeout"] = CONNECT_TIMEOUT_S
    return options
