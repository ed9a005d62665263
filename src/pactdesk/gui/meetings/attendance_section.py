"""Who came: the list with each person's status and organisation, people from the directory and guests added to it,
and whether every member was there."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pactdesk.domain.enums import AttendanceStatus
from pactdesk.domain.errors import DomainError, PactDeskError, ValidationError
from pactdesk.gui.common.errors import show_error
from pactdesk.gui.common.undo import set_field, step
from pactdesk.gui.common.widgets import ChoiceBox, WholeTextTips, enum_combo, guarded
from pactdesk.gui.common.words import word
from pactdesk.gui.directory.forms import FieldForm
from pactdesk.gui.directory.models import person_label
from pactdesk.services import attendance, directory, meetings
from pactdesk.services.attendance import OWN_ORGANISATION, AttendanceRow
from pactdesk.services.directory import OrganisationRow, PersonRow
from pactdesk.store.database import Database

_Values = TypeVar("_Values")

_Index = QModelIndex | QPersistentModelIndex


class AttendanceModel(QAbstractTableModel):
    PERSON, ORGANISATION, ROLE, STATUS = range(4)

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[AttendanceRow] = []

    def set_rows(self, rows: list[AttendanceRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row(self, row: int) -> AttendanceRow:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Person"), self.tr("Representing"), self.tr("Role"), self.tr("Attendance"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            person = f"{row.person} ({self.tr('guest')})" if row.guest else row.person
            status = word(row.status) if row.status else self.tr("— not recorded —")
            return (person, row.organisation, row.role, status)[index.column()]
        return None


@dataclass(frozen=True)
class GuestValues:
    name: str = ""
    email: str = ""
    organisation_id: int | None = None


def _organisation_choices(box: ChoiceBox, organisations: Sequence[OrganisationRow], none: str) -> None:
    box.add_choice(none, None)
    for organisation in organisations:
        shown = f"{organisation.name} ({organisation.acronym})" if organisation.acronym else organisation.name
        box.add_choice(shown, organisation.id)


class GuestForm(FieldForm):
    """Name, e-mail and organisation of a guest; a refused value is explained beside its field."""

    def __init__(
        self,
        parent: QWidget | None,
        organisations: Sequence[OrganisationRow],
        values: GuestValues,
        error: DomainError | None = None,
    ) -> None:
        super().__init__(parent, self.tr("Add a guest"))
        self.name = QLineEdit(values.name)
        self.email = QLineEdit(values.email)
        self.email.setPlaceholderText(self.tr("name@example.pt"))
        self.organisation = ChoiceBox()
        _organisation_choices(self.organisation, organisations, self.tr("(none)"))
        self.organisation.set_value(values.organisation_id)
        self.add_field("name", self.tr("&Name"), self.name)
        self.add_field("email", self.tr("&E-mail"), self.email)
        self.add_field("organisation_id", self.tr("&Organisation"), self.organisation)
        self.name.setAccessibleName(self.tr("Guest's name"))
        self.email.setAccessibleName(self.tr("Guest's e-mail"))
        if error is not None:
            self.show_error(error)

    def values(self) -> GuestValues:
        return GuestValues(self.name.text(), self.email.text(), self.organisation.value())

    @classmethod
    def get_guest(
        cls,
        parent: QWidget | None,
        organisations: Sequence[OrganisationRow],
        values: GuestValues,
        error: DomainError | None = None,
    ) -> tuple[GuestValues, bool]:
        form = cls(parent, organisations, values, error)
        accepted = form.exec() == QDialog.DialogCode.Accepted
        return form.values(), accepted


@dataclass(frozen=True)
class AttendeeValues:
    person_id: int | None = None
    status: AttendanceStatus | None = None
    organisation_id: int | None = None


class AttendeeForm(FieldForm):
    """Someone from the directory for a meeting's list: type to find them, then how they attended and for whom.

    People already on the list are not offered."""

    def __init__(
        self,
        parent: QWidget | None,
        people: Sequence[PersonRow],
        organisations: Sequence[OrganisationRow],
        values: AttendeeValues,
        error: DomainError | None = None,
    ) -> None:
        super().__init__(parent, self.tr("Add a person to the list"))
        self._people = list(people)
        self._shown: list[PersonRow] = []
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(self.tr("Type a name or an organisation"))
        self.filter.installEventFilter(self)
        self.people = QListWidget()
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.hide()
        self.status = enum_combo(AttendanceStatus, empty=self.tr("— not recorded —"))
        self.organisation = ChoiceBox()
        _organisation_choices(self.organisation, organisations, self.tr("(none)"))
        self.add_field("filter", self.tr("&Find"), self.filter)
        self.add_field("person", self.tr("&Person"), self.people)
        self.form.addRow(self.empty)
        self.add_field("status", self.tr("&Attended"), self.status)
        self.add_field("organisation_id", self.tr("&Representing"), self.organisation)
        self.filter.setAccessibleName(self.tr("Find a person by name or organisation"))
        self.people.setAccessibleName(self.tr("People in the directory not on the list yet"))
        self.filter.textChanged.connect(self._show_people)
        self.people.currentRowChanged.connect(self._person_chosen)
        self.people.itemDoubleClicked.connect(lambda _item: self.accept())
        self.status.set_value(values.status)
        self._show_people()
        if values.person_id is not None:
            self._choose(values.person_id)
            self.organisation.set_value(values.organisation_id)
        if error is not None:
            self.show_error(error)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # From the filter, the arrow keys go on to the list, as in any search box with results under it.
        if watched is self.filter and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self._shown:
                step = 1 if key == Qt.Key.Key_Down else -1
                row = min(max(self.people.currentRow() + step, 0), len(self._shown) - 1)
                self.people.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)

    def _show_people(self) -> None:
        text = self.filter.text()
        self._shown = [person for person in self._people if directory.person_matches(person, text)]
        self.people.blockSignals(True)
        self.people.clear()
        for person in self._shown:
            self.people.addItem(f"{person_label(person)} — {person.role}" if person.role else person_label(person))
        self.people.blockSignals(False)
        if not self._people:
            self.empty.setText(self.tr("Everyone in the directory is on the list already."))
        else:
            self.empty.setText(self.tr("Nobody in the directory matches “{0}”.").format(text.strip()))
        self.empty.setVisible(not self._shown)
        if self._shown:
            self.people.setCurrentRow(0)
        else:
            self._person_chosen(-1)

    def _choose(self, person_id: int) -> None:
        row = next((n for n, person in enumerate(self._shown) if person.id == person_id), None)
        if row is not None:
            self.people.setCurrentRow(row)

    def _person_chosen(self, row: int) -> None:
        """Someone represents their own organisation unless told otherwise."""
        person = self.person()
        self.organisation.set_value(person.organisation_id if person else None)

    def person(self) -> PersonRow | None:
        row = self.people.currentRow()
        return self._shown[row] if 0 <= row < len(self._shown) else None

    def values(self) -> AttendeeValues:
        person = self.person()
        return AttendeeValues(person.id if person else None, self.status.value(), self.organisation.value())

    def accept(self) -> None:
        if self.person() is None:
            self.show_error(ValidationError(self.tr("Choose a person from the list."), "person"))
            return
        super().accept()

    @classmethod
    def get_values(
        cls,
        parent: QWidget | None,
        people: Sequence[PersonRow],
        organisations: Sequence[OrganisationRow],
        values: AttendeeValues,
        error: DomainError | None = None,
    ) -> tuple[AttendeeValues, bool]:
        form = cls(parent, people, organisations, values, error)
        accepted = form.exec() == QDialog.DialogCode.Accepted
        return form.values(), accepted


class SamePersonQuestion(QMessageBox):
    """A guest whose name or e-mail someone in the directory has: use that person (the default), or a new one."""

    MOST = 4  # buttons for people already there; more would not be a question any more

    def __init__(
        self, parent: QWidget | None, name: str, matches: Sequence[PersonRow], listed: Collection[int]
    ) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Add a guest"))
        offered = [person for person in matches if person.id not in listed][: self.MOST]
        already = [person_label(person) for person in matches if person.id in listed]
        self.setText(
            self.tr("The directory already has someone with the name or e-mail address of {0}: {1}.").format(
                name.strip(), "; ".join(person_label(person) for person in matches)
            )
        )
        lines = []
        if offered:
            lines.append(self.tr("Add the person already in the directory, or create a new person?"))
        if already:
            lines.append(self.tr("Already on the list of this meeting: {0}.").format("; ".join(already)))
        self.setInformativeText("\n".join(lines))
        self.choices: dict[QAbstractButton, int | None] = {}
        self.use_buttons: list[QPushButton] = []
        for person in offered:
            button = self.addButton(self.tr("Use {0}").format(person_label(person)), QMessageBox.ButtonRole.YesRole)
            self.choices[button] = person.id
            self.use_buttons.append(button)
        self.new_button = self.addButton(self.tr("Create a new person"), QMessageBox.ButtonRole.NoRole)
        self.choices[self.new_button] = None
        self.cancel_button = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setEscapeButton(self.cancel_button)
        self.setDefaultButton(self.use_buttons[0] if self.use_buttons else self.new_button)

    @classmethod
    def ask(
        cls, parent: QWidget | None, name: str, matches: Sequence[PersonRow], listed: Collection[int]
    ) -> tuple[int | None, bool]:
        """(the person to use, or ``None`` for a new one; whether the secretary answered rather than cancelled)."""
        box = cls(parent, name, matches, listed)
        box.exec()
        clicked = box.clickedButton()
        if clicked not in box.choices:
            return None, False
        return box.choices[clicked], True


class AttendanceSection(QWidget):
    touched = Signal(str)

    def __init__(self, database: Database, stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database, self._stack = database, stack
        self._ref: str | None = None
        self.model = AttendanceModel()
        self.view = QTableView()
        self.view.setObjectName("attendanceView")
        self.view.setAccessibleName(self.tr("Attendance"))
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move within it
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        WholeTextTips(self.view)  # a name or an organisation cut short shows whole when pointed at
        self.presence = QLabel()
        self.presence.setObjectName("memberPresence")
        self.presence.setWordWrap(True)
        self.status_buttons: dict[AttendanceStatus, QPushButton] = {}
        buttons = QHBoxLayout()
        for status, text in (
            (AttendanceStatus.PRESENT, self.tr("&Present")),
            (AttendanceStatus.REMOTE, self.tr("&Remote")),
            (AttendanceStatus.APOLOGIES, self.tr("Ap&ologies")),
            (AttendanceStatus.ABSENT, self.tr("A&bsent")),
        ):
            button = QPushButton(text)
            button.setAccessibleName(self.tr("Mark the selected people {0}").format(word(status)))
            button.clicked.connect(lambda _=False, chosen=status: self.mark_selected(chosen))
            self.status_buttons[status] = button
            buttons.addWidget(button)
        buttons.addStretch()
        others = QHBoxLayout()
        self.add_person_button = QPushButton(self.tr("Add per&son…"))
        self.add_person_button.setAccessibleName(self.tr("Add someone from the directory to the list"))
        self.add_person_button.clicked.connect(self.add_person)
        self.add_guest_button = QPushButton(self.tr("Add g&uest…"))
        self.add_guest_button.clicked.connect(self.add_guest)
        self.representing_button = QPushButton(self.tr("Represe&nting…"))
        self.representing_button.setAccessibleName(self.tr("Choose the organisation the selected person represents"))
        self.representing_button.clicked.connect(self.choose_representing)
        self.remove_button = QPushButton(self.tr("Remove from list"))
        self.remove_button.clicked.connect(self.remove_selected)
        # Two rows of two: in Portuguese the four side by side are wider than the editor on a laptop.
        others.addWidget(self.add_person_button)
        others.addWidget(self.add_guest_button)
        others.addStretch()
        more = QHBoxLayout()
        more.addWidget(self.representing_button)
        more.addWidget(self.remove_button)
        more.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.presence)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        layout.addLayout(others)
        layout.addLayout(more)

    def show_meeting(self, ref: str, locked: bool) -> None:
        self._ref = ref
        rows, presence = attendance.attendance_sheet(self._database, ref)
        self.model.set_rows(rows)
        missing = [f"({row.seat.value}) {row.organisation}" for row in presence if not row.represented]
        if not missing:
            self.presence.setText(self.tr("✔ Every member organisation of the committee is represented."))
        else:
            self.presence.setText(self.tr("Not represented: {0}").format("; ".join(missing)))
        for widget in (
            *self.status_buttons.values(),
            self.representing_button,
            self.add_person_button,
            self.add_guest_button,
            self.remove_button,
        ):
            widget.setEnabled(not locked)

    def _selected(self) -> list[AttendanceRow]:
        return [self.model.row(index.row()) for index in self.view.selectionModel().selectedRows()]

    def mark_selected(self, status: AttendanceStatus) -> None:
        ref, chosen = self._ref, self._selected()
        if ref is None or not chosen:
            return
        before = [(row.person_id, row.status) for row in chosen]
        label = self.tr("Mark %n person(s) {0}", "", len(chosen)).format(word(status))

        def do() -> None:
            for person_id, _ in before:
                attendance.set_attendance(self._database, ref, person_id, status)

        def undo() -> None:
            for person_id, old in before:
                attendance.set_attendance(self._database, ref, person_id, old)

        guarded(self, lambda: step(self._stack, label, do, undo, lambda: self.touched.emit(ref)))

    def choose_representing(self) -> None:
        ref, chosen = self._ref, self._selected()
        if ref is None or len(chosen) != 1:
            return
        row = chosen[0]
        organisations = directory.list_organisations(self._database)
        names = [organisation.name for organisation in organisations]
        current = names.index(row.organisation) if row.organisation in names else 0
        name, accepted = QInputDialog.getItem(
            self, self.tr("Representing"), self.tr("{0} represents:").format(row.person), names, current, False
        )
        if not accepted:
            return
        organisation_id = organisations[names.index(name)].id

        def setter(value: object) -> object:
            return attendance.set_representing(self._database, ref, row.person_id, value)  # type: ignore[arg-type]

        label = self.tr("{0} represents {1}").format(row.person, name)
        guarded(self, lambda: set_field(self._stack, label, setter, organisation_id, lambda: self.touched.emit(ref)))
        self.touched.emit(ref)

    def _listed(self) -> set[int]:
        return {self.model.row(row).person_id for row in range(self.model.rowCount())}

    def _until_saved(
        self,
        ask: Callable[[_Values, DomainError | None], tuple[_Values, bool]],
        save: Callable[[_Values], bool],
        values: _Values,
    ) -> None:
        """Ask with the form until the change is saved (``save`` returns ``False`` when the secretary stopped on the
        way) or the form is cancelled; a refusal reopens the form with the sentence beside its field."""
        error: DomainError | None = None
        while True:
            values, accepted = ask(values, error)
            if not accepted:
                return
            try:
                save(values)
                return
            except DomainError as refused:
                error = refused
            except PactDeskError as failure:
                show_error(self, failure)
                return

    def add_person(self) -> None:
        """Someone from the directory, with how they attended and whom they represent."""
        ref = self._ref
        if ref is None:
            return
        try:
            started = meetings.meeting_detail(self._database, ref).starts_at <= datetime.now()
            listed = self._listed()
            people = [person for person in directory.list_people(self._database) if person.id not in listed]
            organisations = directory.list_organisations(self._database)
        except PactDeskError as error:
            show_error(self, error)
            return
        labels = {person.id: person_label(person) for person in people}

        def save(values: AttendeeValues) -> bool:
            person_id = values.person_id
            if person_id is None:
                raise ValidationError(self.tr("Choose a person from the list."), "person")

            def do() -> None:
                attendance.add_attendee(
                    self._database, ref, person_id, status=values.status, organisation_id=values.organisation_id
                )

            def undo() -> None:
                attendance.remove_attendance(self._database, ref, person_id)

            step(self._stack, self.tr("Add {0}").format(labels[person_id]), do, undo, lambda: self.touched.emit(ref))
            return True

        # A meeting that has begun is being recorded: whoever is added most likely came.
        first = AttendeeValues(status=AttendanceStatus.PRESENT if started else None)
        self._until_saved(
            lambda values, error: AttendeeForm.get_values(self, people, organisations, values, error), save, first
        )

    def add_guest(self) -> None:
        """A guest by name; someone in the directory with that name or e-mail is offered instead of a duplicate."""
        ref = self._ref
        if ref is None:
            return
        try:
            organisations = directory.list_organisations(self._database)
            listed = self._listed()
        except PactDeskError as error:
            show_error(self, error)
            return

        def save(values: GuestValues) -> bool:
            matches = directory.similar_people(self._database, values.name, values.email)
            person_id: int | None = None
            if matches:
                person_id, answered = SamePersonQuestion.ask(self, values.name, matches, listed)
                if not answered:
                    return False
            if person_id is not None:
                self._add_known_guest(ref, next(row for row in matches if row.id == person_id), values)
            else:
                self._add_new_guest(ref, values)
            return True

        self._until_saved(
            lambda values, error: GuestForm.get_guest(self, organisations, values, error), save, GuestValues()
        )

    def _add_known_guest(self, ref: str, person: PersonRow, values: GuestValues) -> None:
        representing = OWN_ORGANISATION if values.organisation_id is None else values.organisation_id

        def do() -> None:
            attendance.add_attendee(self._database, ref, person.id, organisation_id=representing, guest=True)

        def undo() -> None:
            attendance.remove_attendance(self._database, ref, person.id)

        label = self.tr("Add guest {0}").format(person_label(person))
        step(self._stack, label, do, undo, lambda: self.touched.emit(ref))

    def _add_new_guest(self, ref: str, values: GuestValues) -> None:
        added: list[int] = []

        def do() -> None:
            added[:] = [
                attendance.add_guest(
                    self._database,
                    ref,
                    values.name,
                    organisation_id=values.organisation_id,
                    email=values.email or None,
                    new_person=True,
                )
            ]

        def undo() -> None:
            attendance.take_back_guest(self._database, ref, added[0])

        label = self.tr("Add guest {0}").format(values.name.strip())
        step(self._stack, label, do, undo, lambda: self.touched.emit(ref))

    def remove_selected(self) -> None:
        ref, chosen = self._ref, self._selected()
        if ref is None or not chosen:
            return
        removed: list[AttendanceRow] = []

        def do() -> None:
            removed[:] = [attendance.remove_attendance(self._database, ref, row.person_id) for row in chosen]

        def undo() -> None:
            for row in removed:
                attendance.restore_attendance(self._database, ref, row)

        label = self.tr("Remove %n person(s) from the list", "", len(chosen))
        guarded(self, lambda: step(self._stack, label, do, undo, lambda: self.touched.emit(ref)))
