"""A read-only table over a list of the services' rows: the model every plain table of the window uses."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

_Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """A read-only table over a list of the services' rows; subclasses name the columns and say what they show."""

    NUMBERS: tuple[int, ...] = ()

    def __init__(self, rows: Sequence[Any] = ()) -> None:
        super().__init__()
        self._rows = list(rows)

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def display(self, row: Any, column: int) -> object:
        raise NotImplementedError

    def tooltip(self, row: Any, column: int) -> str | None:
        """The cell's whole text, for columns too narrow to show it."""
        shown = self.display(row, column)
        return shown if isinstance(shown, str) and shown else None

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def position_of(self, record_id: int) -> int | None:
        return next((n for n, row in enumerate(self._rows) if row.id == record_id), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.headers()[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
