"""Migration 0003: a database made before it gets the catalogue's organisations' Portuguese names, and nothing a user
typed changes."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config

from pactdesk.domain.language import set_display_language
from pactdesk.services import catalogue, directory, workspace
from pactdesk.store import migrations


def seed_organisations() -> dict[tuple[str, str], str]:
    """The seed's organisations, by acronym and English name: their Portuguese names."""
    seed = json.loads(catalogue.seed_path().read_text(encoding="utf-8"))
    found = {
        (seat["organisation"]["acronym"], seat["organisation"]["name"]): seat["organisation"]["name_pt"]
        for seat in seed["committee"]
        if seat["organisation"]
    }
    for cluster in seed["clusters"]:
        name, name_pt = catalogue.management_entity_names(cluster["name"], cluster["name_pt"])
        found[(cluster["code"], name)] = name_pt
    return found


def taken_back_to(db_path: Path, revision: str) -> None:
    """A database as PactDesk made it before the step after ``revision``: seeded, then taken back to it."""
    database = workspace.open_workspace(workspace.location(str(db_path)))
    config = Config()
    config.set_main_option("script_location", str(migrations.scripts_path()))
    with database.engine.connect() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)
    database.close()


def at_0002(db_path: Path) -> None:
    """A database as PactDesk made it before migration 0003."""
    taken_back_to(db_path, "0002")
    with sqlite3.connect(db_path) as connection:
        assert "name_pt" not in {row[1] for row in connection.execute("PRAGMA table_info(organisation)")}


def test_the_catalogue_organisations_get_their_portuguese_names_and_typed_ones_stay(db_path: Path) -> None:
    at_0002(db_path)
    with sqlite3.connect(db_path) as connection:
        # A user renamed two of the catalogue's organisations and added two of their own, one with an acronym of
        # the catalogue's.
        connection.execute("UPDATE organisation SET name = 'ANI, I.P.' WHERE acronym = 'ANI'")
        connection.execute(
            "UPDATE organisation SET name = 'Fórum Oceano' WHERE name = ?",
            ("Portuguese Maritime Cluster – management entity",),
        )
        connection.execute(
            "INSERT INTO organisation (name, acronym, kind, notes) VALUES ('Câmara Municipal de Aveiro', 'CMA', "
            "'government', ''), ('IEFP – Delegação Regional do Norte', 'IEFP', 'agency', '')"
        )
        before = dict(connection.execute("SELECT id, name FROM organisation").fetchall())

    database = workspace.open_workspace(workspace.location(str(db_path)))  # 0002 → head on open
    database.close()

    with sqlite3.connect(db_path) as connection:
        rows = connection.execute("SELECT id, acronym, name, name_pt FROM organisation").fetchall()
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    assert {ident: name for ident, _, name, _ in rows} == before, "no name a user typed changes"
    portuguese = {name: name_pt for _, _, name, name_pt in rows}
    expected = seed_organisations()
    for (acronym, name), name_pt in expected.items():
        if acronym not in ("ANI", "MAR"):  # the two the user renamed
            assert portuguese[name] == name_pt, name
    assert len([name_pt for name_pt in portuguese.values() if name_pt]) == len(expected) - 2
    for typed in ("ANI, I.P.", "Fórum Oceano", "Câmara Municipal de Aveiro", "IEFP – Delegação Regional do Norte"):
        assert portuguese[typed] == "", typed
    assert portuguese["IEFP – Institute for Employment and Vocational Training"] == (
        "Instituto do Emprego e Formação Profissional (IEFP)"
    )

    # The window in Portuguese shows the official names, and a typed name as it was typed.
    set_display_language("pt")
    try:
        database = workspace.open_workspace(workspace.location(str(db_path)))
        try:
            shown = {row.acronym: row.name for row in directory.list_organisations(database) if row.acronym != "IEFP"}
        finally:
            database.close()
    finally:
        set_display_language("en")
    assert shown["ANI"] == "ANI, I.P."
    assert shown["MAR"] == "Fórum Oceano"
    assert shown["IAPMEI"] == "Agência para a Competitividade e Inovação (IAPMEI)"
    assert shown["AUTO"] == "Cluster Automóvel – entidade gestora"


def test_a_migrated_database_names_the_catalogue_as_a_new_one_does(db_path: Path, tmp_path: Path) -> None:
    """The names the step writes are the seed's: an old database and a new one read the same in Portuguese."""
    at_0002(db_path)
    workspace.open_workspace(workspace.location(str(db_path))).close()
    fresh = tmp_path / "fresh.sqlite"
    workspace.open_workspace(workspace.location(str(fresh))).close()

    def names(path: Path) -> set[tuple[str, str, str]]:
        with sqlite3.connect(path) as connection:
            return set(connection.execute("SELECT acronym, name, name_pt FROM organisation").fetchall())

    assert names(db_path) == names(fresh)
    assert all(name_pt for _, _, name_pt in names(fresh)), "the seed names every organisation it makes in Portuguese"
