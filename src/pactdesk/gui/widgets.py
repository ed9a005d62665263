"""Small pieces the editor sections share: a form row with its error beside it, and enum combo boxes."""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget

from pactdesk.domain.errors import PactDeskError, ValidationError
from pactdesk.gui.errors import show_error
from pactdesk.gui.theme import ErrorLabel
from pactdesk.gui.words import word


class FieldWithError(QWidget):
    """A field with a line under it where a refused value is explained."""

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.error = ErrorLabel()
        self.error.setObjectName("fieldError")
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        layout.addWidget(self.error)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setAccessibleName(message)
        self.error.show()

    def clear_error(self) -> None:
        self.error.clear()
        self.error.hide()


class ChoiceBox(QComboBox):
    """A combo box whose choices are Python values kept beside its items, never inside Qt.

    A value stored as Qt item data comes back converted by the binding (Qt for Python 6.11 returns a ``StrEnum``
    as a plain ``str``, a tuple as a list), so every combo box of PactDesk keeps its values here and hands back
    the very object it was given: an enum member, an id, a code, a tuple, or ``None``.
    """

    def __init__(self, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self._values: list[Any] = []

    def add_choice(self, label: str, value: Any) -> None:
        self.addItem(label)
        self._values.append(value)

    def insert_choice(self, index: int, label: str, value: Any) -> None:
        self.insertItem(index, label)
        self._values.insert(index, value)

    def clear(self) -> None:
        super().clear()
        self._values.clear()

    def value(self) -> Any:
        """The value of the chosen entry (``None`` when nothing is chosen)."""
        index = self.currentIndex()
        return self._values[index] if 0 <= index < len(self._values) else None

    def value_at(self, index: int) -> Any:
        return self._values[index]

    def index_of(self, value: Any) -> int:
        """The entry holding ``value`` (equal, and of the same type, so ``1`` is not ``True``), else -1."""
        for index, candidate in enumerate(self._values):
            if type(candidate) is type(value) and candidate == value:
                return index
        return -1

    def set_value(self, value: Any) -> bool:
        """Choose the entry holding ``value`` without emitting signals; the first entry if none does."""
        index = self.index_of(value)
        self.blockSignals(True)
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)
        return index >= 0

    # Qt's own data calls would read item data this box never stores: refuse them loudly rather than answer None.
    def currentData(self, *args: Any, **kwargs: Any) -> Any:
        raise TypeError("ChoiceBox keeps its values itself: call value(), not currentData().")

    def findData(self, *args: Any, **kwargs: Any) -> int:
        raise TypeError("ChoiceBox keeps its values itself: call index_of(), not findData().")

    def itemData(self, *args: Any, **kwargs: Any) -> Any:
        raise TypeError("ChoiceBox keeps its values itself: call value_at(), not itemData().")


def enum_combo(kind: type[enum.Enum], *, empty: str | None = None, name: str = "") -> ChoiceBox:
    """A combo box of an enum's members, labelled in the user's language; ``empty`` adds a blank first choice."""
    combo = ChoiceBox(name)
    if empty is not None:
        combo.add_choice(empty, None)
    for member in kind:
        combo.add_choice(word(member), member)
    return combo


def guarded(parent: QWidget, action: Callable[[], None], fields: dict[str, FieldWithError] | None = None) -> bool:
    """Run a save; a refused value is explained beside its field (or in a box), and ``False`` returned."""
    for holder in (fields or {}).values():
        holder.clear_error()
    try:
        action()
    except ValidationError as error:
        holder = (fields or {}).get(error.field or "")
        if holder is not None:
            holder.show_error(str(error))
        else:
            show_error(parent, error)
        return False
    except PactDeskError as error:
        show_error(parent, error)
        return False
    return True
