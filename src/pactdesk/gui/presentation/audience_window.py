"""The window on the meeting room's wall: one page in large type, light on near-black, that a clicker drives."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QFont,
    QFontDatabase,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import QApplication, QWidget

from pactdesk import config
from pactdesk.gui.presentation.layout import BACKGROUND, Placed, Role, WallFonts, WallPage, lay_out, placed_text
from pactdesk.gui.presentation.state import Command

logger = logging.getLogger(__name__)

BLANK = "#000000"
_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
# What presentation clickers send (Page Up/Down, arrows, B or "." to blank, Esc) and what a keyboard adds.
_KEYS = {
    Qt.Key.Key_Right: Command.NEXT,
    Qt.Key.Key_PageDown: Command.NEXT,
    Qt.Key.Key_Left: Command.PREVIOUS,
    Qt.Key.Key_PageUp: Command.PREVIOUS,
    Qt.Key.Key_B: Command.BLANK,
    Qt.Key.Key_Period: Command.BLANK,
    Qt.Key.Key_F: Command.FULL_SCREEN,
    Qt.Key.Key_Escape: Command.STOP,
    Qt.Key.Key_1: Command.AGENDA,
    Qt.Key.Key_2: Command.ITEM,
    Qt.Key.Key_3: Command.ARISING,
    Qt.Key.Key_4: Command.DASHBOARD,
}
# Only on the wall, where no button or field needs them.
_WALL_KEYS = {
    Qt.Key.Key_Space: Command.NEXT,
    Qt.Key.Key_Down: Command.NEXT,
    Qt.Key.Key_Up: Command.PREVIOUS,
    Qt.Key.Key_Backspace: Command.PREVIOUS,
}
_BY_CODE = {int(key.value): command for key, command in _KEYS.items()}
_WALL_BY_CODE = {**_BY_CODE, **{int(key.value): command for key, command in _WALL_KEYS.items()}}

_family: str | None = None


def command_for_key(event: QKeyEvent, *, wall: bool) -> Command | None:
    """The command a key stands for on the wall (``wall``) or on the presenter panel; ``None`` for other keys."""
    if event.modifiers() & _MODIFIERS:
        return None
    return (_WALL_BY_CODE if wall else _BY_CODE).get(int(event.key()))


def wall_font_family() -> str:
    """Noto Sans, shipped with PactDesk for the PDF documents, so the wall looks the same on every computer;
    the system's font if it cannot be loaded."""
    global _family
    if _family is None:
        folder = config.resource_dir("resources") / "fonts"
        families: list[str] = []
        for name in ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"):
            loaded = QFontDatabase.addApplicationFont(str(folder / name))
            if loaded >= 0:
                families += QFontDatabase.applicationFontFamilies(loaded)
        _family = families[0] if families else QApplication.font().family()
        if not families:
            logger.info("Noto Sans not loaded from %s; the wall uses %s", folder, _family)
    return _family


def paint_wall(
    painter: QPainter, placed: Sequence[Placed], fonts: WallFonts, size: QSize, blank: bool
) -> list[tuple[Placed, QRectF]]:
    """Paint the wall; returns each piece of text with the rectangle its line took, as Qt drew it."""
    painter.fillRect(QRectF(0, 0, size.width(), size.height()), QColor(BLANK if blank else BACKGROUND))
    if blank:
        return []
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    radius = fonts.pixels(Role.BODY) * 0.25
    device = painter.device()
    drawn: list[tuple[Placed, QRectF]] = []
    for part in placed:
        if part.fill:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(part.fill))
            painter.drawRoundedRect(part.rect, radius, radius)
            continue
        painter.setFont(fonts.font_on(device, part.role, part.bold))
        painter.setPen(QColor(part.tone.value))
        flags = part.align | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine
        drawn.append((part, painter.drawText(part.rect, int(flags.value), part.text)))
    return drawn


class AudienceWindow(QWidget):
    """The wall. It shows what ``show_page`` gives it, or black when blanked, and turns keys and clicks into
    ``command``s; the presentation decides what they do. Closing it from the system (Alt+F4) asks to stop."""

    command = Signal(object)  # Command
    laid_out = Signal()  # a new page or size was laid out: a preview repaints

    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("audienceWindow")
        self.setWindowTitle(self.tr("PactDesk — meeting room"))
        self.setAccessibleName(self.tr("Meeting room screen"))
        # The wall must never keep PactDesk running once the main window has closed.
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(320, 180)
        self._page = WallPage(title="")
        self._blank = False
        self._fonts = WallFonts(wall_font_family(), max(self.height(), 1), float(self.logicalDpiY()))
        self._placed: list[Placed] = []
        self._closing = False

    # -- what it shows ----------------------------------------------------------------------------------------

    @property
    def page(self) -> WallPage:
        return self._page

    @property
    def blank(self) -> bool:
        return self._blank

    @property
    def fonts(self) -> WallFonts:
        return self._fonts

    @property
    def placed(self) -> list[Placed]:
        return self._placed

    def body_font(self) -> QFont:
        return self._fonts.font(Role.BODY)

    def show_page(self, page: WallPage) -> None:
        if page == self._page and self._placed:
            return
        self._page = page
        self._lay_out()

    def set_blank(self, blank: bool) -> None:
        if blank != self._blank:
            self._blank = blank
            self.setAccessibleDescription("" if blank else placed_text(self._placed))
            self.update()
            self.laid_out.emit()

    def shown_text(self) -> str:
        """Every piece of text on the wall now, a line each (nothing when blank)."""
        return "" if self._blank else placed_text(self._placed)

    def _lay_out(self) -> None:
        height, dpi = max(self.height(), 1), float(self.logicalDpiY())
        if (self._fonts.height, self._fonts.dpi) != (height, dpi):
            self._fonts = WallFonts(self._fonts.family, height, dpi)
        self._placed = lay_out(self._page, self.width(), height, self._fonts)
        self.setAccessibleDescription("" if self._blank else placed_text(self._placed))
        self.update()
        self.laid_out.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._lay_out()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.ScreenChangeInternal:
            # On a screen of another resolution the same text takes other room, even when the size is the same.
            self._lay_out()
        return handled

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_wall(painter, self._placed, self._fonts, self.size(), self._blank)
        painter.end()

    # -- clicker, keys and mouse ------------------------------------------------------------------------------

    # No event.accept() here: events come accepted, and in PySide6 6.12 on Python 3.11 each accept(), ignore() or
    # setAccepted() call drops a reference to None, which after enough clicks crashes the interpreter. (The
    # window's own shortcuts are window-wide, so none of them can take the wall's keys.)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        command = command_for_key(event, wall=True)
        if command is None:
            super().keyPressEvent(event)
            return
        self.command.emit(command)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.command.emit(Command.NEXT)
        elif event.button() == Qt.MouseButton.RightButton:
            self.command.emit(Command.PREVIOUS)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.WindowStateChange:
            # No pointer over the audience's text while the wall is full screen; back as soon as it is a window.
            if self.isFullScreen():
                self.setCursor(Qt.CursorShape.BlankCursor)
            else:
                self.unsetCursor()
        super().changeEvent(event)

    def close_for_good(self) -> None:
        """Close because the presentation stopped (not a request to stop it)."""
        self._closing = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing:
            self.command.emit(Command.STOP)
