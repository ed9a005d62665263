"""The dashboard of one cluster or of all: meetings held per year, how often each member organisation attended,
open and overdue actions by age, and outputs by type and status. Every figure is one grouped query."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import ColumnElement, case, extract, func, select
from sqlalchemy.orm import Session

from pactdesk.domain.enums import MeetingStatus, OutputStatus, SeatCode
from pactdesk.domain.models import (
    Action,
    Attendance,
    Cluster,
    CommitteeSeat,
    Meeting,
    Organisation,
    Output,
    OutputType,
)
from pactdesk.services.attendance import PRESENT
from pactdesk.services.catalogue import OPEN_STATUSES, cluster_by_code, name_in_language
from pactdesk.services.tracker import ActionFilter, TrackerRow, page_in
from pactdesk.store.database import Database

# Upper ends of the age bands, in days; the last band has no upper end.
AGE_BANDS = (30, 90, 180)
_SEAT_ORDER = list(SeatCode)


@dataclass(frozen=True)
class YearCount:
    year: int
    held: int


@dataclass(frozen=True)
class AttendanceRate:
    """How often a member organisation of the committee was at the meetings it was on the list of.

    ``meetings`` counts the held meetings with at least one attendance row representing the organisation whose
    status was recorded; ``attended`` those of them where one such row says present or remote.
    """

    organisation_id: int
    organisation: str
    acronym: str
    seat: SeatCode
    cluster_code: str | None  # for seat (c): the cluster whose management entity this is
    meetings: int
    attended: int

    @property
    def rate(self) -> float | None:
        """``attended / meetings`` (0 to 1); ``None`` when there is no meeting to count."""
        return self.attended / self.meetings if self.meetings else None


@dataclass(frozen=True)
class AgeBand:
    """How many actions are between ``low`` and ``high`` days old (or overdue), both included; ``high`` is
    ``None`` for the last band, which has no upper end."""

    low: int
    high: int | None
    count: int

    @property
    def label(self) -> str:
        return f"more than {self.low - 1} days" if self.high is None else f"{self.low}–{self.high} days"


@dataclass(frozen=True)
class OutputTypeCount:
    number: int
    name: str
    count: int
    by_status: Mapping[OutputStatus, int] = field(default_factory=dict)

    def of(self, status: OutputStatus) -> int:
        return self.by_status.get(status, 0)


@dataclass(frozen=True)
class Dashboard:
    """The figures of one cluster (``cluster_code``) or of all (``None``) on the day ``today``.

    ``open_actions`` lists every action still open (open or in progress), as the tracker shows it, by due date;
    ``open_by_age`` bands them by days since they were raised and ``overdue_by_age`` bands the overdue ones by
    days past their due date (due today is not overdue). The tracker with the same cluster and statuses, or with
    *overdue*, lists the same actions.
    """

    cluster_code: str | None
    today: date
    meetings_per_year: tuple[YearCount, ...]
    attendance: tuple[AttendanceRate, ...]
    open_count: int
    overdue_count: int
    open_by_age: tuple[AgeBand, ...]
    overdue_by_age: tuple[AgeBand, ...]
    open_actions: tuple[TrackerRow, ...]
    outputs: tuple[OutputTypeCount, ...]

    @property
    def meetings_held(self) -> int:
        return sum(year.held for year in self.meetings_per_year)

    @property
    def overdue_actions(self) -> tuple[TrackerRow, ...]:
        return tuple(row for row in self.open_actions if row.overdue)

    @property
    def output_count(self) -> int:
        return sum(kind.count for kind in self.outputs)


def dashboard(db: Database, cluster_code: str | None = None, *, today: date) -> Dashboard:
    """The dashboard of the cluster, or of every cluster when ``cluster_code`` is ``None``.

    *Meetings held* are the meetings whose status is held, by the year they started.

    *Attendance rate* is counted for the committee's member organisations: those holding a seat, and for seat (c)
    the management entity of the meeting's own cluster. For each, among the held meetings where at least one
    attendance row represents it with a recorded status, it is the share where at least one such row says present
    or remote. Apologies and absent are not attendance; rows never marked leave the meeting out; two people of the
    same organisation at one meeting count once.

    *Open actions* are open or in progress; see ``Dashboard`` for ages and overdue.
    """
    with db.read() as session:
        cluster = cluster_by_code(session, cluster_code) if cluster_code is not None else None
        cluster_id, code = (cluster.id, cluster.code) if cluster is not None else (None, None)
        per_year = _meetings_per_year(session, cluster_id)
        rates = _attendance(session, cluster_id)
        open_count, overdue_count, open_by_age, overdue_by_age = _action_ages(session, cluster_id, today)
        outputs = _outputs(session, cluster_id)
        # Read in the same session as the counts, so the list and the figures come from one snapshot.
        codes = (code,) if code is not None else ()
        listed = page_in(session, ActionFilter(today=today, cluster_codes=codes, statuses=OPEN_STATUSES), limit=None)
    return Dashboard(
        cluster_code=code,
        today=today,
        meetings_per_year=per_year,
        attendance=rates,
        open_count=open_count,
        overdue_count=overdue_count,
        open_by_age=open_by_age,
        overdue_by_age=overdue_by_age,
        open_actions=tuple(listed),
        outputs=outputs,
    )


def _meetings_per_year(session: Session, cluster_id: int | None) -> tuple[YearCount, ...]:
    year = extract("year", Meeting.starts_at)
    query = select(year, func.count()).where(Meeting.status == MeetingStatus.HELD).group_by(year).order_by(year)
    if cluster_id is not None:
        query = query.where(Meeting.cluster_id == cluster_id)
    return tuple(YearCount(int(number), count) for number, count in session.execute(query))


def _attendance(session: Session, cluster_id: int | None) -> tuple[AttendanceRate, ...]:
    """Attendance of the committee's member organisations: the organisations holding a seat, and for seat (c)
    the management entity of the meeting's own cluster (an entity at another cluster's meeting is a guest)."""
    seats = {
        organisation_id: code
        for organisation_id, code in session.execute(
            select(CommitteeSeat.organisation_id, CommitteeSeat.code).where(CommitteeSeat.organisation_id.is_not(None))
        )
    }
    entities_query = select(Cluster.management_entity_id, Cluster.code, Cluster.number).where(
        Cluster.management_entity_id.is_not(None)
    )
    if cluster_id is not None:
        entities_query = entities_query.where(Cluster.id == cluster_id)
    entities = {organisation_id: (code, number) for organisation_id, code, number in session.execute(entities_query)}

    member = Attendance.organisation_id.in_(list(seats)) | (Attendance.organisation_id == Cluster.management_entity_id)
    # Several people may represent one organisation at a meeting: count meetings, not rows.
    attended_meeting = case((Attendance.status.in_(PRESENT), Attendance.meeting_id))
    query = (
        select(
            Attendance.organisation_id,
            func.count(Attendance.meeting_id.distinct()),
            func.count(attended_meeting.distinct()),
        )
        .join(Meeting, Meeting.id == Attendance.meeting_id)
        .join(Cluster, Cluster.id == Meeting.cluster_id)
        .where(Meeting.status == MeetingStatus.HELD, Attendance.status.is_not(None), member)
        .group_by(Attendance.organisation_id)
    )
    if cluster_id is not None:
        query = query.where(Meeting.cluster_id == cluster_id)
    tallies = {organisation_id: (meetings, attended) for organisation_id, meetings, attended in session.execute(query)}
    names = {
        ident: (name, acronym)
        for ident, name, acronym in session.execute(
            select(
                Organisation.id, name_in_language(Organisation.name, Organisation.name_pt), Organisation.acronym
            ).where(Organisation.id.in_(list(seats) + list(entities)))
        )
    }
    rates = [
        AttendanceRate(
            organisation_id=ident,
            organisation=names[ident][0],
            acronym=names[ident][1],
            seat=seats.get(ident, SeatCode.C),
            cluster_code=entities[ident][0] if ident in entities and ident not in seats else None,
            meetings=tallies.get(ident, (0, 0))[0],
            attended=tallies.get(ident, (0, 0))[1],
        )
        for ident in names
    ]
    rates.sort(
        key=lambda rate: (
            _SEAT_ORDER.index(rate.seat),
            entities[rate.organisation_id][1] if rate.cluster_code is not None else 0,
            rate.organisation_id,
        )
    )
    return tuple(rates)


def _action_ages(
    session: Session, cluster_id: int | None, today: date
) -> tuple[int, int, tuple[AgeBand, ...], tuple[AgeBand, ...]]:
    """Open and overdue actions counted, and banded by age and by days overdue, in one grouped query.

    An action's age is the number of days since the day it was raised (its meeting's day, else the day it was
    recorded); the bands compare dates, not differences, so the query is the same on every database.
    """
    raised = func.coalesce(Meeting.starts_at, Action.created_at)
    bands = list(zip([0, *(high + 1 for high in AGE_BANDS)], [*AGE_BANDS, None], strict=True))

    def raised_within(low: int, high: int | None) -> ColumnElement[bool]:
        # age ≥ low ⇔ raised before the day after (today − low); age ≤ high ⇔ raised on or after (today − high)
        condition = raised < _midnight(today - timedelta(days=low - 1)) if low else raised.is_not(None)
        return condition if high is None else condition & (raised >= _midnight(today - timedelta(days=high)))

    def overdue_within(low: int, high: int | None) -> ColumnElement[bool]:
        # days overdue = today − due date, at least 1
        condition = Action.due_on <= today - timedelta(days=max(low, 1))
        return condition if high is None else condition & (Action.due_on >= today - timedelta(days=high))

    query = (
        select(
            func.count(),
            func.count().filter(Action.due_on < today),
            *(func.count().filter(raised_within(low, high)) for low, high in bands),
            *(func.count().filter(overdue_within(low, high)) for low, high in bands),
        )
        .select_from(Action)
        .outerjoin(Meeting, Meeting.id == Action.meeting_id)
        .where(Action.status.in_(OPEN_STATUSES))
    )
    if cluster_id is not None:
        query = query.where(Action.cluster_id == cluster_id)
    open_count, overdue_count, *counts = session.execute(query).one()
    by_age, by_lateness = counts[: len(bands)], counts[len(bands) :]
    open_by_age = tuple(AgeBand(low, high, count) for (low, high), count in zip(bands, by_age, strict=True))
    overdue_by_age = tuple(AgeBand(max(low, 1), high, n) for (low, high), n in zip(bands, by_lateness, strict=True))
    return open_count, overdue_count, open_by_age, overdue_by_age


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time())


def _outputs(session: Session, cluster_id: int | None) -> tuple[OutputTypeCount, ...]:
    query = select(Output.output_type_number, Output.status, func.count()).group_by(
        Output.output_type_number, Output.status
    )
    if cluster_id is not None:
        query = query.where(Output.cluster_id == cluster_id)
    tallies: dict[int, dict[OutputStatus, int]] = {}
    for number, status, count in session.execute(query):
        tallies.setdefault(number, {})[status] = count
    return tuple(
        OutputTypeCount(number, name, sum(tallies.get(number, {}).values()), tallies.get(number, {}))
        for number, name in session.execute(
            select(OutputType.number, name_in_language(OutputType.name, OutputType.name_pt)).order_by(OutputType.number)
        )
    )
