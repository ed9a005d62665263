"""The window names every kind and status as the table in domain/enums.py does, in English and, through the .ts
translation, in Portuguese."""

from __future__ import annotations

from PySide6.QtCore import QTranslator

from pactdesk.domain.enums import LABELS
from pactdesk.gui.common.words import word


def test_the_window_names_every_value_in_english() -> None:
    for kind, table in LABELS.items():
        for member in kind:
            assert word(member) == table[member].en


def test_the_window_names_every_value_in_portuguese(portuguese: list[QTranslator]) -> None:
    wrong = [
        f"{kind.__name__}.{member.name}: {word(member)!r}, not {table[member].pt!r}"
        for kind, table in LABELS.items()
        for member in kind
        if word(member) != table[member].pt
    ]
    assert not wrong, (
        "each needs its QT_TRANSLATE_NOOP in gui/common/words.py, `make translations` and the table's Portuguese in "
        f"resources/translations/pactdesk_pt.ts: {wrong}"
    )


def test_no_value_is_an_empty_word() -> None:
    assert word(None) == ""
