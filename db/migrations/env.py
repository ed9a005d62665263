"""Alembic environment: PactDesk hands in the connection; each migration runs in its own transaction."""

from typing import Any

from alembic import context
from sqlalchemy import text

from pactdesk.domain.models import Base

connection = context.config.attributes["connection"]


def _keys_still_hold(**_: Any) -> None:
    """Run inside each step's transaction, before it commits: on SQLite the steps run with foreign keys off (see
    pactdesk.store.migrations.upgrade), so a step that left a row pointing nowhere fails and is rolled back."""
    if connection.dialect.name != "sqlite":
        return
    broken = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
    if broken:
        raise RuntimeError(f"the step left {len(broken)} row(s) pointing at missing rows, first in {broken[0][0]}")


context.configure(
    on_version_apply=_keys_still_hold,
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them; batch mode does that for us
    transaction_per_migration=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
