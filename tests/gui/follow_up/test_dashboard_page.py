"""The dashboard page on a hand-built database: every chart draws the service's figures, which agree with a direct
SQL count; the cluster chooser changes them; charts save as PNG without ever damaging an older file; an empty
database shows empty charts; the charts follow light and dark."""

from __future__ import annotations

import os
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCharts import QChart
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from pactdesk.domain.enums import ActionStatus, AttendanceStatus, MeetingStatus, OutputStatus
from pactdesk.domain.errors import NotFoundError, PactDeskError
from pactdesk.gui.common.theme import dark_palette
from pactdesk.gui.common.words import word
from pactdesk.gui.follow_up.dashboard_page import (
    ACTIONS,
    ATTENDANCE,
    MEETINGS,
    OUTPUTS,
    ChartNotSavedError,
    DashboardPage,
)
from pactdesk.services import actions, attendance, dashboard, directory, meetings, outputs
from pactdesk.store.database import Database

PRESENT, REMOTE, APOLOGIES, ABSENT = (
    AttendanceStatus.PRESENT,
    AttendanceStatus.REMOTE,
    AttendanceStatus.APOLOGIES,
    AttendanceStatus.ABSENT,
)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
HELD_LABEL = "Meetings held"
OPEN_LABEL, OVERDUE_LABEL = "Open, by days since raised", "Overdue, by days past due"


def _organisation(database: Database, name: str) -> int:
    with database.read() as session:
        return directory.organisation_by_name(session, name).id


@pytest.fixture
def committee(database: Database) -> dict[str, Any]:
    """AEC's meetings with who came, open actions of known lateness, and outputs; one HCP meeting beside them."""
    today = date.today()
    ids = {name: _organisation(database, name) for name in ("IAPMEI", "AICEP", "AEC", "HCP")}
    company = directory.add_organisation(database, "Moldes Vouga", acronym="MVouga")
    people = {
        "ana": directory.add_person(database, "Ana", organisation_id=ids["IAPMEI"]),
        "bea": directory.add_person(database, "Bea", organisation_id=ids["IAPMEI"]),
        "carla": directory.add_person(database, "Carla", organisation_id=ids["AEC"]),
        "duarte": directory.add_person(database, "Duarte", organisation_id=ids["AICEP"]),
        "eva": directory.add_person(database, "Eva", organisation_id=ids["HCP"]),
        "guest": directory.add_person(database, "Guest", organisation_id=company),
    }

    def meeting(code: str, day: date, status: MeetingStatus, **came: AttendanceStatus) -> str:
        ref = meetings.create_meeting(database, code, title="Monitoring", starts_at=f"{day.isoformat()} 10:00")
        if status is not MeetingStatus.PLANNED:
            meetings.set_meeting_field(database, ref, "status", status)
        for person, how in came.items():
            attendance.set_attendance(database, ref, people[person], how)
        return ref

    held = MeetingStatus.HELD
    recent = today - timedelta(days=10)
    m1 = meeting("AEC", date(2024, 3, 1), held, ana=PRESENT, bea=ABSENT, carla=REMOTE, duarte=APOLOGIES, guest=PRESENT)
    m2 = meeting("AEC", date(2024, 9, 1), held, ana=ABSENT, bea=ABSENT, carla=PRESENT, duarte=PRESENT)
    m3 = meeting("AEC", recent, held, carla=ABSENT, duarte=PRESENT)
    meeting("AEC", date(2025, 5, 1), MeetingStatus.CANCELLED, ana=PRESENT)
    meeting("AEC", today + timedelta(days=30), MeetingStatus.PLANNED)
    h1 = meeting("HCP", date(2025, 3, 1), held, ana=PRESENT, carla=PRESENT, eva=ABSENT)

    def action(title: str, raised_at: str, due: date | None, status: ActionStatus = ActionStatus.OPEN) -> None:
        actions.create_action(database, title, meeting_ref=raised_at, due_on=due, status=status)

    action("A1", m1, today - timedelta(days=5))  # overdue 5 days; raised long ago
    action("A2", m2, today - timedelta(days=100))  # overdue 100 days
    action("A3", m3, today + timedelta(days=10))  # 10 days old, not due yet
    action("A4", m3, None)  # 10 days old, no due date
    action("A5", m1, today - timedelta(days=50), ActionStatus.DONE)  # closed: not counted
    action("B1", h1, today - timedelta(days=400))  # HCP, overdue 400 days

    outputs.create_output(database, "AEC", 5, "Conference", status=OutputStatus.ACHIEVED)
    outputs.create_output(database, "AEC", 5, "Clinic")
    outputs.create_output(database, "AEC", 8, "Study", status=OutputStatus.IN_PROGRESS)
    outputs.create_output(database, "HCP", 5, "Breakout", status=OutputStatus.DROPPED)
    return {"ids": ids, "recent": recent}


@pytest.fixture
def page(qtbot: QtBot, database: Database) -> DashboardPage:
    shown = DashboardPage(database)
    qtbot.addWidget(shown)
    shown.resize(1200, 900)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def _sql(database: Database, sql: str, code: str | None) -> list[tuple[Any, ...]]:
    where = "c.code = :code" if code else "1 = 1"
    with database.read() as session:
        return [tuple(row) for row in session.execute(text(sql.format(where=where)), {"code": code})]


def _meetings_by_sql(database: Database, code: str | None) -> dict[str, int]:
    rows = _sql(
        database,
        "SELECT strftime('%Y', m.starts_at), count(*) FROM meeting m JOIN cluster c ON c.id = m.cluster_id "
        "WHERE m.status = 'held' AND {where} GROUP BY 1 ORDER BY 1",
        code,
    )
    return {year: count for year, count in rows}


def _outputs_by_sql(database: Database, code: str | None) -> dict[tuple[int, str], int]:
    rows = _sql(
        database,
        "SELECT o.output_type_number, o.status, count(*) FROM output o JOIN cluster c ON c.id = o.cluster_id "
        "WHERE {where} GROUP BY 1, 2",
        code,
    )
    return {(number, status): count for number, status, count in rows}


def _charted_outputs(page: DashboardPage) -> dict[tuple[int, str], int]:
    """The outputs chart read back as (type number, status word in the database) → count, zeros left out."""
    values = page.series_values(OUTPUTS)
    numbers = [int(category) for category in page.chart_categories(OUTPUTS)]
    return {
        (number, status.value): int(count)
        for status in OutputStatus
        for number, count in zip(numbers, values[word(status)], strict=True)
        if count
    }


@pytest.mark.parametrize("code", [None, "AEC", "HCP"])
def test_every_chart_draws_the_service_figures_which_agree_with_sql(
    committee: dict[str, Any], page: DashboardPage, database: Database, code: str | None
) -> None:
    page.set_cluster(code)
    board = dashboard.dashboard(database, code, today=date.today())
    assert page.chart_names() == [MEETINGS, ATTENDANCE, ACTIONS, OUTPUTS]

    # Meetings held per year: the service, and a count straight from the table.
    years = [str(year.year) for year in board.meetings_per_year]
    assert page.chart_categories(MEETINGS) == years
    assert page.series_values(MEETINGS) == {HELD_LABEL: [float(year.held) for year in board.meetings_per_year]}
    charted = dict(zip(years, page.series_values(MEETINGS)[HELD_LABEL], strict=True))
    assert charted == _meetings_by_sql(database, code)

    # Attendance: the members with a meeting to count, first on top (Qt lists horizontal bars bottom up).
    counted = [rate for rate in board.attendance if rate.rate is not None]
    rates = list(reversed(page.series_values(ATTENDANCE)["Attendance rate"]))
    assert rates == pytest.approx([(rate.rate or 0) * 100 for rate in counted])
    assert all(0 <= rate <= 100 for rate in rates)
    names = list(reversed(page.chart_categories(ATTENDANCE)))
    assert len(names) == len(counted)
    for name, rate in zip(names, counted, strict=True):  # long names are shortened, never changed
        assert rate.organisation.startswith(name.removesuffix("…")), name

    # Open and overdue actions by age band.
    assert page.series_values(ACTIONS) == {
        OPEN_LABEL: [float(band.count) for band in board.open_by_age],
        OVERDUE_LABEL: [float(band.count) for band in board.overdue_by_age],
    }

    # Outputs by type and status: the service, and a count straight from the table.
    values = page.series_values(OUTPUTS)
    assert list(values) == [word(status) for status in OutputStatus]
    for status in OutputStatus:
        assert values[word(status)] == [float(kind.of(status)) for kind in board.outputs]
    assert _charted_outputs(page) == _outputs_by_sql(database, code)

    # The tables beside the charts and the list of open actions read the same figures.
    assert page.panels[MEETINGS].figures.rowCount() == len(board.meetings_per_year)
    assert page.panels[ATTENDANCE].figures.rowCount() == len(board.attendance)
    assert page.panels[OUTPUTS].figures.rowCount() == 17
    assert page.open_actions.rowCount() == board.open_count
    actions_open = "action open" if board.open_count == 1 else "actions open"
    assert f"{board.open_count} {actions_open}, {board.overdue_count} of them overdue" in page.summary.text()


def test_one_cluster_figures_are_the_ones_expected(committee: dict[str, Any], page: DashboardPage) -> None:
    page.set_cluster("aec")
    recent = committee["recent"]
    assert page.series_values(MEETINGS) == {
        HELD_LABEL: [float(n) for _, n in sorted(Counter([2024, 2024, recent.year]).items())]
    }
    # Bottom to top: AICEP (g) 2 of 3, IAPMEI (d) 1 of 2, AEC's management entity (c) 2 of 3.
    assert page.series_values(ATTENDANCE)["Attendance rate"] == pytest.approx([200 / 3, 50.0, 200 / 3])
    assert page.chart_categories(ATTENDANCE)[1].startswith("IAPMEI")
    assert page.series_values(ACTIONS) == {OPEN_LABEL: [2.0, 0.0, 0.0, 2.0], OVERDUE_LABEL: [1.0, 0.0, 1.0, 0.0]}
    assert _charted_outputs(page) == {(5, "achieved"): 1, (5, "planned"): 1, (8, "in progress"): 1}


def test_choosing_a_cluster_in_the_combo_box_changes_the_figures(
    committee: dict[str, Any], page: DashboardPage, database: Database
) -> None:
    combo = page.findChild(QComboBox, "dashboardCluster")
    assert combo is page.cluster and combo.itemText(0) == "All clusters" and combo.count() == 19
    everything = page.series_values(OUTPUTS)
    assert sum(sum(values) for values in everything.values()) == 4

    combo.setCurrentIndex(combo.index_of("HCP"))
    assert page.cluster_code() == "HCP"
    assert _charted_outputs(page) == {(5, "dropped"): 1} == _outputs_by_sql(database, "HCP")
    assert page.series_values(ATTENDANCE)["Attendance rate"] == pytest.approx([100.0, 0.0]), (
        "bottom up: IAPMEI, HCP's entity"
    )
    assert page.series_values(ACTIONS)[OVERDUE_LABEL] == [0.0, 0.0, 0.0, 1.0]
    assert [page.open_actions.row_at(row).ref for row in range(page.open_actions.rowCount())] == ["HCP-A0001"]

    combo.setCurrentIndex(combo.index_of("AEC"))
    assert _charted_outputs(page) == _outputs_by_sql(database, "AEC")
    assert page.series_values(ACTIONS)[OVERDUE_LABEL] == [1.0, 0.0, 1.0, 0.0]

    combo.setCurrentIndex(0)
    assert page.cluster_code() is None and page.series_values(OUTPUTS) == everything
    with pytest.raises(NotFoundError):
        page.set_cluster("NOPE")


def test_overdue_is_told_in_words_and_stripes_not_by_colour_alone(
    committee: dict[str, Any], page: DashboardPage
) -> None:
    page.set_cluster("AEC")
    striped = {bar_set.label(): bar_set.brush().style() for bar_set in page.panels[ACTIONS].series.barSets()}
    assert striped[OVERDUE_LABEL] == Qt.BrushStyle.BDiagPattern and striped[OPEN_LABEL] != Qt.BrushStyle.BDiagPattern
    model = page.open_actions
    late = {model.row_at(row).ref: model.data(model.index(row, model.OVERDUE)) for row in range(model.rowCount())}
    assert late == {
        "AEC-A0001": "overdue by 5 days",
        "AEC-A0002": "overdue by 100 days",
        "AEC-A0003": "no",
        "AEC-A0004": "no",
    }
    figures = page.panels[ACTIONS].figures
    assert [figures.data(figures.index(row, 2)) for row in range(figures.rowCount())] == [1, 0, 1, 0, 2]


def test_a_chart_saves_as_a_png_of_its_size(committee: dict[str, Any], page: DashboardPage, tmp_path: Path) -> None:
    folder = tmp_path / "charts"
    folder.mkdir()
    for name in page.chart_names():
        target = folder / f"{name}.png"
        page.save_chart_png(name, target)
        assert target.read_bytes().startswith(PNG_SIGNATURE)
        image = QImage(str(target))
        view = page.chart_view(name)
        assert not image.isNull()
        assert image.size() == view.size() * view.devicePixelRatio()
    assert sorted(path.name for path in folder.iterdir()) == sorted(f"{name}.png" for name in page.chart_names())


def test_a_failed_save_raises_a_plain_error_and_leaves_the_older_file_intact(
    committee: dict[str, Any], page: DashboardPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "charts"
    folder.mkdir()
    older = folder / "meetings.png"
    older.write_bytes(b"the chart of last month")

    with pytest.raises(ChartNotSavedError, match="does not exist") as missing:
        page.save_chart_png(MEETINGS, folder / "no such folder" / "meetings.png")
    assert isinstance(missing.value, PactDeskError)

    with pytest.raises(ChartNotSavedError, match="not saved"):
        page.save_chart_png(MEETINGS, folder)  # a folder where the file should go

    def refuse(source: object, target: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ChartNotSavedError, match="Permission denied") as refused:
        page.save_chart_png(MEETINGS, older)
    assert "unchanged" in str(refused.value)
    assert older.read_bytes() == b"the chart of last month"
    assert [path.name for path in folder.iterdir()] == ["meetings.png"], "no temporary file is left behind"


def test_the_save_button_asks_where_and_explains_a_failure(
    committee: dict[str, Any], page: DashboardPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    answers = iter([str(tmp_path / "outputs"), str(tmp_path / "missing" / "outputs.png"), ""])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (next(answers), ""))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, message, *rest: warnings.append(message))
    button = page.panels[OUTPUTS].save_button

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "outputs.png").read_bytes().startswith(PNG_SIGNATURE), "the suffix is added"
    assert warnings == []
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(warnings) == 1 and "does not exist" in warnings[0]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # cancelled: nothing happens
    assert len(warnings) == 1


def test_an_empty_database_shows_empty_charts(page: DashboardPage, tmp_path: Path) -> None:
    assert page.series_values(MEETINGS) == {HELD_LABEL: []}
    assert page.series_values(ATTENDANCE) == {"Attendance rate": []}
    assert page.series_values(ACTIONS) == {OPEN_LABEL: [0.0] * 4, OVERDUE_LABEL: [0.0] * 4}
    assert all(values == [0.0] * 17 for values in page.series_values(OUTPUTS).values())
    assert "no meeting held yet" in page.panels[MEETINGS].chart.title()
    assert page.open_actions.rowCount() == 0
    page.set_cluster("AEC")
    page.refresh()
    page.save_chart_png(ATTENDANCE, tmp_path / "empty.png")
    assert (tmp_path / "empty.png").read_bytes().startswith(PNG_SIGNATURE)


def test_the_charts_follow_light_and_dark(committee: dict[str, Any], page: DashboardPage) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    light = QPalette(app.palette())
    chart = page.panels[MEETINGS].chart
    assert chart.theme() == QChart.ChartTheme.ChartThemeLight
    try:
        app.setPalette(dark_palette())
        QApplication.processEvents()
        for panel in page.panels.values():
            assert panel.chart.theme() == QChart.ChartTheme.ChartThemeDark
            assert panel.chart.backgroundBrush().color() == dark_palette().color(QPalette.ColorRole.Base)
        page.set_cluster("AEC")  # new bars keep the dark theme and the stripes
        assert page.panels[ACTIONS].series.barSets()[1].brush().style() == Qt.BrushStyle.BDiagPattern
    finally:
        app.setPalette(light)
        QApplication.processEvents()
    assert chart.theme() == QChart.ChartTheme.ChartThemeLight
