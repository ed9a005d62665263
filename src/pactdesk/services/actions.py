"""Actions: follow-up tasks with owner, due date, status, goals and dated progress updates."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, String, cast, func, select
from sqlalchemy.orm import Session, joinedload

from pactdesk.domain import validation as check
from pactdesk.domain.enums import ActionStatus
from pactdesk.domain.errors import NotFoundError, ValidationError
from pactdesk.domain.messages import say
from pactdesk.domain.models import Action, ActionUpdate, AgendaItem, Goal, Meeting, Organisation, Person, action_goal
from pactdesk.services import archive
from pactdesk.services.archive import Archived
from pactdesk.services.catalogue import cluster_by_code
from pactdesk.services.meetings import meeting_by_ref
from pactdesk.services.references import next_action_ref
from pactdesk.services.versions import Stamp
from pactdesk.store.database import Database


def action_by_ref(session: Session, ref: str) -> Action:
    action = session.scalar(select(Action).where(Action.ref == ref.strip().upper()))
    if action is None:
        raise NotFoundError(
            say(
                "There is no action with the reference “{ref}”.",
                "Não existe nenhuma ação com a referência «{ref}».",
                ref=ref.strip(),
            )
        )
    return action


def action_id_of(db: Database, ref: str) -> int:
    with db.read() as session:
        return action_by_ref(session, ref).id


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
    status = check.member(ActionStatus, status, "status of an action", "status")
    with db.write() as session:
        meeting = meeting_by_ref(session, meeting_ref) if meeting_ref else None
        if meeting is not None:
            cluster = meeting.cluster
        elif cluster_code:
            cluster = cluster_by_code(session, cluster_code)
        else:
            raise ValidationError(
                say(
                    "An action belongs to a meeting or a cluster; choose one.",
                    "Uma ação pertence a uma reunião ou a um cluster; escolha a reunião ou o cluster.",
                ),
                "meeting",
            )
        item = session.get(AgendaItem, agenda_item_id) if agenda_item_id is not None else None
        if agenda_item_id is not None and (item is None or meeting is None or item.meeting_id != meeting.id):
            raise NotFoundError(
                say(
                    "The agenda item is not part of this meeting.",
                    "O ponto da ordem de trabalhos não faz parte desta reunião.",
                )
            )
        if owner_person_id is not None and session.get(Person, owner_person_id) is None:
            raise NotFoundError(say("The chosen owner no longer exists.", "O responsável escolhido já não existe."))
        if owner_organisation_id is not None and session.get(Organisation, owner_organisation_id) is None:
            raise NotFoundError(
                say(
                    "The chosen owner organisation no longer exists.",
                    "A organização responsável escolhida já não existe.",
                )
            )
        action = Action(
            ref=next_action_ref(session, cluster.code),
            cluster=cluster,
            meeting=meeting,
            agenda_item=item,
            title=check.required_text(title, "action", "title", check.MAX_ACTION),
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
    status = check.optional_member(ActionStatus, status, "status of an action", "status")
    with db.write() as session:
        action = action_by_ref(session, action_ref)
        meeting = meeting_by_ref(session, meeting_ref) if meeting_ref else None
        update = ActionUpdate(
            action=action,
            on=day,
            meeting=meeting,
            author_id=author_id,
            text=check.required_text(text, "update", "text", check.MAX_STATEMENT),
            status=status,
        )
        session.add(update)
        if status is not None and status is not action.status:
            action.status = status
            action.closed_on = day if status.is_closed else None
            action.closed_meeting = meeting if status.is_closed else None
        session.flush()
        return update.id


@dataclass(frozen=True)
class ActionRow:
    id: int
    ref: str
    title: str
    owner: str
    due_on: date | None
    status: ActionStatus
    meeting_ref: str | None
    agenda_item_id: int | None
    goals: tuple[int, ...]
    latest_update: str

    def overdue(self, today: date) -> bool:
        return not self.status.is_closed and self.due_on is not None and self.due_on < today


def _rows(session: Session, query: Select[Action]) -> list[ActionRow]:
    """The actions ``query`` selects, as rows, in one query (a round trip to a team's server): their owner and
    meeting joined, their goals and latest update as columns of it."""
    goals = (
        select(func.aggregate_strings(cast(action_goal.c.goal_number, String), ","))
        .where(action_goal.c.action_id == Action.id)
        .scalar_subquery()
    )
    latest = (
        select(ActionUpdate.text)
        .where(ActionUpdate.action_id == Action.id)
        .order_by(ActionUpdate.on.desc(), ActionUpdate.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    found = session.execute(
        query.add_columns(goals, latest).options(
            joinedload(Action.owner_person), joinedload(Action.owner_organisation), joinedload(Action.meeting)
        )
    ).all()
    return [
        ActionRow(
            id=action.id,
            ref=action.ref,
            title=action.title,
            owner=owner_label(action),
            due_on=action.due_on,
            status=action.status,
            meeting_ref=action.meeting.ref if action.meeting else None,
            agenda_item_id=action.agenda_item_id,
            goals=tuple(sorted(int(number) for number in numbers.split(","))) if numbers else (),
            latest_update=update or "",
        )
        for action, numbers, update in found
    ]


def owner_label(action: Action) -> str:
    if action.owner_person is not None:
        return action.owner_person.name
    if action.owner_organisation is not None:
        return action.owner_organisation.acronym or action.owner_organisation.name
    return ""


def actions_of_meeting(db: Database, meeting_ref: str) -> list[ActionRow]:
    """The actions raised at a meeting (none for a reference no meeting has)."""
    with db.read() as session:
        raised = select(Meeting.id).where(Meeting.ref == meeting_ref.strip().upper()).scalar_subquery()
        return _rows(session, select(Action).where(Action.meeting_id == raised).order_by(Action.id))


@dataclass(frozen=True)
class ActionFields:
    """What the action form shows of an action."""

    title: str
    owner: tuple[str, int] | None  # ("person", id) or ("organisation", id)
    due_on: date | None
    status: ActionStatus
    goals: tuple[int, ...]
    stamp: Stamp


def action_fields(db: Database, action_id: int) -> ActionFields:
    with db.read() as session:
        action = session.get(Action, action_id)
        if action is None:
            raise NotFoundError(say("That action no longer exists.", "Essa ação já não existe."))
        owner = (
            ("person", action.owner_person_id)
            if action.owner_person_id
            else ("organisation", action.owner_organisation_id)
            if action.owner_organisation_id
            else None
        )
        return ActionFields(
            action.title,
            owner,
            action.due_on,
            action.status,
            tuple(goal.number for goal in action.goals),
            Stamp.of(action),
        )


def remove_action(db: Database, action_id: int) -> Archived:
    """Delete an action with its goals and progress updates; returns all of it for ``restore_action``."""
    with db.write() as session:
        if session.get(Action, action_id) is None:
            raise NotFoundError(say("That action no longer exists.", "Essa ação já não existe."))
        return archive.take_out(session, archive.table("action"), Action.__table__.c.id == action_id)


def restore_action(db: Database, removed: Archived) -> int:
    """Bring back a removed action under its old id and reference, with its history; returns the id."""
    with db.write() as session:
        return int(archive.put_back(session, removed)["id"])
