"""File → Export/Import → Workbook… from the window: off the GUI thread with progress and Cancel, a preview that
shows counts and problems and allows Import only without problems, and the window showing the result."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pactdesk.domain.errors import CancelledError
from pactdesk.domain.models import Action
from pactdesk.exchange.xlsx_read import check_workbook
from pactdesk.exchange.xlsx_write import export_workbook
from pactdesk.gui import app as gui_app
from pactdesk.gui.common.background import Job
from pactdesk.gui.files.workbook_dialogs import ExportScopeDialog, ImportPreviewDialog
from pactdesk.gui.main_window import MainWindow
from pactdesk.services import actions, catalogue, meetings
from pactdesk.services.workbook.tables import Scope
from pactdesk.store.database import Database


@pytest.fixture
def window(qtbot: QtBot, database: Database) -> MainWindow:
    ref = meetings.create_meeting(database, "AEC", title="Monitoring", starts_at="2025-03-04 10:00")
    actions.create_action(database, "Send the indicators", meeting_ref=ref, due_on="2025-04-01")
    actions.create_action(database, "Health report", cluster_code="HCP")
    shown = MainWindow(database, gui_app.settings())
    qtbot.addWidget(shown)
    shown.show()
    return shown


def wait_for_job(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.workbooks.job is None, timeout=20_000)


def test_export_runs_off_the_gui_thread_and_writes_the_chosen_scope(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "aec"
    monkeypatch.setattr(ExportScopeDialog, "get_scope", lambda *a: (Scope(("AEC",)), True))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), FILTER))
    threads: list[str] = []
    original = export_workbook

    def spy(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread().name)
        return original(*args, **kwargs)

    monkeypatch.setattr("pactdesk.exchange.xlsx_write.export_workbook", spy)
    window.export_workbook_action.trigger()
    wait_for_job(qtbot, window)
    written = tmp_path / "aec.xlsx"
    assert threads and threads[0] != threading.main_thread().name
    workbook = openpyxl.load_workbook(written, read_only=True)
    actions_rows = list(workbook["Actions"].iter_rows(values_only=True))
    assert [row[3] for row in actions_rows[1:]] == ["Send the indicators"], "only the AEC action"
    assert "aec.xlsx" in window.statusBar().currentMessage()


FILTER = "Excel workbook (*.xlsx)"


def test_a_cancelled_export_leaves_the_older_file_as_it_was(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "old.xlsx"
    target.write_bytes(b"the older workbook")
    monkeypatch.setattr(ExportScopeDialog, "get_scope", lambda *a: (Scope(), True))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), FILTER))
    start = Job.start

    def cancel_then_start(job: Job) -> None:
        job.cancel()
        start(job)

    monkeypatch.setattr(Job, "start", cancel_then_start)
    window.export_workbook_action.trigger()
    wait_for_job(qtbot, window)
    assert target.read_bytes() == b"the older workbook"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")] == []
    assert "Cancelled" in window.statusBar().currentMessage()


def test_a_job_reports_progress_and_stops_when_cancelled(qtbot: QtBot, window: MainWindow) -> None:
    seen: list[tuple[int, int]] = []
    release = threading.Event()

    def work(progress: Any) -> str:
        for done in range(1_000_000):
            progress(done, 1_000_000)
            if done == 3:
                release.set()
        return "finished"

    job = Job(window, "Working…", work)
    job._thread.progressed.connect(lambda done, total: seen.append((done, total)))
    failures: list[object] = []
    job.failed.connect(failures.append)
    job.start()
    assert release.wait(5)
    job.cancel()
    qtbot.waitUntil(lambda: not job.running, timeout=5_000)
    assert len(failures) == 1 and isinstance(failures[0], CancelledError)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0] == (0, 1_000_000)


def exported_and_edited(database: Database, path: Path, title: str) -> Path:
    export_workbook(database, path)
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["Actions"]
    for row in sheet.iter_rows(min_row=2):
        if row[3].value == "Health report":
            row[3].value = title
    workbook.save(path)
    return path


def test_import_previews_then_writes_and_the_window_shows_it(
    qtbot: QtBot, window: MainWindow, database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = exported_and_edited(database, tmp_path / "edited.xlsx", "Health report, revised & <checked>")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), FILTER))
    previews: list[Any] = []

    def confirm(parent: Any, plan: Any, name: str) -> bool:
        previews.append(plan)
        return True

    monkeypatch.setattr(ImportPreviewDialog, "confirm", confirm)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    window.undo_stack.push(QUndoCommand("typed something"))
    window.import_workbook_action.trigger()
    qtbot.waitUntil(lambda: bool(previews) and window.workbooks.job is None, timeout=20_000)
    plan = previews[0]
    assert plan.ok and plan.counts["Actions"].updated == 1 and plan.counts["Actions"].unchanged == 1
    with database.read() as session:
        titles = set(session.scalars(select(Action.title)))
    assert "Health report, revised & <checked>" in titles
    assert window.undo_stack.count() == 0, "undo does not reach across an import"
    assert "Imported 1 change" in window.statusBar().currentMessage()
    assert len(database.backups()) >= 1


def test_the_preview_lists_problems_and_refuses_to_import(qtbot: QtBot, database: Database, tmp_path: Path) -> None:
    actions.create_action(database, "Health report", cluster_code="HCP")
    path = tmp_path / "bad.xlsx"
    export_workbook(database, path)
    workbook = openpyxl.load_workbook(path)
    workbook["Actions"]["F2"] = "next Tuesday"
    workbook.save(path)
    plan = check_workbook(database, path)
    dialog = ImportPreviewDialog(plan, "bad.xlsx")
    qtbot.addWidget(dialog)
    assert not dialog.import_button.isEnabled()
    assert dialog.problems.rowCount() == 1
    cells = [dialog.problems.item(0, column).text() for column in range(4)]
    assert cells[:3] == ["Actions", "2", "Due"] and "not a date" in cells[3]
    assert "nothing can be imported" in dialog.summary.text()
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Close"


def test_the_preview_allows_import_of_a_sound_workbook(qtbot: QtBot, database: Database, tmp_path: Path) -> None:
    actions.create_action(database, "Health report", cluster_code="HCP")
    source = exported_and_edited(database, tmp_path / "ok.xlsx", "Health report v2")
    plan = check_workbook(database, source)
    dialog = ImportPreviewDialog(plan, "ok.xlsx")
    qtbot.addWidget(dialog)
    assert dialog.import_button.isEnabled()
    rows = {
        dialog.counts.item(row, 0).text(): dialog.counts.item(row, 2).text() for row in range(dialog.counts.rowCount())
    }
    assert rows["Actions"] == "1" and rows["Meetings"] == "0"
    assert not dialog.problems.isVisible()


def test_the_scope_dialog_needs_a_cluster_and_a_sound_period(qtbot: QtBot, database: Database) -> None:
    dialog = ExportScopeDialog(catalogue.cluster_summaries(database), "AEC")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.scope() == Scope(("AEC",))
    assert ok.isEnabled()
    dialog.cluster_list.item(1).setCheckState(Qt.CheckState.Unchecked)
    assert not ok.isEnabled() and "at least one cluster" in dialog.error.text()
    dialog.everything.setChecked(True)
    assert ok.isEnabled() and dialog.scope() == Scope()
    dialog.use_since.setChecked(True)
    dialog.use_until.setChecked(True)
    dialog.until.setDate(dialog.since.date().addDays(-1))
    assert not ok.isEnabled() and "ends before" in dialog.error.text()
