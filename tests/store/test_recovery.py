"""Damaged files: PactDesk keeps them, restores the newest good backup and says so; without one it deletes nothing."""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

import pytest
from sqlalchemy import select

from pactdesk.cli import main
from pactdesk.domain.models import Organisation
from pactdesk.services import directory, workspace
from pactdesk.store.errors import CorruptDatabaseError
from pactdesk.store.integrity import problems as integrity_problems
from pactdesk.store.lock import InstanceLock


def flip_middle_page(path: Path) -> None:
    """Invert every byte of the page in the middle of the file."""
    data = bytearray(path.read_bytes())
    page = 4096
    start = (len(data) // 2) // page * page
    for offset in range(start, start + page):
        data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


def organisation_names(path: Path) -> set[str]:
    database = workspace.open_workspace(workspace.location(str(path)), readonly=True)
    try:
        with database.read() as session:
            return set(session.scalars(select(Organisation.name)))
    finally:
        database.close()


def make_database(path: Path, names: list[str]) -> None:
    database = workspace.open_workspace(workspace.location(str(path)))
    try:
        for name in names:
            directory.add_organisation(database, name)
    finally:
        database.close()  # writes a verified backup


def test_corrupt_file_is_kept_and_the_newest_good_backup_restored(db_path: Path) -> None:
    make_database(db_path, [f"Saved before the backup {n}" for n in range(300)])
    expected = organisation_names(db_path)
    flip_middle_page(db_path)
    damaged_digest = hashlib.sha256(db_path.read_bytes()).hexdigest()
    assert main(["check", "--db", str(db_path)]) == 1

    database = workspace.open_workspace(workspace.location(str(db_path)))
    try:
        notice = " ".join(database.notices)
        assert "damaged" in notice and "restored" in notice
        kept = list(db_path.parent.glob("pact.damaged-*.sqlite"))
        assert len(kept) == 1 and str(kept[0]) in notice
        assert hashlib.sha256(kept[0].read_bytes()).hexdigest() == damaged_digest
        backups = database.backups()
        assert any(str(backup.path) in notice for backup in backups)
        assert database.problems() == []
    finally:
        database.close()
    assert organisation_names(db_path) == expected


def test_corrupt_file_without_a_good_backup_is_left_in_place(db_path: Path) -> None:
    make_database(db_path, [f"Only copy {n}" for n in range(300)])
    for backup in (db_path.parent / "pact-backups").iterdir():
        backup.unlink()
    flip_middle_page(db_path)
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()

    with pytest.raises(CorruptDatabaseError, match=r"no good backup.*Nothing was deleted"):
        workspace.open_workspace(workspace.location(str(db_path)))

    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before
    assert list(db_path.parent.glob("pact.damaged-*")) == []


def test_a_damaged_backup_is_skipped_for_an_older_good_one(db_path: Path) -> None:
    make_database(db_path, ["First"])
    make_database(db_path, [f"Second {n}" for n in range(300)])
    reader = workspace.open_workspace(workspace.location(str(db_path)), readonly=True)
    newest, older = reader.backups()[:2]
    reader.close()
    flip_middle_page(newest.path)
    flip_middle_page(db_path)
    database = workspace.open_workspace(workspace.location(str(db_path)))
    try:
        assert str(older.path) in " ".join(database.notices)
    finally:
        database.close()
    assert "First" in organisation_names(db_path)


def test_after_an_unclean_shutdown_the_file_is_checked_thoroughly(
    db_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    make_database(db_path, ["Before the crash"])
    lock = InstanceLock(db_path)
    lock.acquire()
    # The process "dies" holding the lock in state open: the system closes its files, so both locks go.
    lock._handle.close()  # type: ignore[union-attr]
    if lock._same_file is not None:
        lock._same_file.close()
    caplog.set_level(logging.INFO, logger="pactdesk.store.database")
    database = workspace.open_workspace(workspace.location(str(db_path)))
    database.close()
    assert "did not close cleanly" in caplog.text


def test_backups_are_verified_and_the_last_ten_kept(db_path: Path) -> None:
    database = workspace.open_workspace(workspace.location(str(db_path)))
    try:
        taken = [database.backup("manual") for _ in range(12)]
        kept = database.backups()
        assert len(kept) == 10
        assert [backup.path for backup in kept] == list(reversed(taken[2:])), "newest first, oldest gone"
        assert all(not integrity_problems(backup.path) for backup in kept)
    finally:
        database.close()


def test_what_interrupted_backups_left_is_removed_on_open_and_on_each_backup(db_path: Path) -> None:
    """A backup killed midway left `.NAME.partial` and its journal; rotation never saw them (103 orphans, 593 MB of
    personal data after 320 kills)."""
    import subprocess
    import sys

    database = workspace.open_workspace(workspace.location(str(db_path)))
    kept = database.backup("manual")
    database.close()
    folder = kept.parent
    # A real interruption: a child process copying the database into a partial file, killed halfway.
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, os, sys; source = sqlite3.connect(sys.argv[1]); "
            "target = sqlite3.connect(sys.argv[2]); source.backup(target); target.execute('BEGIN IMMEDIATE'); "
            "target.execute('CREATE TABLE t(x)'); os.kill(os.getpid(), 9)",
            str(db_path),
            str(folder / f".{db_path.stem}-20260101-000000-000000-close.sqlite.partial"),
        ]
    )
    child.wait(timeout=60)
    (folder / f".{db_path.stem}-20260102-000000-000000-close.sqlite.partial").write_bytes(b"half a copy")
    stale = sorted(path.name for path in folder.glob(".*partial*"))
    assert len(stale) >= 2, stale
    workspace.open_workspace(workspace.location(str(db_path))).close()
    assert list(folder.glob(".*partial*")) == [], "opening removes them"
    assert kept.exists(), "real backups stay"
    (folder / f".{db_path.stem}-20260103-000000-000000-close.sqlite.partial-journal").write_bytes(b"x")
    assert main(["backup", "--db", str(db_path), str(db_path.with_name("elsewhere.sqlite"))]) == 0
    database = workspace.open_workspace(workspace.location(str(db_path)))
    try:
        (folder / f".{db_path.stem}-20260104-000000-000000-close.sqlite.partial").write_bytes(b"x")
        database.backup("manual")
        assert list(folder.glob(".*partial*")) == [], "each backup removes them"
    finally:
        database.close()


def test_a_file_that_cannot_be_read_is_not_damaged_and_is_left_alone(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a full disk, SQLite's "disk I/O error" was taken for damage: the sound file was moved aside."""
    import sqlite3

    from pactdesk.store import integrity
    from pactdesk.store.errors import StoreError

    database = workspace.open_workspace(workspace.location(str(db_path)))
    database.backup("manual")
    database.close()
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()

    def unreadable(*_args: object, **_kw: object) -> sqlite3.Connection:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(integrity, "open_sqlite", unreadable)
    # After an unclean close every open checks thoroughly, whatever the size: so does this one.
    lock = db_path.with_name(db_path.name + ".lock")
    lock.write_text('{"state": "open"}')
    with pytest.raises(StoreError, match="nothing says it is damaged, and it was not changed"):
        workspace.open_workspace(workspace.location(str(db_path)))
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before
    assert list(db_path.parent.glob("*.damaged-*")) == [] and list(db_path.parent.glob(".*restoring")) == []


def test_a_restore_that_cannot_be_completed_puts_everything_back(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The damaged file was moved aside before the copy; a full disk then left a 0-byte .restoring file, and the
    next start made a new, empty database."""
    import shutil

    from pactdesk.store.errors import StoreError

    database = workspace.open_workspace(workspace.location(str(db_path)))
    database.backup("manual")
    database.close()
    flip_middle_page(db_path)
    damaged = hashlib.sha256(db_path.read_bytes()).hexdigest()

    def disk_full(*_args: object, **_kw: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(shutil, "copyfile", disk_full)
    with pytest.raises(StoreError, match="could not be put in its place"):
        workspace.open_workspace(workspace.location(str(db_path)))
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == damaged, "the file is where it was"
    assert list(db_path.parent.glob("*.damaged-*")) == [] and list(db_path.parent.glob(".*restoring")) == []
    monkeypatch.undo()
    restored = workspace.open_workspace(workspace.location(str(db_path)))  # space again: now the restore happens
    restored.close()
    assert len(list(db_path.parent.glob("*.damaged-*.sqlite"))) == 1


def test_a_lost_database_with_backups_beside_it_is_not_replaced_by_an_empty_one(db_path: Path) -> None:
    from pactdesk.store.errors import MissingDatabaseError

    database = workspace.open_workspace(workspace.location(str(db_path)))
    directory.add_person(database, "Ana Sousa")
    database.backup("manual")
    database.close()
    db_path.unlink()
    with pytest.raises(MissingDatabaseError, match=r"There is no database at .* but there are backups of it"):
        workspace.open_workspace(workspace.location(str(db_path)))
    assert not db_path.exists(), "nothing new was made in its place"


def damage_an_index(path: Path) -> None:
    """Index-only damage, which quick_check does not see: a person's name changed while the name index was defined
    on another column, so the index still holds the old name."""
    import sqlite3

    def define(sql: str) -> None:
        connection = sqlite3.connect(path)
        connection.execute("PRAGMA writable_schema = ON")
        connection.execute("UPDATE sqlite_master SET sql = ? WHERE name = 'ix_person_name'", (sql,))
        connection.commit()
        connection.close()

    define("CREATE INDEX ix_person_name ON person (role)")
    connection = sqlite3.connect(path)
    connection.execute("UPDATE person SET name = 'Ana Renamed' WHERE name = 'Ana Sousa'")
    connection.commit()
    connection.close()
    define("CREATE INDEX ix_person_name ON person (name)")


def test_index_damage_the_quick_check_misses_is_repaired_when_a_backup_fails_to_verify(db_path: Path) -> None:
    """After a clean close only quick_check runs: a missing index row went unnoticed, writing went on into the
    damaged file, and every later backup failed "did not verify"."""
    from pactdesk.store import integrity

    database = workspace.open_workspace(workspace.location(str(db_path)))
    directory.add_person(database, "Ana Sousa")
    database.close()
    damage_an_index(db_path)
    assert integrity.problems(db_path, thorough=False) == [], "the quick check on opening does not see it"
    assert integrity.index_only(integrity.problems(db_path, thorough=True))

    database = workspace.open_workspace(workspace.location(str(db_path)))  # opens: quick check only
    directory.add_person(database, "Rui Costa")  # a change, so closing takes a backup, which cannot verify
    warning = database.close()
    assert warning is not None and "rebuilt from the data, and nothing was lost" in warning
    assert integrity.problems(db_path, thorough=True) == []
    [kept] = db_path.parent.glob("pact.damaged-*.sqlite")
    assert integrity.problems(kept, thorough=True), "the file as it was is kept"
    again = workspace.open_workspace(workspace.location(str(db_path)))
    try:
        assert {"Ana Renamed", "Rui Costa"} <= {person.name for person in directory.list_people(again)}
    finally:
        again.close()


def test_index_damage_found_when_opening_after_a_crash_is_rebuilt_not_restored(db_path: Path) -> None:
    from pactdesk.store import integrity

    database = workspace.open_workspace(workspace.location(str(db_path)))
    directory.add_person(database, "Ana Sousa")
    database.backup("manual")
    directory.add_person(database, "Made after the backup")
    database.close()
    damage_an_index(db_path)
    db_path.with_name(db_path.name + ".lock").write_text('{"state": "open"}')  # the last session did not close
    opened = workspace.open_workspace(workspace.location(str(db_path)))
    try:
        assert any("rebuilt from the data" in notice for notice in opened.notices)
        names = {person.name for person in directory.list_people(opened)}
        assert "Made after the backup" in names, "nothing rolled back to the backup"
    finally:
        opened.close()
    assert integrity.problems(db_path, thorough=True) == []


def test_commits_in_a_damaged_write_ahead_log_are_counted_and_a_copy_of_the_log_kept(db_path: Path) -> None:
    """SQLite drops the commits after a damaged frame of the log without a word, and `check` then said "sound"."""
    import subprocess
    import sys

    from pactdesk.store import wal

    workspace.open_workspace(workspace.location(str(db_path))).close()
    writer = (
        "import os, sys\n"
        "from pactdesk.services import directory, workspace\n"
        "database = workspace.open_workspace(workspace.location(sys.argv[1]))\n"
        "for n in range(8):\n"
        "    directory.add_person(database, f'Person {n}')\n"
        "os._exit(0)  # killed: no checkpoint, the lock stays 'open'\n"
    )
    subprocess.run([sys.executable, "-c", writer, str(db_path)], check=True, timeout=120)
    log = db_path.with_name(db_path.name + "-wal")
    sound = wal.read(log)
    assert sound is not None and sound.commits_lost == 0 and sound.replayed >= 8
    data = bytearray(log.read_bytes())
    page_size = int.from_bytes(data[8:12], "big")
    middle = 32 + (sound.replayed // 2) * (24 + page_size) + 24 + 100  # inside a frame's page, halfway through
    data[middle] ^= 0xFF
    log.write_bytes(bytes(data))
    damaged = wal.read(log)
    assert damaged is not None and damaged.commits_lost > 0

    opened = workspace.open_workspace(workspace.location(str(db_path)))
    try:
        [notice] = [n for n in opened.notices if "write-ahead log is damaged" in n]
        changes = f"{damaged.commits_lost} change" + ("" if damaged.commits_lost == 1 else "s")
        assert f"{changes} saved just before could not be recovered" in notice
        names = {person.name for person in directory.list_people(opened)}
        assert "Person 0" in names and "Person 7" not in names, "SQLite kept the commits before the damage only"
    finally:
        opened.close()
    [kept] = db_path.parent.glob("pact.damaged-*.sqlite-wal")
    assert kept.read_bytes() == bytes(data), "the log as it was, for whoever can recover it"
