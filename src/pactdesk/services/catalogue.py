"""The catalogue shipped in ``db/seed``: clusters, the committee's seats, goals, implementation modes and output
types, each named in English and in Portuguese; and the catalogue's names in a language, as SQL."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from pactdesk.config import resource_dir
from pactdesk.domain.enums import ActionStatus, OrganisationKind, SeatCode
from pactdesk.domain.errors import NotFoundError
from pactdesk.domain.language import display_language
from pactdesk.domain.messages import say
from pactdesk.domain.models import (
    Action,
    Cluster,
    CommitteeSeat,
    Goal,
    ImplementationMode,
    Meeting,
    Organisation,
    OutputType,
)
from pactdesk.domain.summaries import ClusterSummary
from pactdesk.store.database import Database

OPEN_STATUSES = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)


def seed_path() -> Path:
    return resource_dir("db") / "seed" / "catalogue.json"


def ensure_seeded(db: Database) -> bool:
    """Load the catalogue into a database that has none yet; returns whether it did."""
    with db.write() as session:
        if session.scalar(select(func.count()).select_from(Goal)):
            return False
        _load(session, json.loads(seed_path().read_text(encoding="utf-8")))
        return True


def _load(session: Session, catalogue: dict[str, Any]) -> None:
    session.add_all(Goal(**goal) for goal in catalogue["goals"])
    session.add_all(ImplementationMode(**mode) for mode in catalogue["implementation_modes"])
    session.add_all(OutputType(**kind) for kind in catalogue["output_types"])
    for seat in catalogue["committee"]:
        organisation = None
        if seat["organisation"]:
            fields = seat["organisation"]
            organisation = Organisation(
                name=fields["name"],
                name_pt=fields["name_pt"],
                acronym=fields["acronym"],
                kind=OrganisationKind(fields["kind"]),
            )
        session.add(
            CommitteeSeat(
                code=SeatCode(seat["seat"]), title=seat["title"], title_pt=seat["title_pt"], organisation=organisation
            )
        )
    for cluster in catalogue["clusters"]:
        name, name_pt = management_entity_names(cluster["name"], cluster["name_pt"])
        entity = Organisation(name=name, name_pt=name_pt, kind=OrganisationKind.CLUSTER_ENTITY, acronym=cluster["code"])
        session.add(Cluster(**cluster, management_entity=entity))


def management_entity_names(cluster: str, cluster_pt: str) -> tuple[str, str]:
    """The names, in English and in Portuguese, the catalogue gives a cluster's management entity until a user
    types its real one."""
    return f"{cluster} – management entity", f"{cluster_pt} – entidade gestora"


def name_in_language(name: Any, name_pt: Any, language: str | None = None) -> ColumnElement[str]:
    """The SQL for a catalogue name in ``language`` (the window's when not given): ``name`` or ``name_pt``, the
    other where that one is empty (as ``pactdesk.domain.language.in_language``)."""
    first, other = (name_pt, name) if (language or display_language()) == "pt" else (name, name_pt)
    return func.coalesce(func.nullif(first, ""), other)


def cluster_summaries(db: Database, today: date | None = None) -> list[ClusterSummary]:
    """Every cluster in the official order, with its counts of meetings and of open and overdue actions."""
    today = today or date.today()
    meetings = select(Meeting.cluster_id, func.count().label("n")).group_by(Meeting.cluster_id).subquery("meetings")
    still_open = Action.status.in_(OPEN_STATUSES)
    actions = (
        select(
            Action.cluster_id,
            func.count().filter(still_open).label("open"),
            func.count().filter(still_open, Action.due_on < today).label("overdue"),
        )
        .group_by(Action.cluster_id)
        .subquery("actions")
    )
    query = (
        select(
            Cluster.id,
            Cluster.code,
            Cluster.number,
            name_in_language(Cluster.name, Cluster.name_pt),
            Cluster.pact_signed,
            func.coalesce(name_in_language(Organisation.name, Organisation.name_pt), ""),
            func.coalesce(meetings.c.n, 0),
            func.coalesce(actions.c.open, 0),
            func.coalesce(actions.c.overdue, 0),
        )
        .outerjoin(Organisation, Organisation.id == Cluster.management_entity_id)
        .outerjoin(meetings, meetings.c.cluster_id == Cluster.id)
        .outerjoin(actions, actions.c.cluster_id == Cluster.id)
        .order_by(Cluster.number)
    )
    with db.read() as session:
        return [ClusterSummary(*row) for row in session.execute(query)]


def open_actions_due(db: Database, since: date) -> dict[int, dict[date, int]]:
    """Per cluster id, how many open actions fall due on each day from ``since`` on.

    With the overdue counts of ``since``, this gives the overdue counts of any later day without the database:
    the start-up snapshot recounts them so a list painted tomorrow is still right.
    """
    query = (
        select(Action.cluster_id, Action.due_on, func.count())
        .where(Action.status.in_(OPEN_STATUSES), Action.due_on >= since)
        .group_by(Action.cluster_id, Action.due_on)
    )
    due: dict[int, dict[date, int]] = {}
    with db.read() as session:
        for cluster_id, day, count in session.execute(query):
            if day is not None:
                due.setdefault(cluster_id, {})[day] = count
    return due


def goal_names(db: Database) -> list[tuple[int, str]]:
    """The pacts' nine goals, by number, named in the window's language."""
    query = select(Goal.number, name_in_language(Goal.name, Goal.name_pt)).order_by(Goal.number)
    with db.read() as session:
        return [(number, name) for number, name in session.execute(query)]


def implementation_modes(db: Database) -> list[tuple[int, str]]:
    """The four ways the pacts are carried out, by number, named in the window's language."""
    query = select(ImplementationMode.number, name_in_language(ImplementationMode.name, ImplementationMode.name_pt))
    with db.read() as session:
        return [(number, name) for number, name in session.execute(query.order_by(ImplementationMode.number))]


def cluster_by_code(session: Session, code: str) -> Cluster:
    cluster = session.scalar(select(Cluster).where(Cluster.code == code.strip().upper()))
    if cluster is None:
        raise NotFoundError(
            say(
                "There is no cluster with the code “{code}”.",
                "Não existe nenhum cluster com o código «{code}».",
                code=code.strip(),
            )
        )
    return cluster


def seat(session: Session, code: SeatCode) -> CommitteeSeat:
    found = session.scalar(select(CommitteeSeat).where(CommitteeSeat.code == code))
    if found is None:
        raise NotFoundError(
            say("The committee has no seat ({code}).", "A Comissão não tem o lugar ({code}).", code=code.value)
        )
    return found
