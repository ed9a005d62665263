"""The documents name every kind and status in both their languages, with the labels the window shows; they count
in the singular and the plural, and write numbers and percentages as each language does."""

from __future__ import annotations

import re

import pytest

from pactdesk.domain.enums import LABELS, Labelled
from pactdesk.exchange.pdf.words import LANGUAGES, Plural, Words, phrases


@pytest.mark.parametrize("kind", sorted(LABELS, key=lambda kind: kind.__name__), ids=lambda kind: kind.__name__)
def test_the_documents_name_every_value_in_both_languages(kind: type[Labelled]) -> None:
    for member in kind:
        label = LABELS[kind][member]
        assert Words("en").of(member) == label.en
        assert Words("pt").of(member) == label.pt


def test_a_value_not_set_reads_as_a_dash() -> None:
    assert Words("pt").of(None) == Words("en").of(None) == "—"


# -- counted phrases, numbers and percentages ---------------------------------------------------------------------

ANY_NUMBER = re.compile(r"\((s|es|ões|oes)\)", re.IGNORECASE)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_phrase_hedges_its_plural(language: str) -> None:
    """No "action(s)" or "ação(ões)": a counted phrase has a form for one and one for more, chosen by the count."""
    texts = [
        form for phrase in phrases(language).values() for form in (phrase if isinstance(phrase, Plural) else [phrase])
    ]
    texts += [getattr(label, language) for table in LABELS.values() for label in table.values()]
    hedged = [text for text in texts if ANY_NUMBER.search(text)]
    assert hedged == []
    assert any(isinstance(phrase, Plural) for phrase in phrases(language).values())


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_counted_phrase_has_a_singular_and_a_plural(language: str) -> None:
    words = Words(language)
    for key, phrase in phrases(language).items():
        if isinstance(phrase, Plural):
            assert "{count}" in phrase.one and "{count}" in phrase.many and phrase.one != phrase.many, key
            values = {name: "X" for name in ("owner", "overdue", "share")}
            assert words(key, count=1, **values) == phrase.one.format(count="1", **values)
            for count in (0, 2, 5):
                assert words(key, count=count, **values) == phrase.many.format(count=str(count), **values), count


def test_zero_and_many_take_the_plural_and_one_the_singular() -> None:
    en, pt = Words("en"), Words("pt")
    assert [en("binder_count", count=n) for n in (0, 1, 2)] == ["0 meetings", "1 meeting", "2 meetings"]
    assert [pt("binder_count", count=n) for n in (0, 1, 2)] == ["0 reuniões", "1 reunião", "2 reuniões"]
    assert pt.open_actions(1, 0) == "1 ação em aberto, 0 em atraso."
    assert pt.open_actions(2, 0) == "2 ações em aberto, 0 em atraso."
    assert en.open_actions(0, 0) == "0 open actions, 0 overdue."
    assert en.open_actions(1, 0) == "1 open action, 0 overdue."
    with pytest.raises(TypeError):
        en("summary", overdue=1)  # a counted phrase without its count is a mistake, not a guess


def test_numbers_as_each_language_writes_them() -> None:
    en, pt = Words("en"), Words("pt")
    assert [en.number(n) for n in (0, 7, 999, 1234, 12345, 1234567, -12345)] == [
        "0",
        "7",
        "999",
        "1,234",
        "12,345",
        "1,234,567",
        "-12,345",
    ]
    # European Portuguese: a no-break space between thousands from five digits on, a decimal comma, never a dot.
    assert [pt.number(n) for n in (0, 7, 999, 1234, 12345, 1234567, -12345)] == [
        "0",
        "7",
        "999",
        "1234",
        "12\u00a0345",
        "1\u00a0234\u00a0567",
        "-12\u00a0345",
    ]
    assert en.number(12345.25, 2) == "12,345.25" and pt.number(12345.25, 2) == "12\u00a0345,25"
    assert pt.number(1234.5, 1) == "1234,5"
    # A whole number put into a phrase is written the same way; a year is given as text and stays whole.
    assert pt("page", n=12345, m=12346) == "Página 12\u00a0345 de 12\u00a0346"
    assert en("page", n=1234, m=1235) == "Page 1,234 of 1,235"
    assert en("binder_title", year="2025") == "Minutes of 2025"


def test_percentages_as_each_language_writes_them() -> None:
    en, pt = Words("en"), Words("pt")
    assert en.percent(100 * 7 / 9) == "77.8%" and pt.percent(100 * 7 / 9) == "77,8\u00a0%"
    assert en.percent(100) == "100%" and pt.percent(100) == "100\u00a0%"
    assert en.percent(0) == "0%" and pt.percent(50.0) == "50\u00a0%"
    assert en.percent(12.25) == "12.3%" and pt.percent(100 / 3) == "33,3\u00a0%", "halves round up"
    assert pt.percent(99.96) == "100\u00a0%"
    assert pt.open_actions(9, 7) == "9 ações em aberto, 7 em atraso (77,8\u00a0%)."
    assert en.open_actions(9, 7) == "9 open actions, 7 overdue (77.8%)."
