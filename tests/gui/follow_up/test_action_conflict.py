"""Two secretaries edit the same action: the form names who changed it last; a save made after someone else's is
refused with who and when, what was typed stays in the form, OK again saves it on top and Cancel keeps theirs."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from pactdesk.gui.follow_up.action_form import ActionForm
from pactdesk.gui.main_window import MainWindow
from pactdesk.services import actions, revisions
from pactdesk.store.database import Database
from tests.gui.driving import CANCEL, OK, dialog_button, press, type_into
from tests.gui.test_every_dialog import Answers, refs, select_actions, tracker_page, window

__all__ = ["refs", "window"]  # the fixtures of test_every_dialog.py, used here


def title_of(database: Database, ref: str) -> str:
    with database.read() as session:
        return actions.action_by_ref(session, ref).title


def rui_saves_meanwhile(database: Database, ref: str) -> None:
    """Rui, on his laptop, renames the action while Ana's form is open (the same database in team mode)."""
    author, database.author = database.author, "Rui Matos"
    revisions.revise_action(database, actions.action_id_of(database, ref), {"title": "Rui's title"})
    database.author = author


@pytest.mark.parametrize("second", [OK, CANCEL])
def test_a_save_after_someone_elses_is_refused_then_kept_on_top_or_dropped(
    qtbot: QtBot, window: MainWindow, database: Database, refs: dict[str, Any], second: Any
) -> None:
    database.author = "Ana Lopes"
    ref = refs["action"]
    page = tracker_page(qtbot, window)
    select_actions(qtbot, page, ref)
    said: list[str] = []

    def edit_while_rui_saves(dialog: QWidget) -> None:
        assert isinstance(dialog, ActionForm)
        changed = dialog.findChild(QLabel, "actionChangedBy")
        assert changed is not None and changed.text().startswith("Last changed by ")
        rui_saves_meanwhile(database, ref)
        type_into(qtbot, dialog.title, "Ana's title")
        press(qtbot, dialog_button(dialog, OK))
        assert dialog.isVisible(), "refused: the form stays open with what was typed"
        said.append(dialog.problem.error.text())
        said.append(changed.text())
        assert dialog.title.toPlainText() == "Ana's title"
        assert title_of(database, ref) == "Rui's title"
        press(qtbot, dialog_button(dialog, second))

    answers = Answers(qtbot)
    answers.expect(edit_while_rui_saves, None, kind=ActionForm)
    press(qtbot, page.edit_button)
    answers.done()
    assert said[0].startswith(f"Rui Matos saved this action at {datetime.now():%H:%M}")
    assert "Press OK again" in said[0]
    assert said[1].startswith("Last changed by Rui Matos")
    assert title_of(database, ref) == ("Ana's title" if second == OK else "Rui's title")
