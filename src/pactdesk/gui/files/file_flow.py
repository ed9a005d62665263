"""What the window's file commands (workbooks, documents) share: the folder last used, a save dialog that adds the
file's suffix, and the work run as a background job whose failure is shown and whose cancel is said."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QFileDialog, QMainWindow

from pactdesk.domain.errors import CancelledError
from pactdesk.gui.common.background import Job, Work
from pactdesk.gui.common.errors import show_error
from pactdesk.gui.common.settings import Setting


class FileFlow(QObject):
    """A base for a menu's file commands; ``done`` carries a sentence for the status bar. Subclasses name the
    setting that remembers their folder (``folder_setting``) and say what a cancel means (``cancelled``)."""

    done = Signal(str)
    folder_setting: Setting[str]

    def __init__(self, window: QMainWindow, settings: QSettings) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.job: Job | None = None

    def cancelled(self) -> str:
        raise NotImplementedError

    def folder(self) -> str:
        """The folder of the last file chosen, while it exists; else the home folder."""
        folder = self.folder_setting.read(self.settings)
        return folder if folder and Path(folder).is_dir() else str(Path.home())

    def remember(self, path: Path) -> None:
        self.folder_setting.write(self.settings, str(path.parent))

    def save_as(self, title: str, name: str, suffix: str, file_filter: str) -> Path | None:
        """The file the person chooses to save to (``name`` suggested in the last folder), ending in ``suffix``;
        ``None`` when they cancel."""
        chosen, _ = QFileDialog.getSaveFileName(self.window, title, str(Path(self.folder()) / name), file_filter)
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)
        self.remember(target)
        return target

    def run(
        self,
        label: str,
        work: Work,
        on_success: Callable[[Any], None],
        *,
        can_cancel: bool = True,
        after: Callable[[], None] | None = None,
    ) -> Job:
        job = self.job = Job(self.window, label, work, can_cancel=can_cancel)
        job.succeeded.connect(on_success)
        job.failed.connect(self._failed)
        job.finished.connect(lambda: self._forget(job))
        if after is not None:
            job.finished.connect(after)
        job.start()
        return job

    def _forget(self, job: Job) -> None:
        if self.job is job:  # a next job may already have started (an import after its preview)
            self.job = None

    def _failed(self, error: object) -> None:
        if isinstance(error, CancelledError):
            self.done.emit(self.cancelled())
            return
        assert isinstance(error, BaseException)
        show_error(self.window, error)
