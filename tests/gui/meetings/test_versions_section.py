"""The meeting's Versions tab: after the minutes are circulated and approved in the window, it lists both versions
with who, when and the fingerprint; Compare shows what changed word by word, in a dialog that closes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from pactdesk.domain.enums import MinutesStatus
from pactdesk.gui.common.words import word
from pactdesk.gui.meetings.approve_dialog import ApproveDialog
from pactdesk.gui.meetings.versions_section import CompareDialog
from pactdesk.services import agenda, meetings, minutes_versions
from pactdesk.store.database import Database
from tests.gui.driving import OK, Dialogs, choose, leave, open_window, press, type_into

CLOSE = QDialogButtonBox.StandardButton.Close


def test_versions_are_listed_and_compared_in_the_window(qtbot: QtBot, database: Database) -> None:
    ref = meetings.create_meeting(database, "TEX", title="Monitoring", starts_at="2025-03-03 10:00")
    item = agenda.add_agenda_item(database, ref, "Training", minutes="Two courses are planned.")
    window = open_window(qtbot, database)
    window.show_meeting(ref)
    editor = window.editor
    editor.tabs.setCurrentIndex(editor.DETAILS)
    choose(qtbot, editor.details.minutes_status, word(MinutesStatus.CIRCULATED))
    editor.tabs.setCurrentIndex(editor.AGENDA)
    editor.agenda.select_item(item)
    minutes = editor.agenda.minutes
    type_into(qtbot, minutes, "Three courses are planned & <funded>.")
    leave(qtbot, minutes)
    qtbot.waitUntil(lambda: agenda.agenda(database, ref)[0].minutes == "Three courses are planned & <funded>.")
    editor.tabs.setCurrentIndex(editor.DETAILS)
    answers = Dialogs(qtbot)
    answers.expect(None, OK, kind=ApproveDialog)
    choose(qtbot, editor.details.minutes_status, word(MinutesStatus.APPROVED))
    answers.done()
    assert meetings.meeting_detail(database, ref).minutes_approved_on == date.today()

    bar = editor.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(editor.VERSIONS).center())
    section = editor.versions
    listed = section.versions
    # The edits between the versions are shown with them, one line per person, record and few minutes.
    edits = [listed.topLevelItem(row) for row in range(listed.topLevelItemCount())]
    edited = [entry for entry in edits if entry.text(section.STATUS) == "edited"]
    typed = [entry.text(section.REASON) for entry in edited if "Item 1. Training" in entry.text(section.REASON)]
    assert typed and "minutes" in typed[-1], [entry.text(section.REASON) for entry in edited]
    assert not edited[0].flags() & Qt.ItemFlag.ItemIsSelectable, "an edit is not a version to compare"
    press(qtbot, section.show_edits)
    assert listed.topLevelItemCount() == 2, "the versions alone"
    first, second = (listed.topLevelItem(row) for row in range(2))
    assert (first.text(0), first.text(1)) == ("1", word(MinutesStatus.CIRCULATED))
    assert (second.text(0), second.text(1)) == ("2", word(MinutesStatus.APPROVED))
    kept = minutes_versions.history(database, ref)[1]
    assert second.toolTip(section.FINGERPRINT) == kept.fingerprint and second.text(4) == f"{kept.fingerprint[:12]}…"

    listed.setCurrentItem(first)
    assert not section.compare_button.isEnabled(), "the first version has none before it"
    rect = listed.visualItemRect(second)
    qtbot.mouseClick(listed.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, rect.center())
    assert section.compare_button.isEnabled()
    seen: list[str] = []

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, CompareDialog)
        seen.append(dialog.view.toPlainText())
        seen.append(dialog.view.toHtml())

    answers.expect(read, CLOSE, kind=CompareDialog)
    press(qtbot, section.compare_button)
    answers.done()
    text, page = seen
    assert "1. Training" in text and "Two" in text and "Three" in text and "&lt;funded&gt;" in page
    approved, circulated = word(MinutesStatus.APPROVED), word(MinutesStatus.CIRCULATED)
    assert f"Minutes status: {circulated} → {approved}" in text and "minutes_status" not in text, "said in words"
    assert "line-through" in page and "underline" in page, "removed words struck through, added ones underlined"
