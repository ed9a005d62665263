"""A new meeting of a cluster, started from its previous one: the same people, the standing items, follow-up."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from pactdesk.domain import validation as check
from pactdesk.domain.enums import MeetingKind, MeetingStatus, SeatCode
from pactdesk.domain.errors import ValidationError
from pactdesk.domain.messages import say
from pactdesk.domain.models import AgendaItem, Attendance, Cluster, Meeting
from pactdesk.services import attendance
from pactdesk.services.catalogue import cluster_by_code
from pactdesk.services.committee import holder_on, holders_on
from pactdesk.services.meetings import create_meeting, meeting_by_ref
from pactdesk.store.database import Database

# The items every new meeting starts with, in the language the secretary works in. The matters arising item is known
# by its flag (``AgendaItem.matters_arising``), never by its title; the titles, in either language, only keep the
# frame from being copied twice when someone marked it as standing, whatever language the earlier meeting was in.
LANGUAGES = ("pt", "en")
APPROVAL_TITLES = {"en": "Approval of the previous minutes", "pt": "Aprovação da ata da reunião anterior"}
MATTERS_ARISING_TITLES = {"en": "Matters arising", "pt": "Assuntos pendentes"}
_FRAME_TITLES = {
    " ".join(title.casefold().split()) for title in (*APPROVAL_TITLES.values(), *MATTERS_ARISING_TITLES.values())
}


def default_title(cluster: Cluster, language: str = "en") -> str:
    """A new meeting's title when none is given: with the cluster's Portuguese name in Portuguese."""
    if language == "pt":
        return f"Reunião da Comissão de Acompanhamento com o {cluster.name_pt or cluster.name}"
    return f"Monitoring Committee meeting with the {cluster.name}"


def is_frame_item(item: AgendaItem) -> bool:
    """Whether an item is one of those every new meeting gets (approval of the minutes, matters arising), in
    either language: these are added afresh, not carried as standing items."""
    return item.matters_arising or " ".join(item.title.casefold().split()) in _FRAME_TITLES


def new_meeting(
    db: Database,
    cluster_code: str,
    *,
    starts_at: datetime | str,
    ends_at: datetime | str | None = None,
    title: str = "",
    kind: MeetingKind = MeetingKind.MONITORING,
    language: str = "en",
) -> str:
    """A planned meeting of the cluster; returns its reference.

    It starts from the cluster's latest earlier meeting (cancelled ones aside): the same attendance list with
    statuses cleared, the same secretary and place, its standing items, and in front of them
    "Approval of the previous minutes" and "Matters arising" (which goes through the cluster's open actions).
    The very first meeting of a cluster gets the committee's seat holders and the cluster's entity instead.
    ``language`` (``pt`` or ``en``) is the language of the default title and of those two items.

    The committee is as it stands on the meeting's day: the chair is whoever holds the chair's seat then (the
    previous meeting's chair when nobody is recorded), and someone who held a seat at the previous meeting but no
    longer does gives way on the list to whoever holds a seat now.
    """
    if language not in LANGUAGES:
        raise ValidationError(
            say(
                "A new meeting is written in Portuguese (pt) or English (en), not {language}.",
                "Uma reunião nova é escrita em português (pt) ou em inglês (en), e não em {language}.",
                language=repr(language),
            )
        )
    start = check.parse_datetime(starts_at, "start", "starts_at")
    if start is None:
        raise ValidationError(
            say("A meeting needs a start date and time.", "Uma reunião precisa de data e hora de início."), "starts_at"
        )
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
            title=title.strip() or default_title(cluster, language),
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
            # Tied to the previous meeting: recording its decision approves that meeting's minutes.
            AgendaItem(
                title=APPROVAL_TITLES[language],
                planned_minutes=5,
                approves_meeting_id=previous.id if previous is not None else None,
            ),
            AgendaItem(title=MATTERS_ARISING_TITLES[language], planned_minutes=15, matters_arising=True),
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
                if item.standing and not is_frame_item(item)
            )
        for position, item in enumerate(items, start=1):
            item.position = position
            meeting.agenda.append(item)
        return ref
