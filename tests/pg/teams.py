"""A pytest plugin (tests/conftest.py): a team database made by ``pactdesk init`` and logins of a test's own, for
the tests of who may do what (the server's and the window's), and SQL run on it as a given login."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator

import psycopg
import pytest
from sqlalchemy.engine import make_url

from pactdesk.cli import main
from pactdesk.services import workspace
from pactdesk.store.database import Database
from pactdesk.store.location import DatabaseLocation
from tests.pg.server import PostgresServer

_numbers = itertools.count(1)
READ_ONLY = (
    "can read this team database but not change it; ask whoever administers it to make you a secretary. "
    "The last change was not saved."
)


def sql(server: PostgresServer, url: str, statement: str, user: str = "postgres") -> list[tuple[object, ...]]:
    arguments = {**server.psql_args(str(make_url(url).database)), "user": user}
    with psycopg.connect(**arguments, autocommit=True) as connection:  # type: ignore[arg-type]
        cursor = connection.execute(statement)  # type: ignore[call-overload]
        return cursor.fetchall() if cursor.description else []


@pytest.fixture
def team(empty_postgres_url: str, capsys: pytest.CaptureFixture[str]) -> str:
    """A team database made by ``pactdesk init`` (by its owner, the server's superuser here)."""
    assert main(["init", "--database-url", empty_postgres_url]) == 0
    assert "add each person with pactdesk user add LOGIN" in capsys.readouterr().out
    return empty_postgres_url


@pytest.fixture
def login(postgres_server: PostgresServer, team: str) -> Iterator[Callable[[str], str]]:
    """Logins of this test's own (roles are the server's, shared by every test database), dropped afterwards."""
    made: list[str] = []

    def new(person: str) -> str:
        made.append(f"{person}_{next(_numbers)}_{make_url(team).database}")
        return made[-1]

    yield new
    for name in made:
        sql(postgres_server, team, f"DROP ROLE IF EXISTS {name}")


def signed_in(server: PostgresServer, team: str, user: str) -> Database:
    return workspace.open_workspace(DatabaseLocation.for_url(server.url(str(make_url(team).database), user=user)))
