"""The rows of each sheet in a scope, read from the database for an export.

Rows are tuples of plain values in column order: text (empty text for nothing), dates, date-times, whole numbers,
yes/no as ``bool``, goal numbers and meeting references as tuples. The workbook writer turns them into cells and
the import reads cells back into the same values, so export, import and export again give the same rows.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import datetime, time
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from pactdesk.domain.enums import SeatCode
from pactdesk.domain.models import (
    Action,
    ActionUpdate,
    AgendaItem,
    Attendance,
    Cluster,
    CommitteeSeat,
    Decision,
    Meeting,
    Organisation,
    Output,
    Person,
    action_goal,
    output_meeting,
)
from pactdesk.services import register
from pactdesk.services.bulk import chunks
from pactdesk.services.workbook.tables import (
    ACTIONS,
    AGENDA,
    ATTENDANCE,
    CLUSTERS,
    DECISIONS,
    MEETINGS,
    ORGANISATIONS,
    OUTPUTS,
    PEOPLE,
    Scope,
    Table,
)

# -- how people and owners are named in a workbook ------------------------------------------------------------


def person_labels(session: Session) -> dict[int, str]:
    """Each person's name, or their e-mail where another person has the same name (so the label is a key)."""
    people = session.execute(select(Person.id, Person.name, Person.email)).all()
    seen = Counter(name.casefold() for _, name, _ in people)
    return {person_id: email if email and seen[name.casefold()] > 1 else name for person_id, name, email in people}


def _organisation_names(session: Session) -> dict[int, str]:
    return dict(session.execute(select(Organisation.id, Organisation.name)).all())


# -- rows of each table, in the scope ---------------------------------------------------------------------------


def count_rows(session: Session, table: Table, scope: Scope) -> int:
    """How many rows ``rows`` will give (for a progress bar)."""
    query = _queries(scope)[table.sheet]
    return session.scalar(select(func.count()).select_from(query.order_by(None).subquery())) or 0


def rows(session: Session, table: Table, scope: Scope, *, batch: int = 2_000) -> Iterator[tuple[Any, ...]]:
    """The rows of ``table`` in ``scope``, read from the database in batches."""
    people = person_labels(session) if table in (MEETINGS, ATTENDANCE, ACTIONS) else {}
    organisations = _organisation_names(session) if table in (CLUSTERS, PEOPLE, ATTENDANCE, ACTIONS) else {}
    seats = _seats(session) if table is ORGANISATIONS else {}
    query = _queries(scope)[table.sheet]
    result = session.execute(query.execution_options(yield_per=batch))
    if table is ACTIONS:
        yield from _action_rows(session, result, people, organisations)
        return
    if table is OUTPUTS:
        yield from _output_rows(session, result)
        return
    for record in result:
        yield _row(table, tuple(record), people, organisations, seats)


def _row(
    table: Table, record: tuple[Any, ...], people: dict[int, str], organisations: dict[int, str], seats: dict[int, str]
) -> tuple[Any, ...]:
    if table is CLUSTERS:
        code, name, entity_id, signed, email = record
        return (code, name, organisations.get(entity_id, ""), bool(signed), email or "")
    if table is ORGANISATIONS:
        organisation_id, name, acronym, kind = record
        return (name, acronym, kind.value, seats.get(organisation_id, ""))
    if table is PEOPLE:
        name, organisation_id, role, email, phone = record
        return (name, organisations.get(organisation_id, ""), role, email or "", phone)
    if table is MEETINGS:
        ref, code, kind, title, starts, ends, where, status, chair_id, minutes = record
        chair = people.get(chair_id, "") if chair_id is not None else ""
        return (ref, code, kind.value, title, starts, ends, where, status.value, chair, minutes.value)
    if table is ATTENDANCE:
        ref, person_id, organisation_id, status = record
        organisation = organisations.get(organisation_id, "") if organisation_id is not None else ""
        return (ref, people[person_id], organisation, status.value if status else "")
    if table is AGENDA:
        ref, position, title, presenter, planned, minutes = record
        return (ref, position, title, presenter, planned, minutes)
    if table is DECISIONS:
        ref, position, text, code, year, number = record
        return (ref, position, text, register.label(code, year, number) if number is not None else "")
    raise ValueError(table.sheet)


def _seats(session: Session) -> dict[int, str]:
    held = session.execute(
        select(CommitteeSeat.organisation_id, CommitteeSeat.code).where(
            CommitteeSeat.organisation_id.is_not(None), CommitteeSeat.code != SeatCode.C
        )
    )
    return {organisation_id: code.value for organisation_id, code in held if organisation_id is not None}


def _meetings_in(scope: Scope) -> Select[Any]:
    query = select(Meeting.id).join(Cluster, Meeting.cluster_id == Cluster.id)
    if scope.cluster_codes:
        query = query.where(Cluster.code.in_(scope.cluster_codes))
    if scope.since:
        query = query.where(Meeting.starts_at >= datetime.combine(scope.since, time.min))
    if scope.until:
        query = query.where(Meeting.starts_at <= datetime.combine(scope.until, time.max))
    return query


def _queries(scope: Scope) -> dict[str, Select[Any]]:
    """One query per table; a scope narrows meetings and what hangs from them, and the clusters shown."""
    meetings = _meetings_in(scope)
    clusters = select(Cluster.code, Cluster.name, Cluster.management_entity_id, Cluster.pact_signed, Cluster.email)
    if scope.cluster_codes:
        clusters = clusters.where(Cluster.code.in_(scope.cluster_codes))
    in_scope = Meeting.id.in_(meetings)
    action_cluster = aliased(Cluster)
    action_meeting = aliased(Meeting)
    actions = (
        select(
            Action.id,
            Action.ref,
            action_cluster.code,
            action_meeting.ref,
            Action.title,
            Action.owner_person_id,
            Action.owner_organisation_id,
            Action.due_on,
            Action.status,
            Action.closed_on,
        )
        .join(action_cluster, Action.cluster_id == action_cluster.id)
        .outerjoin(action_meeting, Action.meeting_id == action_meeting.id)
        .order_by(Action.id)
    )
    if not scope.whole:
        without_meeting: ColumnElement[bool] = Action.meeting_id.is_(None)
        if scope.cluster_codes:
            without_meeting = and_(without_meeting, action_cluster.code.in_(scope.cluster_codes))
        if scope.since:
            without_meeting = and_(without_meeting, Action.created_at >= datetime.combine(scope.since, time.min))
        if scope.until:
            without_meeting = and_(without_meeting, Action.created_at <= datetime.combine(scope.until, time.max))
        actions = actions.where(or_(Action.meeting_id.in_(meetings), without_meeting))
    output_cluster = aliased(Cluster)
    outputs = (
        select(
            Output.id,
            Output.ref,
            output_cluster.code,
            Output.output_type_number,
            Output.title,
            Output.on,
            Output.status,
            Output.progress,
            Output.evidence,
        )
        .join(output_cluster, Output.cluster_id == output_cluster.id)
        .order_by(Output.id)
    )
    if scope.cluster_codes:
        outputs = outputs.where(output_cluster.code.in_(scope.cluster_codes))
    if scope.since:
        outputs = outputs.where(Output.on >= scope.since)
    if scope.until:
        outputs = outputs.where(Output.on <= scope.until)
    return {
        CLUSTERS.sheet: clusters.order_by(Cluster.number),
        ORGANISATIONS.sheet: select(
            Organisation.id, Organisation.name, Organisation.acronym, Organisation.kind
        ).order_by(Organisation.name),
        PEOPLE.sheet: select(Person.name, Person.organisation_id, Person.role, Person.email, Person.phone).order_by(
            Person.name, Person.id
        ),
        MEETINGS.sheet: select(
            Meeting.ref,
            Cluster.code,
            Meeting.kind,
            Meeting.title,
            Meeting.starts_at,
            Meeting.ends_at,
            Meeting.location,
            Meeting.status,
            Meeting.chair_id,
            Meeting.minutes_status,
        )
        .join(Cluster, Meeting.cluster_id == Cluster.id)
        .where(in_scope)
        .order_by(Meeting.starts_at, Meeting.id),
        ATTENDANCE.sheet: select(Meeting.ref, Attendance.person_id, Attendance.organisation_id, Attendance.status)
        .join(Meeting, Attendance.meeting_id == Meeting.id)
        .where(in_scope)
        .order_by(Meeting.starts_at, Meeting.id, Attendance.id),
        AGENDA.sheet: select(
            Meeting.ref,
            AgendaItem.position,
            AgendaItem.title,
            AgendaItem.presenter,
            AgendaItem.planned_minutes,
            AgendaItem.minutes,
        )
        .join(Meeting, AgendaItem.meeting_id == Meeting.id)
        .where(in_scope)
        .order_by(Meeting.starts_at, Meeting.id, AgendaItem.position),
        DECISIONS.sheet: select(
            Meeting.ref,
            AgendaItem.position,
            Decision.text,
            Cluster.code,
            Decision.register_year,
            Decision.register_number,
        )
        .join(AgendaItem, Decision.agenda_item_id == AgendaItem.id)
        .join(Meeting, AgendaItem.meeting_id == Meeting.id)
        .join(Cluster, Meeting.cluster_id == Cluster.id)
        .where(in_scope)
        .order_by(Meeting.starts_at, Meeting.id, AgendaItem.position, Decision.position),
        ACTIONS.sheet: actions,
        OUTPUTS.sheet: outputs,
    }


def _action_rows(
    session: Session, result: Any, people: dict[int, str], organisations: dict[int, str]
) -> Iterator[tuple[Any, ...]]:
    for chunk in chunks(result, 2_000):
        ids = [record[0] for record in chunk]
        goals = grouped(
            session.execute(
                select(action_goal.c.action_id, action_goal.c.goal_number)
                .where(action_goal.c.action_id.in_(ids))
                .order_by(action_goal.c.action_id, action_goal.c.goal_number)
            )
        )
        latest = latest_updates(session, ids)
        for action_id, ref, code, meeting, title, person_id, organisation_id, due, status, closed in chunk:
            if person_id is not None:
                owner = people.get(person_id, "")
            else:
                owner = organisations.get(organisation_id, "") if organisation_id is not None else ""
            yield (
                ref,
                code,
                meeting or "",
                title,
                owner,
                due,
                status.value,
                tuple(goals.get(action_id, ())),
                latest.get(action_id, ""),
                closed,
            )


def latest_updates(session: Session, action_ids: list[int] | None = None) -> dict[int, str]:
    """The text of each action's latest progress update (by date, then the last written); of every action
    without ``action_ids``."""
    ranked = select(
        ActionUpdate.action_id,
        ActionUpdate.text,
        func.row_number()
        .over(partition_by=ActionUpdate.action_id, order_by=(ActionUpdate.on.desc(), ActionUpdate.id.desc()))
        .label("rank"),
    )
    if action_ids is not None:
        ranked = ranked.where(ActionUpdate.action_id.in_(action_ids))
    newest = ranked.subquery()
    found = session.execute(select(newest.c.action_id, newest.c.text).where(newest.c.rank == 1))
    return dict(found.all())


def _output_rows(session: Session, result: Any) -> Iterator[tuple[Any, ...]]:
    for chunk in chunks(result, 2_000):
        ids = [record[0] for record in chunk]
        linked = grouped(
            session.execute(
                select(output_meeting.c.output_id, Meeting.ref)
                .join(Meeting, output_meeting.c.meeting_id == Meeting.id)
                .where(output_meeting.c.output_id.in_(ids))
                .order_by(output_meeting.c.output_id, Meeting.starts_at, Meeting.id)
            )
        )
        for output_id, ref, code, kind, title, on, status, progress, evidence in chunk:
            yield (ref, code, kind, title, on, status.value, progress, tuple(linked.get(output_id, ())), evidence)


def grouped(pairs: Any) -> dict[int, list[Any]]:
    """``(owner, value)`` pairs as each owner's list of values, in the order given."""
    grouped: dict[int, list[Any]] = {}
    for owner, value in pairs:
        grouped.setdefault(owner, []).append(value)
    return grouped
