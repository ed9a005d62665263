"""What every window test gets: a watchdog for modal windows that nobody answers; and the window in Portuguese."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from pactdesk import config
from pactdesk.domain.language import set_display_language
from pactdesk.gui import app as gui_app
from pactdesk.gui.presentation.audience_window import wall_font_family
from tests.gui.driving import Dialogs

SOURCES = Path(__file__).resolve().parents[2] / "resources" / "translations"

FORGOTTEN_AFTER_S = 8.0


@pytest.fixture(autouse=True)
def forgotten_dialogs(qtbot: QtBot) -> Iterator[list[str]]:
    """A modal window left unanswered would block its test for ever (an error box the test did not expect, say):
    after a few seconds it is closed, and the test fails saying what it read."""
    forgotten: list[str] = []
    opened: dict[int, float] = {}

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            return
        first = opened.setdefault(id(dialog), time.monotonic())
        if time.monotonic() - first < FORGOTTEN_AFTER_S:
            return
        text = dialog.text() if isinstance(dialog, QMessageBox) else dialog.windowTitle()
        forgotten.append(f"{type(dialog).__name__}: {text}")
        if isinstance(dialog, QDialog):
            dialog.reject()
        else:
            dialog.close()

    timer = QTimer()
    timer.setInterval(250)
    timer.timeout.connect(look)
    timer.start()
    yield forgotten
    timer.stop()
    assert not forgotten, f"a modal window was left open: {forgotten}"


def _built(tmp: Path, language: str) -> Path:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    target = tmp / f"pactdesk_{language}.qm"
    source = SOURCES / f"pactdesk_{language}.ts"
    subprocess.run([str(lrelease), str(source), "-qm", str(target)], check=True, capture_output=True)
    return target


@pytest.fixture(scope="session", autouse=True)
def fonts_as_shipped(qapp: QApplication) -> str:
    """PactDesk's own font (Noto Sans, for the wall and the documents) loaded before any window is measured.
    Once loaded, Qt on Linux may take it for the system's "Sans Serif" too, whose lines are then 3 px taller:
    loading it first makes every test measure with the same font, whichever test showed the wall before, and
    Noto Sans's line height is Segoe UI's, the font of the Windows laptops PactDesk is made for."""
    return wall_font_family()


@pytest.fixture(scope="session", autouse=True)
def english(tmp_path_factory: pytest.TempPathFactory, qapp: QApplication) -> Iterator[QTranslator]:
    """The window in English, as a user sees it: the source strings, with the plural forms of the English
    translation ("1 meeting", "2 meetings"), built here from the .ts source."""
    translator = QTranslator(qapp)
    assert translator.load(str(_built(tmp_path_factory.mktemp("english"), "en")))
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


@pytest.fixture
def portuguese(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> Iterator[list[QTranslator]]:
    """PactDesk in Portuguese, its translation built here from the .ts source (so a test never runs on a stale
    .qm); the other resources (fonts, icons) are the installed ones."""
    real = config.resource_dir("resources")
    folder = tmp_path / "resources" / "translations"
    folder.mkdir(parents=True)
    for part in real.iterdir():
        if part.name != "translations":
            (tmp_path / "resources" / part.name).symlink_to(part)
    _built(folder, "pt")
    monkeypatch.setattr(config, "resource_dir", lambda name: tmp_path / name)
    translators = gui_app.install_translations(qapp, "pt_PT")
    assert translators, "the Portuguese translation loads"
    set_display_language("pt")  # as run_gui does: the catalogue's names in the window's language
    yield translators
    set_display_language("en")
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def dialogs(qtbot: QtBot) -> Dialogs:
    """Answers to the modal windows a step opens (tests/gui/driving.py)."""
    return Dialogs(qtbot)
