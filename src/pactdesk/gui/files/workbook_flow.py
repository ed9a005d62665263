"""Exporting and importing the PactDesk workbook from the window, as an Excel workbook (.xlsx) or an OpenDocument
spreadsheet (.ods): choose, run off the GUI thread with progress and Cancel, preview an import before it writes, and
tell the person what happened. An export's format is the suffix typed, else the chooser's filter; an import's is what
the file holds, whatever its name."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox

from pactdesk.domain.language import display_language
from pactdesk.gui.common import settings as setting
from pactdesk.gui.common.background import Job, Progress
from pactdesk.gui.common.lazy import lazy_module
from pactdesk.gui.common.words import number
from pactdesk.gui.files.file_flow import FileFlow
from pactdesk.gui.files.workbook_dialogs import ExportScopeDialog, ImportPreviewDialog

if TYPE_CHECKING:
    from pactdesk.exchange import ods_write, xlsx_read, xlsx_write
    from pactdesk.services import catalogue
    from pactdesk.services.workbook import writing
    from pactdesk.services.workbook.plan import ImportPlan
    from pactdesk.services.workbook.tables import Scope
    from pactdesk.store.database import Database
else:
    catalogue = lazy_module("pactdesk.services.catalogue")
    writing = lazy_module("pactdesk.services.workbook.writing")
    xlsx_read = lazy_module("pactdesk.exchange.xlsx_read")
    xlsx_write = lazy_module("pactdesk.exchange.xlsx_write")
    ods_write = lazy_module("pactdesk.exchange.ods_write")

SUFFIXES = (".xlsx", ".ods")


class WorkbookFlow(FileFlow):
    """The two menu commands; ``imported`` is emitted after an import has changed the database."""

    imported = Signal()
    folder_setting = setting.WORKBOOK_FOLDER

    def cancelled(self) -> str:
        return self.tr("Cancelled; nothing was changed.")

    # -- export -------------------------------------------------------------------------------------------------

    def export(self, database: Database, current_cluster: str | None) -> Job | None:
        scope, accepted = ExportScopeDialog.get_scope(
            self.window, catalogue.cluster_summaries(database), current_cluster
        )
        if not accepted or scope is None:
            return None
        target = self._target(scope)
        if target is None:
            return None
        language = display_language()  # the window's: sheets, headers and values as the person reads them
        write = ods_write.export_ods if target.suffix.lower() == ".ods" else xlsx_write.export_workbook

        def work(progress: Progress) -> Any:
            return write(database, target, scope, progress=progress, language=language)

        def exported(summary: Any) -> None:
            self.done.emit(self.tr("Workbook saved to {0}: {1} rows.").format(summary.path, number(summary.total)))

        return self.run(self.tr("Exporting the workbook…"), work, exported)

    def filters(self) -> tuple[str, str]:
        """The chooser's filters, in the order of ``SUFFIXES``."""
        excel = self.tr("Excel workbook (*.xlsx)")
        opendocument = self.tr("OpenDocument spreadsheet (*.ods)")
        return excel, opendocument

    def _target(self, scope: Scope) -> Path | None:
        """The file to export to: its suffix typed (.xlsx or .ods) decides the format, else the filter chosen."""
        filters = self.filters()
        suggested = str(Path(self.folder()) / _file_name(scope))
        chosen, selected = QFileDialog.getSaveFileName(
            self.window, self.tr("Export a workbook"), suggested, ";;".join(filters), filters[0]
        )
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() not in SUFFIXES:
            suffix = SUFFIXES[filters.index(selected)] if selected in filters else SUFFIXES[0]
            target = target.with_name(target.name + suffix)
        self.remember(target)
        return target

    # -- import -------------------------------------------------------------------------------------------------

    def import_(self, database: Database) -> Job | None:
        filters = self.filters()
        either = self.tr("Workbooks (*.xlsx *.ods)")
        chosen, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import a workbook"), self.folder(), ";;".join((either, *filters))
        )
        if not chosen:
            return None
        source = Path(chosen)
        self.remember(source)

        def work(progress: Progress) -> Any:
            return xlsx_read.check_workbook(database, source, progress=progress)

        return self.run(
            self.tr("Checking {0}…").format(source.name), work, lambda plan: self._preview(database, source, plan)
        )

    def _preview(self, database: Database, source: Path, plan: ImportPlan) -> None:
        if not ImportPreviewDialog.confirm(self.window, plan, source.name):
            return

        def work(progress: Progress) -> Any:
            return writing.apply_import(database, plan)

        def written(backup: Path | None) -> None:
            self.imported.emit()
            where = self.tr(" A backup from before the import is at {0}.").format(backup) if backup else ""
            message = self.tr("Imported %Ln change(s) from {0}.", "", plan.changed).format(source.name) + where
            self.done.emit(message)
            QMessageBox.information(self.window, self.tr("Import finished"), message)

        self.run(self.tr("Importing {0}…").format(source.name), work, written, can_cancel=False)


def _file_name(scope: Scope) -> str:
    clusters = "-".join(scope.cluster_codes) if scope.cluster_codes else "all"
    if len(clusters) > 40:
        clusters = f"{len(scope.cluster_codes)}-clusters"
    return f"pactdesk-{clusters}-{date.today().isoformat()}"  # the format's suffix is added once it is chosen
