"""Long work off the GUI thread, with a progress dialog and Cancel; results and errors come back as signals.

The work never touches a widget: it gets a ``progress(done, total)`` function, which raises ``CancelledError``
once the person has pressed Cancel, and returns a plain result.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from pactdesk.domain.errors import CancelledError

logger = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
Work = Callable[[Progress], Any]

SCALE = 1000  # progress bars count in thousandths, so totals past 2**31 rows never overflow them


class _Thread(QThread):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Work, cancel: threading.Event) -> None:
        super().__init__()
        self.work = work
        self.cancel = cancel

    def progress(self, done: int, total: int) -> None:
        if self.cancel.is_set():
            raise CancelledError("Cancelled; nothing was changed.")
        self.progressed.emit(done, total)

    def run(self) -> None:
        try:
            result = self.work(self.progress)
        except BaseException as error:  # handed to the GUI thread, which shows it
            if not isinstance(error, CancelledError):
                logger.info("background work failed: %s", error, exc_info=not hasattr(error, "message"))
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)


class Job(QObject):
    """``work`` running on its own thread behind a modal progress dialog labelled ``label``."""

    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, parent: QWidget, label: str, work: Work, *, can_cancel: bool = True) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self.dialog = QProgressDialog(label, self.tr("Cancel") if can_cancel else "", 0, 0, parent)
        self.dialog.setObjectName("progressDialog")
        self.dialog.setWindowTitle(self.tr("PactDesk"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        if not can_cancel:
            self.dialog.setCancelButton(None)
        self.dialog.canceled.connect(self.cancel)
        self._thread = _Thread(work, self._cancel)
        self._thread.progressed.connect(self._progressed)
        self._thread.succeeded.connect(self._succeeded)
        self._thread.failed.connect(self._failed)
        self.running = False

    def start(self) -> None:
        self.running = True
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()
        self.dialog.setLabelText(self.tr("Cancelling…"))

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def wait(self, milliseconds: int = 60_000) -> bool:
        return self._thread.wait(milliseconds)

    def _progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.dialog.setMaximum(SCALE)
            self.dialog.setValue(min(SCALE, done * SCALE // total))

    def _end(self) -> None:
        self.running = False
        self._thread.wait()
        self.dialog.canceled.disconnect(self.cancel)
        self.dialog.close()
        self.dialog.deleteLater()

    def _succeeded(self, result: object) -> None:
        self._end()
        self.succeeded.emit(result)
        self.finished.emit()

    def _failed(self, error: object) -> None:
        self._end()
        self.failed.emit(error)
        self.finished.emit()
