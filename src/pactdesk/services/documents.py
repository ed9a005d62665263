"""What the committee's documents hold, read in one go: the minutes (and agenda) of a meeting, a cluster's minutes
for a year, and the report of open actions. Read only; the PDF code in ``exchange.pdf`` lays these out."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime
from itertools import pairwise

from sqlalchemy import extract, select
from sqlalchemy.orm import Session, selectinload

from pactdesk.domain.enums import ActionStatus, AttendanceStatus, MeetingKind, MeetingStatus, MinutesStatus
from pactdesk.domain.errors import NotFoundError
from pactdesk.domain.language import in_language
from pactdesk.domain.messages import say
from pactdesk.domain.models import (
    Action,
    AgendaItem,
    Attendance,
    Cluster,
    Decision,
    Meeting,
    MinutesVersion,
    Person,
)
from pactdesk.services import minutes_versions, register
from pactdesk.services.actions import owner_label
from pactdesk.services.attachments import AttachmentLine, attachment_lines
from pactdesk.services.attendance import MemberPresence, presence_at
from pactdesk.services.carry_over import MatterArising, arising_at
from pactdesk.services.catalogue import OPEN_STATUSES, cluster_by_code
from pactdesk.services.meetings import meeting_by_ref
from pactdesk.services.revisions import as_decided
from pactdesk.services.team import display_name
from pactdesk.services.tracker import ActionFilter, ActionSort, TrackerColumn, TrackerRow, page_in, rows_where
from pactdesk.store.database import Database

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Attendee:
    name: str
    organisation: str  # the organisation represented, else the person's own; "" for none
    role: str
    status: AttendanceStatus | None  # None: not yet marked
    guest: bool
    note: str
    organisation_pt: str = ""  # its Portuguese name, for one of the catalogue's organisations

    def organisation_in(self, language: str) -> str:
        return in_language(self.organisation, self.organisation_pt, language)


@dataclass(frozen=True)
class ActionLine:
    ref: str
    title: str
    owner: str
    due_on: date | None
    status: ActionStatus


@dataclass(frozen=True)
class ItemRecord:
    id: int  # the agenda item's, so a screen can follow an item that moves
    number: int
    title: str
    presenter: str
    planned_minutes: int
    minutes: str
    matters_arising: bool
    decisions: tuple[str, ...]
    actions: tuple[ActionLine, ...]
    # Each decision's place in its cluster's register of the year ("TEX 2025/07"), beside ``decisions``; "" for one
    # not numbered (yet).
    registers: tuple[str, ...] = ()
    attachments: tuple[AttachmentLine, ...] = ()  # the files kept with the item: name, size, short SHA-256


@dataclass(frozen=True)
class ClusterName:
    code: str
    name: str
    name_pt: str

    def in_language(self, language: str) -> str:
        return in_language(self.name, self.name_pt, language)


@dataclass(frozen=True)
class VersionMark:
    """The version of the minutes a document shows: the latest kept, and whether the meeting still stands as it
    was then (``current``; a draft may have been edited since)."""

    number: int
    fingerprint: str
    minutes_status: MinutesStatus
    created_at: datetime  # when it was kept: the date an approved version's PDF/A carries
    current: bool

    @property
    def approved(self) -> bool:
        return self.minutes_status is MinutesStatus.APPROVED and self.current


@dataclass(frozen=True)
class Reopening:
    """Approved minutes reopened: on which day, by whom (a name), and why."""

    on: date
    by: str
    reason: str


@dataclass(frozen=True)
class MeetingRecord:
    """One meeting as its agenda and minutes show it. Catalogue names (the cluster's, the organisations') are held
    in both languages: the document chooses."""

    ref: str
    title: str
    kind: MeetingKind
    cluster: ClusterName
    starts_at: datetime
    ends_at: datetime | None
    location: str
    online_link: str
    status: MeetingStatus
    minutes_status: MinutesStatus
    minutes_approved_on: date | None
    chair: str
    secretary: str
    attendees: tuple[Attendee, ...]
    members: tuple[MemberPresence, ...]
    items: tuple[ItemRecord, ...]
    other_actions: tuple[ActionLine, ...]  # raised at the meeting but under no agenda item
    arising: tuple[MatterArising, ...]
    next_meeting: datetime | None
    approved_at: str = ""  # the meeting whose "Approval of the previous minutes" approved these ("" otherwise)
    approval_note: str = ""  # the corrections agreed, or a written procedure's note
    reopenings: tuple[Reopening, ...] = ()
    version: VersionMark | None = None  # None: no version of the minutes has been kept
    attachments: tuple[AttachmentLine, ...] = ()  # the files kept with the meeting itself, not one of its items

    @property
    def draft(self) -> bool:
        return self.minutes_status is not MinutesStatus.APPROVED

    @property
    def every_member_represented(self) -> bool:
        return all(member.represented for member in self.members)


def meeting_record(db: Database, ref: str) -> MeetingRecord:
    with db.read() as session:
        return _record(session, meeting_by_ref(session, ref))


def binder_records(db: Database, cluster_code: str, year: int, progress: Progress | None = None) -> list[MeetingRecord]:
    """Every held meeting of the cluster in ``year``, earliest first; ``NotFoundError`` when there is none."""
    with db.read() as session:
        cluster = cluster_by_code(session, cluster_code)
        meetings = session.scalars(
            select(Meeting)
            .where(
                Meeting.cluster_id == cluster.id,
                Meeting.status == MeetingStatus.HELD,
                extract("year", Meeting.starts_at) == year,
            )
            .order_by(Meeting.starts_at, Meeting.id)
        ).all()
        if not meetings:
            raise NotFoundError(
                say(
                    "{cluster} held no meetings in {year}, so there are no minutes to bind.",
                    "{cluster} não realizou nenhuma reunião em {year}, pelo que não há atas para reunir num livro.",
                    cluster=cluster.code,
                    year=str(year),
                )
            )
        records = []
        # Every action of the cluster, read once: each meeting's matters arising then only chooses among them.
        known = {
            row.id: row for row in rows_where(session, [Action.cluster_id == cluster.id], ActionSort(), date.today())
        }
        for done, meeting in enumerate(meetings, start=1):
            records.append(_record(session, meeting, known))
            if progress is not None:
                progress(done, len(meetings))
        return records


def binder_years(db: Database, cluster_code: str) -> list[int]:
    """The years in which the cluster held meetings, latest first (what the binder dialog offers)."""
    with db.read() as session:
        cluster = cluster_by_code(session, cluster_code)
        year = extract("year", Meeting.starts_at)
        found = session.scalars(
            select(year)
            .where(Meeting.cluster_id == cluster.id, Meeting.status == MeetingStatus.HELD)
            .group_by(year)
            .order_by(year.desc())
        )
        return [int(value) for value in found]


def _record(session: Session, meeting: Meeting, known: dict[int, TrackerRow] | None = None) -> MeetingRecord:
    attendance = session.scalars(
        select(Attendance)
        .where(Attendance.meeting_id == meeting.id)
        .options(
            selectinload(Attendance.person).selectinload(Person.organisation), selectinload(Attendance.organisation)
        )
    ).all()
    items, other_actions = agenda_at(session, meeting)
    kept = attachment_lines(session, meeting.id)
    items = tuple(replace(item, attachments=tuple(kept.get(item.id, ()))) for item in items)
    next_meeting = session.scalar(
        select(Meeting.starts_at)
        .where(
            Meeting.cluster_id == meeting.cluster_id,
            Meeting.starts_at > meeting.starts_at,
            Meeting.status != MeetingStatus.CANCELLED,
        )
        .order_by(Meeting.starts_at)
        .limit(1)
    )
    cluster: Cluster = meeting.cluster
    reopenings, version = _versions(session, meeting)
    return MeetingRecord(
        ref=meeting.ref,
        title=meeting.title,
        kind=meeting.kind,
        cluster=ClusterName(cluster.code, cluster.name, cluster.name_pt),
        starts_at=meeting.starts_at,
        ends_at=meeting.ends_at,
        location=meeting.location,
        online_link=meeting.online_link,
        status=meeting.status,
        minutes_status=meeting.minutes_status,
        minutes_approved_on=meeting.minutes_approved_on,
        chair=meeting.chair.name if meeting.chair else "",
        secretary=meeting.secretary.name if meeting.secretary else "",
        attendees=tuple(attendees_in_order((_attendee(row) for row in attendance), "en")),
        members=tuple(presence_at(session, meeting)),
        items=items,
        other_actions=other_actions,
        attachments=tuple(kept.get(None, ())),
        arising=tuple(arising_at(session, meeting, known)),
        next_meeting=next_meeting,
        approved_at=meeting.minutes_approved_at.ref if meeting.minutes_approved_at is not None else "",
        approval_note=meeting.minutes_approval_note,
        reopenings=reopenings,
        version=version,
    )


def _versions(session: Session, meeting: Meeting) -> tuple[tuple[Reopening, ...], VersionMark | None]:
    """The reopenings of the minutes (each version that left an approved one, with its reason), and the version the
    meeting now stands at."""
    kept = session.execute(
        select(
            MinutesVersion.number,
            MinutesVersion.minutes_status,
            MinutesVersion.reason,
            MinutesVersion.fingerprint,
            MinutesVersion.created_by,
            MinutesVersion.created_at,
        )
        .where(MinutesVersion.meeting_id == meeting.id)
        .order_by(MinutesVersion.number)
    ).all()
    reopenings = tuple(
        Reopening(row.created_at.date(), display_name(session, row.created_by), row.reason)
        for before, row in pairwise(kept)
        if before.minutes_status is MinutesStatus.APPROVED and row.minutes_status is not MinutesStatus.APPROVED
    )
    if not kept:
        return reopenings, None
    latest = kept[-1]
    current = minutes_versions.fingerprint_now(session, meeting) == latest.fingerprint
    mark = VersionMark(latest.number, latest.fingerprint, latest.minutes_status, latest.created_at, current)
    return reopenings, mark


def agenda_at(session: Session, meeting: Meeting) -> tuple[tuple[ItemRecord, ...], tuple[ActionLine, ...]]:
    """The meeting's agenda items, each with its decisions and the actions raised under it; and the actions raised
    at the meeting under no item."""
    items = session.scalars(
        select(AgendaItem)
        .where(AgendaItem.meeting_id == meeting.id)
        .order_by(AgendaItem.position)
        .options(selectinload(AgendaItem.decisions))
    ).all()
    actions = session.scalars(
        select(Action)
        .where(Action.meeting_id == meeting.id)
        .order_by(Action.id)
        .options(
            selectinload(Action.owner_person), selectinload(Action.owner_organisation), selectinload(Action.updates)
        )
    ).all()
    by_item: dict[int | None, list[ActionLine]] = {}
    item_ids = {item.id for item in items}
    code = meeting.cluster.code
    for action in actions:
        # The minutes say what the meeting decided: later renegotiations (in the tracker) are rolled back here.
        title, owner, due_on = as_decided(action.title, owner_label(action), action.due_on, list(action.updates))
        line = ActionLine(action.ref, title, owner, due_on, action.status)
        by_item.setdefault(action.agenda_item_id if action.agenda_item_id in item_ids else None, []).append(line)
    records = tuple(
        ItemRecord(
            id=item.id,
            number=item.position,
            title=item.title,
            presenter=item.presenter,
            planned_minutes=item.planned_minutes,
            minutes=item.minutes,
            matters_arising=item.matters_arising,
            decisions=tuple(decision.text for decision in item.decisions),
            actions=tuple(by_item.get(item.id, ())),
            registers=tuple(_register_label(code, decision) for decision in item.decisions),
        )
        for item in items
    )
    return records, tuple(by_item.get(None, ()))


def _register_label(code: str, decision: Decision) -> str:
    if decision.register_year is None or decision.register_number is None:
        return ""
    return register.label(code, decision.register_year, decision.register_number)


def _attendee(row: Attendance) -> Attendee:
    organisation = row.organisation or row.person.organisation
    return Attendee(
        name=row.person.name,
        organisation=organisation.name if organisation is not None else "",
        role=row.person.role,
        status=row.status,
        guest=row.guest,
        note=row.note,
        organisation_pt=organisation.name_pt if organisation is not None else "",
    )


def attendees_in_order(attendees: Iterable[Attendee], language: str) -> list[Attendee]:
    """Organisations in alphabetical order of their names in ``language``, people without one after them, guests
    last."""

    def order(attendee: Attendee) -> tuple[bool, bool, str, str]:
        organisation = attendee.organisation_in(language)
        return (attendee.guest, not organisation, organisation.casefold(), attendee.name.casefold())

    return sorted(attendees, key=order)


# -- the report of open actions -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ActionReport:
    """The open actions of one cluster (or all), as of a day, grouped by owner."""

    cluster: ClusterName | None  # None: every cluster
    today: date
    owners: tuple[tuple[str, tuple[TrackerRow, ...]], ...]  # owner ("" for nobody), their actions by due date

    @property
    def count(self) -> int:
        return sum(len(rows) for _, rows in self.owners)

    @property
    def overdue(self) -> int:
        return sum(row.overdue for _, rows in self.owners for row in rows)


def action_report(db: Database, cluster_code: str | None = None, today: date | None = None) -> ActionReport:
    today = today or date.today()
    with db.read() as session:
        cluster = None
        if cluster_code:
            found = cluster_by_code(session, cluster_code)
            cluster = ClusterName(found.code, found.name, found.name_pt)
        wanted = ActionFilter(
            today=today, cluster_codes=(cluster.code,) if cluster else (), statuses=tuple(OPEN_STATUSES)
        )
        rows = page_in(session, wanted, ActionSort(TrackerColumn.DUE), limit=None)
    owners: dict[str, list[TrackerRow]] = {}
    for row in rows:
        owners.setdefault(row.owner, []).append(row)
    ordered = sorted(owners.items(), key=lambda pair: (not pair[0], pair[0].casefold()))
    return ActionReport(cluster, today, tuple((owner, tuple(found)) for owner, found in ordered))
