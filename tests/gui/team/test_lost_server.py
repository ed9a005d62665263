"""The team's server stops while a secretary writes the minutes, then comes back: a line under the minutes says so
(no box), what she types stays, even when she goes on to another item, nothing is said saved until it is, and all of
it is saved once the server answers. A server of this module's own, so that stopping it disturbs no other test."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import psycopg
import pytest
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from pactdesk.gui.main_window import MainWindow
from pactdesk.services import agenda, meetings, workspace
from pactdesk.store.database import Database
from pactdesk.store.location import DatabaseLocation
from tests.gui.driving import open_window
from tests.pg.server import PostgresServer


@pytest.fixture
def database(own_server: PostgresServer) -> Iterator[Database]:
    with psycopg.connect(**own_server.psql_args(), autocommit=True) as admin:  # type: ignore[arg-type]
        admin.execute("CREATE DATABASE lost_window")
    opened = workspace.open_workspace(DatabaseLocation.for_url(own_server.url("lost_window")))
    try:
        yield opened
    finally:
        opened.close()


def test_typing_while_the_server_is_away_is_kept_and_saved_when_it_is_back(
    qtbot: QtBot, own_server: PostgresServer, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    ref = meetings.create_meeting(database, "AEC", title="Plenary", starts_at=datetime(2026, 7, 1, 10))
    opening = agenda.add_agenda_item(database, ref, "Opening")
    closing = agenda.add_agenda_item(database, ref, "Closing")
    window: MainWindow = open_window(qtbot, database)
    window.show_meeting(ref)
    window.editor.tabs.setCurrentIndex(window.editor.AGENDA)
    section = window.editor.agenda
    section.select_item(opening)
    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box.text()) or 0)

    own_server.halt()
    try:
        section.minutes.setFocus()
        qtbot.keyClicks(section.minutes, "Typed while the server was away.")
        line = section.fields["minutes"].findChild(QLabel)
        qtbot.waitUntil(lambda: "server cannot be reached" in section.fields["minutes"].error.text(), timeout=5000)
        assert section.fields["minutes"].error.isVisible() and line is not None
        assert section.unsaved_minutes() == "Typed while the server was away."
        section.select_item(closing)  # she goes on: the first item's text is kept for it
        qtbot.keyClicks(section.minutes, "And this too.")
        assert not section.save_minutes(), "nothing is said saved while the server is away"
        assert "Typed while the server was away." in section.unsaved_minutes()
    finally:
        own_server.resume()
    qtbot.waitUntil(
        lambda: (
            [item.minutes for item in agenda.agenda(database, ref)]
            == ["Typed while the server was away.", "And this too."]
        ),
        timeout=10_000,
    )
    qtbot.waitUntil(lambda: not section.fields["minutes"].error.isVisible(), timeout=5000)
    assert section.unsaved_minutes() == ""
    assert boxes == [], "the lost server is said in a line, not in a box at every pause"
