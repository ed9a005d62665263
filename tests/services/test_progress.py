"""A progress update and the status it reports: recorded together, taken back together, given again the same."""

from __future__ import annotations

from pactdesk.domain.enums import ActionStatus
from pactdesk.services import actions, meetings, progress, tracker
from pactdesk.store.database import Database


def test_an_update_that_closes_an_action_is_taken_back_and_given_again_whole(database: Database) -> None:
    ref = meetings.create_meeting(database, "AEC", title="Kick-off", starts_at="2025-02-03 10:00")
    action = actions.create_action(database, "Send the budget", meeting_ref=ref, status=ActionStatus.IN_PROGRESS)
    recorded = progress.record_update(database, action, "Sent & approved.", on="2025-03-01", status=ActionStatus.DONE)
    assert (recorded.previous.status, recorded.after.status) == (ActionStatus.IN_PROGRESS, ActionStatus.DONE)
    history = tracker.action_history(database, action)
    assert [(row.id, row.text) for row in history] == [(recorded.update_id, "Sent & approved.")]

    withdrawn = progress.withdraw_update(database, recorded)
    assert tracker.action_history(database, action) == []
    assert actions.action_fields(database, recorded.action_id).status is ActionStatus.IN_PROGRESS

    progress.give_again(database, withdrawn)
    assert tracker.action_history(database, action) == history, "the same update, under the same id"
    assert actions.action_fields(database, recorded.action_id).status is ActionStatus.DONE
