"""the team's members by name, and a notice to every window when a table changes

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06 09:00:00

``team_member`` names the people behind a team database's logins (``pactdesk user add``): the server stamps a
record's authors with a login, and the window shows the name recorded for it. A laptop's file stamps names, and its
table stays empty unless a team database was copied into it (it then names the logins its records carry).

On PostgreSQL only:

- after every statement that inserts, updates or deletes rows of a PactDesk table, a trigger sends the table's name
  on the channel ``pactdesk_changes``; the server delivers it to every listening window when the transaction
  commits (a rolled-back change says nothing), once per table and transaction;
- the authors are stamped from ``session_user``, the login that signed in, instead of ``current_user``, which
  ``SET ROLE pactdesk_secretary`` would turn into the name of the group: nobody can hide behind it.

The tables are written out as they stand at this step; a later step that adds a table adds its trigger too.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

TABLES = (
    "goal",
    "implementation_mode",
    "organisation",
    "output_type",
    "ref_counter",
    "cluster",
    "committee_seat",
    "person",
    "meeting",
    "output",
    "seat_holder",
    "agenda_item",
    "attendance",
    "output_goal",
    "output_meeting",
    "action",
    "decision",
    "action_goal",
    "action_update",
    "team_member",
)

NOTIFY_FUNCTION = """
CREATE OR REPLACE FUNCTION pactdesk_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('pactdesk_changes', TG_TABLE_NAME);
    RETURN NULL;
END
$$
"""

STAMP_FUNCTION = """
CREATE OR REPLACE FUNCTION pactdesk_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.created_by := {who};
    ELSE
        NEW.created_by := OLD.created_by;
    END IF;
    NEW.updated_by := {who};
    NEW.updated_at := localtimestamp(0);
    RETURN NEW;
END
$$
"""


def upgrade() -> None:
    op.create_table(
        "team_member",
        sa.Column("login", sa.String(length=63), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.CheckConstraint("role IN ('secretary', 'reader')", name=op.f("ck_team_member_role")),
        sa.PrimaryKeyConstraint("login", name=op.f("pk_team_member")),
    )
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(STAMP_FUNCTION.format(who="session_user"))
    op.execute(NOTIFY_FUNCTION)
    for table in TABLES:
        op.execute(
            f'CREATE TRIGGER pactdesk_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "{table}" '
            "FOR EACH STATEMENT EXECUTE FUNCTION pactdesk_notify()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in TABLES:
            op.execute(f'DROP TRIGGER IF EXISTS pactdesk_notify ON "{table}"')
        op.execute("DROP FUNCTION IF EXISTS pactdesk_notify()")
        op.execute(STAMP_FUNCTION.format(who="current_user"))
    op.drop_table("team_member")
