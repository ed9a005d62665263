"""Other people's commits heard on a team database: a change committed by another process reaches a listener's
``poll()`` within a second, through the descriptor a window watches; a rolled-back change says nothing; a
listener whose connection is cut makes it again and answers every table; a file has no listener."""

from __future__ import annotations

import select
import subprocess
import sys
import textwrap
import time
from datetime import datetime
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from pactdesk.domain.models import Base
from pactdesk.services import agenda, meetings, workspace
from pactdesk.store.database import Database
from pactdesk.store.listening import Listener
from pactdesk.store.location import DatabaseLocation
from tests.pg.server import PostgresServer


def _heard(listener: Listener, within: float = 1.0, *, first: bool = True) -> set[str]:
    """What the listener hears within ``within`` seconds (``first``: up to the first names heard), waiting on its
    descriptor as a QSocketNotifier does."""
    deadline = time.monotonic() + within
    heard: set[str] = set()
    while time.monotonic() < deadline:
        ready, _, _ = select.select([listener.fileno()], [], [], max(0.0, deadline - time.monotonic()))
        if ready:
            heard |= listener.poll()
            if heard and first:
                return heard
    return heard


@pytest.fixture
def team(postgres_url: str) -> tuple[Database, str]:
    database = workspace.open_workspace(DatabaseLocation.for_url(postgres_url))
    ref = meetings.create_meeting(database, "AEC", title="Plenary", starts_at=datetime(2026, 7, 1, 10))
    agenda.add_agenda_item(database, ref, "Opening")
    return database, ref


def test_a_commit_in_another_process_is_heard_within_a_second(
    team: tuple[Database, str], postgres_url: str, tmp_path: Path
) -> None:
    database, ref = team
    listener = database.listener()
    assert listener is not None
    try:
        assert listener.connected and listener.fileno() >= 0
        assert listener.poll() == set()
        other = textwrap.dedent(
            f"""
            from pactdesk.services import agenda, workspace
            from pactdesk.store.location import DatabaseLocation
            database = workspace.open_workspace(DatabaseLocation.for_url({postgres_url!r}))
            item = agenda.agenda(database, {ref!r})[0]
            agenda.set_item_field(database, item.id, "minutes", "Written in another process.")
            database.close()
            """
        )
        done = subprocess.run([sys.executable, "-c", other], capture_output=True, text=True, timeout=60)
        committed = time.monotonic()
        assert done.returncode == 0, done.stderr
        assert _heard(listener) == {"agenda_item"}
        assert time.monotonic() - committed < 1.0
        assert agenda.agenda(database, ref)[0].minutes == "Written in another process."
    finally:
        listener.close()
        database.close()
    assert listener.poll() == set() and listener.fileno() == -1


def test_each_table_a_commit_changed_is_heard_and_a_rollback_says_nothing(
    team: tuple[Database, str],
) -> None:
    database, ref = team
    listener = database.listener()
    assert listener is not None
    other = workspace.open_workspace(database.location)
    try:
        with pytest.raises(RuntimeError), other.write() as session:
            session.execute(text("UPDATE meeting SET title = 'never' WHERE ref = :ref"), {"ref": ref})
            raise RuntimeError("changed her mind")
        assert _heard(listener, within=0.5) == set()

        meetings.set_meeting_field(other, ref, "title", "Plenary, moved")
        agenda.add_agenda_item(other, ref, "Any other business")
        assert _heard(listener, within=1.0, first=False) == {"meeting", "agenda_item"}
    finally:
        listener.close()
        other.close()
        database.close()


def test_its_own_databases_commits_are_not_news_and_anothers_are(team: tuple[Database, str]) -> None:
    """A window hears other people's saves, not its own: after its own autosave it reads nothing again."""
    database, ref = team
    listener = database.listener()
    assert listener is not None
    other = workspace.open_workspace(database.location)
    try:
        item = agenda.agenda(database, ref)[0]
        agenda.set_item_field(database, item.id, "minutes", "Mine.")
        meetings.set_meeting_field(database, ref, "title", "Mine too")
        assert _heard(listener, within=0.5) == set()
        agenda.set_item_field(other, item.id, "minutes", "Theirs.")
        assert _heard(listener) == {"agenda_item"}
    finally:
        listener.close()
        other.close()
        database.close()


def test_a_listener_whose_connection_is_cut_listens_again_and_answers_every_table(
    team: tuple[Database, str], postgres_server: PostgresServer, postgres_url: str
) -> None:
    database, ref = team
    listener = database.listener()
    assert listener is not None
    try:
        name = make_url(postgres_url).database
        with psycopg.connect(**postgres_server.psql_args(str(name)), autocommit=True) as admin:  # type: ignore[arg-type]
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'PactDesk (changes)' "
                "AND datname = current_database()"
            )
        # The cut shows on the descriptor as a window would see it; what was committed meanwhile went unheard.
        assert _heard(listener) == {table.name for table in Base.metadata.sorted_tables}
        assert listener.connected
        other = workspace.open_workspace(database.location)  # another person's save, heard on the new connection
        try:
            meetings.set_meeting_field(other, ref, "title", "Heard again")
        finally:
            other.close()
        assert _heard(listener) == {"meeting"}
    finally:
        listener.close()
        database.close()


def test_a_file_has_no_listener(database: Database) -> None:
    assert database.listener() is None
