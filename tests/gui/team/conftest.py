"""Team mode in the window, on a real PostgreSQL (tests/pg/plugin.py starts it): two people's connections."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from pactdesk.services import workspace
from pactdesk.store.database import Database
from pactdesk.store.location import DatabaseLocation


@pytest.fixture
def team(postgres_url: str) -> Iterator[tuple[Database, Database]]:
    """Ana's connection (her window's) and Rui's, each a database opened on one server database."""
    ana = workspace.open_workspace(DatabaseLocation.for_url(postgres_url))
    rui = workspace.open_workspace(DatabaseLocation.for_url(postgres_url))
    try:
        yield ana, rui
    finally:
        rui.close()
        ana.close()
