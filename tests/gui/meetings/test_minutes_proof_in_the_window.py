"""The record you can prove, through the window: reopening approved minutes asks why (Cancel, a blank reason, OK),
approving by written procedure asks for its note, the next meeting's "Approval of the previous minutes" item
approves them (Cancel, corrections, OK, Undo), and the Versions tab restores a version into a draft (Cancel, Yes,
Undo). Each is checked in the database afterwards."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox, QTreeWidget, QTreeWidgetItem, QWidget
from pytestqt.qtbot import QtBot

from pactdesk.domain.enums import MinutesStatus
from pactdesk.gui.common.words import word
from pactdesk.gui.main_window import MainWindow
from pactdesk.gui.meetings.approval_box import ApprovalDialog
from pactdesk.gui.meetings.approve_dialog import ApproveDialog, ReopenDialog
from pactdesk.services import agenda, meetings, minutes_versions, planning
from pactdesk.store.database import Database
from tests.gui.driving import CANCEL, OK, Dialogs, choose, open_window, press, type_into

YES = QMessageBox.StandardButton.Yes
MSG_CANCEL = QMessageBox.StandardButton.Cancel


@pytest.fixture
def held(database: Database) -> str:
    ref = meetings.create_meeting(database, "TEX", title="Monitoring", starts_at="2025-03-03 10:00")
    agenda.add_agenda_item(database, ref, "Training", minutes="Two courses are planned.")
    return ref


@pytest.fixture
def window(qtbot: QtBot, database: Database) -> MainWindow:
    return open_window(qtbot, database)


def _version_rows(listed: QTreeWidget) -> list[QTreeWidgetItem]:
    """The rows that are versions (the edits between them are rows too)."""
    rows = [listed.topLevelItem(row) for row in range(listed.topLevelItemCount())]
    return [row for row in rows if row.text(0)]


def _status(database: Database, ref: str) -> MinutesStatus:
    return meetings.meeting_detail(database, ref).minutes_status


def test_reopening_approved_minutes_asks_why(qtbot: QtBot, window: MainWindow, database: Database, held: str) -> None:
    meetings.set_minutes_status(database, held, MinutesStatus.APPROVED, date(2025, 3, 20))
    window.show_meeting(held)
    editor = window.editor
    editor.tabs.setCurrentIndex(editor.DETAILS)
    assert "minutes approved on 2025-03-20, locked" in editor.heading.text()
    combo = editor.details.minutes_status
    answers = Dialogs(qtbot)
    answers.expect(None, CANCEL, kind=ReopenDialog)
    choose(qtbot, combo, word(MinutesStatus.CIRCULATED), stays=False)
    answers.done()
    assert _status(database, held) is MinutesStatus.APPROVED and combo.value() is MinutesStatus.APPROVED

    blank = answers.expect(lambda dialog: type_into(qtbot, dialog.reason, "   "), OK, kind=ReopenDialog)
    choose(qtbot, combo, word(MinutesStatus.CIRCULATED), stays=False)
    answers.done()
    assert blank.stayed_open and blank.errors == ["Say why the minutes are reopened."]
    assert _status(database, held) is MinutesStatus.APPROVED

    reason = "A name was misspelt in item 1 <Ana> & = ok"
    answers.expect(lambda dialog: type_into(qtbot, dialog.reason, reason), OK, kind=ReopenDialog)
    choose(qtbot, combo, word(MinutesStatus.CIRCULATED), stays=False)
    answers.done()
    assert _status(database, held) is MinutesStatus.CIRCULATED
    last = minutes_versions.history(database, held)[-1]
    assert (last.minutes_status, last.reason) == (MinutesStatus.CIRCULATED, reason)
    assert editor.details.title.isEnabled(), "reopened minutes unlock the meeting"
    editor.tabs.setCurrentIndex(editor.VERSIONS)
    shown = _version_rows(editor.versions.versions)[-1]
    assert shown.text(editor.versions.REASON) == reason

    window.undo()  # approved again, as they were
    detail = meetings.meeting_detail(database, held)
    assert detail.minutes_status is MinutesStatus.APPROVED and detail.minutes_approved_on == date(2025, 3, 20)


def test_approving_by_written_procedure_asks_for_its_note(
    qtbot: QtBot, window: MainWindow, database: Database, held: str
) -> None:
    window.show_meeting(held)
    editor = window.editor
    editor.tabs.setCurrentIndex(editor.DETAILS)
    combo = editor.details.minutes_status
    answers = Dialogs(qtbot)

    def written(note: str):  # type: ignore[no-untyped-def]
        def fill(dialog: QWidget) -> None:
            assert isinstance(dialog, ApproveDialog)
            assert not dialog.note.isEnabled(), "the note is the written procedure's"
            press(qtbot, dialog.written)
            assert dialog.note.isEnabled()
            type_into(qtbot, dialog.note, note)

        return fill

    empty = answers.expect(written(""), OK, kind=ApproveDialog)
    choose(qtbot, combo, word(MinutesStatus.APPROVED), stays=False)
    answers.done()
    assert empty.stayed_open and "Say what the written procedure was" in empty.errors[0]
    assert _status(database, held) is MinutesStatus.DRAFT

    note = "Written procedure 3/2025: no objections by 20 March"
    answers.expect(written(note), OK, kind=ApproveDialog)
    choose(qtbot, combo, word(MinutesStatus.APPROVED), stays=False)
    answers.done()
    detail = meetings.meeting_detail(database, held)
    assert detail.minutes_status is MinutesStatus.APPROVED and detail.approval_note == note
    assert detail.approved_at is None
    assert "approved by written procedure on" in editor.heading.text()


def test_the_next_meeting_approves_the_minutes(qtbot: QtBot, window: MainWindow, database: Database, held: str) -> None:
    meetings.set_minutes_status(database, held, MinutesStatus.CIRCULATED)
    following = planning.new_meeting(database, "TEX", starts_at="2025-04-07 10:00")
    window.show_meeting(following)
    editor = window.editor
    editor.tabs.setCurrentIndex(editor.AGENDA)
    section = editor.agenda
    box = section.approval_box
    [approval] = [item for item in agenda.agenda(database, following) if item.approves == held]
    section.select_item(approval.id)
    assert box.isVisible() and held in box.label.text() and box.button.isEnabled()
    answers = Dialogs(qtbot)
    answers.expect(None, CANCEL, kind=ApprovalDialog)
    press(qtbot, box.button)
    answers.done()
    assert _status(database, held) is MinutesStatus.CIRCULATED and agenda.agenda(database, following)[0].decisions == ()

    def corrections(text: str):  # type: ignore[no-untyped-def]
        def fill(dialog: QWidget) -> None:
            assert isinstance(dialog, ApprovalDialog)
            choice = dialog.with_corrections  # clicked on its circle, as a person would
            qtbot.mouseClick(choice, Qt.MouseButton.LeftButton, pos=QPoint(8, choice.height() // 2))
            assert choice.isChecked() and dialog.corrections.isEnabled()
            type_into(qtbot, dialog.corrections, text)

        return fill

    none_said = answers.expect(corrections(""), OK, kind=ApprovalDialog)
    press(qtbot, box.button)
    answers.done()
    assert none_said.stayed_open and none_said.errors == ["Say which corrections were agreed."]

    answers.expect(corrections("Item 1: «three» courses, not two."), OK, kind=ApprovalDialog)
    press(qtbot, box.button)
    answers.done()
    detail = meetings.meeting_detail(database, held)
    assert (detail.minutes_status, detail.minutes_approved_on) == (MinutesStatus.APPROVED, date(2025, 4, 7))
    assert detail.approved_at == following and detail.approval_note == "Item 1: «three» courses, not two."
    [decision] = agenda.agenda(database, following)[0].decisions
    assert (
        decision.text
        == f"The minutes of meeting {held} were approved with corrections: Item 1: «three» courses, not two."
    )
    assert section.decisions.count() == 1 and not box.button.isEnabled(), "shown at once; approved once only"

    window.undo()
    assert _status(database, held) is MinutesStatus.CIRCULATED
    assert agenda.agenda(database, following)[0].decisions == ()
    assert minutes_versions.history(database, held)[-1].reason == f"The approval at {following} was undone."
    window.show_meeting(held)
    assert "locked" not in editor.heading.text()


def test_a_version_is_restored_into_a_draft(qtbot: QtBot, window: MainWindow, database: Database, held: str) -> None:
    meetings.set_minutes_status(database, held, MinutesStatus.CIRCULATED)  # version 1
    training = agenda.agenda(database, held)[0]
    agenda.set_item_field(database, training.id, "minutes", "Rewritten after circulation.")
    window.show_meeting(held)
    editor = window.editor
    bar = editor.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(editor.VERSIONS).center())
    section = editor.versions
    assert not section.restore_button.isEnabled(), "nothing chosen yet"
    listed = section.versions
    listed.setCurrentItem(_version_rows(listed)[0])
    assert section.restore_button.isEnabled()
    answers = Dialogs(qtbot)
    asked = answers.expect(None, MSG_CANCEL, kind=QMessageBox)
    press(qtbot, section.restore_button)
    answers.done()
    assert "Bring version 1" in asked.text
    assert agenda.agenda(database, held)[0].minutes == "Rewritten after circulation."

    answers.expect(None, YES, kind=QMessageBox)
    press(qtbot, section.restore_button)
    answers.done()
    assert agenda.agenda(database, held)[0].minutes == "Two courses are planned."
    assert _status(database, held) is MinutesStatus.DRAFT
    reasons = [version.reason for version in minutes_versions.history(database, held)]
    assert reasons == ["", "Kept before restoring version 1.", "Restored from version 1."]
    assert len(_version_rows(listed)) == 3, "the tab shows the versions the restore kept"

    window.undo()
    assert agenda.agenda(database, held)[0].minutes == "Rewritten after circulation."
    window.redo()
    assert agenda.agenda(database, held)[0].minutes == "Two courses are planned."


def test_approved_minutes_cannot_be_restored_over(
    qtbot: QtBot, window: MainWindow, database: Database, held: str
) -> None:
    meetings.set_minutes_status(database, held, MinutesStatus.CIRCULATED)
    meetings.set_minutes_status(database, held, MinutesStatus.APPROVED, date(2025, 3, 20))
    window.show_meeting(held)
    editor = window.editor
    editor.tabs.setCurrentIndex(editor.VERSIONS)
    section = editor.versions
    section.versions.setCurrentItem(_version_rows(section.versions)[0])
    assert not section.restore_button.isEnabled()
    assert "reopen them first" in section.restore_button.toolTip()


def test_a_copy_signed_elsewhere_is_attached_in_the_versions_tab(
    qtbot: QtBot, window: MainWindow, database: Database, held: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pactdesk.services import signing
    from tests.gui.test_every_dialog import Chooser
    from tests.signing_tokens import PASSWORD, write_pkcs12

    meetings.set_minutes_status(database, held, MinutesStatus.CIRCULATED)
    meetings.set_minutes_status(database, held, MinutesStatus.APPROVED, date(2025, 3, 20))
    approved = signing.approved_pdf(database, held).content
    signed = tmp_path / "ata assinada.pdf"
    signed.write_bytes(signing.sign_pkcs12(approved, write_pkcs12(tmp_path / "me.p12"), PASSWORD))
    unsigned = tmp_path / "unsigned.pdf"
    unsigned.write_bytes(approved)
    window.show_meeting(held)
    editor = window.editor
    editor.tabs.setCurrentIndex(editor.VERSIONS)
    section = editor.versions
    answers = Dialogs(qtbot)

    Chooser(monkeypatch, None, opening=True)  # Cancel in the file chooser
    press(qtbot, section.attach_button)
    assert signing.signed_copies(database, held) == []

    Chooser(monkeypatch, unsigned, opening=True)
    refused = answers.expect(None, QMessageBox.StandardButton.Ok, kind=QMessageBox)
    press(qtbot, section.attach_button)
    answers.done()
    assert "unsigned.pdf" in refused.text and signing.signed_copies(database, held) == []

    chooser = Chooser(monkeypatch, signed, opening=True)
    kept = answers.expect(None, QMessageBox.StandardButton.Ok, kind=QMessageBox)
    press(qtbot, section.attach_button)
    answers.done()
    assert chooser.asked == ["Attach a signed copy of the minutes"]
    assert "kept with version 2" in kept.text
    [copy] = signing.signed_copies(database, held)
    assert (copy.name, copy.version) == ("ata assinada.pdf", 2)
    rows = [section.versions.topLevelItem(row) for row in range(section.versions.topLevelItemCount())]
    [shown] = [row for row in rows if row.text(section.STATUS) == "signed"]
    assert shown.text(section.REASON) == "ata assinada.pdf" and copy.signer.split(",")[0] in shown.text(section.WHO)
