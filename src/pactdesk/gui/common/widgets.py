"""Small pieces the editor sections share: a form row with its error and length limit, and typed combo boxes."""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from pactdesk.domain.errors import PactDeskError, ValidationError
from pactdesk.gui.common.errors import show_error
from pactdesk.gui.common.theme import ErrorLabel
from pactdesk.gui.common.words import word


class FieldWithError(QWidget):
    """A field with a line under it where a refused value is explained.

    With ``limit`` (characters), a text field stops there as you type, shows how many are used once near it, and
    a paste that does not fit keeps what fits and says so: nothing typed is dropped without a word.
    """

    def __init__(self, field: QWidget, parent: QWidget | None = None, *, limit: int | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.error = ErrorLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.count = QLabel()
        self.count.setObjectName("fieldCount")
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.count.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        below = QHBoxLayout()
        below.setContentsMargins(0, 0, 0, 0)
        below.addWidget(self.error, 1)
        below.addWidget(self.count)
        layout.addLayout(below)
        self.limit = TextLimit(field, limit, self) if limit is not None else None

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setAccessibleName(message)
        self.error.show()

    def clear_error(self) -> None:
        self.error.clear()
        self.error.hide()


class TextLimit(QObject):
    """Keeps a line or a text field within ``limit`` characters, the same limit the service checks."""

    NEAR = 0.9  # the count is shown from 90 % of the limit

    def __init__(self, field: QWidget, limit: int, holder: FieldWithError) -> None:
        super().__init__(field)
        self.field, self.limit, self._holder = field, limit, holder
        self._busy = False
        if isinstance(field, QLineEdit):
            field.textChanged.connect(lambda _: self._check_line(field))
        elif isinstance(field, QPlainTextEdit):
            field.document().contentsChange.connect(lambda at, _removed, added: self._check_text(field, at, added))
        else:
            raise TypeError(f"No text limit for a {type(field).__name__}")

    def used(self) -> int:
        field = self.field
        if isinstance(field, QLineEdit):
            return len(field.text())
        assert isinstance(field, QPlainTextEdit)
        return field.document().characterCount() - 1  # the document counts a last paragraph end

    def _check_line(self, field: QLineEdit) -> None:
        excess = len(field.text()) - self.limit
        if excess > 0 and not self._busy:
            self._busy = True
            try:
                end = field.cursorPosition()
                start = max(0, end - excess)
                if end - start < excess:  # set from outside (not typed): keep the beginning
                    start, end = self.limit, len(field.text())
                field.setSelection(start, end - start)
                field.del_()  # an edit of its own, so the field's undo still holds what was there
            finally:
                self._busy = False
            self._cut(excess)
        self._show_count()

    def _check_text(self, field: QPlainTextEdit, at: int, added: int) -> None:
        excess = self.used() - self.limit
        if excess > 0 and not self._busy:
            self._busy = True
            try:
                cursor = QTextCursor(field.document())
                end = min(at + added, self.used())  # ``added`` may count the document's closing paragraph end
                start = max(at, end - excess)
                if end - start < excess:
                    start, end = self.limit, self.used()
                cursor.joinPreviousEditBlock()  # one step with the paste, for the field's undo
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                cursor.removeSelectedText()
                cursor.endEditBlock()
            finally:
                self._busy = False
            self._cut(excess)
        self._show_count()

    def _cut(self, excess: int) -> None:
        self._holder.show_error(
            QCoreApplication.translate(
                "TextLimit", "This field holds at most {0} characters: the last {1} did not fit and were not kept."
            ).format(f"{self.limit:n}", f"{excess:n}")
        )

    def _show_count(self) -> None:
        used = self.used()
        near = used >= self.limit * self.NEAR
        self._holder.count.setVisible(near)
        if near:
            self._holder.count.setText(f"{used:n} / {self.limit:n}")


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


def guarded(
    parent: QWidget,
    action: Callable[[], None],
    fields: dict[str, FieldWithError] | None = None,
    *,
    fallback: FieldWithError | None = None,
) -> bool:
    """Run a save; a refused value is explained beside its field (else under ``fallback``, else in a box), and
    ``False`` returned. A dialog passes its main field as ``fallback``, so it stays open with what was typed."""
    for holder in (fields or {}).values():
        holder.clear_error()
    try:
        action()
    except PactDeskError as error:
        holder = (fields or {}).get(error.field or "") if isinstance(error, ValidationError) else None
        holder = holder or fallback
        if holder is not None:
            holder.show_error(str(error))
        else:
            show_error(parent, error)
        return False
    return True
