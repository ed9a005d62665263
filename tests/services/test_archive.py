"""Removing and restoring through one archive that reads what hangs from a row from the schema: every column and
every child row come back, including ones added after this code was written."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from pactdesk.domain.errors import ConflictError
from pactdesk.services import actions, agenda, archive, meeting_archive, meetings, outputs, tracker
from pactdesk.store.database import Database
from tests.snapshots import everything


@pytest.fixture
def meeting(database: Database) -> str:
    ref = meetings.create_meeting(database, "AEC", title="Kick-off", starts_at="2025-02-03 10:00")
    item = agenda.add_agenda_item(database, ref, "Plans")
    agenda.add_decision(database, item, "Apply to the call.")
    action = actions.create_action(
        database, "Send the budget", meeting_ref=ref, agenda_item_id=item, goal_numbers=[1, 3]
    )
    actions.add_update(database, action, "Sent to the board.", on="2025-02-10", meeting_ref=ref)
    output = outputs.create_output(database, "AEC", 5, "Conference", on="2025-03-01")
    outputs.set_output_field(database, outputs.output_detail(database, output).id, "meetings", [ref])
    return ref


def test_each_removal_keeps_every_column_and_restoring_brings_the_database_back(
    database: Database, meeting: str
) -> None:
    before = everything(database)
    action_id = actions.action_id_of(database, "AEC-A0001")
    output_id = outputs.output_detail(database, "AEC-O0001").id
    item = agenda.agenda(database, meeting)[0]
    update_id = tracker.action_history(database, "AEC-A0001")[0].id
    steps = (
        (lambda: actions.remove_action(database, action_id), lambda removed: actions.restore_action(database, removed)),
        (lambda: outputs.remove_output(database, output_id), lambda removed: outputs.restore_output(database, removed)),
        (lambda: agenda.remove_item(database, item.id), lambda removed: agenda.restore_item(database, removed)),
        (
            lambda: agenda.remove_decision(database, item.decisions[0].id),
            lambda removed: agenda.restore_decision(database, removed),
        ),
        (lambda: tracker.remove_update(database, update_id), lambda removed: tracker.restore_update(database, removed)),
        (
            lambda: meeting_archive.remove_meeting(database, meeting),
            lambda removed: meeting_archive.restore_meeting(database, removed),
        ),
    )
    for remove, restore in steps:
        removed = remove()
        assert everything(database) != before
        for name, rows in removed.tables:
            assert all(set(row) == set(archive.table(name).c.keys()) for row in rows), name
        restore(removed)
        assert everything(database) == before, removed.tables[0][0]


def test_an_agenda_item_comes_back_with_its_decisions_and_its_actions_under_it(
    database: Database, meeting: str
) -> None:
    item = agenda.agenda(database, meeting)[0]
    removed = agenda.remove_item(database, item.id)
    assert [name for name, _ in removed.tables] == ["agenda_item", "decision"]
    assert [(relink.table, relink.column, relink.value) for relink in removed.relinks] == [
        ("action", "agenda_item_id", item.id)
    ]
    assert actions.actions_of_meeting(database, meeting)[0].agenda_item_id is None
    agenda.restore_item(database, removed)
    assert actions.actions_of_meeting(database, meeting)[0].agenda_item_id == item.id


def test_restoring_twice_is_refused_and_changes_nothing(database: Database, meeting: str) -> None:
    removed = actions.remove_action(database, actions.action_id_of(database, "AEC-A0001"))
    actions.restore_action(database, removed)
    before = everything(database)
    with pytest.raises(ConflictError, match="already there"):
        actions.restore_action(database, removed)
    assert everything(database) == before


def test_a_column_and_a_child_table_added_later_survive_undo(tmp_path: Path) -> None:
    """Run apart, so that the extended schema touches no other test: a new column of ``action`` and a new table of
    notes hanging from actions, neither known to the services, come back after remove and restore."""
    script = textwrap.dedent(
        f"""
        from sqlalchemy import Column, ForeignKey, Integer, String, Table, text
        from pactdesk.domain.models import Base
        from pactdesk.services import actions, meetings, workspace

        Base.metadata.tables["action"].append_column(Column("priority", String))
        notes = Table(
            "action_note", Base.metadata,
            Column("id", Integer, primary_key=True),
            Column("action_id", ForeignKey("action.id", ondelete="CASCADE"), nullable=False),
            Column("text", String, nullable=False),
        )
        database = workspace.open_workspace(workspace.location({str(tmp_path / "pact.sqlite")!r}))
        with database.write() as session:
            session.execute(text("ALTER TABLE action ADD COLUMN priority TEXT"))
            session.execute(text(
                "CREATE TABLE action_note (id INTEGER PRIMARY KEY, "
                "action_id INTEGER NOT NULL REFERENCES action(id) ON DELETE CASCADE, text TEXT NOT NULL)"
            ))
        ref = meetings.create_meeting(database, "AEC", title="Kick-off", starts_at="2025-02-03 10:00")
        action = actions.create_action(database, "Send the budget", meeting_ref=ref)
        action_id = actions.action_id_of(database, action)
        with database.write() as session:
            session.execute(text("UPDATE action SET priority = 'high'"))
            session.execute(notes.insert().values(action_id=action_id, text="Ask Ana first."))
        removed = actions.remove_action(database, action_id)
        with database.read() as session:
            assert session.execute(text("SELECT count(*) FROM action_note")).scalar() == 0
        actions.restore_action(database, removed)
        with database.read() as session:
            print(session.execute(text("SELECT priority FROM action")).scalar())
            note = text("SELECT text FROM action_note WHERE action_id = :a")
            print(session.execute(note, {{"a": action_id}}).scalar())
        database.close()
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, env=_env(tmp_path)
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:2] == ["high", "Ask Ana first."]


def _env(tmp_path: Path) -> dict[str, str]:
    import os

    return {**os.environ, "PACTDESK_HOME": str(tmp_path / "home")}
