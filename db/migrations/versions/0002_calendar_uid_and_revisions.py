"""a meeting's calendar UID; what a revision of an action changed

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-06 01:10:00

Calendar UIDs were ``meeting-<row id>@pactdesk``: two laptops gave the same UID to different meetings. Each
meeting now keeps a random UUID; the existing ones get theirs here.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

NEVER_REUSE_IDS = {"sqlite_autoincrement": True}


def upgrade() -> None:
    op.add_column("meeting", sa.Column("uid", sa.String(length=36), nullable=True))
    meeting = sa.table("meeting", sa.column("id", sa.Integer()), sa.column("uid", sa.String(36)))
    bind = op.get_bind()
    ids = [row.id for row in bind.execute(sa.select(meeting.c.id))]
    for start in range(0, len(ids), 500):
        bind.execute(
            meeting.update().where(meeting.c.id == sa.bindparam("meeting_id")).values(uid=sa.bindparam("new_uid")),
            [{"meeting_id": meeting_id, "new_uid": str(uuid.uuid4())} for meeting_id in ids[start : start + 500]],
        )
    with _copying_meeting(), op.batch_alter_table("meeting", table_kwargs=NEVER_REUSE_IDS) as batch:
        batch.alter_column("uid", existing_type=sa.String(length=36), nullable=False)
        batch.create_unique_constraint(batch.f("uq_meeting_uid"), ["uid"])
    op.add_column("action_update", sa.Column("changes", sa.JSON(), nullable=True))


@contextmanager
def _copying_meeting() -> Iterator[None]:
    """SQLite alters the meeting table by copying it: the copy keeps AUTOINCREMENT (ids of deleted meetings are never
    handed out again, so an undone deletion gets its id back) and the highest id ever given, not only the highest
    still there."""
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        yield
        return
    highest = bind.execute(sa.text("SELECT seq FROM sqlite_sequence WHERE name = 'meeting'")).scalar()
    yield
    if highest is not None:
        bind.execute(
            sa.text("UPDATE sqlite_sequence SET seq = max(seq, :highest) WHERE name = 'meeting'"), {"highest": highest}
        )


def downgrade() -> None:
    op.drop_column("action_update", "changes")
    with _copying_meeting(), op.batch_alter_table("meeting", table_kwargs=NEVER_REUSE_IDS) as batch:
        batch.drop_constraint(batch.f("uq_meeting_uid"), type_="unique")
        batch.drop_column("uid")
