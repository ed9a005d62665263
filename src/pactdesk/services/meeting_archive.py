"""A meeting with everything that hangs from it, taken out and put back exactly (same ids), so that creating
and deleting a meeting can be undone like any other edit."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, insert, select, update

from pactdesk.domain.models import (
    Action,
    ActionUpdate,
    AgendaItem,
    Attendance,
    Decision,
    Meeting,
    action_goal,
    output_meeting,
)
from pactdesk.services.meetings import editable, meeting_by_ref
from pactdesk.store.database import Database

Rows = tuple[dict[str, Any], ...]


@dataclass(frozen=True)
class ArchivedMeeting:
    ref: str
    tables: tuple[tuple[str, Rows], ...]  # in the order they are put back
    closed_here: tuple[int, ...]  # other meetings' actions closed at this one
    updates_here: tuple[int, ...]  # progress updates of other meetings' actions given at this one


def _table(name: str) -> Table:
    return Meeting.metadata.tables[name]


def _rows(session: Any, table: Table, condition: Any) -> Rows:
    return tuple(dict(row._mapping) for row in session.execute(select(table).where(condition)))


def remove_meeting(db: Database, ref: str) -> ArchivedMeeting:
    """Delete a meeting with its attendance, agenda, minutes, decisions and actions; returns all of it."""
    with db.write() as session:
        meeting = editable(meeting_by_ref(session, ref))
        mid = meeting.id
        items = select(AgendaItem.id).where(AgendaItem.meeting_id == mid)
        own_actions = select(Action.id).where(Action.meeting_id == mid)
        tables = (
            ("meeting", _rows(session, _table("meeting"), Meeting.id == mid)),
            ("agenda_item", _rows(session, _table("agenda_item"), AgendaItem.meeting_id == mid)),
            ("decision", _rows(session, _table("decision"), Decision.agenda_item_id.in_(items))),
            ("attendance", _rows(session, _table("attendance"), Attendance.meeting_id == mid)),
            ("action", _rows(session, _table("action"), Action.meeting_id == mid)),
            ("action_goal", _rows(session, action_goal, action_goal.c.action_id.in_(own_actions))),
            ("action_update", _rows(session, _table("action_update"), ActionUpdate.action_id.in_(own_actions))),
            ("output_meeting", _rows(session, output_meeting, output_meeting.c.meeting_id == mid)),
        )
        archived = ArchivedMeeting(
            ref=meeting.ref,
            tables=tables,
            closed_here=tuple(
                session.scalars(select(Action.id).where(Action.closed_meeting_id == mid, Action.meeting_id != mid))
            ),
            updates_here=tuple(
                session.scalars(
                    select(ActionUpdate.id).where(
                        ActionUpdate.meeting_id == mid, ActionUpdate.action_id.not_in(own_actions)
                    )
                )
            ),
        )
        session.delete(meeting)
        return archived


def restore_meeting(db: Database, archived: ArchivedMeeting) -> None:
    """Put back a meeting taken out by ``remove_meeting``, with the same ids and references."""
    with db.write() as session:
        for name, rows in archived.tables:
            if rows:
                table = (
                    action_goal
                    if name == "action_goal"
                    else output_meeting
                    if name == "output_meeting"
                    else _table(name)
                )
                session.execute(insert(table), list(rows))
        mid = archived.tables[0][1][0]["id"]
        if archived.closed_here:
            session.execute(update(Action).where(Action.id.in_(archived.closed_here)).values(closed_meeting_id=mid))
        if archived.updates_here:
            session.execute(
                update(ActionUpdate).where(ActionUpdate.id.in_(archived.updates_here)).values(meeting_id=mid)
            )
