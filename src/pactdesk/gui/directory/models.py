"""The directory's tables: people, organisations, the committee's seats and a seat's holders, over service rows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex

from pactdesk.domain.enums import SeatCode
from pactdesk.gui.common.rows_model import RowsModel
from pactdesk.gui.common.words import day_label, kind_label, seat_label
from pactdesk.services.committee import SeatHolderRow, SeatRow
from pactdesk.services.directory import OrganisationRow, PersonRow

_Index = QModelIndex | QPersistentModelIndex


def person_label(row: PersonRow) -> str:
    """A person as a question names them, so that two of one name can be told apart: “Rui Costa (IAPMEI)”."""
    organisation = row.organisation_acronym or row.organisation
    if not organisation:
        return QCoreApplication.translate("PersonLabel", "{0} (no organisation)").format(row.name)
    return f"{row.name} ({organisation})"


# -- table models ------------------------------------------------------------------------------------------------


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
