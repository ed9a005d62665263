"""People and organisations: adding, listing, editing, merging duplicates and deleting them."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, TypedDict, Unpack, cast

from sqlalchemy import CursorResult, delete, func, select, update
from sqlalchemy.orm import InstrumentedAttribute, Session

from pactdesk.domain import validation as check
from pactdesk.domain.enums import AttendanceStatus, OrganisationKind, SeatCode
from pactdesk.domain.errors import ConflictError, NotFoundError, ValidationError
from pactdesk.domain.models import (
    Action,
    ActionUpdate,
    Attendance,
    Cluster,
    CommitteeSeat,
    Meeting,
    Organisation,
    Person,
    SeatHolder,
)
from pactdesk.services.committee import holders_on, seat_name
from pactdesk.store.database import Database

MAX_ACRONYM = 40
MAX_PHONE = 60
_SEAT_ORDER = list(SeatCode)

# -- adding ------------------------------------------------------------------------------------------------------


def add_organisation(
    db: Database,
    name: str,
    *,
    acronym: str = "",
    kind: OrganisationKind = OrganisationKind.OTHER,
    email: str | None = None,
    notes: str = "",
) -> int:
    with db.write() as session:
        organisation = Organisation(
            name=_unique_organisation_name(session, name),
            acronym=check.limited_text(acronym, "acronym", "acronym", MAX_ACRONYM),
            kind=check.member(OrganisationKind, kind, "kind of organisation", "kind"),
            email=check.optional_email(email),
            notes=check.limited_text(notes, "notes", "notes"),
        )
        session.add(organisation)
        session.flush()
        return organisation.id


def organisation_by_name(session: Session, name: str) -> Organisation:
    clean = check.clean_text(name)
    found = session.scalar(
        select(Organisation).where(
            (func.lower(Organisation.name) == clean.lower()) | (func.lower(Organisation.acronym) == clean.lower())
        )
    )
    if found is None:
        raise NotFoundError(f"There is no organisation called “{clean}”.")
    return found


def add_person(
    db: Database,
    name: str,
    *,
    organisation_id: int | None = None,
    role: str = "",
    email: str | None = None,
    phone: str = "",
) -> int:
    with db.write() as session:
        person = Person(
            name=check.required_text(name, "person's name", "name", check.MAX_NAME),
            organisation_id=organisation_id,
            role=check.limited_text(role, "role", "role", check.MAX_NAME),
            email=_unique_email(session, email),
            phone=check.limited_text(phone, "phone number", "phone", MAX_PHONE),
        )
        _check_organisation(session, organisation_id)
        session.add(person)
        session.flush()
        return person.id


def _unique_email(session: Session, email: str | None, person_id: int | None = None) -> str | None:
    clean = check.optional_email(email)
    if clean is None:
        return None
    other = session.scalar(select(Person).where(Person.email == clean))
    if other is not None and other.id != person_id:
        raise ConflictError(f"{other.name} already has the e-mail address {clean}.", "email")
    return clean


def told_apart(session: Session, name: str, email: str | None) -> None:
    """Refuse a new person whom the workbook could not tell from someone of the same name.

    The workbook names people by name, and by e-mail only where two share a name (``records.person_labels``), so two
    people of one name need an e-mail address each, or PactDesk's own export would not import.
    """
    key = " ".join(name.split()).casefold()
    namesakes = [
        (other, address)
        for other, address in session.execute(select(Person.name, Person.email))
        if " ".join(other.split()).casefold() == key
    ]
    if not namesakes:
        return
    if email is None:
        raise ConflictError(
            f"There is already someone called {namesakes[0][0]} in the directory. To record another person of that "
            "name, give their e-mail address, so that the two can be told apart.",
            "email",
        )
    without = next((other for other, address in namesakes if not address), None)
    if without is not None:
        raise ConflictError(
            f"There is already someone called {without} with no e-mail address, so the two could not be told apart. "
            "Add that person's e-mail address in People and organisations first, or choose them instead.",
            "name",
        )


def _unique_organisation_name(session: Session, name: str, organisation_id: int | None = None) -> str:
    clean = check.required_text(name, "organisation's name", "name", check.MAX_NAME)
    other = session.scalar(select(Organisation.id).where(func.lower(Organisation.name) == clean.lower()))
    if other is not None and other != organisation_id:
        raise ConflictError(f"There is already an organisation called “{clean}”.", "name")
    return clean


def _check_organisation(session: Session, organisation_id: int | None) -> None:
    if organisation_id is not None and session.get(Organisation, organisation_id) is None:
        raise NotFoundError("The chosen organisation no longer exists.")


def _person(session: Session, person_id: int) -> Person:
    found = session.get(Person, person_id)
    if found is None:
        raise NotFoundError("The chosen person no longer exists.")
    return found


def _organisation(session: Session, organisation_id: int) -> Organisation:
    found = session.get(Organisation, organisation_id)
    if found is None:
        raise NotFoundError("The chosen organisation no longer exists.")
    return found


# -- reading -----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PersonRow:
    id: int
    name: str
    organisation_id: int | None
    organisation: str
    role: str
    email: str | None
    phone: str
    seats: tuple[SeatCode, ...]
    """The committee seats the person holds today."""
    organisation_acronym: str = ""


@dataclass(frozen=True)
class OrganisationRow:
    id: int
    name: str
    acronym: str
    kind: OrganisationKind
    email: str | None
    notes: str
    seat: SeatCode | None
    people: int


def _folded(text: str | None) -> str:
    """``text`` in lower case and without accents, so that “alvaro” finds “Álvaro”."""
    decomposed = unicodedata.normalize("NFKD", (text or "").casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _matches(words: list[str], *fields: str | None) -> bool:
    haystack = "\n".join(_folded(value) for value in fields)
    return all(word in haystack for word in words)


def _words(text: str) -> list[str]:
    return _folded(check.clean_text(text)).split()


def person_matches(row: PersonRow, text: str) -> bool:
    """Whether ``row`` has every word of ``text`` in its name, e-mail or organisation (case and accents ignored)."""
    return _matches(_words(text), row.name, row.email, row.organisation, row.organisation_acronym)


def same_name(first: str, second: str) -> bool:
    """“Rui  Côsta” and “rui costa” are the same name to a person reading them."""
    return _folded(first).split() == _folded(second).split()


def list_people(db: Database, text: str = "") -> list[PersonRow]:
    """Everyone, by name, whose name, e-mail or organisation has every word of ``text`` (case and accents ignored)."""
    # The directory holds hundreds of people, not millions: filtering and sorting here gets accents and case right
    # on every database, which SQLite's lower() and ORDER BY do not.
    query = select(
        Person.id,
        Person.name,
        Person.organisation_id,
        Organisation.name,
        Organisation.acronym,
        Person.role,
        Person.email,
        Person.phone,
    ).outerjoin(Organisation, Organisation.id == Person.organisation_id)
    words = _words(text)
    with db.read() as session:
        seats: dict[int, list[SeatCode]] = {}
        for holder in holders_on(session, date.today()):
            seats.setdefault(holder.person_id, []).append(holder.seat.code)
        rows = [
            PersonRow(
                id=person_id,
                name=name,
                organisation_id=organisation_id,
                organisation=organisation or "",
                role=role,
                email=email,
                phone=phone,
                seats=tuple(sorted(seats.get(person_id, ()), key=_SEAT_ORDER.index)),
                organisation_acronym=acronym or "",
            )
            for person_id, name, organisation_id, organisation, acronym, role, email, phone in session.execute(query)
            if _matches(words, name, email, organisation, acronym)
        ]
    return sorted(rows, key=lambda row: (_folded(row.name), row.id))


_HISTORY: tuple[InstrumentedAttribute[Any], ...] = (
    Attendance.person_id,
    Action.owner_person_id,
    ActionUpdate.author_id,
    Meeting.chair_id,
    Meeting.secretary_id,
    SeatHolder.person_id,
)
"""Everything in the records that points at a person."""


def histories(db: Database, person_ids: Iterable[int]) -> dict[int, int]:
    """How much of the record points at each person: attendance, actions owned, progress updates written, meetings
    chaired or minuted and seat terms, added up (0 for someone nothing points at)."""
    wanted = list(person_ids)
    counts = dict.fromkeys(wanted, 0)
    with db.read() as session:
        for column in _HISTORY:
            for person_id, n in session.execute(
                select(column, func.count()).where(column.in_(wanted)).group_by(column)
            ):
                counts[person_id] += n
    return counts


def similar_people(db: Database, name: str, email: str | None = None) -> list[PersonRow]:
    """People someone about to be added may already be: the same name (case, accents and spacing ignored) or the
    same e-mail address. The one with that e-mail comes first, then whoever has more history."""
    address = check.clean_text(email).lower()
    found = [
        row
        for row in list_people(db)
        if (name.strip() and same_name(row.name, name)) or (address and (row.email or "") == address)
    ]
    history = histories(db, (row.id for row in found))
    return sorted(found, key=lambda row: (bool(address) and row.email != address, -history[row.id], row.id))


def list_organisations(db: Database, text: str = "") -> list[OrganisationRow]:
    """Every organisation, by name, whose name, acronym or kind has every word of ``text``."""
    people = select(Person.organisation_id, func.count().label("n")).group_by(Person.organisation_id).subquery("people")
    query = select(
        Organisation.id,
        Organisation.name,
        Organisation.acronym,
        Organisation.kind,
        Organisation.email,
        Organisation.notes,
        func.coalesce(people.c.n, 0),
    ).outerjoin(people, people.c.organisation_id == Organisation.id)
    words = _words(text)
    with db.read() as session:
        seats = {
            organisation_id: code
            for organisation_id, code in session.execute(
                select(CommitteeSeat.organisation_id, CommitteeSeat.code).where(
                    CommitteeSeat.organisation_id.is_not(None)
                )
            )
        }
        rows = [
            OrganisationRow(
                id=organisation_id,
                name=name,
                acronym=acronym,
                kind=kind,
                email=email,
                notes=notes,
                seat=seats.get(organisation_id),
                people=count,
            )
            for organisation_id, name, acronym, kind, email, notes, count in session.execute(query)
            if _matches(words, name, acronym, kind.value)
        ]
    return sorted(rows, key=lambda row: (_folded(row.name), row.id))


# -- editing -----------------------------------------------------------------------------------------------------


class PersonChanges(TypedDict, total=False):
    """The fields of a person that ``update_person`` changes; a key left out stays as it is."""

    name: str
    organisation_id: int | None
    role: str
    email: str | None
    phone: str


class OrganisationChanges(TypedDict, total=False):
    """The fields of an organisation that ``update_organisation`` changes; a key left out stays as it is."""

    name: str
    acronym: str
    kind: OrganisationKind
    email: str | None
    notes: str


def update_person(db: Database, person_id: int, **changes: Unpack[PersonChanges]) -> PersonChanges:
    """Change the given fields of a person; returns their previous values (pass them back to undo)."""
    _refuse_unknown(changes, PersonChanges.__optional_keys__)
    with db.write() as session:
        person = _person(session, person_id)
        previous = {key: getattr(person, key) for key in changes}
        if "name" in changes:
            person.name = check.required_text(changes["name"], "person's name", "name", check.MAX_NAME)
        if "organisation_id" in changes:
            _check_organisation(session, changes["organisation_id"])
            person.organisation_id = changes["organisation_id"]
        if "role" in changes:
            person.role = check.limited_text(changes["role"], "role", "role", check.MAX_NAME)
        if "email" in changes:
            person.email = _unique_email(session, changes["email"], person.id)
        if "phone" in changes:
            person.phone = check.limited_text(changes["phone"], "phone number", "phone", MAX_PHONE)
        return cast(PersonChanges, previous)


def update_organisation(
    db: Database, organisation_id: int, **changes: Unpack[OrganisationChanges]
) -> OrganisationChanges:
    """Change the given fields of an organisation; returns their previous values (pass them back to undo)."""
    _refuse_unknown(changes, OrganisationChanges.__optional_keys__)
    with db.write() as session:
        organisation = _organisation(session, organisation_id)
        previous = {key: getattr(organisation, key) for key in changes}
        if "name" in changes:
            organisation.name = _unique_organisation_name(session, changes["name"], organisation.id)
        if "acronym" in changes:
            organisation.acronym = check.limited_text(changes["acronym"], "acronym", "acronym", MAX_ACRONYM)
        if "kind" in changes:
            organisation.kind = check.member(OrganisationKind, changes["kind"], "kind of organisation", "kind")
        if "email" in changes:
            organisation.email = check.optional_email(changes["email"])
        if "notes" in changes:
            organisation.notes = check.limited_text(changes["notes"], "notes", "notes")
        return cast(OrganisationChanges, previous)


def _refuse_unknown(changes: Iterable[str], known: Iterable[str]) -> None:
    unknown = sorted(set(changes) - set(known))
    if unknown:
        raise TypeError(f"unknown fields: {', '.join(unknown)}")


# -- merging duplicates ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DroppedAttendance:
    """The duplicate's row at a meeting the kept person was also on, and the kept row as it was before."""

    id: int
    meeting_id: int
    organisation_id: int | None
    status: AttendanceStatus | None
    guest: bool
    note: str
    kept_id: int
    kept_status: AttendanceStatus | None
    kept_note: str


@dataclass(frozen=True)
class MergedPerson:
    """What ``unmerge_people`` needs to bring a merged duplicate back with everything that pointed at them."""

    keep_id: int
    person_id: int
    name: str
    organisation_id: int | None
    role: str
    email: str | None
    phone: str
    moved: tuple[tuple[str, tuple[int, ...]], ...]
    """For each column that pointed at the duplicate (``_MOVABLE``), the ids of the rows that were moved."""
    dropped: tuple[DroppedAttendance, ...]
    blanks: tuple[tuple[str, Any], ...]
    """The kept person's fields the duplicate filled in, with the values they had before."""


@dataclass(frozen=True)
class PersonMerge:
    """What moved from the duplicate to the person kept; the duplicate is gone."""

    kept: str
    attendance_moved: int
    attendance_dropped: int
    """Attendance at meetings both were recorded at: the kept person's row stays, the duplicate's goes."""
    actions_moved: int
    updates_moved: int
    meetings_moved: int
    """Meetings the duplicate chaired or was secretary of."""
    seats_moved: int
    filled: tuple[str, ...]
    """The kept person's empty fields that took the duplicate's value."""
    undo: MergedPerson | None = field(default=None, compare=False, repr=False)
    """Pass it to ``unmerge_people`` to undo the merge."""


@dataclass(frozen=True)
class OrganisationMerge:
    """What moved from the duplicate to the organisation kept; the duplicate is gone."""

    kept: str
    people_moved: int
    attendance_moved: int
    actions_moved: int
    clusters_moved: int
    seats_moved: int
    filled: tuple[str, ...]


def _move(session: Session, column: InstrumentedAttribute[Any], old: int, new: int) -> int:
    """Point every ``column`` that holds ``old`` at ``new``; returns how many rows changed."""
    statement = update(column.class_).where(column == old).values({column: new})
    return cast("CursorResult[Any]", session.execute(statement)).rowcount


_MOVABLE: dict[str, InstrumentedAttribute[Any]] = {
    "attendance": Attendance.person_id,
    "actions": Action.owner_person_id,
    "updates": ActionUpdate.author_id,
    "chair": Meeting.chair_id,
    "secretary": Meeting.secretary_id,
    "seats": SeatHolder.person_id,
}
"""The columns a merge points from the duplicate to the person kept, by the name ``MergedPerson.moved`` uses."""


def _ids_pointing_at(session: Session, column: InstrumentedAttribute[Any], person_id: int) -> tuple[int, ...]:
    table = column.class_
    return tuple(session.scalars(select(table.id).where(column == person_id).order_by(table.id)))


def _point(session: Session, column: InstrumentedAttribute[Any], ids: Sequence[int], person_id: int) -> int:
    """Point ``column`` of the rows ``ids`` at ``person_id``; returns how many rows changed."""
    if not ids:
        return 0
    table = column.class_
    statement = update(table).where(table.id.in_(list(ids))).values({column: person_id})
    return cast("CursorResult[Any]", session.execute(statement)).rowcount


def merge_people(db: Database, keep_id: int, duplicate_id: int) -> PersonMerge:
    """Move everything that refers to the duplicate onto the person kept, fill the kept one's blanks, delete it.

    The result's ``undo`` holds what ``unmerge_people`` needs to bring the duplicate back as it was."""
    if keep_id == duplicate_id:
        raise ValidationError("A person cannot be merged with themselves; choose the duplicate record.", "duplicate")
    with db.write() as session:
        keep, duplicate = _person(session, keep_id), _person(session, duplicate_id)
        # Both recorded at the same meeting: the kept row stays (taking any status or note it lacks).
        kept_rows = {
            row.meeting_id: row for row in session.scalars(select(Attendance).where(Attendance.person_id == keep.id))
        }
        dropped: list[DroppedAttendance] = []
        for row in session.scalars(
            select(Attendance).where(Attendance.person_id == duplicate.id, Attendance.meeting_id.in_(list(kept_rows)))
        ):
            kept_row = kept_rows[row.meeting_id]
            dropped.append(
                DroppedAttendance(
                    row.id,
                    row.meeting_id,
                    row.organisation_id,
                    row.status,
                    row.guest,
                    row.note,
                    kept_row.id,
                    kept_row.status,
                    kept_row.note,
                )
            )
            kept_row.status = kept_row.status or row.status
            kept_row.note = kept_row.note or row.note
            session.delete(row)
        session.flush()
        pointing = {name: _ids_pointing_at(session, column, duplicate.id) for name, column in _MOVABLE.items()}
        moved = {name: _point(session, _MOVABLE[name], ids, keep.id) for name, ids in pointing.items()}
        details = {
            "organisation_id": duplicate.organisation_id,
            "role": duplicate.role,
            "email": duplicate.email,
            "phone": duplicate.phone,
        }
        before = {key: getattr(keep, key) for key in details}
        restore = MergedPerson(
            keep_id=keep.id,
            person_id=duplicate.id,
            name=duplicate.name,
            organisation_id=duplicate.organisation_id,
            role=duplicate.role,
            email=duplicate.email,
            phone=duplicate.phone,
            moved=tuple(pointing.items()),
            dropped=tuple(dropped),
            blanks=(),
        )
        # Deleted before the blanks are filled: the e-mail address is unique and may move to the kept person.
        session.execute(delete(Person).where(Person.id == duplicate.id))
        filled = _fill_blanks(keep, details)
        return PersonMerge(
            kept=keep.name,
            attendance_moved=moved["attendance"],
            attendance_dropped=len(dropped),
            actions_moved=moved["actions"],
            updates_moved=moved["updates"],
            meetings_moved=moved["chair"] + moved["secretary"],
            seats_moved=moved["seats"],
            filled=filled,
            undo=replace(restore, blanks=tuple((key, before[key]) for key in filled)),
        )


def unmerge_people(db: Database, merged: MergedPerson) -> None:
    """Undo ``merge_people``: the duplicate comes back, with its id, details and everything that pointed at it."""
    with db.write() as session:
        keep = _person(session, merged.keep_id)
        if session.get(Person, merged.person_id) is not None:
            raise ConflictError(f"{merged.name} cannot be brought back: their record has been reused since the merge.")
        for key, value in merged.blanks:
            setattr(keep, key, value)
        session.flush()  # the kept person gives back an e-mail address before the duplicate takes it again
        session.add(
            Person(
                id=merged.person_id,
                name=merged.name,
                organisation_id=merged.organisation_id,
                role=merged.role,
                email=merged.email,
                phone=merged.phone,
            )
        )
        session.flush()
        for name, ids in merged.moved:
            _point(session, _MOVABLE[name], ids, merged.person_id)
        for row in merged.dropped:
            kept_row = session.get(Attendance, row.kept_id)
            if kept_row is not None:
                kept_row.status, kept_row.note = row.kept_status, row.kept_note
            session.add(
                Attendance(
                    id=row.id,
                    meeting_id=row.meeting_id,
                    person_id=merged.person_id,
                    organisation_id=row.organisation_id,
                    status=row.status,
                    guest=row.guest,
                    note=row.note,
                )
            )


def merge_organisations(db: Database, keep_id: int, duplicate_id: int) -> OrganisationMerge:
    """Move every person, attendance, action, cluster and seat of the duplicate onto the one kept; delete it."""
    if keep_id == duplicate_id:
        raise ValidationError("An organisation cannot be merged with itself; choose the duplicate record.", "duplicate")
    with db.write() as session:
        keep, duplicate = _organisation(session, keep_id), _organisation(session, duplicate_id)
        seats = {
            organisation_id: code
            for organisation_id, code in session.execute(
                select(CommitteeSeat.organisation_id, CommitteeSeat.code).where(
                    CommitteeSeat.organisation_id.in_([keep.id, duplicate.id])
                )
            )
        }
        if keep.id in seats and duplicate.id in seats:
            raise ConflictError(
                f"“{keep.name}” and “{duplicate.name}” hold different places on the committee "
                f"({seat_name(seats[keep.id])} and {seat_name(seats[duplicate.id])}), so they cannot be merged."
            )
        moved = {
            "people": _move(session, Person.organisation_id, duplicate.id, keep.id),
            "attendance": _move(session, Attendance.organisation_id, duplicate.id, keep.id),
            "actions": _move(session, Action.owner_organisation_id, duplicate.id, keep.id),
            "clusters": _move(session, Cluster.management_entity_id, duplicate.id, keep.id),
            "seats": _move(session, CommitteeSeat.organisation_id, duplicate.id, keep.id),
        }
        blanks = {"acronym": duplicate.acronym, "email": duplicate.email, "notes": duplicate.notes}
        kind = duplicate.kind
        session.execute(delete(Organisation).where(Organisation.id == duplicate.id))
        filled = _fill_blanks(keep, blanks)
        if keep.kind is OrganisationKind.OTHER and kind is not OrganisationKind.OTHER:
            keep.kind = kind
            filled += ("kind",)
        return OrganisationMerge(
            kept=keep.name,
            people_moved=moved["people"],
            attendance_moved=moved["attendance"],
            actions_moved=moved["actions"],
            clusters_moved=moved["clusters"],
            seats_moved=moved["seats"],
            filled=filled,
        )


def _fill_blanks(record: object, values: dict[str, Any]) -> tuple[str, ...]:
    filled = []
    for key, value in values.items():
        if getattr(record, key) in (None, "") and value not in (None, ""):
            setattr(record, key, value)
            filled.append(key)
    return tuple(filled)


# -- deleting ----------------------------------------------------------------------------------------------------


def _counted(n: int, one: str, many: str) -> str:
    return one if n == 1 else many.format(n)


def delete_person(db: Database, person_id: int) -> None:
    """Delete a person nothing refers to; otherwise a ``ConflictError`` says what does and suggests merging."""
    with db.write() as session:
        person = _person(session, person_id)

        def count(column: InstrumentedAttribute[Any]) -> int:
            return session.scalar(select(func.count()).where(column == person.id)) or 0

        references = [
            (
                count(Attendance.person_id),
                "are on the attendance list of 1 meeting",
                "are on the attendance list of {} meetings",
            ),
            (count(Action.owner_person_id), "own 1 action", "own {} actions"),
            (count(ActionUpdate.author_id), "wrote 1 progress update", "wrote {} progress updates"),
            (count(Meeting.chair_id), "chaired 1 meeting", "chaired {} meetings"),
            (count(Meeting.secretary_id), "were secretary of 1 meeting", "were secretary of {} meetings"),
            (count(SeatHolder.person_id), "held a committee seat", "held a committee seat for {} terms"),
        ]
        found = [_counted(n, one, many) for n, one, many in references if n]
        if found:
            raise ConflictError(
                f"{person.name} cannot be deleted because the records still refer to them: they {_listed(found)}. "
                "If this is a duplicate, merge it into the right person instead."
            )
        session.delete(person)


def delete_organisation(db: Database, organisation_id: int) -> None:
    """Delete an organisation nothing refers to; otherwise a ``ConflictError`` says what does and suggests merging."""
    with db.write() as session:
        organisation = _organisation(session, organisation_id)

        def count(column: InstrumentedAttribute[Any]) -> int:
            return session.scalar(select(func.count()).where(column == organisation.id)) or 0

        references = [
            (count(Person.organisation_id), "1 person belongs to it", "{} people belong to it"),
            (
                count(Attendance.organisation_id),
                "someone attended 1 meeting for it",
                "people attended {} meetings for it",
            ),
            (count(Action.owner_organisation_id), "it owns 1 action", "it owns {} actions"),
            (count(Cluster.management_entity_id), "it manages a cluster", "it manages {} clusters"),
            (count(CommitteeSeat.organisation_id), "it has a seat on the committee", "it has {} committee seats"),
        ]
        found = [_counted(n, one, many) for n, one, many in references if n]
        if found:
            raise ConflictError(
                f"“{organisation.name}” cannot be deleted because the records still refer to it: {_listed(found)}. "
                "If this is a duplicate, merge it into the right organisation instead."
            )
        session.execute(delete(Organisation).where(Organisation.id == organisation.id))


def _listed(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"
