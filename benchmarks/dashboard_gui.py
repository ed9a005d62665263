"""The dashboard page on a large database: building it, and refreshing every chart for all clusters."""

from __future__ import annotations

import os
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.common import OUT, best_of, figure


def _copy(source: Path, target: Path) -> None:
    """A consistent copy of the database, with whatever its write-ahead log holds, while others may have it open."""
    if not source.is_file():
        raise FileNotFoundError(f"There is no demo database at {source}; build one with `make bench`.")
    reading = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    writing = sqlite3.connect(target)
    try:
        reading.backup(writing)
    finally:
        writing.close()
        reading.close()


def run(path: Path) -> None:
    os.environ["PACTDESK_HOME"] = str(OUT / "gui-home")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from pactdesk.gui.follow_up.dashboard_page import DashboardPage
    from pactdesk.services import workspace

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="pactdesk-dashboard-") as folder:
        copy = Path(folder) / path.name
        _copy(path, copy)
        database = workspace.open_workspace(workspace.location(str(copy)))
        try:
            started = time.perf_counter()
            page = DashboardPage(database)
            page.resize(1440, 900)
            page.show()
            app.processEvents()
            page.repaint()
            figure("dashboard: build + first paint, all clusters", (time.perf_counter() - started) * 1000, "ms")

            def refresh() -> None:
                page.refresh()
                page.repaint()

            figure(
                "dashboard refresh + repaint, all (median of 5)",
                best_of(5, refresh) * 1000,
                "ms",
                "target < 500",
            )
            switches = []
            for row in range(1, page.cluster.count()):
                begun = time.perf_counter()
                page.cluster.setCurrentIndex(row)
                page.repaint()
                switches.append(time.perf_counter() - begun)
            figure("dashboard switch cluster + repaint (median)", statistics.median(switches) * 1000, "ms")
            page.close()
        finally:
            database.close()


if __name__ == "__main__":
    from benchmarks.common import demo_database

    run(demo_database(50))
