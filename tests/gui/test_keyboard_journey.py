"""The secretary's core loop with the keyboard alone (EN 301 549, 9.2.1.1 "keyboard" and 9.2.1.2 "no keyboard trap";
9.2.4.3 "focus order"), and Tab around every page of the window.

Every step is a key pressed on the control that has the keyboard focus, as a person without a mouse works: Tab and
Shift+Tab, the arrows, Home, Space and Return, typing, Escape, the shortcuts (Ctrl+N, Ctrl+2) and the underlined
letters (Alt+T for Attendance, Alt+F for the File menu). No click, and no call of a widget's method to act: the
test only reads the window to know which key a person would press next (the underlined letter of a button, where
the focus is), and reads the database and the files back through the services. The platform's file chooser is the
one thing not driven, answered with a path as in the other window tests; and a dialog is waited for until the
window system has made it the active window, as it does on a desktop.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLineEdit,
    QMainWindow,
    QMenu,
    QScrollBar,
    QTabBar,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from pactdesk.domain.enums import ActionStatus, AttendanceStatus, SeatCode
from pactdesk.gui.follow_up.action_form import ActionForm
from pactdesk.gui.follow_up.tracker_page import TrackerPage
from pactdesk.gui.follow_up.update_form import UpdateForm
from pactdesk.gui.main_window import MainWindow
from pactdesk.gui.meetings.decision_form import DecisionForm
from pactdesk.gui.meetings.new_meeting_dialog import NewMeetingDialog
from pactdesk.services import actions, agenda, attendance, committee, directory, meetings, planning, tracker
from pactdesk.store.database import Database
from tests.exchange.pdfs import all_text, flat
from tests.gui.driving import Dialogs, open_window, type_text
from tests.gui.test_accessibility import Audit, control_id, takes_keyboard, walk_everything
from tests.gui.test_every_dialog import Answers, activate

NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
START = datetime(2026, 11, 16, 10, 0)


# -- the keyboard ------------------------------------------------------------------------------------------------


class Keyboard:
    """Keys pressed where the focus is, as a person presses them."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot

    def focus(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard"
        return widget

    def press(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = NO) -> None:
        self.qtbot.keyClick(self.focus(), key, modifiers)

    def type(self, text: str) -> None:
        type_text(self.qtbot, self.focus(), text)

    def tab_to(self, target: QWidget, *, backwards: bool = False, most: int = 80) -> None:
        """Tab (or Shift+Tab) until ``target`` has the keyboard: it must be reachable so."""
        passed = []
        for _ in range(most):
            if self.focus() is target:
                return
            passed.append(control_id(self.focus()))
            self.press(Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab)
        raise AssertionError(f"Tab never reached {control_id(target)}; it went round {passed[-20:]}")

    def underlined(self, text: str) -> None:
        """Press the Alt+letter underlined in ``text`` (a button's, a label's, a tab's or a menu's)."""
        sequence = QKeySequence.mnemonic(text)
        assert not sequence.isEmpty(), f"“{text}” has no underlined letter"
        chord = sequence[0]
        self.press(chord.key(), chord.keyboardModifiers())

    def in_menu(self, text: str) -> None:
        """In the menu that is open, the letter underlined in ``text`` (an entry's, or a submenu's)."""
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu), "no menu is open"
        assert any(action.text() == text for action in menu.actions()), f"no “{text}” in the menu"
        letter = text[text.index("&") + 1]
        self.qtbot.keyClicks(menu, letter.lower())

    def wait_active(self, window: QWidget) -> None:
        """Wait for the window system to make ``window`` the active one, with the keyboard in it. A desktop gives the
        keyboard back to the window under a dialog that closed; Qt's offscreen platform leaves no window active
        then, so that much of the window system's work is done here."""
        if QApplication.activeWindow() is None and not isinstance(window, QDialog):
            window.activateWindow()
        self.qtbot.waitUntil(
            lambda: (
                QApplication.activeWindow() is window
                and QApplication.focusWidget() is not None
                and QApplication.focusWidget().window() is window
            ),
            timeout=3000,
        )


def dialog_button(dialog: QWidget, which: QDialogButtonBox.StandardButton) -> QAbstractButton:
    for box in dialog.findChildren(QDialogButtonBox):
        button = box.button(which)
        if button is not None and button.isVisible():
            return button
    raise AssertionError(f"{type(dialog).__name__} has no {which} button")


def tab_round(keys: Keyboard, *, backwards: bool = False, most: int = 120) -> list[QWidget]:
    """Press Tab (or Shift+Tab) from where the focus is until it comes back there; the controls met, in order (a
    date field, which Tab takes through its sections, counted once). Fails if the focus never comes back."""
    start = keys.focus()
    met = [start]
    for _ in range(most):
        keys.press(Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab)
        now = keys.focus()
        if now is start and not isinstance(now, QDateTimeEdit):
            return met
        if now is start:  # a date field's first section again: the round is done when its last one is left
            if now.currentSectionIndex() == (now.sectionCount() - 1 if backwards else 0):
                return met
            continue
        if now is not met[-1]:
            met.append(now)
    raise AssertionError(f"Tab never came back to {control_id(start)}: {[control_id(w) for w in met[-15:]]}")


def controls_of(root: QWidget) -> list[QWidget]:
    """Every control in ``root``'s window that a keyboard could use now (shown, enabled, taking focus)."""
    window = root.window()
    return [
        widget
        for widget in window.findChildren(QWidget)
        if takes_keyboard(widget)
        and widget.window() is window
        and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not isinstance(widget, QMenu)
    ]


def assert_tab_goes_round(keys: Keyboard, root: QWidget) -> list[QWidget]:
    """From the focus, Tab visits every control of the window once and comes back; Shift+Tab goes the same way
    back. Returns the controls in Tab order."""
    forward = tab_round(keys)
    missing = [control_id(widget) for widget in controls_of(root) if widget not in forward]
    assert not missing, f"Tab never reaches: {missing}"
    twice = {control_id(widget) for widget in forward if forward.count(widget) > 1}
    assert not twice, f"Tab passes these twice in one round: {twice}"
    backward = tab_round(keys, backwards=True)
    assert backward[0] is forward[0] and backward[1:] == forward[:0:-1], (
        "Shift+Tab goes back the way Tab came:\n"
        + f"  Tab:       {[control_id(w) for w in forward]}\n"
        + f"  Shift+Tab: {[control_id(w) for w in backward]}"
    )
    return forward


def menu_actions(window: QMainWindow) -> set[QAction]:
    """Every action the menu bar holds, in its menus and their submenus (Alt+letter, then the arrows, reach them)."""
    found: set[QAction] = set()
    waiting = list(window.menuBar().actions())
    while waiting:
        action = waiting.pop()
        found.add(action)
        if action.menu() is not None:
            waiting.extend(action.menu().actions())
    return found


def out_of_reach(window: QMainWindow) -> list[str]:
    """The controls shown that Tab passes by and that no other key reaches: no underlined letter, no shortcut, not
    in a menu. Left aside: scroll bars (the arrows and Page keys scroll), a table's corner button (Ctrl+A does what
    it does), a dock's float button (where a panel sits is a matter of layout), and a list's column headers: sorting
    by a column is for the mouse (the lists open in a useful order and can be filtered)."""
    in_menus = menu_actions(window)
    aside = ("qt_tableview_cornerbutton", "qt_dockwidget_floatbutton", "qt_dockwidget_closebutton")
    kinds = (QAbstractButton, QComboBox, QLineEdit, QAbstractItemView, QAbstractSpinBox, QTabBar, QAbstractSlider)
    missing = []
    for widget in window.findChildren(QWidget):
        if not (widget.isVisible() and widget.isEnabled()) or widget.window() is not window:
            continue
        if not isinstance(widget, kinds) or isinstance(widget, QScrollBar | QHeaderView):
            continue
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus or widget.objectName() in aside:
            continue
        if isinstance(widget, QToolButton) and widget.defaultAction() is not None:
            action = widget.defaultAction()
            if action in in_menus or not action.shortcut().isEmpty():
                continue
        if isinstance(widget, QAbstractButton) and not QKeySequence.mnemonic(widget.text()).isEmpty():
            continue
        missing.append(control_id(widget))
    return missing


# -- the journey -------------------------------------------------------------------------------------------------


@pytest.fixture
def marta(database: Database) -> int:
    """Someone to hold IAPMEI's seat (so a new meeting's attendance list is not empty) and to own an action."""
    iapmei = next(o for o in directory.list_organisations(database) if o.acronym == "IAPMEI")
    person = directory.add_person(database, "Marta Ribeiro", organisation_id=iapmei.id)
    committee.hold_seat(database, SeatCode.D, person, date(2026, 1, 5))
    return person


def answered(
    dialogs: Dialogs, keys: Keyboard, kind: type[QDialog], fill: Callable[[Any], None], open_it: Callable[[], None]
) -> None:
    """``open_it`` presses the keys that open a modal dialog of ``kind``; once the dialog is active, ``fill`` presses
    the keys that fill and close it. A button's Alt+letter clicks it a moment later (Qt animates the click)."""
    seen: list[QDialog] = []

    def keyed(dialog: QWidget) -> None:
        assert isinstance(dialog, kind)
        keys.wait_active(dialog)
        seen.append(dialog)
        fill(dialog)
        assert not dialog.isVisible(), f"{kind.__name__} is still open after its keys"

    dialogs.expect(keyed, None, kind=kind)
    open_it()
    keys.qtbot.waitUntil(lambda: bool(seen) or bool(dialogs.failures), timeout=5000)
    dialogs.done()
    keys.qtbot.waitUntil(lambda: not seen[0].isVisible(), timeout=5000)


def test_the_core_loop_by_keyboard_alone(
    qtbot: QtBot, database: Database, marta: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keys = Keyboard(qtbot)
    dialogs = Dialogs(qtbot)
    window = open_window(qtbot, database)
    window.resize(1600, 1000)
    keys.wait_active(window)

    # 1. The Textile cluster, chosen in the list of clusters by typing the start of its name.
    keys.tab_to(window.cluster_view)
    keys.press(Qt.Key.Key_Home)
    keys.type("Textile")
    assert window.current_cluster_code() == "TEX"

    # 2. Ctrl+N: the New meeting dialog, its fields filled in Tab order, Return for OK.
    def new_meeting(dialog: NewMeetingDialog) -> None:
        assert keys.focus() is dialog.cluster and dialog.cluster.value() == "TEX", "the chosen cluster is offered"
        assert_tab_goes_round(keys, dialog)
        keys.tab_to(dialog.starts_at)
        # Each section, once typed whole, hands the keyboard to the next; Tab after the last one moves on.
        for digits in ("2026", "11", "16", "10", "00"):
            keys.type(digits)
        keys.press(Qt.Key.Key_Tab)
        assert keys.focus() is dialog.length, "after the start's last section, Tab goes to the length"
        keys.type("90")
        keys.press(Qt.Key.Key_Return)

    answered(dialogs, keys, NewMeetingDialog, new_meeting, lambda: keys.press(Qt.Key.Key_N, CTRL))
    ref = window.editor.ref
    assert ref == "TEX-2026-01"
    detail = meetings.meeting_detail(database, ref)
    assert (detail.starts_at, detail.ends_at) == (START, START + timedelta(minutes=90))
    keys.wait_active(window)

    # 3. Attendance (Alt+T): the whole list chosen with Ctrl+A in the table, Alt+P marks it present.
    editor = window.editor
    keys.underlined(editor.tabs.tabText(editor.ATTENDANCE))
    assert editor.tabs.currentIndex() == editor.ATTENDANCE
    section = editor.attendance
    assert section.model.rowCount() > 0
    keys.tab_to(section.view)
    keys.press(Qt.Key.Key_A, CTRL)
    assert len(section.view.selectionModel().selectedRows()) == section.model.rowCount()
    keys.underlined(section.status_buttons[AttendanceStatus.PRESENT].text())  # a button's letter clicks it
    qtbot.waitUntil(lambda: all(row.status is AttendanceStatus.PRESENT for row in attendance.attendance(database, ref)))

    # 4. The agenda (Alt+G): Add item (Alt+A) puts the keyboard in its title; Tab on to the minutes.
    keys.underlined(editor.tabs.tabText(editor.AGENDA))
    assert editor.tabs.currentIndex() == editor.AGENDA
    items = editor.agenda
    keys.underlined(items.add_button.text())
    qtbot.waitUntil(lambda: keys.focus() is items.title)  # a new item's title has the keyboard
    keys.type("Training plan 2027")
    keys.tab_to(items.minutes)
    minutes_text = "The cluster presented its plan.\n- three courses\n- one fair"
    keys.type(minutes_text)
    keys.press(Qt.Key.Key_Tab)
    assert keys.focus() is not items.minutes, "Tab leaves the minutes"
    item = next(i for i in agenda.agenda(database, ref) if i.title == "Training plan 2027")
    qtbot.waitUntil(lambda: next(i for i in agenda.agenda(database, ref) if i.id == item.id).minutes == minutes_text)

    # 5. A decision: Tab to Add decision…, Space; typed, then Tab to OK and Return.
    def decision(dialog: DecisionForm) -> None:
        assert keys.focus() is dialog.text
        keys.type("Approve the training plan.")
        assert_tab_goes_round(keys, dialog)
        keys.tab_to(dialog_button(dialog, QDialogButtonBox.StandardButton.Ok))
        keys.press(Qt.Key.Key_Return)

    keys.tab_to(items.add_decision_button)
    answered(dialogs, keys, DecisionForm, decision, lambda: keys.press(Qt.Key.Key_Space))
    keys.wait_active(window)

    # 6. An action (Alt+C): what, the owner typed in its list, the due date, goal 5 ticked with Space, OK.
    def new_action(dialog: ActionForm) -> None:
        assert keys.focus() is dialog.title
        keys.type("Send the plan to the members")
        keys.press(Qt.Key.Key_Tab)
        assert keys.focus() is dialog.owner
        keys.type("Marta")
        keys.press(Qt.Key.Key_Tab)
        assert keys.focus() is dialog.due
        keys.type("2026-12-15")
        keys.tab_to(dialog.goals[5])
        keys.press(Qt.Key.Key_Space)
        assert_tab_goes_round(keys, dialog)
        keys.tab_to(dialog_button(dialog, QDialogButtonBox.StandardButton.Ok))
        keys.press(Qt.Key.Key_Return)

    answered(dialogs, keys, ActionForm, new_action, lambda: keys.underlined(items.add_action_button.text()))
    keys.wait_active(window)

    # ... and one begun and left with Escape: nothing is saved.
    def left(dialog: ActionForm) -> None:
        keys.type("Not wanted after all")
        keys.press(Qt.Key.Key_Escape)

    answered(dialogs, keys, ActionForm, left, lambda: keys.underlined(items.add_action_button.text()))
    keys.wait_active(window)
    item = next(i for i in agenda.agenda(database, ref) if i.id == item.id)
    assert [d.text for d in item.decisions] == ["Approve the training plan."]
    [action] = actions.actions_of_meeting(database, ref)
    assert (action.title, action.owner, action.due_on, action.status) == (
        "Send the plan to the members",
        "Marta Ribeiro",
        date(2026, 12, 15),
        ActionStatus.OPEN,
    )
    assert actions.action_fields(database, action.id).goals == (5,)

    # 7. The tracker (Ctrl+2): Tab to the list, Home and Space choose the action, Alt+P gives a progress update.
    keys.press(Qt.Key.Key_2, CTRL)
    page = window.page("tracker")
    assert isinstance(page, TrackerPage) and window.current_page() == "tracker"
    keys.tab_to(page.view)
    keys.press(Qt.Key.Key_Home)
    keys.press(Qt.Key.Key_Space)
    assert [row.ref for row in page.chosen()] == [action.ref]

    def update(dialog: UpdateForm) -> None:
        assert keys.focus() is dialog.text
        keys.type("Sent to the members on 1 December.")
        keys.tab_to(dialog.status)
        keys.type("In")  # the first letters choose in a list (Space would open it)
        assert dialog.status.value() is ActionStatus.IN_PROGRESS
        assert_tab_goes_round(keys, dialog)
        keys.press(Qt.Key.Key_Return)  # a list closed lets Return go to the dialog: OK

    answered(dialogs, keys, UpdateForm, update, lambda: keys.underlined(page.update_button.text()))
    keys.wait_active(window)
    [given] = tracker.action_history(database, action.ref)
    assert given.text == "Sent to the members on 1 December." and given.status is ActionStatus.IN_PROGRESS
    assert actions.actions_of_meeting(database, ref)[0].status is ActionStatus.IN_PROGRESS

    # 8. Back to the meetings (Ctrl+1), and File → Export → Minutes (PDF)… by its letters: Alt+F, E, M.
    keys.press(Qt.Key.Key_1, CTRL)
    assert window.current_page() == "meetings"
    minutes_pdf = tmp_path / "minutes.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kw: (str(minutes_pdf), ""))
    file_menu = next(action.menu() for action in window.menuBar().actions() if action.text() == "&File")
    export_menu = next(action.menu() for action in file_menu.actions() if action.text() == "&Export")
    keys.underlined("&File")
    keys.in_menu(export_menu.menuAction().text())
    keys.in_menu(window.documents.export_minutes_action.text())
    qtbot.waitUntil(lambda: window.documents.flow.job is None and minutes_pdf.exists(), timeout=30_000)
    text = flat(all_text(minutes_pdf))
    for expected in (ref, "Training plan 2027", "Approve the training plan.", action.ref, "three courses"):
        assert expected in text


# -- Tab around each page ----------------------------------------------------------------------------------------


@pytest.fixture
def records(database: Database, marta: int) -> dict[str, Any]:
    """Two meetings of a cluster: the first with two items, a decision and an overdue action with an update; the
    second made from it, so its agenda has "Matters arising"."""
    held = meetings.create_meeting(database, "TEX", title="Monitoring", starts_at="2026-01-12 10:00")
    item = agenda.add_agenda_item(database, held, "Training programmes", minutes="Two programmes.")
    agenda.add_agenda_item(database, held, "Fairs", minutes="One fair.")
    agenda.add_decision(database, item, "Run the programmes.")
    action = actions.create_action(
        database,
        "Draft the plan",
        meeting_ref=held,
        agenda_item_id=item,
        owner_person_id=marta,
        due_on=date(2026, 2, 1),
    )
    actions.add_update(database, action, "First draft circulated.", on=date(2026, 1, 20), author_id=marta)
    following = planning.new_meeting(database, "TEX", starts_at="2026-03-09 10:00")
    arising = next(row.id for row in agenda.agenda(database, following) if row.matters_arising)
    return {"held": held, "item": item, "action": action, "following": following, "arising": arising}


PAGES = [
    "details",
    "attendance",
    "agenda",
    "matters arising",
    "presenting",
    "tracker",
    "outputs",
    "goals",
    "dashboard",
]


def show(window: MainWindow, page: str, records: dict[str, Any]) -> QWidget:
    """Bring ``page`` on screen as a person would have left it, and return the control Tab starts from."""
    editor = window.editor
    tabs = {"details": editor.DETAILS, "attendance": editor.ATTENDANCE, "agenda": editor.AGENDA}
    if page in tabs or page in ("matters arising", "presenting"):
        window.show_meeting(records["following"] if page == "matters arising" else records["held"])
        editor.tabs.setCurrentIndex(tabs.get(page, editor.AGENDA))
        if page == "matters arising":
            editor.agenda.select_item(records["arising"])
            editor.agenda.arising.setCurrentItem(editor.agenda.arising.topLevelItem(0))
        else:
            editor.agenda.select_item(records["item"])
        if page == "presenting":
            window.present_action.trigger()
        return window.cluster_view
    window.show_page(page)
    shown = window.page(page)
    if isinstance(shown, TrackerPage):
        shown.show_only(records["action"])  # one action chosen: its buttons and its updates take the keyboard
    if page == "outputs":
        outputs = shown
        index = outputs.matrix.index_of("TEX", 8)
        outputs.matrix_view.setCurrentIndex(index)
        outputs.matrix_view.clicked.emit(index)
        outputs.add_button.click()  # the form of a new output, all its fields
    return window.pages.tabBar()


@pytest.mark.parametrize("page", PAGES)
def test_tab_goes_round_every_control_of_a_page_and_back(
    qtbot: QtBot, database: Database, records: dict[str, Any], page: str
) -> None:
    """No trap and nothing out of reach: from the first control, Tab visits every control shown once and comes back
    to it; Shift+Tab goes round the other way; and what Tab passes by has a key of its own."""
    keys = Keyboard(qtbot)
    window = open_window(qtbot, database)
    window.resize(1600, 1000)
    start = show(window, page, records)
    keys.wait_active(window)
    start.setFocus(Qt.FocusReason.TabFocusReason)
    order = assert_tab_goes_round(keys, window)
    assert len(order) >= 4, [control_id(widget) for widget in order]
    assert not out_of_reach(window), f"no key reaches: {out_of_reach(window)}"
    window.stop_presenting()


# -- Tab around every dialog -------------------------------------------------------------------------------------


class RoundAudit(Audit):
    """The accessibility walk (tests/gui/test_accessibility.py), which opens every page and every dialog, with one
    more check in each window it walks: Tab goes round all of it and comes back, and Shift+Tab the other way."""

    def walk(self, qtbot: QtBot, root: QWidget) -> None:
        super().walk(qtbot, root)
        window = root.window()
        controls = [widget for widget in controls_of(window) if not isinstance(widget, QDateTimeEdit)]
        if len(controls) < 2:
            return
        activate(qtbot, window)
        controls[0].setFocus(Qt.FocusReason.TabFocusReason)
        try:
            order = assert_tab_goes_round(Keyboard(qtbot), window)
        except AssertionError as problem:
            self.problems[f"tab round: {type(window).__name__}"] = str(problem)
            return
        self.names[f"round of {type(window).__name__} ({len(order)})"] = "walked"


def test_tab_goes_round_every_dialog_and_back(
    qtbot: QtBot, database: Database, records: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, database)
    window.show_meeting(records["held"])
    activate(qtbot, window)
    audit = walk_everything(qtbot, window, Answers(qtbot), records, tmp_path, monkeypatch, RoundAudit())
    walked = {name for name in audit.names if name.startswith("round of ")}
    for kind in ("NewMeetingDialog", "ActionForm", "UpdateForm", "AttendeeForm", "PersonForm", "DirectoryDialog"):
        assert any(name.startswith(f"round of {kind} ") for name in walked), f"{kind} was not walked"
    rounds = {problem: text for problem, text in audit.problems.items() if problem.startswith("tab round:")}
    assert not rounds, "\n".join(f"{problem}: {text}" for problem, text in rounds.items())
