"""``pactdesk audit`` lists the log's entries and ``pactdesk audit verify`` walks its chain: exit 0 when it holds,
exit 1 naming the first broken link when a row was edited or deleted with ``sqlite3`` (or by the table's owner on a
server), and one line for what cannot be done."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from pactdesk.cli import main
from pactdesk.services import audit, meetings, workspace
from pactdesk.store.database import Database
from pactdesk.store.location import DatabaseLocation
from tests.pg.server import PostgresServer
from tests.pg.teams import sql


@pytest.fixture
def renamed(database: Database) -> str:
    """A meeting made, then renamed: two entries of its own after the catalogue's."""
    ref = meetings.create_meeting(database, "AEC", title="Kick-off", starts_at="2025-02-03 10:00")
    meetings.set_meeting_field(database, ref, "title", "Kick-off, renamed")
    meetings.set_meeting_field(database, ref, "location", "Porto")
    return ref


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    said = capsys.readouterr()
    return code, said.out, said.err


def edit(db_path: Path, statement: str) -> None:
    """Plain SQL on the file, outside PactDesk."""
    connection = sqlite3.connect(db_path)
    with connection:
        connection.execute(statement)
    connection.close()


def test_audit_lists_a_meetings_entries_with_what_changed(
    database: Database, db_path: Path, renamed: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "audit", "--db", str(db_path), "--ref", renamed)
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 3
    assert f"insert meeting #1  {renamed}  " in lines[0] and "title: Kick-off;" in lines[0]
    assert f"update meeting #1  {renamed}  " in lines[1] and "title: Kick-off → Kick-off, renamed" in lines[1]
    assert "location: “” → Porto" in lines[2]
    assert f"  {database.author}  " in lines[1]

    code, out, _ = run(capsys, "audit", "--db", str(db_path), "--ref", renamed.lower(), "--json")
    rows = json.loads(out)
    assert [(row["action"], row["table"], row["ref"]) for row in rows] == [("insert", "meeting", renamed)] + [
        ("update", "meeting", renamed)
    ] * 2
    assert rows[1]["fields"]["title"] == ["Kick-off", "Kick-off, renamed"] and rows[1]["actor"] == database.author

    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    assert run(capsys, "audit", "--db", str(db_path), "--since", tomorrow)[1] == "No audit entries match.\n"
    code, out, _ = run(capsys, "audit", "--db", str(db_path), "--since", date.today().isoformat())
    assert code == 0 and len(out.splitlines()) == len(audit.entries(database))


def test_audit_verify_says_the_chain_is_intact(
    database: Database, db_path: Path, renamed: str, capsys: pytest.CaptureFixture[str]
) -> None:
    count = len(audit.entries(database))
    code, out, _ = run(capsys, "audit", "verify", "--db", str(db_path))
    assert code == 0
    assert out.splitlines()[0] == f"The audit log's {count} entries are intact (0 erased)."
    assert audit.verify(database).head in out


def test_an_entry_edited_with_sqlite3_fails_verify_naming_it(
    database: Database, db_path: Path, renamed: str, capsys: pytest.CaptureFixture[str]
) -> None:
    [made, title, _] = audit.entries(database, ref=renamed)
    edit(db_path, f"UPDATE audit_entry SET payload = replace(payload, 'renamed', 'changed') WHERE id = {title.id}")
    code, out, _ = run(capsys, "audit", "verify", "--db", str(db_path))
    assert code == 1
    assert out.strip() == (
        f"Entry {title.id} ({title.at:%Y-%m-%d %H:%M}, update of meeting {renamed}) was changed or removed: the chain "
        "breaks there."
    )
    edit(db_path, f"UPDATE audit_entry SET payload = replace(payload, 'changed', 'renamed') WHERE id = {title.id}")
    assert run(capsys, "audit", "verify", "--db", str(db_path))[0] == 0

    edit(db_path, f"UPDATE audit_entry SET actor = 'mallory' WHERE id = {made.id}")
    code, out, _ = run(capsys, "audit", "verify", "--db", str(db_path))
    assert code == 1 and out.startswith(f"Entry {made.id} (") and "insertion of meeting" in out


def test_an_entry_deleted_in_the_middle_or_at_the_end_fails_verify(
    database: Database, db_path: Path, renamed: str, capsys: pytest.CaptureFixture[str]
) -> None:
    [made, title, place] = audit.entries(database, ref=renamed)
    edit(db_path, f"DELETE FROM audit_entry WHERE id = {title.id}")
    code, out, _ = run(capsys, "audit", "verify", "--db", str(db_path))
    assert code == 1
    assert out.startswith(f"Entry {place.id} (") and "does not follow the entry before it" in out
    edit(db_path, f"DELETE FROM audit_entry WHERE id = {place.id}")  # now the newest one is gone as well
    code, out, _ = run(capsys, "audit", "verify", "--db", str(db_path))
    assert code == 1 and f"after entry {made.id} (" in out and "were removed" in out


def test_audit_on_a_server_is_checked_the_same(
    postgres_server: PostgresServer, postgres_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    database = workspace.open_workspace(DatabaseLocation.for_url(postgres_url))
    try:
        ref = meetings.create_meeting(database, "AEC", title="Kick-off", starts_at="2025-02-03 10:00")
        [made] = audit.entries(database, ref=ref)
    finally:
        database.close()
    code, out, _ = run(capsys, "audit", "verify", "--database-url", postgres_url)
    assert code == 0 and "entries are intact (0 erased)" in out
    assert f"insert meeting #{made.record_id}  {ref}" in run(capsys, "audit", "--database-url", postgres_url)[1]
    sql(postgres_server, postgres_url, f"UPDATE audit_entry SET at = at + interval '1 day' WHERE id = {made.id}")
    code, out, _ = run(capsys, "audit", "verify", "--database-url", postgres_url)
    assert code == 1 and out.startswith(f"Entry {made.id} (") and "was changed or removed" in out


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["audit", "--since", "31/13/2025"], "The --since date “31/13/2025” is not a date"),
        (["audit", "verify", "--db", "{missing}"], "There is no database at"),
        (["audit", "--db", "{missing}"], "There is no database at"),
    ],
)
def test_what_cannot_be_done_is_one_line(
    database: Database,
    db_path: Path,
    tmp_path: Path,
    argv: list[str],
    said: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    missing = str(tmp_path / "missing.sqlite")
    argv = [word.replace("{missing}", missing) for word in argv]
    if "--db" not in argv:
        argv += ["--db", str(db_path)]
    code, out, err = run(capsys, *argv)
    assert code == 1 and out == ""
    assert err.startswith("pactdesk: ") and said in err and len(err.strip().splitlines()) == 1


def test_a_file_older_than_the_log_says_to_open_it_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    from pactdesk.store import migrations

    path = tmp_path / "older.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    config = Config()
    config.set_main_option("script_location", str(migrations.scripts_path()))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0007")
    engine.dispose()
    for argv in (["audit", "verify", "--db", str(path)], ["audit", "--db", str(path)]):
        code, out, err = run(capsys, *argv)
        assert code == 1 and out == ""
        assert "was made before PactDesk kept an audit log" in err and "open it in PactDesk once" in err
        assert len(err.strip().splitlines()) == 1
