"""The agenda of a meeting: ordered items with presenter, planned minutes and the minutes; decisions under them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Table, func, select, update
from sqlalchemy.orm import Session, joinedload

from pactdesk.domain import validation as check
from pactdesk.domain.enums import MinutesStatus
from pactdesk.domain.errors import NotFoundError, ValidationError
from pactdesk.domain.messages import say
from pactdesk.domain.models import AgendaItem, Decision, Meeting
from pactdesk.services import archive
from pactdesk.services.archive import Archived
from pactdesk.services.meetings import editable, meeting_by_ref
from pactdesk.services.versions import UNSEEN, Stamp, check_field_fresh, check_fresh
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
    stamp: Stamp
    # "Approval of the previous minutes": the reference of the meeting whose minutes recording its decision approves,
    # and whether they are approved already.
    approves: str | None = None
    approved: bool = False


def _planned_range() -> str:
    return say("Planned minutes must be between 0 and 1440.", "Os minutos previstos têm de estar entre 0 e 1440.")


def clean_planned(value: Any) -> int:
    """Planned minutes as typed (a number, or its digits) checked: a whole number from 0 to 1440."""
    if isinstance(value, str):
        value = value.strip() or "0"
        if not value.isdigit():
            raise ValidationError(
                say(
                    "Planned minutes must be a whole number, not “{value}”.",
                    "Os minutos previstos têm de ser um número inteiro, e não «{value}».",
                    value=value,
                ),
                "planned_minutes",
            )
    number = int(value)
    if not 0 <= number <= 24 * 60:
        raise ValidationError(_planned_range(), "planned_minutes")
    return number


_FIELDS: dict[str, Callable[[Any], Any]] = {
    "title": lambda value: check.required_text(value, "agenda item's title", "title"),
    "presenter": lambda value: check.limited_text(value, "presenter", "presenter", check.MAX_NAME),
    "planned_minutes": clean_planned,
    "minutes": lambda value: check.limited_text(value, "minutes", "minutes"),
    "standing": bool,
}


def item_to_change(session: Session, item_id: int) -> AgendaItem:
    """The agenda item with its meeting: ``NotFoundError`` when it is gone, ``LockedError`` when the meeting's
    minutes are approved."""
    item = session.get(AgendaItem, item_id, options=[joinedload(AgendaItem.meeting)])  # one query for both
    if item is None:
        raise NotFoundError(
            say("That agenda item no longer exists.", "Esse ponto da ordem de trabalhos já não existe.")
        )
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
        stamp=Stamp.of(item),
        approves=item.approves_meeting.ref if item.approves_meeting else None,
        approved=bool(item.approves_meeting and item.approves_meeting.minutes_status is MinutesStatus.APPROVED),
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
        raise ValidationError(_planned_range(), "planned_minutes")
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
        item = item_to_change(session, agenda_item_id)
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
    """The meeting's items with their decisions, read in one query."""
    with db.read() as session:
        meeting = meeting_by_ref(
            session,
            meeting_ref,
            joinedload(Meeting.agenda).joinedload(AgendaItem.decisions),
            joinedload(Meeting.agenda).joinedload(AgendaItem.approves_meeting),
        )
        return [_row(item) for item in meeting.agenda]


def set_item_field(db: Database, item_id: int, field: str, value: Any, *, seen: Any = UNSEEN) -> Any:
    """Change one field of an agenda item; returns the value it had, for undo. ``seen`` is the field's value the
    person saw: if someone has changed that field since, the change is refused (``StaleError``)."""
    return save_item_field(db, item_id, field, value, seen_value=seen)[0]


def save_item_field(
    db: Database, item_id: int, field: str, value: Any, *, seen: int | None = None, seen_value: Any = UNSEEN
) -> tuple[Any, Stamp]:
    """Change one field of an agenda item made to version ``seen`` of it, or whose value was ``seen_value`` (the
    minutes are checked by version, the other fields each by its value); ``StaleError`` when someone saved it since,
    no check when neither is given. Returns the value it had, for undo, and the item's stamp after the save."""
    if field not in _FIELDS:
        raise ValueError(field)
    clean = _FIELDS[field](value)
    with db.write() as session:
        item = item_to_change(session, item_id)
        previous = getattr(item, field)
        what = say(
            "Item {position}, “{title}”,", "O ponto {position}, «{title}»,", position=item.position, title=item.title
        )
        check_fresh(item, seen, what, theirs=previous)
        check_field_fresh(item, seen_value, previous, what)
        setattr(item, field, clean)
        session.flush()
        return previous, Stamp.of(item)


def renumber(items: list[AgendaItem]) -> None:
    """Number ``items`` 1, 2, 3… in the order given."""
    for position, item in enumerate(items, start=1):
        item.position = position


def place_item(meeting: Meeting, item: AgendaItem, position: int | None = None) -> None:
    """Put ``item`` on ``meeting``'s agenda at ``position`` (1 = first; None or past the end: last), taking it off
    the agenda it was on, and number both agendas again."""
    left = item.meeting if item.meeting is not None and item.meeting is not meeting else None
    items = [other for other in meeting.agenda if other is not item]
    index = len(items) if position is None else max(0, min(position - 1, len(items)))
    items.insert(index, item)
    if item not in meeting.agenda:
        meeting.agenda.append(item)  # the relationship takes it off the other agenda
    renumber(items)
    if left is not None:
        renumber(sorted((other for other in left.agenda if other is not item), key=lambda other: other.position))


def move_item(db: Database, item_id: int, position: int) -> int:
    """Move an item to ``position`` (1 = first), the others closing up; returns its old position."""
    with db.write() as session:
        item = item_to_change(session, item_id)
        items = [other for other in item.meeting.agenda if other.id != item.id]
        previous = item.position
        index = max(0, min(position - 1, len(items)))
        items.insert(index, item)
        renumber(items)
        return previous


def remove_item(db: Database, item_id: int) -> Archived:
    """Delete an item with its minutes and decisions; its actions stay, no longer under an item."""
    with db.write() as session:
        meeting = item_to_change(session, item_id).meeting
        removed = archive.take_out(session, archive.table("agenda_item"), AgendaItem.__table__.c.id == item_id)
        renumber(sorted(meeting.agenda, key=lambda item: item.position))
        return removed


def restore_item(db: Database, removed: Archived) -> int:
    """Put back an item taken away by ``remove_item``, at its old place and under its old id (ids are never reused,
    so what refers to the item, such as an undo step, still finds it), with its actions under it again."""
    row = removed.root
    with db.write() as session:
        meeting = session.get(Meeting, row["meeting_id"])
        if meeting is None:
            raise NotFoundError(
                say(
                    "The meeting of that agenda item no longer exists.",
                    "A reunião desse ponto da ordem de trabalhos já não existe.",
                )
            )
        editable(meeting)
        table = archive.table("agenda_item")
        make_room(session, table.c.meeting_id == meeting.id, table, row["position"])
        archive.put_back(session, removed)
        renumber(sorted(meeting.agenda, key=lambda item: item.position))
        return int(row["id"])


def make_room(session: Session, siblings: ColumnElement[bool], table: Table, position: int) -> None:
    """Move the rows from ``position`` on one place down, so a row put back there finds its place free."""
    session.execute(update(table).where(siblings, table.c.position >= position).values(position=table.c.position + 1))


def set_decision_text(db: Database, decision_id: int, text: str, *, seen: str | object = UNSEEN) -> str:
    """Change a decision's wording; returns the one it had. ``seen`` is the wording the person saw: if someone has
    changed it since, the change is refused (``StaleError``, with the stored wording)."""
    clean = check.required_text(text, "decision", "text", check.MAX_STATEMENT)
    with db.write() as session:
        decision = session.get(Decision, decision_id)
        if decision is None:
            raise NotFoundError(say("That decision no longer exists.", "Essa deliberação já não existe."))
        item_to_change(session, decision.agenda_item_id)
        previous = decision.text
        check_field_fresh(decision, seen, previous, say("The decision", "A deliberação"))
        decision.text = clean
        return previous


def remove_decision(db: Database, decision_id: int) -> Archived:
    """Delete a decision; returns what ``restore_decision`` needs to put it back."""
    with db.write() as session:
        decision = session.get(Decision, decision_id)
        if decision is None:
            raise NotFoundError(say("That decision no longer exists.", "Essa deliberação já não existe."))
        item = item_to_change(session, decision.agenda_item_id)
        removed = archive.take_out(session, archive.table("decision"), Decision.__table__.c.id == decision_id)
        for position, other in enumerate(sorted(item.decisions, key=lambda kept: kept.position), start=1):
            other.position = position
        return removed


def restore_decision(db: Database, removed: Archived) -> None:
    """Put back a removed decision at its old place, under its old id."""
    row = removed.root
    with db.write() as session:
        item = item_to_change(session, row["agenda_item_id"])
        table = archive.table("decision")
        make_room(session, table.c.agenda_item_id == item.id, table, row["position"])
        archive.put_back(session, removed)
        for position, decision in enumerate(sorted(item.decisions, key=lambda kept: kept.position), start=1):
            decision.position = position


def planned_total(db: Database, meeting_ref: str) -> int:
    with db.read() as session:
        meeting = meeting_by_ref(session, meeting_ref)
        total = session.scalar(
            select(func.coalesce(func.sum(AgendaItem.planned_minutes), 0)).where(AgendaItem.meeting_id == meeting.id)
        )
        return int(total or 0)
