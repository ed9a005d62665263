"""The store on a large database: opening it, checking it, backing it up, counting it."""

from __future__ import annotations

import time
from pathlib import Path

from benchmarks.common import best_of, figure, pactdesk
from pactdesk.services import workspace
from pactdesk.store import integrity
from pactdesk.store.location import DatabaseLocation


def run(path: Path) -> None:
    location = DatabaseLocation.for_file(path)

    def open_and_close() -> None:
        workspace.open_workspace(location).close()

    figure("open for writing (lock, checks, migrations)", best_of(5, open_and_close) * 1000, "ms")
    figure("quick_check", best_of(3, lambda: integrity.problems(path, thorough=False)) * 1000, "ms")
    figure("integrity_check + foreign_key_check", best_of(1, lambda: integrity.problems(path)) * 1000, "ms")
    figure(
        "pactdesk info --json (whole process)", best_of(3, lambda: pactdesk("info", "--json", "--db", str(path))), "s"
    )
    target = path.with_name(path.stem + "-copy.sqlite")
    started = time.perf_counter()
    pactdesk("backup", "--db", str(path), str(target))
    figure("pactdesk backup (online, verified)", time.perf_counter() - started, "s")
    target.unlink()
