"""The agenda's buttons for where an item goes: "More" (park it for a later meeting, move it to the next meeting,
duplicate it) and "Backlog…" (the cluster's topics for a later meeting); each change an undo step of the window."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QMenu, QPushButton, QSizePolicy, QToolButton, QWidget

from pactdesk.gui.common.undo import made, removed, step
from pactdesk.gui.common.widgets import guarded
from pactdesk.gui.meetings.backlog_dialog import BacklogDialog
from pactdesk.services import agenda, backlog
from pactdesk.services.agenda import AgendaItemRow
from pactdesk.services.backlog import Moved, Parked
from pactdesk.store.database import Database


class ShownAgenda(Protocol):
    """What the buttons ask of the agenda they sit under (``AgendaSection`` is one)."""

    def shown(self) -> tuple[str | None, AgendaItemRow | None]:
        """The meeting shown (its reference) and the item chosen on its agenda."""
        ...

    def save_minutes(self) -> bool: ...

    def refreshing(self) -> Callable[[], None]:
        """What shows the meeting on screen now again (after a change, its undo or its redo)."""
        ...

    def choose(self, item_id: int, *, rename: bool = False) -> None:
        """Show the meeting again with the item chosen; ``rename`` puts the keyboard in its title."""
        ...


class ItemMoves(QObject):
    def __init__(self, database: Database, stack: QUndoStack, agenda_shown: ShownAgenda, parent: QWidget) -> None:
        super().__init__(parent)
        self._database, self._stack, self._agenda, self._parent = database, stack, agenda_shown, parent
        self.more_button = QToolButton()
        self.more_button.setObjectName("itemMoves")
        self.more_button.setText(self.tr("More"))  # every letter of it is taken on this page, in either language
        self.more_button.setAccessibleName(self.tr("More for the chosen item"))
        self.more_button.setToolTip(self.tr("Park the item for a later meeting, move it to the next one, duplicate it"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)  # as wide as its column
        menu = QMenu(self.more_button)
        self.park_action = QAction(self.tr("&Park for a later meeting"), menu)
        self.park_action.triggered.connect(self.park)
        self.move_action = QAction(self.tr("Move to the &next meeting"), menu)
        self.move_action.triggered.connect(self.move_to_next)
        self.duplicate_action = QAction(self.tr("&Duplicate"), menu)
        self.duplicate_action.triggered.connect(self.duplicate)
        menu.addActions([self.park_action, self.move_action, self.duplicate_action])
        self.more_button.setMenu(menu)
        self.backlog_button = QPushButton(self.tr("&Backlog…"))
        self.backlog_button.setToolTip(self.tr("The cluster's topics for a later meeting"))
        self.backlog_button.clicked.connect(self.open_backlog)

    def show_item(self, ref: str | None, item: AgendaItemRow | None, editable: bool) -> None:
        """Enable what may be done to ``item`` of the meeting ``ref``."""
        self.more_button.setEnabled(item is not None and editable)
        self.backlog_button.setEnabled(ref is not None)

    def _tell(self, text: str) -> None:
        """A sentence in the window's status bar (the window is a ``Host``; alone in a test it is not)."""
        show_message = getattr(self._parent.window(), "show_message", None)
        if callable(show_message):
            show_message(text, 8000)

    def park(self) -> None:
        ref, item = self._agenda.shown()
        if ref is None or item is None or not self._agenda.save_minutes():  # the minutes so far go with it
            return
        topic: list[int] = []

        def take_out() -> Parked:
            parked = backlog.park(self._database, item.id, backlog_id=topic[0] if topic else None)
            topic[:] = [parked.backlog_id]
            return parked

        def put_back(parked: Parked) -> None:
            backlog.unpark(self._database, parked)

        label = self.tr("Park “{0}” for a later meeting").format(item.title)
        if guarded(self._parent, lambda: removed(self._stack, label, take_out, put_back, self._agenda.refreshing())):
            self._tell(self.tr("“{0}” is in the backlog: Backlog… adds it to a planned meeting.").format(item.title))

    def move_to_next(self) -> None:
        ref, item = self._agenda.shown()
        if ref is None or item is None or not self._agenda.save_minutes():
            return
        kept: list[Moved] = []

        def do() -> None:
            kept[:] = [backlog.move_to_next(self._database, item.id)]

        def undo() -> None:
            backlog.move_back(self._database, kept[0])

        label = self.tr("Move “{0}” to the next meeting").format(item.title)
        if guarded(self._parent, lambda: step(self._stack, label, do, undo, self._agenda.refreshing())):
            moved = kept[0]
            self._tell(
                self.tr("“{0}” is on the agenda of {1} now, with %n open action(s).", "", len(moved.actions)).format(
                    item.title, moved.to_ref
                )
            )

    def duplicate(self) -> None:
        ref, item = self._agenda.shown()
        if ref is None or item is None or not self._agenda.save_minutes():
            return
        copies: list[int] = []

        def copy() -> None:
            copy_id = backlog.duplicate(self._database, item.id)
            copies.append(copy_id)
            made(
                self._stack,
                self.tr("Duplicate “{0}”").format(item.title),
                lambda: agenda.remove_item(self._database, copy_id),
                lambda kept: agenda.restore_item(self._database, kept),
                self._agenda.refreshing(),
            )

        if guarded(self._parent, copy):
            self._agenda.choose(copies[0], rename=True)

    def open_backlog(self) -> None:
        ref, _ = self._agenda.shown()
        if ref is None or not self._agenda.save_minutes():
            return
        refresh = self._agenda.refreshing()
        pulled: list[int | None] = []
        opened = lambda: pulled.append(  # noqa: E731
            BacklogDialog.show_backlog(self._parent, self._database, self._stack, ref, refresh)
        )
        if guarded(self._parent, opened) and pulled and pulled[0] is not None:
            self._agenda.choose(pulled[0])
