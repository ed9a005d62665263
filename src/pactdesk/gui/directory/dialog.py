"""The directory window: people, organisations and the committee's seats, with the actions that change them."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar, cast

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pactdesk.domain.enums import SeatCode
from pactdesk.domain.errors import DomainError, PactDeskError, StaleError, ValidationError
from pactdesk.gui.common.access import writable
from pactdesk.gui.common.conflict import edited
from pactdesk.gui.common.errors import show_error
from pactdesk.gui.common.words import day_label, seat_label
from pactdesk.gui.directory.forms import (
    HolderForm,
    HolderValues,
    MergeForm,
    OrganisationForm,
    OrganisationValues,
    PeopleMergeForm,
    PersonForm,
    PersonValues,
)
from pactdesk.gui.directory.list_tab import ListTab, named_button
from pactdesk.gui.directory.models import (
    OrganisationTableModel,
    PeopleTableModel,
    SeatHistoryModel,
    SeatTableModel,
    person_label,
)
from pactdesk.services import committee, directory, erasure
from pactdesk.services.committee import SeatRow
from pactdesk.services.directory import OrganisationRow, PersonRow
from pactdesk.store.database import Database

logger = logging.getLogger(__name__)

_Values = TypeVar("_Values")
_Saved = TypeVar("_Saved")


class DirectoryDialog(QDialog):
    """People and organisations: add, edit, merge duplicates, delete; and who holds the committee's seats."""

    changed = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.setModal(False)
        self.setWindowTitle(self.tr("People and organisations"))
        self._undo: Callable[[], object] | None = None
        people_names = (
            self.tr("Filter people by name, e-mail or organisation"),
            self.tr("People"),
            self.tr("Add a person"),
            self.tr("Edit the selected person"),
            self.tr("Merge the selected person into another"),
            self.tr("Delete the selected person"),
        )
        organisation_names = (
            self.tr("Filter organisations by name, acronym or kind"),
            self.tr("Organisations"),
            self.tr("Add an organisation"),
            self.tr("Edit the selected organisation"),
            self.tr("Merge the selected organisation into another"),
            self.tr("Delete the selected organisation"),
        )
        may = writable(database)
        self.people_tab = ListTab(PeopleTableModel(), PeopleTableModel.ORGANISATION, self._people, people_names, may)
        self.organisations_tab = ListTab(
            OrganisationTableModel(), OrganisationTableModel.NAME, self._organisations, organisation_names, may
        )
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Directory"))
        self.tabs.addTab(self.people_tab, self.tr("&People"))
        self.tabs.addTab(self.organisations_tab, self.tr("&Organisations"))
        self.tabs.addTab(self._committee_tab(), self.tr("&Committee"))
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Last change"))
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo the last edit"))
        self.undo_button.clicked.connect(self._run_undo)
        self.undo_button.hide()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.undo_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addLayout(bottom)
        people, organisations = self.people_tab, self.organisations_tab
        people.add_button.clicked.connect(self._add_person)
        people.edit_button.clicked.connect(self._edit_person)
        people.merge_button.clicked.connect(self._merge_people)
        people.delete_button.clicked.connect(self._delete_person)
        self.erase_button = named_button(self.tr("E&rase…"), self.tr("Erase the selected person's details everywhere"))
        self.erase_button.setObjectName("erasePerson")
        self.erase_button.setToolTip(
            self.tr(
                "The right to erasure: the person becomes “Former participant N”, their details gone, backups included"
            )
        )
        self.erase_button.clicked.connect(self._erase_person)
        people.buttons.insertWidget(people.buttons.count() - 1, self.erase_button)
        people.view.selectionModel().selectionChanged.connect(
            lambda *_: self.erase_button.setEnabled(writable(database) and len(people.selected()) == 1)
        )
        self.erase_button.setEnabled(False)
        people.view.doubleClicked.connect(self._edit_person)
        organisations.add_button.clicked.connect(self._add_organisation)
        organisations.edit_button.clicked.connect(self._edit_organisation)
        organisations.merge_button.clicked.connect(self._merge_organisations)
        organisations.delete_button.clicked.connect(self._delete_organisation)
        organisations.view.doubleClicked.connect(self._edit_organisation)
        self.resize(900, 560)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        # The dialog stays open beside the window (or is shown again later): what was done there, such as a guest
        # added to a meeting, is in the lists when it comes back.
        self.refresh()
        super().showEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate:
            self.refresh()
        return super().event(event)

    def _committee_tab(self) -> QWidget:
        self.seats = SeatTableModel()
        self.seat_view = QTableView()
        self.seat_view.setModel(self.seats)
        self.seat_view.setAccessibleName(self.tr("Committee seats"))
        self.seat_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.seat_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.seat_view.verticalHeader().hide()
        self.seat_view.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move within it
        self.seat_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.seat_view.horizontalHeader().setSectionResizeMode(SeatTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.seat_view.setWordWrap(False)
        self.seat_view.selectionModel().selectionChanged.connect(self._show_history)
        self.seat_view.doubleClicked.connect(self._set_holder)
        self.history = SeatHistoryModel()
        self.history_view = QTableView()
        self.history_view.setModel(self.history)
        self.history_view.setAccessibleName(self.tr("Holders of the selected seat"))
        self.history_view.verticalHeader().hide()
        self.history_view.setTabKeyNavigation(False)
        self.history_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.set_holder_button = QPushButton(self.tr("&Set holder…"))
        self.set_holder_button.setAccessibleName(self.tr("Set who holds the selected seat"))
        self.set_holder_button.clicked.connect(self._set_holder)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.seat_view, 3)
        row = QHBoxLayout()
        row.addWidget(self.set_holder_button)
        row.addStretch()
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Holders of the selected seat, the earliest first:")))
        layout.addWidget(self.history_view, 2)
        return tab

    # -- reading ---------------------------------------------------------------------------------------------

    def _people(self, text: str) -> list[PersonRow]:
        return directory.list_people(self.database, text)

    def _organisations(self, text: str) -> list[OrganisationRow]:
        return directory.list_organisations(self.database, text)

    def refresh(self) -> None:
        try:
            self.people_tab.reload()
            self.organisations_tab.reload()
            current = self.seat_view.currentIndex().row()
            self.seats.set_rows(committee.committee_seats(self.database))
            self.seat_view.selectRow(max(current, 0))
            self._show_history()
        except PactDeskError as error:
            show_error(self, error)

    def _show_history(self) -> None:
        seat = self._current_seat()
        self.history.set_rows(committee.seat_history(self.database, seat.code) if seat else [])
        self.set_holder_button.setEnabled(writable(self.database) and seat is not None)

    def _current_seat(self) -> SeatRow | None:
        rows = self.seat_view.selectionModel().selectedRows()
        return self.seats.row_at(rows[0].row()) if rows else None

    # -- writing ---------------------------------------------------------------------------------------------

    def _ask_and_save(
        self,
        ask: Callable[[_Values, DomainError | None], tuple[_Values, bool]],
        save: Callable[[_Values], _Saved],
        values: _Values,
        seen: dict[str, Any] | None = None,
    ) -> tuple[_Values, _Saved] | None:
        """Ask with the form until the service accepts the values or the user cancels; the form shows refusals.
        ``seen``, what an edit form showed, is what ``save`` checks against; once someone else's change to it has
        been shown in the form, OK saves on top of it (``seen`` is emptied)."""
        error: DomainError | None = None
        while True:
            values, accepted = ask(values, error)
            if not accepted:
                return None
            try:
                return values, save(values)
            except StaleError as refused:
                error = refused
                if seen is not None:
                    seen.clear()
            except DomainError as refused:
                error = refused
            except PactDeskError as failure:
                show_error(self, failure)
                return None

    def _done(self, message: str, undo: Callable[[], object] | None = None) -> None:
        self._undo = undo
        self.undo_button.setVisible(undo is not None)
        self.status.setText(message)
        self.refresh()
        self.changed.emit()

    def _run_undo(self) -> None:
        undo, self._undo = self._undo, None
        if undo is None:
            return
        try:
            undo()
        except PactDeskError as error:
            show_error(self, error)
            return
        self._done(self.tr("The last edit was undone."))

    def _confirmed(self, title: str, text: str) -> bool:
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        answer = QMessageBox.question(self, title, text, buttons, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _merged(self, duplicate: str, kept: str, moved: list[tuple[str, int]]) -> str:
        """What a merge did, counts as labels (“attendance: 3”) so no plural forms are needed."""
        counts = "; ".join(f"{label}: {count}" for label, count in moved if count)
        if not counts:
            return self.tr("Merged {0} into {1}; nothing else referred to {0}.").format(duplicate, kept)
        return self.tr("Merged {0} into {1}. Moved — {2}.").format(duplicate, kept, counts)

    def _succeeded(self, work: Callable[[], object]) -> bool:
        try:
            work()
        except PactDeskError as error:
            show_error(self, error)
            return False
        return True

    # -- people ----------------------------------------------------------------------------------------------

    def _ask_person(self, title: str) -> Callable[[PersonValues, DomainError | None], tuple[PersonValues, bool]]:
        organisations = directory.list_organisations(self.database)
        return lambda values, error: PersonForm.get_values(self, title, values, organisations, error)

    def _add_person(self) -> None:
        saved = self._ask_and_save(
            self._ask_person(self.tr("Add a person")),
            lambda values: directory.add_person(self.database, **values.changes()),
            PersonValues(),
        )
        if saved is not None:
            values, person_id = saved
            self._done(self.tr("Added {0}.").format(values.name.strip()))
            self.tabs.setCurrentWidget(self.people_tab)
            self.people_tab.select(person_id)

    def _edit_person(self) -> None:
        rows = self.people_tab.selected()
        if len(rows) != 1:
            return
        row: PersonRow = rows[0]
        initial = PersonValues(row.name, row.organisation_id, row.role, row.email or "", row.phone)
        seen: dict[str, Any] = dict(initial.changes())
        saved = self._ask_and_save(
            self._ask_person(self.tr("Edit {0}").format(row.name)),
            lambda values: directory.update_person(
                self.database,
                row.id,
                seen=seen or None,
                **cast(directory.PersonChanges, edited(initial.changes(), values.changes())),
            ),
            initial,
            seen,
        )
        if saved is not None:
            values, previous = saved
            self._done(
                self.tr("Saved the changes to {0}.").format(values.name.strip()),
                lambda: directory.update_person(self.database, row.id, **previous),
            )

    def _merge_people(self) -> None:
        rows: list[PersonRow] = self.people_tab.selected()
        if not rows:
            return
        first = rows[0]
        try:
            people = directory.list_people(self.database)
            history = directory.histories(self.database, (person.id for person in people))
        except PactDeskError as error:
            show_error(self, error)
            return
        others = [person for person in people if person.id != first.id]
        pair, accepted = PeopleMergeForm.get_pair(self, first, others, rows[1].id if len(rows) > 1 else None, history)
        if not accepted or pair is None:
            return
        by_id = {person.id: person for person in people}
        kept, duplicate = (person_label(by_id[person_id]) for person_id in pair)
        if not self._confirmed(self.tr("Merge people"), self.tr("Merge {0} into {1}?").format(duplicate, kept)):
            return
        try:
            merged = directory.merge_people(self.database, *pair)
        except PactDeskError as error:
            show_error(self, error)
            return
        moved = [
            (self.tr("attendance"), merged.attendance_moved),
            (self.tr("actions owned"), merged.actions_moved),
            (self.tr("progress updates"), merged.updates_moved),
            (self.tr("meetings chaired or minuted"), merged.meetings_moved),
            (self.tr("committee seat terms"), merged.seats_moved),
            (self.tr("attendance at the same meeting, dropped"), merged.attendance_dropped),
        ]
        restore = merged.undo
        self._done(
            self._merged(duplicate, kept, moved),
            None if restore is None else lambda: directory.unmerge_people(self.database, restore),
        )
        self.tabs.setCurrentWidget(self.people_tab)
        self.people_tab.select(pair[0])

    def _delete_person(self) -> None:
        rows: list[PersonRow] = self.people_tab.selected()
        if len(rows) != 1:
            return
        person = rows[0]
        question = self.tr("Delete {0} from the directory? This cannot be undone.").format(person.name)
        if not self._confirmed(self.tr("Delete person"), question):
            return
        if self._succeeded(lambda: directory.delete_person(self.database, person.id)):
            self._done(self.tr("Deleted {0}.").format(person.name))

    def _erase_person(self) -> None:
        rows: list[PersonRow] = self.people_tab.selected()
        if len(rows) != 1:
            return
        person = rows[0]
        question = self.tr(
            "Erase {0}? They become “Former participant” everywhere: their attendance, actions and seats stay, "
            "under that label, and their name, e-mail, phone and role are removed from the database and from every "
            "backup that holds them (those backups are rewritten). Names typed in minutes are not changed. This "
            "cannot be undone."
        ).format(person_label(person))
        if not self._confirmed(self.tr("Erase person"), question):
            return
        done: list[erasure.Erasure] = []
        if self._succeeded(lambda: done.append(erasure.erase_person(self.database, person.id))):
            backups = len(done[0].backups_rewritten) + len(done[0].backups_removed)
            erased = self.tr("Erased {0}: now “{1}”; %n backup(s) rewritten.", "", backups)
            self._done(erased.format(person.name, done[0].label))

    # -- organisations ---------------------------------------------------------------------------------------

    def _ask_organisation(
        self, title: str
    ) -> Callable[[OrganisationValues, DomainError | None], tuple[OrganisationValues, bool]]:
        return lambda values, error: OrganisationForm.get_values(self, title, values, error)

    def _add_organisation(self) -> None:
        saved = self._ask_and_save(
            self._ask_organisation(self.tr("Add an organisation")),
            lambda values: directory.add_organisation(self.database, **values.changes()),
            OrganisationValues(),
        )
        if saved is not None:
            values, organisation_id = saved
            self._done(self.tr("Added {0}.").format(values.name.strip()))
            self.organisations_tab.select(organisation_id)

    def _edit_organisation(self) -> None:
        rows = self.organisations_tab.selected()
        if len(rows) != 1:
            return
        row: OrganisationRow = rows[0]
        initial = OrganisationValues(row.name, row.acronym, row.kind, row.email or "", row.notes)
        seen: dict[str, Any] = dict(initial.changes())
        saved = self._ask_and_save(
            self._ask_organisation(self.tr("Edit {0}").format(row.name)),
            lambda values: directory.update_organisation(
                self.database,
                row.id,
                seen=seen or None,
                **cast(directory.OrganisationChanges, edited(initial.changes(), values.changes())),
            ),
            initial,
            seen,
        )
        if saved is not None:
            values, previous = saved
            self._done(
                self.tr("Saved the changes to {0}.").format(values.name.strip()),
                lambda: directory.update_organisation(self.database, row.id, **previous),
            )

    def _merge_organisations(self) -> None:
        rows: list[OrganisationRow] = self.organisations_tab.selected()
        if not rows:
            return
        duplicate = rows[0]
        choices = [(row.id, row.name) for row in directory.list_organisations(self.database) if row.id != duplicate.id]
        kept_id, accepted = MergeForm.get_kept(
            self,
            self.tr("Merge {0}").format(duplicate.name),
            self.tr(
                "{0} will be merged into the organisation you keep: its people, attendance, actions, clusters and "
                "committee seat move to that organisation, empty details are filled in, and {0} is deleted."
            ).format(duplicate.name),
            choices,
            rows[1].id if len(rows) > 1 else None,
        )
        if not accepted or kept_id is None:
            return
        kept_name = dict(choices)[kept_id]
        question = self.tr("Merge {0} into {1}? {0} will be deleted; this cannot be undone.")
        if not self._confirmed(self.tr("Merge organisations"), question.format(duplicate.name, kept_name)):
            return
        try:
            merged = directory.merge_organisations(self.database, kept_id, duplicate.id)
        except PactDeskError as error:
            show_error(self, error)
        else:
            moved = [
                (self.tr("people"), merged.people_moved),
                (self.tr("attendance"), merged.attendance_moved),
                (self.tr("actions owned"), merged.actions_moved),
                (self.tr("clusters managed"), merged.clusters_moved),
                (self.tr("committee seat"), merged.seats_moved),
            ]
            self._done(self._merged(duplicate.name, merged.kept, moved))
            self.organisations_tab.select(kept_id)

    def _delete_organisation(self) -> None:
        rows: list[OrganisationRow] = self.organisations_tab.selected()
        if len(rows) != 1:
            return
        organisation = rows[0]
        question = self.tr("Delete {0} from the directory? This cannot be undone.").format(organisation.name)
        if not self._confirmed(self.tr("Delete organisation"), question):
            return
        if self._succeeded(lambda: directory.delete_organisation(self.database, organisation.id)):
            self._done(self.tr("Deleted {0}.").format(organisation.name))

    # -- the committee ---------------------------------------------------------------------------------------

    def _set_holder(self) -> None:
        seat = self._current_seat()
        if seat is None:
            return
        people = directory.list_people(self.database)
        start = committee.suggested_start(self.database, seat.code)
        if start.last_seen is not None:
            hint = self.tr(
                "{0} was last recorded at a meeting on {1}, so the new holder is taken to start the day after. "
                "Change the day if you know it."
            ).format(start.holder, day_label(start.last_seen))
        elif start.holder is not None:
            hint = self.tr(
                "{0} is not recorded at any meeting yet. Change the day if you know when the new holder started."
            ).format(start.holder)
        else:
            hint = self.tr(
                "Nobody holds this seat yet: the day offered is that of the first meeting on record (or today), so "
                "that every meeting recorded finds the holder. Change it if you know the day."
            )
        saved = self._ask_and_save(
            lambda values, error: HolderForm.get_values(self, seat, values, people, error, hint=hint),
            lambda values: self._hold(seat.code, values),
            HolderValues(None, start.day),
        )
        if saved is not None:
            values = saved[0]
            name = next(person.name for person in people if person.id == values.person_id)
            self._done(self.tr("{0} holds {1} from {2}.").format(name, seat_label(seat.code), day_label(values.since)))

    def _hold(self, code: SeatCode, values: HolderValues) -> None:
        if values.person_id is None:
            raise ValidationError(self.tr("Choose who holds the seat."), "person")
        committee.hold_seat(self.database, code, values.person_id, values.since)
