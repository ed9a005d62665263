"""The window in Portuguese: PactDesk's own strings and the committee's words come from the .ts sources."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QTranslator
from pytestqt.qtbot import QtBot

from pactdesk.domain.enums import AttendanceStatus, MeetingStatus
from pactdesk.gui import app as gui_app
from pactdesk.gui.common.words import word
from pactdesk.gui.main_window import MainWindow
from pactdesk.services import meetings
from pactdesk.store.database import Database
from tests.gui.driving import open_window

SOURCES = Path(__file__).resolve().parents[2] / "resources" / "translations"


def test_every_message_is_translated() -> None:
    for language in ("pt", "en"):
        text = (SOURCES / f"pactdesk_{language}.ts").read_text(encoding="utf-8")
        assert 'type="unfinished"' not in text, language


def _counted() -> list[tuple[str, str]]:
    """(context, source) of every message counted with %n."""
    tree = ElementTree.parse(SOURCES / "pactdesk_pt.ts")
    return [
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in tree.iter("context")
        for message in context.iter("message")
        if message.get("numerus") == "yes" and message.find("translation").get("type") != "vanished"  # type: ignore[union-attr]
    ]


@pytest.mark.parametrize("language", ["en", "pt"])
def test_a_count_reads_right_for_one_and_for_many(language: str, tmp_path: Path) -> None:
    """No "1 meetings" and no "(s)": each counted message has its singular and its plural in both languages."""
    counted = _counted()
    assert len(counted) >= 17
    built = tmp_path / f"pactdesk_{language}.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(SOURCES / f"pactdesk_{language}.ts"), "-qm", str(built)], check=True)
    translator = QTranslator()
    assert translator.load(str(built))
    for context, source in counted:
        one, many = (translator.translate(context, source, None, n) for n in (1, 2))
        assert one and many and one != many, source
        assert "(s)" not in one + many and "(ões)" not in one + many and "%n" in one.replace("%Ln", "%n"), source


def test_the_window_counts_one_meeting_and_two_meetings(qtbot: QtBot, database: Database) -> None:
    meetings.create_meeting(database, "AEC", title="Kick-off", starts_at="2025-02-03 10:00")
    first = open_window(qtbot, database)
    qtbot.waitUntil(lambda: first.statusBar().currentMessage().startswith("1 meeting — "))
    first.close()
    meetings.create_meeting(database, "AEC", title="Follow-up", starts_at="2025-05-03 10:00")
    second = open_window(qtbot, database)
    qtbot.waitUntil(lambda: second.statusBar().currentMessage().startswith("2 meetings — "))


def test_the_window_counts_in_portuguese(portuguese, qtbot: QtBot, database: Database) -> None:  # type: ignore[no-untyped-def]
    meetings.create_meeting(database, "AEC", title="Kick-off", starts_at="2025-02-03 10:00")
    window = open_window(qtbot, database)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("1 reunião — "))


def test_the_window_speaks_portuguese(portuguese, qtbot: QtBot, database: Database) -> None:  # type: ignore[no-untyped-def]
    assert any(translator.language().startswith("pt") for translator in portuguese)
    window = MainWindow(database, gui_app.settings())
    qtbot.addWidget(window)
    menus = [action.text() for action in window.menuBar().actions()]
    assert (menus[0] == "&Ficheiro" and "Aj&uda" in menus) or "&Ajuda" in menus
    assert word(MeetingStatus.HELD) == "Realizada"
    assert word(AttendanceStatus.APOLOGIES) == "Justificou a ausência"
    assert window.clusters.data(window.clusters.index(0, 1)) != "All clusters"
