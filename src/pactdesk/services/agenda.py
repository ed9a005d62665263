"""The agenda of a meeting: ordered items with presenter, planned minutes and the minutes; decisions under them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pactdesk.domain import validation as check
from pactdesk.domain.errors import NotFoundError, ValidationError
from pactdesk.domain.models import Action, AgendaItem, Decision
from pactdesk.services.meetings import editable, meeting_by_ref
from pactdesk.store.database import Database


@dataclass(frozen=True)
class DecisionRow:
    id: int
    position: int
    text: str


@dataclass(frozen=True)
class AgendaItemRow:
    id: int
    position: int
    title: str
    presenter: str
    planned_minutes: int
    minutes: str
    standing: bool
    matters_arising: bool
    decisions: tuple[DecisionRow, ...]


@dataclass(frozen=True)
class RemovedItem:
    """What ``remove_item`` took away, so ``restore_item`` can put it back as it was."""

    meeting_ref: str
    row: AgendaItemRow
    action_ids: tuple[int, ...]


@dataclass(frozen=True)
class RemovedDecision:
    """What ``remove_decision`` took away, so ``restore_decision`` can put it back as it was."""

    id: int
    agenda_item_id: int
    position: int
    text: str


def _clean_planned(value: Any) -> int:
    if isinstance(value, str):
        value = value.strip() or "0"
        if not value.isdigit():
            raise ValidationError(f"Planned minutes must be a whole number, not “{value}”.", "planned_minutes")
    number = int(value)
    if not 0 <= number <= 24 * 60:
        raise ValidationError("Planned minutes must be between 0 and 1440.", "planned_minutes")
    return number


_FIELDS: dict[str, Callable[[Any], Any]] = {
    "title": lambda value: check.required_text(value, "agenda item's title", "title"),
    "presenter": lambda value: check.limited_text(value, "presenter", "presenter", check.MAX_NAME),
    "planned_minutes": _clean_planned,
    "minutes": lambda value: check.limited_text(value, "minutes", "minutes"),
    "standing": bool,
}


def _item(session: Session, item_id: int) -> AgendaItem:
    item = session.get(AgendaItem, item_id)
    if item is None:
        raise NotFoundError("That agenda item no longer exists.")
    editable(item.meeting)
    return item


def _row(item: AgendaItem) -> AgendaItemRow:
    return AgendaItemRow(
        id=item.id,
        position=item.position,
        title=item.title,
        presenter=item.presenter,
        planned_minutes=item.planned_minutes,
        minutes=item.minutes,
        standing=item.standing,
        matters_arising=item.matters_arising,
        decisions=tuple(DecisionRow(d.id, d.position, d.text) for d in item.decisions),
    )


def add_agenda_item(
    db: Database,
    meeting_ref: str,
    title: str,
    *,
    presenter: str = "",
    planned_minutes: int = 0,
    minutes: str = "",
    standing: bool = False,
    matters_arising: bool = False,
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
            matters_arising=matters_arising,
        )
        session.add(item)
        session.flush()
        return item.id


def add_decision(db: Database, agenda_item_id: int, text: str, *, position: int | None = None) -> int:
    """A decision under an item, last or at ``position`` (1 = first); returns its id."""
    clean = check.required_text(text, "decision", "text", check.MAX_STATEMENT)
    with db.write() as session:
        item = _item(session, agenda_item_id)
        decision = Decision(agenda_item=item, position=0, text=clean)
        _place_decision(session, item, decision, position)
        return decision.id


def _place_decision(session: Session, item: AgendaItem, decision: Decision, position: int | None) -> None:
    session.add(decision)
    decisions = [each for each in item.decisions if each is not decision]
    index = len(decisions) if position is None else max(0, min(position - 1, len(decisions)))
    decisions.insert(index, decision)
    for number, each in enumerate(decisions, start=1):
        each.position = number
    session.flush()


def agenda(db: Database, meeting_ref: str) -> list[AgendaItemRow]:
    with db.read() as session:
        meeting = meeting_by_ref(session, meeting_ref)
        return [_row(item) for item in meeting.agenda]


def set_item_field(db: Database, item_id: int, field: str, value: Any) -> Any:
    """Change one field of an agenda item; returns the value it had, for undo."""
    if field not in _FIELDS:
        raise ValueError(field)
    clean = _FIELDS[field](value)
    with db.write() as session:
        item = _item(session, item_id)
        previous = getattr(item, field)
        setattr(item, field, clean)
        return previous


def _renumber(items: list[AgendaItem]) -> None:
    for position, item in enumerate(items, start=1):
        item.position = position


def move_item(db: Database, item_id: int, position: int) -> int:
    """Move an item to ``position`` (1 = first), the others closing up; returns its old position."""
    with db.write() as session:
        item = _item(session, item_id)
        items = [other for other in item.meeting.agenda if other.id != item.id]
        previous = item.position
        index = max(0, min(position - 1, len(items)))
        items.insert(index, item)
        _renumber(items)
        return previous


def remove_item(db: Database, item_id: int) -> RemovedItem:
    """Delete an item with its minutes and decisions; its actions stay, no longer under an item."""
    with db.write() as session:
        item = _item(session, item_id)
        meeting = item.meeting
        removed = RemovedItem(
            meeting_ref=meeting.ref,
            row=_row(item),
            action_ids=tuple(session.scalars(select(Action.id).where(Action.agenda_item_id == item.id))),
        )
        meeting.agenda.remove(item)
        session.delete(item)
        session.flush()
        _renumber(list(meeting.agenda))
        return removed


def restore_item(db: Database, removed: RemovedItem) -> int:
    """Put back an item taken away by ``remove_item``, at its old place and under its old id (ids are never reused,
    so what refers to the item, such as an undo step, still finds it); returns that id."""
    with db.write() as session:
        meeting = editable(meeting_by_ref(session, removed.meeting_ref))
        row = removed.row
        item = AgendaItem(
            id=row.id,
            title=row.title,
            presenter=row.presenter,
            planned_minutes=row.planned_minutes,
            minutes=row.minutes,
            standing=row.standing,
            matters_arising=row.matters_arising,
            position=row.position,
            decisions=[Decision(id=d.id, position=d.position, text=d.text) for d in row.decisions],
        )
        items = list(meeting.agenda)
        items.insert(max(0, min(row.position - 1, len(items))), item)
        meeting.agenda.append(item)
        _renumber(items)
        session.flush()
        for action in session.scalars(select(Action).where(Action.id.in_(removed.action_ids))):
            action.agenda_item_id = item.id
        return item.id


def set_decision_text(db: Database, decision_id: int, text: str) -> str:
    clean = check.required_text(text, "decision", "text", check.MAX_STATEMENT)
    with db.write() as session:
        decision = session.get(Decision, decision_id)
        if decision is None:
            raise NotFoundError("That decision no longer exists.")
        _item(session, decision.agenda_item_id)
        previous = decision.text
        decision.text = clean
        return previous


def remove_decision(db: Database, decision_id: int) -> RemovedDecision:
    """Delete a decision; returns what ``restore_decision`` needs to put it back."""
    with db.write() as session:
        decision = session.get(Decision, decision_id)
        if decision is None:
            raise NotFoundError("That decision no longer exists.")
        item = _item(session, decision.agenda_item_id)
        removed = RemovedDecision(decision.id, item.id, decision.position, decision.text)
        item.decisions.remove(decision)
        session.delete(decision)
        for position, other in enumerate(item.decisions, start=1):
            other.position = position
        return removed


def restore_decision(db: Database, removed: RemovedDecision) -> None:
    """Put back a removed decision at its old place, under its old id."""
    with db.write() as session:
        item = _item(session, removed.agenda_item_id)
        _place_decision(
            session, item, Decision(id=removed.id, agenda_item=item, position=0, text=removed.text), removed.position
        )


def planned_total(db: Database, meeting_ref: str) -> int:
    with db.read() as session:
        meeting = meeting_by_ref(session, meeting_ref)
        total = session.scalar(
            select(func.coalesce(func.sum(AgendaItem.planned_minutes), 0)).where(AgendaItem.meeting_id == meeting.id)
        )
        return int(total or 0)
