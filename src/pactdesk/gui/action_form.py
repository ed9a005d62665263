"""The form for one action: what, who owns it (a person or an organisation), by when, its status and goals."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from pactdesk.domain import validation
from pactdesk.domain.enums import ActionStatus
from pactdesk.domain.errors import ValidationError
from pactdesk.domain.models import Action, Goal
from pactdesk.gui.widgets import ChoiceBox, FieldWithError, enum_combo
from pactdesk.services import directory
from pactdesk.store.database import Database


@dataclass(frozen=True)
class ActionValues:
    title: str
    owner_person_id: int | None
    owner_organisation_id: int | None
    due_on: date | None
    status: ActionStatus
    goals: tuple[int, ...]


class ActionForm(QDialog):
    def __init__(self, database: Database, action_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Action") if action_id else self.tr("New action"))
        self.values: ActionValues | None = None
        self.title = QPlainTextEdit()
        self.title.setAccessibleName(self.tr("What is to be done"))
        self.title.setTabChangesFocus(True)
        self.title.setFixedHeight(70)
        self.owner = ChoiceBox()
        self.owner.setAccessibleName(self.tr("Owner"))
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
        with database.read() as session:
            for goal in session.query(Goal).order_by(Goal.number):
                box = QCheckBox(f"{goal.number}")
                box.setToolTip(goal.name)
                box.setAccessibleName(self.tr("Goal {0}: {1}").format(goal.number, goal.name))
                self.goals[goal.number] = box
                grid.addWidget(box, 0, goal.number - 1)
            if action_id is not None:
                action = session.get(Action, action_id)
                if action is not None:
                    self.title.setPlainText(action.title)
                    owner = (
                        ("person", action.owner_person_id)
                        if action.owner_person_id
                        else ("organisation", action.owner_organisation_id)
                        if action.owner_organisation_id
                        else None
                    )
                    self.owner.set_value(owner)
                    self.due.setText(action.due_on.isoformat() if action.due_on else "")
                    self.status.set_value(action.status)
                    for goal in action.goals:
                        self.goals[goal.number].setChecked(True)
        self.fields = {"title": FieldWithError(self.title), "due_on": FieldWithError(self.due)}
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Action:"), self.fields["title"])
        form.addRow(self.tr("&Owner:"), self.owner)
        form.addRow(self.tr("&Due:"), self.fields["due_on"])
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.tr("Goals:"), goals)
        form.addRow(buttons)

    def accept(self) -> None:
        for holder in self.fields.values():
            holder.clear_error()
        try:
            title = validation.required_text(self.title.toPlainText(), "action", "title", 5_000)
            due = validation.parse_date(self.due.text(), "due date", "due_on")
        except ValidationError as error:
            self.fields[error.field or "title"].show_error(str(error))
            return
        kind, owner_id = self.owner.value() or (None, None)
        self.values = ActionValues(
            title=title,
            owner_person_id=owner_id if kind == "person" else None,
            owner_organisation_id=owner_id if kind == "organisation" else None,
            due_on=due,
            status=self.status.value(),
            goals=tuple(number for number, box in self.goals.items() if box.isChecked()),
        )
        super().accept()

    @classmethod
    def get_action(
        cls, parent: QWidget | None, database: Database, action_id: int | None = None
    ) -> tuple[ActionValues, bool]:
        form = cls(database, action_id, parent)
        accepted = form.exec() == QDialog.DialogCode.Accepted
        assert form.values is not None or not accepted
        return form.values or ActionValues("", None, None, None, ActionStatus.OPEN, ()), accepted
