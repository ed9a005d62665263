"""``pactdesk check`` reads the audit log's chain too, and ``check --repair`` forgets the files no attachment names
any more (kept until then so that undo could bring them back)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from pactdesk.cli import main
from pactdesk.domain.models import Blob
from pactdesk.services import attachments, meeting_archive, meetings, workspace


def _database(path: Path) -> str:
    database = workspace.open_workspace(workspace.location(str(path)))
    try:
        ref = meetings.create_meeting(database, "TEX", title="Monitoring", starts_at="2025-03-03 10:00")
        attachments.attach(database, ref, "slides.pdf", b"%PDF-1.7 slides")
        meeting_archive.remove_meeting(database, ref)  # the file's bytes stay, so that undo can put it back
    finally:
        database.close()
    return ref


def test_check_names_a_broken_audit_chain(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "pactdesk.sqlite"
    _database(path)
    assert main(["check", "--db", str(path)]) == 0
    assert "the audit log's chain" in capsys.readouterr().out
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE audit_entry SET actor = 'someone else' WHERE id = 5")
    connection.close()
    assert main(["check", "--db", str(path)]) == 1
    said = capsys.readouterr().out
    assert "the audit log is not" in said and "Entry 5" in said


def test_check_repair_forgets_the_files_nobody_attaches(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "pactdesk.sqlite"
    _database(path)
    with sqlite3.connect(path) as connection:
        assert connection.execute(f"SELECT count(*) FROM {Blob.__tablename__}").fetchone() == (1,)
    connection.close()
    assert main(["check", "--db", str(path), "--repair"]) == 0
    assert "1 file no attachment names any more forgotten" in capsys.readouterr().out
    with sqlite3.connect(path) as connection:
        assert connection.execute(f"SELECT count(*) FROM {Blob.__tablename__}").fetchone() == (0,)
    connection.close()
