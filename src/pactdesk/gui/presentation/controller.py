"""Presenting a meeting in the room: the wall on a screen of its own, the presenter panel beside the editor, and
between them the state of the presentation (current item, view, blank, full screen, screen, item times). The state
lives here, not in the windows, so moving the wall to another screen loses none of it.

The wall follows the meeting as the secretary edits it: every edit goes through the window's undo stack, so a
change of the stack (debounced) reads the meeting again; a slow timer reads it too, in case something else wrote.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QScreen

from pactdesk.domain.errors import NotFoundError, PactDeskError
from pactdesk.gui.presentation.audience_window import AudienceWindow
from pactdesk.gui.presentation.pages import WARNING, WallPages
from pactdesk.gui.presentation.presenter_panel import PresenterPanel
from pactdesk.gui.presentation.state import (
    Command,
    ItemClock,
    Overrun,
    Position,
    View,
    choose_screen,
    duration_text,
    step,
)
from pactdesk.services import dashboard, room
from pactdesk.services.dashboard import Dashboard
from pactdesk.services.room import MeetingRoom

if TYPE_CHECKING:
    from pactdesk.gui.common.host import Host

logger = logging.getLogger(__name__)

RELOAD_DELAY_MS = 150  # after the last edit: typing is not slowed by a read per key
SAFETY_RELOAD_MS = 5000
TICK_MS = 1000
WINDOWED_SHARE = 0.6  # of the screen, for the wall when it is not full screen


class Presentation(QObject):
    """One meeting presented. ``start`` shows the wall and the panel; ``stop`` (Esc, the Stop button, closing the
    wall) takes both away and leaves the window as it was. Construction reads the meeting: ``NotFoundError``
    when there is none."""

    stopped = Signal()

    def __init__(
        self,
        window: Host,
        ref: str,
        *,
        monotonic: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], datetime] = datetime.now,
        clock: ItemClock | None = None,
    ) -> None:
        found = room.meeting_room(window.database, ref)  # first: a meeting that is not there leaves nothing behind
        super().__init__(window.window_widget())
        self._window = window
        self._database = window.database
        self.room: MeetingRoom = found
        self.ref = self.room.ref
        self.board: Dashboard | None = None
        self._board_stale = True
        self.view = View.AGENDA
        self.current_id: int | None = None
        self._last_index: int | None = None
        self.blank = False
        self.full_screen = True
        self.screen_number: int | None = None  # chosen by the secretary; None: the best screen, as screens come and go
        self._screen: QScreen | None = None
        self.clock = clock or ItemClock(monotonic)  # the window keeps it: a stop and a restart lose no time
        self._wall_clock = wall_clock
        self._minute = ""
        self._active = False
        self.pages = WallPages(self)
        self.audience = AudienceWindow()
        self.audience.command.connect(self.run)
        self.panel = PresenterPanel(window.window_widget(), self.audience)
        self.panel.command.connect(self.run)
        self.panel.screen_wanted.connect(self.move_to_screen)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self.reload)
        self._safety_timer = QTimer(self)
        self._safety_timer.setInterval(SAFETY_RELOAD_MS)
        self._safety_timer.timeout.connect(self.reload)
        self._tick_timer = QTimer(self)
        self._tick_timer.setInterval(TICK_MS)
        self._tick_timer.timeout.connect(self._tick)
        window.undo_stack.indexChanged.connect(self._edited)
        window.undo_stack.cleanChanged.connect(self._edited)
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.screenAdded.connect(self.screen_added)
        app.screenRemoved.connect(self.screen_removed)

    # -- starting and stopping --------------------------------------------------------------------------------

    @property
    def active(self) -> bool:
        return self._active

    def start(self, wanted_screen: int | None = None) -> str:
        """Show the wall, on screen ``wanted_screen`` (1-based) if there is one, else on the best screen; and the
        panel. Returns a sentence for the secretary when the wanted screen is not there, else ``""``."""
        self._active = True
        chosen = self._window.current_agenda_item_id(self.ref)
        index = self.room.index_of(chosen)
        self._go_to(index if index is not None else (0 if self.room.items else None), View.AGENDA, select=False)
        item = self.room.item(self.current_id)
        if item is not None:  # the secretary writes the minutes of the item the room is on
            self._window.select_agenda_item(self.ref, item.id, show_agenda=True)
        self._window.dock(self.panel)
        self.panel.show_meeting(self.tr("Presenting {0} · {1}").format(self.ref, self.room.title))
        self.panel.show()
        note = ""
        choice = choose_screen(QGuiApplication.screens(), wanted_screen, self._window.screen())
        if choice is not None:
            if wanted_screen is not None and not choice.fell_back:
                self.screen_number = choice.number
            if choice.fell_back:
                note = self.tr("There is no screen {0}: the wall is on screen {1}.").format(
                    wanted_screen, choice.number
                )
            self._place(choice.screen)
        self._render()
        self._safety_timer.start()
        self._tick_timer.start()
        return note

    def stop(self) -> None:
        if not self._active:
            return
        self._active = False
        self.clock.switch_to(None)  # the current item's time pauses until presenting starts again
        for timer in (self._reload_timer, self._safety_timer, self._tick_timer):
            timer.stop()
        self.audience.close_for_good()
        self.audience.deleteLater()
        self.panel.hide()
        self._window.undock(self.panel)
        self.panel.deleteLater()
        self.stopped.emit()

    def raise_(self) -> None:
        self.audience.raise_()
        self.panel.show()
        self.panel.raise_()

    # -- commands: keys, clicks and the panel's buttons -------------------------------------------------------

    def run(self, command: Command) -> None:
        if not self._active:
            return
        if command is Command.NEXT:
            self.move(+1)
        elif command is Command.PREVIOUS:
            self.move(-1)
        elif command is Command.BLANK:
            self.set_blank(not self.blank)
        elif command is Command.FULL_SCREEN:
            self.set_full_screen(not self.full_screen)
        elif command is Command.STOP:
            self.stop()
        elif command.view is not None:
            self.show_view(command.view)

    @property
    def index(self) -> int | None:
        """The place of the current item in the agenda."""
        return self.room.index_of(self.current_id)

    def move(self, by: int) -> None:
        """Next (``by=+1``) or Previous (``-1``); see ``presentation_state.step``."""
        arising = tuple(number for number, item in enumerate(self.room.items) if item.matters_arising)
        went = step(Position(self.view, self.index), len(self.room.items), by, arising_items=arising)
        self._go_to(went.index, went.view)

    def show_view(self, view: View) -> None:
        self.view = view
        self._render()

    def set_blank(self, blank: bool) -> None:
        self.blank = blank
        self.audience.set_blank(blank)
        self._show_panel()

    def set_full_screen(self, full_screen: bool) -> None:
        self.full_screen = full_screen
        screen = self._screen if self._screen in QGuiApplication.screens() else self.audience.screen()
        self._place(screen)

    def move_to_screen(self, number: int) -> None:
        """The wall on screen ``number`` (1-based), chosen by the secretary."""
        choice = choose_screen(QGuiApplication.screens(), number, self._window.screen())
        if choice is None:
            return
        self.screen_number = None if choice.fell_back else choice.number
        self._place(choice.screen)

    def _go_to(self, index: int | None, view: View, *, select: bool = True) -> None:
        item = self.room.items[index] if index is not None and 0 <= index < len(self.room.items) else None
        self.current_id = item.id if item is not None else None
        self._last_index = index if item is not None else None
        self.view = view
        self.clock.switch_to(self.current_id)
        self._render()
        if select and item is not None:
            # The secretary writes the minutes of the item the room is on; the editor saves the one it leaves.
            self._window.select_agenda_item(self.ref, item.id)

    # -- the screens ------------------------------------------------------------------------------------------

    @property
    def screen(self) -> QScreen | None:
        return self._screen

    def _place(self, screen: QScreen) -> None:
        self._screen = screen
        wall = self.audience
        if wall.isFullScreen():
            wall.showNormal()  # some systems move a full-screen window only once it is a window again
        # On a screen of its own the wall must not take the keyboard from the editor; on the secretary's screen
        # it comes to the front, as the thing being looked at.
        own_screen = screen is not self._window.screen()
        wall.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, own_screen)
        wall.setScreen(screen)
        if self.full_screen:
            wall.setGeometry(screen.geometry())
            wall.showFullScreen()
        else:
            area = screen.availableGeometry()
            size = QSize(int(area.width() * WINDOWED_SHARE), int(area.height() * WINDOWED_SHARE))
            frame = QRect(area.topLeft(), size)
            frame.moveCenter(area.center())
            wall.setGeometry(frame)
            wall.showNormal()
        wall.raise_()
        if not own_screen:
            wall.activateWindow()
        self._show_panel()

    def screen_removed(self, screen: QScreen) -> None:
        """A screen was unplugged: if the wall was on it, it goes to the best screen left, as it was."""
        if not self._active:
            return
        remaining = [other for other in QGuiApplication.screens() if other is not screen]
        if self._screen is not screen and self._screen in remaining:
            self._show_panel()
            return
        main = self._window.screen()
        choice = choose_screen(remaining, None, main if main is not screen else None)
        if choice is None:
            return
        self.screen_number = None
        self._place(choice.screen)
        self._window.show_message(
            self.tr("The wall's screen was disconnected: the wall is now on screen {0}.").format(choice.number), 10_000
        )

    def screen_added(self, screen: QScreen) -> None:
        """A screen was plugged in: a wall sharing the secretary's screen (and not put there on purpose) moves to
        it."""
        if not self._active:
            return
        main = self._window.screen()
        if self.screen_number is None and self._screen is main and screen is not main:
            screens = QGuiApplication.screens()
            self._place(screen)
            self._window.show_message(
                self.tr("The wall moved to the new screen {0}.").format(screens.index(screen) + 1), 10_000
            )
        else:
            self._show_panel()

    # -- following the meeting --------------------------------------------------------------------------------

    def _edited(self, *_: object) -> None:
        if self._active:
            self._reload_timer.start()

    def reload(self) -> None:
        """Read the meeting again and show it; the current item stays current (or, removed, its place does)."""
        if not self._active:
            return
        try:
            found = room.meeting_room(self._database, self.ref)
        except NotFoundError:
            self._window.show_message(
                self.tr("Meeting {0} is no longer there: presenting stopped.").format(self.ref), 10_000
            )
            self.stop()
            return
        except PactDeskError as error:  # a busy or unreadable file: the next change or timer tries again
            logger.warning("the wall could not read %s: %s", self.ref, error)
            return
        self.room = found
        self._board_stale = True
        if found.item(self.current_id) is None and found.items:
            place = min(self._last_index or 0, len(found.items) - 1)
            self._go_to(place, self.view, select=False)
            return
        self._last_index = self.index
        self._render()

    def _read_board(self) -> None:
        if not self._board_stale and self.board is not None:
            return
        try:
            self.board = dashboard.dashboard(self._database, self.room.cluster.code, today=date.today())
            self._board_stale = False
        except PactDeskError as error:
            logger.warning("the wall could not read the dashboard of %s: %s", self.room.cluster.code, error)

    def _render(self) -> None:
        if self.view is View.DASHBOARD:
            self._read_board()
        now = self._wall_clock()
        self._minute = now.strftime("%H:%M")
        self.audience.show_page(self.pages.page(self.view, self.room, self.index, now, self.board))
        self.audience.set_blank(self.blank)
        self._show_panel()

    def _tick(self) -> None:
        if self._wall_clock().strftime("%H:%M") != self._minute:
            self._render()  # the clock in the wall's corner
        else:
            self._show_times()

    # -- the panel --------------------------------------------------------------------------------------------

    def _view_name(self, view: View) -> str:
        return {
            View.AGENDA: self.tr("the agenda"),
            View.ITEM: self.tr("the current item"),
            View.ARISING: self.tr("the matters arising"),
            View.DASHBOARD: self.tr("the cluster's outputs and actions"),
        }[view]

    def _show_panel(self) -> None:
        if not self._active:
            return
        items, index = self.room.items, self.index
        if index is None:
            self.panel.show_items(self.tr("No agenda item"), "")
        else:
            item = items[index]
            following = items[index + 1] if index + 1 < len(items) else None
            self.panel.show_items(
                f"{item.number}. {item.title}",
                f"{following.number}. {following.title}" if following else self.tr("(this is the last item)"),
            )
        screens = QGuiApplication.screens()
        number = screens.index(self._screen) + 1 if self._screen in screens else 1
        name = self._screen.name() if self._screen is not None else ""
        where = self.tr("screen {0} ({1})").format(number, name) if name else self.tr("screen {0}").format(number)
        if self.blank:
            state = self.tr("The wall is blank (B to show {0}) · {1}").format(self._view_name(self.view), where)
        else:
            state = self.tr("The wall shows {0} · {1}").format(self._view_name(self.view), where)
        state += " · " + (self.tr("full screen") if self.full_screen else self.tr("in a window"))
        self.panel.show_wall(self.view, self.blank, self.full_screen, number, state)
        self._show_times()

    def _show_times(self) -> None:
        if not self._active:
            return
        now = self._wall_clock()
        self.panel.show_clock(
            self.tr("{0} · presenting for {1}").format(
                now.strftime("%H:%M"), duration_text(self.clock.meeting_elapsed())
            )
        )
        item = self.room.item(self.current_id)
        if item is None:
            self.panel.show_time("", "")
            return
        spent = Overrun(int(self.clock.elapsed(item.id)), item.planned_minutes)
        if item.planned_minutes:
            elapsed = self.tr("{0} of {1} min planned").format(spent.clock, item.planned_minutes)
        else:
            elapsed = self.tr("{0} (no time planned)").format(spent.clock)
        over = self.tr("{0} +{1} min over").format(WARNING, spent.over_minutes) if spent.over_minutes else ""
        self.panel.show_time(elapsed, over)
