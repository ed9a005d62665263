"""Checks and parsers for values typed by people; each failure is a ``ValidationError`` with a plain sentence, in
the window's language (domain/messages.py). ``what`` names the value: an English noun of ``messages.NOUNS`` (or a
``Noun``), which the Portuguese sentence gives with its article."""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from datetime import date, datetime
from typing import TypeVar

from pactdesk.domain.errors import ValidationError
from pactdesk.domain.messages import Noun, noun, say

E = TypeVar("E", bound=enum.Enum)

MAX_NAME = 200
MAX_TITLE = 300
# Long texts (minutes, decisions, evidence) fit in one spreadsheet cell, so every record can go to a workbook.
MAX_TEXT = 32_767
MAX_ACTION = 5_000  # what an action asks for
MAX_STATEMENT = 20_000  # a decision, a progress update
MAX_LINK = 500

_EMAIL = re.compile(r"^[^@\s<>,;]+@[^@\s<>,;]+\.[^@\s<>,;]+$")
_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y")
_DATETIME_FORMATS = ("%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S", "%d/%m/%Y %H:%M")
# Every record can go out in a workbook, which is XML 1.0 and so allows only tab, line breaks, U+0020–U+D7FF,
# U+E000–U+FFFD and U+10000 up. C0 controls are removed by clean_text; what is left forbidden are U+FFFE, U+FFFF and
# lone surrogates. One of them in a workbook makes it unreadable, so they are refused where text comes in.
_UNSTORABLE = re.compile("[\ud800-\udfff\ufffe\uffff]")
REPLACEMENT = "\ufffd"


def clean_text(value: str | None) -> str:
    """``value`` without surrounding blanks, with line endings made ``\\n`` and control characters removed."""
    if value is None:
        return ""
    text = value.replace("\r\n", "\n").replace("\r", "\n")
    text = "".join(ch for ch in text if ch in "\n\t" or ch >= " ")
    return text.strip()


def required_text(value: str | None, what: str | Noun, field: str, limit: int = MAX_TITLE) -> str:
    text = clean_text(value)
    if not text:
        raise ValidationError(say("The {what} cannot be empty.", "Falta preencher {what:o}.", what=noun(what)), field)
    return limited_text(text, what, field, limit)


def limited_text(value: str | None, what: str | Noun, field: str, limit: int = MAX_TEXT) -> str:
    text = storable_text(clean_text(value), what, field)
    if len(text) > limit:
        raise ValidationError(
            say(
                "The {what} is too long ({length} characters; at most {limit}).",
                "{what:No} há {length} caracteres, mais do que os {limit} permitidos.",
                what=noun(what),
                length=len(text),
                limit=limit,
            ),
            field,
        )
    return text


def storable_text(text: str, what: str | Noun, field: str) -> str:
    """``text`` unchanged, or a ``ValidationError`` naming its first character that no exported file can hold."""
    found = _UNSTORABLE.search(text)
    if found is not None:
        raise ValidationError(
            say(
                "The {what} holds a character that cannot be stored ({code}); remove it.",
                "Há um carácter que não pode ser guardado ({code}) {what:no}; retire-o.",
                what=noun(what),
                code=f"U+{ord(found.group()):04X}",
            ),
            field,
        )
    return text


def xml_safe(text: str) -> str:
    """``text`` with each character XML 1.0 forbids (beyond C0 controls) replaced by U+FFFD, for writers of text
    stored before such characters were refused."""
    return _UNSTORABLE.sub(REPLACEMENT, text)


def optional_email(value: str | None, field: str = "email") -> str | None:
    text = clean_text(value).lower()
    if not text:
        return None
    storable_text(text, "e-mail address", field)
    if not _EMAIL.match(text) or len(text) > MAX_NAME:
        raise ValidationError(
            say(
                "“{text}” is not an e-mail address; write it like name@example.pt.",
                "«{text}» não é um endereço de e-mail; escreva-o como nome@exemplo.pt.",
                text=text,
            ),
            field,
        )
    return text


def parse_date(value: str | date | None, what: str | Noun, field: str) -> date | None:
    """A date from a ``date`` or from text such as ``2025-03-31`` or ``31/03/2025``; empty gives ``None``."""
    if value is None or (isinstance(value, date) and not isinstance(value, datetime)):
        return value
    if isinstance(value, datetime):
        return value.date()
    text = clean_text(value)
    if not text:
        return None
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValidationError(
        say(
            "The {what} “{text}” is not a date; write it as YYYY-MM-DD, for example 2025-03-31.",
            "{what:O} «{text}» não é uma data; escreva-a como AAAA-MM-DD, por exemplo 2025-03-31.",
            what=noun(what),
            text=text,
        ),
        field,
    )


def parse_datetime(value: str | datetime | None, what: str | Noun, field: str) -> datetime | None:
    """A date and time from a ``datetime`` or from text such as ``2025-03-31 14:30``; empty gives ``None``."""
    if value is None or isinstance(value, datetime):
        return value
    text = clean_text(value)
    if not text:
        return None
    for pattern in _DATETIME_FORMATS:
        try:
            return datetime.strptime(text, pattern)
        except ValueError:
            continue
    raise ValidationError(
        say(
            "The {what} “{text}” is not a date and time; write it as YYYY-MM-DD HH:MM, for example 2025-03-31 14:30.",
            "{what:O} «{text}» não é uma data e hora; escreva-a como AAAA-MM-DD HH:MM, por exemplo 2025-03-31 14:30.",
            what=noun(what),
            text=text,
        ),
        field,
    )


def check_period(starts_at: datetime, ends_at: datetime | None) -> None:
    if ends_at is not None and ends_at <= starts_at:
        raise ValidationError(
            say("The meeting must end after it starts.", "A reunião tem de terminar depois de começar."), "ends_at"
        )


def check_percent(value: int, field: str = "progress") -> int:
    if not 0 <= value <= 100:
        raise ValidationError(
            say(
                "Progress must be between 0 and 100 %, not {value}.",
                "O progresso tem de estar entre 0 e 100\u00a0%, e não {value}.",
                value=value,
            ),
            field,
        )
    return value


def check_goals(numbers: Iterable[int], field: str = "goals") -> set[int]:
    goals = set(numbers)
    wrong = sorted(n for n in goals if not 1 <= n <= 9)
    if wrong:
        raise ValidationError(
            say(
                "Goals are numbered 1 to 9; {wrong} is not one of them.",
                "Os objetivos são numerados de 1 a 9, o que exclui {wrong}.",
                wrong=", ".join(map(str, wrong)),
            ),
            field,
        )
    return goals


def member(kind: type[E], value: object, what: str | Noun, field: str) -> E:
    """``value`` as a member of ``kind``: a member passes, its word (``"open"``, any case) is looked up.

    Values that crossed a widget or a file may arrive as plain strings; anything else is refused with a sentence,
    so a caller's mistake never surfaces as an ``AttributeError`` deep in a service.
    """
    if isinstance(value, kind):
        return value
    if isinstance(value, str):
        wanted = " ".join(value.strip().lower().replace("_", " ").split())
        for candidate in kind:
            if candidate.value == wanted:
                return candidate
    raise ValidationError(
        say(
            "“{value}” is not a {what}.",
            "«{value}» não corresponde a {what:nenhum}.",
            value=str(value),
            what=noun(what),
        ),
        field,
    )


def optional_member(kind: type[E], value: object, what: str | Noun, field: str) -> E | None:
    return None if value is None else member(kind, value, what, field)
