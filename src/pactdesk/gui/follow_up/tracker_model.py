"""Every action of every cluster, filtered and sorted in the database and fetched a page at a time."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QGuiApplication

from pactdesk.gui.common.paged_model import PagedTableModel
from pactdesk.gui.common.theme import error_colour
from pactdesk.gui.common.words import word
from pactdesk.services import tracker
from pactdesk.services.catalogue import OPEN_STATUSES
from pactdesk.services.tracker import ActionFilter, ActionSort, TrackerColumn, TrackerRow
from pactdesk.store.database import Database

_Index = QModelIndex | QPersistentModelIndex


class TrackerModel(PagedTableModel[TrackerRow]):
    REF, CLUSTER, TITLE, OWNER, DUE, STATUS, LATE, AGE, GOALS, MEETING, LATEST = range(11)
    _SORTS = (
        TrackerColumn.REF,
        TrackerColumn.CLUSTER,
        TrackerColumn.TITLE,
        TrackerColumn.OWNER,
        TrackerColumn.DUE,
        TrackerColumn.STATUS,
        TrackerColumn.DUE,  # how late: the due date orders it
        TrackerColumn.AGE,
        None,
        TrackerColumn.MEETING,
        None,
    )

    def __init__(self, database: Database, wanted: ActionFilter | None = None) -> None:
        super().__init__()
        self._database = database
        self._filter = wanted or ActionFilter(today=date.today(), statuses=OPEN_STATUSES)
        self._sort = ActionSort()

    # -- what is shown ----------------------------------------------------------------------------------------

    @property
    def filter(self) -> ActionFilter:
        return self._filter

    def set_filter(self, wanted: ActionFilter) -> None:
        self._filter = wanted
        self.reload()

    def reload(self) -> None:
        """Read the list again from the first page, as of today."""
        if self._filter.today != date.today():
            self._filter = replace(self._filter, today=date.today())
        super().reload()

    def count(self) -> int:
        return tracker.count_actions(self._database, self._filter)

    def page(self, offset: int, limit: int) -> list[TrackerRow]:
        return tracker.action_page(self._database, self._filter, self._sort, offset, limit)

    def action(self, row: int) -> TrackerRow:
        return self._rows[row]

    def row_of(self, action_id: int) -> int | None:
        return next((row for row, action in enumerate(self._rows) if action.id == action_id), None)

    # -- Qt's model interface ---------------------------------------------------------------------------------

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 11

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Ref."),
            self.tr("Cluster"),
            self.tr("Action"),
            self.tr("Owner"),
            self.tr("Due"),
            self.tr("Status"),
            self.tr("Overdue"),
            self.tr("Age"),
            self.tr("Goals"),
            self.tr("Raised at"),
            self.tr("Latest update"),
        )[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        action = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(action, column)
        late = action.overdue and column in (self.DUE, self.LATE)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole) and late:
            # The due date shown in red says it in words too, to a pointer and to a screen reader.
            return self.tr("Due on {0}: {1} days overdue").format(action.due_on, action.days_overdue)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in (self.TITLE, self.LATEST):
                return self._text(action, column)
            return None
        if role == Qt.ItemDataRole.FontRole and late:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and late:
            return error_colour(QGuiApplication.palette())
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.AGE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return action.id
        return None

    def _text(self, action: TrackerRow, column: int) -> str:
        if column == self.REF:
            return action.ref
        if column == self.CLUSTER:
            return action.cluster_code
        if column == self.TITLE:
            return action.title.replace("\n", " ")
        if column == self.OWNER:
            return action.owner
        if column == self.DUE:
            return action.due_on.isoformat() if action.due_on else ""
        if column == self.STATUS:
            closed = f" {action.closed_on}" if action.closed_on else ""
            return word(action.status) + closed
        if column == self.LATE:
            return self.tr("⚠ {0} d").format(action.days_overdue) if action.overdue else ""
        if column == self.AGE:
            return self.tr("{0} d").format(action.age_days)
        if column == self.GOALS:
            return " ".join(str(goal) for goal in action.goals)
        if column == self.MEETING:
            return action.meeting_ref or ""
        return action.latest_update.replace("\n", " ")

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self._SORTS[column]
        if key is None:
            return
        wanted = ActionSort(key, order == Qt.SortOrder.DescendingOrder)
        if column == self.LATE:  # the latest first when sorted by lateness, descending
            wanted = ActionSort(key, order == Qt.SortOrder.AscendingOrder)
        if wanted == self._sort:
            return
        self._sort = wanted
        self.reload()
