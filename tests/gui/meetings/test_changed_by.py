"""The meeting page says who saved the meeting last and when: its details, its items' minutes and decisions."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from pactdesk.services import agenda, meetings
from pactdesk.store.database import Database
from tests.gui.driving import open_window


def changed_line(window: object) -> QLabel:
    label = window.findChild(QLabel, "meetingChangedBy")  # type: ignore[attr-defined]
    assert label is not None
    return label


def test_the_meeting_names_who_changed_it_last_and_the_window_updates_it(qtbot: QtBot, database: Database) -> None:
    database.author = "Ana Lopes"
    ref = meetings.create_meeting(database, "TEX", title="Monitoring", starts_at="2025-03-03 10:00")
    item = agenda.add_agenda_item(database, ref, "Training")
    window = open_window(qtbot, database)
    window.editor.show_meeting(ref)
    label = changed_line(window)
    assert label.isVisible()
    assert label.text() == f"Last changed by Ana Lopes, {datetime.now():%H:%M}"

    database.author = "Rui Matos"  # Rui sits at this window now and writes the minutes
    window.editor.tabs.setCurrentIndex(window.editor.AGENDA)
    window.editor.agenda.select_item(item)
    window.editor.agenda.minutes.setFocus()
    qtbot.keyClicks(window.editor.agenda.minutes, "Training plan agreed.")
    qtbot.waitUntil(lambda: agenda.agenda(database, ref)[0].minutes == "Training plan agreed.", timeout=5000)
    window.editor.tabs.setCurrentIndex(window.editor.DETAILS)
    qtbot.waitUntil(lambda: label.text().startswith("Last changed by Rui Matos, "), timeout=5000)


@pytest.mark.usefixtures("portuguese")
def test_in_portuguese(qtbot: QtBot, database: Database) -> None:
    database.author = "Ana Lopes"
    ref = meetings.create_meeting(database, "TEX", title="Acompanhamento", starts_at="2025-03-03 10:00")
    window = open_window(qtbot, database)
    window.editor.show_meeting(ref)
    assert changed_line(window).text() == f"Alterado pela última vez por Ana Lopes, às {datetime.now():%H:%M}"
    assert changed_line(window).textFormat() == Qt.TextFormat.PlainText
