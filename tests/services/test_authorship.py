"""Who wrote a record and when (migration 0005): on a laptop's file the name PactDesk is given, on a server the
server's own ``current_user``, which a client cannot fake; every save counts a version."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select, text, update

from pactdesk.domain.models import AgendaItem, Meeting
from pactdesk.services import agenda, meetings
from pactdesk.store.database import Database


def expected_author(database: Database) -> str:
    """Who the database records as writing: the server's login on PostgreSQL, the name PactDesk was given on SQLite."""
    if database.engine.dialect.name == "postgresql":
        with database.read() as session:
            return str(session.scalar(text("SELECT current_user")))
    return database.author


def stamps(database: Database, ref: str) -> tuple[str, str, datetime | None, int]:
    with database.read() as session:
        meeting = session.scalars(select(Meeting).where(Meeting.ref == ref)).one()
        item = meeting.agenda[0]
        return item.created_by, item.updated_by, item.updated_at, item.version


def test_a_new_record_names_its_author_and_a_change_names_who_changed_it(database: Database) -> None:
    database.author = "Ana Lopes"
    before = datetime.now().replace(microsecond=0) - timedelta(seconds=1)
    ref = meetings.create_meeting(database, "AEC", title="Kick-off", starts_at="2025-02-03 10:00")
    item = agenda.add_agenda_item(database, ref, "Plans")
    created_by, updated_by, updated_at, version = stamps(database, ref)
    author = expected_author(database)
    assert (created_by, updated_by, version) == (author, author, 1)
    assert updated_at is not None and before <= updated_at <= datetime.now() + timedelta(seconds=1)

    database.author = "Rui Matos"
    agenda.set_item_field(database, item, "minutes", "We agreed the plan.")
    created_by, updated_by, _, version = stamps(database, ref)
    assert created_by == author, "who made it stays"
    assert updated_by == expected_author(database)
    assert version == 2, "each save counts"
    if database.engine.dialect.name == "sqlite":
        assert (created_by, updated_by) == ("Ana Lopes", "Rui Matos")


def test_a_client_cannot_write_another_name_on_a_server(database: Database) -> None:
    ref = meetings.create_meeting(database, "AEC", title="Kick-off", starts_at="2025-02-03 10:00")
    agenda.add_agenda_item(database, ref, "Plans")
    with database.write() as session:
        session.execute(
            update(AgendaItem).values(
                created_by="The Minister", updated_by="The Minister", updated_at=datetime(2001, 1, 1)
            )
        )
    created_by, updated_by, updated_at, _ = stamps(database, ref)
    if database.engine.dialect.name == "postgresql":
        author = expected_author(database)
        assert (created_by, updated_by) == (author, author)
        assert updated_at is not None and updated_at.year >= 2026
    else:  # a laptop's file is one person's: PactDesk writes what it is given
        assert updated_by == "The Minister"


def test_a_meeting_says_who_changed_it_or_its_items_last(database: Database) -> None:
    database.author = "Ana Lopes"
    ref = meetings.create_meeting(database, "AEC", title="Kick-off", starts_at="2025-02-03 10:00")
    item = agenda.add_agenda_item(database, ref, "Plans")
    ana = expected_author(database)
    assert meetings.meeting_detail(database, ref).last_change.updated_by == ana

    if database.engine.dialect.name == "sqlite":  # Ana's saves a minute ago (a server stamps its own clock)
        with database.write() as session:
            for table in (AgendaItem, Meeting):
                session.execute(update(table).values(updated_at=datetime.now() - timedelta(minutes=1)))
    database.author = "Rui Matos"
    agenda.add_decision(database, item, "Apply to the call.")
    detail = meetings.meeting_detail(database, ref)
    assert detail.last_change.updated_by == expected_author(database)
    assert detail.last_change.updated_at is not None
    assert detail.stamp.version >= 1
