"""Restoring an earlier version of a meeting's minutes into a draft.

What a version holds of the meeting comes back: its details, who came, and its agenda with each item's minutes and
decisions. Actions do not: they live on in the tracker after the meeting (progress, renegotiations, closing), so a
restore leaves them as they are, and an item an action hangs from is kept even if the version did not have it.

Nothing is lost by restoring: when the meeting changed since its last version, it is kept as a version first
("Kept before restoring version 2"), and the restore is a version of its own ("Restored from version 2"), so undo is
restoring the version before. Approved minutes are never overwritten: they are reopened first, with a reason."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pactdesk.domain.enums import AttendanceStatus, MeetingKind, MeetingStatus, MinutesStatus
from pactdesk.domain.errors import LockedError, NotFoundError
from pactdesk.domain.messages import say
from pactdesk.domain.models import (
    Action,
    AgendaItem,
    Attendance,
    Decision,
    Meeting,
    MinutesVersion,
    Organisation,
    Person,
)
from pactdesk.services import minutes_versions
from pactdesk.services.meetings import meeting_by_ref
from pactdesk.store.database import Database


@dataclass(frozen=True)
class Restored:
    restored: int  # the version brought back
    undo_to: int  # the version that holds the meeting as it was before: restoring it undoes this
    number: int  # the new version the restore kept
    items_kept: tuple[str, ...]  # titles of items the version did not have, kept because actions hang from them


def restore(db: Database, ref: str, number: int) -> Restored:
    """Bring version ``number`` of the meeting's minutes back as a draft; see the module's docstring."""
    with db.write() as session:
        meeting = meeting_by_ref(session, ref)
        if meeting.minutes_status is MinutesStatus.APPROVED:
            raise LockedError(
                say(
                    "The minutes of {ref} are approved and are never overwritten: reopen them first (with a reason), "
                    "then restore the version.",
                    "A ata de {ref} está aprovada e nunca é substituída: reabra-a primeiro (indicando o motivo) e "
                    "depois reponha a versão.",
                    ref=meeting.ref,
                )
            )
        versions = session.scalars(
            select(MinutesVersion).where(MinutesVersion.meeting_id == meeting.id).order_by(MinutesVersion.number)
        ).all()
        chosen = next((version for version in versions if version.number == number), None)
        if chosen is None:
            raise NotFoundError(
                say(
                    "The minutes of {ref} have no version {number}.",
                    "A ata de {ref} não tem a versão {number}.",
                    ref=meeting.ref,
                    number=number,
                )
            )
        current = minutes_versions.fingerprint_now(session, meeting)
        undo_to = versions[-1].number
        if current != versions[-1].fingerprint:
            kept = minutes_versions.record(
                session,
                meeting,
                say(
                    "Kept before restoring version {number}.",
                    "Guardada antes de repor a versão {number}.",
                    number=number,
                ),
            )
            session.flush()
            undo_to = kept.number
        content: dict[str, Any] = minutes_versions.stored(chosen)
        _details(session, meeting, content["meeting"])
        _attendance(session, meeting, content["attendance"])
        kept_items = _agenda(session, meeting, content["agenda"])
        meeting.minutes_status, meeting.minutes_approved_on = MinutesStatus.DRAFT, None
        meeting.minutes_approved_at_id, meeting.minutes_approval_note = None, ""
        session.flush()
        session.expire(meeting, ["agenda", "attendance"])
        new = minutes_versions.record(
            session,
            meeting,
            say("Restored from version {number}.", "Reposta a partir da versão {number}.", number=number),
        )
        session.flush()
        return Restored(restored=number, undo_to=undo_to, number=new.number, items_kept=kept_items)


def _moment(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _person(session: Session, person_id: int | None) -> int | None:
    return person_id if person_id is not None and session.get(Person, person_id) is not None else None


def _details(session: Session, meeting: Meeting, kept: dict[str, Any]) -> None:
    meeting.title = kept["title"]
    meeting.kind = MeetingKind(kept["kind"])
    starts_at = _moment(kept["starts_at"])
    if starts_at is not None:
        meeting.starts_at = starts_at
    meeting.ends_at = _moment(kept["ends_at"])
    meeting.location = kept["location"]
    meeting.online_link = kept["online_link"]
    meeting.status = MeetingStatus(kept["status"])
    meeting.chair_id = _person(session, kept["chair"])
    meeting.secretary_id = _person(session, kept["secretary"])


def _attendance(session: Session, meeting: Meeting, kept: list[dict[str, Any]]) -> None:
    rows = {row.person_id: row for row in meeting.attendance}
    wanted = {entry["person"]: entry for entry in kept if session.get(Person, entry["person"]) is not None}
    for person_id, row in rows.items():
        if person_id not in wanted:
            meeting.attendance.remove(row)
    for person_id, entry in wanted.items():
        row = rows.get(person_id) or Attendance(person_id=person_id)
        if row.meeting_id is None:
            meeting.attendance.append(row)
        organisation = entry["organisation"]
        known = organisation is not None and session.get(Organisation, organisation) is not None
        row.organisation_id = organisation if known else None
        row.status = AttendanceStatus(entry["status"]) if entry["status"] else None
        row.guest = bool(entry["guest"])


def _agenda(session: Session, meeting: Meeting, kept: list[dict[str, Any]]) -> tuple[str, ...]:
    """The items by their place: each kept item's title, presenter, time, minutes and decisions; an item the
    version did not have goes, unless an action hangs from it."""
    items = {item.position: item for item in meeting.agenda}
    wanted = {entry["position"]: entry for entry in kept}
    with_actions = set(
        session.scalars(select(Action.agenda_item_id).where(Action.agenda_item_id.in_([i.id for i in items.values()])))
    )
    kept_titles: list[str] = []
    for position, item in sorted(items.items()):
        if position not in wanted:
            if item.id in with_actions:
                kept_titles.append(item.title)
            else:
                meeting.agenda.remove(item)
    next_free = max([*wanted, *items], default=0) + 1
    for position, entry in sorted(wanted.items()):
        item = items.get(position) or AgendaItem(position=position)
        if item not in meeting.agenda:
            meeting.agenda.append(item)
        item.title = entry["title"]
        item.presenter = entry["presenter"]
        item.planned_minutes = entry["planned_minutes"]
        item.minutes = entry["minutes"]
        texts = list(entry["decisions"])
        if [decision.text for decision in item.decisions] != texts:
            # A decision brought back with the words it had keeps its place in the register; a new one is numbered.
            numbers = {decision.text: (decision.register_year, decision.register_number) for decision in item.decisions}
            item.decisions.clear()
            session.flush()
            for place, text in enumerate(texts, start=1):
                year, number = numbers.pop(text, (None, None))
                item.decisions.append(Decision(position=place, text=text, register_year=year, register_number=number))
    for item in sorted(meeting.agenda, key=lambda each: each.position):
        if item.position not in wanted:  # kept for its actions: after the version's items
            item.position = next_free
            next_free += 1
    return tuple(kept_titles)
