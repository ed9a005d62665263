"""Who came to a meeting: the list pre-filled from the committee, guests, and whether every member was there."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from sqlalchemy import Integer, case, delete, literal, select
from sqlalchemy.orm import Session, joinedload

from pactdesk.domain import validation as check
from pactdesk.domain.enums import AttendanceStatus, SeatCode
from pactdesk.domain.errors import ConflictError, NotFoundError
from pactdesk.domain.language import Names, in_language
from pactdesk.domain.messages import say
from pactdesk.domain.models import Attendance, CommitteeSeat, Meeting, Organisation, Person
from pactdesk.services.catalogue import name_in_language
from pactdesk.services.committee import holders_on
from pactdesk.services.directory import histories, told_apart
from pactdesk.services.meetings import editable, meeting_by_ref
from pactdesk.store.database import Database

PRESENT = (AttendanceStatus.PRESENT, AttendanceStatus.REMOTE)
NO_NAMES = Names("")


@dataclass(frozen=True)
class AttendanceRow:
    person_id: int
    person: str
    organisation_id: int | None
    organisation: str
    role: str
    status: AttendanceStatus | None
    guest: bool


@dataclass(frozen=True)
class MemberPresence:
    """One of the committee's member organisations at a meeting, and whether anyone represented it."""

    seat: SeatCode
    organisation: str  # in the window's language
    represented: bool
    names: Names = NO_NAMES  # the organisation's (else the seat's) name in both languages, for documents


def set_attendance(
    db: Database,
    meeting_ref: str,
    person_id: int,
    status: AttendanceStatus | None,
    *,
    organisation_id: int | None = None,
    guest: bool = False,
) -> None:
    """Record how ``person_id`` attended. A new row represents the person's own organisation unless another is
    given; an existing row keeps the organisation it has."""
    status = check.optional_member(AttendanceStatus, status, "way of attending", "status")
    with db.write() as session:
        meeting = editable(meeting_by_ref(session, meeting_ref))
        person = session.get(Person, person_id)
        if person is None:
            raise NotFoundError(say("The chosen person no longer exists.", "A pessoa escolhida já não existe."))
        if organisation_id is not None and session.get(Organisation, organisation_id) is None:
            raise NotFoundError(
                say("The chosen organisation no longer exists.", "A organização escolhida já não existe.")
            )
        row = session.scalar(
            select(Attendance).where(Attendance.meeting_id == meeting.id, Attendance.person_id == person_id)
        )
        if row is None:
            row = Attendance(meeting=meeting, person=person, guest=guest, organisation_id=person.organisation_id)
            session.add(row)
        row.status = status
        if organisation_id is not None:
            row.organisation_id = organisation_id


def set_representing(db: Database, meeting_ref: str, person_id: int, organisation_id: int | None) -> int | None:
    """Which organisation a person represents at the meeting; returns the one before, for undo."""
    with db.write() as session:
        meeting = editable(meeting_by_ref(session, meeting_ref))
        row = next((row for row in meeting.attendance if row.person_id == person_id), None)
        if row is None:
            raise NotFoundError(
                say("That person is not on the list of this meeting.", "Essa pessoa não consta da lista desta reunião.")
            )
        if organisation_id is not None and session.get(Organisation, organisation_id) is None:
            raise NotFoundError(
                say("The chosen organisation no longer exists.", "A organização escolhida já não existe.")
            )
        previous = row.organisation_id
        row.organisation_id = organisation_id
        return previous


def attendance(db: Database, meeting_ref: str) -> list[AttendanceRow]:
    with db.read() as session:
        return _rows(session, meeting_by_ref(session, meeting_ref))


def attendance_sheet(db: Database, meeting_ref: str) -> tuple[list[AttendanceRow], list[MemberPresence]]:
    """Who came to a meeting and which member organisations they represented, in three queries (opening the
    attendance of a meeting on a team's server)."""
    with db.read() as session:
        meeting = meeting_by_ref(session, meeting_ref, joinedload(Meeting.cluster))
        rows = _rows(session, meeting)
        represented = {row.organisation_id for row in rows if row.status in PRESENT}
        return rows, _presence(session, meeting, represented)


def _rows(session: Session, meeting: Meeting) -> list[AttendanceRow]:
    found = session.execute(
        select(Attendance, Person, Organisation)
        .join(Person, Person.id == Attendance.person_id)
        .outerjoin(Organisation, Organisation.id == Attendance.organisation_id)
        .where(Attendance.meeting_id == meeting.id)
        .order_by(Attendance.guest, name_in_language(Organisation.name, Organisation.name_pt), Person.name)
    )
    return [
        AttendanceRow(
            person_id=person.id,
            person=person.name,
            organisation_id=row.organisation_id,
            organisation=in_language(organisation.name, organisation.name_pt) if organisation else "",
            role=person.role,
            status=row.status,
            guest=row.guest,
        )
        for row, person, organisation in found
    ]


def _seat_organisation(seat: CommitteeSeat, meeting: Meeting) -> int | None:
    """Seat (c) is taken at each meeting by the cluster's own management entity."""
    return meeting.cluster.management_entity_id if seat.code is SeatCode.C else seat.organisation_id


def _holders_on_the_day(session: Session, meeting: Meeting) -> list[tuple[int, int | None]]:
    return [
        (holder.person_id, _seat_organisation(holder.seat, meeting))
        for holder in holders_on(session, meeting.starts_at.date())
    ]


def _append_missing(meeting: Meeting, expected: list[tuple[int, int | None]]) -> None:
    present = {row.person_id for row in meeting.attendance}
    for person_id, organisation_id in expected:
        if person_id not in present:
            present.add(person_id)
            meeting.attendance.append(Attendance(person_id=person_id, organisation_id=organisation_id))


def prefill(session: Session, meeting: Meeting) -> None:
    """Add the committee's seat holders on the meeting's day and the people of the cluster's management entity."""
    expected = _holders_on_the_day(session, meeting)
    entity = meeting.cluster.management_entity_id
    if entity is not None:
        expected.extend(
            (person_id, entity)
            for person_id in session.scalars(
                select(Person.id).where(Person.organisation_id == entity).order_by(Person.name)
            )
        )
    _append_missing(meeting, expected)


def add_seat_holders(session: Session, meeting: Meeting) -> None:
    """Add whoever holds a committee seat on the meeting's day and is not on its list yet."""
    _append_missing(meeting, _holders_on_the_day(session, meeting))


def prefill_attendance(db: Database, meeting_ref: str) -> int:
    """Pre-fill the list of a meeting; returns how many people were added."""
    with db.write() as session:
        meeting = editable(meeting_by_ref(session, meeting_ref))
        before = len(meeting.attendance)
        prefill(session, meeting)
        return len(meeting.attendance) - before


class Representing(enum.Enum):
    OWN = "own"


OWN_ORGANISATION = Representing.OWN
"""For ``add_attendee``: the person represents the organisation they belong to."""


def _member_organisations(session: Session, meeting: Meeting) -> set[int]:
    """The organisations at the committee's table at this meeting (seat (c) is the cluster's entity)."""
    found = {_seat_organisation(seat, meeting) for seat in session.scalars(select(CommitteeSeat))}
    return {organisation_id for organisation_id in found if organisation_id is not None}


def _not_listed(meeting: Meeting, person: Person, field: str | None = None) -> None:
    if any(row.person_id == person.id for row in meeting.attendance):
        raise ConflictError(
            say(
                "{name} is already on the list of this meeting.",
                "{name} já consta da lista desta reunião.",
                name=person.name,
            ),
            field,
        )


def add_attendee(
    db: Database,
    meeting_ref: str,
    person_id: int,
    *,
    status: AttendanceStatus | None = None,
    organisation_id: int | Representing | None = OWN_ORGANISATION,
    guest: bool | None = None,
) -> None:
    """Put someone from the directory on the list of a meeting, attending as ``status`` and representing
    ``organisation_id`` (their own organisation unless another, or none, is given). Undo with ``remove_attendance``.

    Unless told, they are a guest when the organisation they represent has no place at the committee's table."""
    status = check.optional_member(AttendanceStatus, status, "way of attending", "status")
    with db.write() as session:
        meeting = editable(meeting_by_ref(session, meeting_ref))
        person = session.get(Person, person_id)
        if person is None:
            raise NotFoundError(say("The chosen person no longer exists.", "A pessoa escolhida já não existe."))
        _not_listed(meeting, person, "person")
        represented = person.organisation_id if isinstance(organisation_id, Representing) else organisation_id
        if represented is not None and session.get(Organisation, represented) is None:
            raise NotFoundError(
                say("The chosen organisation no longer exists.", "A organização escolhida já não existe.")
            )
        if guest is None:
            guest = represented not in _member_organisations(session, meeting)
        meeting.attendance.append(
            Attendance(person_id=person.id, organisation_id=represented, status=status, guest=guest)
        )


def add_guest(
    db: Database,
    meeting_ref: str,
    name: str,
    *,
    organisation_id: int | None = None,
    email: str | None = None,
    new_person: bool = False,
) -> int:
    """A guest at the meeting; returns the person's id.

    By default, an existing person with that e-mail, else a new person. With ``new_person`` (the secretary said the
    guest is not anyone already in the directory), always a new person: an e-mail address someone has is refused,
    and so is a name someone has unless both can be told apart by their e-mail (see ``directory.told_apart``).
    Undo with ``take_back_guest``.
    """
    with db.write() as session:
        meeting = editable(meeting_by_ref(session, meeting_ref))
        address = check.optional_email(email)
        clean = check.required_text(name, "guest's name", "name", check.MAX_NAME)
        if organisation_id is not None and session.get(Organisation, organisation_id) is None:
            raise NotFoundError(
                say("The chosen organisation no longer exists.", "A organização escolhida já não existe.")
            )
        person = session.scalar(select(Person).where(Person.email == address)) if address else None
        if person is not None and new_person:
            raise ConflictError(
                say(
                    "{name} already has the e-mail address {address}.",
                    "{name} já tem o endereço de e-mail {address}.",
                    name=person.name,
                    address=address,
                ),
                "email",
            )
        if person is None:
            if new_person:
                told_apart(session, clean, address)
            person = Person(name=clean, organisation_id=organisation_id, email=address)
            session.add(person)
            session.flush()
        _not_listed(meeting, person)
        meeting.attendance.append(
            Attendance(person_id=person.id, organisation_id=organisation_id or person.organisation_id, guest=True)
        )
        return person.id


def take_back_guest(db: Database, meeting_ref: str, person_id: int) -> None:
    """Undo ``add_guest(new_person=True)``: off the list, and out of the directory unless something else refers to
    them by now."""
    with db.write() as session:
        meeting = editable(meeting_by_ref(session, meeting_ref))
        row = next((row for row in meeting.attendance if row.person_id == person_id), None)
        if row is None:
            raise NotFoundError(
                say("That person is not on the list of this meeting.", "Essa pessoa não consta da lista desta reunião.")
            )
        meeting.attendance.remove(row)
        session.flush()
        if not any(histories(db, [person_id]).values()):
            session.execute(delete(Person).where(Person.id == person_id))


def remove_attendance(db: Database, meeting_ref: str, person_id: int) -> AttendanceRow:
    """Take a person off the list; returns their row so it can be put back."""
    with db.write() as session:
        meeting = editable(meeting_by_ref(session, meeting_ref))
        row = next((row for row in meeting.attendance if row.person_id == person_id), None)
        if row is None:
            raise NotFoundError(
                say("That person is not on the list of this meeting.", "Essa pessoa não consta da lista desta reunião.")
            )
        removed = AttendanceRow(
            person_id=person_id,
            person=row.person.name,
            organisation_id=row.organisation_id,
            organisation=in_language(row.organisation.name, row.organisation.name_pt) if row.organisation else "",
            role=row.person.role,
            status=row.status,
            guest=row.guest,
        )
        meeting.attendance.remove(row)
        return removed


def restore_attendance(db: Database, meeting_ref: str, removed: AttendanceRow) -> None:
    with db.write() as session:
        meeting = editable(meeting_by_ref(session, meeting_ref))
        meeting.attendance.append(
            Attendance(
                person_id=removed.person_id,
                organisation_id=removed.organisation_id,
                status=removed.status,
                guest=removed.guest,
            )
        )


def member_presence(db: Database, meeting_ref: str) -> list[MemberPresence]:
    """Each member organisation of the committee (chair, a–h) and whether someone present or remote represented it."""
    with db.read() as session:
        return presence_at(session, meeting_by_ref(session, meeting_ref))


def presence_at(session: Session, meeting: Meeting) -> list[MemberPresence]:
    """``member_presence`` within an open session."""
    return _presence(session, meeting, {row.organisation_id for row in meeting.attendance if row.status in PRESENT})


def _presence(session: Session, meeting: Meeting, represented: set[int | None]) -> list[MemberPresence]:
    # The seats with their organisations in one query; seat (c) is the cluster's own management entity's.
    entity = meeting.cluster.management_entity_id
    organisation_of = case(
        (CommitteeSeat.code == SeatCode.C, literal(entity, Integer)), else_=CommitteeSeat.organisation_id
    )
    seats = session.execute(
        select(CommitteeSeat, Organisation).outerjoin(Organisation, Organisation.id == organisation_of)
    ).all()
    result = []
    for seat, organisation in seats:
        names = Names(organisation.name, organisation.name_pt) if organisation else Names(seat.title, seat.title_pt)
        result.append(
            MemberPresence(
                seat=seat.code,
                organisation=names.in_language(),
                represented=organisation is not None and organisation.id in represented,
                names=names,
            )
        )
    order = list(SeatCode)
    return sorted(result, key=lambda presence: order.index(presence.seat))
