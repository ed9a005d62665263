"""One search over everything, on a file and on a server: accents and case aside both ways, words' starts, phrases,
a title above a passing mention, every kind found, the filters, hostile queries, and the index following every
write (an edit, a removal and its undo, a meeting put back, the workbook import, an erasure)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from pactdesk.domain.errors import NotFoundError, ValidationError
from pactdesk.domain.language import set_display_language
from pactdesk.domain.models import Attachment, Blob
from pactdesk.exchange.xlsx_read import check_workbook
from pactdesk.services import actions, agenda, directory, erasure, meeting_archive, meetings, outputs, search
from pactdesk.services.workbook.writing import apply_import
from pactdesk.store.database import Database
from tests.exchange.workbooks import make_workbook

PASSING = (
    "O ponto tratou da internacionalização das empresas, das feiras de 2025 e das missões à Ásia; de passagem, "
    "falou-se também de formação, sem decisão. Seguiu-se a análise das candidaturas e dos indicadores do plano, "
    "com as entidades presentes a darem conta dos seus projetos e dos prazos que tinham pela frente."
)


@dataclass(frozen=True)
class Record:
    tex: str  # the Textile cluster's meeting, 2025
    aec: str  # the AEC cluster's meeting, 2026
    training: int  # the item titled "Formação profissional"
    passing: int  # an item mentioning formação once in its minutes
    decision: int
    action: str
    output: str
    person: int
    organisation: int
    attachment: int


@pytest.fixture
def record(database: Database) -> Record:
    tex = meetings.create_meeting(
        database, "TEX", title="Reunião de acompanhamento do pacto", starts_at="2025-03-10 10:00", location="Porto"
    )
    aec = meetings.create_meeting(
        database, "AEC", title="Monitoring of the pact", starts_at="2026-02-01 10:00", location="Lisboa, IAPMEI"
    )
    training = agenda.add_agenda_item(
        database, tex, "Formação profissional", minutes="Plano de formação para jovens técnicos têxteis."
    )
    passing = agenda.add_agenda_item(database, tex, "Internacionalização", minutes=PASSING)
    decision = agenda.add_decision(database, training, "Aprovar o plano de ação para a qualificação.")
    agenda.add_agenda_item(
        database, aec, "Training needs", minutes="The committee discussed training and apprenticeships."
    )
    action = actions.create_action(
        database, "Preparar a candidatura ao programa Qualifica", meeting_ref=tex, agenda_item_id=training
    )
    actions.add_update(database, action, "Candidatura submetida ao IEFP em abril.", on="2025-04-20")
    output = outputs.create_output(
        database, "TEX", 6, "Estudo sobre competências digitais", on="2025-06-01", evidence="Relatório na Gulbenkian"
    )
    organisation = directory.add_organisation(database, "Associação Têxtil Exemplar", acronym="ATEX")
    person = directory.add_person(
        database,
        "Inês Sequeira",
        organisation_id=organisation,
        role="Técnica superior",
        email="ines.sequeira@example.pt",
    )
    content = b"%PDF-1.7 a presentation"
    sha = hashlib.sha256(content).hexdigest()
    with database.write() as session:
        session.add(Blob(sha256=sha, size=len(content), content=content))
        session.flush()
        meeting_id = session.scalar(text("SELECT id FROM meeting WHERE ref = :ref"), {"ref": tex})
        attachment = Attachment(
            meeting_id=meeting_id,
            agenda_item_id=training,
            name="Apresentação-Zimbório.pdf",
            media_type="application/pdf",
            size=len(content),
            sha256=sha,
        )
        session.add(attachment)
        session.flush()
        attachment_id = attachment.id
    return Record(tex, aec, training, passing, decision, action, output, person, organisation, attachment_id)


def found(database: Database, query: str, **filters: object) -> set[tuple[str, int | str]]:
    """What ``query`` finds: each hit's kind and its id (a meeting's reference)."""
    hits = search.search(database, query, **filters)  # type: ignore[arg-type]
    return {(hit.kind, hit.ref if hit.kind == "meeting" else hit.id) for hit in hits}


def test_accents_and_case_aside_both_ways(database: Database, record: Record) -> None:
    assert ("decision", record.decision) in found(database, "acao")  # "ação" in the decision
    assert ("decision", record.decision) in found(database, "AÇÃO")
    assert ("meeting", record.aec) not in found(database, "reuniao")
    assert ("meeting", record.tex) in found(database, "reuniao")
    assert ("meeting", record.tex) in found(database, "REUNIÃO")
    agenda.set_item_field(database, record.passing, "minutes", "Reuniao sem acentos sobre a acao.")
    assert ("agenda_item", record.passing) in found(database, "reunião ação")


def test_every_word_is_the_start_of_a_word(database: Database, record: Record) -> None:
    typed = "formação"
    for end in range(2, len(typed) + 1):
        assert ("agenda_item", record.training) in found(database, typed[:end]), typed[:end]
    # One letter is a whole word (as a word's start it would match nearly everything).
    assert ("agenda_item", record.training) not in found(database, "f")
    agenda.set_item_field(database, record.passing, "minutes", "O plano f de formação.")
    assert ("agenda_item", record.passing) in found(database, "f")
    assert ("agenda_item", record.training) in found(database, "forma prof")
    assert ("agenda_item", record.training) not in found(database, "forma ingles")  # every word must be found


def test_phrases_in_quotes(database: Database, record: Record) -> None:
    assert ("agenda_item", record.training) in found(database, '"plano de formação"')
    assert ("agenda_item", record.training) not in found(database, '"formação plano"')
    assert ("agenda_item", record.training) in found(database, "«jovens técnicos»")
    # A phrase still being typed: its last word is a word's start.
    assert ("agenda_item", record.training) in found(database, '"plano de forma')
    # A quoted word is a whole word, not a start.
    assert ("agenda_item", record.training) not in found(database, '"forma"')


def test_a_title_comes_before_a_passing_mention(database: Database, record: Record) -> None:
    hits = [hit for hit in search.search(database, "formação") if hit.kind == "agenda_item"]
    ids = [hit.id for hit in hits]
    assert ids.index(record.training) < ids.index(record.passing)
    ranks = {hit.id: hit.rank for hit in hits}
    assert 1 <= ranks[record.training] < 2
    assert 0 <= ranks[record.passing] < 1
    # Across kinds too: the items titled so come before the minutes that mention it.
    everything = search.search(database, "formação")
    assert everything[0].rank >= 1 > everything[-1].rank


def test_every_kind_is_found_with_where_to_open_it(database: Database, record: Record) -> None:
    hits = {hit.kind: hit for hit in search.search(database, "qualifica")}
    assert hits["decision"].id == record.decision
    assert hits["decision"].meeting_ref == record.tex
    assert hits["decision"].agenda_item_id == record.training
    assert hits["action"].ref == record.action
    assert hits["action"].cluster_code == "TEX"
    progress = search.search(database, "submetida iefp")
    assert [(hit.kind, hit.ref, str(hit.on)) for hit in progress] == [("progress", record.action, "2025-04-20")]
    out = search.search(database, "gulbenkian")[0]
    assert (out.kind, out.ref, str(out.on)) == ("output", record.output, "2025-06-01")
    assert ("meeting", record.tex) in {(hit.kind, hit.ref) for hit in search.search(database, "porto")}
    people = search.search(database, "sequeira")
    assert [(hit.kind, hit.id, hit.ref) for hit in people] == [("person", record.person, "ATEX")]
    assert ("person", record.person) in found(database, "tecnica superior")
    assert ("organisation", record.organisation) in found(database, "atex")
    attachment = search.search(database, "zimborio")[0]
    assert (attachment.kind, attachment.id) == ("attachment", record.attachment)
    assert (attachment.meeting_ref, attachment.agenda_item_id) == (record.tex, record.training)
    item = next(hit for hit in search.search(database, "jovens") if hit.kind == "agenda_item")
    assert (item.meeting_ref, item.agenda_item_id, item.cluster_code, str(item.on)) == (
        record.tex,
        record.training,
        "TEX",
        "2025-03-10",
    )
    assert item.title == "Formação profissional"
    assert "[[jovens]]" in item.snippet
    assert item.kind_label == "Agenda items and minutes"


def test_the_words_found_are_marked_and_found_again_in_the_text(database: Database, record: Record) -> None:
    hit = next(hit for hit in search.search(database, "tecnicos") if hit.kind == "agenda_item")
    assert "[[técnicos]]" in hit.snippet
    minutes = "Plano de formação para jovens técnicos têxteis."
    start, end = search.first_match(minutes, "tecnicos") or (0, 0)
    assert minutes[start:end] == "técnicos"
    assert search.first_match(minutes, '"plano"') == (0, 5)
    assert search.first_match(minutes, "nada") is None


def test_filters_cluster_year_and_kind(database: Database, record: Record) -> None:
    assert {kind for kind, _ in found(database, "pact")} >= {"meeting"}
    assert found(database, "pacto", cluster="tex") == {("meeting", record.tex)}
    assert found(database, "pact", cluster="AEC") == {("meeting", record.aec)}
    assert found(database, "training", year=2025) == set()
    assert ("agenda_item", record.training) in found(database, "formação", year=2025)
    assert found(database, "formação", year=2026) == set()
    assert {kind for kind, _ in found(database, "qualifica", kinds=["decision"])} == {"decision"}
    # People and organisations belong to no cluster or year.
    assert found(database, "sequeira", cluster="TEX") == set()
    assert found(database, "sequeira", year=2025) == set()
    with pytest.raises(NotFoundError, match="no cluster “XYZ”"):
        search.search(database, "formação", cluster="XYZ")
    with pytest.raises(ValidationError, match="not a kind"):
        search.search(database, "formação", kinds=["minutes"])
    assert len(search.search(database, "a", limit=3)) <= 3
    per_kind = search.search(database, "o", per_kind=1)
    assert len(per_kind) == len({hit.kind for hit in per_kind})


# Each hostile query, and whether it still finds the item "Formação profissional": operators are words like any other
# (NEAR must then be found too), marks are spaces.
HOSTILE = [
    ("", False),
    ("   ", False),
    ('"', False),
    ('""', False),
    ('"""', False),
    ("NEAR(formação plano, 3)", False),
    ("formação NEAR plano", False),
    ("formação AND OR NOT plano", False),
    ("* formação *", True),
    ("-formação", True),
    ("title:formação", False),
    ("{title} : formação", False),
    ("(formação", True),
    ("formação)", True),
    ("^formação", True),
    ("formação'; DROP TABLE meeting; --", False),
    ("'formação'", True),
    ("a:*|!b&c<->d", False),
    ("\x00\x01formação\x7f", True),
    ("😀 formação 👍", True),
    ("formação " * 5_000, True),
    ("x" * 100_000, False),
]


@pytest.mark.parametrize(("query", "finds"), HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_queries_are_read_as_words(database: Database, record: Record, query: str, finds: bool) -> None:
    hits = search.search(database, query)
    assert (("agenda_item", record.training) in {(hit.kind, hit.id) for hit in hits}) == finds
    with database.read() as session:
        assert session.scalar(text("SELECT count(*) FROM meeting")) == 2


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=60))
def test_no_query_raises(database: Database, query: str) -> None:
    assert isinstance(search.search(database, query), list)


def test_the_index_follows_an_edit_a_removal_and_its_undo(database: Database, record: Record) -> None:
    agenda.set_item_field(database, record.training, "minutes", "Agora fala de robótica colaborativa.")
    assert ("agenda_item", record.training) not in found(database, "jovens")
    assert ("agenda_item", record.training) in found(database, "robotica")
    agenda.set_item_field(database, record.training, "title", "Robôs")
    assert ("agenda_item", record.training) not in found(database, "profissional")

    removed = agenda.remove_item(database, record.training)
    assert found(database, "robotica") == set()
    assert ("decision", record.decision) not in found(database, "qualificacao")
    agenda.restore_item(database, removed)  # undo: the archive puts the rows back with bulk inserts
    assert ("agenda_item", record.training) in found(database, "robotica")
    assert ("decision", record.decision) in found(database, "qualificacao")

    taken = meeting_archive.remove_meeting(database, record.tex)
    assert found(database, "robotica") == set()
    assert found(database, "submetida") == set()
    meeting_archive.restore_meeting(database, taken)
    assert ("agenda_item", record.training) in found(database, "robotica")
    assert {kind for kind, _ in found(database, "submetida")} == {"progress"}
    assert ("attachment", record.attachment) in found(database, "zimborio")


def test_the_index_follows_the_workbook_import(database: Database, record: Record, tmp_path: Path) -> None:
    workbook = make_workbook(
        tmp_path / "in.xlsx",
        {
            "Meetings": [["Ref", "Title", "Location"], [record.aec, "Revisão do xilofone", "Coimbra"]],
            "Agenda": [["Meeting", "No.", "Title", "Minutes"], [record.aec, 2, "Novo ponto", "Fala de zarabatanas."]],
        },
    )
    plan = check_workbook(database, workbook)
    assert plan.ok, plan.report()
    apply_import(database, plan)
    assert found(database, "xilofone") == {("meeting", record.aec)}
    assert found(database, "monitoring") == set()  # the title it replaced
    assert {kind for kind, _ in found(database, "zarabatanas")} == {"agenda_item"}
    assert ("meeting", record.aec) in found(database, "coimbra")


def test_an_erased_person_leaves_the_index(database: Database, record: Record) -> None:
    assert ("person", record.person) in found(database, "sequeira")
    done = erasure.erase_person(database, "ines.sequeira@example.pt")
    assert found(database, "sequeira") == set()
    assert found(database, "ines") == set()
    assert found(database, "tecnica superior") == set()
    assert ("person", record.person) in found(database, f'"{done.label}"')
    if database.engine.dialect.name == "sqlite":
        with database.read() as session:
            segments = b"".join(
                bytes(block) for (block,) in session.execute(text("SELECT block FROM search_person_data"))
            )
        assert b"sequeira" not in segments, "the name's word is gone from the index's own pages"
        assert b"sequeira" not in (database.path or Path()).read_bytes()


def test_an_organisation_is_shown_by_its_name_in_the_windows_language(database: Database) -> None:
    def shown() -> list[str]:
        return [hit.title for hit in search.search(database, "vocational") if hit.kind == "organisation"]

    assert shown() == ["IEFP – Institute for Employment and Vocational Training"]
    set_display_language("pt")
    assert shown() == ["Instituto do Emprego e Formação Profissional (IEFP)"]


def test_a_snippet_is_taken_from_deep_in_a_long_text_with_the_words_around_it() -> None:
    filler = "palavra " * 24_000
    text = filler + "o acordo de Cooperação com a Galiza, assinado em Vigo. " + filler[:5_000]
    shown = search.snippet([text, "Relatório.pdf"], search.parse("cooperacao galiza"))
    assert shown.startswith("…") and shown.endswith("…") and len(shown) < 200
    assert "acordo de [[Cooperação]] com a [[Galiza]], assinado em Vigo" in shown
    assert search.snippet([filler * 2, "Relatório.pdf"], search.parse("relatorio")) == "[[Relatório]].pdf"
