"""The register of decisions: every decision numbered in the register of its cluster's decisions of its meeting's
year ("TEX 2025/07"), and the register read, filtered and paged.

A number is given once, when the decision is recorded, and never given again: the next one of its cluster and year,
counted in ``ref_counter`` (prefix ``TEX-D2025``) in the same transaction, so two laptops on one server recording
at once are served one after the other by the counter's row. A deleted decision leaves a gap; one put back by undo
(services/archive.py puts the row back as it was) keeps its number, as does one moved to another item; a meeting
moved to another year keeps the numbers its decisions were given. Decisions made through the ORM (an item's
decision, the demo, a restore, an approval at a meeting) are numbered by this module's ``before_flush`` on every
session: nothing to call, and a flush that adds no decision sends nothing more. Rows inserted with SQL (the
workbook's import) are numbered by ``number_new``. Migration 0009 numbered the decisions recorded before it, in
the order they were taken; their counters are made the first time a number is given after it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    String,
    Table,
    and_,
    bindparam,
    event,
    exists,
    func,
    literal,
    or_,
    select,
    update,
)
from sqlalchemy import cast as sql_cast
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session
from sqlalchemy.orm.base import NO_VALUE
from sqlalchemy.orm.base import instance_state as state_of

from pactdesk.domain import validation as check
from pactdesk.domain.errors import NotFoundError, ValidationError
from pactdesk.domain.language import in_language
from pactdesk.domain.messages import say
from pactdesk.domain.models import Action, AgendaItem, Cluster, Decision, Meeting, RefCounter, action_goal
from pactdesk.services.catalogue import cluster_by_code
from pactdesk.store.database import Database

COUNTERS = cast(Table, RefCounter.__table__)
DECISIONS = cast(Table, Decision.__table__)


def label(cluster_code: str, year: int, number: int) -> str:
    """A decision's place in its register, as people write it: ``TEX 2025/07`` (two digits at least)."""
    return f"{cluster_code} {year:04d}/{number:02d}"


def prefix(cluster_code: str, year: int) -> str:
    """The counter of a cluster's register of a year in ``ref_counter``: ``TEX-D2025``."""
    return f"{cluster_code}-D{year:04d}"


# -- numbering --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Taken:
    """A new decision, where it was taken: what orders it among the others of its cluster and year."""

    cluster_id: int
    year: int
    order: tuple[Any, ...]
    decision: Decision


@event.listens_for(Session, "before_flush")
def _number_before_flush(session: Session, _context: object, _instances: object) -> None:
    """Each decision the flush inserts without a number gets the next ones of its cluster and year, in the order
    they were taken (meeting, item, place). A flush without new decisions sends no statement."""
    new = [record for record in session.new if isinstance(record, Decision) and record.register_number is None]
    if not new:
        return
    taken = [found for number, decision in enumerate(new) if (found := _taken(session, decision, number))]
    groups: dict[tuple[int, int], list[_Taken]] = {}
    for each in taken:
        groups.setdefault((each.cluster_id, each.year), []).append(each)
    connection = session.connection()
    for (cluster_id, year), decisions in sorted(groups.items()):  # always the same order: no two writers deadlock
        first = _take(connection, cluster_id, year, len(decisions))
        for number, each in enumerate(sorted(decisions, key=lambda one: one.order), start=first):
            each.decision.register_year, each.decision.register_number = year, number


def _loaded(record: object, name: str) -> Any:
    """The related record ``name`` when it is in memory (never loaded here: a flush must not read on its own)."""
    value = state_of(record).attrs[name].loaded_value
    return None if value is NO_VALUE else value


def _taken(session: Session, decision: Decision, number: int) -> _Taken | None:
    item = _loaded(decision, "agenda_item")
    if item is None and decision.agenda_item_id is not None:
        item = session.get(AgendaItem, decision.agenda_item_id)
    if item is None:
        return None
    meeting = _loaded(item, "meeting")
    if meeting is None and item.meeting_id is not None:
        meeting = session.get(Meeting, item.meeting_id)
    if meeting is None or meeting.starts_at is None:
        return None
    cluster_id = meeting.cluster_id
    if cluster_id is None and (cluster := _loaded(meeting, "cluster")) is not None:
        cluster_id = cluster.id
    if cluster_id is None:
        return None
    order = (meeting.starts_at, meeting.id or 0, item.position or 0, decision.position or 0, number)
    return _Taken(cluster_id, meeting.starts_at.year, order, decision)


def _take(connection: Connection, cluster_id: int, year: int, count: int) -> int:
    """Move the counter of the cluster's ``year`` on by ``count``, its row locked to the end of the transaction;
    returns the first of the numbers taken. One statement, unless the counter is not there yet."""
    code = select(Cluster.code).where(Cluster.id == cluster_id).scalar_subquery()
    named = COUNTERS.c.prefix == code + literal(f"-D{year:04d}", String)
    moved = update(COUNTERS).where(named).values(last=COUNTERS.c.last + count).returning(COUNTERS.c.last)
    last = connection.execute(moved).scalar()
    if last is None:
        _start_counters(connection, cluster_id, year)
        last = connection.execute(moved).scalar_one()
    return int(last) - count + 1


def _start_counters(connection: Connection, cluster_id: int, year: int) -> None:
    """The counters of every cluster and year that has numbered decisions but no counter (those numbered by
    migration 0009), each at its highest number, and the counter asked for at 0 if it has none. A counter another
    laptop makes meanwhile is left to it: its insert waits for theirs, then gives way."""
    year_text = sql_cast(Decision.register_year, String)
    highest = (
        select(Cluster.code + literal("-D", String) + year_text, func.max(Decision.register_number))
        .select_from(Decision)
        .join(AgendaItem, AgendaItem.id == Decision.agenda_item_id)
        .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .join(Cluster, Cluster.id == Meeting.cluster_id)
        .where(Decision.register_number.is_not(None), Decision.register_year >= 1000)
        .group_by(Cluster.code, Decision.register_year)
    )
    code = connection.execute(select(Cluster.code).where(Cluster.id == cluster_id)).scalar_one()
    dialect = postgresql if connection.dialect.name == "postgresql" else sqlite
    starting = dialect.insert(COUNTERS).from_select(["prefix", "last"], highest).on_conflict_do_nothing()
    connection.execute(starting)
    connection.execute(
        dialect.insert(COUNTERS).values(prefix=prefix(code, year), last=0).on_conflict_do_nothing()  # no decision yet
    )


def number_new(session: Session) -> None:
    """Number every decision that has no number yet (rows inserted with SQL, such as the workbook's), in the order
    they were taken: by their meeting's start, their item's place, their own place."""
    session.flush()  # decisions of the ORM are numbered as they are flushed
    rows = session.execute(
        select(Decision.id, Meeting.cluster_id, Meeting.starts_at)
        .join(AgendaItem, AgendaItem.id == Decision.agenda_item_id)
        .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .where(Decision.register_number.is_(None))
        .order_by(Meeting.starts_at, Meeting.id, AgendaItem.position, Decision.position, Decision.id)
    ).all()
    if not rows:
        return
    groups: dict[tuple[int, int], list[int]] = {}
    for decision_id, cluster_id, starts_at in rows:
        groups.setdefault((cluster_id, starts_at.year), []).append(decision_id)
    connection = session.connection()
    numbers = []
    for (cluster_id, year), ids in sorted(groups.items()):
        first = _take(connection, cluster_id, year, len(ids))
        numbers += [{"key": key, "year": year, "number": first + n} for n, key in enumerate(ids)]
    session.execute(
        update(DECISIONS)
        .where(DECISIONS.c.id == bindparam("key"))
        .values(register_year=bindparam("year"), register_number=bindparam("number")),
        numbers,
    )
    for each in numbers:  # a decision already in memory shows its number
        held = session.identity_map.get(session.identity_key(Decision, (each["key"],)))
        if held is not None:
            session.expire(held, ["register_year", "register_number"])


# -- the register, read -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DecisionFilter:
    """Which decisions the register shows; a field left empty does not filter. ``goal`` keeps the decisions of
    agenda items under which an action serving that goal was raised (goals hang on actions, not on decisions).
    ``text`` keeps the decisions whose wording, item title or meeting reference holds every word, case and accents
    ignored ("acao" finds "Ação")."""

    cluster: str | None = None
    year: int | None = None
    goal: int | None = None
    text: str = ""


@dataclass(frozen=True)
class DecisionRow:
    id: int
    label: str  # "TEX 2025/07"; "" for a decision not numbered yet
    cluster_code: str
    year: int | None
    number: int | None
    text: str
    meeting_ref: str
    meeting_on: date
    item_id: int
    item_position: int
    item_title: str
    goals: tuple[int, ...]  # of the actions raised under its item


def decisions(
    db: Database, *, cluster: str | None = None, year: int | None = None, goal: int | None = None, text: str = ""
) -> list[DecisionRow]:
    """Every decision the filter keeps, by cluster, year and number."""
    return decision_page(db, DecisionFilter(cluster, year, goal, text), 0, None)


def count_decisions(db: Database, wanted: DecisionFilter) -> int:
    with db.read() as session:
        _check(session, wanted)
        query = select(func.count()).select_from(Decision).join(AgendaItem, AgendaItem.id == Decision.agenda_item_id)
        query = query.join(Meeting, Meeting.id == AgendaItem.meeting_id).where(*_conditions(session, wanted))
        return int(session.scalar(query) or 0)


def decision_page(db: Database, wanted: DecisionFilter, offset: int, limit: int | None) -> list[DecisionRow]:
    """The decisions from ``offset`` (``limit`` of them, or all), by cluster, year and number."""
    with db.read() as session:
        _check(session, wanted)
        if limit is None:
            return _rows(session, _listing(session, wanted))
        ids = list(session.scalars(_ordered(session, wanted).offset(offset).limit(limit)))
        return _rows_by_id(session, ids)


def first_page(db: Database, wanted: DecisionFilter, limit: int) -> tuple[int, list[DecisionRow]]:
    """How many decisions the filter keeps, and the first ``limit`` of them, the filter (the words above all)
    applied once: the ids sorted and counted in one query, then their rows."""
    with db.read() as session:
        _check(session, wanted)
        counted = _ordered(session, wanted).add_columns(func.count().over()).limit(limit)
        found = session.execute(counted).all()
        return (int(found[0][1]) if found else 0), _rows_by_id(session, [row[0] for row in found])


def register_years(db: Database, cluster: str | None = None) -> list[int]:
    """The years with numbered decisions (of one cluster, or of any), latest first."""
    with db.read() as session:
        query = select(Decision.register_year).where(Decision.register_year.is_not(None)).distinct()
        if cluster:
            query = query.join(AgendaItem, AgendaItem.id == Decision.agenda_item_id).join(
                Meeting, Meeting.id == AgendaItem.meeting_id
            )
            query = query.where(Meeting.cluster_id == cluster_by_code(session, cluster).id)
        return sorted((int(year) for year in session.scalars(query) if year is not None), reverse=True)


def _check(session: Session, wanted: DecisionFilter) -> None:
    if wanted.cluster:
        cluster_by_code(session, wanted.cluster)  # an unknown code is said, not an empty list
    if wanted.goal is not None:
        check.check_goals([wanted.goal], "goal")
    if wanted.year is not None and not 1000 <= wanted.year <= 9999:
        raise ValidationError(
            say(
                "A year has four digits, such as 2025; {year} is not one.",
                "Um ano tem quatro algarismos, como 2025; {year} não é um ano.",
                year=str(wanted.year),
            ),
            "year",
        )


_COLUMNS = (
    Decision.id,
    Decision.register_year,
    Decision.register_number,
    Decision.text,
    Cluster.code,
    Meeting.ref,
    Meeting.starts_at,
    AgendaItem.id.label("item_id"),
    AgendaItem.position,
    AgendaItem.title,
)
# The register's order: by cluster, year and number (a decision not numbered yet last, in the order it was taken).
_ORDER = (
    Cluster.code,
    Decision.register_year.is_(None),
    Decision.register_year,
    Decision.register_number.is_(None),
    Decision.register_number,
    Meeting.starts_at,
    AgendaItem.position,
    Decision.position,
    Decision.id,
)


def _joined(query: Select[*tuple[Any, ...]]) -> Select[*tuple[Any, ...]]:
    return (
        query.join(AgendaItem, AgendaItem.id == Decision.agenda_item_id)
        .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .join(Cluster, Cluster.id == Meeting.cluster_id)
    )


def _listing(session: Session, wanted: DecisionFilter) -> Select[*tuple[Any, ...]]:
    """Every row the filter keeps, in the register's order."""
    return _joined(select(*_COLUMNS)).where(*_conditions(session, wanted)).order_by(*_ORDER)


def _ordered(session: Session, wanted: DecisionFilter) -> Select[*tuple[Any, ...]]:
    """The ids the filter keeps, in the register's order: sorting ids rather than whole rows (the wording with
    them) is what makes a page of a large register quick."""
    return _joined(select(Decision.id)).where(*_conditions(session, wanted)).order_by(*_ORDER)


def _rows_by_id(session: Session, ids: list[int]) -> list[DecisionRow]:
    """The rows of the decisions ``ids``, in that order."""
    if not ids:
        return []
    rows = {row.id: row for row in session.execute(_joined(select(*_COLUMNS)).where(Decision.id.in_(ids)))}
    return _rows_of(session, [rows[each] for each in ids if each in rows])


def _conditions(session: Session, wanted: DecisionFilter) -> list[ColumnElement[bool]]:
    """The filter on decision, agenda_item and meeting (the cluster as a subquery: counting needs no join)."""
    found: list[ColumnElement[bool]] = []
    if wanted.cluster:
        code = wanted.cluster.strip().upper()
        found.append(Meeting.cluster_id.in_(select(Cluster.id).where(Cluster.code == code)))
    if wanted.year is not None:
        found.append(Decision.register_year == wanted.year)
    if wanted.goal is not None:
        served = exists().where(
            Action.agenda_item_id == Decision.agenda_item_id,
            action_goal.c.action_id == Action.id,
            action_goal.c.goal_number == wanted.goal,
        )
        found.append(served)
    words = fold(check.clean_text(wanted.text)).split()
    if words:
        found.append(_holding(session, words))
    return found


_SEARCHED = (Decision.text, AgendaItem.title, Meeting.ref)


def _rows(session: Session, query: Select[*tuple[Any, ...]]) -> list[DecisionRow]:
    return _rows_of(session, session.execute(query).all())


def _rows_of(session: Session, found: Sequence[Any]) -> list[DecisionRow]:
    goals = _goals(session, {row.item_id for row in found})
    return [
        DecisionRow(
            id=row.id,
            label=label(row.code, row.register_year, row.register_number) if row.register_number is not None else "",
            cluster_code=row.code,
            year=row.register_year,
            number=row.register_number,
            text=row.text,
            meeting_ref=row.ref,
            meeting_on=_day(row.starts_at),
            item_id=row.item_id,
            item_position=row.position,
            item_title=row.title,
            goals=goals.get(row.item_id, ()),
        )
        for row in found
    ]


def _day(moment: datetime | date) -> date:
    return moment.date() if isinstance(moment, datetime) else moment


def _goals(session: Session, item_ids: Iterable[int]) -> dict[int, tuple[int, ...]]:
    """The goals of the actions raised under each item, for one page of decisions at a time."""
    wanted = sorted(item_ids)
    found: dict[int, set[int]] = {}
    for start in range(0, len(wanted), 500):
        rows = session.execute(
            select(Action.agenda_item_id, action_goal.c.goal_number)
            .join(action_goal, action_goal.c.action_id == Action.id)
            .where(Action.agenda_item_id.in_(wanted[start : start + 500]))
            .distinct()
        )
        for item_id, goal in rows:
            found.setdefault(item_id, set()).add(goal)
    return {item_id: tuple(sorted(goals)) for item_id, goals in found.items()}


# -- case and accents ignored -------------------------------------------------------------------------------------


@lru_cache(maxsize=65_536)
def fold(text: str) -> str:
    """``text`` in lower case and without accents: what the text filter compares."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=1)
def _latin() -> tuple[str, str]:
    """The accented Latin letters (Latin-1 and Latin Extended-A and -B) and the plain lower-case letter of each:
    what PostgreSQL's ``translate`` folds, since its ``lower`` leaves them as they are in a database of the C
    locale."""
    accented, plain = [], []
    for code in range(0xC0, 0x250):
        char = chr(code)
        folded = fold(char)
        if len(folded) == 1 and folded != char and folded.isascii():
            accented.append(char)
            plain.append(folded)
    return "".join(accented), "".join(plain)


_HOLDS = "pactdesk_holds"
_APART = "\x1f"  # between the words, and between the columns, handed to SQLite's function: no text holds it


def _holding(session: Session, words: list[str]) -> ColumnElement[bool]:
    """The decision's wording, its item's title or its meeting's reference holds each of ``words`` (folded).

    PostgreSQL folds the columns with ``lower`` and ``translate``, in the database. SQLite has neither for accented
    letters: it calls ``_holds``, lent to the connection, once a row with the three columns joined; each text's fold
    is kept (``fold``'s cache) for the next keystroke's query."""
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        raw = connection.connection.driver_connection
        raw.create_function(_HOLDS, 2, _holds, deterministic=True)  # type: ignore[union-attr]
        apart = literal(_APART, String)
        joined = _SEARCHED[0].concat(apart).concat(_SEARCHED[1]).concat(apart).concat(_SEARCHED[2])
        return getattr(func, _HOLDS)(_APART.join(words), joined) == 1  # type: ignore[no-any-return]
    accented, plain = _latin()
    folded = [func.translate(func.lower(column), accented, plain) for column in _SEARCHED]
    return and_(*(or_(*(text.contains(word, autoescape=True) for text in folded)) for word in words))


def _holds(words: str, text: str | None) -> int:
    folded = fold(text or "")
    for word in words.split(_APART):
        if word not in folded:
            return 0
    return 1


# -- the register as a document -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class RegisterPart:
    """One cluster's register of one year."""

    cluster_code: str
    cluster_name: str
    cluster_name_pt: str
    year: int
    decisions: tuple[DecisionRow, ...]

    def cluster_in(self, language: str) -> str:
        return in_language(self.cluster_name, self.cluster_name_pt, language)


def register(db: Database, *, cluster: str | None = None, year: int | None = None) -> list[RegisterPart]:
    """The register of each cluster and year (of ``cluster`` and ``year`` when given), by cluster and year;
    ``NotFoundError`` when it holds no decision."""
    rows = decisions(db, cluster=cluster, year=year)
    numbered = [row for row in rows if row.year is not None]
    if not numbered:
        raise NotFoundError(_nothing_to_register(cluster, year))
    with db.read() as session:
        found = session.execute(select(Cluster.code, Cluster.name, Cluster.name_pt))
        names = {code: (name, name_pt) for code, name, name_pt in found}
    parts: dict[tuple[str, int], list[DecisionRow]] = {}
    for row in numbered:
        assert row.year is not None
        parts.setdefault((row.cluster_code, row.year), []).append(row)
    return [
        RegisterPart(code, *names.get(code, (code, "")), year_of, tuple(found))
        for (code, year_of), found in parts.items()
    ]


def _nothing_to_register(cluster: str | None, year: int | None) -> str:
    if cluster and year is not None:
        return say(
            "{cluster} has no decisions numbered in {year}: choose another year or cluster.",
            "O cluster {cluster} não tem deliberações numeradas em {year}: escolha outro ano ou outro cluster.",
            cluster=cluster.strip().upper(),
            year=str(year),
        )
    if cluster:
        return say(
            "{cluster} has no decisions yet, so there is no register to write.",
            "O cluster {cluster} ainda não tem deliberações, pelo que não há registo a escrever.",
            cluster=cluster.strip().upper(),
        )
    if year is not None:
        return say(
            "No decisions are numbered in {year}: choose another year.",
            "Não há deliberações numeradas em {year}: escolha outro ano.",
            year=str(year),
        )
    return say(
        "No decisions have been recorded yet, so there is no register to write.",
        "Ainda não foi registada nenhuma deliberação, pelo que não há registo a escrever.",
    )
