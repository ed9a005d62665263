"""The form for one action: what, who owns it (a person or an organisation), by when, its status and goals."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from pactdesk.domain import validation
from pactdesk.domain.enums import ActionStatus
from pactdesk.domain.errors import StaleError, ValidationError
from pactdesk.gui.common.conflict import changed_by_line
from pactdesk.gui.common.undo import made
from pactdesk.gui.common.widgets import ChoiceBox, FieldWithError, buddies_to_fields, enum_combo, guarded
from pactdesk.services import actions, catalogue, directory, revisions
from pactdesk.services.revisions import Revision
from pactdesk.store.database import Database


@dataclass(frozen=True)
class ActionValues:
    title: str
    owner_person_id: int | None
    owner_organisation_id: int | None
    due_on: date | None
    status: ActionStatus
    goals: tuple[int, ...]
    seen: int | None = None  # the version of the action the form showed (None: a new action)

    def changes(self) -> dict[str, Any]:
        """The form's values as ``revisions.revise_action`` takes them."""
        return {
            "title": self.title,
            "owner": (self.owner_person_id, self.owner_organisation_id),
            "due_on": self.due_on,
            "status": self.status,
            "goals": self.goals,
        }


def undoable_revision(
    stack: QUndoStack, label: str, database: Database, revision: Revision, refresh: Callable[[], None]
) -> None:
    """Make a revision already saved undoable: undo puts the fields back and takes its update away."""
    made(
        stack,
        label,
        lambda: revisions.undo_revision(database, revision),
        lambda kept: revisions.redo_revision(database, revision, kept),
        refresh,
    )


class ActionForm(QDialog):
    """``save`` runs on OK with the values; if it refuses them, the sentence shows in the form, which stays open
    with everything typed. ``renegotiating`` leaves the status out (it moves with progress updates)."""

    def __init__(
        self,
        database: Database,
        action_id: int | None = None,
        parent: QWidget | None = None,
        *,
        save: Callable[[ActionValues], None] | None = None,
        renegotiating: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Action") if action_id else self.tr("New action"))
        self.values: ActionValues | None = None
        self._save = save
        self._seen: int | None = None
        self.changed = QLabel()  # who saved the action last, and when
        self.changed.setObjectName("actionChangedBy")
        self.changed.setTextFormat(Qt.TextFormat.PlainText)
        self.changed.hide()
        self.title = QPlainTextEdit()
        self.title.setAccessibleName(self.tr("What is to be done"))
        self.title.setTabChangesFocus(True)
        self.title.setFixedHeight(70)
        self.owner = ChoiceBox(self.tr("Owner"))
        self.owner.add_choice(self.tr("(no owner yet)"), None)
        for person in directory.list_people(database):
            self.owner.add_choice(person.name, ("person", person.id))
        for organisation in directory.list_organisations(database):
            self.owner.add_choice(f"{organisation.name}", ("organisation", organisation.id))
        self.due = QLineEdit()
        self.due.setAccessibleName(self.tr("Due date"))
        self.due.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.status = enum_combo(ActionStatus, name=self.tr("Status"))
        goals = QWidget()
        grid = QGridLayout(goals)
        grid.setContentsMargins(0, 0, 0, 0)
        self.goals: dict[int, QCheckBox] = {}
        for number, name in catalogue.goal_names(database):
            box = QCheckBox(f"{number}")
            box.setToolTip(name)
            box.setAccessibleName(self.tr("Goal {0}: {1}").format(number, name))
            self.goals[number] = box
            grid.addWidget(box, 0, number - 1)
        if action_id is not None:
            shown = actions.action_fields(database, action_id)
            self.title.setPlainText(shown.title)
            self.owner.set_value(shown.owner)
            self.due.setText(shown.due_on.isoformat() if shown.due_on else "")
            self.status.set_value(shown.status)
            for number in shown.goals:
                self.goals[number].setChecked(True)
            self._seen = shown.stamp.version
            self.changed.setText(changed_by_line(shown.stamp.updated_by, shown.stamp.updated_at))
            self.changed.setVisible(bool(self.changed.text()))
        self.fields = {
            "title": FieldWithError(self.title, limit=validation.MAX_ACTION),
            "due_on": FieldWithError(self.due),
        }
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.problem = FieldWithError(self.buttons)  # what the save refused, when no field is to blame
        form = QFormLayout(self)
        form.addRow(self.changed)
        form.addRow(self.tr("&Action:"), self.fields["title"])
        form.addRow(self.tr("&Owner:"), self.owner)
        form.addRow(self.tr("&Due:"), self.fields["due_on"])
        if renegotiating:
            self.status.hide()
        else:
            form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.tr("Goals:"), goals)
        form.addRow(self.problem)
        buddies_to_fields(form)
        self.title.setFocus()

    def accept(self) -> None:
        for holder in self.fields.values():
            holder.clear_error()
        try:
            title = validation.required_text(self.title.toPlainText(), "action", "title", validation.MAX_ACTION)
            due = validation.parse_date(self.due.text(), "due date", "due_on")
        except ValidationError as error:
            self.fields[error.field or "title"].show_error(str(error))
            return
        kind, owner_id = self.owner.value() or (None, None)
        values = ActionValues(
            title=title,
            owner_person_id=owner_id if kind == "person" else None,
            owner_organisation_id=owner_id if kind == "organisation" else None,
            due_on=due,
            status=self.status.value(),
            goals=tuple(number for number, box in self.goals.items() if box.isChecked()),
            seen=self._seen,
        )
        save = self._save
        stale: list[StaleError] = []

        def attempt() -> None:
            assert save is not None
            try:
                save(values)
            except StaleError as error:
                stale.append(error)

        if save is not None:
            saved = guarded(self, attempt, self.fields, fallback=self.problem)
            if stale:
                self._someone_saved_since(stale[0])
                return
            if not saved:
                return
        self.values = values
        super().accept()

    def _someone_saved_since(self, error: StaleError) -> None:
        """Someone saved the action after the form showed it: say who and when, and keep what was typed. OK again
        saves it on top of theirs; Cancel leaves theirs."""
        self._seen = error.version
        who = error.changed_by or self.tr("someone else")
        when = f"{error.changed_at:%H:%M}" if error.changed_at else "—"
        self.changed.setText(changed_by_line(error.changed_by, error.changed_at))
        self.changed.setVisible(bool(self.changed.text()))
        self.problem.show_error(
            self.tr(
                "{0} saved this action at {1}, after this form opened. Press OK again to save yours on top of "
                "theirs, or Cancel to keep theirs."
            ).format(who, when)
        )

    @classmethod
    def get_action(
        cls,
        parent: QWidget | None,
        database: Database,
        action_id: int | None = None,
        *,
        save: Callable[[ActionValues], None] | None = None,
        renegotiating: bool = False,
    ) -> tuple[ActionValues, bool]:
        form = cls(database, action_id, parent, save=save, renegotiating=renegotiating)
        accepted = form.exec() == QDialog.DialogCode.Accepted
        assert form.values is not None or not accepted
        return form.values or ActionValues("", None, None, None, ActionStatus.OPEN, ()), accepted
