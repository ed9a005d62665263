"""Other people's changes on a team's server, as they commit them: the tables they changed, a moment later.

The store's listener (``store.listening.Listener``) hears the server's notices on a connection of its own; this
watches its socket with a QSocketNotifier, so nothing polls while nobody writes, and gathers what arrives within a
quarter of a second into one ``changed`` signal. While the server is away the socket is gone: a timer asks the
listener every second until it is back (it then answers every table, since commits made meanwhile went unheard)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

GATHER_MS = 250
RETRY_MS = 1000


class Hearing(Protocol):
    """What the window needs of a listener (``store.listening.Listener``)."""

    def fileno(self) -> int: ...
    def poll(self) -> set[str]: ...
    def close(self) -> None: ...


class LiveChanges(QObject):
    changed = Signal(object)  # the set of table names others changed

    def __init__(self, listener: Hearing, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._listener = listener
        self._heard: set[str] = set()
        self._notifier: QSocketNotifier | None = None
        self._socket = -1
        self._gather = QTimer(self)
        self._gather.setSingleShot(True)
        self._gather.setInterval(GATHER_MS)
        self._gather.timeout.connect(self._tell)
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self._read)
        self._watch()

    def _watch(self) -> None:
        """Watch the listener's socket, or retry on a timer while it has none."""
        socket = self._listener.fileno()
        if socket == self._socket and (self._notifier is not None or socket < 0):
            return
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        self._socket = socket
        if socket >= 0:
            self._notifier = QSocketNotifier(socket, QSocketNotifier.Type.Read, self)
            self._notifier.activated.connect(self._read)
            self._retry.stop()
        else:
            self._retry.start()

    def _read(self) -> None:
        heard = self._listener.poll()
        self._watch()
        if heard:
            self._heard |= heard
            self._gather.start()

    def _tell(self) -> None:
        heard, self._heard = self._heard, set()
        if heard:
            self.changed.emit(heard)

    def close(self) -> None:
        self._gather.stop()
        self._retry.stop()
        if self._notifier is not None:
            self._notifier.setEnabled(False)
        self._listener.close()
