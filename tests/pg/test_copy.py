"""``pactdesk copy`` and ``pactdesk backup --database-url`` on a real server: the demo moved from a laptop's file to a
team database and back is the same record, row for row with its stamps, in counts, workbook and minutes; a target
holding records, or a login that does not own the tables, is refused; a copy that fails half-way writes nothing."""

from __future__ import annotations

import json
import shutil
import sqlite3
import time
import zipfile
from datetime import datetime
from pathlib import Path

import psycopg
import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from pypdf import PdfReader
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from pactdesk.cli import main
from pactdesk.domain.enums import MeetingStatus
from pactdesk.domain.models import AgendaItem, Base, Meeting
from pactdesk.exchange.pdf.minutes import write_minutes
from pactdesk.exchange.xlsx_write import export_workbook
from pactdesk.services import agenda, documents, meetings, workspace
from pactdesk.store import migrations, search_index
from pactdesk.store.database import Database
from pactdesk.store.location import DatabaseLocation
from tests.pg.server import PostgresServer

AS_OF = "2026-06-30"
EXPORTED_AT = datetime(2026, 6, 30, 12, 0)
Rows = dict[str, list[tuple[object, ...]]]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("copy") / "demo.sqlite"
    assert main(["demo", "--db", str(path), "--as-of", AS_OF, "--lang", "en"]) == 0
    return path


def _where(place: Path | str) -> DatabaseLocation:
    return DatabaseLocation.for_file(place) if isinstance(place, Path) else DatabaseLocation.for_url(place)


def _rows(place: Path | str) -> Rows:
    """Every row of every table, the authors' stamps and versions included, in key order."""
    database = Database.open(_where(place), readonly=True)
    try:
        with database.read() as session:
            return {
                table.name: [tuple(row) for row in session.execute(select(table).order_by(*table.primary_key.columns))]
                for table in Base.metadata.sorted_tables
            }
    finally:
        database.close()


def _counts(place: Path | str, capsys: pytest.CaptureFixture[str]) -> dict[str, int]:
    capsys.readouterr()
    option = ["--db", str(place)] if isinstance(place, Path) else ["--database-url", place]
    assert main(["info", "--json", *option]) == 0
    counts: dict[str, int] = json.loads(capsys.readouterr().out)["counts"]
    return counts


def _fullest_held_meeting(database: Database) -> str:
    with database.read() as session:
        return str(
            session.scalar(
                select(Meeting.ref)
                .join(AgendaItem, AgendaItem.meeting_id == Meeting.id)
                .where(Meeting.status == MeetingStatus.HELD)
                .group_by(Meeting.id, Meeting.ref)
                .order_by(func.count().desc(), Meeting.ref)
                .limit(1)
            )
        )


def _exports(place: Path | str, folder: Path) -> dict[str, object]:
    """The workbook of everything (each part of the file but its date of writing) and the minutes of the fullest
    held meeting (the record they are made from, and the text of every page)."""
    folder.mkdir()
    database = workspace.open_workspace(_where(place), readonly=True)
    try:
        export_workbook(database, folder / "all.xlsx", exported_at=EXPORTED_AT, language="en")
        ref = _fullest_held_meeting(database)
        record = documents.meeting_record(database, ref)
    finally:
        database.close()
    write_minutes(record, folder / "minutes.pdf", "en")
    with zipfile.ZipFile(folder / "all.xlsx") as workbook:
        parts = {name: workbook.read(name) for name in workbook.namelist() if name != "docProps/core.xml"}
    pages = [page.extract_text() for page in PdfReader(folder / "minutes.pdf").pages]
    return {"workbook": parts, "ref": ref, "record": record, "minutes": pages}


def _sequence(path: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT name, seq FROM sqlite_sequence ORDER BY name").fetchall()


def _sql(server: PostgresServer, url: str, statement: str) -> list[tuple[object, ...]]:
    with psycopg.connect(**server.psql_args(make_url(url).database), autocommit=True) as connection:  # type: ignore[arg-type]
        cursor = connection.execute(statement)  # type: ignore[call-overload]
        return cursor.fetchall() if cursor.description else []


def _one_line(capsys: pytest.CaptureFixture[str]) -> str:
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1, lines
    return lines[0]


def test_the_demo_copied_to_a_server_and_back_is_the_same_record(
    demo: Path,
    empty_postgres_url: str,
    postgres_server: PostgresServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    server = empty_postgres_url
    assert main(["copy", "--db", str(demo), "--to", server]) == 0
    said = capsys.readouterr().out
    assert "every id, reference, counter, time and author kept" in said
    # Tidied at once: the search's GIN indexes merged and the planner's statistics taken (pg_stat catches up).
    tidied = "SELECT count(*) FROM pg_stat_user_tables WHERE last_vacuum IS NOT NULL AND last_analyze IS NOT NULL"
    deadline, tables = time.monotonic() + 10, len(Base.metadata.sorted_tables)
    while _sql(postgres_server, server, tidied)[0][0] < tables and time.monotonic() < deadline:
        time.sleep(0.2)
    assert _sql(postgres_server, server, tidied)[0][0] >= tables

    original = _rows(demo)
    assert sum(map(len, original.values())) > 5_000
    assert original["meeting"][0][-3:] != ("", "", None)  # the demo's records carry their authors, and keep them
    assert _rows(server) == original
    assert _counts(server, capsys) == _counts(demo, capsys)
    on_the_laptop = _exports(demo, tmp_path / "laptop")
    assert _exports(server, tmp_path / "server") == on_the_laptop
    assert len(on_the_laptop["minutes"]) >= 2  # type: ignore[arg-type]

    # And back to a file to read on the train: the same rows, id counters, counts, workbook and minutes.
    train = tmp_path / "train.sqlite"
    capsys.readouterr()
    assert main(["copy", "--database-url", server, "--to", str(train)]) == 0
    assert _rows(train) == original
    assert _sequence(train) == _sequence(demo)
    assert _counts(train, capsys) == _counts(demo, capsys)
    assert _exports(train, tmp_path / "train") == on_the_laptop

    # The server's schema is PactDesk's, whole (the keys dropped for the copy are back), its ids go on past the
    # copied ones, and it stamps every write again.
    assert _sql(postgres_server, server, "SELECT tgrelid::regclass FROM pg_trigger WHERE tgenabled <> 'O'") == []
    database = Database.open(_where(server))
    try:
        with database.engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"compare_type": True, "include_name": search_index.outside_the_index}
            )
            assert compare_metadata(context, Base.metadata) == []
        highest = max(int(str(row[0])) for row in original["meeting"])
        added = meetings.create_meeting(database, "AEC", title="After the copy", starts_at=datetime(2026, 7, 1, 10))
        with database.read() as session:
            made = session.scalars(select(Meeting).where(Meeting.ref == added)).one()
            assert made.id > highest
            assert (made.created_by, made.updated_by) == ("postgres", "postgres")
    finally:
        database.close()


def test_a_copy_into_the_database_init_made_replaces_its_catalogue_and_a_second_is_refused(
    demo: Path, postgres_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["copy", "--db", str(demo), "--to", postgres_url]) == 0
    assert _rows(postgres_url) == _rows(demo)
    capsys.readouterr()

    before = _rows(postgres_url)
    assert main(["copy", "--db", str(demo), "--to", postgres_url]) == 1
    refusal = _one_line(capsys)
    assert "already holds PactDesk records" in refusal
    assert "meeting" in refusal and "Nothing was written." in refusal
    assert _rows(postgres_url) == before


def test_a_target_holding_someones_work_is_refused_and_left_as_it_was(
    demo: Path, postgres_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    database = workspace.open_workspace(_where(postgres_url))
    try:
        ref = meetings.create_meeting(database, "AEC", title="Before the copy", starts_at=datetime(2026, 7, 1, 10))
        agenda.add_agenda_item(database, ref, "Opening")
    finally:
        database.close()
    before = _rows(postgres_url)
    assert main(["copy", "--db", str(demo), "--to", postgres_url]) == 1
    refusal = _one_line(capsys)
    assert "already holds PactDesk records (meeting: 1 row, ref_counter: 1 row, agenda_item: 1 row)" in refusal
    assert _rows(postgres_url) == before


def test_a_copy_the_server_refuses_half_way_writes_nothing(
    demo: Path, postgres_url: str, postgres_server: PostgresServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file holds what a server refuses (SQLite does not check a text's length): the copy stops at that table,
    after the tables before it were written, and the target is as it was, its triggers and keys in place."""
    source = tmp_path / "too-long.sqlite"
    shutil.copyfile(demo, source)
    with sqlite3.connect(source) as connection:
        connection.execute("UPDATE action SET ref = 'A-REFERENCE-FAR-TOO-LONG-FOR-ITS-COLUMN' WHERE id = 1")
    before = _rows(postgres_url)
    assert main(["copy", "--db", str(source), "--to", postgres_url]) == 1
    error = _one_line(capsys)
    assert "value too long for type character varying(24)" in error
    assert error.endswith("nothing was written to it.")
    assert _rows(postgres_url) == before
    keys = _sql(postgres_server, postgres_url, "SELECT count(*) FROM pg_constraint WHERE contype = 'f'")
    assert keys[0][0] == sum(len(table.foreign_keys) for table in Base.metadata.sorted_tables)
    assert _sql(postgres_server, postgres_url, "SELECT count(*) FROM pg_trigger WHERE tgenabled <> 'O'") == [(0,)]


def test_only_the_owner_of_the_tables_may_copy_into_them(
    demo: Path, empty_postgres_url: str, postgres_server: PostgresServer, capsys: pytest.CaptureFixture[str]
) -> None:
    """The copy keeps the authors it copies by switching the server's stamps off for its own writes, which only the
    tables' owner may do: a secretary cannot, and is told who can."""
    assert main(["init", "--database-url", empty_postgres_url]) == 0
    name = make_url(empty_postgres_url).database
    login = f"copier_{name}"
    _sql(postgres_server, empty_postgres_url, f"CREATE ROLE {login} LOGIN IN ROLE pactdesk_secretary")
    try:
        before = _rows(empty_postgres_url)
        as_secretary = postgres_server.url(str(name), user=login)
        capsys.readouterr()
        assert main(["copy", "--db", str(demo), "--to", as_secretary]) == 1
        refusal = _one_line(capsys)
        assert "Only the owner of the team database's tables (postgres) or a superuser may copy into" in refusal
        assert _rows(empty_postgres_url) == before
    finally:
        _sql(postgres_server, empty_postgres_url, f"DROP OWNED BY {login}; DROP ROLE {login}")


def test_backup_of_a_team_database_is_a_verified_file_of_the_whole_record(
    demo: Path, empty_postgres_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["copy", "--db", str(demo), "--to", empty_postgres_url]) == 0
    out = tmp_path / "archive.sqlite"
    out.write_bytes(b"an older archive, replaced whole")
    capsys.readouterr()
    assert main(["backup", str(out), "--database-url", empty_postgres_url]) == 0
    assert f"written to {out} and verified" in capsys.readouterr().out
    assert _rows(out) == _rows(demo)
    assert main(["check", "--db", str(out)]) == 0
    assert sorted(path.name for path in tmp_path.iterdir()) == ["archive.sqlite", "home"]  # nothing half-written
    with sqlite3.connect(out) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)  # one file, no log beside it


def test_a_copy_to_a_file_that_exists_is_refused(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    there = tmp_path / "there.sqlite"
    there.write_bytes(b"someone's file")
    assert main(["copy", "--db", str(demo), "--to", str(there)]) == 1
    assert (
        _one_line(capsys) == f"pactdesk: {there} already exists; the copy writes a new file only. Choose another name."
    )
    assert there.read_bytes() == b"someone's file"


def test_a_file_made_by_an_older_pactdesk_is_to_be_upgraded_before_it_is_copied(
    demo: Path,
    empty_postgres_url: str,
    postgres_server: PostgresServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    old = tmp_path / "old.sqlite"
    shutil.copyfile(demo, old)
    with sqlite3.connect(old) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0005'")
        connection.execute("DROP TABLE team_member")
    assert main(["copy", "--db", str(old), "--to", empty_postgres_url]) == 1
    said = f"is at schema 0005, and this PactDesk writes schema {migrations.head()}: open it once with this PactDesk"
    assert said in _one_line(capsys)
    assert _sql(postgres_server, empty_postgres_url, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == [
        (0,)
    ]
