"""Engines with the connection settings PactDesk relies on; the only place that knows SQLite's pragmas."""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Mapping

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.pool import ConnectionPoolEntry, QueuePool

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
    engine = create_engine(url, connect_args=options)
    _ping_after_a_rest(engine)
    return engine


# A pooled connection that rested longer than this is tried (one round trip) before it is handed out again.
PING_AFTER_S = 15.0


def _ping_after_a_rest(engine: Engine) -> None:
    """Try a connection from the pool before using it again, but only when it has rested a while: after a restart of
    the server, or a laptop's sleep, the next call then gets a new connection instead of failing on the old, and a
    secretary at work (one click after another) pays no extra round trip for it, as ``pool_pre_ping`` would make
    every call pay. A server lost between two clicks fails that one call: the window says so and tries again, and
    the error has already told the pool to drop its connections."""

    @event.listens_for(engine, "checkin")
    def _rested_from(_dbapi: object, record: ConnectionPoolEntry) -> None:
        record.info["pactdesk_resting_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _tried(dbapi: DBAPIConnection, record: ConnectionPoolEntry, _proxy: object) -> None:
        since = record.info.get("pactdesk_resting_since")
        if since is None or time.monotonic() - since < PING_AFTER_S:
            return
        try:
            alive = engine.dialect.do_ping(dbapi)
        except engine.dialect.loaded_dbapi.Error:
            alive = False
        if not alive:
            raise DisconnectionError("a pooled connection to the server no longer answers")  # the pool takes another


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
