"""Meetings: creating them with their reference, attendance, the agenda with its minutes, and decisions."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from pactdesk.domain import validation as check
from pactdesk.domain.enums import AttendanceStatus, MeetingKind, MeetingStatus, MinutesStatus
from pactdesk.domain.errors import LockedError, NotFoundError, ValidationError
from pactdesk.domain.models import AgendaItem, Attendance, Cluster, Decision, Meeting, Organisation, Person
from pactdesk.services.catalogue import cluster_by_code
from pactdesk.services.references import next_meeting_ref
from pactdesk.store.database import Database


def meeting_by_ref(session: Session, ref: str) -> Meeting:
    meeting = session.scalar(select(Meeting).where(Meeting.ref == ref.strip().upper()))
    if meeting is None:
        raise NotFoundError(f"There is no meeting with the reference “{ref.strip()}”.")
    return meeting


def editable(meeting: Meeting) -> Meeting:
    if meeting.minutes_status is MinutesStatus.APPROVED:
        raise LockedError(f"The minutes of {meeting.ref} are approved, so the meeting can no longer be changed.")
    return meeting


def create_meeting(
    db: Database,
    cluster_code: str,
    *,
    title: str,
    starts_at: datetime | str,
    ends_at: datetime | str | None = None,
    kind: MeetingKind = MeetingKind.MONITORING,
    location: str = "",
    online_link: str = "",
    status: MeetingStatus = MeetingStatus.PLANNED,
    minutes_status: MinutesStatus = MinutesStatus.DRAFT,
    chair_id: int | None = None,
    secretary_id: int | None = None,
) -> str:
    """A new meeting of the cluster; returns its reference (``CODE-YYYY-NN``, numbered within the year)."""
    start = check.parse_datetime(starts_at, "start", "starts_at")
    if start is None:
        raise ValidationError("A meeting needs a start date and time.", "starts_at")
    end = check.parse_datetime(ends_at, "end", "ends_at")
    check.check_period(start, end)
    with db.write() as session:
        cluster = cluster_by_code(session, cluster_code)
        meeting = Meeting(
            ref=next_meeting_ref(session, cluster.code, start.year),
            cluster=cluster,
            kind=kind,
            title=check.required_text(title, "meeting's title", "title"),
            starts_at=start,
            ends_at=end,
            location=check.limited_text(location, "place", "location", check.MAX_TITLE),
            online_link=check.limited_text(online_link, "online link", "online_link", 500),
            status=status,
            minutes_status=minutes_status,
            chair_id=chair_id,
            secretary_id=secretary_id,
        )
        session.add(meeting)
        session.flush()
        return meeting.ref


def set_attendance(
    db: Database,
    meeting_ref: str,
    person_id: int,
    status: AttendanceStatus | None,
    *,
    organisation_id: int | None = None,
    guest: bool = False,
) -> None:
    """Record how ``person_id`` attended; representing their own organisation unless another is given."""
    with db.write() as session:
        meeting = editable(meeting_by_ref(session, meeting_ref))
        person = session.get(Person, person_id)
        if person is None:
            raise NotFoundError("The chosen person no longer exists.")
        if organisation_id is not None and session.get(Organisation, organisation_id) is None:
            raise NotFoundError("The chosen organisation no longer exists.")
        row = session.scalar(
            select(Attendance).where(Attendance.meeting_id == meeting.id, Attendance.person_id == person_id)
        )
        if row is None:
            row = Attendance(meeting=meeting, person=person, guest=guest)
            session.add(row)
        row.status = status
        row.organisation_id = organisation_id if organisation_id is not None else person.organisation_id


def add_agenda_item(
    db: Database,
    meeting_ref: str,
    title: str,
    *,
    presenter: str = "",
    planned_minutes: int = 0,
    minutes: str = "",
    standing: bool = False,
) -> int:
    """Append an item to the meeting's agenda; returns its id."""
    if planned_minutes < 0 or planned_minutes > 24 * 60:
        raise ValidationError("Planned minutes must be between 0 and 1440.", "planned_minutes")
    with db.write() as session:
        meeting = editable(meeting_by_ref(session, meeting_ref))
        last = session.scalar(select(func.max(AgendaItem.position)).where(AgendaItem.meeting_id == meeting.id))
        item = AgendaItem(
            meeting=meeting,
            position=(last or 0) + 1,
            title=check.required_text(title, "agenda item's title", "title"),
            presenter=check.limited_text(presenter, "presenter", "presenter", check.MAX_NAME),
            planned_minutes=planned_minutes,
            minutes=check.limited_text(minutes, "minutes", "minutes"),
            standing=standing,
        )
        session.add(item)
        session.flush()
        return item.id


def add_decision(db: Database, agenda_item_id: int, text: str) -> int:
    with db.write() as session:
        item = session.get(AgendaItem, agenda_item_id)
        if item is None:
            raise NotFoundError("The agenda item no longer exists.")
        editable(item.meeting)
        last = session.scalar(select(func.max(Decision.position)).where(Decision.agenda_item_id == item.id))
        decision = Decision(
            agenda_item=item, position=(last or 0) + 1, text=check.required_text(text, "decision", "text", 20_000)
        )
        session.add(decision)
        session.flush()
        return decision.id


# -- reading: the list of meetings and one meeting in full ----------------------------------------------------


@dataclass(frozen=True)
class MeetingRow:
    id: int
    ref: str
    cluster_code: str
    kind: MeetingKind
    title: str
    starts_at: datetime
    location: str
    status: MeetingStatus
    minutes_status: MinutesStatus


class MeetingOrder(enum.Enum):
    """The columns the list of meetings can be sorted by."""

    REF = "ref"
    CLUSTER = "cluster"
    DATE = "date"
    KIND = "kind"
    TITLE = "title"
    STATUS = "status"
    MINUTES = "minutes"


_Query = TypeVar("_Query", bound=Select[*tuple[Any, ...]])

_ORDER_COLUMNS = {
    MeetingOrder.REF: Meeting.ref,
    MeetingOrder.CLUSTER: Cluster.code,
    MeetingOrder.DATE: Meeting.starts_at,
    MeetingOrder.KIND: Meeting.kind,
    MeetingOrder.TITLE: Meeting.title,
    MeetingOrder.STATUS: Meeting.status,
    MeetingOrder.MINUTES: Meeting.minutes_status,
}


def _filtered(query: _Query, cluster_id: int | None, text: str) -> _Query:
    if cluster_id is not None:
        query = query.where(Meeting.cluster_id == cluster_id)
    for word in check.clean_text(text).lower().split():
        query = query.where(
            func.lower(Meeting.ref).contains(word, autoescape=True)
            | func.lower(Meeting.title).contains(word, autoescape=True)
            | func.lower(Meeting.location).contains(word, autoescape=True)
            | func.lower(Meeting.kind).contains(word, autoescape=True)
        )
    return query


def count_meetings(db: Database, *, cluster_id: int | None = None, text: str = "") -> int:
    query = _filtered(select(func.count()).select_from(Meeting).join(Cluster), cluster_id, text)
    with db.read() as session:
        return session.scalar(query) or 0


def list_meetings(
    db: Database,
    *,
    cluster_id: int | None = None,
    text: str = "",
    order: MeetingOrder = MeetingOrder.DATE,
    descending: bool = True,
    offset: int = 0,
    limit: int = 200,
) -> list[MeetingRow]:
    """One page of meetings of a cluster (or of all), whose reference, title, place or kind has every word."""
    column = _ORDER_COLUMNS[order]
    query = _filtered(
        select(
            Meeting.id,
            Meeting.ref,
            Cluster.code,
            Meeting.kind,
            Meeting.title,
            Meeting.starts_at,
            Meeting.location,
            Meeting.status,
            Meeting.minutes_status,
        ).join(Cluster),
        cluster_id,
        text,
    )
    tie = Meeting.id.desc() if descending else Meeting.id
    query = query.order_by(column.desc() if descending else column, tie).offset(offset).limit(limit)
    with db.read() as session:
        return [MeetingRow(*row) for row in session.execute(query)]
