"""Migrations: empty to head matches the models; a failed step changes nothing; a newer schema is refused."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from pactdesk.domain.models import Base
from pactdesk.services import workspace
from pactdesk.store import migrations, search_index
from pactdesk.store.database import Database
from pactdesk.store.errors import MigrationError, NewerSchemaError, StoreError
from pactdesk.store.location import DatabaseLocation

FAILING_STEP = '''
"""a step that fails halfway"""
import sqlalchemy as sa
from alembic import op

revision = "0999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))
    with op.batch_alter_table("cluster") as batch:
        batch.add_column(sa.Column("colour", sa.String(20), nullable=True))
    op.execute("UPDATE cluster SET name = name || ' (changed)'")
    op.execute("DELETE FROM organisation WHERE id NOT IN (SELECT management_entity_id FROM cluster)")
    raise RuntimeError("the step failed halfway")


def downgrade() -> None:
    pass
'''


def snapshot(path: Path) -> tuple[list[tuple[str, str]], dict[str, list[tuple[object, ...]]]]:
    """The schema and every row of every table, read without changing the file."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        schema = connection.execute("SELECT name, sql FROM sqlite_master ORDER BY name").fetchall()
        rows = {
            name: connection.execute(f'SELECT * FROM "{name}" ORDER BY 1').fetchall()
            for name, sql in schema
            if sql and sql.startswith("CREATE TABLE")
        }
    finally:
        connection.close()
    return schema, rows


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_empty_to_head_matches_the_models(db_path: Path) -> None:
    database = Database.open(DatabaseLocation.for_file(db_path))
    try:
        assert database.schema_version() == migrations.head()
        with database.engine.connect() as connection:
            differences = compare_metadata(
                MigrationContext.configure(connection, opts={"include_name": search_index.outside_the_index}),
                Base.metadata,
            )
        assert differences == []
    finally:
        database.close()


def test_a_failing_step_leaves_schema_and_data_unchanged(db_path: Path, tmp_path: Path) -> None:
    workspace.open_workspace(workspace.location(str(db_path))).close()
    before = snapshot(db_path)
    scripts = tmp_path / "migrations"
    shutil.copytree(migrations.scripts_path(), scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "0999_fails.py").write_text(FAILING_STEP.format(head=migrations.head()))

    with pytest.raises(MigrationError, match="stays as it was"):
        Database.open(DatabaseLocation.for_file(db_path), migrations_path=scripts)

    assert snapshot(db_path) == before
    backups = list((tmp_path / "pact-backups").glob("*-migration.sqlite"))
    assert len(backups) == 1, "a backup is taken before migrating"
    reopened = Database.open(DatabaseLocation.for_file(db_path))  # the released lock lets the next open in
    assert reopened.schema_version() == migrations.head()
    reopened.close()


def test_a_newer_schema_is_refused_and_the_file_left_unchanged(db_path: Path) -> None:
    workspace.open_workspace(workspace.location(str(db_path))).close()
    connection = sqlite3.connect(db_path)
    connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.commit()
    connection.close()
    before = digest(db_path)

    with pytest.raises(NewerSchemaError, match="newer version of PactDesk"):
        workspace.open_workspace(workspace.location(str(db_path)))

    assert digest(db_path) == before
    wal = db_path.with_name(db_path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0, "nothing is waiting to be written into the file"


def test_a_file_that_is_not_pactdesks_is_refused_untouched(db_path: Path) -> None:
    connection = sqlite3.connect(db_path)
    connection.execute("CREATE TABLE notes (body TEXT)")
    connection.execute("INSERT INTO notes VALUES ('mine')")
    connection.commit()
    connection.close()
    before = digest(db_path)
    with pytest.raises(StoreError, match="not a PactDesk database"):
        workspace.open_workspace(workspace.location(str(db_path)))
    assert digest(db_path) == before


def test_the_calendar_uid_step_gives_every_existing_meeting_its_own_uuid(db_path: Path) -> None:
    import uuid

    from alembic import command
    from alembic.config import Config

    from pactdesk.services import meetings

    database = workspace.open_workspace(workspace.location(str(db_path)))
    refs = [meetings.create_meeting(database, "AEC", title=f"M{n}", starts_at=f"2026-0{n}-10 10:00") for n in (1, 2)]
    engine = database.engine
    config = Config()
    config.set_main_option("script_location", str(migrations.scripts_path()))
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")  # as a file written before the step
    database.close()
    with sqlite3.connect(db_path) as connection:
        assert "uid" not in {row[1] for row in connection.execute("PRAGMA table_info(meeting)")}
    database = workspace.open_workspace(workspace.location(str(db_path)))  # migrates to head on open
    try:
        with database.read() as session:
            uids = [meetings.meeting_by_ref(session, ref).uid for ref in refs]
    finally:
        database.close()
    assert len(set(uids)) == 2 and all(uuid.UUID(uid).version == 4 for uid in uids)


def test_a_step_that_copies_a_table_keeps_every_row_that_points_at_it(db_path: Path) -> None:
    """SQLite alters a table by copying it and dropping the old one; with foreign keys on, the drop deleted every
    agenda item, decision, action and attendance of every meeting (migration 0002 did, before this was fixed)."""
    from alembic import command
    from alembic.config import Config

    from pactdesk.services import actions, agenda, directory, meeting_archive, meetings

    database = workspace.open_workspace(workspace.location(str(db_path)))
    ref = meetings.create_meeting(database, "AEC", title="Kept", starts_at="2026-01-10 10:00")
    gone = meetings.create_meeting(database, "AEC", title="Deleted", starts_at="2026-02-10 10:00")
    meeting_archive.remove_meeting(database, gone)  # the highest id given so far, no longer there
    item = agenda.add_agenda_item(database, ref, "Budget")
    agenda.add_decision(database, item, "Approve")
    actions.create_action(database, "Send it", meeting_ref=ref, agenda_item_id=item)
    directory.add_person(database, "Ana")
    config = Config()
    config.set_main_option("script_location", str(migrations.scripts_path()))
    with database.engine.connect() as connection:
        config.attributes["connection"] = connection
        connection.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")  # type: ignore[union-attr]
        command.downgrade(config, "0001")
        connection.connection.driver_connection.execute("PRAGMA foreign_keys = ON")  # type: ignore[union-attr]
    database.close()
    before = snapshot(db_path)[1]
    workspace.open_workspace(workspace.location(str(db_path))).close()  # 0001 → head, copying the meeting table
    after = snapshot(db_path)[1]
    for table in ("agenda_item", "decision", "action", "meeting", "person"):
        assert len(after[table]) == len(before[table]) > 0, table
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        # The copy keeps AUTOINCREMENT and the highest id ever given: a deleted meeting's id is never reused.
        sql = connection.execute("SELECT sql FROM sqlite_master WHERE name = 'meeting'").fetchone()[0]
        assert "AUTOINCREMENT" in sql
        assert connection.execute("SELECT seq FROM sqlite_sequence WHERE name = 'meeting'").fetchone()[0] == 2
