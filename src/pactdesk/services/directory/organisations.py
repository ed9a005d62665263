"""Organisations: adding, finding by name, listing, editing and deleting them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, TypedDict, Unpack, cast

from sqlalchemy import delete, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from pactdesk.domain import validation as check
from pactdesk.domain.enums import OrganisationKind, SeatCode
from pactdesk.domain.errors import ConflictError, NotFoundError
from pactdesk.domain.language import display_language, in_language
from pactdesk.domain.messages import listed, say
from pactdesk.domain.models import Action, Attendance, Cluster, CommitteeSeat, Organisation, Person
from pactdesk.services.directory.common import folded, matches, refuse_unknown, words
from pactdesk.services.versions import check_fields_fresh
from pactdesk.store.database import Database

MAX_ACRONYM = 40


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
            (func.lower(Organisation.name) == clean.lower())
            | (func.lower(Organisation.acronym) == clean.lower())
            | (func.lower(Organisation.name_pt) == clean.lower())
        )
    )
    if found is None:
        raise NotFoundError(
            say(
                "There is no organisation called “{name}”.",
                "Não existe nenhuma organização chamada «{name}».",
                name=clean,
            )
        )
    return found


def _unique_organisation_name(session: Session, name: str, organisation_id: int | None = None) -> str:
    clean = check.required_text(name, "organisation's name", "name", check.MAX_NAME)
    other = session.scalar(select(Organisation.id).where(func.lower(Organisation.name) == clean.lower()))
    if other is not None and other != organisation_id:
        raise ConflictError(
            say(
                "There is already an organisation called “{name}”.",
                "Já existe uma organização chamada «{name}».",
                name=clean,
            ),
            "name",
        )
    return clean


def check_organisation(session: Session, organisation_id: int | None) -> None:
    """Refuse an organisation chosen for someone that has been deleted since (none chosen is fine)."""
    if organisation_id is not None and session.get(Organisation, organisation_id) is None:
        raise NotFoundError(say("The chosen organisation no longer exists.", "A organização escolhida já não existe."))


def find_organisation(session: Session, organisation_id: int) -> Organisation:
    found = session.get(Organisation, organisation_id)
    if found is None:
        raise NotFoundError(say("The chosen organisation no longer exists.", "A organização escolhida já não existe."))
    return found


# -- reading -----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class OrganisationRow:
    id: int
    name: str
    """In the window's language: a catalogue organisation's Portuguese or English name, any other's one name."""
    acronym: str
    kind: OrganisationKind
    email: str | None
    notes: str
    seat: SeatCode | None
    people: int


def list_organisations(db: Database, text: str = "") -> list[OrganisationRow]:
    """Every organisation, by name, whose name (in either language), acronym or kind has every word of ``text``."""
    people = select(Person.organisation_id, func.count().label("n")).group_by(Person.organisation_id).subquery("people")
    query = select(
        Organisation.id,
        Organisation.name,
        Organisation.name_pt,
        Organisation.acronym,
        Organisation.kind,
        Organisation.email,
        Organisation.notes,
        func.coalesce(people.c.n, 0),
    ).outerjoin(people, people.c.organisation_id == Organisation.id)
    wanted = words(text)
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
                name=in_language(name, name_pt),
                acronym=acronym,
                kind=kind,
                email=email,
                notes=notes,
                seat=seats.get(organisation_id),
                people=count,
            )
            for organisation_id, name, name_pt, acronym, kind, email, notes, count in session.execute(query)
            if matches(wanted, name, name_pt, acronym, kind.value)
        ]
    return sorted(rows, key=lambda row: (folded(row.name), row.id))


# -- editing -----------------------------------------------------------------------------------------------------


class OrganisationChanges(TypedDict, total=False):
    """The fields of an organisation that ``update_organisation`` changes; a key left out stays as it is. ``name``
    is the name as the window shows it (see ``update_organisation``)."""

    name: str
    acronym: str
    kind: OrganisationKind
    email: str | None
    notes: str


def update_organisation(
    db: Database,
    organisation_id: int,
    *,
    seen: Mapping[str, Any] | None = None,
    **changes: Unpack[OrganisationChanges],
) -> OrganisationChanges:
    """Change the given fields of an organisation; returns their previous values (pass them back to undo). ``seen``
    holds the values the form showed: a field someone else changed since is refused (``StaleError``).

    The name is the one the window shows: with the window in Portuguese, a catalogue organisation's Portuguese name
    is the one shown and changed; otherwise its (English, or only) name, the one import matches on.
    """
    refuse_unknown(changes, OrganisationChanges.__optional_keys__)
    with db.write() as session:
        organisation = find_organisation(session, organisation_id)
        previous = {key: getattr(organisation, key) for key in changes}
        if "name" in changes:
            previous["name"] = in_language(organisation.name, organisation.name_pt)
        check_fields_fresh(organisation, seen, previous, previous.get("name") or organisation.name)
        if "name" in changes:
            if display_language() == "pt" and organisation.name_pt:
                organisation.name_pt = check.required_text(
                    changes["name"], "organisation's name", "name", check.MAX_NAME
                )
            else:
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


# -- deleting ----------------------------------------------------------------------------------------------------


def delete_organisation(db: Database, organisation_id: int) -> None:
    """Delete an organisation nothing refers to; otherwise a ``ConflictError`` says what does and suggests merging."""
    with db.write() as session:
        organisation = find_organisation(session, organisation_id)

        def count(column: InstrumentedAttribute[Any]) -> int:
            return session.scalar(select(func.count()).where(column == organisation.id)) or 0

        found = []
        if n := count(Person.organisation_id):
            found.append(say("{n:person belongs/people belong} to it", "é a organização de {n:pessoa/pessoas}", n=n))
        if n := count(Attendance.organisation_id):
            found.append(
                say("someone attended 1 meeting for it", "foi representada em 1 reunião")
                if n == 1
                else say("people attended {n} meetings for it", "foi representada em {n} reuniões", n=n)
            )
        if n := count(Action.owner_organisation_id):
            found.append(say("it owns {n:action/actions}", "é responsável por {n:ação/ações}", n=n))
        if n := count(Cluster.management_entity_id):
            found.append(
                say("it manages a cluster", "gere um cluster")
                if n == 1
                else say("it manages {n} clusters", "gere {n} clusters", n=n)
            )
        if n := count(CommitteeSeat.organisation_id):
            found.append(
                say("it has a seat on the committee", "tem um lugar na Comissão")
                if n == 1
                else say("it has {n} committee seats", "tem {n} lugares na Comissão", n=n)
            )
        if found:
            raise ConflictError(
                say(
                    "“{name}” cannot be deleted because the records still refer to it: {found}. If this is a "
                    "duplicate, merge it into the right organisation instead.",
                    "Não é possível eliminar «{name}» porque ainda há registos que se referem a esta organização: "
                    "{found}. Se for um duplicado, funda-a na organização certa.",
                    name=in_language(organisation.name, organisation.name_pt),
                    found=listed(found),
                )
            )
        session.execute(delete(Organisation).where(Organisation.id == organisation.id))
