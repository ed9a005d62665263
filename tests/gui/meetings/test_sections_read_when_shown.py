"""The meeting editor reads a section when it is first shown (opening a meeting on a team's server then costs a
few round trips): whichever section was in front when a meeting was opened, each tab shows that meeting, never the
one before; and a meeting saved is shown again in every section that shows it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget
from pytestqt.qtbot import QtBot

from pactdesk.domain.enums import AttendanceStatus
from pactdesk.gui.main_window import MainWindow
from pactdesk.services import agenda, attendance, directory, meetings
from pactdesk.store.database import Database
from tests.gui.driving import open_window


def click_tab(qtbot: QtBot, tabs: QTabWidget, index: int) -> None:
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def click_meeting(qtbot: QtBot, window: MainWindow, ref: str) -> None:
    row = window.meetings.row_of(ref)
    assert row is not None
    index = window.meetings.index(row, 0)
    window.meeting_view.scrollTo(index)
    qtbot.mouseClick(
        window.meeting_view.viewport(), Qt.MouseButton.LeftButton, pos=window.meeting_view.visualRect(index).center()
    )
    assert window.editor.ref == ref


def test_each_tab_shows_the_meeting_opened_whichever_tab_was_in_front(qtbot: QtBot, database: Database) -> None:
    first = meetings.create_meeting(database, "TEX", title="First", starts_at="2025-03-03 10:00")
    second = meetings.create_meeting(database, "TEX", title="Second", starts_at="2025-06-02 10:00")
    marta, joao = directory.add_person(database, "Marta Reis"), directory.add_person(database, "João Pinto")
    attendance.set_attendance(database, first, marta, AttendanceStatus.PRESENT)
    attendance.set_attendance(database, second, joao, AttendanceStatus.PRESENT)
    agenda.add_agenda_item(database, first, "Training")
    agenda.add_agenda_item(database, second, "Exports")
    window = open_window(qtbot, database)
    editor = window.editor
    tabs = editor.tabs

    click_meeting(qtbot, window, first)
    click_tab(qtbot, tabs, editor.ATTENDANCE)
    click_tab(qtbot, tabs, editor.AGENDA)
    click_tab(qtbot, tabs, editor.DETAILS)
    click_meeting(qtbot, window, second)  # with the details in front: the other two are read when shown
    assert editor.details.title.text() == "Second"
    click_tab(qtbot, tabs, editor.ATTENDANCE)
    shown = editor.attendance.model
    assert [shown.data(shown.index(row, 0)) for row in range(shown.rowCount())] == ["João Pinto"]
    click_tab(qtbot, tabs, editor.AGENDA)
    assert editor.agenda.title.text() == "Exports"

    click_meeting(qtbot, window, first)  # with the agenda in front
    assert editor.agenda.title.text() == "Training"
    assert editor.attendance.model.rowCount() == 1, "asked for by name, the attendance is read for this meeting"
    shown = editor.attendance.model
    assert shown.data(shown.index(0, 0)) == "Marta Reis"


def test_a_save_on_the_agenda_shows_again_the_attendance_read_for_the_same_meeting(
    qtbot: QtBot, database: Database
) -> None:
    ref = meetings.create_meeting(database, "TEX", title="First", starts_at="2025-03-03 10:00")
    agenda.add_agenda_item(database, ref, "Training")
    window = open_window(qtbot, database)
    editor = window.editor
    click_meeting(qtbot, window, ref)
    click_tab(qtbot, editor.tabs, editor.ATTENDANCE)
    assert editor.attendance.model.rowCount() == 0
    attendance.set_attendance(database, ref, directory.add_person(database, "Marta Reis"), AttendanceStatus.PRESENT)
    click_tab(qtbot, editor.tabs, editor.AGENDA)
    section = editor.agenda
    section.planned.setFocus()
    qtbot.keyClick(section.planned, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(section.planned, "5")
    qtbot.keyClick(section.planned, Qt.Key.Key_Tab)  # saved, and the meeting read again
    assert agenda.agenda(database, ref)[0].planned_minutes == 5
    assert editor._attendance.model.rowCount() == 1, "the attendance shown is read again with the meeting"
