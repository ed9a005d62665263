"""The rows the window shows name the catalogue in the display language: clusters, goals, output types, seats and the
catalogue's organisations in Portuguese with it pt, in English with it en; a name a user typed stands in both."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from pactdesk.domain.enums import AttendanceStatus, MeetingStatus, SeatCode
from pactdesk.domain.language import set_display_language
from pactdesk.services import attendance, catalogue, committee, dashboard, directory, goal_view, meetings, outputs
from pactdesk.store.database import Database

ANI_EN, ANI_PT = "ANI – National Innovation Agency", "Agência Nacional de Inovação (ANI)"
IAPMEI_EN, IAPMEI_PT = (
    "IAPMEI – Portuguese Agency for Competitiveness and Innovation",
    "Agência para a Competitividade e Inovação (IAPMEI)",
)
AUTO_EN, AUTO_PT = "Automotive Cluster", "Cluster Automóvel"
GOAL_1_EN, GOAL_1_PT = (
    "Transform and modernise existing industrial production",
    "Transformar e modernizar a produção industrial existente",
)
TYPE_2_EN, TYPE_2_PT = (
    "Monitoring Committee meetings with each cluster",
    "Reuniões da Comissão de Acompanhamento com cada cluster",
)


@pytest.fixture(params=["pt", "en"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    set_display_language(request.param)
    yield request.param
    set_display_language("en")


def pick(language: str, english: str, portuguese: str) -> str:
    return portuguese if language == "pt" else english


def organisation_id(db: Database, acronym: str) -> int:
    return next(row.id for row in directory.list_organisations(db) if row.acronym == acronym)


def test_clusters_and_their_entities(database: Database, language: str) -> None:
    auto = next(summary for summary in catalogue.cluster_summaries(database) if summary.code == "AUTO")
    assert auto.name == pick(language, AUTO_EN, AUTO_PT)
    assert auto.management_entity == pick(language, f"{AUTO_EN} – management entity", f"{AUTO_PT} – entidade gestora")
    ref = meetings.create_meeting(database, "AUTO", title="Kick-off", starts_at="2025-03-10 10:00")
    assert meetings.meeting_detail(database, ref).cluster_name == pick(language, AUTO_EN, AUTO_PT)


def test_goals_and_output_types(database: Database, language: str) -> None:
    assert catalogue.goal_names(database)[0] == (1, pick(language, GOAL_1_EN, GOAL_1_PT))
    view = goal_view.goal_view(database, ["AUTO"])
    assert view.goals[0].name == pick(language, GOAL_1_EN, GOAL_1_PT)
    assert [cluster.name for cluster in view.clusters] == [pick(language, AUTO_EN, AUTO_PT)]
    ref = outputs.create_output(database, "AUTO", 2, "First meeting")
    assert outputs.output_detail(database, ref).type_name == pick(language, TYPE_2_EN, TYPE_2_PT)
    assert outputs.output_detail(database, ref).cluster_name == pick(language, AUTO_EN, AUTO_PT)
    assert outputs.list_outputs(database)[0].type_name == pick(language, TYPE_2_EN, TYPE_2_PT)
    matrix = outputs.output_matrix(database, ["AUTO"])
    assert matrix.types[1].name == pick(language, TYPE_2_EN, TYPE_2_PT)
    assert matrix.clusters[0].name == pick(language, AUTO_EN, AUTO_PT)
    counts = dashboard.dashboard(database, "AUTO", today=date(2025, 6, 1)).outputs
    assert counts[1].name == pick(language, TYPE_2_EN, TYPE_2_PT) and counts[1].count == 1


def test_the_committee(database: Database, language: str) -> None:
    seats = {seat.code: seat for seat in committee.committee_seats(database)}
    assert seats[SeatCode.F].title == pick(
        language, "The National Innovation Agency (ANI)", "Agência Nacional de Inovação (ANI)"
    )
    assert seats[SeatCode.F].organisation == pick(language, ANI_EN, ANI_PT)
    assert seats[SeatCode.CHAIR].organisation == pick(
        language,
        "Office of the Deputy State Secretary for the Economy",
        "Gabinete do Secretário de Estado Adjunto e da Economia",
    )
    assert seats[SeatCode.C].organisation == pick(
        language, "each cluster's management entity", "a entidade gestora de cada cluster"
    )


def test_the_directory_and_attendance(database: Database, language: str) -> None:
    ani = organisation_id(database, "ANI")
    typed = directory.add_organisation(database, "Câmara Municipal de Aveiro", acronym="CMA")
    shown = {row.id: row.name for row in directory.list_organisations(database)}
    assert shown[ani] == pick(language, ANI_EN, ANI_PT)
    assert shown[typed] == "Câmara Municipal de Aveiro", "a name a user typed is shown in both languages"
    # Found by either name, whichever the window shows.
    assert ani in {row.id for row in directory.list_organisations(database, "inovação nacional")}
    assert ani in {row.id for row in directory.list_organisations(database, "national innovation")}

    ana = directory.add_person(database, "Ana Silva", organisation_id=ani)
    rui = directory.add_person(database, "Rui Mota", organisation_id=typed)
    assert {row.name: row.organisation for row in directory.list_people(database)} == {
        "Ana Silva": pick(language, ANI_EN, ANI_PT),
        "Rui Mota": "Câmara Municipal de Aveiro",
    }

    ref = meetings.create_meeting(
        database, "AUTO", title="Kick-off", starts_at="2025-03-10 10:00", status=MeetingStatus.HELD
    )
    attendance.set_attendance(database, ref, ana, AttendanceStatus.PRESENT)
    attendance.set_attendance(database, ref, rui, AttendanceStatus.PRESENT)
    rows = {row.person: row.organisation for row in attendance.attendance(database, ref)}
    assert rows == {"Ana Silva": pick(language, ANI_EN, ANI_PT), "Rui Mota": "Câmara Municipal de Aveiro"}
    presence = {member.seat: member for member in attendance.member_presence(database, ref)}
    assert presence[SeatCode.F].organisation == pick(language, ANI_EN, ANI_PT) and presence[SeatCode.F].represented
    assert presence[SeatCode.D].organisation == pick(language, IAPMEI_EN, IAPMEI_PT)
    assert presence[SeatCode.C].organisation == pick(
        language, f"{AUTO_EN} – management entity", f"{AUTO_PT} – entidade gestora"
    )
    rates = {
        rate.acronym: rate.organisation for rate in dashboard.dashboard(database, today=date(2025, 6, 1)).attendance
    }
    assert rates["ANI"] == pick(language, ANI_EN, ANI_PT)


def test_renaming_changes_the_name_the_window_shows(database: Database, language: str) -> None:
    """The edit form holds the name as shown: saved unchanged, nothing changes; a new name replaces the name in the
    window's language, and the English one, which import matches on, changes only when that is the one shown."""
    ani = organisation_id(database, "ANI")
    shown = pick(language, ANI_EN, ANI_PT)
    assert directory.update_organisation(database, ani, name=shown, email="geral@ani.pt") == {
        "name": shown,
        "email": None,
    }
    assert {row.id: row.name for row in directory.list_organisations(database)}[ani] == shown

    previous = directory.update_organisation(database, ani, name="ANI, I.P.")
    assert previous == {"name": shown}
    set_display_language("en")
    english = {row.id: row.name for row in directory.list_organisations(database)}[ani]
    set_display_language("pt")
    portuguese = {row.id: row.name for row in directory.list_organisations(database)}[ani]
    assert (english, portuguese) == (("ANI, I.P.", ANI_PT) if language == "en" else (ANI_EN, "ANI, I.P."))

    set_display_language(language)
    directory.update_organisation(database, ani, **previous)  # undo
    assert {row.id: row.name for row in directory.list_organisations(database)}[ani] == shown
