"""The directory's small forms: a person, an organisation, a seat's holder, and which of two records to keep."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from pactdesk.domain.enums import OrganisationKind
from pactdesk.domain.errors import ConflictError, DomainError, StaleError, ValidationError
from pactdesk.gui.common.conflict import ok_saves_on_top
from pactdesk.gui.common.theme import ErrorLabel
from pactdesk.gui.common.widgets import ChoiceBox
from pactdesk.gui.common.words import kind_label, seat_label
from pactdesk.gui.directory.models import person_label
from pactdesk.services import directory
from pactdesk.services.committee import SeatRow
from pactdesk.services.directory import OrganisationRow, PersonRow


class FieldForm(QDialog):
    """A small form whose errors appear beside the field they belong to (or above the buttons)."""

    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error_labels: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}
        self.general_error = self._error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

    @staticmethod
    def _error_label() -> QLabel:
        label = ErrorLabel(bold=True)
        label.setAccessibleName(QCoreApplication.translate("_Form", "Error"))
        label.hide()
        return label

    def add_field(self, key: str, label: str, widget: QWidget) -> None:
        widget.setAccessibleName(label.replace("&", ""))
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(widget)
        self.error_labels[key] = self._error_label()
        column.addWidget(self.error_labels[key])
        self.form.addRow(label, box)
        self.form.labelForField(box).setBuddy(widget)  # Alt+letter reaches the field, not the box around it
        self.fields[key] = widget

    def show_error(self, error: DomainError) -> None:
        """Beside the field a refusal names (a value that is not valid, or already taken), else above the buttons."""
        field = error.field if isinstance(error, ValidationError | ConflictError) else None
        label = self.error_labels.get(field or "", self.general_error)
        if isinstance(error, StaleError):
            label.setText(ok_saves_on_top(error))
        else:
            label.setText(str(error))
        label.show()
        if field in self.fields:
            self.fields[field].setFocus()


@dataclass(frozen=True)
class PersonValues:
    name: str = ""
    organisation_id: int | None = None
    role: str = ""
    email: str = ""
    phone: str = ""

    def changes(self) -> directory.PersonChanges:
        return {
            "name": self.name,
            "organisation_id": self.organisation_id,
            "role": self.role,
            "email": self.email,
            "phone": self.phone,
        }


class PersonForm(FieldForm):
    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        values: PersonValues,
        organisations: Sequence[OrganisationRow],
        error: DomainError | None = None,
    ) -> None:
        super().__init__(parent, title)
        self.name = QLineEdit(values.name)
        self.organisation = ChoiceBox()
        self.organisation.add_choice(self.tr("(none)"), None)
        for organisation in organisations:
            shown = f"{organisation.name} ({organisation.acronym})" if organisation.acronym else organisation.name
            self.organisation.add_choice(shown, organisation.id)
        self.organisation.set_value(values.organisation_id)
        self.role = QLineEdit(values.role)
        self.email = QLineEdit(values.email)
        self.email.setPlaceholderText(self.tr("name@example.pt"))
        self.phone = QLineEdit(values.phone)
        self.add_field("name", self.tr("&Name"), self.name)
        self.add_field("organisation_id", self.tr("&Organisation"), self.organisation)
        self.add_field("role", self.tr("&Role"), self.role)
        self.add_field("email", self.tr("&E-mail"), self.email)
        self.add_field("phone", self.tr("&Phone"), self.phone)
        if error is not None:
            self.show_error(error)

    def values(self) -> PersonValues:
        return PersonValues(
            self.name.text(), self.organisation.value(), self.role.text(), self.email.text(), self.phone.text()
        )

    @classmethod
    def get_values(
        cls,
        parent: QWidget | None,
        title: str,
        values: PersonValues,
        organisations: Sequence[OrganisationRow],
        error: DomainError | None = None,
    ) -> tuple[PersonValues, bool]:
        form = cls(parent, title, values, organisations, error)
        accepted = form.exec() == QDialog.DialogCode.Accepted
        return form.values(), accepted


@dataclass(frozen=True)
class OrganisationValues:
    name: str = ""
    acronym: str = ""
    kind: OrganisationKind = OrganisationKind.OTHER
    email: str = ""
    notes: str = ""

    def changes(self) -> directory.OrganisationChanges:
        return {"name": self.name, "acronym": self.acronym, "kind": self.kind, "email": self.email, "notes": self.notes}


class OrganisationForm(FieldForm):
    def __init__(
        self, parent: QWidget | None, title: str, values: OrganisationValues, error: DomainError | None = None
    ) -> None:
        super().__init__(parent, title)
        self.name = QLineEdit(values.name)
        self.acronym = QLineEdit(values.acronym)
        self.kind = ChoiceBox()
        for kind in OrganisationKind:
            self.kind.add_choice(kind_label(kind), kind)
        self.kind.set_value(values.kind)
        self.email = QLineEdit(values.email)
        self.notes = QPlainTextEdit(values.notes)
        self.notes.setTabChangesFocus(True)
        self.add_field("name", self.tr("&Name"), self.name)
        self.add_field("acronym", self.tr("&Acronym"), self.acronym)
        self.add_field("kind", self.tr("&Kind"), self.kind)
        self.add_field("email", self.tr("&E-mail"), self.email)
        self.add_field("notes", self.tr("N&otes"), self.notes)
        if error is not None:
            self.show_error(error)

    def values(self) -> OrganisationValues:
        return OrganisationValues(
            self.name.text(),
            self.acronym.text(),
            self.kind.value(),
            self.email.text(),
            self.notes.toPlainText(),
        )

    @classmethod
    def get_values(
        cls, parent: QWidget | None, title: str, values: OrganisationValues, error: DomainError | None = None
    ) -> tuple[OrganisationValues, bool]:
        form = cls(parent, title, values, error)
        accepted = form.exec() == QDialog.DialogCode.Accepted
        return form.values(), accepted


@dataclass(frozen=True)
class HolderValues:
    person_id: int | None = None
    since: date | None = None


class HolderForm(FieldForm):
    """Who holds a committee seat from which day."""

    def __init__(
        self,
        parent: QWidget | None,
        seat: SeatRow,
        values: HolderValues,
        people: Sequence[PersonRow],
        error: DomainError | None = None,
        hint: str = "",
    ) -> None:
        super().__init__(parent, self.tr("Set the holder of {0}").format(seat_label(seat.code)))
        self.form.addRow(QLabel(seat.title))
        self.hint = QLabel(hint)
        self.hint.setWordWrap(True)
        self.hint.setVisible(bool(hint))
        self.person = ChoiceBox()
        # The seat's own organisation first: its holder is almost always one of them.
        for person in sorted(people, key=lambda person: person.organisation_id != seat.organisation_id):
            self.person.add_choice(
                f"{person.name} — {person.organisation}" if person.organisation else person.name, person.id
            )
        self.person.set_value(values.person_id)
        self.since = QDateEdit()
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("yyyy-MM-dd")
        day = values.since or date.today()
        self.since.setDate(QDate(day.year, day.month, day.day))
        self.add_field("person", self.tr("&Person"), self.person)
        self.add_field("since", self.tr("&Since"), self.since)
        self.form.addRow(self.hint)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.person.count() > 0)
        if error is not None:
            self.show_error(error)

    def values(self) -> HolderValues:
        day = self.since.date()
        return HolderValues(self.person.value(), date(day.year(), day.month(), day.day()))

    @classmethod
    def get_values(
        cls,
        parent: QWidget | None,
        seat: SeatRow,
        values: HolderValues,
        people: Sequence[PersonRow],
        error: DomainError | None = None,
        hint: str = "",
    ) -> tuple[HolderValues, bool]:
        form = cls(parent, seat, values, people, error, hint)
        accepted = form.exec() == QDialog.DialogCode.Accepted
        return form.values(), accepted


class MergeForm(FieldForm):
    """Choose the record a duplicate is merged into."""

    def __init__(
        self, parent: QWidget | None, title: str, text: str, choices: Sequence[tuple[int, str]], kept_id: int | None
    ) -> None:
        super().__init__(parent, title)
        explanation = QLabel(text)
        explanation.setWordWrap(True)
        self.form.addRow(explanation)
        self.kept = ChoiceBox()
        for record_id, label in choices:
            self.kept.add_choice(label, record_id)
        self.kept.set_value(kept_id)
        self.add_field("kept", self.tr("&Keep"), self.kept)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.kept.count() > 0)

    @classmethod
    def get_kept(
        cls, parent: QWidget | None, title: str, text: str, choices: Sequence[tuple[int, str]], kept_id: int | None
    ) -> tuple[int | None, bool]:
        form = cls(parent, title, text, choices, kept_id)
        accepted = form.exec() == QDialog.DialogCode.Accepted
        return form.kept.value(), accepted


class PeopleMergeForm(FieldForm):
    """Two records of one person: choose the other record, and which of the two to keep.

    The one with more history (attendance, actions, progress updates, meetings, seat terms) is offered for keeping:
    it is the record people have been using. A record of the same name as the first is offered as the other.
    """

    def __init__(
        self,
        parent: QWidget | None,
        first: PersonRow,
        others: Sequence[PersonRow],
        other_id: int | None,
        history: dict[int, int],
    ) -> None:
        super().__init__(parent, self.tr("Merge people"))
        self._first, self._history = first, history
        self._people = {person.id: person for person in (first, *others)}
        explanation = QLabel(
            self.tr(
                "Choose the other record of the same person, and which of the two to keep. The other one is merged "
                "into it: their attendance, actions, progress updates, meetings and committee seats move to the one "
                "kept, its empty details are filled in, and the other record is deleted. Undo brings it back."
            )
        )
        explanation.setWordWrap(True)
        self.form.addRow(explanation)
        self.other = ChoiceBox()
        for person in others:
            self.other.add_choice(self._label(person), person.id)
        if other_id is None:
            namesakes = [person for person in others if directory.same_name(person.name, first.name)]
            best = max(namesakes, key=lambda person: (history.get(person.id, 0), -person.id), default=None)
            other_id = best.id if best else None
        self.other.set_value(other_id)
        self.kept = ChoiceBox()
        self.add_field("other", self.tr("&Same person as {0}").format(person_label(first)), self.other)
        self.add_field("kept", self.tr("&Keep"), self.kept)
        self.other.currentIndexChanged.connect(self._offer)
        self._offer()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.other.count() > 0)

    def _label(self, person: PersonRow) -> str:
        return self.tr("{0} — history: {1}").format(person_label(person), self._history.get(person.id, 0))

    def _offer(self) -> None:
        """The two records as choices, the one with more history first and chosen (the older one on a tie)."""
        other = self._people.get(self.other.value())
        pair = [self._first] if other is None else [self._first, other]
        pair.sort(key=lambda person: (-self._history.get(person.id, 0), person.id))
        self.kept.clear()
        for person in pair:
            self.kept.add_choice(self._label(person), person.id)
        self.kept.setCurrentIndex(0)

    def pair(self) -> tuple[int, int] | None:
        """(the person kept, the duplicate merged into them)."""
        other, kept = self.other.value(), self.kept.value()
        if other is None or kept is None:
            return None
        return kept, other if kept == self._first.id else self._first.id

    @classmethod
    def get_pair(
        cls,
        parent: QWidget | None,
        first: PersonRow,
        others: Sequence[PersonRow],
        other_id: int | None,
        history: dict[int, int],
    ) -> tuple[tuple[int, int] | None, bool]:
        form = cls(parent, first, others, other_id, history)
        accepted = form.exec() == QDialog.DialogCode.Accepted
        return form.pair(), accepted
