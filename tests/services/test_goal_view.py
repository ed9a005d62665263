"""The goals view: per goal and cluster, the actions and outputs tagged with it, counted and listed."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from pactdesk.domain.enums import ActionStatus, OutputStatus
from pactdesk.domain.errors import ValidationError
from pactdesk.services import actions, goal_view, meetings, outputs
from pactdesk.store.database import Database

TODAY = date(2025, 6, 16)


@pytest.fixture
def tagged(database: Database) -> None:
    aec = meetings.create_meeting(database, "AEC", title="Monitoring", starts_at="2025-01-20 10:00")
    actions.create_action(database, "Study", meeting_ref=aec, goal_numbers=[4, 8])
    actions.create_action(database, "Call", meeting_ref=aec, goal_numbers=[8], status=ActionStatus.DONE)
    actions.create_action(database, "Untagged", meeting_ref=aec)
    actions.create_action(database, "Roadmap", cluster_code="HCP", goal_numbers=[8], status=ActionStatus.IN_PROGRESS)
    outputs.create_output(database, "AEC", 8, "Supply-chain study", goal_numbers=[8], status=OutputStatus.ACHIEVED)
    outputs.create_output(database, "AEC", 5, "Conference", goal_numbers=[3, 8])
    outputs.create_output(database, "HCP", 12, "Good practice", goal_numbers=[9])


def test_counts_per_goal_and_cluster(database: Database, tagged: None) -> None:
    view = goal_view.goal_view(database)
    assert [goal.number for goal in view.goals] == list(range(1, 10)) and len(view.clusters) == 18
    assert view.cell(8, "AEC") == goal_view.GoalCount(actions=2, open_actions=1, outputs=2, achieved_outputs=1)
    assert view.cell(8, "HCP") == goal_view.GoalCount(actions=1, open_actions=1, outputs=0, achieved_outputs=0)
    assert view.cell(4, "AEC") == goal_view.GoalCount(actions=1, open_actions=1)
    assert view.cell(9, "HCP") == goal_view.GoalCount(outputs=1)
    assert view.cell(1, "AEC") == goal_view.GoalCount()
    assert view.goal_total(8) == goal_view.GoalCount(actions=3, open_actions=2, outputs=2, achieved_outputs=1)
    only = goal_view.goal_view(database, ["hcp"])
    assert [cluster.code for cluster in only.clusters] == ["HCP"] and only.goal_total(8).actions == 1


def test_the_rows_behind_a_cell(database: Database, tagged: None) -> None:
    rows = goal_view.goal_actions(database, 8, today=TODAY, cluster_code="AEC")
    assert [row.title for row in rows] == ["Study", "Call"] and rows[0].goals == (4, 8)
    assert [row.title for row in goal_view.goal_actions(database, 8, today=TODAY)] == ["Study", "Call", "Roadmap"]
    assert [row.title for row in goal_view.goal_outputs(database, 8, cluster_code="AEC")] == [
        "Conference",
        "Supply-chain study",
    ]
    assert goal_view.goal_outputs(database, 8, cluster_code="HCP") == []
    with pytest.raises(ValidationError, match="1 to 9"):
        goal_view.goal_outputs(database, 0)


def test_counts_agree_with_sql_and_with_the_lists(database: Database, tagged: None) -> None:
    view = goal_view.goal_view(database)
    with database.read() as session:
        tagged_actions = session.execute(
            text(
                "SELECT g.goal_number, c.code, count(*) FROM action_goal g JOIN action a ON a.id = g.action_id "
                "JOIN cluster c ON c.id = a.cluster_id GROUP BY g.goal_number, c.code"
            )
        ).all()
        tagged_outputs = session.execute(
            text(
                "SELECT g.goal_number, c.code, count(*) FROM output_goal g JOIN output o ON o.id = g.output_id "
                "JOIN cluster c ON c.id = o.cluster_id GROUP BY g.goal_number, c.code"
            )
        ).all()
    assert sum(n for *_, n in tagged_actions) == sum(cell.actions for cell in view.cells.values()) == 4
    for goal, code, n in tagged_actions:
        assert view.cell(goal, code).actions == n
        assert len(goal_view.goal_actions(database, goal, today=TODAY, cluster_code=code)) == n
    for goal, code, n in tagged_outputs:
        assert view.cell(goal, code).outputs == n == len(goal_view.goal_outputs(database, goal, cluster_code=code))
