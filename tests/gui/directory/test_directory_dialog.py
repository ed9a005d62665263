"""The directory window: its table models alone, then the real dialog driven with qtbot and patched dialogs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pactdesk.domain.enums import AttendanceStatus, MeetingStatus, OrganisationKind, SeatCode
from pactdesk.domain.errors import ConflictError, DomainError, ValidationError
from pactdesk.domain.models import Action, ActionUpdate, Attendance, Meeting, Organisation, Person, SeatHolder
from pactdesk.gui.directory import dialog as directory_dialog
from pactdesk.gui.directory.dialog import DirectoryDialog
from pactdesk.gui.directory.forms import (
    HolderForm,
    HolderValues,
    MergeForm,
    OrganisationForm,
    OrganisationValues,
    PeopleMergeForm,
    PersonForm,
    PersonValues,
)
from pactdesk.gui.directory.models import OrganisationTableModel, PeopleTableModel, SeatHistoryModel, SeatTableModel
from pactdesk.services import actions, attendance, committee, directory, meetings, planning
from pactdesk.services.attendance import set_attendance
from pactdesk.store.database import Database
from tests.gui.driving import CANCEL, OK, Dialogs, choose, dialog_button, press


def answering(qtbot: QtBot, *steps: tuple[type[QWidget], Callable[[Any], None]]) -> Dialogs:
    """The modal windows one click opens, answered in turn by ``steps`` (each presses its own buttons)."""
    dialogs = Dialogs(qtbot)
    for kind, act in steps:
        dialogs.expect(act, None, kind=kind)
    return dialogs


def _iapmei(db: Database) -> int:
    with db.read() as session:
        found = session.scalar(select(Organisation.id).where(Organisation.acronym == "IAPMEI"))
        assert found is not None
        return found


def _names(model: Any) -> list[str]:
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


@pytest.fixture
def dialog(qtbot: QtBot, database: Database) -> DirectoryDialog:
    window = DirectoryDialog(database)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every confirmation is answered Yes; the questions asked are kept."""
    asked: list[str] = []

    def question(parent: object, title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


# -- the models, without a view ----------------------------------------------------------------------------------


def test_people_model_without_a_view(database: Database) -> None:
    ana = directory.add_person(
        database, "Ana Sousa", organisation_id=_iapmei(database), role="Director", email="ana@iapmei.pt"
    )
    directory.add_person(database, "Rui Lopes", phone="+351 91")
    committee.hold_seat(database, SeatCode.D, ana, date(2024, 1, 1))
    model = PeopleTableModel(directory.list_people(database))
    assert model.columnCount() == 6
    assert model.rowCount() == 2
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.headerData(PeopleTableModel.EMAIL, Qt.Orientation.Horizontal) == "E-mail"
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    row = [model.data(model.index(0, column)) for column in range(6)]
    assert row == ["Ana Sousa", "IAPMEI", "Director", "ana@iapmei.pt", "", "(d)"]
    assert model.data(model.index(0, PeopleTableModel.ORGANISATION), Qt.ItemDataRole.ToolTipRole) == (
        "IAPMEI – Portuguese Agency for Competitiveness and Innovation"
    )
    assert model.data(model.index(0, PeopleTableModel.ROLE), Qt.ItemDataRole.ToolTipRole) == "Director"
    assert [model.data(model.index(1, column)) for column in (1, 3, 4, 5)] == ["", "", "+351 91", ""]
    assert model.data(model.index(1, PeopleTableModel.ORGANISATION), Qt.ItemDataRole.ToolTipRole) is None
    assert model.data(QModelIndex()) is None
    assert model.position_of(ana) == 0


def test_organisation_and_seat_models_without_a_view(database: Database) -> None:
    directory.add_organisation(database, "Acme Tooling", acronym="ACME", kind=OrganisationKind.COMPANY, notes="Guest")
    organisations = OrganisationTableModel(directory.list_organisations(database, "acme iapmei"))
    assert organisations.rowCount() == 0
    organisations.set_rows(directory.list_organisations(database))
    assert organisations.columnCount() == 6
    assert organisations.rowCount() == 27
    assert [organisations.data(organisations.index(0, column)) for column in range(6)] == [
        "Acme Tooling",
        "ACME",
        "Company",
        "",
        "",
        0,
    ]
    assert organisations.data(organisations.index(0, 0), Qt.ItemDataRole.ToolTipRole) == "Acme Tooling\n\nGuest"
    assert organisations.data(organisations.index(0, 1), Qt.ItemDataRole.ToolTipRole) == "ACME"
    assert organisations.data(organisations.index(0, OrganisationTableModel.PEOPLE), Qt.ItemDataRole.TextAlignmentRole)
    iapmei = organisations.position_of(_iapmei(database))
    assert iapmei is not None
    assert organisations.data(organisations.index(iapmei, OrganisationTableModel.SEAT)) == "(d)"

    seats = SeatTableModel(committee.committee_seats(database))
    assert (seats.rowCount(), seats.columnCount()) == (9, 5)
    assert [seats.data(seats.index(row, SeatTableModel.SEAT)) for row in range(9)] == [
        "Chair",
        "(a)",
        "(b)",
        "(c)",
        "(d)",
        "(e)",
        "(f)",
        "(g)",
        "(h)",
    ]
    assert seats.data(seats.index(3, SeatTableModel.ORGANISATION)) == "Each cluster's management entity"
    assert seats.data(seats.index(0, SeatTableModel.HOLDER)) == "(vacant)"
    assert seats.headerData(SeatTableModel.HOLDER, Qt.Orientation.Horizontal) == "Held by"

    ana, rui = directory.add_person(database, "Ana Sousa"), directory.add_person(database, "Rui Lopes")
    committee.hold_seat(database, SeatCode.A, ana, date(2022, 1, 1))
    committee.hold_seat(database, SeatCode.A, rui, date(2024, 1, 1))
    history = SeatHistoryModel(committee.seat_history(database, SeatCode.A))
    assert history.columnCount() == 3
    assert [[history.data(history.index(row, column)) for column in range(3)] for row in range(2)] == [
        ["Ana Sousa", "2022-01-01", "2024-01-01"],
        ["Rui Lopes", "2024-01-01", "still holds it"],
    ]


# -- the forms ---------------------------------------------------------------------------------------------------


def test_person_form_shows_errors_beside_the_field_and_reads_its_values(qtbot: QtBot, database: Database) -> None:
    organisations = directory.list_organisations(database)
    iapmei = _iapmei(database)
    values = PersonValues("Ana Sousa", iapmei, "Director", "ana-at-x", "")
    form = PersonForm(None, "Edit", values, organisations, ValidationError("Not an e-mail address.", "email"))
    qtbot.addWidget(form)
    assert form.values() == values
    assert not form.error_labels["email"].isHidden()
    assert form.error_labels["email"].text() == "Not an e-mail address."
    assert form.error_labels["name"].isHidden() and form.general_error.isHidden()
    assert form.organisation.currentText().startswith("IAPMEI – Portuguese Agency")
    form.email.setText("ana@x.pt")
    form.organisation.setCurrentIndex(0)
    assert form.values() == PersonValues("Ana Sousa", None, "Director", "ana@x.pt", "")
    assert form.email.accessibleName() == "E-mail"

    other = OrganisationForm(None, "Add", OrganisationValues(kind=OrganisationKind.AGENCY), ConflictError("Taken."))
    qtbot.addWidget(other)
    assert other.general_error.text() == "Taken." and not other.general_error.isHidden()
    assert other.values().kind is OrganisationKind.AGENCY


def test_a_taken_value_is_shown_beside_its_field(qtbot: QtBot, database: Database) -> None:
    taken = ConflictError("Ana Sousa already has the e-mail address ana@x.pt.", "email")
    form = PersonForm(None, "Add", PersonValues("Rui Lopes", email="ana@x.pt"), [], taken)
    qtbot.addWidget(form)
    assert not form.error_labels["email"].isHidden()
    assert form.error_labels["email"].text() == "Ana Sousa already has the e-mail address ana@x.pt."
    assert form.general_error.isHidden() and form.error_labels["name"].isHidden()

    named = ConflictError("There is already an organisation called “Spare”.", "name")
    other = OrganisationForm(None, "Add", OrganisationValues("Spare"), named)
    qtbot.addWidget(other)
    assert other.error_labels["name"].text() == "There is already an organisation called “Spare”."
    assert not other.error_labels["name"].isHidden() and other.general_error.isHidden()


# -- the dialog --------------------------------------------------------------------------------------------------


def test_the_dialog_lists_and_filters(dialog: DirectoryDialog, database: Database, qtbot: QtBot) -> None:
    iapmei = _iapmei(database)
    directory.add_person(database, "Álvaro Cunhal", organisation_id=iapmei)
    directory.add_person(database, "Ana Sousa", email="ana@aicep.pt")
    directory.add_person(database, "Rui Lopes")
    dialog.refresh()
    assert not dialog.isModal()
    assert dialog.windowTitle() == "People and organisations"
    people = dialog.people_tab
    assert _names(people.model) == ["Álvaro Cunhal", "Ana Sousa", "Rui Lopes"]

    qtbot.keyClicks(people.filter, "alvaro")
    assert _names(people.model) == ["Álvaro Cunhal"]
    people.filter.clear()
    qtbot.keyClicks(people.filter, "aicep")
    assert _names(people.model) == ["Ana Sousa"]
    people.filter.clear()
    assert people.model.rowCount() == 3

    organisations = dialog.organisations_tab
    assert organisations.model.rowCount() == 26
    qtbot.keyClicks(organisations.filter, "iapmei")
    assert _names(organisations.model) == ["IAPMEI – Portuguese Agency for Competitiveness and Innovation"]
    assert [dialog.tabs.tabText(n) for n in range(3)] == ["&People", "&Organisations", "&Committee"]
    assert dialog.seats.rowCount() == 9
    assert people.add_button.accessibleName() == "Add a person"
    assert not people.edit_button.isEnabled() and not people.merge_button.isEnabled()


def test_adding_a_person_reopens_the_form_with_the_refusal(
    dialog: DirectoryDialog, database: Database, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    iapmei = _iapmei(database)
    directory.add_person(database, "Ana Sousa", email="ana@x.pt")
    answers = iter(
        [
            (PersonValues("Rui Lopes", iapmei, "Analyst", "ANA@x.pt", ""), True),
            (PersonValues("Rui Lopes", iapmei, "Analyst", "rui@x.pt", ""), True),
        ]
    )
    errors: list[DomainError | None] = []

    def get_values(parent: object, title: str, values: PersonValues, organisations: object, error: Any = None):  # type: ignore[no-untyped-def]
        errors.append(error)
        return next(answers)

    monkeypatch.setattr(PersonForm, "get_values", get_values)
    changed: list[bool] = []
    dialog.changed.connect(lambda: changed.append(True))
    qtbot.mouseClick(dialog.people_tab.add_button, Qt.MouseButton.LeftButton)

    assert errors[0] is None
    assert isinstance(errors[1], ConflictError) and "Ana Sousa already has the e-mail address" in str(errors[1])
    assert _names(dialog.people_tab.model) == ["Ana Sousa", "Rui Lopes"]
    assert [row.name for row in dialog.people_tab.selected()] == ["Rui Lopes"]
    assert dialog.status.text() == "Added Rui Lopes."
    assert changed == [True]
    with database.read() as session:
        rui = session.scalar(select(Person).where(Person.name == "Rui Lopes"))
        assert rui is not None and (rui.organisation_id, rui.role, rui.email) == (iapmei, "Analyst", "rui@x.pt")


def test_a_taken_email_reopens_the_form_with_the_message_beside_the_email_field(
    dialog: DirectoryDialog, database: Database, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    directory.add_person(database, "Ana Sousa", email="ana@x.pt")
    shown: list[tuple[str, bool, bool]] = []

    def get_values(  # type: ignore[no-untyped-def]
        parent: Any, title: str, values: PersonValues, organisations: Any, error: Any = None
    ):
        # The real form, given what the dialog passes; the first time the user types a taken address.
        form = PersonForm(parent, title, values, organisations, error)
        qtbot.addWidget(form)
        if error is None:
            form.name.setText("Rui Lopes")
            form.email.setText("ANA@x.pt")
            return form.values(), True
        label = form.error_labels["email"]
        shown.append((label.text(), not label.isHidden(), form.general_error.isHidden()))
        return form.values(), False

    monkeypatch.setattr(PersonForm, "get_values", get_values)
    qtbot.mouseClick(dialog.people_tab.add_button, Qt.MouseButton.LeftButton)

    assert shown == [("Ana Sousa already has the e-mail address ana@x.pt.", True, True)]
    assert [row.name for row in directory.list_people(database)] == ["Ana Sousa"]
    assert dialog.status.text() == ""


def test_a_cancelled_form_changes_nothing(
    dialog: DirectoryDialog, database: Database, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    monkeypatch.setattr(PersonForm, "get_values", lambda *args: (PersonValues("Ghost"), False))
    qtbot.mouseClick(dialog.people_tab.add_button, Qt.MouseButton.LeftButton)
    assert directory.list_people(database) == []
    assert dialog.status.text() == ""


def test_editing_a_person_can_be_undone(
    dialog: DirectoryDialog, database: Database, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    ana = directory.add_person(database, "Ana Sousa", role="Director")
    dialog.refresh()
    dialog.people_tab.select(ana)
    seen: list[PersonValues] = []

    def get_values(parent: object, title: str, values: PersonValues, *args: object) -> tuple[PersonValues, bool]:
        seen.append(values)
        return PersonValues("Ana M. Sousa", None, "Board member", "ana@x.pt", ""), True

    monkeypatch.setattr(PersonForm, "get_values", get_values)
    qtbot.mouseClick(dialog.people_tab.edit_button, Qt.MouseButton.LeftButton)
    assert seen == [PersonValues("Ana Sousa", None, "Director", "", "")]
    assert _names(dialog.people_tab.model) == ["Ana M. Sousa"]
    assert not dialog.undo_button.isHidden()

    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    (row,) = directory.list_people(database)
    assert (row.name, row.role, row.email) == ("Ana Sousa", "Director", None)
    assert _names(dialog.people_tab.model) == ["Ana Sousa"]
    assert dialog.undo_button.isHidden()


@pytest.fixture
def two_rui_costas(database: Database) -> tuple[int, int]:
    """Rui Costa (IAPMEI), with more history, and a duplicate Rui Costa with no organisation who has some too."""
    keep = directory.add_person(database, "Rui Costa", organisation_id=_iapmei(database))
    duplicate = directory.add_person(database, "Rui Costa", email="rui@x.pt")
    both = meetings.create_meeting(database, "AEC", title="Both", starts_at="2025-01-10 10:00")
    chaired = meetings.create_meeting(database, "AEC", title="Chaired", starts_at="2025-02-10 10:00", chair_id=keep)
    only_duplicate = meetings.create_meeting(database, "HCP", title="Duplicate", starts_at="2025-03-10 10:00")
    set_attendance(database, both, keep, None)
    set_attendance(database, both, duplicate, AttendanceStatus.PRESENT)
    set_attendance(database, chaired, keep, AttendanceStatus.PRESENT)
    set_attendance(database, only_duplicate, duplicate, AttendanceStatus.REMOTE)
    kept_action = actions.create_action(database, "Map the suppliers", meeting_ref=chaired, owner_person_id=keep)
    actions.add_update(database, kept_action, "Started.", on="2025-02-20", author_id=keep)
    owned = actions.create_action(database, "Send the study", meeting_ref=both, owner_person_id=duplicate)
    actions.add_update(database, owned, "Half done.", on="2025-02-10", author_id=duplicate)
    return keep, duplicate


def _links(database: Database) -> dict[str, Any]:
    """Everything that points at a person, as (what, whom)."""
    with database.read() as session:
        return {
            "attendance": sorted(
                (row.meeting.title, row.person_id, row.status.value if row.status else None)
                for row in session.scalars(select(Attendance))
            ),
            "actions": sorted(tuple(row) for row in session.execute(select(Action.title, Action.owner_person_id))),
            "updates": sorted(tuple(row) for row in session.execute(select(ActionUpdate.text, ActionUpdate.author_id))),
            "chairs": sorted(tuple(row) for row in session.execute(select(Meeting.title, Meeting.chair_id))),
            "people": sorted(tuple(row) for row in session.execute(select(Person.id, Person.name, Person.email))),
        }


def test_merging_keeps_the_one_with_more_history_by_default_and_can_be_undone(
    dialog: DirectoryDialog,
    database: Database,
    qtbot: QtBot,
    answers: list[str],
    two_rui_costas: tuple[int, int],
) -> None:
    keep, duplicate = two_rui_costas
    before = _links(database)
    dialog.refresh()
    people = dialog.people_tab
    people.select(duplicate)
    people.select(keep, clear=False)
    assert people.merge_button.isEnabled() and not people.edit_button.isEnabled()
    seen: dict[str, Any] = {}

    def look_and_ok(form: PeopleMergeForm) -> None:
        seen["other"] = form.other.currentText()
        seen["kept"] = [form.kept.itemText(row) for row in range(form.kept.count())]
        seen["chosen"] = form.kept.currentText()
        press(qtbot, dialog_button(form, OK))

    dialogs = answering(qtbot, (PeopleMergeForm, look_and_ok))
    press(qtbot, people.merge_button)
    dialogs.done()

    assert seen == {
        "other": "Rui Costa (IAPMEI) — history: 5",
        "kept": ["Rui Costa (IAPMEI) — history: 5", "Rui Costa (no organisation) — history: 4"],
        "chosen": "Rui Costa (IAPMEI) — history: 5",
    }
    assert answers == ["Merge Rui Costa (no organisation) into Rui Costa (IAPMEI)?"]
    assert _names(people.model) == ["Rui Costa"], "the list shows the change"
    assert [row.id for row in people.selected()] == [keep]
    assert dialog.status.text() == (
        "Merged Rui Costa (no organisation) into Rui Costa (IAPMEI). Moved — attendance: 1; actions owned: 1; "
        "progress updates: 1; attendance at the same meeting, dropped: 1."
    )
    merged = _links(database)
    assert merged["people"] == [(keep, "Rui Costa", "rui@x.pt")]
    assert {person for _, person, _ in merged["attendance"]} == {keep}
    assert {owner for _, owner in merged["actions"]} == {keep}

    assert not dialog.undo_button.isHidden()
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert _links(database) == before, "the duplicate is back with everything that pointed at them"
    assert _names(people.model) == ["Rui Costa", "Rui Costa"]
    assert dialog.status.text() == "The last edit was undone."
    assert dialog.undo_button.isHidden()


def test_merging_one_selected_person_offers_their_namesake_and_cancel_or_no_changes_nothing(
    dialog: DirectoryDialog,
    database: Database,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    two_rui_costas: tuple[int, int],
) -> None:
    keep, duplicate = two_rui_costas
    directory.add_person(database, "Ana Sousa")
    before = _links(database)
    dialog.refresh()
    dialog.people_tab.select(keep)
    seen: list[Any] = []

    def look_and_cancel(form: PeopleMergeForm) -> None:
        seen.append((form.other.currentText(), form.kept.currentText(), form.pair()))
        press(qtbot, dialog_button(form, CANCEL))

    dialogs = answering(qtbot, (PeopleMergeForm, look_and_cancel))
    qtbot.mouseClick(dialog.people_tab.merge_button, Qt.MouseButton.LeftButton)
    dialogs.done()
    assert seen == [("Rui Costa (no organisation) — history: 4", "Rui Costa (IAPMEI) — history: 5", (keep, duplicate))]
    assert _links(database) == before

    asked: list[str] = []

    def no(parent: object, title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", no)

    def keep_the_other(form: PeopleMergeForm) -> None:
        choose(qtbot, form.kept, "Rui Costa (no organisation)")  # the secretary knows better: the one with the e-mail
        press(qtbot, dialog_button(form, OK))

    dialogs = answering(qtbot, (PeopleMergeForm, keep_the_other))
    qtbot.mouseClick(dialog.people_tab.merge_button, Qt.MouseButton.LeftButton)
    dialogs.done()
    assert asked == ["Merge Rui Costa (IAPMEI) into Rui Costa (no organisation)?"]
    assert _links(database) == before
    assert dialog.status.text() == ""


def test_the_lists_refresh_when_the_dialog_comes_back(
    qtbot: QtBot, database: Database, dialog: DirectoryDialog
) -> None:
    assert _names(dialog.people_tab.model) == []
    dialog.close()
    directory.add_person(database, "Added Elsewhere")  # e.g. a guest added to a meeting while it was closed
    dialog.show()
    assert _names(dialog.people_tab.model) == ["Added Elsewhere"]
    directory.add_person(database, "Beside It")  # the dialog stays open beside the window; back to it
    QApplication.sendEvent(dialog, QEvent(QEvent.Type.WindowActivate))
    assert _names(dialog.people_tab.model) == ["Added Elsewhere", "Beside It"]


def test_a_refused_merge_or_delete_is_shown_and_changes_nothing(
    dialog: DirectoryDialog, database: Database, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, answers: list[str]
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(directory_dialog, "show_error", lambda parent, error: shown.append(str(error)))
    ana = directory.add_person(database, "Ana Sousa")
    ref = meetings.create_meeting(database, "AEC", title="Monitoring", starts_at="2025-01-10 10:00")
    set_attendance(database, ref, ana, AttendanceStatus.PRESENT)
    dialog.refresh()
    dialog.people_tab.select(ana)
    qtbot.mouseClick(dialog.people_tab.delete_button, Qt.MouseButton.LeftButton)
    assert answers == ["Delete Ana Sousa from the directory? This cannot be undone."]
    assert len(shown) == 1 and shown[0].startswith("Ana Sousa cannot be deleted because the records still refer")
    assert _names(dialog.people_tab.model) == ["Ana Sousa"]

    organisations = dialog.organisations_tab
    iapmei = _iapmei(database)
    with database.read() as session:
        aicep = session.scalar(select(Organisation.id).where(Organisation.acronym == "AICEP"))
    organisations.select(iapmei)
    monkeypatch.setattr(MergeForm, "get_kept", lambda *args: (aicep, True))
    qtbot.mouseClick(organisations.merge_button, Qt.MouseButton.LeftButton)
    assert "hold different places on the committee" in shown[1]
    assert organisations.model.rowCount() == 26


def test_deleting_an_organisation_nothing_refers_to(
    dialog: DirectoryDialog, database: Database, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, answers: list[str]
) -> None:
    spare = directory.add_organisation(database, "Spare")
    dialog.refresh()
    dialog.organisations_tab.select(spare)
    qtbot.mouseClick(dialog.organisations_tab.delete_button, Qt.MouseButton.LeftButton)
    assert answers == ["Delete Spare from the directory? This cannot be undone."]
    assert dialog.organisations_tab.model.rowCount() == 26
    with database.read() as session:
        assert session.get(Organisation, spare) is None


def test_adding_an_organisation(
    dialog: DirectoryDialog, database: Database, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    values = OrganisationValues("Acme Tooling", "ACME", OrganisationKind.COMPANY, "geral@acme.pt", "Guest")
    monkeypatch.setattr(OrganisationForm, "get_values", lambda *args: (values, True))
    qtbot.mouseClick(dialog.organisations_tab.add_button, Qt.MouseButton.LeftButton)
    (row,) = directory.list_organisations(database, "acme")
    assert (row.name, row.acronym, row.kind, row.email, row.notes) == (
        "Acme Tooling",
        "ACME",
        OrganisationKind.COMPANY,
        "geral@acme.pt",
        "Guest",
    )
    assert [row.name for row in dialog.organisations_tab.selected()] == ["Acme Tooling"]


def test_setting_the_holder_of_a_seat(
    dialog: DirectoryDialog, database: Database, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    ana = directory.add_person(database, "Ana Sousa")
    dialog.refresh()
    dialog.tabs.setCurrentIndex(2)
    dialog.seat_view.selectRow(4)
    asked: list[tuple[str, HolderValues]] = []

    def get_values(parent: object, seat: Any, values: HolderValues, people: Any, error: Any = None, hint: str = ""):  # type: ignore[no-untyped-def]
        asked.append((seat.code, values))
        return HolderValues(ana, date(2024, 3, 1)), True

    monkeypatch.setattr(HolderForm, "get_values", get_values)
    qtbot.mouseClick(dialog.set_holder_button, Qt.MouseButton.LeftButton)

    assert asked == [(SeatCode.D, HolderValues(None, date.today()))]
    assert dialog.seats.data(dialog.seats.index(4, SeatTableModel.HOLDER)) == "Ana Sousa"
    assert dialog.seats.data(dialog.seats.index(4, SeatTableModel.SINCE)) == "2024-03-01"
    assert dialog.history.rowCount() == 1
    assert dialog.status.text() == "Ana Sousa holds (d) from 2024-03-01."
    assert [row.seats for row in directory.list_people(database)] == [(SeatCode.D,)]
    with database.read() as session:
        assert session.scalars(select(SeatHolder.person_id)).all() == [ana]


def test_a_new_holder_starts_the_day_after_the_outgoing_one_was_last_seen(
    dialog: DirectoryDialog, database: Database, qtbot: QtBot
) -> None:
    today = date.today()
    iapmei = _iapmei(database)
    former = directory.add_person(database, "Former Holder", organisation_id=iapmei)
    directory.add_person(database, "Ines Goncalves", organisation_id=iapmei)
    committee.hold_seat(database, SeatCode.D, former, date(2020, 1, 1))
    seen_at = datetime.combine(today - timedelta(days=10), time(10))
    last = meetings.create_meeting(database, "AEC", title="Last seen", starts_at=seen_at, status=MeetingStatus.HELD)
    set_attendance(database, last, former, AttendanceStatus.PRESENT)
    dialog.refresh()
    dialog.tabs.setCurrentIndex(2)
    dialog.seat_view.selectRow(4)
    history = committee.seat_history(database, SeatCode.D)

    dialogs = answering(qtbot, (HolderForm, lambda form: press(qtbot, dialog_button(form, CANCEL))))
    qtbot.mouseClick(dialog.set_holder_button, Qt.MouseButton.LeftButton)
    dialogs.done()
    assert committee.seat_history(database, SeatCode.D) == history

    seen: dict[str, Any] = {}

    def choose_and_ok(form: HolderForm) -> None:
        seen["since"] = form.since.date().toString("yyyy-MM-dd")
        seen["hint"] = form.hint.text()
        choose(qtbot, form.person, "Ines Goncalves")
        press(qtbot, dialog_button(form, OK))

    dialogs = answering(qtbot, (HolderForm, choose_and_ok))
    qtbot.mouseClick(dialog.set_holder_button, Qt.MouseButton.LeftButton)
    dialogs.done()

    start = today - timedelta(days=9)
    assert seen == {
        "since": start.isoformat(),
        "hint": f"Former Holder was last recorded at a meeting on {seen_at.date().isoformat()}, so the new holder is "
        "taken to start the day after. Change the day if you know it.",
    }
    assert [(row.name, row.since, row.until) for row in committee.seat_history(database, SeatCode.D)] == [
        ("Former Holder", date(2020, 1, 1), start),
        ("Ines Goncalves", start, None),
    ]
    assert dialog.seats.data(dialog.seats.index(4, SeatTableModel.HOLDER)) == "Ines Goncalves"
    # A meeting held earlier this week, recorded now, finds the new holder on its list.
    earlier = planning.new_meeting(database, "HCP", starts_at=datetime.combine(today - timedelta(days=2), time(10)))
    on_list = {row.person for row in attendance.attendance(database, earlier)}
    assert "Ines Goncalves" in on_list and "Former Holder" not in on_list


def test_erase_person_asks_and_then_leaves_no_trace_of_them(qtbot: QtBot, database: Database) -> None:
    """The directory's Erase…: No changes nothing; Yes makes the person 'Former participant N', backups included."""
    from PySide6.QtWidgets import QMessageBox

    from pactdesk.gui.directory.dialog import DirectoryDialog
    from tests.gui.driving import NO, YES, Dialogs, press

    ana = directory.add_person(database, "Ana Apagável", email="ana.apagavel@example.pt", phone="+351 911 111 111")
    database.backup("manual")
    dialog = DirectoryDialog(database)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.people_tab.select(ana)
    answers = Dialogs(qtbot)
    asked = answers.expect(None, NO, kind=QMessageBox)
    press(qtbot, dialog.erase_button)
    answers.done()
    assert "Erase Ana Apagável" in asked.text and "cannot be undone" in asked.text
    assert any(person.name == "Ana Apagável" for person in directory.list_people(database))
    answers.expect(None, YES, kind=QMessageBox)
    dialog.people_tab.select(ana)
    press(qtbot, dialog.erase_button)
    answers.done()
    names = [person.name for person in directory.list_people(database)]
    assert "Ana Apagável" not in names and f"Former participant {ana}" in names
    assert f"Former participant {ana}" in [
        dialog.people_tab.model.row_at(r).name for r in range(dialog.people_tab.model.rowCount())
    ]
    [backup] = database.backups()
    assert b"ana.apagavel@example.pt" not in backup.path.read_bytes()
