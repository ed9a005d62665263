"""An export is written whole or not at all: a full disk or a cancel leaves an older file at the target untouched,
and no temporary file."""

from __future__ import annotations

import errno
import gc
import tempfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl.workbook.workbook import Workbook

from pactdesk.cli import main
from pactdesk.domain.errors import CancelledError, ExchangeError, PactDeskError
from pactdesk.exchange.xlsx_write import export_workbook
from pactdesk.store.database import Database

from .workbooks import add_base_records


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
