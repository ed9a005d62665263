"""The secretary's presenter panel, docked beside the editor: the current and next item, the item's time against
its plan, the clock, a small copy of the wall, and the controls. A clicker's keys work here as on the wall."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pactdesk.gui.common.theme import ErrorLabel
from pactdesk.gui.presentation.audience_window import AudienceWindow, command_for_key, paint_wall
from pactdesk.gui.presentation.state import Command, View


class WallPreview(QWidget):
    """A small copy of what the wall shows, for a secretary who has the wall behind her."""

    def __init__(self, audience: AudienceWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._audience = audience
        self.setObjectName("wallPreview")
        self.setAccessibleName(self.tr("What the wall shows"))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(170)
        audience.laid_out.connect(self.update)

    def sizeHint(self) -> QSize:
        return QSize(300, 170)

    def paintEvent(self, event: QPaintEvent) -> None:
        wall = self._audience.size()
        if wall.width() <= 0 or wall.height() <= 0:
            return
        scale = min(self.width() / wall.width(), self.height() / wall.height())
        painter = QPainter(self)
        painter.translate((self.width() - wall.width() * scale) / 2, (self.height() - wall.height() * scale) / 2)
        painter.scale(scale, scale)
        paint_wall(painter, self._audience.placed, self._audience.fonts, wall, self._audience.blank)
        painter.end()


class PresenterPanel(QDockWidget):
    """Emits ``command`` for its buttons and for a clicker's keys while it has the focus, and ``screen_wanted``
    (a 1-based screen number) from its Screen menu; the presentation shows its state through the ``show_…``."""

    command = Signal(object)  # Command
    screen_wanted = Signal(int)

    def __init__(self, parent: QMainWindow, audience: AudienceWindow) -> None:
        super().__init__(parent)
        self.setObjectName("presenterPanel")
        self.setWindowTitle(self.tr("Presenter"))
        # Stop is the way out: a closed panel would leave the wall with nothing to drive it.
        self.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        self._screen_number = 1
        body = QWidget()
        body.setObjectName("presenterBody")
        body.setAccessibleName(self.tr("Presenter controls"))  # it takes a click's focus, so it is announced
        self.meeting = QLabel()
        self.meeting.setObjectName("presentedMeeting")
        self.meeting.setWordWrap(True)
        self.now = QLabel()
        self.now.setObjectName("currentItem")
        self.now.setWordWrap(True)
        font = self.now.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.now.setFont(font)
        self.elapsed = QLabel()
        self.elapsed.setObjectName("itemTime")
        self.over = ErrorLabel(bold=True)
        self.over.setObjectName("itemOverTime")
        self.over.hide()
        self.following = QLabel()
        self.following.setObjectName("nextItem")
        self.following.setWordWrap(True)
        self.clock = QLabel()
        self.clock.setObjectName("presenterClock")
        self.wall = QLabel()
        self.wall.setObjectName("wallState")
        self.wall.setWordWrap(True)
        self.preview = WallPreview(audience)

        self.previous_button = self._button(
            self.tr("◀ Previous"), Command.PREVIOUS, self.tr("Previous item (←, Page Up)")
        )
        self.next_button = self._button(self.tr("Next ▶"), Command.NEXT, self.tr("Next item (→, Page Down)"))
        self.view_buttons = {
            View.AGENDA: self._button(self.tr("1 Agenda"), Command.AGENDA, self.tr("Show the agenda (1)")),
            View.ITEM: self._button(self.tr("2 Item"), Command.ITEM, self.tr("Show the current item (2)")),
            View.ARISING: self._button(
                self.tr("3 Matters arising"), Command.ARISING, self.tr("Show the open actions of the cluster (3)")
            ),
            View.DASHBOARD: self._button(
                self.tr("4 Figures"), Command.DASHBOARD, self.tr("Show the cluster's outputs and actions (4)")
            ),
        }
        for button in self.view_buttons.values():
            button.setCheckable(True)  # checked by show_wall, not by a click: one view at a time, as on the wall
        self.blank_button = self._button(self.tr("Blank"), Command.BLANK, self.tr("Black screen, and back (B)"))
        self.blank_button.setCheckable(True)
        self.full_screen_button = self._button(
            self.tr("Full screen"), Command.FULL_SCREEN, self.tr("The wall full screen, or in a window (F)")
        )
        self.full_screen_button.setCheckable(True)
        self.screen_button = QToolButton()
        self.screen_button.setObjectName("screenChoice")
        self.screen_button.setText(self.tr("Screen"))
        self.screen_button.setToolTip(self.tr("The screen the wall is on"))
        self.screen_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.screen_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.screens_menu = QMenu(self.screen_button)
        self.screens_menu.aboutToShow.connect(self._fill_screens)
        self.screen_button.setMenu(self.screens_menu)
        self.stop_button = self._button(self.tr("Stop"), Command.STOP, self.tr("Stop presenting (Esc)"))

        layout = QVBoxLayout(body)
        layout.addWidget(self.meeting)
        layout.addWidget(self._caption(self.tr("Now")))
        layout.addWidget(self.now)
        layout.addWidget(self.elapsed)
        layout.addWidget(self.over)
        layout.addWidget(self._caption(self.tr("Next")))
        layout.addWidget(self.following)
        layout.addWidget(self.clock)
        moves = QHBoxLayout()
        moves.addWidget(self.previous_button)
        moves.addWidget(self.next_button)
        layout.addLayout(moves)
        layout.addWidget(self._caption(self.tr("The wall")))
        layout.addWidget(self.preview)
        layout.addWidget(self.wall)
        views = QGridLayout()
        for number, button in enumerate(self.view_buttons.values()):
            views.addWidget(button, number // 2, number % 2)
        views.setColumnStretch(0, 1)
        views.setColumnStretch(1, 1)
        layout.addLayout(views)
        controls = QGridLayout()
        controls.addWidget(self.blank_button, 0, 0)
        controls.addWidget(self.full_screen_button, 0, 1)
        controls.addWidget(self.screen_button, 1, 0)
        controls.addWidget(self.stop_button, 1, 1)
        self.screen_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        controls.setColumnStretch(0, 1)
        controls.setColumnStretch(1, 1)
        layout.addLayout(controls)
        layout.addStretch()
        self.setWidget(body)
        # The keyboard stays in the editor; clicking the panel's background gives it the clicker's keys. Tab reaches
        # the buttons (a keyboard has no other way to the Screen menu, or to the panel's keys), a click does not.
        body.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.screen_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        for widget in (body, *body.findChildren(QWidget)):
            if not isinstance(widget, QMenu):  # in the Screen menu the arrows choose a screen
                widget.installEventFilter(self)

    def _button(self, text: str, command: Command, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click must not take the keyboard from the minutes
        button.setObjectName(f"present_{command.name.lower()}")
        button.setToolTip(tip)
        button.setAccessibleDescription(tip)
        button.clicked.connect(lambda _=False, command=command: self.command.emit(command))
        return button

    def _caption(self, text: str) -> QLabel:
        caption = QLabel(text)
        font = caption.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        font.setBold(True)
        caption.setFont(font)
        return caption

    # -- keys -------------------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Returning True is enough to take the key; see AudienceWindow on why events are never accept()ed.
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            command = command_for_key(event, wall=False)
            if command is not None:
                self.command.emit(command)
                return True
        return super().eventFilter(watched, event)

    # -- screens ----------------------------------------------------------------------------------------------

    def _fill_screens(self) -> None:
        self.screens_menu.clear()
        group = QActionGroup(self.screens_menu)
        for number, screen in enumerate(QGuiApplication.screens(), start=1):
            size = screen.size()
            text = self.tr("Screen {0}: {1} ({2} × {3})").format(number, screen.name(), size.width(), size.height())
            action = QAction(text, self.screens_menu, checkable=True)
            action.setChecked(number == self._screen_number)
            action.triggered.connect(lambda _=False, number=number: self.screen_wanted.emit(number))
            group.addAction(action)
            self.screens_menu.addAction(action)

    # -- showing the presentation's state ---------------------------------------------------------------------

    def show_meeting(self, text: str) -> None:
        self.meeting.setText(text)

    def show_items(self, now: str, following: str) -> None:
        self.now.setText(now)
        self.following.setText(following)

    def show_time(self, elapsed: str, over: str) -> None:
        self.elapsed.setText(elapsed)
        self.over.setText(over)
        self.over.setVisible(bool(over))

    def show_clock(self, text: str) -> None:
        self.clock.setText(text)

    def show_wall(self, view: View, blank: bool, full_screen: bool, screen_number: int, description: str) -> None:
        self._screen_number = screen_number
        for shown, button in self.view_buttons.items():
            button.setChecked(shown is view)
        self.blank_button.setChecked(blank)
        self.full_screen_button.setChecked(full_screen)
        self.screen_button.setText(self.tr("Screen {0}").format(screen_number))
        self.wall.setText(description)
        self.preview.update()
