"""An import is one transaction: failing at its very last row leaves the database as it was."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from pactdesk.cli import main
from pactdesk.exchange.xlsx_read import check_workbook
from pactdesk.services.workbook import tables, writing
from pactdesk.services.workbook.writing import apply_import
from pactdesk.store.database import Database
from pactdesk.store.errors import DiskFullError
from tests.exchange.workbooks import add_base_records, dump, make_workbook

LAST_TITLE = "The very last row"

# Something for every sheet: new records pointing at each other, and updates of the base records.
EVERYTHING: dict[str, list[list[Any]]] = {
    "Clusters": [["Code", "Email", "Pact signed"], ["AEC", "aec@example.pt", "no"]],
    "Organisations": [["Name", "Acronym", "Kind", "Committee seat"], ["Regional Board", "RB", "government", "b"]],
    "People": [
        ["Name", "Organisation", "Role", "Email"],
        ["Eva Lopes", "Regional Board", "Secretary", "eva@example.pt"],
        ["Ana Silva", "", "Director", "ana@example.pt"],
    ],
    "Meetings": [
        ["Ref", "Cluster", "Title", "Start", "End", "Chair", "Minutes status"],
        ["AEC-2025-05", "AEC", "Spring review", "2025-04-10 09:30", "2025-04-10 12:00", "eva@example.pt", "draft"],
        ["AEC-2025-01", "AEC", "Kick-off, renamed", "2025-02-03 10:00", "2025-02-03 12:00", "", "approved"],
    ],
    "Attendance": [["Meeting", "Person", "Status"], ["AEC-2025-05", "eva@example.pt", "present"]],
    "Agenda": [["Meeting", "No.", "Title", "Minutes"], ["AEC-2025-05", 1, "Welcome", "All welcomed."]],
    "Decisions": [["Meeting", "Agenda no.", "Decision"], ["AEC-2025-05", 1, "The plan is adopted."]],
    "Actions": [
        ["Ref", "Cluster", "Meeting", "Title", "Owner", "Due", "Status", "Goals", "Latest update"],
        ["", "AEC", "AEC-2025-05", "Write the letter", "Eva Lopes", date(2025, 5, 1), "open", "1; 4", "Begun"],
        ["AEC-A0001", "AEC", "AEC-2025-01", "Send the report", "RB", date(2025, 4, 30), "done", "3", "Sent"],
    ],
    "Outputs": [["Ref", "Cluster", "Output type", "Title"], ["", "AEC", 4, LAST_TITLE]],
}


@pytest.fixture
def prepared(database: Database, db_path: Path, tmp_path: Path) -> Iterator[tuple[Database, Path]]:
    """The base records, a workbook changing every sheet, and a trigger failing the last row the import writes."""
    add_base_records(database)
    path = make_workbook(tmp_path / "everything.xlsx", EVERYTHING)
    with sqlite3.connect(db_path) as connection:
        connection.execute(
            f"CREATE TRIGGER fail_last BEFORE INSERT ON output WHEN NEW.title = '{LAST_TITLE}' "
            "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
        )
    connection.close()
    yield database, path


def info_counts(db_path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, int]:
    capsys.readouterr()
    assert main(["info", "--db", str(db_path), "--json"]) == 0
    counts: dict[str, int] = json.loads(capsys.readouterr().out)["counts"]
    return counts


def drop_trigger(db_path: Path) -> None:
    with sqlite3.connect(db_path) as connection:
        connection.execute("DROP TRIGGER fail_last")
    connection.close()


def test_an_import_failing_at_its_last_row_changes_nothing(
    prepared: tuple[Database, Path], db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database, path = prepared
    plan = check_workbook(database, path, today=date(2025, 6, 1))
    assert plan.ok, plan.report()
    assert all(counts.created + counts.updated for counts in plan.counts.values()), plan.report()
    before, counts = dump(db_path), info_counts(db_path, capsys)

    with pytest.raises(DiskFullError, match="The disk is full"):
        apply_import(database, plan, today=date(2025, 6, 1))

    assert dump(db_path) == before
    assert info_counts(db_path, capsys) == counts

    # Without the failure the same workbook changes every table the test compares: the check above could fail.
    drop_trigger(db_path)
    before = dump(db_path)
    apply_import(database, check_workbook(database, path, today=date(2025, 6, 1)), today=date(2025, 6, 1))
    after = dump(db_path)
    changed = {table for table in before if before[table] != after[table]}
    assert {"cluster", "organisation", "committee_seat", "person", "meeting", "attendance", "agenda_item"} <= changed
    assert {"decision", "action", "action_goal", "action_update", "output", "ref_counter"} <= changed
    assert any(LAST_TITLE in row for row in after["output"])
    assert info_counts(db_path, capsys) != counts


def test_an_import_failing_after_everything_is_written_changes_nothing(
    prepared: tuple[Database, Path], db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    database, path = prepared
    drop_trigger(db_path)
    plan = check_workbook(database, path, today=date(2025, 6, 1))
    assert plan.ok, plan.report()
    before, counts = dump(db_path), info_counts(db_path, capsys)
    written: list[str] = []
    write = writing._Writer.write

    def write_then_fail(self: Any, table: Any, changes: Any) -> None:
        write(self, table, changes)
        written.append(table.sheet)
        if table.sheet == "Outputs":
            self.session.flush()
            raise RuntimeError("the power went out")

    monkeypatch.setattr(writing._Writer, "write", write_then_fail)
    with pytest.raises(RuntimeError, match="the power went out"):
        apply_import(database, plan, today=date(2025, 6, 1))
    # every sheet was written before the failure, in the order of what they point to
    assert written == [table.sheet for table in tables.IMPORT_ORDER if table.sheet in EVERYTHING]
    assert dump(db_path) == before
    assert info_counts(db_path, capsys) == counts


def test_the_import_command_failing_at_the_last_row_changes_nothing(
    prepared: tuple[Database, Path], db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database, path = prepared
    database.close()
    before, counts = dump(db_path), info_counts(db_path, capsys)
    assert main(["import", "xlsx", str(path), "--db", str(db_path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("pactdesk: The disk is full") and err.count("\n") == 1
    assert dump(db_path) == before
    assert info_counts(db_path, capsys) == counts
