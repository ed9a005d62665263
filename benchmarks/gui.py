"""The window on a large database: start-up against a bare PySide6 window, switching cluster, typing a filter."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.common import OUT, figure

# Each child prints the seconds from its own start to the first paint of a window showing its data.
BARE = """
import time, os
started = time.perf_counter()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1440, 860)
window.show()
def shown():
    window.repaint()
    print(time.perf_counter() - started, flush=True)
    os._exit(0)
QTimer.singleShot(0, shown)
app.exec()
"""

PACTDESK = """
import sys, time
started = time.perf_counter()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from pactdesk.cli import build_parser
from pactdesk.gui import app as gui
def shown():
    window = next(w for w in app.topLevelWidgets() if type(w).__name__ == "MainWindow" and w.isVisible())
    window.repaint()
    assert window.meetings.rowCount() > 0 and window.clusters.rowCount() == 19, "the data is visible"
    print(time.perf_counter() - started, flush=True)
    window.close()  # a clean close, so the next start is not treated as one after a crash
QTimer.singleShot(0, shown)
gui.run_gui(build_parser().parse_args(["--db", sys.argv[1]]))
"""


def _child(code: str, *args: str) -> float:
    env = dict(
        os.environ, PACTDESK_HOME=str(OUT / "gui-home"), QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen")
    )
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=True)
    whole = time.perf_counter() - started
    inside = float(result.stdout.strip().splitlines()[-1])
    return whole if whole > inside else inside


def startup(path: Path, runs: int = 5) -> None:
    _child(BARE)  # warm the file cache for both
    _child(PACTDESK, str(path))
    bare = statistics.median(_child(BARE) for _ in range(runs))
    pactdesk = statistics.median(_child(PACTDESK, str(path)) for _ in range(runs))
    figure("start-up to window with data (process start)", pactdesk * 1000, "ms", "target < 1500")
    figure("bare PySide6 empty QMainWindow", bare * 1000, "ms")
    figure("ratio PactDesk / bare", pactdesk / bare, "x", "target < 3")


def interaction(path: Path) -> None:
    os.environ["PACTDESK_HOME"] = str(OUT / "gui-home")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from pactdesk.gui import app as gui
    from pactdesk.gui.main_window import FILTER_DELAY_MS, MainWindow
    from pactdesk.services import workspace

    app = QApplication.instance() or QApplication([])
    database = workspace.open_workspace(workspace.location(str(path)))
    try:
        window = MainWindow(database, gui.settings())
        window.show()
        app.processEvents()
        switches = []
        for row in [*range(1, 17), 0]:
            started = time.perf_counter()
            window.cluster_view.setCurrentIndex(window.clusters.index(row, 0))
            window.repaint()
            switches.append(time.perf_counter() - started)
        figure("switch cluster + repaint (median of 17)", statistics.median(switches) * 1000, "ms", "target < 100")
        figure("switch cluster + repaint (slowest)", max(switches) * 1000, "ms")
        window.cluster_view.setCurrentIndex(window.clusters.index(0, 0))
        typed = []
        for text in ("m", "mo", "mon", "moni", "monit", "w", "wo", "wor", "work", "2025"):
            started = time.perf_counter()
            window.filter.setText(text)
            window._filter_timer.stop()
            window._apply_filter()
            window.repaint()
            typed.append(time.perf_counter() - started)
        figure(
            "filter character + repaint, all clusters (median)",
            statistics.median(typed) * 1000,
            "ms",
            f"target < 100, plus the {FILTER_DELAY_MS} ms typing pause",
        )
        figure("filter character + repaint (slowest)", max(typed) * 1000, "ms")
        window.close()
    finally:
        database.close()


def run(path: Path) -> None:
    startup(path)
    interaction(path)
