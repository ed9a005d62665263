"""The action tracker driven as staff would: filters with known answers, many statuses changed at once and undone,
progress updates; and carry-over through the matters arising of the next meeting."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from pactdesk.domain.enums import ActionStatus
from pactdesk.gui import app as gui_app
from pactdesk.gui.follow_up.tracker_model import TrackerModel
from pactdesk.gui.follow_up.tracker_page import TrackerPage
from pactdesk.gui.follow_up.update_form import UpdateForm
from pactdesk.gui.main_window import MainWindow
from pactdesk.services import actions, agenda, carry_over, directory, meetings, planning, tracker
from pactdesk.services.tracker import ActionFilter
from pactdesk.store.database import Database
from tests.gui.driving import CANCEL, OK, Dialogs, dialog_button, press, update_answer

TODAY = date.today()


@pytest.fixture
def refs(database: Database) -> dict[str, str]:
    ana = directory.add_person(database, "Ana Sousa")
    aec = meetings.create_meeting(database, "AEC", title="Monitoring", starts_at="2025-01-20 10:00")
    hcp = meetings.create_meeting(database, "HCP", title="Monitoring", starts_at="2025-02-10 10:00")
    return {
        "late": actions.create_action(
            database, "Send the study", meeting_ref=aec, owner_person_id=ana, due_on=TODAY - timedelta(days=1)
        ),
        "today": actions.create_action(database, "Draft the call", meeting_ref=aec, due_on=TODAY, goal_numbers=[2]),
        "soon": actions.create_action(database, "Book the room", meeting_ref=hcp, due_on=TODAY + timedelta(days=5)),
        "done": actions.create_action(
            database, "Old report & <draft>", meeting_ref=hcp, due_on="2020-01-01", status=ActionStatus.DONE
        ),
    }


@pytest.fixture
def page(qtbot: QtBot, database: Database, refs: dict[str, str]) -> TrackerPage:
    shown = TrackerPage(database, QUndoStack())
    qtbot.addWidget(shown)
    shown.show()
    return shown


def listed(page: TrackerPage) -> set[str]:
    return {page.model.action(row).ref for row in range(page.model.rowCount())}


def choose(page: TrackerPage, *wanted: str) -> None:
    selection = page.view.selectionModel()
    selection.clearSelection()
    for row in range(page.model.rowCount()):
        if page.model.action(row).ref in wanted:
            selection.select(
                page.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )


def test_the_filters_keep_the_actions_they_say(page: TrackerPage, refs: dict[str, str]) -> None:
    assert listed(page) == {refs["late"], refs["today"], refs["soon"]}, "still open, by default"
    assert page.count.text() == "3 actions"
    page.overdue.setChecked(True)
    assert listed(page) == {refs["late"]}, "due today is not overdue"
    page.overdue.setChecked(False)
    page.due_soon.setChecked(True)
    page.days.setValue(4)
    assert listed(page) == {refs["today"]}
    page.days.setValue(5)
    assert listed(page) == {refs["today"], refs["soon"]}
    page.due_soon.setChecked(False)
    page.show_cluster("HCP")
    assert listed(page) == {refs["soon"]}
    page.status.setCurrentIndex(page.status.index_of(None))
    assert listed(page) == {refs["soon"], refs["done"]}
    page.text.setText("<draft>")
    page.apply_filter()
    assert listed(page) == {refs["done"]}, "text with < and & is matched as text"
    page.text.clear()
    page.show_cluster(None)
    page.goal.setCurrentIndex(page.goal.index_of(2))
    assert listed(page) == {refs["today"]}
    page.goal.setCurrentIndex(0)
    page.owner.setCurrentIndex(page.owner.findText("Ana Sousa"))
    assert listed(page) == {refs["late"]}


def test_overdue_is_said_in_words_not_colour_alone(database: Database, refs: dict[str, str]) -> None:
    model = TrackerModel(database, ActionFilter(today=TODAY))
    model.reload()
    texts = {model.action(row).ref: model.data(model.index(row, TrackerModel.LATE)) for row in range(model.rowCount())}
    assert texts[refs["late"]] == "⚠ 1 d"
    assert model.headerData(TrackerModel.LATE, Qt.Orientation.Horizontal) == "Overdue"
    assert texts[refs["today"]] == "" and texts[refs["done"]] == ""
    model.sort(TrackerModel.REF, Qt.SortOrder.DescendingOrder)
    assert [model.action(row).ref for row in range(4)] == sorted(refs.values(), reverse=True)


def test_many_statuses_change_at_once_and_undo_together(
    page: TrackerPage, database: Database, refs: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    choose(page, refs["late"], refs["today"])
    done = next(action for action in page.status_button.menu().actions() if action.text() == "Done")
    done.trigger()
    closed = {row.ref: row for row in tracker.action_page(database, ActionFilter(today=TODAY))}
    assert closed[refs["late"]].status is ActionStatus.DONE and closed[refs["late"]].closed_on == TODAY
    assert closed[refs["today"]].status is ActionStatus.DONE
    assert listed(page) == {refs["soon"]}, "closed actions leave the list of open ones"
    page._stack.undo()
    again = {row.ref: row for row in tracker.action_page(database, ActionFilter(today=TODAY))}
    assert again[refs["late"]].status is ActionStatus.OPEN and again[refs["late"]].closed_on is None
    assert listed(page) == {refs["late"], refs["today"], refs["soon"]}
    page._stack.redo()
    assert tracker.count_actions(database, ActionFilter(today=TODAY, statuses=(ActionStatus.DONE,))) == 3


def test_a_progress_update_is_recorded_shown_edited_and_undone(
    qtbot: QtBot, page: TrackerPage, database: Database, refs: dict[str, str]
) -> None:
    answers = Dialogs(qtbot)
    answers.expect(update_answer(qtbot, "Study sent to the members =1+1", status="Done"), OK)
    choose(page, refs["late"])
    page.update_button.click()
    [update] = tracker.action_history(database, refs["late"])
    assert (update.on, update.text, update.status) == (TODAY, "Study sent to the members =1+1", ActionStatus.DONE)
    state = tracker.action_page(database, ActionFilter(today=TODAY, text=refs["late"]))[0]
    assert state.status is ActionStatus.DONE and state.closed_on == TODAY

    page.status.setCurrentIndex(page.status.index_of(None))
    choose(page, refs["late"])
    assert page.history.topLevelItemCount() == 1
    assert page.history.topLevelItem(0).text(4) == "Study sent to the members =1+1"
    earlier = (TODAY - timedelta(days=2)).isoformat()
    answers.expect(update_answer(qtbot, "Study sent to all members", on=earlier), OK)
    page.edit_update_button.click()
    answers.done()
    [edited] = tracker.action_history(database, refs["late"])
    assert (edited.on, edited.text) == (TODAY - timedelta(days=2), "Study sent to all members")
    page._stack.undo()
    assert tracker.action_history(database, refs["late"])[0].text == "Study sent to the members =1+1"
    page._stack.undo()
    assert tracker.action_history(database, refs["late"]) == []
    state = tracker.action_page(database, ActionFilter(today=TODAY, text=refs["late"]))[0]
    assert state.status is ActionStatus.OPEN and state.closed_on is None
    page._stack.redo()
    [back] = tracker.action_history(database, refs["late"])
    assert back.id == update.id, "redo brings back the same update"


def test_a_bad_date_in_the_update_form_is_refused_next_to_the_field(
    qtbot: QtBot, database: Database, refs: dict[str, str]
) -> None:
    form = UpdateForm(database, refs["late"])
    qtbot.addWidget(form)
    form.text.setPlainText("Said something")
    form.on.setText("31/02/2025")
    form.accept()
    assert form.values is None and form.fields["on"].error.isVisibleTo(form)
    assert "not a date" in form.fields["on"].error.text()
    assert tracker.action_history(database, refs["late"]) == []


def test_the_window_opens_the_tracker_and_its_changes_reach_the_counts(
    qtbot: QtBot, database: Database, refs: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(database, gui_app.settings())
    qtbot.addWidget(window)
    window.show()
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    open_before = window.clusters.data(window.clusters.index(0, 4))
    window.show_page("tracker")
    page = window.page("tracker")
    assert isinstance(page, TrackerPage) and window.current_page() == "tracker"
    choose(page, refs["late"])
    page.set_status(ActionStatus.DONE)
    assert window.clusters.data(window.clusters.index(0, 4)) == open_before - 1
    window.undo_action.trigger()
    assert window.clusters.data(window.clusters.index(0, 4)) == open_before
    window.close()
    again = MainWindow(database, gui_app.settings())
    qtbot.addWidget(again)
    assert again.current_page() == "tracker", "the page shown last is shown again"


def test_carry_over_through_the_matters_arising_of_the_next_meeting(
    qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = meetings.create_meeting(database, "TEX", title="First", starts_at="2025-03-03 10:00")
    action = actions.create_action(database, "Map the suppliers", meeting_ref=first, due_on="2025-04-01")
    second = planning.new_meeting(database, "TEX", starts_at=datetime(2025, 6, 2, 10, 0))
    window = MainWindow(database, gui_app.settings())
    qtbot.addWidget(window)
    window.show()
    window.show_meeting(second)
    section = window.editor.agenda
    arising_row = next(row for row, item in enumerate(agenda.agenda(database, second)) if item.matters_arising)
    section.items.setCurrentIndex(section.model.index(arising_row, 0))
    assert section.arising.topLevelItemCount() == 1
    entry = section.arising.topLevelItem(0)
    assert entry.text(0) == action and "⚠ overdue" in entry.text(3)
    section.arising.setCurrentItem(entry)
    answers = Dialogs(qtbot)
    answers.expect(update_answer(qtbot, "Suppliers mapped; report circulated.", status="Done"), OK)
    qtbot.mouseClick(section.arising_button, Qt.MouseButton.LeftButton)
    answers.done()
    [update] = tracker.action_history(database, action)
    assert update.meeting_ref == second and update.on == date(2025, 6, 2)
    [matter] = carry_over.matters_arising(database, second)
    assert matter.closed_here and matter.updates_here[0].text == "Suppliers mapped; report circulated."
    shown = section.arising.topLevelItem(0)
    assert shown.text(5) == "Suppliers mapped; report circulated." and shown.text(4).endswith("here")
    third = planning.new_meeting(database, "TEX", starts_at=datetime(2025, 9, 1, 10, 0))
    assert carry_over.matters_arising(database, third) == [], "closed at the second meeting: not carried further"
    window.undo_action.trigger()  # the third meeting
    window.undo_action.trigger()  # the update
    assert tracker.action_history(database, action) == []
    assert carry_over.matters_arising(database, second)[0].action.status is ActionStatus.OPEN


def test_goals_link_to_the_tracker_and_outputs_to_their_cell(
    qtbot: QtBot, database: Database, refs: dict[str, str]
) -> None:
    from pactdesk.services import outputs

    output = outputs.create_output(database, "AEC", 3, "Needs survey", goal_numbers=[2])
    window = MainWindow(database, gui_app.settings())
    qtbot.addWidget(window)
    window.show()
    window.show_page("goals")
    window.show_action(refs["done"])  # closed: the tracker shows it all the same
    tracker_page = window.page("tracker")
    assert isinstance(tracker_page, TrackerPage) and window.current_page() == "tracker"
    assert [action.ref for action in tracker_page.chosen()] == [refs["done"]]
    window.show_output(output)
    outputs_page = window.page("outputs")
    assert window.current_page() == "outputs" and outputs_page.current_output().ref == output  # type: ignore[attr-defined]


@pytest.mark.parametrize("second", ["ok-again", "cancel"])
def test_an_update_s_text_someone_changed_while_the_form_was_open_comes_back_to_her(
    qtbot: QtBot, page: TrackerPage, database: Database, refs: dict[str, str], second: str
) -> None:
    update_id = actions.add_update(database, refs["late"], "Study sent.", on=TODAY)
    page.status.setCurrentIndex(page.status.index_of(None))
    choose(page, refs["late"])
    told: list[str] = []

    def rewrite_then_answer(form: QWidget) -> None:
        assert isinstance(form, UpdateForm)
        update_answer(qtbot, "Study sent to all members & partners")(form)
        database.author = "Rui Matos"  # Rui, on his laptop, saves the same update meanwhile
        tracker.edit_update(database, update_id, text="Study sent by post.")
        database.author = "Ana Lopes"
        press(qtbot, dialog_button(form, OK))
        assert form.isVisible(), "the form stays open, saying who saved meanwhile"
        told.append(form.problem.error.text())
        assert form.text.toPlainText() == "Study sent to all members & partners", "what she typed is still there"
        press(qtbot, dialog_button(form, OK if second == "ok-again" else CANCEL))

    answers = Dialogs(qtbot)
    answers.expect(rewrite_then_answer, None, kind=UpdateForm)
    page.edit_update_button.click()
    answers.done()
    assert told[0].startswith(f"The progress update of {TODAY:%d/%m/%Y} was changed by Rui Matos")
    assert told[0].endswith("OK saves yours on top of theirs; Cancel keeps theirs.")
    [stored] = tracker.action_history(database, refs["late"])
    expected = "Study sent to all members & partners" if second == "ok-again" else "Study sent by post."
    assert stored.text == expected
