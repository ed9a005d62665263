"""Two people edit one person or organisation of the directory: a field someone else saved after the form opened
is not overwritten unasked (the form comes back saying who; OK again saves on top, Cancel keeps theirs), and changes
to different fields of one record are both kept. Driven through the real forms."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from pactdesk.domain.enums import OrganisationKind
from pactdesk.gui.directory.dialog import DirectoryDialog
from pactdesk.gui.directory.forms import OrganisationForm, PersonForm
from pactdesk.services import directory
from pactdesk.store.database import Database
from tests.gui.driving import CANCEL, OK, Dialogs, press, type_into


@pytest.fixture
def dialog(qtbot: QtBot, database: Database) -> DirectoryDialog:
    window = DirectoryDialog(database)
    qtbot.addWidget(window)
    window.show()
    return window


def meanwhile(database: Database, change: Callable[[], object]) -> None:
    """Rui, on his laptop, saves while Ana's form is open (the same database in team mode)."""
    database.author = "Rui Matos"
    change()
    database.author = "Ana Lopes"


def person(database: Database, person_id: int) -> directory.PersonRow:
    return next(row for row in directory.list_people(database) if row.id == person_id)


@pytest.mark.parametrize("second", [OK, CANCEL], ids=["ok-again", "cancel"])
def test_a_role_rui_saved_while_ana_s_form_was_open_comes_back_to_her(
    qtbot: QtBot, dialog: DirectoryDialog, database: Database, second: object
) -> None:
    ana = directory.add_person(database, "Marta Reis", role="Director")
    dialog.refresh()
    dialog.people_tab.select(ana)
    told: list[str] = []

    def rewrite_role(form: QWidget) -> None:
        assert isinstance(form, PersonForm)
        type_into(qtbot, form.role, "Board member & chair")
        meanwhile(database, lambda: directory.update_person(database, ana, role="President"))

    def read_and_answer(form: QWidget) -> None:
        assert isinstance(form, PersonForm)
        told.append(form.general_error.text())
        assert form.role.text() == "Board member & chair", "what she typed is still there"

    answers = Dialogs(qtbot)
    answers.expect(rewrite_role, OK, kind=PersonForm)
    answers.expect(read_and_answer, second, kind=PersonForm)  # type: ignore[arg-type]
    press(qtbot, dialog.people_tab.edit_button)
    answers.done()
    assert told[0].startswith("Marta Reis was changed by Rui Matos at ")
    assert told[0].endswith("OK saves yours on top of theirs; Cancel keeps theirs.")
    expected = "Board member & chair" if second == OK else "President"
    assert person(database, ana).role == expected


def test_rui_s_phone_and_ana_s_role_are_both_kept(qtbot: QtBot, dialog: DirectoryDialog, database: Database) -> None:
    ana = directory.add_person(database, "Marta Reis", role="Director")
    dialog.refresh()
    dialog.people_tab.select(ana)

    def rewrite_role(form: QWidget) -> None:
        assert isinstance(form, PersonForm)
        type_into(qtbot, form.role, "Board member")
        meanwhile(database, lambda: directory.update_person(database, ana, phone="+351 210 000 000"))

    answers = Dialogs(qtbot)
    answers.expect(rewrite_role, OK, kind=PersonForm)
    press(qtbot, dialog.people_tab.edit_button)
    answers.done()
    row = person(database, ana)
    assert (row.role, row.phone) == ("Board member", "+351 210 000 000")


def test_an_organisation_s_acronym_rui_changed_meanwhile_comes_back_to_ana(
    qtbot: QtBot, dialog: DirectoryDialog, database: Database
) -> None:
    made = directory.add_organisation(database, "Associação Têxtil", acronym="AT", kind=OrganisationKind.OTHER)
    dialog.refresh()
    dialog.tabs.setCurrentWidget(dialog.organisations_tab)
    dialog.organisations_tab.select(made)
    told: list[str] = []

    def rewrite(form: QWidget) -> None:
        assert isinstance(form, OrganisationForm)
        type_into(qtbot, form.acronym, "ATP")
        meanwhile(database, lambda: directory.update_organisation(database, made, acronym="ATEX"))

    answers = Dialogs(qtbot)
    answers.expect(rewrite, OK, kind=OrganisationForm)
    answers.expect(lambda form: told.append(form.general_error.text()), OK, kind=OrganisationForm)
    press(qtbot, dialog.organisations_tab.edit_button)
    answers.done()
    assert told[0].startswith("Associação Têxtil was changed by Rui Matos")
    (row,) = [row for row in directory.list_organisations(database) if row.id == made]
    assert row.acronym == "ATP"
