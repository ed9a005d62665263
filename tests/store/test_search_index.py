"""The search index as the store keeps it: made by migration 0010 from the records already there and taken away by
its downgrade; sound by the file's own checks; carried by a backup and a copy to a file, and remade on a server by a
copy there (and back); rebuilt whole by ``repair`` after a change made behind its back. Migration 0011 reads the
words of the files attached before it, on a file and on a server, and indexes them; its downgrade leaves the
attachments' names indexed, and a file at 0010 is not searched until it is upgraded."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, text

from pactdesk.cli import main
from pactdesk.services import agenda, attachments, meetings, search, workspace
from pactdesk.store import integrity, migrations, search_index
from pactdesk.store.database import Database
from pactdesk.store.errors import MigrationError
from pactdesk.store.location import DatabaseLocation
from tests.exchange import attached_documents as documents
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
    _alembic(filled.engine, "head", down=False)  # 0010, then 0011 makes the attachments' index again
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


# -- migration 0011: the words inside attached files ---------------------------------------------------------------


def _attach_files(database: Database) -> dict[str, int]:
    """Files attached as PactDesk does, the same PDF twice (once named as text), a hostile one and a plain one."""
    ref = meetings.create_meeting(database, "AEC", title="Acompanhamento", starts_at="2026-01-12 10:00")
    report = documents.pdf([["Relatório"], ["Cooperação transfronteiriça com a Galiza"]])
    kept = {
        "report": attachments.attach(database, ref, "Relatório.pdf", report).id,
        "again": attachments.attach(database, ref, "Relatório (cópia).pdf", report).id,
        "as_text": attachments.attach(database, ref, "relatorio.txt", report).id,
        "minutes": attachments.attach(database, ref, "Ata.odt", documents.odt("Ata", "Missão empresarial")).id,
        "bomb": attachments.attach(database, ref, "Bomba.docx", documents.zip_bomb_docx()).id,
        "notes": attachments.attach(database, ref, "notas.csv", "Rubrica;Orçamento\nviagens;3000".encode()).id,
    }
    return kept


def _texts(database: Database) -> dict[int, str]:
    with database.read() as session:
        return {int(key): str(value) for key, value in session.execute(text("SELECT id, text FROM attachment"))}


def _attachment_hits(database: Database, query: str) -> set[int]:
    return {hit.id for hit in search.search(database, query, kinds=["attachment"])}


def _check_filled(database: Database, kept: dict[str, int]) -> None:
    texts = _texts(database)
    words = "Relatório\nCooperação transfronteiriça com a Galiza"
    assert texts[kept["report"]] == texts[kept["again"]] == words
    assert texts[kept["as_text"]] == words  # a PDF named .txt: its bytes say PDF, read as such
    assert texts[kept["minutes"]] == "Ata\nMissão empresarial"
    assert texts[kept["bomb"]] == ""
    assert texts[kept["notes"]] == "Rubrica;Orçamento\nviagens;3000"
    database.kept.pop("search_index", None)
    assert _attachment_hits(database, "transfronteirica") == {kept["report"], kept["again"], kept["as_text"]}
    assert _attachment_hits(database, "missao empresarial") == {kept["minutes"]}
    assert _attachment_hits(database, "orcamento") == {kept["notes"]}
    assert _attachment_hits(database, "bomba") == {kept["bomb"]}  # its name still
    with database.engine.connect() as connection:
        assert search_index.problems(connection) == []


def test_migration_0011_reads_the_words_of_the_files_attached_before_it_on_a_file(
    database: Database, db_path: Path
) -> None:
    kept = _attach_files(database)
    _alembic(database.engine, "0010", down=True)
    database.close()
    with sqlite3.connect(db_path) as connection:
        assert "text" not in {row[1] for row in connection.execute("PRAGMA table_info(attachment)")}
        assert [row[1] for row in connection.execute("PRAGMA table_info(search_attachment)")] == ["name"]
    connection.close()
    at_0010 = workspace.open_workspace(workspace.location(str(db_path)), readonly=True)
    try:
        with pytest.raises(Exception, match="has no search index yet: open it once in this PactDesk"):
            search.search(at_0010, "relatorio")  # a file of 0010 read as it is: its index lacks the words
    finally:
        at_0010.close()
    upgraded = workspace.open_workspace(workspace.location(str(db_path)))  # 0010 → head on open
    try:
        _check_filled(upgraded, kept)
        assert integrity.problems(db_path, thorough=True) == []
    finally:
        upgraded.close()


def test_migration_0011_reads_the_words_of_the_files_attached_before_it_on_a_server(postgres_url: str) -> None:
    where = DatabaseLocation.for_url(postgres_url)
    database = workspace.open_workspace(where)
    try:
        kept = _attach_files(database)
        _alembic(database.engine, "0010", down=True)
        with database.engine.connect() as connection:
            assert search_index.installed(connection)  # the attachments' names, as 0010 made it
            assert not connection.execute(
                text(
                    "SELECT 1 FROM information_schema.columns WHERE table_name = 'attachment' AND column_name = 'text'"
                )
            ).first()
    finally:
        database.close()
    upgraded = workspace.open_workspace(where)
    try:
        _check_filled(upgraded, kept)
    finally:
        upgraded.close()


def test_repair_makes_the_attachments_index_cover_their_words_again(filled: Database, db_path: Path) -> None:
    kept = _attach_files(filled)
    with sqlite3.connect(db_path) as connection:  # the attachments' index as 0010 made it, their words unindexed
        for trigger in ("insert", "delete", "update"):
            connection.execute(f"DROP TRIGGER search_attachment_{trigger}")
        connection.execute("DROP TABLE search_attachment")
        connection.execute(
            "CREATE VIRTUAL TABLE search_attachment USING fts5(name, content=attachment, content_rowid='id')"
        )
        connection.execute("INSERT INTO search_attachment (search_attachment) VALUES ('rebuild')")
        for trigger in ("insert", "delete", "update"):
            connection.execute(
                f"CREATE TRIGGER search_attachment_{trigger} AFTER INSERT ON attachment BEGIN SELECT 1; END"
            )
    connection.close()
    with filled.engine.connect() as connection:
        assert search_index.problems(connection) == ["the search index of attachment lacks its column text"]
    filled.close()
    assert main(["check", "--db", str(db_path), "--repair"]) == 0
    repaired = workspace.open_workspace(workspace.location(str(db_path)))
    try:
        assert _attachment_hits(repaired, "transfronteirica") == {kept["report"], kept["again"], kept["as_text"]}
        with repaired.engine.connect() as connection:
            assert search_index.problems(connection) == []
    finally:
        repaired.close()
