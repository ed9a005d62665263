"""The action tracker on a hand-built database: filters with known answers, overdue on the boundary day, sorting,
paging, statuses changed many at a time and undone, and the history of progress updates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select, text

from pactdesk.domain.enums import ActionStatus, MinutesStatus
from pactdesk.domain.errors import LockedError, NotFoundError, ValidationError
from pactdesk.domain.models import Action
from pactdesk.services import actions, directory, meetings, statuses, tracker
from pactdesk.services.tracker import ActionFilter, ActionSort, TrackerColumn
from pactdesk.store.database import Database

TODAY = date(2025, 6, 16)


@dataclass(frozen=True)
class Desk:
    ana: int
    rui: int
    aicep: int
    ids: dict[str, int]  # action title's first word → id


@pytest.fixture
def desk(database: Database) -> Desk:
    """Six actions in two clusters; the comments say why each is there."""
    iapmei = directory.add_organisation(database, "Agência para a Competitividade e Inovação II", acronym="IAPMEI2")
    aicep = directory.add_organisation(database, "Agência para o Investimento e Comércio Externo II", acronym="AICEP2")
    ana = directory.add_person(database, "Ana Sousa", organisation_id=iapmei)
    rui = directory.add_person(database, "Rui Pinto")
    aec = meetings.create_meeting(database, "AEC", title="Monitoring", starts_at="2025-01-20 10:00")
    hcp = meetings.create_meeting(database, "HCP", title="Monitoring", starts_at="2025-02-10 10:00")
    # Due yesterday and still open: overdue by one day.
    actions.create_action(
        database,
        "Send the supply-chain study",
        meeting_ref=aec,
        owner_person_id=ana,
        due_on=TODAY - timedelta(days=1),
        goal_numbers=[8, 4],
    )
    # Due today: not overdue yet.
    actions.create_action(
        database,
        "Draft the call for proposals",
        meeting_ref=aec,
        owner_person_id=rui,
        due_on=TODAY,
        status=ActionStatus.IN_PROGRESS,
        goal_numbers=[2],
    )
    # Due in a week, owned by an organisation.
    actions.create_action(
        database, "Book the venue", meeting_ref=aec, owner_organisation_id=aicep, due_on="2025-06-23", goal_numbers=[3]
    )
    # Due long ago but done, and dropped: neither is overdue.
    actions.create_action(
        database,
        "Share the health roadmap",
        meeting_ref=hcp,
        owner_person_id=ana,
        due_on="2025-05-01",
        goal_numbers=[4],
    )
    actions.create_action(
        database, "Prepare the 50% milestone report", meeting_ref=hcp, owner_organisation_id=aicep, due_on="2025-03-01"
    )
    # No owner, no due date, no meeting: a cluster's own action.
    actions.create_action(database, "Map the clinical trials", cluster_code="HCP")
    with database.read() as session:
        ids = {title.split()[0]: ident for ident, title in session.execute(select(Action.id, Action.title))}
    actions.add_update(database, "AEC-A0001", "Draft circulated to the partners.", on="2025-02-01", author_id=ana)
    actions.add_update(database, "AEC-A0001", "Final version pending.", on="2025-03-01", meeting_ref=aec)
    actions.add_update(database, "HCP-A0003", "Waiting for the UMinho partners.", on="2025-04-01")
    statuses.set_statuses(database, [ids["Share"]], ActionStatus.DONE, on="2025-05-02", meeting_ref=hcp)
    statuses.set_statuses(database, [ids["Prepare"]], ActionStatus.DROPPED, on="2025-04-01")
    return Desk(ana=ana, rui=rui, aicep=aicep, ids=ids)


def titles(database: Database, wanted: ActionFilter, sort: ActionSort | None = None) -> list[str]:
    """The first word of each title the tracker lists, after checking the count agrees with the list."""
    rows = tracker.action_page(database, wanted, sort, limit=None)
    assert tracker.count_actions(database, wanted) == len(rows)
    return [row.title.split()[0] for row in rows]


def test_every_filter_keeps_the_known_actions(database: Database, desk: Desk) -> None:
    def shown(**fields: Any) -> set[str]:
        return set(titles(database, ActionFilter(today=TODAY, **fields)))

    assert shown() == {"Send", "Draft", "Book", "Share", "Prepare", "Map"}
    assert shown(cluster_codes=("aec",)) == {"Send", "Draft", "Book"}
    assert shown(cluster_codes=("AEC", "HCP")) == shown()
    assert shown(owner_person_id=desk.ana) == {"Send", "Share"}
    assert shown(owner_organisation_id=desk.aicep) == {"Book", "Prepare"}
    assert shown(statuses=(ActionStatus.OPEN,)) == {"Send", "Book", "Map"}
    assert shown(statuses=(ActionStatus.DONE, ActionStatus.DROPPED)) == {"Share", "Prepare"}
    assert shown(goal=4) == {"Send", "Share"}
    assert shown(goal=9) == set()
    assert shown(due_within_days=0) == {"Draft"}
    assert shown(due_within_days=6) == {"Draft"}
    assert shown(due_within_days=7) == {"Draft", "Book"}
    assert shown(overdue=True, due_within_days=7) == {"Send", "Draft", "Book"}
    assert shown(cluster_codes=("HCP",), owner_organisation_id=desk.aicep) == {"Prepare"}


def test_overdue_means_open_and_due_before_today(database: Database, desk: Desk) -> None:
    assert titles(database, ActionFilter(today=TODAY, overdue=True)) == ["Send"]
    # A day later the action due today has become overdue too; done and dropped ones never are.
    assert titles(database, ActionFilter(today=TODAY + timedelta(days=1), overdue=True)) == ["Send", "Draft"]
    rows = {row.title.split()[0]: row for row in tracker.action_page(database, ActionFilter(today=TODAY))}
    assert (rows["Send"].overdue, rows["Send"].days_overdue) == (True, 1)
    assert (rows["Draft"].overdue, rows["Draft"].days_overdue) == (False, 0)
    assert not rows["Share"].overdue and not rows["Prepare"].overdue and not rows["Map"].overdue


def test_text_matches_title_reference_and_any_update(database: Database, desk: Desk) -> None:
    def found(words: str) -> set[str]:
        return set(titles(database, ActionFilter(today=TODAY, text=words)))

    assert found("SUPPLY") == {"Send"}
    assert found("aec-a0002") == {"Draft"}
    assert found("uminho") == {"Map"}, "an update's words"
    assert found("circulated") == {"Send"}, "any update, not only the latest"
    assert found("draft") == {"Send", "Draft"}
    assert found("draft call") == {"Draft"}, "every word"
    assert found("50%") == {"Prepare"}, "% is a character, not a wildcard"
    assert found("_") == set()


def test_a_row_holds_what_the_tracker_shows(database: Database, desk: Desk) -> None:
    (row,) = tracker.action_page(database, ActionFilter(today=TODAY, text="supply"))
    assert row.ref == "AEC-A0001" and row.cluster_code == "AEC" and row.owner == "Ana Sousa"
    assert (row.owner_person_id, row.owner_organisation_id) == (desk.ana, None)
    assert row.goals == (4, 8) and row.meeting_ref == "AEC-2025-01"
    assert row.latest_update == "Final version pending."
    assert row.raised_on == date(2025, 1, 20) and row.age_days == (TODAY - date(2025, 1, 20)).days
    (closed,) = tracker.action_page(database, ActionFilter(today=TODAY, statuses=(ActionStatus.DONE,)))
    assert (closed.closed_on, closed.closed_meeting_ref) == (date(2025, 5, 2), "HCP-2025-01")
    (dropped,) = tracker.action_page(database, ActionFilter(today=TODAY, statuses=(ActionStatus.DROPPED,)))
    assert (dropped.owner, dropped.closed_on, dropped.closed_meeting_ref) == ("AICEP2", date(2025, 4, 1), None)
    (bare,) = tracker.action_page(database, ActionFilter(today=TODAY, text="clinical"))
    assert (bare.owner, bare.due_on, bare.goals, bare.meeting_ref) == ("", None, (), None)


@pytest.mark.parametrize(
    ("column", "descending", "expected"),
    [
        (TrackerColumn.DUE, False, ["Prepare", "Share", "Send", "Draft", "Book", "Map"]),
        (TrackerColumn.DUE, True, ["Book", "Draft", "Send", "Share", "Prepare", "Map"]),
        (TrackerColumn.OWNER, False, ["Book", "Prepare", "Send", "Share", "Draft", "Map"]),
        (TrackerColumn.STATUS, False, ["Send", "Book", "Map", "Draft", "Share", "Prepare"]),
        (TrackerColumn.REF, True, ["Map", "Prepare", "Share", "Book", "Draft", "Send"]),
        (TrackerColumn.CLOSED, False, ["Prepare", "Share", "Send", "Draft", "Book", "Map"]),
        (TrackerColumn.TITLE, False, ["Book", "Draft", "Map", "Prepare", "Send", "Share"]),
        (TrackerColumn.CLUSTER, True, ["Map", "Prepare", "Share", "Book", "Draft", "Send"]),
    ],
)
def test_sorting(database: Database, desk: Desk, column: TrackerColumn, descending: bool, expected: list[str]) -> None:
    assert titles(database, ActionFilter(today=TODAY), ActionSort(column, descending)) == expected


def test_sorting_by_age_puts_the_oldest_last_when_ascending(database: Database, desk: Desk) -> None:
    rows = tracker.action_page(database, ActionFilter(today=TODAY), ActionSort(TrackerColumn.AGE))
    ages = [row.age_days for row in rows]
    assert ages == sorted(ages)
    assert rows[-1].raised_on == date(2025, 1, 20)


def test_pages_follow_one_another(database: Database, desk: Desk) -> None:
    wanted, sort = ActionFilter(today=TODAY), ActionSort(TrackerColumn.DUE)
    whole = tracker.action_page(database, wanted, sort, limit=None)
    pages = [tracker.action_page(database, wanted, sort, offset, 4) for offset in (0, 4)]
    assert pages[0] + pages[1] == whole and len(pages[1]) == 2


def test_wrong_filters_say_so(database: Database, desk: Desk) -> None:
    with pytest.raises(ValidationError, match="1 to 9") as caught:
        tracker.count_actions(database, ActionFilter(today=TODAY, goal=10))
    assert caught.value.field == "goal"
    with pytest.raises(ValidationError, match="zero or more"):
        tracker.action_page(database, ActionFilter(today=TODAY, due_within_days=-1))


def test_owner_choices_are_the_people_then_organisations_who_own_actions(database: Database, desk: Desk) -> None:
    choices = tracker.owner_choices(database)
    assert [(choice.label, choice.actions) for choice in choices] == [
        ("Ana Sousa (IAPMEI2)", 2),
        ("Rui Pinto", 1),
        ("AICEP2", 2),
    ]
    assert (choices[0].person_id, choices[2].organisation_id) == (desk.ana, desk.aicep)


def test_statuses_change_together_and_undo_puts_them_back(database: Database, desk: Desk) -> None:
    closing = meetings.create_meeting(database, "AEC", title="Next", starts_at="2025-06-16 10:00")
    chosen = [desk.ids["Send"], desk.ids["Draft"], desk.ids["Book"]]
    before = tracker.action_page(database, ActionFilter(today=TODAY, cluster_codes=("AEC",)), limit=None)
    previous = statuses.set_statuses(database, chosen, ActionStatus.DONE, on=TODAY, meeting_ref=closing)
    assert previous == {
        desk.ids["Send"]: statuses.ActionState(ActionStatus.OPEN, None, None),
        desk.ids["Draft"]: statuses.ActionState(ActionStatus.IN_PROGRESS, None, None),
        desk.ids["Book"]: statuses.ActionState(ActionStatus.OPEN, None, None),
    }
    after = tracker.action_page(database, ActionFilter(today=TODAY, cluster_codes=("AEC",)), limit=None)
    assert {(row.status, row.closed_on, row.closed_meeting_ref) for row in after} == {
        (ActionStatus.DONE, TODAY, closing)
    }
    assert statuses.set_statuses(database, chosen, ActionStatus.DONE, on=TODAY) == {}, "already done: unchanged"
    statuses.restore_statuses(database, previous)
    assert tracker.action_page(database, ActionFilter(today=TODAY, cluster_codes=("AEC",)), limit=None) == before


def test_reopening_clears_when_and_where_it_was_closed(database: Database, desk: Desk) -> None:
    previous = statuses.set_statuses(database, [desk.ids["Share"]], ActionStatus.OPEN, on=TODAY)
    assert previous[desk.ids["Share"]].closed_on == date(2025, 5, 2)
    (row,) = tracker.action_page(database, ActionFilter(today=TODAY, text="roadmap"))
    assert (row.status, row.closed_on, row.closed_meeting_ref, row.overdue) == (ActionStatus.OPEN, None, None, True)


def test_a_refused_status_change_changes_nothing(database: Database, desk: Desk) -> None:
    hcp_meeting = "HCP-2025-01"
    with pytest.raises(ValidationError, match="another cluster") as caught:
        statuses.set_statuses(
            database, [desk.ids["Map"], desk.ids["Send"]], ActionStatus.DONE, on=TODAY, meeting_ref=hcp_meeting
        )
    assert caught.value.field == "meeting" and "AEC-A0001" in str(caught.value)
    with pytest.raises(NotFoundError, match="no longer exists"):
        statuses.set_statuses(database, [desk.ids["Map"], 9999], ActionStatus.DONE, on=TODAY)
    meetings.set_meeting_field(database, hcp_meeting, "minutes_status", MinutesStatus.APPROVED)
    with pytest.raises(LockedError):
        statuses.set_statuses(database, [desk.ids["Map"]], ActionStatus.DONE, on=TODAY, meeting_ref=hcp_meeting)
    with database.read() as session:
        still_open = session.scalar(select(func.count()).where(Action.status == ActionStatus.OPEN))
    assert still_open == 3


def test_history_is_shown_edited_and_undone(database: Database, desk: Desk) -> None:
    history = tracker.action_history(database, "aec-a0001")
    assert [(row.on, row.author, row.text, row.meeting_ref) for row in history] == [
        (date(2025, 2, 1), "Ana Sousa", "Draft circulated to the partners.", None),
        (date(2025, 3, 1), "", "Final version pending.", "AEC-2025-01"),
    ]
    first = history[0].id
    previous = tracker.edit_update(database, first, text="Draft sent.", on="2025-02-03", meeting_ref="AEC-2025-01")
    assert previous == {"text": "Draft circulated to the partners.", "on": date(2025, 2, 1), "meeting_ref": None}
    edited = tracker.action_history(database, "AEC-A0001")[0]
    assert (edited.text, edited.on, edited.meeting_ref) == ("Draft sent.", date(2025, 2, 3), "AEC-2025-01")
    tracker.edit_update(database, first, **previous)
    assert tracker.action_history(database, "AEC-A0001") == history


def test_editing_an_update_checks_what_is_typed(database: Database, desk: Desk) -> None:
    first = tracker.action_history(database, "AEC-A0001")[0].id
    with pytest.raises(ValidationError, match="another cluster") as caught:
        tracker.edit_update(database, first, meeting_ref="HCP-2025-01")
    assert caught.value.field == "meeting"
    with pytest.raises(ValidationError, match="cannot be empty") as caught:
        tracker.edit_update(database, first, text="  ")
    assert caught.value.field == "text"
    with pytest.raises(ValidationError, match="not a date"):
        tracker.edit_update(database, first, on="yesterday")
    with pytest.raises(NotFoundError):
        tracker.edit_update(database, 9999, text="x")
    assert tracker.action_history(database, "AEC-A0001")[0].text == "Draft circulated to the partners."


def test_a_removed_update_comes_back_with_its_id(database: Database, desk: Desk) -> None:
    history = tracker.action_history(database, "AEC-A0001")
    removed = tracker.remove_update(database, history[1].id)
    (row,) = tracker.action_page(database, ActionFilter(today=TODAY, text="supply"))
    assert row.latest_update == "Draft circulated to the partners."
    assert tracker.restore_update(database, removed) == history[1].id
    assert tracker.action_history(database, "AEC-A0001") == history
    with database.read() as session:
        assert session.scalar(text("SELECT count(*) FROM action_update")) == 3
