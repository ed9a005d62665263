"""``pactdesk decisions`` and ``pactdesk export decisions``: the register listed and filtered (text and JSON), and
written as a PDF in either language; every failure one line on stderr, exit 1, and no file written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from pactdesk.cli import main
from pactdesk.services import actions, agenda, meetings
from pactdesk.services import register as _numbering  # noqa: F401  (see below)
from pactdesk.store.database import Database

# The register numbers each decision as it is recorded once services/register.py is imported, which every service
# that records one will do (tests/services/test_register.py, the wiring test); imported above so this file runs alone.


@pytest.fixture
def recorded(database: Database) -> dict[str, str]:
    tex = meetings.create_meeting(database, "TEX", title="Monitoring", starts_at="2025-03-03 10:00")
    plan = agenda.add_agenda_item(database, tex, "Work plan")
    agenda.add_decision(database, plan, "The work plan is approved.")
    agenda.add_decision(database, plan, "A ação de formação começa em maio.")
    actions.create_action(database, "Book the fair", meeting_ref=tex, agenda_item_id=plan, goal_numbers=[3])
    later = meetings.create_meeting(database, "TEX", title="Monitoring", starts_at="2026-01-12 10:00")
    agenda.add_decision(database, agenda.add_agenda_item(database, later, "Fairs"), "Two fairs in 2026.")
    aec = meetings.create_meeting(database, "AEC", title="Monitoring", starts_at="2025-05-05 10:00")
    agenda.add_decision(database, agenda.add_agenda_item(database, aec, "Studies"), "A study of the sector.")
    return {"tex": tex, "later": later, "aec": aec}


def _lines(capsys: pytest.CaptureFixture[str]) -> list[str]:
    return capsys.readouterr().out.splitlines()


def test_decisions_lists_the_register_by_cluster_year_and_number(
    database: Database, db_path: Path, recorded: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--db", str(db_path)]
    assert main(["decisions", *db]) == 0
    lines = _lines(capsys)
    assert [line.split("  ")[0].strip() for line in lines[:-1]] == [
        "AEC 2025/01",
        "TEX 2025/01",
        "TEX 2025/02",
        "TEX 2026/01",
    ]
    assert lines[1].split() == f"TEX 2025/01 2025-03-03 {recorded['tex']} item 1 The work plan is approved.".split()
    assert lines[-1] == "4 decisions."
    assert main(["decisions", *db, "--cluster", "tex", "--year", "2025"]) == 0
    assert _lines(capsys)[-1] == "2 decisions."
    assert main(["decisions", *db, "--text", "ACAO formacao"]) == 0
    found = _lines(capsys)
    assert len(found) == 2 and "A ação de formação começa em maio." in found[0] and found[1] == "1 decision."
    assert main(["decisions", *db, "--goal", "3"]) == 0
    assert _lines(capsys)[-1] == "2 decisions.", "the decisions of the item whose action serves goal 3"
    assert main(["decisions", *db, "--goal", "4"]) == 0
    assert _lines(capsys) == ["0 decisions."]


def test_decisions_as_json(
    database: Database, db_path: Path, recorded: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["decisions", "--database-url", f"sqlite:///{db_path}", "--cluster", "AEC", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == [
        {
            "register": "AEC 2025/01",
            "cluster": "AEC",
            "year": 2025,
            "number": 1,
            "decision": "A study of the sector.",
            "meeting": recorded["aec"],
            "date": "2025-05-05",
            "item": 1,
            "item_title": "Studies",
            "goals": [],
        }
    ]


@pytest.mark.parametrize(
    ("language", "title", "listed"),
    [("en", "Register of decisions", "Decisions of 2025"), ("pt", "Registo das deliberações", "Deliberações de 2025")],
)
def test_export_decisions_writes_the_register_in_the_language_chosen(
    database: Database,
    db_path: Path,
    recorded: dict[str, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    language: str,
    title: str,
    listed: str,
) -> None:
    target = tmp_path / f"register-{language}.pdf"
    argv = ["export", "decisions", str(target), "--db", str(db_path), "--cluster", "TEX", "--year", "2025"]
    assert main([*argv, "--lang", language]) == 0
    assert capsys.readouterr().out == (
        f"Register of 2 decisions (1 register: one per cluster and year) written to {target}.\n"
    )
    text = " ".join(page.extract_text() for page in PdfReader(target).pages)
    assert title in text and listed in text and "TEX 2025/02" in text and "TEX 2026" not in text


def test_export_decisions_without_a_scope_writes_every_register(
    database: Database, db_path: Path, recorded: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "all.pdf"
    assert main(["export", "decisions", str(target), "--database-url", f"sqlite:///{db_path}"]) == 0
    assert "Register of 4 decisions (3 registers" in capsys.readouterr().out
    assert len(PdfReader(target).outline) == 3


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["decisions", "--cluster", "XYZ"], "There is no cluster with the code “XYZ”."),
        (["decisions", "--year", "25"], "A year has four digits, such as 2025; 25 is not one."),
        (
            ["export", "decisions", "{out}", "--cluster", "AEC", "--year", "2026"],
            "AEC has no decisions numbered in 2026: choose another year or cluster.",
        ),
        (["export", "decisions", "{missing}/register.pdf"], "does not exist; choose another place to save."),
        (["export", "decisions", "{folder}"], "is a folder; give a file name."),
    ],
)
def test_a_failure_is_one_line_exit_1_and_no_file(
    database: Database,
    db_path: Path,
    recorded: dict[str, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    said: str,
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    places = {"out": str(out / "register.pdf"), "missing": str(tmp_path / "missing"), "folder": str(out)}
    assert main([word.format(**places) for word in argv] + ["--db", str(db_path)]) == 1
    error = capsys.readouterr().err
    assert error.startswith("pactdesk: ") and said in error and error.count("\n") == 1, error
    assert list(out.iterdir()) == []


def test_a_missing_or_damaged_database_is_said_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["decisions", "--db", str(tmp_path / "none.sqlite")]) == 1
    assert capsys.readouterr().err == f"pactdesk: There is no database at {tmp_path / 'none.sqlite'}.\n"
    damaged = tmp_path / "damaged.sqlite"
    damaged.write_bytes(b"not a database at all" * 100)
    assert main(["export", "decisions", str(tmp_path / "r.pdf"), "--db", str(damaged)]) == 1
    error = capsys.readouterr().err
    assert "The database file is damaged" in error and error.count("\n") == 1
    assert not (tmp_path / "r.pdf").exists()


def test_a_goal_outside_1_to_9_is_refused_by_the_parser(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["decisions", "--db", str(db_path), "--goal", "10"])
    assert stopped.value.code == 2 and "invalid choice: 10" in capsys.readouterr().err
