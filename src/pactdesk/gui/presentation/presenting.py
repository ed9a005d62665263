"""Present meeting (F5): at most one meeting on the room's screen at a time, each meeting keeping the time spent on
its items for the whole session, so a stop and a restart lose none."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from pactdesk.gui.common.widgets import guarded

if TYPE_CHECKING:
    from pactdesk.gui.common.host import Host
    from pactdesk.gui.presentation.controller import Presentation
    from pactdesk.gui.presentation.state import ItemClock


class Presenting(QObject):
    """The window's presentations: ``start`` one, ``stop`` it; ``current`` is the one on the wall, if any."""

    def __init__(self, host: Host) -> None:
        super().__init__(host.window_widget())
        self._host = host
        self.current: Presentation | None = None
        self._clocks: dict[str, ItemClock] = {}  # per meeting presented this session: time spent on each item

    def start(self, ref: str, screen: int | None = None) -> str:
        """Present meeting ``ref``: the wall on screen ``screen`` (1-based) or the best one, and the presenter
        panel. Returns a sentence for the secretary when that screen is not there, else ``""``."""
        from pactdesk.gui.presentation.controller import Presentation  # the presentation loads when first used
        from pactdesk.gui.presentation.state import ItemClock

        running = self.current
        if running is not None:
            if running.active and (running.ref == ref or not self._instead(running.ref, ref)):
                running.raise_()
                return ""
            running.stop()
        self._host.save_pending()
        clock = self._clocks.setdefault(ref, ItemClock())
        started: list[Presentation] = []
        parent = self._host.window_widget()
        if not guarded(parent, lambda: started.append(Presentation(self._host, ref, clock=clock))):
            return ""
        presentation = self.current = started[0]
        presentation.stopped.connect(lambda: self._stopped(presentation))
        note = presentation.start(screen)
        if note:
            self._host.show_message(note, 10_000)
        return note

    def stop(self) -> None:
        if self.current is not None:
            self.current.stop()

    def _instead(self, shown: str, wanted: str) -> bool:
        answer = QMessageBox.question(
            self._host.window_widget(),
            self.tr("Present another meeting?"),
            self.tr("The wall shows {0}. Present {1} instead?").format(shown, wanted),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _stopped(self, presentation: Presentation) -> None:
        if self.current is presentation:
            self.current = None
            presentation.deleteLater()
            self._host.window_widget().activateWindow()
