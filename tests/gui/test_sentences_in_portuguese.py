"""What PactDesk refuses, it says in the window's language: a secretary who types a date that is not one in the
action form, or an e-mail address someone already has in the directory's person form, presses OK and reads why
under the field, in Portuguese with the window in Portuguese and in English with it in English. The first sentence
is the domain's (validation.py), the second a service's (services/directory/people.py); both are said with
domain/messages.py's say()."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from pactdesk.gui.directory.dialog import DirectoryDialog
from pactdesk.gui.directory.forms import PersonForm
from pactdesk.gui.follow_up.action_form import ActionForm
from pactdesk.gui.main_window import MainWindow
from pactdesk.services import actions, agenda, directory, meetings
from pactdesk.store.database import Database
from tests.gui.driving import CANCEL, OK, Dialogs, dialog_button, open_window, press, type_into
from tests.gui.test_every_dialog import click_menu

WRONG_DAY = "31/02/2027"

SAID = {
    "en": {
        "due": "The due date “31/02/2027” is not a date; write it as YYYY-MM-DD, for example 2025-03-31.",
        "taken": "Ana Sousa already has the e-mail address ana.sousa@example.pt.",
        "menu": ("Edit", "People and organisations…"),
    },
    "pt": {
        "due": "O prazo «31/02/2027» não é uma data; escreva-a como AAAA-MM-DD, por exemplo 2025-03-31.",
        "taken": "Ana Sousa já tem o endereço de e-mail ana.sousa@example.pt.",
        "menu": ("Editar", "Pessoas e organizações…"),
    },
}


@pytest.fixture(params=["pt", "en"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    """The window in Portuguese (tests/gui/conftest.py's ``portuguese``), or as it is in English."""
    if request.param == "pt":
        request.getfixturevalue("portuguese")
    yield request.param


@pytest.fixture
def ref(database: Database) -> str:
    ref = meetings.create_meeting(database, "TEX", title="Acompanhamento", starts_at="2026-11-30 10:00")
    agenda.add_agenda_item(database, ref, "Programas de formação")
    directory.add_person(database, "Ana Sousa", email="ana.sousa@example.pt")
    return ref


@pytest.fixture
def window(qtbot: QtBot, language: str, database: Database, ref: str) -> MainWindow:
    shown = open_window(qtbot, database)
    shown.show_meeting(ref)
    shown.editor.tabs.setCurrentIndex(shown.editor.AGENDA)
    return shown


def test_a_due_date_that_is_not_a_date_is_explained_under_the_field(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, database: Database, ref: str, language: str
) -> None:
    seen: list[tuple[bool, bool, str, str]] = []

    def refused(dialog: QWidget) -> None:
        assert isinstance(dialog, ActionForm)
        type_into(qtbot, dialog.title, "Publicar o aviso do concurso")
        type_into(qtbot, dialog.due, WRONG_DAY)
        press(qtbot, dialog_button(dialog, OK))
        under = dialog.fields["due_on"].error
        seen.append((dialog.isVisible(), under.isVisible(), under.text(), dialog.due.text()))
        press(qtbot, dialog_button(dialog, CANCEL))

    dialogs.expect(refused, None, kind=ActionForm)
    press(qtbot, window.editor.agenda.add_action_button)
    dialogs.done()
    assert seen == [(True, True, SAID[language]["due"], WRONG_DAY)], "the form stays open, with what was typed"
    assert actions.actions_of_meeting(database, ref) == []


def test_an_email_someone_has_is_explained_under_the_field(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, database: Database, language: str
) -> None:
    seen: list[tuple[bool, str, str]] = []

    def typed(form: QWidget) -> None:
        assert isinstance(form, PersonForm)
        type_into(qtbot, form.name, "Rui Gonçalves")
        type_into(qtbot, form.email, "ana.sousa@example.pt")

    def reopened(form: QWidget) -> None:
        assert isinstance(form, PersonForm)
        under = form.error_labels["email"]
        seen.append((not under.isHidden(), under.text(), form.email.text()))

    click_menu(qtbot, window, *SAID[language]["menu"])
    book = window.findChild(DirectoryDialog)
    assert book is not None and book.isVisible()
    dialogs.expect(typed, OK, kind=PersonForm)
    dialogs.expect(reopened, CANCEL, kind=PersonForm)
    press(qtbot, book.people_tab.add_button)
    dialogs.done()
    assert seen == [(True, SAID[language]["taken"], "ana.sousa@example.pt")]
    assert [row.name for row in directory.list_people(database)] == ["Ana Sousa"]
