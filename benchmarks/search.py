"""``python -m benchmarks search``: one search over everything on the scale-50 demo, on its SQLite file and on a
throw-away PostgreSQL side by side.

Words are typed letter by letter, as in the window's field ("t", "tr", "tra", …): each keystroke's query is what
the window asks once its pause is over (``services.search.search`` with the window's limits, 60 hits, 8 of each
kind), timed from the call to the hits in hand, snippets included. Printed: the median and the slowest keystroke,
over every prefix, and the slowest query. Then the index's size against the database's: on SQLite the file's size
with and without the index (a copy, vacuumed both times), on PostgreSQL the ``search_vector`` columns and the GIN
indexes against ``pg_database_size``.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from tests.pg.server import ServerUnavailable

from benchmarks.common import figure

# Words a secretary types, as they are in the English demo: topics, a programme, a body, a person's name with an
# accent typed without it, two words, a phrase.
TYPED = (
    "training",
    "circular economy",
    "iefp",
    "fatima",
    "internationalization",
    "digital innovation",
    '"state of play"',
    "portugal 2030",
)
WINDOW_LIMIT, WINDOW_EACH_KIND = 60, 8


def keystrokes(words: str) -> list[str]:
    """What the field holds after each key: "t", "tr", … (a space alone adds no query)."""
    return [words[:end] for end in range(1, len(words) + 1) if not words[:end].endswith(" ")]


def _timed(database: object, label: str) -> None:
    from pactdesk.services import search

    search.search(database, "warm", limit=WINDOW_LIMIT, per_kind=WINDOW_EACH_KIND)  # type: ignore[arg-type]
    walls: list[tuple[float, str, int]] = []
    cpus: list[float] = []
    for words in TYPED:
        for query in keystrokes(words):
            started, cpu = time.perf_counter(), time.process_time()
            hits = search.search(database, query, limit=WINDOW_LIMIT, per_kind=WINDOW_EACH_KIND)  # type: ignore[arg-type]
            walls.append(((time.perf_counter() - started) * 1000, query, len(hits)))
            cpus.append((time.process_time() - cpu) * 1000)
    values = [ms for ms, _, _ in walls]
    slowest = max(walls)
    load = f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    figure(
        f"{label}: keystroke to results, median", statistics.median(values), "ms", f"{len(values)} keystrokes, {load}"
    )
    figure(f"{label}: keystroke to results, 90th pct", statistics.quantiles(values, n=10)[-1], "ms")
    figure(f"{label}: keystroke to results, slowest", slowest[0], "ms", f"typing {slowest[1]!r}, {slowest[2]} hits")
    # The process's own time (SQLite's work included; a server's not): what a keystroke costs on an idle machine.
    figure(f"{label}: this process's CPU per keystroke, median", statistics.median(cpus), "ms")
    figure(f"{label}: this process's CPU per keystroke, most", max(cpus), "ms")


def _on_sqlite(demo: Path) -> None:
    from pactdesk.services import workspace
    from pactdesk.store import search_index

    database = workspace.open_workspace(workspace.location(str(demo)))
    try:
        _timed(database, "SQLite")
        started = time.perf_counter()
        with database.engine.begin() as connection:
            search_index.repair(connection)
        figure("SQLite: index rebuilt whole (check --repair)", time.perf_counter() - started, "s")
    finally:
        database.close()
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "copy.sqlite"
        shutil.copyfile(demo, copy)
        connection = sqlite3.connect(copy)
        try:
            connection.execute("VACUUM")
            with_index = copy.stat().st_size
            for source in search_index.SOURCES:
                connection.execute(f"DROP TABLE {source.index}")
            connection.execute("VACUUM")
            without = copy.stat().st_size
        finally:
            connection.close()
    figure("SQLite: file with the index", with_index / 2**20, "MiB")
    figure(
        "SQLite: the index",
        (with_index - without) / 2**20,
        "MiB",
        f"{(with_index - without) / without:.0%} of the rest",
    )


def _on_postgresql(demo: Path, scale: int, fresh: bool) -> None:
    from sqlalchemy import text

    from benchmarks.pg_demo import demo_server
    from pactdesk.services import workspace
    from pactdesk.store import search_index
    from pactdesk.store.location import DatabaseLocation

    with demo_server(demo, scale, fresh=fresh) as (_, url):
        database = workspace.open_workspace(DatabaseLocation.for_url(url))
        try:
            with database.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
                connection.exec_driver_sql("ANALYZE")  # a restored dump has no statistics; a live server has
            _timed(database, "PostgreSQL")
            with database.engine.connect() as connection:
                total = connection.scalar(text("SELECT pg_database_size(current_database())")) or 0
                columns = sum(
                    connection.scalar(
                        text(f'SELECT coalesce(sum(pg_column_size({search_index.VECTOR})), 0) FROM "{s.table}"')
                    )
                    or 0
                    for s in search_index.SOURCES
                )
                indexes = sum(
                    connection.scalar(text("SELECT pg_relation_size(:index)"), {"index": s.index}) or 0
                    for s in search_index.SOURCES
                )
        finally:
            database.close()
    figure("PostgreSQL: database", total / 2**20, "MiB")
    figure("PostgreSQL: search_vector columns", columns / 2**20, "MiB")
    figure(
        "PostgreSQL: GIN indexes", indexes / 2**20, "MiB", f"index {(columns + indexes) / total:.0%} of the database"
    )


def run(demo: Path, scale: int = 50, *, fresh: bool = False) -> None:
    with tempfile.TemporaryDirectory() as folder:
        own = Path(folder) / demo.name  # a copy: upgrading it (the index is made on opening) leaves the cache alone
        shutil.copyfile(demo, own)
        started = time.perf_counter()
        from pactdesk.services import workspace

        workspace.open_workspace(workspace.location(str(own))).close()
        figure("SQLite: opened (upgraded, index built, if older)", time.perf_counter() - started, "s")
        _on_sqlite(own)
        try:
            _on_postgresql(own, scale, fresh)
        except ServerUnavailable as error:
            print(f"PostgreSQL: not measured. {error}", flush=True)


if __name__ == "__main__":
    import sys

    from benchmarks.common import demo_database

    run(demo_database(50), 50, fresh="--fresh" in sys.argv)
