"""Every Portuguese phrase of PactDesk, in the window, the documents (and the calendar, which uses their words), the
workbook, the labels of kinds and statuses and the services' sentences (each ``say(english, portuguese)`` in the
source, and the nouns they name), says the glossary's words (domain/glossary.py) and none to avoid."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from pactdesk.domain.enums import LABELS
from pactdesk.domain.glossary import AVOID, TERMS
from pactdesk.domain.messages import NOUNS
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


def sentence_pairs(source: Path = ROOT / "src" / "pactdesk") -> Iterator[Pair]:
    """Every ``say(english, portuguese, …)`` in the source (domain/messages.py), and every noun the sentences name."""
    for path in sorted(source.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and (node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)) == "say"
                and len(node.args) >= 2
                and all(isinstance(arg, ast.Constant) and isinstance(arg.value, str) for arg in node.args[:2])
            ):
                english, portuguese = (str(arg.value) for arg in node.args[:2])  # type: ignore[attr-defined]
                yield f"sentences ({path.relative_to(source)}:{node.lineno})", english, portuguese
    for noun in NOUNS.values():
        yield "sentences (nouns)", noun.english, noun.portuguese


def every_pair() -> list[Pair]:
    return [*window_pairs(), *document_pairs(), *label_pairs(), *sentence_pairs()]


def plain(text: str) -> str:
    """The text as a reader sees it: no ``&`` mnemonic, no ``{placeholder}``; a counted one's nouns
    (``{count:meeting/meetings}``) stay, as the sentence says them."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    text = re.sub(r"\{\w*:([^{}]*/[^{}]*)\}", lambda found: " " + found.group(1).replace("/", " ") + " ", text)
    return re.sub(r"\{\w*(:[^{}]*)?\}", " ", text)


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
    assert misrendered([("t", "The {what} cannot be empty.", "Falta preencher {what:o}.")]) == []
    assert misrendered([("t", "chaired {n:meeting/meetings}", "presidiu a {n:reunião/reuniões}")]) == []
    assert misrendered([("t", "chaired {n:meeting/meetings}", "presidiu a {n:sessão/sessões}")]) != []


def test_the_services_sentences_are_read() -> None:
    """The services' sentences (domain/messages.py's say) and the nouns they name are among the pairs checked."""
    pairs = list(sentence_pairs())
    assert len(pairs) > 120
    assert ("The {what} cannot be empty.", "Falta preencher {what:o}.") in [(en, pt) for _, en, pt in pairs]
    assert ("due date", "prazo") in [(en, pt) for _, en, pt in pairs]
