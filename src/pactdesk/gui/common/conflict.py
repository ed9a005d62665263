"""Two people saved the same text: the choice between one's own and theirs, with nothing typed lost meanwhile."""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pactdesk.domain.errors import StaleError
from pactdesk.gui.common.undo import checked_setter, set_field
from pactdesk.gui.common.words import day_label


class Choice(enum.Enum):
    KEEP_MINE = "keep mine"  # saved again, on top of theirs
    TAKE_THEIRS = "take theirs"  # one's own text dropped, theirs shown


def changed_by_line(who: str, when: datetime | None) -> str:
    """“Last changed by Ana Lopes, 10:42” (with the day when it was not today); empty when nobody is known."""
    if not who:
        return ""
    if when is None:
        return QCoreApplication.translate("changes", "Last changed by {0}").format(who)
    if when.date() == datetime.now().date():
        return QCoreApplication.translate("changes", "Last changed by {0}, {1}").format(who, f"{when:%H:%M}")
    return QCoreApplication.translate("changes", "Last changed by {0}, {1} {2}").format(
        who, day_label(when.date()), f"{when:%H:%M}"
    )


class ConflictDialog(QDialog):
    """What to do with one's text when someone else saved the same record meanwhile: keep mine (a new save on top
    of theirs) or take theirs (mine dropped). *See their version* shows theirs beside mine. It waits for one of the
    two (Escape does not close it): until then one's text stays on screen, unsaved, and theirs stays stored."""

    def __init__(
        self, what: str, who: str, when: datetime | None, mine: str, theirs: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Someone else changed this"))
        self.setObjectName("conflictDialog")
        self.choice: Choice | None = None
        moment = self.tr(" at {0}").format(f"{when:%H:%M}") if when else ""
        sentence = QLabel(
            self.tr(
                "{0} was changed by {1}{2} while you were writing. Your text is kept here until you choose: keep "
                "yours (it is saved on top of theirs), or take theirs (yours is dropped)."
            ).format(what, who or self.tr("someone else"), moment)
        )
        sentence.setObjectName("conflictSentence")
        sentence.setWordWrap(True)
        self.mine = self._text(mine, "conflictMine", self.tr("Your text"))
        self.theirs = self._text(theirs, "conflictTheirs", self.tr("Their text"))
        mine_label, theirs_label = QLabel(self.tr("&Yours:")), QLabel(self.tr("&Theirs:"))
        mine_label.setBuddy(self.mine)
        theirs_label.setBuddy(self.theirs)
        self.side_by_side = QWidget()
        texts = QHBoxLayout(self.side_by_side)
        texts.setContentsMargins(0, 0, 0, 0)
        for label, view in ((mine_label, self.mine), (theirs_label, self.theirs)):
            column = QVBoxLayout()
            column.addWidget(label)
            column.addWidget(view)
            texts.addLayout(column)
        self.side_by_side.setVisible(False)

        self.buttons = QDialogButtonBox()
        self.see = QPushButton(self.tr("&See their version"))
        self.see.setObjectName("conflictSee")
        self.see.setCheckable(True)
        self.see.toggled.connect(self._show_texts)
        self.keep = self.buttons.addButton(self.tr("&Keep mine"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep.setObjectName("conflictKeepMine")
        self.take = self.buttons.addButton(self.tr("Take &theirs"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.take.setObjectName("conflictTakeTheirs")
        self.buttons.addButton(self.see, QDialogButtonBox.ButtonRole.ActionRole)
        self.keep.clicked.connect(lambda: self._chosen(Choice.KEEP_MINE))
        self.take.clicked.connect(lambda: self._chosen(Choice.TAKE_THEIRS))

        layout = QVBoxLayout(self)
        layout.addWidget(sentence)
        layout.addWidget(self.side_by_side, 1)
        layout.addWidget(self.buttons)
        self.keep.setDefault(True)
        self.setMinimumWidth(520)

    def _text(self, content: str, name: str, accessible: str) -> QPlainTextEdit:
        view = QPlainTextEdit(content)
        view.setObjectName(name)
        view.setAccessibleName(accessible)
        view.setReadOnly(True)
        view.setTabChangesFocus(True)
        return view

    def _show_texts(self, shown: bool) -> None:
        self.side_by_side.setVisible(shown)
        self.see.setText(self.tr("Hide &their version") if shown else self.tr("&See their version"))
        self.adjustSize()

    def _chosen(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()

    # Escape or the title bar's close decide nothing, so the question stays.

    def reject(self) -> None:
        if self.choice is not None:
            super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.choice is None:
            event.ignore()
            return
        super().closeEvent(event)


def set_checked_field(
    parent: QWidget,
    stack: QUndoStack,
    label: str,
    save: Callable[[Any, Any], Any],
    value: Any,
    seen: Any,
    refresh: Callable[[], None],
    what: str,
    shown: Callable[[Any], str] = lambda value: "" if value is None else str(value),
) -> bool:
    """Save one field, undoably, unless someone else saved it after ``seen`` was shown: then the conflict dialog
    asks (``what`` names the field; ``shown`` writes a value as the form shows it) whether to keep mine, saved on
    top of theirs, or take theirs. ``save(new, expected)`` is the service call. Returns ``False`` when the person
    took theirs: nothing was saved, and the caller shows the record again. Other refusals propagate."""
    while True:
        try:
            set_field(stack, label, checked_setter(save, value, seen), value, refresh)
            return True
        except StaleError as error:
            dialog = ConflictDialog(what, error.changed_by, error.changed_at, shown(value), shown(error.theirs), parent)
            dialog.exec()
            if dialog.choice is not Choice.KEEP_MINE:
                return False
            seen = error.theirs


def edited(shown: Mapping[str, Any], values: Mapping[str, Any]) -> dict[str, Any]:
    """The fields of ``values`` a person changed from those a form ``shown``: only those are saved, so two people who
    change different fields of one record both keep theirs."""
    return {key: value for key, value in values.items() if shown.get(key) != value}


def ok_saves_on_top(error: StaleError) -> str:
    """``error``'s sentence, and what the form's buttons now do: OK saves on top of theirs, Cancel keeps theirs."""
    return QCoreApplication.translate("conflict", "{0} OK saves yours on top of theirs; Cancel keeps theirs.").format(
        error
    )
