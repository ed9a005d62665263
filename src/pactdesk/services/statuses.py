"""Actions' statuses changed many at a time, as the tracker's Set status does, and put back by undo."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from pactdesk.domain import validation as check
from pactdesk.domain.enums import ActionStatus
from pactdesk.domain.errors import NotFoundError, ValidationError
from pactdesk.domain.messages import listed, say
from pactdesk.domain.models import Action
from pactdesk.services.meetings import editable, meeting_by_ref
from pactdesk.store.database import Database


@dataclass(frozen=True)
class ActionState:
    """An action's status and when and at which meeting it was closed: what undoing a status change puts back."""

    status: ActionStatus
    closed_on: date | None
    closed_meeting_id: int | None


def set_statuses(
    db: Database,
    action_ids: Iterable[int],
    status: ActionStatus,
    *,
    on: date | str,
    meeting_ref: str | None = None,
) -> dict[int, ActionState]:
    """Move every chosen action to ``status`` in one transaction; returns the previous state of each one changed.

    Closing (done or dropped) records ``on`` and the meeting it was closed at, if one is given, which must be a
    meeting of the action's cluster whose minutes are not approved; reopening clears both. Actions already at
    ``status`` are left as they are and are not in the result.
    """
    day = check.parse_date(on, "date", "on")
    if day is None:
        raise ValidationError(say("Say on which day the status changed.", "Indique em que dia mudou o estado."), "on")
    status = check.member(ActionStatus, status, "status of an action", "status")
    wanted = set(action_ids)
    with db.write() as session:
        meeting = editable(meeting_by_ref(session, meeting_ref)) if meeting_ref and status.is_closed else None
        found = list(session.scalars(select(Action).where(Action.id.in_(wanted)).order_by(Action.id)))
        _refuse_missing(wanted, found)
        if meeting is not None:
            strangers = [action.ref for action in found if action.cluster_id != meeting.cluster_id]
            if len(strangers) == 1:
                raise ValidationError(
                    say(
                        "{action} belongs to another cluster than {meeting}, so it cannot be closed at that meeting.",
                        "{action} não é do cluster de {meeting}, pelo que não pode ser encerrada nessa reunião.",
                        action=strangers[0],
                        meeting=meeting.ref,
                    ),
                    "meeting",
                )
            if strangers:
                raise ValidationError(
                    say(
                        "{actions} belong to another cluster than {meeting}, so they cannot be closed at that meeting.",
                        "{actions} não são do cluster de {meeting}, pelo que não podem ser encerradas nessa reunião.",
                        actions=_listed(strangers),
                        meeting=meeting.ref,
                    ),
                    "meeting",
                )
        previous: dict[int, ActionState] = {}
        for action in found:
            if action.status is status:
                continue
            previous[action.id] = ActionState(action.status, action.closed_on, action.closed_meeting_id)
            action.status = status
            action.closed_on = day if status.is_closed else None
            action.closed_meeting_id = meeting.id if meeting is not None else None
        return previous


def restore_statuses(db: Database, previous: Mapping[int, ActionState]) -> None:
    """Put back the states ``set_statuses`` returned (undo), in one transaction."""
    with db.write() as session:
        found = list(session.scalars(select(Action).where(Action.id.in_(set(previous)))))
        _refuse_missing(set(previous), found)
        for action in found:
            state = previous[action.id]
            action.status, action.closed_on, action.closed_meeting_id = (
                state.status,
                state.closed_on,
                state.closed_meeting_id,
            )


def _refuse_missing(wanted: set[int], found: Sequence[Action]) -> None:
    missing = len(wanted) - len(found)
    if missing == 1:
        raise NotFoundError(
            say(
                "One of the chosen actions no longer exists; nothing was changed.",
                "Uma das ações escolhidas já não existe; nada foi alterado.",
            )
        )
    if missing:
        raise NotFoundError(
            say(
                "{missing} of the chosen actions no longer exist; nothing was changed.",
                "{missing} das ações escolhidas já não existem; nada foi alterado.",
                missing=missing,
            )
        )


def _listed(refs: Sequence[str]) -> str:
    if len(refs) <= 5:
        return listed(refs)
    return say("{shown} and {more} more", "{shown} e mais {more}", shown=", ".join(refs[:5]), more=len(refs) - 5)
