"""Every control a keyboard can reach has a name a screen reader says, in English and in Portuguese (EN 301 549,
9.4.1.2 and 11.4.1.2 "name, role, value"; 9.2.1.2 "no keyboard trap"; 9.2.4.6 "labels").

The window is opened on a meeting with an agenda item, a decision, an action and its progress update; then each page
of the window (the meeting's three tabs, the tracker, the outputs with an output's form, the goals, the dashboard),
the presenter's panel and the wall, and every dialog the window opens (answered from inside its own loop, as
tests/gui/driving.py's ``Dialogs`` does) have their ``QAccessible`` tree walked. For each control that takes the
keyboard (a focus policy, visible, enabled):

- its accessible interface's ``text(Name)`` is not empty. That is what a screen reader reads: the accessible name
  set, or the text of a label whose buddy the control is (Qt derives it), or a button's own text;
- it lets Tab go: pressed from it, Tab moves the keyboard elsewhere. A multi-line text field must move on with Tab
  (``tabChangesFocus``: a tab character is of no use in the minutes, and Ctrl+Tab does not leave a QPlainTextEdit),
  and a table must leave Tab to the window (``tabKeyNavigation`` off; the arrows move between its cells). A date
  field takes Tab from section to section and leaves after its last one, so it is pressed once per section.

And each label before a field in a QFormLayout is that field's buddy, so its mnemonic (Alt+letter) reaches the field
and a screen reader says the label with it; and no two things shown in a window underline the same letter (a menu, a
tab, a button, a field's label): Qt then sends the key to one and then the other on each press, so Alt+T, meant for
the Attendance tab, went to the Title field instead, and Alt+E stopped opening the Edit menu.

``KNOWN_GAPS`` lists what is still missing in files being changed by others as this is written; each line says what
the control needs. A gap fixed must leave the list (the test says so).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAccessible, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from pactdesk.domain.enums import MinutesStatus
from pactdesk.exchange.xlsx_write import export_workbook
from pactdesk.gui.directory.dialog import DirectoryDialog
from pactdesk.gui.follow_up.outputs_page import OutputsPage
from pactdesk.gui.follow_up.tracker_page import TrackerPage
from pactdesk.gui.main_window import MainWindow
from pactdesk.services import actions, agenda, directory, meetings
from pactdesk.store.database import Database
from tests.gui.driving import CANCEL, NO, open_window, press
from tests.gui.test_every_dialog import Answers, Chooser, activate

TODAY = date.today()

# Problems the test finds that are not fixed yet, each with what the control needs. Remove an entry once its control
# is fixed: the test fails on an entry no longer found. KNOWN_GAPS holds for both languages, KNOWN_GAPS_IN for one.
KNOWN_GAPS: dict[str, str] = {}
KNOWN_GAPS_IN: dict[str, dict[str, str]] = {
    "en": {
        "same letter: ActionReportDialog Alt+C": "gui/files/document_dialogs.py: “&Choose file…” or “&Cluster:”",
    },
    "pt": {},
}


# -- walking a window ----------------------------------------------------------------------------------------------


def takes_keyboard(widget: QWidget) -> bool:
    return (
        widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        and widget.isVisible()
        and widget.isEnabled()
        and widget.focusProxy() is None  # the proxy is the control, and is walked itself
    )


def held_as(holder: QObject, widget: QWidget) -> str | None:
    """The attribute of ``holder`` that is ``widget`` (or a dict or list holding it), as code would write it."""
    for name, value in getattr(holder, "__dict__", {}).items():
        if value is widget:
            return name
        if isinstance(value, dict):
            for key, item in value.items():
                if item is widget:
                    return f"{name}[{key!r}]"
        if isinstance(value, list | tuple):
            for number, item in enumerate(value):
                if item is widget:
                    return f"{name}[{number}]"
    return None


def control_id(widget: QWidget) -> str:
    """The control as the code names it: the attribute of the nearest object holding it (``DetailsSection.title``,
    ``ActionForm.goals[3]``), a wrapper of any field (``FieldWithError``) being named by its own holder; else its
    object name or its class, under the window's class."""
    holder: QObject | None = widget.parent()
    wrapped: str | None = None
    while holder is not None:
        name = held_as(holder, widget)
        if name is not None:
            if type(holder).__name__ != "FieldWithError":
                return f"{type(holder).__name__}.{name}"
            wrapped = wrapped or f"{control_id(holder)}.{name}"  # type: ignore[arg-type]
        holder = holder.parent()
    if wrapped is not None:
        return wrapped
    parent = widget.parentWidget()
    where = type(widget.window()).__name__
    inside = f"{type(parent).__name__}/" if parent is not None and parent is not widget.window() else ""
    return f"{where}: {inside}{type(widget).__name__}{'#' + widget.objectName() if widget.objectName() else ''}"


def reachable(widget: QWidget | None) -> QWidget | None:
    """Where the keyboard lands when ``widget`` is given focus: its focus proxy, followed to the end."""
    while widget is not None and widget.focusProxy() is not None:
        widget = widget.focusProxy()
    return widget


def field_controls(item: Any) -> list[QWidget]:
    """The controls that take the keyboard in a form row's field (the field itself, or those inside it)."""
    widget = item.widget() if item is not None else None
    if widget is None and item is not None and item.layout() is not None:
        layout = item.layout()
        widgets = [layout.itemAt(n).widget() for n in range(layout.count())]
        return [w for w in widgets if w is not None and w.focusPolicy() != Qt.FocusPolicy.NoFocus]
    if widget is None:
        return []
    if widget.focusPolicy() != Qt.FocusPolicy.NoFocus or widget.focusProxy() is not None:
        return [reachable(widget)]  # type: ignore[list-item]
    return [
        child
        for child in widget.findChildren(QWidget)
        if child.focusPolicy() != Qt.FocusPolicy.NoFocus and child.focusProxy() is None
    ]


@dataclass
class Audit:
    """What the walks found, keyed by control: names read, and problems (``"kind: control"`` to what it needs)."""

    names: dict[str, str] = field(default_factory=dict)
    problems: dict[str, str] = field(default_factory=dict)

    def walk(self, qtbot: QtBot, root: QWidget) -> None:
        """Walk ``root``'s accessible tree, then check its form labels and its Tab keys."""
        seen: list[tuple[QWidget, str]] = []
        self._visit(QAccessible.queryAccessibleInterface(root), seen, depth=0)
        for widget, name in seen:
            key = control_id(widget)
            if not name.strip():
                self.problems[f"unnamed: {key}"] = f"a {type(widget).__name__} with no accessible name"
            self.names[key] = self.names.get(key) or name
        self._check_buddies(root)
        self._check_letters(root.window())
        activate(qtbot, root.window())
        if len(seen) < 2:
            return  # nothing else to Tab to
        for widget, _name in seen:
            self._check_tab(qtbot, widget)

    def _visit(self, interface: Any, seen: list[tuple[QWidget, str]], depth: int) -> None:
        if interface is None or not interface.isValid() or depth > 40:
            return
        widget = interface.object()
        if isinstance(widget, QWidget):
            if not widget.isVisible():
                return
            if takes_keyboard(widget) and all(widget is not known for known, _ in seen):
                seen.append((widget, interface.text(QAccessible.Text.Name)))
            if isinstance(widget, QAbstractItemView):
                return  # its cells are data, not controls
        for number in range(interface.childCount()):
            self._visit(interface.child(number), seen, depth + 1)

    def _check_buddies(self, root: QWidget) -> None:
        for form in root.findChildren(QFormLayout):
            for row in range(form.rowCount()):
                label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                label = label_item.widget() if label_item is not None else None
                if not isinstance(label, QLabel) or not label.text() or not label.isVisible():
                    continue
                controls = field_controls(form.itemAt(row, QFormLayout.ItemRole.FieldRole))
                if len(controls) != 1 or not controls[0].isVisible():
                    continue  # a value shown, not edited; or a group of controls, each with its own text
                buddy = label.buddy()
                # Alt+letter gives the keyboard to the buddy only if it takes focus itself (QLabel::event).
                if (
                    buddy is None
                    or buddy.focusPolicy() == Qt.FocusPolicy.NoFocus
                    or reachable(buddy) is not controls[0]
                ):
                    key = f"not the buddy: {control_id(controls[0])}"
                    self.problems[key] = f"the label “{label.text()}” must have the field as its buddy"

    def _check_letters(self, window: QWidget) -> None:
        """Each Alt+letter underlined in what ``window`` shows now belongs to one thing: a menu of its menu bar, a
        tab, a button, or a label that gives its field the keyboard."""
        letters: dict[str, list[str]] = {}

        def note(text: str, where: str) -> None:
            key = QKeySequence.mnemonic(text)
            if not key.isEmpty():
                letters.setdefault(key.toString(), []).append(f"{where} “{text}”")

        def shown(widget: QWidget) -> bool:
            return widget.isVisible() and widget.isEnabled() and widget.window() is window

        if isinstance(window, QMainWindow):
            for action in window.menuBar().actions():
                if action.isVisible():
                    note(action.text(), "the menu")
        for label in window.findChildren(QLabel):
            if shown(label) and label.buddy() is not None:
                note(label.text(), f"the label of {control_id(label.buddy())}")
        for button in window.findChildren(QAbstractButton):
            if shown(button):
                note(button.text(), control_id(button))
        for bar in window.findChildren(QTabBar):
            if shown(bar):
                for tab in range(bar.count()):
                    if bar.isTabEnabled(tab) and bar.isTabVisible(tab):
                        note(bar.tabText(tab), "the tab")
        for key, holders in letters.items():
            if len(holders) > 1:
                problem = f"same letter: {type(window).__name__} {key}"  # on each page walked, all it was seen on
                earlier = self.problems.get(problem, "").split("; ") if problem in self.problems else []
                self.problems[problem] = "; ".join(sorted({*earlier, *holders}))

    def _check_tab(self, qtbot: QtBot, widget: QWidget) -> None:
        key = f"tab trap: {control_id(widget)}"
        if isinstance(widget, QPlainTextEdit | QTextEdit):
            if not widget.tabChangesFocus():
                self.problems[key] = "setTabChangesFocus(True): Tab types a tab and Ctrl+Tab does not leave it"
            return
        if isinstance(widget, QAbstractItemView):
            if widget.tabKeyNavigation():
                self.problems[key] = "setTabKeyNavigation(False): Tab goes from cell to cell (arrows do that)"
            return
        if not widget.isVisible() or not widget.isEnabled():
            return  # a Tab pressed earlier changed what is shown
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        if not widget.hasFocus():
            return
        presses = bin(int(widget.displayedSections().value)).count("1") if isinstance(widget, QDateTimeEdit) else 1
        for _ in range(presses):
            qtbot.keyClick(widget, Qt.Key.Key_Tab)
            if not widget.hasFocus():
                return
        self.problems[key] = "Tab must move the keyboard to the next control"


# -- the window and what it opens ----------------------------------------------------------------------------------


@pytest.fixture
def dialogs(qtbot: QtBot) -> Answers:
    return Answers(qtbot)


@pytest.fixture
def refs(database: Database) -> dict[str, Any]:
    """A meeting with an item, its decision and an action with a progress update."""
    ana = directory.add_person(database, "Ana Sousa")
    held = meetings.create_meeting(database, "TEX", title="Monitoring", starts_at="2026-01-12 10:00")
    item = agenda.add_agenda_item(database, held, "Training programmes", minutes="Two programmes were presented.")
    agenda.add_decision(database, item, "Run the programmes.")
    action = actions.create_action(
        database, "Draft the training plan", meeting_ref=held, agenda_item_id=item, owner_person_id=ana, due_on=TODAY
    )
    actions.add_update(database, action, "First draft circulated.", on=TODAY - timedelta(days=1), author_id=ana)
    return {"ana": ana, "held": held, "item": item, "action": action}


@pytest.fixture(params=["en", "pt"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    if request.param == "pt":
        request.getfixturevalue("portuguese")
    yield request.param


@pytest.fixture
def window(qtbot: QtBot, language: str, database: Database, refs: dict[str, Any]) -> MainWindow:
    shown = open_window(qtbot, database)
    shown.documents.set_language(language)
    shown.show_meeting(refs["held"])
    activate(qtbot, shown)
    return shown


def answered(
    qtbot: QtBot, dialogs: Answers, audit: Audit, open_it: Callable[[], None], kind: type[QWidget] = QDialog
) -> None:
    """Open a modal window with ``open_it``, walk it from inside its loop, and cancel it."""
    walked: list[str] = []

    def walk(dialog: QWidget) -> None:
        audit.walk(qtbot, dialog)
        walked.append(type(dialog).__name__)

    dialogs.expect(walk, CANCEL if kind is QDialog else NO, kind=kind)
    open_it()
    qtbot.waitUntil(lambda: bool(walked) or bool(dialogs.failures), timeout=30_000)
    dialogs.done()


def walk_everything(
    qtbot: QtBot,
    window: MainWindow,
    dialogs: Answers,
    refs: dict[str, Any],
    tmp_path: Path,
    monkeypatch: Any,
    audit: Audit | None = None,
) -> Audit:
    """Walk every page and dialog with ``audit`` (an ``Audit`` of more checks, say; a plain one by default)."""
    audit = audit or Audit()
    editor = window.editor

    # The meetings page, each tab of the editor, and the dialogs its sections open.
    for tab in (editor.DETAILS, editor.ATTENDANCE, editor.AGENDA):
        editor.tabs.setCurrentIndex(tab)
        audit.walk(qtbot, window)
    editor.tabs.setCurrentIndex(editor.DETAILS)
    details = editor.details

    def approve() -> None:
        details.minutes_status.set_value(MinutesStatus.APPROVED)
        details.minutes_status.activated.emit(details.minutes_status.currentIndex())

    answered(qtbot, dialogs, audit, approve)
    editor.tabs.setCurrentIndex(editor.ATTENDANCE)
    answered(qtbot, dialogs, audit, lambda: press(qtbot, editor.attendance.add_person_button))
    answered(qtbot, dialogs, audit, lambda: press(qtbot, editor.attendance.add_guest_button))
    editor.tabs.setCurrentIndex(editor.AGENDA)
    section = editor.agenda
    section.select_item(refs["item"])
    section.decisions.setCurrentRow(0)
    answered(qtbot, dialogs, audit, lambda: press(qtbot, section.edit_decision_button))
    section.actions.setCurrentItem(section.actions.topLevelItem(0))
    answered(qtbot, dialogs, audit, lambda: press(qtbot, section.edit_action_button))
    answered(qtbot, dialogs, audit, window.new_action.trigger)
    answered(qtbot, dialogs, audit, window.delete_action.trigger, QMessageBox)

    # The window's files: the documents' and the workbook's dialogs.
    answered(qtbot, dialogs, audit, window.documents.export_actions_action.trigger)
    answered(qtbot, dialogs, audit, window.documents.export_binder_action.trigger)
    answered(qtbot, dialogs, audit, window.export_workbook_action.trigger)
    source = tmp_path / "workbook.xlsx"
    export_workbook(window.database, source)
    Chooser(monkeypatch, source, opening=True)
    answered(qtbot, dialogs, audit, window.import_workbook_action.trigger)
    qtbot.waitUntil(lambda: window.workbooks.job is None, timeout=30_000)

    # The follow-up pages.
    window.show_page("tracker")
    tracker = window.page("tracker")
    assert isinstance(tracker, TrackerPage)
    row = next(row for row in range(tracker.model.rowCount()) if tracker.model.action(row).ref == refs["action"])
    tracker.view.selectRow(row)
    audit.walk(qtbot, window)
    answered(qtbot, dialogs, audit, lambda: press(qtbot, tracker.edit_update_button))
    window.show_page("outputs")
    outputs = window.page("outputs")
    assert isinstance(outputs, OutputsPage)
    index = outputs.matrix.index_of("TEX", 8)
    outputs.matrix_view.setCurrentIndex(index)
    outputs.matrix_view.clicked.emit(index)
    press(qtbot, outputs.add_button)
    audit.walk(qtbot, window)
    press(qtbot, outputs.form.revert_button)
    for page in ("goals", "dashboard"):
        window.show_page(page)
        audit.walk(qtbot, window)
    window.pages.setCurrentIndex(0)  # the meetings

    # Presenting: the presenter's panel (in the window) and the wall.
    window.present_action.trigger()
    presentation = window.presentation
    assert presentation is not None
    audit.walk(qtbot, presentation.panel)
    audit.walk(qtbot, presentation.audience)
    window.stop_presenting()

    # The directory, each tab, and its forms.
    window.directory_action.trigger()
    book = window.findChild(DirectoryDialog)
    assert book is not None and book.isVisible()
    for tab in range(book.tabs.count()):
        book.tabs.setCurrentIndex(tab)
        audit.walk(qtbot, book)
    book.tabs.setCurrentWidget(book.people_tab)
    answered(qtbot, dialogs, audit, lambda: press(qtbot, book.people_tab.add_button))
    book.people_tab.view.selectRow(0)
    answered(qtbot, dialogs, audit, lambda: press(qtbot, book.people_tab.edit_button))
    answered(qtbot, dialogs, audit, lambda: press(qtbot, book.people_tab.merge_button))
    book.tabs.setCurrentWidget(book.organisations_tab)
    answered(qtbot, dialogs, audit, lambda: press(qtbot, book.organisations_tab.add_button))
    book.organisations_tab.view.selectRow(0)
    answered(qtbot, dialogs, audit, lambda: press(qtbot, book.organisations_tab.merge_button))
    book.tabs.setCurrentIndex(2)
    book.seat_view.selectRow(0)
    answered(qtbot, dialogs, audit, lambda: press(qtbot, book.set_holder_button))
    book.close()
    return audit


def test_every_control_has_a_name_a_buddy_and_lets_tab_go(
    qtbot: QtBot,
    window: MainWindow,
    dialogs: Answers,
    refs: dict[str, Any],
    language: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    audit = walk_everything(qtbot, window, dialogs, refs, tmp_path, monkeypatch)
    named = sum(1 for name in audit.names.values() if name.strip())
    print(f"\n[{language}] {len(audit.names)} controls walked, {named} named")  # read with -s
    assert len(audit.names) > 100, "the walk reached the window's controls"
    known = {**KNOWN_GAPS, **KNOWN_GAPS_IN.get(language, {})}
    new = {problem: need for problem, need in audit.problems.items() if problem not in known}
    assert not new, "controls a keyboard or a screen reader cannot use:\n" + "\n".join(
        f"  {problem}: {need}" for problem, need in sorted(new.items())
    )
    fixed = sorted(set(known) - set(audit.problems))
    assert not fixed, f"fixed, so to be taken off KNOWN_GAPS: {fixed}"
