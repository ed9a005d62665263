"""The window on a large database: start-up against a bare PySide6 window, switching cluster, typing a filter."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.common import OUT, figure

# Each child prints the seconds from its own start to the first paint of a window showing its data.
BARE = """
import time, os
started = float(os.environ["BENCH_SPAWNED"])
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1440, 860)
window.show()
def shown():
    window.repaint()
    print(time.time() - started, flush=True)
    os._exit(0)
QTimer.singleShot(0, shown)
app.exec()
"""

# PactDesk paints first (with the lists of its start-up snapshot when the database is unchanged since the last
# clean close), then opens the database and comes alive. The child prints both moments.
PACTDESK = """
import os, sys, time
started = float(os.environ["BENCH_SPAWNED"])
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from pactdesk.cli import build_parser
from pactdesk.gui import app as gui
seen = []
def visible(window):
    return window.meetings.rowCount() > 0 and window.clusters.rowCount() == 19
def first_paint():
    window = next(w for w in app.topLevelWidgets() if type(w).__name__ == "MainWindow" and w.isVisible())
    window.repaint()
    if visible(window):
        seen.append(time.time() - started)
    window.attached.connect(lambda: live(window))
def live(window):
    window.repaint()
    assert visible(window), "the data is visible"
    now = time.time() - started
    if not seen:
        seen.append(now)
    print(seen[0], now, flush=True)
    QTimer.singleShot(0, window.close)  # a clean close: the next start is not one after a crash, and has a snapshot
QTimer.singleShot(0, first_paint)
gui.run_gui(build_parser().parse_args(["--db", sys.argv[1]]))
"""


def _child(code: str, *args: str) -> list[float]:
    """The moments the child printed, in seconds from just before its process was spawned: the interpreter's own
    start counts, the child's exit does not."""
    env = dict(
        os.environ, PACTDESK_HOME=str(OUT / "gui-home"), QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen")
    )
    env["BENCH_SPAWNED"] = repr(time.time())
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=True)
    return [float(value) for value in result.stdout.strip().splitlines()[-1].split()]


def startup(path: Path, runs: int = 5) -> None:
    """Warm: the database unchanged since the window's last clean close, as when a secretary reopens PactDesk.
    Cold: no start-up snapshot (first start, or the file changed since), so the lists wait for the database."""
    os.environ["PACTDESK_HOME"] = str(OUT / "gui-home")  # where the children keep their snapshot
    from PySide6.QtCore import QSettings

    from pactdesk import config
    from pactdesk.gui import quick_start
    from pactdesk.store.location import DatabaseLocation

    settings = QSettings(str(config.settings_file()), QSettings.Format.IniFormat)
    settings.setValue("main_window/page", "meetings")  # the window opens on the meetings, as a new user's does
    settings.sync()
    _child(BARE)  # warm the file cache for both, and leave a snapshot behind
    _child(PACTDESK, str(path))
    bare = statistics.median(_child(BARE)[0] for _ in range(runs))
    warm = [_child(PACTDESK, str(path)) for _ in range(runs)]
    cold = []
    for _ in range(runs):
        quick_start.discard(DatabaseLocation.for_file(path))
        cold.append(_child(PACTDESK, str(path)))
    first = statistics.median(moments[0] for moments in warm)
    figure("start-up to window with data, warm (process spawn)", first * 1000, "ms", "target < 1500")
    figure("bare PySide6 empty QMainWindow", bare * 1000, "ms")
    figure("ratio PactDesk warm / bare", first / bare, "x", "target < 3")
    figure("  then the database open, window live", statistics.median(m[1] for m in warm) * 1000, "ms")
    cold_first = statistics.median(moments[0] for moments in cold)
    figure("start-up to window with data, cold (no snapshot)", cold_first * 1000, "ms", "target < 1500")
    figure("ratio PactDesk cold / bare", cold_first / bare, "x")


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
        window.pages.setCurrentIndex(0)  # the meetings, whatever page was shown last
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
        _tracker(window)
        window.pages.setCurrentIndex(0)  # so the start-up runs open on the meetings again
        window.close()
        window.deleteLater()  # Qt deletes the window now, not Python's collector at interpreter exit
        app.sendPostedEvents(None, 0)
    finally:
        database.close()


def _tracker(window: Any) -> None:
    """The action tracker with every action of every cluster, then one filter change after another."""
    started = time.perf_counter()
    window.show_page("tracker")
    page = window.page("tracker")
    page.show_cluster(None)
    page.status.setCurrentIndex(page.status.index_of(None))  # every action, open or not
    page.repaint()
    figure(
        "tracker: open with all actions, first rows shown", (time.perf_counter() - started) * 1000, "ms", "target < 300"
    )
    changes = [
        lambda: page.overdue.setChecked(True),
        lambda: page.show_cluster("AEC"),
        lambda: page.status.setCurrentIndex(0),
        lambda: page.goal.setCurrentIndex(3),
        lambda: page.overdue.setChecked(False),
        lambda: page.due_soon.setChecked(True),
        lambda: page.show_cluster(None),
        lambda: (page.text.setText("report"), page.apply_filter()),
        lambda: (page.text.setText("report members"), page.apply_filter()),
        lambda: page.owner.setCurrentIndex(5),
        lambda: (page.text.clear(), page.apply_filter()),
    ]
    timings = []
    for change in changes:
        started = time.perf_counter()
        change()
        page.repaint()
        timings.append(time.perf_counter() - started)
    figure("tracker: filter change + repaint (median of 11)", statistics.median(timings) * 1000, "ms", "target < 100")
    figure("tracker: filter change + repaint (slowest)", max(timings) * 1000, "ms")


def run(path: Path) -> None:
    startup(path)
    interaction(path)
