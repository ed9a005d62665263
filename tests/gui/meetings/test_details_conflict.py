"""Two secretaries change the same meeting: a field of its details, an agenda item's title or a decision's wording
that someone else saved after the window showed it is not overwritten unasked (the conflict dialog offers to keep
hers on top or take theirs), and a change to another field of the same meeting goes through beside theirs."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from pactdesk.gui.common.conflict import ConflictDialog
from pactdesk.gui.main_window import MainWindow
from pactdesk.gui.meetings.decision_form import DecisionForm
from pactdesk.services import agenda, directory, meetings
from pactdesk.store.database import Database
from tests.gui.driving import Dialogs, choose, leave, open_window, press, type_into

MINE = "Sala 2 <piso 1> & bar"


@pytest.fixture
def ref(database: Database) -> str:
    directory.add_person(database, "Marta Reis")
    directory.add_person(database, "João Pinto")
    return meetings.create_meeting(database, "TEX", title="Monitoring", starts_at="2025-03-03 10:00", location="Sala 1")


@pytest.fixture
def window(qtbot: QtBot, database: Database, ref: str) -> MainWindow:
    shown = open_window(qtbot, database)
    shown.editor.show_meeting(ref)
    shown.editor.tabs.setCurrentIndex(shown.editor.DETAILS)
    return shown


def rui_saves(database: Database, ref: str, field: str, value: object) -> None:
    """Rui, on his laptop, saves the meeting meanwhile (the same database in team mode)."""
    database.author = "Rui Matos"
    meetings.set_meeting_field(database, ref, field, value)
    database.author = "Ana Lopes"


def stored(database: Database, ref: str) -> meetings.MeetingDetail:
    return meetings.meeting_detail(database, ref)


@pytest.mark.parametrize("choice", ["keep", "take"])
def test_a_place_rui_saved_meanwhile_is_not_overwritten_unasked(
    qtbot: QtBot, window: MainWindow, database: Database, ref: str, choice: str
) -> None:
    details = window.editor.details
    rui_saves(database, ref, "location", "Auditório")
    read: list[tuple[str, str, str]] = []

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, ConflictDialog)
        press(qtbot, dialog.see)
        sentence = dialog.findChild(QWidget, "conflictSentence").text()  # type: ignore[union-attr]
        read.append((sentence, dialog.mine.toPlainText(), dialog.theirs.toPlainText()))
        assert stored(database, ref).location == "Auditório", "nothing of Ana's is written before she chooses"
        press(qtbot, dialog.keep if choice == "keep" else dialog.take)

    answers = Dialogs(qtbot)
    answers.expect(answer, None, kind=ConflictDialog)
    type_into(qtbot, details.location, MINE)
    leave(qtbot, details.location)
    qtbot.waitUntil(lambda: bool(read) or bool(answers.failures), timeout=5000)
    answers.done()
    sentence, mine, theirs = read[0]
    assert sentence.startswith(f"The place of meeting {ref} was changed by Rui Matos")
    assert (mine, theirs) == (MINE, "Auditório")
    expected = MINE if choice == "keep" else "Auditório"
    assert stored(database, ref).location == expected
    assert details.location.text() == expected
    if choice == "keep":
        assert stored(database, ref).last_change.updated_by == "Ana Lopes"


def test_a_chair_rui_chose_meanwhile_is_named_in_the_dialog(
    qtbot: QtBot, window: MainWindow, database: Database, ref: str
) -> None:
    chair = window.editor.details.chair
    people = [chair.value_at(index) for index in range(chair.count()) if chair.value_at(index) is not None]
    assert len(people) == 2, "the two people are there to choose"
    rui_saves(database, ref, "chair_id", people[0])
    details = window.editor.details
    theirs, mine = details._shown("chair_id", people[0]), details._shown("chair_id", people[1])
    read: list[tuple[str, str]] = []

    def take_theirs(dialog: QWidget) -> None:
        assert isinstance(dialog, ConflictDialog)
        read.append((dialog.mine.toPlainText(), dialog.theirs.toPlainText()))
        press(qtbot, dialog.take)

    answers = Dialogs(qtbot)
    answers.expect(take_theirs, None, kind=ConflictDialog)
    choose(qtbot, details.chair, mine, stays=False)
    qtbot.waitUntil(lambda: bool(read) or bool(answers.failures), timeout=5000)
    answers.done()
    assert read == [(mine, theirs)]
    assert stored(database, ref).chair_id == people[0]
    assert details.chair.currentText() == theirs


def test_a_title_changed_beside_rui_s_place_goes_through_without_a_question(
    qtbot: QtBot, window: MainWindow, database: Database, ref: str
) -> None:
    rui_saves(database, ref, "location", "Auditório")
    details = window.editor.details
    type_into(qtbot, details.title, "Monitoring, second half")
    leave(qtbot, details.title)
    after = stored(database, ref)
    assert (after.title, after.location) == ("Monitoring, second half", "Auditório")
    assert details.location.text() == "Auditório", "the window shows Rui's place once it reads the meeting again"


def test_an_item_title_rui_changed_meanwhile_is_his_when_ana_takes_theirs(
    qtbot: QtBot, window: MainWindow, database: Database, ref: str
) -> None:
    item_id = agenda.add_agenda_item(database, ref, "Training")
    window.editor.show_meeting(ref)
    window.editor.tabs.setCurrentIndex(window.editor.AGENDA)
    section = window.editor.agenda
    section.select_item(item_id)
    database.author = "Rui Matos"
    agenda.set_item_field(database, item_id, "title", "Training plans")
    database.author = "Ana Lopes"
    agenda.set_item_field(database, item_id, "minutes", "Minutes of the item: another field, no conflict.")
    read: list[str] = []

    def take_theirs(dialog: QWidget) -> None:
        assert isinstance(dialog, ConflictDialog)
        read.append(dialog.findChild(QWidget, "conflictSentence").text())  # type: ignore[union-attr]
        press(qtbot, dialog.take)

    answers = Dialogs(qtbot)
    answers.expect(take_theirs, None, kind=ConflictDialog)
    type_into(qtbot, section.title, "Training & jobs")
    leave(qtbot, section.title)
    qtbot.waitUntil(lambda: bool(read) or bool(answers.failures), timeout=5000)
    answers.done()
    # Ana's own minutes were the item's last save, so who changed the title is not known, and not guessed.
    assert read[0].startswith("The title of item 1 was changed by someone else while you were writing")
    assert agenda.agenda(database, ref)[0].title == "Training plans"
    qtbot.waitUntil(lambda: section.title.text() == "Training plans", timeout=2000)


@pytest.mark.parametrize("choice", ["keep", "take"])
def test_a_decision_rui_reworded_meanwhile_is_asked_about_when_ana_presses_ok(
    qtbot: QtBot, window: MainWindow, database: Database, ref: str, choice: str
) -> None:
    item_id = agenda.add_agenda_item(database, ref, "Training")
    decision_id = agenda.add_decision(database, item_id, "The plan is approved.")
    window.editor.show_meeting(ref)
    window.editor.tabs.setCurrentIndex(window.editor.AGENDA)
    section = window.editor.agenda
    section.select_item(item_id)
    section.decisions.setCurrentRow(0)
    database.author = "Rui Matos"
    agenda.set_decision_text(database, decision_id, "The plan is approved, with changes.")
    database.author = "Ana Lopes"
    mine = "The plan is approved; the budget = 10 000 €."
    read: list[tuple[str, str]] = []
    conflict = Dialogs(qtbot)  # answers the question the form's OK asks, while the form waits for it

    def choose_one(dialog: QWidget) -> None:
        assert isinstance(dialog, ConflictDialog)
        read.append((dialog.mine.toPlainText(), dialog.theirs.toPlainText()))
        press(qtbot, dialog.keep if choice == "keep" else dialog.take)

    def reword(dialog: QWidget) -> None:
        assert isinstance(dialog, DecisionForm)
        type_into(qtbot, dialog.text, mine)
        conflict.expect(choose_one, None, kind=ConflictDialog)

    answers = Dialogs(qtbot)
    answers.expect(reword, kind=DecisionForm)
    press(qtbot, section.edit_decision_button)
    answers.done()
    conflict.done()
    assert read == [(mine, "The plan is approved, with changes.")]
    expected = mine if choice == "keep" else "The plan is approved, with changes."
    assert [decision.text for decision in agenda.agenda(database, ref)[0].decisions] == [expected]
    assert section.decisions.item(0).text() == f"1. {expected}"
