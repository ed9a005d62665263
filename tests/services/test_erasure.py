"""The right to erasure: a person's details leave the database file and every backup; their records keep their
shape under "Former participant N". The bytes of every file are searched afterwards."""

from __future__ import annotations

from pathlib import Path

import pytest

from pactdesk.cli import main
from pactdesk.domain.enums import AttendanceStatus
from pactdesk.domain.errors import ValidationError
from pactdesk.services import actions, attendance, audit, directory, erasure, meetings, workspace
from pactdesk.store.database import Database

EMAIL = b"ana.erasable@example.pt"
NAME = "Ana Erasável Sousa"


def every_file(folder: Path) -> list[Path]:
    return [path for path in folder.rglob("*") if path.is_file()]


def test_an_erased_person_leaves_no_trace_in_the_file_or_its_backups(
    database: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ana = directory.add_person(database, NAME, email=EMAIL.decode(), phone="+351 912 345 678", role="Director")
    ref = meetings.create_meeting(database, "AEC", title="Kick-off", starts_at="2025-02-03 10:00")
    attendance.set_attendance(database, ref, ana, AttendanceStatus.PRESENT)
    action = actions.create_action(database, "Send the report", meeting_ref=ref, owner_person_id=ana)
    database.backup("manual")
    database.close()  # and a backup on close
    reopened = workspace.open_workspace(workspace.location(str(db_path)))
    reopened.close()
    folder = db_path.parent
    assert any(EMAIL in path.read_bytes() for path in every_file(folder)), "the details are there before"

    assert main(["erase", "person", EMAIL.decode(), "--db", str(db_path)]) == 0
    said = capsys.readouterr().out
    assert "Former participant" in said and "holding them rewritten without them" in said

    for path in every_file(folder):
        data = path.read_bytes()
        for secret in (EMAIL, NAME.encode(), b"912 345 678"):
            assert secret not in data, f"{secret!r} is still in {path.name}"
    database = workspace.open_workspace(workspace.location(str(db_path)))
    try:
        [row] = attendance.attendance(database, ref)
        assert row.person.startswith("Former participant") and row.status is AttendanceStatus.PRESENT
        [owned] = actions.actions_of_meeting(database, ref)
        assert owned.ref == action and owned.owner.startswith("Former participant")
        # The audit log keeps its chain without her details, and says she was erased (not who she was).
        verdict = audit.verify(database)
        assert verdict.broken is None and verdict.erased >= 1, verdict.reason
        assert [entry.action for entry in audit.entries(database) if entry.table_name == "person"][-1] == "erase"
        for backup in database.backups():
            copy = workspace.open_workspace(workspace.location(str(backup.path)), readonly=True)
            try:
                assert attendance.attendance(copy, ref)[0].person.startswith("Former participant")
                kept = audit.verify(copy)
                assert kept.broken is None and kept.erased >= 1, kept.reason
            finally:
                copy.close()
    finally:
        database.close()


def test_erasing_needs_someone_to_be_told_apart(database: Database) -> None:
    directory.add_person(database, "Rui Costa", email="rui.one@example.pt")
    directory.add_person(database, "Rui Costa", email="rui.two@example.pt")
    with pytest.raises(ValidationError, match="More than one person"):
        erasure.erase_person(database, "rui costa")
    done = erasure.erase_person(database, "RUI.TWO@example.pt")
    names = sorted(person.name for person in directory.list_people(database))
    assert names == sorted(["Rui Costa", done.label])
