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


def checked_setter(save: Callable[[Any, Any], Any], value: Any, seen: Any) -> Callable[[Any], Any]:
    """A setter for ``set_field`` that tells the service what it expects to find, so a value someone else saved
    meanwhile is refused rather than overwritten: the save and a redo expect ``seen`` (what was there before), an
    undo expects ``value`` (what the save put there). ``save(new, expected)`` returns the old value."""

    def setter(new: Any) -> Any:
        return save(new, value if new != value else seen)

    return setter


class TakeBack(QUndoCommand):
    """Something taken out of the record and put back: ``take_out()`` returns what ``put_back(it)`` needs.

    Pushed right after the change was saved: after a removal (``kept`` holds what it returned), undo puts back and
    redo takes out again; after something was made, undo takes it out and redo puts it back, the same (same id, same
    reference)."""

    def __init__(
        self,
        label: str,
        take_out: Callable[[], Any],
        put_back: Callable[[Any], object],
        refresh: Callable[[], None],
        *,
        removal: bool,
        kept: Any = None,
    ) -> None:
        super().__init__(label)
        self._take_out, self._put_back, self._refresh = take_out, put_back, refresh
        self._kept = kept
        self._removal = removal
        self._applied = True

    def _out(self) -> None:
        self._kept = self._take_out()

    def _in(self) -> None:
        self._put_back(self._kept)

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        if self._removal:
            self._out()
        else:
            self._in()
        self._refresh()

    def undo(self) -> None:
        if self._removal:
            self._in()
        else:
            self._out()
        self._refresh()


def made(
    stack: QUndoStack,
    label: str,
    take_out: Callable[[], Any],
    put_back: Callable[[Any], object],
    refresh: Callable[[], None],
) -> None:
    """Something just made and saved becomes undoable: undo runs ``take_out``, redo gives what it returned to
    ``put_back``."""
    stack.push(TakeBack(label, take_out, put_back, refresh, removal=False))
    refresh()


def removed(
    stack: QUndoStack,
    label: str,
    take_out: Callable[[], Any],
    put_back: Callable[[Any], object],
    refresh: Callable[[], None],
) -> None:
    """Run ``take_out`` now (errors propagate, nothing is pushed); undo gives what it returned to ``put_back``, redo
    takes it out again."""
    kept = take_out()
    stack.push(TakeBack(label, take_out, put_back, refresh, removal=True, kept=kept))
    refresh()


def step(
    stack: QUndoStack, label: str, do: Callable[[], None], undo: Callable[[], None], refresh: Callable[[], None]
) -> None:
    """Run ``do`` now (errors propagate, nothing is pushed), then make it undoable."""
    do()
    stack.push(StepCommand(label, do, undo, refresh))
    refresh()
