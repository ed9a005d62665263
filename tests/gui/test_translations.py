"""The window in Portuguese: PactDesk's own strings and the committee's words come from the .ts sources."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pactdesk import config
from pactdesk.domain.enums import AttendanceStatus, MeetingStatus
from pactdesk.gui import app as gui_app
from pactdesk.gui.main_window import MainWindow
from pactdesk.gui.words import word
from pactdesk.store.database import Database

SOURCES = Path(__file__).resolve().parents[2] / "resources" / "translations"


@pytest.fixture
def portuguese(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication):  # type: ignore[no-untyped-def]
    folder = tmp_path / "resources" / "translations"
    folder.mkdir(parents=True)
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run(
        [str(lrelease), str(SOURCES / "pactdesk_pt.ts"), "-qm", str(folder / "pactdesk_pt.qm")],
        check=True,
        capture_output=True,
    )
    monkeypatch.setattr(config, "resource_dir", lambda name: tmp_path / name)
    translators = gui_app.install_translations(qapp, "pt_PT")
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)


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
