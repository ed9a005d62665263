"""Approving minutes at the next meeting (its "Approval of the previous minutes" item), by written procedure, and
reopening them with a reason; restoring an earlier version into a draft. On SQLite and on PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest

from pactdesk.domain.enums import AttendanceStatus, MinutesStatus
from pactdesk.domain.errors import LockedError, NotFoundError, TamperedError, ValidationError
from pactdesk.services import (
    actions,
    agenda,
    attendance,
    directory,
    meetings,
    minutes_approval,
    minutes_restore,
    minutes_versions,
    planning,
)
from pactdesk.store.database import Database


@pytest.fixture
def first(database: Database) -> str:
    """A held meeting of TEX with minutes, a decision, an action and one person present."""
    ref = meetings.create_meeting(database, "TEX", title="Monitoring", starts_at="2025-03-03 10:00")
    ana = directory.add_person(database, "Ana Lopes", email="ana@example.pt")
    attendance.set_attendance(database, ref, ana, AttendanceStatus.PRESENT)
    item = agenda.add_agenda_item(database, ref, "Training", minutes="The plan was presented & discussed.")
    agenda.add_decision(database, item, "The plan is approved.")
    actions.create_action(database, "Draft the plan", meeting_ref=ref, agenda_item_id=item, owner_person_id=ana)
    return ref


@pytest.fixture
def second(database: Database, first: str) -> str:
    """The next meeting, planned from the first: its first item approves the first meeting's minutes."""
    return planning.new_meeting(database, "TEX", starts_at="2025-04-07 10:00", language="pt")


def _register_numbers(database: Database) -> dict[str, tuple[int | None, int | None]]:
    from sqlalchemy import select

    from pactdesk.domain.models import Decision

    with database.read() as session:
        rows = session.execute(select(Decision.text, Decision.register_year, Decision.register_number))
        return {row.text: (row.register_year, row.register_number) for row in rows}


def _approval_item(database: Database, ref: str) -> agenda.AgendaItemRow:
    return next(item for item in agenda.agenda(database, ref) if item.approves)


def test_a_planned_meeting_approves_the_previous_one(database: Database, first: str, second: str) -> None:
    item = _approval_item(database, second)
    assert item.title == "Aprovação da ata da reunião anterior" and item.approves == first
    assert item.position == 1


def test_recording_the_decision_approves_the_previous_minutes(database: Database, first: str, second: str) -> None:
    meetings.set_minutes_status(database, first, MinutesStatus.CIRCULATED)
    item = _approval_item(database, second)
    minutes_approval.approve_at_meeting(database, item.id)
    detail = meetings.meeting_detail(database, first)
    assert detail.minutes_status is MinutesStatus.APPROVED
    assert detail.minutes_approved_on == date(2025, 4, 7), "the day of the meeting that approved them"
    assert detail.approved_at == second and detail.approval_note == ""
    [decision] = _approval_item(database, second).decisions
    assert decision.text == f"A ata da reunião {first} foi aprovada.", "in the language the meeting was planned in"
    last = minutes_versions.history(database, first)[-1]
    assert last.minutes_status is MinutesStatus.APPROVED
    assert minutes_versions.stored_content(database, first, last.number)["meeting"]["approved_at"] == second


def test_corrections_are_kept_as_a_version_before_the_approval(database: Database, first: str, second: str) -> None:
    meetings.set_minutes_status(database, first, MinutesStatus.CIRCULATED)
    training = agenda.agenda(database, first)[0]
    agenda.set_item_field(database, training.id, "minutes", "The plan was presented, discussed and amended.")
    minutes_approval.approve_at_meeting(database, _approval_item(database, second).id, "Item 1 reworded.")
    circulated, corrected, approved = minutes_versions.history(database, first)
    assert (
        corrected.reason == f"Corrections agreed at {second}." and corrected.minutes_status is MinutesStatus.CIRCULATED
    )
    assert approved.minutes_status is MinutesStatus.APPROVED
    changes = minutes_versions.compare(database, first, circulated.number, corrected.number)
    assert [item.position for item in changes.items] == [1]
    assert meetings.meeting_detail(database, first).approval_note == "Item 1 reworded."
    kept = minutes_versions.stored_content(database, first, approved.number)["meeting"]
    assert (kept["approved_at"], kept["approval_note"]) == (second, "Item 1 reworded.")
    [decision] = _approval_item(database, second).decisions
    assert decision.text.endswith("com correções: Item 1 reworded.")


def test_undoing_the_approval_reopens_with_its_reason(database: Database, first: str, second: str) -> None:
    meetings.set_minutes_status(database, first, MinutesStatus.CIRCULATED)
    approval = minutes_approval.approve_at_meeting(database, _approval_item(database, second).id)
    minutes_approval.undo_approval(database, approval)
    detail = meetings.meeting_detail(database, first)
    assert detail.minutes_status is MinutesStatus.CIRCULATED and detail.approved_at is None
    assert _approval_item(database, second).decisions == ()
    assert minutes_versions.history(database, first)[-1].reason == f"The approval at {second} was undone."


def test_approval_at_a_meeting_is_refused_when_it_cannot_be(database: Database, first: str, second: str) -> None:
    item = _approval_item(database, second)
    meetings.set_minutes_status(database, first, MinutesStatus.APPROVED, date(2025, 3, 20))
    with pytest.raises(ValidationError, match="already approved"):
        minutes_approval.approve_at_meeting(database, item.id)
    other = agenda.add_agenda_item(database, second, "Budget")
    with pytest.raises(ValidationError, match="does not approve"):
        minutes_approval.approve_at_meeting(database, other)
    with pytest.raises(NotFoundError):
        minutes_approval.approve_at_meeting(database, 999_999)


def test_a_meeting_not_yet_held_cannot_approve(database: Database, first: str) -> None:
    later = planning.new_meeting(database, "TEX", starts_at=f"{date.today().year + 1}-01-10 10:00")
    with pytest.raises(ValidationError, match="future"):
        minutes_approval.approve_at_meeting(database, _approval_item(database, later).id)
    assert meetings.meeting_detail(database, first).minutes_status is MinutesStatus.DRAFT


def test_approval_by_written_procedure(database: Database, first: str) -> None:
    note = "Written procedure 3/2025: no objections by 2025-03-20 <all members> & = ok"
    meetings.set_minutes_status(database, first, MinutesStatus.APPROVED, date(2025, 3, 20), note=note)
    detail = meetings.meeting_detail(database, first)
    assert (detail.minutes_approved_on, detail.approved_at, detail.approval_note) == (date(2025, 3, 20), None, note)
    last = minutes_versions.history(database, first)[-1]
    assert minutes_versions.stored_content(database, first, last.number)["meeting"]["approval_note"] == note


def test_reopening_approved_minutes_needs_a_reason(database: Database, first: str) -> None:
    meetings.set_minutes_status(database, first, MinutesStatus.APPROVED, date(2025, 3, 20))
    for blank in ("", "   "):
        with pytest.raises(ValidationError, match="Say why") as refused:
            meetings.set_minutes_status(database, first, MinutesStatus.CIRCULATED, reason=blank)
        assert refused.value.field == "reason"
    assert meetings.meeting_detail(database, first).minutes_status is MinutesStatus.APPROVED
    meetings.set_minutes_status(database, first, MinutesStatus.DRAFT, reason="A name was misspelt in item 1.")
    last = minutes_versions.history(database, first)[-1]
    assert (last.minutes_status, last.reason) == (MinutesStatus.DRAFT, "A name was misspelt in item 1.")
    # Leaving a draft or circulated state needs no reason, and keeps none.
    meetings.set_minutes_status(database, first, MinutesStatus.CIRCULATED)
    assert minutes_versions.history(database, first)[-1].reason == ""


def test_undoing_an_approval_gives_its_own_reason(database: Database, first: str) -> None:
    before = meetings.set_minutes_status(database, first, MinutesStatus.APPROVED, date(2025, 3, 20))
    assert before.status is MinutesStatus.DRAFT and before.reason == "The approval was undone."
    meetings.set_minutes_status(database, first, before.status, reason=before.reason)
    assert minutes_versions.history(database, first)[-1].reason == "The approval was undone."


# -- restoring a version into a draft ----------------------------------------------------------------------------


def test_restoring_brings_an_earlier_version_back_as_a_draft(database: Database, first: str) -> None:
    meetings.set_minutes_status(database, first, MinutesStatus.CIRCULATED)  # version 1
    training = agenda.agenda(database, first)[0]
    agenda.set_item_field(database, training.id, "minutes", "Rewritten entirely.")
    agenda.add_decision(database, training.id, "A second decision.")
    meetings.set_meeting_field(database, first, "title", "Renamed")
    added = agenda.add_agenda_item(database, first, "Any other business", minutes="Nothing.")
    numbered = _register_numbers(database)
    restored = minutes_restore.restore(database, first, 1)
    assert restored.restored == 1
    assert _register_numbers(database)["The plan is approved."] == numbered["The plan is approved."], (
        "a decision brought back with its words keeps its place in the register"
    )
    history = minutes_versions.history(database, first)
    kept_before, restore_version = history[-2], history[-1]
    assert kept_before.reason == "Kept before restoring version 1." and restored.undo_to == kept_before.number
    assert (
        restore_version.reason == "Restored from version 1." and restore_version.minutes_status is MinutesStatus.DRAFT
    )
    [item] = agenda.agenda(database, first)
    assert item.minutes == "The plan was presented & discussed."
    assert [decision.text for decision in item.decisions] == ["The plan is approved."]
    assert meetings.meeting_detail(database, first).title == "Monitoring"
    assert added not in [each.id for each in agenda.agenda(database, first)]
    # What the restore kept is the version's text, but in a draft: only the status differs.
    original = minutes_versions.stored_content(database, first, 1)
    now = minutes_versions.stored_content(database, first, restore_version.number)
    assert now["agenda"] == original["agenda"] and now["meeting"]["title"] == original["meeting"]["title"]
    # Undo is restoring the version kept before.
    minutes_restore.restore(database, first, restored.undo_to)
    assert agenda.agenda(database, first)[0].minutes == "Rewritten entirely."
    assert [each.title for each in agenda.agenda(database, first)] == ["Training", "Any other business"]
    assert meetings.meeting_detail(database, first).title == "Renamed"


def test_restoring_keeps_an_item_an_action_hangs_from(database: Database, first: str) -> None:
    meetings.set_minutes_status(database, first, MinutesStatus.CIRCULATED)
    later = agenda.add_agenda_item(database, first, "Exports")
    actions.create_action(database, "Call the exporters", meeting_ref=first, agenda_item_id=later)
    restored = minutes_restore.restore(database, first, 1)
    assert restored.items_kept == ("Exports",)
    assert [item.title for item in agenda.agenda(database, first)] == ["Training", "Exports"]
    assert minutes_versions.history(database, first)[-2].reason.startswith("Kept before")


def test_approved_minutes_are_never_overwritten(database: Database, first: str) -> None:
    meetings.set_minutes_status(database, first, MinutesStatus.CIRCULATED)
    meetings.set_minutes_status(database, first, MinutesStatus.APPROVED, date(2025, 3, 20))
    with pytest.raises(LockedError, match="reopen them first"):
        minutes_restore.restore(database, first, 1)
    with pytest.raises(NotFoundError, match="no version 9"):
        meetings.set_minutes_status(database, first, MinutesStatus.DRAFT, reason="To restore version 1.")
        minutes_restore.restore(database, first, 9)


def test_a_version_changed_behind_pactdesks_back_is_refused(database: Database, first: str) -> None:
    from sqlalchemy import update

    from pactdesk.domain.models import MinutesVersion

    meetings.set_minutes_status(database, first, MinutesStatus.CIRCULATED)
    with database.write() as session:
        session.execute(
            update(MinutesVersion).values(content=MinutesVersion.content + " ")  # one space more
        )
    with pytest.raises(TamperedError, match="no longer matches"):
        minutes_restore.restore(database, first, 1)
    with pytest.raises(TamperedError):
        minutes_versions.stored_content(database, first, 1)
