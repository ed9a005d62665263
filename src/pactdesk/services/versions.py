"""Two people, one record: a change is made to the version its author saw, or refused with who saved it since.

Every record people edit counts its saves (``domain.models.Tracked``). A form remembers the version it showed; the
service compares it with the stored one in the transaction that writes, and a mismatch is a ``StaleError`` naming
who saved it last and when, so the window can offer to see their version, keep one's own on top of it, or drop
one's own. Different records never conflict: two agenda items of one meeting are two records."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final, NoReturn

from sqlalchemy.orm import object_session

from pactdesk.domain.errors import StaleError
from pactdesk.domain.messages import say
from pactdesk.domain.models import Tracked
from pactdesk.services.team import display_name
from pactdesk.store import authorship


class _Unseen:
    def __repr__(self) -> str:
        return "UNSEEN"


UNSEEN: Final = _Unseen()  # a change made without saying what was seen before it: not checked


@dataclass(frozen=True)
class Stamp:
    """A record's version, and who saved it last and when (empty when nobody is known, as before version 0005)."""

    version: int
    updated_by: str
    updated_at: datetime | None

    @classmethod
    def of(cls, record: Tracked) -> Stamp:
        """The record's stamp, its author by name (``services.team``: a team member's, for a server's login)."""
        return cls(record.version, _author(record), record.updated_at)


def _author(record: Tracked) -> str:
    session = object_session(record)
    return display_name(session, record.updated_by) if session is not None else record.updated_by


def check_fresh(record: Tracked, seen: int | None, what: str, theirs: object = None) -> None:
    """Refuse a change to ``record`` made to version ``seen`` when it has been saved since (``None``: no check).

    ``what`` names the record to start the sentence, already said in the window's language (``say("Action {ref}",
    "A ação {ref}", …)``)."""
    if seen is None or record.version == seen:
        return
    refuse_changed_since(record, what, theirs)


def check_field_fresh(record: Tracked, seen: object, stored: object, what: str) -> None:
    """Refuse a change to one field of ``record`` whose stored value is no longer ``seen``, the value the window
    showed (``UNSEEN``: no check). A field changes alone: someone else's change to another field of the same record
    is no conflict, so a meeting's place and its title can be changed by two people at once."""
    if seen is UNSEEN or seen == stored or (_empty(seen) and _empty(stored)):
        return
    session = object_session(record)
    # The record's stamp is its last save, of any field: when that save is one's own (the minutes, say, saved after
    # someone else changed the title), who changed this field is not known, and is not guessed.
    mine = session is not None and record.updated_by == authorship.writer(session)
    refuse_changed_since(record, what, stored, named=not mine)


def _empty(value: object) -> bool:
    """No value: a form shows an e-mail or a place that is not stored (``None``) as an empty field."""
    return value is None or value == ""


def check_fields_fresh(record: Tracked, seen: Mapping[str, Any] | None, stored: Mapping[str, Any], what: str) -> None:
    """``check_field_fresh`` for each field of ``stored`` (the values about to be changed) that ``seen`` holds."""
    for field, value in stored.items():
        if seen is not None and field in seen:
            check_field_fresh(record, seen[field], value, what)


def refuse_changed_since(record: Tracked, what: str, theirs: object = None, *, named: bool = True) -> NoReturn:
    """Raise the ``StaleError`` that names who saved ``record`` last, and when (unless not ``named``)."""
    author = _author(record) if named else ""
    when = record.updated_at if named else None
    who = author or say("someone else", "outra pessoa")
    if when is None:
        sentence = say(
            "{what} was changed by {who} after you opened it. Your text is kept: choose whether to keep yours on top "
            "of theirs or to take theirs.",
            "{what} mudou entretanto: {who} guardou alterações. O seu texto mantém-se: escolha entre guardá-lo por "
            "cima do texto dessa pessoa ou ficar com o texto dela.",
            what=what,
            who=who,
        )
    else:
        sentence = say(
            "{what} was changed by {who} at {time} on {day} after you opened it. Your text is kept: choose whether to "
            "keep yours on top of theirs or to take theirs.",
            "{what} mudou entretanto: {who} guardou alterações às {time} de {day}. O seu texto mantém-se: escolha "
            "entre guardá-lo por cima do texto dessa pessoa ou ficar com o texto dela.",
            what=what,
            who=who,
            time=f"{when:%H:%M}",
            day=f"{when:%d/%m/%Y}",
        )
    raise StaleError(
        sentence,
        changed_by=author,
        changed_at=when,
        version=record.version,
        theirs=theirs,
    )
