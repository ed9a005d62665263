"""Services take an enum member or its word wherever they take a status or a kind, and refuse anything else with a
sentence: a value that crossed a widget as a plain string never fails deep inside with an AttributeError."""

from __future__ import annotations

import pytest

from pactdesk.domain.enums import ActionStatus, AttendanceStatus, MinutesStatus, OutputStatus
from pactdesk.domain.errors import ValidationError
from pactdesk.services import actions, attendance, carry_over, directory, meetings, outputs, planning, statuses
from pactdesk.store.database import Database


@pytest.fixture
def ref(database: Database) -> str:
    return meetings.create_meeting(database, "AEC", title="Monitoring", starts_at="2026-03-02 10:00")


def status_of(database: Database, action_ref: str) -> ActionStatus:
    with database.read() as session:
        return actions.action_by_ref(session, action_ref).status


def test_an_action_created_with_a_status_word_is_created_with_the_status(database: Database, ref: str) -> None:
    done = actions.create_action(database, "Send the study", meeting_ref=ref, status="done")  # type: ignore[arg-type]
    assert status_of(database, done) is ActionStatus.DONE
    with pytest.raises(ValidationError, match="not a status of an action"):
        actions.create_action(database, "Send", meeting_ref=ref, status="finished")  # type: ignore[arg-type]


def test_updates_and_statuses_take_words(database: Database, ref: str) -> None:
    action = actions.create_action(database, "Send the study", meeting_ref=ref)
    actions.add_update(database, action, "Working on it", status="in progress")  # type: ignore[arg-type]
    assert status_of(database, action) is ActionStatus.IN_PROGRESS
    action_id = actions.action_id_of(database, action)
    statuses.set_statuses(database, [action_id], "done", on="2026-03-10")  # type: ignore[arg-type]
    assert status_of(database, action) is ActionStatus.DONE
    second = planning.new_meeting(database, "AEC", starts_at="2026-06-01 10:00")
    with pytest.raises(ValidationError):
        carry_over.update_at_meeting(database, second, action, "Said", status=7)  # type: ignore[arg-type]
    for call in (
        lambda: actions.add_update(database, action, "x", status=object()),  # type: ignore[arg-type]
        lambda: statuses.set_statuses(database, [action_id], None, on="2026-03-10"),  # type: ignore[arg-type]
    ):
        with pytest.raises(ValidationError):
            call()


def test_meetings_attendance_outputs_and_organisations_take_words(database: Database, ref: str) -> None:
    meetings.set_meeting_field(database, ref, "minutes_status", "circulated")
    assert meetings.meeting_detail(database, ref).minutes_status is MinutesStatus.CIRCULATED
    with pytest.raises(ValidationError):
        meetings.set_meeting_field(database, ref, "kind", "party")
    person = directory.add_person(database, "Ana Sousa")
    attendance.set_attendance(database, ref, person, "remote")  # type: ignore[arg-type]
    assert attendance.attendance(database, ref)[0].status is AttendanceStatus.REMOTE
    output = outputs.create_output(database, "AEC", 3, "Survey", status="achieved")  # type: ignore[arg-type]
    with database.read() as session:
        assert outputs.output_by_ref(session, output).status is OutputStatus.ACHIEVED
    with pytest.raises(ValidationError):
        directory.add_organisation(database, "Somewhere", kind="castle")  # type: ignore[arg-type]
