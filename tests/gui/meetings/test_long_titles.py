"""A title longer than its field shows its beginning, not its end, when a meeting or an agenda item is shown
(found by a new secretary at 1280x720: "o da Comissão de Acompanhamento…")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pactdesk.services import agenda, meetings
from pactdesk.store.database import Database
from tests.gui.driving import open_window

LONG = "Reunião da Comissão de Acompanhamento do Pacto Setorial para a Competitividade e Internacionalização do Têxtil"


def test_long_titles_show_their_beginning(qtbot: QtBot, database: Database) -> None:
    ref = meetings.create_meeting(database, "TEX", title=LONG, starts_at="2025-03-03 10:00", location=LONG)
    item = agenda.add_agenda_item(database, ref, LONG, presenter=LONG)
    window = open_window(qtbot, database)
    window.resize(1280, 720)
    window.show_meeting(ref)
    details = window.editor.details
    for field in (details.title, details.location):
        assert field.text() == LONG
        assert field.fontMetrics().horizontalAdvance(LONG) > field.width(), "the title is longer than its field"
        assert field.cursorPosition() == 0, "its beginning is what shows"
    window.editor.tabs.setCurrentIndex(window.editor.AGENDA)
    section = window.editor.agenda
    section.select_item(item)
    for field in (section.title, section.presenter):
        assert field.text() == LONG and field.cursorPosition() == 0

    section.title.setFocus()  # typing: the cursor is left where the person put it
    qtbot.keyClick(section.title, Qt.Key.Key_End)
    window.editor.show_meeting(ref)
    assert section.title.cursorPosition() == len(LONG)
