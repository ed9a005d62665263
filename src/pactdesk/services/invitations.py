"""What a calendar invitation to a meeting holds: when and where, who is invited, the agenda. Read only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Select, select
from sqlalchemy.orm import selectinload

from pactdesk.domain.enums import AttendanceStatus, MeetingStatus
from pactdesk.domain.models import Attendance, Meeting, Person
from pactdesk.services.meetings import meeting_by_ref
from pactdesk.store.database import Database

DEFAULT_LENGTH = timedelta(hours=2)  # a meeting without an end time is shown this long


@dataclass(frozen=True)
class Invitee:
    name: str
    email: str
    organisation: str
    status: AttendanceStatus | None
    guest: bool


@dataclass(frozen=True)
class Invitation:
    meeting_id: int
    uid: str
    ref: str
    title: str
    cluster: str
    cluster_pt: str
    starts_at: datetime
    ends_at: datetime
    location: str
    online_link: str
    cancelled: bool
    sequence: int
    created_at: datetime
    updated_at: datetime
    organiser: Invitee | None
    invitees: tuple[Invitee, ...]
    agenda: tuple[tuple[int, str, int], ...]  # number, title, planned minutes


def invitation(db: Database, ref: str) -> Invitation:
    with db.read() as session:
        return _invitation(meeting_by_ref(session, ref))


def planned_invitations(db: Database) -> list[Invitation]:
    """Every planned meeting, earliest first."""
    with db.read() as session:
        found = session.scalars(
            _loaded().where(Meeting.status == MeetingStatus.PLANNED).order_by(Meeting.starts_at, Meeting.id)
        )
        return [_invitation(meeting) for meeting in found]


def _loaded() -> Select[Meeting]:
    return select(Meeting).options(
        selectinload(Meeting.cluster),
        selectinload(Meeting.agenda),
        selectinload(Meeting.attendance).selectinload(Attendance.person).selectinload(Person.organisation),
        selectinload(Meeting.attendance).selectinload(Attendance.organisation),
        selectinload(Meeting.secretary),
        selectinload(Meeting.chair),
    )


def _person(person: Person | None) -> Invitee | None:
    if person is None or not person.email:
        return None
    organisation = person.organisation.name if person.organisation is not None else ""
    return Invitee(person.name, person.email, organisation, None, False)


def _invitation(meeting: Meeting) -> Invitation:
    invitees = []
    for row in meeting.attendance:
        if row.person.email:
            organisation = row.organisation or row.person.organisation
            invitees.append(
                Invitee(
                    row.person.name, row.person.email, organisation.name if organisation else "", row.status, row.guest
                )
            )
    return Invitation(
        meeting_id=meeting.id,
        uid=meeting.uid,
        ref=meeting.ref,
        title=meeting.title,
        cluster=meeting.cluster.name,
        cluster_pt=meeting.cluster.name_pt,
        starts_at=meeting.starts_at,
        ends_at=meeting.ends_at or meeting.starts_at + DEFAULT_LENGTH,
        location=meeting.location,
        online_link=meeting.online_link,
        cancelled=meeting.status is MeetingStatus.CANCELLED,
        sequence=meeting.sequence,
        created_at=meeting.created_at,
        updated_at=meeting.updated_at,
        organiser=_person(meeting.secretary) or _person(meeting.chair),
        invitees=tuple(invitees),
        agenda=tuple((item.position, item.title, item.planned_minutes) for item in meeting.agenda),
    )
