"""Exporting and importing the PactDesk workbook from the window: choose, run off the GUI thread with progress and
Cancel, preview an import before it writes, and tell the person what happened."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from pactdesk.domain.errors import CancelledError
from pactdesk.gui.background import Job, Progress
from pactdesk.gui.errors import show_error
from pactdesk.gui.lazy import lazy_module
from pactdesk.gui.workbook_dialogs import ExportScopeDialog, ImportPreviewDialog

if TYPE_CHECKING:
    from pactdesk.exchange import xlsx_read, xlsx_write
    from pactdesk.services import catalogue, record_writer
    from pactdesk.services.record_import import ImportPlan
    from pactdesk.services.records import Scope
    from pactdesk.store.database import Database
else:
    catalogue = lazy_module("pactdesk.services.catalogue")
    record_writer = lazy_module("pactdesk.services.record_writer")
    xlsx_read = lazy_module("pactdesk.exchange.xlsx_read")
    xlsx_write = lazy_module("pactdesk.exchange.xlsx_write")

FILTER = "Excel workbook (*.xlsx)"


class WorkbookFlow(QObject):
    """The two menu commands; ``imported`` is emitted after an import has changed the database."""

    imported = Signal()
    done = Signal(str)  # a sentence for the status bar

    def __init__(self, window: QMainWindow, settings: QSettings) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.job: Job | None = None

    def _folder(self) -> str:
        folder = self.settings.value("workbook/folder", "")
        return folder if isinstance(folder, str) and Path(folder).is_dir() else str(Path.home())

    def _remember(self, path: Path) -> None:
        self.settings.setValue("workbook/folder", str(path.parent))

    def _run(self, label: str, work: Any, on_success: Any, *, can_cancel: bool = True) -> Job:
        job = self.job = Job(self.window, label, work, can_cancel=can_cancel)
        job.succeeded.connect(on_success)
        job.failed.connect(self._failed)
        job.finished.connect(lambda: self._forget(job))
        job.start()
        return job

    def _forget(self, job: Job) -> None:
        if self.job is job:  # a preview may already have started the next job
            self.job = None

    def _failed(self, error: object) -> None:
        if isinstance(error, CancelledError):
            self.done.emit(self.tr("Cancelled; nothing was changed."))
            return
        assert isinstance(error, BaseException)
        show_error(self.window, error)

    # -- export -------------------------------------------------------------------------------------------------

    def export(self, database: Database, current_cluster: str | None) -> Job | None:
        scope, accepted = ExportScopeDialog.get_scope(
            self.window, catalogue.cluster_summaries(database), current_cluster
        )
        if not accepted or scope is None:
            return None
        suggested = Path(self._folder()) / _file_name(scope)
        chosen, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export a workbook"), str(suggested), FILTER)
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")
        self._remember(target)

        def work(progress: Progress) -> Any:
            return xlsx_write.export_workbook(database, target, scope, progress=progress)

        def exported(summary: Any) -> None:
            self.done.emit(self.tr("Workbook saved to {0}: {1} rows.").format(summary.path, f"{summary.total:,}"))

        return self._run(self.tr("Exporting the workbook…"), work, exported)

    # -- import -------------------------------------------------------------------------------------------------

    def import_(self, database: Database) -> Job | None:
        chosen, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import a workbook"), self._folder(), FILTER)
        if not chosen:
            return None
        source = Path(chosen)
        self._remember(source)

        def work(progress: Progress) -> Any:
            return xlsx_read.check_workbook(database, source, progress=progress)

        return self._run(
            self.tr("Checking {0}…").format(source.name), work, lambda plan: self._preview(database, source, plan)
        )

    def _preview(self, database: Database, source: Path, plan: ImportPlan) -> None:
        if not ImportPreviewDialog.confirm(self.window, plan, source.name):
            return

        def work(progress: Progress) -> Any:
            return record_writer.apply_import(database, plan)

        def written(backup: Path | None) -> None:
            self.imported.emit()
            where = self.tr(" A backup from before the import is at {0}.").format(backup) if backup else ""
            message = self.tr("Imported {0} change(s) from {1}.").format(f"{plan.changed:,}", source.name) + where
            self.done.emit(message)
            QMessageBox.information(self.window, self.tr("Import finished"), message)

        self._run(self.tr("Importing {0}…").format(source.name), work, written, can_cancel=False)


def _file_name(scope: Scope) -> str:
    clusters = "-".join(scope.cluster_codes) if scope.cluster_codes else "all"
    if len(clusters) > 40:
        clusters = f"{len(scope.cluster_codes)}-clusters"
    return f"pactdesk-{clusters}-{date.today().isoformat()}.xlsx"
