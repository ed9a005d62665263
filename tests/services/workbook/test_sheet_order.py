"""A workbook's records may refer to what another of its sheets creates, whatever order the sheets come in
(WORKBOOK.md): a new cluster's management entity that is a new organisation was refused ("There is no
organisation …; add it to the Organisations sheet first", when it was there)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pactdesk.exchange.xlsx_read import check_workbook
from pactdesk.services import catalogue, directory
from pactdesk.services.workbook.writing import apply_import
from pactdesk.store.database import Database
from tests.exchange.workbooks import make_workbook

CLUSTERS = [
    ["Code", "Name", "Management entity", "Pact signed", "Email"],
    ["CERA", "Ceramics and Glass Cluster", "Associação Cerâmica e Vidro", "no", "geral@ceramica.example.pt"],
]
ORGANISATIONS = [["Name", "Acronym", "Kind"], ["Associação Cerâmica e Vidro", "ACV", "cluster management entity"]]


@pytest.mark.parametrize("clusters_first", [True, False])
def test_a_new_cluster_may_name_a_new_organisation_as_its_management_entity(
    database: Database, tmp_path: Path, clusters_first: bool
) -> None:
    sheets = (
        {"Clusters": CLUSTERS, "Organisations": ORGANISATIONS}
        if clusters_first
        else {"Organisations": ORGANISATIONS, "Clusters": CLUSTERS}
    )
    plan = check_workbook(database, make_workbook(tmp_path / "new-cluster.xlsx", sheets))
    assert not plan.problems, plan.problems
    assert plan.report()[0].startswith("Clusters:"), "the report keeps the workbook's order"
    apply_import(database, plan)
    cluster = next(summary for summary in catalogue.cluster_summaries(database) if summary.code == "CERA")
    entity = next(row for row in directory.list_organisations(database) if row.name == "Associação Cerâmica e Vidro")
    assert cluster.name == "Ceramics and Glass Cluster" and entity.acronym == "ACV"


def test_one_bad_row_is_reported_once_not_by_every_row_that_points_at_it(database: Database, tmp_path: Path) -> None:
    sheets = {
        "Meetings": [["Ref", "Cluster", "Title", "Start"], ["AEC-2030-01", "AEC", "Kick-off", "31/02/2030 10:00"]],
        "Attendance": [["Meeting", "Person", "Status"], *[["AEC-2030-01", f"Person {n}", "present"] for n in range(5)]],
        "People": [["Name"], *[[f"Person {n}"] for n in range(5)]],
        "Agenda": [["Meeting", "No.", "Title"], *[["AEC-2030-01", n, f"Item {n}"] for n in range(1, 4)]],
        "Actions": [["Title", "Meeting"], ["Send it", "AEC-2030-01"]],
    }
    plan = check_workbook(database, make_workbook(tmp_path / "cascade.xlsx", sheets))
    assert [(problem.sheet, problem.row) for problem in plan.problems] == [("Meetings", 2)], plan.problems
    assert not plan.ok and plan.changed == 5, "the five people are fine; nothing else is counted"
