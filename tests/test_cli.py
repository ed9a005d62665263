"""The command line: exit codes, one-line errors without tracebacks, and what each command prints."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from pactdesk import __version__
from pactdesk.cli import main
from pactdesk.services import meetings, workspace
from pactdesk.store import migrations
from pactdesk.store.database import Database


def run_pactdesk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pactdesk", *args], capture_output=True, text=True, timeout=120)


def test_version() -> None:
    result = run_pactdesk("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"PactDesk {__version__}"


def test_info_json_has_schema_version_and_counts(database: Database, db_path: Path) -> None:
    meetings.create_meeting(database, "AEC", title="Kick-off", starts_at="2025-02-03 10:00")
    result = run_pactdesk("info", "--db", str(db_path), "--json")
    assert result.returncode == 0, result.stderr
    about = json.loads(result.stdout)
    assert about["schema_version"] == migrations.head()
    assert about["counts"] == {
        "clusters": 18,
        "organisations": 26,
        "people": 0,
        "meetings": 1,
        "attendance": 0,
        "agenda_items": 0,
        "decisions": 0,
        "actions": 0,
        "outputs": 0,
    }


def test_info_text_names_file_and_backup(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    workspace.open_workspace(workspace.location(str(db_path))).close()
    assert main(["info", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert str(db_path) in out and f"Schema version: {migrations.head()}" in out and "pact-backups" in out


def test_the_db_option_works_before_the_command_and_from_the_environment(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace.open_workspace(workspace.location(str(db_path))).close()
    assert main(["--db", str(db_path), "info"]) == 0
    assert str(db_path) in capsys.readouterr().out
    monkeypatch.setenv("PACTDESK_DB", str(db_path))
    assert main(["info"]) == 0
    assert str(db_path) in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["info", "--db", "/nonexistent/folder/pact.sqlite"], "There is no database at"),
        (["check", "--db", "/nonexistent/pact.sqlite"], "There is no database at"),
        (["demo"], "Say where to write the demo"),
        (["demo", "--db", "x.sqlite", "--scale", "0"], "--scale must be"),
        (["demo", "--db", "x.sqlite", "--as-of", "31/13/2025"], "is not a date"),
        (["info", "--database-url", "nonsense://"], "database"),
    ],
)
def test_errors_are_one_line_without_traceback(args: list[str], message: str, tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pactdesk", *args], capture_output=True, text=True, timeout=120, cwd=tmp_path
    )
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("pactdesk: ") and message in lines[0]
    assert "Traceback" not in result.stderr


def test_demo_never_overwrites_a_file(db_path: Path) -> None:
    workspace.open_workspace(workspace.location(str(db_path))).close()
    before = db_path.read_bytes()
    result = run_pactdesk("demo", "--db", str(db_path), "--lang", "en")
    assert result.returncode == 1 and "already exists" in result.stderr
    assert db_path.read_bytes() == before


def test_backup_writes_a_verified_copy_and_refuses_the_source(db_path: Path, tmp_path: Path) -> None:
    workspace.open_workspace(workspace.location(str(db_path))).close()
    target = tmp_path / "copy.sqlite"
    assert main(["backup", "--db", str(db_path), str(target)]) == 0
    assert main(["check", "--db", str(target)]) == 0
    assert main(["backup", "--db", str(db_path), str(db_path)]) == 1
    assert main(["check", "--db", str(db_path)]) == 0


def test_backup_into_a_missing_folder_fails_cleanly(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace.open_workspace(workspace.location(str(db_path))).close()
    assert main(["backup", "--db", str(db_path), str(tmp_path / "no" / "such" / "copy.sqlite")]) == 1
    assert "backup" in capsys.readouterr().err.lower()


def test_actions_lists_what_the_tracker_would(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from pactdesk.services import actions

    database = workspace.open_workspace(workspace.location(str(db_path)))
    try:
        ref = meetings.create_meeting(database, "AEC", title="Monitoring", starts_at="2025-01-20 10:00")
        late = actions.create_action(database, "Send the study", meeting_ref=ref, due_on="2025-06-15")
        actions.create_action(database, "Due on the day", meeting_ref=ref, due_on="2025-06-16")
        actions.create_action(database, "Elsewhere", cluster_code="HCP", due_on="2025-01-01")
    finally:
        database.close()
    assert main(["--db", str(db_path), "actions", "--cluster", "aec", "--overdue", "--as-of", "2025-06-16"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1] == "1 action." and out[0].startswith(late) and "1 d overdue" in out[0]
    assert main(["--db", str(db_path), "actions", "--as-of", "2025-06-16"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "3 actions."
    assert main(["--db", str(db_path), "actions", "--due-within", "-1"]) == 1
    assert "--due-within" in capsys.readouterr().err


def test_dashboard_prints_the_figures_of_a_cluster(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from pactdesk.domain.enums import MeetingStatus

    database = workspace.open_workspace(workspace.location(str(db_path)))
    try:
        for day in ("2024-03-01", "2025-03-01", "2025-09-01"):
            ref = meetings.create_meeting(database, "AEC", title="Held", starts_at=f"{day} 10:00")
            meetings.set_meeting_field(database, ref, "status", MeetingStatus.HELD)
    finally:
        database.close()
    assert main(["--db", str(db_path), "dashboard", "--cluster", "aec", "--as-of", "2025-12-31"]) == 0
    out = capsys.readouterr().out
    assert "Dashboard of AEC on 2025-12-31" in out
    assert "  2024       1" in out and "  2025       2" in out
    assert main(["--db", str(db_path), "dashboard", "--cluster", "NOPE"]) == 1
    assert "NOPE" in capsys.readouterr().err


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    """An 8 KiB tmpfs: a disk that fills up during a write (skipped where mounting is not allowed)."""
    folder = tmp_path / "full"
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8k", "tmpfs", str(folder)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({mounted.stderr.decode().strip() or 'not root'})")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False)


def test_a_full_disk_during_an_export_is_one_sentence_and_no_traceback(
    database: Database, db_path: Path, full_disk: Path
) -> None:
    for n in range(40):
        meetings.create_meeting(
            database, "AEC", title=f"Meeting {n} " + "x" * 200, starts_at=f"2025-01-{n % 28 + 1:02d} 10:00"
        )
    database.close()
    result = run_pactdesk("export", "xlsx", str(full_disk / "out.xlsx"), "--db", str(db_path))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "pactdesk: The disk is full, so out.xlsx was not written. Free some space and try again; "
        "any older file with that name is unchanged."
    ]
    assert list(full_disk.iterdir()) == [], "no partial file is left behind"


def test_read_commands_say_a_newer_pactdesk_saved_the_file_and_the_dry_run_refuses(
    database: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """They read it without a word, and the dry run even said it 'can be imported'."""
    import sqlite3

    from pactdesk.exchange.xlsx_write import export_workbook

    export_workbook(database, tmp_path / "book.xlsx")
    database.close()
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    for command in (
        ["info"],
        ["check"],
        ["backup", str(tmp_path / "copy.sqlite")],
        ["export", "xlsx", str(tmp_path / "o.xlsx")],
    ):
        assert main([*command, "--db", str(db_path)]) == 0, command
        said = capsys.readouterr().err
        assert "saved by a newer version of PactDesk (schema 9999_from_the_future)" in said, command
        assert "changes nothing" in said
    assert main(["import", "xlsx", str(tmp_path / "book.xlsx"), "--db", str(db_path), "--dry-run"]) == 1
    said = capsys.readouterr()
    assert "nothing can be imported" in said.err and "can be imported;" not in said.out


@pytest.mark.parametrize("command", ["info", "check", "backup"])
def test_a_folder_or_a_file_that_is_not_pactdesks_gets_its_own_sentence(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A folder was 'damaged (disk I/O error)' or 'no database'; another program's SQLite file, 'no such table'."""
    import sqlite3

    folder = tmp_path / "a-folder"
    folder.mkdir()
    foreign = tmp_path / "notes.sqlite"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE notes (text TEXT)")
    extra = [str(tmp_path / "out.sqlite")] if command == "backup" else []
    for target, sentence in ((folder, "is a folder, not a database file"), (foreign, "is not a PactDesk database")):
        assert main([command, *extra, "--db", str(target)]) == 1
        assert sentence in capsys.readouterr().err, (command, target)


def test_init_makes_a_new_database_only_and_a_dry_run_plans_against_one(
    database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """import --dry-run said "There is no database" where the import itself would create one."""
    from pactdesk.exchange.xlsx_write import export_workbook

    meetings.create_meeting(database, "AEC", title="Kick-off", starts_at="2025-02-03 10:00")
    export_workbook(database, tmp_path / "book.xlsx")
    new = tmp_path / "new.sqlite"
    assert main(["import", "xlsx", str(tmp_path / "book.xlsx"), "--db", str(new), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "the import would create it" in out and not new.exists(), "a dry run creates nothing"
    assert main(["init", "--db", str(new)]) == 0
    assert "catalogue" in capsys.readouterr().out
    reopened = workspace.open_workspace(workspace.location(str(new)))
    try:
        assert workspace.info(reopened).counts["clusters"] == 18
    finally:
        reopened.close()
    assert main(["init", "--db", str(new)]) == 1
    assert "already exists" in capsys.readouterr().err


def _companions(path: Path) -> list[str]:
    return sorted(p.name.removeprefix(path.name) for p in path.parent.glob(path.name + "-*"))


@pytest.mark.parametrize("command", ["info", "check", "backup"])
def test_reading_leaves_no_wal_or_shm_beside_a_database_that_had_none(
    command: str, database: Database, db_path: Path, tmp_path: Path
) -> None:
    meetings.create_meeting(database, "AEC", title="Kick-off", starts_at="2025-02-03 10:00")
    database.close()
    assert _companions(db_path) == [], "a writer that closes cleanly leaves none"
    extra = [str(tmp_path / "out.sqlite")] if command == "backup" else []
    assert main([command, *extra, "--db", str(db_path)]) == 0
    assert _companions(db_path) == [], command


def test_reading_beside_another_reader_leaves_its_wal_and_shm_in_place(
    database: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Removing a -shm another process has mapped would let a later writer make a second one: never do that."""
    import sqlite3

    database.close()
    other = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        assert other.execute("SELECT count(*) FROM cluster").fetchone() == (18,)
        assert main(["info", "--db", str(db_path)]) == 0
        assert _companions(db_path) == ["-shm", "-wal"]
        assert other.execute("SELECT count(*) FROM cluster").fetchone() == (18,)
    finally:
        other.close()
    assert main(["info", "--db", str(db_path)]) == 0
    assert _companions(db_path) == []
    assert "18" in capsys.readouterr().out


def test_reading_does_not_fold_a_log_left_by_a_crash_into_the_file(database: Database, db_path: Path) -> None:
    """A -wal a killed writer left is read as it is; folding it in is the next writer's work, after its checks."""
    import sqlite3

    database.close()
    writer = sqlite3.connect(db_path)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("UPDATE cluster SET name = name || ' (renamed)' WHERE code = 'AEC'")
    writer.commit()
    log = db_path.with_name(db_path.name + "-wal")
    size, before = log.stat().st_size, db_path.read_bytes()
    assert size > 0
    # Keep the log as a killed writer leaves it: copy the three files aside while the writer is still open.
    crashed = db_path.with_name("crashed.sqlite")
    for suffix in ("", "-wal", "-shm"):
        crashed.with_name(crashed.name + suffix).write_bytes(db_path.with_name(db_path.name + suffix).read_bytes())
    writer.close()
    assert main(["info", "--db", str(crashed)]) == 0
    assert crashed.with_name("crashed.sqlite-wal").stat().st_size == size
    assert crashed.read_bytes() == before


def _workbook_sheets_and_language(path: Path) -> tuple[list[str], object]:
    import openpyxl

    workbook = openpyxl.load_workbook(path, read_only=True)
    try:
        about = dict(row for row in workbook["About"].iter_rows(min_row=2, values_only=True))
        return workbook.sheetnames, about.get("Language")
    finally:
        workbook.close()


def test_export_xlsx_lang_pt_writes_a_portuguese_workbook_that_imports_back(
    database: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from pactdesk.services import actions

    ref = meetings.create_meeting(database, "AEC", title="Kick-off", starts_at="2025-02-03 10:00")
    actions.create_action(database, "Send the indicators", meeting_ref=ref)
    database.close()
    out = tmp_path / "livro.xlsx"
    assert main(["export", "xlsx", str(out), "--db", str(db_path), "--lang", "pt"]) == 0
    printed = capsys.readouterr().out
    assert "in Portuguese" in printed and "  Ações" in printed and "  Ordem de trabalhos" in printed
    sheets, language = _workbook_sheets_and_language(out)
    assert language == "pt" and "Ações" in sheets and "Actions" not in sheets
    assert main(["import", "xlsx", str(out), "--db", str(db_path), "--dry-run"]) == 0
    printed = capsys.readouterr().out
    assert "Ações: 0 to create, 0 to update, 1 unchanged" in printed
    assert "Reuniões: 0 to create, 0 to update, 1 unchanged" in printed
    assert main(["export", "xlsx", str(out), "--db", str(db_path), "--lang", "en"]) == 0
    assert _workbook_sheets_and_language(out) == (
        [
            "About",
            "Clusters",
            "Organisations",
            "People",
            "Meetings",
            "Attendance",
            "Agenda",
            "Decisions",
            "Actions",
            "Outputs",
        ],
        "en",
    )


@pytest.mark.parametrize(
    ("system", "variable", "expected"),
    [(("pt_PT", "UTF-8"), "", "pt"), (("en_GB", "UTF-8"), "pt_PT.UTF-8", "en"), ((None, None), "pt_BR.UTF-8", "pt")],
)
def test_export_xlsx_is_written_in_the_systems_language_without_lang(
    database: Database,
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    system: tuple[str | None, str | None],
    variable: str,
    expected: str,
) -> None:
    """As the PDFs and the calendar: --lang, else the system's language, else English."""
    import locale

    database.close()
    monkeypatch.setattr(locale, "getlocale", lambda *args: system)
    monkeypatch.setenv("LANG", variable)
    out = tmp_path / "book.xlsx"
    assert main(["export", "xlsx", str(out), "--db", str(db_path)]) == 0
    sheets, language = _workbook_sheets_and_language(out)
    assert language == expected
    assert ("Ações" in sheets) is (expected == "pt")
