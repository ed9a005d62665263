"""The minutes name the catalogue in their own language: the cluster and the catalogue's organisations in Portuguese
in Portuguese minutes and in English in English ones, whatever language the window shows."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from pactdesk.domain.enums import AttendanceStatus
from pactdesk.domain.language import set_display_language
from pactdesk.exchange.pdf import minutes
from pactdesk.services import attendance, directory, documents
from pactdesk.store.database import Database
from tests.exchange.pdfs import Held, all_text, held_meeting, in_order, near

AEC = "Cluster AEC – Architecture, Engineering and Construction"
AEC_PT = "Cluster AEC – Arquitetura, Engenharia e Construção"
# Each of the catalogue's organisations the minutes name here: English, Portuguese.
IAPMEI = (
    "IAPMEI – Portuguese Agency for Competitiveness and Innovation",
    "Agência para a Competitividade e Inovação (IAPMEI)",
)
ANI = ("ANI – National Innovation Agency", "Agência Nacional de Inovação (ANI)")
IEFP = (
    "IEFP – Institute for Employment and Vocational Training",
    "Instituto do Emprego e Formação Profissional (IEFP)",
)
CHAIR = (
    "Office of the Deputy State Secretary for the Economy",
    "Gabinete do Secretário de Estado Adjunto e da Economia",
)
ENTITY = (f"{AEC} – management entity", f"{AEC_PT} – entidade gestora")


@pytest.fixture(params=["pt", "en"])
def window_language(request: pytest.FixtureRequest) -> Iterator[str]:
    """The window's language, which the documents do not follow."""
    set_display_language(request.param)
    yield request.param
    set_display_language("en")


@pytest.fixture
def held(database: Database) -> Held:
    """The held meeting of the PDF tests, with IAPMEI and the AEC's entity there and ANI's Ana sending apologies."""
    made = held_meeting(database)
    by_acronym = {row.acronym: row.id for row in directory.list_organisations(database)}
    ines = directory.add_person(database, "Inês Ramos", organisation_id=by_acronym["IAPMEI"])
    paulo = directory.add_person(database, "Paulo Lima", organisation_id=by_acronym["AEC"])
    ana = directory.add_person(database, "Ana Neves", organisation_id=by_acronym["ANI"])
    attendance.set_attendance(database, made.ref, ines, AttendanceStatus.PRESENT)
    attendance.set_attendance(database, made.ref, paulo, AttendanceStatus.PRESENT)
    attendance.set_attendance(database, made.ref, ana, AttendanceStatus.APOLOGIES)
    return made


def written(database: Database, ref: str, path: Path, language: str) -> str:
    minutes.write_minutes(documents.meeting_record(database, ref), path, language)
    return all_text(path)


@pytest.mark.parametrize("language", ["pt", "en"])
def test_the_minutes_name_the_cluster_and_the_organisations_in_their_language(
    database: Database, held: Held, tmp_path: Path, language: str, window_language: str
) -> None:
    text = written(database, held.ref, tmp_path / "minutes.pdf", language)
    chosen, other = (1, 0) if language == "pt" else (0, 1)
    cluster = (AEC, AEC_PT)
    assert f"{cluster[chosen]} ({held.ref.split('-')[0]})" in text
    assert cluster[other] not in text
    # Who came, under the organisation they represented.
    assert near(text, "Inês Ramos", IAPMEI[chosen])
    assert near(text, "Paulo Lima", ENTITY[chosen])
    assert near(text, "Ana Neves", ANI[chosen])
    # The members nobody represented, named in the same language.
    members = "Member organisations of the committee" if language == "en" else "Entidades que integram a Comissão"
    assert in_order(text, members, CHAIR[chosen], IEFP[chosen])
    for names in (IAPMEI, ANI, IEFP, CHAIR, ENTITY):
        assert names[other] not in text, names[other]


def test_the_attendance_is_in_alphabetical_order_of_the_names_printed(
    database: Database, held: Held, tmp_path: Path
) -> None:
    # In English the Alpha association comes before ANI and the AEC entity after it; in Portuguese "Agência…"
    # (ANI, IAPMEI) comes before "Alpha…", and the cluster's entity ("Cluster AEC…") after "Beta…".
    english = written(database, held.ref, tmp_path / "minutes.pdf", "en")
    assert in_order(english, "Attendance", "Alpha Associação", ANI[0], "Beta Instituto", AEC, IAPMEI[0])
    portuguese = written(database, held.ref, tmp_path / "ata.pdf", "pt")
    assert in_order(portuguese, "Presenças", ANI[1], IAPMEI[1], "Alpha Associação", "Beta Instituto", AEC_PT)
