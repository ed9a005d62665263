"""The committee's seats: who holds each on a given day, who held it before, and handing a seat to someone new."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload

from pactdesk.domain.enums import SeatCode
from pactdesk.domain.errors import ConflictError, NotFoundError, ValidationError
from pactdesk.domain.language import Names
from pactdesk.domain.messages import say
from pactdesk.domain.models import Attendance, CommitteeSeat, Meeting, Organisation, Person, SeatHolder
from pactdesk.services.catalogue import name_in_language, seat
from pactdesk.store.database import Database

SEAT_C_ORGANISATION = Names("each cluster's management entity", "a entidade gestora de cada cluster")
"""What stands in the organisation column for seat (c), which every cluster's own entity takes at its meetings."""

_SEAT_ORDER = list(SeatCode)


@dataclass(frozen=True)
class SeatRow:
    code: SeatCode
    title: str
    organisation_id: int | None
    organisation: str
    """The seat's organisation; for seat (c), ``SEAT_C_ORGANISATION``. Title and organisation are in the window's
    language."""
    holder_id: int | None
    holder: str | None
    since: date | None


@dataclass(frozen=True)
class StartSuggestion:
    """The day a new holder of a seat most likely started, and why."""

    day: date
    holder: str | None
    """Who holds the seat until then, if anyone."""
    last_seen: date | None
    """The last day that holder was recorded at a meeting, if ever."""


@dataclass(frozen=True)
class SeatHolderRow:
    person_id: int
    name: str
    since: date | None
    until: date | None


def seat_name(code: SeatCode) -> str:
    """The seat as a sentence names it: “the chair” or “seat (d)”; “o lugar de presidente” or “o lugar (d)”."""
    if code is SeatCode.CHAIR:
        return say("the chair", "o lugar de presidente")
    return say("seat ({code})", "o lugar ({code})", code=code.value)


def holders_on(session: Session, day: date) -> list[SeatHolder]:
    """Everyone in office on ``day``, with their seat and person loaded, in the order they were recorded.

    A holder with no ``since`` has held the seat since before records began. ``until`` is the day the next holder
    took over, so on that day the seat is no longer theirs.
    """
    return list(
        session.scalars(
            select(SeatHolder)
            .where(SeatHolder.since.is_(None) | (SeatHolder.since <= day))
            .where(SeatHolder.until.is_(None) | (SeatHolder.until > day))
            # Joined, not one more query each: the directory and every meeting opened read this.
            .options(joinedload(SeatHolder.seat), joinedload(SeatHolder.person))
            .order_by(SeatHolder.id)
        )
    )


def _current(holders: list[SeatHolder]) -> SeatHolder | None:
    """Of the holders in office on one day, the one who started last (were two ever recorded for the same day)."""
    return max(holders, key=lambda holder: (holder.since or date.min, holder.id), default=None)


def holder_on(session: Session, code: SeatCode, day: date) -> int | None:
    """The person holding seat ``code`` on ``day``, if anyone."""
    found = _current([holder for holder in holders_on(session, day) if holder.seat.code is code])
    return found.person_id if found else None


def suggested_start(db: Database, code: SeatCode, today: date | None = None) -> StartSuggestion:
    """The day to offer as the start of a new holder of seat ``code``.

    The secretary records a new holder after the fact, often after meeting them. So the new holder is taken to start
    the day after the outgoing holder was last recorded at a meeting: every meeting since (one held earlier this week
    too) finds the new holder, and every meeting the outgoing holder is recorded at keeps them. Never before the
    outgoing holder started (``hold_seat`` refuses that) nor after today. For a seat nobody holds, the day of the
    first meeting on record, so that every recorded meeting finds its first holder; today when there is none.
    """
    today = today or date.today()
    with db.read() as session:
        chosen = seat(session, code)
        holder = _current([holder for holder in holders_on(session, today) if holder.seat_id == chosen.id])
        first = session.scalar(select(func.min(Meeting.starts_at)))
        if holder is None:
            return StartSuggestion(min(first.date(), today) if first else today, None, None)
        seen = session.scalar(
            select(func.max(Meeting.starts_at))
            .join(Attendance, Attendance.meeting_id == Meeting.id)
            .where(Attendance.person_id == holder.person_id, Attendance.status.is_not(None))
            .where(Meeting.starts_at < datetime.combine(today + timedelta(days=1), time()))
        )
        last_seen = seen.date() if seen else None
        if last_seen is not None:
            day = last_seen + timedelta(days=1)
        else:
            day = holder.since or (first.date() if first else today)
        day = min(max(day, holder.since or date.min), today)
        return StartSuggestion(day, holder.person.name, last_seen)


def committee_seats(db: Database, on: date | None = None) -> list[SeatRow]:
    """The chair and seats (a)–(h) with their organisation and who holds each on ``on`` (today by default)."""
    day = on or date.today()
    with db.read() as session:
        holders: dict[int, tuple[int, str, date | None]] = {}
        # Were two holders ever recorded for the same day, the one who started last holds the seat.
        for holder in sorted(holders_on(session, day), key=lambda holder: (holder.since or date.min, holder.id)):
            holders[holder.seat_id] = (holder.person_id, holder.person.name, holder.since)
        seats = session.execute(
            select(
                CommitteeSeat.id,
                CommitteeSeat.code,
                name_in_language(CommitteeSeat.title, CommitteeSeat.title_pt),
                Organisation.id,
                name_in_language(Organisation.name, Organisation.name_pt),
            ).outerjoin(Organisation, Organisation.id == CommitteeSeat.organisation_id)
        )
        rows = []
        for seat_id, code, title, organisation_id, organisation in seats:
            holder_id, holder_name, since = holders.get(seat_id, (None, None, None))
            if organisation is None:
                organisation = SEAT_C_ORGANISATION.in_language() if code is SeatCode.C else ""
            rows.append(SeatRow(code, title, organisation_id, organisation, holder_id, holder_name, since))
    return sorted(rows, key=lambda row: _SEAT_ORDER.index(row.code))


def seat_history(db: Database, code: SeatCode) -> list[SeatHolderRow]:
    """Everyone who held seat ``code``, the earliest first, with when they started and stopped."""
    with db.read() as session:
        chosen = seat(session, code)
        rows = session.execute(
            select(SeatHolder.id, Person.id, Person.name, SeatHolder.since, SeatHolder.until)
            .join(Person)
            .where(SeatHolder.seat_id == chosen.id)
        ).all()
    ordered = sorted(rows, key=lambda row: (row[3] or date.min, row[0]))
    return [SeatHolderRow(person_id, name, since, until) for _, person_id, name, since, until in ordered]


def hold_seat(db: Database, code: SeatCode, person_id: int, since: date | None = None) -> None:
    """``person_id`` holds seat ``code`` from ``since``; whoever held it before stops holding it then."""
    with db.write() as session:
        chosen = seat(session, code)
        person = session.get(Person, person_id)
        if person is None:
            raise NotFoundError(say("The chosen person no longer exists.", "A pessoa escolhida já não existe."))
        for holder in chosen.holders:
            if holder.until is not None:
                continue
            if holder.person_id == person.id:
                raise ConflictError(
                    say(
                        "{name} already holds {seat}.",
                        "{name} já ocupa {seat}.",
                        name=person.name,
                        seat=seat_name(code),
                    )
                )
            if since is not None and holder.since is not None and since < holder.since:
                raise ValidationError(
                    say(
                        "{name} has held {seat} since {since}; the new holder must start on that day or later.",
                        "{name} ocupa {seat} desde {since}; o mandato do novo titular tem de começar nesse dia ou "
                        "depois.",
                        name=holder.person.name,
                        seat=seat_name(code),
                        since=holder.since,
                    ),
                    "since",
                )
            holder.until = since or date.today()
        chosen.holders.append(SeatHolder(person_id=person_id, since=since))
