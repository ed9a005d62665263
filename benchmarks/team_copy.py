"""Team mode's copy on the scale-N demo: ``pactdesk copy`` of the laptop's file to a throw-away local PostgreSQL
(tests/pg/server.py starts it and stops it), and ``pactdesk backup --database-url`` of that server back to one file.
Each is timed as a secretary runs it (a new process) and as the copy itself (in this process), with rows per second.

``python -m benchmarks.team_copy [--scale N] [--fresh]``; ``make bench`` runs it after the others.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import time
from pathlib import Path

import psycopg
from tests.pg.server import PostgresServer, start

from benchmarks.common import OUT, demo_database, figure, pactdesk
from pactdesk.domain.models import Base
from pactdesk.services import workspace
from pactdesk.store.copying import copy_database
from pactdesk.store.location import DatabaseLocation


def _rows(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        return sum(
            connection.execute(f'SELECT count(*) FROM "{table.name}"').fetchone()[0]
            for table in Base.metadata.sorted_tables
        )


def _new_database(server: PostgresServer, name: str) -> str:
    with psycopg.connect(**server.psql_args(), autocommit=True) as admin:  # type: ignore[arg-type]
        # Text sorted by code point, as on a laptop: PactDesk refuses a new team database that sorts otherwise.
        admin.execute(f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C.UTF-8'")
    return server.url(name)


def run(demo: Path) -> None:
    workspace.open_workspace(DatabaseLocation.for_file(demo)).close()  # a cached demo may be of an older schema
    rows = _rows(demo)
    server = start()
    figure("PostgreSQL: throw-away server started", server.started_in, "s")
    try:
        url = _new_database(server, "copied_by_the_command")
        started = time.perf_counter()
        pactdesk("copy", "--db", str(demo), "--to", url)
        took = time.perf_counter() - started
        figure("pactdesk copy file → PostgreSQL (a process)", took, "s", f"{rows:,} rows, {rows / took:,.0f}/s")

        summary = copy_database(
            DatabaseLocation.for_file(demo),
            DatabaseLocation.for_url(_new_database(server, "copied_in_process")),
            catalogue={},
        )
        figure(
            "  the copy itself (schema, transaction, checks)",
            summary.seconds,
            "s",
            f"{summary.total:,} rows, {summary.total / summary.seconds:,.0f}/s",
        )

        out = OUT / f"{demo.stem}-from-postgresql.sqlite"
        started = time.perf_counter()
        pactdesk("backup", str(out), "--database-url", url)
        took = time.perf_counter() - started
        figure("pactdesk backup --database-url (a process)", took, "s", f"{rows:,} rows, {rows / took:,.0f}/s")
        out.unlink()
    finally:
        server.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.team_copy")
    parser.add_argument("--scale", type=int, default=50, help="demo scale to measure on (default 50)")
    parser.add_argument("--fresh", action="store_true", help="rebuild the demo database even if one is cached")
    parser.add_argument("names", nargs="*", metavar="NAME", help="runs only when NAME is team_copy (or none given)")
    args = parser.parse_args(argv)
    if args.names and "team_copy" not in args.names:
        return 0
    run(demo_database(args.scale, fresh=args.fresh))
    return 0


if __name__ == "__main__":
    sys.exit(main())
