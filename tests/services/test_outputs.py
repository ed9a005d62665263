"""Outputs per cluster: lists, one in full, edited a field at a time and undone, removed and restored under the
same id and reference, and the matrix of clusters by output types checked against SQL on the same data."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import text

from pactdesk.domain.enums import OutputStatus
from pactdesk.domain.errors import NotFoundError, ValidationError
from pactdesk.services import meetings, outputs
from pactdesk.store.database import Database


@pytest.fixture
def refs(database: Database) -> dict[str, str]:
    aec = meetings.create_meeting(database, "AEC", title="Monitoring", starts_at="2025-01-20 10:00")
    later = meetings.create_meeting(database, "AEC", title="Monitoring", starts_at="2025-04-14 10:00")
    meetings.create_meeting(database, "HCP", title="Monitoring", starts_at="2025-02-10 10:00")
    return {
        "conference": outputs.create_output(
            database,
            "AEC",
            5,
            "AEC at the Clusters National Conference",
            on="2025-11-10",
            status=OutputStatus.ACHIEVED,
            progress=100,
            evidence="Programme and attendance list.",
            goal_numbers=[3, 2],
            meeting_refs=[later, aec],
        ),
        "clinic": outputs.create_output(database, "AEC", 5, "Clinic at the conference", on="2025-03-01"),
        "study": outputs.create_output(
            database, "AEC", 8, "Supply-chain study", status=OutputStatus.IN_PROGRESS, progress=40
        ),
        "health": outputs.create_output(database, "HCP", 5, "HCP breakout session", status=OutputStatus.DROPPED),
    }


def test_lists_by_cluster_type_status_and_goal(database: Database, refs: dict[str, str]) -> None:
    every = outputs.list_outputs(database)
    assert [row.ref for row in every] == [refs["clinic"], refs["conference"], refs["study"], refs["health"]]
    assert [row.ref for row in outputs.list_outputs(database, cluster_code="hcp")] == [refs["health"]]
    assert [row.ref for row in outputs.list_outputs(database, status=OutputStatus.ACHIEVED)] == [refs["conference"]]
    assert [row.ref for row in outputs.list_outputs(database, goal=2)] == [refs["conference"]]
    assert [row.ref for row in outputs.outputs_in_cell(database, "AEC", 5)] == [refs["clinic"], refs["conference"]]
    assert outputs.outputs_in_cell(database, "HCP", 8) == []
    conference = every[1]
    assert (conference.type_number, conference.status, conference.progress) == (5, OutputStatus.ACHIEVED, 100)
    assert conference.goals == (2, 3) and conference.meeting_refs == ("AEC-2025-01", "AEC-2025-02")
    with pytest.raises(NotFoundError, match="no cluster"):
        outputs.list_outputs(database, cluster_code="NOPE")


def test_detail(database: Database, refs: dict[str, str]) -> None:
    detail = outputs.output_detail(database, refs["conference"].lower())
    assert (detail.cluster_code, detail.type_number, detail.on) == ("AEC", 5, date(2025, 11, 10))
    assert detail.type_name.startswith("Clusters National Conference")
    assert detail.evidence == "Programme and attendance list." and detail.goals == (2, 3)
    assert [meeting.ref for meeting in detail.meetings] == ["AEC-2025-01", "AEC-2025-02"]
    with pytest.raises(NotFoundError, match="no output"):
        outputs.output_detail(database, "AEC-O9999")


def test_fields_change_one_at_a_time_and_return_the_old_value(database: Database, refs: dict[str, str]) -> None:
    study = outputs.output_detail(database, refs["study"])
    assert outputs.set_output_field(database, study.id, "progress", "75 %") == 40
    assert outputs.set_output_field(database, study.id, "status", OutputStatus.ACHIEVED) is OutputStatus.IN_PROGRESS
    assert outputs.set_output_field(database, study.id, "on", "30/06/2025") is None
    assert outputs.set_output_field(database, study.id, "goals", [8, 4]) == ()
    assert outputs.set_output_field(database, study.id, "meetings", ["aec-2025-02"]) == ()
    assert outputs.set_output_field(database, study.id, "output_type", 9) == 8
    assert outputs.set_output_field(database, study.id, "title", "Supply-chain study, final") == "Supply-chain study"
    changed = outputs.output_detail(database, refs["study"])
    assert (changed.progress, changed.status, changed.on, changed.goals) == (
        75,
        OutputStatus.ACHIEVED,
        date(2025, 6, 30),
        (4, 8),
    )
    assert [m.ref for m in changed.meetings] == ["AEC-2025-02"] and changed.type_number == 9
    for field, value in [
        ("meetings", ()),
        ("goals", ()),
        ("on", None),
        ("status", OutputStatus.IN_PROGRESS),
        ("progress", 40),
        ("output_type", 8),
        ("title", "Supply-chain study"),
    ]:
        outputs.set_output_field(database, study.id, field, value)
    back = outputs.output_detail(database, refs["study"])
    assert replace(back, stamp=study.stamp) == study, "every field as it was (each change counts a save)"
    assert back.stamp.version > study.stamp.version


@pytest.mark.parametrize(
    ("field", "value", "sentence"),
    [
        ("progress", 120, "between 0 and 100"),
        ("progress", "much", "whole number"),
        ("title", "  ", "cannot be empty"),
        ("on", "soon", "not a date"),
        ("status", "finished", "not a status"),
        ("output_type", 18, "1 to 17"),
        ("goals", [0], "1 to 9"),
        ("meetings", ["HCP-2025-01"], "another cluster"),
        ("meetings", ["AEC-2030-01"], "no meeting"),
    ],
)
def test_wrong_values_are_refused_with_the_field_named(
    database: Database, refs: dict[str, str], field: str, value: object, sentence: str
) -> None:
    study = outputs.output_detail(database, refs["study"])
    with pytest.raises(ValidationError, match=sentence) as caught:
        outputs.set_output_field(database, study.id, field, value)
    assert caught.value.field == field
    assert outputs.output_detail(database, refs["study"]) == study


def test_removed_output_comes_back_with_the_same_id_and_reference(database: Database, refs: dict[str, str]) -> None:
    before = outputs.output_detail(database, refs["conference"])
    matrix = outputs.output_matrix(database)
    removed = outputs.remove_output(database, before.id)
    assert outputs.output_matrix(database).cell("AEC", 5).count == 1
    with pytest.raises(NotFoundError):
        outputs.output_detail(database, refs["conference"])
    assert outputs.restore_output(database, removed) == before.id
    restored = outputs.output_detail(database, refs["conference"])
    # A server stamps the row put back with who restored it and when (its trigger); the rest is as it was.
    assert replace(restored, stamp=before.stamp) == before
    assert restored.stamp.version == before.stamp.version
    assert outputs.output_matrix(database) == matrix
    assert outputs.create_output(database, "AEC", 1, "Next") == "AEC-O0004", "references are not reused"


def test_matrix_counts_per_cluster_type_and_status(database: Database, refs: dict[str, str]) -> None:
    matrix = outputs.output_matrix(database)
    assert len(matrix.clusters) == 18 and [kind.number for kind in matrix.types] == list(range(1, 18))
    cell = matrix.cell("AEC", 5)
    assert (cell.count, cell.of(OutputStatus.ACHIEVED), cell.of(OutputStatus.PLANNED)) == (2, 1, 1)
    assert cell.of(OutputStatus.DROPPED) == 0
    assert matrix.cell("HCP", 5).of(OutputStatus.DROPPED) == 1
    assert matrix.cell("HCP", 8).count == 0
    assert (matrix.cluster_total("AEC"), matrix.type_total(5), matrix.total) == (3, 3, 4)
    only = outputs.output_matrix(database, ["hcp"])
    assert [cluster.code for cluster in only.clusters] == ["HCP"] and only.total == 1


def test_matrix_agrees_with_sql_and_with_its_cells(database: Database, refs: dict[str, str]) -> None:
    for code, kind, status in [("TEX", 12, "achieved"), ("TEX", 12, "achieved"), ("TEX", 1, "planned")]:
        outputs.create_output(database, code, kind, "More", status=OutputStatus(status))
    matrix = outputs.output_matrix(database)
    with database.read() as session:
        counted = session.execute(
            text(
                "SELECT c.code, o.output_type_number, o.status, count(*) FROM output o "
                "JOIN cluster c ON c.id = o.cluster_id GROUP BY c.code, o.output_type_number, o.status"
            )
        ).all()
    assert sum(n for *_, n in counted) == matrix.total == 7
    for code, kind, status, n in counted:
        assert matrix.cell(code, kind).of(OutputStatus(status)) == n
    for (code, kind), cell in matrix.cells.items():
        assert cell.count == sum(cell.by_status.values()) == len(outputs.outputs_in_cell(database, code, kind))
