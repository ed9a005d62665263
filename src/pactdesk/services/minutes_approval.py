"""Approving a meeting's minutes at the next meeting: its "Approval of the previous minutes" item is tied to the
previous meeting (``AgendaItem.approves_meeting_id``, set when the meeting is planned from it), and recording the
item's decision approves those minutes, on the day of the meeting that approved them, with the corrections agreed.

Corrections are made to the previous minutes before they are approved (they are still a draft or circulated, so
they can be edited); if the minutes changed since their last version, the approval first keeps them as a version
of their own ("Corrections agreed at …"), so the history shows the text circulated, the corrections, and the
approval as three steps. Approving outside a meeting, by written procedure, is ``meetings.set_minutes_status`` with
a note."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from pactdesk.domain import validation as check
from pactdesk.domain.enums import MinutesStatus
from pactdesk.domain.errors import NotFoundError, ValidationError
from pactdesk.domain.messages import say
from pactdesk.domain.models import AgendaItem, Decision, Meeting, MinutesVersion
from pactdesk.services import minutes_versions
from pactdesk.services.meetings import MinutesState, change_minutes_state, editable, minutes_state
from pactdesk.services.planning import APPROVAL_TITLES
from pactdesk.store.database import Database


@dataclass(frozen=True)
class ApprovalAtMeeting:
    """What ``undo_approval`` needs: the decision recorded, and the previous minutes' state before."""

    item_id: int
    decision_id: int
    approved_ref: str
    before: MinutesState


def _language(item: AgendaItem) -> str:
    """The decision is written in the language of the item's title (the meeting was planned in it)."""
    return "pt" if " ".join(item.title.split()).casefold() == APPROVAL_TITLES["pt"].casefold() else "en"


def decision_text(ref: str, corrections: str, language: str) -> str:
    if language == "pt":
        if corrections:
            return f"A ata da reunião {ref} foi aprovada com correções: {corrections}"
        return f"A ata da reunião {ref} foi aprovada."
    if corrections:
        return f"The minutes of meeting {ref} were approved with corrections: {corrections}"
    return f"The minutes of meeting {ref} were approved."


def _approval_item(session: Session, item_id: int) -> tuple[AgendaItem, Meeting]:
    item = session.get(AgendaItem, item_id)
    if item is None:
        raise NotFoundError(
            say("That agenda item no longer exists.", "Esse ponto da ordem de trabalhos já não existe.")
        )
    editable(item.meeting)
    previous = item.approves_meeting
    if previous is None:
        raise ValidationError(
            say(
                "The item “{title}” does not approve another meeting's minutes.",
                "O ponto «{title}» não aprova a ata de outra reunião.",
                title=item.title,
            )
        )
    return item, previous


def approve_at_meeting(db: Database, item_id: int, corrections: str = "") -> ApprovalAtMeeting:
    """Record the decision of the approval item ``item_id`` ("approved", or "approved with corrections: …") and
    approve the previous meeting's minutes with it: on this meeting's day, at this meeting."""
    corrections = check.limited_text(corrections, "corrections", "corrections", check.MAX_STATEMENT)
    with db.write() as session:
        item, previous = _approval_item(session, item_id)
        meeting = item.meeting
        if previous.minutes_status is MinutesStatus.APPROVED:
            raise ValidationError(
                say(
                    "The minutes of {ref} are already approved ({day}).",
                    "A ata de {ref} já está aprovada ({day}).",
                    ref=previous.ref,
                    day=previous.minutes_approved_on,
                )
            )
        before = minutes_state(previous)
        if corrections and _changed_since_last_version(session, previous):
            minutes_versions.record(
                session,
                previous,
                say("Corrections agreed at {ref}.", "Correções acordadas na reunião {ref}.", ref=meeting.ref),
            )
        change_minutes_state(
            session,
            previous,
            MinutesState(MinutesStatus.APPROVED, meeting.starts_at.date(), meeting.id, corrections),
        )
        decision = Decision(
            agenda_item=item,
            position=len(item.decisions) + 1,
            text=decision_text(previous.ref, corrections, _language(item)),
        )
        session.add(decision)
        session.flush()
        return ApprovalAtMeeting(item.id, decision.id, previous.ref, before)


def undo_approval(db: Database, approval: ApprovalAtMeeting) -> None:
    """Take the decision back and set the previous minutes as they were: a reopening, which says why."""
    with db.write() as session:
        item, previous = _approval_item(session, approval.item_id)
        decision = session.get(Decision, approval.decision_id)
        if decision is not None:
            session.delete(decision)
            session.flush()
            for position, other in enumerate(sorted(item.decisions, key=lambda kept: kept.position), start=1):
                other.position = position
        reason = say(
            "The approval at {ref} was undone.", "A aprovação na reunião {ref} foi anulada.", ref=item.meeting.ref
        )
        change_minutes_state(session, previous, approval.before._replace(reason=reason))


def _changed_since_last_version(session: Session, meeting: Meeting) -> bool:
    last = session.scalar(
        select(MinutesVersion.fingerprint)
        .where(MinutesVersion.meeting_id == meeting.id)
        .order_by(MinutesVersion.number.desc())
        .limit(1)
    )
    session.flush()
    return last != minutes_versions.fingerprint_now(session, meeting)
