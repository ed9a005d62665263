"""Each change of a meeting's minutes status keeps a version: the whole meeting as it then stood, in a canonical
text whose SHA-256 is its fingerprint, with who and when; later edits leave the versions as they were; the same
meeting gives the same fingerprint on SQLite and on PostgreSQL; erasing a person changes no fingerprint."""

from __future__ import annotations

import hashlib
import json
from datetime import date

import pytest

from pactdesk.cli import main
from pactdesk.domain.enums import AttendanceStatus, MinutesStatus
from pactdesk.services import actions, agenda, attendance, directory, erasure, meetings, minutes_versions
from pactdesk.store.database import Database

MINUTES = "The cluster reported: «formação» & <b>\n- a first point = 50 %"


@pytest.fixture
def ref(database: Database) -> str:
    made = meetings.create_meeting(database, "TEX", title="Monitoring", starts_at="2025-03-03 10:00")
    ana = directory.add_person(database, "Ana Lopes", email="ana@example.pt")
    attendance.set_attendance(database, made, ana, AttendanceStatus.PRESENT)
    item = agenda.add_agenda_item(database, made, "Training", minutes=MINUTES)
    agenda.add_decision(database, item, "The plan is approved.")
    actions.create_action(database, "Draft the plan", meeting_ref=made, agenda_item_id=item, owner_person_id=ana)
    return made


def test_each_change_of_status_keeps_a_version_with_its_fingerprint(database: Database, ref: str) -> None:
    assert minutes_versions.history(database, ref) == []
    meetings.set_minutes_status(database, ref, MinutesStatus.CIRCULATED)
    meetings.set_minutes_status(database, ref, MinutesStatus.APPROVED, date(2025, 3, 10))
    first, second = minutes_versions.history(database, ref)
    assert (first.number, first.minutes_status) == (1, MinutesStatus.CIRCULATED)
    assert (second.number, second.minutes_status) == (2, MinutesStatus.APPROVED)
    assert second.created_at is not None and second.created_by
    kept = minutes_versions.stored_content(database, ref, 2)
    text = json.dumps(kept, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    assert hashlib.sha256(text.encode("utf-8")).hexdigest() == second.fingerprint
    assert kept["meeting"]["minutes_status"] == "approved" and kept["meeting"]["approved_on"] == "2025-03-10"
    [item] = kept["agenda"]
    assert item["minutes"] == MINUTES and item["decisions"] == ["The plan is approved."]
    assert kept["actions"][0]["title"] == "Draft the plan" and kept["attendance"][0]["status"] == "present"
    assert first.fingerprint != second.fingerprint, "the status is part of what was kept"


def test_later_edits_leave_the_versions_as_they_were(database: Database, ref: str) -> None:
    meetings.set_minutes_status(database, ref, MinutesStatus.CIRCULATED)
    [before] = minutes_versions.history(database, ref)
    item = agenda.agenda(database, ref)[0]
    agenda.set_item_field(database, item.id, "minutes", "Rewritten after circulation.")
    meetings.set_minutes_status(database, ref, MinutesStatus.DRAFT)  # back to draft: a version of its own
    first, second = minutes_versions.history(database, ref)
    assert first == before
    assert minutes_versions.stored_content(database, ref, 1)["agenda"][0]["minutes"] == MINUTES
    assert minutes_versions.stored_content(database, ref, 2)["agenda"][0]["minutes"] == "Rewritten after circulation."
    assert second.minutes_status is MinutesStatus.DRAFT


def test_the_same_meeting_has_the_same_fingerprint_on_either_database(database: Database, ref: str) -> None:
    meetings.set_minutes_status(database, ref, MinutesStatus.CIRCULATED)
    [version] = minutes_versions.history(database, ref)
    kept = minutes_versions.stored_content(database, ref, 1)
    # Ids differ between databases only if the rows do: the fixture makes the same rows in the same order on both.
    expected = {"ref": ref, "cluster": "TEX", "title": "Monitoring", "starts_at": "2025-03-03T10:00"}
    assert {key: kept["meeting"][key] for key in expected} == expected
    assert version.fingerprint == FINGERPRINTS.setdefault("circulated", version.fingerprint)


FINGERPRINTS: dict[str, str] = {}  # the first backend's fingerprint, which the second must equal


def test_erasing_a_person_changes_no_fingerprint(database: Database, ref: str) -> None:
    meetings.set_minutes_status(database, ref, MinutesStatus.CIRCULATED)
    [before] = minutes_versions.history(database, ref)
    erasure.erase_person(database, "ana@example.pt")
    [after] = minutes_versions.history(database, ref)
    assert after.fingerprint == before.fingerprint
    assert "Ana Lopes" not in json.dumps(minutes_versions.stored_content(database, ref, 1), ensure_ascii=False)


def test_minutes_history_on_the_command_line(database: Database, ref: str, capsys: pytest.CaptureFixture[str]) -> None:
    meetings.set_minutes_status(database, ref, MinutesStatus.CIRCULATED)
    [version] = minutes_versions.history(database, ref)
    where = database.location.url if database.location.path is None else None
    options = ["--database-url", where] if where else ["--db", str(database.location.path)]
    database.close()
    assert main([*options, "minutes", "history", ref, "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert (row["version"], row["minutes_status"], row["fingerprint"]) == (1, "circulated", version.fingerprint)
    assert main([*options, "minutes", "history", ref]) == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith("1  circulated") and version.fingerprint in line


def test_two_versions_compare_word_by_word_with_decisions_and_actions(database: Database, ref: str) -> None:
    meetings.set_minutes_status(database, ref, MinutesStatus.CIRCULATED)
    item = agenda.agenda(database, ref)[0]
    agenda.set_item_field(database, item.id, "minutes", MINUTES.replace("first point", "second point"))
    agenda.add_decision(database, item.id, "The budget is approved.")
    actions.create_action(database, "Book the room", meeting_ref=ref, agenda_item_id=item.id)
    meetings.set_minutes_status(database, ref, MinutesStatus.APPROVED, date(2025, 3, 10))
    found = minutes_versions.compare(database, ref, 1, 2)
    assert ("minutes_status", "circulated", "approved") in found.details
    [changed] = found.items
    assert changed.position == 1 and changed.decisions_added == ("The budget is approved.",)
    marked = [(piece.change, piece.text) for piece in changed.minutes if piece.change != "="]
    assert marked == [("-", "first"), ("+", "second")]
    assert "".join(piece.text for piece in changed.minutes if piece.change != "-") == MINUTES.replace("first", "second")
    assert [text.split(" ", 1)[1] for text in found.actions_added] == ["Book the room"]
    assert minutes_versions.compare(database, ref, 2, 2).items == ()


def test_minutes_diff_on_the_command_line(database: Database, ref: str, capsys: pytest.CaptureFixture[str]) -> None:
    meetings.set_minutes_status(database, ref, MinutesStatus.CIRCULATED)
    item = agenda.agenda(database, ref)[0]
    agenda.set_item_field(database, item.id, "minutes", MINUTES.replace("first point", "second point"))
    meetings.set_minutes_status(database, ref, MinutesStatus.DRAFT)
    where = database.location.url if database.location.path is None else None
    options = ["--database-url", where] if where else ["--db", str(database.location.path)]
    database.close()
    assert main([*options, "minutes", "diff", ref, "1", "2"]) == 0
    said = capsys.readouterr().out.splitlines()
    assert said[0] == f"{ref}: version 1 (circulated) → version 2 (draft)"
    assert "  minutes_status: circulated → draft" in said
    assert "Item 1 «Training»:" in said
    assert "  - a [-first-]{+second+} point = 50 %" in said
    assert main([*options, "minutes", "diff", ref, "1", "9"]) == 1
    assert capsys.readouterr().err.strip() == f"pactdesk: The minutes of {ref} have no version 9."


def test_what_happens_to_an_action_afterwards_leaves_the_minutes_as_they_were(database: Database, ref: str) -> None:
    """An action lives on in the tracker: closing it, or renegotiating its due date there, changes nothing the
    meeting decided, so the approved version still stands as the meeting does."""
    from pactdesk.domain.enums import ActionStatus
    from pactdesk.services import progress, revisions

    meetings.set_minutes_status(database, ref, MinutesStatus.APPROVED, date(2025, 3, 10))
    [approved] = minutes_versions.history(database, ref)
    raised = minutes_versions.stored_content(database, ref, 1)["actions"][0]
    assert "status" not in raised and raised["title"] == "Draft the plan"
    with database.read() as session:
        from sqlalchemy import select

        from pactdesk.domain.models import Action

        action_id, action_ref = session.execute(select(Action.id, Action.ref)).one()
    follow_up = revisions.FollowUp(date(2025, 4, 1), lambda moved: "; ".join(f"{key} moved" for key in moved))
    revisions.revise_action(database, action_id, {"due_on": date(2025, 6, 30)}, follow_up=follow_up)
    progress.record_update(database, action_ref, "Sent.", on=date(2025, 5, 2), status=ActionStatus.DONE)
    with database.read() as session:
        meeting = meetings.meeting_by_ref(session, ref)
        now = minutes_versions.fingerprint(minutes_versions.canonical(minutes_versions.contents(session, meeting)))
    assert now == approved.fingerprint
    assert [row.number for row in minutes_versions.history(database, ref)] == [1], "no version kept for it"
