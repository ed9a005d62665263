"""What PactDesk refuses, it says in the window's language: a secretary who types a date that is not one in the
action form, or an e-mail address someone already has in the directory's person form, presses OK and reads why
under the field; one who imports a Portuguese workbook with a status that is none of the workbook's reads the problem
in the import's preview, naming the sheet and column as the workbook does. In Portuguese with the window in
Portuguese and in English with it in English. The first sentence is the domain's (validation.py), the second a
service's (services/directory/people.py), the third the workbook reader's (exchange/xlsx_read.py); all are said with
domain/messages.py's say()."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from pactdesk.domain.enums import ActionStatus
from pactdesk.exchange.xlsx_write import export_workbook
from pactdesk.gui.directory.dialog import DirectoryDialog
from pactdesk.gui.directory.forms import PersonForm
from pactdesk.gui.files.workbook_dialogs import ImportPreviewDialog
from pactdesk.gui.follow_up.action_form import ActionForm
from pactdesk.gui.main_window import MainWindow
from pactdesk.services import actions, agenda, directory, meetings
from pactdesk.store.database import Database
from tests.gui.driving import CANCEL, OK, Dialogs, dialog_button, open_window, press, type_into
from tests.gui.test_every_dialog import Chooser, click_menu

WRONG_DAY = "31/02/2027"

SAID = {
    "en": {
        "due": "The due date “31/02/2027” is not a date; write it as YYYY-MM-DD, for example 2025-03-31.",
        "taken": "Ana Sousa already has the e-mail address ana.sousa@example.pt.",
        "menu": ("Edit", "People and organisations…"),
        "status": "“talvez” is not one of: em aberto, em curso, concluída, abandonada.",
        "import": ("File", "Import", "Workbook (.xlsx or .ods)…"),
        "close": "Close",
    },
    "pt": {
        "due": "O prazo «31/02/2027» não é uma data; escreva-a como AAAA-MM-DD, por exemplo 2025-03-31.",
        "taken": "Ana Sousa já tem o endereço de e-mail ana.sousa@example.pt.",
        "menu": ("Editar", "Pessoas e organizações…"),
        "status": "«talvez» não corresponde a nenhum destes valores: em aberto, em curso, concluída, abandonada.",
        "import": ("Ficheiro", "Importar", "Livro (.xlsx ou .ods)…"),
        "close": "Fechar",
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


def a_portuguese_workbook_with_a_status_it_does_not_have(database: Database, ref: str, path: Path) -> Path:
    """The database's workbook in Portuguese, its action's Estado changed to a word that is none of its statuses."""
    actions.create_action(database, "Publicar o aviso do concurso", meeting_ref=ref)
    export_workbook(database, path, language="pt")
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["Ações"]
    header = [cell.value for cell in sheet[1]]
    sheet.cell(row=2, column=header.index("Estado") + 1, value="talvez")
    workbook.save(path)
    return path


def test_a_workbooks_problem_is_said_in_the_import_preview(
    qtbot: QtBot,
    window: MainWindow,
    dialogs: Dialogs,
    database: Database,
    ref: str,
    language: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = a_portuguese_workbook_with_a_status_it_does_not_have(database, ref, tmp_path / "livro.xlsx")
    chooser = Chooser(monkeypatch, source, opening=True)
    seen: list[tuple[list[str], bool, str]] = []

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, ImportPreviewDialog)
        problems = dialog.problems
        cells = [problems.item(row, column).text() for row in range(problems.rowCount()) for column in range(4)]
        seen.append((cells, dialog.import_button.isEnabled(), dialog_button(dialog, CANCEL).text()))

    dialogs.expect(read, CANCEL, kind=ImportPreviewDialog)
    click_menu(qtbot, window, *SAID[language]["import"])
    qtbot.waitUntil(lambda: bool(seen) and window.workbooks.job is None, timeout=30_000)
    dialogs.done()
    assert len(chooser.asked) == 1
    assert seen == [(["Ações", "2", "Estado", SAID[language]["status"]], False, SAID[language]["close"])]
    assert [row.status for row in actions.actions_of_meeting(database, ref)] == [ActionStatus.OPEN], "nothing imported"
