"""The minutes of the chosen agenda item: saved a moment after the last key, and never lost.

A save is made to the version of the item the box showed. When someone else saved the item since (team mode), the
secretary chooses in a ConflictDialog: her text on top of theirs, or theirs; until then her text stays on screen.
A save that fails (a full disk) is explained, and the text stays on screen to be saved again. When the team's
server cannot be reached, a line says so (``offline``) instead of a box at every pause; what was typed for an item
is kept, even when the secretary goes on to another item, and saved when the server answers again (tried every few
seconds). Nothing is reported saved until it is."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, replace
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
from pactdesk.store.errors import ServerUnreachableError

SAVE_DELAY_MS = 700
RETRY_MS = 3000  # while the server cannot be reached


class Outcome(enum.Enum):
    SAVED = "saved"
    THEIRS = "theirs"  # someone else's text was taken instead
    FAILED = "failed"  # explained in a box; the text is kept
    UNREACHABLE = "unreachable"  # the server did not answer; the text is kept and tried again


@dataclass(frozen=True)
class Written:
    outcome: Outcome
    item: AgendaItemRow  # as stored after it (or as it was, when nothing was stored)


class MinutesBox(QPlainTextEdit):
    saved = Signal(object)  # the item's Stamp after a save of its minutes (who, when)
    offline = Signal(str)  # a sentence while the server cannot be reached; empty once a save went through

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
        self._pending: dict[int, tuple[AgendaItemRow, str]] = {}  # other items' texts the server did not take yet
        self._unreachable = False
        self.setObjectName("minutesText")
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        self.setAccessibleName(self.tr("Minutes of this item"))
        self.setTabChangesFocus(True)  # Tab moves on, as in every field; the minutes are prose
        self.setPlaceholderText(self.tr("The minutes of this item. Start a line with “- ” for a bullet."))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.save)
        self.textChanged.connect(self._typed)

    def show_item(self, item: AgendaItemRow | None, editable: bool) -> None:
        """Show ``item``'s minutes; what was typed for the item shown before and could not be saved is kept for
        it, and shown again when it comes back."""
        same = self.item is not None and item is not None and item.id == self.item.id
        if self._dirty and self.item is not None and not same:
            self._pending[self.item.id] = (self.item, self.toPlainText())
        self.item, self._editable, self._dirty = item, editable and item is not None, False
        self.setReadOnly(not self._editable)
        kept = self._pending.pop(item.id, None) if item is not None else None
        self._show_text(kept[1] if kept else item.minutes if item else "", keep_place=same)
        if kept:
            self._dirty = True
            self._timer.start(RETRY_MS)

    def _show_text(self, text: str, *, keep_place: bool = True) -> None:
        """Show ``text``; with ``keep_place`` the cursor and the scroll stay where they were (another person's change
        to the item being read must not move the reader's place)."""
        if self.toPlainText() == text:
            return
        place, scrolled = self.textCursor().position(), self.verticalScrollBar().value()
        self.blockSignals(True)
        self.setPlainText(text)
        self.blockSignals(False)
        if not keep_place:
            return
        cursor = self.textCursor()
        cursor.setPosition(min(place, len(text)))
        self.setTextCursor(cursor)
        self.verticalScrollBar().setValue(scrolled)

    def _typed(self) -> None:
        if self._editable:
            self._dirty = True
            self._timer.start(RETRY_MS if self._unreachable else SAVE_DELAY_MS)

    @property
    def offline_sentence(self) -> str:
        """What the line under the minutes says while the server cannot be reached; empty when it can."""
        if not self._unreachable:
            return ""
        return self.tr("The server cannot be reached; your text is kept here. PactDesk tries again.")

    def unsaved(self) -> str:
        """The minutes typed but not saved, if any: the item's on screen, then any other item's kept."""
        texts = ([self.toPlainText()] if self._dirty else []) + [text for _, text in self._pending.values()]
        return "\n\n".join(texts)

    def save(self) -> bool:
        """Save what was typed now, and what was kept for other items (also called on every change of item or
        meeting, and on close); ``False`` when something could not be saved (it is still kept)."""
        self._timer.stop()
        for item_id, (item, text) in list(self._pending.items()):
            if self._write(item, text, shown=False).outcome is not Outcome.UNREACHABLE:
                self._pending.pop(item_id)  # saved, theirs taken, or explained
        item = self.item
        shown_ok = True
        if self._dirty and item is not None and self._editable:
            text = self.toPlainText()
            written = self._write(item, text, shown=True) if text != item.minutes else Written(Outcome.SAVED, item)
            self.item = written.item
            if written.outcome is Outcome.THEIRS:
                self._show_text(written.item.minutes)
            self._dirty = written.outcome in (Outcome.FAILED, Outcome.UNREACHABLE)
            shown_ok = not self._dirty
        if self._unreachable or self._pending:
            self._timer.start(RETRY_MS)
        return shown_ok and not self._pending

    def _write(self, item: AgendaItemRow, text: str, *, shown: bool) -> Written:
        """Save ``text`` as ``item``'s minutes, made to the version it was shown at."""
        seen = [item.stamp.version]  # the first save is checked; undo and redo are not
        saved: list[Stamp] = []
        stale: list[StaleError] = []
        lost: list[ServerUnreachableError] = []

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
            except ServerUnreachableError as error:
                lost.append(error)

        if not guarded(self, save):
            return Written(Outcome.FAILED, item)
        if lost:
            self._unreachable = True
            self.offline.emit(self.offline_sentence)
            return Written(Outcome.UNREACHABLE, item)
        if self._unreachable:
            self._unreachable = False
            self.offline.emit("")
        if stale:
            return self._settle(item, text, stale[0], shown=shown)
        after = replace(item, minutes=text, stamp=saved[-1] if saved else item.stamp)
        if saved:
            self.saved.emit(saved[-1])
        return Written(Outcome.SAVED, after)

    def _settle(self, item: AgendaItemRow, text: str, error: StaleError, *, shown: bool) -> Written:
        """Someone else saved this item's minutes since they were shown: keep mine on top of theirs, or take
        theirs. Until the secretary chooses, her text stays on screen (or kept, for an item not shown)."""
        what = self.tr("Item {0}, “{1}”,").format(item.position, item.title)
        theirs = str(error.theirs or "")
        dialog = ConflictDialog(what, error.changed_by, error.changed_at, text, theirs, self)
        dialog.exec()
        stored = replace(item, minutes=theirs, stamp=Stamp(error.version, error.changed_by, error.changed_at))
        if dialog.choice is Choice.KEEP_MINE:
            return self._write(stored, text, shown=shown)
        return Written(Outcome.THEIRS, stored)
