"""A new meeting of a cluster, started from its previous one: the same people, the standing items, follow-up."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from pactdesk.domain import validation as check
from pactdesk.domain.enums import MeetingKind, MeetingStatus, SeatCode
from pactdesk.domain.errors import ValidationError
from pactdesk.domain.models import AgendaItem, Attendance, Meeting
from pactdesk.services import attendance
from pactdesk.services.catalogue import cluster_by_code
from pactdesk.services.committee import holder_on, holders_on
from pactdesk.services.meetings import create_meeting, meeting_by_ref
from pactdesk.store.database import Database

APPROVAL_TITLE = "Approval of the previous minutes"
MATTERS_ARISING_TITLE = "Matters arising"


def new_meeting(
    db: Database,
    cluster_code: str,
    *,
    starts_at: datetime | str,
    ends_at: datetime | str | None = None,
    title: str = "",
    kind: MeetingKind = MeetingKind.MONITORING,
) -> str:
    """A planned meeting of the cluster; returns its reference.

    It starts from the cluster's latest earlier meeting (cancelled ones aside): the same attendance list with
    statuses cleared, the same secretary and place, its standing items, and in front of them
    "Approval of the previous minutes" and "Matters arising" (which goes through the cluster's open actions).
    The very first meeting of a cluster gets the committee's seat holders and the cluster's entity instead.

    The committee is as it stands on the meeting's day: the chair is whoever holds the chair's seat then (the
    previous meeting's chair when nobody is recorded), and someone who held a seat at the previous meeting but no
    longer does gives way on the list to whoever holds a seat now.
    """
    start = check.parse_datetime(starts_at, "start", "starts_at")
    if start is None:
        raise ValidationError("A meeting needs a start date and time.", "starts_at")
    with db.write() as session:
        cluster = cluster_by_code(session, cluster_code)
        previous = session.scalar(
            select(Meeting)
            .where(Meeting.cluster_id == cluster.id, Meeting.starts_at < start)
            .where(Meeting.status != MeetingStatus.CANCELLED)
            .order_by(Meeting.starts_at.desc())
            .limit(1)
        )
        chair_id = holder_on(session, SeatCode.CHAIR, start.date())
        if chair_id is None and previous is not None:
            chair_id = previous.chair_id
        ref = create_meeting(
            db,
            cluster.code,
            title=title.strip() or f"Monitoring Committee meeting with the {cluster.name}",
            starts_at=start,
            ends_at=ends_at,
            kind=kind,
            location=previous.location if previous else "",
            online_link="",  # a call's link is usually made for one meeting: reusing the last one sends people astray
            chair_id=chair_id,
            secretary_id=previous.secretary_id if previous else None,
        )
        meeting = meeting_by_ref(session, ref)
        items = [
            AgendaItem(title=APPROVAL_TITLE, planned_minutes=5),
            AgendaItem(title=MATTERS_ARISING_TITLE, planned_minutes=15, matters_arising=True),
        ]
        if previous is None:
            attendance.prefill(session, meeting)
        else:
            outgoing = {holder.person_id for holder in holders_on(session, previous.starts_at.date())} - {
                holder.person_id for holder in holders_on(session, start.date())
            }
            meeting.attendance.extend(
                Attendance(person_id=row.person_id, organisation_id=row.organisation_id, guest=row.guest)
                for row in previous.attendance
                if row.person_id not in outgoing
            )
            attendance.add_seat_holders(session, meeting)
            items.extend(
                AgendaItem(
                    title=item.title, presenter=item.presenter, planned_minutes=item.planned_minutes, standing=True
                )
                for item in previous.agenda
                if item.standing
            )
        for position, item in enumerate(items, start=1):
            item.position = position
            meeting.agenda.append(item)
        return ref
