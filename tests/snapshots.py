"""Every row of every table, to compare a database before and after something that must change nothing in it."""

from __future__ import annotations

from sqlalchemy import select

from pactdesk.domain.models import Base
from pactdesk.store.database import Database

Snapshot = dict[str, list[tuple[object, ...]]]

# Who saved a record, when and how many times (domain.models.Tracked): an undo is one more save, so a record put
# back as it was still counts it; what a person reads of the record is compared.
BOOKKEEPING = frozenset({"version", "created_by", "updated_by", "updated_at"})


def everything(database: Database) -> Snapshot:
    """Every row of every table, in order, without the bookkeeping columns."""
    with database.read() as session:
        return {
            table.name: sorted(
                (
                    tuple(value for key, value in row._mapping.items() if key not in BOOKKEEPING)
                    for row in session.execute(select(table))
                ),
                key=repr,
            )
            for table in Base.metadata.sorted_tables
            if table.name != "audit_entry"  # every write adds to it: a Cancel that changed nothing adds nothing else
        }
