"""View → Theme: follow the system (the default), light or dark; remembered, and applied to every window at once."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu

from pactdesk.gui.common import settings as setting
from pactdesk.gui.common.theme import Theme, ThemeKeeper


class ThemeMenu(QObject):
    """The three choices in ``menu``; the one remembered is applied at once."""

    def __init__(self, menu: QMenu, settings: QSettings) -> None:
        super().__init__(menu)
        self._settings = settings
        chosen = Theme.parse(setting.THEME.read(settings))
        group = QActionGroup(self)
        self.actions: dict[Theme, QAction] = {}
        for theme, text in (
            (Theme.SYSTEM, self.tr("Follow the &system")),
            (Theme.LIGHT, self.tr("&Light")),
            (Theme.DARK, self.tr("&Dark")),
        ):
            action = QAction(text, menu, checkable=True)
            action.setChecked(theme is chosen)
            action.triggered.connect(lambda _=False, theme=theme: self.choose(theme))
            group.addAction(action)
            menu.addAction(action)
            self.actions[theme] = action
        self.choose(chosen, remember=False)

    def choose(self, theme: Theme, *, remember: bool = True) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            keeper = app.findChild(ThemeKeeper) or ThemeKeeper(app)
            keeper.apply(theme)
        self.actions[theme].setChecked(True)
        if remember:
            setting.THEME.write(self._settings, theme.value)
