"""The benchmarks' demo on a throw-away PostgreSQL server (started by tests/pg/server.py, stopped afterwards).

The database is the scale-N demo of ``benchmarks.common.demo_database``: copied from that file with ``pactdesk copy``
when PactDesk has the command, else built through the services as ``pactdesk demo`` builds it (same scale, day and
language, so the same meetings). Building takes minutes on a server, so the result is dumped beside the file
(``pg_dump``, keyed by the schema version) and restored on the next run instead; ``fresh`` builds it again.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import psycopg
from tests.pg.server import PostgresServer, start

from benchmarks.common import OUT, figure, pactdesk

AS_OF = date(2026, 11, 24)  # the day benchmarks.common builds the demo as of
NAME = "pactdesk_demo"


@contextmanager
def demo_server(demo: Path, scale: int, *, fresh: bool = False) -> Iterator[tuple[PostgresServer, str]]:
    """A running server holding the scale-``scale`` demo, and the database's URL; the server is gone afterwards."""
    server = start()
    figure("PostgreSQL: throw-away server started", server.started_in, "s")
    stopped = signal.signal(signal.SIGTERM, _stop)  # a benchmark killed midway leaves no server running
    try:
        yield server, _demo_database(server, demo, scale, fresh)
    finally:
        server.stop()
        signal.signal(signal.SIGTERM, stopped)


def _stop(number: int, _frame: object) -> None:
    raise SystemExit(128 + number)


def admin(server: PostgresServer) -> psycopg.Connection[tuple[object, ...]]:
    return psycopg.connect(**server.psql_args(), autocommit=True)  # type: ignore[arg-type]


def _demo_database(server: PostgresServer, demo: Path, scale: int, fresh: bool) -> str:
    from pactdesk.store import migrations

    dump = OUT / f"demo-{scale}-{migrations.head()}.pgdump"
    with admin(server) as connection:
        # Text sorted by code point, as on a laptop (PactDesk refuses a new team database sorting otherwise).
        connection.execute(
            f"CREATE DATABASE {NAME} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C.UTF-8'"
        )
    url = server.url(NAME)
    started = time.perf_counter()
    if dump.exists() and not fresh:
        _restore(server, dump)
        figure(f"PostgreSQL: demo --scale {scale} restored from its dump", time.perf_counter() - started, "s")
        return url
    how = "copied (pactdesk copy)" if _copied(server, demo, url, scale) else "built through the services"
    figure(f"PostgreSQL: demo --scale {scale} {how}", time.perf_counter() - started, "s")
    for stale in OUT.glob(f"demo-{scale}-*.pgdump"):
        stale.unlink()
    _dump(server, dump)
    return url


def _copied(server: PostgresServer, demo: Path, url: str, scale: int) -> bool:
    """``pactdesk copy`` of the demo file to the server, when PactDesk has the command (issue 17 adds it); otherwise,
    or if it fails, the same demo is built on the server through the services."""
    has_copy = subprocess.run([sys.executable, "-m", "pactdesk", "copy", "--help"], capture_output=True).returncode == 0
    if has_copy:
        _upgraded(demo)
        try:
            pactdesk("copy", "--db", str(demo), "--to", url)
            return True
        except subprocess.CalledProcessError as error:
            print(f"  pactdesk copy failed ({error.stderr.strip()[-300:]}); building the demo instead", flush=True)
            with admin(server) as connection:
                connection.execute(f"DROP DATABASE {NAME} WITH (FORCE)")
                connection.execute(
                    f"CREATE DATABASE {NAME} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C.UTF-8'"
                )
    _build(url, scale)
    return False


def _upgraded(demo: Path) -> None:
    """The cached file may be older than this PactDesk, which copies a file of its own schema only: opening it for
    writing upgrades it (after a backup), as every benchmark opening it does."""
    from pactdesk.services import workspace
    from pactdesk.store.location import DatabaseLocation

    workspace.open_workspace(DatabaseLocation.for_file(demo)).close()


def _build(url: str, scale: int) -> None:
    from pactdesk.services import demo, workspace
    from pactdesk.store.location import DatabaseLocation

    database = workspace.open_workspace(DatabaseLocation.for_url(url))
    try:
        demo.build_demo(database, scale=scale, as_of=AS_OF, language="en")
    finally:
        database.close()


def _conninfo(server: PostgresServer, database: str = NAME) -> str:
    return f"host={server.folder} port={server.port} user=postgres dbname={database}"


def _dump(server: PostgresServer, dump: Path) -> None:
    partial = dump.with_suffix(".partial")
    subprocess.run(
        [str(server.bin / "pg_dump"), "--format=custom", f"--file={partial}", f"--dbname={_conninfo(server)}"],
        check=True,
        capture_output=True,
    )
    partial.replace(dump)


def _restore(server: PostgresServer, dump: Path) -> None:
    # Grants name the team's group roles, which belong to the server, not to the database: a new server has none,
    # and the benchmarks sign in as the superuser anyway.
    subprocess.run(
        [
            str(server.bin / "pg_restore"),
            "--no-owner",
            "--no-privileges",
            "--single-transaction",
            "--exit-on-error",
            f"--dbname={_conninfo(server)}",
            str(dump),
        ],
        check=True,
        capture_output=True,
    )
