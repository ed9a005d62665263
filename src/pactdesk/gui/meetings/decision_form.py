"""The form for a decision's text; OK saves it, and a refused text is explained in the form, which stays open."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from pactdesk.domain import validation
from pactdesk.gui.common.widgets import FieldWithError, guarded


class DecisionForm(QDialog):
    def __init__(self, title: str, text: str, save: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._save = save
        self.text = QPlainTextEdit(text)
        self.text.setObjectName("decisionText")
        self.text.setAccessibleName(self.tr("Decision"))
        self.text.setTabChangesFocus(True)
        self.field = FieldWithError(self.text, limit=validation.MAX_STATEMENT)
        label = QLabel(self.tr("&Decision:"))
        label.setBuddy(self.text)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.field)
        layout.addWidget(self.buttons)
        self.resize(520, 260)
        self.text.setFocus()

    def accept(self) -> None:
        text = self.text.toPlainText()
        if guarded(self, lambda: self._save(text), {"text": self.field}, fallback=self.field):
            super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str, save: Callable[[str], None]) -> bool:
        """Show the form; ``save`` runs on OK (its refusal keeps the form open). True when saved."""
        return cls(title, text, save, parent).exec() == QDialog.DialogCode.Accepted
