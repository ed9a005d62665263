"""A secretary's day, driven through the real widgets: a meeting, its attendance, agenda, minutes, decisions and
actions, undo and redo, and everything still there in a new window."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from pactdesk.domain.enums import AttendanceStatus, MeetingStatus
from pactdesk.gui import app as gui_app
from pactdesk.gui.follow_up.action_form import ActionForm
from pactdesk.gui.main_window import MainWindow
from pactdesk.gui.meetings.new_meeting_dialog import NewMeetingDialog
from pactdesk.services import actions, agenda, attendance, directory, meetings
from pactdesk.store.database import Database
from tests.gui.driving import OK, Dialogs, action_answer, new_meeting_answer, open_window, text_answer


@pytest.fixture
def window(qtbot: QtBot, database: Database) -> MainWindow:
    shown = open_window(qtbot, database)
    return shown


def new_meeting(window: MainWindow, monkeypatch: pytest.MonkeyPatch, code: str, start: datetime) -> str:
    """File → New meeting…, the dialog filled and OK pressed."""
    qtbot = QtBot(window)  # type: ignore[no-untyped-call]
    answers = Dialogs(qtbot)
    answers.expect(new_meeting_answer(qtbot, code, start, 120), OK, kind=NewMeetingDialog)
    window.new_action.trigger()
    answers.done()
    assert window.editor.ref is not None
    return window.editor.ref


def type_into(qtbot: QtBot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type into a line edit and leave it (Qt's test keyboard knows plain letters only, so the rest is inserted)."""
    widget.setFocus()
    widget.selectAll()
    plain = text.replace("&", "").replace("<", "").replace(">", "") == text
    if plain:
        qtbot.keyClicks(widget, text)
    else:
        widget.insert(text)
    widget.editingFinished.emit()


def test_a_meeting_from_start_to_finish_survives_a_new_window(
    qtbot: QtBot, window: MainWindow, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    ana = directory.add_person(database, "Ana Sousa", role="Head of unit")
    ref = new_meeting(window, monkeypatch, "AEC", datetime(2025, 3, 4, 10, 0))
    assert ref == "AEC-2025-01"
    assert window.meetings.rowCount() == 1 and window.meetings.meeting(0).ref == ref

    details = window.editor.details
    type_into(qtbot, details.title, "Kick-off with the AEC cluster & <partners>")
    type_into(qtbot, details.location, "IAPMEI, Lisbon")
    assert meetings.meeting_detail(database, ref).title == "Kick-off with the AEC cluster & <partners>"

    attendance.add_guest(database, ref, "Rui Pinto")  # the list also holds a guest
    attendance.set_attendance(database, ref, ana, None)
    window.editor.show_meeting(ref)
    section = window.editor.attendance
    names = [section.model.row(r).person for r in range(section.model.rowCount())]
    section.view.selectRow(names.index("Ana Sousa"))
    qtbot.mouseClick(section.status_buttons[AttendanceStatus.PRESENT], Qt.MouseButton.LeftButton)
    marked = {row.person: row.status for row in attendance.attendance(database, ref)}
    assert marked["Ana Sousa"] is AttendanceStatus.PRESENT

    window.editor.tabs.setCurrentIndex(window.editor.AGENDA)
    section_agenda = window.editor.agenda
    qtbot.mouseClick(section_agenda.add_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, section_agenda.title, "Funding calls")
    section_agenda.minutes.setFocus()
    section_agenda.minutes.insertPlainText("- two calls open\n- =SUM(A1) stays text")
    section_agenda.save_minutes()
    answers = Dialogs(qtbot)
    answers.expect(text_answer(qtbot, "Apply to the call."), OK)
    qtbot.mouseClick(section_agenda.add_decision_button, Qt.MouseButton.LeftButton)
    answers.expect(action_answer(qtbot, "Send the call's rules", owner="Ana Sousa", due="2025-04-01", goals=(2, 8)), OK)
    qtbot.mouseClick(section_agenda.add_action_button, Qt.MouseButton.LeftButton)
    answers.done()

    funding = next(item for item in agenda.agenda(database, ref) if item.title == "Funding calls")
    assert funding.minutes == "- two calls open\n- =SUM(A1) stays text"
    assert [d.text for d in funding.decisions] == ["Apply to the call."]
    [action] = actions.actions_of_meeting(database, ref)
    assert (action.title, action.owner, action.goals, action.agenda_item_id) == (
        "Send the call's rules",
        "Ana Sousa",
        (2, 8),
        funding.id,
    )
    assert section_agenda.actions.topLevelItemCount() == 1

    # Undo the action, the decision and the minutes; redo them all; across sections.
    for _ in range(3):
        window.undo_action.trigger()
    funding = next(item for item in agenda.agenda(database, ref) if item.title == "Funding calls")
    assert funding.minutes == "" and funding.decisions == () and actions.actions_of_meeting(database, ref) == []
    for _ in range(3):
        window.redo_action.trigger()
    funding = next(item for item in agenda.agenda(database, ref) if item.title == "Funding calls")
    assert funding.minutes.startswith("- two calls") and len(funding.decisions) == 1
    assert len(actions.actions_of_meeting(database, ref)) == 1

    window.close()
    again = MainWindow(database, gui_app.settings())
    qtbot.addWidget(again)
    again.show()
    assert again.editor.ref == ref, "the last meeting is opened again"
    assert again.current_cluster_code() == "AEC"
    assert again.editor.details.title.text() == "Kick-off with the AEC cluster & <partners>"
    titles = [again.editor.agenda.model.item(r).title for r in range(again.editor.agenda.model.rowCount())]
    assert "Funding calls" in titles


def test_undo_reaches_back_across_sections(
    qtbot: QtBot, window: MainWindow, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    ref = new_meeting(window, monkeypatch, "HCP", datetime(2025, 6, 2, 14, 0))
    type_into(qtbot, window.editor.details.title, "Renamed")
    qtbot.mouseClick(window.editor.agenda.add_button, Qt.MouseButton.LeftButton)
    assert len(agenda.agenda(database, ref)) == 3
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert len(agenda.agenda(database, ref)) == 2
    assert meetings.meeting_detail(database, ref).title != "Renamed"
    window.redo_action.trigger()
    assert meetings.meeting_detail(database, ref).title == "Renamed"


def test_undo_and_redo_keep_working_through_removals(
    qtbot: QtBot, window: MainWindow, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A removed item, decision or action comes back as itself, so the steps before its removal still undo."""
    ref = new_meeting(window, monkeypatch, "TEX", datetime(2025, 7, 1, 10, 0))
    section = window.editor.agenda
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, section.title, "Budget")
    answers = Dialogs(qtbot)
    answers.expect(text_answer(qtbot, "Approve"), OK)
    qtbot.mouseClick(section.add_decision_button, Qt.MouseButton.LeftButton)
    section.decisions.setCurrentRow(0)
    answers.expect(text_answer(qtbot, "Approve the budget"), OK)
    qtbot.mouseClick(section.edit_decision_button, Qt.MouseButton.LeftButton)
    answers.expect(action_answer(qtbot, "Circulate the budget"), OK)
    qtbot.mouseClick(section.add_action_button, Qt.MouseButton.LeftButton)
    answers.done()
    [action] = actions.actions_of_meeting(database, ref)
    section.decisions.setCurrentRow(0)
    qtbot.mouseClick(section.remove_decision_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(section.remove_button, Qt.MouseButton.LeftButton)
    assert "Budget" not in [item.title for item in agenda.agenda(database, ref)]

    def budget() -> agenda.AgendaItemRow:
        return next(item for item in agenda.agenda(database, ref) if item.title == "Budget")

    window.undo_action.trigger()  # the item comes back, with its action under it again
    assert actions.actions_of_meeting(database, ref)[0].agenda_item_id == budget().id
    window.undo_action.trigger()  # the decision comes back
    assert [d.text for d in budget().decisions] == ["Approve the budget"]
    window.undo_action.trigger()  # the action goes
    assert actions.actions_of_meeting(database, ref) == []
    window.undo_action.trigger()  # the decision's edit, made before it was removed and brought back
    assert [d.text for d in budget().decisions] == ["Approve"]
    window.undo_action.trigger()  # the decision
    window.undo_action.trigger()  # the title, typed before all of it
    assert [d.text for d in next(i for i in agenda.agenda(database, ref) if i.position == 3).decisions] == []
    assert "Budget" not in [item.title for item in agenda.agenda(database, ref)]
    for _ in range(6):
        window.redo_action.trigger()
    assert "Budget" not in [item.title for item in agenda.agenda(database, ref)], "removed again"
    window.undo_action.trigger()
    assert [d.text for d in budget().decisions] == []
    [again] = actions.actions_of_meeting(database, ref)
    assert again.ref == action.ref, "redoing the action brings back the same one, not a new reference"
    assert not window.undo_stack.canRedo() or window.undo_stack.index() == window.undo_stack.count() - 1


def test_bad_input_is_refused_next_to_the_field(
    qtbot: QtBot, window: MainWindow, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    ref = new_meeting(window, monkeypatch, "AUTO", datetime(2025, 9, 9, 10, 0))
    details = window.editor.details
    type_into(qtbot, details.title, "Kept title")

    details.title.setText("   ")
    details.title.editingFinished.emit()
    assert details.fields["title"].error.isVisible()
    assert "cannot be empty" in details.fields["title"].error.text()
    assert details.title.text() == "Kept title", "the field shows what is saved"

    details.ends_at.setDateTime(QDateTime(datetime(2025, 9, 9, 9, 0)))
    details.ends_at.editingFinished.emit()
    assert "must end after it starts" in details.fields["ends_at"].error.text()
    detail = meetings.meeting_detail(database, ref)
    assert (detail.title, detail.ends_at) == ("Kept title", datetime(2025, 9, 9, 12, 0))

    form = ActionForm(database)
    qtbot.addWidget(form)
    form.title.setPlainText("Something to do")
    form.due.setText("31/02/2025")
    form.accept()
    assert form.values is None and "is not a date" in form.fields["due_on"].error.text()
    assert actions.actions_of_meeting(database, ref) == []


def test_new_meeting_from_the_previous_one_through_the_window(
    window: MainWindow, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    ana = directory.add_person(database, "Ana Sousa")
    first = meetings.create_meeting(
        database, "TEX", title="First", starts_at="2025-01-10 10:00", status=MeetingStatus.HELD
    )
    attendance.set_attendance(database, first, ana, AttendanceStatus.PRESENT)
    agenda.add_agenda_item(database, first, "Indicators", standing=True)
    actions.create_action(database, "Still open", meeting_ref=first)
    window.refresh()
    second = new_meeting(window, monkeypatch, "TEX", datetime(2025, 3, 10, 10, 0))
    assert [row.status for row in attendance.attendance(database, second)] == [None]
    window.editor.tabs.setCurrentIndex(window.editor.AGENDA)
    section = window.editor.agenda
    titles = [section.model.item(r).title for r in range(section.model.rowCount())]
    assert titles == ["Approval of the previous minutes", "Matters arising", "Indicators"]
    section.items.setCurrentIndex(section.model.index(1))
    assert section.arising.isVisibleTo(window)
    assert [section.arising.topLevelItem(i).text(1) for i in range(section.arising.topLevelItemCount())] == [
        "Still open"
    ]


def test_deleting_a_meeting_asks_and_says_what_goes(
    window: MainWindow, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    ref = new_meeting(window, monkeypatch, "AEC", datetime(2025, 3, 4, 10, 0))
    actions.create_action(database, "An action", meeting_ref=ref)
    asked: list[str] = []

    def answer(parent, title, text):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    window.delete_action.trigger()
    assert "1 actions" in asked[0] and meetings.count_meetings(database) == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    window.delete_action.trigger()
    assert meetings.count_meetings(database) == 0 and window.editor.ref is None
    window.undo_action.trigger()
    assert meetings.count_meetings(database) == 1
    assert [action.title for action in actions.actions_of_meeting(database, ref)] == ["An action"]
    window.undo_action.trigger()  # and the meeting's creation too
    assert meetings.count_meetings(database) == 0
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert meetings.count_meetings(database) == 0, "redo deletes it again"
    window.undo_action.trigger()
    assert meetings.meeting_detail(database, ref).ref == ref


def test_filter_and_cluster_choice_narrow_the_list(qtbot: QtBot, window: MainWindow, database: Database) -> None:
    meetings.create_meeting(database, "AEC", title="Funding", starts_at="2025-01-10 10:00")
    meetings.create_meeting(database, "AEC", title="Training", starts_at="2025-02-10 10:00")
    meetings.create_meeting(database, "HCP", title="Funding too", starts_at="2025-03-10 10:00")
    window.refresh()
    window.cluster_view.setCurrentIndex(window.clusters.index(0, 0))
    assert window.meetings.rowCount() == 3
    window.cluster_view.setCurrentIndex(window.clusters.index(window.clusters.row_of("AEC"), 0))
    assert window.meetings.rowCount() == 2
    window.filter_action.trigger()
    qtbot.keyClicks(window.filter, "fund")
    qtbot.waitUntil(lambda: window.meetings.rowCount() == 1)
    assert window.meetings.meeting(0).title == "Funding"


def test_representing_another_organisation_is_kept_and_undoable(
    window: MainWindow, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    ana = directory.add_person(database, "Ana Sousa")
    ref = new_meeting(window, monkeypatch, "AEC", datetime(2025, 3, 4, 10, 0))
    attendance.set_attendance(database, ref, ana, None)
    window.editor.show_meeting(ref)
    section = window.editor.attendance
    section.view.selectRow(0)
    entity = "Cluster AEC – Architecture, Engineering and Construction – management entity"
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args: (entity, True))
    section.choose_representing()
    assert attendance.attendance(database, ref)[0].organisation == entity
    attendance.set_attendance(database, ref, ana, AttendanceStatus.REMOTE)
    assert attendance.attendance(database, ref)[0].organisation == entity, "marking keeps the organisation"
    presence = {row.seat.value: row.represented for row in attendance.member_presence(database, ref)}
    assert presence["c"] is True
    window.undo_action.trigger()
    assert attendance.attendance(database, ref)[0].organisation == ""


def test_dragging_an_agenda_item_saves_the_new_order(
    window: MainWindow, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    ref = new_meeting(window, monkeypatch, "AEC", datetime(2025, 3, 4, 10, 0))
    agenda.add_agenda_item(database, ref, "Third")
    window.editor.show_meeting(ref)
    model = window.editor.agenda.model
    dragged = model.mimeData([model.index(2)])
    model.dropMimeData(dragged, Qt.DropAction.MoveAction, 0, 0, model.index(-1))
    assert [item.title for item in agenda.agenda(database, ref)] == [
        "Third",
        "Approval of the previous minutes",
        "Matters arising",
    ]
    assert model.item(0).title == "Third", "the list shows the saved order"
    window.undo_action.trigger()
    assert [item.title for item in agenda.agenda(database, ref)][-1] == "Third"


def test_a_full_disk_while_typing_is_explained_and_nothing_is_lost(
    window: MainWindow, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy import event

    from pactdesk.gui.common import widgets

    ref = new_meeting(window, monkeypatch, "AEC", datetime(2025, 3, 4, 10, 0))
    window.editor.tabs.setCurrentIndex(window.editor.AGENDA)
    section = window.editor.agenda
    section.minutes.insertPlainText("Saved before the disk filled up.")
    section.save_minutes()
    with database.engine.connect() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()

    def no_room(dbapi_connection, record):  # type: ignore[no-untyped-def]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    event.listen(database.engine, "connect", no_room)
    database.engine.dispose()
    shown: list[str] = []
    monkeypatch.setattr(widgets, "show_error", lambda parent, error: shown.append(str(error)))
    section.minutes.insertPlainText(" " + "A long paragraph typed when the disk was full. " * 400)
    section.save_minutes()
    assert shown and "disk is full" in shown[0]
    assert "disk was full" in section.minutes.toPlainText(), "the typed text stays on screen"
    assert agenda.agenda(database, ref)[0].minutes == "Saved before the disk filled up."

    event.remove(database.engine, "connect", no_room)
    database.engine.dispose()
    section.save_minutes()  # room again: the next save writes what was kept on screen
    assert "disk was full" in agenda.agenda(database, ref)[0].minutes
