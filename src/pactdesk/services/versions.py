"""Two people, one record: a change is made to the version its author saw, or refused with who saved it since.

Every record people edit counts its saves (``domain.models.Tracked``). A form remembers the version it showed; the
service compares it with the stored one in the transaction that writes, and a mismatch is a ``StaleError`` naming
who saved it last and when, so the window can offer to see their version, keep one's own on top of it, or drop
one's own. Different records never conflict: two agenda items of one meeting are two records."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import object_session

from pactdesk.domain.errors import StaleError
from pactdesk.domain.messages import say
from pactdesk.domain.models import Tracked
from pactdesk.services.team import display_name


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
    author = _author(record)
    who = author or say("someone else", "outra pessoa")
    if record.updated_at is None:
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
            time=f"{record.updated_at:%H:%M}",
            day=f"{record.updated_at:%d/%m/%Y}",
        )
    raise StaleError(
        sentence,
        changed_by=author,
        changed_at=record.updated_at,
        version=record.version,
        theirs=theirs,
    )
