"""a version of the minutes at every change of their status

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 10:00:00

``minutes_version`` keeps the whole meeting as it stood each time its minutes changed status (drafted, circulated,
approved, reopened): its canonical text (services/minutes_versions.py), that text's SHA-256 fingerprint, the reason
given (reopening approved minutes), who and when. People and organisations are named in it by their ids, so erasing
a person (which rewrites the person, not the records they appear in) leaves every fingerprint as it was. On
PostgreSQL a change to it is announced on ``pactdesk_changes`` like any other table's (migration 0006).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "minutes_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column(
            "minutes_status",
            sa.Enum("draft", "circulated", "approved", name="minutesstatus", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_minutes_version_meeting_id_meeting"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_minutes_version")),
        sa.UniqueConstraint("meeting_id", "number", name=op.f("uq_minutes_version_meeting_id")),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_minutes_version_meeting_id"), "minutes_version", ["meeting_id"], unique=False)
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            'CREATE TRIGGER pactdesk_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "minutes_version" '
            "FOR EACH STATEMENT EXECUTE FUNCTION pactdesk_notify()"
        )


def downgrade() -> None:
    op.drop_index(op.f("ix_minutes_version_meeting_id"), table_name="minutes_version")
    op.drop_table("minutes_version")
