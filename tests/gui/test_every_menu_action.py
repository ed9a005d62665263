"""Every item of the window's menus and toolbar, chosen as a person chooses it (the menu opened and the item
clicked, its key pressed, or its toolbar button clicked), its dialog filled and pressed to OK, then to Cancel, and
the database and the files written checked after each. The list of what covers what is docs/dialog-coverage.md."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QToolBar, QToolButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pactdesk import __version__
from pactdesk.domain.enums import AttendanceStatus, MeetingKind, MeetingStatus
from pactdesk.domain.models import Action, Cluster
from pactdesk.exchange.xlsx_write import export_workbook
from pactdesk.gui import app as gui_app
from pactdesk.gui.common.settings import DOCUMENT_LANGUAGE
from pactdesk.gui.common.theme import Theme, is_dark
from pactdesk.gui.directory.dialog import DirectoryDialog
from pactdesk.gui.files.document_dialogs import ActionReportDialog, BinderDialog
from pactdesk.gui.files.workbook_dialogs import ExportScopeDialog, ImportPreviewDialog
from pactdesk.gui.main_window import MainWindow
from pactdesk.gui.meetings.new_meeting_dialog import NewMeetingDialog
from pactdesk.services import actions, agenda, attendance, directory, meetings
from pactdesk.store.database import Database
from tests.gui.driving import (
    CANCEL,
    NO,
    OK,
    YES,
    button_named,
    choose,
    new_meeting_answer,
    press,
    set_moment,
    type_into,
)
from tests.gui.test_every_dialog import (
    Answers,
    Chooser,
    activate,
    click_menu,
    counts,
    everything,
    files_in,
    menu_action,
)

OK_BOX = QMessageBox.StandardButton.Ok


@pytest.fixture
def dialogs(qtbot: QtBot) -> Answers:
    return Answers(qtbot)


@pytest.fixture
def refs(database: Database) -> dict[str, str]:
    """Two meetings held by AEC in 2024 (the first with attendance, minutes, a decision and an action), one planned,
    and an open action of HCP."""
    ana = directory.add_person(database, "Ana Sousa", email="ana.sousa@example.pt")
    held = meetings.create_meeting(
        database, "AEC", title="Spring monitoring", starts_at="2024-03-04 10:00", status=MeetingStatus.HELD
    )
    attendance.set_attendance(database, held, ana, AttendanceStatus.PRESENT)
    item = agenda.add_agenda_item(database, held, "Indicators", minutes="The indicators were reviewed at length.")
    agenda.add_decision(database, item, "Publish the indicators.")
    actions.create_action(database, "Send the indicators", meeting_ref=held, agenda_item_id=item, due_on="2024-04-01")
    actions.create_action(database, "Health report", cluster_code="HCP")
    summer = meetings.create_meeting(
        database, "AEC", title="Summer monitoring", starts_at="2024-06-10 10:00", status=MeetingStatus.HELD
    )
    planned = meetings.create_meeting(database, "AEC", title="Autumn monitoring", starts_at="2099-10-01 10:00")
    agenda.add_agenda_item(database, planned, "Opening")
    return {"held": held, "summer": summer, "planned": planned}


@pytest.fixture
def window(qtbot: QtBot, database: Database, refs: dict[str, str]) -> MainWindow:
    shown = MainWindow(database, gui_app.settings())
    qtbot.addWidget(shown)
    shown.show()
    shown.documents.set_language("en")
    shown.show_meeting(refs["held"])
    activate(qtbot, shown)
    return shown


def toolbar_button(window: MainWindow, action: Any) -> QToolButton:
    toolbar = window.findChild(QToolBar, "mainToolbar")
    assert toolbar is not None
    button = toolbar.widgetForAction(action)
    assert isinstance(button, QToolButton)
    return button


def press_keys(qtbot: QtBot, window: MainWindow, key: Qt.Key, modifier: Qt.KeyboardModifier) -> None:
    """A key chord pressed in the meeting list, the window being the active one."""
    activate(qtbot, window)
    window.meeting_view.setFocus()
    qtbot.keyClick(window.meeting_view, key, modifier)


def wait_for_documents(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.documents.flow.job is None, timeout=30_000)


def wait_for_workbooks(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.workbooks.job is None, timeout=30_000)


def hcp_id(session: Any) -> int:
    found = session.scalar(select(Cluster.id).where(Cluster.code == "HCP"))
    assert found is not None
    return int(found)


def pdf_text(path: Path) -> str:
    assert path.read_bytes().startswith(b"%PDF-")
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


# -- File → New meeting… (menu, Ctrl+N, toolbar) -------------------------------------------------------------------


def test_new_meeting_cancel_creates_nothing_and_ok_creates_the_meeting_chosen(
    qtbot: QtBot, window: MainWindow, dialogs: Answers, database: Database
) -> None:
    before = everything(database)

    def filled(dialog: QWidget) -> None:
        new_meeting_answer(qtbot, "HCP", datetime(2026, 5, 6, 14, 30), 90)(dialog)
        choose(qtbot, dialog.kind, "Workshop")  # type: ignore[attr-defined]

    dialogs.expect(filled, CANCEL, kind=NewMeetingDialog)
    click_menu(qtbot, window, "File", "New meeting…")
    dialogs.expect(filled, CANCEL, kind=NewMeetingDialog)
    press_keys(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialogs.expect(filled, CANCEL, kind=NewMeetingDialog)
    press(qtbot, toolbar_button(window, window.new_action))
    dialogs.done()
    assert everything(database) == before
    assert window.undo_stack.count() == 0

    dialogs.expect(filled, OK, kind=NewMeetingDialog)
    click_menu(qtbot, window, "File", "New meeting…")
    dialogs.done()
    assert counts(database)["meetings"] == 4
    ref = window.editor.ref
    assert ref == "HCP-2026-01"
    detail = meetings.meeting_detail(database, ref)
    assert (detail.cluster_code, detail.kind, detail.starts_at, detail.ends_at) == (
        "HCP",
        MeetingKind.WORKSHOP,
        datetime(2026, 5, 6, 14, 30),
        datetime(2026, 5, 6, 16, 0),
    )
    assert window.current_cluster_code() == "HCP" and window.meetings.row_of(ref) is not None
    assert "HCP-2026-01 created" in window.statusBar().currentMessage()


# -- File → Delete meeting… (menu, the Delete key), Edit → Undo and Redo -------------------------------------------


def test_delete_meeting_no_keeps_it_yes_deletes_it_and_undo_redo_from_the_edit_menu(
    qtbot: QtBot, window: MainWindow, dialogs: Answers, database: Database, refs: dict[str, str]
) -> None:
    before = everything(database)
    asked: list[str] = []
    dialogs.expect(lambda box: asked.append(box.text()), NO, kind=QMessageBox)  # type: ignore[attr-defined]
    click_menu(qtbot, window, "File", "Delete meeting…")
    assert everything(database) == before
    assert asked == [
        f"Delete meeting {refs['held']}?\n\nWith it go 1 attendance records, 1 agenda items (1 with minutes), "
        "1 decisions and 1 actions.\n\nEdit → Undo brings it back."
    ]
    assert window.editor.ref == refs["held"]

    dialogs.expect(None, YES, kind=QMessageBox)
    press_keys(qtbot, window, Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier)
    dialogs.done()
    left = counts(database)
    assert (left["meetings"], left["attendance"], left["agenda_items"], left["decisions"], left["actions"]) == (
        2,
        0,
        1,
        0,
        1,
    ), "the meeting goes with its attendance, agenda, decisions and actions"
    assert window.editor.ref is None and window.meetings.row_of(refs["held"]) is None

    click_menu(qtbot, window, "Edit", "Undo")
    assert everything(database) == before, "the meeting comes back whole"
    click_menu(qtbot, window, "Edit", "Redo")
    assert counts(database) == left
    press(qtbot, toolbar_button(window, window.undo_action))
    assert everything(database) == before


# -- File → Print preview of the minutes…, Print the minutes… (Ctrl+P) ---------------------------------------------


def printed_to(qtbot: QtBot, path: Path) -> Any:
    """Qt's own print dialog, printing to a PDF file: the file's name typed, then Print pressed."""

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, QPrintDialog)
        name = dialog.findChild(QLineEdit, "filename")
        assert name is not None and name.isVisible()
        type_into(qtbot, name, str(path))
        press(qtbot, button_named(dialog, "Print"))

    return fill


def test_print_cancel_prints_nothing_and_print_sends_every_page(
    qtbot: QtBot, window: MainWindow, dialogs: Answers, database: Database, refs: dict[str, str], tmp_path: Path
) -> None:
    before = everything(database)
    dialogs.expect(None, CANCEL, kind=QPrintDialog)
    click_menu(qtbot, window, "File", "Print the minutes…")
    wait_for_documents(qtbot, window)
    dialogs.done()
    assert "printer" not in window.statusBar().currentMessage()

    printed = tmp_path / "printed.pdf"
    dialogs.expect(printed_to(qtbot, printed), None, kind=QPrintDialog)
    press_keys(qtbot, window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    wait_for_documents(qtbot, window)
    dialogs.done()
    pages = len(PdfReader(printed).pages)
    assert pages >= 1
    counted = f"{pages} page" if pages == 1 else f"{pages} pages"
    assert window.statusBar().currentMessage() == f"Minutes of {refs['held']} sent to the printer: {counted}."
    assert everything(database) == before


def test_print_preview_closed_prints_nothing_and_its_print_button_prints(
    qtbot: QtBot, window: MainWindow, dialogs: Answers, database: Database, refs: dict[str, str], tmp_path: Path
) -> None:
    before = everything(database)
    seen: list[int] = []

    def look_and_close(dialog: QWidget) -> None:
        assert isinstance(dialog, QPrintPreviewDialog) and refs["held"] in dialog.windowTitle()
        [preview] = [child for child in dialog.findChildren(QWidget) if isinstance(child, QPrintPreviewWidget)]
        seen.append(preview.pageCount())
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    dialogs.expect(look_and_close, None, kind=QPrintPreviewDialog)
    click_menu(qtbot, window, "File", "Print preview of the minutes…")
    wait_for_documents(qtbot, window)
    dialogs.done()
    assert seen and seen[0] >= 1
    assert "printer" not in window.statusBar().currentMessage()

    printed = tmp_path / "from-preview.pdf"

    def press_print(dialog: QWidget) -> None:
        toolbar = dialog.findChild(QToolBar)
        assert toolbar is not None
        [print_action] = [action for action in toolbar.actions() if action.text() == "Print"]
        # The toolbar's Print opens the print dialog in a loop of its own: it is pressed once this answer is over.
        QTimer.singleShot(0, print_action.trigger)

    dialogs.expect(press_print, None, kind=QPrintPreviewDialog)
    dialogs.expect(printed_to(qtbot, printed), None, kind=QPrintDialog)
    click_menu(qtbot, window, "File", "Print preview of the minutes…")
    wait_for_documents(qtbot, window)
    dialogs.done()
    assert len(PdfReader(printed).pages) == seen[0], "every page of the preview is printed"
    assert everything(database) == before


# -- File → Export → Workbook (.xlsx or .ods)… -------------------------------------------------------------------------


def test_export_workbook_cancel_writes_nothing_and_ok_writes_the_clusters_and_period_chosen(
    qtbot: QtBot,
    window: MainWindow,
    dialogs: Answers,
    database: Database,
    refs: dict[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = everything(database)
    target = tmp_path / "aec-since-may"
    chooser = Chooser(monkeypatch, target)

    def only_aec_since_may(dialog: QWidget) -> None:
        assert isinstance(dialog, ExportScopeDialog)
        press(qtbot, dialog.some)
        clusters = dialog.cluster_list
        row = next(row for row in range(clusters.count()) if clusters.item(row).text().startswith("AEC — "))
        rect = clusters.visualItemRect(clusters.item(row))
        qtbot.mouseClick(clusters.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.keyClick(clusters, Qt.Key.Key_Space)
        press(qtbot, dialog.use_since)
        set_moment(qtbot, dialog.since, datetime(2024, 5, 1))

    dialogs.expect(only_aec_since_may, CANCEL, kind=ExportScopeDialog)
    click_menu(qtbot, window, "File", "Export", "Workbook (.xlsx or .ods)…")
    dialogs.done()
    assert chooser.asked == [], "no file is asked for"
    assert not target.with_suffix(".xlsx").exists()

    dialogs.expect(only_aec_since_may, OK, kind=ExportScopeDialog)
    click_menu(qtbot, window, "File", "Export", "Workbook (.xlsx or .ods)…")
    wait_for_workbooks(qtbot, window)
    dialogs.done()
    written = tmp_path / "aec-since-may.xlsx"
    workbook = openpyxl.load_workbook(written, read_only=True)
    meeting_refs = [row[0] for row in workbook["Meetings"].iter_rows(min_row=2, values_only=True)]
    assert sorted(meeting_refs) == sorted([refs["summer"], refs["planned"]]), "AEC's meetings from May 2024 only"
    assert "aec-since-may.xlsx" in window.statusBar().currentMessage()

    chooser.path = None  # the file chooser cancelled: no file either
    dialogs.expect(None, OK, kind=ExportScopeDialog)
    click_menu(qtbot, window, "File", "Export", "Workbook (.xlsx or .ods)…")
    dialogs.done()
    assert files_in(tmp_path).count("aec-since-may.xlsx") == 1 and len(chooser.asked) == 2
    assert everything(database) == before


# -- File → Export → the documents of one meeting, and the calendar of planned meetings ----------------------------


def minutes_written(path: Path, refs: dict[str, str]) -> None:
    text = pdf_text(path)
    assert "Minutes of the meeting" in text and refs["planned"] in text


def agenda_written(path: Path, refs: dict[str, str]) -> None:
    text = pdf_text(path)
    assert "Agenda of the meeting" in text and "Opening" in text and refs["planned"] in text


def invitation_written(path: Path, refs: dict[str, str]) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("BEGIN:VCALENDAR") and "METHOD:REQUEST" in text and refs["planned"] in text


def calendar_written(path: Path, refs: dict[str, str]) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count("BEGIN:VEVENT") == 1 and refs["planned"] in text and refs["held"] not in text


@pytest.mark.parametrize(
    ("item", "name", "written"),
    [
        ("Minutes (PDF)…", "minutes.pdf", minutes_written),
        ("Agenda (PDF)…", "agenda.pdf", agenda_written),
        ("Calendar invitation (.ics)…", "invitation.ics", invitation_written),
        ("Planned meetings calendar (.ics)…", "planned.ics", calendar_written),
    ],
    ids=["minutes", "agenda", "invitation", "planned"],
)
def test_export_a_document_cancel_writes_nothing_and_ok_writes_it(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    refs: dict[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    item: str,
    name: str,
    written: Any,
) -> None:
    window.show_meeting(refs["planned"])
    before = everything(database)
    folder = tmp_path / "out"
    folder.mkdir()
    chooser = Chooser(monkeypatch, None)
    click_menu(qtbot, window, "File", "Export", item)
    assert len(chooser.asked) == 1 and files_in(folder) == []
    assert "saved" not in window.statusBar().currentMessage()

    chooser.path = folder / name
    click_menu(qtbot, window, "File", "Export", item)
    wait_for_documents(qtbot, window)
    assert files_in(folder) == [name]
    written(folder / name, refs)
    assert name in window.statusBar().currentMessage()
    assert everything(database) == before


# -- File → Export → Action report (PDF)…, Minutes binder (PDF)… ---------------------------------------------------


def test_export_action_report_cancel_writes_nothing_and_ok_covers_the_cluster_chosen(
    qtbot: QtBot,
    window: MainWindow,
    dialogs: Answers,
    database: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = everything(database)
    chooser = Chooser(monkeypatch, tmp_path / "report")

    def only_aec(dialog: QWidget) -> None:
        assert isinstance(dialog, ActionReportDialog) and dialog.cluster.currentText() == "All clusters"
        choose(qtbot, dialog.cluster, "AEC — ")

    dialogs.expect(only_aec, CANCEL, kind=ActionReportDialog)
    click_menu(qtbot, window, "File", "Export", "Action report (PDF)…")
    dialogs.done()
    assert chooser.asked == [] and not (tmp_path / "report.pdf").exists()

    dialogs.expect(only_aec, OK, kind=ActionReportDialog)
    click_menu(qtbot, window, "File", "Export", "Action report (PDF)…")
    wait_for_documents(qtbot, window)
    dialogs.done()
    assert chooser.suggested[0].startswith("pactdesk-actions-AEC-")
    text = pdf_text(tmp_path / "report.pdf")
    assert "Send the indicators" in text and "Health report" not in text
    assert "1 open action," in window.statusBar().currentMessage()
    assert everything(database) == before


def test_export_binder_cancel_writes_nothing_and_ok_binds_the_year_chosen(
    qtbot: QtBot,
    window: MainWindow,
    dialogs: Answers,
    database: Database,
    refs: dict[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    older = meetings.create_meeting(
        database, "AEC", title="The year before", starts_at="2023-05-05 10:00", status=MeetingStatus.HELD
    )
    before = everything(database)
    chooser = Chooser(monkeypatch, tmp_path / "binder")
    years: list[list[str]] = []

    def aec_2024(dialog: QWidget) -> None:
        assert isinstance(dialog, BinderDialog)
        choose(qtbot, dialog.cluster, "AEC — ")
        years.append([dialog.year.itemText(row) for row in range(dialog.year.count())])
        choose(qtbot, dialog.year, "2024")

    dialogs.expect(aec_2024, CANCEL, kind=BinderDialog)
    click_menu(qtbot, window, "File", "Export", "Minutes binder (PDF)…")
    dialogs.done()
    assert chooser.asked == [] and files_in(tmp_path).count("binder.pdf") == 0

    dialogs.expect(aec_2024, OK, kind=BinderDialog)
    click_menu(qtbot, window, "File", "Export", "Minutes binder (PDF)…")
    wait_for_documents(qtbot, window)
    dialogs.done()
    assert years[0] == ["2024", "2023"], "the years the cluster held meetings in, latest first"
    assert chooser.suggested == ["AEC-minutes-2024.pdf"]
    text = pdf_text(tmp_path / "binder.pdf")
    assert refs["held"] in text and refs["summer"] in text and older not in text
    assert "Binder of 2 meetings of" in window.statusBar().currentMessage()
    assert everything(database) == before


# -- File → Import → Workbook (.xlsx or .ods)… -------------------------------------------------------------------------


def test_import_workbook_cancel_changes_nothing_and_import_writes_what_the_preview_said(
    qtbot: QtBot,
    window: MainWindow,
    dialogs: Answers,
    database: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = tmp_path / "edited.xlsx"
    export_workbook(database, source)
    workbook = openpyxl.load_workbook(source)
    for row in workbook["Actions"].iter_rows(min_row=2):
        if row[3].value == "Health report":
            row[3].value = "Health report, revised & <checked>"
    workbook.save(source)
    before = everything(database)

    chooser = Chooser(monkeypatch, None, opening=True)
    click_menu(qtbot, window, "File", "Import", "Workbook (.xlsx or .ods)…")
    assert len(chooser.asked) == 1 and everything(database) == before

    chooser.path = source
    summaries: list[str] = []

    def read_and_cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, ImportPreviewDialog) and dialog.import_button.isEnabled()
        summaries.append(dialog.summary.text())

    dialogs.expect(read_and_cancel, CANCEL, kind=ImportPreviewDialog)
    click_menu(qtbot, window, "File", "Import", "Workbook (.xlsx or .ods)…")
    wait_for_workbooks(qtbot, window)
    dialogs.done()
    assert summaries and "can be imported: 1 change." in summaries[0]
    assert everything(database) == before and database.backups() == []

    finished: list[str] = []
    dialogs.expect(lambda dialog: press(qtbot, dialog.import_button), None, kind=ImportPreviewDialog)  # type: ignore[attr-defined]
    dialogs.expect(lambda box: finished.append(box.text()), OK_BOX, kind=QMessageBox)  # type: ignore[attr-defined]
    click_menu(qtbot, window, "File", "Import", "Workbook (.xlsx or .ods)…")
    qtbot.waitUntil(lambda: bool(finished) and window.workbooks.job is None, timeout=30_000)
    dialogs.done()
    changed = everything(database)
    assert changed["action"] != before["action"]
    assert {name: rows for name, rows in changed.items() if name != "action"} == {
        name: rows for name, rows in before.items() if name != "action"
    }, "the one change the preview announced"
    with database.read() as session:
        assert session.scalar(select(Action.title).where(Action.cluster_id == hcp_id(session))) == (
            "Health report, revised & <checked>"
        )
    assert finished[0].startswith("Imported 1 change from edited.xlsx.")
    assert len(database.backups()) == 1, "a backup is taken before the import"


# -- File → Document language --------------------------------------------------------------------------------------


def test_document_language_menu_makes_the_documents_in_the_language_chosen(
    qtbot: QtBot, window: MainWindow, database: Database, refs: dict[str, str], tmp_path: Path, monkeypatch: Any
) -> None:
    before = everything(database)
    chooser = Chooser(monkeypatch, tmp_path / "ata.pdf")
    click_menu(qtbot, window, "File", "Document language", "Português")
    assert DOCUMENT_LANGUAGE.read(gui_app.settings()) == "pt"
    assert menu_action(window, "File", "Document language", "Português").isChecked()
    assert not menu_action(window, "File", "Document language", "English").isChecked()
    click_menu(qtbot, window, "File", "Export", "Minutes (PDF)…")
    wait_for_documents(qtbot, window)
    assert "Ata da reunião" in pdf_text(tmp_path / "ata.pdf")

    click_menu(qtbot, window, "File", "Document language", "English")
    assert DOCUMENT_LANGUAGE.read(gui_app.settings()) == "en"
    chooser.path = tmp_path / "minutes.pdf"
    click_menu(qtbot, window, "File", "Export", "Minutes (PDF)…")
    wait_for_documents(qtbot, window)
    assert "Minutes of the meeting" in pdf_text(tmp_path / "minutes.pdf")
    assert everything(database) == before


# -- File → Quit ---------------------------------------------------------------------------------------------------


def test_quit_closes_the_window_and_keeps_what_was_typed(
    qtbot: QtBot, window: MainWindow, database: Database, refs: dict[str, str]
) -> None:
    window.editor.tabs.setCurrentIndex(window.editor.AGENDA)
    minutes = window.editor.agenda.minutes
    minutes.setFocus()
    qtbot.keyClick(minutes, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_into(qtbot, minutes, " Typed a moment before quitting.", replace=False)
    click_menu(qtbot, window, "File", "Quit")
    assert not window.isVisible()
    [item] = agenda.agenda(database, refs["held"])
    assert item.minutes == "The indicators were reviewed at length. Typed a moment before quitting."
    assert gui_app.settings().value("main_window/meeting") == refs["held"]


# -- Edit → Filter meetings (Ctrl+F), People and organisations… (menu and toolbar) ---------------------------------


def test_filter_meetings_puts_the_keyboard_in_the_filter(
    qtbot: QtBot, window: MainWindow, database: Database, refs: dict[str, str]
) -> None:
    before = everything(database)
    click_menu(qtbot, window, "Edit", "Filter meetings")
    assert window.filter.hasFocus()
    qtbot.keyClicks(window.filter, "summer")
    qtbot.waitUntil(lambda: window.meetings.rowCount() == 1)
    assert window.meetings.meeting(0).ref == refs["summer"]
    press_keys(qtbot, window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.filter.hasFocus() and window.filter.selectedText() == "summer"
    qtbot.keyClick(window.filter, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: window.meetings.rowCount() == 3)
    assert everything(database) == before


def test_people_and_organisations_opens_the_directory_and_close_changes_nothing(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    before = everything(database)
    click_menu(qtbot, window, "Edit", "People and organisations…")
    directory_window = window.findChild(DirectoryDialog)
    assert directory_window is not None and directory_window.isVisible()
    assert not directory_window.isModal(), "it stays open beside the window"
    people = directory_window.people_tab.model
    assert [people.row_at(row).name for row in range(people.rowCount())] == ["Ana Sousa"]
    press(qtbot, button_named(directory_window, "Close"))
    assert not directory_window.isVisible()
    press(qtbot, toolbar_button(window, window.directory_action))
    assert directory_window.isVisible() and window.findChildren(DirectoryDialog) == [directory_window]
    press(qtbot, button_named(directory_window, "Close"))
    assert everything(database) == before


# -- View → the pages, Refresh (Ctrl+R), Present meeting (F5), Theme -----------------------------------------------


def test_view_menu_shows_each_page_and_changes_nothing(qtbot: QtBot, window: MainWindow, database: Database) -> None:
    before = everything(database)
    for item, page in (
        ("Action tracker", "tracker"),
        ("Outputs", "outputs"),
        ("Goals", "goals"),
        ("Dashboard", "dashboard"),
        ("Decisions", "decisions"),
        ("Meetings", "meetings"),
    ):
        click_menu(qtbot, window, "View", item)
        assert window.current_page() == page
    for number, page in enumerate(("tracker", "outputs", "goals", "dashboard", "decisions"), start=2):
        press_keys(qtbot, window, Qt.Key(Qt.Key.Key_0.value + number), Qt.KeyboardModifier.ControlModifier)
        assert window.current_page() == page
        activate(qtbot, window)
        qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
        assert window.current_page() == "meetings"
    assert everything(database) == before


def test_refresh_reads_what_was_written_elsewhere(
    qtbot: QtBot, window: MainWindow, database: Database, refs: dict[str, str]
) -> None:
    elsewhere = meetings.create_meeting(
        database, "AEC", title="Written by the command line", starts_at="2025-02-02 10:00"
    )
    assert window.meetings.row_of(elsewhere) is None
    click_menu(qtbot, window, "View", "Refresh")
    assert window.meetings.row_of(elsewhere) is not None
    assert window.editor.ref == refs["held"], "what was chosen stays chosen"
    other = meetings.create_meeting(database, "AEC", title="And another", starts_at="2025-02-03 10:00")
    press_keys(qtbot, window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert window.meetings.row_of(other) is not None


def test_present_meeting_starts_with_f5_and_the_menu_and_esc_leaves(
    qtbot: QtBot, window: MainWindow, database: Database, refs: dict[str, str]
) -> None:
    before = everything(database)
    click_menu(qtbot, window, "View", "Present meeting")
    presentation = window.presentation
    assert presentation is not None and presentation.active and presentation.ref == refs["held"]
    assert presentation.audience.isVisible() and presentation.panel.isVisible()
    qtbot.keyClick(presentation.audience, Qt.Key.Key_Escape)
    assert window.presentation is None and not presentation.audience.isVisible()

    press_keys(qtbot, window, Qt.Key.Key_F5, Qt.KeyboardModifier.NoModifier)
    presentation = window.presentation
    assert presentation is not None and presentation.active
    qtbot.keyClick(presentation.audience, Qt.Key.Key_Escape)
    assert window.presentation is None
    assert everything(database) == before


def test_presenting_another_meeting_asks_and_no_keeps_the_wall_yes_replaces_it(
    qtbot: QtBot, window: MainWindow, dialogs: Answers, database: Database, refs: dict[str, str]
) -> None:
    before = everything(database)
    press_keys(qtbot, window, Qt.Key.Key_F5, Qt.KeyboardModifier.NoModifier)
    first = window.presentation
    assert first is not None and first.ref == refs["held"]
    window.show_meeting(refs["summer"])
    asked: list[str] = []
    dialogs.expect(lambda box: asked.append(box.text()), NO, kind=QMessageBox)  # type: ignore[attr-defined]
    click_menu(qtbot, window, "View", "Present meeting")
    assert asked == [f"The wall shows {refs['held']}. Present {refs['summer']} instead?"]
    assert window.presentation is first and first.active and first.ref == refs["held"]

    dialogs.expect(None, YES, kind=QMessageBox)
    press_keys(qtbot, window, Qt.Key.Key_F5, Qt.KeyboardModifier.NoModifier)
    dialogs.done()
    second = window.presentation
    assert second is not None and second is not first and second.ref == refs["summer"] and not first.active
    window.stop_presenting()
    assert everything(database) == before


def test_theme_menu_chooses_dark_light_and_the_system_again(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    system = app.palette().color(QPalette.ColorRole.Window)
    try:
        click_menu(qtbot, window, "View", "Theme", "Dark")
        assert is_dark(app.palette()) and window.theme_actions[Theme.DARK].isChecked()
        assert gui_app.settings().value("appearance/theme") == "dark"
        click_menu(qtbot, window, "View", "Theme", "Light")
        assert not is_dark(app.palette()) and gui_app.settings().value("appearance/theme") == "light"
    finally:
        click_menu(qtbot, window, "View", "Theme", "Follow the system")
    assert app.palette().color(QPalette.ColorRole.Window) == system
    assert gui_app.settings().value("appearance/theme") == "system"


# -- Help → About PactDesk -----------------------------------------------------------------------------------------


def test_about_says_the_version_and_ok_closes_it(
    qtbot: QtBot, window: MainWindow, dialogs: Answers, database: Database
) -> None:
    before = everything(database)
    said: list[str] = []
    dialogs.expect(lambda box: said.append(box.text()), OK_BOX, kind=QMessageBox)  # type: ignore[attr-defined]
    click_menu(qtbot, window, "Help", "About PactDesk")
    dialogs.done()
    assert said and f"PactDesk {__version__}" in said[0]
    assert QApplication.activeModalWidget() is None
    assert everything(database) == before


# -- defects found while driving the menus, now fixed ---------------------------------------------------------------


# Was a defect: Refresh (Ctrl+R) read the clusters and the meetings again, not the page on screen.
def test_refresh_on_the_action_tracker_reads_its_actions_again(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    click_menu(qtbot, window, "View", "Action tracker")
    page = window.page("tracker")
    actions.create_action(database, "Written by the command line", cluster_code="AEC")
    click_menu(qtbot, window, "View", "Refresh")
    assert "Written by the command line" in [page.model.action(row).title for row in range(page.model.rowCount())]


# Was a defect: a meeting created from another page was not shown.
def test_a_meeting_created_from_another_page_is_shown(
    qtbot: QtBot, window: MainWindow, dialogs: Answers, database: Database
) -> None:
    click_menu(qtbot, window, "View", "Action tracker")
    dialogs.expect(new_meeting_answer(qtbot, "HCP", datetime(2026, 5, 6, 14, 30)), OK, kind=NewMeetingDialog)
    press_keys(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialogs.done()
    assert meetings.count_meetings(database) == 4 and window.editor.ref == "HCP-2026-01"
    assert window.current_page() == "meetings"


# Was a defect: Delete meeting… stayed enabled with no meeting chosen, and then did nothing.
def test_delete_meeting_is_greyed_when_no_meeting_is_chosen(
    qtbot: QtBot, window: MainWindow, dialogs: Answers, database: Database
) -> None:
    dialogs.expect(None, YES, kind=QMessageBox)
    click_menu(qtbot, window, "File", "Delete meeting…")
    dialogs.done()
    assert window.editor.ref is None
    assert not window.present_action.isEnabled() and not window.documents.print_action.isEnabled()
    assert not window.delete_action.isEnabled()


def test_your_name_cancel_keeps_the_author_and_ok_names_the_authors_of_what_follows(
    qtbot: QtBot, window: MainWindow, dialogs: Answers, database: Database, refs: dict[str, str]
) -> None:
    """Edit → Your name…: a laptop's file records that name beside each change, and remembers it."""
    before = database.author

    def named(name: str) -> Any:
        def fill(dialog: QWidget) -> None:
            field = dialog.findChild(QLineEdit)
            assert field is not None and field.text() == before
            type_into(qtbot, field, name)

        return fill

    dialogs.expect(named("Somebody Else"), CANCEL)
    click_menu(qtbot, window, "Edit", "Your name…")
    dialogs.done()
    assert database.author == before

    dialogs.expect(named("  Ana   Lopes "), OK)
    click_menu(qtbot, window, "Edit", "Your name…")
    dialogs.done()
    assert database.author == "Ana Lopes"
    window.editor.tabs.setCurrentIndex(window.editor.AGENDA)
    section = window.editor.agenda
    section.minutes.setFocus()
    qtbot.keyClicks(section.minutes, " Checked.")
    assert section.save_minutes()
    assert agenda.agenda(database, refs["held"])[0].stamp.updated_by == "Ana Lopes"
    # The next start on this laptop names her too.
    database.author = before
    again = MainWindow(database, window.settings)
    qtbot.addWidget(again)
    assert database.author == "Ana Lopes"
