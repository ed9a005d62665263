"""One writer per file; readers alongside it; read-only files and folders give a clear message and lose nothing."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event, select

from pactdesk.cli import main
from pactdesk.domain.language import set_display_language
from pactdesk.domain.models import Organisation
from pactdesk.services import directory, workspace
from pactdesk.store.database import Database
from pactdesk.store.errors import DatabaseInUseError, DiskFullError


def test_a_second_writer_is_refused_and_the_first_keeps_working(database: Database, db_path: Path) -> None:
    directory.add_organisation(database, "Written by the first window")

    with pytest.raises(DatabaseInUseError, match="already open in another PactDesk window"):
        workspace.open_workspace(workspace.location(str(db_path)))

    directory.add_organisation(database, "Still written by the first window")
    with database.read() as session:
        names = set(session.scalars(select(Organisation.name)))
    assert {"Written by the first window", "Still written by the first window"} <= names


def test_a_second_window_is_told_in_its_own_language(database: Database, db_path: Path) -> None:
    set_display_language("pt")
    with pytest.raises(DatabaseInUseError) as refused:
        workspace.open_workspace(workspace.location(str(db_path)))
    assert str(refused.value).startswith(f"{db_path.name} já está aberto noutra janela do PactDesk (processo ")
    assert str(refused.value).endswith("Mude para essa janela, ou feche-a e tente de novo.")


def test_read_only_commands_work_while_a_window_is_open(
    database: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    directory.add_organisation(database, "Visible to readers")
    assert main(["info", "--db", str(db_path)]) == 0
    assert main(["check", "--db", str(db_path)]) == 0
    assert main(["backup", "--db", str(db_path), str(tmp_path / "copy.sqlite")]) == 0
    copy = workspace.open_workspace(workspace.location(str(tmp_path / "copy.sqlite")), readonly=True)
    try:
        with copy.read() as session:
            assert session.scalar(select(Organisation.id).where(Organisation.name == "Visible to readers"))
    finally:
        copy.close()
    assert "Visible to readers" not in capsys.readouterr().err


def test_a_full_disk_refuses_the_change_and_keeps_what_was_saved(database: Database) -> None:
    directory.add_organisation(database, "Saved before the disk filled up")
    with database.engine.connect() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()

    @event.listens_for(database.engine, "connect")
    def _small_disk(dbapi_connection, record):  # type: ignore[no-untyped-def]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    database.engine.dispose()  # every connection from now on sees a disk with no room left

    with pytest.raises(DiskFullError, match="disk is full"), database.write() as session:
        for number in range(2_000):
            session.add(Organisation(name=f"Too much {number}", notes="x" * 2_000))
    with database.read() as session:
        names = set(session.scalars(select(Organisation.name)))
    assert "Saved before the disk filled up" in names
    assert not any(name.startswith("Too much") for name in names)


# -- read-only files and folders, as a user who may not write them ------------------------------------------

# As root, the child imports what it needs first and then drops to ``nobody``: the interpreter lives in root's
# home, which nobody may read, so it cannot be started as nobody.
DROP = """
import os, sys
import pactdesk.cli, pactdesk.services.workspace, pactdesk.store.database, sqlite3, json
import sqlalchemy.dialects.sqlite.pysqlite, alembic.runtime.migration
if os.geteuid() == 0:
    os.setgid(65534)
    os.setuid(65534)
"""

PROBE = (
    DROP
    + """
from pactdesk.services import workspace
from pactdesk.domain.errors import PactDeskError
try:
    workspace.open_workspace(workspace.location(sys.argv[1])).close()
except PactDeskError as error:
    print(type(error).__name__, error)
"""
)


INFO = """
sys.exit(pactdesk.cli.main(["info", "--json", "--db", sys.argv[1]]))
"""


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    """A folder outside the (private) pytest tree that another user can read."""
    folder = Path(tempfile.mkdtemp(prefix="pactdesk-ro-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def as_other_user(code: str, *args: str, home: Path) -> subprocess.CompletedProcess[str]:
    """Run Python ``code`` as a user without write access: ``nobody`` when we are root, else ourselves."""
    env = dict(os.environ, PACTDESK_HOME=str(home))
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, timeout=120, check=False
    )


def make_read_only(folder: Path, database: Path) -> None:
    database.chmod(0o444)
    folder.chmod(0o555)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_read_only_folder_gives_a_clear_message_and_loses_nothing(shared_folder: Path) -> None:
    path = shared_folder / "pact.sqlite"
    database = workspace.open_workspace(workspace.location(str(path)))
    directory.add_organisation(database, "Kept safe")
    database.close()
    shutil.rmtree(shared_folder / "pact-backups")
    (shared_folder / "pact.sqlite.lock").unlink()
    make_read_only(shared_folder, path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    home = Path(tempfile.mkdtemp(prefix="pactdesk-home-"))
    home.chmod(0o777)
    try:
        opened = as_other_user(PROBE, str(path), home=home)
        assert opened.returncode == 0, opened.stderr
        assert opened.stdout.startswith("ReadOnlyDatabaseError"), opened.stdout + opened.stderr
        assert "read-only" in opened.stdout or "cannot write in the folder" in opened.stdout

        info = as_other_user(DROP + INFO, str(path), home=home)
        assert info.returncode == 0, info.stderr
        assert '"organisations": 27' in info.stdout
    finally:
        shared_folder.chmod(0o755)
        shutil.rmtree(home, ignore_errors=True)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_a_symbolic_link_to_an_open_database_is_refused_and_shares_its_backups(tmp_path: Path) -> None:
    """The one-window lock was named after the path given, so a link to the same file opened a second writer."""
    from pactdesk.services import workspace
    from pactdesk.store.errors import DatabaseInUseError

    real = tmp_path / "real" / "pact.sqlite"
    real.parent.mkdir()
    link = tmp_path / "elsewhere.sqlite"
    first = workspace.open_workspace(workspace.location(str(real)))
    link.symlink_to(real)
    try:
        with pytest.raises(DatabaseInUseError, match="already open"):
            workspace.open_workspace(workspace.location(str(link)))
    finally:
        first.close()
    through_link = workspace.open_workspace(workspace.location(str(link)))
    try:
        taken = through_link.backup("manual")
    finally:
        through_link.close()
    assert taken.parent == real.parent / "pact-backups", "one backups folder for the file, whatever path opened it"
    assert not (tmp_path / "elsewhere-backups").exists()


def test_a_hard_link_to_an_open_database_is_refused(tmp_path: Path) -> None:
    """A hard link is another name of the same file: its own `.lock` beside it did not see the first window."""
    from pactdesk.services import workspace
    from pactdesk.store.errors import DatabaseInUseError

    real = tmp_path / "pact.sqlite"
    workspace.open_workspace(workspace.location(str(real))).close()
    other = tmp_path / "elsewhere" / "same-file.sqlite"
    other.parent.mkdir()
    os.link(real, other)
    first = workspace.open_workspace(workspace.location(str(real)))
    try:
        with pytest.raises(DatabaseInUseError, match="under another name"):
            workspace.open_workspace(workspace.location(str(other)))
    finally:
        first.close()
    second = workspace.open_workspace(workspace.location(str(other)))  # once the first is closed, it opens
    second.close()
