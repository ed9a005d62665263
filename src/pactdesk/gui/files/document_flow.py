"""The committee's documents from the window: minutes, agendas, action reports and binders as PDF, calendar
invitations, and the minutes previewed and printed; approved minutes are saved as their archived PDF/A, and File →
Verify a PDF… says what a PDF is. Made off the GUI thread, in the document language chosen in the File menu, and
saved where the person chooses."""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QRectF, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QFileDialog

from pactdesk.domain.errors import ExchangeError, PactDeskError
from pactdesk.gui.common import settings as setting
from pactdesk.gui.common.background import Job, Progress
from pactdesk.gui.common.errors import show_error
from pactdesk.gui.common.lazy import lazy_module
from pactdesk.gui.files.document_dialogs import ActionReportDialog, BinderDialog
from pactdesk.gui.files.file_flow import FileFlow
from pactdesk.gui.files.verify_dialog import VerifyDialog

# reportlab and the database layer load when the first document is made, not with the window; QtPdf and
# QtPrintSupport are imported where they are used, for the same reason.
if TYPE_CHECKING:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

    from pactdesk.exchange import atomic, ics
    from pactdesk.exchange.pdf import actions as action_pdf
    from pactdesk.exchange.pdf import minutes as minutes_pdf
    from pactdesk.services import catalogue, documents, invitations, proof
    from pactdesk.store.database import Database
else:
    atomic = lazy_module("pactdesk.exchange.atomic")
    proof = lazy_module("pactdesk.services.proof")
    ics = lazy_module("pactdesk.exchange.ics")
    action_pdf = lazy_module("pactdesk.exchange.pdf.actions")
    minutes_pdf = lazy_module("pactdesk.exchange.pdf.minutes")
    catalogue = lazy_module("pactdesk.services.catalogue")
    documents = lazy_module("pactdesk.services.documents")
    invitations = lazy_module("pactdesk.services.invitations")

logger = logging.getLogger(__name__)

MAX_DPI = 300  # pages print as images: past this a page costs memory (35 MB at 300 dpi) without looking sharper


class DocumentFlow(FileFlow):
    """The File menu's document commands; ``done`` carries a sentence for the status bar, ``meeting_wanted`` a
    meeting the person asked to open (from a verified PDF)."""

    folder_setting = setting.DOCUMENTS_FOLDER
    meeting_wanted = Signal(str)

    def cancelled(self) -> str:
        return self.tr("Cancelled; no file was written.")

    @property
    def language(self) -> str:
        return setting.DOCUMENT_LANGUAGE.read(self.settings)

    def _pdf(self) -> str:
        return self.tr("PDF document (*.pdf)")

    def _ics(self) -> str:
        return self.tr("Calendar (*.ics)")

    # -- one meeting's documents ----------------------------------------------------------------------------------

    def export_minutes(self, database: Database, ref: str) -> Job | None:
        target = self.save_as(self.tr("Save the minutes of {0}").format(ref), f"{ref}-minutes.pdf", ".pdf", self._pdf())
        if target is None:
            return None
        language = self.language

        def work(progress: Progress) -> tuple[Path, int | None]:
            progress(0, 1)
            record = documents.meeting_record(database, ref)
            if not record.draft:  # approved: the archived PDF/A, the bytes kept in the database
                archived = proof.archive(database, ref, language)
                with atomic.atomic_file(target) as temporary:
                    temporary.write_bytes(archived.data)
                return target, archived.version
            return minutes_pdf.write_minutes(record, target, language, progress), None

        def written(result: tuple[Path, int | None]) -> None:
            path, version = result
            if version is None:
                self.done.emit(self.tr("Minutes of {0} saved to {1}.").format(ref, path))
            else:
                message = self.tr("Approved minutes of {0} (version {1}, PDF/A) saved to {2}.")
                self.done.emit(message.format(ref, version, path))

        return self.run(self.tr("Writing the minutes of {0}…").format(ref), work, written)

    def export_agenda(self, database: Database, ref: str) -> Job | None:
        target = self.save_as(self.tr("Save the agenda of {0}").format(ref), f"{ref}-agenda.pdf", ".pdf", self._pdf())
        if target is None:
            return None
        language = self.language

        def work(progress: Progress) -> Path:
            progress(0, 1)  # the last moment a Cancel can stop it: an agenda is written in one go
            return minutes_pdf.write_agenda(documents.meeting_record(database, ref), target, language)

        return self.run(
            self.tr("Writing the agenda of {0}…").format(ref),
            work,
            lambda path: self.done.emit(self.tr("Agenda of {0} saved to {1}.").format(ref, path)),
        )

    def export_invitation(self, database: Database, ref: str) -> Job | None:
        target = self.save_as(
            self.tr("Save the calendar invitation to {0}").format(ref), f"{ref}.ics", ".ics", self._ics()
        )
        if target is None:
            return None
        language = self.language

        def work(progress: Progress) -> Path:
            progress(0, 1)
            text = ics.invitation_text(invitations.invitation(database, ref), language=language)
            ics.write_calendar(target, text)
            return target

        return self.run(
            self.tr("Writing the invitation to {0}…").format(ref),
            work,
            lambda path: self.done.emit(self.tr("Calendar invitation to {0} saved to {1}.").format(ref, path)),
        )

    # -- documents of many meetings -------------------------------------------------------------------------------

    def export_planned(self, database: Database) -> Job | None:
        target = self.save_as(
            self.tr("Save the planned meetings calendar"), "pactdesk-planned-meetings.ics", ".ics", self._ics()
        )
        if target is None:
            return None
        language = self.language

        def work(progress: Progress) -> int:
            progress(0, 1)
            planned = invitations.planned_invitations(database)
            progress(1, 2)
            ics.write_calendar(target, ics.calendar(planned, language=language))
            return len(planned)

        return self.run(
            self.tr("Writing the calendar of planned meetings…"),
            work,
            lambda count: self.done.emit(
                self.tr("Calendar of %n planned meeting(s) saved to {0}.", "", count).format(target)
            ),
        )

    def export_actions(self, database: Database, current_cluster: str | None) -> Job | None:
        code, accepted = ActionReportDialog.get_cluster(
            self.window, catalogue.cluster_summaries(database), current_cluster
        )
        if not accepted:
            return None
        today = date.today()
        target = self.save_as(
            self.tr("Save the action report"),
            f"pactdesk-actions-{code or 'all'}-{today.isoformat()}.pdf",
            ".pdf",
            self._pdf(),
        )
        if target is None:
            return None
        language = self.language

        def work(progress: Progress) -> tuple[int, int]:
            progress(0, 1)
            report = documents.action_report(database, code, today)
            action_pdf.write_actions(report, target, language, progress)
            return report.count, report.overdue

        def written(counts: tuple[int, int]) -> None:
            count, overdue = counts
            self.done.emit(
                self.tr("Report of %Ln open action(s), {0} overdue, saved to {1}.", "", count).format(
                    QLocale().toString(overdue), target
                )
            )

        return self.run(self.tr("Writing the action report…"), work, written)

    def export_binder(self, database: Database, current_cluster: str | None) -> Job | None:
        chosen, accepted = BinderDialog.get_binder(
            self.window,
            catalogue.cluster_summaries(database),
            current_cluster,
            lambda code: documents.binder_years(database, code),
        )
        if not accepted or chosen is None:
            return None
        code, year = chosen
        target = self.save_as(self.tr("Save the minutes binder"), f"{code}-minutes-{year}.pdf", ".pdf", self._pdf())
        if target is None:
            return None
        language = self.language

        def work(progress: Progress) -> int:
            records = documents.binder_records(database, code, year, progress=stage(progress, 0, 20))
            minutes_pdf.write_binder(records, target, language, progress=stage(progress, 20, 100))
            return len(records)

        return self.run(
            self.tr("Binding the minutes of {0} for {1}…").format(code, year),
            work,
            lambda count: self.done.emit(
                self.tr("Binder of %n meeting(s) of {0} in {1} saved to {2}.", "", count).format(code, year, target)
            ),
        )

    # -- what a PDF is ---------------------------------------------------------------------------------------------

    def verify_pdf(self, database: Database) -> Job | None:
        """File → Verify a PDF…: the file chosen, checked off the GUI thread, and the verdict shown."""
        chosen, _ = QFileDialog.getOpenFileName(self.window, self.tr("Verify a PDF"), self.folder(), self._pdf())
        if not chosen:
            return None
        path = Path(chosen)
        self.remember(path)

        def work(progress: Progress) -> object:
            progress(0, 1)
            return proof.verify_file(database, path)

        def shown(verdict: proof.Verdict) -> None:
            self.done.emit(verdict.sentence)
            wanted, _ = VerifyDialog.show_verdict(self.window, verdict, path.name)
            if wanted:
                self.meeting_wanted.emit(wanted)

        return self.run(self.tr("Checking {0}…").format(path.name), work, shown, can_cancel=False)

    # -- printing the minutes -------------------------------------------------------------------------------------

    def preview_minutes(self, database: Database, ref: str) -> Job:
        return self._with_minutes(database, ref, self._preview)

    def print_minutes(self, database: Database, ref: str) -> Job:
        return self._with_minutes(database, ref, self._print)

    def _with_minutes(self, database: Database, ref: str, show: Callable[[str, Path], None]) -> Job:
        """The minutes written to a temporary file off the GUI thread, then ``show(ref, path)``; the file goes
        once the job is over (after ``show`` has returned)."""
        folder = tempfile.TemporaryDirectory(prefix="pactdesk-print-")
        target = Path(folder.name) / f"{ref}-minutes.pdf"
        language = self.language

        def work(progress: Progress) -> Path:
            progress(0, 1)
            return minutes_pdf.write_minutes(documents.meeting_record(database, ref), target, language, progress)

        def ready(path: Path) -> None:
            try:
                show(ref, path)
            except PactDeskError as error:
                show_error(self.window, error)

        # A lambda, not the bound method: Qt would hold ``folder`` only weakly, and its finaliser would delete the
        # folder as soon as this function returns.
        return self.run(
            self.tr("Preparing the minutes of {0}…").format(ref), work, ready, after=lambda: folder.cleanup()
        )

    def _open(self, path: Path) -> QPdfDocument:
        from PySide6.QtPdf import QPdfDocument

        document = QPdfDocument(self)
        if document.load(str(path)) != QPdfDocument.Error.None_:
            document.deleteLater()
            raise ExchangeError(self.tr("The minutes could not be opened for printing ({0}).").format(path.name))
        return document

    def _preview(self, ref: str, path: Path) -> None:
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        document = self._open(path)
        dialog = QPrintPreviewDialog(self.window)
        dialog.setObjectName("printPreviewDialog")
        dialog.setWindowTitle(self.tr("Print preview — minutes of {0}").format(ref))
        _prepare(dialog.printer(), path)
        dialog.paintRequested.connect(lambda printer: paint_pdf(document, printer))
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
            document.close()
            document.deleteLater()

    def _print(self, ref: str, path: Path) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        document = self._open(path)
        try:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            _prepare(printer, path)
            dialog = QPrintDialog(printer, self.window)
            dialog.setObjectName("printDialog")
            dialog.setWindowTitle(self.tr("Print the minutes of {0}").format(ref))
            dialog.setMinMax(1, document.pageCount())
            accepted = dialog.exec() == QPrintDialog.DialogCode.Accepted
            dialog.deleteLater()
            if not accepted:
                return
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                pages = paint_pdf(document, printer)
            finally:
                QApplication.restoreOverrideCursor()
            self.done.emit(self.tr("Minutes of {0} sent to the printer: %n page(s).", "", pages).format(ref))
        finally:
            document.close()
            document.deleteLater()


def stage(progress: Progress, start: int, end: int) -> Progress:
    """``progress`` for one stage of a longer job: the stage's ``done``/``total`` as ``start``–``end`` percent."""

    def report(done: int, total: int) -> None:
        progress(start + (end - start) * min(done, total) // max(total, 1), 100)

    return report


def _prepare(printer: QPrinter, path: Path) -> None:
    # The minutes are A4 with their own margins: drawn on the whole sheet they print at their true size.
    from PySide6.QtGui import QPageSize

    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setFullPage(True)
    printer.setDocName(path.name)


def paint_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Draw the pages of ``document`` on ``printer`` (those of the range chosen in a print dialog, if any), each
    rendered at the printer's resolution (at most ``MAX_DPI``) and fitted to the page with its shape kept.
    Returns the number of pages drawn."""
    from PySide6.QtPrintSupport import QPrinter

    first, last = 1, document.pageCount()
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = max(first, printer.fromPage()), min(last, printer.toPage() or last)
    if last < first:
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        raise ExchangeError(
            QCoreApplication.translate(
                "document_flow", "The printer could not be started. Check that it is ready, then try again."
            )
        )
    try:
        area = QSizeF(printer.width(), printer.height())
        shrink = min(1.0, MAX_DPI / max(printer.resolution(), 1))
        for number, page in enumerate(range(first - 1, last)):
            if number and not printer.newPage():
                raise ExchangeError(
                    QCoreApplication.translate("document_flow", "The printer stopped after page {0}.").format(number)
                )
            fitted = document.pagePointSize(page).scaled(area, Qt.AspectRatioMode.KeepAspectRatio)
            place = QRectF(
                (area.width() - fitted.width()) / 2,
                (area.height() - fitted.height()) / 2,
                fitted.width(),
                fitted.height(),
            )
            pixels = QSize(max(1, round(fitted.width() * shrink)), max(1, round(fitted.height() * shrink)))
            image = document.render(page, pixels)  # transparent where the page is blank: white goes under it
            if image.isNull():
                raise ExchangeError(
                    QCoreApplication.translate("document_flow", "Page {0} could not be drawn.").format(page + 1)
                )
            painter.fillRect(place, Qt.GlobalColor.white)
            painter.drawImage(place, image)
    finally:
        painter.end()
    return last - first + 1
