"""Attendance: pre-filled from the committee and the cluster's entity, guests, and member representation."""

from __future__ import annotations

from datetime import date

import pytest

from pactdesk.domain.enums import AttendanceStatus, SeatCode
from pactdesk.domain.errors import ConflictError, NotFoundError
from pactdesk.services import attendance, directory, meetings
from pactdesk.services import committee as seats
from pactdesk.store.database import Database


@pytest.fixture
def committee(database: Database) -> dict[str, int]:
    with database.read() as session:
        from pactdesk.services.catalogue import cluster_by_code, seat

        iapmei = seat(session, SeatCode.D).organisation_id
        chair_org = seat(session, SeatCode.CHAIR).organisation_id
        entity = cluster_by_code(session, "AEC").management_entity_id
    people = {
        "chair": directory.add_person(database, "Chair Person", organisation_id=chair_org),
        "iapmei": directory.add_person(database, "Inês Gonçalves", organisation_id=iapmei, email="ines@iapmei.example"),
        "old_iapmei": directory.add_person(database, "Former Holder", organisation_id=iapmei),
        "entity": directory.add_person(database, "João Simões", organisation_id=entity),
    }
    seats.hold_seat(database, SeatCode.CHAIR, people["chair"], since=date(2020, 1, 1))
    seats.hold_seat(database, SeatCode.D, people["old_iapmei"], since=date(2020, 1, 1))
    seats.hold_seat(database, SeatCode.D, people["iapmei"], since=date(2024, 1, 1))
    return people


def test_prefill_takes_holders_on_the_day_and_the_entity(database: Database, committee: dict[str, int]) -> None:
    ref = meetings.create_meeting(database, "AEC", title="Monitoring", starts_at="2025-03-03 10:00")
    assert attendance.prefill_attendance(database, ref) == 3
    listed = {row.person for row in attendance.attendance(database, ref)}
    assert listed == {"Chair Person", "Inês Gonçalves", "João Simões"}
    assert all(row.status is None for row in attendance.attendance(database, ref))
    assert attendance.prefill_attendance(database, ref) == 0, "nobody is added twice"
    earlier = meetings.create_meeting(database, "AEC", title="Old", starts_at="2023-03-03 10:00")
    attendance.prefill_attendance(database, earlier)
    assert "Former Holder" in {row.person for row in attendance.attendance(database, earlier)}


def test_member_presence_counts_present_and_remote_only(database: Database, committee: dict[str, int]) -> None:
    ref = meetings.create_meeting(database, "AEC", title="Monitoring", starts_at="2025-03-03 10:00")
    attendance.prefill_attendance(database, ref)
    attendance.set_attendance(database, ref, committee["iapmei"], AttendanceStatus.REMOTE)
    attendance.set_attendance(database, ref, committee["entity"], AttendanceStatus.PRESENT)
    attendance.set_attendance(database, ref, committee["chair"], AttendanceStatus.APOLOGIES)
    presence = {row.seat: row.represented for row in attendance.member_presence(database, ref)}
    assert presence == {
        SeatCode.CHAIR: False,
        SeatCode.A: False,
        SeatCode.B: False,
        SeatCode.C: True,
        SeatCode.D: True,
        SeatCode.E: False,
        SeatCode.F: False,
        SeatCode.G: False,
        SeatCode.H: False,
    }


def test_guests_and_removal_with_restore(database: Database, committee: dict[str, int]) -> None:
    ref = meetings.create_meeting(database, "AEC", title="Monitoring", starts_at="2025-03-03 10:00")
    guest = attendance.add_guest(database, ref, "Zoë O'Brien & Co <guest>", email="zoe@example.org")
    with pytest.raises(ConflictError, match="already on the list"):
        attendance.add_guest(database, ref, "Zoë again", email="ZOE@example.org")
    removed = attendance.remove_attendance(database, ref, guest)
    assert attendance.attendance(database, ref) == []
    attendance.restore_attendance(database, ref, removed)
    [row] = attendance.attendance(database, ref)
    assert row.person == "Zoë O'Brien & Co <guest>" and row.guest


def test_someone_from_the_directory_joins_the_list(database: Database, committee: dict[str, int]) -> None:
    ref = meetings.create_meeting(database, "AEC", title="Monitoring", starts_at="2025-03-03 10:00")
    acme = directory.add_organisation(database, "Acme Tooling", acronym="ACME")
    visitor = directory.add_person(database, "Rita Lobo", organisation_id=acme)
    attendance.add_attendee(database, ref, committee["iapmei"], status=AttendanceStatus.REMOTE)
    attendance.add_attendee(database, ref, visitor)
    attendance.add_attendee(database, ref, committee["entity"], organisation_id=None)
    rows = {row.person: (row.status, row.organisation, row.guest) for row in attendance.attendance(database, ref)}
    assert rows == {
        "Inês Gonçalves": (
            AttendanceStatus.REMOTE,
            "IAPMEI – Portuguese Agency for Competitiveness and Innovation",
            False,
        ),
        "Rita Lobo": (None, "Acme Tooling", True),
        "João Simões": (None, "", True),
    }, "their own organisation unless told; a guest when it has no place at the committee's table"
    with pytest.raises(ConflictError, match="Rita Lobo is already on the list of this meeting") as caught:
        attendance.add_attendee(database, ref, visitor)
    assert caught.value.field == "person"
    with pytest.raises(NotFoundError):
        attendance.add_attendee(database, ref, 999_999)


def test_a_new_guest_is_never_someone_already_there(database: Database, committee: dict[str, int]) -> None:
    ref = meetings.create_meeting(database, "AEC", title="Monitoring", starts_at="2025-03-03 10:00")
    with pytest.raises(ConflictError, match="Inês Gonçalves already has the e-mail address") as caught:
        attendance.add_guest(database, ref, "Ines G.", email="INES@iapmei.example", new_person=True)
    assert caught.value.field == "email"
    with pytest.raises(ConflictError, match="give their e-mail address") as caught:
        attendance.add_guest(database, ref, "chair  person", new_person=True)
    assert caught.value.field == "email"
    with pytest.raises(ConflictError, match="Chair Person with no e-mail address") as caught:
        attendance.add_guest(database, ref, "Chair Person", email="chair@other.example", new_person=True)
    assert caught.value.field == "name"
    assert attendance.attendance(database, ref) == []
    assert len(directory.list_people(database)) == 4

    added = attendance.add_guest(database, ref, "Inês Gonçalves", email="ines@other.example", new_person=True)
    assert len(directory.list_people(database)) == 5
    attendance.take_back_guest(database, ref, added)
    assert attendance.attendance(database, ref) == []
    assert len(directory.list_people(database)) == 4, "the person added with the guest goes with the undo"


def test_taking_back_a_guest_keeps_a_person_something_else_refers_to(
    database: Database, committee: dict[str, int]
) -> None:
    ref = meetings.create_meeting(database, "AEC", title="Monitoring", starts_at="2025-03-03 10:00")
    other = meetings.create_meeting(database, "HCP", title="Other", starts_at="2025-03-04 10:00")
    added = attendance.add_guest(database, ref, "Zoë Martins", new_person=True)
    attendance.set_attendance(database, other, added, AttendanceStatus.PRESENT)
    attendance.take_back_guest(database, ref, added)
    assert attendance.attendance(database, ref) == []
    assert "Zoë Martins" in {row.name for row in directory.list_people(database)}
