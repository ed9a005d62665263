"""The directory's tables: people, organisations, the committee's seats and a seat's holders, over service rows."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from pactdesk.domain.enums import OrganisationKind, SeatCode
from pactdesk.gui.words import word
from pactdesk.services.committee import SeatHolderRow, SeatRow
from pactdesk.services.directory import OrganisationRow, PersonRow

_Index = QModelIndex | QPersistentModelIndex


def kind_label(kind: OrganisationKind) -> str:
    return word(kind)


def seat_label(code: SeatCode) -> str:
    return QCoreApplication.translate("SeatCode", "Chair") if code is SeatCode.CHAIR else f"({code.value})"


def person_label(row: PersonRow) -> str:
    """A person as a question names them, so that two of one name can be told apart: “Rui Costa (IAPMEI)”."""
    organisation = row.organisation_acronym or row.organisation
    if not organisation:
        return QCoreApplication.translate("PersonLabel", "{0} (no organisation)").format(row.name)
    return f"{row.name} ({organisation})"


def day_label(value: date | None) -> str:
    """The day as the tables show it (ISO, 2025-01-31), or nothing."""
    return value.isoformat() if value is not None else ""


# -- table models ------------------------------------------------------------------------------------------------


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


class PeopleTableModel(RowsModel):
    NAME, ORGANISATION, ROLE, EMAIL, PHONE, SEATS = range(6)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Name"),
            self.tr("Organisation"),
            self.tr("Role"),
            self.tr("E-mail"),
            self.tr("Phone"),
            self.tr("Committee seat"),
        )

    def display(self, row: PersonRow, column: int) -> object:
        seats = ", ".join(seat_label(code) for code in row.seats)
        organisation = row.organisation_acronym or row.organisation
        return (row.name, organisation, row.role, row.email or "", row.phone, seats)[column]

    def tooltip(self, row: PersonRow, column: int) -> str | None:
        return row.organisation or None if column == self.ORGANISATION else super().tooltip(row, column)


class OrganisationTableModel(RowsModel):
    NAME, ACRONYM, KIND, EMAIL, SEAT, PEOPLE = range(6)
    NUMBERS = (PEOPLE,)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Name"),
            self.tr("Acronym"),
            self.tr("Kind"),
            self.tr("E-mail"),
            self.tr("Committee seat"),
            self.tr("People"),
        )

    def display(self, row: OrganisationRow, column: int) -> object:
        seat = seat_label(row.seat) if row.seat is not None else ""
        return (row.name, row.acronym, kind_label(row.kind), row.email or "", seat, row.people)[column]

    def tooltip(self, row: OrganisationRow, column: int) -> str | None:
        if column == self.NAME and row.notes:
            return f"{row.name}\n\n{row.notes}"
        return super().tooltip(row, column)


class SeatTableModel(RowsModel):
    SEAT, TITLE, ORGANISATION, HOLDER, SINCE = range(5)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Seat"), self.tr("Title"), self.tr("Organisation"), self.tr("Held by"), self.tr("Since"))

    def display(self, row: SeatRow, column: int) -> object:
        organisation = row.organisation
        if row.code is SeatCode.C and row.organisation_id is None:
            organisation = self.tr("Each cluster's management entity")
        holder = row.holder if row.holder is not None else self.tr("(vacant)")
        return (seat_label(row.code), row.title, organisation, holder, day_label(row.since))[column]


class SeatHistoryModel(RowsModel):
    HOLDER, SINCE, UNTIL = range(3)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Held by"), self.tr("Since"), self.tr("Until"))

    def display(self, row: SeatHolderRow, column: int) -> object:
        return (row.name, day_label(row.since), day_label(row.until) if row.until else self.tr("still holds it"))[
            column
        ]
