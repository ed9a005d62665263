"""the register of decisions, attachments kept once by their SHA-256, and each cluster's backlog

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 13:00:00

- ``decision.register_year`` and ``register_number``: a decision's number in the register of its cluster's decisions
  of its meeting's year ("TEX 2025/07"). The decisions already recorded are numbered here, in the order they were
  taken: by their meeting's start, their item's place, their own place.
- ``blob``: a file's bytes, once, by their SHA-256; ``attachment``: a file kept with a meeting or one of its agenda
  items, naming its blob.
- ``backlog_item``: a topic a cluster parked for a later meeting.

On PostgreSQL a change to any of the new tables is announced on ``pactdesk_changes`` like any other table's.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("decision", sa.Column("register_year", sa.Integer(), nullable=True))
    op.add_column("decision", sa.Column("register_number", sa.Integer(), nullable=True))
    _number_the_decisions()
    op.create_table(
        "blob",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),  # last: SQLite would write a large value twice over
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_blob")),
    )
    op.create_table(
        "attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("agenda_item_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["agenda_item.id"],
            name=op.f("fk_attachment_agenda_item_id_agenda_item"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_attachment_meeting_id_meeting"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["sha256"], ["blob.sha256"], name=op.f("fk_attachment_sha256_blob"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_attachment_meeting_id"), "attachment", ["meeting_id"], unique=False)
    op.create_index(op.f("ix_attachment_agenda_item_id"), "attachment", ["agenda_item_id"], unique=False)
    op.create_index(op.f("ix_attachment_sha256"), "attachment", ["sha256"], unique=False)
    op.create_table(
        "backlog_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cluster_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("presenter", sa.String(length=200), nullable=False),
        sa.Column("planned_minutes", sa.Integer(), nullable=False),
        sa.Column("minutes", sa.Text(), nullable=False),
        sa.Column("from_meeting_id", sa.Integer(), nullable=True),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cluster_id"], ["cluster.id"], name=op.f("fk_backlog_item_cluster_id_cluster"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["from_meeting_id"],
            ["meeting.id"],
            name=op.f("fk_backlog_item_from_meeting_id_meeting"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_backlog_item")),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_backlog_item_cluster_id"), "backlog_item", ["cluster_id"], unique=False)
    if op.get_bind().dialect.name == "postgresql":
        for table in ("blob", "attachment", "backlog_item"):
            op.execute(
                f'CREATE TRIGGER pactdesk_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "{table}" '
                "FOR EACH STATEMENT EXECUTE FUNCTION pactdesk_notify()"
            )


def _number_the_decisions() -> None:
    """Each cluster's decisions of each year numbered from 1, in the order they were taken."""
    bind = op.get_bind()
    rows = bind.execute(
        sa.text(
            "SELECT d.id, m.cluster_id, m.starts_at FROM decision d "
            "JOIN agenda_item i ON i.id = d.agenda_item_id JOIN meeting m ON m.id = i.meeting_id "
            "ORDER BY m.starts_at, m.id, i.position, d.position, d.id"
        )
    ).all()
    counted: dict[tuple[int, int], int] = {}
    numbers = []
    for decision_id, cluster_id, starts_at in rows:
        year = _year(starts_at)
        counted[cluster_id, year] = counted.get((cluster_id, year), 0) + 1
        numbers.append({"id": decision_id, "year": year, "number": counted[cluster_id, year]})
    if numbers:
        bind.execute(
            sa.text("UPDATE decision SET register_year = :year, register_number = :number WHERE id = :id"), numbers
        )


def _year(value: object) -> int:
    """The year of a meeting's start as the database gives it: a datetime, or SQLite's text."""
    year = getattr(value, "year", None)
    return int(year) if year is not None else int(str(value)[:4])


def downgrade() -> None:
    op.drop_index(op.f("ix_backlog_item_cluster_id"), table_name="backlog_item")
    op.drop_table("backlog_item")
    op.drop_index(op.f("ix_attachment_sha256"), table_name="attachment")
    op.drop_index(op.f("ix_attachment_agenda_item_id"), table_name="attachment")
    op.drop_index(op.f("ix_attachment_meeting_id"), table_name="attachment")
    op.drop_table("attachment")
    op.drop_table("blob")
    with op.batch_alter_table("decision", table_kwargs={"sqlite_autoincrement": True}) as batch:
        batch.drop_column("register_number")
        batch.drop_column("register_year")
