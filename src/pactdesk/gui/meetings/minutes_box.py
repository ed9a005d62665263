"""The minutes of the chosen agenda item: saved a moment after the last key, and never lost.

A save is made to the version of the item the box showed. When someone else saved the item since (team mode), the
secretary chooses in a ConflictDialog: her text on top of theirs, or theirs; until then her text stays on screen.
A save that fails (a full disk, a lost server) is explained, and the text stays on screen to be saved again."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from pactdesk.domain.errors import StaleError
from pactdesk.gui.common.conflict import Choice, ConflictDialog
from pactdesk.gui.common.undo import set_field
from pactdesk.gui.common.widgets import guarded
from pactdesk.services import agenda
from pactdesk.services.agenda import AgendaItemRow
from pactdesk.services.versions import Stamp
from pactdesk.store.database import Database

SAVE_DELAY_MS = 700


class MinutesBox(QPlainTextEdit):
    saved = Signal(object)  # the item's Stamp after a save of its minutes (who, when)

    def __init__(
        self,
        database: Database,
        stack: QUndoStack,
        refresh: Callable[[], Callable[[], None]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database, self._stack, self._refresh = database, stack, refresh
        self.item: AgendaItemRow | None = None  # the item shown, as last saved or read
        self._editable = False
        self._dirty = False  # typed since the last save
        self.setObjectName("minutesText")
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        self.setAccessibleName(self.tr("Minutes of this item"))
        self.setTabChangesFocus(True)  # Tab moves on, as in every field; the minutes are prose
        self.setPlaceholderText(self.tr("The minutes of this item. Start a line with “- ” for a bullet."))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save)
        self.textChanged.connect(self._typed)

    def show_item(self, item: AgendaItemRow | None, editable: bool) -> None:
        """Show ``item``'s minutes (what was typed for the one shown before must have been saved first)."""
        self.item, self._editable, self._dirty = item, editable and item is not None, False
        self.setReadOnly(not self._editable)
        self._show_text(item.minutes if item else "")

    def _show_text(self, text: str) -> None:
        if self.toPlainText() != text:
            self.blockSignals(True)
            self.setPlainText(text)
            self.blockSignals(False)

    def _typed(self) -> None:
        if self._editable:
            self._dirty = True
            self._timer.start()

    def unsaved(self) -> str:
        """The minutes typed but not saved, if any."""
        return self.toPlainText() if self._dirty else ""

    def save(self) -> bool:
        """Save what was typed now (also called on every change of item or meeting, and on close); ``False`` when it
        could not be saved (the sentence was shown, and the text is still on screen)."""
        self._timer.stop()
        item = self.item
        if not self._dirty or item is None or not self._editable:
            return True
        text = self.toPlainText()
        if text == item.minutes:
            self._dirty = False
            return True
        seen = [item.stamp.version]  # the first save is made to the version shown; undo and redo are not checked
        saved: list[Stamp] = []
        stale: list[StaleError] = []

        def setter(new: Any) -> Any:
            previous, stamp = agenda.save_item_field(
                self._database, item.id, "minutes", new, seen=seen.pop() if seen else None
            )
            saved.append(stamp)
            return previous

        def save() -> None:
            label = self.tr("Type minutes of item {0}").format(item.position)
            try:
                set_field(self._stack, label, setter, text, self._refresh(), ("minutes", item.id))
            except StaleError as error:
                stale.append(error)

        if not guarded(self, save):
            return False
        if stale:
            return self._settle(item, text, stale[0])
        self._dirty = False
        self.item = replace(item, minutes=text, stamp=saved[-1] if saved else item.stamp)
        if saved:
            self.saved.emit(saved[-1])
        return True

    def _settle(self, item: AgendaItemRow, text: str, error: StaleError) -> bool:
        """Someone else saved this item's minutes since they were shown: keep mine on top of theirs, or take
        theirs. Until the secretary chooses, her text stays on screen."""
        what = self.tr("Item {0}, “{1}”,").format(item.position, item.title)
        theirs = str(error.theirs or "")
        dialog = ConflictDialog(what, error.changed_by, error.changed_at, text, theirs, self)
        dialog.exec()
        stored = Stamp(error.version, error.changed_by, error.changed_at)
        if dialog.choice is Choice.KEEP_MINE:
            self.item = replace(item, stamp=stored)
            return self.save()
        self._dirty = False
        self.item = replace(item, minutes=theirs, stamp=stored)
        self._show_text(theirs)
        return True
