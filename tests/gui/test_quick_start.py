"""The window paints the last session's lists at once when the database is unchanged, and never stale ones."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pactdesk.cli import build_parser
from pactdesk.domain.enums import MeetingKind, MeetingStatus, MinutesStatus
from pactdesk.domain.summaries import ClusterSummary, MeetingRow
from pactdesk.gui import app as gui_app
from pactdesk.gui import quick_start
from pactdesk.gui.main_window import MainWindow
from pactdesk.gui.meetings.meeting_list_model import MeetingListModel
from pactdesk.services import actions, meetings, workspace
from pactdesk.store.location import DatabaseLocation


def _prepared(db_path: Path, *titles: str) -> None:
    database = workspace.open_workspace(workspace.location(str(db_path)))
    try:
        for day, title in enumerate(titles, start=1):
            meetings.create_meeting(database, "AEC", title=title, starts_at=f"2025-03-{day:02d} 10:00")
    finally:
        database.close()


def _run_window(db_path: Path, while_opening: Callable[[MainWindow], None] | None = None) -> dict[str, Any]:
    """Start the window as ``pactdesk --db`` does; note what its first paint showed, then what it showed live."""
    seen: dict[str, Any] = {}

    def titles(window: MainWindow) -> list[str]:
        model = window.meetings
        return [model.data(model.index(row, MeetingListModel.TITLE)) for row in range(model.rowCount())]

    def when_live(window: MainWindow) -> None:
        seen["live"] = titles(window)
        seen["editor"] = window.editor.ref
        QTimer.singleShot(0, window.close)

    def first_paint() -> None:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        seen["live_at_first_paint"] = window.live
        seen["first"] = titles(window)
        seen["first_clusters"] = window.clusters.rowCount()
        seen["new_enabled_at_first_paint"] = window.new_action.isEnabled()
        if while_opening is not None:
            while_opening(window)
        window.attached.connect(lambda: when_live(window))

    QTimer.singleShot(0, first_paint)
    seen["status"] = gui_app.run_gui(build_parser().parse_args(["--db", str(db_path)]))
    return seen


def test_a_second_start_paints_the_last_lists_before_the_database_opens(qtbot: QtBot, db_path: Path) -> None:
    _prepared(db_path, "First", "Second")
    cold = _run_window(db_path)
    assert cold["status"] == 0
    assert cold["first"] == [] and cold["live_at_first_paint"] is False, "no snapshot yet: the lists wait"
    assert cold["live"] == ["Second", "First"]
    assert quick_start.snapshot_file(db_path.absolute()).exists()

    warm = _run_window(db_path)
    assert warm["live_at_first_paint"] is False
    assert warm["first"] == ["Second", "First"], "the snapshot's lists are on the first paint"
    assert warm["first_clusters"] == 19
    assert warm["new_enabled_at_first_paint"] is False, "nothing can be changed before the database is open"
    assert warm["live"] == ["Second", "First"]


def test_a_database_changed_since_the_last_close_gets_no_stale_snapshot(qtbot: QtBot, db_path: Path) -> None:
    _prepared(db_path, "First")
    _run_window(db_path)
    _prepared(db_path, "Added from the command line")  # the file changes behind the window's back
    again = _run_window(db_path)
    assert again["first"] == [], "the old lists would have missed a meeting"
    assert sorted(again["live"]) == ["Added from the command line", "First"]


def test_choices_made_while_the_database_opens_are_kept(qtbot: QtBot, db_path: Path) -> None:
    _prepared(db_path, "AEC meeting")
    database = workspace.open_workspace(workspace.location(str(db_path)))
    meetings.create_meeting(database, "HCP", title="Health meeting", starts_at="2025-05-05 10:00")
    database.close()
    _run_window(db_path)

    def choose_health(window: MainWindow) -> None:
        window.cluster_view.setCurrentIndex(window.clusters.index(window.clusters.row_of("HCP"), 0))

    seen = _run_window(db_path, choose_health)
    assert seen["live"] == ["Health meeting"]


def test_overdue_counts_are_recounted_for_the_day_the_snapshot_is_shown() -> None:
    cluster = ClusterSummary(7, "AEC", 1, "Cluster AEC", True, "Entity", 3, 5, 1)
    snapshot = quick_start.StartSnapshot(
        day=date(2026, 11, 24),
        cluster_code="AEC",
        clusters=[cluster],
        meetings=[],
        total=0,
        due={7: {date(2026, 11, 24): 2, date(2026, 11, 26): 1, date(2026, 12, 31): 1}},
    )
    assert snapshot.as_of(date(2026, 11, 24)).clusters[0].overdue_actions == 1, "due today is not overdue"
    assert snapshot.as_of(date(2026, 11, 25)).clusters[0].overdue_actions == 3
    assert snapshot.as_of(date(2026, 11, 27)).clusters[0].overdue_actions == 4
    assert snapshot.as_of(date(2027, 1, 1)).clusters[0].overdue_actions == 5
    assert snapshot.as_of(date(2027, 1, 1)).clusters[0].open_actions == 5


def test_the_snapshot_counts_the_same_as_the_database(db_path: Path) -> None:
    _prepared(db_path, "Meeting")
    database = workspace.open_workspace(workspace.location(str(db_path)))
    try:
        actions.create_action(database, "Due soon", cluster_code="AEC", due_on="2026-11-30")
        actions.create_action(database, "Late already", cluster_code="AEC", due_on="2026-11-01")
        from pactdesk.services import catalogue

        due = catalogue.open_actions_due(database, date(2026, 11, 24))
        saved = quick_start.StartSnapshot(
            day=date(2026, 11, 24),
            cluster_code="AEC",
            clusters=catalogue.cluster_summaries(database, date(2026, 11, 24)),
            meetings=[],
            total=0,
            due=due,
        )
        for day in (date(2026, 11, 30), date(2026, 12, 1)):
            assert saved.as_of(day).clusters == catalogue.cluster_summaries(database, day)
    finally:
        database.close()


def _snapshot(day: date = date(2026, 11, 24)) -> quick_start.StartSnapshot:
    row = MeetingRow(
        1,
        "AEC-2025-01",
        "AEC",
        MeetingKind.MONITORING,
        "Text with <b>, & and =SUM(A1)",
        datetime(2025, 3, 1, 10),
        "Lisboa",
        MeetingStatus.HELD,
        MinutesStatus.DRAFT,
    )
    return quick_start.StartSnapshot(day, "AEC", [], [row], 1, {})


def test_a_saved_snapshot_is_read_back_only_while_the_file_is_unchanged(db_path: Path) -> None:
    _prepared(db_path)
    where = DatabaseLocation.for_file(db_path)
    quick_start.save(where, _snapshot())
    loaded = quick_start.load(where, date(2026, 11, 24))
    assert loaded is not None and loaded.meetings == _snapshot().meetings
    wal = db_path.with_name(db_path.name + "-wal")
    wal.write_bytes(b"changes not yet in the file")
    assert quick_start.load(where, date(2026, 11, 24)) is None
    wal.unlink()
    assert quick_start.load(where, date(2026, 11, 23)) is None, "the clock went back"
    with db_path.open("ab") as file:
        file.write(b"\0")
    assert quick_start.load(where, date(2026, 11, 24)) is None


def test_a_damaged_snapshot_or_a_server_database_means_no_snapshot(db_path: Path) -> None:
    _prepared(db_path)
    where = DatabaseLocation.for_file(db_path)
    quick_start.save(where, _snapshot())
    target = quick_start.snapshot_file(db_path.absolute())
    payload = json.loads(target.read_text(encoding="utf-8"))
    payload["meetings"][0]["kind"] = "not a kind"
    target.write_text(json.dumps(payload), encoding="utf-8")
    assert quick_start.load(where, date(2026, 11, 24)) is None
    target.write_bytes(b"\xff\xfe not json")
    assert quick_start.load(where, date(2026, 11, 24)) is None
    server = DatabaseLocation(url="postgresql+psycopg://secretary@server/pactdesk")
    quick_start.save(server, _snapshot())
    assert quick_start.load(server) is None


def test_the_first_paint_comes_before_the_database_layer_is_loaded(db_path: Path) -> None:
    _prepared(db_path, "Meeting")
    code = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from pactdesk.cli import build_parser
from pactdesk.gui import app as gui
def first_paint():
    window = next(w for w in app.topLevelWidgets() if type(w).__name__ == "MainWindow")
    print("sqlalchemy loaded at first paint:", "sqlalchemy" in sys.modules, window.meetings.rowCount(), flush=True)
    window.attached.connect(lambda: QTimer.singleShot(0, window.close))
QTimer.singleShot(0, first_paint)
sys.exit(gui.run_gui(build_parser().parse_args(["--db", sys.argv[1]])))
"""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    runs = [
        subprocess.run([sys.executable, "-c", code, str(db_path)], capture_output=True, text=True, env=env, timeout=60)
        for _ in range(2)
    ]
    assert [run.returncode for run in runs] == [0, 0], runs[-1].stderr
    assert "sqlalchemy loaded at first paint: False 0" in runs[0].stdout
    assert "sqlalchemy loaded at first paint: False 1" in runs[1].stdout, "the second start paints its snapshot"
