"""What the directory's modules share: text folded for matching, unknown fields refused."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from pactdesk.domain import validation as check


def folded(text: str | None) -> str:
    """``text`` in lower case and without accents, so that “alvaro” finds “Álvaro”."""
    decomposed = unicodedata.normalize("NFKD", (text or "").casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def matches(words: list[str], *fields: str | None) -> bool:
    haystack = "\n".join(folded(value) for value in fields)
    return all(word in haystack for word in words)


def words(text: str) -> list[str]:
    return folded(check.clean_text(text)).split()


def same_name(first: str, second: str) -> bool:
    """“Rui  Côsta” and “rui costa” are the same name to a person reading them."""
    return folded(first).split() == folded(second).split()


def refuse_unknown(changes: Iterable[str], known: Iterable[str]) -> None:
    unknown = sorted(set(changes) - set(known))
    if unknown:
        raise TypeError(f"unknown fields: {', '.join(unknown)}")
