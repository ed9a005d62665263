"""Meetings, actions and outputs through the services: references, validation sentences, locked minutes."""

from __future__ import annotations

import re
from datetime import date

import pytest
from sqlalchemy import select

from pactdesk.domain.enums import ActionStatus, MinutesStatus
from pactdesk.domain.errors import ConflictError, LockedError, NotFoundError, ValidationError
from pactdesk.domain.models import Action, Meeting
from pactdesk.services import actions, agenda, directory, meetings, outputs
from pactdesk.store.database import Database


def test_meeting_references_count_per_cluster_and_year(database: Database) -> None:
    refs = [
        meetings.create_meeting(database, "AEC", title="One", starts_at="2024-03-01 10:00"),
        meetings.create_meeting(database, "aec", title="Two", starts_at="2024-06-01 10:00"),
        meetings.create_meeting(database, "AEC", title="Three", starts_at="2025-01-15 10:00"),
        meetings.create_meeting(database, "HCP", title="Other cluster", starts_at="2024-03-01 10:00"),
    ]
    assert refs == ["AEC-2024-01", "AEC-2024-02", "AEC-2025-01", "HCP-2024-01"]


def test_action_and_output_references(database: Database) -> None:
    ref = meetings.create_meeting(database, "AUTO", title="Monitoring", starts_at="2025-04-01 09:30")
    assert actions.create_action(database, "Send the study", meeting_ref=ref, goal_numbers=[4, 8]) == "AUTO-A0001"
    assert actions.create_action(database, "Draft the call", cluster_code="AUTO") == "AUTO-A0002"
    assert outputs.create_output(database, "AUTO", 8, "Supply-chain study", meeting_refs=[ref]) == "AUTO-O0001"
    with database.read() as session:
        action = session.scalar(select(Action).where(Action.ref == "AUTO-A0001"))
        assert action is not None and [goal.number for goal in action.goals] == [4, 8]


@pytest.mark.parametrize(
    ("call", "field", "sentence"),
    [
        (
            lambda db: meetings.create_meeting(
                db, "AEC", title="x", starts_at="2025-03-01 10:00", ends_at="2025-03-01 09:00"
            ),
            "ends_at",
            "must end after it starts",
        ),
        (
            lambda db: meetings.create_meeting(db, "AEC", title="  ", starts_at="2025-03-01 10:00"),
            "title",
            "cannot be empty",
        ),
        (
            lambda db: meetings.create_meeting(db, "AEC", title="x", starts_at="tomorrow"),
            "starts_at",
            "is not a date and time",
        ),
        (lambda db: actions.create_action(db, "x", cluster_code="AEC", due_on="31/02/2025"), "due_on", "is not a date"),
        (lambda db: actions.create_action(db, "x", cluster_code="AEC", goal_numbers=[10]), "goals", "1 to 9"),
        (lambda db: outputs.create_output(db, "AEC", 1, "x", progress=120), "progress", "between 0 and 100"),
        (lambda db: directory.add_person(db, "Ana", email="ana-at-example"), "email", "is not an e-mail"),
    ],
)
def test_bad_input_is_refused_with_a_sentence(database: Database, call, field: str, sentence: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError, match=sentence) as caught:
        call(database)
    assert caught.value.field == field
    with database.read() as session:
        assert session.scalars(select(Meeting)).all() == []
        assert session.scalars(select(Action)).all() == []


def test_unknown_cluster_and_duplicate_email(database: Database) -> None:
    with pytest.raises(NotFoundError, match="no cluster with the code “XYZ”"):
        meetings.create_meeting(database, "XYZ", title="x", starts_at="2025-01-01 10:00")
    directory.add_person(database, "Ana Sousa", email="ana@example.pt")
    with pytest.raises(ConflictError, match=re.escape("Ana Sousa already has the e-mail address ana@example.pt")):
        directory.add_person(database, "Ana M. Sousa", email="ANA@example.pt")


def test_approved_minutes_are_locked(database: Database) -> None:
    ref = meetings.create_meeting(
        database, "TEX", title="x", starts_at="2024-01-10 10:00", minutes_status=MinutesStatus.APPROVED
    )
    with pytest.raises(LockedError, match="approved"):
        agenda.add_agenda_item(database, ref, "Late addition")


def test_closing_an_action_records_when_and_where(database: Database) -> None:
    first = meetings.create_meeting(database, "MAR", title="First", starts_at="2025-01-10 10:00")
    second = meetings.create_meeting(database, "MAR", title="Second", starts_at="2025-04-10 10:00")
    ref = actions.create_action(database, "Map the port projects", meeting_ref=first, due_on=date(2025, 3, 1))
    actions.add_update(database, ref, "Delivered.", on="2025-04-10", meeting_ref=second, status=ActionStatus.DONE)
    with database.read() as session:
        action = session.scalar(select(Action).where(Action.ref == ref))
        assert action is not None
        assert action.status is ActionStatus.DONE
        assert action.closed_on == date(2025, 4, 10)
        assert action.closed_meeting is not None and action.closed_meeting.ref == second
        assert [update.text for update in action.updates] == ["Delivered."]


def test_a_failed_call_inside_a_transaction_rolls_back_all_of_it(database: Database) -> None:
    with pytest.raises(ValidationError), database.write():
        meetings.create_meeting(database, "AEC", title="Kept?", starts_at="2025-05-05 10:00")
        meetings.create_meeting(database, "AEC", title="", starts_at="2025-05-06 10:00")
    with database.read() as session:
        assert session.scalars(select(Meeting)).all() == []


@pytest.mark.parametrize(
    "link",
    [
        "https://meet.example.org/aec\r\nATTENDEE:mailto:x@evil.example",
        "https://meet.example.org/aec\rDTSTART:20300101T000000",
        "https://meet.example.org/a b",
        "https://meet.example.org/a\tb",
        "https://meet.example.org/a\u2028b",
        "https://meet.example.org/a\x00b",
        "meet.example.org/aec",
        "javascript:alert(1)",
        "mailto:ana@example.pt",
        "ftp://files.example.org/",
        "https://",
        "https:///path",
        "https://[::1",
        "https://meet.example.org/aec https://other.example.org/",
    ],
)
def test_an_online_link_is_one_web_address(database: Database, link: str) -> None:
    with pytest.raises(ValidationError, match="is not a web address; write it like https://") as caught:
        meetings.create_meeting(database, "AEC", title="x", starts_at="2025-03-01 10:00", online_link=link)
    assert caught.value.field == "online_link"
    ref = meetings.create_meeting(database, "AEC", title="x", starts_at="2025-03-01 10:00")
    with pytest.raises(ValidationError, match="is not a web address") as caught:
        meetings.set_meeting_field(database, ref, "online_link", link)
    assert caught.value.field == "online_link"
    assert meetings.meeting_detail(database, ref).online_link == ""
    with database.read() as session:
        assert session.scalars(select(Meeting.ref)).all() == [ref]


def test_a_web_address_is_kept_and_a_long_one_refused(database: Database) -> None:
    link = "https://videoconf.example.pt/j/123?pwd=a%20b&lang=pt#join"
    ref = meetings.create_meeting(database, "AEC", title="x", starts_at="2025-03-01 10:00", online_link=f" {link} ")
    assert meetings.meeting_detail(database, ref).online_link == link
    assert meetings.set_meeting_field(database, ref, "online_link", "HTTP://Meet.Example.org/x") == link
    assert meetings.set_meeting_field(database, ref, "online_link", "") == "HTTP://Meet.Example.org/x"
    assert meetings.meeting_detail(database, ref).online_link == ""
    with pytest.raises(ValidationError, match="too long") as caught:
        meetings.set_meeting_field(database, ref, "online_link", "https://meet.example.org/" + "a" * 480)
    assert caught.value.field == "online_link"
    longest = "https://meet.example.org/" + "a" * 475
    meetings.set_meeting_field(database, ref, "online_link", longest)
    assert meetings.meeting_detail(database, ref).online_link == longest
