"""What the parts of the window may ask of the main window that holds them: a narrow face, so that the document
commands and the presentation need not import the window (and the window's module imports them, never back)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtGui import QScreen, QUndoStack
    from PySide6.QtWidgets import QDockWidget, QMainWindow

    from pactdesk.store.database import Database


class Host(Protocol):
    """``MainWindow`` is one."""

    @property
    def database(self) -> Database: ...

    @property
    def undo_stack(self) -> QUndoStack: ...

    def window_widget(self) -> QMainWindow:
        """The window itself: the parent of the dialogs and panels a part opens."""
        ...

    def current_cluster_code(self) -> str | None: ...

    def current_meeting_ref(self) -> str | None: ...

    def current_agenda_item_id(self, ref: str) -> int | None: ...

    def select_agenda_item(self, ref: str, item_id: int, *, show_agenda: bool = False) -> None: ...

    def save_pending(self) -> bool:
        """Save what is being typed; False when it could not be saved (the person was told why)."""
        ...

    def show_message(self, text: str, milliseconds: int = 0) -> None:
        """A sentence in the status bar."""
        ...

    def dock(self, panel: QDockWidget) -> None:
        """Show ``panel`` at the window's right side."""
        ...

    def undock(self, panel: QDockWidget) -> None: ...

    def screen(self) -> QScreen: ...
