"""The names shown for the authors of a record (``services.team.display_name``) on a laptop's file: the name
stamped, as it is; a login a copied team database names, by that name; and a file of an older schema, read
without being upgraded, has no team to ask."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from pactdesk.services import team, workspace
from pactdesk.store.database import Database
from pactdesk.store.location import DatabaseLocation


def test_a_file_names_authors_as_stamped_unless_its_team_names_a_login(db_path: Path) -> None:
    database = workspace.open_workspace(DatabaseLocation.for_file(db_path))
    try:
        with database.write() as session:
            assert team.display_name(session, "Rui Costa") == "Rui Costa"
            assert team.display_name(session, "") == ""
        with sqlite3.connect(db_path) as connection:
            connection.execute("INSERT INTO team_member VALUES ('ana', 'Ana Lopes', 'secretary')")
        with database.read() as session:
            assert team.display_name(session, "ana") == "Ana Lopes"
            assert team.display_name(session, "Rui Costa") == "Rui Costa"
    finally:
        database.close()


def test_a_file_of_an_older_schema_read_as_it_is_shows_the_stamps(db_path: Path) -> None:
    workspace.open_workspace(DatabaseLocation.for_file(db_path)).close()
    with sqlite3.connect(db_path) as connection:
        connection.execute("DROP TABLE team_member")
        connection.execute("UPDATE alembic_version SET version_num = '0005'")
    database = Database.open(DatabaseLocation.for_file(db_path), readonly=True)
    try:
        with database.read() as session:
            assert team.display_name(session, "Ana Lopes") == "Ana Lopes"
    finally:
        database.close()
