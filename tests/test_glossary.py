"""Every Portuguese phrase of PactDesk, in the window, the documents (and the calendar, which uses their words), the
workbook and the labels of kinds and statuses, says the glossary's words (domain/glossary.py) and none to avoid."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from pactdesk.domain.enums import LABELS
from pactdesk.domain.glossary import AVOID, TERMS
from pactdesk.exchange.pdf.words import _LABELS, Plural

ROOT = Path(__file__).resolve().parents[1]
Pair = tuple[str, str, str]  # where, English, Portuguese


def window_pairs(path: Path = ROOT / "resources" / "translations" / "pactdesk_pt.ts") -> Iterator[Pair]:
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
            for form in forms:
                yield f"window ({context.findtext('name')})", message.findtext("source") or "", form


def document_pairs() -> Iterator[Pair]:
    for key, english in _LABELS["en"].items():
        portuguese = _LABELS["pt"][key]
        if isinstance(english, Plural):
            assert isinstance(portuguese, Plural)
            yield from ((f"documents ({key})", en, pt) for en, pt in zip(english, portuguese, strict=True))
        else:
            assert isinstance(portuguese, str)
            yield f"documents ({key})", english, portuguese


def label_pairs() -> Iterator[Pair]:
    for kind, labels in LABELS.items():
        yield from ((f"labels ({kind.__name__})", label.en, label.pt) for label in labels.values())


def every_pair() -> list[Pair]:
    return [*window_pairs(), *document_pairs(), *label_pairs()]


def plain(text: str) -> str:
    """The text as a reader sees it: no ``&`` mnemonic, no ``{placeholder}``."""
    return re.sub(r"\{\w*\}", " ", text.replace("&&", "\0").replace("&", "").replace("\0", "&"))


def misrendered(pairs: list[Pair]) -> list[str]:
    found = []
    for where, english, portuguese in pairs:
        english, portuguese = plain(english), plain(portuguese)
        for word, term in TERMS.items():
            if (
                re.search(term.english, english, re.IGNORECASE)
                and not re.search(term.unless, english, re.IGNORECASE)
                and not re.search(term.portuguese, portuguese, re.IGNORECASE)
            ):
                found.append(f"{where}: “{english}” → “{portuguese}” does not say {word!r} as the glossary does")
    return found


def avoided(pairs: list[Pair]) -> list[str]:
    return [
        f"{where}: “{portuguese}” uses {match.group(0)!r}: say {instead}"
        for where, _, portuguese in pairs
        for pattern, instead in AVOID.items()
        if (match := re.search(pattern, plain(portuguese), re.IGNORECASE))
    ]


def test_every_portuguese_phrase_says_the_glossarys_terms() -> None:
    pairs = every_pair()
    assert len(pairs) > 900
    assert misrendered(pairs) == []


def test_no_portuguese_phrase_uses_a_word_to_avoid() -> None:
    assert avoided(every_pair()) == []


@pytest.mark.parametrize(
    ("english", "portuguese", "problem"),
    [
        ("Add &progress update…", "Adicionar atualização de pro&gresso…", "progress update"),
        ("&Remote", "Re&moto", "remote"),
        ("Output type", "Tipo", "output"),
    ],
)
def test_the_check_finds_a_term_rendered_otherwise(english: str, portuguese: str, problem: str) -> None:
    (found,) = misrendered([("window (test)", english, portuguese)])
    assert repr(problem) in found


def test_the_check_reads_past_mnemonics_placeholders_and_other_senses() -> None:
    assert misrendered([("t", "Open its &meeting", "Abrir a reu&nião")]) == []
    assert misrendered([("t", "Planned minutes", "Minutos previstos")]) == []
    assert misrendered([("t", "{owner}: {count} actions", "{owner}: {count} ações")]) == []
    assert avoided([("t", "at {time}", "às {time}")]) == []
    assert avoided([("t", "Minutes", "Acta")]) != []
