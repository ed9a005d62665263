"""The meetings of one cluster (or of all), filtered and sorted in the database, fetched a page at a time."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from pactdesk.domain.summaries import MeetingOrder, MeetingRow
from pactdesk.gui.common.lazy import lazy_module
from pactdesk.gui.common.paged_model import PagedTableModel
from pactdesk.gui.common.words import word

if TYPE_CHECKING:
    from pactdesk.services import meetings
    from pactdesk.store.database import Database
else:
    meetings = lazy_module("pactdesk.services.meetings")

_Index = QModelIndex | QPersistentModelIndex


class MeetingListModel(PagedTableModel[MeetingRow]):
    REF, CLUSTER, DATE, KIND, TITLE, STATUS, MINUTES = range(7)
    _ORDERS = (
        MeetingOrder.REF,
        MeetingOrder.CLUSTER,
        MeetingOrder.DATE,
        MeetingOrder.KIND,
        MeetingOrder.TITLE,
        MeetingOrder.STATUS,
        MeetingOrder.MINUTES,
    )

    def __init__(self, database: Database | None) -> None:
        """Without a database the model shows nothing, or a start-up snapshot, until ``attach``."""
        super().__init__()
        self._database = database
        self._cluster_id: int | None = None
        self._text = ""
        self._order = MeetingOrder.DATE
        self._descending = True

    # -- what is shown ----------------------------------------------------------------------------------------

    def set_filter(self, *, cluster_id: int | None, text: str) -> None:
        self._cluster_id, self._text = cluster_id, text
        self.reload()

    def show_snapshot(self, rows: list[MeetingRow], total: int, cluster_id: int | None) -> None:
        """Rows saved at the last close, shown while the database opens; nothing more is fetched until then."""
        self.beginResetModel()
        self._cluster_id, self._text = cluster_id, ""
        self._order, self._descending = MeetingOrder.DATE, True
        self._rows, self._total = rows, total
        self.endResetModel()

    def attach(self, database: Database) -> None:
        self._database = database

    def can_read(self) -> bool:
        return self._database is not None

    def count(self) -> int:
        assert self._database is not None
        return meetings.count_meetings(self._database, cluster_id=self._cluster_id, text=self._text)

    def page(self, offset: int, limit: int) -> list[MeetingRow]:
        assert self._database is not None
        return meetings.list_meetings(
            self._database,
            cluster_id=self._cluster_id,
            text=self._text,
            order=self._order,
            descending=self._descending,
            offset=offset,
            limit=limit,
        )

    def meeting(self, row: int) -> MeetingRow:
        return self._rows[row]

    def row_of(self, ref: str, *, more_pages: int | None = None) -> int | None:
        """The row of ``ref``, fetching further pages until it is found or none are left (at most ``more_pages``
        of them when given: a list narrowed by a filter need not be read to its end to find that the meeting on
        screen is not in it)."""
        fetched = 0
        while True:
            for row, meeting in enumerate(self._rows):
                if meeting.ref == ref:
                    return row
            if not self.canFetchMore() or (more_pages is not None and fetched >= more_pages):
                return None
            self.fetchMore()
            fetched += 1

    # -- Qt's model interface ---------------------------------------------------------------------------------

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Ref."),
            self.tr("Cluster"),
            self.tr("Date"),
            self.tr("Kind"),
            self.tr("Title"),
            self.tr("Status"),
            self.tr("Minutes"),
        )[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        meeting = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                meeting.ref,
                meeting.cluster_code,
                meeting.starts_at.strftime("%Y-%m-%d %H:%M"),
                word(meeting.kind),
                meeting.title,
                word(meeting.status),
                word(meeting.minutes_status),
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{meeting.ref} — {meeting.title}\n{meeting.location}".strip()
        if role == Qt.ItemDataRole.UserRole:
            return meeting.ref
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        wanted = (self._ORDERS[column], order == Qt.SortOrder.DescendingOrder)
        if wanted == (self._order, self._descending):
            return
        self._order, self._descending = wanted
        self.reload()
