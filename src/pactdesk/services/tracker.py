"""The action tracker: every action of every cluster filtered, sorted and paged, and each action's history of
progress updates. Statuses changed many at a time are in ``statuses``; how open actions reach the next meeting is in
``carry_over``."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, TypedDict, TypeVar, Unpack, cast

from sqlalchemy import (
    ColumnElement,
    Select,
    SQLColumnExpression,
    String,
    and_,
    case,
    exists,
    func,
    literal,
    or_,
    select,
    union_all,
)
from sqlalchemy import cast as sql_cast
from sqlalchemy.orm import Session, aliased

from pactdesk.domain import validation as check
from pactdesk.domain.enums import ActionStatus
from pactdesk.domain.errors import ConflictError, NotFoundError, ValidationError
from pactdesk.domain.messages import say
from pactdesk.domain.models import Action, ActionUpdate, Cluster, Meeting, Organisation, Person, action_goal
from pactdesk.services import actions, archive
from pactdesk.services.archive import Archived
from pactdesk.services.catalogue import OPEN_STATUSES
from pactdesk.services.meetings import meeting_by_ref
from pactdesk.services.versions import check_fields_fresh
from pactdesk.store.database import Database

# The same aliases serve the page of ids and the page of rows, so both sort by the very same expressions.
_OwnerPerson = aliased(Person, name="owner_person")
_OwnerOrganisation = aliased(Organisation, name="owner_organisation")
_Raised = aliased(Meeting, name="raised_meeting")
_Closed = aliased(Meeting, name="closed_meeting")

# How an owner reads in the tracker, the same as ``actions.owner_label``: the person, else the organisation.
_OWNER_LABEL = func.coalesce(
    _OwnerPerson.name, func.nullif(_OwnerOrganisation.acronym, ""), _OwnerOrganisation.name, ""
)
# When the action was raised: at its meeting, or when it was recorded if it belongs to no meeting.
_RAISED_AT = func.coalesce(_Raised.starts_at, Action.created_at)
_STATUS_ORDER = case({status: position for position, status in enumerate(ActionStatus)}, value=Action.status)


# -- what the tracker shows: filter, sort, rows --------------------------------------------------------------


@dataclass(frozen=True)
class ActionFilter:
    """Which actions the tracker shows; a field left empty does not filter.

    ``today`` is given, never read from the clock, so a list and its counts agree and tests know the answer.
    An action is *overdue* when it is still open (open or in progress) and its due date is before ``today``: due
    today is not overdue yet. *Due within N days* means still open and due from ``today`` to ``today + N``
    inclusive. With both, the tracker shows either kind (what needs attention). The owner filters match the
    action's own owner: ``owner_organisation_id`` finds actions given to the organisation, not to its people.
    ``text`` keeps actions whose title, reference or one of whose progress updates has every word (case ignored).
    """

    today: date
    cluster_codes: tuple[str, ...] = ()
    owner_person_id: int | None = None
    owner_organisation_id: int | None = None
    statuses: tuple[ActionStatus, ...] = ()
    overdue: bool = False
    due_within_days: int | None = None
    goal: int | None = None
    text: str = ""


class TrackerColumn(enum.Enum):
    """The columns the tracker can be sorted by."""

    REF = "ref"
    CLUSTER = "cluster"
    TITLE = "title"
    OWNER = "owner"
    DUE = "due"
    STATUS = "status"
    AGE = "age"
    MEETING = "meeting"
    CLOSED = "closed"


@dataclass(frozen=True)
class ActionSort:
    """The tracker's order: a column and its direction. Empty values always come last."""

    column: TrackerColumn = TrackerColumn.DUE
    descending: bool = False


@dataclass(frozen=True)
class TrackerRow:
    """One action as the tracker shows it.

    ``age_days`` counts the days from the day the action was raised (its meeting, else when it was recorded) to
    ``today``; ``days_overdue`` is 0 unless the action is overdue.
    """

    id: int
    ref: str
    cluster_code: str
    title: str
    owner: str
    owner_person_id: int | None
    owner_organisation_id: int | None
    due_on: date | None
    status: ActionStatus
    raised_on: date
    age_days: int
    overdue: bool
    days_overdue: int
    goals: tuple[int, ...]
    meeting_ref: str | None
    latest_update: str
    closed_on: date | None
    closed_meeting_ref: str | None


def _words(text: str) -> list[str]:
    return check.clean_text(text).lower().split()


def _mentions(column: SQLColumnExpression[str], word: str, dialect: str) -> ColumnElement[bool]:
    """``column`` contains ``word`` (given in lower case), case ignored."""
    # SQLite's LIKE already ignores case (of ASCII letters, as its lower() does), and skipping lower() halves the
    # time of a text search on a large file.
    if dialect == "sqlite":
        return column.contains(word, autoescape=True)
    return func.lower(column).contains(word, autoescape=True)


def _conditions(wanted: ActionFilter, dialect: str) -> list[ColumnElement[bool]]:
    """The filter as SQL conditions on ``action`` alone (subqueries, no joins), so counting needs no join."""
    found: list[ColumnElement[bool]] = []
    if wanted.cluster_codes:
        codes = {code.strip().upper() for code in wanted.cluster_codes}
        found.append(Action.cluster_id.in_(select(Cluster.id).where(Cluster.code.in_(codes))))
    if wanted.owner_person_id is not None:
        found.append(Action.owner_person_id == wanted.owner_person_id)
    if wanted.owner_organisation_id is not None:
        found.append(Action.owner_organisation_id == wanted.owner_organisation_id)
    if wanted.statuses:
        found.append(Action.status.in_(set(wanted.statuses)))
    due: list[ColumnElement[bool]] = []
    if wanted.overdue:
        due.append(Action.due_on < wanted.today)
    if wanted.due_within_days is not None:
        if wanted.due_within_days < 0:
            raise ValidationError(
                say(
                    "The number of days ahead must be zero or more.",
                    "O número de dias a considerar tem de ser igual ou superior a zero.",
                ),
                "due_within_days",
            )
        due.append(Action.due_on.between(wanted.today, wanted.today + timedelta(days=wanted.due_within_days)))
    if due:
        found.append(and_(Action.status.in_(OPEN_STATUSES), or_(*due)))
    if wanted.goal is not None:
        (goal,) = check.check_goals([wanted.goal], "goal")
        found.append(exists().where(action_goal.c.action_id == Action.id, action_goal.c.goal_number == goal))
    for word in _words(wanted.text):
        # One pass over the updates for the word, not one lookup per action: several times faster on large files.
        said = Action.id.in_(select(ActionUpdate.action_id).where(_mentions(ActionUpdate.text, word, dialect)))
        found.append(or_(_mentions(Action.title, word, dialect), _mentions(Action.ref, word, dialect), said))
    return found


def _sort_key(column: TrackerColumn) -> SQLColumnExpression[Any]:
    keys: dict[TrackerColumn, SQLColumnExpression[Any]] = {
        TrackerColumn.REF: Action.ref,
        TrackerColumn.CLUSTER: Cluster.code,
        TrackerColumn.TITLE: func.lower(Action.title),
        TrackerColumn.OWNER: func.nullif(func.lower(_OWNER_LABEL), ""),
        TrackerColumn.DUE: Action.due_on,
        TrackerColumn.STATUS: _STATUS_ORDER,
        TrackerColumn.AGE: _RAISED_AT,
        TrackerColumn.MEETING: _Raised.starts_at,
        TrackerColumn.CLOSED: Action.closed_on,
    }
    return keys[column]


def _ordering(sort: ActionSort) -> list[SQLColumnExpression[Any]]:
    key = _sort_key(sort.column)
    # The older an action, the earlier it was raised: sorting by age is sorting by that moment the other way.
    descending = not sort.descending if sort.column is TrackerColumn.AGE else sort.descending
    return [
        key.is_(None),
        key.desc() if descending else key.asc(),
        Action.id.desc() if descending else Action.id.asc(),
    ]


_Query = TypeVar("_Query", bound=Select[*tuple[Any, ...]])


def _joined_for(query: _Query, column: TrackerColumn | None) -> _Query:
    """``query`` joined to the tables the sort key of ``column`` (every one, for ``None``) reads."""
    if column in (None, TrackerColumn.CLUSTER):
        query = query.join(Cluster, Cluster.id == Action.cluster_id)
    if column in (None, TrackerColumn.OWNER):
        query = query.outerjoin(_OwnerPerson, _OwnerPerson.id == Action.owner_person_id).outerjoin(
            _OwnerOrganisation, _OwnerOrganisation.id == Action.owner_organisation_id
        )
    if column in (None, TrackerColumn.AGE, TrackerColumn.MEETING):
        query = query.outerjoin(_Raised, _Raised.id == Action.meeting_id)
    if column is None:
        query = query.outerjoin(_Closed, _Closed.id == Action.closed_meeting_id)
    return query


def rows_where(
    session: Session,
    conditions: Sequence[ColumnElement[bool]],
    sort: ActionSort,
    today: date,
    *,
    offset: int = 0,
    limit: int | None = None,
    known: dict[int, TrackerRow] | None = None,
) -> list[TrackerRow]:
    """One page of rows in one statement: the page's ids are chosen first, and only the rows on the page get
    their owner, meetings, goals and latest update (correlated subqueries, so no query per row).

    With ``known`` (rows already read in this session, by id; filled as rows are read) only the page's ids are
    chosen and only the rows not known yet are read: many meetings' matters arising list the same actions."""
    page = _joined_for(select(Action.id).where(*conditions), sort.column).order_by(*_ordering(sort))
    if offset:
        page = page.offset(offset)
    if limit is not None:
        page = page.limit(limit)
    if known is not None:
        ids = list(session.scalars(page))
        missing = [action_id for action_id in ids if action_id not in known]
        for start in range(0, len(missing), 500):
            chunk = select(Action.id).where(Action.id.in_(missing[start : start + 500]))
            for row in _read_rows(session, chunk.subquery("page"), ActionSort(), today):
                known[row.id] = row
        return [_aged(known[action_id], today) for action_id in ids]
    return _read_rows(session, page.subquery("page"), sort, today)


def _read_rows(session: Session, chosen: Any, sort: ActionSort, today: date) -> list[TrackerRow]:
    latest = (
        select(ActionUpdate.text)
        .where(ActionUpdate.action_id == Action.id)
        .order_by(ActionUpdate.on.desc(), ActionUpdate.id.desc())
        .limit(1)
        .correlate(Action)
        .scalar_subquery()
    )
    goal_list = (
        select(func.aggregate_strings(sql_cast(action_goal.c.goal_number, String), ","))
        .where(action_goal.c.action_id == Action.id)
        .correlate(Action)
        .scalar_subquery()
    )
    query = _joined_for(
        select(
            Action.id,
            Action.ref,
            Cluster.code.label("cluster_code"),
            Action.title,
            _OWNER_LABEL.label("owner"),
            Action.owner_person_id,
            Action.owner_organisation_id,
            Action.due_on,
            Action.status,
            _RAISED_AT.label("raised_at"),
            _Raised.ref.label("meeting_ref"),
            latest.label("latest_update"),
            goal_list.label("goals"),
            Action.closed_on,
            _Closed.ref.label("closed_meeting_ref"),
        ).join(chosen, chosen.c.id == Action.id),
        None,
    ).order_by(*_ordering(sort))
    return [_tracker_row(row, today) for row in session.execute(query)]


def _aged(row: TrackerRow, today: date) -> TrackerRow:
    """``row`` as it stood on ``today``: its age and whether (and how long) it was overdue."""
    overdue = row.status in OPEN_STATUSES and row.due_on is not None and row.due_on < today
    # A copy with three fields changed; dataclasses.replace would re-run the frozen __init__ of all eighteen,
    # which a binder (tens of thousands of rows, one per action per meeting) feels.
    aged = object.__new__(TrackerRow)
    aged.__dict__.update(
        row.__dict__,
        age_days=max(0, (today - row.raised_on).days),
        overdue=overdue,
        days_overdue=(today - row.due_on).days if overdue and row.due_on is not None else 0,
    )
    return aged


def _tracker_row(row: Any, today: date) -> TrackerRow:
    return _aged(_read_row(row), today)


def _read_row(row: Any) -> TrackerRow:
    return TrackerRow(
        id=row.id,
        ref=row.ref,
        cluster_code=row.cluster_code,
        title=row.title,
        owner=row.owner,
        owner_person_id=row.owner_person_id,
        owner_organisation_id=row.owner_organisation_id,
        due_on=row.due_on,
        status=row.status,
        raised_on=_as_date(row.raised_at),
        age_days=0,
        overdue=False,
        days_overdue=0,
        goals=tuple(sorted(int(number) for number in row.goals.split(","))) if row.goals else (),
        meeting_ref=row.meeting_ref,
        latest_update=row.latest_update or "",
        closed_on=row.closed_on,
        closed_meeting_ref=row.closed_meeting_ref,
    )


def _as_date(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    # A database that loses coalesce()'s type hands back the stored text.
    return datetime.fromisoformat(str(value)).date()


def count_actions(db: Database, wanted: ActionFilter) -> int:
    """How many actions the filter keeps: the length of the tracker's list."""
    with db.read() as session:
        return count_in(session, wanted)


def action_page(
    db: Database, wanted: ActionFilter, sort: ActionSort | None = None, offset: int = 0, limit: int | None = 200
) -> list[TrackerRow]:
    """One page of the tracker: the actions the filter keeps, in ``sort`` order (due date first by default);
    ``limit=None`` gives every one from ``offset`` on."""
    with db.read() as session:
        return page_in(session, wanted, sort, offset, limit)


def count_in(session: Session, wanted: ActionFilter) -> int:
    """``count_actions`` inside a session another service already holds, so its figures come from one snapshot."""
    query = select(func.count()).select_from(Action).where(*_conditions(wanted, _dialect(session)))
    return session.scalar(query) or 0


def page_in(
    session: Session, wanted: ActionFilter, sort: ActionSort | None = None, offset: int = 0, limit: int | None = 200
) -> list[TrackerRow]:
    """``action_page`` inside a session another service already holds."""
    conditions = _conditions(wanted, _dialect(session))
    return rows_where(session, conditions, sort or ActionSort(), wanted.today, offset=offset, limit=limit)


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


@dataclass(frozen=True)
class OwnerChoice:
    """Someone who owns at least one action: a person (with their organisation's acronym) or an organisation."""

    person_id: int | None
    organisation_id: int | None
    label: str
    actions: int


def owner_choices(db: Database) -> list[OwnerChoice]:
    """The people, then the organisations, who own at least one action, each by name: the tracker's owner list."""
    people = (
        select(literal(True).label("person"), Person.id, Person.name, Organisation.acronym, func.count(Action.id))
        .join(Action, Action.owner_person_id == Person.id)
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .group_by(Person.id, Person.name, Organisation.acronym)
    )
    organisations = (
        select(literal(False), Organisation.id, Organisation.name, Organisation.acronym, func.count(Action.id))
        .join(Action, Action.owner_organisation_id == Organisation.id)
        .group_by(Organisation.id, Organisation.name, Organisation.acronym)
    )
    with db.read() as session:  # both in one query: one round trip to a team's server
        owners = session.execute(union_all(people, organisations)).all()
    found = [
        OwnerChoice(ident, None, f"{name} ({acronym})" if acronym else name, count)
        for person, ident, name, acronym, count in owners
        if person
    ]
    found.sort(key=lambda choice: (choice.label.casefold(), choice.person_id))
    bodies = [
        OwnerChoice(None, ident, acronym or name, count) for person, ident, name, acronym, count in owners if not person
    ]
    bodies.sort(key=lambda choice: (choice.label.casefold(), choice.organisation_id))
    return found + bodies


# -- the history of an action: its progress updates -----------------------------------------------------------


@dataclass(frozen=True)
class UpdateRow:
    """A progress update: on which day, who said it, what, the status it reported and at which meeting."""

    id: int
    action_id: int
    on: date
    author_id: int | None
    author: str
    text: str
    status: ActionStatus | None
    meeting_ref: str | None


def update_rows(session: Session, *conditions: ColumnElement[bool]) -> list[UpdateRow]:
    query = (
        select(
            ActionUpdate.id,
            ActionUpdate.action_id,
            ActionUpdate.on,
            ActionUpdate.author_id,
            func.coalesce(Person.name, ""),
            ActionUpdate.text,
            ActionUpdate.status,
            Meeting.ref,
        )
        .outerjoin(Person, Person.id == ActionUpdate.author_id)
        .outerjoin(Meeting, Meeting.id == ActionUpdate.meeting_id)
        .where(*conditions)
        .order_by(ActionUpdate.on, ActionUpdate.id)
    )
    return [UpdateRow(*row) for row in session.execute(query)]


def action_history(db: Database, action_ref: str) -> list[UpdateRow]:
    """The action's progress updates, oldest first."""
    with db.read() as session:
        action = actions.action_by_ref(session, action_ref)
        return update_rows(session, ActionUpdate.action_id == action.id)


class UpdateChanges(TypedDict, total=False):
    """The fields of a progress update that ``edit_update`` changes; a key left out stays as it is.

    ``status`` is what the update reported; changing it here corrects the record and does not move the action
    (``set_statuses`` does that).
    """

    text: str
    on: date | str
    author_id: int | None
    meeting_ref: str | None
    status: ActionStatus | None


def edit_update(
    db: Database, update_id: int, *, seen: Mapping[str, Any] | None = None, **changes: Unpack[UpdateChanges]
) -> UpdateChanges:
    """Change the given fields of a progress update; returns their previous values (pass them back to undo).
    ``seen`` holds the values the form showed: a field someone else changed since is refused (``StaleError``)."""
    unknown = sorted(set(changes) - UpdateChanges.__optional_keys__)
    if unknown:
        raise TypeError(f"unknown fields: {', '.join(unknown)}")
    with db.write() as session:
        row = session.get(ActionUpdate, update_id)
        if row is None:
            raise NotFoundError(say("That progress update no longer exists.", "Esse ponto de situação já não existe."))
        previous: dict[str, Any] = {}
        if "text" in changes:
            previous["text"] = row.text
            row.text = check.required_text(changes["text"], "update", "text", check.MAX_STATEMENT)
        if "on" in changes:
            previous["on"] = row.on
            day = check.parse_date(changes["on"], "date of the update", "on")
            if day is None:
                raise ValidationError(
                    say("A progress update needs a date.", "Um ponto de situação precisa de uma data."), "on"
                )
            row.on = day
        if "author_id" in changes:
            previous["author_id"] = row.author_id
            author = changes["author_id"]
            if author is not None and session.get(Person, author) is None:
                raise NotFoundError(say("The chosen person no longer exists.", "A pessoa escolhida já não existe."))
            row.author_id = author
        if "meeting_ref" in changes:
            previous["meeting_ref"] = row.meeting.ref if row.meeting is not None else None
            ref = changes["meeting_ref"]
            row.meeting_id = meeting_of_cluster(session, ref, row.action).id if ref else None
        if "status" in changes:
            previous["status"] = row.status
            row.status = check.optional_member(ActionStatus, changes["status"], "status of an action", "status")
        day = previous.get("on", row.on)
        what = say("The progress update of {on}", "O ponto de situação de {on}", on=f"{day:%d/%m/%Y}")
        check_fields_fresh(row, seen, previous, what)
        return cast(UpdateChanges, previous)


def meeting_of_cluster(session: Session, ref: str, action: Action) -> Meeting:
    meeting = meeting_by_ref(session, ref)
    if meeting.cluster_id != action.cluster_id:
        raise ValidationError(
            say(
                "{meeting} is a meeting of another cluster; {action} can only be followed up at its own cluster's "
                "meetings.",
                "{meeting} é uma reunião de outro cluster; a ação {action} só pode ser acompanhada nas reuniões do "
                "seu cluster.",
                meeting=meeting.ref,
                action=action.ref,
            ),
            "meeting",
        )
    return meeting


def remove_update(db: Database, update_id: int) -> Archived:
    """Delete a progress update; the action's status is left as it is. Returns what restoring it needs."""
    with db.write() as session:
        if session.get(ActionUpdate, update_id) is None:
            raise NotFoundError(say("That progress update no longer exists.", "Esse ponto de situação já não existe."))
        return archive.take_out(session, archive.table("action_update"), ActionUpdate.__table__.c.id == update_id)


def restore_update(db: Database, removed: Archived) -> int:
    """Put back a removed progress update under its old id (ids of updates are never handed out again). A meeting
    or author deleted since is left out; the update itself still stands."""
    with db.write() as session:
        if session.get(Action, removed.root["action_id"]) is None:
            raise NotFoundError(
                say(
                    "The action this update belonged to no longer exists.",
                    "A ação a que este ponto de situação pertencia já não existe.",
                )
            )
        if session.get(ActionUpdate, removed.root["id"]) is not None:
            raise ConflictError(say("That progress update is already there.", "Esse ponto de situação já existe."))
        return int(archive.put_back(session, removed)["id"])
