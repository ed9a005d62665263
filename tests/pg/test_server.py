"""The throw-away test server itself: it runs as an unprivileged user, listens where it says, says plainly why it
cannot start, and leaves nothing behind."""

from __future__ import annotations

import importlib
import os
from pathlib import Path

import psycopg
import pytest

from tests.pg import plugin
from tests.pg.server import PostgresServer, ServerUnavailable, check_dev_null, start, unprivileged_user


def test_the_server_runs_unprivileged_with_its_socket_in_its_folder(postgres_server: PostgresServer) -> None:
    with psycopg.connect(**postgres_server.psql_args()) as connection:  # type: ignore[arg-type]
        data = connection.execute("SHOW data_directory").fetchone()
        sockets = connection.execute("SHOW unix_socket_directories").fetchone()
    assert data is not None and sockets is not None
    assert Path(data[0]) == postgres_server.data
    assert Path(sockets[0]) == postgres_server.folder
    assert (postgres_server.folder / f".s.PGSQL.{postgres_server.port}").exists()
    owner = postgres_server.data.stat().st_uid
    assert owner == postgres_server.user.uid
    if os.getuid() == 0:
        assert owner != 0


def test_a_password_is_needed_over_tcp(postgres_server: PostgresServer) -> None:
    with pytest.raises(psycopg.OperationalError, match="password"):
        psycopg.connect(host="127.0.0.1", port=postgres_server.port, user="postgres", dbname="postgres", password="x")


def test_a_dev_null_others_cannot_write_is_named_with_the_fix(tmp_path: Path) -> None:
    user = unprivileged_user()
    locked = Path(os.environ.get("TMPDIR", "/tmp")) / f"pactdesk-null-{os.getpid()}"
    locked.write_bytes(b"")
    try:
        locked.chmod(0o440 if user.is_me else 0o660)  # root may write anywhere; the unprivileged user may not
        with pytest.raises(ServerUnavailable) as refused:
            check_dev_null(user, str(locked))
    finally:
        locked.unlink()
    message = str(refused.value)
    assert f"{locked} is not writable by the user {user.name}" in message
    assert "initdb cannot prepare a test server" in message
    assert f"chmod 666 {locked}" in message
    check_dev_null(user)  # the real one is fine on this machine


def test_missing_binaries_are_named_with_what_to_install(tmp_path: Path) -> None:
    with pytest.raises(ServerUnavailable, match=f"found in {tmp_path}. Install them .apt-get install postgresql"):
        start(tmp_path)


def test_a_second_server_starts_and_stops_without_a_trace() -> None:
    second = start()
    try:
        assert second.started_in < 30
        with psycopg.connect(**second.psql_args()) as connection:  # type: ignore[arg-type]
            assert connection.execute("SELECT 1").fetchone() == (1,)
    finally:
        second.stop()
    assert not second.folder.exists()


def test_every_test_named_sqlite_only_exists() -> None:
    """The list of tests kept off PostgreSQL does not outlive the tests."""
    for module, names in plugin.SQLITE_ONLY.items():
        loaded = importlib.import_module("tests." + module.removesuffix(".py").replace("/", "."))
        for name in names:
            assert callable(getattr(loaded, name, None)), f"{module}::{name} is gone; drop it from SQLITE_ONLY"
