"""People and organisations, and who holds which committee seat."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pactdesk.domain import validation as check
from pactdesk.domain.enums import OrganisationKind, SeatCode
from pactdesk.domain.errors import ConflictError, NotFoundError
from pactdesk.domain.models import Organisation, Person, SeatHolder
from pactdesk.services.catalogue import seat
from pactdesk.store.database import Database


def add_organisation(
    db: Database, name: str, *, acronym: str = "", kind: OrganisationKind = OrganisationKind.OTHER
) -> int:
    with db.write() as session:
        clean = check.required_text(name, "organisation's name", "name", check.MAX_NAME)
        if session.scalar(select(Organisation.id).where(func.lower(Organisation.name) == clean.lower())):
            raise ConflictError(f"There is already an organisation called “{clean}”.")
        organisation = Organisation(
            name=clean, acronym=check.limited_text(acronym, "acronym", "acronym", 40), kind=kind
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
            phone=check.limited_text(phone, "phone number", "phone", 60),
        )
        if organisation_id is not None and session.get(Organisation, organisation_id) is None:
            raise NotFoundError("The chosen organisation no longer exists.")
        session.add(person)
        session.flush()
        return person.id


def _unique_email(session: Session, email: str | None, person_id: int | None = None) -> str | None:
    clean = check.optional_email(email)
    if clean is None:
        return None
    other = session.scalar(select(Person).where(Person.email == clean))
    if other is not None and other.id != person_id:
        raise ConflictError(f"{other.name} already has the e-mail address {clean}.")
    return clean


def hold_seat(db: Database, code: SeatCode, person_id: int, since: date | None = None) -> None:
    """``person_id`` holds seat ``code`` from ``since``; whoever held it before stops holding it then."""
    with db.write() as session:
        chosen = seat(session, code)
        if session.get(Person, person_id) is None:
            raise NotFoundError("The chosen person no longer exists.")
        for holder in chosen.holders:
            if holder.until is None:
                holder.until = since or date.today()
        chosen.holders.append(SeatHolder(person_id=person_id, since=since))
