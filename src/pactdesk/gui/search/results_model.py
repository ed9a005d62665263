"""The search's results as a two-level list: a row per kind ("Decisions (3)"), the hits of that kind under it."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt

if TYPE_CHECKING:
    from pactdesk.services.search import Hit

Index = QModelIndex | QPersistentModelIndex
HIT_ROLE = Qt.ItemDataRole.UserRole + 1  # the ``Hit`` of a row (None on a kind's row)
HTML_ROLE = Qt.ItemDataRole.UserRole + 2  # the row as rich text, the words found in bold
GROUP = 0  # internal id of a kind's row; a hit's is its kind's row plus one


def marked(snippet: str) -> str:
    """A snippet's ``[[…]]`` marks as bold, everything else escaped (nothing typed in PactDesk is markup)."""
    return html.escape(snippet).replace("[[", "<b>").replace("]]", "</b>")


def plain(snippet: str) -> str:
    return snippet.replace("[[", "").replace("]]", "")


class SearchResultsModel(QAbstractItemModel):
    """Kinds in the order given to ``show``, each with its hits in the order found."""

    def __init__(self, labels: dict[str, str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._labels = labels  # kind → its name in the window's language
        self._groups: list[tuple[str, list[Hit]]] = []

    def show(self, hits: list[Hit]) -> None:
        self.beginResetModel()
        groups: dict[str, list[Hit]] = {kind: [] for kind in self._labels}
        for hit in hits:
            groups.setdefault(hit.kind, []).append(hit)
        self._groups = [(kind, found) for kind, found in groups.items() if found]
        self.endResetModel()

    def hits(self) -> list[Hit]:
        return [hit for _, found in self._groups for hit in found]

    def hit_indexes(self) -> list[QModelIndex]:
        """Every hit's row, in the order shown (what Up and Down walk through)."""
        return [self.index(row, 0, self.index(place, 0)) for place, (_, found) in enumerate(self._groups)
                for row in range(len(found))]  # fmt: skip

    # -- QAbstractItemModel ------------------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, GROUP) if row < len(self._groups) else QModelIndex()
        if parent.internalId() != GROUP or parent.row() >= len(self._groups):
            return QModelIndex()
        found = self._groups[parent.row()][1]
        return self.createIndex(row, 0, parent.row() + 1) if row < len(found) else QModelIndex()

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == GROUP:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, GROUP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == GROUP and parent.row() < len(self._groups):
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == GROUP:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def hit(self, index: Index) -> Hit | None:
        if not index.isValid() or index.internalId() == GROUP:
            return None
        return self._groups[index.internalId() - 1][1][index.row()]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == GROUP:
            kind, found = self._groups[index.row()]
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return f"{self._labels.get(kind, kind)} ({len(found)})"
            if role == HTML_ROLE:
                return f"<b>{html.escape(self._labels.get(kind, kind))}</b> ({len(found)})"
            return None
        hit = self.hit(index)
        assert hit is not None
        where = " · ".join(part for part in (hit.ref, hit.cluster_code or "", str(hit.on or "")) if part)
        if role == HIT_ROLE:
            return hit
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.title
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return " — ".join(part for part in (hit.title, plain(hit.snippet), where) if part)
        if role == HTML_ROLE:
            first = f"<b>{html.escape(hit.title)}</b>" + (f"&nbsp;&nbsp;{html.escape(where)}" if where else "")
            # A snippet that is the title itself (the words found only there) is not said twice.
            return first + (f"<br>{marked(hit.snippet)}" if hit.snippet and plain(hit.snippet) != hit.title else "")
        return None
