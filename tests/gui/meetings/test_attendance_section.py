"""A meeting's attendance through the window: someone from the directory added with Add person…, and Add guest…
offering the person already in the directory instead of a duplicate. Every dialog is answered with keys and clicks
from inside its own event loop, to OK and to Cancel."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pactdesk.domain.enums import AttendanceStatus, MeetingStatus
from pactdesk.domain.models import Organisation
from pactdesk.exchange.xlsx_read import check_workbook
from pactdesk.exchange.xlsx_write import export_workbook
from pactdesk.gui.main_window import MainWindow
from pactdesk.gui.meetings.attendance_section import AttendanceSection, AttendeeForm, GuestForm, SamePersonQuestion
from pactdesk.services import attendance, directory, meetings, workspace
from pactdesk.services.workbook.writing import apply_import
from pactdesk.store.database import Database
from tests.gui.driving import CANCEL, OK, Dialogs, button_named, choose, dialog_button, open_window, press


def answering(qtbot: QtBot, *steps: tuple[type[QWidget], Callable[[Any], None]]) -> Dialogs:
    """The modal windows one click opens, answered in turn by ``steps`` (each presses its own buttons)."""
    dialogs = Dialogs(qtbot)
    for kind, act in steps:
        dialogs.expect(act, None, kind=kind)
    return dialogs


def _organisation(database: Database, acronym: str) -> int:
    with database.read() as session:
        found = session.scalar(select(Organisation.id).where(Organisation.acronym == acronym))
        assert found is not None
        return found


@pytest.fixture
def window(qtbot: QtBot, database: Database) -> MainWindow:
    shown = open_window(qtbot, database)
    return shown


@pytest.fixture
def held(database: Database) -> str:
    """A meeting held earlier, with Ana Sousa (AICEP) already on its list."""
    ref = meetings.create_meeting(
        database, "AEC", title="Monitoring", starts_at="2025-03-04 10:00", status=MeetingStatus.HELD
    )
    ana = directory.add_person(database, "Ana Sousa", organisation_id=_organisation(database, "AICEP"))
    attendance.set_attendance(database, ref, ana, AttendanceStatus.PRESENT)
    return ref


def open_attendance(window: MainWindow, ref: str) -> AttendanceSection:
    window.editor.show_meeting(ref)
    window.editor.tabs.setCurrentIndex(window.editor.ATTENDANCE)
    return window.editor.attendance


def shown_people(section: AttendanceSection) -> list[str]:
    model = section.model
    return [model.data(model.index(row, model.PERSON)) for row in range(model.rowCount())]


def listed(database: Database, ref: str) -> dict[str, tuple[AttendanceStatus | None, str, bool]]:
    return {row.person: (row.status, row.organisation, row.guest) for row in attendance.attendance(database, ref)}


# -- Add person… -------------------------------------------------------------------------------------------------


def test_adding_someone_from_the_directory_to_a_held_meeting(
    qtbot: QtBot, window: MainWindow, database: Database, held: str
) -> None:
    iapmei = _organisation(database, "IAPMEI")
    directory.add_person(database, "Rui Costa", organisation_id=iapmei, role="Director")
    directory.add_person(database, "Rita Lobo")
    section = open_attendance(window, held)
    seen: dict[str, Any] = {}

    def pick(form: AttendeeForm) -> None:
        seen["offered"] = [form.people.item(row).text() for row in range(form.people.count())]
        qtbot.keyClicks(form.filter, "iapmei")
        seen["filtered"] = [form.people.item(row).text() for row in range(form.people.count())]
        qtbot.keyClick(form.filter, Qt.Key.Key_Down)
        seen["status"] = form.status.currentText()
        seen["representing"] = form.organisation.currentText()
        qtbot.keyClick(form.filter, Qt.Key.Key_Return)

    dialogs = answering(qtbot, (AttendeeForm, pick))
    press(qtbot, section.add_person_button)
    dialogs.done()

    assert seen["offered"] == ["Rita Lobo (no organisation)", "Rui Costa (IAPMEI) — Director"], "Ana is listed"
    assert seen["filtered"] == ["Rui Costa (IAPMEI) — Director"]
    assert seen["status"] == "Present", "a meeting already held: whoever is added came"
    assert seen["representing"].startswith("IAPMEI – Portuguese Agency")
    assert listed(database, held)["Rui Costa"] == (
        AttendanceStatus.PRESENT,
        "IAPMEI – Portuguese Agency for Competitiveness and Innovation",
        False,
    ), "IAPMEI sits on the committee: not a guest"
    assert "Rui Costa" in shown_people(section)
    assert window.undo_action.text().endswith("Add Rui Costa (IAPMEI)")

    window.undo_action.trigger()
    assert "Rui Costa" not in listed(database, held)
    assert "Rui Costa" not in shown_people(section)
    window.redo_action.trigger()
    assert listed(database, held)["Rui Costa"][0] is AttendanceStatus.PRESENT
    assert [row.name for row in directory.list_people(database)] == ["Ana Sousa", "Rita Lobo", "Rui Costa"]


def test_another_way_of_attending_and_another_organisation(
    qtbot: QtBot, window: MainWindow, database: Database, held: str
) -> None:
    directory.add_person(database, "Rita Lobo")
    directory.add_organisation(database, "Acme Tooling", acronym="ACME")
    section = open_attendance(window, held)

    def pick(form: AttendeeForm) -> None:
        qtbot.keyClicks(form.filter, "rita")
        assert form.organisation.currentText() == "(none)"
        choose(qtbot, form.status, "Remote")
        choose(qtbot, form.organisation, "Acme Tooling (ACME)")
        press(qtbot, dialog_button(form, OK))

    dialogs = answering(qtbot, (AttendeeForm, pick))
    press(qtbot, section.add_person_button)
    dialogs.done()
    assert listed(database, held)["Rita Lobo"] == (AttendanceStatus.REMOTE, "Acme Tooling", True), "a guest"


def test_add_person_cancel_and_an_empty_choice_change_nothing(
    qtbot: QtBot, window: MainWindow, database: Database, held: str
) -> None:
    directory.add_person(database, "Rita Lobo")
    section = open_attendance(window, held)
    before = listed(database, held)
    seen: dict[str, Any] = {}

    def nobody(form: AttendeeForm) -> None:
        qtbot.keyClicks(form.filter, "zzz")
        seen["empty"] = form.empty.text()
        press(qtbot, dialog_button(form, OK))  # refused beside the list: the form stays open
        seen["error"] = form.error_labels["person"].text()
        seen["open"] = form.isVisible()
        press(qtbot, dialog_button(form, CANCEL))

    dialogs = answering(qtbot, (AttendeeForm, nobody))
    press(qtbot, section.add_person_button)
    dialogs.done()
    assert seen == {
        "empty": "Nobody in the directory matches “zzz”.",
        "error": "Choose a person from the list.",
        "open": True,
    }

    dialogs = answering(qtbot, (AttendeeForm, lambda form: press(qtbot, dialog_button(form, CANCEL))))
    press(qtbot, section.add_person_button)
    dialogs.done()
    assert listed(database, held) == before
    assert not window.undo_stack.canUndo()


def test_nobody_is_offered_twice(qtbot: QtBot, window: MainWindow, database: Database, held: str) -> None:
    section = open_attendance(window, held)
    seen: list[str] = []

    def look(form: AttendeeForm) -> None:
        seen.append(form.empty.text())
        seen.append(str(form.people.count()))
        press(qtbot, dialog_button(form, CANCEL))

    dialogs = answering(qtbot, (AttendeeForm, look))
    press(qtbot, section.add_person_button)
    dialogs.done()
    assert seen == ["Everyone in the directory is on the list already.", "0"]


# -- Add guest… --------------------------------------------------------------------------------------------------


def fill_guest(qtbot: QtBot, name: str, email: str = "") -> Callable[[GuestForm], None]:
    def fill(form: GuestForm) -> None:
        form.name.clear()
        qtbot.keyClicks(form.name, name)
        form.email.clear()
        qtbot.keyClicks(form.email, email)
        press(qtbot, dialog_button(form, OK))

    return fill


def test_a_guest_with_the_name_of_someone_in_the_directory_is_that_person(
    qtbot: QtBot, window: MainWindow, database: Database, held: str, tmp_path: Path
) -> None:
    iapmei = _organisation(database, "IAPMEI")
    rui = directory.add_person(database, "Rui Costa", organisation_id=iapmei)
    section = open_attendance(window, held)
    asked: dict[str, Any] = {}

    def answer(box: SamePersonQuestion) -> None:
        asked["text"] = box.text()
        asked["informative"] = box.informativeText()
        asked["buttons"] = [button.text() for button in box.buttons()]
        asked["default"] = box.defaultButton().text()
        qtbot.keyClick(box, Qt.Key.Key_Return)  # the default: the person already there

    dialogs = answering(qtbot, (GuestForm, fill_guest(qtbot, "rui  COSTA")), (SamePersonQuestion, answer))
    press(qtbot, section.add_guest_button)
    dialogs.done()

    assert asked["text"] == (
        "The directory already has someone with the name or e-mail address of rui  COSTA: Rui Costa (IAPMEI)."
    )
    assert asked["informative"] == "Add the person already in the directory, or create a new person?"
    assert sorted(asked["buttons"]) == ["Cancel", "Create a new person", "Use Rui Costa (IAPMEI)"]
    assert asked["default"] == "Use Rui Costa (IAPMEI)"
    assert [row.name for row in directory.list_people(database)] == ["Ana Sousa", "Rui Costa"], "no second one"
    assert listed(database, held)["Rui Costa"] == (
        None,
        "IAPMEI – Portuguese Agency for Competitiveness and Innovation",
        True,
    )
    assert "Rui Costa (guest)" in shown_people(section)

    # PactDesk's own workbook of this database imports into an empty one without a problem.
    exported = tmp_path / "pactdesk.xlsx"
    export_workbook(database, exported)
    copy = workspace.open_workspace(workspace.location(str(tmp_path / "copy.sqlite")))
    try:
        plan = check_workbook(copy, exported)
        assert plan.ok, plan.report()
        apply_import(copy, plan)
        assert {row.person for row in attendance.attendance(copy, held)} == {"Ana Sousa", "Rui Costa"}
    finally:
        copy.close()

    window.undo_action.trigger()
    assert "Rui Costa" not in listed(database, held)
    assert [row.id for row in directory.list_people(database) if row.name == "Rui Costa"] == [rui], "kept"


def test_a_guest_with_someones_email_offers_them_and_a_new_person_needs_another_address(
    qtbot: QtBot, window: MainWindow, database: Database, held: str
) -> None:
    directory.add_person(database, "Rui Costa", organisation_id=_organisation(database, "IAPMEI"), email="rui@x.pt")
    section = open_attendance(window, held)
    before = listed(database, held)
    seen: dict[str, Any] = {}

    def new_person(box: SamePersonQuestion) -> None:
        seen["text"] = box.text()
        press(qtbot, button_named(box, "Create a new person"))

    def refused(form: GuestForm) -> None:
        seen["name"] = form.name.text()
        seen["error"] = form.error_labels["email"].text()
        seen["error shown"] = not form.error_labels["email"].isHidden()
        press(qtbot, dialog_button(form, CANCEL))

    dialogs = answering(
        qtbot,
        (GuestForm, fill_guest(qtbot, "R. Costa", "RUI@x.pt")),
        (SamePersonQuestion, new_person),
        (GuestForm, refused),
    )
    press(qtbot, section.add_guest_button)
    dialogs.done()

    assert seen == {
        "text": "The directory already has someone with the name or e-mail address of R. Costa: Rui Costa (IAPMEI).",
        "name": "R. Costa",
        "error": "Rui Costa already has the e-mail address rui@x.pt.",
        "error shown": True,
    }
    assert listed(database, held) == before
    assert len(directory.list_people(database)) == 2
    assert not window.undo_stack.canUndo()


def test_a_new_person_of_the_same_name_is_told_apart_by_email_and_undo_forgets_them(
    qtbot: QtBot, window: MainWindow, database: Database, held: str
) -> None:
    directory.add_person(database, "Rui Costa", organisation_id=_organisation(database, "IAPMEI"), email="rui@x.pt")
    section = open_attendance(window, held)
    errors: list[str] = []

    def new_person(box: SamePersonQuestion) -> None:
        press(qtbot, button_named(box, "Create a new person"))

    def give_email(form: GuestForm) -> None:
        errors.append(form.error_labels["email"].text())
        qtbot.keyClicks(form.email, "rui.costa@acme.pt")
        press(qtbot, dialog_button(form, OK))

    dialogs = answering(
        qtbot,
        (GuestForm, fill_guest(qtbot, "Rui Costa")),
        (SamePersonQuestion, new_person),
        (GuestForm, give_email),
        (SamePersonQuestion, new_person),
    )
    press(qtbot, section.add_guest_button)
    dialogs.done()

    assert errors == [
        "There is already someone called Rui Costa in the directory. To record another person of that name, give "
        "their e-mail address, so that the two can be told apart."
    ]
    costas = [row for row in directory.list_people(database) if row.name == "Rui Costa"]
    assert sorted(row.email or "" for row in costas) == ["rui.costa@acme.pt", "rui@x.pt"]
    assert listed(database, held)["Rui Costa"] == (None, "", True)

    window.undo_action.trigger()
    assert "Rui Costa" not in listed(database, held)
    assert [row.email for row in directory.list_people(database) if row.name == "Rui Costa"] == ["rui@x.pt"]
    window.redo_action.trigger()
    assert listed(database, held)["Rui Costa"] == (None, "", True)


def test_a_guest_nobody_has_is_added_and_cancel_changes_nothing(
    qtbot: QtBot, window: MainWindow, database: Database, held: str
) -> None:
    directory.add_person(database, "Rui Costa", organisation_id=_organisation(database, "IAPMEI"))
    section = open_attendance(window, held)
    before = listed(database, held)

    dialogs = answering(qtbot, (GuestForm, lambda form: press(qtbot, dialog_button(form, CANCEL))))
    press(qtbot, section.add_guest_button)
    dialogs.done()
    dialogs = answering(
        qtbot,
        (GuestForm, fill_guest(qtbot, "Rui Costa")),
        (SamePersonQuestion, lambda box: press(qtbot, dialog_button(box, QMessageBox.StandardButton.Cancel))),
    )
    press(qtbot, section.add_guest_button)
    dialogs.done()
    assert listed(database, held) == before
    assert len(directory.list_people(database)) == 2
    assert not window.undo_stack.canUndo()

    def organisation_and_ok(form: GuestForm) -> None:
        qtbot.keyClicks(form.name, "Zoe Martins")
        choose(qtbot, form.organisation, "AICEP")
        press(qtbot, dialog_button(form, OK))

    dialogs = answering(qtbot, (GuestForm, organisation_and_ok))
    press(qtbot, section.add_guest_button)
    dialogs.done()
    status, organisation, guest = listed(database, held)["Zoe Martins"]
    assert status is None and organisation.startswith("AICEP") and guest
    assert "Zoe Martins (guest)" in shown_people(section)
