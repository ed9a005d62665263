"""every record people edit gets a version and its authors

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06 06:00:00

Clusters, organisations, people, meetings, agenda items, decisions, actions, progress updates and outputs gain
``version`` (1 for what exists: it counts saves from here on), ``created_by``, ``updated_by`` and ``updated_at``
(meetings had an ``updated_at`` already). What exists has no known author: the columns stay empty.

On PostgreSQL a trigger stamps the authors from the server's ``current_user`` and the time from the server's clock on
every insert and update, whatever the client sends: in team mode nobody can type or fake who wrote a record. On
SQLite PactDesk stamps them itself from the name in the settings (one person's file). The columns are added in
place, with constant defaults, so no table is copied.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

TABLES = (
    "cluster",
    "organisation",
    "person",
    "meeting",
    "agenda_item",
    "decision",
    "action",
    "action_update",
    "output",
)

STAMP_FUNCTION = """
CREATE OR REPLACE FUNCTION pactdesk_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.created_by := current_user;
    ELSE
        NEW.created_by := OLD.created_by;
    END IF;
    NEW.updated_by := current_user;
    NEW.updated_at := localtimestamp(0);
    RETURN NEW;
END
$$
"""


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
        op.add_column(table, sa.Column("created_by", sa.String(length=200), nullable=False, server_default=""))
        op.add_column(table, sa.Column("updated_by", sa.String(length=200), nullable=False, server_default=""))
        if table != "meeting":
            op.add_column(table, sa.Column("updated_at", sa.DateTime(), nullable=True))
    if op.get_bind().dialect.name == "postgresql":
        op.execute(STAMP_FUNCTION)
        for table in TABLES:
            op.execute(
                f'CREATE TRIGGER pactdesk_stamp BEFORE INSERT OR UPDATE ON "{table}" '
                "FOR EACH ROW EXECUTE FUNCTION pactdesk_stamp()"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in TABLES:
            op.execute(f'DROP TRIGGER IF EXISTS pactdesk_stamp ON "{table}"')
        op.execute("DROP FUNCTION IF EXISTS pactdesk_stamp()")
    for table in TABLES:
        columns = ["version", "created_by", "updated_by"] + ([] if table == "meeting" else ["updated_at"])
        for column in columns:
            op.drop_column(table, column)
