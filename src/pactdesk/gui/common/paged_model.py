"""A table over a list the database filters and sorts, read a page at a time as the view scrolls."""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex

_Index = QModelIndex | QPersistentModelIndex
_Row = TypeVar("_Row")
PAGE = 200


class PagedTableModel(QAbstractTableModel, Generic[_Row]):
    """Subclasses say how many rows match (``count``) and how to read a page of them (``page``)."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[_Row] = []
        self._total = 0

    def count(self) -> int:
        raise NotImplementedError

    def page(self, offset: int, limit: int) -> list[_Row]:
        raise NotImplementedError

    def can_read(self) -> bool:
        """Whether there is anything to read from now (a model may show rows before its database is open)."""
        return True

    def reload(self) -> None:
        """Read the list again from its first page."""
        if not self.can_read():
            return
        self.beginResetModel()
        self._total = self.count()
        self._rows = self.page(0, PAGE)
        self.endResetModel()

    @property
    def total(self) -> int:
        """How many rows match, fetched or not."""
        return self._total

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.can_read() and len(self._rows) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        more = self.page(len(self._rows), PAGE)
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)
