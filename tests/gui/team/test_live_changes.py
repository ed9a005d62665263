"""Two people on one team database (a real PostgreSQL): what one commits shows in the other's window within a second,
without moving the reader's choice or cursor."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from pactdesk.gui.main_window import MainWindow
from pactdesk.services import agenda, meetings
from pactdesk.store.database import Database
from tests.gui.driving import open_window


@pytest.fixture
def window(qtbot: QtBot, team: tuple[Database, Database]) -> MainWindow:
    ana, rui = team
    ref = meetings.create_meeting(rui, "TEX", title="Monitoring", starts_at="2025-03-03 10:00")
    agenda.add_agenda_item(rui, ref, "Training", minutes="Line one.\nLine two.")
    agenda.add_agenda_item(rui, ref, "Exports")
    shown = open_window(qtbot, ana)
    shown.show_meeting(ref)
    shown.editor.tabs.setCurrentIndex(shown.editor.AGENDA)
    return shown


def test_a_meeting_another_person_creates_appears_in_the_list(
    qtbot: QtBot, window: MainWindow, team: tuple[Database, Database]
) -> None:
    _, rui = team
    shown_before = window.editor.ref
    made = meetings.create_meeting(rui, "TEX", title="Working group", starts_at="2025-04-07 10:00")
    qtbot.waitUntil(lambda: window.meetings.row_of(made) is not None, timeout=2000)
    assert window.editor.ref == shown_before, "the meeting being read stays on screen"


def test_minutes_another_person_saves_show_without_moving_the_readers_cursor(
    qtbot: QtBot, window: MainWindow, team: tuple[Database, Database]
) -> None:
    _, rui = team
    section = window.editor.agenda
    training = agenda.agenda(rui, window.editor.ref or "")[0]
    section.select_item(training.id)
    cursor = section.minutes.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.movePosition(QTextCursor.MoveOperation.StartOfLine)
    section.minutes.setTextCursor(cursor)
    place = section.minutes.textCursor().position()
    agenda.set_item_field(rui, training.id, "minutes", "Line one.\nLine two.\nLine three, by Rui.")
    qtbot.waitUntil(lambda: section.minutes.toPlainText().endswith("Line three, by Rui."), timeout=2000)
    assert section.minutes.textCursor().position() == place
    assert section.current_item_id() == training.id
