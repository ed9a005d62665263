"""Approving a meeting's minutes: asked first, with the day they were approved (today unless said otherwise)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from pactdesk.gui.widgets import FieldWithError, guarded


class ApproveDialog(QDialog):
    """``save(day)`` runs on OK; a day it refuses is explained under the date, and the dialog stays open."""

    def __init__(self, ref: str, save: Callable[[date], None], parent: QWidget | None = None) -> None:
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
        form.addRow(self.buttons)

    def accept(self) -> None:
        chosen = self.day.date()
        day = date(chosen.year(), chosen.month(), chosen.day())
        if guarded(self, lambda: self._save(day), {"approved_on": self.field}, fallback=self.field):
            super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, ref: str, save: Callable[[date], None]) -> bool:
        return cls(ref, save, parent).exec() == QDialog.DialogCode.Accepted
