"""File → Verify a PDF… from the window: the file chooser (the platform's, answered here), the check off the GUI
thread, and the verdict's dialog for the archived minutes, a changed file and a file that is not a PDF: its large
sentence, an icon of its own shape, the meeting, version, status and fingerprint as selectable text; Close and Esc
change nothing, "Open the meeting" shows it. Approved minutes exported from the window are their archived PDF/A."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pikepdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pactdesk.domain.enums import MeetingStatus, MinutesStatus
from pactdesk.domain.models import MinutesDocument
from pactdesk.gui.files.verify_dialog import VerifyDialog
from pactdesk.gui.main_window import MainWindow
from pactdesk.services import agenda, meetings, minutes_versions, proof
from pactdesk.store.database import Database
from tests.gui.driving import Dialogs, button_named, open_window, press
from tests.gui.test_every_dialog import Answers, click_menu

CLOSE = QDialogButtonBox.StandardButton.Close


@pytest.fixture
def refs(database: Database) -> dict[str, str]:
    approved = meetings.create_meeting(
        database, "AEC", title="Spring monitoring", starts_at="2024-03-04 10:00", status=MeetingStatus.HELD
    )
    agenda.add_agenda_item(database, approved, "Indicators", minutes="The indicators were reviewed at length.")
    meetings.set_minutes_status(database, approved, MinutesStatus.APPROVED, date(2024, 3, 20))
    other = meetings.create_meeting(
        database, "HCP", title="Health monitoring", starts_at="2024-05-06 10:00", status=MeetingStatus.HELD
    )
    return {"approved": approved, "other": other}


@pytest.fixture
def dialogs(qtbot: QtBot) -> Dialogs:
    """Answers that let the check's progress dialog be: on a loaded machine it shows before the verdict."""
    return Answers(qtbot)


@pytest.fixture
def window(qtbot: QtBot, database: Database, refs: dict[str, str]) -> MainWindow:
    shown = open_window(qtbot, database)
    shown.documents.set_language("en")
    shown.show_meeting(refs["other"])
    return shown


class Chosen:
    """QFileDialog.getOpenFileName answered with ``path`` (None: as Cancel); what it was asked is kept."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, path: Path | None) -> None:
        self.path = path
        self.asked: list[tuple[str, str]] = []
        monkeypatch.setattr(QFileDialog, "getOpenFileName", self)

    def __call__(self, parent: Any, title: str, folder: str = "", file_filter: str = "", *rest: Any) -> Any:
        self.asked.append((title, file_filter))
        return ("" if self.path is None else str(self.path)), file_filter


class Seen:
    """What the verdict's dialog showed, read while it was open."""

    def __init__(self) -> None:
        self.headline = self.sentence = ""
        self.fields: dict[str, str] = {}
        self.selectable: dict[str, bool] = {}
        self.icon_named = ""
        self.has_icon = False
        self.open_button = False
        self.bigger = False

    def __call__(self, dialog: QWidget) -> None:
        assert isinstance(dialog, VerifyDialog)
        self.headline = dialog.headline.text()
        self.sentence = dialog.sentence.text()
        self.bigger = dialog.sentence.font().pointSizeF() > dialog.fields["file"].font().pointSizeF()
        self.fields = {name: label.text() for name, label in dialog.fields.items()}
        self.selectable = {
            name: bool(label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse)
            for name, label in dialog.fields.items()
        }
        pixmap = dialog.icon.pixmap()
        self.has_icon = pixmap is not None and not pixmap.isNull()
        self.icon_named = dialog.icon.accessibleName()
        self.open_button = dialog.open_button is not None and dialog.open_button.isVisible()


def verify_from_the_menu(qtbot: QtBot, window: MainWindow) -> None:
    click_menu(qtbot, window, "File", "Verify a PDF…")


def wait_for_job(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.documents._flow is not None and window.documents.flow.job is None, timeout=30_000)


def test_the_archived_minutes_are_verified_and_close_changes_nothing(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    refs: dict[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: Dialogs,
) -> None:
    path = tmp_path / "ata.pdf"
    path.write_bytes(proof.archived_pdf(database, refs["approved"], "en"))
    version = minutes_versions.history(database, refs["approved"])[-1]
    chosen = Chosen(monkeypatch, path)
    seen = Seen()
    dialogs.expect(seen, CLOSE)
    verify_from_the_menu(qtbot, window)
    wait_for_job(qtbot, window)
    dialogs.done()
    assert chosen.asked == [("Verify a PDF", "PDF document (*.pdf)")]
    assert seen.headline == "Verified: the approved minutes, unchanged" and seen.icon_named == seen.headline
    assert seen.has_icon and seen.bigger
    assert seen.sentence.startswith(f"This is the archived PDF/A of the approved minutes of {refs['approved']}")
    assert seen.fields["meeting"] == refs["approved"] and seen.fields["version"] == str(version.number)
    assert seen.fields["status"] == "Approved" and seen.fields["fingerprint"] == version.fingerprint
    assert seen.fields["file"] == "ata.pdf" and seen.fields["signatures"] == "None"
    assert all(seen.selectable.values()), "every value can be selected and copied"
    assert seen.open_button
    assert window.current_meeting_ref() == refs["other"], "Close opens nothing"
    assert seen.sentence in window.statusBar().currentMessage()


def test_open_the_meeting_shows_the_meeting_the_pdf_is_of(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    refs: dict[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: Dialogs,
) -> None:
    path = tmp_path / "ata.pdf"
    path.write_bytes(proof.archived_pdf(database, refs["approved"], "pt"))
    Chosen(monkeypatch, path)
    click_menu(qtbot, window, "View", "Action tracker")
    dialogs.expect(lambda dialog: press(qtbot, button_named(dialog, "Open the meeting")), None)
    verify_from_the_menu(qtbot, window)
    wait_for_job(qtbot, window)
    dialogs.done()
    qtbot.waitUntil(lambda: window.current_meeting_ref() == refs["approved"], timeout=5000)
    assert window.pages.currentIndex() == 0, "back on the meetings, the meeting shown"


def test_a_changed_file_says_so_and_esc_closes(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    refs: dict[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: Dialogs,
) -> None:
    data = bytearray(proof.archived_pdf(database, refs["approved"], "en"))
    data[len(data) // 2] ^= 0x01
    path = tmp_path / "changed.pdf"
    path.write_bytes(bytes(data))
    Chosen(monkeypatch, path)
    seen = Seen()

    def read_then_escape(dialog: QWidget) -> None:
        seen(dialog)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    dialogs.expect(read_then_escape, None)
    verify_from_the_menu(qtbot, window)
    wait_for_job(qtbot, window)
    dialogs.done()
    assert seen.headline == "Changed after it was written" and seen.has_icon
    assert "it was changed after it was written" in seen.sentence
    assert seen.fields["meeting"] == refs["approved"] and seen.open_button
    assert window.current_meeting_ref() == refs["other"]


def test_a_file_that_is_not_a_pdf_is_said_to_be_one_and_offers_no_meeting(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dialogs: Dialogs
) -> None:
    path = tmp_path / "notes.pdf"
    path.write_bytes(b"PK\x03\x04 a zip with the wrong name")
    Chosen(monkeypatch, path)
    seen = Seen()
    dialogs.expect(seen, CLOSE)
    verify_from_the_menu(qtbot, window)
    wait_for_job(qtbot, window)
    dialogs.done()
    assert seen.headline == "Not a readable PDF" and seen.has_icon
    assert seen.sentence == "This file is not a readable PDF: it is damaged, or it is another kind of file."
    assert set(seen.fields) == {"file", "sha256", "signatures"} and not seen.open_button


def test_cancelling_the_file_chooser_checks_nothing(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = Chosen(monkeypatch, None)
    opened: list[Any] = []
    monkeypatch.setattr(VerifyDialog, "show_verdict", lambda *args: opened.append(args) or (None, False))
    verify_from_the_menu(qtbot, window)
    assert len(chosen.asked) == 1 and window.documents.flow.job is None and opened == []


def test_a_missing_file_is_one_sentence(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr("pactdesk.gui.files.file_flow.show_error", lambda parent, error: shown.append(str(error)))
    Chosen(monkeypatch, tmp_path / "gone.pdf")
    verify_from_the_menu(qtbot, window)
    wait_for_job(qtbot, window)
    assert shown == [f"There is no file {tmp_path / 'gone.pdf'}; check its name and folder."]


def test_the_verdict_in_portuguese(
    qtbot: QtBot, database: Database, refs: dict[str, str], portuguese: Any, tmp_path: Path, dialogs: Dialogs
) -> None:
    data = proof.archived_pdf(database, refs["approved"], "pt")
    verdict = proof.verify(database, data)
    seen = Seen()
    dialogs.expect(seen, CLOSE)
    wanted, accepted = VerifyDialog.show_verdict(None, verdict, "ata.pdf")
    dialogs.done()
    assert (wanted, accepted) == (None, False)
    assert seen.sentence.startswith(f"Este é o PDF/A arquivado da ata aprovada de {refs['approved']}")
    assert seen.fields["status"] == "Aprovada"


def test_approved_minutes_export_from_the_window_as_their_archive(
    qtbot: QtBot, window: MainWindow, database: Database, refs: dict[str, str], tmp_path: Path, monkeypatch: Any
) -> None:
    window.show_meeting(refs["approved"])
    target = tmp_path / "approved.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), args[-1]))
    click_menu(qtbot, window, "File", "Export", "Minutes (PDF)…")
    wait_for_job(qtbot, window)
    with database.read() as session:
        [kept] = session.scalars(select(MinutesDocument)).all()
        assert bytes(kept.content) == target.read_bytes()
    with pikepdf.open(target) as pdf:
        assert pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False).pdfa_status == "2B"
    number = minutes_versions.history(database, refs["approved"])[-1].number
    assert f"(version {number}, PDF/A)" in window.statusBar().currentMessage()
    assert proof.verify(database, target.read_bytes()).approved


def test_a_signed_copy_shows_who_signed_and_that_it_is_intact(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    refs: dict[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: Dialogs,
) -> None:
    from pactdesk.services import signing
    from tests.signing_tokens import PASSWORD, SIGNER, write_pkcs12

    path = tmp_path / "signed.pdf"
    archived = proof.archived_pdf(database, refs["approved"], "en")
    path.write_bytes(signing.sign_pkcs12(archived, write_pkcs12(tmp_path / "signer.p12"), PASSWORD))
    Chosen(monkeypatch, path)
    seen = Seen()
    dialogs.expect(seen, CLOSE)
    verify_from_the_menu(qtbot, window)
    wait_for_job(qtbot, window)
    dialogs.done()
    assert seen.headline == "Verified: a signed copy of the approved minutes"
    assert seen.fields["signatures"].startswith(f"Signed by {SIGNER}") and "; intact;" in seen.fields["signatures"]
