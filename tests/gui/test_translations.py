"""The window in Portuguese: PactDesk's own strings and the committee's words come from the .ts sources."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from pactdesk.domain.enums import AttendanceStatus, MeetingStatus
from pactdesk.gui import app as gui_app
from pactdesk.gui.main_window import MainWindow
from pactdesk.gui.words import word
from pactdesk.store.database import Database

SOURCES = Path(__file__).resolve().parents[2] / "resources" / "translations"


def test_every_message_is_translated() -> None:
    text = (SOURCES / "pactdesk_pt.ts").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text


def test_the_window_speaks_portuguese(portuguese, qtbot: QtBot, database: Database) -> None:  # type: ignore[no-untyped-def]
    assert any(translator.language().startswith("pt") for translator in portuguese)
    window = MainWindow(database, gui_app.settings())
    qtbot.addWidget(window)
    menus = [action.text() for action in window.menuBar().actions()]
    assert (menus[0] == "&Ficheiro" and "Aj&uda" in menus) or "&Ajuda" in menus
    assert word(MeetingStatus.HELD) == "Realizada"
    assert word(AttendanceStatus.APOLOGIES) == "Justificou a ausência"
    assert window.clusters.data(window.clusters.index(0, 1)) != "All clusters"
