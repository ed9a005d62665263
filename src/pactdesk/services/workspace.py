"""Opening the database the user chose, seeded with the catalogue, and describing it (``pactdesk info``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select

from pactdesk import config
from pactdesk.domain.models import COUNTED_TABLES
from pactdesk.services.catalogue import ensure_seeded
from pactdesk.store.database import Database
from pactdesk.store.location import DatabaseLocation, chosen

location = chosen  # the database the user chose: services and tests reach it here


def open_workspace(where: DatabaseLocation, *, readonly: bool = False) -> Database:
    """Open for work: a new file gets the folder it needs and the catalogue of clusters, committee and goals."""
    if not readonly and where.path is not None and where.path == config.default_database_path():
        where.path.parent.mkdir(parents=True, exist_ok=True)
    database = Database.open(where, readonly=readonly)
    if not readonly:
        try:
            ensure_seeded(database)
        except BaseException:
            database.close()
            raise
    return database


@dataclass(frozen=True)
class WorkspaceInfo:
    schema_version: str | None
    database: str
    size_bytes: int | None
    last_backup: Path | None
    last_backup_at: datetime | None
    counts: dict[str, int] = field(default_factory=dict)


def info(database: Database) -> WorkspaceInfo:
    with database.read() as session:
        counts = {
            name: session.scalar(select(func.count()).select_from(model)) or 0 for name, model in COUNTED_TABLES.items()
        }
    backups = database.backups()
    path = database.path
    return WorkspaceInfo(
        schema_version=database.schema_version(),
        database=database.location.describe(),
        size_bytes=path.stat().st_size if path is not None and path.exists() else None,
        last_backup=backups[0].path if backups else None,
        last_backup_at=backups[0].taken_at if backups else None,
        counts=counts,
    )
