"""A window whose login may only read (a reader on a team's server; here a file opened for reading alongside the
window that writes it): a line says so, and nothing that writes is offered on any page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from pactdesk.gui.follow_up.outputs_page import OutputsPage
from pactdesk.gui.follow_up.tracker_page import TrackerPage
from pactdesk.gui.main_window import MainWindow
from pactdesk.services import actions, agenda, directory, meetings, outputs, workspace
from pactdesk.store.database import Database
from tests.gui.driving import open_window
from tests.gui.test_every_dialog import click_menu, select_actions


@pytest.fixture
def reader(database: Database, db_path: Path) -> Iterator[Database]:
    ref = meetings.create_meeting(database, "TEX", title="Monitoring", starts_at="2025-03-03 10:00")
    item = agenda.add_agenda_item(database, ref, "Training", minutes="Agreed.")
    agenda.add_decision(database, item, "Run the programmes.")
    actions.create_action(database, "Draft the plan", meeting_ref=ref, agenda_item_id=item)
    outputs.create_output(database, "TEX", 1, "Dialogue")
    directory.add_person(database, "Ana Sousa")
    opened = workspace.open_workspace(workspace.location(str(db_path)), readonly=True)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def window(qtbot: QtBot, reader: Database) -> MainWindow:
    shown = open_window(qtbot, reader)
    shown.show_meeting("TEX-2025-01")
    return shown


def test_a_line_says_the_window_only_reads_and_nothing_writes(qtbot: QtBot, window: MainWindow) -> None:
    line = window.findChild(QLabel, "readOnlyLine")
    assert line is not None and line.isVisible()
    assert line.text().startswith("Read only: your login can read this record but not change it.")
    assert window.windowTitle().endswith("(read only)")
    for action in (window.new_action, window.delete_action, window.import_workbook_action):
        assert not action.isEnabled(), action.text()
    assert window.export_workbook_action.isEnabled(), "a reader exports"

    editor = window.editor
    assert editor.details.title.text() == "Monitoring" and not editor.details.title.isEnabled()
    assert not editor.details.minutes_status.isEnabled()
    section = editor.agenda
    assert section.minutes.toPlainText() == "Agreed." and section.minutes.isReadOnly()
    for button in (section.add_button, section.add_decision_button, section.add_action_button):
        assert not button.isEnabled(), button.text()
    assert not editor.attendance.add_person_button.isEnabled()


def test_the_follow_up_pages_and_the_directory_offer_nothing_that_writes(qtbot: QtBot, window: MainWindow) -> None:
    click_menu(qtbot, window, "View", "Action tracker")
    tracker = window.page("tracker")
    assert isinstance(tracker, TrackerPage)
    select_actions(qtbot, tracker, "TEX-A0001")
    for button in (tracker.status_button, tracker.update_button, tracker.edit_button):
        assert not button.isEnabled(), button.text()
    assert tracker.meeting_button.isEnabled(), "reading leads to the meeting"

    window.show_page("outputs")
    page = window.page("outputs")
    assert isinstance(page, OutputsPage)
    assert page.show_output("TEX-O0001")
    assert page.form.title.text() == "Dialogue" and not page.form.title.isEnabled()
    assert not page.add_button.isEnabled() and not page.remove_button.isEnabled()

    window.open_directory()
    book = window._directory
    assert book is not None
    people = book.people_tab
    people.view.selectRow(0)
    assert not people.add_button.isEnabled() and not people.edit_button.isEnabled()
    assert not people.delete_button.isEnabled()
    book.close()
