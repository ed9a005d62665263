"""The versions of a meeting's minutes: each change of their status (drafted, circulated, approved, reopened) keeps
the whole meeting as it then stood, in a canonical text, and that text's SHA-256 fingerprint, with who and when.

The canonical text is JSON with sorted keys, no spaces and UTF-8 characters as they are, so the same meeting gives
the same fingerprint on a laptop's file and on a team's server, and after ``copy`` between them. People and
organisations appear by their ids: erasing a person rewrites the person, not the versions they appear in."""

from __future__ import annotations

import difflib
import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from pactdesk.domain.enums import MinutesStatus
from pactdesk.domain.errors import NotFoundError, TamperedError
from pactdesk.domain.messages import say
from pactdesk.domain.models import Action, AgendaItem, Meeting, MinutesVersion
from pactdesk.services.meetings import meeting_by_ref
from pactdesk.services.revisions import as_decided
from pactdesk.services.team import display_name
from pactdesk.store import authorship
from pactdesk.store.database import Database

# Of the canonical text: a later format says so, and the older versions keep theirs. Format 2 added how the minutes
# were approved (at which meeting, with what note), and holds the actions as decided, without their status.
FORMAT = 2


@dataclass(frozen=True)
class VersionRow:
    number: int
    minutes_status: MinutesStatus
    reason: str
    fingerprint: str
    created_by: str  # a name, as the window shows authors
    created_at: datetime


def _moment(value: datetime | None) -> str | None:
    return value.isoformat(timespec="minutes") if value is not None else None


def contents(session: Session, meeting: Meeting) -> dict[str, Any]:
    """The meeting as it stands: its details, who came, its agenda with the minutes and decisions, its actions."""
    items = session.scalars(
        select(AgendaItem)
        .where(AgendaItem.meeting_id == meeting.id)
        .options(selectinload(AgendaItem.decisions))
        .order_by(AgendaItem.position)
    ).all()
    raised = session.scalars(
        select(Action).where(Action.meeting_id == meeting.id).options(selectinload(Action.updates)).order_by(Action.id)
    ).all()
    return {
        "format": FORMAT,
        "meeting": {
            "ref": meeting.ref,
            "cluster": meeting.cluster.code,
            "kind": meeting.kind.value,
            "title": meeting.title,
            "starts_at": _moment(meeting.starts_at),
            "ends_at": _moment(meeting.ends_at),
            "location": meeting.location,
            "online_link": meeting.online_link,
            "status": meeting.status.value,
            "minutes_status": meeting.minutes_status.value,
            "approved_on": meeting.minutes_approved_on.isoformat() if meeting.minutes_approved_on else None,
            "approved_at": _ref_of(session, meeting.minutes_approved_at_id),
            "approval_note": meeting.minutes_approval_note,
            "chair": meeting.chair_id,
            "secretary": meeting.secretary_id,
        },
        "attendance": sorted(
            (
                {
                    "person": row.person_id,
                    "organisation": row.organisation_id,
                    "status": row.status.value if row.status else None,
                    "guest": row.guest,
                }
                for row in meeting.attendance
            ),
            key=lambda row: row["person"],
        ),
        "agenda": [
            {
                "position": item.position,
                "title": item.title,
                "presenter": item.presenter,
                "planned_minutes": item.planned_minutes,
                "minutes": item.minutes,
                "decisions": [decision.text for decision in item.decisions],
            }
            for item in items
        ],
        "actions": [_as_decided(action, items) for action in raised],
    }


def _as_decided(action: Action, items: Sequence[AgendaItem]) -> dict[str, Any]:
    """An action as the meeting decided it, as its minutes say: renegotiations in the tracker rolled back, and no
    status (an action lives on after the meeting; closing it does not change the minutes that raised it). The owner
    is named by id, unless a renegotiation changed it: then by the name the meeting gave."""
    title, owner, due_on = as_decided(action.title, "", action.due_on, list(action.updates))
    decided: dict[str, Any] = {
        "ref": action.ref,
        "item": next((item.position for item in items if item.id == action.agenda_item_id), None),
        "title": title,
        "owner_person": action.owner_person_id,
        "owner_organisation": action.owner_organisation_id,
        "due_on": due_on.isoformat() if due_on else None,
    }
    if owner:
        decided.update(owner_person=None, owner_organisation=None, owner=owner)
    return decided


def _ref_of(session: Session, meeting_id: int | None) -> str | None:
    """A meeting's reference by its id, read afresh (a relationship read before the id was set would be stale)."""
    return session.scalar(select(Meeting.ref).where(Meeting.id == meeting_id)) if meeting_id is not None else None


def canonical(content: dict[str, Any]) -> str:
    return json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def fingerprint(text: str) -> str:
    """The SHA-256 of the canonical text, in hexadecimal."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def fingerprint_now(session: Session, meeting: Meeting) -> str:
    """The fingerprint the meeting would have as a version kept now (compared with its latest version's, it says
    whether the meeting changed since)."""
    return fingerprint(canonical(contents(session, meeting)))


def record(session: Session, meeting: Meeting, reason: str = "") -> MinutesVersion:
    """Keep the meeting as it now stands as its next version (within the transaction that changed it)."""
    session.flush()  # the change that calls for a version is part of it
    number = (
        session.scalar(select(func.max(MinutesVersion.number)).where(MinutesVersion.meeting_id == meeting.id)) or 0
    ) + 1
    text = canonical(contents(session, meeting))
    version = MinutesVersion(
        meeting_id=meeting.id,
        number=number,
        minutes_status=meeting.minutes_status,
        reason=reason,
        content=text,
        fingerprint=fingerprint(text),
        created_by=authorship.writer(session),
    )
    session.add(version)
    return version


def history(db: Database, ref: str) -> list[VersionRow]:
    """The versions of a meeting's minutes, the first first."""
    with db.read() as session:
        meeting = meeting_by_ref(session, ref)
        found = session.scalars(
            select(MinutesVersion).where(MinutesVersion.meeting_id == meeting.id).order_by(MinutesVersion.number)
        ).all()
        return [
            VersionRow(
                number=version.number,
                minutes_status=version.minutes_status,
                reason=version.reason,
                fingerprint=version.fingerprint,
                created_by=display_name(session, version.created_by),
                created_at=version.created_at,
            )
            for version in found
        ]


def stored_content(db: Database, ref: str, number: int) -> dict[str, Any]:
    """Version ``number`` of a meeting's minutes, as it was kept; its fingerprint is checked first."""
    with db.read() as session:
        meeting = meeting_by_ref(session, ref)
        version = session.scalar(
            select(MinutesVersion).where(MinutesVersion.meeting_id == meeting.id, MinutesVersion.number == number)
        )
        if version is None:
            raise NotFoundError(
                say(
                    "The minutes of {ref} have no version {number}.",
                    "A ata de {ref} não tem a versão {number}.",
                    ref=meeting.ref,
                    number=number,
                )
            )
        return stored(version)


def stored(version: MinutesVersion) -> dict[str, Any]:
    """A version's canonical text read back, once its fingerprint is found to match it: a version changed in the
    file behind PactDesk's back is refused, not shown or restored as if it were the record."""
    if fingerprint(version.content) != version.fingerprint:
        raise TamperedError(
            say(
                "Version {number} of these minutes was changed after it was kept: its text no longer matches its "
                "fingerprint. Restore the database from a backup, or ask whoever manages it.",
                "A versão {number} desta ata foi alterada depois de guardada: o texto já não corresponde à "
                "impressão digital. Reponha a base de dados a partir de uma cópia de segurança ou fale com quem a "
                "gere.",
                number=version.number,
            )
        )
    return dict(json.loads(version.content))


# -- comparing two versions -----------------------------------------------------------------------------------------

_TOKENS = re.compile(r"\s+|\w+|[^\w\s]", re.UNICODE)


@dataclass(frozen=True)
class Piece:
    """A run of the text: kept (``=``), added (``+``) or removed (``-``) between two versions."""

    change: str
    text: str


@dataclass(frozen=True)
class ItemChanges:
    position: int
    title: str  # as in the later version
    title_before: str  # "" when it is the same, or the item is new
    minutes: tuple[Piece, ...]  # the whole text, word by word, with what changed marked
    decisions_added: tuple[str, ...]
    decisions_removed: tuple[str, ...]
    added: bool = False  # the item is in the later version only
    removed: bool = False  # in the earlier one only

    @property
    def changed(self) -> bool:
        return (
            self.added
            or self.removed
            or bool(self.title_before)
            or any(piece.change != "=" for piece in self.minutes)
            or bool(self.decisions_added or self.decisions_removed)
        )


@dataclass(frozen=True)
class Comparison:
    first: int
    second: int
    details: tuple[tuple[str, object, object], ...]  # (field, before, after) of the meeting's details that changed
    items: tuple[ItemChanges, ...]  # every item that changed
    actions_added: tuple[str, ...]  # "REF title"
    actions_removed: tuple[str, ...]


def word_changes(before: str, after: str) -> tuple[Piece, ...]:
    """``after`` against ``before``, word by word (spaces and punctuation are words of their own)."""
    old, new = _TOKENS.findall(before), _TOKENS.findall(after)
    pieces: list[Piece] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
        if tag in ("delete", "replace"):
            pieces.append(Piece("-", "".join(old[i1:i2])))
        if tag in ("insert", "replace"):
            pieces.append(Piece("+", "".join(new[j1:j2])))
        if tag == "equal":
            pieces.append(Piece("=", "".join(old[i1:i2])))
    return tuple(pieces)


def compare(db: Database, ref: str, first: int, second: int) -> Comparison:
    """What changed from version ``first`` of a meeting's minutes to version ``second``."""
    before, after = stored_content(db, ref, first), stored_content(db, ref, second)
    details = tuple(
        (field, before["meeting"].get(field), value)
        for field, value in sorted(after["meeting"].items())
        if before["meeting"].get(field) != value
    )
    old_items = {item["position"]: item for item in before["agenda"]}
    new_items = {item["position"]: item for item in after["agenda"]}
    items: list[ItemChanges] = []
    for position in sorted(old_items.keys() | new_items.keys()):
        old, new = old_items.get(position), new_items.get(position)
        shown = new or old
        assert shown is not None
        change = ItemChanges(
            position=position,
            title=shown["title"],
            title_before=old["title"] if old and new and old["title"] != new["title"] else "",
            minutes=word_changes(old["minutes"] if old else "", new["minutes"] if new else ""),
            decisions_added=_missing((new or {}).get("decisions", []), (old or {}).get("decisions", [])),
            decisions_removed=_missing((old or {}).get("decisions", []), (new or {}).get("decisions", [])),
            added=old is None,
            removed=new is None,
        )
        if change.changed:
            items.append(change)
    old_actions = {action["ref"]: action for action in before["actions"]}
    new_actions = {action["ref"]: action for action in after["actions"]}
    return Comparison(
        first=first,
        second=second,
        details=details,
        items=tuple(items),
        actions_added=tuple(f"{ref} {new_actions[ref]['title']}" for ref in new_actions if ref not in old_actions),
        actions_removed=tuple(f"{ref} {old_actions[ref]['title']}" for ref in old_actions if ref not in new_actions),
    )


def _missing(texts: list[str], other: list[str]) -> tuple[str, ...]:
    """The texts of ``texts`` that ``other`` does not hold."""
    return tuple(text for text in texts if text not in other)
