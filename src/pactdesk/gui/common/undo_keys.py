"""Which undo Ctrl+Z and Ctrl+Y (or Ctrl+Shift+Z) reach: the text being typed, else the window's history.

One model for every text field. While a field has typing of its own to undo (or redo), the keys work inside it,
keystroke by keystroke, as in any editor; what the field then holds is saved like any other typing, into the same
step of the window's history. When the field has nothing left to undo, or the focus is not in a text field, the
keys undo and redo the window's history (QUndoStack), which reaches across fields, sections and meetings.
Qt's own routing cannot do this: a text field claims Ctrl+Z whether or not it has anything to undo, and on Linux
it does not know Ctrl+Y at all.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

UNDO_KEYS = (QKeySequence("Ctrl+Z"),)
REDO_KEYS = (QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y"))


def keys_of(standard: QKeySequence.StandardKey, *wanted: QKeySequence) -> list[QKeySequence]:
    """``wanted`` and the platform's keys for ``standard``, each once (a key listed twice is ambiguous to Qt)."""
    keys: list[QKeySequence] = []
    for key in (*wanted, *QKeySequence.keyBindings(standard)):
        if not key.isEmpty() and key not in keys:
            keys.append(key)
    return keys


def _pressed(event: QKeyEvent) -> QKeySequence:
    return QKeySequence(event.keyCombination())


def _text_field(widget: QWidget | None) -> QLineEdit | QPlainTextEdit | QTextEdit | None:
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit) and not widget.isReadOnly():
        return widget
    return None


def _can(field: QLineEdit | QPlainTextEdit | QTextEdit, redo: bool) -> bool:
    if isinstance(field, QLineEdit):
        return field.isRedoAvailable() if redo else field.isUndoAvailable()
    document = field.document()
    return document.isRedoAvailable() if redo else document.isUndoAvailable()


class UndoKeys(QObject):
    """An application event filter sending the undo and redo keys where a person expects them to go."""

    def __init__(self, window: QWidget, undo: Callable[[], None], redo: Callable[[], None]) -> None:
        super().__init__(window)
        self._window, self._undo, self._redo = window, undo, redo
        self.undo_keys = keys_of(QKeySequence.StandardKey.Undo, *UNDO_KEYS)
        self.redo_keys = keys_of(QKeySequence.StandardKey.Redo, *REDO_KEYS)

    def _which(self, event: QKeyEvent) -> bool | None:
        """``False`` for an undo key, ``True`` for a redo key, ``None`` for any other."""
        key = _pressed(event)
        if key in self.undo_keys:
            return False
        if key in self.redo_keys:
            return True
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(event, QKeyEvent) or watched is not QApplication.focusWidget():
            return False
        redo = self._which(event)
        if redo is None or not isinstance(watched, QWidget) or watched.window() is not self._window:
            return False
        field = _text_field(watched)
        if field is not None and _can(field, redo):
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()  # the key goes to the field as a key press, handled below
                return True
            field.redo() if redo else field.undo()
            return True
        if event.type() == QEvent.Type.ShortcutOverride:
            # Keep the field from claiming the key; with the window's own actions disabled while nothing can be
            # undone, the key press then does nothing rather than something unexpected.
            event.accept()
            return True
        self._redo() if redo else self._undo()
        return True
