"""Hearing other people's commits on a team database: PostgreSQL's LISTEN on the channel migration 0006's triggers
notify, on a connection of the listener's own.

The server sends a table's name when a transaction that changed it commits (never for one rolled back). ``poll()``
reads what has arrived without waiting, so the window calls it when ``fileno()`` is readable (a QSocketNotifier) and
refreshes what shows those tables. A dropped connection is made again, at most once a second, by the next ``poll()``;
what was committed meanwhile was not heard, so that ``poll()`` answers every table. While the server is away
``connected`` is false and ``fileno()`` is -1: the window polls on a timer until it is back, then watches the new
descriptor. What the listener's own database commits (its engine's connections, known by their server process) is
not reported: a window's own save is not another person's change, and reading everything again after each autosave
cost some sixty round trips (benchmarks/round_trips.py).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from sqlalchemy import event

from pactdesk.domain.models import Base
from pactdesk.store.engine import server_options

if TYPE_CHECKING:
    import psycopg
    from sqlalchemy import Engine

logger = logging.getLogger(__name__)

CHANNEL = "pactdesk_changes"
RETRY_EVERY_S = 1.0


class Listener:
    """Table names committed by others since the last ``poll()``; its own connection, in autocommit."""

    def __init__(
        self,
        connect: Callable[[], psycopg.Connection[Any]],
        tables: frozenset[str],
        own: set[int] | None = None,
    ) -> None:
        self._connect = connect
        self.tables = tables  # what "everything changed" names, after a reconnection
        # The server processes of this window's own connections: what they commit is not news to it.
        self.own: set[int] = own if own is not None else set()
        self._connection: psycopg.Connection[Any] | None = None
        self._next_try = 0.0
        self.closed = False
        self._listen()

    @classmethod
    def for_engine(cls, engine: Engine) -> Listener:
        """A listener on the database of ``engine``, signing in as it does (the URL, PGPASSWORD or ~/.pgpass)."""
        import psycopg

        args, kwargs = engine.dialect.create_connect_args(engine.url)
        options = {**kwargs, **server_options(kwargs), "autocommit": True}
        options["application_name"] = f"{options.get('application_name', 'PactDesk')} (changes)"
        own: set[int] = set()

        def note_own(dbapi_connection: Any, *_: Any) -> None:
            pid = getattr(getattr(dbapi_connection, "info", None), "backend_pid", None)
            if isinstance(pid, int):
                own.add(pid)

        # Every connection is checked out before it writes: its process is known before any of its commits.
        event.listen(engine, "checkout", note_own)
        return cls(
            lambda: psycopg.connect(*args, **options),
            frozenset(table.name for table in Base.metadata.tables.values()),
            own,
        )

    @property
    def connected(self) -> bool:
        return self._connection is not None and not self._connection.closed

    def fileno(self) -> int:
        """The socket to watch for readability; -1 while the server is away."""
        return self._connection.fileno() if self.connected and self._connection is not None else -1

    def poll(self) -> set[str]:
        """The names of the tables changed by commits heard since the last call, without waiting. After the
        connection was made again: every table, since commits made meanwhile went unheard."""
        if self.closed:
            return set()
        if not self.connected:
            return set(self.tables) if self._listen() else set()
        assert self._connection is not None
        import psycopg

        try:
            return {notice.payload for notice in self._connection.notifies(timeout=0) if notice.pid not in self.own}
        except psycopg.Error as error:
            logger.info("the connection listening for changes dropped: %s", error)
            self._drop()
            return set(self.tables) if self._listen() else set()

    def _listen(self) -> bool:
        """Connect and LISTEN, unless a try failed less than a second ago; whether it is now listening."""
        if time.monotonic() < self._next_try:
            return False
        import psycopg

        try:
            connection = self._connect()
            connection.execute(f"LISTEN {CHANNEL}")
        except psycopg.Error as error:
            self._next_try = time.monotonic() + RETRY_EVERY_S
            logger.info("cannot listen for changes yet: %s", " ".join(str(error).split()))
            return False
        self._connection = connection
        return True

    def _drop(self) -> None:
        if self._connection is not None:
            try:
                self._connection.close()
            except Exception as error:  # a dead connection may fail to close; it is gone either way
                logger.debug("closing a dropped listening connection: %s", error)
        self._connection = None

    def close(self) -> None:
        self.closed = True
        self._drop()

    def __enter__(self) -> Listener:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
