"""The window writes in the language it speaks (a new meeting's title and first items), and it speaks the user's
language from a checkout that has only the translations' sources: they are compiled when PactDesk starts."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pactdesk import config
from pactdesk.cli import build_parser
from pactdesk.domain.enums import AttendanceStatus, MeetingStatus
from pactdesk.domain.language import display_language
from pactdesk.gui import app as gui_app
from pactdesk.gui.common.words import language
from pactdesk.gui.main_window import MainWindow
from pactdesk.gui.meetings.new_meeting_dialog import NewMeetingDialog
from pactdesk.services import actions, agenda, attendance, directory, meetings, planning
from pactdesk.store.database import Database
from tests.gui.driving import OK, Dialogs, new_meeting_answer, open_window


def test_the_window_speaks_english_unless_told_otherwise() -> None:
    assert language() == "en"


def test_the_window_knows_it_speaks_portuguese(portuguese: list[QTranslator]) -> None:
    assert language() == "pt"


def test_a_new_meeting_made_in_portuguese_is_written_in_portuguese(
    portuguese: list[QTranslator], qtbot: QtBot, database: Database
) -> None:
    """The cluster's previous meeting was made in English, its first items marked as standing: the new one, made in
    the Portuguese window, has them once, in Portuguese, and its matters arising still list the open action."""
    ana = directory.add_person(database, "Ana Sousa")
    first = planning.new_meeting(database, "TEX", starts_at="2025-01-10 10:00", language="en")
    meetings.set_meeting_field(database, first, "status", MeetingStatus.HELD)
    attendance.set_attendance(database, first, ana, AttendanceStatus.PRESENT)
    for item in agenda.agenda(database, first):
        agenda.set_item_field(database, item.id, "standing", True)
    agenda.add_agenda_item(database, first, "Indicadores", standing=True)
    actions.create_action(database, "Enviar os indicadores", meeting_ref=first)

    window = open_window(qtbot, database)
    dialogs = Dialogs(qtbot)
    dialogs.expect(new_meeting_answer(qtbot, "TEX", datetime(2025, 3, 10, 10, 0), 120), OK, kind=NewMeetingDialog)
    window.new_action.trigger()
    dialogs.done()
    ref = window.editor.ref
    assert ref is not None and ref != first

    assert (
        window.editor.details.title.text()
        == "Reunião da Comissão de Acompanhamento com o Cluster Têxtil: Tecnologia e Moda"
    )
    window.editor.tabs.setCurrentIndex(window.editor.AGENDA)
    section = window.editor.agenda
    titles = [section.model.item(row).title for row in range(section.model.rowCount())]
    assert titles == ["Aprovação da ata da reunião anterior", "Assuntos pendentes", "Indicadores"]
    section.items.setCurrentIndex(section.model.index(1))
    assert section.arising.isVisibleTo(window)
    rows = (section.arising.topLevelItem(i) for i in range(section.arising.topLevelItemCount()))
    listed = [row.text(1) for row in rows if row is not None]
    assert listed == ["Enviar os indicadores"]
    assert [item.title for item in agenda.agenda(database, ref)] == titles


# -- translations compiled on demand --------------------------------------------------------------------------------

SOURCES = Path(__file__).resolve().parents[2] / "resources" / "translations"


@pytest.fixture
def checkout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The resources as a fresh checkout has them: the translations' .ts sources and no .qm (the fonts and icons
    are the real ones). Returns the translations folder."""
    real = config.resource_dir("resources")
    resources = tmp_path / "checkout" / "resources"
    folder = resources / "translations"
    folder.mkdir(parents=True)
    for part in real.iterdir():
        if part.name != "translations":
            (resources / part.name).symlink_to(part)
    for source in SOURCES.glob("*.ts"):
        shutil.copy(source, folder / source.name)
    monkeypatch.setattr(config, "resource_dir", lambda name: resources.parent / name)
    return folder


@pytest.fixture
def installed(monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> Iterator[list[QTranslator]]:
    """The translators the window installs, taken away afterwards so the tests after this one speak English."""
    taken: list[QTranslator] = []
    original = gui_app.install_translations

    def install(app: QApplication, wanted: str | None = None) -> list[QTranslator]:
        loaded = original(app, wanted)
        taken.extend(loaded)
        return loaded

    monkeypatch.setattr(gui_app, "install_translations", install)
    yield taken
    for translator in taken:
        qapp.removeTranslator(translator)


def start(db_path: Path, monkeypatch: pytest.MonkeyPatch, wanted: str) -> dict[str, Any]:
    """``PACTDESK_LANGUAGE=<wanted> pactdesk --db DB``; what its window's menus say on the first paint, then closed."""
    monkeypatch.setenv("PACTDESK_LANGUAGE", wanted)
    seen: dict[str, Any] = {}

    def first_paint() -> None:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        seen["menus"] = [action.text() for action in window.menuBar().actions()]
        seen["language"] = language()
        seen["catalogue"] = display_language()
        QTimer.singleShot(0, window.close)

    QTimer.singleShot(0, first_paint)
    seen["status"] = gui_app.run_gui(build_parser().parse_args(["--db", str(db_path)]))
    return seen


def portuguese_menus(seen: dict[str, Any]) -> bool:
    """Portuguese menus, and the catalogue's names (clusters, goals, organisations) in Portuguese too."""
    return bool(seen["menus"][0] == "&Ficheiro" and seen["language"] == "pt" and seen["catalogue"] == "pt")


def test_a_checkout_without_compiled_translations_starts_in_portuguese(
    checkout: Path, installed: list[QTranslator], qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert not list(checkout.glob("*.qm"))
    seen = start(db_path, monkeypatch, "pt")
    assert seen["status"] == 0
    assert portuguese_menus(seen), seen["menus"]
    assert {path.name for path in checkout.glob("*.qm")} == {"pactdesk_en.qm", "pactdesk_pt.qm"}
    assert not list(checkout.glob(".*")), "no partial file is left behind"


def test_a_source_newer_than_its_translation_is_compiled_again(
    checkout: Path, installed: list[QTranslator], qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A .qm left from before a ``git pull`` that changed its .ts: the window must not speak the old one."""
    stale = checkout / "pactdesk_pt.qm"
    stale.write_bytes(b"not a translation")  # whatever it was, it is older than its source
    source = checkout / "pactdesk_pt.ts"
    old = source.stat().st_mtime - 60
    os.utime(stale, (old, old))
    assert portuguese_menus(start(db_path, monkeypatch, "pt"))
    assert stale.stat().st_mtime >= source.stat().st_mtime and stale.read_bytes() != b"not a translation"


def test_translations_that_cannot_be_written_beside_their_sources_go_to_the_cache(
    checkout: Path, installed: list[QTranslator], qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # What stands where the .qm would go cannot be replaced by a file (an installation the user cannot change).
    (checkout / "pactdesk_pt.qm").mkdir()
    assert portuguese_menus(start(db_path, monkeypatch, "pt"))
    cached = config.cache_dir() / "translations"
    assert (cached / "pactdesk_pt.qm").is_file() and (cached / "pactdesk_en.qm").is_file()
    assert not list(checkout.glob(".*.part"))
    assert (checkout / "pactdesk_pt.qm").is_dir(), "nothing was forced"


def test_translations_that_cannot_be_compiled_leave_the_window_in_english(
    checkout: Path,
    installed: list[QTranslator],
    qtbot: QtBot,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    (checkout / "pactdesk_pt.ts").write_text("<TS version='2.1' language='pt_PT'><context>", encoding="utf-8")
    seen = start(db_path, monkeypatch, "pt")
    assert seen["status"] == 0, "PactDesk starts all the same"
    assert seen["menus"][0] == "&File" and seen["language"] == "en" and seen["catalogue"] == "en"
    assert any("cannot compile pactdesk_pt.ts" in record.getMessage() for record in caplog.records)
