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


def enum_combo(kind: type[enum.Enum], *, empty: str | None = None, name: str = "") -> QComboBox:
    """A combo box of an enum's members, labelled in the user's language; ``empty`` adds a blank first choice."""
    combo = QComboBox()
    combo.setAccessibleName(name)
    if empty is not None:
        combo.addItem(empty, None)
    for member in kind:
        combo.addItem(word(member), member)
    return combo


def select_data(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value)
    combo.blockSignals(True)
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


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
