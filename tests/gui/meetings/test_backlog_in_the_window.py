"""The backlog and an item's moves through the window: the agenda's More menu parks an item for a later meeting,
moves it to the next meeting, duplicates it; Backlog… opens the cluster's topics, where a new topic is written
(Cancel, a refused title, OK), one is added to the meeting and another removed; each is undone and redone from the
window, and the database is checked after each step. A refusal is one sentence in a box, and changes nothing; a held
or approved meeting takes no topic. The new controls have names, Tab order and letters of their own."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pactdesk.domain.enums import ActionStatus, MeetingStatus, MinutesStatus
from pactdesk.domain.models import Action
from pactdesk.gui.main_window import MainWindow
from pactdesk.gui.meetings.agenda_section import AgendaSection
from pactdesk.gui.meetings.backlog_dialog import BacklogDialog, BacklogModel, TopicForm
from pactdesk.services import actions, agenda, backlog, meetings, planning, workspace
from pactdesk.store.database import Database
from tests.gui.driving import CANCEL, OK, Dialogs, open_window, press, press_keys, type_into
from tests.gui.test_accessibility import Audit
from tests.gui.test_every_dialog import activate, pick_from_button_menu
from tests.snapshots import everything

CLOSE = QDialogButtonBox.StandardButton.Close


@pytest.fixture
def refs(database: Database) -> dict[str, Any]:
    """A held meeting of TEX with an item that has minutes and two actions (one open, one done), another with a
    decision; the cluster's next meeting, planned; a topic already in the backlog."""
    held = meetings.create_meeting(
        database, "TEX", title="Monitoring", starts_at="2026-01-12 10:00", status=MeetingStatus.HELD
    )
    training = agenda.add_agenda_item(database, held, "Training programmes", planned_minutes=30, minutes="Two.")
    decided = agenda.add_agenda_item(database, held, "Budget")
    agenda.add_decision(database, decided, "Approve the budget.")
    open_one = actions.create_action(database, "Draft the training plan", meeting_ref=held, agenda_item_id=training)
    done_one = actions.create_action(
        database, "Book the room", meeting_ref=held, agenda_item_id=training, status=ActionStatus.DONE
    )
    following = planning.new_meeting(database, "TEX", starts_at="2026-03-09 10:00")
    waiting = backlog.add_topic(database, "TEX", "Export fairs", presenter="Rui", planned_minutes=20)
    return {
        "held": held,
        "next": following,
        "training": training,
        "decided": decided,
        "open": open_one,
        "done": done_one,
        "waiting": waiting,
    }


@pytest.fixture
def window(qtbot: QtBot, database: Database, refs: dict[str, Any]) -> MainWindow:
    shown = open_window(qtbot, database)
    return shown


def agenda_of(qtbot: QtBot, window: MainWindow, ref: str, item_id: int | None = None) -> AgendaSection:
    """The meeting shown on its Agenda tab, with the item chosen by a click in the list."""
    window.show_meeting(ref)
    editor = window.editor
    editor.tabs.setCurrentIndex(editor.AGENDA)
    section = editor.agenda
    if item_id is not None:
        row = section.model.row_of(item_id)
        assert row is not None
        view = section.items
        qtbot.mouseClick(
            view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(section.model.index(row)).center()
        )
        assert section.current_item_id() == item_id
    activate(qtbot, window)
    return section


def titles(database: Database, ref: str) -> list[str]:
    return [item.title for item in agenda.agenda(database, ref)]


def action_places(database: Database) -> dict[str, tuple[int | None, int | None]]:
    with database.read() as session:
        return {a.ref: (a.meeting_id, a.agenda_item_id) for a in session.scalars(select(Action))}


def meeting_id(database: Database, ref: str) -> int:
    return meetings.meeting_detail(database, ref).id


def topics(database: Database) -> list[tuple[int, str]]:
    return [(row.id, row.title) for row in backlog.backlog(database, "TEX")]


def more(qtbot: QtBot, section: AgendaSection, choice: str) -> None:
    assert section.more_button.isEnabled()
    pick_from_button_menu(qtbot, section.more_button, choice)


# -- the More menu -------------------------------------------------------------------------------------------------


def test_park_for_a_later_meeting_then_undo_and_redo(
    qtbot: QtBot, window: MainWindow, database: Database, refs: dict[str, Any]
) -> None:
    section = agenda_of(qtbot, window, refs["held"], refs["training"])
    type_into(qtbot, section.minutes, "Two courses, typed just now.")  # not saved yet: parking saves them first
    more(qtbot, section, "Park for a later meeting")
    assert titles(database, refs["held"]) == ["Budget"]
    [(topic_id, _), (parked_id, parked_title)] = topics(database)
    assert topic_id == refs["waiting"] and parked_title == "Training programmes"
    parked = backlog.backlog(database, "TEX")[1]
    assert (parked.minutes, parked.from_meeting, parked.planned_minutes) == (
        "Two courses, typed just now.",
        refs["held"],
        30,
    )
    assert [section.model.item(row).title for row in range(section.model.rowCount())] == ["Budget"], "shown at once"
    assert "in the backlog" in window.statusBar().currentMessage()
    held_id = meeting_id(database, refs["held"])
    assert action_places(database)[refs["open"]] == (held_id, None), "its actions stay with the meeting"

    activate(qtbot, window)
    press_keys(qtbot, section.items, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Edit → Undo by its key
    assert titles(database, refs["held"]) == ["Training programmes", "Budget"]
    assert agenda.agenda(database, refs["held"])[0].id == refs["training"]
    assert agenda.agenda(database, refs["held"])[0].minutes == "Two courses, typed just now."
    assert topics(database) == [(refs["waiting"], "Export fairs")]
    assert action_places(database)[refs["open"]] == (held_id, refs["training"])

    window.redo()
    assert topics(database) == [(refs["waiting"], "Export fairs"), (parked_id, "Training programmes")], "same topic"
    window.undo()
    assert titles(database, refs["held"]) == ["Training programmes", "Budget"]


def test_move_to_the_next_meeting_takes_the_open_action_along_then_undo_and_redo(
    qtbot: QtBot, window: MainWindow, database: Database, refs: dict[str, Any]
) -> None:
    section = agenda_of(qtbot, window, refs["held"], refs["training"])
    more(qtbot, section, "Move to the next meeting")
    assert titles(database, refs["held"]) == ["Budget"]
    assert titles(database, refs["next"])[-1] == "Training programmes"
    assert agenda.agenda(database, refs["next"])[-1].id == refs["training"]
    places = action_places(database)
    next_id, held_id = meeting_id(database, refs["next"]), meeting_id(database, refs["held"])
    assert places[refs["open"]] == (next_id, refs["training"]), "the open action moved along"
    assert places[refs["done"]] == (held_id, None), "the done one stays with the meeting that raised it"
    message = window.statusBar().currentMessage()
    assert refs["next"] in message and "1 open action" in message
    assert window.editor.ref == refs["held"]

    window.undo()
    assert titles(database, refs["held"]) == ["Training programmes", "Budget"]
    assert action_places(database) == {
        **places,
        refs["open"]: (held_id, refs["training"]),
        refs["done"]: (held_id, refs["training"]),
    }
    window.redo()
    assert titles(database, refs["next"])[-1] == "Training programmes"
    window.undo()
    assert titles(database, refs["next"])[-1] != "Training programmes"


def test_duplicate_puts_a_copy_after_the_item_to_rename_then_undo_and_redo(
    qtbot: QtBot, window: MainWindow, database: Database, refs: dict[str, Any]
) -> None:
    section = agenda_of(qtbot, window, refs["held"], refs["training"])
    more(qtbot, section, "Duplicate")
    rows = agenda.agenda(database, refs["held"])
    assert [item.title for item in rows] == ["Training programmes", "Training programmes", "Budget"]
    copy = rows[1]
    assert (copy.minutes, copy.planned_minutes, copy.decisions) == ("Two.", 30, ())
    assert section.current_item_id() == copy.id, "chosen, to be renamed"
    activate(qtbot, window)  # the offscreen platform leaves the closed menu the active window; a desktop does not
    qtbot.waitUntil(section.title.hasFocus, timeout=2000)
    type_into(qtbot, section.title, "Training programmes, part 2")
    qtbot.keyClick(section.title, Qt.Key.Key_Return)
    assert titles(database, refs["held"])[1] == "Training programmes, part 2"
    assert section.actions.topLevelItemCount() == 0, "the actions stay with the item"

    window.undo()  # the new title
    window.undo()  # the copy
    assert titles(database, refs["held"]) == ["Training programmes", "Budget"]
    window.redo()
    assert agenda.agenda(database, refs["held"])[1].id == copy.id


def test_a_refusal_is_one_sentence_and_changes_nothing(
    qtbot: QtBot, window: MainWindow, database: Database, refs: dict[str, Any]
) -> None:
    agenda.add_agenda_item(database, refs["next"], "Roadmap")
    before = everything(database)
    section = agenda_of(qtbot, window, refs["held"], refs["decided"])
    answers = Dialogs(qtbot)
    said = answers.expect(None, QMessageBox.StandardButton.Ok, kind=QMessageBox)
    more(qtbot, section, "Park for a later meeting")
    answers.done()
    assert said.text.startswith("Item 2, “Budget”, has decisions") and "remove its decisions first" in said.text
    last = agenda_of(qtbot, window, refs["next"], agenda.agenda(database, refs["next"])[-1].id)
    said = answers.expect(None, QMessageBox.StandardButton.Ok, kind=QMessageBox)
    more(qtbot, last, "Move to the next meeting")
    answers.done()
    assert said.text.endswith("plan the next meeting first, then move the item to it.")
    assert everything(database) == before
    assert not window.undo_stack.canUndo()


def test_an_approved_meeting_takes_no_move_and_no_topic(
    qtbot: QtBot, window: MainWindow, database: Database, refs: dict[str, Any]
) -> None:
    meetings.set_minutes_status(database, refs["held"], MinutesStatus.APPROVED, "2026-01-30")
    section = agenda_of(qtbot, window, refs["held"], refs["training"])
    assert not section.more_button.isEnabled() and section.backlog_button.isEnabled()
    seen: list[str] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, BacklogDialog)
        assert not dialog.pull_button.isEnabled() and dialog.new_button.isEnabled()
        seen.append(dialog.why.text())

    answers = Dialogs(qtbot)
    answers.expect(look, CLOSE, kind=BacklogDialog)
    press(qtbot, section.backlog_button)
    answers.done()
    assert seen == [f"The minutes of {refs['held']} are approved: open a planned meeting to add a topic to it."]


# -- Backlog… --------------------------------------------------------------------------------------------------------


def topic_answer(
    qtbot: QtBot, title: str, presenter: str = "", planned: int = 0, minutes: str = ""
) -> Callable[[QWidget], None]:
    def fill(form: QWidget) -> None:
        assert isinstance(form, TopicForm)
        type_into(qtbot, form.title, title)
        type_into(qtbot, form.presenter, presenter)
        form.planned.setFocus()
        form.planned.selectAll()
        qtbot.keyClicks(form.planned, str(planned))
        type_into(qtbot, form.minutes, minutes)

    return fill


def choose_topic(qtbot: QtBot, dialog: BacklogDialog, topic_id: int) -> None:
    row = dialog.model.position_of(topic_id)
    assert row is not None
    rect = dialog.view.visualRect(dialog.model.index(row, BacklogModel.TITLE))
    qtbot.mouseClick(dialog.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.chosen() is not None and dialog.chosen().id == topic_id  # type: ignore[union-attr]


def test_the_backlog_writes_adds_to_the_meeting_and_removes_each_undone(
    qtbot: QtBot, window: MainWindow, database: Database, refs: dict[str, Any]
) -> None:
    section = agenda_of(qtbot, window, refs["next"])
    before = everything(database)
    inner = Dialogs(qtbot)  # the topic form opens inside the backlog's own loop
    seen: dict[str, Any] = {}

    def work(dialog: QWidget) -> None:
        assert isinstance(dialog, BacklogDialog)
        assert dialog.windowTitle() == "Backlog of TEX"
        assert [dialog.model.row_at(row).title for row in range(dialog.model.rowCount())] == ["Export fairs"]
        assert dialog.model.index(0, BacklogModel.PLANNED).data() == "20 min"
        assert dialog.pull_button.isEnabled(), "a planned meeting takes topics"

        inner.expect(topic_answer(qtbot, "Never saved"), CANCEL, kind=TopicForm)
        press(qtbot, dialog.new_button)
        inner.done()
        assert everything(database) == before, "Cancel writes nothing"

        refused = inner.expect(topic_answer(qtbot, "   ", planned=15), OK, kind=TopicForm)
        press(qtbot, dialog.new_button)
        inner.done()
        seen["refused"] = (refused.stayed_open, refused.errors)

        inner.expect(
            topic_answer(qtbot, "Cluster <b>&</b> roadmap", "Ana Sousa", 25, "- first\n- second"), OK, kind=TopicForm
        )
        press(qtbot, dialog.new_button)
        inner.done()
        [_, (new_id, new_title)] = topics(database)
        seen["new"] = new_id
        assert new_title == "Cluster <b>&</b> roadmap" and dialog.chosen().id == new_id  # type: ignore[union-attr]
        row = backlog.backlog(database, "TEX")[1]
        assert (row.presenter, row.planned_minutes, row.minutes, row.from_meeting) == (
            "Ana Sousa",
            25,
            "- first\n- second",
            None,
        )

        press(qtbot, dialog.pull_button)  # the new topic, chosen
        assert titles(database, refs["next"])[-1] == "Cluster <b>&</b> roadmap"
        assert topics(database) == [(refs["waiting"], "Export fairs")]
        assert dialog.model.rowCount() == 1

        choose_topic(qtbot, dialog, refs["waiting"])
        press(qtbot, dialog.remove_button)
        assert topics(database) == [] and dialog.model.rowCount() == 0
        assert not dialog.pull_button.isEnabled() and not dialog.remove_button.isEnabled()

    answers = Dialogs(qtbot)
    answers.expect(work, CLOSE, kind=BacklogDialog)
    press(qtbot, section.backlog_button)
    answers.done()
    assert seen["refused"] == (True, ["The agenda item's title cannot be empty."])
    pulled = agenda.agenda(database, refs["next"])[-1]
    assert section.current_item_id() == pulled.id, "the topic added is chosen on the agenda"
    assert (pulled.presenter, pulled.planned_minutes, pulled.minutes) == ("Ana Sousa", 25, "- first\n- second")

    window.undo()  # the removal
    assert topics(database) == [(refs["waiting"], "Export fairs")]
    window.undo()  # the topic added to the meeting
    assert titles(database, refs["next"])[-1] != "Cluster <b>&</b> roadmap"
    assert topics(database) == [(refs["waiting"], "Export fairs"), (seen["new"], "Cluster <b>&</b> roadmap")]
    window.redo()
    assert agenda.agenda(database, refs["next"])[-1].id == pulled.id, "the same item again"
    window.undo()
    window.undo()  # the new topic
    assert topics(database) == [(refs["waiting"], "Export fairs")]
    assert everything(database) == before


def test_a_held_meeting_shows_the_backlog_but_takes_no_topic(
    qtbot: QtBot, window: MainWindow, database: Database, refs: dict[str, Any]
) -> None:
    section = agenda_of(qtbot, window, refs["held"], refs["training"])
    more(qtbot, section, "Park for a later meeting")
    parked_id = topics(database)[-1][0]
    seen: list[Any] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, BacklogDialog)
        model = dialog.model
        row = model.position_of(parked_id)
        assert row is not None
        seen.append([model.index(row, column).data() for column in (BacklogModel.TITLE, BacklogModel.FROM)])
        seen.append(model.index(row, BacklogModel.TITLE).data(Qt.ItemDataRole.ToolTipRole))
        seen.append((dialog.pull_button.isEnabled(), dialog.why.text()))

    answers = Dialogs(qtbot)
    answers.expect(look, CLOSE, kind=BacklogDialog)
    press(qtbot, section.backlog_button)
    answers.done()
    assert seen[0] == ["Training programmes", refs["held"]]
    assert seen[1] == "Training programmes\n\nTwo."
    assert seen[2] == (False, f"{refs['held']} is not a planned meeting: open a planned meeting to add a topic to it.")


def test_a_topic_gone_meanwhile_is_said_in_one_sentence_and_leaves_the_list(
    qtbot: QtBot, window: MainWindow, database: Database, refs: dict[str, Any]
) -> None:
    other = backlog.add_topic(database, "TEX", "Trade missions")
    section = agenda_of(qtbot, window, refs["next"])
    inner = Dialogs(qtbot)
    seen: list[Any] = []

    def gone_meanwhile(dialog: BacklogDialog, topic_id: int, button: QWidget) -> None:
        assert dialog.chosen() is not None and dialog.chosen().id == topic_id  # type: ignore[union-attr]
        backlog.remove_topic(database, topic_id)  # by someone else, on the team's server
        before = everything(database)
        said = inner.expect(None, QMessageBox.StandardButton.Ok, kind=QMessageBox)
        press(qtbot, button)  # type: ignore[arg-type]
        inner.done()
        seen.append((said.text, dialog.model.rowCount(), everything(database) == before))

    def work(dialog: QWidget) -> None:
        assert isinstance(dialog, BacklogDialog)
        gone_meanwhile(dialog, refs["waiting"], dialog.pull_button)
        gone_meanwhile(dialog, other, dialog.remove_button)
        seen.append((dialog.pull_button.isEnabled(), dialog.remove_button.isEnabled()))

    answers = Dialogs(qtbot)
    answers.expect(work, CLOSE, kind=BacklogDialog)
    press(qtbot, section.backlog_button)
    answers.done()
    gone = "That topic is no longer in the backlog: it was added to a meeting or removed since."
    assert seen == [(gone, 1, True), (gone, 0, True), (False, False)], "said, read again, nothing changed"
    assert not window.undo_stack.canUndo()


def test_a_reader_sees_the_backlog_and_changes_nothing(
    qtbot: QtBot, database: Database, refs: dict[str, Any], db_path: Path
) -> None:
    reader = workspace.open_workspace(workspace.location(str(db_path)), readonly=True)
    try:
        window = open_window(qtbot, reader)
        section = agenda_of(qtbot, window, refs["next"], agenda.agenda(reader, refs["next"])[0].id)
        assert not section.more_button.isEnabled() and section.backlog_button.isEnabled()
        seen: list[Any] = []

        def look(dialog: QWidget) -> None:
            assert isinstance(dialog, BacklogDialog)
            seen.append(dialog.model.rowCount())
            seen.append([b.isEnabled() for b in (dialog.pull_button, dialog.new_button, dialog.remove_button)])
            seen.append(dialog.why.text())

        answers = Dialogs(qtbot)
        answers.expect(look, CLOSE, kind=BacklogDialog)
        press(qtbot, section.backlog_button)
        answers.done()
        assert seen[:2] == [1, [False, False, False]]
        assert seen[2].startswith("Read only: your login can read this record but not change it.")
    finally:
        reader.close()


# -- keyboard and screen reader ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "pt"])
def test_the_new_controls_have_names_tab_order_and_letters_of_their_own(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    refs: dict[str, Any],
    language: str,
    request: pytest.FixtureRequest,
    tmp_path: Path,
) -> None:
    if language == "pt":
        request.getfixturevalue("portuguese")
    audit = Audit()
    section = agenda_of(qtbot, window, refs["next"], agenda.agenda(database, refs["next"])[0].id)
    audit.walk(qtbot, window)
    assert section.more_button.accessibleName() and section.backlog_button.text()
    activate(qtbot, window)
    section.down_button.setFocus()
    for following in (section.backlog_button, section.more_button):  # Tab goes on under the agenda's buttons
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is following
    walked: list[str] = []
    inner = Dialogs(qtbot)

    def walk(dialog: QWidget) -> None:
        audit.walk(qtbot, dialog)
        walked.append(type(dialog).__name__)
        inner.expect(lambda form: (audit.walk(qtbot, form), walked.append(type(form).__name__)), CANCEL, kind=TopicForm)
        press(qtbot, dialog.new_button)  # type: ignore[attr-defined]
        inner.done()

    answers = Dialogs(qtbot)
    answers.expect(walk, CLOSE, kind=BacklogDialog)
    press(qtbot, section.backlog_button)
    answers.done()
    assert walked == ["BacklogDialog", "TopicForm"]
    mine = {problem: need for problem, need in audit.problems.items()}
    assert mine == {}, mine
    assert QApplication.activeModalWidget() is None
