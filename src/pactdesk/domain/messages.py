"""The sentences the services say to a person (a ``PactDeskError``'s message), in the window's language.

Each sentence is written where it is raised, in English and in European Portuguese side by side, so the two cannot
drift apart::

    raise ValidationError(say("The {what} cannot be empty.", "Falta preencher {what:o}.", what=noun(what)), field)

``say`` takes the template of ``domain.language.display_language()`` (the window sets it at start; the command line
leaves it English) and puts the values in, each as the language writes it:

- a whole number as counting.py writes it (``1,234`` / ``1234``, ``12 345``); ``{count:meeting/meetings}`` writes
  the count with the noun it takes (``1 meeting``, ``2 reuniões``). A year is text, never a number (``2,025``).
- a date as ``2025-03-31``, a date and time as ``2025-03-31 14:30``, in both languages.
- a ``Noun`` (the nouns callers name their values with: ``"due date"``, ``"meeting's title"``, looked up in
  ``NOUNS`` by ``noun()``) in English as it is (``The {what}`` → ``The due date``), or with the indefinite article
  its sound takes (``{what:a}`` → ``a meeting``, ``an action``; ``{what:A}`` to start a sentence), and in
  Portuguese with the article its gender and number take, named in the placeholder: ``{what:o}`` → ``o prazo``,
  ``a data``, ``as notas``; also ``um``, ``do``, ``no``, ``ao``, ``este``, ``esse``, ``nenhum`` (``{what:O}``,
  capitalised, to start a sentence); a Portuguese sentence is written so that nothing else in it agrees with the noun.
- anything else as ``str()`` gives it (names, references, sentences already said).

tests/domain/test_messages.py fails on a sentence raised in one language only and on two templates that do not
name the same placeholders; tests/test_glossary.py reads every ``say`` pair and every noun.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Literal, NamedTuple

from pactdesk.domain.counting import counted, number
from pactdesk.domain.language import display_language


class Noun(NamedTuple):
    """A thing a sentence names, in English and in Portuguese, with the Portuguese gender and number."""

    english: str
    portuguese: str
    gender: Literal["m", "f"] = "m"
    plural: bool = False

    @property
    def form(self) -> int:
        """Which of an article's four forms the noun takes: o, a, os, as."""
        return (self.gender == "f") + 2 * self.plural


# The articles, contractions and determiners a Portuguese template may name in a noun's placeholder, in the four
# forms a noun's gender and number choose among (``{what:do}`` → do, da, dos, das).
ARTICLES: dict[str, tuple[str, str, str, str]] = {
    "o": ("o", "a", "os", "as"),
    "um": ("um", "uma", "uns", "umas"),
    "do": ("do", "da", "dos", "das"),
    "no": ("no", "na", "nos", "nas"),
    "ao": ("ao", "à", "aos", "às"),
    "este": ("este", "esta", "estes", "estas"),
    "esse": ("esse", "essa", "esses", "essas"),
    "nenhum": ("nenhum", "nenhuma", "nenhuns", "nenhumas"),
}


def _nouns(*nouns: Noun) -> dict[str, Noun]:
    return {found.english: found for found in nouns}


NOUNS: dict[str, Noun] = _nouns(
    # what is typed, as the checks of domain/validation.py name it (the window's words for its fields)
    Noun("acronym", "sigla", "f"),
    Noun("action", "ação", "f"),
    Noun("agenda item's title", "título do ponto da ordem de trabalhos"),
    Noun("date", "data", "f"),
    Noun("date and time", "data e hora", "f"),
    Noun("date of approval", "data de aprovação", "f"),
    Noun("date of the update", "data do ponto de situação", "f"),
    Noun("corrections", "correções", "f", plural=True),
    Noun("decision", "deliberação", "f"),
    Noun("due date", "prazo"),
    Noun("e-mail address", "endereço de e-mail"),
    Noun("end", "fim"),
    Noun("evidence", "evidências", "f", plural=True),
    Noun("guest's name", "nome do convidado"),
    Noun("kind of meeting", "tipo de reunião"),
    Noun("kind of organisation", "tipo de organização"),
    Noun("meeting's title", "título da reunião"),
    Noun("minutes", "ata", "f"),
    Noun("note of approval", "nota de aprovação", "f"),
    Noun("notes", "notas", "f", plural=True),
    Noun("organisation's name", "nome da organização"),
    Noun("output's title", "título do resultado"),
    Noun("person's name", "nome da pessoa"),
    Noun("phone number", "número de telefone"),
    Noun("place", "local"),
    Noun("presenter", "nome de quem apresenta"),
    Noun("reason for reopening", "motivo da reabertura"),
    Noun("role", "cargo"),
    Noun("start", "início"),
    Noun("status", "estado"),
    Noun("status of a meeting", "estado de reunião"),
    Noun("status of an action", "estado de ação"),
    Noun("status of an output", "estado de resultado"),
    Noun("status of minutes", "estado de ata"),
    Noun("title", "título"),
    Noun("update", "ponto de situação"),
    Noun("way of attending", "forma de participação", "f"),
    # the command line's options (it speaks English; here so that every noun a caller names has its Portuguese)
    Noun("--as-of date", "data de --as-of", "f"),
    Noun("--from date", "data de --from", "f"),
    Noun("--to date", "data de --to", "f"),
    # the records, as archive.py names their tables when one is put back
    Noun("action update", "ponto de situação da ação"),
    Noun("agenda item", "ponto da ordem de trabalhos"),
    Noun("attendance", "presença", "f"),
    Noun("attendance row", "presença", "f"),  # a row of the workbook's Attendance sheet
    Noun("cluster", "cluster"),
    Noun("committee seat", "lugar na Comissão"),
    Noun("meeting", "reunião", "f"),
    Noun("organisation", "organização", "f"),
    Noun("output", "resultado"),
    Noun("person", "pessoa", "f"),
    Noun("seat holder", "titular de um lugar na Comissão"),
)
"""Every noun a caller names a value with, by its English (``validation.required_text(value, "action", …)``)."""


def noun(english: str | Noun) -> Noun:
    """The noun ``english`` names, from ``NOUNS``; one not there stays English in Portuguese too (tests/domain/
    test_messages.py fails on a caller naming one that is not there)."""
    if isinstance(english, Noun):
        return english
    return NOUNS.get(english) or Noun(english, english)


def say(english: str, portuguese: str, /, **values: object) -> str:
    """The sentence in the window's language, ``values`` put in as that language writes them (see above)."""
    language = display_language()
    template = portuguese if language == "pt" else english
    return template.format(**{name: _shown(value, language) for name, value in values.items()})


def listed(parts: Sequence[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``; in Portuguese ``a, b e c``."""
    if len(parts) <= 1:
        return "".join(parts)
    last = say("and", "e")
    return f"{', '.join(parts[:-1])} {last} {parts[-1]}"


def _shown(value: object, language: str) -> object:
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float | Decimal):
        return _Number(value, language)
    if isinstance(value, datetime):
        return f"{value:%Y-%m-%d %H:%M}"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Noun):
        return _Named(value, language)
    return value


class _Number:
    """A number in a sentence: ``{n}`` as the language writes it, ``{n:meeting/meetings}`` with its noun."""

    def __init__(self, value: int | float | Decimal, language: str) -> None:
        self.value, self.language = value, language

    def __format__(self, spec: str) -> str:
        if "/" in spec:
            one, many = spec.split("/")
            if not isinstance(self.value, int):
                raise ValueError(f"only a whole number counts a noun, not {self.value!r}")
            return counted(self.value, one, many, self.language)
        if spec:
            raise ValueError(f"{spec!r}: a number in a sentence takes no format but its noun (“{{n:one/many}}”)")
        whole = isinstance(self.value, int) or self.value == int(self.value)
        return number(self.value, self.language, 0 if whole else 1)


class _Named:
    """A noun in a sentence: English as it is; Portuguese alone, or with the article the placeholder names."""

    def __init__(self, noun: Noun, language: str) -> None:
        self.noun, self.language = noun, language

    def __format__(self, spec: str) -> str:
        if self.language != "pt":
            if spec in ("a", "A"):  # the one article that depends on the noun: a meeting, an action
                article = "an" if self.noun.english[:1].lower() in "aeiou" else "a"
                return f"{article.capitalize() if spec == 'A' else article} {self.noun.english}"
            if spec:
                raise ValueError(f"{spec!r}: an English sentence writes “The {{what}}” itself; only a/an is {{what:a}}")
            return self.noun.english
        if not spec:
            return self.noun.portuguese
        forms = ARTICLES.get(spec.lower())
        if forms is None:
            raise ValueError(f"{spec!r} is not one of the articles a noun takes: {', '.join(ARTICLES)}")
        text = f"{forms[self.noun.form]} {self.noun.portuguese}"
        return text[0].upper() + text[1:] if spec[0].isupper() else text
