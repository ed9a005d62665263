"""File → Export → Workbook (.xlsx or .ods)… writes the workbook in the window's language: its sheets, headers and
the words of statuses in Portuguese in a Portuguese window, in English in an English one (format version 2)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pytestqt.qtbot import QtBot

from pactdesk.domain.enums import AttendanceStatus
from pactdesk.gui import app as gui_app
from pactdesk.gui.files.workbook_dialogs import ExportScopeDialog
from pactdesk.gui.main_window import MainWindow
from pactdesk.services import actions, attendance, directory, meetings
from pactdesk.store.database import Database
from tests.gui.driving import CANCEL, OK, Dialogs, activate
from tests.gui.test_every_dialog import Chooser, click_menu

MENU = {"en": ("File", "Export", "Workbook (.xlsx or .ods)…"), "pt": ("Ficheiro", "Exportar", "Livro (.xlsx ou .ods)…")}
# What the workbook of each language holds: its Actions and Attendance sheets, their headers and the statuses.
WRITTEN = {
    "en": ("Actions", "Ref", "Status", "open", "Attendance", "remote", "Workbook saved to"),
    "pt": ("Ações", "Referência", "Estado", "em aberto", "Presenças", "à distância", "Livro gravado em"),
}


@pytest.fixture(params=["en", "pt"])
def language(request: pytest.FixtureRequest) -> str:
    if request.param == "pt":
        request.getfixturevalue("portuguese")  # tests/gui/conftest.py
    return str(request.param)


@pytest.fixture
def window(qtbot: QtBot, database: Database, language: str) -> MainWindow:
    ref = meetings.create_meeting(database, "AEC", title="Monitoring", starts_at="2025-03-04 10:00")
    ana = directory.add_person(database, "Ana Sousa", email="ana.sousa@example.pt")
    attendance.set_attendance(database, ref, ana, AttendanceStatus.REMOTE)
    actions.create_action(database, "Send the indicators & <figures>", meeting_ref=ref, due_on="2025-04-01")
    shown = MainWindow(database, gui_app.settings())
    qtbot.addWidget(shown)
    shown.show()
    activate(qtbot, shown)
    return shown


def sheets_of(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    workbook = openpyxl.load_workbook(path, read_only=True)
    try:
        return {
            name: [tuple(row) for row in workbook[name].iter_rows(values_only=True)] for name in workbook.sheetnames
        }
    finally:
        workbook.close()


def test_the_window_exports_the_workbook_in_its_language_on_ok_and_nothing_on_cancel(
    qtbot: QtBot,
    window: MainWindow,
    dialogs: Dialogs,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
) -> None:
    target = tmp_path / "pactdesk"
    chooser = Chooser(monkeypatch, target)

    dialogs.expect(None, CANCEL, kind=ExportScopeDialog)
    click_menu(qtbot, window, *MENU[language])
    dialogs.done()
    assert chooser.asked == [], "no file is asked for"
    assert list(tmp_path.glob("*.xlsx")) == [] and window.workbooks.job is None

    dialogs.expect(None, OK, kind=ExportScopeDialog)
    click_menu(qtbot, window, *MENU[language])
    dialogs.done()
    written = tmp_path / "pactdesk.xlsx"
    qtbot.waitUntil(lambda: window.workbooks.job is None and written.exists(), timeout=30_000)
    actions_sheet, ref, status, open_, attendance_sheet, remote, saved = WRITTEN[language]
    book = sheets_of(written)
    about = dict(book["About"][1:])
    assert about["Version"] == "2" and about["Language"] == language
    header, *rows = book[actions_sheet]
    assert rows[0][header.index(status)] == open_
    assert rows[0][header.index(ref)].startswith("AEC-A")
    assert rows[0][3] == "Send the indicators & <figures>"
    header, *rows = book[attendance_sheet]
    assert rows[0][header.index(status)] == remote
    other = WRITTEN["pt" if language == "en" else "en"][0]
    assert other not in book, "one language per workbook"
    message = window.statusBar().currentMessage()
    assert message.startswith(saved) and "pactdesk.xlsx" in message


def test_the_import_preview_names_sheets_and_columns_as_a_portuguese_workbook_does(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    from pactdesk.exchange.xlsx_read import check_workbook
    from pactdesk.exchange.xlsx_write import export_workbook
    from pactdesk.gui.files.workbook_dialogs import ImportPreviewDialog

    actions.create_action(database, "Health report", cluster_code="HCP")
    path = tmp_path / "livro.xlsx"
    export_workbook(database, path, language="pt")
    workbook = openpyxl.load_workbook(path)
    workbook["Ações"]["F2"] = "próxima terça"
    workbook.save(path)
    dialog = ImportPreviewDialog(check_workbook(database, path), "livro.xlsx")
    qtbot.addWidget(dialog)
    sheets = [dialog.counts.item(row, 0).text() for row in range(dialog.counts.rowCount())]
    assert "Ações" in sheets and "Organizações" in sheets and "Actions" not in sheets
    assert [dialog.problems.item(0, column).text() for column in range(3)] == ["Ações", "2", "Prazo"]
