"""View → Theme: the system's scheme by default, or light or dark by choice, remembered; errors stay readable."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pactdesk.gui import app as gui_app
from pactdesk.gui.common.theme import Theme, error_colour, is_dark
from pactdesk.gui.main_window import MainWindow
from pactdesk.store.database import Database


def _contrast(one: QColor, other: QColor) -> float:
    """The WCAG contrast ratio of two colours."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())

    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _window(qtbot: QtBot, database: Database) -> MainWindow:
    window = MainWindow(database, gui_app.settings())
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_chosen_theme_is_applied_remembered_and_can_go_back_to_the_system(qtbot: QtBot, database: Database) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = _window(qtbot, database)
    assert window.theme_actions[Theme.SYSTEM].isChecked()
    system = app.palette().color(QPalette.ColorRole.Window)

    window.theme_actions[Theme.DARK].trigger()
    assert is_dark(app.palette())
    assert gui_app.settings().value("appearance/theme") == "dark"
    window.close()

    again = _window(qtbot, database)
    assert again.theme_actions[Theme.DARK].isChecked() and is_dark(app.palette()), "remembered in a new window"
    again.theme_actions[Theme.LIGHT].trigger()
    assert not is_dark(app.palette())
    again.theme_actions[Theme.SYSTEM].trigger()
    assert app.palette().color(QPalette.ColorRole.Window) == system


def test_error_messages_are_readable_on_light_and_dark(qtbot: QtBot, database: Database) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = _window(qtbot, database)
    label = window.filter  # any widget will do to read the palette the window paints with
    for theme in (Theme.LIGHT, Theme.DARK):
        window.set_theme(theme)
        QApplication.processEvents()
        background = label.palette().color(QPalette.ColorRole.Window)
        assert _contrast(error_colour(app.palette()), background) >= 4.5, theme
    window.set_theme(Theme.SYSTEM)


def test_a_field_error_follows_a_change_of_theme(qtbot: QtBot, database: Database) -> None:
    from pactdesk.gui.common.theme import ErrorLabel

    window = _window(qtbot, database)
    error = ErrorLabel()
    qtbot.addWidget(error)
    window.set_theme(Theme.LIGHT)
    light = error.palette().color(QPalette.ColorRole.WindowText)
    window.set_theme(Theme.DARK)
    QApplication.processEvents()
    dark = error.palette().color(QPalette.ColorRole.WindowText)
    assert light != dark and dark == error_colour(QApplication.palette())
    window.set_theme(Theme.SYSTEM)
