"""Calendar invitations read back with the icalendar package: attendees, times, stable UIDs, SEQUENCE and
cancellations; escaped text and folded lines."""

from __future__ import annotations

import unicodedata
import uuid
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from pactdesk.cli import main
from pactdesk.domain.enums import AttendanceStatus, MeetingStatus
from pactdesk.domain.models import Meeting
from pactdesk.exchange import ics
from pactdesk.services import agenda, attendance, directory, invitations, meetings, workspace
from pactdesk.store.database import Database

LISBON = ZoneInfo("Europe/Lisbon")
INJECTIONS = ["\r\nATTENDEE:mailto:x@evil.example", "\rDTSTART:20300101T000000", "\nATTENDEE:mailto:x@evil.example"]


@pytest.fixture
def ref(database: Database) -> str:
    made = meetings.create_meeting(
        database,
        "AEC",
        title="Monitoring, with \\ ; and , in it",
        starts_at="2026-07-14 10:00",
        ends_at="2026-07-14 12:30",
        location="IAPMEI; Lisbon, room 2",
    )
    org = directory.add_organisation(database, "Agência Nacional de Inovação", acronym="ANI")
    ana = directory.add_person(database, "Ana Løvström-Ж 中", email="ana@ani.example", organisation_id=org)
    rui = directory.add_person(database, "Rui Mota", email="rui@aec.example")
    nobody = directory.add_person(database, "No Email")
    attendance.set_attendance(database, made, ana, AttendanceStatus.PRESENT)
    attendance.set_attendance(database, made, rui, AttendanceStatus.APOLOGIES, guest=True)
    attendance.set_attendance(database, made, nobody, None)
    agenda.add_agenda_item(database, made, "Welcome", planned_minutes=10)
    agenda.add_agenda_item(database, made, "Action plan: state of play", planned_minutes=45)
    return made


def parsed(text: str) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(text)


def only_event(calendar: icalendar.Calendar) -> icalendar.Event:
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 1
    return events[0]


def test_an_invitation_holds_the_attendees_with_email_and_lisbon_times(database: Database, ref: str) -> None:
    text = ics.invitation_text(invitations.invitation(database, ref))
    calendar = parsed(text)
    assert str(calendar["METHOD"]) == "REQUEST"
    event = only_event(calendar)
    assert event.decoded("DTSTART") == datetime(2026, 7, 14, 10, 0, tzinfo=LISBON)
    assert event.decoded("DTEND") == datetime(2026, 7, 14, 12, 30, tzinfo=LISBON)
    assert event.decoded("DTSTART").utcoffset().total_seconds() == 3600, "summer time in Lisbon"
    attendees = {str(a): a.params for a in event["ATTENDEE"]}
    assert set(attendees) == {"mailto:ana@ani.example", "mailto:rui@aec.example"}, "nobody without an e-mail"
    assert attendees["mailto:ana@ani.example"]["CN"] == "Ana Løvström-Ж 中"
    assert attendees["mailto:ana@ani.example"]["PARTSTAT"] == "ACCEPTED"
    assert attendees["mailto:rui@aec.example"]["PARTSTAT"] == "DECLINED"
    assert attendees["mailto:rui@aec.example"]["ROLE"] == "OPT-PARTICIPANT"
    assert str(event["SUMMARY"]) == f"Monitoring, with \\ ; and , in it ({ref})"
    assert str(event["LOCATION"]) == "IAPMEI; Lisbon, room 2"
    assert "2. Action plan: state of play (45 min)" in str(event["DESCRIPTION"])
    assert str(event["STATUS"]) == "CONFIRMED"
    assert all(len(line.encode("utf-8")) <= 75 for line in text.split("\r\n")), "lines folded at 75 octets"
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")


def test_the_uid_stays_and_the_sequence_grows_when_the_meeting_changes(database: Database, ref: str) -> None:
    before = only_event(parsed(ics.invitation_text(invitations.invitation(database, ref))))
    meetings.set_meeting_field(database, ref, "starts_at", "2026-07-14 11:00")
    after = only_event(parsed(ics.invitation_text(invitations.invitation(database, ref))))
    assert str(after["UID"]) == str(before["UID"])
    assert int(after["SEQUENCE"]) == int(before["SEQUENCE"]) + 1
    assert after.decoded("DTSTART") == datetime(2026, 7, 14, 11, 0, tzinfo=LISBON)


def test_a_cancelled_meeting_is_sent_as_a_cancellation(database: Database, ref: str) -> None:
    meetings.set_meeting_field(database, ref, "status", MeetingStatus.CANCELLED)
    calendar = parsed(ics.invitation_text(invitations.invitation(database, ref)))
    assert str(calendar["METHOD"]) == "CANCEL"
    event = only_event(calendar)
    assert str(event["STATUS"]) == "CANCELLED"
    assert int(event["SEQUENCE"]) >= 1


def test_the_planned_file_holds_every_planned_meeting_and_no_other(database: Database, ref: str) -> None:
    later = meetings.create_meeting(database, "HCP", title="Health", starts_at="2026-12-01 09:30")
    held = meetings.create_meeting(database, "HCP", title="Held", starts_at="2026-01-01 09:30")
    meetings.set_meeting_field(database, held, "status", MeetingStatus.HELD)
    calendar = parsed(ics.calendar(invitations.planned_invitations(database)))
    summaries = [str(event["SUMMARY"]) for event in calendar.walk("VEVENT")]
    assert [summary.rsplit("(", 1)[1].rstrip(")") for summary in summaries] == [ref, later]
    winter = next(e for e in calendar.walk("VEVENT") if later in str(e["SUMMARY"]))
    assert winter.decoded("DTSTART").utcoffset().total_seconds() == 0, "winter time in Lisbon"
    assert winter.decoded("DTEND") == datetime(2026, 12, 1, 11, 30, tzinfo=LISBON), "two hours when no end is set"
    assert len({str(e["UID"]) for e in calendar.walk("VEVENT")}) == 2


def test_the_command_writes_the_files(database: Database, ref: str, db_path: Path, tmp_path: Path) -> None:
    database.close()
    one, every = tmp_path / "one.ics", tmp_path / "all.ics"
    assert main(["export", "ics", str(one), "--db", str(db_path), "--ref", ref.lower()]) == 0
    assert main(["export", "ics", str(every), "--db", str(db_path)]) == 0
    written = str(only_event(parsed(one.read_text(encoding="utf-8")))["UID"])
    assert written.endswith("@pactdesk") and uuid.UUID(written.removesuffix("@pactdesk")).version == 4
    assert len(list(parsed(every.read_text(encoding="utf-8")).walk("VEVENT"))) == 1
    assert main(["export", "ics", str(one), "--db", str(db_path), "--ref", "AEC-1999-01"]) == 1


def invitation_of(
    text: str, *, link: str = "https://meet.example.org/aec", guest_name: str = "Ana"
) -> invitations.Invitation:
    """An invitation built without a database, with ``text`` everywhere a meeting holds words."""
    return invitations.Invitation(
        meeting_id=1,
        uid="6f1c2e3a-5b7d-4e8f-9a0b-1c2d3e4f5a6b",
        ref="AEC-2026-01",
        title=text,
        cluster=text,
        cluster_pt=text,
        starts_at=datetime(2026, 7, 14, 10, 0),
        ends_at=datetime(2026, 7, 14, 12, 0),
        location=text,
        online_link=link,
        cancelled=False,
        sequence=2,
        created_at=datetime(2026, 1, 5, 9, 0),
        updated_at=datetime(2026, 1, 6, 9, 0),
        organiser=invitations.Invitee(text, "secretariat@aec.example", "", None, False),
        invitees=(invitations.Invitee(guest_name, "ana@ani.example", text, AttendanceStatus.PRESENT, False),),
        agenda=((1, text, 10),),
    )


@pytest.mark.parametrize("line", ["a" * 200, "é" * 100, "中" * 60 + "x", "😀" * 40, "ab" * 37 + "é"])
def test_folding_never_splits_a_character_and_unfolds_to_the_same_line(line: str) -> None:
    text = ics.invitation_text(invitation_of(line, guest_name=line))
    assert all(len(piece.encode("utf-8")) <= 75 for piece in text.split("\r\n"))
    event = only_event(parsed(text))
    assert str(event["SUMMARY"]) == f"{line} (AEC-2026-01)"
    assert str(event["LOCATION"]) == line
    assert event["ATTENDEE"].params["CN"] == line


def test_a_link_that_is_not_one_web_address_is_left_out_of_the_url() -> None:
    """A link stored by an older version stays readable in the description, but is no URL a calendar opens."""
    event = only_event(parsed(ics.invitation_text(invitation_of("x", link="javascript:alert(1)"))))
    assert "URL" not in event
    assert "javascript:alert(1)" in str(event["DESCRIPTION"])
    good = only_event(parsed(ics.invitation_text(invitation_of("x"))))
    assert str(good["URL"]) == "https://meet.example.org/aec"


def _as_read_back(text: str, *, backslash_n: bool = True) -> str:
    """What a TEXT value reads back as: line ends made ``\\n``, control characters gone. (icalendar also reads a
    backslash and a capital N as a line break.)"""
    text = text.translate(str.maketrans(dict.fromkeys("\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029", "\n")))
    # Control characters go first, as PactDesk leaves them out before icalendar sees the text: a backslash and a
    # capital N that only a control character kept apart meet, and read back as a line break too.
    text = "".join(ch for ch in text if ch in "\t\r\n" or unicodedata.category(ch) != "Cc")
    if backslash_n:
        text = text.replace("\\N", "\n")
    return text.replace("\r\n", "\n").replace("\r", "\n")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200) | st.sampled_from(INJECTIONS))
@example("\\\x1bN")  # a backslash and an N kept apart by a control character, found by hypothesis
def test_any_text_stays_inside_its_own_property(text: str) -> None:
    calendar = ics.invitation_text(invitation_of(text, link=text, guest_name=text))
    assert "\r" not in calendar.replace("\r\n", "") and "\n" not in calendar.replace("\r\n", "")
    assert all(len(piece.encode("utf-8")) <= 75 for piece in calendar.split("\r\n"))
    event = only_event(parsed(calendar))
    assert not isinstance(event["DTSTART"], list)
    assert event.decoded("DTSTART") == datetime(2026, 7, 14, 10, 0, tzinfo=LISBON)
    assert str(event["ATTENDEE"]) == "mailto:ana@ani.example"
    assert str(event["ORGANIZER"]) == "mailto:secretariat@aec.example"
    assert str(event["SUMMARY"]) == f"{_as_read_back(text)} (AEC-2026-01)"
    assert str(event["UID"]) == "6f1c2e3a-5b7d-4e8f-9a0b-1c2d3e4f5a6b@pactdesk"


def test_the_description_is_in_the_chosen_language(database: Database, ref: str, tmp_path: Path) -> None:
    one = invitations.invitation(database, ref)
    english = str(only_event(parsed(ics.invitation_text(one, language="en")))["DESCRIPTION"])
    portuguese = str(only_event(parsed(ics.invitation_text(one, language="pt")))["DESCRIPTION"])
    assert "Agenda:" in english and "Ordem de trabalhos:" not in english
    assert "Ordem de trabalhos:" in portuguese
    assert "2. Action plan: state of play (45 min)" in portuguese
    assert one.cluster_pt and one.cluster_pt in portuguese and one.cluster_pt not in english

    target = tmp_path / "pt.ics"
    assert main(["export", "ics", "--db", str(database.location.path), "--ref", ref, str(target), "--lang", "pt"]) == 0
    assert "Ordem de trabalhos:" in str(only_event(parsed(target.read_text(encoding="utf-8")))["DESCRIPTION"])


def test_two_laptops_give_their_first_meetings_different_uids(tmp_path: Path) -> None:
    """UIDs were ``meeting-<row id>``: the first meeting of every laptop was ``meeting-1`` in every calendar."""
    uids = []
    for laptop in ("ana", "rui"):
        database = workspace.open_workspace(workspace.location(str(tmp_path / f"{laptop}.sqlite")))
        try:
            ref = meetings.create_meeting(database, "AEC", title="First", starts_at="2027-01-12 10:00")
            uids.append(ics.uid(invitations.invitation(database, ref)))
        finally:
            database.close()
    assert uids[0] != uids[1]
    assert all(uid.endswith("@pactdesk") for uid in uids)


@pytest.mark.parametrize("injection", INJECTIONS)
@pytest.mark.parametrize("column", ["online_link", "title", "location", "agenda"])
def test_line_breaks_in_stored_text_never_add_a_property(
    database: Database, ref: str, column: str, injection: str
) -> None:
    """Put in the database directly, as an older version may have stored it (the services refuse such a link now)."""
    with database.write() as session:
        meeting = session.scalars(select(Meeting).where(Meeting.ref == ref)).one()
        if column == "agenda":
            meeting.agenda[0].title = f"Welcome{injection}"
        else:
            setattr(meeting, column, f"https://meet.example.org/aec{injection}")
    for text in (
        ics.invitation_text(invitations.invitation(database, ref)),
        ics.calendar(invitations.planned_invitations(database)),
    ):
        assert "\r" not in text.replace("\r\n", "") and "\n" not in text.replace("\r\n", ""), "no bare line break"
        event = only_event(parsed(text))
        assert not isinstance(event["DTSTART"], list), "one start"
        assert event.decoded("DTSTART") == datetime(2026, 7, 14, 10, 0, tzinfo=LISBON)
        assert sorted(str(a) for a in event["ATTENDEE"]) == ["mailto:ana@ani.example", "mailto:rui@aec.example"]
