"""Light and dark: PactDesk follows the system's colour scheme, and the user can pick one instead (View → Theme).

Qt follows the system by itself where the platform tells it the scheme (Windows, macOS, GNOME and KDE through
their portals). Where the platform reports a dark scheme but its style keeps light colours, and whenever the user
asks for a scheme, PactDesk sets a palette of its own on the Fusion style. Nothing in the window hard-codes a colour
except the red of error messages, which ``error_colour`` picks to stay readable on either background, and the
dashboard's bars (gui/follow_up/dashboard_charts.py).

Whatever the palette, ``readable`` makes its text colours reach the contrast EN 301 549 asks (9.1.4.3, as WCAG 2.1:
4.5:1 for text): it changes only a colour that falls short, the least it must. Fusion's own light palette, for one,
draws a selected row's white text on a blue of 3.7:1, and the grey of disabled text at 1.6:1; disabled fields are
read here (an approved meeting's details are shown in them, locked), so their text must read as well as any.
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


TEXT_CONTRAST = 4.5  # text of a normal size (EN 301 549 9.1.4.3)
GRAPHIC_CONTRAST = 3.0  # large text, the parts of a control, what shows the keyboard's focus (9.1.4.11)

_Role = QPalette.ColorRole
# Each colour text is drawn in, and the colours it is drawn on.
_TEXT_ON = {
    _Role.WindowText: (_Role.Window,),
    _Role.Text: (_Role.Base, _Role.AlternateBase),
    _Role.ButtonText: (_Role.Button,),
    _Role.PlaceholderText: (_Role.Base,),
    _Role.ToolTipText: (_Role.ToolTipBase,),
    _Role.Link: (_Role.Base, _Role.Window),
    _Role.LinkVisited: (_Role.Base, _Role.Window),
}
_GROUPS = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def luminance(colour: QColor) -> float:
    """The relative luminance of an opaque colour (WCAG 2.1)."""

    def linear(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF())


def seen_on(colour: QColor, ground: QColor) -> QColor:
    """``colour`` as it shows drawn over ``ground``: a translucent one (Qt's placeholder text) is mixed with it."""
    share = colour.alphaF()
    return QColor.fromRgbF(
        *(
            share * mine + (1 - share) * under
            for mine, under in zip(colour.getRgbF()[:3], ground.getRgbF()[:3], strict=True)
        )
    )


def contrast(colour: QColor, ground: QColor) -> float:
    """The WCAG contrast ratio (1 to 21) of ``colour`` drawn on ``ground``."""
    light, dark = sorted((luminance(seen_on(colour, ground)), luminance(ground)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable_on(colour: QColor, grounds: list[QColor], least: float = TEXT_CONTRAST) -> QColor:
    """``colour`` if it reaches ``least`` on each of ``grounds``; else the mix of it with black or with white that
    does with the least change (it keeps its hue as far as it can)."""
    if min(contrast(colour, ground) for ground in grounds) >= least:
        return colour
    solid = seen_on(colour, grounds[0])
    found: list[tuple[int, QColor]] = []
    for end in (QColor("#000000"), QColor("#ffffff")):
        for step in range(1, 101):
            share = step / 100
            mixed = QColor.fromRgbF(
                *(
                    (1 - share) * mine + share * far
                    for mine, far in zip(solid.getRgbF()[:3], end.getRgbF()[:3], strict=True)
                )
            )
            if min(contrast(mixed, ground) for ground in grounds) >= least:
                found.append((step, mixed))
                break
    return min(found, key=lambda pair: pair[0])[1] if found else solid


def readable(palette: QPalette) -> QPalette:
    """``palette`` with each text colour at ``TEXT_CONTRAST`` or more on the colours it is drawn on, in every state
    (active, inactive, disabled); and the highlight of a selected row dark or light enough for its text."""
    palette = QPalette(palette)
    for group in _GROUPS:
        highlight = palette.color(group, _Role.Highlight)
        text = palette.color(group, _Role.HighlightedText)
        if contrast(text, highlight) < TEXT_CONTRAST:
            palette.setColor(group, _Role.Highlight, readable_on(highlight, [text]))
        for role, grounds in _TEXT_ON.items():
            colour = palette.color(group, role)
            better = readable_on(colour, [palette.color(group, ground) for ground in grounds])
            if better != colour:
                palette.setColor(group, role, better)
    return palette


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
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#adadad"))  # 4.7:1 on a button, still dimmer
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
        self._app.setPalette(readable(palette))


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
