"""Progress updates as the secretary gives them: one call records the update and the status it reports, one takes
both back (undo), one gives them again (redo), each in its own transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pactdesk.domain.enums import ActionStatus
from pactdesk.domain.models import Action
from pactdesk.services import actions, statuses, tracker
from pactdesk.services.archive import Archived
from pactdesk.services.statuses import ActionState
from pactdesk.store.database import Database


@dataclass(frozen=True)
class RecordedUpdate:
    """A progress update just given, with the action's state before and after it."""

    update_id: int
    action_id: int
    previous: ActionState
    after: ActionState


@dataclass(frozen=True)
class WithdrawnUpdate:
    """A progress update taken back, as it was, with the state the action had after it."""

    update: Archived
    action_id: int
    after: ActionState


def _state(action: Action) -> ActionState:
    return ActionState(action.status, action.closed_on, action.closed_meeting_id)


def record_update(
    db: Database,
    action_ref: str,
    text: str,
    *,
    on: date | str | None = None,
    meeting_ref: str | None = None,
    author_id: int | None = None,
    status: ActionStatus | None = None,
) -> RecordedUpdate:
    """A dated progress update; with ``status`` the action moves to it (closing it records when and where)."""
    with db.write() as session:
        action = actions.action_by_ref(session, action_ref)
        previous = _state(action)
        update_id = actions.add_update(
            db, action.ref, text, on=on, meeting_ref=meeting_ref, author_id=author_id, status=status
        )
        return RecordedUpdate(update_id, action.id, previous, _state(action))


def withdraw_update(db: Database, recorded: RecordedUpdate) -> WithdrawnUpdate:
    """Take a progress update back, and the action back to the state it had before it."""
    with db.write():
        removed = tracker.remove_update(db, recorded.update_id)
        statuses.restore_statuses(db, {recorded.action_id: recorded.previous})
        return WithdrawnUpdate(removed, recorded.action_id, recorded.after)


def give_again(db: Database, withdrawn: WithdrawnUpdate) -> None:
    """Put a withdrawn progress update back, under its old id, and the action in the state it gave it."""
    with db.write():
        tracker.restore_update(db, withdrawn.update)
        statuses.restore_statuses(db, {withdrawn.action_id: withdrawn.after})
