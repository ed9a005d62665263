"""Two secretaries write the minutes of the same item: the one who saves second is asked, through the conflict
dialog, whether to keep hers on top or take the other's; her text stays on screen until she chooses, and exactly
what she chose is stored."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from pactdesk.gui.common.conflict import ConflictDialog
from pactdesk.gui.main_window import MainWindow
from pactdesk.services import agenda, meetings
from pactdesk.store.database import Database
from tests.gui.driving import Dialogs, open_window, press

MINE = "Ana: the cluster will apply to the 2026 call & report <in June>."
THEIRS = "Rui: no decision yet."


@pytest.fixture
def item(database: Database) -> tuple[str, int]:
    ref = meetings.create_meeting(database, "TEX", title="Monitoring", starts_at="2025-03-03 10:00")
    return ref, agenda.add_agenda_item(database, ref, "Training")


@pytest.fixture
def window(qtbot: QtBot, database: Database, item: tuple[str, int]) -> MainWindow:
    shown = open_window(qtbot, database)
    shown.editor.show_meeting(item[0])
    shown.editor.tabs.setCurrentIndex(shown.editor.AGENDA)
    shown.editor.agenda.select_item(item[1])
    return shown


def ana_types_while_rui_saves(qtbot: QtBot, window: MainWindow, database: Database, item_id: int) -> None:
    """Ana starts typing; Rui, on his laptop, saves the same item meanwhile (the same database in team mode)."""
    minutes = window.editor.agenda.minutes
    minutes.setFocus()
    qtbot.keyClicks(minutes, MINE[:10])
    database.author = "Rui Matos"
    agenda.set_item_field(database, item_id, "minutes", THEIRS)
    database.author = "Ana Lopes"
    qtbot.keyClicks(minutes, MINE[10:])


def stored_minutes(database: Database, ref: str) -> str:
    return agenda.agenda(database, ref)[0].minutes


def test_keep_mine_saves_hers_on_top_after_she_saw_theirs(
    qtbot: QtBot, window: MainWindow, database: Database, item: tuple[str, int]
) -> None:
    ref, item_id = item
    seen_texts: list[str] = []

    def compare_then_keep(dialog: QWidget) -> None:
        assert isinstance(dialog, ConflictDialog)
        assert not dialog.side_by_side.isVisible()
        press(qtbot, dialog.see)
        assert dialog.side_by_side.isVisible()
        seen_texts.extend([dialog.mine.toPlainText(), dialog.theirs.toPlainText()])
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Escape decides nothing: the question stays
        assert dialog.isVisible()
        assert stored_minutes(database, ref) == THEIRS
        press(qtbot, dialog.keep)

    answers = Dialogs(qtbot)
    answers.expect(compare_then_keep, None, kind=ConflictDialog)
    ana_types_while_rui_saves(qtbot, window, database, item_id)
    qtbot.waitUntil(lambda: stored_minutes(database, ref) == MINE or bool(answers.failures), timeout=5000)
    assert answers.failures == []
    answers.done()
    assert seen_texts == [MINE, THEIRS]
    assert window.editor.agenda.minutes.toPlainText() == MINE
    assert window.editor.agenda.unsaved_minutes() == ""


def test_take_theirs_drops_hers_and_shows_theirs(
    qtbot: QtBot, window: MainWindow, database: Database, item: tuple[str, int]
) -> None:
    ref, item_id = item
    answers = Dialogs(qtbot)
    sentence: list[str] = []

    def take_theirs(dialog: QWidget) -> None:
        assert isinstance(dialog, ConflictDialog)
        sentence.append(dialog.findChild(QWidget, "conflictSentence").text())  # type: ignore[union-attr]
        press(qtbot, dialog.take)

    answers.expect(take_theirs, None, kind=ConflictDialog)
    ana_types_while_rui_saves(qtbot, window, database, item_id)
    qtbot.waitUntil(lambda: window.editor.agenda.minutes.toPlainText() == THEIRS, timeout=5000)
    answers.done()
    assert stored_minutes(database, ref) == THEIRS
    assert "Item 1, “Training”, was changed by Rui Matos at " in sentence[0]
    # Her next words are saved on top of theirs without another question.
    qtbot.keyClick(window.editor.agenda.minutes, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.editor.agenda.minutes, " Ana agrees.")
    qtbot.waitUntil(lambda: stored_minutes(database, ref) == THEIRS + " Ana agrees.", timeout=5000)
