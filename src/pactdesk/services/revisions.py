"""Revising an action: its title, owner and due date, as one change; a renegotiation is recorded as an update.

At the meeting that raised it, while its minutes are a draft, an action is simply corrected. Everywhere else (the
tracker, or once those minutes are approved) a change is a renegotiation: it is recorded as a progress update
saying what moved ("Due date moved from … to …"), with the values before and after kept in ``changes``, so the
minutes of the meeting that raised the action still say what was decided there.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from pactdesk.domain import validation as check
from pactdesk.domain.enums import ActionStatus
from pactdesk.domain.errors import NotFoundError
from pactdesk.domain.messages import say
from pactdesk.domain.models import Action, ActionUpdate, Organisation, Person
from pactdesk.services import tracker
from pactdesk.services.actions import goals, owner_label
from pactdesk.services.archive import Archived
from pactdesk.services.versions import check_fresh
from pactdesk.store.database import Database

# The fields an action's form sets; a renegotiation describes the first three.
FIELDS = ("title", "owner", "due_on", "status", "goals")
DESCRIBED = ("title", "owner", "due_on")

# {field: (before, after)} in words (dates as YYYY-MM-DD, owners by name) -> the update's sentence.
Describe = Callable[[Mapping[str, tuple[str, str]]], str]


@dataclass(frozen=True)
class FollowUp:
    """A renegotiation's record: the day, who said so, and how to say what moved."""

    on: date
    describe: Describe
    author_id: int | None = None


@dataclass(frozen=True)
class Revision:
    """What ``revise_action`` changed: the fields before and after, and the update recording it, if any."""

    action_id: int
    before: dict[str, Any]
    after: dict[str, Any]
    update_id: int | None


def _read(action: Action, field: str) -> Any:
    if field == "owner":
        return (action.owner_person_id, action.owner_organisation_id)
    if field == "goals":
        return tuple(sorted(goal.number for goal in action.goals))
    return getattr(action, field)


def _clean(field: str, value: Any) -> Any:
    if field == "title":
        return check.required_text(value, "action", "title", check.MAX_ACTION)
    if field == "due_on":
        return check.parse_date(value, "due date", "due_on")
    if field == "status":
        return check.member(ActionStatus, value, "status of an action", "status")
    if field == "goals":
        return tuple(sorted(check.check_goals(value)))
    if field == "owner":
        person_id, organisation_id = value if value is not None else (None, None)
        return (person_id, organisation_id)
    raise ValueError(field)


def _write(action: Action, field: str, value: Any, session: Any) -> None:
    if field == "owner":
        person_id, organisation_id = value
        if person_id is not None and session.get(Person, person_id) is None:
            raise NotFoundError(say("The chosen owner no longer exists.", "O responsável escolhido já não existe."))
        if organisation_id is not None and session.get(Organisation, organisation_id) is None:
            raise NotFoundError(
                say(
                    "The chosen owner organisation no longer exists.",
                    "A organização responsável escolhida já não existe.",
                )
            )
        action.owner_person_id, action.owner_organisation_id = person_id, organisation_id
        session.flush()
        session.refresh(action, ["owner_person", "owner_organisation"])
    elif field == "goals":
        action.goals = goals(session, value)
    elif field == "status":
        if value is not action.status:
            action.status = value
            action.closed_on = date.today() if value.is_closed else None
            if not value.is_closed:
                action.closed_meeting_id = None
    else:
        setattr(action, field, value)


def _words(action: Action, field: str) -> str:
    if field == "owner":
        return owner_label(action)
    value = getattr(action, field)
    return value.isoformat() if isinstance(value, date) else (value or "")


def revise_action(
    db: Database,
    action_id: int,
    changes: Mapping[str, Any],
    *,
    follow_up: FollowUp | None = None,
    seen: int | None = None,
) -> Revision | None:
    """Set the fields of ``changes`` (see ``FIELDS``) in one transaction; ``None`` when nothing differs.

    With ``follow_up``, a change of title, owner or due date is recorded as a progress update on that day. With
    ``seen``, the changes were made to that version of the action: ``StaleError`` when someone saved it since.
    """
    wanted = {field: _clean(field, value) for field, value in changes.items()}
    with db.write() as session:
        action = session.get(Action, action_id)
        if action is None:
            raise NotFoundError(say("That action no longer exists.", "Essa ação já não existe."))
        check_fresh(action, seen, say("Action {ref}", "A ação {ref}", ref=action.ref))
        before = {field: _read(action, field) for field, value in wanted.items() if _read(action, field) != value}
        if not before:
            return None
        words_before = {field: _words(action, field) for field in DESCRIBED if field in before}
        for field in before:
            _write(action, field, wanted[field], session)
        update_id = None
        if follow_up is not None and words_before:
            moved = {field: (words_before[field], _words(action, field)) for field in words_before}
            update = ActionUpdate(
                action=action,
                on=follow_up.on,
                author_id=follow_up.author_id,
                text=check.required_text(follow_up.describe(moved), "update", "text", check.MAX_STATEMENT),
                changes={field: list(pair) for field, pair in moved.items()},
            )
            session.add(update)
            session.flush()
            update_id = update.id
        return Revision(action_id, before, {field: wanted[field] for field in before}, update_id)


def undo_revision(db: Database, revision: Revision) -> Archived | None:
    """Put the fields back as they were and take the renegotiation's update away; returns it, for redo."""
    with db.write():
        removed = tracker.remove_update(db, revision.update_id) if revision.update_id is not None else None
        _set(db, revision.action_id, revision.before)
        return removed


def redo_revision(db: Database, revision: Revision, removed: Archived | None) -> None:
    """Revise again, as undone by ``undo_revision``: the same values and the same update (same id)."""
    with db.write():
        _set(db, revision.action_id, revision.after)
        if removed is not None:
            tracker.restore_update(db, removed)


def _set(db: Database, action_id: int, values: Mapping[str, Any]) -> None:
    with db.write() as session:
        action = session.get(Action, action_id)
        if action is None:
            raise NotFoundError(say("That action no longer exists.", "Essa ação já não existe."))
        for field, value in values.items():
            _write(action, field, value, session)


def as_decided(
    title: str, owner: str, due_on: date | None, updates: list[ActionUpdate]
) -> tuple[str, str, date | None]:
    """An action's title, owner and due date as its meeting decided them: its renegotiations rolled back."""
    for update in sorted(updates, key=lambda row: row.id, reverse=True):
        for field, (before, _after) in (update.changes or {}).items():
            if field == "title":
                title = before
            elif field == "owner":
                owner = before
            elif field == "due_on":
                due_on = date.fromisoformat(before) if before else None
    return title, owner, due_on
