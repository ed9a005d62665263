"""Every dialog a page of the window opens, pressed to OK and to Cancel through the real widgets, then checked in the
database: the tracker's Set status (and its question when many actions are closed), the forms that edit a decision,
an action or a progress update, the outputs page's form (Save and Revert). The menu actions are in
test_every_menu_action.py, the directory and attendance forms in test_every_directory_form.py; what each test covers
is listed in docs/dialog-coverage.md.

The helpers at the top are shared by those files: a snapshot of every table to show that a Cancel changed nothing,
menus opened and their items clicked, the platform's file chooser answered, and window activation (Qt delivers
shortcuts and focus changes only to the active window).
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox, QProgressDialog, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from pactdesk.domain.enums import ActionStatus, OutputStatus
from pactdesk.gui.follow_up.action_form import ActionForm
from pactdesk.gui.follow_up.outputs_page import OutputsPage
from pactdesk.gui.follow_up.tracker_page import TrackerPage
from pactdesk.gui.follow_up.update_form import UpdateForm
from pactdesk.gui.main_window import MainWindow
from pactdesk.gui.meetings.decision_form import DecisionForm
from pactdesk.services import actions, agenda, carry_over, directory, meetings, outputs, planning, tracker, workspace
from pactdesk.store.database import Database
from tests.gui.driving import (
    CANCEL,
    NO,
    OK,
    YES,
    Dialogs,
    action_answer,
    choose,
    open_window,
    press,
    text_answer,
    type_into,
    update_answer,
)
from tests.snapshots import everything

TODAY = date.today()

# -- shared helpers ------------------------------------------------------------------------------------------------


def counts(database: Database) -> dict[str, int]:
    """What ``pactdesk info`` counts."""
    return workspace.info(database).counts


class Answers(Dialogs):
    """``Dialogs`` that leave a progress dialog be (it closes itself when its work is over) and answer the window
    that comes after it. (``Dialogs`` polls for the next modal window in ``_poll``; if that is ever renamed, the
    assertion below says so rather than the progress dialog being answered by mistake.)"""

    def __init__(self, qtbot: QtBot) -> None:
        assert callable(getattr(Dialogs, "_poll", None)), "tests/gui/driving.py's Dialogs no longer polls in _poll"
        super().__init__(qtbot)

    def _poll(self) -> None:
        if isinstance(QApplication.activeModalWidget(), QProgressDialog):
            return
        super()._poll()


def activate(qtbot: QtBot, window: QWidget) -> None:
    """Make ``window`` the active one, as a click on it would: Qt delivers shortcuts only to the active window."""
    if QApplication.activeWindow() is not window:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)


def plain(text: str) -> str:
    return text.replace("&", "")


def reads(action: Any, name: str) -> bool:
    """Whether a menu item reads ``name`` (Undo and Redo go on with the step they would take: “Undo Delete…”)."""
    shown = plain(action.text())
    return not action.isSeparator() and (shown == name or shown.startswith(name + " "))


def menu_action(window: MainWindow, *path: str) -> Any:
    """The QAction behind File → Export → …, found by the words shown (without their & marks)."""
    actions_here = window.menuBar().actions()
    found = None
    for name in path:
        found = next((action for action in actions_here if reads(action, name)), None)
        assert found is not None, f"no “{name}” in {[plain(a.text()) for a in actions_here if not a.isSeparator()]}"
        if found.menu() is not None:
            actions_here = found.menu().actions()
    return found


def click_menu(qtbot: QtBot, window: MainWindow, *path: str) -> None:
    """Open the menu bar's menu, then each submenu, with the mouse, and click the item at the end of ``path``."""
    activate(qtbot, window)
    bar = window.menuBar()
    top = menu_action(window, path[0])
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(top).center())
    menu: QMenu = top.menu()
    qtbot.waitUntil(menu.isVisible, timeout=2000)
    for name in path[1:]:
        action = next((a for a in menu.actions() if reads(a, name)), None)
        assert action is not None, f"no “{name}” in the menu: {[plain(a.text()) for a in menu.actions()]}"
        assert action.isVisible() and action.isEnabled(), f"“{name}” cannot be chosen"
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
        if action.menu() is not None:
            menu = action.menu()
            qtbot.waitUntil(menu.isVisible, timeout=2000)


def pick_from_button_menu(qtbot: QtBot, button: QToolButton, text: str) -> None:
    """Click a tool button whose menu pops up at once, then the menu's item ``text``. The menu runs its own loop
    until it closes, so the item is clicked from inside that loop."""
    picked: list[str] = []

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(20, pick)
            return
        action = next(a for a in menu.actions() if plain(a.text()) == text)
        picked.append(text)
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())

    QTimer.singleShot(0, pick)
    press(qtbot, button)
    qtbot.waitUntil(lambda: bool(picked), timeout=3000)


class Chooser:
    """The platform's file chooser. A native file dialog cannot be driven offscreen, so QFileDialog's static
    getSaveFileName/getOpenFileName (the platform's, not PactDesk's) answer with ``path``, or as Cancel when it is
    ``None``; the titles asked are kept."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, path: Path | None, *, opening: bool = False) -> None:
        self.path = path
        self.asked: list[str] = []
        self.suggested: list[str] = []
        monkeypatch.setattr(QFileDialog, "getOpenFileName" if opening else "getSaveFileName", self)

    def __call__(self, parent: Any, title: str, suggested: str = "", file_filter: str = "", *rest: Any) -> Any:
        self.asked.append(title)
        self.suggested.append(Path(suggested).name)
        return ("" if self.path is None else str(self.path)), file_filter


def files_in(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


# -- this file's window --------------------------------------------------------------------------------------------


@pytest.fixture
def dialogs(qtbot: QtBot) -> Answers:
    return Answers(qtbot)


@pytest.fixture
def refs(database: Database) -> dict[str, Any]:
    """A meeting with an item, a decision and an action, then the cluster's next meeting (its matters arising list
    the action); two more open actions for the tracker."""
    ana = directory.add_person(database, "Ana Sousa")
    held = meetings.create_meeting(database, "TEX", title="Monitoring", starts_at="2026-01-12 10:00")
    item = agenda.add_agenda_item(database, held, "Training programmes", minutes="Two programmes were presented.")
    agenda.add_decision(database, item, "Run the programmes.")
    action = actions.create_action(
        database, "Draft the training plan", meeting_ref=held, agenda_item_id=item, owner_person_id=ana, due_on=TODAY
    )
    actions.add_update(database, action, "First draft circulated.", on=TODAY - timedelta(days=1), author_id=ana)
    late = actions.create_action(database, "Send the study", meeting_ref=held, due_on=TODAY - timedelta(days=3))
    soon = actions.create_action(database, "Book the room", meeting_ref=held, due_on=TODAY + timedelta(days=5))
    return {"ana": ana, "held": held, "item": item, "action": action, "late": late, "soon": soon}


@pytest.fixture
def window(qtbot: QtBot, database: Database, refs: dict[str, Any]) -> MainWindow:
    shown = open_window(qtbot, database)
    shown.show_meeting(refs["held"])
    shown.editor.tabs.setCurrentIndex(shown.editor.AGENDA)
    shown.editor.agenda.select_item(refs["item"])
    activate(qtbot, shown)
    return shown


def tracker_page(qtbot: QtBot, window: MainWindow) -> TrackerPage:
    """View → Action tracker, as the menu item does."""
    click_menu(qtbot, window, "View", "Action tracker")
    page = window.page("tracker")
    assert isinstance(page, TrackerPage) and window.current_page() == "tracker"
    return page


def select_actions(qtbot: QtBot, page: TrackerPage, *wanted: str) -> None:
    """Click the first action, Ctrl+click the others."""
    rows = [row for row in range(page.model.rowCount()) if page.model.action(row).ref in wanted]
    assert len(rows) == len(wanted), "every action wanted is listed"
    viewport = page.view.viewport()
    for number, row in enumerate(rows):
        rect = page.view.visualRect(page.model.index(row, 0))
        modifier = Qt.KeyboardModifier.ControlModifier if number else Qt.KeyboardModifier.NoModifier
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, modifier, rect.center())
    assert sorted(action.ref for action in page.chosen()) == sorted(wanted)


def status_of(database: Database, ref: str) -> tuple[ActionStatus, date | None]:
    with database.read() as session:
        action = actions.action_by_ref(session, ref)
        return action.status, action.closed_on


# -- the tracker: Set status ---------------------------------------------------------------------------------------


def test_tracker_set_status_of_one_action_asks_nothing_and_saves_it(
    qtbot: QtBot, window: MainWindow, database: Database, refs: dict[str, Any]
) -> None:
    page = tracker_page(qtbot, window)
    select_actions(qtbot, page, refs["soon"])
    pick_from_button_menu(qtbot, page.status_button, "In progress")
    assert status_of(database, refs["soon"]) == (ActionStatus.IN_PROGRESS, None)
    pick_from_button_menu(qtbot, page.status_button, "Done")  # one action closed: no question
    assert status_of(database, refs["soon"]) == (ActionStatus.DONE, TODAY)
    assert QApplication.activeModalWidget() is None


def test_tracker_closing_many_actions_asks_and_no_changes_nothing_yes_closes_them(
    qtbot: QtBot, window: MainWindow, dialogs: Answers, database: Database, refs: dict[str, Any]
) -> None:
    page = tracker_page(qtbot, window)
    before = everything(database)
    asked: list[str] = []
    select_actions(qtbot, page, refs["late"], refs["soon"])
    dialogs.expect(lambda box: asked.append(box.text()), NO, kind=QMessageBox)
    pick_from_button_menu(qtbot, page.status_button, "Dropped")
    assert asked == ["Mark 2 actions as “Dropped”? Edit → Undo puts them back."]
    assert everything(database) == before
    assert sorted(action.ref for action in page.chosen()) == sorted([refs["late"], refs["soon"]])

    dialogs.expect(None, YES, kind=QMessageBox)
    pick_from_button_menu(qtbot, page.status_button, "Dropped")
    dialogs.done()
    assert status_of(database, refs["late"]) == (ActionStatus.DROPPED, TODAY)
    assert status_of(database, refs["soon"]) == (ActionStatus.DROPPED, TODAY)
    assert refs["late"] not in {page.model.action(row).ref for row in range(page.model.rowCount())}
    click_menu(qtbot, window, "Edit", "Undo")
    assert everything(database) == before, "one step puts both back"


# -- the tracker: Edit update… -------------------------------------------------------------------------------------


def test_tracker_edit_update_cancel_keeps_it_and_ok_saves_what_was_typed(
    qtbot: QtBot, window: MainWindow, dialogs: Answers, database: Database, refs: dict[str, Any]
) -> None:
    page = tracker_page(qtbot, window)
    select_actions(qtbot, page, refs["action"])
    assert page.history.topLevelItemCount() == 1
    before = everything(database)
    dialogs.expect(update_answer(qtbot, "Nothing of the sort", status="Dropped"), CANCEL, kind=UpdateForm)
    press(qtbot, page.edit_update_button)
    assert everything(database) == before

    earlier = (TODAY - timedelta(days=2)).isoformat()
    dialogs.expect(update_answer(qtbot, "Second draft circulated & <agreed>", on=earlier), OK, kind=UpdateForm)
    press(qtbot, page.edit_update_button)
    dialogs.done()
    [update] = tracker.action_history(database, refs["action"])
    assert (update.on, update.text, update.author) == (
        TODAY - timedelta(days=2),
        "Second draft circulated & <agreed>",
        "Ana Sousa",
    )
    assert page.history.topLevelItem(0).text(4) == "Second draft circulated & <agreed>"


# -- the agenda: Edit decision…, Edit action…, the matters arising' Progress update… -------------------------------


def test_edit_decision_cancel_keeps_the_decision(
    qtbot: QtBot, window: MainWindow, dialogs: Answers, database: Database, refs: dict[str, Any]
) -> None:
    section = window.editor.agenda
    section.decisions.setCurrentRow(0)
    before = everything(database)
    dialogs.expect(text_answer(qtbot, "Drop the programmes"), CANCEL, kind=DecisionForm)
    press(qtbot, section.edit_decision_button)
    dialogs.done()
    assert everything(database) == before
    assert section.decisions.item(0).text().endswith("Run the programmes.")


def test_edit_action_cancel_keeps_the_action(
    qtbot: QtBot, window: MainWindow, dialogs: Answers, database: Database, refs: dict[str, Any]
) -> None:
    section = window.editor.agenda
    section.actions.setCurrentItem(section.actions.topLevelItem(0))
    before = everything(database)
    steps = window.undo_stack.count()
    fill = action_answer(qtbot, "Something else", due="2030-01-01", status="Done", goals=(3,))
    dialogs.expect(fill, CANCEL, kind=ActionForm)
    press(qtbot, section.edit_action_button)
    dialogs.done()
    assert everything(database) == before
    assert window.undo_stack.count() == steps


def test_matters_arising_progress_update_cancel_records_nothing(
    qtbot: QtBot, window: MainWindow, dialogs: Answers, database: Database, refs: dict[str, Any]
) -> None:
    following = planning.new_meeting(database, "TEX", starts_at="2026-03-09 10:00")
    window.show_meeting(following)
    section = window.editor.agenda
    arising = next(item for item in agenda.agenda(database, following) if item.matters_arising)
    section.select_item(arising.id)
    section.arising.setCurrentItem(section.arising.topLevelItem(0))
    before = everything(database)
    dialogs.expect(update_answer(qtbot, "Done at last.", status="Done"), CANCEL, kind=UpdateForm)
    press(qtbot, section.arising_button)
    dialogs.done()
    assert everything(database) == before
    assert not any(matter.closed_here for matter in carry_over.matters_arising(database, following))


# -- the outputs page: Add output, then Save or Revert -------------------------------------------------------------


def outputs_page(qtbot: QtBot, window: MainWindow, code: str, number: int) -> OutputsPage:
    """View → Outputs, then a click on the cell of cluster ``code`` and output type ``number``."""
    click_menu(qtbot, window, "View", "Outputs")
    page = window.page("outputs")
    assert isinstance(page, OutputsPage)
    index = page.matrix.index_of(code, number)
    page.matrix_view.scrollTo(index)
    qtbot.mouseClick(
        page.matrix_view.viewport(), Qt.MouseButton.LeftButton, pos=page.matrix_view.visualRect(index).center()
    )
    assert page.cell == (code, number)
    return page


def fill_output(qtbot: QtBot, page: OutputsPage, title: str) -> None:
    form = page.form
    type_into(qtbot, form.title, title)
    type_into(qtbot, form.date, "2026-06-30")
    choose(qtbot, form.status, "In progress")
    type_into(qtbot, form.progress, "40")
    press(qtbot, form.goals[2])


def test_outputs_add_output_save_creates_it_and_revert_creates_nothing(
    qtbot: QtBot, window: MainWindow, database: Database, refs: dict[str, Any]
) -> None:
    page = outputs_page(qtbot, window, "TEX", 8)
    before = everything(database)
    press(qtbot, page.add_button)
    assert page.form.is_new
    fill_output(qtbot, page, "A study never saved")
    press(qtbot, page.form.revert_button)
    assert everything(database) == before
    assert not page.form.is_new and page.records.rowCount() == 0

    press(qtbot, page.add_button)
    fill_output(qtbot, page, "Supply-chain study & <survey>")
    press(qtbot, page.form.save_button)
    [saved] = outputs.outputs_in_cell(database, "TEX", 8)
    detail = outputs.output_detail(database, saved.ref)
    assert (detail.title, detail.on, detail.status, detail.progress, detail.goals) == (
        "Supply-chain study & <survey>",
        date(2026, 6, 30),
        OutputStatus.IN_PROGRESS,
        40,
        (2,),
    )
    assert counts(database)["outputs"] == 1
    assert page.records.refs() == [saved.ref]


def test_outputs_revert_puts_back_an_edited_output_and_save_keeps_the_edit(
    qtbot: QtBot, window: MainWindow, database: Database, refs: dict[str, Any]
) -> None:
    ref = outputs.create_output(database, "TEX", 5, "Cluster conference", status=OutputStatus.PLANNED)
    page = outputs_page(qtbot, window, "TEX", 5)
    page.records_view.selectRow(0)
    assert page.form.ref == ref
    before = everything(database)
    type_into(qtbot, page.form.title, "Cluster conference, renamed")
    press(qtbot, page.form.revert_button)
    assert everything(database) == before and page.form.title.text() == "Cluster conference"
    choose(qtbot, page.form.status, "Achieved")
    press(qtbot, page.form.save_button)
    assert outputs.output_detail(database, ref).status is OutputStatus.ACHIEVED
