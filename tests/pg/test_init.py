"""``pactdesk init --database-url``: a team database on a real PostgreSQL server, made with the same migrations as a
file, and what it refuses."""

from __future__ import annotations

import json
from pathlib import Path

import psycopg
import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

from pactdesk.cli import main
from pactdesk.domain.models import Base
from pactdesk.store import migrations, search_index
from pactdesk.store.database import Database
from pactdesk.store.errors import NewerSchemaError, StoreError
from pactdesk.store.location import DatabaseLocation
from tests.pg.server import PostgresServer


def _error(capsys: pytest.CaptureFixture[str]) -> str:
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    return lines[0]


def _info(url: str, capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    capsys.readouterr()
    assert main(["info", "--database-url", url, "--json"]) == 0
    found: dict[str, object] = json.loads(capsys.readouterr().out)
    return found


def _sql(server: PostgresServer, url: str, statement: str) -> list[tuple[object, ...]]:
    name = make_url(url).database
    with psycopg.connect(**server.psql_args(name), autocommit=True) as connection:  # type: ignore[arg-type]
        cursor = connection.execute(statement)
        return cursor.fetchall() if cursor.description else []


def test_init_makes_the_schema_and_the_catalogue_on_an_empty_database(
    empty_postgres_url: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(["init", "--database-url", empty_postgres_url]) == 0
    said = capsys.readouterr().out
    assert "A new PactDesk database, with the committee's catalogue, is at postgresql+psycopg://postgres@/" in said

    found = _info(empty_postgres_url, capsys)
    assert found["schema_version"] == migrations.head()
    counts = found["counts"]
    assert isinstance(counts, dict)
    # The same catalogue as a new file has.
    assert main(["init", "--db", str(tmp_path / "file.sqlite")]) == 0
    assert counts == _info(f"sqlite:///{tmp_path / 'file.sqlite'}", capsys)["counts"]
    assert counts["clusters"] == 18

    # The migrations made exactly what the models describe, on PostgreSQL too.
    engine = create_engine(empty_postgres_url)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"compare_type": True, "include_name": search_index.outside_the_index}
            )
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()


def test_init_refuses_a_database_that_holds_pactdesk(postgres_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["init", "--database-url", postgres_url]) == 1
    line = _error(capsys)
    assert "already holds a PactDesk database" in line
    assert "init starts an empty database only" in line


def test_init_refuses_another_programs_database_and_leaves_it(
    postgres_server: PostgresServer, empty_postgres_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _sql(postgres_server, empty_postgres_url, "CREATE TABLE invoices (id int); INSERT INTO invoices VALUES (7)")
    assert main(["init", "--database-url", empty_postgres_url]) == 1
    assert "holds 1 tables that are not PactDesk's; it was left as it is" in _error(capsys)
    with pytest.raises(StoreError, match="not PactDesk's"):
        Database.open(DatabaseLocation.for_url(empty_postgres_url))
    tables = _sql(postgres_server, empty_postgres_url, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
    assert tables == [("invoices",)]


def test_a_newer_schema_is_refused_and_left_unchanged(
    postgres_server: PostgresServer, postgres_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _sql(postgres_server, postgres_url, "UPDATE alembic_version SET version_num = '9999_from_the_future'")
    assert main(["init", "--database-url", postgres_url]) == 1
    assert "upgraded by a newer version of PactDesk (schema 9999_from_the_future)" in _error(capsys)
    with pytest.raises(NewerSchemaError, match="the database was not changed"):
        Database.open(DatabaseLocation.for_url(postgres_url))
    assert _sql(postgres_server, postgres_url, "SELECT version_num FROM alembic_version") == [("9999_from_the_future",)]
    # A command that only reads says so, and reads.
    assert main(["info", "--database-url", postgres_url]) == 0
    assert "newer version of PactDesk" in capsys.readouterr().err


def test_init_on_a_server_that_is_not_there_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    url = "postgresql+psycopg://ana@127.0.0.1:1/pactdesk"
    assert main(["init", "--database-url", url]) == 1
    line = _error(capsys)
    assert line.startswith(f"pactdesk: PactDesk cannot reach the database {url}: ")
    assert "Check the address, that the server is running, and your login" in line


def test_reading_an_empty_database_says_to_init_it(empty_postgres_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["info", "--database-url", empty_postgres_url]) == 1
    line = _error(capsys)
    assert "is empty: it holds no PactDesk database yet. Make it one with pactdesk init --database-url URL." in line


def test_a_database_sorting_by_a_languages_rules_is_refused(
    postgres_server: PostgresServer, capsys: pytest.CaptureFixture[str]
) -> None:
    """A Portuguese server's usual collation puts "a" before "B" and "é" beside "e"; SQLite puts them in code point
    order, and the workbooks of a copied database must come out the same."""
    with psycopg.connect(**postgres_server.psql_args(), autocommit=True) as admin:  # type: ignore[arg-type]
        admin.execute("CREATE DATABASE portuguese TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'pt-PT'")
    try:
        url = postgres_server.url("portuguese")
        assert main(["init", "--database-url", url]) == 1
        line = _error(capsys)
        assert "sorts text by the rules of a language" in line
        assert "LC_COLLATE 'C' LC_CTYPE 'C.UTF-8'; nothing was written to this one." in line
        assert _sql(postgres_server, url, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == [(0,)]
    finally:
        with psycopg.connect(**postgres_server.psql_args(), autocommit=True) as admin:  # type: ignore[arg-type]
            admin.execute("DROP DATABASE portuguese WITH (FORCE)")
