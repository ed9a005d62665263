"""Migration 0004: a database made before it gets the pacts' four implementation modes, and cluster 14 its own
name in Portuguese where the catalogue's translation was still there; a new database is seeded the same."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from pactdesk.domain.language import set_display_language
from pactdesk.services import catalogue, workspace
from tests.store.test_organisation_names_step import taken_back_to


def at_0003(db_path: Path) -> None:
    """A database as PactDesk made it before migration 0004 (seeded, then taken back to 0003)."""
    taken_back_to(db_path, "0003")
    with sqlite3.connect(db_path) as connection:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "implementation_mode" not in tables
        (agro,) = connection.execute("SELECT name_pt FROM cluster WHERE code = 'AGRO'").fetchone()
        assert agro == "Cluster Agroindustrial Português", "0004's downgrade puts the old name back"


def modes_and_names(path: Path) -> tuple[list[tuple[int, str, str]], set[tuple[str, str]]]:
    with sqlite3.connect(path) as connection:
        modes = connection.execute("SELECT number, name, name_pt FROM implementation_mode ORDER BY number").fetchall()
        names = set(
            connection.execute("SELECT name, name_pt FROM cluster UNION SELECT name, name_pt FROM organisation")
        )
    return modes, names


def test_an_old_database_gets_the_four_modes_and_the_agrofood_clusters_own_name(db_path: Path) -> None:
    at_0003(db_path)
    workspace.open_workspace(workspace.location(str(db_path))).close()  # 0003 → head on open
    modes, names = modes_and_names(db_path)
    seed = json.loads(catalogue.seed_path().read_text(encoding="utf-8"))["implementation_modes"]
    assert modes == [(mode["number"], mode["name"], mode["name_pt"]) for mode in seed]
    assert [name_pt for _, _, name_pt in modes] == [
        "Mobilização de diversos atores",
        "Dinâmicas colaborativas",
        "Ações concertadas públicas e privadas",
        "Eficiência coletiva",
    ]
    assert ("Portuguese Agrofood Cluster", "Portuguese Agrofood Cluster") in names
    assert (
        "Portuguese Agrofood Cluster – management entity",
        "Portuguese Agrofood Cluster – entidade gestora",
    ) in names
    assert not [pair for pair in names if "Agroindustrial" in pair[1]]


def test_a_name_a_user_typed_for_the_cluster_stays(db_path: Path) -> None:
    at_0003(db_path)
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE cluster SET name_pt = 'Cluster Agroalimentar (PortugalFoods)' WHERE code = 'AGRO'")
    workspace.open_workspace(workspace.location(str(db_path))).close()
    with sqlite3.connect(db_path) as connection:
        (agro,) = connection.execute("SELECT name_pt FROM cluster WHERE code = 'AGRO'").fetchone()
    assert agro == "Cluster Agroalimentar (PortugalFoods)"


def test_a_migrated_database_and_a_new_one_have_the_same_catalogue(db_path: Path, tmp_path: Path) -> None:
    at_0003(db_path)
    workspace.open_workspace(workspace.location(str(db_path))).close()
    fresh = tmp_path / "fresh.sqlite"
    workspace.open_workspace(workspace.location(str(fresh))).close()
    assert modes_and_names(db_path) == modes_and_names(fresh)


def test_the_modes_are_named_in_the_windows_language(db_path: Path) -> None:
    database = workspace.open_workspace(workspace.location(str(db_path)))
    try:
        assert catalogue.implementation_modes(database)[0] == (1, "Mobilization of various actors")
        set_display_language("pt")
        assert catalogue.implementation_modes(database)[3] == (4, "Eficiência coletiva")
    finally:
        set_display_language("en")
        database.close()
