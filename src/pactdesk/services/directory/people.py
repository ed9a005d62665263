"""People: adding, telling namesakes apart, listing, finding likely duplicates, editing and deleting them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, TypedDict, Unpack, cast

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from pactdesk.domain import validation as check
from pactdesk.domain.enums import SeatCode
from pactdesk.domain.errors import ConflictError, NotFoundError
from pactdesk.domain.language import in_language
from pactdesk.domain.messages import listed, say
from pactdesk.domain.models import Action, ActionUpdate, Attendance, Meeting, Organisation, Person, SeatHolder
from pactdesk.services.committee import holders_on
from pactdesk.services.directory.common import folded, matches, refuse_unknown, same_name, words
from pactdesk.services.directory.organisations import check_organisation
from pactdesk.services.versions import check_fields_fresh
from pactdesk.store.database import Database

MAX_PHONE = 60
_SEAT_ORDER = list(SeatCode)


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
        check_organisation(session, organisation_id)
        session.add(person)
        session.flush()
        return person.id


def _unique_email(session: Session, email: str | None, person_id: int | None = None) -> str | None:
    clean = check.optional_email(email)
    if clean is None:
        return None
    other = session.scalar(select(Person).where(Person.email == clean))
    if other is not None and other.id != person_id:
        raise ConflictError(
            say(
                "{name} already has the e-mail address {address}.",
                "{name} já tem o endereço de e-mail {address}.",
                name=other.name,
                address=clean,
            ),
            "email",
        )
    return clean


def told_apart(session: Session, name: str, email: str | None) -> None:
    """Refuse a new person whom the workbook could not tell from someone of the same name.

    The workbook names people by name, and by e-mail only where two share a name
    (``workbook.export.person_labels``), so two people of one name need an e-mail address each, or PactDesk's own
    export would not import.
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
            say(
                "There is already someone called {name} in the directory. To record another person of that name, "
                "give their e-mail address, so that the two can be told apart.",
                "Já existe no diretório uma pessoa chamada {name}. Para registar outra pessoa com esse nome, indique o "
                "endereço de e-mail dela, para que as duas se possam distinguir.",
                name=namesakes[0][0],
            ),
            "email",
        )
    without = next((other for other, address in namesakes if not address), None)
    if without is not None:
        raise ConflictError(
            say(
                "There is already someone called {name} with no e-mail address, so the two could not be told apart. "
                "Add that person's e-mail address in People and organisations first, or choose them instead.",
                "Já existe uma pessoa chamada {name} sem endereço de e-mail, pelo que não seria possível distinguir as "
                "duas. Acrescente primeiro o endereço de e-mail dessa pessoa em Pessoas e organizações, ou escolha "
                "essa pessoa em vez de criar outra.",
                name=without,
            ),
            "name",
        )


def find_person(session: Session, person_id: int) -> Person:
    found = session.get(Person, person_id)
    if found is None:
        raise NotFoundError(say("The chosen person no longer exists.", "A pessoa escolhida já não existe."))
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


def person_matches(row: PersonRow, text: str) -> bool:
    """Whether ``row`` has every word of ``text`` in its name, e-mail or organisation (case and accents ignored)."""
    return matches(words(text), row.name, row.email, row.organisation, row.organisation_acronym)


def list_people(db: Database, text: str = "") -> list[PersonRow]:
    """Everyone, by name, whose name, e-mail or organisation has every word of ``text`` (case and accents ignored)."""
    # The directory holds hundreds of people, not millions: filtering and sorting here gets accents and case right
    # on every database, which SQLite's lower() and ORDER BY do not.
    query = select(
        Person.id,
        Person.name,
        Person.organisation_id,
        Organisation.name,
        Organisation.name_pt,
        Organisation.acronym,
        Person.role,
        Person.email,
        Person.phone,
    ).outerjoin(Organisation, Organisation.id == Person.organisation_id)
    wanted = words(text)
    with db.read() as session:
        seats: dict[int, list[SeatCode]] = {}
        for holder in holders_on(session, date.today()):
            seats.setdefault(holder.person_id, []).append(holder.seat.code)
        rows = [
            PersonRow(
                id=person_id,
                name=name,
                organisation_id=organisation_id,
                organisation=in_language(organisation or "", organisation_pt or ""),
                role=role,
                email=email,
                phone=phone,
                seats=tuple(sorted(seats.get(person_id, ()), key=_SEAT_ORDER.index)),
                organisation_acronym=acronym or "",
            )
            for person_id, name, organisation_id, organisation, organisation_pt, acronym, role, email, phone in (
                session.execute(query)
            )
            if matches(wanted, name, email, organisation, organisation_pt, acronym)
        ]
    return sorted(rows, key=lambda row: (folded(row.name), row.id))


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


# -- editing -----------------------------------------------------------------------------------------------------


class PersonChanges(TypedDict, total=False):
    """The fields of a person that ``update_person`` changes; a key left out stays as it is."""

    name: str
    organisation_id: int | None
    role: str
    email: str | None
    phone: str


def update_person(
    db: Database, person_id: int, *, seen: Mapping[str, Any] | None = None, **changes: Unpack[PersonChanges]
) -> PersonChanges:
    """Change the given fields of a person; returns their previous values (pass them back to undo). ``seen`` holds
    the values the form showed: a field someone else changed since is refused (``StaleError``), not overwritten."""
    refuse_unknown(changes, PersonChanges.__optional_keys__)
    with db.write() as session:
        person = find_person(session, person_id)
        previous = {key: getattr(person, key) for key in changes}
        check_fields_fresh(person, seen, previous, person.name)
        if "name" in changes:
            person.name = check.required_text(changes["name"], "person's name", "name", check.MAX_NAME)
        if "organisation_id" in changes:
            check_organisation(session, changes["organisation_id"])
            person.organisation_id = changes["organisation_id"]
        if "role" in changes:
            person.role = check.limited_text(changes["role"], "role", "role", check.MAX_NAME)
        if "email" in changes:
            person.email = _unique_email(session, changes["email"], person.id)
        if "phone" in changes:
            person.phone = check.limited_text(changes["phone"], "phone number", "phone", MAX_PHONE)
        return cast(PersonChanges, previous)


# -- deleting ----------------------------------------------------------------------------------------------------


def delete_person(db: Database, person_id: int) -> None:
    """Delete a person nothing refers to; otherwise a ``ConflictError`` says what does and suggests merging."""
    with db.write() as session:
        person = find_person(session, person_id)

        def count(column: InstrumentedAttribute[Any]) -> int:
            return session.scalar(select(func.count()).where(column == person.id)) or 0

        found = []
        if n := count(Attendance.person_id):
            found.append(
                say(
                    "are on the attendance list of {n:meeting/meetings}",
                    "consta da lista de presenças de {n:reunião/reuniões}",
                    n=n,
                )
            )
        if n := count(Action.owner_person_id):
            found.append(say("own {n:action/actions}", "é responsável por {n:ação/ações}", n=n))
        if n := count(ActionUpdate.author_id):
            found.append(
                say(
                    "wrote {n:progress update/progress updates}",
                    "escreveu {n:ponto de situação/pontos de situação}",
                    n=n,
                )
            )
        if n := count(Meeting.chair_id):
            found.append(say("chaired {n:meeting/meetings}", "presidiu a {n:reunião/reuniões}", n=n))
        if n := count(Meeting.secretary_id):
            found.append(say("were secretary of {n:meeting/meetings}", "secretariou {n:reunião/reuniões}", n=n))
        if n := count(SeatHolder.person_id):
            found.append(
                say("held a committee seat", "ocupou um lugar na Comissão")
                if n == 1
                else say("held a committee seat for {n} terms", "ocupou um lugar na Comissão durante {n} mandatos", n=n)
            )
        if found:
            raise ConflictError(
                say(
                    "{name} cannot be deleted because the records still refer to them: they {found}. If this is a "
                    "duplicate, merge it into the right person instead.",
                    "Não é possível eliminar {name} porque ainda há registos que se referem a esta pessoa: {found}. "
                    "Se for um duplicado, funda-a na pessoa certa.",
                    name=person.name,
                    found=listed(found),
                )
            )
        session.delete(person)
