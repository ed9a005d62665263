"""The search index as the store keeps it: made by migration 0010 from the records already there and taken away by
its downgrade; sound by the file's own checks; carried by a backup and a copy to a file, and remade on a server by a
copy there (and back); rebuilt whole by ``repair`` after a change made behind its back."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import Engine

from pactdesk.cli import main
from pactdesk.services import agenda, meetings, search, workspace
from pactdesk.store import integrity, migrations, search_index
from pactdesk.store.database import Database
from pactdesk.store.errors import MigrationError
from pactdesk.store.location import DatabaseLocation
from tests.pg.server import PostgresServer


def _alembic(engine: Engine, target: str, *, down: bool) -> None:
    config = Config()
    config.set_main_option("script_location", str(migrations.scripts_path()))
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        (command.downgrade if down else command.upgrade)(config, target)
        connection.commit()


def _index_objects(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        names = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE name LIKE 'search%'")]
    connection.close()
    return sorted(names)


def _titles(database: Database, query: str) -> set[str]:
    """The titles of the agenda items ``query`` finds (the catalogue's organisations say "formação" too)."""
    return {hit.title for hit in search.search(database, query, kinds=["agenda_item"])}


@pytest.fixture
def filled(database: Database) -> Iterator[Database]:
    ref = meetings.create_meeting(database, "TEX", title="Reunião do pacto", starts_at="2025-03-10 10:00")
    agenda.add_agenda_item(database, ref, "Formação profissional", minutes="Plano de formação para jovens.")
    yield database


def test_the_migration_indexes_the_records_there_and_its_downgrade_takes_the_index_away(
    filled: Database, db_path: Path
) -> None:
    _alembic(filled.engine, "0009", down=True)
    assert _index_objects(db_path) == []
    with filled.engine.connect() as connection:
        assert not search_index.installed(connection)
    agenda.add_agenda_item(filled, "TEX-2025-01", "Internacionalização", minutes="Missão à Ásia.")  # unindexed
    _alembic(filled.engine, "0010", down=False)
    assert len(_index_objects(db_path)) == 9 * (1 + 3 + 4)  # per source: the FTS5 table, 3 triggers, 4 shadow tables
    filled.kept.pop("search_index", None)
    assert _titles(filled, "asia") == {"Internacionalização"}
    assert _titles(filled, "formacao") == {"Formação profissional"}
    with filled.engine.connect() as connection:
        assert search_index.problems(connection) == []


def test_the_file_checks_stay_sound_with_the_index(filled: Database, db_path: Path) -> None:
    assert integrity.problems(db_path, thorough=True) == []
    assert filled.problems() == []


def test_a_backup_and_a_copy_to_a_file_carry_the_index(
    filled: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = tmp_path / "backup.sqlite"
    filled.copy_to(backup)
    copied = tmp_path / "copied.sqlite"
    assert main(["copy", "--db", str(filled.path), "--to", str(copied)]) == 0
    for place in (backup, copied):
        opened = workspace.open_workspace(workspace.location(str(place)))
        try:
            assert _titles(opened, "formacao") == {"Formação profissional"}
            agenda.add_agenda_item(opened, "TEX-2025-01", "Robótica", minutes="Robôs colaborativos.")
            assert _titles(opened, "robos") == {"Robótica"}  # and its triggers keep it in step
        finally:
            opened.close()
        capsys.readouterr()
        assert main(["check", "--db", str(place)]) == 0, capsys.readouterr()


def test_a_copy_to_a_server_and_back_searches_the_same(
    filled: Database, empty_postgres_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["copy", "--db", str(filled.path), "--to", empty_postgres_url]) == 0, capsys.readouterr().err
    server = workspace.open_workspace(DatabaseLocation.for_url(empty_postgres_url))
    try:
        assert _titles(server, "formacao") == {"Formação profissional"}
        assert _titles(server, '"plano de formação"') == {"Formação profissional"}
        with server.engine.connect() as connection:
            assert search_index.problems(connection) == []
    finally:
        server.close()
    back = tmp_path / "back.sqlite"
    assert main(["copy", "--database-url", empty_postgres_url, "--to", str(back)]) == 0, capsys.readouterr().err
    opened = workspace.open_workspace(workspace.location(str(back)), readonly=True)
    try:
        assert _titles(opened, "formacao") == {"Formação profissional"}
    finally:
        opened.close()
    capsys.readouterr()
    assert main(["check", "--db", str(back)]) == 0, capsys.readouterr()


def test_repair_rebuilds_an_index_changed_behind_its_back(filled: Database, db_path: Path) -> None:
    with sqlite3.connect(db_path) as connection:
        connection.execute("DROP TRIGGER search_agenda_item_update")
        connection.execute("UPDATE agenda_item SET minutes = 'Agora fala de robótica.'")
    connection.close()
    with filled.engine.connect() as connection:
        assert search_index.problems(connection) == ["the search index of agenda_item lacks search_agenda_item_update"]
    assert _titles(filled, "jovens") == {"Formação profissional"}  # what the index still says
    with filled.engine.begin() as connection:
        search_index.repair(connection)
    with filled.engine.connect() as connection:
        assert search_index.problems(connection) == []
    assert _titles(filled, "jovens") == set()
    assert _titles(filled, "robotica") == {"Formação profissional"}


def test_an_index_out_of_step_is_found_by_its_own_check(filled: Database, db_path: Path) -> None:
    with sqlite3.connect(db_path) as connection:
        connection.execute("DROP TRIGGER search_meeting_update")
        connection.execute("UPDATE meeting SET title = 'Outro título'")
        connection.execute(
            "CREATE TRIGGER search_meeting_update AFTER UPDATE OF ref ON meeting BEGIN SELECT 1; END"
        )  # present, but the index no longer says what the meetings do
    connection.close()
    with filled.engine.connect() as connection:
        assert search_index.problems(connection) == ["the search index of meeting is out of step with it"]
    assert integrity.problems(db_path, thorough=True) == [], "not damage of the file: nothing to restore"


def test_a_server_that_will_not_add_unaccent_is_told_what_its_administrator_does(
    postgres_server: PostgresServer,
) -> None:
    login, name = f"noext_{os.getpid()}", f"noext_{os.getpid()}"
    admin = psycopg.connect(**postgres_server.psql_args(), autocommit=True)  # type: ignore[arg-type]
    try:
        admin.execute(f"CREATE ROLE {login} LOGIN")
        admin.execute(f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C.UTF-8'")
        admin.execute(f"GRANT CONNECT ON DATABASE {name} TO {login}")  # not CREATE: no extension of its own
        with psycopg.connect(**{**postgres_server.psql_args(name)}, autocommit=True) as inside:  # type: ignore[arg-type]
            inside.execute(f"GRANT ALL ON SCHEMA public TO {login}")
        where = DatabaseLocation.for_url(postgres_server.url(name, user=login))
        with pytest.raises(MigrationError) as refused:
            workspace.open_workspace(where)
        said = str(refused.value)
        assert "the server would not add its extension unaccent" in said
        assert "whoever administers it runs CREATE EXTENSION unaccent in this database, then opens it again" in said
        assert "stays as it was before the failed step" in said
        with psycopg.connect(**{**postgres_server.psql_args(name)}, autocommit=True) as inside:  # type: ignore[arg-type]
            inside.execute("CREATE EXTENSION unaccent")  # what the administrator does
        opened = workspace.open_workspace(where)
        try:
            meetings.create_meeting(opened, "TEX", title="Reunião de acompanhamento", starts_at="2025-03-10 10:00")
            assert {hit.ref for hit in search.search(opened, "reuniao")} == {"TEX-2025-01"}
        finally:
            opened.close()
    finally:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.execute(f"DROP ROLE IF EXISTS {login}")
        admin.close()
