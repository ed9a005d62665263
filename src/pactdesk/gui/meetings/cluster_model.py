"""The clusters with their counts of meetings and of open and overdue actions, as a table model."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from pactdesk.domain.summaries import ClusterSummary

_Index = QModelIndex | QPersistentModelIndex


class ClusterTableModel(QAbstractTableModel):
    """Row 0 is "All clusters"; the others are the clusters in the official order."""

    CODE, NAME, PACT, MEETINGS, OPEN, OVERDUE = range(6)
    ALL_ROW = 0

    def __init__(self, clusters: list[ClusterSummary] | None = None) -> None:
        super().__init__()
        self._clusters = clusters or []

    def set_clusters(self, clusters: list[ClusterSummary]) -> None:
        self.beginResetModel()
        self._clusters = clusters
        self.endResetModel()

    def cluster(self, row: int) -> ClusterSummary | None:
        """The cluster on ``row``; ``None`` for "All clusters"."""
        return None if row <= self.ALL_ROW else self._clusters[row - 1]

    def row_of(self, code: str | None) -> int:
        return next((row + 1 for row, cluster in enumerate(self._clusters) if cluster.code == code), self.ALL_ROW)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._clusters) + 1

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                self.tr("The cluster's code"),
                self.tr("The cluster"),
                self.tr("Signed a pact"),
                self.tr("Meetings recorded"),
                self.tr("Actions still open"),
                self.tr("Open actions past their due date"),
            )[section]
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Code"),
            self.tr("Cluster"),
            self.tr("Pact"),
            self.tr("Mtgs."),
            self.tr("Open"),
            self.tr("Late"),
        )[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = index.column()
        cluster = self.cluster(index.row())
        if cluster is None:
            return self._all_clusters(column, role)
        if role == Qt.ItemDataRole.DisplayRole:
            # The navigator hides the Pact column, so clusters without a pact say so in their name.
            name = cluster.name if cluster.pact_signed else self.tr("{0} (no pact)").format(cluster.name)
            values = (
                cluster.code,
                name,
                self.tr("yes") if cluster.pact_signed else self.tr("no"),
                cluster.meetings,
                cluster.open_actions,
                cluster.overdue_actions,
            )
            return values[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME:
            # The navigator shows neither the code nor the pact: the tip does.
            pact = self.tr("Signed a pact") if cluster.pact_signed else self.tr("No pact")
            return (
                self.tr("{0}\nManagement entity: {1}").format(
                    f"{cluster.code} — {cluster.name}", cluster.management_entity
                )
                + f"\n{pact}"
            )
        if role == Qt.ItemDataRole.FontRole and not cluster.pact_signed:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.MEETINGS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _all_clusters(self, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            totals = (
                sum(c.meetings for c in self._clusters),
                sum(c.open_actions for c in self._clusters),
                sum(c.overdue_actions for c in self._clusters),
            )
            return ("", self.tr("All clusters"), "", *totals)[column]
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.MEETINGS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
