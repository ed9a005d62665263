"""The clusters with their counts of meetings and of open and overdue actions, as a table model."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from pactdesk.services.catalogue import ClusterSummary

_Index = QModelIndex | QPersistentModelIndex


class ClusterTableModel(QAbstractTableModel):
    CODE, NAME, PACT, MEETINGS, OPEN, OVERDUE = range(6)

    def __init__(self, clusters: list[ClusterSummary] | None = None) -> None:
        super().__init__()
        self._clusters = clusters or []

    def set_clusters(self, clusters: list[ClusterSummary]) -> None:
        self.beginResetModel()
        self._clusters = clusters
        self.endResetModel()

    def cluster(self, row: int) -> ClusterSummary:
        return self._clusters[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._clusters)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Code"),
            self.tr("Cluster"),
            self.tr("Pact"),
            self.tr("Meetings"),
            self.tr("Open actions"),
            self.tr("Overdue"),
        )[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        cluster = self._clusters[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                cluster.code,
                cluster.name,
                self.tr("yes") if cluster.pact_signed else self.tr("no"),
                cluster.meetings,
                cluster.open_actions,
                cluster.overdue_actions,
            )
            return values[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME:
            return self.tr("Management entity: {0}").format(cluster.management_entity)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.MEETINGS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
