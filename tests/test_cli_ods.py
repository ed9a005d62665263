"""pactdesk export ods and import ods: every option of each, the same report and sentences as xlsx, exit 1 and
nothing written on any problem, one line for a refused file."""

from __future__ import annotations

import argparse
import sqlite3
import zipfile
from pathlib import Path

import pytest

from pactdesk.cli import build_parser, main
from pactdesk.services import actions, meetings
from pactdesk.store.database import Database


@pytest.fixture
def filled(database: Database, db_path: Path) -> Path:
    ref = meetings.create_meeting(database, "AEC", title="Review", starts_at="2025-03-04 10:00")
    actions.create_action(database, "Send the indicators", meeting_ref=ref, due_on="2025-04-01")
    meetings.create_meeting(database, "TEX", title="Older", starts_at="2023-06-01 10:00")
    actions.create_action(database, "Textile report", cluster_code="TEX")
    database.close()  # the commands open the file themselves
    return db_path


def count(path: Path, table: str) -> int:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        connection.close()


def test_export_ods_with_every_option(filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "aec.ods"
    argv = ["export", "ods", str(out), "--db", str(filled), "--cluster", "aec", "--from", "2025-01-01"]
    assert main([*argv, "--to", "2025-12-31", "--lang", "pt"]) == 0
    said = capsys.readouterr().out
    assert f"Workbook written to {out} (AEC, 2025-01-01 to 2025-12-31; in Portuguese):" in said
    assert "Reuniões" in said and "Ações" in said
    with zipfile.ZipFile(out) as archive:
        assert archive.read("mimetype") == b"application/vnd.oasis.opendocument.spreadsheet"
        content = archive.read("content.xml").decode()
    assert "Send the indicators" in content and "Textile report" not in content and "Older" not in content


def test_import_ods_dry_run_then_import(filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "all.ods"
    assert main(["export", "ods", str(out), "--db", str(filled), "--lang", "en"]) == 0
    target = tmp_path / "new.sqlite"
    assert main(["import", "ods", str(out), "--db", str(target), "--dry-run"]) == 0
    said = capsys.readouterr().out
    assert "there is no database at" in said and not target.exists()
    assert main(["init", "--db", str(target)]) == 0
    capsys.readouterr()
    assert main(["import", "ods", str(out), "--db", str(target), "--dry-run"]) == 0
    said = capsys.readouterr().out
    assert "Actions: 2 to create, 0 to update, 0 unchanged" in said
    assert "Dry run: the workbook can be imported; nothing was changed." in said
    assert count(target, "action") == 0
    assert main(["import", "ods", str(out), "--db", str(target)]) == 0
    said = capsys.readouterr().out
    assert "Imported" in said and "all.ods" in said and "A backup from before the import is at" in said
    assert count(target, "action") == 2
    assert main(["import", "ods", str(out), "--db", str(target)]) == 0
    assert "Nothing to import: the database already holds everything" in capsys.readouterr().out


def test_import_ods_with_a_problem_writes_nothing_and_exits_1(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "all.ods"
    assert main(["export", "ods", str(out), "--db", str(filled)]) == 0
    with zipfile.ZipFile(out) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts["content.xml"] = parts["content.xml"].replace(b'office:date-value="2025-04-01"', b'office:date-value="x"')
    parts["content.xml"] = parts["content.xml"].replace(b"<text:p>2025-04-01</text:p>", b"<text:p>next week</text:p>")
    broken = tmp_path / "broken.ods"
    with zipfile.ZipFile(broken, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    capsys.readouterr()
    before = count(filled, "action")
    assert main(["import", "ods", str(broken), "--db", str(filled)]) == 1
    said = capsys.readouterr()
    assert "Actions, row 2, column “Due”: “next week” is not a date" in said.out
    assert "Nothing was imported." in said.err
    assert count(filled, "action") == before


@pytest.mark.parametrize(
    ("argv", "phrase"),
    [
        (["import", "ods", "{tmp}/nowhere.ods"], "There is no file"),
        (["import", "ods", "{tmp}/notes.ods"], "notes.ods is not an OpenDocument spreadsheet (.ods)"),
        (["export", "ods", "{tmp}/x.ods", "--from", "2025-05-01", "--to", "2025-01-01"], "--to comes before --from"),
        (["export", "ods", "{tmp}/x.ods", "--cluster", "NOPE"], "NOPE"),
        (["export", "ods", "{tmp}/no-folder/x.ods"], "does not exist; choose another place"),
    ],
)
def test_a_refusal_is_one_line_and_exit_1(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], phrase: str
) -> None:
    (tmp_path / "notes.ods").write_text("not a spreadsheet", encoding="utf-8")
    assert main([*(word.format(tmp=tmp_path) for word in argv), "--db", str(filled)]) == 1
    said = capsys.readouterr().err
    assert phrase in said and said.count("\n") == 1 and "Traceback" not in said and "unexpected" not in said


def test_ods_takes_the_options_of_xlsx() -> None:
    def options(*path: str) -> set[str]:
        found = build_parser()
        for name in path:
            found = next(a for a in found._actions if isinstance(a, argparse._SubParsersAction)).choices[name]
        return {max(action.option_strings, key=len) for action in found._actions if action.option_strings}

    assert options("export", "ods") == options("export", "xlsx")
    assert options("import", "ods") == options("import", "xlsx")
