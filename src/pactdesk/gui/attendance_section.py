"""Who came: the list with each person's status and organisation, guests, and whether every member was there."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pactdesk.domain.enums import AttendanceStatus
from pactdesk.gui.undo import set_field, step
from pactdesk.gui.widgets import guarded
from pactdesk.gui.words import word
from pactdesk.services import attendance, directory
from pactdesk.services.attendance import AttendanceRow
from pactdesk.store.database import Database

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


class GuestForm(QDialog):
    """Name, e-mail and organisation of a guest."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a guest"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Guest's name"))
        self.email = QLineEdit()
        self.email.setAccessibleName(self.tr("Guest's e-mail"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&E-mail:"), self.email)
        form.addRow(buttons)

    @classmethod
    def get_guest(cls, parent: QWidget | None) -> tuple[tuple[str, str], bool]:
        form = cls(parent)
        accepted = form.exec() == QDialog.DialogCode.Accepted
        return (form.name.text(), form.email.text()), accepted


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
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.presence = QLabel()
        self.presence.setObjectName("memberPresence")
        self.presence.setWordWrap(True)
        self.status_buttons: dict[AttendanceStatus, QPushButton] = {}
        buttons = QHBoxLayout()
        for status, text in (
            (AttendanceStatus.PRESENT, self.tr("&Present")),
            (AttendanceStatus.REMOTE, self.tr("&Remote")),
            (AttendanceStatus.APOLOGIES, self.tr("A&pologies")),
            (AttendanceStatus.ABSENT, self.tr("A&bsent")),
        ):
            button = QPushButton(text)
            button.setAccessibleName(self.tr("Mark the selected people {0}").format(word(status)))
            button.clicked.connect(lambda _=False, chosen=status: self.mark_selected(chosen))
            self.status_buttons[status] = button
            buttons.addWidget(button)
        buttons.addStretch()
        others = QHBoxLayout()
        self.add_guest_button = QPushButton(self.tr("Add &guest…"))
        self.add_guest_button.clicked.connect(self.add_guest)
        self.representing_button = QPushButton(self.tr("Re&presenting…"))
        self.representing_button.setAccessibleName(self.tr("Choose the organisation the selected person represents"))
        self.representing_button.clicked.connect(self.choose_representing)
        self.remove_button = QPushButton(self.tr("Remove from list"))
        self.remove_button.clicked.connect(self.remove_selected)
        others.addWidget(self.representing_button)
        others.addWidget(self.add_guest_button)
        others.addWidget(self.remove_button)
        others.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.presence)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        layout.addLayout(others)

    def show_meeting(self, ref: str, locked: bool) -> None:
        self._ref = ref
        self.model.set_rows(attendance.attendance(self._database, ref))
        presence = attendance.member_presence(self._database, ref)
        missing = [f"({row.seat.value}) {row.organisation}" for row in presence if not row.represented]
        if not missing:
            self.presence.setText(self.tr("✔ Every member organisation of the committee is represented."))
        else:
            self.presence.setText(self.tr("Not represented: {0}").format("; ".join(missing)))
        for widget in (
            *self.status_buttons.values(),
            self.representing_button,
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
        label = self.tr("Mark {0} people {1}").format(len(chosen), word(status))

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

    def add_guest(self) -> None:
        ref = self._ref
        if ref is None:
            return
        (name, email), accepted = GuestForm.get_guest(self)
        if not accepted:
            return
        added: list[int] = []

        def do() -> None:
            added[:] = [attendance.add_guest(self._database, ref, name, email=email or None)]

        def undo() -> None:
            attendance.remove_attendance(self._database, ref, added[0])

        guarded(
            self,
            lambda: step(self._stack, self.tr("Add guest {0}").format(name), do, undo, lambda: self.touched.emit(ref)),
        )

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

        label = self.tr("Remove {0} people from the list").format(len(chosen))
        guarded(self, lambda: step(self._stack, label, do, undo, lambda: self.touched.emit(ref)))
