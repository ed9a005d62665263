"""Schema versions with Alembic: the scripts live in ``db/migrations``; upgrades run on open, one transaction each."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from pactdesk.config import resource_dir


def scripts_path() -> Path:
    return resource_dir("db") / "migrations"


def _config(scripts: Path) -> Config:
    config = Config()
    config.set_main_option("script_location", str(scripts))
    return config


def head(scripts: Path | None = None) -> str:
    revision = ScriptDirectory.from_config(_config(scripts or scripts_path())).get_current_head()
    assert revision is not None, "no migration scripts were found"
    return revision


def known(revision: str, scripts: Path | None = None) -> bool:
    directory = ScriptDirectory.from_config(_config(scripts or scripts_path()))
    return any(script.revision == revision for script in directory.walk_revisions())


def current(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, scripts: Path | None = None) -> None:
    config = _config(scripts or scripts_path())
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
