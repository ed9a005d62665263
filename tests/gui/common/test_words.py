"""The window names every kind and status as the table in domain/enums.py does, in English and, through the .ts
translation, in Portuguese."""

from __future__ import annotations

from PySide6.QtCore import QTranslator

from pactdesk.domain.enums import LABELS
from pactdesk.gui.common.words import word
from pactdesk.store.database import Database


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


def test_numbers_and_percentages_follow_the_window_language(qapp: object) -> None:
    from pactdesk.gui.common.words import number, percent

    assert (number(12345), percent(77.78), percent(5), percent(100)) == ("12,345", "77.8%", "5%", "100%")


def test_numbers_and_percentages_in_portuguese(portuguese: object) -> None:
    from pactdesk.gui.common.words import number, percent

    assert number(12345).replace("\u00a0", " ") == "12 345"
    assert (percent(77.78), percent(5)) == ("77,8\u00a0%", "5\u00a0%")


def test_an_outputs_progress_reads_in_the_window_language(portuguese: object, database: Database) -> None:
    """The outputs list, in Portuguese: "40 %" with a no-break space, as the documents write it."""
    from pactdesk.gui.follow_up.output_models import OutputListModel
    from pactdesk.services import outputs

    ref = outputs.create_output(database, "AEC", 5, "Conferência", progress=40)
    model = OutputListModel()
    model.set_rows(outputs.list_outputs(database))
    row = [model.data(model.index(r, OutputListModel.REF)) for r in range(model.rowCount())].index(ref)
    assert model.data(model.index(row, OutputListModel.PROGRESS)) == "40\u00a0%"
