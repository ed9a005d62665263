"""The server goes away mid-session (stopped, or restarted, as by its administrator): a save or a read that fails
says so in one sentence and nothing is reported saved; once the server is back, the next call works on the same
open database, without reopening it. A server of this module's own, so that stopping it disturbs no other test."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime

import psycopg
import pytest
from sqlalchemy import text

from pactdesk.services import agenda, meetings, workspace
from pactdesk.store import engine
from pactdesk.store.database import Database
from pactdesk.store.errors import ServerUnreachableError
from pactdesk.store.location import DatabaseLocation
from tests.pg.server import PostgresServer

SENTENCE = "The server cannot be reached; your text is kept here. PactDesk tries again."


@pytest.fixture
def team(own_server: PostgresServer, request: pytest.FixtureRequest) -> Iterator[tuple[Database, str, int]]:
    """The team database open for writing, with a meeting and an agenda item: (database, meeting, item id)."""
    name = f"lost_{request.node.name[5:40]}"
    with psycopg.connect(**own_server.psql_args(), autocommit=True) as admin:  # type: ignore[arg-type]
        admin.execute(f"CREATE DATABASE {name}")
    database = workspace.open_workspace(DatabaseLocation.for_url(own_server.url(name)))
    ref = meetings.create_meeting(database, "AEC", title="Plenary", starts_at=datetime(2026, 7, 1, 10))
    item = agenda.add_agenda_item(database, ref, "Opening", minutes="Saved before.")
    try:
        yield database, ref, item
    finally:
        database.close()


def _minutes(database: Database, ref: str) -> str:
    return agenda.agenda(database, ref)[0].minutes


def test_a_save_and_a_read_while_the_server_is_stopped_say_so_and_work_once_it_is_back(
    own_server: PostgresServer, team: tuple[Database, str, int]
) -> None:
    database, ref, item = team
    version = agenda.agenda(database, ref)[0].stamp.version
    own_server.halt()
    try:
        with pytest.raises(ServerUnreachableError) as failed:
            agenda.save_item_field(database, item, "minutes", "Typed while the server was away.", seen=version)
        assert str(failed.value) == SENTENCE
        with pytest.raises(ServerUnreachableError, match=f"^{re.escape(SENTENCE)}$"):
            meetings.meeting_detail(database, ref)
    finally:
        own_server.resume()
    assert _minutes(database, ref) == "Saved before."  # the failed save was not made
    agenda.save_item_field(database, item, "minutes", "Typed while the server was away.", seen=version)
    assert _minutes(database, ref) == "Typed while the server was away."


def test_a_restart_while_the_connections_rested_goes_unnoticed(
    own_server: PostgresServer, team: tuple[Database, str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every connection the pool holds died with the restart; one that rested is tried before use and made again.
    (The rest is 15 s; here every connection counts as rested.)"""
    database, ref, item = team
    assert _minutes(database, ref) == "Saved before."
    monkeypatch.setattr(engine, "PING_AFTER_S", 0.0)
    own_server.halt()
    own_server.resume()
    agenda.set_item_field(database, item, "minutes", "After the restart.")
    assert _minutes(database, ref) == "After the restart."


def test_a_restart_between_two_quick_calls_fails_the_second_saying_so_and_the_third_works(
    own_server: PostgresServer, team: tuple[Database, str, int]
) -> None:
    """A connection used a moment ago is not tried again (a round trip at every click): a restart in that moment
    fails the next call, with the sentence, and nothing of it is saved; the pool then makes new connections."""
    database, ref, item = team
    assert _minutes(database, ref) == "Saved before."
    own_server.halt()
    own_server.resume()
    with pytest.raises(ServerUnreachableError, match=f"^{re.escape(SENTENCE)}$"):
        agenda.set_item_field(database, item, "minutes", "Lost with the connection.")
    agenda.set_item_field(database, item, "minutes", "After the restart.")
    assert _minutes(database, ref) == "After the restart."


def test_a_restart_in_the_middle_of_a_save_fails_it_whole_and_the_next_one_works(
    own_server: PostgresServer, team: tuple[Database, str, int]
) -> None:
    database, ref, item = team
    with pytest.raises(ServerUnreachableError, match=f"^{re.escape(SENTENCE)}$"), database.write() as session:
        session.execute(text("UPDATE agenda_item SET minutes = 'half a save' WHERE id = :id"), {"id": item})
        own_server.halt()
        own_server.resume()
        session.execute(text("UPDATE agenda_item SET presenter = 'the other half' WHERE id = :id"), {"id": item})
    assert _minutes(database, ref) == "Saved before."
    agenda.set_item_field(database, item, "minutes", "Whole.")
    assert _minutes(database, ref) == "Whole."
