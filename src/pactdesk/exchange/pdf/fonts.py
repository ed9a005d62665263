"""The fonts embedded in PactDesk's PDFs, and user text made safe for reportlab's paragraph markup.

Noto Sans sets every document (Latin with all its accents, Greek, Cyrillic). A character it lacks is set in the
first fallback that has it: Droid Sans Fallback for Chinese and Japanese, Nanum Gothic for Korean. The fallbacks
are large, so they are read only when a document needs them. See ``resources/fonts/README.md`` for the licences.
"""

from __future__ import annotations

import threading
import unicodedata
from functools import cache
from typing import Any
from weakref import WeakKeyDictionary

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from pactdesk.config import resource_dir

SANS = "PactSans"
BOLD = "PactSans-Bold"
ITALIC = "PactSans-Italic"

_FAMILY = {
    SANS: "NotoSans-Regular.ttf",
    BOLD: "NotoSans-Bold.ttf",
    ITALIC: "NotoSans-Italic.ttf",
    "PactSans-BoldItalic": "NotoSans-BoldItalic.ttf",
}
_FALLBACKS = (("PactHan", "DroidSansFallbackFull.ttf"), ("PactHangul", "NanumGothic.ttf"))

_lock = threading.Lock()
_loaded: dict[str, frozenset[int]] = {}  # font name -> the code points it has


class _Font(TTFont):
    """A TrueType font that remembers how it encoded each string for a document. Minutes repeat the same titles,
    names and dates across thousands of table rows, and reportlab encodes every string character by character in
    Python; a binder spends a fifth of its time there without this."""

    def __init__(self, name: str, file: str) -> None:
        super().__init__(name, file)
        self._encoded: WeakKeyDictionary[Any, dict[str, Any]] = WeakKeyDictionary()

    def splitString(self, text: str, doc: Any, encoding: str = "utf-8") -> Any:
        done = self._encoded.get(doc)
        if done is None:
            done = self._encoded[doc] = {}
        found = done.get(text)
        if found is None:
            found = done[text] = super().splitString(text, doc, encoding)
        return found


def _load(name: str, file: str) -> frozenset[int]:
    with _lock:
        if name not in _loaded:
            font = _Font(name, str(resource_dir("resources") / "fonts" / file))
            pdfmetrics.registerFont(font)
            _loaded[name] = frozenset(font.face.charToGlyph)
        return _loaded[name]


def register() -> None:
    """Make the Noto Sans family known to reportlab (once; cheap after the first call)."""
    if SANS in _loaded:
        return
    for name, file in _FAMILY.items():
        _load(name, file)
    with _lock:
        addMapping(SANS, 0, 0, SANS)
        addMapping(SANS, 1, 0, BOLD)
        addMapping(SANS, 0, 1, ITALIC)
        addMapping(SANS, 1, 1, "PactSans-BoldItalic")


@cache
def font_for(code: int) -> str | None:
    """The fallback font to set a character in, or None for Noto Sans (which also gets what no font has)."""
    register()
    if code in _loaded[SANS] or code < 0x250:
        return None
    for name, file in _FALLBACKS:
        if code in _load(name, file):
            with _lock:  # bold or italic text falls back to the same face
                for bold in (0, 1):
                    for italic in (0, 1):
                        addMapping(name, bold, italic, name)
            return name
    return None


def covered(text: str) -> bool:
    """Whether Noto Sans alone can set ``text``."""
    return all(character < "\u0250" or font_for(ord(character)) is None for character in text)


def clean(text: str) -> str:
    """``text`` without control characters (but keeping line breaks), tabs as spaces, lines ended by ``\\n``."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return "".join(
        character
        for character in text
        if character == "\n" or unicodedata.category(character) not in ("Cc", "Cs", "Co", "Cn")
    )


def markup(text: str, *, lines: bool = False) -> str:
    """``text`` as paragraph markup that shows exactly those characters: ``&``, ``<`` and ``>`` are escaped, so
    ``<b>`` or ``<img src=…>`` typed by a person stay text; characters Noto Sans lacks get their fallback font.
    With ``lines``, line breaks are kept; otherwise they count as spaces."""
    parts: list[str] = []
    run: list[str] = []
    run_font: str | None = None
    for character in clean(text):
        font = font_for(ord(character)) if ord(character) >= 0x250 else None
        if font != run_font and run:
            parts.append(_wrapped("".join(run), run_font, lines))
            run = []
        run_font = font
        run.append(character)
    if run:
        parts.append(_wrapped("".join(run), run_font, lines))
    return "".join(parts)


def _wrapped(text: str, font: str | None, lines: bool) -> str:
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    escaped = escaped.replace("\n", "<br/>") if lines else escaped.replace("\n", " ")
    return escaped if font is None else f'<font face="{font}">{escaped}</font>'


def plain(text: str) -> str:
    """``text`` fit for places that take no markup (bookmarks, the PDF's metadata): one line, no controls."""
    return " ".join(clean(text).split())
