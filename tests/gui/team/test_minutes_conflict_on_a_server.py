"""The minutes conflict of tests/gui/meetings/test_minutes_conflict.py between two connections to a real PostgreSQL:
Rui's save, on his own connection, reaches Ana's window (a notice, then her save meets his version); she chooses."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from pactdesk.gui.common.conflict import ConflictDialog
from pactdesk.gui.main_window import MainWindow
from pactdesk.services import agenda, meetings
from pactdesk.store.database import Database
from tests.gui.driving import Dialogs, open_window, press

MINE = "Ana: the cluster will apply to the 2026 call."
THEIRS = "Rui: no decision yet."


@pytest.mark.parametrize("choice", ["keep", "take"])
def test_two_secretaries_on_one_server_exactly_one_is_asked_and_nothing_is_lost(
    qtbot: QtBot, team: tuple[Database, Database], choice: str
) -> None:
    ana, rui = team
    ref = meetings.create_meeting(ana, "TEX", title="Monitoring", starts_at="2025-03-03 10:00")
    item = agenda.add_agenda_item(ana, ref, "Training")
    window: MainWindow = open_window(qtbot, ana)
    window.show_meeting(ref)
    window.editor.tabs.setCurrentIndex(window.editor.AGENDA)
    section = window.editor.agenda
    section.select_item(item)
    seen = agenda.agenda(rui, ref)[0].stamp.version  # Rui opened the item too

    asked: list[str] = []

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, ConflictDialog)
        asked.append(dialog.theirs.toPlainText())
        press(qtbot, dialog.keep if choice == "keep" else dialog.take)

    answers = Dialogs(qtbot)
    answers.expect(answer, None, kind=ConflictDialog)
    section.minutes.setFocus()
    qtbot.keyClicks(section.minutes, MINE)
    agenda.save_item_field(rui, item, "minutes", THEIRS, seen=seen)  # Rui's save goes through: he was first
    expected = MINE if choice == "keep" else THEIRS
    qtbot.waitUntil(lambda: bool(asked) and agenda.agenda(rui, ref)[0].minutes == expected, timeout=5000)
    answers.done()
    assert asked == [THEIRS]
    qtbot.waitUntil(lambda: section.minutes.toPlainText() == expected, timeout=2000)
    assert section.unsaved_minutes() == ""
