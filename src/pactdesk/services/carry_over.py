"""Carry-over: a cluster's open actions reach its next meetings under "Matters arising", read live from the
actions (never copied); a progress update given there is tied to that meeting, and closing an action there records
the meeting and its day."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from pactdesk.domain import validation as check
from pactdesk.domain.enums import ActionStatus
from pactdesk.domain.errors import NotFoundError
from pactdesk.domain.messages import say
from pactdesk.domain.models import Action, ActionUpdate, Meeting, Person
from pactdesk.services import actions, progress
from pactdesk.services.catalogue import OPEN_STATUSES
from pactdesk.services.meetings import editable, meeting_by_ref
from pactdesk.services.progress import RecordedUpdate
from pactdesk.services.tracker import (
    ActionSort,
    TrackerRow,
    UpdateRow,
    meeting_of_cluster,
    rows_where,
    update_rows,
)
from pactdesk.store.database import Database

# -- carry-over: the matters arising of a meeting --------------------------------------------------------------


@dataclass(frozen=True)
class MatterArising:
    """An action a meeting goes through under *Matters arising*.

    ``action`` is the action as it stands now, aged as of the meeting's day; ``overdue`` says whether it was
    overdue on that day; ``updates_here`` are the progress updates given at this meeting, and ``closed_here``
    says whether it was closed at it.
    """

    action: TrackerRow
    overdue: bool
    updates_here: tuple[UpdateRow, ...]
    closed_here: bool


def matters_arising(db: Database, meeting_ref: str) -> list[MatterArising]:
    """The actions of the meeting's cluster raised before it and not closed before it, by due date.

    Nothing is copied: an action appears at every meeting of its cluster from the one after it was raised until
    the one it was closed at (or, if closed outside a meeting, the last one before the day it was closed), so an
    earlier meeting's matters arising still read as they did at the time.
    """
    with db.read() as session:
        return arising_at(session, meeting_by_ref(session, meeting_ref))


def arising_at(session: Session, meeting: Meeting, known: dict[int, TrackerRow] | None = None) -> list[MatterArising]:
    """``matters_arising`` within an open session; a binder reading many meetings passes the same ``known`` to
    each, so an action listed at every meeting of the year is read once (see ``tracker.rows_where``)."""
    day = meeting.starts_at.date()
    of_cluster = select(Meeting.id).where(Meeting.cluster_id == meeting.cluster_id)
    earlier = of_cluster.where(Meeting.starts_at < meeting.starts_at)
    later = of_cluster.where(Meeting.starts_at > meeting.starts_at)
    conditions = [
        Action.cluster_id == meeting.cluster_id,
        or_(
            Action.meeting_id.in_(earlier),
            and_(Action.meeting_id.is_(None), Action.created_at < meeting.starts_at),
        ),
        or_(
            Action.status.in_(OPEN_STATUSES),
            Action.closed_meeting_id == meeting.id,
            Action.closed_meeting_id.in_(later),
            and_(Action.closed_meeting_id.is_(None), Action.closed_on > day),
        ),
    ]
    rows = rows_where(session, conditions, ActionSort(), day, known=known)
    said: dict[int, list[UpdateRow]] = {}
    for update in update_rows(session, ActionUpdate.meeting_id == meeting.id):
        said.setdefault(update.action_id, []).append(update)
    return [
        MatterArising(
            action=row,
            overdue=row.due_on is not None and row.due_on < day,
            updates_here=tuple(said.get(row.id, ())),
            closed_here=row.closed_meeting_ref == meeting.ref,
        )
        for row in rows
    ]


def update_at_meeting(
    db: Database,
    meeting_ref: str,
    action_ref: str,
    text: str,
    *,
    status: ActionStatus | None = None,
    author_id: int | None = None,
) -> RecordedUpdate:
    """A progress update given under the meeting's matters arising, dated on the meeting's day.

    With ``status`` the action moves to it; closing it records this meeting and its day.
    """
    status = check.optional_member(ActionStatus, status, "status of an action", "status")
    with db.write() as session:
        meeting = editable(meeting_by_ref(session, meeting_ref))
        action = actions.action_by_ref(session, action_ref)
        meeting_of_cluster(session, meeting.ref, action)
        if author_id is not None and session.get(Person, author_id) is None:
            raise NotFoundError(say("The chosen person no longer exists.", "A pessoa escolhida já não existe."))
        return progress.record_update(
            db,
            action.ref,
            text,
            on=meeting.starts_at.date(),
            meeting_ref=meeting.ref,
            author_id=author_id,
            status=status,
        )
