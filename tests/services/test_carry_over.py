"""Carry-over: an action raised at one meeting comes up under matters arising at the cluster's next meetings,
is followed up there and closed at one of them, after which it no longer comes up; nothing is copied."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import pytest
from sqlalchemy import func, select, update

from pactdesk.domain.enums import ActionStatus, MinutesStatus
from pactdesk.domain.errors import LockedError, ValidationError
from pactdesk.domain.models import Action, ActionUpdate
from pactdesk.services import actions, carry_over, directory, meetings, statuses, tracker
from pactdesk.store.database import Database


@dataclass(frozen=True)
class Cluster:
    refs: list[str]  # the AEC meetings, in order
    ana: int


@pytest.fixture
def cluster(database: Database) -> Cluster:
    days = ["2025-01-20 10:00", "2025-03-10 10:00", "2025-05-12 10:00", "2025-07-07 10:00"]
    refs = [meetings.create_meeting(database, "AEC", title="Monitoring", starts_at=day) for day in days]
    ana = directory.add_person(database, "Ana Sousa")
    actions.create_action(database, "Send the supply-chain study", meeting_ref=refs[0], owner_person_id=ana)
    actions.create_action(database, "Book the venue", meeting_ref=refs[1], due_on="2025-04-30")
    actions.create_action(database, "Draft the cluster's roadmap", cluster_code="AEC")
    # Recorded between the first and second meetings, outside any meeting.
    with database.write() as session:
        session.execute(update(Action).where(Action.ref == "AEC-A0003").values(created_at=datetime(2025, 2, 1, 9, 0)))
    hcp = meetings.create_meeting(database, "HCP", title="Monitoring", starts_at="2025-01-10 10:00")
    actions.create_action(database, "Another cluster's action", meeting_ref=hcp)
    return Cluster(refs=refs, ana=ana)


def arising(database: Database, ref: str) -> list[str]:
    return [matter.action.ref for matter in carry_over.matters_arising(database, ref)]


def test_an_action_is_carried_updated_and_closed(database: Database, cluster: Cluster) -> None:
    first, second, third, fourth = cluster.refs
    assert arising(database, first) == [], "raised at the first meeting, so not arising at it"
    assert arising(database, second) == ["AEC-A0001", "AEC-A0003"]

    recorded = carry_over.update_at_meeting(
        database, second, "AEC-A0001", "Terms of reference agreed.", author_id=cluster.ana
    )
    (matter,) = [m for m in carry_over.matters_arising(database, second) if m.action.ref == "AEC-A0001"]
    assert [(u.on, u.author, u.text, u.meeting_ref) for u in matter.updates_here] == [
        (date(2025, 3, 10), "Ana Sousa", "Terms of reference agreed.", second)
    ]
    assert matter.action.status is ActionStatus.OPEN and not matter.closed_here
    assert recorded.previous == statuses.ActionState(ActionStatus.OPEN, None, None)

    assert arising(database, third) == ["AEC-A0002", "AEC-A0001", "AEC-A0003"], "by due date, none last"
    carry_over.update_at_meeting(database, third, "aec-a0001", "Study delivered.", status=ActionStatus.DONE)
    (closed,) = [m for m in carry_over.matters_arising(database, third) if m.action.ref == "AEC-A0001"]
    assert closed.closed_here and closed.action.status is ActionStatus.DONE
    assert (closed.action.closed_on, closed.action.closed_meeting_ref) == (date(2025, 5, 12), third)

    assert arising(database, fourth) == ["AEC-A0002", "AEC-A0003"], "closed at the third meeting: gone"
    # The second meeting still reads as it did, with the update given there.
    assert arising(database, second) == ["AEC-A0001", "AEC-A0003"]
    history = tracker.action_history(database, "AEC-A0001")
    assert [(row.text, row.meeting_ref, row.status) for row in history] == [
        ("Terms of reference agreed.", second, None),
        ("Study delivered.", third, ActionStatus.DONE),
    ]


def test_nothing_is_copied(database: Database, cluster: Cluster) -> None:
    ids = {
        matter.action.id
        for ref in cluster.refs
        for matter in carry_over.matters_arising(database, ref)
        if matter.action.ref == "AEC-A0001"
    }
    assert len(ids) == 1, "the same action at every meeting"
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(Action)) == 4


def test_an_action_closed_outside_a_meeting_is_gone_from_the_next(database: Database, cluster: Cluster) -> None:
    with database.read() as session:
        venue = session.scalar(select(Action.id).where(Action.ref == "AEC-A0002"))
    assert venue is not None
    statuses.set_statuses(database, [venue], ActionStatus.DROPPED, on="2025-06-01")
    assert "AEC-A0002" in arising(database, cluster.refs[2])
    assert "AEC-A0002" not in arising(database, cluster.refs[3])


def test_overdue_is_judged_on_the_meetings_day(database: Database, cluster: Cluster) -> None:
    third = carry_over.matters_arising(database, cluster.refs[2])
    assert [(m.action.ref, m.overdue) for m in third] == [
        ("AEC-A0002", True),
        ("AEC-A0001", False),
        ("AEC-A0003", False),
    ]


def test_undoing_a_closing_update_brings_the_action_back(database: Database, cluster: Cluster) -> None:
    third, fourth = cluster.refs[2], cluster.refs[3]
    recorded = carry_over.update_at_meeting(database, third, "AEC-A0001", "Delivered.", status=ActionStatus.DONE)
    assert "AEC-A0001" not in arising(database, fourth)
    tracker.remove_update(database, recorded.update_id)
    statuses.restore_statuses(database, {recorded.action_id: recorded.previous})
    assert "AEC-A0001" in arising(database, fourth)
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(ActionUpdate)) == 0


def test_follow_up_stays_within_the_cluster_and_open_minutes(database: Database, cluster: Cluster) -> None:
    with pytest.raises(ValidationError, match="another cluster") as caught:
        carry_over.update_at_meeting(database, cluster.refs[1], "HCP-A0001", "Wrong place.")
    assert caught.value.field == "meeting"
    meetings.set_meeting_field(database, cluster.refs[1], "minutes_status", MinutesStatus.APPROVED)
    with pytest.raises(LockedError, match="approved"):
        carry_over.update_at_meeting(database, cluster.refs[1], "AEC-A0001", "Too late.")
    assert tracker.action_history(database, "AEC-A0001") == []
