"""The dashboard of one cluster and of all, on a hand-built database: every figure is known in advance, agrees
with a direct SQL query of the same data, and agrees with the lists (tracker, outputs) behind it."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest
from sqlalchemy import text, update

from pactdesk.domain.enums import ActionStatus, AttendanceStatus, MeetingStatus, OutputStatus, SeatCode
from pactdesk.domain.models import Action
from pactdesk.services import actions, attendance, dashboard, directory, meetings, outputs, tracker
from pactdesk.services.tracker import ActionFilter
from pactdesk.store.database import Database

TODAY = date(2025, 6, 16)
PRESENT, REMOTE, APOLOGIES, ABSENT = (
    AttendanceStatus.PRESENT,
    AttendanceStatus.REMOTE,
    AttendanceStatus.APOLOGIES,
    AttendanceStatus.ABSENT,
)


def organisation(database: Database, name: str) -> int:
    with database.read() as session:
        return directory.organisation_by_name(session, name).id


@pytest.fixture
def committee(database: Database) -> dict[str, int]:
    """AEC's meetings with who came, actions of known age, and outputs; one HCP meeting beside them."""
    ids = {name: organisation(database, name) for name in ("IAPMEI", "AICEP", "AEC", "HCP")}
    company = directory.add_organisation(database, "Moldes Vouga", acronym="MVouga")
    people = {
        "ana": directory.add_person(database, "Ana", organisation_id=ids["IAPMEI"]),
        "bea": directory.add_person(database, "Bea", organisation_id=ids["IAPMEI"]),
        "carla": directory.add_person(database, "Carla", organisation_id=ids["AEC"]),
        "duarte": directory.add_person(database, "Duarte", organisation_id=ids["AICEP"]),
        "eva": directory.add_person(database, "Eva", organisation_id=ids["HCP"]),
        "guest": directory.add_person(database, "Guest", organisation_id=company),
    }

    def meeting(code: str, day: str, status: MeetingStatus, **came: AttendanceStatus | None) -> str:
        ref = meetings.create_meeting(database, code, title="Monitoring", starts_at=f"{day} 10:00", status=status)
        for person, how in came.items():
            attendance.set_attendance(database, ref, people[person], how)
        return ref

    held, cancelled, planned = MeetingStatus.HELD, MeetingStatus.CANCELLED, MeetingStatus.PLANNED
    m1 = meeting("AEC", "2024-03-01", held, ana=PRESENT, bea=ABSENT, carla=REMOTE, duarte=APOLOGIES, guest=PRESENT)
    m2 = meeting("AEC", "2024-09-01", held, ana=ABSENT, bea=ABSENT, carla=PRESENT, duarte=PRESENT)
    m3 = meeting("AEC", "2025-02-01", held, ana=None, carla=ABSENT, duarte=PRESENT)
    meeting("AEC", "2025-05-01", cancelled, ana=PRESENT)
    m5 = meeting("AEC", "2025-05-16", held)
    m6 = meeting("AEC", "2025-05-17", held)
    meeting("AEC", "2025-07-01", planned)
    h1 = meeting("HCP", "2025-03-01", held, ana=PRESENT, carla=PRESENT, eva=ABSENT)

    def action(title: str, raised_at: str, due: str | None, status: ActionStatus = ActionStatus.OPEN) -> None:
        actions.create_action(database, title, meeting_ref=raised_at, due_on=due, status=status)

    action("X1", m3, "2025-06-15")  # overdue 1 day; raised 135 days ago
    action("X2", m3, "2025-06-16")  # due today: not overdue; 135 days old
    action("X3", m1, "2024-06-01")  # overdue 380 days; 472 days old
    action("X4", m2, "2025-03-18")  # overdue 90 days; 288 days old
    action("X5", m2, "2025-03-17")  # overdue 91 days; 288 days old
    actions.create_action(database, "X6", cluster_code="AEC", status=ActionStatus.IN_PROGRESS)  # recorded 6 days ago
    action("X7", m3, "2025-03-01", ActionStatus.DONE)  # closed: not counted
    action("X8", m6, None)  # 30 days old
    action("X9", m5, None)  # 31 days old
    action("Y1", h1, "2025-04-01")  # overdue 76 days; 107 days old
    with database.write() as session:
        session.execute(update(Action).where(Action.title == "X6").values(created_at=datetime(2025, 6, 10, 9, 0)))

    outputs.create_output(database, "AEC", 5, "Conference", status=OutputStatus.ACHIEVED)
    outputs.create_output(database, "AEC", 5, "Clinic")
    outputs.create_output(database, "AEC", 8, "Study", status=OutputStatus.IN_PROGRESS)
    outputs.create_output(database, "HCP", 5, "Breakout", status=OutputStatus.DROPPED)
    return ids


def test_one_cluster(database: Database, committee: dict[str, int]) -> None:
    board = dashboard.dashboard(database, "aec", today=TODAY)
    assert board.cluster_code == "AEC"
    assert [(year.year, year.held) for year in board.meetings_per_year] == [(2024, 2), (2025, 3)]
    assert board.meetings_held == 5
    rates = {rate.acronym: rate for rate in board.attendance}
    assert [rate.seat for rate in board.attendance] == list(SeatCode)
    # IAPMEI: the first meeting (Ana came, Bea did not) counts once; Ana unrecorded at the third does not count.
    assert (rates["IAPMEI"].meetings, rates["IAPMEI"].attended, rates["IAPMEI"].rate) == (2, 1, 0.5)
    assert (rates["AEC"].meetings, rates["AEC"].attended, rates["AEC"].cluster_code) == (3, 2, "AEC")
    assert (rates["AICEP"].meetings, rates["AICEP"].attended) == (3, 2), "apologies are not attendance"
    assert (rates["IEFP"].meetings, rates["IEFP"].rate) == (0, None)
    assert "MVouga" not in rates, "guests' organisations are not members"

    assert (board.open_count, board.overdue_count) == (8, 4)
    assert [(band.label, band.count) for band in board.open_by_age] == [
        ("0–30 days", 2),
        ("31–90 days", 1),
        ("91–180 days", 2),
        ("more than 180 days", 3),
    ]
    assert [(band.label, band.count) for band in board.overdue_by_age] == [
        ("1–30 days", 1),
        ("31–90 days", 1),
        ("91–180 days", 1),
        ("more than 180 days", 1),
    ]
    assert [row.title for row in board.overdue_actions] == ["X3", "X5", "X4", "X1"]
    assert [row.days_overdue for row in board.overdue_actions] == [380, 91, 90, 1]

    by_type = {kind.number: kind for kind in board.outputs}
    assert len(board.outputs) == 17 and board.output_count == 3
    assert (by_type[5].count, by_type[5].of(OutputStatus.ACHIEVED), by_type[5].of(OutputStatus.PLANNED)) == (2, 1, 1)
    assert (by_type[8].count, by_type[8].of(OutputStatus.IN_PROGRESS), by_type[1].count) == (1, 1, 0)


def test_all_clusters(database: Database, committee: dict[str, int]) -> None:
    board = dashboard.dashboard(database, today=TODAY)
    assert board.cluster_code is None
    assert [(year.year, year.held) for year in board.meetings_per_year] == [(2024, 2), (2025, 4)]
    rates = {rate.acronym: rate for rate in board.attendance}
    assert len(board.attendance) == 8 + 18, "the eight seat holders and every cluster's entity"
    assert (rates["IAPMEI"].meetings, rates["IAPMEI"].attended) == (3, 2)
    assert (rates["AEC"].meetings, rates["AEC"].attended) == (3, 2), "at HCP's meeting AEC's entity is a guest"
    assert (rates["HCP"].meetings, rates["HCP"].attended, rates["HCP"].rate) == (1, 0, 0.0)
    assert [rate.cluster_code for rate in board.attendance if rate.seat is SeatCode.C][:2] == ["AED", "AEC"]
    assert (board.open_count, board.overdue_count) == (9, 5)
    assert [band.count for band in board.open_by_age] == [2, 1, 3, 3]
    assert [band.count for band in board.overdue_by_age] == [1, 2, 1, 1]
    assert {kind.number: kind.count for kind in board.outputs if kind.count} == {5: 3, 8: 1}


@pytest.mark.parametrize("code", ["AEC", "HCP", None])
def test_figures_agree_with_sql(database: Database, committee: dict[str, int], code: str | None) -> None:
    board = dashboard.dashboard(database, code, today=TODAY)
    where = "c.code = :code" if code else "1 = 1"
    values = {"code": code, "today": TODAY.isoformat()}
    with database.read() as session:

        def rows(sql: str) -> list[tuple[Any, ...]]:
            return [tuple(row) for row in session.execute(text(sql), values)]

        years = rows(
            "SELECT CAST(strftime('%Y', m.starts_at) AS INTEGER), count(*) FROM meeting m "
            f"JOIN cluster c ON c.id = m.cluster_id WHERE m.status = 'held' AND {where} GROUP BY 1 ORDER BY 1"
        )
        ((still_open, overdue),) = rows(
            "SELECT count(*), coalesce(sum(a.due_on < :today), 0) FROM action a JOIN cluster c ON c.id = a.cluster_id "
            f"WHERE a.status IN ('open', 'in progress') AND {where}"
        )
        attended = rows(
            "SELECT organisation_id, count(*), sum(came) FROM ("
            "  SELECT a.organisation_id, a.meeting_id, max(a.status IN ('present', 'remote')) AS came"
            "  FROM attendance a JOIN meeting m ON m.id = a.meeting_id JOIN cluster c ON c.id = m.cluster_id"
            "  WHERE m.status = 'held' AND a.status IS NOT NULL AND ("
            "    a.organisation_id IN (SELECT organisation_id FROM committee_seat WHERE organisation_id IS NOT NULL)"
            f"    OR a.organisation_id = c.management_entity_id) AND {where}"
            "  GROUP BY a.organisation_id, a.meeting_id"
            ") GROUP BY organisation_id"
        )
        kinds = rows(
            "SELECT o.output_type_number, o.status, count(*) FROM output o JOIN cluster c ON c.id = o.cluster_id "
            f"WHERE {where} GROUP BY 1, 2"
        )
    assert [(year.year, year.held) for year in board.meetings_per_year] == years
    assert (board.open_count, board.overdue_count) == (still_open, overdue)
    counted = {rate.organisation_id: (rate.meetings, rate.attended) for rate in board.attendance if rate.meetings}
    assert counted == {organisation_id: (n, came) for organisation_id, n, came in attended}
    by_type = {kind.number: kind for kind in board.outputs}
    assert sum(n for *_, n in kinds) == board.output_count
    for number, status, n in kinds:
        assert by_type[number].of(OutputStatus(status)) == n


@pytest.mark.parametrize("code", ["AEC", None])
def test_figures_agree_with_the_lists(database: Database, committee: dict[str, int], code: str | None) -> None:
    board = dashboard.dashboard(database, code, today=TODAY)
    codes = (code,) if code else ()
    open_filter = ActionFilter(today=TODAY, cluster_codes=codes, statuses=(ActionStatus.OPEN, ActionStatus.IN_PROGRESS))
    assert board.open_count == len(board.open_actions) == tracker.count_actions(database, open_filter)
    overdue_filter = ActionFilter(today=TODAY, cluster_codes=codes, overdue=True)
    assert board.overdue_count == len(board.overdue_actions) == tracker.count_actions(database, overdue_filter)
    assert sum(band.count for band in board.open_by_age) == board.open_count
    assert sum(band.count for band in board.overdue_by_age) == board.overdue_count
    for band in board.open_by_age:
        assert band.count == sum(
            1
            for row in board.open_actions
            if band.low <= row.age_days and (band.high is None or row.age_days <= band.high)
        )
    for band in board.overdue_by_age:
        assert band.count == sum(
            1
            for row in board.overdue_actions
            if band.low <= row.days_overdue and (band.high is None or row.days_overdue <= band.high)
        )
    listed = outputs.list_outputs(database, cluster_code=code)
    assert board.output_count == len(listed)
    for kind in board.outputs:
        for status in OutputStatus:
            assert kind.of(status) == sum(
                1 for row in listed if row.type_number == kind.number and row.status is status
            )
