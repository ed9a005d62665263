"""Opening a team database on a real server: logins without a password in the URL, passwords that never show, no
file lock, and migrations that one laptop at a time runs."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from pactdesk.cli import main
from pactdesk.logs import log_file
from pactdesk.services import meetings, workspace
from pactdesk.store import migrations
from pactdesk.store.database import Database
from pactdesk.store.location import DatabaseLocation
from pactdesk.store.server import MIGRATION_LOCK
from tests.pg.server import PostgresServer

ANA_PASSWORD = "Ana's s3cret: p@ss/word"


@pytest.fixture
def ana(postgres_server: PostgresServer, postgres_url: str) -> str:
    """A login with a password, allowed into the test's database over TCP."""
    name = make_url(postgres_url).database
    with psycopg.connect(**postgres_server.psql_args(name), autocommit=True) as admin:  # type: ignore[arg-type]
        admin.execute("DROP ROLE IF EXISTS ana")
        admin.execute(f"CREATE ROLE ana LOGIN PASSWORD '{ANA_PASSWORD.replace(chr(39), chr(39) * 2)}' SUPERUSER")
    return name


def _tcp_url(server: PostgresServer, database: str, password: str | None = None) -> str:
    from urllib.parse import quote

    secret = f":{quote(password, safe='')}" if password is not None else ""
    return f"postgresql+psycopg://ana{secret}@127.0.0.1:{server.port}/{database}"


def _everything_said(capsys: pytest.CaptureFixture[str]) -> str:
    captured = capsys.readouterr()
    log = log_file()
    return captured.out + captured.err + (log.read_text(encoding="utf-8") if log.exists() else "")


def test_a_password_in_the_url_is_never_shown(
    postgres_server: PostgresServer, ana: str, capsys: pytest.CaptureFixture[str]
) -> None:
    url = _tcp_url(postgres_server, ana, ANA_PASSWORD)
    assert main(["info", "--database-url", url]) == 0
    wrong = _tcp_url(postgres_server, ana, ANA_PASSWORD + "x")
    assert main(["check", "--database-url", wrong]) == 1
    said = _everything_said(capsys)
    assert "postgresql+psycopg://ana:***@127.0.0.1" in said
    assert "password authentication failed" in said
    for secret in (ANA_PASSWORD, "s3cret", "p%40ss"):
        assert secret not in said
    assert (
        DatabaseLocation.for_url(url).describe()
        == f"postgresql+psycopg://ana:***@127.0.0.1:{postgres_server.port}/{ana}"
    )


def test_without_a_password_in_the_url_libpq_reads_pgpassword_or_pgpass(
    postgres_server: PostgresServer,
    ana: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url = _tcp_url(postgres_server, ana)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    assert main(["info", "--database-url", url]) == 1
    assert "no password supplied" in capsys.readouterr().err

    monkeypatch.setenv("PGPASSWORD", ANA_PASSWORD)
    assert main(["info", "--database-url", url]) == 0
    monkeypatch.delenv("PGPASSWORD")

    pgpass = tmp_path / "pgpass"
    escaped = ANA_PASSWORD.replace("\\", "\\\\").replace(":", "\\:")
    pgpass.write_text(f"127.0.0.1:{postgres_server.port}:{ana}:ana:{escaped}\n", encoding="utf-8")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    assert main(["info", "--database-url", url]) == 0
    assert ANA_PASSWORD not in _everything_said(capsys)


def test_two_windows_open_one_team_database(postgres_url: str) -> None:
    """The one-window-per-file lock is SQLite's: on a server several people work at once."""
    where = DatabaseLocation.for_url(postgres_url)
    first = workspace.open_workspace(where)
    second = workspace.open_workspace(where)
    try:
        ref = meetings.create_meeting(first, "AEC", title="Monitoring", starts_at="2026-03-02 10:00")
        with second.read() as session:
            assert session.scalar(text("SELECT title FROM meeting WHERE ref = :ref"), {"ref": ref}) == "Monitoring"
        assert first.backups() == [] and first.problems() == []
    finally:
        assert first.close() is None
        assert second.close() is None


def test_a_migration_waits_for_the_laptop_that_holds_the_lock(
    postgres_server: PostgresServer, empty_postgres_url: str
) -> None:
    name = make_url(empty_postgres_url).database
    opened: list[Database] = []
    failed: list[BaseException] = []

    def open_it() -> None:
        try:
            opened.append(Database.open(DatabaseLocation.for_url(empty_postgres_url)))
        except BaseException as error:
            failed.append(error)

    with psycopg.connect(**postgres_server.psql_args(name), autocommit=True) as other:  # type: ignore[arg-type]
        other.execute("SELECT pg_advisory_lock(%s)", (MIGRATION_LOCK,))
        waiting = threading.Thread(target=open_it)
        waiting.start()
        time.sleep(1.5)
        assert waiting.is_alive(), failed
        assert other.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone() == (0,)
        other.execute("SELECT pg_advisory_unlock(%s)", (MIGRATION_LOCK,))
    waiting.join(60)
    assert not failed and len(opened) == 1
    assert opened[0].schema_version() == migrations.head()
    opened[0].close()


def test_two_laptops_upgrading_at_once_both_open_it(empty_postgres_url: str) -> None:
    opened: list[Database] = []
    failed: list[BaseException] = []
    start = threading.Barrier(2)

    def open_it() -> None:
        start.wait()
        try:
            opened.append(Database.open(DatabaseLocation.for_url(empty_postgres_url)))
        except BaseException as error:
            failed.append(error)

    laptops = [threading.Thread(target=open_it) for _ in range(2)]
    for laptop in laptops:
        laptop.start()
    for laptop in laptops:
        laptop.join(120)
    assert failed == [] and len(opened) == 2
    for database in opened:
        assert database.schema_version() == migrations.head()
        database.close()
