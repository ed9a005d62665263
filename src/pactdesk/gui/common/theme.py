"""Light and dark: PactDesk follows the system's colour scheme, and the user can pick one instead (View → Theme).

Qt follows the system by itself where the platform tells it the scheme (Windows, macOS, GNOME and KDE through
their portals). Where the platform reports a dark scheme but its style keeps light colours, and whenever the user
asks for a scheme, PactDesk sets a palette of its own on the Fusion style. Nothing in the window hard-codes a colour
except the red of error messages, which ``error_colour`` picks to stay readable on either background.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QStyleFactory, QWidget


class Theme(enum.Enum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"

    @classmethod
    def parse(cls, value: object) -> Theme:
        return next((theme for theme in cls if theme.value == value), cls.SYSTEM)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def dark_palette() -> QPalette:
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#2b2d30",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1e1f22",
        QPalette.ColorRole.AlternateBase: "#26282b",
        QPalette.ColorRole.ToolTipBase: "#3c3f41",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.PlaceholderText: "#8c8c8c",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#3c3f41",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.BrightText: "#ff6b6b",
        QPalette.ColorRole.Highlight: "#2f65ca",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#78a9ff",
        QPalette.ColorRole.LinkVisited: "#b58cff",
        QPalette.ColorRole.Light: "#4a4d50",
        QPalette.ColorRole.Midlight: "#3f4245",
        QPalette.ColorRole.Mid: "#313335",
        QPalette.ColorRole.Dark: "#1b1c1e",
        QPalette.ColorRole.Shadow: "#0f0f10",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return palette


class ThemeKeeper(QObject):
    """Applies the chosen theme to the application, and again whenever the system's scheme changes."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._system_style = app.style().name()
        self._system_palette = QPalette(app.palette())
        self.theme = Theme.SYSTEM
        QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _: self.apply(self.theme))

    def apply(self, theme: Theme) -> None:
        self.theme = theme
        if theme is Theme.SYSTEM:
            system_dark = QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
            if system_dark and not is_dark(self._system_palette):
                self._use("fusion", dark_palette())
            else:
                self._use(self._system_style, self._system_palette)
        elif theme is Theme.DARK:
            self._use("fusion", dark_palette())
        elif is_dark(self._system_palette):
            fusion = QStyleFactory.create("fusion")
            self._use("fusion", fusion.standardPalette())
        else:
            self._use(self._system_style, self._system_palette)

    def _use(self, style: str, palette: QPalette) -> None:
        if self._app.style().name() != style:
            self._app.setStyle(style)
        self._app.setPalette(palette)


def error_colour(palette: QPalette) -> QColor:
    """A red that reads well (contrast 4.5:1 or more) on the palette's window colour."""
    return QColor("#ff8a80") if is_dark(palette) else QColor("#b3261e")


class ErrorLabel(QLabel):
    """A line that explains what was refused, in a red that suits the theme, and follows a change of theme."""

    def __init__(self, parent: QWidget | None = None, *, bold: bool = False) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        if bold:
            font = self.font()
            font.setBold(True)
            self.setFont(font)
        self._recolour()

    def _recolour(self) -> None:
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, error_colour(QApplication.palette()))
        self.setPalette(palette)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self._recolour()
        return super().event(event)
