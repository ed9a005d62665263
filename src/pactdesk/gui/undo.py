"""Undo and redo for every edit: each command calls the services, so what is undone is undone in the database."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack

logger = logging.getLogger(__name__)

# Edits typed into one text field merge into one undo step while they keep coming.
TEXT_EDIT_ID = 1001


class FieldCommand(QUndoCommand):
    """One field set through a service setter (``setter(value)`` returns the old value)."""

    def __init__(
        self,
        label: str,
        setter: Callable[[Any], Any],
        old: Any,
        new: Any,
        refresh: Callable[[], None],
        merge_key: object | None = None,
    ) -> None:
        super().__init__(label)
        self._setter, self._old, self._new, self._refresh = setter, old, new, refresh
        self._merge_key = merge_key
        self._applied = True  # pushed after the change was saved

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._setter(self._new)
        self._refresh()

    def undo(self) -> None:
        self._setter(self._old)
        self._refresh()

    def id(self) -> int:
        return TEXT_EDIT_ID if self._merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, FieldCommand) or other._merge_key != self._merge_key or self._merge_key is None:
            return False
        self._new = other._new
        return True


class StepCommand(QUndoCommand):
    """A change with its own way back: ``do()`` was already run when pushed; ``undo()`` reverses it."""

    def __init__(
        self, label: str, do: Callable[[], None], undo: Callable[[], None], refresh: Callable[[], None]
    ) -> None:
        super().__init__(label)
        self._do, self._undo, self._refresh = do, undo, refresh
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._do()
        self._refresh()

    def undo(self) -> None:
        self._undo()
        self._refresh()


def set_field(
    stack: QUndoStack,
    label: str,
    setter: Callable[[Any], Any],
    value: Any,
    refresh: Callable[[], None],
    merge_key: object | None = None,
) -> None:
    """Save ``value`` now (errors propagate, nothing is pushed), then make it undoable."""
    old = setter(value)
    if old == value:
        return
    stack.push(FieldCommand(label, setter, old, value, refresh, merge_key))


def step(
    stack: QUndoStack, label: str, do: Callable[[], None], undo: Callable[[], None], refresh: Callable[[], None]
) -> None:
    """Run ``do`` now (errors propagate, nothing is pushed), then make it undoable."""
    do()
    stack.push(StepCommand(label, do, undo, refresh))
    refresh()
