"""Merging duplicates: a person or an organisation recorded twice becomes one, and a merge of people is undone."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, select

from pactdesk.domain.enums import OrganisationKind
from pactdesk.domain.errors import ConflictError, ValidationError
from pactdesk.domain.language import in_language
from pactdesk.domain.messages import say
from pactdesk.domain.models import CommitteeSeat, Organisation, Person
from pactdesk.services import archive
from pactdesk.services.committee import seat_name
from pactdesk.services.directory.organisations import find_organisation
from pactdesk.services.directory.people import find_person
from pactdesk.services.directory.repointing import Repointed, point_back, repoint
from pactdesk.store.database import Database

_KEPT_ROW_TAKES = {"attendance": ("status", "note")}
"""Where both were on one meeting's attendance list, the kept row takes the status or note it lacks."""


@dataclass(frozen=True)
class MergedPerson:
    """What ``unmerge_people`` needs to bring a merged duplicate back with everything that pointed at them."""

    keep_id: int
    person_id: int
    name: str
    row: archive.Archived
    """The duplicate's whole row, every column of it."""
    moved: Repointed
    """Every row that referred to the duplicate (read from the schema's foreign keys), and the duplicate's rows
    dropped where the kept person had one like it."""
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


def merge_people(db: Database, keep_id: int, duplicate_id: int) -> PersonMerge:
    """Move everything that refers to the duplicate onto the person kept, fill the kept one's blanks, delete it.

    The result's ``undo`` holds what ``unmerge_people`` needs to bring the duplicate back as it was."""
    if keep_id == duplicate_id:
        raise ValidationError(
            say(
                "A person cannot be merged with themselves; choose the duplicate record.",
                "Não é possível fundir uma pessoa consigo própria; escolha o registo duplicado.",
            ),
            "duplicate",
        )
    with db.write() as session:
        keep, duplicate = find_person(session, keep_id), find_person(session, duplicate_id)
        name = duplicate.name
        details = {
            "organisation_id": duplicate.organisation_id,
            "role": duplicate.role,
            "email": duplicate.email,
            "phone": duplicate.phone,
        }
        before = {key: getattr(keep, key) for key in details}
        people = archive.table("person")
        moved = repoint(session, people, duplicate_id, keep_id, _KEPT_ROW_TAKES)
        # Deleted before the blanks are filled: the e-mail address is unique and may move to the kept person.
        row = archive.take_out(session, people, people.c.id == duplicate_id)
        filled = _fill_blanks(keep, details)
        return PersonMerge(
            kept=keep.name,
            attendance_moved=moved.count("attendance", "person_id"),
            attendance_dropped=moved.dropped_from("attendance"),
            actions_moved=moved.count("action", "owner_person_id"),
            updates_moved=moved.count("action_update", "author_id"),
            meetings_moved=moved.count("meeting", "chair_id") + moved.count("meeting", "secretary_id"),
            seats_moved=moved.count("seat_holder", "person_id"),
            filled=filled,
            undo=MergedPerson(
                keep_id=keep_id,
                person_id=duplicate_id,
                name=name,
                row=row,
                moved=moved,
                blanks=tuple((key, before[key]) for key in filled),
            ),
        )


def unmerge_people(db: Database, merged: MergedPerson) -> None:
    """Undo ``merge_people``: the duplicate comes back, with its id, details and everything that pointed at it."""
    with db.write() as session:
        keep = find_person(session, merged.keep_id)
        if session.get(Person, merged.person_id) is not None:
            raise ConflictError(
                say(
                    "{name} cannot be brought back: their record has been reused since the merge.",
                    "Não é possível repor {name}: o seu registo foi reutilizado depois da fusão.",
                    name=merged.name,
                )
            )
        for key, value in merged.blanks:
            setattr(keep, key, value)
        session.flush()  # the kept person gives back an e-mail address before the duplicate takes it again
        archive.put_back(session, merged.row)
        point_back(session, merged.moved)


def merge_organisations(db: Database, keep_id: int, duplicate_id: int) -> OrganisationMerge:
    """Move every person, attendance, action, cluster and seat of the duplicate onto the one kept; delete it."""
    if keep_id == duplicate_id:
        raise ValidationError(
            say(
                "An organisation cannot be merged with itself; choose the duplicate record.",
                "Não é possível fundir uma organização consigo própria; escolha o registo duplicado.",
            ),
            "duplicate",
        )
    with db.write() as session:
        keep, duplicate = find_organisation(session, keep_id), find_organisation(session, duplicate_id)
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
                say(
                    "“{keep}” and “{duplicate}” hold different places on the committee ({kept_seat} and "
                    "{other_seat}), so they cannot be merged.",
                    "«{keep}» e «{duplicate}» ocupam lugares diferentes na Comissão ({kept_seat} e {other_seat}), "
                    "pelo que não podem ser fundidas.",
                    keep=_shown(keep),
                    duplicate=_shown(duplicate),
                    kept_seat=seat_name(seats[keep.id]),
                    other_seat=seat_name(seats[duplicate.id]),
                )
            )
        moved = repoint(session, archive.table("organisation"), duplicate_id, keep_id, _KEPT_ROW_TAKES)
        blanks = {"acronym": duplicate.acronym, "email": duplicate.email, "notes": duplicate.notes}
        kind = duplicate.kind
        session.execute(delete(Organisation).where(Organisation.id == duplicate_id))
        filled = _fill_blanks(keep, blanks)
        if keep.kind is OrganisationKind.OTHER and kind is not OrganisationKind.OTHER:
            keep.kind = kind
            filled += ("kind",)
        return OrganisationMerge(
            kept=_shown(keep),
            people_moved=moved.count("person", "organisation_id"),
            attendance_moved=moved.count("attendance", "organisation_id"),
            actions_moved=moved.count("action", "owner_organisation_id"),
            clusters_moved=moved.count("cluster", "management_entity_id"),
            seats_moved=moved.count("committee_seat", "organisation_id"),
            filled=filled,
        )


def _fill_blanks(record: object, values: dict[str, Any]) -> tuple[str, ...]:
    filled = []
    for key, value in values.items():
        if getattr(record, key) in (None, "") and value not in (None, ""):
            setattr(record, key, value)
            filled.append(key)
    return tuple(filled)


def _shown(organisation: Organisation) -> str:
    """The organisation's name as the window shows it."""
    return in_language(organisation.name, organisation.name_pt)
