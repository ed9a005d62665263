"""The workbook's sheets and columns (the public contract of WORKBOOK.md), the scope of an export and its About rows.

A row is a tuple of plain values in column order (see ``export``); ``Table.positions`` says where each column's is.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property
from typing import Any

from pactdesk.domain import validation as check
from pactdesk.domain.enums import (
    ActionStatus,
    AttendanceStatus,
    MeetingKind,
    MeetingStatus,
    MinutesStatus,
    OrganisationKind,
    OutputStatus,
    SeatCode,
)

FORMAT_NAME = "PactDesk workbook"
FORMAT_VERSION = 1


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
    choices: tuple[str, ...] = ()
    required: bool = False  # a new record needs a value here


@dataclass(frozen=True)
class Table:
    sheet: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]

    @cached_property
    def positions(self) -> dict[str, int]:
        return {column.name: number for number, column in enumerate(self.columns)}

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(column.name for column in self.columns)


def _choices(kind: type[enum.StrEnum]) -> tuple[str, ...]:
    return tuple(member.value for member in kind)


_SEATS = tuple(seat.value for seat in SeatCode if seat is not SeatCode.C)
_NAME = check.MAX_NAME
_LONG = check.MAX_TEXT

ABOUT = Table("About", (Column("Field"), Column("Value")), ("Field",))
CLUSTERS = Table(
    "Clusters",
    (
        Column("Code", limit=10, required=True),
        Column("Name", limit=_NAME, required=True),
        Column("Management entity", limit=_NAME),
        Column("Pact signed", Kind.YESNO),
        Column("Email", limit=_NAME),
    ),
    ("Code",),
)
ORGANISATIONS = Table(
    "Organisations",
    (
        Column("Name", limit=_NAME, required=True),
        Column("Acronym", limit=40),
        Column("Kind", Kind.CHOICE, choices=_choices(OrganisationKind)),
        Column("Committee seat", Kind.CHOICE, choices=_SEATS),
    ),
    ("Name",),
)
PEOPLE = Table(
    "People",
    (
        Column("Name", limit=_NAME, required=True),
        Column("Organisation", limit=_NAME),
        Column("Role", limit=_NAME),
        Column("Email", limit=_NAME),
        Column("Phone", limit=60),
    ),
    ("Email", "Name"),
)
MEETINGS = Table(
    "Meetings",
    (
        Column("Ref", limit=24),
        Column("Cluster", limit=10, required=True),
        Column("Kind", Kind.CHOICE, choices=_choices(MeetingKind)),
        Column("Title", required=True),
        Column("Start", Kind.DATETIME, required=True),
        Column("End", Kind.DATETIME),
        Column("Location"),
        Column("Status", Kind.CHOICE, choices=_choices(MeetingStatus)),
        Column("Chair", limit=_NAME),
        Column("Minutes status", Kind.CHOICE, choices=_choices(MinutesStatus)),
    ),
    ("Ref",),
)
ATTENDANCE = Table(
    "Attendance",
    (
        Column("Meeting", limit=24, required=True),
        Column("Person", limit=_NAME, required=True),
        Column("Organisation", limit=_NAME),
        Column("Status", Kind.CHOICE, choices=_choices(AttendanceStatus)),
    ),
    ("Meeting", "Person"),
)
AGENDA = Table(
    "Agenda",
    (
        Column("Meeting", limit=24, required=True),
        Column("No.", Kind.NUMBER, low=1, limit=999, required=True),
        Column("Title", required=True),
        Column("Presenter", limit=_NAME),
        Column("Planned minutes", Kind.NUMBER, limit=24 * 60),
        Column("Minutes", limit=_LONG),
    ),
    ("Meeting", "No."),
)
DECISIONS = Table(
    "Decisions",
    (
        Column("Meeting", limit=24, required=True),
        Column("Agenda no.", Kind.NUMBER, low=1, limit=999, required=True),
        Column("Decision", limit=check.MAX_STATEMENT, required=True),
    ),
    ("Meeting", "Agenda no.", "Decision"),
)
ACTIONS = Table(
    "Actions",
    (
        Column("Ref", limit=24),
        Column("Cluster", limit=10),
        Column("Meeting", limit=24),
        Column("Title", limit=check.MAX_ACTION, required=True),
        Column("Owner", limit=_NAME),
        Column("Due", Kind.DATE),
        Column("Status", Kind.CHOICE, choices=_choices(ActionStatus)),
        Column("Goals", Kind.GOALS),
        Column("Latest update", limit=check.MAX_STATEMENT),
        Column("Closed on", Kind.DATE),
    ),
    ("Ref",),
)
OUTPUTS = Table(
    "Outputs",
    (
        Column("Ref", limit=24),
        Column("Cluster", limit=10, required=True),
        Column("Output type", Kind.NUMBER, low=1, limit=17, required=True),
        Column("Title", required=True),
        Column("Date", Kind.DATE),
        Column("Status", Kind.CHOICE, choices=_choices(OutputStatus)),
        Column("Progress %", Kind.NUMBER, limit=100),
        Column("Meeting", Kind.REFS, limit=2_000),
        Column("Evidence", limit=_LONG),
    ),
    ("Ref",),
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


@dataclass(frozen=True)
class Scope:
    """What an export holds: some clusters (none means all) and meetings in a date range (ends included)."""

    cluster_codes: tuple[str, ...] = ()
    since: date | None = None
    until: date | None = None

    def describe(self) -> str:
        clusters = ", ".join(self.cluster_codes) if self.cluster_codes else "all clusters"
        if self.since and self.until:
            return f"{clusters}, {self.since.isoformat()} to {self.until.isoformat()}"
        if self.since:
            return f"{clusters}, from {self.since.isoformat()}"
        if self.until:
            return f"{clusters}, until {self.until.isoformat()}"
        return clusters

    @property
    def whole(self) -> bool:
        return not self.cluster_codes and self.since is None and self.until is None


def about_rows(scope: Scope, exported_at: datetime) -> list[tuple[Any, ...]]:
    return [
        ("Format", FORMAT_NAME),
        ("Version", str(FORMAT_VERSION)),
        ("Exported at", exported_at.replace(microsecond=0)),
        ("Scope", scope.describe()),
    ]
