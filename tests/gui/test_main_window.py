"""The window opens on the user's database and refuses a second window on the same file; the list models."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from pactdesk.cli import build_parser
from pactdesk.gui import app as gui_app
from pactdesk.gui.common import paged_model
from pactdesk.gui.main_window import MainWindow
from pactdesk.gui.meetings.cluster_model import ClusterTableModel
from pactdesk.gui.meetings.meeting_list_model import MeetingListModel
from pactdesk.services import actions, catalogue, meetings
from pactdesk.store.database import Database


def test_cluster_model_without_a_view(database: Database) -> None:
    meetings.create_meeting(database, "HCP", title="Monitoring", starts_at="2025-01-20 10:00")
    actions.create_action(database, "Overdue report", cluster_code="HCP", due_on="2020-01-01")
    actions.create_action(database, "Later report", cluster_code="AEC", due_on="2999-01-01")
    model = ClusterTableModel(catalogue.cluster_summaries(database))
    assert model.columnCount() == 6
    assert model.rowCount() == 19, "All clusters, then the 18 clusters"
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.cluster(0) is None and model.data(model.index(0, ClusterTableModel.NAME)) == "All clusters"
    assert model.data(model.index(0, ClusterTableModel.OPEN)) == 2
    assert model.data(model.index(0, ClusterTableModel.OVERDUE)) == 1
    health = model.row_of("HCP")
    assert model.data(model.index(health, ClusterTableModel.CODE)) == "HCP"
    assert model.data(model.index(health, ClusterTableModel.MEETINGS)) == 1
    assert model.data(model.index(health, ClusterTableModel.OPEN)) == 1
    assert model.data(model.index(health, ClusterTableModel.OVERDUE)) == 1
    assert model.data(model.index(18, ClusterTableModel.PACT)) == "no"
    assert model.data(model.index(18, ClusterTableModel.NAME)) == "Tourism Cluster (no pact)"
    assert model.data(model.index(16, ClusterTableModel.NAME)) == "Health Cluster Portugal"
    assert model.headerData(ClusterTableModel.OVERDUE, Qt.Orientation.Horizontal) == "Late"
    assert model.data(QModelIndex()) is None


def test_meeting_list_model_fetches_a_page_at_a_time(database: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(paged_model, "PAGE", 4)
    with database.write():
        for day in range(1, 11):
            meetings.create_meeting(database, "AEC", title=f"Meeting {day}", starts_at=f"2025-03-{day:02d} 10:00")
    model = MeetingListModel(database)
    model.set_filter(cluster_id=None, text="")
    assert model.columnCount() == 7 and model.total == 10
    assert model.rowCount() == 4 and model.canFetchMore()
    assert model.data(model.index(0, MeetingListModel.REF)) == "AEC-2025-10", "newest first"
    model.fetchMore()
    assert model.rowCount() == 8
    assert model.row_of("AEC-2025-01") == 9 and not model.canFetchMore()
    model.sort(MeetingListModel.TITLE, Qt.SortOrder.AscendingOrder)
    assert model.data(model.index(0, MeetingListModel.TITLE)) == "Meeting 1"
    assert model.data(model.index(1, MeetingListModel.TITLE)) == "Meeting 10"
    model.set_filter(cluster_id=None, text="meeting 7")
    assert model.total == 1 and model.data(model.index(0, MeetingListModel.STATUS)) == "Planned"
    assert model.headerData(MeetingListModel.MINUTES, Qt.Orientation.Horizontal) == "Minutes"


def test_main_window_lists_the_clusters_from_the_database(qtbot: QtBot, database: Database) -> None:
    window = MainWindow(database, gui_app.settings())
    qtbot.addWidget(window)
    window.show()
    view = window.cluster_view
    assert view.model().rowCount() == 19
    assert view.model().data(view.model().index(2, ClusterTableModel.NAME)).startswith("Cluster AEC")
    meetings.create_meeting(database, "AEC", title="New", starts_at="2025-09-09 10:00")
    window.refresh()
    assert view.model().data(view.model().index(2, ClusterTableModel.MEETINGS)) == 1
    assert window.meetings.rowCount() == 1
    assert "1 meeting —" in window.statusBar().currentMessage()


def test_a_second_window_on_the_same_file_is_refused(
    qtbot: QtBot, database: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    args = build_parser().parse_args(["--db", str(db_path)])
    assert gui_app.run_gui(args) == 1
    assert shown and "already open in another PactDesk window" in shown[0]
    meetings.create_meeting(database, "AEC", title="The first window still works", starts_at="2025-09-09 10:00")
    assert catalogue.cluster_summaries(database)[1].meetings == 1


def test_an_unexpected_error_is_logged_shown_and_typed_work_saved(
    qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    import logging
    import sys

    from pactdesk import logs
    from pactdesk.gui.common import errors
    from pactdesk.services import agenda

    before = list(logging.getLogger().handlers)
    logs.setup()
    window = MainWindow(database, gui_app.settings())
    qtbot.addWidget(window)
    ref = meetings.create_meeting(database, "AEC", title="Crashy", starts_at="2025-09-09 10:00")
    agenda.add_agenda_item(database, ref, "Item")
    window.refresh()
    window.show_meeting(ref)
    window.editor.agenda.minutes.insertPlainText("typed just before the crash")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.detailedText()) or 0)
    errors.install_excepthook(save_work=window.editor.save_pending)
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = sys.__excepthook__
        for handler in [handler for handler in logging.getLogger().handlers if handler not in before]:
            logging.getLogger().removeHandler(handler)
            handler.close()
    assert shown and "RuntimeError: boom" in shown[0]
    assert agenda.agenda(database, ref)[0].minutes == "typed just before the crash"
    assert "RuntimeError: boom" in logs.log_file().read_text(encoding="utf-8")


def test_a_read_that_finds_the_server_gone_is_said_in_a_line_not_a_box(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from pactdesk.gui.common import errors
    from pactdesk.store.errors import ServerUnreachableError

    boxes: list[str] = []
    lines: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box.text()) or 0)
    monkeypatch.setattr(errors, "on_server_lost", lines.append)
    errors.install_excepthook()
    try:
        raise ServerUnreachableError(ServerUnreachableError.SENTENCE)
    except ServerUnreachableError:
        sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = sys.__excepthook__
    assert lines == ["The server cannot be reached; your text is kept here. PactDesk tries again."]
    assert boxes == []


@pytest.mark.skipif(not hasattr(__import__("signal"), "SIGTERM"), reason="POSIX signals")
def test_a_shutdown_signal_closes_the_window_cleanly(db_path: Path, tmp_path: Path) -> None:
    import json
    import os
    import signal
    import subprocess
    import sys
    import time

    from pactdesk.services import workspace

    workspace.open_workspace(workspace.location(str(db_path))).close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen(
        [sys.executable, "-m", "pactdesk", "--db", str(db_path)], env=env, stderr=subprocess.PIPE, text=True
    )
    lock = db_path.with_name(db_path.name + ".lock")
    deadline = time.monotonic() + 30
    while json.loads(lock.read_text() or "{}").get("state") != "open" and time.monotonic() < deadline:
        time.sleep(0.1)
    time.sleep(0.5)
    child.send_signal(signal.SIGTERM)
    assert child.wait(timeout=30) == 0, child.stderr.read() if child.stderr else ""
    assert json.loads(lock.read_text())["state"] == "closed", "the next start is not treated as after a crash"


def test_a_shutdown_signal_ends_pactdesk_while_it_says_the_database_cannot_be_opened(tmp_path: Path) -> None:
    """The "cannot open the database" box ignored SIGTERM: the process needed SIGKILL at a logout."""
    import os
    import signal
    import sqlite3
    import subprocess
    import sys
    import time

    foreign = tmp_path / "not-pactdesk.sqlite"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE notes (text TEXT)")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PACTDESK_HOME=str(tmp_path / "home"))
    child = subprocess.Popen(
        [sys.executable, "-m", "pactdesk", "--db", str(foreign)], env=env, stderr=subprocess.PIPE, text=True
    )
    log = tmp_path / "home"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not any(
        "cannot open the database" in path.read_text(errors="replace") for path in log.rglob("pactdesk.log")
    ):
        time.sleep(0.1)
    time.sleep(0.5)  # the box is up
    child.send_signal(signal.SIGTERM)
    assert child.wait(timeout=15) == 1, child.stderr.read() if child.stderr else ""
