"""Two secretaries as two processes on one real PostgreSQL: the other one is a separate Python program using
PactDesk's services, as another laptop would; this one is the window."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from pactdesk.gui.common.conflict import ConflictDialog
from pactdesk.gui.main_window import MainWindow
from pactdesk.services import agenda, meetings, workspace
from pactdesk.store.database import Database
from pactdesk.store.location import DatabaseLocation
from tests.gui.driving import Dialogs, open_window, press


def other_laptop(url: str, code: str) -> None:
    """Run ``code`` in another process, with ``db`` open on ``url`` (the services imported as ``agenda``)."""
    program = textwrap.dedent(
        f"""
        from pactdesk.services import agenda, workspace
        from pactdesk.store.location import DatabaseLocation
        db = workspace.open_workspace(DatabaseLocation.for_url({url!r}))
        try:
        {textwrap.indent(textwrap.dedent(code), "    ")}
        finally:
            db.close()
        """
    )
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr


@pytest.fixture
def ana(postgres_url: str) -> Iterator[Database]:
    opened = workspace.open_workspace(DatabaseLocation.for_url(postgres_url))
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def window(qtbot: QtBot, ana: Database) -> MainWindow:
    ref = meetings.create_meeting(ana, "TEX", title="Monitoring", starts_at="2025-03-03 10:00")
    agenda.add_agenda_item(ana, ref, "Training")
    agenda.add_agenda_item(ana, ref, "Exports")
    shown = open_window(qtbot, ana)
    shown.show_meeting(ref)
    shown.editor.tabs.setCurrentIndex(shown.editor.AGENDA)
    return shown


def test_two_writers_on_two_items_are_both_saved_and_each_sees_the_other(
    qtbot: QtBot, window: MainWindow, ana: Database, postgres_url: str
) -> None:
    ref = window.editor.ref or ""
    training, exports = (item.id for item in agenda.agenda(ana, ref))
    section = window.editor.agenda
    section.select_item(training)
    section.minutes.setFocus()
    qtbot.keyClicks(section.minutes, "Ana's minutes.")
    other_laptop(postgres_url, f"agenda.set_item_field(db, {exports}, 'minutes', 'Rui minutes.')")
    both = ["Ana's minutes.", "Rui minutes."]
    qtbot.waitUntil(lambda: [item.minutes for item in agenda.agenda(ana, ref)] == both, timeout=5000)
    section.select_item(exports)  # Ana goes to the item Rui wrote: his minutes are there within a second
    qtbot.waitUntil(lambda: section.minutes.toPlainText() == "Rui minutes.", timeout=2000)


def test_two_writers_on_one_item_exactly_one_is_asked_and_nothing_is_lost(
    qtbot: QtBot, window: MainWindow, ana: Database, postgres_url: str
) -> None:
    ref = window.editor.ref or ""
    training = agenda.agenda(ana, ref)[0]
    section = window.editor.agenda
    section.select_item(training.id)
    asked: list[str] = []

    def keep_mine(dialog: QWidget) -> None:
        assert isinstance(dialog, ConflictDialog)
        asked.append(dialog.theirs.toPlainText())
        press(qtbot, dialog.keep)

    answers = Dialogs(qtbot)
    answers.expect(keep_mine, None, kind=ConflictDialog)
    section.minutes.setFocus()
    qtbot.keyClicks(section.minutes, "Ana's minutes.")
    other_laptop(
        postgres_url,
        f"agenda.save_item_field(db, {training.id}, 'minutes', 'Rui minutes.', seen={training.stamp.version})",
    )
    qtbot.waitUntil(lambda: agenda.agenda(ana, ref)[0].minutes == "Ana's minutes.", timeout=5000)
    answers.done()
    assert asked == ["Rui minutes."], "Ana, who saved second, was asked once, and saw Rui's text"
