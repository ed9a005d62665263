"""The secretary's dialogs pressed to OK and to Cancel through the real widgets, then checked in the database.

Each test here is a defect a new user met in the window: Add action → OK crashed (a combo box gave its status back
as a str), Edit action wiped the owner, redo from the keyboard was dead, postponing was refused, long input was
thrown away, an empty decision closed its dialog, approving asked nothing, Move up on the first item made a step.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QWidget
from pytestqt.qtbot import QtBot

from pactdesk.domain import validation
from pactdesk.domain.enums import ActionStatus, MinutesStatus
from pactdesk.gui.follow_up.action_form import ActionForm
from pactdesk.gui.follow_up.tracker_page import TrackerPage
from pactdesk.gui.follow_up.update_form import UpdateForm
from pactdesk.gui.main_window import MainWindow
from pactdesk.gui.meetings.approve_dialog import ApproveDialog
from pactdesk.gui.meetings.decision_form import DecisionForm
from pactdesk.services import actions, agenda, carry_over, directory, documents, meetings, planning, tracker
from pactdesk.store.database import Database
from tests.gui.driving import (
    CANCEL,
    OK,
    Dialogs,
    action_answer,
    activate,
    choose,
    leave,
    open_window,
    paste_into,
    press,
    type_into,
)

TODAY = date.today()


@pytest.fixture
def people(database: Database) -> dict[str, int]:
    iapmei = directory.add_organisation(
        database, "IAPMEI – Agência para a Competitividade e Inovação", acronym="IAPMEI"
    )
    return {
        "ana": directory.add_person(database, "Ana Conceição", organisation_id=iapmei),
        "rui": directory.add_person(database, "Rui Costa"),
        "iapmei": iapmei,
    }


@pytest.fixture
def ref(database: Database) -> str:
    ref = meetings.create_meeting(database, "TEX", title="Monitoring", starts_at="2026-11-30 10:00")
    agenda.add_agenda_item(database, ref, "Training programmes")
    return ref


@pytest.fixture
def window(qtbot: QtBot, database: Database, people: dict[str, int], ref: str) -> MainWindow:
    shown = open_window(qtbot, database)
    shown.show_meeting(ref)
    shown.editor.tabs.setCurrentIndex(shown.editor.AGENDA)
    return shown


# -- actions ------------------------------------------------------------------------------------------------------


def test_add_action_ok_records_what_was_chosen_and_cancel_records_nothing(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, database: Database, ref: str, people: dict[str, int]
) -> None:
    section = window.editor.agenda
    dialogs.expect(action_answer(qtbot, "Draft the training plan", owner="Ana", due="2027-01-15"), CANCEL)
    press(qtbot, section.add_action_button)
    assert actions.actions_of_meeting(database, ref) == []

    fill = action_answer(
        qtbot, "Send the study <draft> & =notes", owner="IAPMEI", due="15/01/2027", status="In progress", goals=(2, 5)
    )
    dialogs.expect(fill, OK)
    press(qtbot, section.add_action_button)
    dialogs.done()
    [action] = actions.actions_of_meeting(database, ref)
    assert action.title == "Send the study <draft> & =notes"
    assert action.owner == "IAPMEI" and action.due_on == date(2027, 1, 15)
    assert action.status is ActionStatus.IN_PROGRESS and action.goals == (2, 5)
    assert section.actions.topLevelItemCount() == 1 and section.actions.topLevelItem(0).text(0) == action.ref


@pytest.mark.parametrize("status", ["Done", "Dropped", "Open"])
def test_add_action_ok_with_every_status(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, database: Database, ref: str, status: str
) -> None:
    dialogs.expect(action_answer(qtbot, "Map the suppliers", status=status), OK)
    press(qtbot, window.editor.agenda.add_action_button)
    dialogs.done()
    [action] = actions.actions_of_meeting(database, ref)
    assert action.status is ActionStatus.parse(status)


def test_edit_action_shows_the_owner_and_ok_without_changes_changes_nothing(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, database: Database, ref: str, people: dict[str, int]
) -> None:
    item = agenda.agenda(database, ref)[-1]
    by_person = actions.create_action(
        database, "Call the cluster", meeting_ref=ref, agenda_item_id=item.id, owner_person_id=people["ana"]
    )
    actions.create_action(
        database, "Send figures", meeting_ref=ref, agenda_item_id=item.id, owner_organisation_id=people["iapmei"]
    )
    window.show_meeting(ref)
    section = window.editor.agenda
    section.select_item(item.id)
    steps = window.undo_stack.count()
    for row, shown_owner in ((0, "Ana Conceição"), (1, "IAPMEI – Agência para a Competitividade e Inovação")):
        section.actions.setCurrentItem(section.actions.topLevelItem(row))
        seen: list[str] = []
        dialogs.expect(lambda dialog, seen=seen: seen.append(dialog.owner.currentText()), OK)  # type: ignore[attr-defined]
        press(qtbot, section.edit_action_button)
        assert seen == [shown_owner], "the form shows the current owner"
    dialogs.done()
    rows = actions.actions_of_meeting(database, ref)
    assert [row.owner for row in rows] == ["Ana Conceição", "IAPMEI"]
    assert window.undo_stack.count() == steps, "OK with nothing changed records no step"

    section.actions.setCurrentItem(section.actions.topLevelItem(0))
    dialogs.expect(action_answer(qtbot, owner="Rui Costa", due="2027-02-01"), OK)
    press(qtbot, section.edit_action_button)
    changed = actions.actions_of_meeting(database, ref)[0]
    assert (changed.ref, changed.owner, changed.due_on) == (by_person, "Rui Costa", date(2027, 2, 1))
    assert tracker.action_history(database, by_person) == [], "corrected at its own meeting, not renegotiated"
    window.undo()
    assert actions.actions_of_meeting(database, ref)[0].owner == "Ana Conceição"


def test_a_refused_action_keeps_the_form_open_with_what_was_typed(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, database: Database, ref: str
) -> None:
    answer = dialogs.expect(action_answer(qtbot, "Publish the call", due="31/02/2027"), OK)
    press(qtbot, window.editor.agenda.add_action_button)
    assert answer.stayed_open and any("not a date" in error for error in answer.errors)
    assert actions.actions_of_meeting(database, ref) == []


# -- progress updates ---------------------------------------------------------------------------------------------


def test_the_trackers_progress_update_closes_the_action_and_cancel_records_nothing(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, database: Database, ref: str
) -> None:
    action = actions.create_action(database, "Send the study", meeting_ref=ref, due_on=TODAY - timedelta(days=3))
    window.show_page("tracker")
    page = window.page("tracker")
    assert isinstance(page, TrackerPage)
    page.text.setText(action)
    page.apply_filter()
    page.view.selectRow(0)

    def said(dialog: QWidget) -> None:
        assert isinstance(dialog, UpdateForm)
        type_into(qtbot, dialog.text, "Study sent to the members: “=1+1” & <b>")
        choose(qtbot, dialog.author, "Ana Conceição")
        choose(qtbot, dialog.status, "Done")

    dialogs.expect(said, CANCEL)
    press(qtbot, page.update_button)
    assert tracker.action_history(database, action) == []
    dialogs.expect(said, OK)
    press(qtbot, page.update_button)
    dialogs.done()
    [update] = tracker.action_history(database, action)
    assert update.text == "Study sent to the members: “=1+1” & <b>" and update.author == "Ana Conceição"
    assert update.status is ActionStatus.DONE
    with database.read() as session:
        closed = actions.action_by_ref(session, action)
        assert closed.status is ActionStatus.DONE and closed.closed_on == TODAY
    window.undo()
    with database.read() as session:
        assert actions.action_by_ref(session, action).status is ActionStatus.OPEN
    assert tracker.action_history(database, action) == []


def test_matters_arising_progress_update_done_closes_it_at_the_meeting(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, database: Database, ref: str
) -> None:
    action = actions.create_action(database, "Map the suppliers", meeting_ref=ref, due_on="2026-12-01")
    second = planning.new_meeting(database, "TEX", starts_at=datetime(2027, 1, 11, 10, 0))
    window.show_meeting(second)
    section = window.editor.agenda
    arising = next(item for item in agenda.agenda(database, second) if item.matters_arising)
    section.select_item(arising.id)
    section.arising.setCurrentItem(section.arising.topLevelItem(0))

    def said(dialog: QWidget) -> None:
        assert isinstance(dialog, UpdateForm) and not dialog.on.isEnabled()
        type_into(qtbot, dialog.text, "Suppliers mapped; report circulated.")
        choose(qtbot, dialog.status, "Done")

    dialogs.expect(said, OK)
    press(qtbot, section.arising_button)
    dialogs.done()
    [matter] = carry_over.matters_arising(database, second)
    assert matter.closed_here and matter.action.ref == action
    assert matter.updates_here[0].text == "Suppliers mapped; report circulated."


# -- decisions ----------------------------------------------------------------------------------------------------


def test_an_empty_decision_is_explained_in_its_dialog_which_stays_open(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, database: Database, ref: str
) -> None:
    section = window.editor.agenda
    empty = dialogs.expect(lambda dialog: type_into(qtbot, dialog.text, "   "), OK)  # type: ignore[attr-defined]
    press(qtbot, section.add_decision_button)
    assert empty.stayed_open and empty.errors == ["The decision cannot be empty."]
    dialogs.expect(lambda dialog: type_into(qtbot, dialog.text, "Approve the plan"), CANCEL)  # type: ignore[attr-defined]
    press(qtbot, section.add_decision_button)
    assert agenda.agenda(database, ref)[-1].decisions == ()
    dialogs.expect(lambda dialog: type_into(qtbot, dialog.text, "Approve the plan\nwith <two> & =changes"), OK)  # type: ignore[attr-defined]
    press(qtbot, section.add_decision_button)
    assert [d.text for d in agenda.agenda(database, ref)[-1].decisions] == ["Approve the plan\nwith <two> & =changes"]
    section.decisions.setCurrentRow(0)
    dialogs.expect(lambda dialog: type_into(qtbot, dialog.text, "Approve the revised plan"), OK)  # type: ignore[attr-defined]
    press(qtbot, section.edit_decision_button)
    dialogs.done()
    assert [d.text for d in agenda.agenda(database, ref)[-1].decisions] == ["Approve the revised plan"]
    assert isinstance(empty.seen[0], DecisionForm)


# -- undo and redo by keyboard -----------------------------------------------------------------------------------


def test_undo_and_redo_keys_inside_the_minutes_and_across_the_window(
    qtbot: QtBot, window: MainWindow, database: Database, ref: str
) -> None:
    minutes = window.editor.agenda.minutes
    item_id = agenda.agenda(database, ref)[-1].id
    type_into(qtbot, minutes, "The cluster presented its plan. ")
    window.save_pending()
    type_into(qtbot, minutes, "A whole sentence that must not be lost.", replace=False)
    window.save_pending()
    typed = minutes.toPlainText()

    def saved() -> str:
        return next(item.minutes for item in agenda.agenda(database, item_id and ref) if item.id == item_id)

    assert saved() == typed.strip()
    minutes.setFocus()
    qtbot.keyClick(minutes, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert minutes.toPlainText() != typed, "Ctrl+Z undoes typing inside the minutes"
    qtbot.keyClick(minutes, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert minutes.toPlainText() == typed, "Ctrl+Y brings it back"
    qtbot.keyClick(minutes, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(minutes, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert minutes.toPlainText() == typed, "so does Ctrl+Shift+Z"
    window.save_pending()
    assert saved() == typed.strip()

    # Away from a text field, the keys undo and redo the window's history: here, the minutes as saved.
    items = window.editor.agenda.items
    items.setFocus()
    qtbot.keyClick(items, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert saved() == ""
    qtbot.keyClick(items, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert saved() == typed.strip()
    qtbot.keyClick(items, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(items, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert saved() == typed.strip()


def test_no_shortcut_of_the_window_is_ambiguous(window: MainWindow) -> None:
    from PySide6.QtGui import QAction

    seen: dict[str, str] = {}
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            if action.shortcutContext() != Qt.ShortcutContext.WindowShortcut:
                continue
            text = key.toString()
            assert text not in seen, f"{text} is both “{seen[text]}” and “{action.text()}”"
            seen[text] = action.text()
    assert {"Ctrl+Z", "Ctrl+Shift+Z", "Ctrl+Y"} <= set(seen)


# -- details ------------------------------------------------------------------------------------------------------


def test_postponing_a_meeting_moves_its_end_with_its_start(
    qtbot: QtBot, window: MainWindow, database: Database, ref: str
) -> None:
    meetings.set_meeting_field(database, ref, "ends_at", "2026-11-30 12:00")
    window.show_meeting(ref)
    window.editor.tabs.setCurrentIndex(window.editor.DETAILS)
    start = window.editor.details.starts_at
    start.setFocus()
    for section, digits in ((QDateTimeEdit.Section.MonthSection, "12"), (QDateTimeEdit.Section.DaySection, "14")):
        start.setSelectedSection(section)  # as a click on the month, then on the day
        qtbot.keyClicks(start, digits)
    qtbot.keyClick(start, Qt.Key.Key_Return)
    detail = meetings.meeting_detail(database, ref)
    assert detail.starts_at == datetime(2026, 12, 14, 10, 0) and detail.ends_at == datetime(2026, 12, 14, 12, 0)
    assert window.editor.details.ends_at.dateTime().toPython() == datetime(2026, 12, 14, 12, 0)
    window.undo()
    detail = meetings.meeting_detail(database, ref)
    assert (detail.starts_at, detail.ends_at) == (datetime(2026, 11, 30, 10, 0), datetime(2026, 11, 30, 12, 0))


def test_a_long_place_stops_at_its_limit_and_a_long_paste_keeps_what_fits(
    qtbot: QtBot, window: MainWindow, database: Database, ref: str
) -> None:
    window.editor.tabs.setCurrentIndex(window.editor.DETAILS)
    details = window.editor.details
    type_into(qtbot, details.location, "Lisboa " * 63)  # 441 characters typed
    assert len(details.location.text()) == validation.MAX_TITLE
    assert details.fields["location"].count.isVisible() and "300 / 300" in details.fields["location"].count.text()
    leave(qtbot, details.location)
    assert meetings.meeting_detail(database, ref).location == ("Lisboa " * 63)[: validation.MAX_TITLE].strip()

    window.editor.tabs.setCurrentIndex(window.editor.AGENDA)
    minutes = window.editor.agenda.minutes
    minutes.clear()
    paragraph = "O cluster apresentou o plano de formação e as candidaturas abertas. " * 10 + "\n"
    pasted = (paragraph * 80)[:49_100]
    paste_into(qtbot, minutes, pasted)
    assert minutes.toPlainText() == pasted[: validation.MAX_TEXT]
    message = window.editor.agenda.fields["minutes"].error
    assert message.isVisible() and "did not fit" in message.text()
    window.save_pending()
    assert agenda.agenda(database, ref)[-1].minutes == pasted[: validation.MAX_TEXT].strip()


# -- approving, moving --------------------------------------------------------------------------------------------


def test_approving_asks_with_the_date_and_cancel_leaves_the_minutes_as_they_were(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, database: Database, ref: str
) -> None:
    window.editor.tabs.setCurrentIndex(window.editor.DETAILS)
    status = window.editor.details.minutes_status
    dialogs.expect(None, CANCEL, kind=ApproveDialog)
    choose(qtbot, status, "Approved", stays=False)
    assert meetings.meeting_detail(database, ref).minutes_status is MinutesStatus.DRAFT
    assert status.value() is MinutesStatus.DRAFT, "the choice goes back to what is saved"

    def on(day: date):  # type: ignore[no-untyped-def]
        return lambda dialog: dialog.day.setDate(QDate(day.year, day.month, day.day))

    offered: list[QDate] = []

    def too_early(dialog: QWidget) -> None:
        on(date(2026, 11, 1))(dialog)  # before the meeting: the date field does not go there
        offered.append(dialog.day.date())  # type: ignore[attr-defined]

    dialogs.expect(too_early, CANCEL, kind=ApproveDialog)
    choose(qtbot, status, "Approved", stays=False)
    assert offered == [QDate(2026, 11, 30)], "the earliest day offered is the meeting's"
    dialogs.expect(on(date(2026, 12, 2)), OK, kind=ApproveDialog)
    choose(qtbot, status, "Approved", stays=False)
    dialogs.done()
    detail = meetings.meeting_detail(database, ref)
    assert detail.minutes_status is MinutesStatus.APPROVED and detail.minutes_approved_on == date(2026, 12, 2)
    assert not window.editor.details.title.isEnabled(), "approved minutes are locked"
    window.undo()
    detail = meetings.meeting_detail(database, ref)
    assert detail.minutes_status is MinutesStatus.DRAFT and detail.minutes_approved_on is None


def test_the_minutes_of_a_meeting_not_yet_held_cannot_be_approved(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, database: Database
) -> None:
    later = meetings.create_meeting(database, "TEX", title="Next", starts_at=f"{TODAY.year + 1}-03-01 10:00")
    window.show_meeting(later)
    window.editor.tabs.setCurrentIndex(window.editor.DETAILS)
    seen: list[tuple[bool, str]] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, ApproveDialog)
        approve = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        seen.append((approve.isEnabled(), dialog.field.error.text()))

    dialogs.expect(look, CANCEL, kind=ApproveDialog)
    choose(qtbot, window.editor.details.minutes_status, "Approved", stays=False)
    dialogs.done()
    assert seen == [
        (False, f"The meeting is on {TODAY.year + 1}-03-01: its minutes can be approved once it has been held.")
    ]
    assert meetings.meeting_detail(database, later).minutes_status is MinutesStatus.DRAFT


def test_move_up_on_the_first_item_records_no_step(
    qtbot: QtBot, window: MainWindow, database: Database, ref: str
) -> None:
    section = window.editor.agenda
    press(qtbot, section.add_button)  # a second item, "New item", under "Training programmes"
    type_into(qtbot, section.title, "Budget")
    leave(qtbot, section.title)
    first = agenda.agenda(database, ref)[0]
    section.select_item(first.id)
    assert not section.up_button.isEnabled()
    steps = window.undo_stack.count()
    section._nudge(-1)  # what the button would do, were it enabled
    assert window.undo_stack.count() == steps
    section.select_item(agenda.agenda(database, ref)[-1].id)
    press(qtbot, section.up_button)
    assert [item.title for item in agenda.agenda(database, ref)] == ["Budget", "Training programmes"]
    assert window.undo_stack.count() == steps + 1


# -- renegotiating an action in the tracker -------------------------------------------------------------------------


def test_the_tracker_renegotiates_an_action_of_approved_minutes_which_keep_what_was_decided(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, database: Database, ref: str, people: dict[str, int]
) -> None:
    item = agenda.agenda(database, ref)[-1]
    action = actions.create_action(
        database,
        "Draft the plan",
        meeting_ref=ref,
        agenda_item_id=item.id,
        owner_person_id=people["ana"],
        due_on="2026-12-20",
    )
    meetings.set_minutes_status(database, ref, MinutesStatus.APPROVED, date(2026, 12, 1))
    window.show_page("tracker")
    page = window.page("tracker")
    assert isinstance(page, TrackerPage)
    page.text.setText(action)
    page.apply_filter()
    page.view.selectRow(0)
    dialogs.expect(action_answer(qtbot, due="2027-01-31"), CANCEL)
    press(qtbot, page.edit_button)
    assert tracker.action_history(database, action) == []

    def renegotiate(dialog: QWidget) -> None:
        assert isinstance(dialog, ActionForm) and not dialog.status.isVisible()
        action_answer(qtbot, "Draft and circulate the plan", owner="Rui Costa", due="2027-01-31")(dialog)

    dialogs.expect(renegotiate, OK)
    press(qtbot, page.edit_button)
    dialogs.done()
    [update] = tracker.action_history(database, action)
    assert "Due date moved from 2026-12-20 to 2027-01-31." in update.text
    assert "Owner changed from Ana Conceição to Rui Costa." in update.text
    assert update.on == TODAY
    with database.read() as session:
        now = actions.action_by_ref(session, action)
        assert (now.title, now.due_on) == ("Draft and circulate the plan", date(2027, 1, 31))
    minutes = documents.meeting_record(database, ref)
    [line] = next(record for record in minutes.items if record.id == item.id).actions
    assert (line.title, line.owner, line.due_on) == ("Draft the plan", "Ana Conceição", date(2026, 12, 20))
    window.undo()
    assert tracker.action_history(database, action) == []
    with database.read() as session:
        assert actions.action_by_ref(session, action).due_on == date(2026, 12, 20)
    window.redo()
    assert len(tracker.action_history(database, action)) == 1
    assert QApplication.activeModalWidget() is None


def test_minutes_that_cannot_be_saved_keep_the_window_open_until_the_secretary_says_so(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, database: Database, ref: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from pactdesk.store.errors import StoreError

    minutes = window.editor.agenda.minutes
    type_into(qtbot, minutes, "Tudo o que foi dito sobre a formação.")

    def full(*_args: object, **_kw: object) -> object:
        raise StoreError("The disk is full: free some space, then try again.")

    monkeypatch.setattr(agenda, "save_item_field", full)  # the disk fills up: the failure, not the step, is staged
    error = dialogs.expect(None, QMessageBox.StandardButton.Ok, kind=QMessageBox)
    question = dialogs.expect(None, QMessageBox.StandardButton.Cancel, kind=QMessageBox)
    activate(qtbot, window)
    minutes.setFocus()
    qtbot.keyClick(minutes, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    dialogs.done()
    assert "disk is full" in error.text and "clipboard" in question.text
    assert window.isVisible() and minutes.toPlainText() == "Tudo o que foi dito sobre a formação."
    assert QApplication.clipboard().text() == "Tudo o que foi dito sobre a formação."

    dialogs.expect(None, QMessageBox.StandardButton.Ok, kind=QMessageBox)
    dialogs.expect(None, QMessageBox.StandardButton.Close, kind=QMessageBox)
    activate(qtbot, window)
    minutes.setFocus()
    qtbot.keyClick(minutes, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    dialogs.done()
    assert not window.isVisible()
    monkeypatch.undo()  # the disk has room again before the test's own clean-up closes anything
