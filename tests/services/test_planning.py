"""A new meeting starts from the cluster's previous one; editing and deleting meetings."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date, datetime

import pytest

from pactdesk.domain.enums import ActionStatus, AttendanceStatus, MeetingStatus, MinutesStatus, SeatCode
from pactdesk.domain.errors import LockedError, ValidationError
from pactdesk.services import (
    actions,
    agenda,
    attendance,
    carry_over,
    committee,
    directory,
    meeting_archive,
    meetings,
    planning,
)
from pactdesk.store.database import Database


@pytest.fixture
def previous(database: Database) -> str:
    ana = directory.add_person(database, "Ana Sousa", email="ana@iapmei.example")
    rui = directory.add_person(database, "Rui Pinto")
    ref = meetings.create_meeting(
        database,
        "AEC",
        title="First",
        starts_at="2025-01-20 10:00",
        location="IAPMEI, Lisbon",
        online_link="https://meet.example.org/aec-2025-01",
        status=MeetingStatus.HELD,
        chair_id=ana,
    )
    attendance.set_attendance(database, ref, ana, AttendanceStatus.PRESENT)
    attendance.add_guest(database, ref, "Guest Person")
    attendance.set_attendance(database, ref, rui, AttendanceStatus.APOLOGIES)
    agenda.add_agenda_item(database, ref, "Approval of the previous minutes", planned_minutes=5)
    agenda.add_agenda_item(database, ref, "Pact indicators", planned_minutes=30, standing=True, presenter="IAPMEI")
    item = agenda.add_agenda_item(database, ref, "One-off topic", planned_minutes=20, minutes="Discussed.")
    actions.create_action(database, "Open one", meeting_ref=ref, agenda_item_id=item, due_on="2025-02-01")
    actions.create_action(database, "Done one", meeting_ref=ref, status=ActionStatus.DONE)
    actions.create_action(database, "Still going", meeting_ref=ref, status=ActionStatus.IN_PROGRESS)
    return ref


def test_new_meeting_carries_people_standing_items_and_follow_up(database: Database, previous: str) -> None:
    ref = planning.new_meeting(database, "AEC", starts_at="2025-04-22 10:00", ends_at="2025-04-22 12:00")
    assert ref == "AEC-2025-02"
    detail = meetings.meeting_detail(database, ref)
    assert detail.location == "IAPMEI, Lisbon" and detail.chair_id is not None
    assert detail.online_link == "", "the last meeting's video link is not sent out again"
    assert detail.status is MeetingStatus.PLANNED and detail.length_minutes == 120
    people = attendance.attendance(database, ref)
    assert sorted(row.person for row in people) == ["Ana Sousa", "Guest Person", "Rui Pinto"]
    assert all(row.status is None for row in people), "statuses are cleared"
    assert [row.guest for row in people if row.person == "Guest Person"] == [True]
    items = agenda.agenda(database, ref)
    assert [(item.title, item.planned_minutes, item.minutes) for item in items] == [
        ("Approval of the previous minutes", 5, ""),
        ("Matters arising", 15, ""),
        ("Pact indicators", 30, ""),
    ]
    assert [item.matters_arising for item in items] == [False, True, False]
    arising = carry_over.matters_arising(database, ref)
    assert [matter.action.title for matter in arising] == ["Open one", "Still going"]
    assert [matter.overdue for matter in arising] == [True, False]


def test_first_meeting_of_a_cluster_is_prefilled_from_the_committee(database: Database) -> None:
    holder = directory.add_person(database, "Seat Holder")
    committee.hold_seat(database, SeatCode.D, holder, since=date(2024, 1, 1))
    ref = planning.new_meeting(database, "HCP", starts_at="2025-05-05 15:00")
    assert [row.person for row in attendance.attendance(database, ref)] == ["Seat Holder"]
    assert [item.title for item in agenda.agenda(database, ref)][:2] == [
        "Approval of the previous minutes",
        "Matters arising",
    ]


def test_fields_change_one_at_a_time_and_return_the_old_value(database: Database, previous: str) -> None:
    assert meetings.set_meeting_field(database, previous, "title", "Renamed & <b>bold</b>") == "First"
    assert meetings.set_meeting_field(database, previous, "ends_at", "2025-01-20 12:30") is None
    with pytest.raises(ValidationError, match="must end after it starts") as caught:
        meetings.set_meeting_field(database, previous, "ends_at", "2025-01-20 09:30")
    assert caught.value.field == "ends_at"
    detail = meetings.meeting_detail(database, previous)
    assert detail.title == "Renamed & <b>bold</b>"
    assert detail.starts_at == datetime(2025, 1, 20, 10, 0) and detail.ends_at == datetime(2025, 1, 20, 12, 30)
    # Postponed: the end moves with the start, so the meeting keeps its two and a half hours (undo moves it back).
    assert meetings.set_meeting_field(database, previous, "starts_at", "2025-02-03 13:00") == datetime(
        2025, 1, 20, 10, 0
    )
    detail = meetings.meeting_detail(database, previous)
    assert (detail.starts_at, detail.ends_at) == (datetime(2025, 2, 3, 13, 0), datetime(2025, 2, 3, 15, 30))
    meetings.set_meeting_field(database, previous, "starts_at", datetime(2025, 1, 20, 10, 0))
    assert meetings.meeting_detail(database, previous).ends_at == datetime(2025, 1, 20, 12, 30)


def test_approval_locks_and_reopening_unlocks(database: Database, previous: str) -> None:
    undo = meetings.set_meeting_field(database, previous, "minutes_status", MinutesStatus.APPROVED)
    assert meetings.meeting_detail(database, previous).minutes_approved_on == date.today()
    with pytest.raises(LockedError):
        meetings.set_meeting_field(database, previous, "title", "Too late")
    with pytest.raises(ValidationError, match="Say why the approved minutes"):  # reopening needs a reason
        meetings.set_meeting_field(database, previous, "minutes_status", MinutesStatus.CIRCULATED)
    meetings.set_meeting_field(database, previous, "minutes_status", undo)  # undo gives its own reason
    meetings.set_meeting_field(database, previous, "title", "Corrected")
    assert meetings.meeting_detail(database, previous).minutes_approved_on is None


def test_delete_says_what_goes_and_brings_it_all_back(database: Database, previous: str) -> None:
    contents = meetings.meeting_contents(database, previous)
    assert (contents.attendance, contents.agenda_items, contents.items_with_minutes) == (3, 3, 1)
    assert (contents.decisions, contents.actions, contents.has_records) == (0, 3, True)
    people_before = attendance.attendance(database, previous)
    items_before = agenda.agenda(database, previous)
    archived = meeting_archive.remove_meeting(database, previous)
    assert meetings.count_meetings(database) == 0
    later = planning.new_meeting(database, "AEC", starts_at="2026-01-01 10:00")
    assert carry_over.matters_arising(database, later) == []

    meeting_archive.restore_meeting(database, archived)
    assert meetings.meeting_contents(database, previous) == contents, "everything comes back"
    assert attendance.attendance(database, previous) == people_before
    # The same items, text for text; on a server their stamp is the restore's (its clock may have turned a second).
    assert unstamped(agenda.agenda(database, previous)) == unstamped(items_before)
    assert [matter.action.title for matter in carry_over.matters_arising(database, later)] == [
        "Open one",
        "Still going",
    ]


def test_meeting_list_filters_sorts_and_pages(database: Database, previous: str) -> None:
    meetings.create_meeting(database, "HCP", title="Health 50% review", starts_at="2025-03-01 10:00")
    meetings.create_meeting(database, "AEC", title="Second", starts_at="2025-06-01 10:00")
    assert [row.ref for row in meetings.list_meetings(database)] == ["AEC-2025-02", "HCP-2025-01", "AEC-2025-01"]
    assert [row.ref for row in meetings.list_meetings(database, text="50%")] == ["HCP-2025-01"]
    assert meetings.count_meetings(database, text="aec lisbon") == 1
    order = meetings.MeetingOrder.TITLE
    assert [row.title for row in meetings.list_meetings(database, order=order, descending=False, limit=2)] == [
        "First",
        "Health 50% review",
    ]
    assert [row.title for row in meetings.list_meetings(database, order=order, descending=False, offset=2)] == [
        "Second"
    ]


def test_the_chair_and_the_seats_are_those_of_the_meetings_day(database: Database, previous: str) -> None:
    deputy = directory.add_person(database, "Deputy Secretary")
    successor = directory.add_person(database, "New Deputy Secretary")
    outgoing = directory.add_person(database, "Outgoing IAPMEI")
    incoming = directory.add_person(database, "Incoming IAPMEI")
    committee.hold_seat(database, SeatCode.CHAIR, deputy, since=date(2024, 1, 1))
    committee.hold_seat(database, SeatCode.CHAIR, successor, since=date(2025, 4, 1))
    committee.hold_seat(database, SeatCode.D, outgoing, since=date(2024, 1, 1))
    committee.hold_seat(database, SeatCode.D, incoming, since=date(2025, 4, 1))
    attendance.set_attendance(database, previous, outgoing, AttendanceStatus.PRESENT)
    attendance.set_attendance(database, previous, deputy, AttendanceStatus.PRESENT)

    march = planning.new_meeting(database, "AEC", starts_at="2025-03-10 10:00")
    assert meetings.meeting_detail(database, march).chair_id == deputy, "the chair's seat, not the last chair"
    april = planning.new_meeting(database, "AEC", starts_at="2025-04-22 10:00")
    assert meetings.meeting_detail(database, april).chair_id == successor
    people = {row.person: row.organisation for row in attendance.attendance(database, april)}
    assert "Outgoing IAPMEI" not in people and "Deputy Secretary" not in people, "their terms ended"
    assert {"Incoming IAPMEI", "New Deputy Secretary", "Ana Sousa", "Guest Person", "Rui Pinto"} <= set(people)
    assert people["Incoming IAPMEI"] == "IAPMEI – Portuguese Agency for Competitiveness and Innovation"


def test_without_a_chair_on_record_the_previous_chair_stays(database: Database, previous: str) -> None:
    ref = planning.new_meeting(database, "AEC", starts_at="2025-04-22 10:00")
    assert meetings.meeting_detail(database, ref).chair_id == meetings.meeting_detail(database, previous).chair_id
    first = planning.new_meeting(database, "HCP", starts_at="2025-04-22 10:00")
    assert meetings.meeting_detail(database, first).chair_id is None


def test_a_new_holder_is_offered_the_day_after_the_outgoing_one_was_last_recorded(database: Database) -> None:
    today = date(2025, 6, 12)
    empty = committee.suggested_start(database, SeatCode.D, today)
    assert (empty.day, empty.holder, empty.last_seen) == (today, None, None), "no meeting on record: today"

    held = meetings.create_meeting(
        database, "AEC", title="Held", starts_at="2025-05-30 10:00", status=MeetingStatus.HELD
    )
    meetings.create_meeting(database, "HCP", title="Later, planned", starts_at="2025-07-01 10:00")
    assert committee.suggested_start(database, SeatCode.D, today).day == date(2025, 5, 30), "the first meeting"

    outgoing = directory.add_person(database, "Outgoing")
    committee.hold_seat(database, SeatCode.D, outgoing, since=date(2025, 1, 1))
    never_seen = committee.suggested_start(database, SeatCode.D, today)
    assert (never_seen.day, never_seen.holder, never_seen.last_seen) == (date(2025, 1, 1), "Outgoing", None)

    attendance.set_attendance(database, held, outgoing, AttendanceStatus.APOLOGIES)
    seen = committee.suggested_start(database, SeatCode.D, today)
    assert (seen.day, seen.holder, seen.last_seen) == (date(2025, 5, 31), "Outgoing", date(2025, 5, 30))
    # Accepted as offered, a meeting held between then and today (earlier this week) finds the new holder.
    incoming = directory.add_person(database, "Incoming")
    committee.hold_seat(database, SeatCode.D, incoming, since=seen.day)
    this_week = planning.new_meeting(database, "TEX", starts_at="2025-06-10 10:00")
    names = {row.person for row in attendance.attendance(database, this_week)}
    assert "Incoming" in names and "Outgoing" not in names
    assert committee.suggested_start(database, SeatCode.D, date(2025, 5, 31)).day == date(2025, 5, 31)


def test_a_new_meeting_in_portuguese_has_its_title_and_first_items_in_portuguese(
    database: Database, previous: str
) -> None:
    ref = planning.new_meeting(database, "AEC", starts_at="2025-04-22 10:00", language="pt")
    detail = meetings.meeting_detail(database, ref)
    assert (
        detail.title == "Reunião da Comissão de Acompanhamento com o Cluster AEC – Arquitetura, Engenharia e Construção"
    )
    items = agenda.agenda(database, ref)
    assert [item.title for item in items] == [
        "Aprovação da ata da reunião anterior",
        "Assuntos pendentes",
        "Pact indicators",  # what the secretary wrote stays as written
    ]
    assert [item.matters_arising for item in items] == [False, True, False]
    assert [matter.action.title for matter in carry_over.matters_arising(database, ref)] == ["Open one", "Still going"]
    english = planning.new_meeting(database, "HCP", starts_at="2025-04-22 10:00")
    assert (
        meetings.meeting_detail(database, english).title
        == "Monitoring Committee meeting with the Health Cluster Portugal"
    )
    with pytest.raises(ValidationError, match="Portuguese \\(pt\\) or English \\(en\\)"):
        planning.new_meeting(database, "HCP", starts_at="2025-05-22 10:00", language="fr")


@pytest.mark.parametrize(("first", "then"), [("pt", "en"), ("en", "pt")])
def test_a_meeting_started_in_one_language_carries_over_and_approves_in_the_other(
    database: Database, first: str, then: str
) -> None:
    """The first items are known in either language: marked as standing (as a secretary may do), they are not
    carried twice; the open actions still reach the next meeting's matters arising, and approval still locks."""
    earlier = planning.new_meeting(database, "TEX", starts_at="2025-02-10 10:00", language=first)
    for item in agenda.agenda(database, earlier):
        agenda.set_item_field(database, item.id, "standing", True)
    agenda.add_agenda_item(database, earlier, "Pact indicators", planned_minutes=30, standing=True)
    actions.create_action(database, "Send the indicators", meeting_ref=earlier, due_on="2025-03-01")
    meetings.set_meeting_field(database, earlier, "status", MeetingStatus.HELD)

    later = planning.new_meeting(database, "TEX", starts_at="2025-04-10 10:00", language=then)
    items = agenda.agenda(database, later)
    assert [item.title for item in items] == [
        planning.APPROVAL_TITLES[then],
        planning.MATTERS_ARISING_TITLES[then],
        "Pact indicators",
    ]
    assert [item.matters_arising for item in items] == [False, True, False]
    [matter] = carry_over.matters_arising(database, later)
    assert matter.action.title == "Send the indicators" and matter.overdue
    carry_over.update_at_meeting(database, later, matter.action.ref, "Sent.", status=ActionStatus.DONE)
    assert carry_over.matters_arising(database, later)[0].closed_here

    for ref in (earlier, later):
        meetings.set_meeting_field(database, ref, "minutes_status", MinutesStatus.APPROVED)
        with pytest.raises(LockedError):
            meetings.set_meeting_field(database, ref, "title", "Too late")


def unstamped(rows: list[agenda.AgendaItemRow]) -> list[dict[str, object]]:
    return [{key: value for key, value in asdict(row).items() if key != "stamp"} for row in rows]
