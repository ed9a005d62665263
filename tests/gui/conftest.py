"""What every window test gets: a watchdog for modal windows that nobody answers."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

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
