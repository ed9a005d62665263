"""Actions: follow-up tasks with owner, due date, status, goals and dated progress updates."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from pactdesk.domain import validation as check
from pactdesk.domain.enums import ActionStatus
from pactdesk.domain.errors import NotFoundError, ValidationError
from pactdesk.domain.models import Action, ActionUpdate, AgendaItem, Goal, Organisation, Person
from pactdesk.services.catalogue import cluster_by_code
from pactdesk.services.meetings import meeting_by_ref
from pactdesk.services.references import next_action_ref
from pactdesk.store.database import Database


def action_by_ref(session: Session, ref: str) -> Action:
    action = session.scalar(select(Action).where(Action.ref == ref.strip().upper()))
    if action is None:
        raise NotFoundError(f"There is no action with the reference “{ref.strip()}”.")
    return action


def goals(session: Session, numbers: Iterable[int]) -> list[Goal]:
    wanted = check.check_goals(numbers)
    return list(session.scalars(select(Goal).where(Goal.number.in_(wanted)).order_by(Goal.number)))


def create_action(
    db: Database,
    title: str,
    *,
    cluster_code: str | None = None,
    meeting_ref: str | None = None,
    agenda_item_id: int | None = None,
    owner_person_id: int | None = None,
    owner_organisation_id: int | None = None,
    due_on: date | str | None = None,
    status: ActionStatus = ActionStatus.OPEN,
    goal_numbers: Iterable[int] = (),
) -> str:
    """A new action of a meeting (or directly of a cluster); returns its reference ``CODE-A####``."""
    due = check.parse_date(due_on, "due date", "due_on")
    with db.write() as session:
        meeting = meeting_by_ref(session, meeting_ref) if meeting_ref else None
        if meeting is not None:
            cluster = meeting.cluster
        elif cluster_code:
            cluster = cluster_by_code(session, cluster_code)
        else:
            raise ValidationError("An action belongs to a meeting or a cluster; choose one.", "meeting")
        item = session.get(AgendaItem, agenda_item_id) if agenda_item_id is not None else None
        if agenda_item_id is not None and (item is None or meeting is None or item.meeting_id != meeting.id):
            raise NotFoundError("The agenda item is not part of this meeting.")
        if owner_person_id is not None and session.get(Person, owner_person_id) is None:
            raise NotFoundError("The chosen owner no longer exists.")
        if owner_organisation_id is not None and session.get(Organisation, owner_organisation_id) is None:
            raise NotFoundError("The chosen owner organisation no longer exists.")
        action = Action(
            ref=next_action_ref(session, cluster.code),
            cluster=cluster,
            meeting=meeting,
            agenda_item=item,
            title=check.required_text(title, "action", "title", 5_000),
            owner_person_id=owner_person_id,
            owner_organisation_id=owner_organisation_id,
            due_on=due,
            status=status,
            goals=goals(session, goal_numbers),
        )
        if status.is_closed:
            action.closed_on = meeting.starts_at.date() if meeting else date.today()
            action.closed_meeting = meeting
        session.add(action)
        session.flush()
        return action.ref


def add_update(
    db: Database,
    action_ref: str,
    text: str,
    *,
    on: date | str | None = None,
    meeting_ref: str | None = None,
    author_id: int | None = None,
    status: ActionStatus | None = None,
) -> int:
    """A dated progress update; with ``status`` the action moves to it (closing it records when and where)."""
    day = check.parse_date(on, "date of the update", "on") or date.today()
    with db.write() as session:
        action = action_by_ref(session, action_ref)
        meeting = meeting_by_ref(session, meeting_ref) if meeting_ref else None
        update = ActionUpdate(
            action=action,
            on=day,
            meeting=meeting,
            author_id=author_id,
            text=check.required_text(text, "update", "text", 20_000),
            status=status,
        )
        session.add(update)
        if status is not None and status is not action.status:
            action.status = status
            action.closed_on = day if status.is_closed else None
            action.closed_meeting = meeting if status.is_closed else None
        session.flush()
        return update.id
