"""The language the window shows the catalogue's names in, and a catalogue name chosen in a language.

The catalogue (clusters, organisations, seats, goals, output types) has each name in English and in Portuguese.
Services that build rows for the window read the display language set here (the window sets it once, from its
own language); documents are written in a language they are given and choose each name themselves. Plain Python
only: the window sets the language before SQLAlchemy is loaded.
"""

from __future__ import annotations

from dataclasses import dataclass

LANGUAGES = ("pt", "en")

_display = "en"


def display_language() -> str:
    """``pt`` or ``en``: the language the window shows the catalogue in (English until told otherwise)."""
    return _display


def set_display_language(language: str) -> str:
    """Show the catalogue in ``language``: ``pt`` or ``en``, or a locale name such as ``pt_PT`` or ``en_GB``
    (Portuguese for any ``pt…``, English for anything else). Returns the language chosen."""
    global _display
    _display = "pt" if language.strip().lower().startswith("pt") else "en"
    return _display


def in_language(name: str, name_pt: str, language: str | None = None) -> str:
    """The name in ``language`` (the display language when not given), or the other one when that is empty."""
    first, other = (name_pt, name) if (language or _display) == "pt" else (name, name_pt)
    return first or other


@dataclass(frozen=True)
class Names:
    """A catalogue name in English and in Portuguese; an empty one falls back to the other (a name a user typed
    has only ``name``)."""

    name: str
    name_pt: str = ""

    def in_language(self, language: str | None = None) -> str:
        return in_language(self.name, self.name_pt, language)
