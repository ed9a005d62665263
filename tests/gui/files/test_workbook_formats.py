"""File → Export → Workbook… and File → Import → Workbook… in both formats, through the real menu: the file chooser
offers "Excel workbook (*.xlsx)" and "OpenDocument spreadsheet (*.ods)"; an export's format is the suffix typed,
else the filter chosen; an import reads what the file holds, whatever its name, previews it, and writes it on Import
(or nothing on Cancel)."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pactdesk.domain.models import Action
from pactdesk.exchange.ods_write import export_ods
from pactdesk.exchange.xlsx_read import check_workbook
from pactdesk.gui.files.workbook_dialogs import ExportScopeDialog, ImportPreviewDialog
from pactdesk.gui.main_window import MainWindow
from pactdesk.services import actions, meetings
from pactdesk.store.database import Database
from tests.gui.driving import CANCEL, OK, open_window, press
from tests.gui.test_every_dialog import Answers, click_menu, everything

EXCEL = "Excel workbook (*.xlsx)"
OPENDOCUMENT = "OpenDocument spreadsheet (*.ods)"
EXPORT = ("File", "Export", "Workbook (.xlsx or .ods)…")
IMPORT = ("File", "Import", "Workbook (.xlsx or .ods)…")


class Chooser:
    """The platform's file chooser (it cannot be driven offscreen): answers with ``path`` and the filter ``chosen``
    among those offered (None: the first), or as Cancel when ``path`` is None; keeps the filters offered."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, *, opening: bool = False) -> None:
        self.path: Path | None = None
        self.chosen: str | None = None
        self.offered: list[list[str]] = []
        monkeypatch.setattr(QFileDialog, "getOpenFileName" if opening else "getSaveFileName", self)

    def __call__(self, parent: Any, title: str, suggested: str = "", filters: str = "", *rest: Any) -> Any:
        offered = filters.split(";;")
        self.offered.append(offered)
        if self.path is None:
            return "", ""
        return str(self.path), self.chosen or offered[0]


@pytest.fixture
def window(qtbot: QtBot, database: Database) -> MainWindow:
    ref = meetings.create_meeting(database, "AEC", title="Monitoring", starts_at="2025-03-04 10:00")
    actions.create_action(database, "Send the indicators", meeting_ref=ref, due_on="2025-04-01")
    actions.create_action(database, "Health report", cluster_code="HCP")
    return open_window(qtbot, database)


@pytest.fixture
def dialogs(qtbot: QtBot) -> Answers:
    return Answers(qtbot)


def export_from_the_menu(qtbot: QtBot, window: MainWindow, dialogs: Answers) -> None:
    dialogs.expect(None, OK, kind=ExportScopeDialog)
    click_menu(qtbot, window, *EXPORT)
    qtbot.waitUntil(lambda: window.workbooks.job is None, timeout=30_000)
    dialogs.done()


def format_of(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        if "mimetype" in names and archive.read("mimetype") == b"application/vnd.oasis.opendocument.spreadsheet":
            return "ods"
        return "xlsx" if "xl/workbook.xml" in names else "?"


def test_the_chosen_filter_or_the_typed_suffix_decides_the_format(
    qtbot: QtBot,
    window: MainWindow,
    dialogs: Answers,
    database: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    chooser = Chooser(monkeypatch)
    before = everything(database)

    dialogs.expect(None, CANCEL, kind=ExportScopeDialog)  # the scope's Cancel: no file asked for
    click_menu(qtbot, window, *EXPORT)
    dialogs.done()
    assert chooser.offered == []

    export_from_the_menu(qtbot, window, dialogs)  # the chooser's Cancel: no file
    assert chooser.offered == [[EXCEL, OPENDOCUMENT]] and list(tmp_path.glob("*.*s")) == []

    for name, chosen, written in (
        ("by-filter", OPENDOCUMENT, "by-filter.ods"),
        ("by-default", None, "by-default.xlsx"),
        ("typed.ods", EXCEL, "typed.ods"),
        ("typed.xlsx", OPENDOCUMENT, "typed.xlsx"),
    ):
        chooser.path, chooser.chosen = tmp_path / name, chosen
        export_from_the_menu(qtbot, window, dialogs)
        path = tmp_path / written
        assert path.exists(), written
        assert format_of(path) == path.suffix[1:], written
        assert written in window.statusBar().currentMessage()
        plan = check_workbook(database, path)
        assert plan.ok and plan.changed == 0 and plan.counts["Actions"].unchanged == 2, plan.report()
    assert everything(database) == before


def test_an_ods_workbook_imports_from_the_menu_whatever_its_name(
    qtbot: QtBot,
    window: MainWindow,
    dialogs: Answers,
    database: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = tmp_path / "edited.ods"
    export_ods(database, source)
    with zipfile.ZipFile(source) as archive:
        parts = {info: archive.read(info) for info in archive.infolist()}
    named_excel = tmp_path / "edited-in-calc.xlsx"  # an .ods named .xlsx: its content decides
    with zipfile.ZipFile(named_excel, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in parts.items():
            if info.filename == "content.xml":
                data = data.replace(b"<text:p>Health report</text:p>", b"<text:p>Health report, revised</text:p>")
            archive.writestr(info, data)
    before = everything(database)
    chooser = Chooser(monkeypatch, opening=True)

    click_menu(qtbot, window, *IMPORT)  # the chooser's Cancel
    assert chooser.offered == [["Workbooks (*.xlsx *.ods)", EXCEL, OPENDOCUMENT]]
    assert everything(database) == before

    chooser.path = named_excel
    previews: list[str] = []

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, ImportPreviewDialog) and dialog.import_button.isEnabled()
        previews.append(dialog.summary.text())

    dialogs.expect(read, CANCEL, kind=ImportPreviewDialog)
    click_menu(qtbot, window, *IMPORT)
    qtbot.waitUntil(lambda: window.workbooks.job is None, timeout=30_000)
    dialogs.done()
    assert previews and "can be imported: 1 change." in previews[0]
    assert everything(database) == before and database.backups() == []

    finished: list[str] = []
    dialogs.expect(lambda dialog: press(qtbot, dialog.import_button), None, kind=ImportPreviewDialog)  # type: ignore[attr-defined]
    dialogs.expect(lambda box: finished.append(box.text()), QMessageBox.StandardButton.Ok, kind=QMessageBox)  # type: ignore[attr-defined]
    click_menu(qtbot, window, *IMPORT)
    qtbot.waitUntil(lambda: bool(finished) and window.workbooks.job is None, timeout=30_000)
    dialogs.done()
    assert "Imported 1 change from edited-in-calc.xlsx." in finished[0]
    with database.read() as session:
        assert set(session.scalars(select(Action.title))) == {"Send the indicators", "Health report, revised"}
    assert len(database.backups()) >= 1
