"""An import is one transaction: failing at its very last row leaves the database as it was. An export is written
whole or not at all: a full disk or a cancel leaves an older file at the target untouched, and no temporary file."""

from __future__ import annotations

import errno
import gc
import json
import sqlite3
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl.workbook.workbook import Workbook

from pactdesk.cli import main
from pactdesk.domain.errors import CancelledError, ExchangeError, PactDeskError
from pactdesk.exchange.xlsx_read import check_workbook
from pactdesk.exchange.xlsx_write import export_workbook
from pactdesk.services import record_writer, records
from pactdesk.services.record_writer import apply_import
from pactdesk.store.database import Database
from pactdesk.store.errors import DiskFullError

from .workbooks import add_base_records, dump, make_workbook

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
    write = record_writer._Writer.write

    def write_then_fail(self: Any, table: Any, changes: Any) -> None:
        write(self, table, changes)
        written.append(table.sheet)
        if table.sheet == "Outputs":
            self.session.flush()
            raise RuntimeError("the power went out")

    monkeypatch.setattr(record_writer._Writer, "write", write_then_fail)
    with pytest.raises(RuntimeError, match="the power went out"):
        apply_import(database, plan, today=date(2025, 6, 1))
    # every sheet was written before the failure, in the order of what they point to
    assert written == [table.sheet for table in records.IMPORT_ORDER if table.sheet in EVERYTHING]
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


# -- the export ------------------------------------------------------------------------------------------------


def _save_until_the_disk_is_full(attempts: list[tuple[Path, int]]) -> Any:
    """A ``Workbook.save`` that writes the file, keeps only its first 2,000 bytes and fails as a full disk does."""
    save = Workbook.save

    def save_until_full(self: Workbook, filename: Any) -> None:
        save(self, filename)
        with open(filename, "r+b") as handle:
            handle.truncate(2_000)
        attempts.append((Path(filename), Path(filename).stat().st_size))
        raise OSError(errno.ENOSPC, "No space left on device")

    return save_until_full


@pytest.fixture
def older(database: Database, tmp_path: Path) -> Path:
    """An earlier export at the target path."""
    add_base_records(database)
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "committee.xlsx"
    export_workbook(database, target)
    return target


def test_a_full_disk_leaves_the_older_workbook_and_no_temporary_file(
    database: Database, older: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old_bytes = older.read_bytes()
    attempts: list[tuple[Path, int]] = []
    monkeypatch.setattr(Workbook, "save", _save_until_the_disk_is_full(attempts))
    with pytest.raises(ExchangeError) as failure:
        export_workbook(database, older)
    assert str(failure.value).startswith("The disk is full, so committee.xlsx was not written.")
    assert len(attempts) == 1
    partial, size = attempts[0]
    assert partial.parent == older.parent and partial != older and size == 2_000
    assert older.read_bytes() == old_bytes
    assert sorted(p.name for p in older.parent.iterdir()) == ["committee.xlsx"]


def test_the_export_command_says_the_disk_is_full(
    database: Database, db_path: Path, older: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    database.close()
    old_bytes = older.read_bytes()
    monkeypatch.setattr(Workbook, "save", _save_until_the_disk_is_full([]))
    assert main(["export", "xlsx", str(older), "--db", str(db_path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("pactdesk: The disk is full, so committee.xlsx was not written")
    assert older.read_bytes() == old_bytes
    assert sorted(p.name for p in older.parent.iterdir()) == ["committee.xlsx"]


def _cancel_midway(calls: list[tuple[int, int]]) -> Any:
    def progress(done: int, total: int) -> None:
        calls.append((done, total))
        if done > 0:
            raise CancelledError("The export was cancelled.")

    return progress


# openpyxl's write-only sheets left open by the cancel complain when they are collected.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_cancelled_export_leaves_the_older_workbook_and_no_temporary_file(database: Database, older: Path) -> None:
    old_bytes = older.read_bytes()
    calls: list[tuple[int, int]] = []
    with pytest.raises(CancelledError):
        export_workbook(database, older, progress=_cancel_midway(calls))
    gc.collect()
    assert calls[0][0] == 0 and calls[-1][0] > 0
    assert older.read_bytes() == old_bytes
    assert sorted(p.name for p in older.parent.iterdir()) == ["committee.xlsx"]


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_cancelled_export_leaves_no_temporary_file_anywhere(
    database: Database, older: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scratch = tmp_path / "system-temp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    with pytest.raises(CancelledError):
        export_workbook(database, older, progress=_cancel_midway([]))
    gc.collect()
    assert list(scratch.iterdir()) == []


def test_a_cancel_while_saving_leaves_no_file_at_a_new_target(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    save = Workbook.save

    def save_then_cancel(self: Workbook, filename: Any) -> None:
        save(self, filename)
        assert Path(filename).stat().st_size > 0
        raise CancelledError("The export was cancelled.")

    monkeypatch.setattr(Workbook, "save", save_then_cancel)
    folder = tmp_path / "fresh"
    folder.mkdir()
    with pytest.raises(PactDeskError, match="cancelled"):
        export_workbook(database, folder / "new.xlsx")
    assert list(folder.iterdir()) == []


def test_the_full_disk_message_says_the_older_file_is_unchanged(
    database: Database, older: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Workbook, "save", _save_until_the_disk_is_full([]))
    with pytest.raises(ExchangeError) as failure:
        export_workbook(database, older)
    assert str(failure.value).endswith("any older file with that name is unchanged.")
