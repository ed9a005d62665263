"""approval at the next meeting, the archived and signed PDFs of the minutes, and the audit log

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 12:00:00

- ``meeting.minutes_approved_at_id``: the meeting whose "Approval of the previous minutes" approved these minutes;
  ``meeting.minutes_approval_note``: how they were approved ("approved with corrections", a written procedure's note).
- ``agenda_item.approves_meeting_id``: ties a meeting's "Approval of the previous minutes" to the previous meeting.
- ``minutes_document``: the PDFs of a version of the minutes kept byte for byte: the archived PDF/A of the approved
  version and signed copies, each with its SHA-256.
- ``audit_entry``: every write, appended and hash-chained (store/audit.py).

On PostgreSQL a change to ``minutes_document`` is announced on ``pactdesk_changes`` like any other table's; the audit
log is not (every commit writes to it, and no window shows it live).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# SQLite copies a table to add a column that points at a meeting: the copy keeps AUTOINCREMENT (no id is reused).
NEVER_REUSE_IDS = {"sqlite_autoincrement": True}


@contextmanager
def _copying(table: str) -> Iterator[None]:
    """SQLite alters a table by copying it: the copy keeps AUTOINCREMENT and the highest id ever given, not only the
    highest still there (an undone deletion gets its id back), as in migration 0002."""
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        yield
        return
    highest = bind.execute(sa.text("SELECT seq FROM sqlite_sequence WHERE name = :table"), {"table": table}).scalar()
    yield
    if highest is not None:
        bind.execute(
            sa.text("UPDATE sqlite_sequence SET seq = max(seq, :highest) WHERE name = :table"),
            {"highest": highest, "table": table},
        )


def upgrade() -> None:
    with _copying("meeting"), op.batch_alter_table("meeting", table_kwargs=NEVER_REUSE_IDS) as batch:
        batch.add_column(sa.Column("minutes_approved_at_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("minutes_approval_note", sa.Text(), server_default="", nullable=False))
        batch.create_foreign_key(
            op.f("fk_meeting_minutes_approved_at_id_meeting"),
            "meeting",
            ["minutes_approved_at_id"],
            ["id"],
            ondelete="SET NULL",
        )
    with _copying("agenda_item"), op.batch_alter_table("agenda_item", table_kwargs=NEVER_REUSE_IDS) as batch:
        batch.add_column(sa.Column("approves_meeting_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            op.f("fk_agenda_item_approves_meeting_id_meeting"),
            "meeting",
            ["approves_meeting_id"],
            ["id"],
            ondelete="SET NULL",
        )
    op.create_table(
        "minutes_document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("signer", sa.String(length=300), nullable=False),
        sa.Column("signed_at", sa.DateTime(), nullable=True),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("kind IN ('archived', 'signed')", name=op.f("ck_minutes_document_kind")),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["minutes_version.id"],
            name=op.f("fk_minutes_document_version_id_minutes_version"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_minutes_document")),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_minutes_document_version_id"), "minutes_document", ["version_id"], unique=False)
    op.create_index(op.f("ix_minutes_document_sha256"), "minutes_document", ["sha256"], unique=False)
    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=True),
        sa.Column("ref", sa.String(length=40), nullable=False),
        sa.Column("payload", sa.Text(), nullable=True),
        sa.Column("payload_sha256", sa.String(length=64), nullable=False),
        sa.Column("previous_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
        sa.UniqueConstraint("hash", name=op.f("uq_audit_entry_hash")),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_audit_entry_at"), "audit_entry", ["at"], unique=False)
    op.create_index(op.f("ix_audit_entry_ref"), "audit_entry", ["ref"], unique=False)
    op.create_index("ix_audit_entry_table_record", "audit_entry", ["table_name", "record_id"], unique=False)
    if op.get_bind().dialect.name == "postgresql":
        # The audit log is not announced: every commit writes to it, and no window shows it live.
        op.execute(
            'CREATE TRIGGER pactdesk_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "minutes_document" '
            "FOR EACH STATEMENT EXECUTE FUNCTION pactdesk_notify()"
        )


def downgrade() -> None:
    op.drop_index("ix_audit_entry_table_record", table_name="audit_entry")
    op.drop_index(op.f("ix_audit_entry_ref"), table_name="audit_entry")
    op.drop_index(op.f("ix_audit_entry_at"), table_name="audit_entry")
    op.drop_table("audit_entry")
    op.drop_index(op.f("ix_minutes_document_sha256"), table_name="minutes_document")
    op.drop_index(op.f("ix_minutes_document_version_id"), table_name="minutes_document")
    op.drop_table("minutes_document")
    with _copying("agenda_item"), op.batch_alter_table("agenda_item", table_kwargs=NEVER_REUSE_IDS) as batch:
        batch.drop_constraint(op.f("fk_agenda_item_approves_meeting_id_meeting"), type_="foreignkey")
        batch.drop_column("approves_meeting_id")
    with _copying("meeting"), op.batch_alter_table("meeting", table_kwargs=NEVER_REUSE_IDS) as batch:
        batch.drop_constraint(op.f("fk_meeting_minutes_approved_at_id_meeting"), type_="foreignkey")
        batch.drop_column("minutes_approval_note")
        batch.drop_column("minutes_approved_at_id")
