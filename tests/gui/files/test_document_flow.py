"""File → Export's PDFs and calendars, and Print preview / Print of the minutes, from the window: written off the
GUI thread in the chosen document language, a binder with progress and Cancel, and the pages printed as made."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from pactdesk.domain.enums import MeetingStatus
from pactdesk.exchange.pdf import minutes as minutes_pdf
from pactdesk.gui import app as gui_app
from pactdesk.gui.common.background import Job
from pactdesk.gui.common.settings import DOCUMENT_LANGUAGE
from pactdesk.gui.files.document_dialogs import ActionReportDialog, BinderDialog
from pactdesk.gui.files.document_flow import paint_pdf
from pactdesk.gui.main_window import MainWindow
from pactdesk.services import actions, agenda, catalogue, documents, meetings
from pactdesk.store.database import Database


@pytest.fixture(autouse=True)
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the flow would have shown in a message box (a real one would wait for a click)."""
    shown: list[str] = []
    for module in ("document_flow", "file_flow"):
        monkeypatch.setattr(f"pactdesk.gui.files.{module}.show_error", lambda parent, error: shown.append(str(error)))
    return shown


@pytest.fixture
def refs(database: Database) -> dict[str, str]:
    held = meetings.create_meeting(
        database, "AEC", title="Spring monitoring", starts_at="2024-03-04 10:00", status=MeetingStatus.HELD
    )
    item = agenda.add_agenda_item(database, held, "Indicators", minutes="The indicators were reviewed at length.")
    actions.create_action(database, "Send the indicators", meeting_ref=held, agenda_item_id=item, due_on="2024-04-01")
    actions.create_action(database, "Health report", cluster_code="HCP")
    summer = meetings.create_meeting(
        database, "AEC", title="Summer monitoring", starts_at="2024-06-10 10:00", status=MeetingStatus.HELD
    )
    planned = meetings.create_meeting(database, "AEC", title="Autumn monitoring", starts_at="2099-10-01 10:00")
    return {"held": held, "summer": summer, "planned": planned}


@pytest.fixture
def window(qtbot: QtBot, database: Database, refs: dict[str, str]) -> MainWindow:
    shown = MainWindow(database, gui_app.settings())
    qtbot.addWidget(shown)
    shown.show()
    shown.documents.set_language("en")
    shown.show_meeting(refs["held"])
    return shown


class SaveAs:
    """QFileDialog.getSaveFileName answered with ``path``; the name suggested is kept."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
        self.suggested = ""
        self.path = path
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self)

    def __call__(self, parent: Any, title: str, suggested: str, file_filter: str) -> tuple[str, str]:
        self.suggested = Path(suggested).name
        return str(self.path), file_filter


def wait_for_job(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.documents.flow.job is None, timeout=30_000)


def pdf_text(path: Path) -> str:
    assert path.read_bytes().startswith(b"%PDF-")
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_the_minutes_are_written_off_the_gui_thread_to_the_chosen_file(
    qtbot: QtBot, window: MainWindow, refs: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    save = SaveAs(monkeypatch, tmp_path / "minutes")
    threads: list[str] = []
    original = minutes_pdf.write_minutes

    def spy(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread().name)
        return original(*args, **kwargs)

    monkeypatch.setattr(minutes_pdf, "write_minutes", spy)
    window.documents.export_minutes_action.trigger()
    wait_for_job(qtbot, window)
    written = tmp_path / "minutes.pdf"
    assert save.suggested == f"{refs['held']}-minutes.pdf"
    assert threads and threads[0] != threading.main_thread().name
    text = pdf_text(written)
    assert refs["held"] in text and "Minutes of the meeting" in text and "reviewed at length" in text
    assert "minutes.pdf" in window.statusBar().currentMessage()


def test_the_document_language_is_remembered_and_makes_portuguese_documents(
    qtbot: QtBot, window: MainWindow, database: Database, refs: dict[str, str], tmp_path: Path, monkeypatch: Any
) -> None:
    assert window.documents.language_actions["en"].isChecked()
    window.documents.language_actions["pt"].trigger()
    assert window.documents.language_actions["pt"].isChecked()
    assert not window.documents.language_actions["en"].isChecked()
    assert DOCUMENT_LANGUAGE.read(gui_app.settings()) == "pt"
    again = MainWindow(database, gui_app.settings())
    qtbot.addWidget(again)
    assert again.documents.language_actions["pt"].isChecked(), "remembered for the next window"

    SaveAs(monkeypatch, tmp_path / "ata.pdf")
    window.documents.export_minutes_action.trigger()
    wait_for_job(qtbot, window)
    text = pdf_text(tmp_path / "ata.pdf")
    assert "Ata da reunião" in text and refs["held"] in text

    SaveAs(monkeypatch, tmp_path / "ordem.pdf")
    window.documents.export_agenda_action.trigger()
    wait_for_job(qtbot, window)
    text = pdf_text(tmp_path / "ordem.pdf")
    assert "Ordem de trabalhos" in text and refs["held"] in text


def test_the_language_defaults_to_the_systems(monkeypatch: pytest.MonkeyPatch) -> None:
    settings = gui_app.settings()
    settings.remove(DOCUMENT_LANGUAGE.key)
    assert DOCUMENT_LANGUAGE.read(settings) in ("pt", "en")
    settings.setValue(DOCUMENT_LANGUAGE.key, "klingon")
    assert DOCUMENT_LANGUAGE.read(settings) == DOCUMENT_LANGUAGE.default(), "a damaged setting falls back"
    with pytest.raises(ValueError):
        DOCUMENT_LANGUAGE.write(settings, "fr")


def test_the_agenda_is_written(
    qtbot: QtBot, window: MainWindow, refs: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    save = SaveAs(monkeypatch, tmp_path / "agenda.PDF")
    window.documents.export_agenda_action.trigger()
    wait_for_job(qtbot, window)
    assert save.suggested == f"{refs['held']}-agenda.pdf"
    text = pdf_text(tmp_path / "agenda.PDF")
    assert "Agenda of the meeting" in text and "Indicators" in text and refs["held"] in text
    assert not (tmp_path / "agenda.PDF.pdf").exists(), "a suffix in capitals is still a suffix"


def test_the_action_report_covers_the_cluster_chosen(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    offered: list[str | None] = []

    def get_cluster(parent: Any, clusters: Any, current: str | None) -> tuple[str | None, bool]:
        offered.append(current)
        return "AEC", True

    monkeypatch.setattr(ActionReportDialog, "get_cluster", get_cluster)
    save = SaveAs(monkeypatch, tmp_path / "report")
    window.documents.export_actions_action.trigger()
    wait_for_job(qtbot, window)
    assert offered == [window.current_cluster_code()]
    assert save.suggested == f"pactdesk-actions-AEC-{date.today().isoformat()}.pdf"
    text = pdf_text(tmp_path / "report.pdf")
    assert "Send the indicators" in text and "Health report" not in text
    assert "1 open action," in window.statusBar().currentMessage()


def test_the_action_report_dialog_offers_all_clusters_or_one(qtbot: QtBot, database: Database) -> None:
    dialog = ActionReportDialog(catalogue.cluster_summaries(database), "HCP")
    qtbot.addWidget(dialog)
    assert dialog.chosen() == "HCP", "the current cluster first"
    assert dialog.cluster.itemText(0) == "All clusters"
    dialog.cluster.setCurrentIndex(0)
    assert dialog.chosen() is None
    assert ActionReportDialog(catalogue.cluster_summaries(database), None).chosen() is None


def test_the_binder_dialog_offers_the_years_of_the_cluster_chosen(
    qtbot: QtBot, database: Database, refs: dict[str, str]
) -> None:
    meetings.create_meeting(database, "HCP", title="Old", starts_at="2022-05-05 10:00", status=MeetingStatus.HELD)
    dialog = BinderDialog(
        catalogue.cluster_summaries(database), "AEC", lambda code: documents.binder_years(database, code)
    )
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert [dialog.year.itemText(row) for row in range(dialog.year.count())] == ["2024"], "held meetings only"
    assert dialog.chosen() == ("AEC", 2024) and ok.isEnabled()
    dialog.cluster.setCurrentIndex(dialog.cluster.index_of("HCP"))
    assert dialog.chosen() == ("HCP", 2022)
    dialog.cluster.setCurrentIndex(dialog.cluster.index_of("TOUR"))
    assert dialog.chosen() is None and not ok.isEnabled() and not dialog.year.isEnabled()
    assert dialog.error.text() == "TOUR has held no meetings yet, so there are no minutes to bind."


def test_the_binder_runs_as_a_job_with_progress(
    qtbot: QtBot, window: MainWindow, refs: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(BinderDialog, "get_binder", lambda *a: (("AEC", 2024), True))
    save = SaveAs(monkeypatch, tmp_path / "binder")
    seen: list[tuple[int, int]] = []
    start = Job.start

    def watched(job: Job) -> None:
        job._thread.progressed.connect(lambda done, total: seen.append((done, total)))
        start(job)

    monkeypatch.setattr(Job, "start", watched)
    window.documents.export_binder_action.trigger()
    job = window.documents.flow.job
    assert job is not None and job.dialog.objectName() == "progressDialog"
    assert "Binding the minutes of AEC for 2024" in job.dialog.labelText()
    wait_for_job(qtbot, window)
    assert save.suggested == "AEC-minutes-2024.pdf"
    text = pdf_text(tmp_path / "binder.pdf")
    assert refs["held"] in text and refs["summer"] in text and "Contents" in text
    assert refs["planned"] not in text
    assert any(done <= 20 for done, _ in seen) and any(done > 20 for done, _ in seen), "reading, then laying out"
    assert all(total == 100 for _, total in seen)
    assert "Binder of 2 meetings of" in window.statusBar().currentMessage()


def test_a_cancelled_binder_leaves_no_file(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(BinderDialog, "get_binder", lambda *a: (("AEC", 2024), True))
    target = tmp_path / "binder.pdf"
    SaveAs(monkeypatch, target)
    laying_out, cancelled = threading.Event(), threading.Event()
    original = minutes_pdf.write_binder

    def held_back(records: Any, path: Path, language: str, progress: Any) -> Any:
        def waits(done: int, total: int) -> None:
            laying_out.set()
            cancelled.wait(10)  # the person presses Cancel while the binder is being laid out
            progress(done, total)

        return original(records, path, language, progress=waits)

    monkeypatch.setattr(minutes_pdf, "write_binder", held_back)
    window.documents.export_binder_action.trigger()
    job = window.documents.flow.job
    assert job is not None
    qtbot.waitUntil(laying_out.is_set, timeout=20_000)
    cancel = job.dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    cancel.click()
    cancelled.set()
    wait_for_job(qtbot, window)
    assert job.cancelled
    assert not target.exists()
    assert list(tmp_path.glob("*.partial")) == [] and list(tmp_path.glob("binder*")) == []
    assert "Cancelled" in window.statusBar().currentMessage()


def test_calendar_invitations_of_one_meeting_and_of_every_planned_one(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    refs: dict[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    agenda.add_agenda_item(database, refs["planned"], "Opening")
    window.show_meeting(refs["planned"])
    save = SaveAs(monkeypatch, tmp_path / "invitation")
    window.documents.export_invitation_action.trigger()
    wait_for_job(qtbot, window)
    assert save.suggested == f"{refs['planned']}.ics"
    text = unfolded(tmp_path / "invitation.ics")
    assert text.startswith("BEGIN:VCALENDAR") and "METHOD:REQUEST" in text and refs["planned"] in text
    assert "\\nAgenda:\\n1. Opening" in text
    assert "invitation.ics" in window.statusBar().currentMessage()

    window.documents.set_language("pt")
    SaveAs(monkeypatch, tmp_path / "planned.ics")
    window.documents.export_planned_action.trigger()
    wait_for_job(qtbot, window)
    text = unfolded(tmp_path / "planned.ics")
    assert text.count("BEGIN:VEVENT") == 1 and refs["planned"] in text and refs["held"] not in text
    assert "\\nOrdem de trabalhos:\\n1. Opening" in text, "the description in the document language"
    assert "1 planned meeting saved" in window.statusBar().currentMessage()


def unfolded(path: Path) -> str:
    return path.read_text(encoding="utf-8").replace("\r\n ", "")


def test_a_meetings_documents_need_a_meeting_on_screen(
    qtbot: QtBot, database: Database, refs: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    opening = MainWindow(None, gui_app.settings())
    qtbot.addWidget(opening)
    commands = opening.documents
    assert not any(action.isEnabled() for action in (*commands.meeting_actions, *commands.database_actions))

    opening.attach(database)
    opening.editor.show_meeting(None)
    assert not any(action.isEnabled() for action in commands.meeting_actions)
    assert all(action.isEnabled() for action in commands.database_actions)
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: asked.append("asked") or ("", ""))
    commands.print_action.trigger()  # a shortcut that got there first does nothing
    assert asked == []

    opening.show_meeting(refs["held"])
    assert all(action.isEnabled() for action in commands.meeting_actions)
    assert commands.print_action.shortcut().toString() == "Ctrl+P"
    export = next(a.menu() for a in opening.menuBar().actions()[0].menu().actions() if a.text() == "&Export")
    assert [a.objectName() for a in export.actions() if not a.isSeparator()] == [
        "exportWorkbook",
        "exportMinutes",
        "exportAgenda",
        "exportActionReport",
        "exportBinder",
        "exportInvitation",
        "exportPlanned",
    ]


def _minutes_file(database: Database, ref: str, path: Path) -> Path:
    for number in range(40):  # long enough for several pages
        agenda.add_agenda_item(database, ref, f"Item {number}", minutes="Discussed at length. " * 40)
    return minutes_pdf.write_minutes(documents.meeting_record(database, ref), path, "en")


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_paint_pdf_prints_every_page_of_the_document(
    qtbot: QtBot, database: Database, refs: dict[str, str], tmp_path: Path
) -> None:
    source = _minutes_file(database, refs["summer"], tmp_path / "source.pdf")
    pages = len(PdfReader(source).pages)
    assert pages > 2
    document = QPdfDocument()
    assert document.load(str(source)) == QPdfDocument.Error.None_
    assert paint_pdf(document, _pdf_printer(tmp_path / "printed.pdf")) == pages
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == pages

    chosen = _pdf_printer(tmp_path / "second.pdf")
    chosen.setPrintRange(QPrinter.PrintRange.PageRange)
    chosen.setFromTo(2, 3)
    assert paint_pdf(document, chosen) == 2, "the pages chosen in the print dialog"
    assert len(PdfReader(tmp_path / "second.pdf").pages) == 2
    document.close()


def test_print_preview_paints_the_minutes(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    refs: dict[str, str],
    tmp_path: Path,
    monkeypatch: Any,
    errors: list[str],
) -> None:
    source = _minutes_file(database, refs["held"], tmp_path / "expected.pdf")
    shown: list[str] = []
    temporary: list[Path] = []
    folders = Path(tempfile.gettempdir())
    before = set(folders.glob("pactdesk-print-*"))

    def exec_(dialog: QPrintPreviewDialog) -> int:
        shown.append(dialog.windowTitle())
        temporary.extend(set(folders.glob("pactdesk-print-*")) - before)
        assert dialog.printer().pageLayout().pageSize().id().name == "A4"
        dialog.paintRequested.emit(_pdf_printer(tmp_path / "preview.pdf"))
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", exec_)
    window.documents.preview_action.trigger()
    wait_for_job(qtbot, window)
    assert errors == []
    assert shown and refs["held"] in shown[0]
    assert len(PdfReader(tmp_path / "preview.pdf").pages) == len(PdfReader(source).pages)
    assert temporary and not any(folder.exists() for folder in temporary), "the temporary minutes are gone"


def test_print_sends_every_page_to_the_printer_chosen(
    qtbot: QtBot, window: MainWindow, refs: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    output = tmp_path / "printed.pdf"

    def exec_(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(output))
        return QPrintDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", exec_)
    window.documents.print_action.trigger()
    wait_for_job(qtbot, window)
    pages = len(PdfReader(output).pages)
    assert pages >= 1
    counted = f"{pages} page" if pages == 1 else f"{pages} pages"
    assert f"Minutes of {refs['held']} sent to the printer: {counted}." == window.statusBar().currentMessage()


def test_a_document_that_cannot_be_written_is_explained(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, errors: list[str]
) -> None:
    monkeypatch.setattr(BinderDialog, "get_binder", lambda *a: (("HCP", 2024), True))
    SaveAs(monkeypatch, tmp_path / "nothing.pdf")
    window.documents.export_binder_action.trigger()
    wait_for_job(qtbot, window)
    assert errors == ["HCP held no meetings in 2024, so there are no minutes to bind."]
    assert not (tmp_path / "nothing.pdf").exists()


def test_the_window_opens_without_the_pdf_and_print_machinery(tmp_path: Path) -> None:
    code = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from pactdesk.gui import app as gui
from pactdesk.gui.main_window import MainWindow
window = MainWindow(None, gui.settings())
window.show()
app.processEvents()
heavy = ("reportlab", "sqlalchemy", "PySide6.QtPdf", "PySide6.QtPrintSupport")
print(sorted(name for name in heavy if name in sys.modules))
"""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip().splitlines()[-1] == "[]"
