"""Approving a meeting's minutes: asked first, with the day they were approved (today unless said otherwise)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from pactdesk.gui.common.widgets import FieldWithError, buddies_to_fields, guarded


class ApproveDialog(QDialog):
    """``save(day)`` runs on OK; a day it refuses is explained under the date, and the dialog stays open."""

    def __init__(self, ref: str, held_on: date, save: Callable[[date], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Approve the minutes"))
        self._save = save
        question = QLabel(
            self.tr(
                "Approve the minutes of {0}? Approved minutes are locked: nothing in the meeting can be changed "
                "until they are set back to circulated."
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
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Approve"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(question)
        form.addRow(self.tr("Approved &on:"), self.field)
        buddies_to_fields(form)  # Alt+O reaches the date, not the box around it
        form.addRow(self.buttons)
        self.setMinimumWidth(440)
        if held_on > date.today():
            self.field.show_error(
                self.tr("The meeting is on {0}: its minutes can be approved once it has been held.").format(
                    held_on.isoformat()
                )
            )
            self.day.setEnabled(False)
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def accept(self) -> None:
        chosen = self.day.date()
        day = date(chosen.year(), chosen.month(), chosen.day())
        if guarded(self, lambda: self._save(day), {"approved_on": self.field}, fallback=self.field):
            super().accept()
        else:
            self.adjustSize()  # room for the sentence, under the question, not over it

    @classmethod
    def ask(cls, parent: QWidget | None, ref: str, held_on: date, save: Callable[[date], None]) -> bool:
        return cls(ref, held_on, save, parent).exec() == QDialog.DialogCode.Accepted
