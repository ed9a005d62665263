"""Under a meeting's "Approval of the previous minutes" item: which meeting's minutes it approves, where they stand,
and **Approve the minutes…**, which records the item's decision and approves them, on this meeting's day, at this
meeting (services/minutes_approval.py). Undo takes the decision back and reopens them, saying why."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from pactdesk.domain import validation
from pactdesk.gui.common.undo import step
from pactdesk.gui.common.widgets import FieldWithError, WrappingLabel, guarded
from pactdesk.services import minutes_approval
from pactdesk.services.agenda import AgendaItemRow
from pactdesk.services.minutes_approval import ApprovalAtMeeting
from pactdesk.store.database import Database


class ApprovalBox(QWidget):
    """Shown only for an item that approves an earlier meeting's minutes."""

    touched = Signal(str)  # this meeting (its decision) changed
    approved = Signal(str)  # the earlier meeting whose minutes were approved, or reopened by undo

    def __init__(self, database: Database, stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database, self._stack = database, stack
        self._ref: str | None = None
        self._item: AgendaItemRow | None = None
        self.label = WrappingLabel()
        self.label.setObjectName("approvalState")
        self.button = QPushButton(self.tr("Approve the minutes…"))
        self.button.setObjectName("approvePrevious")
        self.button.setToolTip(
            self.tr("Record this item's decision, which approves the earlier meeting's minutes on this meeting's day")
        )
        self.button.clicked.connect(self.approve)
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addLayout(row)

    def show_item(self, ref: str, item: AgendaItemRow | None, editable: bool) -> None:
        self._ref, self._item = ref, item
        approves = item.approves if item else None
        self.setVisible(approves is not None)
        if item is None or approves is None:
            return
        if item.approved:
            self.label.setText(self.tr("This item approves the minutes of {0}: they are approved.").format(approves))
        else:
            self.label.setText(
                self.tr("This item approves the minutes of {0}, which are not approved yet.").format(approves)
            )
        self.button.setText(self.tr("Approve the minutes of {0}…").format(approves))
        self.button.setEnabled(editable and not item.approved)

    def approve(self) -> None:
        item, ref = self._item, self._ref
        if item is None or ref is None or item.approves is None:
            return
        previous = item.approves
        kept: list[ApprovalAtMeeting] = []

        def do(corrections: str) -> None:
            kept[:] = [minutes_approval.approve_at_meeting(self._database, item.id, corrections)]

        def refresh() -> None:
            self.approved.emit(previous)
            self.touched.emit(ref)

        def save(corrections: str) -> None:
            step(
                self._stack,
                self.tr("Approve the minutes of {0}").format(previous),
                lambda: do(corrections),
                lambda: minutes_approval.undo_approval(self._database, kept[0]),
                refresh,
            )

        ApprovalDialog.ask(self, previous, save)


class ApprovalDialog(QDialog):
    """As circulated, or with corrections (then said in a few words); ``save(corrections)`` runs on OK."""

    def __init__(self, previous: str, save: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Approve the minutes of {0}").format(previous))
        self._save = save
        question = QLabel(
            self.tr(
                "Record that this meeting approved the minutes of {0}. They are approved on this meeting's day and "
                "locked. Make any corrections agreed to those minutes first: they are kept as a version of their own."
            ).format(previous)
        )
        question.setWordWrap(True)
        self.as_circulated = QRadioButton(self.tr("Approved as circulated"))
        self.as_circulated.setObjectName("approvedAsCirculated")
        self.with_corrections = QRadioButton(self.tr("Approved with corrections:"))
        self.with_corrections.setObjectName("approvedWithCorrections")
        self.as_circulated.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.as_circulated)
        group.addButton(self.with_corrections)
        self.corrections = QPlainTextEdit()
        self.corrections.setObjectName("approvalCorrections")
        self.corrections.setAccessibleName(self.tr("The corrections agreed"))
        self.corrections.setTabChangesFocus(True)
        self.corrections.setFixedHeight(self.corrections.fontMetrics().lineSpacing() * 4)
        self.corrections.setEnabled(False)
        self.with_corrections.toggled.connect(self.corrections.setEnabled)
        self.field = FieldWithError(self.corrections, limit=validation.MAX_STATEMENT)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Approve"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(question)
        form.addRow(self.as_circulated)
        form.addRow(self.with_corrections)
        form.addRow(self.field)
        form.addRow(self.buttons)
        self.setMinimumWidth(480)

    def accept(self) -> None:
        corrections = self.corrections.toPlainText().strip() if self.with_corrections.isChecked() else ""
        self.field.clear_error()
        if self.with_corrections.isChecked() and not corrections:
            self.field.show_error(self.tr("Say which corrections were agreed."))
            self.corrections.setFocus()
            return
        if guarded(self, lambda: self._save(corrections), {"corrections": self.field}, fallback=self.field):
            super().accept()
        else:
            self.adjustSize()

    @classmethod
    def ask(cls, parent: QWidget | None, previous: str, save: Callable[[str], None]) -> bool:
        return cls(previous, save, parent).exec() == QDialog.DialogCode.Accepted
