"""The forms of Edit → People and organisations… and of a meeting's attendance, opened from the window, filled with
keys and clicks, pressed to OK and to Cancel, and checked in the database: a person and an organisation added and
edited, deleted after a question, organisations merged, and whom someone at a meeting represents. (Add person…,
Add guest…, merging people and setting a seat's holder are driven in test_attendance_section.py and
test_directory_dialog.py; docs/dialog-coverage.md lists them all.)"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QInputDialog, QMessageBox, QTableView, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pactdesk.domain.enums import AttendanceStatus, MeetingStatus, OrganisationKind
from pactdesk.domain.models import Organisation, Person
from pactdesk.gui.directory.dialog import DirectoryDialog
from pactdesk.gui.directory.forms import MergeForm, OrganisationForm, PersonForm
from pactdesk.gui.main_window import MainWindow
from pactdesk.services import attendance, directory, meetings
from pactdesk.store.database import Database
from tests.gui.driving import CANCEL, NO, OK, YES, button_named, choose, open_window, press, type_into
from tests.gui.test_every_dialog import Answers, activate, click_menu, everything


@pytest.fixture
def dialogs(qtbot: QtBot) -> Answers:
    return Answers(qtbot)


def organisation_id(database: Database, acronym: str) -> int:
    with database.read() as session:
        found = session.scalar(select(Organisation.id).where(Organisation.acronym == acronym))
        assert found is not None
        return int(found)


@pytest.fixture
def held(database: Database) -> str:
    """A meeting held by AEC, with Ana Sousa (AICEP) present."""
    ref = meetings.create_meeting(
        database, "AEC", title="Monitoring", starts_at="2025-03-04 10:00", status=MeetingStatus.HELD
    )
    ana = directory.add_person(
        database, "Ana Sousa", organisation_id=organisation_id(database, "AICEP"), role="Director"
    )
    attendance.set_attendance(database, ref, ana, AttendanceStatus.PRESENT)
    return ref


@pytest.fixture
def window(qtbot: QtBot, database: Database, held: str) -> MainWindow:
    shown = open_window(qtbot, database)
    shown.show_meeting(held)
    activate(qtbot, shown)
    return shown


@pytest.fixture
def book(qtbot: QtBot, window: MainWindow) -> DirectoryDialog:
    """Edit → People and organisations…"""
    click_menu(qtbot, window, "Edit", "People and organisations…")
    opened = window.findChild(DirectoryDialog)
    assert opened is not None and opened.isVisible()
    return opened


def click_row(qtbot: QtBot, view: QTableView, name: str) -> None:
    """Click the row whose first column reads ``name``."""
    model = view.model()
    row = next((row for row in range(model.rowCount()) if model.index(row, 0).data() == name), None)
    assert row is not None, f"no row “{name}”"
    index = model.index(row, 0)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


def person(database: Database, name: str) -> tuple[Any, ...] | None:
    with database.read() as session:
        found = session.scalar(select(Person).where(Person.name == name))
        if found is None:
            return None
        return (found.name, found.organisation_id, found.role, found.email, found.phone)


# -- people --------------------------------------------------------------------------------------------------------


def rui(qtbot: QtBot) -> Any:
    def fill(form: QWidget) -> None:
        assert isinstance(form, PersonForm)
        type_into(qtbot, form.name, "Rui Gonçalves")
        choose(qtbot, form.organisation, "IAPMEI – ")
        type_into(qtbot, form.role, "Analyst")
        type_into(qtbot, form.email, "rui.goncalves@example.pt")
        type_into(qtbot, form.phone, "+351 210 000 000")

    return fill


def test_add_person_cancel_adds_nobody_and_ok_adds_them_as_typed(
    qtbot: QtBot, book: DirectoryDialog, dialogs: Answers, database: Database
) -> None:
    before = everything(database)
    dialogs.expect(rui(qtbot), CANCEL, kind=PersonForm)
    press(qtbot, book.people_tab.add_button)
    dialogs.done()
    assert everything(database) == before and book.status.text() == ""

    dialogs.expect(rui(qtbot), OK, kind=PersonForm)
    press(qtbot, book.people_tab.add_button)
    dialogs.done()
    assert person(database, "Rui Gonçalves") == (
        "Rui Gonçalves",
        organisation_id(database, "IAPMEI"),
        "Analyst",
        "rui.goncalves@example.pt",
        "+351 210 000 000",
    )
    assert book.status.text() == "Added Rui Gonçalves."
    assert [row.name for row in book.people_tab.selected()] == ["Rui Gonçalves"]


def test_edit_person_cancel_keeps_them_and_ok_saves_the_change(
    qtbot: QtBot, book: DirectoryDialog, dialogs: Answers, database: Database
) -> None:
    before = everything(database)
    click_row(qtbot, book.people_tab.view, "Ana Sousa")
    shown: list[str] = []

    def promoted(form: QWidget) -> None:
        assert isinstance(form, PersonForm)
        shown.append(f"{form.name.text()} / {form.organisation.currentText()} / {form.role.text()}")
        type_into(qtbot, form.role, "Board member")
        choose(qtbot, form.organisation, "(none)")

    dialogs.expect(promoted, CANCEL, kind=PersonForm)
    press(qtbot, book.people_tab.edit_button)
    assert everything(database) == before

    dialogs.expect(promoted, OK, kind=PersonForm)
    press(qtbot, book.people_tab.edit_button)
    dialogs.done()
    assert shown[0].startswith("Ana Sousa / AICEP") and shown[0].endswith(" / Director")
    assert person(database, "Ana Sousa") == ("Ana Sousa", None, "Board member", None, "")
    assert book.status.text() == "Saved the changes to Ana Sousa."
    press(qtbot, book.undo_button)
    assert everything(database) == before


def test_delete_person_no_keeps_them_and_yes_deletes_them(
    qtbot: QtBot, book: DirectoryDialog, dialogs: Answers, database: Database
) -> None:
    directory.add_person(database, "Spare Person")
    book.refresh()
    before = everything(database)
    click_row(qtbot, book.people_tab.view, "Spare Person")
    asked: list[str] = []
    dialogs.expect(lambda box: asked.append(box.text()), NO, kind=QMessageBox)  # type: ignore[attr-defined]
    press(qtbot, book.people_tab.delete_button)
    assert asked == ["Delete Spare Person from the directory? This cannot be undone."]
    assert everything(database) == before

    dialogs.expect(None, YES, kind=QMessageBox)
    press(qtbot, book.people_tab.delete_button)
    dialogs.done()
    assert person(database, "Spare Person") is None and person(database, "Ana Sousa") is not None
    assert book.status.text() == "Deleted Spare Person."


# -- organisations -------------------------------------------------------------------------------------------------


def acme(qtbot: QtBot) -> Any:
    def fill(form: QWidget) -> None:
        assert isinstance(form, OrganisationForm)
        type_into(qtbot, form.name, "Acme Tooling & <Moulds>")
        type_into(qtbot, form.acronym, "ACME")
        choose(qtbot, form.kind, "Company")
        type_into(qtbot, form.email, "geral@acme.pt")
        type_into(qtbot, form.notes, "Guest at the AEC meetings")

    return fill


def organisation(database: Database, acronym: str) -> tuple[Any, ...] | None:
    with database.read() as session:
        found = session.scalar(select(Organisation).where(Organisation.acronym == acronym))
        return None if found is None else (found.name, found.kind, found.email, found.notes)


def test_add_organisation_cancel_adds_nothing_and_ok_adds_it_as_typed(
    qtbot: QtBot, book: DirectoryDialog, dialogs: Answers, database: Database
) -> None:
    book.tabs.setCurrentWidget(book.organisations_tab)
    before = everything(database)
    dialogs.expect(acme(qtbot), CANCEL, kind=OrganisationForm)
    press(qtbot, book.organisations_tab.add_button)
    assert everything(database) == before

    dialogs.expect(acme(qtbot), OK, kind=OrganisationForm)
    press(qtbot, book.organisations_tab.add_button)
    dialogs.done()
    assert organisation(database, "ACME") == (
        "Acme Tooling & <Moulds>",
        OrganisationKind.COMPANY,
        "geral@acme.pt",
        "Guest at the AEC meetings",
    )
    assert [row.name for row in book.organisations_tab.selected()] == ["Acme Tooling & <Moulds>"]


def test_edit_organisation_cancel_keeps_it_and_ok_saves_the_change(
    qtbot: QtBot, book: DirectoryDialog, dialogs: Answers, database: Database
) -> None:
    directory.add_organisation(database, "Acme Tooling", acronym="ACME", kind=OrganisationKind.COMPANY)
    book.refresh()
    book.tabs.setCurrentWidget(book.organisations_tab)
    click_row(qtbot, book.organisations_tab.view, "Acme Tooling")
    before = everything(database)

    def renamed(form: QWidget) -> None:
        assert isinstance(form, OrganisationForm) and form.name.text() == "Acme Tooling"
        type_into(qtbot, form.name, "Acme Moulds")
        choose(qtbot, form.kind, "Association")

    dialogs.expect(renamed, CANCEL, kind=OrganisationForm)
    press(qtbot, book.organisations_tab.edit_button)
    assert everything(database) == before

    dialogs.expect(renamed, OK, kind=OrganisationForm)
    press(qtbot, book.organisations_tab.edit_button)
    dialogs.done()
    assert organisation(database, "ACME") == ("Acme Moulds", OrganisationKind.ASSOCIATION, None, "")
    assert book.status.text() == "Saved the changes to Acme Moulds."


def test_delete_organisation_no_keeps_it_and_yes_deletes_it(
    qtbot: QtBot, book: DirectoryDialog, dialogs: Answers, database: Database
) -> None:
    directory.add_organisation(database, "Spare Organisation", acronym="SPARE")
    book.refresh()
    book.tabs.setCurrentWidget(book.organisations_tab)
    click_row(qtbot, book.organisations_tab.view, "Spare Organisation")
    before = everything(database)
    dialogs.expect(None, NO, kind=QMessageBox)
    press(qtbot, book.organisations_tab.delete_button)
    assert everything(database) == before

    dialogs.expect(None, YES, kind=QMessageBox)
    press(qtbot, book.organisations_tab.delete_button)
    dialogs.done()
    assert organisation(database, "SPARE") is None


def test_merge_organisations_cancel_or_no_changes_nothing_and_ok_yes_merges(
    qtbot: QtBot, book: DirectoryDialog, dialogs: Answers, database: Database
) -> None:
    kept = directory.add_organisation(database, "Acme Tooling", acronym="ACME")
    duplicate = directory.add_organisation(database, "Acme Tooling Lda", email="geral@acme.pt")
    worker = directory.add_person(database, "Rita Acme", organisation_id=duplicate)
    book.refresh()
    book.tabs.setCurrentWidget(book.organisations_tab)
    click_row(qtbot, book.organisations_tab.view, "Acme Tooling Lda")
    before = everything(database)

    def keep_acme(form: QWidget) -> None:
        assert isinstance(form, MergeForm)
        choose(qtbot, form.kept, "Acme Tooling")

    dialogs.expect(keep_acme, CANCEL, kind=MergeForm)
    press(qtbot, book.organisations_tab.merge_button)
    assert everything(database) == before

    asked: list[str] = []
    dialogs.expect(keep_acme, OK, kind=MergeForm)
    dialogs.expect(lambda box: asked.append(box.text()), NO, kind=QMessageBox)  # type: ignore[attr-defined]
    press(qtbot, book.organisations_tab.merge_button)
    assert asked == [
        "Merge Acme Tooling Lda into Acme Tooling? Acme Tooling Lda will be deleted; this cannot be undone."
    ]
    assert everything(database) == before

    dialogs.expect(keep_acme, OK, kind=MergeForm)
    dialogs.expect(None, YES, kind=QMessageBox)
    press(qtbot, book.organisations_tab.merge_button)
    dialogs.done()
    with database.read() as session:
        assert session.get(Organisation, duplicate) is None
        merged = session.get(Organisation, kept)
        assert merged is not None and merged.email == "geral@acme.pt", "empty details are filled in"
        assert session.get(Person, worker).organisation_id == kept  # type: ignore[union-attr]
    assert book.status.text().startswith("Merged Acme Tooling Lda into Acme Tooling.")


def test_the_directory_closes_with_its_close_button_and_with_escape(
    qtbot: QtBot, window: MainWindow, book: DirectoryDialog, database: Database
) -> None:
    before = everything(database)
    press(qtbot, button_named(book, "Close"))
    assert not book.isVisible()
    click_menu(qtbot, window, "Edit", "People and organisations…")
    assert book.isVisible()
    qtbot.keyClick(book, Qt.Key.Key_Escape)
    assert not book.isVisible()
    assert everything(database) == before


# -- attendance: Representing… -------------------------------------------------------------------------------------


def test_representing_cancel_keeps_the_organisation_and_ok_saves_the_one_chosen(
    qtbot: QtBot, window: MainWindow, dialogs: Answers, database: Database, held: str
) -> None:
    window.editor.tabs.setCurrentIndex(window.editor.ATTENDANCE)
    section = window.editor.attendance
    people = section.model
    row = next(row for row in range(people.rowCount()) if people.row(row).person == "Ana Sousa")
    section.view.selectRow(row)
    before = everything(database)
    entity = "Cluster AEC – Architecture, Engineering and Construction – management entity"
    asked: list[str] = []

    def represents_the_cluster(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        asked.append(dialog.labelText())
        combo = dialog.findChild(QComboBox)
        assert combo is not None
        choose(qtbot, combo, entity)

    dialogs.expect(represents_the_cluster, CANCEL, kind=QInputDialog)
    press(qtbot, button_named(section, "Representing…"))
    assert everything(database) == before
    assert asked == ["Ana Sousa represents:"]

    dialogs.expect(represents_the_cluster, OK, kind=QInputDialog)
    press(qtbot, button_named(section, "Representing…"))
    dialogs.done()
    [row_now] = [row for row in attendance.attendance(database, held) if row.person == "Ana Sousa"]
    assert (row_now.organisation, row_now.status) == (entity, AttendanceStatus.PRESENT)
    presence = {line.seat.value: line.represented for line in attendance.member_presence(database, held)}
    assert presence["c"] is True, "the cluster's own entity is now represented"
    click_menu(qtbot, window, "Edit", "Undo")
    assert everything(database) == before
