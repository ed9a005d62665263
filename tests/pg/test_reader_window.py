"""Who may do what, seen in the window on a real server: a reader's window says it only reads and offers nothing
that writes; a secretary made a reader while her window is open is refused by the server at her next save, and the
window says so in a sentence, keeping nothing of it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from pactdesk.cli import main
from pactdesk.services import agenda, meetings
from tests.gui.driving import Dialogs, leave, open_window, type_into
from tests.pg.server import PostgresServer
from tests.pg.teams import READ_ONLY, signed_in, sql


def _meeting(postgres_server: PostgresServer, team: str) -> str:
    owner = signed_in(postgres_server, team, "postgres")
    try:
        ref = meetings.create_meeting(
            owner, "AEC", title="Plenary", starts_at=datetime(2026, 7, 1, 10), location="Sala 1"
        )
        agenda.add_agenda_item(owner, ref, "Opening", minutes="Agreed.")
        return ref
    finally:
        owner.close()


def test_a_reader_s_window_says_it_only_reads_and_offers_nothing_that_writes(
    qtbot: QtBot, postgres_server: PostgresServer, team: str, login: Callable[[str], str]
) -> None:
    rui = login("rui")
    assert main(["user", "add", rui, "--name", "Rui Costa", "--role", "reader", "--database-url", team]) == 0
    ref = _meeting(postgres_server, team)
    reader = signed_in(postgres_server, team, rui)
    try:
        window = open_window(qtbot, reader)
        window.show_meeting(ref)
        line = window.findChild(QLabel, "readOnlyLine")
        assert line is not None and line.isVisible()
        assert line.text().startswith("Read only: your login can read this record but not change it.")
        assert not window.new_action.isEnabled() and window.export_workbook_action.isEnabled()
        details = window.editor.details
        assert details.location.text() == "Sala 1" and not details.location.isEnabled()
        section = window.editor.agenda
        assert section.minutes.toPlainText() == "Agreed." and section.minutes.isReadOnly()
        assert not section.add_button.isEnabled() and not window.editor.attendance.add_person_button.isEnabled()
        window.close()
    finally:
        reader.close()


def test_a_secretary_made_a_reader_while_her_window_is_open_is_refused_at_her_next_save(
    qtbot: QtBot, postgres_server: PostgresServer, team: str, login: Callable[[str], str]
) -> None:
    ana = login("ana")
    assert main(["user", "add", ana, "--name", "Ana Lopes", "--role", "secretary", "--database-url", team]) == 0
    ref = _meeting(postgres_server, team)
    secretary = signed_in(postgres_server, team, ana)
    try:
        window = open_window(qtbot, secretary)
        window.show_meeting(ref)
        details = window.editor.details
        assert details.location.isEnabled(), "a secretary's window writes"
        sql(postgres_server, team, f"REVOKE pactdesk_secretary FROM {ana}; GRANT pactdesk_reader TO {ana}")
        told: list[str] = []

        def read(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            told.append(box.text())

        answers = Dialogs(qtbot)
        answers.expect(read, QMessageBox.StandardButton.Ok, kind=QMessageBox)
        type_into(qtbot, details.location, "Sala 2")
        leave(qtbot, details.location)
        qtbot.waitUntil(lambda: bool(told) or bool(answers.failures), timeout=5000)
        answers.done()
        assert told == [f"Your login ({ana}) {READ_ONLY}"]
        assert meetings.meeting_detail(secretary, ref).location == "Sala 1", "nothing of the refused save is kept"
        assert details.location.text() == "Sala 1", "the field shows what is stored"
        window.close()
    finally:
        secretary.close()
