"""The pacts' nine goals: for each goal and cluster, the actions and outputs tagged with it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from pactdesk.domain import validation as check
from pactdesk.domain.enums import OutputStatus
from pactdesk.domain.models import Action, Cluster, Goal, Output, action_goal, output_goal
from pactdesk.services.catalogue import OPEN_STATUSES, name_in_language
from pactdesk.services.outputs import OutputRow, list_outputs
from pactdesk.services.tracker import ActionFilter, ActionSort, TrackerRow, action_page
from pactdesk.store.database import Database


@dataclass(frozen=True)
class GoalCount:
    """The actions and outputs of one cluster tagged with one goal."""

    actions: int = 0
    open_actions: int = 0
    outputs: int = 0
    achieved_outputs: int = 0


@dataclass(frozen=True)
class GoalHead:
    number: int
    name: str


@dataclass(frozen=True)
class GoalCluster:
    code: str
    number: int
    name: str


@dataclass(frozen=True)
class GoalView:
    """Goals (rows) by clusters (columns). An action or output with several goals counts under each of them, so
    a goal's figures add up across clusters but not across goals."""

    goals: tuple[GoalHead, ...]
    clusters: tuple[GoalCluster, ...]
    cells: Mapping[tuple[int, str], GoalCount]

    def cell(self, goal: int, cluster_code: str) -> GoalCount:
        return self.cells.get((goal, cluster_code), GoalCount())

    def goal_total(self, goal: int) -> GoalCount:
        """The goal's figures over every cluster of the view (each action and output belongs to one cluster)."""
        mine = [count for (number, _), count in self.cells.items() if number == goal]
        return GoalCount(
            actions=sum(count.actions for count in mine),
            open_actions=sum(count.open_actions for count in mine),
            outputs=sum(count.outputs for count in mine),
            achieved_outputs=sum(count.achieved_outputs for count in mine),
        )


def goal_view(db: Database, cluster_codes: Sequence[str] | None = None) -> GoalView:
    """How many actions (and open ones) and outputs (and achieved ones) each cluster has under each goal."""
    cluster_name = name_in_language(Cluster.name, Cluster.name_pt).label("name")
    clusters_query = select(Cluster.id, Cluster.code, Cluster.number, cluster_name).order_by(Cluster.number)
    if cluster_codes is not None:
        clusters_query = clusters_query.where(Cluster.code.in_({code.strip().upper() for code in cluster_codes}))
    with db.read() as session:
        clusters = session.execute(clusters_query).all()
        ids = [row.id for row in clusters]
        goal_names = select(Goal.number, name_in_language(Goal.name, Goal.name_pt)).order_by(Goal.number)
        goals = tuple(GoalHead(*row) for row in session.execute(goal_names))
        tagged_actions = session.execute(
            select(
                action_goal.c.goal_number,
                Action.cluster_id,
                func.count(),
                func.count().filter(Action.status.in_(OPEN_STATUSES)),
            )
            .join(Action, Action.id == action_goal.c.action_id)
            .where(Action.cluster_id.in_(ids))
            .group_by(action_goal.c.goal_number, Action.cluster_id)
        ).all()
        tagged_outputs = session.execute(
            select(
                output_goal.c.goal_number,
                Output.cluster_id,
                func.count(),
                func.count().filter(Output.status == OutputStatus.ACHIEVED),
            )
            .join(Output, Output.id == output_goal.c.output_id)
            .where(Output.cluster_id.in_(ids))
            .group_by(output_goal.c.goal_number, Output.cluster_id)
        ).all()
    codes = {row.id: row.code for row in clusters}
    action_counts = {(goal, codes[cluster]): (total, still_open) for goal, cluster, total, still_open in tagged_actions}
    output_counts = {(goal, codes[cluster]): (total, achieved) for goal, cluster, total, achieved in tagged_outputs}
    cells = {
        key: GoalCount(*action_counts.get(key, (0, 0)), *output_counts.get(key, (0, 0)))
        for key in action_counts.keys() | output_counts.keys()
    }
    return GoalView(
        goals=goals, clusters=tuple(GoalCluster(row.code, row.number, row.name) for row in clusters), cells=cells
    )


def goal_actions(
    db: Database, goal: int, *, today: date, cluster_code: str | None = None, sort: ActionSort | None = None
) -> list[TrackerRow]:
    """The actions behind a goal (of one cluster, when given), as the tracker shows them."""
    codes = (cluster_code,) if cluster_code is not None else ()
    return action_page(db, ActionFilter(today=today, cluster_codes=codes, goal=goal), sort, limit=None)


def goal_outputs(db: Database, goal: int, *, cluster_code: str | None = None) -> list[OutputRow]:
    """The outputs behind a goal (of one cluster, when given)."""
    (number,) = check.check_goals([goal], "goal")
    return list_outputs(db, cluster_code=cluster_code, goal=number)
