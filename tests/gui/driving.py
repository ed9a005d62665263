"""Driving PactDesk's windows as a person does: real dialogs answered with keys and clicks, combo boxes chosen from
their lists, buttons pressed. Nothing here calls a service or patches a dialog: a value that a widget hands back
with the wrong type reaches the service as it would for a secretary, and fails the test.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

if TYPE_CHECKING:
    from pactdesk.gui.main_window import MainWindow
    from pactdesk.store.database import Database

OK = QDialogButtonBox.StandardButton.Ok
CANCEL = QDialogButtonBox.StandardButton.Cancel
YES = QMessageBox.StandardButton.Yes
NO = QMessageBox.StandardButton.No


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type ``text`` key by key. QTest's keyboard knows ASCII only (anything else aborts the process), so other
    characters arrive as a key event carrying the character, the way a keyboard layout or input method sends them."""
    for char in text:
        if char == "\n":
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        elif " " <= char <= "~" and char not in "<>&":
            qtbot.keyClick(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def type_into(qtbot: QtBot, widget: QLineEdit | QPlainTextEdit, text: str, *, replace: bool = True) -> None:
    """Click into the field, select what is there (with the keyboard) and type ``text`` over it."""
    widget.setFocus()
    if replace:
        qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(widget, Qt.Key.Key_Delete)
    type_text(qtbot, widget, text)


def leave(qtbot: QtBot, widget: QWidget) -> None:
    """Tab out of a field, as a person moves on (a line edit saves when it is left). The window is made the active
    one first: Qt sends no focus-out, and so saves nothing, in a window that is not active."""
    activate(qtbot, widget.window())
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert not widget.hasFocus(), "the field kept the keyboard"


def activate(qtbot: QtBot, window: QWidget) -> None:
    if QApplication.activeWindow() is not window:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)


def paste_into(qtbot: QtBot, widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Put ``text`` on the clipboard and paste it with Ctrl+V, as a person pastes a long text."""
    QApplication.clipboard().setText(text)
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def choose(qtbot: QtBot, combo: QComboBox, text: str, *, stays: bool = True) -> None:
    """Open the combo box's list and click the entry reading ``text`` (the whole label, or its start); ``stays``
    False when the choice may be refused or cancelled and the box go back."""
    index = combo.findText(text, Qt.MatchFlag.MatchExactly)
    if index < 0:
        index = combo.findText(text, Qt.MatchFlag.MatchStartsWith)
    labels = [combo.itemText(row) for row in range(combo.count())]
    assert index >= 0, f"no entry “{text}” in {combo.accessibleName() or combo.objectName()}: {labels}"
    combo.showPopup()
    view = combo.view()
    model_index = view.model().index(index, combo.modelColumn(), view.rootIndex())
    view.scrollTo(model_index)
    qtbot.waitUntil(lambda: view.isVisible(), timeout=2000)
    rect = view.visualRect(model_index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: not view.isVisible(), timeout=2000)
    assert not stays or combo.currentIndex() == index, f"clicking “{text}” chose “{combo.currentText()}”"


def press(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), f"the button “{button.text()}” cannot be pressed"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(button.width() // 2, button.height() // 2))


def dialog_button(
    dialog: QWidget, which: QDialogButtonBox.StandardButton | QMessageBox.StandardButton
) -> QAbstractButton:
    if isinstance(dialog, QMessageBox):
        found = dialog.button(QMessageBox.StandardButton(which.value))
        assert found is not None, f"the message has no {which} button: {dialog.text()}"
        return found
    for box in dialog.findChildren(QDialogButtonBox):
        button = box.button(which)  # type: ignore[arg-type]
        if button is not None and button.isVisible():
            return button
    raise AssertionError(f"{type(dialog).__name__} has no {which} button")


def button_named(parent: QWidget, text: str) -> QAbstractButton:
    """The visible button whose text, without its & marks, is ``text``."""
    for button in parent.findChildren(QAbstractButton):
        if button.text().replace("&", "") == text and button.isVisible():
            return button
    shown = sorted({b.text() for b in parent.findChildren(QAbstractButton) if b.isVisible()})
    raise AssertionError(f"no button “{text}” in {type(parent).__name__}: {shown}")


@dataclass
class Answer:
    """What to do with the next modal window: fill it, then press a button (None: leave it open to the test)."""

    fill: Callable[[QWidget], None]
    button: QDialogButtonBox.StandardButton | QMessageBox.StandardButton | None
    kind: type[QWidget] = QDialog
    seen: list[QWidget] = field(default_factory=list)
    stayed_open: bool = False
    errors: list[str] = field(default_factory=list)
    text: str = ""  # a message box's text, read while it was open


class Dialogs:
    """Answers the modal windows a step opens, in order, from inside their own event loop, as a person would.

    ``expect(fill, OK)`` queues an answer; the step is then done (a button clicked, a key pressed), and each modal
    window that opens gets the next answer. A window still open after its OK was pressed (it refused the input) is
    noted in ``stayed_open``, its error lines read, and it is cancelled so the test goes on; ``done()`` checks every
    answer was used.
    """

    def __init__(self, qtbot: QtBot) -> None:
        self._qtbot = qtbot
        self._queue: list[Answer] = []
        self._timer = QTimer()
        self._timer.setInterval(30)
        self._timer.timeout.connect(self._poll)
        self._answering: QWidget | None = None
        self.failures: list[str] = []

    def expect(
        self,
        fill: Callable[[QWidget], None] | None = None,
        button: QDialogButtonBox.StandardButton | QMessageBox.StandardButton | None = OK,
        *,
        kind: type[QWidget] = QDialog,
    ) -> Answer:
        answer = Answer(fill or (lambda _dialog: None), button, kind)
        self._queue.append(answer)
        self._timer.start()
        return answer

    def _poll(self) -> None:
        if self._answering is not None or not self._queue:
            return
        dialog = QApplication.activeModalWidget()
        if dialog is None or any(dialog in answer.seen for answer in self._queue) or not dialog.isVisible():
            return
        answer = self._queue.pop(0)
        if not self._queue:
            self._timer.stop()
        answer.seen.append(dialog)
        self._answering = dialog
        try:
            self._answer(dialog, answer)
        except Exception as error:  # reported by done(); the dialog must not stay open meanwhile
            self.failures.append(f"{type(dialog).__name__}: {error!r}")
            if isinstance(dialog, QDialog) and dialog.isVisible():
                dialog.reject()
        finally:
            self._answering = None

    def _answer(self, dialog: QWidget, answer: Answer) -> None:
        assert isinstance(dialog, answer.kind), f"expected a {answer.kind.__name__}, got {type(dialog).__name__}"
        if isinstance(dialog, QMessageBox):
            answer.text = dialog.text()
        answer.fill(dialog)
        if answer.button is None:
            return
        press(self._qtbot, dialog_button(dialog, answer.button))
        if dialog.isVisible():
            answer.stayed_open = True
            answer.errors = [
                label.text()
                for label in dialog.findChildren(QWidget, "fieldError")
                if label.isVisible() and hasattr(label, "text")
            ]
            if isinstance(dialog, QDialog):
                dialog.reject()

    def done(self) -> None:
        assert not self.failures, f"answering a dialog failed: {self.failures}"
        assert not self._queue, f"{len(self._queue)} expected dialog(s) never opened"
        self._timer.stop()


def press_keys(
    qtbot: QtBot, widget: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """A key chord pressed while ``widget`` has the keyboard focus (shortcuts included, as a person presses them)."""
    widget.setFocus()
    qtbot.keyClick(widget, key, modifiers)


def set_moment(qtbot: QtBot, edit: QDateTimeEdit, moment: datetime) -> None:
    """Type a date and time into a date-time field, section by section, as a person clicks and types each."""
    edit.setFocus()
    sections = {
        QDateTimeEdit.Section.YearSection: f"{moment.year:04d}",
        QDateTimeEdit.Section.MonthSection: f"{moment.month:02d}",
        QDateTimeEdit.Section.DaySection: f"{moment.day:02d}",
        QDateTimeEdit.Section.HourSection: f"{moment.hour:02d}",
        QDateTimeEdit.Section.MinuteSection: f"{moment.minute:02d}",
    }
    for section, digits in sections.items():
        if edit.displayedSections() & section:
            edit.setSelectedSection(section)
            qtbot.keyClicks(edit, digits)
    assert edit.dateTime().toPython().replace(second=0, microsecond=0) == moment.replace(second=0, microsecond=0)


def new_meeting_answer(qtbot: QtBot, cluster: str, start: datetime, minutes: int = 120) -> Callable[[QWidget], None]:
    """Fill the New meeting dialog: the cluster (by code), its start and its length."""

    def fill(dialog: QWidget) -> None:
        choose(qtbot, dialog.cluster, f"{cluster} — ")  # type: ignore[attr-defined]
        set_moment(qtbot, dialog.starts_at, start)  # type: ignore[attr-defined]
        length = dialog.length  # type: ignore[attr-defined]
        length.setFocus()
        length.selectAll()
        qtbot.keyClicks(length, str(minutes))
        assert length.value() == minutes

    return fill


def text_answer(qtbot: QtBot, text: str) -> Callable[[QWidget], None]:
    """Type ``text`` into a dialog's one text field (a decision, say)."""

    def fill(dialog: QWidget) -> None:
        type_into(qtbot, dialog.text, text)  # type: ignore[attr-defined]

    return fill


def action_answer(
    qtbot: QtBot,
    title: str | None = None,
    *,
    owner: str | None = None,
    due: str | None = None,
    status: str | None = None,
    goals: tuple[int, ...] = (),
) -> Callable[[QWidget], None]:
    """Fill the action form: what, who (by the start of the name), by when, the status and goals ticked."""

    def fill(dialog: QWidget) -> None:
        if title is not None:
            type_into(qtbot, dialog.title, title)  # type: ignore[attr-defined]
        if owner is not None:
            choose(qtbot, dialog.owner, owner)  # type: ignore[attr-defined]
        if due is not None:
            type_into(qtbot, dialog.due, due)  # type: ignore[attr-defined]
        if status is not None:
            choose(qtbot, dialog.status, status)  # type: ignore[attr-defined]
        for number in goals:
            press(qtbot, dialog.goals[number])  # type: ignore[attr-defined]

    return fill


def update_answer(
    qtbot: QtBot, text: str, *, status: str | None = None, author: str | None = None, on: str | None = None
) -> Callable[[QWidget], None]:
    """Fill the progress update form: what was said, by whom, on which day, the status it moves to."""

    def fill(dialog: QWidget) -> None:
        type_into(qtbot, dialog.text, text)  # type: ignore[attr-defined]
        if on is not None:
            type_into(qtbot, dialog.on, on)  # type: ignore[attr-defined]
        if author is not None:
            choose(qtbot, dialog.author, author)  # type: ignore[attr-defined]
        if status is not None:
            choose(qtbot, dialog.status, status)  # type: ignore[attr-defined]

    return fill


def open_window(qtbot: QtBot, database: Database) -> MainWindow:
    """PactDesk's main window on ``database``, shown and made the active window (shortcuts and focus-out need it)."""
    from pactdesk.gui import app as gui_app
    from pactdesk.gui.main_window import MainWindow

    shown = MainWindow(database, gui_app.settings())
    qtbot.addWidget(shown)
    shown.show()
    activate(qtbot, shown)
    return shown
