"""Every setting the window keeps, declared once: its key, its type and its default. No other module names a key.

Settings live in an INI file in the user's settings folder (``pactdesk.config.settings_file``); a value of the
wrong type there (edited by hand, or left by another version) reads as the default.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QLocale, QSettings

from pactdesk.exchange.pdf.words import LANGUAGES, language_of
from pactdesk.gui.common.theme import Theme

T = TypeVar("T", str, QByteArray)


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One setting; with ``allowed``, read back as one of those values only."""

    key: str
    kind: type[T]
    default: Callable[[], T]
    allowed: tuple[str, ...] = ()

    def read(self, settings: QSettings) -> T:
        value = settings.value(self.key)
        if not isinstance(value, self.kind) or (self.allowed and value not in self.allowed):
            return self.default()
        return cast(T, value)

    def write(self, settings: QSettings, value: T) -> None:
        if not isinstance(value, self.kind) or (self.allowed and value not in self.allowed):
            raise ValueError(f"{self.key} is one of {self.allowed or self.kind.__name__}, not {value!r}")
        settings.setValue(self.key, value)


def _text(default: str = "") -> Callable[[], str]:
    return lambda: default


# The window: its place and size, how its panes are split, and what it showed when it was closed.
GEOMETRY = Setting("main_window/geometry", QByteArray, QByteArray)
SPLITTER = Setting("main_window/splitter", QByteArray, QByteArray)
CLUSTER = Setting("main_window/cluster", str, _text())  # a cluster's code
MEETING = Setting("main_window/meeting", str, _text())  # a meeting's reference
PAGE = Setting("main_window/page", str, _text("meetings"))  # the page's name (MainWindow.current_page)

# Edit → Your name…: who a laptop's file says changed what (empty: the name the operating system knows).
AUTHOR = Setting("people/author", str, _text())

# View → Theme.
THEME = Setting("appearance/theme", str, _text(Theme.SYSTEM.value), tuple(theme.value for theme in Theme))

# The language of the PDFs made in the window (not of the window itself): the system's until one is chosen.
DOCUMENT_LANGUAGE = Setting("documents/language", str, lambda: language_of(QLocale.system().name()), LANGUAGES)

# The folder of the last file saved or opened, per kind of file.
DOCUMENTS_FOLDER = Setting("documents/folder", str, _text())
WORKBOOK_FOLDER = Setting("workbook/folder", str, _text())
ATTACHMENTS_FOLDER = Setting("attachments/folder", str, _text())

# The meeting's Attachments tab, Size limit: the largest file attached from this laptop, in megabytes. The default
# and the most are services/attachments.py's DEFAULT_LIMIT and MAX_LIMIT (not imported: the window starts without
# the database layer).
ATTACHMENT_LIMIT_MB = 100
ATTACHMENT_LIMIT_MOST_MB = 500
ATTACHMENT_LIMIT = Setting(
    "attachments/size_limit_mb",
    str,
    _text(str(ATTACHMENT_LIMIT_MB)),
    tuple(str(megabytes) for megabytes in range(1, ATTACHMENT_LIMIT_MOST_MB + 1)),
)

ALL: tuple[Setting[str] | Setting[QByteArray], ...] = (
    GEOMETRY,
    SPLITTER,
    CLUSTER,
    MEETING,
    PAGE,
    THEME,
    DOCUMENT_LANGUAGE,
    DOCUMENTS_FOLDER,
    WORKBOOK_FOLDER,
    ATTACHMENTS_FOLDER,
    ATTACHMENT_LIMIT,
)
