"""The meeting's Attachments tab, driven as a secretary drives it: Add… with the platform's file chooser answered and
cancelled, files dropped from the file manager, Open (the system's application patched), Save a copy…, Remove with
the Delete key and the button, each undone and redone from the Edit menu; a program asked about first, No then Yes;
a file over the size limit refused in a sentence; approved minutes lock the tab. The database and the files written
are checked afterwards."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pactdesk import config
from pactdesk.domain.enums import MinutesStatus
from pactdesk.domain.models import Blob
from pactdesk.gui.common import settings as setting
from pactdesk.gui.main_window import MainWindow
from pactdesk.gui.meetings.attachments_section import AttachmentsSection
from pactdesk.services import agenda, attachments, meetings
from pactdesk.store.database import Database
from tests.gui.driving import NO, YES, Dialogs, choose, open_window, press, press_keys, type_into
from tests.gui.test_every_dialog import Chooser

SLIDES = b"%PDF-1.7\n" + b"the training programme, slide after slide " * 500
BUDGET = b"PK\x03\x04" + b"the budget of the training " * 300


class Files:
    """The platform's chooser of files to open, several at once (QFileDialog.getOpenFileNames): answers with
    ``paths``, or as Cancel when there are none; the titles asked are kept."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, *paths: Path) -> None:
        self.paths = paths
        self.asked: list[str] = []
        monkeypatch.setattr(QFileDialog, "getOpenFileNames", self)

    def __call__(self, parent: Any, title: str, folder: str = "", file_filter: str = "", *rest: Any) -> Any:
        self.asked.append(title)
        return [str(path) for path in self.paths], file_filter


class Opened:
    """The system's application (QDesktopServices.openUrl): the files it was asked to open, and its answer."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, *, works: bool = True) -> None:
        self.paths: list[Path] = []
        self.works = works
        monkeypatch.setattr(QDesktopServices, "openUrl", self)

    def __call__(self, url: QUrl) -> bool:
        self.paths.append(Path(url.toLocalFile()))
        return self.works


@pytest.fixture
def held(database: Database) -> str:
    ref = meetings.create_meeting(database, "TEX", title="Monitoring", starts_at="2026-01-12 10:00")
    agenda.add_agenda_item(database, ref, "Approval of the previous minutes")
    agenda.add_agenda_item(database, ref, "Training programmes")
    return ref


@pytest.fixture
def files(tmp_path: Path) -> Path:
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "Apresentação.pdf").write_bytes(SLIDES)
    (folder / "Orçamento.xlsx").write_bytes(BUDGET)
    (folder / "CON.txt").write_bytes(b"notes of the meeting")
    (folder / "setup.exe").write_bytes(b"MZ\x90\x00 a program")
    return folder


@pytest.fixture
def window(qtbot: QtBot, database: Database, held: str) -> MainWindow:
    shown = open_window(qtbot, database)
    shown.show_meeting(held)
    return shown


def tab(window: MainWindow) -> AttachmentsSection:
    editor = window.editor
    editor.tabs.setCurrentIndex(editor.ATTACHMENTS)
    return editor.attachments


def kept(database: Database, ref: str) -> list[tuple[str, int | None]]:
    return [(row.name, row.item_position) for row in attachments.attachments(database, ref)]


def shown(section: AttachmentsSection) -> list[tuple[str, str]]:
    rows = [section.files.topLevelItem(row) for row in range(section.files.topLevelItemCount())]
    return [(row.text(section.NAME), row.text(section.ITEM)) for row in rows if row is not None]


def pick(qtbot: QtBot, section: AttachmentsSection, name: str) -> None:
    """Click the file's row in the list."""
    rows = [section.files.topLevelItem(row) for row in range(section.files.topLevelItemCount())]
    [row] = [row for row in rows if row is not None and row.text(section.NAME) == name]
    rect = section.files.visualItemRect(row)
    qtbot.mouseClick(section.files.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert [each.name for each in section.chosen()] == [name]


def attached(qtbot: QtBot, section: AttachmentsSection) -> None:
    """Wait for the files being attached (off the window's thread) to be kept."""
    qtbot.waitUntil(lambda: section.job is None, timeout=30_000)


def blob_count(database: Database) -> int:
    with database.read() as session:
        return len(session.scalars(select(Blob.sha256)).all())


# -- Add… ------------------------------------------------------------------------------------------------------------


def test_add_cancelled_keeps_nothing_and_answered_keeps_the_files_with_the_item_chosen_undone_in_one_step(
    qtbot: QtBot, window: MainWindow, database: Database, held: str, files: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    section = tab(window)
    assert shown(section) == [] and section.add_button.isEnabled() and not section.open_button.isEnabled()
    chooser = Files(monkeypatch)  # Cancel
    press(qtbot, section.add_button)
    assert chooser.asked == [f"Attach files to {held}"] and kept(database, held) == []

    choose(qtbot, section.item, "2. Training programmes")
    Files(monkeypatch, files / "Apresentação.pdf", files / "Orçamento.xlsx")
    press(qtbot, section.add_button)
    attached(qtbot, section)
    assert kept(database, held) == [("Apresentação.pdf", 2), ("Orçamento.xlsx", 2)]
    assert shown(section) == [
        ("Apresentação.pdf", "2. Training programmes"),
        ("Orçamento.xlsx", "2. Training programmes"),
    ]
    assert section.said.text() == "Kept with the meeting: Apresentação.pdf, Orçamento.xlsx."
    assert setting.ATTACHMENTS_FOLDER.read(section._settings) == str(files)

    assert window.undo_action.text().replace("&", "") == f"Undo Attach 2 files to {held}"
    window.undo_action.trigger()
    assert kept(database, held) == [] and shown(section) == [] and blob_count(database) == 0
    window.redo_action.trigger()
    assert kept(database, held) == [("Apresentação.pdf", 2), ("Orçamento.xlsx", 2)]
    assert len(shown(section)) == 2
    assert [attachments.content(database, row.id) for row in attachments.attachments(database, held)] == [
        SLIDES,
        BUDGET,
    ]


def test_cancel_in_the_progress_stops_before_the_next_file_and_those_kept_are_undone_in_one_step(
    qtbot: QtBot, window: MainWindow, database: Database, held: str, files: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    section = tab(window)
    slow = attachments.attach

    def slowly(*args: Any, **kwargs: Any) -> Any:  # a large file on a slow disk
        time.sleep(0.6)
        return slow(*args, **kwargs)

    monkeypatch.setattr(attachments, "attach", slowly)
    Files(monkeypatch, files / "Apresentação.pdf", files / "Orçamento.xlsx", files / "CON.txt")
    press(qtbot, section.add_button)
    job = section.job
    assert job is not None
    qtbot.waitUntil(lambda: job.dialog.isVisible(), timeout=5_000)
    assert job.dialog.labelText() == f"Attaching to {held}…"
    [cancel] = [button for button in job.dialog.findChildren(QPushButton) if button.isVisible()]
    press(qtbot, cancel)
    attached(qtbot, section)
    names = [name for name, _ in kept(database, held)]
    assert 1 <= len(names) < 3 and names == ["Apresentação.pdf", "Orçamento.xlsx"][: len(names)]
    assert len(shown(section)) == len(names)
    window.undo_action.trigger()
    assert kept(database, held) == [] and blob_count(database) == 0


def test_a_file_dropped_from_the_file_manager_is_kept_with_the_meeting(
    qtbot: QtBot, window: MainWindow, database: Database, held: str, files: Path
) -> None:
    section = tab(window)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(files / "CON.txt")), QUrl("https://example.pt/not-a-file.pdf")])
    where = section.files.geometry().center()
    entering = QDragEnterEvent(
        where, Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(section, entering)
    assert entering.isAccepted()
    dropped = QDropEvent(
        QPointF(where), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(section, dropped)
    assert dropped.isAccepted()
    attached(qtbot, section)
    assert kept(database, held) == [("CON.txt", None)]
    assert shown(section) == [("CON.txt", "Whole meeting")]
    window.undo_action.trigger()
    assert kept(database, held) == []

    text = QMimeData()
    text.setText("only words, no file")
    refused = QDragEnterEvent(
        QPoint(5, 5), Qt.DropAction.CopyAction, text, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(section, refused)
    assert not refused.isAccepted()


# -- Open, Save a copy… ------------------------------------------------------------------------------------------------


def test_open_writes_a_read_only_copy_under_a_safe_name_and_opens_it(
    qtbot: QtBot, window: MainWindow, database: Database, held: str, files: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    row = attachments.attach(database, held, None, files / "CON.txt")
    section = tab(window)
    opened = Opened(monkeypatch)
    pick(qtbot, section, "CON.txt")
    press(qtbot, section.open_button)
    copy = config.cache_dir() / "opened" / str(row.id) / "_CON.txt"
    assert opened.paths == [copy] and copy.read_bytes() == b"notes of the meeting"
    assert "changes made there are not kept" in section.said.text()
    press_keys(qtbot, section.files, Qt.Key.Key_Return)  # Enter opens it too
    assert opened.paths == [copy, copy]

    opened.works = False  # no application for it on this computer: where the copy is, is said
    press(qtbot, section.open_button)
    assert section.said.text() == f"No application on this computer opens CON.txt; a copy is at {copy}."


def test_save_a_copy_cancelled_writes_nothing_and_answered_writes_the_file(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    held: str,
    files: Path,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    attachments.attach(database, held, None, files / "Apresentação.pdf", item=2)
    attachments.attach(database, held, "aux.pdf", SLIDES)
    section = tab(window)
    out = tmp_path / "out"
    out.mkdir()
    pick(qtbot, section, "aux.pdf")
    chooser = Chooser(monkeypatch, None)  # Cancel
    press(qtbot, section.save_button)
    assert chooser.asked == ["Save a copy of aux.pdf"] and chooser.suggested == ["_aux.pdf"]
    assert list(out.iterdir()) == []

    Chooser(monkeypatch, out / "slides of the day.pdf")
    pick(qtbot, section, "Apresentação.pdf")
    press(qtbot, section.save_button)
    assert (out / "slides of the day.pdf").read_bytes() == SLIDES
    assert [path.name for path in out.iterdir()] == ["slides of the day.pdf"]
    assert section.said.text() == f"Apresentação.pdf saved to {out / 'slides of the day.pdf'}."


# -- Remove ------------------------------------------------------------------------------------------------------------


def test_remove_by_button_and_by_the_delete_key_each_undone_and_redone(
    qtbot: QtBot, window: MainWindow, database: Database, held: str, files: Path
) -> None:
    first = attachments.attach(database, held, None, files / "Apresentação.pdf", item=2)
    attachments.attach(database, held, None, files / "Orçamento.xlsx")
    section = tab(window)
    pick(qtbot, section, "Apresentação.pdf")
    press(qtbot, section.remove_button)
    assert kept(database, held) == [("Orçamento.xlsx", None)] and blob_count(database) == 1
    assert shown(section) == [("Orçamento.xlsx", "Whole meeting")]
    assert section.said.text() == "Apresentação.pdf removed; Edit → Undo puts it back."
    assert window.undo_action.text().replace("&", "") == f"Undo Remove Apresentação.pdf from {held}"
    window.undo_action.trigger()
    assert kept(database, held) == [("Orçamento.xlsx", None), ("Apresentação.pdf", 2)]
    assert attachments.attachments(database, held)[1].id == first.id
    assert attachments.content(database, first.id) == SLIDES
    window.redo_action.trigger()
    assert kept(database, held) == [("Orçamento.xlsx", None)]
    window.undo_action.trigger()

    section.files.selectAll()
    press_keys(qtbot, section.files, Qt.Key.Key_Delete)
    assert kept(database, held) == [] and shown(section) == [] and blob_count(database) == 0
    assert window.undo_action.text().replace("&", "") == f"Undo Remove 2 files from {held}"
    window.undo_action.trigger()  # both come back, in one step
    assert len(kept(database, held)) == 2 and len(shown(section)) == 2


# -- programs and the size limit ---------------------------------------------------------------------------------


def test_a_program_is_asked_about_first_no_keeps_nothing_yes_keeps_it_and_opening_it_asks_again(
    qtbot: QtBot, window: MainWindow, database: Database, held: str, files: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    section = tab(window)
    answers = Dialogs(qtbot)
    Files(monkeypatch, files / "setup.exe")
    asked = answers.expect(None, NO, kind=QMessageBox)
    press(qtbot, section.add_button)
    answers.done()
    assert section.job is None, "nothing left to attach"
    assert "“setup.exe” is a program or a script" in asked.text
    assert kept(database, held) == [] and blob_count(database) == 0

    answers.expect(None, YES, kind=QMessageBox)
    press(qtbot, section.add_button)
    answers.done()
    attached(qtbot, section)
    assert kept(database, held) == [("setup.exe", None)]
    assert section.files.topLevelItem(0).text(section.KIND) == "EXE (a program)"

    opened = Opened(monkeypatch)
    pick(qtbot, section, "setup.exe")
    asked = answers.expect(None, NO, kind=QMessageBox)
    press(qtbot, section.open_button)
    answers.done()
    assert "opening it runs it on this computer" in asked.text and opened.paths == []
    answers.expect(None, YES, kind=QMessageBox)
    press(qtbot, section.open_button)
    answers.done()
    assert [path.name for path in opened.paths] == ["setup.exe"]


def test_a_file_over_the_limit_is_refused_in_a_sentence_and_the_limit_is_kept(
    qtbot: QtBot, window: MainWindow, database: Database, held: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert (setting.ATTACHMENT_LIMIT_MB, setting.ATTACHMENT_LIMIT_MOST_MB) == (
        attachments.DEFAULT_LIMIT // attachments.MB,
        attachments.MAX_LIMIT // attachments.MB,
    )
    large = tmp_path / "recording.mp4"
    with open(large, "wb") as handle:
        handle.truncate(2 * attachments.MB)
    section = tab(window)
    assert section.limit.value() == 100
    type_into(qtbot, section.limit.lineEdit(), "1")
    assert section.limit.value() == 1
    answers = Dialogs(qtbot)
    Files(monkeypatch, large)
    refused = answers.expect(None, QMessageBox.StandardButton.Ok, kind=QMessageBox)
    press(qtbot, section.add_button)
    attached(qtbot, section)
    answers.done()
    assert refused.text.startswith("“recording.mp4” is 2 MB, more than the 1 MB a file may have;")
    assert kept(database, held) == []
    assert AttachmentsSection(database, window.undo_stack).limit.value() == 1, "the limit is a setting, kept"


def test_approved_minutes_lock_the_files_which_can_still_be_opened_and_saved(
    qtbot: QtBot, window: MainWindow, database: Database, held: str, files: Path
) -> None:
    attachments.attach(database, held, None, files / "CON.txt")
    meetings.set_minutes_status(database, held, MinutesStatus.APPROVED, "2026-01-12")
    window.show_meeting(held)
    section = tab(window)
    pick(qtbot, section, "CON.txt")
    assert not section.add_button.isEnabled() and not section.remove_button.isEnabled()
    assert section.open_button.isEnabled() and section.save_button.isEnabled()
    assert "reopen the minutes first" in section.remove_button.toolTip()
    press_keys(qtbot, section.files, Qt.Key.Key_Delete)
    assert kept(database, held) == [("CON.txt", None)]
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(files / "Orçamento.xlsx"))])
    entering = QDragEnterEvent(
        QPoint(5, 5), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(section, entering)
    assert not entering.isAccepted()


def test_every_control_of_the_tab_has_a_name_and_a_letter_of_its_own(
    qtbot: QtBot, window: MainWindow, database: Database, held: str, files: Path
) -> None:
    """The accessibility walk (tests/gui/test_accessibility.py) over the window with this tab shown and a file
    chosen, so that Open, Save a copy… and Remove are there too. In English: the Portuguese letters are the
    translation's to choose (none of A, D, E, F, O, P, V, which the menus and the other tabs hold)."""
    from tests.gui.test_accessibility import Audit

    attachments.attach(database, held, None, files / "CON.txt")
    section = tab(window)
    pick(qtbot, section, "CON.txt")
    audit = Audit()
    audit.walk(qtbot, window)
    assert audit.problems == {}
    assert {"AttachmentsSection.files", "AttachmentsSection.item", "AttachmentsSection.limit"} <= set(audit.names)
