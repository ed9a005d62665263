"""The workbook in English and in Portuguese (format version 2): sheet names, headers, drop-downs and the words of
kinds, statuses, yes/no and the chair's seat written in the workbook's language; import reads either language,
whatever the About sheet says, and names each problem as the workbook names its sheet and column."""

from __future__ import annotations

import sqlite3
import tempfile
import zipfile
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from pactdesk.domain import validation
from pactdesk.domain.enums import (
    LABELS,
    ActionStatus,
    AttendanceStatus,
    MeetingKind,
    MeetingStatus,
    MinutesStatus,
    OrganisationKind,
    OutputStatus,
    SeatCode,
)
from pactdesk.domain.language import set_display_language
from pactdesk.domain.models import Action, Attendance, Cluster, CommitteeSeat, Meeting, Organisation, Output
from pactdesk.exchange.xlsx_read import check_workbook
from pactdesk.exchange.xlsx_write import export_workbook
from pactdesk.services import attendance, demo, workspace
from pactdesk.services.workbook import tables
from pactdesk.services.workbook.plan import ImportPlan
from pactdesk.services.workbook.tables import Kind, fold
from pactdesk.services.workbook.writing import apply_import
from pactdesk.store.database import Database
from tests.exchange.test_round_trip import SPECIAL, fill
from tests.exchange.workbooks import Base, add_base_records, make_workbook, where

PORTUGUESE_SHEETS = [
    "About",
    "Clusters",
    "Organizações",
    "Pessoas",
    "Reuniões",
    "Presenças",
    "Ordem de trabalhos",
    "Deliberações",
    "Ações",
    "Resultados",
]
ENGLISH_SHEETS = [
    "About",
    "Clusters",
    "Organisations",
    "People",
    "Meetings",
    "Attendance",
    "Agenda",
    "Decisions",
    "Actions",
    "Outputs",
]


def fresh(folder: Path, name: str) -> Database:
    return workspace.open_workspace(workspace.location(str(folder / name)))


def cells(path: Path, *, about: bool = False) -> dict[str, list[tuple[Any, ...]]]:
    """Every sheet's cell values by sheet name (About left out unless asked: it holds the time of the export)."""
    workbook = openpyxl.load_workbook(path, read_only=True)
    try:
        return {
            name: [tuple(row) for row in workbook[name].iter_rows(values_only=True)]
            for name in workbook.sheetnames
            if about or name != "About"
        }
    finally:
        workbook.close()


def about(path: Path) -> dict[str, Any]:
    return {field: value for field, value in cells(path, about=True)["About"][1:]}


def column(rows: list[tuple[Any, ...]], header: str) -> list[Any]:
    where_ = rows[0].index(header)
    return [row[where_] if where_ < len(row) else None for row in rows[1:]]  # an empty last cell is not read


def imported_into_new(folder: Path, name: str, workbook: Path) -> Database:
    target = fresh(folder, name)
    plan = check_workbook(target, workbook)
    assert plan.ok, plan.report()
    apply_import(target, plan)
    return target


def records(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """The rows of every table of the database file, without the columns that hold the moment of writing or a
    meeting's calendar UID (new for each meeting created), and without the audit log (its entries hold the moment
    and the chain of each write)."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = [name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        found = {}
        for name in names:
            if name.startswith("audit"):
                continue
            columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{name}")')]
            kept = ", ".join(f'"{c}"' for c in columns if not c.endswith("_at") and c != "uid")
            found[name] = sorted(connection.execute(f'SELECT {kept} FROM "{name}"').fetchall(), key=repr)
        return found
    finally:
        connection.close()


@pytest.fixture
def base(database: Database) -> Base:
    """The base records (the catalogue holds the chair's seat, and clusters without a pact), with a remote
    attendance and apologies."""
    found = add_base_records(database)
    for status, email in ((AttendanceStatus.REMOTE, "joao.one@example.pt"), (AttendanceStatus.APOLOGIES, None)):
        person = found.joao_one if email else found.joao_two
        attendance.set_attendance(database, found.meeting, person, status)
    return found


# -- the names, in one table ---------------------------------------------------------------------------------------


def test_every_sheet_column_and_value_has_its_portuguese_name() -> None:
    for table in tables.TABLES:
        assert table.pt, table.sheet
        assert len(table.pt) <= 31 and not set(table.pt) & set("[]:*?/\\"), "a spreadsheet's sheet name"
        for each in table.columns:
            assert each.pt, f"{table.sheet}: {each.name}"
            if each.kind is Kind.CHOICE:
                assert len(each.choices_pt) == len(each.choices), f"{table.sheet}: {each.name}"
                for language in ("en", "pt"):
                    listed = ",".join(each.words(language).values())
                    assert len(listed) < 255, "a drop-down's list is at most 255 characters"
                    assert all("," not in word for word in each.words(language).values())


def test_the_portuguese_values_are_the_labels_the_window_and_documents_show() -> None:
    seen = 0
    for table in tables.TABLES:
        for each in table.columns:
            if each.kind is not Kind.CHOICE or each.name == "Committee seat":
                continue
            kind = next(kind for kind in LABELS if {member.value for member in kind} == set(each.choices))
            for member in kind:
                assert each.words("pt")[member.value] == LABELS[kind][member].pt.lower()
                seen += 1
    assert seen >= 25
    words = tables.ACTIONS.columns[tables.ACTIONS.positions["Status"]].words("pt")
    assert words == {"open": "em aberto", "in progress": "em curso", "done": "concluída", "dropped": "abandonada"}
    words = tables.ATTENDANCE.columns[tables.ATTENDANCE.positions["Status"]].words("pt")
    assert words["remote"] == "à distância" and words["apologies"] == "justificou a ausência"
    seats = tables.ORGANISATIONS.columns[tables.ORGANISATIONS.positions["Committee seat"]].words("pt")
    assert seats["chair"] == "presidente" and seats["a"] == "a"


def test_a_name_or_a_word_in_either_language_names_one_thing() -> None:
    """Import reads both languages at once, ignoring case and accents: no name may stand for two things."""
    sheets: dict[str, str] = {}
    for table in (*tables.TABLES, tables.ABOUT):
        for language in ("en", "pt"):
            assert sheets.setdefault(fold(table.title(language)), table.sheet) == table.sheet
        headers: dict[str, str] = {}
        for each in table.columns:
            for language in ("en", "pt"):
                assert headers.setdefault(fold(each.header(language)), each.name) == each.name, table.sheet
            values: dict[str, str] = {}
            for language in ("en", "pt"):
                for value, word in each.words(language).items():
                    assert values.setdefault(fold(word), value) == value, f"{table.sheet}: {each.name}: {word}"


def test_names_are_matched_without_case_or_accents() -> None:
    assert fold("  REFERÊNCIA ") == fold("referencia") == fold("Referência")
    assert fold("Ordem  de\ntrabalhos") == "ordem de trabalhos"
    assert fold("À distância") == "a distancia" and fold("Organizações") == "organizacoes"
    said = {text: tables.stated_language(text) for text in ("pt", " PT-pt", "pt_PT", "Português", "en", "English")}
    assert said == {"pt": "pt", " PT-pt": "pt", "pt_PT": "pt", "Português": "pt", "en": "en", "English": "en"}
    assert tables.stated_language("fr") is None and tables.stated_language(None) is None


def test_the_workbook_says_the_glossarys_portuguese() -> None:
    """The sheet and column names and the drop-downs' words say what the window and the PDFs say
    (tests/test_glossary.py's check, run on the workbook's pairs)."""
    from tests.test_glossary import avoided, misrendered

    pairs = []
    for table in tables.TABLES:
        pairs.append((f"workbook sheet {table.sheet}", table.sheet, table.pt))
        for each in table.columns:
            pairs.append((f"workbook {table.sheet}", each.name, each.pt))
            pairs.extend(
                (f"workbook {table.sheet}: {each.name}", en, pt)
                for en, pt in zip(each.words("en").values(), each.words("pt").values(), strict=True)
            )
    assert misrendered(pairs) == []
    assert avoided(pairs) == []


# -- export ------------------------------------------------------------------------------------------------------


def test_a_portuguese_workbook_writes_its_names_and_values_in_portuguese(
    database: Database, base: Base, tmp_path: Path
) -> None:
    path = tmp_path / "pt.xlsx"
    summary = export_workbook(database, path, language="pt")
    assert summary.language == "pt" and summary.rows["Actions"] == 1
    assert openpyxl.load_workbook(path, read_only=True).sheetnames == PORTUGUESE_SHEETS
    stated = about(path)
    assert stated["Format"] == "PactDesk workbook" and stated["Version"] == "2" and stated["Language"] == "pt"
    assert stated["Scope"] == "todos os clusters"
    book = cells(path)
    assert book["Ações"][0] == (
        "Referência",
        "Cluster",
        "Reunião",
        "Título",
        "Responsável",
        "Prazo",
        "Estado",
        "Objetivos",
        "Último ponto de situação",
        "Encerrada em",
    )
    assert column(book["Ações"], "Estado") == ["em aberto"]
    assert column(book["Resultados"], "Estado") == ["previsto"]
    assert set(column(book["Presenças"], "Estado")) == {"justificou a ausência", "à distância", None}
    assert set(column(book["Reuniões"], "Tipo")) == {"acompanhamento"}
    assert set(column(book["Reuniões"], "Estado")) == {"prevista"}
    assert sorted(column(book["Reuniões"], "Estado da ata")) == ["aprovada", "rascunho", "rascunho"]
    signed = dict(zip(column(book["Clusters"], "Código"), column(book["Clusters"], "Pacto assinado"), strict=True))
    assert signed["AEC"] == "sim" and signed["TOUR"] == "não"
    kinds = dict(zip(column(book["Organizações"], "Sigla"), column(book["Organizações"], "Tipo"), strict=True))
    assert kinds["IAPMEI"] == "agência" and kinds["DUP"] == "outro"
    seats = set(column(book["Organizações"], "Lugar na Comissão"))
    assert "presidente" in seats and "chair" not in seats
    assert book["Ordem de trabalhos"][0] == (
        "Reunião",
        "N.º",
        "Título",
        "Apresentado por",
        "Minutos previstos",
        "Ata",
    )
    assert book["Deliberações"][0] == ("Reunião", "N.º na ordem de trabalhos", "Deliberação", "N.º de registo")


def test_an_english_workbook_is_version_2_and_says_its_language(database: Database, base: Base, tmp_path: Path) -> None:
    path = tmp_path / "en.xlsx"
    export_workbook(database, path)
    assert openpyxl.load_workbook(path, read_only=True).sheetnames == ENGLISH_SHEETS
    assert {k: v for k, v in about(path).items() if k != "Exported at"} == {
        "Format": "PactDesk workbook",
        "Version": "2",
        "Language": "en",
        "Scope": "all clusters",
    }
    book = cells(path)
    assert column(book["Actions"], "Status") == ["open"]
    assert set(column(book["Attendance"], "Status")) == {"apologies", "remote", None}
    assert "chair" in set(column(book["Organisations"], "Committee seat"))


@pytest.mark.parametrize(
    ("language", "sheet", "letter", "listed", "error"),
    [
        ("pt", "Ações", "G", '"em aberto,em curso,concluída,abandonada"', "Escolha um destes valores: em aberto, em"),
        ("en", "Actions", "G", '"open,in progress,done,dropped"', "Choose one of: open, in progress, done, dropped."),
        ("pt", "Presenças", "D", '"presente,à distância,justificou a ausência,ausente"', "justificou a ausência"),
        ("pt", "Organizações", "D", '"presidente,a,b,d,e,f,g,h"', "presidente"),
    ],
)
def test_the_drop_downs_list_the_values_in_the_workbooks_language(
    database: Database, tmp_path: Path, language: str, sheet: str, letter: str, listed: str, error: str
) -> None:
    path = tmp_path / "book.xlsx"
    export_workbook(database, path, language=language)
    rules = openpyxl.load_workbook(path)[sheet].data_validations.dataValidation
    rule = next(rule for rule in rules if str(rule.sqref).startswith(f"{letter}2:"))
    assert rule.formula1 == listed
    assert error in rule.error


def test_the_scope_is_described_in_the_workbooks_language(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "scope.xlsx"
    scope = tables.Scope(("AEC",), date(2025, 1, 1), date(2025, 6, 30))
    export_workbook(database, path, scope, language="pt")
    assert about(path)["Scope"] == "AEC, de 2025-01-01 a 2025-06-30"
    assert tables.Scope(since=date(2025, 1, 1)).describe("pt") == "todos os clusters, a partir de 2025-01-01"
    assert tables.Scope(until=date(2025, 1, 1)).describe("pt") == "todos os clusters, até 2025-01-01"
    assert tables.Scope(until=date(2025, 1, 1)).describe() == "all clusters, until 2025-01-01"


def test_a_workbook_is_written_in_english_or_portuguese_only(database: Database, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="not 'fr'"):
        export_workbook(database, tmp_path / "fr.xlsx", language="fr")
    assert not (tmp_path / "fr.xlsx").exists()


HOSTILE = ["=1+1", "+351 21", "-minus", "@home", "<b>bold</b> & co", "a &amp; b", "first line\nsecond line", "\ttab"]


def test_hostile_text_is_written_as_text_in_a_portuguese_workbook(database: Database, tmp_path: Path) -> None:
    fill(database, HOSTILE)
    path = tmp_path / "hostile.xlsx"
    export_workbook(database, path, language="pt")
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(name), f"{name} holds a formula"
    workbook = openpyxl.load_workbook(path)
    written = [cell for sheet in workbook.worksheets for row in sheet.iter_rows(min_row=2) for cell in row]
    texts = {cell.value for cell in written if isinstance(cell.value, str)}
    for text in ("=1+1", "-minus", "@home", "<b>bold</b> & co", "a &amp; b", "first line\nsecond line"):
        assert any(text in value for value in texts), text
    risky = [cell for cell in written if isinstance(cell.value, str) and cell.value.startswith(("=", "+", "-", "@"))]
    assert risky and all(cell.data_type == "s" and cell.quotePrefix for cell in risky)
    title = next(row for row in cells(path)["Reuniões"][1:])[3]
    assert title in HOSTILE


# -- export, import, export --------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["pt", "en"])
def test_export_import_export_gives_the_same_cells_in_each_language(tmp_path: Path, language: str) -> None:
    # Both ends on SQLite: rows are exported in the database's order of names, and PostgreSQL's collation orders
    # some names otherwise (the twin test below imports a workbook of either database).
    source = fresh(tmp_path, "source.sqlite")
    try:
        demo.build_demo(source, scale=1, as_of=date(2026, 11, 24))
        fill(source, HOSTILE)
        first, second = tmp_path / "first.xlsx", tmp_path / "second.xlsx"
        export_workbook(source, first, language=language)
    finally:
        source.close()
    copy = imported_into_new(tmp_path, "copy.sqlite", first)
    try:
        export_workbook(copy, second, language=language)
    finally:
        copy.close()
    before, after = cells(first), cells(second)
    assert before == after
    assert list(before) == (PORTUGUESE_SHEETS if language == "pt" else ENGLISH_SHEETS)[1:]
    statuses = set(
        column(before["Ações" if language == "pt" else "Actions"], "Estado" if language == "pt" else "Status")
    )
    assert statuses >= ({"em aberto", "concluída"} if language == "pt" else {"open", "done"})


def test_a_portuguese_workbook_imports_as_the_same_database_as_its_english_twin(
    database: Database, tmp_path: Path
) -> None:
    demo.build_demo(database, scale=1, as_of=date(2026, 11, 24))
    fill(database, HOSTILE)
    english, portuguese = tmp_path / "en.xlsx", tmp_path / "pt.xlsx"
    export_workbook(database, english, language="en")
    export_workbook(database, portuguese, language="pt")
    assert cells(english) != cells(portuguese)
    for name, source in (("from-en.sqlite", english), ("from-pt.sqlite", portuguese)):
        imported_into_new(tmp_path, name, source).close()
    from_english, from_portuguese = records(tmp_path / "from-en.sqlite"), records(tmp_path / "from-pt.sqlite")
    assert from_english == from_portuguese
    assert len(from_portuguese["attendance"]) > 100 and len(from_portuguese["action"]) > 100


def test_a_portuguese_workbook_imported_over_its_own_database_changes_nothing(
    database: Database, base: Base, tmp_path: Path
) -> None:
    path = tmp_path / "pt.xlsx"
    export_workbook(database, path, language="pt")
    plan = check_workbook(database, path)
    assert plan.ok and plan.changed == 0, plan.report()
    assert plan.language == "pt"
    assert plan.report()[0] == "Clusters: 0 to create, 0 to update, 18 unchanged"
    assert "Ações: 0 to create, 0 to update, 1 unchanged" in plan.report()


texts = st.lists(
    st.one_of(
        st.sampled_from(SPECIAL),
        st.text(st.characters(exclude_categories=("Cs", "Cc"), exclude_characters="\ufffe\uffff"), max_size=8),
    ),
    min_size=1,
    max_size=6,
).map("".join)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(words=st.lists(texts, min_size=4, max_size=4))
def test_any_text_survives_a_portuguese_export_import_export(words: list[str]) -> None:
    assume(all(validation.clean_text(word) for word in words))
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        source = fresh(folder, "source.sqlite")
        try:
            fill(source, words)
            export_workbook(source, folder / "first.xlsx", language="pt")
        finally:
            source.close()
        copy = imported_into_new(folder, "copy.sqlite", folder / "first.xlsx")
        try:
            export_workbook(copy, folder / "second.xlsx", language="pt")
        finally:
            copy.close()
        first, second = cells(folder / "first.xlsx"), cells(folder / "second.xlsx")
    assert first == second
    everything = "\n".join(str(value) for rows in first.values() for row in rows for value in row)
    for word in words:
        assert validation.clean_text(word)[:20] in everything


# -- import, in either language ----------------------------------------------------------------------------------


def imported(database: Database, path: Path) -> ImportPlan:
    plan = check_workbook(database, path, today=date(2025, 6, 1))
    assert plan.ok, plan.report()
    apply_import(database, plan, today=date(2025, 6, 1))
    return plan


PT_ABOUT = [["Field", "Value"], ["Format", "PactDesk workbook"], ["Version", 2], ["Language", "pt"]]


def test_a_portuguese_workbook_made_by_hand_imports_whatever_the_case_and_accents(
    database: Database, base: Base, tmp_path: Path
) -> None:
    sheets: dict[str, list[list[Any]]] = {
        "About": PT_ABOUT,
        "ORGANIZACOES": [["nome", "SIGLA", "tipo", "lugar na comissao"], ["Conselho Regional", "CR", "Governo", "b"]],
        "pessoas": [["Nome", "E-MAIL", "Organização"], ["Eva Lopes", "eva@example.pt", "CR"]],
        "Reunioes": [
            ["Referencia", "cluster", "Tipo", "Titulo", "Inicio", "Fim", "estado", "Estado da Ata", "presidente"],
            [
                "aec-2025-05",
                "aec",
                "Grupo de Trabalho",
                "Revisão da primavera",
                "2025-04-10 09:30",
                "2025-04-10 12:00",
                "REALIZADA",
                "em circulacao",
                "eva@example.pt",
            ],
        ],
        "Presenças": [["Reunião", "Pessoa", "Estado"], ["AEC-2025-05", "eva@example.pt", "A distancia"]],
        "Ações": [
            ["Referência", "Título", "Reunião", "Estado", "Responsável", "Prazo"],
            ["", "Enviar o relatório", "AEC-2025-05", "Concluida", "CR", "2025-05-01"],
            [base.action, "Send the report", base.meeting, "em curso", "", ""],
        ],
        "resultados": [
            ["Referência", "Cluster", "Tipo de resultado", "Título", "Estado", "Progresso %"],
            ["", "AEC", 3, "Estudo das necessidades", "alcançado", 100],
        ],
        "Clusters": [["Código", "Pacto assinado"], ["TOUR", "Sim"]],
    }
    plan = imported(database, make_workbook(tmp_path / "pt.xlsx", sheets))
    assert plan.counts["Actions"].created == 1 and plan.counts["Actions"].updated == 1
    with database.read() as session:
        meeting = session.scalars(select(Meeting).where(Meeting.ref == "AEC-2025-05")).one()
        assert (meeting.kind, meeting.title) == (MeetingKind.WORKING_GROUP, "Revisão da primavera")
        assert meeting.minutes_status is MinutesStatus.CIRCULATED and meeting.chair is not None
        assert session.scalars(select(Attendance.status).where(Attendance.meeting_id == meeting.id)).one() is (
            AttendanceStatus.REMOTE
        )
        statuses = dict(session.execute(select(Action.title, Action.status)).all())
        assert statuses == {"Enviar o relatório": ActionStatus.DONE, "Send the report": ActionStatus.IN_PROGRESS}
        assert session.scalars(select(Output.status).where(Output.title == "Estudo das necessidades")).one() is (
            OutputStatus.ACHIEVED
        )
        board = session.scalars(select(Organisation).where(Organisation.name == "Conselho Regional")).one()
        assert board.kind is OrganisationKind.GOVERNMENT
        seat = session.scalars(select(CommitteeSeat).where(CommitteeSeat.code == SeatCode.B)).one()
        assert seat.organisation_id == board.id
        assert session.scalar(select(Cluster.pact_signed).where(Cluster.code == "TOUR")) is True


@pytest.mark.parametrize("stated", [PT_ABOUT, PT_ABOUT[:3], [["Field", "Value"], ["Version", 1]], None])
def test_either_language_is_read_whatever_the_about_sheet_says(
    database: Database, base: Base, tmp_path: Path, stated: list[list[Any]] | None
) -> None:
    """A Portuguese sheet in a workbook that says it is English (or of version 1), and an English sheet in one that
    says it is Portuguese: a person may copy sheets between workbooks."""
    sheets: dict[str, list[list[Any]]] = {
        "Ações": [["Referência", "Estado"], [base.action, "concluída"]],
        "Outputs": [["Ref", "Status"], [base.output, "achieved"]],
    }
    if stated is not None:
        sheets["About"] = stated
    imported(database, make_workbook(tmp_path / "mixed.xlsx", sheets))
    with database.read() as session:
        assert session.scalar(select(Action.status).where(Action.ref == base.action)) is ActionStatus.DONE
        assert session.scalar(select(Output.status).where(Output.ref == base.output)) is OutputStatus.ACHIEVED


def test_a_version_1_workbook_still_imports(database: Database, base: Base, tmp_path: Path) -> None:
    about_1 = [["Field", "Value"], ["Format", "PactDesk workbook"], ["Version", "1"], ["Scope", "all clusters"]]
    sheets = {"About": about_1, "Actions": [["Ref", "Status"], [base.action, "in progress"]]}
    plan = imported(database, make_workbook(tmp_path / "v1.xlsx", sheets))
    assert plan.language == "en" and plan.counts["Actions"].updated == 1


def test_a_language_pactdesk_does_not_write_is_noted_and_the_workbook_read(
    database: Database, base: Base, tmp_path: Path
) -> None:
    sheets = {"About": [*PT_ABOUT[:3], ["Language", "fr"]], "Ações": [["Referência", "Estado"], [base.action, "done"]]}
    plan = imported(database, make_workbook(tmp_path / "fr.xlsx", sheets))
    assert any("“fr”" in notice for notice in plan.notices)


def test_a_sheet_given_twice_in_two_languages_is_a_problem(database: Database, base: Base, tmp_path: Path) -> None:
    sheets = {
        "Actions": [["Ref", "Status"], [base.action, "done"]],
        "Ações": [["Referência", "Estado"], [base.action, "em curso"]],
    }
    plan = check_workbook(database, make_workbook(tmp_path / "twice.xlsx", sheets))
    assert not plan.ok
    assert "“Actions” and “Ações” are two names of the same sheet" in plan.problems[0].text


# -- problems, as the workbook names its sheets and columns ------------------------------------------------------


def problems_of(database: Database, path: Path) -> Iterator[tuple[str, int | None, str | None, str]]:
    plan = check_workbook(database, path)
    assert not plan.ok
    yield from ((problem.sheet, problem.row, problem.column, problem.text) for problem in plan.problems)


def test_problems_name_the_sheet_and_column_as_a_portuguese_workbook_does(
    database: Database, base: Base, tmp_path: Path
) -> None:
    sheets: dict[str, list[list[Any]]] = {
        "About": PT_ABOUT,
        "Ações": [
            ["Referência", "Titulo", "Prazo", "Estado", "Responsável", "Cluster"],
            [base.action, "Send the report", "próxima terça", "talvez", "", ""],
            ["", "", "", "", "Ninguém", "AEC"],
            ["AEC-X1", "Nova", "", "", "", "AEC"],
        ],
        "Presenças": [["Reunião", "Pessoa"], [base.meeting, "nobody@example.pt"]],
        "Pessoas": [["Nome", "Organização"], ["Eva Lopes", "Conselho Inexistente"]],
    }
    found = list(problems_of(database, make_workbook(tmp_path / "bad.xlsx", sheets)))
    where_ = {(sheet, row, column) for sheet, row, column, _ in found}
    assert ("Ações", 2, "Prazo") in where_ and ("Ações", 2, "Estado") in where_
    assert ("Ações", 3, "Título") in where_, "the column named as its language spells it"
    assert ("Ações", 3, "Responsável") in where_ and ("Ações", 4, "Referência") in where_
    assert ("Presenças", 2, "Pessoa") in where_ and ("Pessoas", 2, "Organização") in where_
    texts = {(sheet, row, column): text for sheet, row, column, text in found}
    assert texts[("Ações", 2, "Estado")] == "“talvez” is not one of: em aberto, em curso, concluída, abandonada."
    assert texts[("Ações", 3, "Título")] == "A new action needs a value in “Título”."
    assert "add them to the Pessoas or Organizações sheet first" in texts[("Ações", 3, "Responsável")]
    assert "leave Referência empty for a new action" in texts[("Ações", 4, "Referência")]
    assert "add the person to the Pessoas sheet first" in texts[("Presenças", 2, "Pessoa")]
    assert "add it to the Organizações sheet first" in texts[("Pessoas", 2, "Organização")]
    report = "\n".join(check_workbook(database, tmp_path / "bad.xlsx").report())
    assert "Ações, row 2, column “Prazo”: “próxima terça” is not a date" in report


def test_a_closed_status_is_named_in_the_workbooks_language(database: Database, base: Base, tmp_path: Path) -> None:
    sheets = {
        "About": PT_ABOUT,
        "Ações": [["Referência", "Estado", "Encerrada em"], [base.action, "em curso", "2025-03-01"]],
    }
    (problem,) = problems_of(database, make_workbook(tmp_path / "closed.xlsx", sheets))
    assert problem[:3] == ("Ações", 2, "Encerrada em")
    assert problem[3].endswith("set the status to concluída or abandonada.")


def test_a_sheet_missing_from_a_portuguese_workbook_is_named_in_portuguese(
    database: Database, base: Base, tmp_path: Path
) -> None:
    sheets = {"About": PT_ABOUT, "Ordem de trabalhos": [["Reunião", "N.º", "Título"], ["AEC-2099-01", 1, "Abertura"]]}
    ((sheet, row, column_, text),) = problems_of(database, make_workbook(tmp_path / "agenda.xlsx", sheets))
    assert (sheet, row, column_) == ("Ordem de trabalhos", 2, "Reunião")
    assert text == "There is no meeting “AEC-2099-01”, in the database or in the Reuniões sheet."


def test_an_english_workbook_keeps_its_english_names_in_problems(
    database: Database, base: Base, tmp_path: Path
) -> None:
    sheets = {"Actions": [["Ref", "Due", "Status"], [base.action, "next week", "maybe"]]}
    plan = check_workbook(database, make_workbook(tmp_path / "en.xlsx", sheets))
    assert where(plan) == [("Actions", 2, "Due"), ("Actions", 2, "Status")]
    assert plan.problems[1].text == "“maybe” is not one of: open, in progress, done, dropped."


def test_an_unknown_column_is_noted_by_the_sheets_own_name(database: Database, base: Base, tmp_path: Path) -> None:
    sheets = {"About": PT_ABOUT, "Ações": [["Referência", "Comentário"], [base.action, "ligar antes"]]}
    plan = check_workbook(database, make_workbook(tmp_path / "note.xlsx", sheets))
    assert plan.ok
    assert "Ações: the column “Comentário” is not part of the format and was ignored." in plan.notices


def test_a_portuguese_window_says_the_problems_and_notices_in_portuguese(
    database: Database, base: Base, tmp_path: Path
) -> None:
    """The problems are sentences of the window's language (domain/messages.py's say), naming the sheets and columns
    as the workbook does."""
    sheets: dict[str, list[list[Any]]] = {
        "About": PT_ABOUT,
        "Ações": [
            ["Referência", "Título", "Estado", "Cluster", "Comentário"],
            [base.action, "Enviar o relatório", "talvez", "", ""],
            ["", "", "", "AEC", "ligar antes"],
            [base.action, "Enviar o relatório", "", "", ""],
        ],
        "Presenças": [["Reunião", "Pessoa"], ["AEC-2099-01", "Ninguém"]],
    }
    path = make_workbook(tmp_path / "livro.xlsx", sheets)
    set_display_language("pt")
    plan = check_workbook(database, path)
    texts = {(problem.sheet, problem.row, problem.column): problem.text for problem in plan.problems}
    assert texts[("Ações", 2, "Estado")] == (
        "«talvez» não corresponde a nenhum destes valores: em aberto, em curso, concluída, abandonada."
    )
    assert texts[("Ações", 3, "Título")] == "Para criar uma ação, preencha a coluna «Título»."
    assert texts[("Ações", 4, "Referência")] == (
        f"A ação {base.action} aparece também na linha 2; cada registo aparece uma só vez em cada folha."
    )
    assert texts[("Presenças", 2, "Reunião")] == (
        "Não existe nenhuma reunião «AEC-2099-01», nem na base de dados nem na folha Reuniões."
    )
    assert plan.notices == ["Ações: a coluna «Comentário» não faz parte do formato e foi ignorada."]


# -- any spelling of a word, in either language ------------------------------------------------------------------

STATUS = tables.ACTIONS.columns[tables.ACTIONS.positions["Status"]]
WORDS = [(value, word) for language in ("en", "pt") for value, word in STATUS.words(language).items()]
ACCENTLESS = str.maketrans("àáâãçéêíóôõúÀÁÂÃÇÉÊÍÓÔÕÚ", "aaaaceeiooouAAAACEEIOOOU")


@st.composite
def spelt(draw: st.DrawFn) -> tuple[str, str]:
    """A status of an action as a person may type it: either language, any case, accents or not, extra blanks."""
    value, word = draw(st.sampled_from(WORDS))
    if draw(st.booleans()):
        word = word.translate(ACCENTLESS)
    word = "".join(char.upper() if draw(st.booleans()) else char for char in word)
    around, between = st.text(" ", max_size=3), st.text(" ", min_size=1, max_size=3)
    return value, draw(around) + draw(between).join(word.split(" ")) + draw(around)


@pytest.fixture(scope="module")
def empty(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """One database for checks that only read (check_workbook writes nothing)."""
    folder = tmp_path_factory.mktemp("spelling")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PACTDESK_HOME", str(folder / "home"))
        database = workspace.open_workspace(workspace.location(str(folder / "spelling.sqlite")))
        try:
            yield database
        finally:
            database.close()


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(spelt(), min_size=1, max_size=12))
def test_a_status_is_read_in_either_language_whatever_its_case_accents_and_blanks(
    empty: Database, rows: list[tuple[str, str]]
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        sheet = [["Referência", "Cluster", "Título", "Estado"]]
        sheet += [["", "AEC", f"Action {number}", typed] for number, (_, typed) in enumerate(rows)]
        plan = check_workbook(empty, make_workbook(Path(folder) / "typed.xlsx", {"Ações": sheet}))
    assert plan.ok, plan.report()
    assert [change.fields["status"] for change in plan.changes["Actions"]] == [ActionStatus(v) for v, _ in rows]


@pytest.mark.parametrize(
    ("sheet", "typed", "expected"),
    [
        ("Ações", "Aberta", ActionStatus.OPEN),  # WORKBOOK.md's own example of a Portuguese value
        ("Ações", "em progresso", ActionStatus.IN_PROGRESS),
        ("Ações", "Feita", ActionStatus.DONE),
        ("Resultados", "Atingido", OutputStatus.ACHIEVED),
        ("Reuniões", "planeada", MeetingStatus.PLANNED),
    ],
)
def test_the_other_words_people_write_for_a_status_are_read(
    empty: Database, sheet: str, typed: str, expected: object
) -> None:
    rows = {
        "Ações": [["Referência", "Cluster", "Título", "Estado"], ["", "AEC", "Enviar o relatório", typed]],
        "Resultados": [
            ["Referência", "Cluster", "Tipo de resultado", "Título", "Estado"],
            ["", "AEC", 1, "Estudo", typed],
        ],
        "Reuniões": [
            ["Referência", "Cluster", "Título", "Início", "Estado"],
            ["", "AEC", "Reunião", datetime(2026, 3, 2, 10, 0), typed],
        ],
    }[sheet]
    with tempfile.TemporaryDirectory() as folder:
        plan = check_workbook(empty, make_workbook(Path(folder) / "typed.xlsx", {sheet: rows}))
    assert plan.ok, plan.report()
    (change,) = next(iter(plan.changes.values()))
    assert change.fields["status"] is expected
