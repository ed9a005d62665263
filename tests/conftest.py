"""Every test gets its own data, log and settings folders, and Qt runs offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pactdesk.services import workspace
from pactdesk.store.database import Database

pytest_plugins = [
    "tests.pg.plugin",
    "tests.pg.teams",
]  # a throw-away PostgreSQL; services and exchange run on SQLite and on it


@pytest.fixture(autouse=True)
def english_catalogue() -> Iterator[None]:
    """The window's language for catalogue names is one setting for the process: each test starts in English."""
    from pactdesk.domain.language import set_display_language

    set_display_language("en")
    yield
    set_display_language("en")


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "home"
    monkeypatch.setenv("PACTDESK_HOME", str(folder))
    monkeypatch.delenv("PACTDESK_DB", raising=False)
    monkeypatch.delenv("PACTDESK_DATABASE_URL", raising=False)
    return folder


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "pact.sqlite"


@pytest.fixture
def database(db_path: Path) -> Iterator[Database]:
    opened = workspace.open_workspace(workspace.location(str(db_path)))
    try:
        yield opened
    finally:
        opened.close()
