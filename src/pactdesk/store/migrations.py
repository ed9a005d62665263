"""Schema versions: Alembic scripts in ``db/migrations``, applied on open, one transaction each.

Opening an up-to-date database is the common case, so the revisions are read from the scripts' text and the
current one with a plain query; Alembic itself is imported only when there is something to upgrade.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import OperationalError, ProgrammingError

from pactdesk.config import resource_dir


def scripts_path() -> Path:
    return resource_dir("db") / "migrations"


@dataclass(frozen=True)
class Revision:
    id: str
    down: str | None


@cache
def _revisions(scripts: Path) -> tuple[Revision, ...]:
    """Each script's ``revision`` and ``down_revision``, read without running (or importing) it."""
    found = []
    for path in sorted((scripts / "versions").glob("*.py")):
        values: dict[str, str | None] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                name = node.targets[0].id
                if name in ("revision", "down_revision") and isinstance(node.value, ast.Constant):
                    value = node.value.value
                    values[name] = value if isinstance(value, str) else None
        if isinstance(values.get("revision"), str):
            found.append(Revision(str(values["revision"]), values.get("down_revision")))
    return tuple(found)


def head(scripts: Path | None = None) -> str:
    revisions = _revisions(scripts or scripts_path())
    parents = {revision.down for revision in revisions}
    heads = [revision.id for revision in revisions if revision.id not in parents]
    assert len(heads) == 1, f"the migration scripts must have one head, not {heads}"
    return heads[0]


def known(revision: str, scripts: Path | None = None) -> bool:
    return any(script.id == revision for script in _revisions(scripts or scripts_path()))


def current(connection: Connection) -> str | None:
    try:
        with connection.begin_nested() if connection.in_transaction() else connection.begin():
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except (OperationalError, ProgrammingError):
        return None  # no alembic_version table: an empty database


def upgrade(engine: Engine, scripts: Path | None = None) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(scripts or scripts_path()))
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        if connection.dialect.name == "postgresql":
            from pactdesk.store import roles, server

            # Two laptops upgrading one team database at once: the second waits for the first, then Alembic finds
            # the schema at head and does nothing.
            with server.migration_lock(connection):
                command.upgrade(config, "head")
                # A step that added a table: the team's groups get it as they have the others.
                roles.grant_if_set_up(connection)
                connection.commit()
            return
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            # SQLite alters a table by copying it and dropping the old one; with foreign keys on, that drop deletes
            # every row pointing at the table (ON DELETE CASCADE). So, as SQLite's own procedure for altering tables
            # says, foreign keys are off while the steps run, and each step checks them before it commits
            # (db/migrations/env.py). The pragma is a no-op inside a transaction: it is set before any begins.
            connection.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")  # type: ignore[union-attr]
        try:
            command.upgrade(config, "head")
        finally:
            if sqlite:
                connection.connection.driver_connection.execute("PRAGMA foreign_keys = ON")  # type: ignore[union-attr]
