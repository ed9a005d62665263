"""``pactdesk search`` and ``pactdesk check [--repair]``: hits grouped by kind with the words marked, JSON, filters,
exit 1 and one sentence when nothing is found or the query is no query; the search index checked, and rebuilt whole
on a file and on a server."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from pactdesk.cli import main
from pactdesk.cli import search as search_command
from pactdesk.services import agenda, meetings, search, workspace
from pactdesk.store.location import DatabaseLocation


def make(where: DatabaseLocation) -> None:
    database = workspace.open_workspace(where)
    try:
        tex = meetings.create_meeting(database, "TEX", title="Reunião sobre formação", starts_at="2025-03-10 10:00")
        aec = meetings.create_meeting(database, "AEC", title="Monitoring", starts_at="2026-02-01 10:00")
        agenda.add_agenda_item(database, tex, "Formação profissional", minutes="Plano de formação para jovens.")
        agenda.add_agenda_item(database, aec, "Vários", minutes="Falou-se de formação de passagem.")
    finally:
        database.close()


@pytest.fixture
def db(db_path: Path) -> Path:
    make(workspace.location(str(db_path)))
    return db_path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(argv))
    said = capsys.readouterr()
    return code, said.out, said.err


def test_search_prints_hits_grouped_by_kind(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "search", "--db", str(db), "formacao")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "Agenda items and minutes (2)"
    assert lines[1].split() == ["TEX-2025-01", "2025-03-10", "TEX", "Formação", "profissional"]
    assert "Plano de [[formação]] para jovens." in lines[2]  # the title first, then the passing mention
    assert "AEC-2026-01" in lines[3]
    assert "Meetings (1)" in lines


def test_search_as_json_with_filters(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "search", "--db", str(db), "forma", "--json", "--cluster", "aec", "--year", "2026")
    assert code == 0, err
    hits = json.loads(out)
    assert [(hit["kind"], hit["meeting"], hit["cluster"], hit["date"]) for hit in hits] == [
        ("agenda_item", "AEC-2026-01", "AEC", "2026-02-01")
    ]
    assert hits[0]["snippet"] == "Falou-se de [[formação]] de passagem."
    assert 0 <= hits[0]["rank"] < 1
    code, out, _ = run(capsys, "search", "--db", str(db), "formação", "--kind", "meeting", "--json", "--limit", "1")
    assert [hit["kind"] for hit in json.loads(out)] == ["meeting"]
    code, out, _ = run(capsys, "search", "--db", str(db), '"plano de formação"', "--json")
    assert [hit["title"] for hit in json.loads(out)] == ["Formação profissional"]


def test_nothing_found_or_no_words_say_so_and_exit_1(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "search", "--db", str(db), "xilofone") == (1, "", "Nothing found for xilofone.\n")
    assert run(capsys, "search", "--db", str(db), "xilofone", "--json")[:2] == (1, "[]\n")
    for words, said in (
        (["*", "-", '"'], "Give at least one word to look for"),
        (["formação", "--limit", "0"], "--limit takes a number from 1 to 500"),
        (["formação", "--cluster", "XYZ"], "There is no cluster “XYZ”"),
        (["formação", "--year", "20255"], "The year 20255 is not one"),
    ):
        code, out, err = run(capsys, "search", "--db", str(db), *words)
        assert code == 1 and out == ""
        assert err.startswith("pactdesk: ") and said in err and err.count("\n") == 1, err
    code, _, err = run(capsys, "search", "--db", str(db.with_name("none.sqlite")), "formação")
    assert code == 1 and "There is no database at" in err


def test_a_file_without_the_index_is_told_to_open_once(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with sqlite3.connect(db) as connection:
        for name, kind in connection.execute("SELECT name, type FROM sqlite_master WHERE name LIKE 'search_%'"):
            if kind == "trigger":
                connection.execute(f"DROP TRIGGER {name}")
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'search%' AND sql LIKE '%VIRTUAL%'"
        ).fetchall():
            connection.execute(f"DROP TABLE {name}")
        connection.execute("UPDATE alembic_version SET version_num = '0009'")
    connection.close()
    code, _, err = run(capsys, "search", "--db", str(db), "formação")
    assert code == 1 and "has no search index yet: open it once in this PactDesk" in err, err


def test_the_command_knows_the_kinds_the_search_knows() -> None:
    assert search_command.KINDS == search.KINDS


def test_check_finds_an_index_out_of_step_and_repair_rebuilds_it(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "check", "--db", str(db))[:2] == (
        0,
        f"{db}: integrity, foreign keys, the audit log's chain and the search index are sound.\n",
    )
    with sqlite3.connect(db) as connection:  # a change made behind the index's back
        connection.execute("DROP TRIGGER search_agenda_item_update")
        connection.execute("DROP TRIGGER search_agenda_item_insert")
        connection.execute("UPDATE agenda_item SET title = 'Robótica' WHERE title = 'Vários'")
        connection.execute("INSERT INTO agenda_item (meeting_id, position, title, presenter, planned_minutes, minutes, "
                           "standing, matters_arising) SELECT meeting_id, 9, 'Zarabatana', '', 0, '', 0, 0 FROM "
                           "agenda_item LIMIT 1")  # fmt: skip
    connection.close()
    code, out, _ = run(capsys, "check", "--db", str(db))
    assert code == 1
    assert "the search index of agenda_item lacks search_agenda_item_insert, search_agenda_item_update" in out
    assert "pactdesk check --repair rebuilds the search index" in out
    assert run(capsys, "search", "--db", str(db), "robotica")[0] == 1

    code, out, err = run(capsys, "check", "--repair", "--db", str(db))
    assert code == 0 and "the search index was rebuilt from the records" in out, err
    assert run(capsys, "check", "--db", str(db))[0] == 0
    assert run(capsys, "search", "--db", str(db), "robotica")[0] == 0
    assert run(capsys, "search", "--db", str(db), "zarabatana")[0] == 0
    assert run(capsys, "search", "--db", str(db), "varios")[0] == 1


def test_check_repair_on_a_server(postgres_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    make(DatabaseLocation.for_url(postgres_url))
    code, out, err = run(capsys, "check", "--repair", "--database-url", postgres_url)
    assert code == 0 and "the search index was rebuilt from the records" in out, err
    code, out, err = run(capsys, "search", "--database-url", postgres_url, "formacao", "--json")
    assert code == 0, err
    assert {hit["title"] for hit in json.loads(out)} >= {"Formação profissional", "Vários"}
