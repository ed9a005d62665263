"""The form for a progress update: on which day, who said what, and the status the action moves to, if any."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from pactdesk.domain import validation
from pactdesk.domain.enums import ActionStatus
from pactdesk.domain.errors import ValidationError
from pactdesk.gui.common.widgets import ChoiceBox, FieldWithError, buddies_to_fields, enum_combo, guarded
from pactdesk.services import directory
from pactdesk.store.database import Database


@dataclass(frozen=True)
class UpdateValues:
    on: date
    text: str
    author_id: int | None
    status: ActionStatus | None  # the status the action moves to; ``None`` leaves it as it is


class UpdateForm(QDialog):
    """``fixed_day`` is the meeting's day when the update is given at a meeting: the date is then not asked."""

    def __init__(
        self,
        database: Database,
        action_ref: str,
        *,
        fixed_day: date | None = None,
        values: UpdateValues | None = None,
        parent: QWidget | None = None,
        save: Callable[[UpdateValues], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Progress on {0}").format(action_ref))
        self.values: UpdateValues | None = None
        self._fixed_day = fixed_day
        self.on = QLineEdit((values.on if values else fixed_day or date.today()).isoformat())
        self.on.setAccessibleName(self.tr("Date of the update"))
        self.on.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.on.setEnabled(fixed_day is None)
        self.text = QPlainTextEdit(values.text if values else "")
        self.text.setAccessibleName(self.tr("What was said"))
        self.text.setTabChangesFocus(True)
        self.author = ChoiceBox()
        self.author.setAccessibleName(self.tr("Said by"))
        self.author.add_choice(self.tr("(not recorded)"), None)
        for person in directory.list_people(database):
            self.author.add_choice(person.name, person.id)
        self.author.set_value(values.author_id if values else None)
        self.status = enum_combo(ActionStatus, empty=self.tr("(status unchanged)"), name=self.tr("New status"))
        self.status.set_value(values.status if values else None)
        self.fields = {"on": FieldWithError(self.on), "text": FieldWithError(self.text, limit=validation.MAX_STATEMENT)}
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.problem = FieldWithError(self.buttons)  # what the save refused, when no field is to blame
        form = QFormLayout(self)
        form.addRow(self.tr("&Date:"), self.fields["on"])
        form.addRow(self.tr("&Update:"), self.fields["text"])
        form.addRow(self.tr("Said &by:"), self.author)
        form.addRow(self.tr("&Status becomes:"), self.status)
        form.addRow(self.problem)
        buddies_to_fields(form)
        self.text.setFocus()

    def accept(self) -> None:
        for holder in self.fields.values():
            holder.clear_error()
        try:
            text = validation.required_text(self.text.toPlainText(), "update", "text", validation.MAX_STATEMENT)
            day = self._fixed_day or validation.parse_date(self.on.text(), "date of the update", "on")
            if day is None:
                raise ValidationError(self.tr("A progress update needs a date."), "on")
        except ValidationError as error:
            self.fields[error.field or "text"].show_error(str(error))
            return
        values = UpdateValues(day, text, self.author.value(), self.status.value())
        save = self._save
        if save is not None and not guarded(self, lambda: save(values), self.fields, fallback=self.problem):
            return
        self.values = values
        super().accept()

    @classmethod
    def get_update(
        cls,
        parent: QWidget | None,
        database: Database,
        action_ref: str,
        *,
        fixed_day: date | None = None,
        values: UpdateValues | None = None,
        save: Callable[[UpdateValues], None] | None = None,
    ) -> tuple[UpdateValues | None, bool]:
        """Show the form; ``save`` runs on OK, and if it refuses, the form stays open with what was typed."""
        form = cls(database, action_ref, fixed_day=fixed_day, values=values, parent=parent, save=save)
        accepted = form.exec() == QDialog.DialogCode.Accepted
        return form.values, accepted
