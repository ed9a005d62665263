"""The goals page: counts of actions and outputs per goal and cluster checked against SQL, and a goal (or a goal
and a cluster) chosen lists exactly the actions and outputs tagged with it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLabel, QTableView
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from pactdesk.domain.enums import ActionStatus, OutputStatus
from pactdesk.gui.follow_up.goals_page import CLUSTER_ROLE, GOAL_ROLE, GoalActionsModel, GoalsPage, GoalTreeModel
from pactdesk.services import actions, goal_view, meetings, outputs
from pactdesk.store.database import Database

TRICKY = "Agree the <terms> & =conditions"


@pytest.fixture
def refs(database: Database) -> dict[str, str]:
    aec = meetings.create_meeting(database, "AEC", title="Monitoring", starts_at="2025-01-20 10:00")
    hcp = meetings.create_meeting(database, "HCP", title="Monitoring", starts_at="2025-02-10 10:00")
    made = {
        "aec_open": actions.create_action(database, TRICKY, meeting_ref=aec, goal_numbers=[2, 8]),
        "aec_done": actions.create_action(
            database, "Send the study", meeting_ref=aec, goal_numbers=[2], status=ActionStatus.DONE
        ),
        "aec_plain": actions.create_action(database, "No goal at all", meeting_ref=aec),
        "hcp_open": actions.create_action(
            database, "Book the room", meeting_ref=hcp, goal_numbers=[2, 5], status=ActionStatus.IN_PROGRESS
        ),
        "tex_direct": actions.create_action(database, "Call the cluster", cluster_code="TEX", goal_numbers=[9]),
        "aec_output": outputs.create_output(
            database, "AEC", 5, "Conference & <clinic>", status=OutputStatus.ACHIEVED, goal_numbers=[2, 3]
        ),
        "hcp_output": outputs.create_output(database, "HCP", 8, "Health study", goal_numbers=[2]),
        "tex_output": outputs.create_output(database, "TEX", 1, "Textile dialogue", goal_numbers=[9]),
        "untagged": outputs.create_output(database, "AEC", 1, "No goal"),
    }
    return made


@pytest.fixture
def page(qtbot: QtBot, database: Database, refs: dict[str, str]) -> GoalsPage:
    shown = GoalsPage(database)
    qtbot.addWidget(shown)
    shown.resize(1300, 800)
    shown.show()
    return shown


def sql_goal_counts(database: Database) -> dict[tuple[int, str], tuple[int, int, int, int]]:
    """Per goal and cluster code: actions, open actions, outputs, achieved outputs, counted straight in SQL."""
    with database.read() as session:
        tagged_actions = session.execute(
            text(
                "select action_goal.goal_number, cluster.code, count(*),"
                " sum(case when action.status in ('open', 'in progress') then 1 else 0 end)"
                " from action_goal join action on action.id = action_goal.action_id"
                " join cluster on cluster.id = action.cluster_id"
                " group by action_goal.goal_number, cluster.code"
            )
        ).all()
        tagged_outputs = session.execute(
            text(
                "select output_goal.goal_number, cluster.code, count(*),"
                " sum(case when output.status = 'achieved' then 1 else 0 end)"
                " from output_goal join output on output.id = output_goal.output_id"
                " join cluster on cluster.id = output.cluster_id"
                " group by output_goal.goal_number, cluster.code"
            )
        ).all()
    counts: dict[tuple[int, str], list[int]] = {}
    for goal, code, total, still_open in tagged_actions:
        counts.setdefault((goal, code), [0, 0, 0, 0])[0:2] = [total, still_open]
    for goal, code, total, achieved in tagged_outputs:
        counts.setdefault((goal, code), [0, 0, 0, 0])[2:4] = [total, achieved]
    return {key: (a, b, c, d) for key, (a, b, c, d) in counts.items()}


def sql_refs(database: Database, table: str, goal: int, code: str | None = None) -> set[str]:
    where = " and cluster.code = :code" if code else ""
    with database.read() as session:
        rows = session.execute(
            text(
                f"select {table}.ref from {table} join {table}_goal on {table}_goal.{table}_id = {table}.id"
                f" join cluster on cluster.id = {table}.cluster_id where {table}_goal.goal_number = :goal{where}"
            ),
            {"goal": goal, "code": code},
        ).all()
    return {ref for (ref,) in rows}


def figures(model: GoalTreeModel, index: QModelIndex) -> tuple[int, int, int, int]:
    row, parent = index.row(), index.parent()
    found = [model.data(model.index(row, column, parent)) for column in range(1, 5)]
    return (found[0], found[1], found[2], found[3])


def listed(view: QTableView) -> set[str]:
    model = view.model()
    return {model.data(model.index(row, 0)) for row in range(model.rowCount())}


def click(qtbot: QtBot, view, index: QModelIndex, *, double: bool = False) -> None:  # type: ignore[no-untyped-def]
    view.scrollTo(index)
    centre = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    if double:  # a real double-click is a click, then the double-click event
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def test_the_tree_counts_what_sql_counts(database: Database, refs: dict[str, str]) -> None:
    model = GoalTreeModel()
    model.set_view(goal_view.goal_view(database))
    expected = sql_goal_counts(database)
    assert model.rowCount() == 9 and model.columnCount() == 5
    for row in range(9):
        goal_index = model.index(row, 0)
        goal = model.data(goal_index, GOAL_ROLE)
        assert goal == row + 1 and model.data(goal_index, CLUSTER_ROLE) is None
        assert str(model.data(goal_index)).startswith(f"{goal}. ")
        mine = {code: counts for (number, code), counts in expected.items() if number == goal}
        totals = tuple(sum(counts[n] for counts in mine.values()) for n in range(4))
        assert figures(model, goal_index) == totals
        children = {}
        for child in range(model.rowCount(goal_index)):
            index = model.index(child, 0, goal_index)
            assert model.parent(index) == goal_index and model.data(index, GOAL_ROLE) == goal
            children[model.data(index, CLUSTER_ROLE)] = figures(model, index)
        assert children == mine, "under each goal, every cluster with something tagged, and only those"
    assert figures(model, model.index_of(2)) == (3, 2, 2, 1)
    assert figures(model, model.index_of(2, "AEC")) == (2, 1, 1, 1)
    assert model.rowCount(model.index_of(2, "AEC")) == 0
    assert "Encourage internationalization" in model.data(model.index_of(3))

    model.set_view(goal_view.goal_view(database, ["HCP"]), with_clusters=False)
    assert figures(model, model.index_of(2)) == (1, 1, 1, 0)
    assert model.rowCount(model.index_of(2)) == 0


def test_the_actions_model_shows_the_tracker_rows(database: Database, refs: dict[str, str]) -> None:
    from datetime import date

    model = GoalActionsModel(goal_view.goal_actions(database, 8, today=date.today()))
    assert model.rowCount() == 1 and model.data(model.index(0, GoalActionsModel.TITLE)) == TRICKY
    assert model.data(model.index(0, GoalActionsModel.GOALS)) == "2 8"


def test_choosing_a_goal_lists_its_actions_and_outputs(
    qtbot: QtBot, page: GoalsPage, database: Database, refs: dict[str, str]
) -> None:
    assert page.action_list.rowCount() == 0 and "Choose a goal" in page.caption.text()
    for goal in (2, 9, 8, 5, 3, 4):
        click(qtbot, page.tree, page.model.index_of(goal))
        assert page.chosen() == (goal, None)
        assert listed(page.actions_view) == sql_refs(database, "action", goal)
        assert listed(page.outputs_view) == sql_refs(database, "output", goal)
        assert page.actions_label.text().replace("&", "") == f"Actions: {len(sql_refs(database, 'action', goal))}"

    # A cluster under a goal: only that cluster's.
    page.tree.expand(page.model.index_of(2))
    click(qtbot, page.tree, page.model.index_of(2, "AEC"))
    assert page.chosen() == (2, "AEC")
    assert listed(page.actions_view) == sql_refs(database, "action", 2, "AEC") == {refs["aec_open"], refs["aec_done"]}
    assert listed(page.outputs_view) == {refs["aec_output"]}
    titles = {page.action_list.action(row).title for row in range(page.action_list.rowCount())}
    assert TRICKY in titles, "kept as text"

    # The page narrowed to one cluster: its figures only, and its lists.
    page.cluster.setCurrentIndex(page.cluster.index_of("HCP"))
    assert page.model.rowCount(page.model.index_of(2)) == 0
    assert page.chosen() == (2, "HCP"), "the goal stays chosen"
    assert listed(page.actions_view) == {refs["hcp_open"]} and listed(page.outputs_view) == {refs["hcp_output"]}
    assert page.model.data(page.model.index(1, GoalTreeModel.ACTIONS)) == 1
    page.cluster.setCurrentIndex(0)
    assert page.chosen() == (2, None) and len(listed(page.actions_view)) == 3


def test_double_click_asks_for_the_action_or_output(qtbot: QtBot, page: GoalsPage, refs: dict[str, str]) -> None:
    page.show_goal(9)
    assert listed(page.actions_view) == {refs["tex_direct"]}
    with qtbot.waitSignal(page.action_wanted) as wanted:
        click(qtbot, page.actions_view, page.action_list.index(0, GoalActionsModel.TITLE), double=True)
    assert wanted.args == [refs["tex_direct"]]
    with qtbot.waitSignal(page.output_wanted) as wanted:
        click(qtbot, page.outputs_view, page.output_list.index(0, 2), double=True)
    assert wanted.args == [refs["tex_output"]]


def test_refresh_counts_again_and_keeps_the_choice(page: GoalsPage, database: Database, refs: dict[str, str]) -> None:
    page.show_goal(2, "HCP")
    assert page.chosen() == (2, "HCP")
    outputs.create_output(database, "HCP", 5, "Another health output", goal_numbers=[2])
    actions.create_action(database, "Another health action", cluster_code="HCP", goal_numbers=[2])
    page.refresh()
    assert page.chosen() == (2, "HCP")
    assert figures(page.model, page.model.index_of(2, "HCP")) == (2, 2, 2, 0)
    assert len(listed(page.outputs_view)) == 2 and len(listed(page.actions_view)) == 2


def test_controls_are_named(page: GoalsPage) -> None:
    for control in (page.cluster, page.tree, page.actions_view, page.outputs_view):
        assert control.objectName() and control.accessibleName()
    assert page.caption.textFormat() == Qt.TextFormat.PlainText


def test_the_page_names_the_four_ways_the_pacts_are_carried_out(page: GoalsPage) -> None:
    modes = page.findChild(QLabel, "goalsModes")
    assert modes is not None and modes.isVisible()
    assert modes.text() == (
        "The pacts are carried out through: 1 mobilization of various actors; 2 collaborative dynamics; "
        "3 concerted public and private actions; 4 collective efficiency."
    )


@pytest.mark.usefixtures("portuguese")
def test_in_portuguese_the_ways_are_named_in_portuguese(qtbot: QtBot, database: Database) -> None:
    shown = GoalsPage(database)
    qtbot.addWidget(shown)
    modes = shown.findChild(QLabel, "goalsModes")
    assert modes is not None
    assert "1 mobilização de diversos atores; 2 dinâmicas colaborativas;" in modes.text()
    assert "4 eficiência coletiva." in modes.text()
    assert "through" not in modes.text()
