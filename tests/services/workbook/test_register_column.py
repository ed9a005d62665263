"""The Decisions sheet's Register no. (workbook version 2): written on export as the decision's number in its
cluster's register of the year; on import an existing decision's must be its own, a new decision's is empty and
PactDesk numbers it, or it is a number its register has never given, which the decision keeps (so a workbook brought
into a new database keeps its register). Version 1 workbooks, without the column, import as before."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select

from pactdesk.domain.models import AgendaItem, Decision, Meeting
from pactdesk.exchange.ods_write import export_ods
from pactdesk.exchange.xlsx_read import check_workbook
from pactdesk.exchange.xlsx_write import export_workbook
from pactdesk.services import agenda, meetings, register, workspace
from pactdesk.services.workbook.writing import apply_import
from pactdesk.store.database import Database
from tests.exchange.workbooks import make_workbook, where

HEADER = ["Meeting", "Agenda no.", "Decision", "Register no."]


@pytest.fixture
def held(database: Database) -> dict[str, Any]:
    """AEC's 2025 meeting with two decisions (AEC 2025/01 and /02), and a 2026 meeting with an item, no decision."""
    ref = meetings.create_meeting(database, "AEC", title="Review", starts_at="2025-03-04 10:00")
    item = agenda.add_agenda_item(database, ref, "The plan")
    agenda.add_decision(database, item, "The plan is adopted.")
    agenda.add_decision(database, item, "A study is commissioned.")
    later = meetings.create_meeting(database, "AEC", title="Next", starts_at="2026-01-20 10:00")
    agenda.add_agenda_item(database, later, "Follow-up")
    return {"ref": ref, "later": later}


def numbers(database: Database) -> dict[str, str]:
    """Each decision's text and its register number, as people write it."""
    with database.read() as session:
        rows = session.execute(
            select(Decision.text, Decision.register_year, Decision.register_number)
            .join(AgendaItem, AgendaItem.id == Decision.agenda_item_id)
            .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        ).all()
    return {text: register.label("AEC", year, number) if number else "" for text, year, number in rows}


def plan_of(database: Database, tmp_path: Path, rows: list[list[Any]]) -> Any:
    return check_workbook(database, make_workbook(tmp_path / "decisions.xlsx", {"Decisions": [HEADER, *rows]}))


def test_export_writes_each_decisions_register_number(database: Database, held: dict[str, Any], tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    export_workbook(database, path, language="pt")
    sheet = list(openpyxl.load_workbook(path, read_only=True)["Deliberações"].iter_rows(values_only=True))
    assert sheet[0] == ("Reunião", "N.º na ordem de trabalhos", "Deliberação", "N.º de registo")
    assert [(row[2], row[3]) for row in sheet[1:]] == [
        ("The plan is adopted.", "AEC 2025/01"),
        ("A study is commissioned.", "AEC 2025/02"),
    ]


def test_an_existing_decision_given_its_own_number_or_none_is_unchanged(
    database: Database, held: dict[str, Any], tmp_path: Path
) -> None:
    plan = plan_of(
        database,
        tmp_path,
        [[held["ref"], 1, "The plan is adopted.", "aec 2025/1"], [held["ref"], 1, "A study is commissioned.", None]],
    )
    assert plan.ok, plan.report()
    assert plan.counts["Decisions"].unchanged == 2 and plan.changed == 0


def test_an_existing_decision_given_another_number_is_a_problem(
    database: Database, held: dict[str, Any], tmp_path: Path
) -> None:
    plan = plan_of(database, tmp_path, [[held["ref"], 1, "The plan is adopted.", "AEC 2025/02"]])
    assert where(plan) == [("Decisions", 2, "Register no.")]
    assert "This decision is AEC 2025/01 in the register, not “AEC 2025/02”" in plan.problems[0].text
    assert plan.counts["Decisions"].unchanged == 0


def test_a_new_decision_without_a_number_is_numbered_after_the_last(
    database: Database, held: dict[str, Any], tmp_path: Path
) -> None:
    plan = plan_of(
        database,
        tmp_path,
        [[held["ref"], 1, "A third one.", None], [held["later"], 1, "The first of 2026.", ""]],
    )
    assert plan.ok and plan.counts["Decisions"].created == 2, plan.report()
    apply_import(database, plan)
    assert numbers(database) == {
        "The plan is adopted.": "AEC 2025/01",
        "A study is commissioned.": "AEC 2025/02",
        "A third one.": "AEC 2025/03",
        "The first of 2026.": "AEC 2026/01",
    }
    item = agenda.add_agenda_item(database, held["ref"], "Later item")
    agenda.add_decision(database, item, "Recorded in the window afterwards.")
    assert numbers(database)["Recorded in the window afterwards."] == "AEC 2025/04"


@pytest.mark.parametrize(
    ("written", "phrase"),
    [
        ("AEC 2025/02", "AEC 2025/02 is already another decision's number"),
        ("AEC 2025/01", "AEC 2025/01 is already another decision's number"),
        ("TEX 2025/09", "TEX 2025/09 is a number of another register"),
        ("AEC 2024/09", "AEC 2024/09 is a number of another register"),
        ("number nine", "“number nine” is not a number in the register, such as AEC 2025/07"),
    ],
)
def test_a_new_decision_given_a_number_it_cannot_have_is_a_problem(
    database: Database, held: dict[str, Any], tmp_path: Path, written: str, phrase: str
) -> None:
    """An edited decision's text makes a new decision; its old number is another's, and says so."""
    plan = plan_of(database, tmp_path, [[held["ref"], 1, "The plan is adopted, as amended.", written]])
    assert where(plan) == [("Decisions", 2, "Register no.")]
    assert phrase in plan.problems[0].text


def test_a_new_decision_keeps_a_number_its_register_never_gave_and_moves_the_counter_on(
    database: Database, held: dict[str, Any], tmp_path: Path
) -> None:
    rows = [[held["ref"], 1, "Numbered elsewhere.", "AEC 2025/07"], [held["ref"], 1, "Also elsewhere.", "AEC 2025/07"]]
    plan = plan_of(database, tmp_path, rows)
    assert where(plan) == [("Decisions", 3, "Register no.")], "the same new number twice"
    plan = plan_of(database, tmp_path, rows[:1])
    assert plan.ok, plan.report()
    apply_import(database, plan)
    assert numbers(database)["Numbered elsewhere."] == "AEC 2025/07"
    item = agenda.add_agenda_item(database, held["ref"], "Another item")
    agenda.add_decision(database, item, "The next one.")
    assert numbers(database)["The next one."] == "AEC 2025/08", "a number is never given twice"


def test_a_workbook_imported_into_a_new_database_keeps_its_register(
    database: Database, held: dict[str, Any], tmp_path: Path
) -> None:
    path = tmp_path / "out.ods"
    export_ods(database, path)
    copy = workspace.open_workspace(workspace.location(str(tmp_path / "copy.sqlite")))
    try:
        plan = check_workbook(copy, path)
        assert plan.ok, plan.report()
        apply_import(copy, plan)
        assert numbers(copy) == numbers(database)
    finally:
        copy.close()


def test_a_version_1_workbook_without_the_column_imports_as_before(
    database: Database, held: dict[str, Any], tmp_path: Path
) -> None:
    path = make_workbook(
        tmp_path / "v1.xlsx",
        {
            "About": [["Field", "Value"], ["Format", "PactDesk workbook"], ["Version", "1"]],
            "Decisions": [HEADER[:3], [held["ref"], 1, "The plan is adopted."], [held["later"], 1, "New in 2026."]],
        },
    )
    plan = check_workbook(database, path)
    assert plan.ok and plan.counts["Decisions"].unchanged == 1 and plan.counts["Decisions"].created == 1
    apply_import(database, plan)
    assert numbers(database)["New in 2026."] == "AEC 2026/01"
