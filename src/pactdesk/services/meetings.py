"""Meetings: creating them with their reference, attendance, the agenda with its minutes, and decisions."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, NamedTuple, TypeVar
from urllib.parse import urlsplit

from sqlalchemy import Select, func, select, union_all
from sqlalchemy.orm import Session, joinedload
from sqlalchemy.sql.base import ExecutableOption

from pactdesk.domain import validation as check
from pactdesk.domain.enums import MeetingKind, MeetingStatus, MinutesStatus
from pactdesk.domain.errors import LockedError, NotFoundError, ValidationError
from pactdesk.domain.language import in_language
from pactdesk.domain.messages import say
from pactdesk.domain.models import Action, AgendaItem, Cluster, Decision, Meeting, Person
from pactdesk.domain.summaries import MeetingOrder, MeetingRow
from pactdesk.services.catalogue import cluster_by_code
from pactdesk.services.references import next_meeting_ref
from pactdesk.services.team import display_name
from pactdesk.services.versions import UNSEEN, Stamp, check_field_fresh
from pactdesk.store.database import Database

CALENDAR_FIELDS = frozenset({"title", "starts_at", "ends_at", "location", "online_link", "status"})
"""Fields a calendar invitation shows: a change to any raises the meeting's ``sequence``, so the change reaches
attendees' calendars."""


def meeting_by_ref(session: Session, ref: str, *loading: ExecutableOption) -> Meeting:
    """The meeting ``ref`` names (``NotFoundError`` if none), with what ``loading`` asks for read in the same query."""
    query = select(Meeting).where(Meeting.ref == ref.strip().upper()).options(*loading)
    meeting = session.execute(query).unique().scalar_one_or_none()
    if meeting is None:
        raise NotFoundError(
            say(
                "There is no meeting with the reference “{ref}”.",
                "Não existe nenhuma reunião com a referência «{ref}».",
                ref=ref.strip(),
            )
        )
    return meeting


def editable(meeting: Meeting) -> Meeting:
    if meeting.minutes_status is MinutesStatus.APPROVED:
        raise LockedError(
            say(
                "The minutes of {ref} are approved, so the meeting can no longer be changed.",
                "A ata de {ref} está aprovada, pelo que a reunião já não pode ser alterada.",
                ref=meeting.ref,
            )
        )
    return meeting


def is_web_address(text: str) -> bool:
    """One http or https address with a host: no blank, line break or other control character anywhere in it."""
    if not text or len(text) > check.MAX_LINK:
        return False
    if any(ch.isspace() or unicodedata.category(ch)[0] == "C" for ch in text):
        return False
    try:
        parts = urlsplit(text)
        host = parts.hostname
    except ValueError:  # an unclosed [ or a port that is not a number
        return False
    return parts.scheme.lower() in ("http", "https") and bool(host)


def checked_online_link(value: str | None) -> str:
    """The meeting's online link: empty, or one web address (it goes into calendar files and the minutes)."""
    text = (value or "").strip()
    if len(text) > check.MAX_LINK:
        raise ValidationError(
            say(
                "The online link is too long ({length} characters; at most {limit}).",
                "A ligação online tem {length} caracteres, mais do que os {limit} permitidos.",
                length=len(text),
                limit=check.MAX_LINK,
            ),
            "online_link",
        )
    if text and not is_web_address(text):
        shown = "".join(ch if ch.isprintable() else " " for ch in (text if len(text) <= 60 else f"{text[:59]}…"))
        raise ValidationError(
            say(
                "“{shown}” is not a web address; write it like https://meet.example.pt/abc.",
                "«{shown}» não é um endereço web; escreva-o como https://reuniao.exemplo.pt/abc.",
                shown=shown,
            ),
            "online_link",
        )
    return text


def _needs_a_start() -> str:
    return say("A meeting needs a start date and time.", "Uma reunião precisa de data e hora de início.")


def create_meeting(
    db: Database,
    cluster_code: str,
    *,
    title: str,
    starts_at: datetime | str,
    ends_at: datetime | str | None = None,
    kind: MeetingKind = MeetingKind.MONITORING,
    location: str = "",
    online_link: str = "",
    status: MeetingStatus = MeetingStatus.PLANNED,
    minutes_status: MinutesStatus = MinutesStatus.DRAFT,
    chair_id: int | None = None,
    secretary_id: int | None = None,
) -> str:
    """A new meeting of the cluster; returns its reference (``CODE-YYYY-NN``, numbered within the year)."""
    start = check.parse_datetime(starts_at, "start", "starts_at")
    if start is None:
        raise ValidationError(_needs_a_start(), "starts_at")
    end = check.parse_datetime(ends_at, "end", "ends_at")
    check.check_period(start, end)
    with db.write() as session:
        cluster = cluster_by_code(session, cluster_code)
        meeting = Meeting(
            ref=next_meeting_ref(session, cluster.code, start.year),
            cluster=cluster,
            kind=kind,
            title=check.required_text(title, "meeting's title", "title"),
            starts_at=start,
            ends_at=end,
            location=check.limited_text(location, "place", "location", check.MAX_TITLE),
            online_link=checked_online_link(online_link),
            status=status,
            minutes_status=minutes_status,
            chair_id=chair_id,
            secretary_id=secretary_id,
        )
        session.add(meeting)
        session.flush()
        return meeting.ref


# -- one meeting: its details, changed one field at a time, and deleting it -----------------------------------


@dataclass(frozen=True)
class MeetingDetail:
    id: int
    ref: str
    cluster_id: int
    cluster_code: str
    cluster_name: str
    kind: MeetingKind
    title: str
    starts_at: datetime
    ends_at: datetime | None
    location: str
    online_link: str
    status: MeetingStatus
    minutes_status: MinutesStatus
    minutes_approved_on: date | None
    chair_id: int | None
    secretary_id: int | None
    stamp: Stamp  # the meeting's own details
    last_change: Stamp  # the latest save to the meeting, its agenda items or their decisions
    approved_at: str | None = None  # the meeting whose "Approval of the previous minutes" approved them
    approval_note: str = ""  # the corrections agreed there, or the written procedure's note

    @property
    def locked(self) -> bool:
        return self.minutes_status is MinutesStatus.APPROVED

    @property
    def length_minutes(self) -> int | None:
        return None if self.ends_at is None else int((self.ends_at - self.starts_at).total_seconds() // 60)


def meeting_detail(db: Database, ref: str) -> MeetingDetail:
    with db.read() as session:
        meeting = meeting_by_ref(session, ref, joinedload(Meeting.cluster), joinedload(Meeting.minutes_approved_at))
        return MeetingDetail(
            id=meeting.id,
            ref=meeting.ref,
            cluster_id=meeting.cluster_id,
            cluster_code=meeting.cluster.code,
            cluster_name=in_language(meeting.cluster.name, meeting.cluster.name_pt),
            kind=meeting.kind,
            title=meeting.title,
            starts_at=meeting.starts_at,
            ends_at=meeting.ends_at,
            location=meeting.location,
            online_link=meeting.online_link,
            status=meeting.status,
            minutes_status=meeting.minutes_status,
            minutes_approved_on=meeting.minutes_approved_on,
            chair_id=meeting.chair_id,
            secretary_id=meeting.secretary_id,
            stamp=Stamp.of(meeting),
            last_change=_last_change(session, meeting),
            approved_at=meeting.minutes_approved_at.ref if meeting.minutes_approved_at else None,
            approval_note=meeting.minutes_approval_note,
        )


def _last_change(session: Session, meeting: Meeting) -> Stamp:
    """The newest stamp among the meeting, its agenda items and their decisions."""
    parts = union_all(
        select(Meeting.updated_by, Meeting.updated_at).where(Meeting.id == meeting.id),
        select(AgendaItem.updated_by, AgendaItem.updated_at).where(AgendaItem.meeting_id == meeting.id),
        select(Decision.updated_by, Decision.updated_at)
        .join(AgendaItem, AgendaItem.id == Decision.agenda_item_id)
        .where(AgendaItem.meeting_id == meeting.id),
    ).subquery()
    newest = session.execute(
        select(parts.c.updated_by, parts.c.updated_at)
        .where(parts.c.updated_by != "", parts.c.updated_at.is_not(None))
        .order_by(parts.c.updated_at.desc())
        .limit(1)
    ).first()
    if newest is None:
        return Stamp(meeting.version, "", None)
    return Stamp(meeting.version, display_name(session, newest.updated_by), newest.updated_at)


def _person_or_none(session: Session, value: Any) -> int | None:
    if value is None:
        return None
    if session.get(Person, int(value)) is None:
        raise NotFoundError(say("The chosen person no longer exists.", "A pessoa escolhida já não existe."))
    return int(value)


def set_meeting_field(db: Database, ref: str, field: str, value: Any, *, seen: Any = UNSEEN) -> Any:
    """Change one field of a meeting; returns the value it had, for undo. ``seen`` is the field's value the person
    saw: if someone has changed that field since, the change is refused (``StaleError``, with the stored value).

    Approved minutes lock the meeting; only ``minutes_status`` may still change, which is how they are reopened.
    """
    with db.write() as session:
        meeting = meeting_by_ref(session, ref)
        if field != "minutes_status":
            editable(meeting)
        previous = getattr(meeting, field)
        check_field_fresh(meeting, seen, previous, say("Meeting {ref}", "A reunião {ref}", ref=ref))
        if field == "title":
            meeting.title = check.required_text(value, "meeting's title", "title")
        elif field == "kind":
            meeting.kind = check.member(MeetingKind, value, "kind of meeting", field)
        elif field in ("starts_at", "ends_at"):
            what = "start" if field == "starts_at" else "end"
            moment = check.parse_datetime(value, what, field)
            if moment is None and field == "starts_at":
                raise ValidationError(_needs_a_start(), field)
            start = moment if field == "starts_at" else meeting.starts_at
            end = moment if field == "ends_at" else meeting.ends_at
            assert start is not None
            if field == "starts_at" and end is not None:
                end = start + (end - meeting.starts_at)  # moving a meeting keeps its length (undo moves it back)
            if end is not None and end <= start:
                raise ValidationError(
                    say("The meeting must end after it starts.", "A reunião tem de terminar depois de começar."), field
                )
            meeting.starts_at, meeting.ends_at = start, end
        elif field == "location":
            meeting.location = check.limited_text(value, "place", field, check.MAX_TITLE)
        elif field == "online_link":
            meeting.online_link = checked_online_link(value)
        elif field == "status":
            meeting.status = check.member(MeetingStatus, value, "status of a meeting", field)
        elif field == "minutes_status":
            # Undo passes a whole MinutesState back; a bare status approves today or reopens without a reason,
            # which approved minutes refuse.
            wanted = (
                value
                if isinstance(value, MinutesState)
                else MinutesState(
                    check.member(MinutesStatus, value, "status of minutes", field), meeting.minutes_approved_on
                )
            )
            previous = change_minutes_state(session, meeting, wanted)  # what undo passes back
        elif field in ("chair_id", "secretary_id"):
            setattr(meeting, field, _person_or_none(session, value))
        else:
            raise ValueError(field)
        if field in CALENDAR_FIELDS:
            meeting.sequence += 1
        return previous


def _keep_version(session: Session, meeting: Meeting, reason: str = "") -> None:
    """A change of the minutes' status keeps the meeting as it now stands (services/minutes_versions.py)."""
    from pactdesk.services import minutes_versions  # it reads meetings through this module

    minutes_versions.record(session, meeting, reason)


class MinutesState(NamedTuple):
    """Where a meeting's minutes stand: their status and, once approved, on which day, at which meeting (the one
    whose "Approval of the previous minutes" approved them) and with what note (the corrections agreed, or the
    written procedure's note). ``reason`` says why approved minutes leave that state (a reopening): it is not kept
    on the meeting but with the version the change keeps."""

    status: MinutesStatus
    approved_on: date | None = None
    approved_at_id: int | None = None
    note: str = ""
    reason: str = ""


def minutes_state(meeting: Meeting) -> MinutesState:
    return MinutesState(
        meeting.minutes_status,
        meeting.minutes_approved_on,
        meeting.minutes_approved_at_id,
        meeting.minutes_approval_note,
    )


def set_minutes_status(
    db: Database,
    ref: str,
    status: MinutesStatus | str,
    approved_on: date | str | None = None,
    *,
    note: str = "",
    reason: str = "",
) -> MinutesState:
    """Move the minutes to ``status``. Approving records ``approved_on`` (today if not given), which can be neither
    before the meeting's day nor in the future, and ``note``: a note says they were approved by written procedure
    (outside a meeting; services/minutes_approval.py approves them at one). Reopening approved minutes needs a
    ``reason``, kept with the version. Returns the state before, for undo (undoing an approval says so)."""
    wanted = check.member(MinutesStatus, status, "status of minutes", "minutes_status")
    day = check.parse_date(approved_on, "date of approval", "approved_on")
    return set_minutes_state(db, ref, MinutesState(wanted, day, None, note, reason))


def set_minutes_state(db: Database, ref: str, wanted: MinutesState) -> MinutesState:
    """``set_minutes_status`` with the whole state, as undo gives it back (an approval at a meeting included)."""
    with db.write() as session:
        return change_minutes_state(session, meeting_by_ref(session, ref), wanted)


def change_minutes_state(session: Session, meeting: Meeting, wanted: MinutesState) -> MinutesState:
    """``set_minutes_status`` within a transaction: checks ``wanted``, sets it, keeps a version when the status
    changes, and returns the state before (for undo)."""
    previous = minutes_state(meeting)
    note = check.limited_text(wanted.note, "note of approval", "note", check.MAX_STATEMENT)
    reason = check.limited_text(wanted.reason, "reason for reopening", "reason", check.MAX_STATEMENT)
    day = wanted.approved_on
    if wanted.status is MinutesStatus.APPROVED:
        day = day or date.today()
        if day < meeting.starts_at.date():
            raise ValidationError(
                say(
                    "Minutes cannot be approved before the meeting ({day}).",
                    "A ata não pode ser aprovada antes da reunião ({day}).",
                    day=meeting.starts_at.date(),
                ),
                "approved_on",
            )
        if day > date.today():
            raise ValidationError(
                say(
                    "The date of approval cannot be in the future.",
                    "A data de aprovação não pode ser uma data futura.",
                ),
                "approved_on",
            )
    else:
        day, note = None, ""
        if previous.status is MinutesStatus.APPROVED and not reason:
            raise ValidationError(
                say(
                    "Say why the approved minutes of {ref} are reopened: the reason is kept with their versions "
                    "and printed on the minutes.",
                    "Indique porque é reaberta a ata aprovada de {ref}: o motivo fica guardado com as versões e "
                    "é impresso na ata.",
                    ref=meeting.ref,
                ),
                "reason",
            )
    approved_at = wanted.approved_at_id if wanted.status is MinutesStatus.APPROVED else None
    meeting.minutes_status, meeting.minutes_approved_on = wanted.status, day
    meeting.minutes_approved_at_id, meeting.minutes_approval_note = approved_at, note
    if wanted.status is not previous.status:
        _keep_version(session, meeting, reason if previous.status is MinutesStatus.APPROVED else "")
    if previous.status is MinutesStatus.APPROVED or wanted.status is not MinutesStatus.APPROVED:
        return previous
    # Undoing an approval reopens the minutes: that is its reason.
    return previous._replace(reason=say("The approval was undone.", "A aprovação foi anulada."))


@dataclass(frozen=True)
class MeetingContents:
    """What goes with a meeting when it is deleted."""

    attendance: int
    agenda_items: int
    items_with_minutes: int
    decisions: int
    actions: int

    @property
    def has_records(self) -> bool:
        return bool(self.items_with_minutes or self.decisions or self.actions)


def meeting_contents(db: Database, ref: str) -> MeetingContents:
    with db.read() as session:
        meeting = meeting_by_ref(session, ref)
        items = meeting.agenda
        return MeetingContents(
            attendance=len(meeting.attendance),
            agenda_items=len(items),
            items_with_minutes=sum(1 for item in items if item.minutes.strip()),
            decisions=sum(len(item.decisions) for item in items),
            actions=session.scalar(select(func.count()).select_from(Action).where(Action.meeting_id == meeting.id))
            or 0,
        )


# -- reading: the list of meetings and one meeting in full ----------------------------------------------------


_Query = TypeVar("_Query", bound=Select[*tuple[Any, ...]])

_ORDER_COLUMNS = {
    MeetingOrder.REF: Meeting.ref,
    MeetingOrder.CLUSTER: Cluster.code,
    MeetingOrder.DATE: Meeting.starts_at,
    MeetingOrder.KIND: Meeting.kind,
    MeetingOrder.TITLE: Meeting.title,
    MeetingOrder.STATUS: Meeting.status,
    MeetingOrder.MINUTES: Meeting.minutes_status,
}


def _filtered(query: _Query, cluster_id: int | None, text: str) -> _Query:
    if cluster_id is not None:
        query = query.where(Meeting.cluster_id == cluster_id)
    for word in check.clean_text(text).lower().split():
        query = query.where(
            func.lower(Meeting.ref).contains(word, autoescape=True)
            | func.lower(Meeting.title).contains(word, autoescape=True)
            | func.lower(Meeting.location).contains(word, autoescape=True)
            | func.lower(Meeting.kind).contains(word, autoescape=True)
        )
    return query


def count_meetings(db: Database, *, cluster_id: int | None = None, text: str = "") -> int:
    query = _filtered(select(func.count()).select_from(Meeting).join(Cluster), cluster_id, text)
    with db.read() as session:
        return session.scalar(query) or 0


def list_meetings(
    db: Database,
    *,
    cluster_id: int | None = None,
    text: str = "",
    order: MeetingOrder = MeetingOrder.DATE,
    descending: bool = True,
    offset: int = 0,
    limit: int = 200,
) -> list[MeetingRow]:
    """One page of meetings of a cluster (or of all), whose reference, title, place or kind has every word."""
    column = _ORDER_COLUMNS[order]
    query = _filtered(
        select(
            Meeting.id,
            Meeting.ref,
            Cluster.code,
            Meeting.kind,
            Meeting.title,
            Meeting.starts_at,
            Meeting.location,
            Meeting.status,
            Meeting.minutes_status,
        ).join(Cluster),
        cluster_id,
        text,
    )
    tie = Meeting.id.desc() if descending else Meeting.id
    query = query.order_by(column.desc() if descending else column, tie).offset(offset).limit(limit)
    with db.read() as session:
        return [MeetingRow(*row) for row in session.execute(query)]


# Every service that records a decision reads meetings through this module: importing the register here installs its
# numbering (a before_flush on every session) wherever a decision can be recorded.
from pactdesk.services import register as _register  # noqa: E402, F401
