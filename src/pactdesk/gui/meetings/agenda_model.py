"""The agenda items of one meeting as a list model that can be reordered by dragging."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt

from pactdesk.services.agenda import AgendaItemRow

_Index = QModelIndex | QPersistentModelIndex
MIME = "application/x-pactdesk-agenda-item"


class AgendaModel(QAbstractListModel):
    """Items in order; a drop asks ``on_move(item_id, new_position)`` to save the new order."""

    def __init__(self, on_move: Callable[[int, int], None]) -> None:
        super().__init__()
        self._items: list[AgendaItemRow] = []
        self._on_move = on_move
        self.locked = False

    def set_items(self, items: list[AgendaItemRow]) -> None:
        self.beginResetModel()
        self._items = items
        self.endResetModel()

    def item(self, row: int) -> AgendaItemRow:
        return self._items[row]

    def row_of(self, item_id: int) -> int | None:
        return next((row for row, item in enumerate(self._items) if item.id == item_id), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            planned = self.tr(" · {0} min").format(item.planned_minutes) if item.planned_minutes else ""
            return f"{item.position}. {item.title}{planned}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.presenter or None
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        return None

    # -- drag and drop to reorder -----------------------------------------------------------------------------

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self.locked:
            return flags
        if index.isValid():
            return flags | Qt.ItemFlag.ItemIsDragEnabled
        return flags | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        if indexes:
            data.setData(MIME, QByteArray(str(self._items[indexes[0].row()].id).encode()))
        return data

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME):
            return False
        item_id = int(bytes(data.data(MIME).data()).decode())
        source = self.row_of(item_id)
        if source is None:
            return False
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self._items))
        position = target + 1 if target <= source else target  # positions count from 1, and the item leaves its row
        if position != source + 1:
            self._on_move(item_id, position)
        return False  # the new order comes back from the database; Qt must not remove the dragged row itself
