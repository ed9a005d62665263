"""The goals page: for each of the pacts' nine goals, and each cluster under it, how many actions and outputs are
tagged with it; a goal (or a goal and a cluster) chosen lists those actions and outputs."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from pactdesk.gui.common.rows_model import RowsModel
from pactdesk.gui.common.widgets import ChoiceBox
from pactdesk.gui.common.words import day_label, word
from pactdesk.gui.follow_up.output_models import OutputListModel, plain_tooltip
from pactdesk.services import catalogue, goal_view
from pactdesk.services.goal_view import GoalCluster, GoalCount, GoalView
from pactdesk.services.tracker import TrackerRow
from pactdesk.store.database import Database

_Index = QModelIndex | QPersistentModelIndex

GOAL_ROLE = Qt.ItemDataRole.UserRole  # the goal's number, on a goal's row and on its clusters' rows
CLUSTER_ROLE = Qt.ItemDataRole.UserRole + 1  # the cluster's code on a cluster's row; None on a goal's row

_GOAL_ROW = 0  # the internal id of a goal's row; a cluster's row holds its goal's row + 1


class GoalTreeModel(QAbstractItemModel):
    """The nine goals with their figures and, under each, the clusters with actions or outputs tagged with it."""

    NAME, ACTIONS, OPEN, OUTPUTS, ACHIEVED = range(5)

    def __init__(self) -> None:
        super().__init__()
        self._view = GoalView(goals=(), clusters=(), cells={})
        self._children: list[list[GoalCluster]] = []

    def set_view(self, view: GoalView, *, with_clusters: bool = True) -> None:
        """Show ``view``; ``with_clusters=False`` leaves out the rows of clusters (when one cluster is shown)."""
        self.beginResetModel()
        self._view = view
        self._children = [
            [
                cluster
                for cluster in view.clusters
                if with_clusters
                and (view.cell(goal.number, cluster.code).actions or view.cell(goal.number, cluster.code).outputs)
            ]
            for goal in view.goals
        ]
        self.endResetModel()

    # -- what a row stands for --------------------------------------------------------------------------------

    def goal_at(self, index: _Index) -> int | None:
        if not index.isValid():
            return None
        row = index.row() if index.internalId() == _GOAL_ROW else index.internalId() - 1
        return self._view.goals[row].number

    def cluster_at(self, index: _Index) -> str | None:
        if not index.isValid() or index.internalId() == _GOAL_ROW:
            return None
        return self._children[index.internalId() - 1][index.row()].code

    def counts(self, index: _Index) -> GoalCount:
        goal, code = self.goal_at(index), self.cluster_at(index)
        if goal is None:
            return GoalCount()
        return self._view.goal_total(goal) if code is None else self._view.cell(goal, code)

    def index_of(self, goal: int, cluster_code: str | None = None) -> QModelIndex:
        numbers = [head.number for head in self._view.goals]
        if goal not in numbers:
            return QModelIndex()
        parent = self.index(numbers.index(goal), 0)
        if cluster_code is None:
            return parent
        codes = [cluster.code for cluster in self._children[parent.row()]]
        return self.index(codes.index(cluster_code), 0, parent) if cluster_code in codes else QModelIndex()

    # -- Qt's model interface ---------------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _GOAL_ROW)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _GOAL_ROW:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _GOAL_ROW)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._view.goals)
        if parent.internalId() == _GOAL_ROW and parent.column() == 0:
            return len(self._children[parent.row()])
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Goal and clusters"),
                self.tr("Actions"),
                self.tr("Open"),
                self.tr("Outputs"),
                self.tr("Achieved"),
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                self.tr("The pacts' goals; under each, the clusters with actions or outputs tagged with it"),
                self.tr("Actions tagged with the goal"),
                self.tr("Of those actions, the ones still open or in progress"),
                self.tr("Outputs tagged with the goal"),
                self.tr("Of those outputs, the ones achieved"),
            )[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        goal, code = self.goal_at(index), self.cluster_at(index)
        column = index.column()
        if role == GOAL_ROLE:
            return goal
        if role == CLUSTER_ROLE:
            return code
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            if column != self.NAME:
                count = self.counts(index)
                number = (count.actions, count.open_actions, count.outputs, count.achieved_outputs)[column - 1]
                return number if role == Qt.ItemDataRole.DisplayRole else self._describe(goal, code, count)
            return self._name(index)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def goal_name(self, goal: int) -> str:
        return next((head.name for head in self._view.goals if head.number == goal), "")

    def _name(self, index: _Index) -> str:
        if index.internalId() == _GOAL_ROW:
            head = self._view.goals[index.row()]
            return self.tr("{0}. {1}").format(head.number, head.name)
        cluster = self._children[index.internalId() - 1][index.row()]
        return self.tr("{0} — {1}").format(cluster.code, cluster.name)

    def _describe(self, goal: int | None, code: str | None, count: GoalCount) -> str:
        where = self.tr("Goal {0}").format(goal) if code is None else self.tr("Goal {0}, {1}").format(goal, code)
        return self.tr("{0}: {1} actions ({2} open), {3} outputs ({4} achieved)").format(
            where, count.actions, count.open_actions, count.outputs, count.achieved_outputs
        )


class GoalActionsModel(RowsModel):
    """The actions behind a goal, as the tracker shows them."""

    REF, CLUSTER, TITLE, OWNER, DUE, STATUS, GOALS = range(7)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Ref."),
            self.tr("Cluster"),
            self.tr("Action"),
            self.tr("Owner"),
            self.tr("Due"),
            self.tr("Status"),
            self.tr("Goals"),
        )

    def display(self, row: TrackerRow, column: int) -> object:
        due = day_label(row.due_on)
        if row.overdue:
            due = self.tr("{0} ⚠ overdue").format(due)  # marked in words, not by colour alone
        return (
            row.ref,
            row.cluster_code,
            row.title.replace("\n", " "),
            row.owner,
            due,
            word(row.status),
            " ".join(str(goal) for goal in row.goals),
        )[column]

    def tooltip(self, row: TrackerRow, column: int) -> str | None:
        shown = self.display(row, column)
        return plain_tooltip(shown) if isinstance(shown, str) and shown else None

    def action(self, row: int) -> TrackerRow:
        found: TrackerRow = self.row_at(row)
        return found


class GoalsPage(QWidget):
    action_wanted = Signal(str)  # an action's reference, double-clicked
    output_wanted = Signal(str)  # an output's reference, double-clicked

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._quiet = 0

        self.cluster = ChoiceBox()
        self.cluster.setObjectName("goalsCluster")
        self.cluster.setAccessibleName(self.tr("Cluster"))
        self.cluster.currentIndexChanged.connect(lambda _: self.refresh())
        cluster_label = QLabel(self.tr("&Cluster:"))
        cluster_label.setBuddy(self.cluster)
        legend = QLabel(
            self.tr(
                "An action or output tagged with several goals counts under each of them. "
                "Choose a goal, or a cluster under it, to list them."
            )
        )
        legend.setObjectName("goalsLegend")
        legend.setWordWrap(True)
        modes = QLabel(
            self.tr("The pacts are carried out through: {0}.").format(
                "; ".join(f"{number} {name.lower()}" for number, name in catalogue.implementation_modes(database))
            )
        )
        modes.setObjectName("goalsModes")
        modes.setTextFormat(Qt.TextFormat.PlainText)
        modes.setWordWrap(True)
        filters = QHBoxLayout()
        filters.addWidget(cluster_label)
        filters.addWidget(self.cluster, 1)

        self.model = GoalTreeModel()
        self.tree = QTreeView()
        self.tree.setObjectName("goalTree")
        self.tree.setAccessibleName(self.tr("Goals, with their actions and outputs by cluster"))
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(GoalTreeModel.NAME, QHeaderView.ResizeMode.Stretch)
        for column in (GoalTreeModel.ACTIONS, GoalTreeModel.OPEN, GoalTreeModel.OUTPUTS, GoalTreeModel.ACHIEVED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._chosen_changed())

        self.caption = QLabel()
        self.caption.setObjectName("goalCaption")
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setWordWrap(True)
        self.action_list = GoalActionsModel()
        self.actions_view = self._list(self.action_list, "goalActions", self.tr("Actions tagged with the chosen goal"))
        self.actions_view.horizontalHeader().setSectionResizeMode(
            GoalActionsModel.TITLE, QHeaderView.ResizeMode.Stretch
        )
        self.actions_view.horizontalHeader().setSectionResizeMode(
            GoalActionsModel.OWNER, QHeaderView.ResizeMode.Interactive
        )
        self.actions_view.setColumnWidth(GoalActionsModel.OWNER, 170)
        self.actions_view.activated.connect(
            lambda index: self.action_wanted.emit(self.action_list.action(index.row()).ref)
        )
        self.output_list = OutputListModel()
        self.outputs_view = self._list(self.output_list, "goalOutputs", self.tr("Outputs tagged with the chosen goal"))
        self.outputs_view.horizontalHeader().setSectionResizeMode(OutputListModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.outputs_view.setColumnHidden(OutputListModel.MEETINGS, True)
        self.outputs_view.activated.connect(
            lambda index: self.output_wanted.emit(self.output_list.output(index.row()).ref)
        )
        self.actions_label = QLabel()
        self.actions_label.setObjectName("goalActionsCount")
        self.actions_label.setBuddy(self.actions_view)
        self.outputs_label = QLabel()
        self.outputs_label.setObjectName("goalOutputsCount")
        self.outputs_label.setBuddy(self.outputs_view)

        lists = QSplitter(Qt.Orientation.Vertical)
        lists.setObjectName("goalListsSplitter")
        for label, view in ((self.actions_label, self.actions_view), (self.outputs_label, self.outputs_view)):
            part = QWidget()
            part_layout = QVBoxLayout(part)
            part_layout.setContentsMargins(0, 0, 0, 0)
            part_layout.addWidget(label)
            part_layout.addWidget(view)
            lists.addWidget(part)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(legend)
        left_layout.addWidget(modes)
        left_layout.addWidget(self.tree, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.caption)
        right_layout.addWidget(lists, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("goalsSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        QWidget.setTabOrder(self.cluster, self.tree)
        QWidget.setTabOrder(self.tree, self.actions_view)
        QWidget.setTabOrder(self.actions_view, self.outputs_view)
        self.refresh()

    def _list(self, model: RowsModel, name: str, accessible: str) -> QTableView:
        view = QTableView()
        view.setObjectName(name)
        view.setAccessibleName(accessible)
        view.setModel(model)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setTabKeyNavigation(False)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.setToolTip(self.tr("Double-click (or Enter) to open it"))
        return view

    # -- showing ----------------------------------------------------------------------------------------------

    def chosen(self) -> tuple[int | None, str | None]:
        """The goal chosen, and the cluster: the one chosen under the goal, else the one the page is narrowed to."""
        index = self.tree.selectionModel().currentIndex()
        goal = self.model.goal_at(index)
        code = self.model.cluster_at(index) or self.cluster.value()
        return goal, code

    def refresh(self) -> None:
        """Count again, keeping the cluster the page is narrowed to and the goal (and cluster) chosen."""
        index = self.tree.selectionModel().currentIndex()
        goal, code = self.model.goal_at(index), self.model.cluster_at(index)
        expanded = [
            self.model.goal_at(self.model.index(row, 0))
            for row in range(self.model.rowCount())
            if self.tree.isExpanded(self.model.index(row, 0))
        ]
        self._quiet += 1
        try:
            self._fill_clusters()
            narrowed = self.cluster.value()
            view = goal_view.goal_view(self._database, [narrowed] if narrowed else None)
            self.model.set_view(view, with_clusters=narrowed is None)
            for number in expanded:
                if number is not None:
                    self.tree.expand(self.model.index_of(number))
            if goal is not None:
                found = self.model.index_of(goal, code)
                self.tree.setCurrentIndex(found if found.isValid() else self.model.index_of(goal))
        finally:
            self._quiet -= 1
        self._chosen_changed()

    def show_goal(self, goal: int, cluster_code: str | None = None) -> None:
        """Choose a goal (and a cluster under it) and list what is tagged with it."""
        index = self.model.index_of(goal, cluster_code)
        if cluster_code is not None and not index.isValid():  # nothing of that cluster under the goal
            index = self.model.index_of(goal)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def _fill_clusters(self) -> None:
        code = self.cluster.value()
        self.cluster.blockSignals(True)
        self.cluster.clear()
        self.cluster.add_choice(self.tr("All clusters"), None)
        for summary in catalogue.cluster_summaries(self._database):
            self.cluster.add_choice(self.tr("{0} — {1}").format(summary.code, summary.name), summary.code)
        self.cluster.setCurrentIndex(max(0, self.cluster.index_of(code)))
        self.cluster.blockSignals(False)

    def _chosen_changed(self) -> None:
        if self._quiet:
            return
        goal, code = self.chosen()
        if goal is None:
            self.action_list.set_rows([])
            self.output_list.set_rows([])
            self.caption.setText(self.tr("Choose a goal to see its actions and outputs."))
        else:
            self.action_list.set_rows(
                goal_view.goal_actions(self._database, goal, today=date.today(), cluster_code=code)
            )
            self.output_list.set_rows(goal_view.goal_outputs(self._database, goal, cluster_code=code))
            name = self.model.goal_name(goal)
            where = self.tr("all clusters") if code is None else code
            self.caption.setText(self.tr("Goal {0}: {1} — {2}").format(goal, name, where))
        self.actions_label.setText(self.tr("&Actions: {0}").format(self.action_list.rowCount()))
        self.outputs_label.setText(self.tr("O&utputs: {0}").format(self.output_list.rowCount()))
