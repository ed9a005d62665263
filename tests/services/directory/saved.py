"""What the directory tests look up in the database, and how many organisations a new workspace starts with."""

from __future__ import annotations

from sqlalchemy import select

from pactdesk.domain.models import Organisation, Person
from pactdesk.store.database import Database

SEEDED_ORGANISATIONS = 8 + 18  # the committee's organisations (all seats but c) and the clusters' entities


def organisation_id(db: Database, acronym: str) -> int:
    with db.read() as session:
        found = session.scalar(select(Organisation.id).where(Organisation.acronym == acronym))
        assert found is not None
        return found


def saved_person(db: Database, person_id: int) -> Person | None:
    """The person as saved, detached with its fields loaded (``None`` once deleted)."""
    with db.read() as session:
        found = session.get(Person, person_id)
        if found is not None:
            session.expunge(found)
        return found
