"""Approving a meeting's minutes outside a meeting (at one, its "Approval of the previous minutes" item does it):
asked first, with the day they were approved, and whether by written procedure, with its note. Reopening approved
minutes asks why: the reason is kept with the version and printed on the minutes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from pactdesk.gui.common.widgets import FieldWithError, buddies_to_fields, guarded


def _buttons(dialog: QDialog, ok: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(dialog.tr("Cancel"))  # Qt has no pt-PT of its own
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _note_box(name: str, accessible: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setAccessibleName(accessible)
    box.setTabChangesFocus(True)  # Tab goes on to the buttons, as in every other field
    box.setFixedHeight(box.fontMetrics().lineSpacing() * 4)
    return box


class ApproveDialog(QDialog):
    """``save(day, note)`` runs on OK (``note`` is the written procedure's, "" otherwise); a value it refuses is
    explained under its field, and the dialog stays open."""

    def __init__(
        self, ref: str, held_on: date, save: Callable[[date, str], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Approve the minutes"))
        self._save = save
        question = QLabel(
            self.tr(
                "Approve the minutes of {0}? Approved minutes are locked: nothing in the meeting can be changed "
                "until they are reopened, with a reason. Minutes approved at the next meeting are approved there, "
                "under its item “Approval of the previous minutes”."
            ).format(ref)
        )
        question.setWordWrap(True)
        self.day = QDateEdit(QDate.currentDate())
        # Only the days the minutes can be approved on: from the meeting's day to today.
        self.day.setDateRange(QDate(held_on.year, held_on.month, held_on.day), QDate.currentDate())
        self.day.setObjectName("approvedOn")
        self.day.setAccessibleName(self.tr("Date of approval"))
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setCalendarPopup(True)
        self.field = FieldWithError(self.day)
        self.written = QCheckBox(self.tr("Approved by &written procedure, outside a meeting"))
        self.written.setObjectName("writtenProcedure")
        self.note = _note_box("procedureNote", self.tr("The written procedure"))
        self.note.setPlaceholderText(
            self.tr("e.g. Written procedure 3/2026: sent on 2 March, no objections by 9 March")
        )
        self.note.setEnabled(False)
        self.note_field = FieldWithError(self.note)
        self.written.toggled.connect(self.note.setEnabled)
        self.buttons = _buttons(self, self.tr("&Approve"))
        form = QFormLayout(self)
        form.addRow(question)
        form.addRow(self.tr("Approved &on:"), self.field)
        form.addRow(self.written)
        form.addRow(self.tr("&Procedure:"), self.note_field)
        buddies_to_fields(form)  # Alt+O reaches the date, not the box around it
        form.addRow(self.buttons)
        self.setMinimumWidth(480)
        if held_on > date.today():
            self.field.show_error(
                self.tr("The meeting is on {0}: its minutes can be approved once it has been held.").format(
                    held_on.isoformat()
                )
            )
            for widget in (self.day, self.written, self.buttons.button(QDialogButtonBox.StandardButton.Ok)):
                widget.setEnabled(False)

    def accept(self) -> None:
        chosen = self.day.date()
        day = date(chosen.year(), chosen.month(), chosen.day())
        note = self.note.toPlainText().strip() if self.written.isChecked() else ""
        self.note_field.clear_error()
        if self.written.isChecked() and not note:
            self.note_field.show_error(
                self.tr("Say what the written procedure was: its number, when it was sent, the answers.")
            )
            self.note.setFocus()
            self.adjustSize()
            return
        fields = {"approved_on": self.field, "note": self.note_field}
        if guarded(self, lambda: self._save(day, note), fields, fallback=self.field):
            super().accept()
        else:
            self.adjustSize()  # room for the sentence, under the question, not over it

    @classmethod
    def ask(cls, parent: QWidget | None, ref: str, held_on: date, save: Callable[[date, str], None]) -> bool:
        return cls(ref, held_on, save, parent).exec() == QDialog.DialogCode.Accepted


class ReopenDialog(QDialog):
    """Reopening approved minutes: ``save(reason)`` runs on OK; without a reason, OK says one is needed."""

    def __init__(self, ref: str, save: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reopen the approved minutes"))
        self._save = save
        question = QLabel(
            self.tr(
                "The minutes of {0} are approved. Reopening them unlocks the meeting; the reason is kept with the "
                "versions of the minutes and printed on them from now on."
            ).format(ref)
        )
        question.setWordWrap(True)
        self.reason = _note_box("reopenReason", self.tr("Reason for reopening"))
        self.reason.setPlaceholderText(self.tr("e.g. The name of a participant was misspelt in item 2."))
        self.field = FieldWithError(self.reason)
        self.buttons = _buttons(self, self.tr("&Reopen"))
        form = QFormLayout(self)
        form.addRow(question)
        form.addRow(self.tr("&Reason:"), self.field)
        buddies_to_fields(form)
        form.addRow(self.buttons)
        self.setMinimumWidth(480)

    def accept(self) -> None:
        reason = self.reason.toPlainText().strip()
        self.field.clear_error()
        if not reason:
            self.field.show_error(self.tr("Say why the minutes are reopened."))
            self.reason.setFocus()
            self.adjustSize()
            return
        if guarded(self, lambda: self._save(reason), {"reason": self.field}, fallback=self.field):
            super().accept()
        else:
            self.adjustSize()

    @classmethod
    def ask(cls, parent: QWidget | None, ref: str, save: Callable[[str], None]) -> bool:
        return cls(ref, save, parent).exec() == QDialog.DialogCode.Accepted
