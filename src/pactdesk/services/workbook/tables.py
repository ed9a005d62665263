"""The workbook's sheets and columns (the public contract of WORKBOOK.md) in English and Portuguese, the scope of an
export and its About rows.

A row is a tuple of plain values in column order (see ``export``); ``Table.positions`` says where each column's is.
Sheets, columns and values are known inside PactDesk by their English names and values (``Table.sheet``,
``Column.name``, ``Column.choices``: the enums' values); a workbook of version 2 writes them in its language, and an
import reads them in either (and ``plan.Naming`` says how a workbook named them).
"""

from __future__ import annotations

import enum
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property
from typing import Any

from pactdesk.domain import validation as check
from pactdesk.domain.enums import (
    ActionStatus,
    AttendanceStatus,
    Labelled,
    MeetingKind,
    MeetingStatus,
    MinutesStatus,
    OrganisationKind,
    OutputStatus,
    SeatCode,
)
from pactdesk.domain.language import LANGUAGES

FORMAT_NAME = "PactDesk workbook"
FORMAT_VERSION = 2
"""The version written; import reads every version from 1 (English only, no Language row) to this one."""

YES_NO: dict[str, tuple[str, str]] = {"en": ("yes", "no"), "pt": ("sim", "não")}


class Kind(enum.Enum):
    TEXT = "text"
    DATE = "date"
    DATETIME = "date and time"
    YESNO = "yes or no"
    NUMBER = "number"
    CHOICE = "choice"
    GOALS = "goals"
    REFS = "references"


@dataclass(frozen=True)
class Column:
    name: str
    kind: Kind = Kind.TEXT
    limit: int = check.MAX_TITLE  # the longest text, or the highest number
    low: int = 0  # the lowest number
    choices: tuple[str, ...] = ()  # the values, as PactDesk keeps them (English)
    required: bool = False  # a new record needs a value here
    pt: str = ""  # the header in Portuguese
    choices_pt: tuple[str, ...] = ()  # each of ``choices`` in Portuguese, in the same order
    also: tuple[tuple[str, str], ...] = ()  # other words people write for a value, read on import, never written

    def header(self, language: str) -> str:
        """The column's header in a workbook of ``language``."""
        return self.pt if language == "pt" and self.pt else self.name

    def words(self, language: str) -> dict[str, str]:
        """Each value (as kept) and the word a workbook of ``language`` writes for it."""
        words = self.choices_pt if language == "pt" and self.choices_pt else self.choices
        return dict(zip(self.choices, words, strict=True))


@dataclass(frozen=True)
class Table:
    sheet: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]
    pt: str = ""  # the sheet's name in Portuguese

    @cached_property
    def positions(self) -> dict[str, int]:
        return {column.name: number for number, column in enumerate(self.columns)}

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(column.name for column in self.columns)

    def title(self, language: str) -> str:
        """The sheet's name in a workbook of ``language``."""
        return self.pt if language == "pt" and self.pt else self.sheet

    def headers(self, language: str) -> tuple[str, ...]:
        return tuple(column.header(language) for column in self.columns)


def _closed(name: str, values: type[Labelled], *, pt: str, also: tuple[tuple[str, str], ...] = ()) -> Column:
    """A column of kinds or statuses: the enum's values, and in Portuguese its labels in lower case (the words the
    window and the documents show: "em aberto", "à distância")."""
    members = tuple(values)
    return Column(
        name,
        Kind.CHOICE,
        choices=tuple(member.value for member in members),
        pt=pt,
        choices_pt=tuple(member.label_in("pt").lower() for member in members),
        also=also,
    )


# Words a secretary writes by hand for a status, besides the ones PactDesk writes (WORKBOOK.md's own example for an
# open action is "aberta").
_ACTION_WORDS = (("aberta", "open"), ("aberto", "open"), ("em progresso", "in progress"), ("feita", "done"))
_OUTPUT_WORDS = (("em progresso", "in progress"), ("atingido", "achieved"), ("alcancado", "achieved"))
_MEETING_WORDS = (("planeada", "planned"), ("agendada", "planned"))


# The committee's seats an organisation holds: the chair and (a)–(h) but (c), which is each cluster's management
# entity's. Only the chair has a word to translate.
_SEATS = tuple(seat.value for seat in SeatCode if seat is not SeatCode.C)
_SEATS_PT = tuple("presidente" if seat == SeatCode.CHAIR else seat for seat in _SEATS)
_NAME = check.MAX_NAME
_LONG = check.MAX_TEXT

ABOUT = Table("About", (Column("Field"), Column("Value")), ("Field",))
"""The one sheet written the same in every language, so a reader finds the format, version and language first."""

# The workbook in both languages: each sheet's and column's Portuguese name next to its English one.
CLUSTERS = Table(
    "Clusters",
    (
        Column("Code", limit=10, required=True, pt="Código"),
        Column("Name", limit=_NAME, required=True, pt="Nome"),
        Column("Management entity", limit=_NAME, pt="Entidade gestora"),
        Column("Pact signed", Kind.YESNO, pt="Pacto assinado"),
        Column("Email", limit=_NAME, pt="E-mail"),
    ),
    ("Code",),
    pt="Clusters",
)
ORGANISATIONS = Table(
    "Organisations",
    (
        Column("Name", limit=_NAME, required=True, pt="Nome"),
        Column("Acronym", limit=40, pt="Sigla"),
        _closed("Kind", OrganisationKind, pt="Tipo"),
        Column("Committee seat", Kind.CHOICE, choices=_SEATS, pt="Lugar na Comissão", choices_pt=_SEATS_PT),
    ),
    ("Name",),
    pt="Organizações",
)
PEOPLE = Table(
    "People",
    (
        Column("Name", limit=_NAME, required=True, pt="Nome"),
        Column("Organisation", limit=_NAME, pt="Organização"),
        Column("Role", limit=_NAME, pt="Cargo"),
        Column("Email", limit=_NAME, pt="E-mail"),
        Column("Phone", limit=60, pt="Telefone"),
    ),
    ("Email", "Name"),
    pt="Pessoas",
)
MEETINGS = Table(
    "Meetings",
    (
        Column("Ref", limit=24, pt="Referência"),
        Column("Cluster", limit=10, required=True, pt="Cluster"),
        _closed("Kind", MeetingKind, pt="Tipo"),
        Column("Title", required=True, pt="Título"),
        Column("Start", Kind.DATETIME, required=True, pt="Início"),
        Column("End", Kind.DATETIME, pt="Fim"),
        Column("Location", pt="Local"),
        _closed("Status", MeetingStatus, pt="Estado", also=_MEETING_WORDS),
        Column("Chair", limit=_NAME, pt="Presidente"),
        _closed("Minutes status", MinutesStatus, pt="Estado da ata"),
    ),
    ("Ref",),
    pt="Reuniões",
)
ATTENDANCE = Table(
    "Attendance",
    (
        Column("Meeting", limit=24, required=True, pt="Reunião"),
        Column("Person", limit=_NAME, required=True, pt="Pessoa"),
        Column("Organisation", limit=_NAME, pt="Organização"),
        _closed("Status", AttendanceStatus, pt="Estado"),
    ),
    ("Meeting", "Person"),
    pt="Presenças",
)
AGENDA = Table(
    "Agenda",
    (
        Column("Meeting", limit=24, required=True, pt="Reunião"),
        Column("No.", Kind.NUMBER, low=1, limit=999, required=True, pt="N.º"),
        Column("Title", required=True, pt="Título"),
        Column("Presenter", limit=_NAME, pt="Apresentado por"),
        Column("Planned minutes", Kind.NUMBER, limit=24 * 60, pt="Minutos previstos"),
        Column("Minutes", limit=_LONG, pt="Ata"),
    ),
    ("Meeting", "No."),
    pt="Ordem de trabalhos",
)
DECISIONS = Table(
    "Decisions",
    (
        Column("Meeting", limit=24, required=True, pt="Reunião"),
        Column("Agenda no.", Kind.NUMBER, low=1, limit=999, required=True, pt="N.º na ordem de trabalhos"),
        Column("Decision", limit=check.MAX_STATEMENT, required=True, pt="Deliberação"),
        # Version 2: the decision's number in its cluster's register of the year ("TEX 2025/07", services/register).
        Column("Register no.", limit=40, pt="N.º de registo"),
    ),
    ("Meeting", "Agenda no.", "Decision"),
    pt="Deliberações",
)
ACTIONS = Table(
    "Actions",
    (
        Column("Ref", limit=24, pt="Referência"),
        Column("Cluster", limit=10, pt="Cluster"),
        Column("Meeting", limit=24, pt="Reunião"),
        Column("Title", limit=check.MAX_ACTION, required=True, pt="Título"),
        Column("Owner", limit=_NAME, pt="Responsável"),
        Column("Due", Kind.DATE, pt="Prazo"),
        _closed("Status", ActionStatus, pt="Estado", also=_ACTION_WORDS),
        Column("Goals", Kind.GOALS, pt="Objetivos"),
        Column("Latest update", limit=check.MAX_STATEMENT, pt="Último ponto de situação"),
        Column("Closed on", Kind.DATE, pt="Encerrada em"),
    ),
    ("Ref",),
    pt="Ações",
)
OUTPUTS = Table(
    "Outputs",
    (
        Column("Ref", limit=24, pt="Referência"),
        Column("Cluster", limit=10, required=True, pt="Cluster"),
        Column("Output type", Kind.NUMBER, low=1, limit=17, required=True, pt="Tipo de resultado"),
        Column("Title", required=True, pt="Título"),
        Column("Date", Kind.DATE, pt="Data"),
        _closed("Status", OutputStatus, pt="Estado", also=_OUTPUT_WORDS),
        Column("Progress %", Kind.NUMBER, limit=100, pt="Progresso %"),
        Column("Meeting", Kind.REFS, limit=2_000, pt="Reunião"),
        Column("Evidence", limit=_LONG, pt="Evidências"),
    ),
    ("Ref",),
    pt="Resultados",
)

TABLES: tuple[Table, ...] = (
    CLUSTERS,
    ORGANISATIONS,
    PEOPLE,
    MEETINGS,
    ATTENDANCE,
    AGENDA,
    DECISIONS,
    ACTIONS,
    OUTPUTS,
)
"""The record sheets in the order a workbook shows them (the contract's order)."""

IMPORT_ORDER: tuple[Table, ...] = (
    ORGANISATIONS,
    CLUSTERS,
    *(table for table in TABLES if table not in (CLUSTERS, ORGANISATIONS)),
)
"""The order an import plans and writes the sheets, whatever order they come in: everything a row points to comes
before it (a cluster's management entity is an organisation, so Organisations come before Clusters)."""


BY_SHEET: dict[str, Table] = {table.sheet: table for table in TABLES}


def fold(text: str) -> str:
    """``text`` as names and words of a workbook are matched: case, accents and runs of blanks ignored, so
    "REFERENCIA", "referência" and "Referência" are one header."""
    text = " ".join(text.split()).casefold()
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def stated_language(text: object) -> str | None:
    """``en`` or ``pt`` for what a workbook's Language row says (``pt``, ``PT-pt``, ``Português``…), else None."""
    word = fold(str(text or ""))
    for language in LANGUAGES:
        if word == language or word.startswith((f"{language}-", f"{language}_")):
            return language
    return {"portugues": "pt", "english": "en", "ingles": "en"}.get(word)


@dataclass(frozen=True)
class Scope:
    """What an export holds: some clusters (none means all) and meetings in a date range (ends included)."""

    cluster_codes: tuple[str, ...] = ()
    since: date | None = None
    until: date | None = None

    def describe(self, language: str = "en") -> str:
        words = _SCOPE_WORDS["pt" if language == "pt" else "en"]
        clusters = ", ".join(self.cluster_codes) if self.cluster_codes else words["all"]
        since = self.since.isoformat() if self.since else ""
        until = self.until.isoformat() if self.until else ""
        if self.since and self.until:
            return words["between"].format(clusters, since, until)
        if self.since:
            return words["since"].format(clusters, since)
        if self.until:
            return words["until"].format(clusters, until)
        return clusters

    @property
    def whole(self) -> bool:
        return not self.cluster_codes and self.since is None and self.until is None


_SCOPE_WORDS = {
    "en": {"all": "all clusters", "between": "{0}, {1} to {2}", "since": "{0}, from {1}", "until": "{0}, until {1}"},
    "pt": {
        "all": "todos os clusters",
        "between": "{0}, de {1} a {2}",
        "since": "{0}, a partir de {1}",
        "until": "{0}, até {1}",
    },
}


def about_rows(scope: Scope, exported_at: datetime, language: str = "en") -> list[tuple[Any, ...]]:
    """The About sheet's rows: its field names are the same in every language (a reader finds the language here
    before it knows it); the scope is described in the workbook's language."""
    return [
        ("Format", FORMAT_NAME),
        ("Version", str(FORMAT_VERSION)),
        ("Language", language),
        ("Exported at", exported_at.replace(microsecond=0)),
        ("Scope", scope.describe(language)),
    ]
