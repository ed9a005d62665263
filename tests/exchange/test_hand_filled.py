"""A workbook filled in by hand imports: loose headers, extra columns, blank rows, dates typed in many ways."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select

from pactdesk.domain.enums import (
    ActionStatus,
    AttendanceStatus,
    MeetingKind,
    MeetingStatus,
    MinutesStatus,
    OrganisationKind,
    OutputStatus,
    SeatCode,
)
from pactdesk.domain.models import (
    Action,
    AgendaItem,
    Attendance,
    Cluster,
    CommitteeSeat,
    Decision,
    Meeting,
    Organisation,
    Output,
    Person,
)
from pactdesk.exchange.xlsx_read import check_workbook
from pactdesk.exchange.xlsx_write import export_workbook
from pactdesk.services import actions, meetings, outputs
from pactdesk.services.workbook.plan import ImportPlan
from pactdesk.services.workbook.writing import apply_import
from pactdesk.store.database import Database

from .workbooks import Base, add_base_records, make_workbook

TODAY = date(2025, 6, 1)


@pytest.fixture
def base(database: Database) -> Base:
    return add_base_records(database)


def imported(database: Database, path: Path) -> ImportPlan:
    plan = check_workbook(database, path, today=TODAY)
    assert plan.ok, plan.report()
    apply_import(database, plan, today=TODAY)
    return plan


def snapshot(record: Any, **more: Any) -> SimpleNamespace:
    """The record's column values (and ``more``), readable after its session is gone."""
    values = {column.key: getattr(record, column.key) for column in record.__table__.columns}
    return SimpleNamespace(**values, **more)


def action(database: Database, ref: str) -> SimpleNamespace:
    with database.read() as session:
        found = session.scalars(select(Action).where(Action.ref == ref)).one()
        return snapshot(
            found,
            goals=[goal.number for goal in found.goals],
            updates=[update.text for update in found.updates],
        )


def meeting(database: Database, ref: str) -> SimpleNamespace:
    with database.read() as session:
        return snapshot(session.scalars(select(Meeting).where(Meeting.ref == ref)).one())


def person(database: Database, email: str) -> SimpleNamespace:
    with database.read() as session:
        return snapshot(session.scalars(select(Person).where(Person.email == email)).one())


def test_a_workbook_made_by_hand_creates_records_that_point_at_each_other(
    database: Database, base: Base, tmp_path: Path
) -> None:
    sheets: dict[str, list[list[Any]]] = {
        # sheet names in other case; headers in other order, case and spacing; extra columns; blank rows
        "organisations": [
            ["  NAME ", "kind", "Committee   Seat", "Acronym"],
            ["Regional Board", "Government", "(b)", "RB"],
        ],
        "People": [
            ["email", "Favourite colour", "  name", "ORGANISATION", "role"],
            [],
            ["EVA@Example.PT", "blue", "Eva Lopes", "rb", "Secretary"],
            [None, None, None, None, None],
            ["rui@example.pt", "", "Rui Mota", "Regional Board", ""],
        ],
        "Meetings": [
            ["Title", "ref", "cluster", "Start", "END", "kind", "status", "minutes  status", "chair", "Location"],
            [
                "Spring review",
                "aec-2025-05",
                "aec",
                "2025-04-10 09:30",
                "10/04/2025 12:00",
                "Working_Group",
                "HELD",
                "Circulated",
                "eva@example.pt",
                "Porto",
            ],
        ],
        "Attendance": [
            ["Person", "Meeting", "Status", "Organisation"],
            ["Eva Lopes", "AEC-2025-05", "present", ""],
            [],
            ["rui@example.pt", "AEC-2025-05", "Remote", "IAPMEI"],
        ],
        "Agenda": [
            ["No.", "Meeting", "Title", "Planned minutes", "Presenter"],
            ["1", "AEC-2025-05", "Welcome", "15", "Eva Lopes"],
            [2, "AEC-2025-05", "Budget", None, ""],
        ],
        "Decisions": [
            ["Decision", "agenda NO.", "Meeting"],
            ["The budget is accepted.", 2, "AEC-2025-05"],
        ],
        "Actions": [
            ["Title", "Meeting", "Owner", "Due", "Goals", "Status", "Latest update", "Ref"],
            ["Send the minutes", "AEC-2025-05", "Eva Lopes", date(2025, 5, 2), "1, 3", "open", "Drafted", ""],
            ["Book the room", "AEC-2025-05", "RB", "2025-05-20", 4, "In Progress", "", ""],
            ["Write to the ministry", "AEC-2025-05", "rui@example.pt", "31/05/2025", "9;2 ; 2", "done", "", ""],
        ],
        "Outputs": [
            ["Output type", "Title", "Cluster", "Meeting", "Progress %", "Status", "Date", "Evidence"],
            [2, "Spring review held", "AEC", "AEC-2025-05; aec-2025-01", "100%", "achieved", "2025-04-10", "Minutes"],
        ],
    }
    plan = imported(database, make_workbook(tmp_path / "filled.xlsx", sheets))
    assert "People: the column “Favourite colour” is not part of the format and was ignored." in plan.notices
    assert {sheet: counts.created for sheet, counts in plan.counts.items()} == {
        "Organisations": 1,
        "People": 2,
        "Meetings": 1,
        "Attendance": 2,
        "Agenda": 2,
        "Decisions": 1,
        "Actions": 3,
        "Outputs": 1,
    }

    with database.read() as session:
        board = session.scalars(select(Organisation).where(Organisation.name == "Regional Board")).one()
        assert (board.acronym, board.kind) == ("RB", OrganisationKind.GOVERNMENT)
        assert session.scalar(select(CommitteeSeat.organisation_id).where(CommitteeSeat.code == SeatCode.B)) == board.id
        eva = session.scalars(select(Person).where(Person.email == "eva@example.pt")).one()
        assert (eva.name, eva.organisation_id, eva.role) == ("Eva Lopes", board.id, "Secretary")
        rui = session.scalars(select(Person).where(Person.email == "rui@example.pt")).one()
        assert (rui.name, rui.organisation_id, rui.role) == ("Rui Mota", board.id, "")

        spring = session.scalars(select(Meeting).where(Meeting.ref == "AEC-2025-05")).one()
        assert session.get(Cluster, spring.cluster_id).code == "AEC"  # type: ignore[union-attr]
        assert (spring.title, spring.starts_at, spring.ends_at) == (
            "Spring review",
            datetime(2025, 4, 10, 9, 30),
            datetime(2025, 4, 10, 12, 0),
        )
        assert (spring.kind, spring.status, spring.minutes_status) == (
            MeetingKind.WORKING_GROUP,
            MeetingStatus.HELD,
            MinutesStatus.CIRCULATED,
        )
        assert (spring.chair_id, spring.location) == (eva.id, "Porto")

        present = {
            (row.person_id, row.organisation_id, row.status)
            for row in session.scalars(select(Attendance).where(Attendance.meeting_id == spring.id))
        }
        iapmei = session.scalar(select(Organisation.id).where(Organisation.acronym == "IAPMEI"))
        # An empty Organisation cell means nobody represented; a new row without the column takes the person's own.
        assert present == {(eva.id, None, AttendanceStatus.PRESENT), (rui.id, iapmei, AttendanceStatus.REMOTE)}

        items = session.scalars(
            select(AgendaItem).where(AgendaItem.meeting_id == spring.id).order_by(AgendaItem.position)
        ).all()
        assert [(i.position, i.title, i.planned_minutes, i.presenter) for i in items] == [
            (1, "Welcome", 15, "Eva Lopes"),
            (2, "Budget", 0, ""),
        ]
        decisions = session.scalars(select(Decision).where(Decision.agenda_item_id == items[1].id)).all()
        assert [(d.position, d.text) for d in decisions] == [(1, "The budget is accepted.")]

        new_actions = session.scalars(select(Action).where(Action.meeting_id == spring.id).order_by(Action.ref)).all()
        assert [a.ref for a in new_actions] == ["AEC-A0002", "AEC-A0003", "AEC-A0004"]
        minutes, room, letter = new_actions
        assert (minutes.owner_person_id, minutes.due_on, minutes.status) == (
            eva.id,
            date(2025, 5, 2),
            ActionStatus.OPEN,
        )
        assert [goal.number for goal in minutes.goals] == [1, 3]
        assert [update.text for update in minutes.updates] == ["Drafted"]
        assert (room.owner_organisation_id, room.owner_person_id, room.due_on) == (board.id, None, date(2025, 5, 20))
        assert (room.status, [goal.number for goal in room.goals]) == (ActionStatus.IN_PROGRESS, [4])
        assert (letter.owner_person_id, letter.due_on, letter.status) == (rui.id, date(2025, 5, 31), ActionStatus.DONE)
        assert ([goal.number for goal in letter.goals], letter.closed_on) == ([2, 9], TODAY)
        assert {a.cluster_id for a in new_actions} == {spring.cluster_id}

        review = session.scalars(select(Output).where(Output.title == "Spring review held")).one()
        assert (review.ref, review.output_type_number, review.progress) == ("AEC-O0002", 2, 100)
        assert (review.status, review.on, review.evidence) == (OutputStatus.ACHIEVED, date(2025, 4, 10), "Minutes")
        assert [m.ref for m in review.meetings] == ["AEC-2025-01", "AEC-2025-05"]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        (date(2025, 3, 31), date(2025, 3, 31)),
        (datetime(2025, 3, 31, 0, 0), date(2025, 3, 31)),
        ("2025-03-31", date(2025, 3, 31)),
        (" 31/03/2025 ", date(2025, 3, 31)),
        ("31.03.2025", date(2025, 3, 31)),
        ("", None),
    ],
)
def test_a_date_may_be_typed_as_a_date_or_as_text(
    database: Database, base: Base, tmp_path: Path, typed: Any, expected: date | None
) -> None:
    imported(
        database,
        make_workbook(
            tmp_path / "in.xlsx", {"Actions": [["Ref", "Due", "Title"], [base.action, typed, "Send the report"]]}
        ),
    )
    assert action(database, base.action).due_on == expected


@pytest.mark.parametrize(
    "typed",
    [datetime(2025, 2, 3, 14, 30), "2025-02-03 14:30", "2025-02-03T14:30:00", "03/02/2025 14:30"],
)
def test_a_date_and_time_may_be_typed_as_one_or_as_text(
    database: Database, base: Base, tmp_path: Path, typed: Any
) -> None:
    imported(database, make_workbook(tmp_path / "in.xlsx", {"Meetings": [["Ref", "End"], [base.meeting, typed]]}))
    assert meeting(database, base.meeting).ends_at == datetime(2025, 2, 3, 14, 30)


@pytest.mark.parametrize(
    ("typed", "signed"),
    [
        ("yes", True),
        ("SIM", True),
        ("y", True),
        (True, True),
        ("no", False),
        ("Não", False),
        ("nao", False),
        (False, False),
    ],
)
def test_yes_and_no_may_be_written_in_english_or_portuguese(
    database: Database, tmp_path: Path, typed: Any, signed: bool
) -> None:
    with database.read() as session:
        before = session.scalar(select(Cluster.pact_signed).where(Cluster.code == "AUTO"))
    # Start from the opposite, so each case changes something.
    imported(
        database,
        make_workbook(
            tmp_path / "a.xlsx", {"Clusters": [["Code", "Pact signed"], ["AUTO", "no" if signed else "yes"]]}
        ),
    )
    imported(database, make_workbook(tmp_path / "b.xlsx", {"Clusters": [["Code", "Pact signed"], ["auto", typed]]}))
    with database.read() as session:
        assert session.scalar(select(Cluster.pact_signed).where(Cluster.code == "AUTO")) is signed
    assert before is not None


@pytest.mark.parametrize(
    ("typed", "goals"),
    [("1, 3", [1, 3]), ("3;1", [1, 3]), (7, [7]), ("7", [7]), (5.0, [5]), ("2 4  6", [2, 4, 6]), ("", [])],
)
def test_goals_may_be_a_list_or_a_single_number(
    database: Database, base: Base, tmp_path: Path, typed: Any, goals: list[int]
) -> None:
    imported(database, make_workbook(tmp_path / "in.xlsx", {"Actions": [["Ref", "Goals"], [base.action, typed]]}))
    assert action(database, base.action).goals == goals


def test_a_sheet_with_only_some_columns_changes_only_those(database: Database, base: Base, tmp_path: Path) -> None:
    before_action = action(database, base.action)
    before_meeting = meeting(database, base.meeting)
    before_ana = person(database, "ana@example.pt")
    sheets = {
        "Actions": [["Ref", "Status"], [base.action, "done"]],
        "Meetings": [["Ref", "Location"], [base.meeting, "Lisbon"]],
        "People": [["Name", "Phone"], ["Ana Silva", "+351 210 000 000"]],
        "Outputs": [["Ref", "Progress %"], [base.output, "40 %"]],
    }
    plan = imported(database, make_workbook(tmp_path / "in.xlsx", sheets))
    assert {sheet: counts.updated for sheet, counts in plan.counts.items()} == {
        "People": 1,
        "Meetings": 1,
        "Actions": 1,
        "Outputs": 1,
    }

    after = action(database, base.action)
    assert (after.status, after.closed_on) == (ActionStatus.DONE, TODAY)
    for name in ("title", "due_on", "meeting_id", "cluster_id", "owner_person_id", "owner_organisation_id"):
        assert getattr(after, name) == getattr(before_action, name), name
    assert after.goals == [2]

    moved = meeting(database, base.meeting)
    assert moved.location == "Lisbon"
    for name in ("title", "starts_at", "ends_at", "kind", "status", "minutes_status", "chair_id", "cluster_id"):
        assert getattr(moved, name) == getattr(before_meeting, name), name

    ana = person(database, "ana@example.pt")
    assert ana.phone == "+351 210 000 000"
    assert (ana.name, ana.role, ana.organisation_id) == (before_ana.name, before_ana.role, before_ana.organisation_id)

    with database.read() as session:
        output = session.scalars(select(Output).where(Output.ref == base.output)).one()
        assert (output.progress, output.title, output.status, output.on) == (
            40,
            "First review",
            OutputStatus.PLANNED,
            date(2025, 2, 3),
        )
        assert [m.ref for m in output.meetings] == [base.meeting]


def test_an_empty_ref_creates_a_record_with_the_next_reference(database: Database, base: Base, tmp_path: Path) -> None:
    sheets = {
        "Meetings": [["Ref", "Cluster", "Title", "Start"], ["", "AEC", "Summer review", "2025-07-01 10:00"]],
        "Actions": [["Ref", "Cluster", "Title"], ["", "AEC", "Plan the summer"], [None, "AUTO", "Call the factory"]],
        "Outputs": [["Ref", "Cluster", "Output type", "Title"], ["", "AEC", 3, "Needs survey"]],
    }
    imported(database, make_workbook(tmp_path / "in.xlsx", sheets))
    assert meeting(database, "AEC-2025-03").title == "Summer review"
    assert action(database, "AEC-A0002").title == "Plan the summer"
    assert action(database, "AUTO-A0001").title == "Call the factory"
    with database.read() as session:
        assert session.scalar(select(Output.title).where(Output.ref == "AEC-O0002")) == "Needs survey"
    # The services carry on from there.
    assert meetings.create_meeting(database, "AEC", title="Autumn", starts_at="2025-10-01 10:00") == "AEC-2025-04"
    assert actions.create_action(database, "Next", cluster_code="AEC") == "AEC-A0003"
    assert outputs.create_output(database, "AEC", 3, "Next") == "AEC-O0003"


def test_a_new_record_with_a_written_ref_moves_the_counter_on(database: Database, base: Base, tmp_path: Path) -> None:
    sheets = {
        "Meetings": [
            ["Ref", "Cluster", "Title", "Start"],
            ["AEC-2025-07", "AEC", "Seventh", "2025-07-01 10:00"],
            ["", "AEC", "After the seventh", "2025-08-01 10:00"],
            ["AEC-2023-04", "AEC", "An old one", "2023-05-01 10:00"],
        ],
        "Actions": [["Ref", "Title", "Cluster"], ["AEC-A0010", "Tenth", None], ["", "Unnumbered", "AEC"]],
        "Outputs": [["Ref", "Output type", "Title"], ["AEC-O0009", 5, "Ninth"]],
    }
    imported(database, make_workbook(tmp_path / "in.xlsx", sheets))
    assert meeting(database, "AEC-2025-07").title == "Seventh"
    assert meeting(database, "AEC-2025-08").title == "After the seventh"
    assert meeting(database, "AEC-2023-04").title == "An old one"
    assert action(database, "AEC-A0010").title == "Tenth"
    assert action(database, "AEC-A0011").title == "Unnumbered"
    assert meetings.create_meeting(database, "AEC", title="Next", starts_at="2025-09-01 10:00") == "AEC-2025-09"
    assert meetings.create_meeting(database, "AEC", title="Old", starts_at="2023-09-01 10:00") == "AEC-2023-05"
    assert actions.create_action(database, "Next", cluster_code="AEC") == "AEC-A0012"
    assert outputs.create_output(database, "AEC", 3, "Next") == "AEC-O0010"


def test_an_exported_workbook_edited_in_a_spreadsheet_imports_the_edits(
    database: Database, base: Base, tmp_path: Path
) -> None:
    path = tmp_path / "export.xlsx"
    export_workbook(database, path)
    # What a person does in Excel: change a cell, add a row below, save.
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["Actions"]
    header = [cell.value for cell in sheet[1]]
    row = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == base.action)
    row[header.index("Title")].value = "Send the final report"
    row[header.index("Due")].value = datetime(2025, 4, 15)
    sheet.append(["", "AUTO", "", "Visit the plant", "Ana Silva", "2025-05-05", "open", "8", "", None])
    workbook.save(path)

    plan = imported(database, path)
    assert plan.counts["Actions"].updated == 1 and plan.counts["Actions"].created == 1
    assert sum(counts.updated + counts.created for counts in plan.counts.values()) == 2
    edited = action(database, base.action)
    assert (edited.title, edited.due_on) == ("Send the final report", date(2025, 4, 15))
    added = action(database, "AUTO-A0001")
    assert (added.title, added.owner_person_id, added.due_on) == ("Visit the plant", base.ana, date(2025, 5, 5))
    assert added.goals == [8]
