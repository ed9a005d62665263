"""The demo database: deterministic, every action status present, only the sixteen pacts have meetings."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from pactdesk.domain.enums import ActionStatus, MeetingStatus, MinutesStatus
from pactdesk.domain.models import Action, Cluster, Meeting, Output
from pactdesk.services import workspace
from pactdesk.services.demo import build_demo

AS_OF = date(2025, 6, 30)


@dataclass(frozen=True)
class Demo:
    counts: dict[str, int]
    meeting_refs: list[str]
    action_refs: list[str]
    output_refs: list[str]
    action_statuses: set[ActionStatus]
    overdue_open: int
    meetings_by_cluster: dict[str, int]
    pact_signed: dict[str, bool]
    minutes_statuses: set[MinutesStatus]
    meeting_statuses: set[MeetingStatus]
    progress: list[tuple[int, int]]


def build(folder: Path, scale: int) -> Demo:
    """Build the demo into a new file in ``folder`` and describe what is in it."""
    calls: list[tuple[int, int]] = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PACTDESK_HOME", str(folder))
        db = workspace.open_workspace(workspace.location(str(folder / "demo.sqlite")))
        try:
            build_demo(db, scale=scale, as_of=AS_OF, progress=lambda done, total: calls.append((done, total)))
            counts = workspace.info(db).counts
            with db.read() as session:
                query = select(Cluster.code, func.count(Meeting.id)).outerjoin(Meeting).group_by(Cluster.code)
                per_cluster = {code: count for code, count in session.execute(query)}
                signed = {code: flag for code, flag in session.execute(select(Cluster.code, Cluster.pact_signed))}
                return Demo(
                    counts=counts,
                    meeting_refs=sorted(session.scalars(select(Meeting.ref))),
                    action_refs=sorted(session.scalars(select(Action.ref))),
                    output_refs=sorted(session.scalars(select(Output.ref))),
                    action_statuses=set(session.scalars(select(Action.status))),
                    overdue_open=session.scalar(
                        select(func.count()).where(Action.status == ActionStatus.OPEN, Action.due_on < AS_OF)
                    )
                    or 0,
                    meetings_by_cluster=per_cluster,
                    pact_signed=signed,
                    minutes_statuses=set(session.scalars(select(Meeting.minutes_status))),
                    meeting_statuses=set(session.scalars(select(Meeting.status))),
                    progress=calls,
                )
        finally:
            db.close()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    yield build(tmp_path_factory.mktemp("demo-first"), 1)


def test_same_scale_and_date_give_the_same_demo(demo: Demo, tmp_path: Path) -> None:
    again = build(tmp_path, 1)
    assert again.counts == demo.counts
    assert again.meeting_refs == demo.meeting_refs
    assert again.action_refs == demo.action_refs
    assert again.output_refs == demo.output_refs


def test_demo_fills_every_table(demo: Demo) -> None:
    assert all(count > 0 for count in demo.counts.values()), demo.counts
    assert demo.counts["attendance"] > 5 * demo.counts["meetings"]
    assert demo.counts["agenda_items"] >= 4 * demo.counts["meetings"]


def test_every_action_status_occurs_and_some_open_actions_are_overdue(demo: Demo) -> None:
    assert demo.action_statuses == set(ActionStatus)
    assert demo.overdue_open > 0


def test_meetings_have_every_status_of_meeting_and_of_minutes(demo: Demo) -> None:
    assert demo.meeting_statuses == set(MeetingStatus)
    assert demo.minutes_statuses == set(MinutesStatus)


def test_only_the_sixteen_pacts_have_meetings(demo: Demo) -> None:
    with_meetings = {code for code, count in demo.meetings_by_cluster.items() if count}
    assert with_meetings == {code for code, signed in demo.pact_signed.items() if signed}
    assert len(with_meetings) == 16
    assert sorted(code for code, signed in demo.pact_signed.items() if not signed) == ["TOUR", "WINE"]
    assert all(12 <= demo.meetings_by_cluster[code] <= 16 for code in with_meetings)


def test_progress_is_reported_for_each_cluster(demo: Demo) -> None:
    assert demo.progress[0] == (0, 16)
    assert demo.progress[-1] == (16, 16)
    assert [done for done, _ in demo.progress] == list(range(17))


def test_scale_two_has_about_twice_the_meetings(demo: Demo, tmp_path: Path) -> None:
    doubled = build(tmp_path, 2)
    ratio = doubled.counts["meetings"] / demo.counts["meetings"]
    assert 1.6 <= ratio <= 2.4, ratio
    assert len(doubled.meetings_by_cluster) == len(demo.meetings_by_cluster)
