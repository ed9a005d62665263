"""The committee's seats: who holds each on a given day, who held it before, and handing a seat to someone new."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from pactdesk.domain.enums import SeatCode
from pactdesk.domain.errors import ConflictError, NotFoundError, ValidationError
from pactdesk.domain.models import CommitteeSeat, Organisation, Person, SeatHolder
from pactdesk.services.catalogue import seat
from pactdesk.store.database import Database

SEAT_C_ORGANISATION = "each cluster's management entity"
"""What stands in the organisation column for seat (c), which every cluster's own entity takes at its meetings."""

_SEAT_ORDER = list(SeatCode)


@dataclass(frozen=True)
class SeatRow:
    code: SeatCode
    title: str
    organisation_id: int | None
    organisation: str
    """The seat's organisation; for seat (c), ``SEAT_C_ORGANISATION``."""
    holder_id: int | None
    holder: str | None
    since: date | None


@dataclass(frozen=True)
class SeatHolderRow:
    person_id: int
    name: str
    since: date | None
    until: date | None


def seat_name(code: SeatCode) -> str:
    """The seat as a sentence names it: “the chair” or “seat (d)”."""
    return "the chair" if code is SeatCode.CHAIR else f"seat ({code.value})"


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
            .options(selectinload(SeatHolder.seat), selectinload(SeatHolder.person))
            .order_by(SeatHolder.id)
        )
    )


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
                CommitteeSeat.id, CommitteeSeat.code, CommitteeSeat.title, Organisation.id, Organisation.name
            ).outerjoin(Organisation, Organisation.id == CommitteeSeat.organisation_id)
        )
        rows = []
        for seat_id, code, title, organisation_id, organisation in seats:
            holder_id, holder_name, since = holders.get(seat_id, (None, None, None))
            if organisation is None:
                organisation = SEAT_C_ORGANISATION if code is SeatCode.C else ""
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
            raise NotFoundError("The chosen person no longer exists.")
        for holder in chosen.holders:
            if holder.until is not None:
                continue
            if holder.person_id == person.id:
                raise ConflictError(f"{person.name} already holds {seat_name(code)}.")
            if since is not None and holder.since is not None and since < holder.since:
                raise ValidationError(
                    f"{holder.person.name} has held {seat_name(code)} since {holder.since:%Y-%m-%d}; "
                    "the new holder must start on that day or later.",
                    "since",
                )
            holder.until = since or date.today()
        chosen.holders.append(SeatHolder(person_id=person_id, since=since))
