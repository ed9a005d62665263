"""The words inside a file attached through the window are found by the toolbar's search: a PDF added with the
Attachments tab's Add… (the platform's chooser cancelled first, then answered, a hostile PDF in the same choice), then
Ctrl+K and a word that is only inside the PDF, typed without its accent: the attachment is listed under Attachments
with the word in bold, and Enter shows it chosen in its meeting's Attachments tab. In English and in Portuguese."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pactdesk.gui.main_window import MainWindow
from pactdesk.gui.search.results_model import HTML_ROLE
from pactdesk.services import agenda, attachments, meetings
from pactdesk.store.database import Database
from tests.exchange import attached_documents as documents
from tests.gui.driving import activate, choose, open_window, press, type_text
from tests.gui.meetings.test_attachments_section import Files, attached, kept, tab

REPORT = documents.pdf([["Relatório de execução do pacto"], ["Cooperação transfronteiriça com a Galiza"]])


@pytest.fixture
def held(database: Database) -> str:
    ref = meetings.create_meeting(database, "TEX", title="Acompanhamento", starts_at="2026-01-12 10:00")
    agenda.add_agenda_item(database, ref, "Aprovação da ata anterior")
    agenda.add_agenda_item(database, ref, "Internacionalização")
    return ref


@pytest.fixture
def files(tmp_path: Path) -> Path:
    folder = tmp_path / "documentos"
    folder.mkdir()
    (folder / "Relatório.pdf").write_bytes(REPORT)
    (folder / "Danificado.pdf").write_bytes("%PDF-1.7\nCooperação transfronteiriça".encode() + bytes(range(256)) * 20)
    return folder


def attach_through_the_tab(
    qtbot: QtBot, window: MainWindow, database: Database, held: str, files: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Add… cancelled, then answered with the report and a damaged PDF, kept with item 2."""
    window.show_meeting(held)
    section = tab(window)
    Files(monkeypatch)  # Cancel
    press(qtbot, section.add_button)
    assert kept(database, held) == []
    choose(qtbot, section.item, section.item.itemText(2))  # "2. Internacionalização"
    Files(monkeypatch, files / "Relatório.pdf", files / "Danificado.pdf")
    press(qtbot, section.add_button)
    attached(qtbot, section)
    assert kept(database, held) == [("Relatório.pdf", 2), ("Danificado.pdf", 2)]


def search_for(qtbot: QtBot, window: MainWindow, words: str) -> None:
    activate(qtbot, window)  # the attaching's progress had the keyboard
    window.pages.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search
    if words.isascii():
        qtbot.keyClicks(window.search, words)
    else:
        type_text(qtbot, window.search, words)
    qtbot.waitUntil(lambda: window.search.shown_for == window.search.text(), timeout=5000)


def test_a_word_inside_an_attached_pdf_is_found_and_enter_shows_the_file(
    qtbot: QtBot, database: Database, held: str, files: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, database)
    attach_through_the_tab(qtbot, window, database, held, files, monkeypatch)
    report = next(row for row in attachments.attachments(database, held) if row.name == "Relatório.pdf")
    elsewhere = meetings.create_meeting(database, "AEC", title="Outra", starts_at="2026-02-01 10:00")
    window.show_meeting(elsewhere)
    assert window.editor.ref == elsewhere

    search_for(qtbot, window, "transfronteirica")
    hits = window.search.results
    assert [(hit.kind, hit.id) for hit in hits] == [("attachment", report.id)]  # not the damaged one
    view = window.search.panel.view
    group = view.model().index(0, 0)
    assert group.data() == "Attachments (1)"
    shown = str(view.model().index(0, 0, group).data(HTML_ROLE))
    assert "Relatório.pdf" in shown and "<b>transfronteiriça</b>" in shown

    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert not window.search.panel.isVisible()
    assert window.editor.ref == held
    assert window.editor.tabs.currentIndex() == window.editor.ATTACHMENTS, "the file is shown where it is kept"
    assert [row.id for row in window.editor.attachments.chosen()] == [report.id]
    assert QApplication.focusWidget() is window.editor.attachments.files


def test_in_portuguese_the_attachment_is_listed_under_anexos(
    qtbot: QtBot,
    database: Database,
    held: str,
    files: Path,
    monkeypatch: pytest.MonkeyPatch,
    portuguese: object,
) -> None:
    window = open_window(qtbot, database)
    attach_through_the_tab(qtbot, window, database, held, files, monkeypatch)
    search_for(qtbot, window, "cooperação galiza")
    view = window.search.panel.view
    group = view.model().index(0, 0)
    assert group.data() == "Anexos (1)"
    shown = str(view.model().index(0, 0, group).data(HTML_ROLE))
    assert "<b>Cooperação</b> transfronteiriça com a <b>Galiza</b>" in shown
    qtbot.keyClick(window.search, Qt.Key.Key_Enter)
    assert window.editor.ref == held and window.editor.tabs.currentIndex() == window.editor.ATTACHMENTS
    assert [row.name for row in window.editor.attachments.chosen()] == ["Relatório.pdf"]
