"""Planning an import: each sheet's rows checked against the database, giving what would be created, updated and
left unchanged, and every problem by sheet, row and column. Nothing here writes; ``record_writer`` does.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pactdesk.domain import references
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
from pactdesk.domain.errors import ValidationError
from pactdesk.domain.models import (
    Action,
    AgendaItem,
    Attendance,
    Cluster,
    CommitteeSeat,
    Decision,
    Meeting,
    Organisation,
    Output,
    Person,
    action_goal,
    output_meeting,
)
from pactdesk.services import records
from pactdesk.services.records import Table
from pactdesk.store.database import Database


class _Marker:
    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name


ABSENT = _Marker("ABSENT")
"""The value of a column the sheet does not have: the record keeps what it holds."""
INVALID = _Marker("INVALID")
"""The value of a cell that could not be read; its problem is already reported."""

MAX_PROBLEMS = 500


@dataclass(frozen=True)
class Problem:
    sheet: str
    row: int | None
    column: str | None
    text: str

    def __str__(self) -> str:
        where = [self.sheet]
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column:
            where.append(f"column “{self.column}”")
        return f"{', '.join(where)}: {self.text}"


@dataclass(frozen=True)
class New:
    """A record this import creates, named by its sheet and key, before it has an id."""

    sheet: str
    key: Any


_SHAPES: dict[tuple[str, ...], tuple[str, ...]] = {}


class Change:
    """One row's change: the record updated (``existing`` id) or created (None), and the fields written.

    Kept compact (an import may hold a few hundred thousand until it is written): the field names are shared
    between rows of the same shape and the values are a tuple; ``fields`` gives them back as a dict.
    """

    __slots__ = ("_names", "_values", "existing", "key", "row")

    def __init__(self, row: int, existing: int | None, fields: dict[str, Any], key: Any = None) -> None:
        self.row = row
        self.existing = existing
        self.key = key
        self.fields = fields

    @property
    def fields(self) -> dict[str, Any]:
        return dict(zip(self._names, self._values, strict=True))

    @fields.setter
    def fields(self, fields: dict[str, Any]) -> None:
        names = tuple(fields)
        self._names = _SHAPES.setdefault(names, names)
        self._values = tuple(fields.values())


@dataclass
class SheetCounts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0


@dataclass
class ImportPlan:
    counts: dict[str, SheetCounts] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    changes: dict[str, list[Change]] = field(default_factory=dict)
    too_many_problems: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def changed(self) -> int:
        return sum(counts.created + counts.updated for counts in self.counts.values())

    def report(self) -> list[str]:
        """The plan in plain lines: per sheet what would be created, updated and left unchanged, then problems."""
        lines = [
            f"{sheet}: {counts.created:,} to create, {counts.updated:,} to update, {counts.unchanged:,} unchanged"
            for sheet, counts in sorted(self.counts.items(), key=lambda item: _SHEET_ORDER.get(item[0], 99))
        ]
        lines.extend(f"Note: {notice}" for notice in self.notices)
        if self.problems:
            more = " (only the first ones are listed)" if self.too_many_problems else ""
            lines.append(f"{len(self.problems):,} problem(s){more}; nothing will be imported until they are corrected:")
            lines.extend(f"  - {problem}" for problem in self.problems)
        return lines

    def problem(self, sheet: str, row: int | None, column: str | None, text: str) -> None:
        if len(self.problems) >= MAX_PROBLEMS:
            self.too_many_problems = True
            return
        self.problems.append(Problem(sheet, row, column, text))


Rows = Iterable[tuple[int, tuple[Any, ...]]]


def plan_import(
    db: Database,
    sheets: Iterable[tuple[Table, Rows]],
    *,
    plan: ImportPlan | None = None,
    today: date | None = None,
) -> ImportPlan:
    """Check every row of ``sheets`` (in ``records.IMPORT_ORDER``) against the database; nothing is written.

    ``plan`` may already hold problems found while reading the cells; the rows' problems are added to it.
    """
    plan = plan if plan is not None else ImportPlan()
    with db.read() as session:
        planner = _Planner(session, plan, today or date.today())
        for table, rows in sheets:
            plan.counts[table.sheet] = SheetCounts()
            plan.changes[table.sheet] = []
            planner.plan_sheet(table, rows)
    return plan


_SHEET_ORDER = {table.sheet: position for position, table in enumerate(records.TABLES)}  # the workbook's order


def _a(what: str) -> str:
    return "An" if what[0] in "aeiou" else "A"


def _casefold(text: str) -> str:
    return " ".join(text.split()).casefold()


class _Planner:
    def __init__(self, session: Session, plan: ImportPlan, today: date) -> None:
        self.session = session
        self.plan = plan
        self.today = today
        self.refused: dict[str, set[str]] = {}  # per sheet, the keys of rows that had a problem
        self.depends_on_refused = False
        self.clusters: dict[str, Any] = {}
        self.cluster_fields: dict[str, tuple[int, dict[str, Any]]] = {}
        for cluster in session.scalars(select(Cluster)):
            self.clusters[cluster.code] = cluster.id
            self.cluster_fields[cluster.code] = (
                cluster.id,
                {
                    "name": cluster.name,
                    "management_entity_id": cluster.management_entity_id,
                    "pact_signed": cluster.pact_signed,
                    "email": cluster.email or "",
                },
            )
        self.cluster_names = {_casefold(fields["name"]): code for code, (_, fields) in self.cluster_fields.items()}
        self.organisations: dict[str, Any] = {}
        self.acronyms: dict[str, list[Any]] = {}
        self.organisation_fields: dict[str, tuple[int, dict[str, Any]]] = {}
        seats = {
            holder: code.value
            for code, holder in session.execute(select(CommitteeSeat.code, CommitteeSeat.organisation_id))
            if holder is not None and code is not SeatCode.C
        }
        for organisation in session.scalars(select(Organisation)):
            key = _casefold(organisation.name)
            self.organisations[key] = organisation.id
            if organisation.acronym:
                self.acronyms.setdefault(_casefold(organisation.acronym), []).append(organisation.id)
            self.organisation_fields[key] = (
                organisation.id,
                {
                    "acronym": organisation.acronym,
                    "kind": organisation.kind,
                    "seat": seats.get(organisation.id, ""),
                },
            )
        self.people_by_email: dict[str, Any] = {}
        self.people_by_name: dict[str, list[Any]] = {}
        self.person_fields: dict[int, dict[str, Any]] = {}
        for person in session.scalars(select(Person)):
            if person.email:
                self.people_by_email[person.email] = person.id
            self.people_by_name.setdefault(_casefold(person.name), []).append(person.id)
            self.person_fields[person.id] = {
                "name": person.name,
                "organisation_id": person.organisation_id,
                "role": person.role,
                "email": person.email or "",
                "phone": person.phone,
            }
        self.person_organisation: dict[Any, Any] = {
            pid: fields["organisation_id"] for pid, fields in self.person_fields.items()
        }
        # Every meeting by reference: its id, its cluster and whether its minutes are approved (locked).
        self.meetings: dict[str, tuple[Any, Any, bool]] = {
            ref: (meeting_id, cluster_id, minutes is MinutesStatus.APPROVED)
            for meeting_id, ref, cluster_id, minutes in session.execute(
                select(Meeting.id, Meeting.ref, Meeting.cluster_id, Meeting.minutes_status)
            )
        }
        self.agenda: dict[tuple[Any, int], Any] = {}
        self.seen_seats: dict[str, int] = {}

    # -- the sheets ---------------------------------------------------------------------------------------------

    def plan_sheet(self, table: Table, rows: Rows) -> None:
        planners: dict[str, Callable[[int, tuple[Any, ...]], None]] = {
            records.CLUSTERS.sheet: self._cluster,
            records.ORGANISATIONS.sheet: self._organisation,
            records.PEOPLE.sheet: self._person,
            records.MEETINGS.sheet: self._meeting,
            records.ATTENDANCE.sheet: self._attendance,
            records.AGENDA.sheet: self._agenda_item,
            records.DECISIONS.sheet: self._decision,
            records.ACTIONS.sheet: self._action,
            records.OUTPUTS.sheet: self._output,
        }
        self.table = table
        self.positions = table.positions
        self.keys: dict[Any, int] = {}
        self._prepare(table)
        plan_row = planners[table.sheet]
        refused = self.refused.setdefault(table.sheet, set())
        for number, values in rows:
            self.row = number
            self.failed = INVALID in values  # a cell that could not be read: the row is reported, not counted
            self.depends_on_refused = False  # set when the row points at a row that has a problem of its own
            plan_row(number, values)
            if self.failed:  # rows elsewhere that point at this one are not reported again: the cause is here
                refused.update(self._keys_of(table, values))

    def _keys_of(self, table: Table, values: tuple[Any, ...]) -> set[str]:
        """What other rows call this row by: a meeting's reference, a cluster's code, a name, an e-mail."""
        names = {records.MEETINGS.sheet: ("Ref",), records.CLUSTERS.sheet: ("Code",)}.get(
            table.sheet, ("Name", "Acronym", "Email")
        )
        keys = set()
        for name in names:
            if name in self.positions:
                value = self._value(values, name)
                if isinstance(value, str) and value.strip():
                    keys.add(_casefold(value))
        return keys

    def _already_refused(self, sheet: str, key: str) -> bool:
        """``key`` names a row of ``sheet`` that has a problem of its own: this row fails too, silently."""
        if _casefold(key) in self.refused.get(sheet, set()):
            self.failed = self.depends_on_refused = True
            return True
        return False

    def _prepare(self, table: Table) -> None:
        """Load what this sheet's rows are compared with (only for the sheets present)."""
        session = self.session
        if table is records.MEETINGS:
            self.meeting_fields = {
                row.ref: (row.id, row._asdict())
                for row in session.execute(
                    select(
                        Meeting.id,
                        Meeting.ref,
                        Meeting.cluster_id,
                        Meeting.kind,
                        Meeting.title,
                        Meeting.starts_at,
                        Meeting.ends_at,
                        Meeting.location,
                        Meeting.status,
                        Meeting.chair_id,
                        Meeting.minutes_status,
                    )
                )
            }
        elif table is records.ATTENDANCE:
            self.attendance = {
                (meeting_id, person_id): (row_id, {"organisation_id": organisation_id, "status": status})
                for row_id, meeting_id, person_id, organisation_id, status in session.execute(
                    select(
                        Attendance.id,
                        Attendance.meeting_id,
                        Attendance.person_id,
                        Attendance.organisation_id,
                        Attendance.status,
                    )
                )
            }
        elif table in (records.AGENDA, records.DECISIONS):
            self.agenda_fields = {
                (meeting_id, position): (
                    row_id,
                    {"title": title, "presenter": presenter, "planned_minutes": planned, "minutes": minutes},
                )
                for row_id, meeting_id, position, title, presenter, planned, minutes in session.execute(
                    select(
                        AgendaItem.id,
                        AgendaItem.meeting_id,
                        AgendaItem.position,
                        AgendaItem.title,
                        AgendaItem.presenter,
                        AgendaItem.planned_minutes,
                        AgendaItem.minutes,
                    )
                )
            }
            for key, (row_id, _) in self.agenda_fields.items():
                self.agenda.setdefault(key, row_id)
            if table is records.DECISIONS:
                self.decisions = Counter(
                    (item, text) for item, text in session.execute(select(Decision.agenda_item_id, Decision.text))
                )
                self.seen_decisions: Counter[tuple[Any, str]] = Counter()
        elif table is records.ACTIONS:
            self.action_fields = _actions(session)
        elif table is records.OUTPUTS:
            self.output_fields = _outputs(session)

    # -- helpers ------------------------------------------------------------------------------------------------

    def _problem(self, column: str | None, text: str) -> None:
        self.failed = True
        self.plan.problem(self.table.sheet, self.row, column, text)

    def _value(self, values: tuple[Any, ...], name: str) -> Any:
        return values[self.positions[name]]

    def _needed(self, values: tuple[Any, ...], name: str, what: str) -> Any:
        """The value of a column a new record needs; a problem when it is missing or empty."""
        value = self._value(values, name)
        if value is ABSENT or value == "" or value is None:
            self._problem(name if value is not ABSENT else None, f"A new {what} needs a value in “{name}”.")
            return INVALID
        return value

    def _always(
        self, values: tuple[Any, ...], name: str, what: str, new: bool, fields: dict[str, Any], field_name: str
    ) -> None:
        """A column every record has a value in: needed for a new record, and never emptied on an existing one."""
        value = self._needed(values, name, what) if new else self._value(values, name)
        if value == "" or value is None:
            self._problem(name, f"{_a(what)} {what}'s {name.lower()} cannot be empty.")
        elif value is not ABSENT and value is not INVALID:
            fields[field_name] = value

    def _ref_of_cluster(self, ref: str, code: str, cluster: Any) -> None:
        """A new record's written reference names its own cluster."""
        if cluster not in (None, INVALID) and self.clusters.get(code) != cluster:
            self._problem("Ref", f"The reference {ref} belongs to the cluster {code}.")

    def _stays_in_cluster(self, cluster: Any, existing: tuple[int, Any] | None, ref: str, what: str) -> None:
        if existing is not None and cluster not in (None, INVALID) and cluster != existing[1]["cluster_id"]:
            self._problem(
                "Cluster", f"{ref} belongs to another cluster; {_a(what).lower()} {what} cannot move between clusters."
            )

    def _duplicate(self, key: Any, column: str, text: str) -> bool:
        first = self.keys.get(key)
        if first is not None:
            self._problem(column, f"{text} is also on row {first}; each appears once in a sheet.")
            return True
        self.keys[key] = self.row
        return False

    def _record(self, key: Any, existing: tuple[int, dict[str, Any]] | None, fields: dict[str, Any]) -> None:
        """Count the row as created, updated or unchanged, and keep what changes (unless the row has a problem)."""
        counts = self.plan.counts[self.table.sheet]
        if self.failed:
            return
        if existing is None:
            counts.created += 1
            self.plan.changes[self.table.sheet].append(Change(self.row, None, fields, key))
            return
        record_id, current = existing
        changed = {name: value for name, value in fields.items() if current.get(name, ABSENT) != value}
        if changed:
            counts.updated += 1
            self.plan.changes[self.table.sheet].append(Change(self.row, record_id, changed, key))
        else:
            counts.unchanged += 1

    def _text(self, values: tuple[Any, ...], name: str, fields: dict[str, Any], field_name: str) -> None:
        value = self._value(values, name)
        if value is not ABSENT and value is not INVALID:
            fields[field_name] = value

    def _choice(
        self,
        values: tuple[Any, ...],
        name: str,
        fields: dict[str, Any],
        field_name: str,
        kind: Any,
        new: bool,
        default: Any = None,
    ) -> None:
        """An empty choice keeps what a record has, and gives a new one the default (else the first value)."""
        value = self._value(values, name)
        if value is INVALID:
            return
        if value is ABSENT or value == "":
            if new:
                fields[field_name] = default or next(iter(kind))
            return
        fields[field_name] = kind(value)

    def _cluster_of(self, values: tuple[Any, ...], name: str = "Cluster") -> Any:
        code = self._value(values, name)
        if code is ABSENT or code is INVALID or not code:
            return None
        code = code.upper()
        found = self.clusters.get(code)
        if found is None:
            if not self._already_refused(records.CLUSTERS.sheet, code):
                self._problem(name, f"There is no cluster “{code}”; use a code from the Clusters sheet, such as AEC.")
            return INVALID
        return found

    def _organisation_of(self, text: str, column: str) -> Any:
        key = _casefold(text)
        found = self.organisations.get(key)
        if found is not None:
            return found
        by_acronym = self.acronyms.get(key, [])
        if len(by_acronym) == 1:
            return by_acronym[0]
        if len(by_acronym) > 1:
            self._problem(column, f"More than one organisation has the acronym “{text}”; write its full name.")
        elif not self._already_refused(records.ORGANISATIONS.sheet, text):
            self._problem(column, f"There is no organisation “{text}”; add it to the Organisations sheet first.")
        return INVALID

    def _person_of(self, text: str, column: str, *, quiet: bool = False) -> Any:
        named = self.people_by_name.get(_casefold(text), [])
        if "@" in text and len(named) != 1:  # an e-mail, unless someone is really called that
            found = self.people_by_email.get(text.lower())
            if found is None and not quiet and not self._already_refused(records.PEOPLE.sheet, text):
                self._problem(column, f"Nobody has the e-mail “{text}”; add the person to the People sheet first.")
            return INVALID if found is None else found
        if len(named) == 1:
            return named[0]
        if not quiet:
            if named:
                self._problem(column, f"More than one person is called “{text}”; write their e-mail instead.")
            elif not self._already_refused(records.PEOPLE.sheet, text):
                self._problem(column, f"There is no person called “{text}”; add them to the People sheet first.")
        return INVALID

    def _meeting_of(self, values: tuple[Any, ...], name: str = "Meeting") -> tuple[Any, Any, bool] | None:
        ref = self._value(values, name)
        if ref is ABSENT or ref is INVALID or not ref:
            return None
        found = self.meetings.get(ref.upper())
        if found is None and not self._already_refused(records.MEETINGS.sheet, ref):
            self._problem(name, f"There is no meeting “{ref}”, in the database or in the Meetings sheet.")
        return found

    def _refuse_locked(self, meeting: tuple[Any, Any, bool] | None, ref: str, column: str | None = None) -> None:
        if meeting is not None and meeting[2]:
            self._problem(
                column,
                f"The minutes of {ref} are approved, so the import cannot change them. Leave this row as exported, "
                "or remove it from the workbook.",
            )

    # -- one row of each sheet ----------------------------------------------------------------------------------

    def _cluster(self, number: int, values: tuple[Any, ...]) -> None:
        code = self._value(values, "Code")
        if code is ABSENT:
            self._problem(None, "The Clusters sheet needs a “Code” column.")
            return
        if code is INVALID:
            return
        code = code.upper()
        if not references.CLUSTER_CODE.match(code):
            self._problem("Code", f"“{code}” is not a cluster code: 2 to 10 capital letters or digits, such as AEC.")
            return
        if self._duplicate(code, "Code", f"The cluster {code}"):
            return
        existing = self.cluster_fields.get(code)
        fields: dict[str, Any] = {}
        name = self._needed(values, "Name", "cluster") if existing is None else self._value(values, "Name")
        if name == "":
            self._problem("Name", "A cluster's name cannot be empty.")
        elif name is not ABSENT and name is not INVALID:
            other = self.cluster_names.get(_casefold(name))
            if other is not None and other != code:
                self._problem("Name", f"The cluster {other} already has the name “{name}”.")
            fields["name"] = name
        entity = self._value(values, "Management entity")
        if entity is not ABSENT and entity is not INVALID:
            fields["management_entity_id"] = self._organisation_of(entity, "Management entity") if entity else None
        signed = self._value(values, "Pact signed")
        if signed is not ABSENT and signed is not INVALID and (signed is not None or existing is None):
            fields["pact_signed"] = bool(signed)
        email = self._value(values, "Email")
        if email is not ABSENT and email is not INVALID:
            fields["email"] = self._email(email, "Email")
        if existing is None and not self.failed:
            self.clusters[code] = New(self.table.sheet, code)
            fields["code"] = code
        self._record(code, existing, fields)

    def _email(self, text: str, column: str) -> str:
        try:
            return check.optional_email(text) or ""
        except ValidationError as error:
            self._problem(column, str(error))
            return ""

    def _organisation(self, number: int, values: tuple[Any, ...]) -> None:
        name = self._value(values, "Name")
        if name is ABSENT:
            self._problem(None, "The Organisations sheet needs a “Name” column.")
            return
        if name is INVALID:
            return
        if not name:
            self._problem("Name", "An organisation needs a name.")
            return
        key = _casefold(name)
        if self._duplicate(key, "Name", f"The organisation “{name}”"):
            return
        existing = self.organisation_fields.get(key)
        fields: dict[str, Any] = {}
        self._text(values, "Acronym", fields, "acronym")
        self._choice(values, "Kind", fields, "kind", OrganisationKind, existing is None, OrganisationKind.OTHER)
        seat = self._value(values, "Committee seat")
        if seat is not ABSENT and seat is not INVALID:
            if seat:
                first = self.seen_seats.get(seat)
                if first is not None:
                    self._problem(
                        "Committee seat", f"Seat ({seat}) is also given on row {first}; one organisation holds it."
                    )
                self.seen_seats[seat] = number
            fields["seat"] = seat
        if existing is None:
            if not self.failed:
                self.organisations[key] = New(self.table.sheet, key)
                if fields.get("acronym"):  # later sheets may name it by its acronym, as they may older ones
                    self.acronyms.setdefault(_casefold(fields["acronym"]), []).append(self.organisations[key])
            fields["name"] = name
            fields.setdefault("acronym", "")
        self._record(key, existing, fields)

    def _person(self, number: int, values: tuple[Any, ...]) -> None:
        name = self._value(values, "Name")
        email = self._value(values, "Email")
        if name is ABSENT:
            self._problem(None, "The People sheet needs a “Name” column.")
            return
        if name is INVALID or email is INVALID:
            return
        email = "" if email is ABSENT else self._email(email, "Email")
        if self.failed:
            return
        key = email or _casefold(name)
        if self._duplicate(key, "Email" if email else "Name", f"The person {email or name}"):
            return
        person_id = self.people_by_email.get(email) if email else None
        if not isinstance(person_id, int):
            # Someone already recorded under this name: the one of them without an e-mail, when a row adds one.
            named = [pid for pid in self.people_by_name.get(_casefold(name), []) if isinstance(pid, int)]
            if email:
                named = [pid for pid in named if not self.person_fields[pid]["email"]]
            elif len(named) > 1:
                self._problem("Name", f"More than one person is called “{name}”; give their e-mail to say which.")
                return
            person_id = named[0] if len(named) == 1 else None
        existing = (person_id, self.person_fields[person_id]) if person_id is not None else None
        fields: dict[str, Any] = {}
        if name == "":
            self._problem("Name", "A person needs a name.")
        else:
            fields["name"] = name
        organisation = self._value(values, "Organisation")
        if organisation is not ABSENT and organisation is not INVALID:
            fields["organisation_id"] = self._organisation_of(organisation, "Organisation") if organisation else None
        self._text(values, "Role", fields, "role")
        self._text(values, "Phone", fields, "phone")
        if email:
            fields["email"] = email
        if existing is None and not self.failed:
            pending = New(self.table.sheet, key)
            if email:
                self.people_by_email[email] = pending
            self.people_by_name.setdefault(_casefold(name), []).append(pending)
            self.person_organisation[pending] = fields.get("organisation_id")
        self._record(key, existing, fields)

    def _meeting(self, number: int, values: tuple[Any, ...]) -> None:
        ref = self._value(values, "Ref")
        if ref is INVALID:
            return
        ref = "" if ref is ABSENT else ref.upper()
        if ref and self._duplicate(ref, "Ref", f"The meeting {ref}"):
            return
        existing = self.meeting_fields.get(ref) if ref else None
        fields: dict[str, Any] = {}
        cluster = self._cluster_of(values)
        if existing is None:
            if cluster is None:
                self._needed(values, "Cluster", "meeting")
            if ref:
                parsed = references.parse_meeting_ref(ref)
                if parsed is None:
                    self._problem(
                        "Ref",
                        f"“{ref}” is not a meeting reference such as AEC-2024-02; leave Ref empty for a new meeting.",
                    )
                else:
                    self._ref_of_cluster(ref, parsed.cluster_code, cluster)
            fields["cluster_id"] = cluster
        self._stays_in_cluster(cluster, existing, ref, "meeting")
        self._choice(values, "Kind", fields, "kind", MeetingKind, existing is None)
        self._always(values, "Title", "meeting", existing is None, fields, "title")
        self._always(values, "Start", "meeting", existing is None, fields, "starts_at")
        end = self._value(values, "End")
        if end is not ABSENT and end is not INVALID:
            fields["ends_at"] = end
        begins = fields.get("starts_at") or (existing[1]["starts_at"] if existing else None)
        ends = fields.get("ends_at", existing[1]["ends_at"] if existing else None)
        if begins and ends and ends <= begins:
            self._problem("End", "The meeting must end after it starts; check the start and the end.")
        self._text(values, "Location", fields, "location")
        self._choice(values, "Status", fields, "status", MeetingStatus, existing is None)
        chair = self._value(values, "Chair")
        if chair is not ABSENT and chair is not INVALID:
            fields["chair_id"] = self._person_of(chair, "Chair") if chair else None
        self._choice(values, "Minutes status", fields, "minutes_status", MinutesStatus, existing is None)
        if existing is not None:
            locked = self.meetings[ref][2]
            changed = [name for name, value in fields.items() if existing[1].get(name, ABSENT) != value]
            if locked and changed:
                self._problem(
                    _column_of(records.MEETINGS, changed[0]),
                    f"The minutes of {ref} are approved, so the import cannot change this meeting.",
                )
        else:
            if ref and not self.failed:
                self.meetings[ref] = (New(self.table.sheet, ref), cluster, False)
            fields["ref"] = ref
        self._record(ref or None, existing, fields)

    def _attendance(self, number: int, values: tuple[Any, ...]) -> None:
        meeting = self._meeting_of(values)
        if meeting is None:
            self._needed(values, "Meeting", "attendance row")
            return
        who = self._value(values, "Person")
        if who is ABSENT or who is INVALID or not who:
            self._needed(values, "Person", "attendance row")
            return
        person = self._person_of(who, "Person")
        if person is INVALID:
            return
        key = (meeting[0], person)
        if self._duplicate(key, "Person", f"{who} at {self._value(values, 'Meeting')}"):
            return
        existing = self.attendance.get(key)
        fields: dict[str, Any] = {}
        organisation = self._value(values, "Organisation")
        if organisation is not ABSENT and organisation is not INVALID:
            fields["organisation_id"] = self._organisation_of(organisation, "Organisation") if organisation else None
        elif existing is None:
            fields["organisation_id"] = self.person_organisation.get(person)
        status = self._value(values, "Status")
        if status is not ABSENT and status is not INVALID:
            fields["status"] = AttendanceStatus(status) if status else None
        if existing is None:
            fields.update(meeting_id=meeting[0], person_id=person)
        self._refuse_changes_to_locked(meeting, values, existing, fields)
        self._record(key, existing, fields)

    def _refuse_changes_to_locked(
        self,
        meeting: tuple[Any, Any, bool],
        values: tuple[Any, ...],
        existing: tuple[int, dict[str, Any]] | None,
        fields: dict[str, Any],
    ) -> None:
        if not meeting[2]:
            return
        if existing is None or any(existing[1].get(name, ABSENT) != value for name, value in fields.items()):
            self._refuse_locked(meeting, self._value(values, "Meeting").upper())

    def _agenda_item(self, number: int, values: tuple[Any, ...]) -> None:
        meeting = self._meeting_of(values)
        if meeting is None:
            self._needed(values, "Meeting", "agenda item")
            return
        position = self._needed(values, "No.", "agenda item")
        if position is INVALID:
            return
        key = (meeting[0], position)
        if self._duplicate(key, "No.", f"Item {position} of {self._value(values, 'Meeting')}"):
            return
        existing = self.agenda_fields.get(key)
        fields: dict[str, Any] = {}
        self._always(values, "Title", "agenda item", existing is None, fields, "title")
        self._text(values, "Presenter", fields, "presenter")
        planned = self._value(values, "Planned minutes")
        if planned not in (ABSENT, INVALID) and (planned is not None or existing is None):
            fields["planned_minutes"] = planned or 0
        self._text(values, "Minutes", fields, "minutes")
        if existing is None:
            fields.update(meeting_id=meeting[0], position=position)
            if not self.failed:
                self.agenda[key] = New(self.table.sheet, key)
        self._refuse_changes_to_locked(meeting, values, existing, fields)
        self._record(key, existing, fields)

    def _decision(self, number: int, values: tuple[Any, ...]) -> None:
        meeting = self._meeting_of(values)
        if meeting is None:
            self._needed(values, "Meeting", "decision")
            return
        position = self._needed(values, "Agenda no.", "decision")
        text = self._needed(values, "Decision", "decision")
        if position is INVALID or text is INVALID:
            return
        item = self.agenda.get((meeting[0], position))
        if item is None:
            self._problem(
                "Agenda no.",
                f"{self._value(values, 'Meeting').upper()} has no agenda item {position}; add it to the Agenda sheet.",
            )
            return
        # The same decision may stand twice under an item: the n-th such row is the n-th such decision.
        key = (item, text)
        self.seen_decisions[key] += 1
        if self.seen_decisions[key] <= self.decisions[key]:
            self.plan.counts[self.table.sheet].unchanged += 1
            return
        self._refuse_locked(meeting, self._value(values, "Meeting").upper())
        self._record(key, None, {"agenda_item_id": item, "text": text})

    def _serial_ref(
        self, values: tuple[Any, ...], parse: Callable[[str], references.SerialRef | None], what: str, example: str
    ) -> tuple[str, references.SerialRef | None] | None:
        ref = self._value(values, "Ref")
        if ref is INVALID:
            return None
        ref = "" if ref is ABSENT else ref.upper()
        if ref and self._duplicate(ref, "Ref", f"The {what} {ref}"):
            return None
        parsed = parse(ref) if ref else None
        if ref and parsed is None:
            self._problem(
                "Ref", f"“{ref}” is not an {what} reference such as {example}; leave Ref empty for a new {what}."
            )
            return None
        return ref, parsed

    def _action(self, number: int, values: tuple[Any, ...]) -> None:
        found = self._serial_ref(values, references.parse_action_ref, "action", "AEC-A0012")
        if found is None:
            return
        ref, parsed = found
        existing = self.action_fields.get(ref) if ref else None
        fields: dict[str, Any] = {}
        cluster = self._cluster_of(values)
        meeting = self._meeting_of(values)
        if meeting is not None:
            fields["meeting_id"] = meeting[0]
        elif self._value(values, "Meeting") == "":
            fields["meeting_id"] = None
        if existing is None:
            if cluster is None and meeting is not None:
                cluster = meeting[1]
            if cluster is None and parsed is not None:
                cluster = self.clusters.get(parsed.cluster_code)
            if cluster is None and not self.depends_on_refused:
                self._problem("Cluster", "A new action needs a cluster (or a meeting to take it from).")
            if parsed is not None:
                self._ref_of_cluster(ref, parsed.cluster_code, cluster)
            fields["cluster_id"] = cluster
        self._stays_in_cluster(cluster, existing, ref, "action")
        owner_cluster = cluster if cluster not in (None, INVALID) else (existing[1]["cluster_id"] if existing else None)
        if meeting is not None and owner_cluster is not None and meeting[1] != owner_cluster:
            self._problem("Meeting", f"{self._value(values, 'Meeting').upper()} is a meeting of another cluster.")
        self._always(values, "Title", "action", existing is None, fields, "title")
        owner = self._value(values, "Owner")
        if owner is not ABSENT and owner is not INVALID:
            fields["owner_person_id"], fields["owner_organisation_id"] = self._owner(owner)
        due = self._value(values, "Due")
        if due is not ABSENT and due is not INVALID:
            fields["due_on"] = due
        self._choice(values, "Status", fields, "status", ActionStatus, existing is None)
        status = fields.get("status") or (existing[1]["status"] if existing else ActionStatus.OPEN)
        closed = self._value(values, "Closed on")
        if status.is_closed:
            if closed not in (ABSENT, INVALID, None):
                fields["closed_on"] = closed
            elif existing is None or existing[1]["closed_on"] is None:
                fields["closed_on"] = self.today
        else:
            if closed not in (ABSENT, INVALID, None):
                self._problem(
                    "Closed on",
                    "An open action has no closing date; clear the cell or set the status to done or dropped.",
                )
            fields["closed_on"] = None
        goals = self._value(values, "Goals")
        if goals is not ABSENT and goals is not INVALID:
            fields["goals"] = goals
        update = self._value(values, "Latest update")
        if update not in (ABSENT, INVALID, ""):
            fields["latest_update"] = update
        if existing is None:
            fields["ref"] = ref
        self._record(ref or None, existing, fields)

    def _owner(self, text: str) -> tuple[Any, Any]:
        if not text:
            return None, None
        person = self._person_of(text, "Owner", quiet=True)
        if person is not INVALID:
            return person, None
        key = _casefold(text)
        organisation = self.organisations.get(key)
        if organisation is None and len(self.acronyms.get(key, [])) == 1:
            organisation = self.acronyms[key][0]
        if organisation is None:
            self._problem(
                "Owner",
                f"There is no person or organisation called “{text}”; add them to the People or "
                "Organisations sheet first.",
            )
            return INVALID, INVALID
        return None, organisation

    def _output(self, number: int, values: tuple[Any, ...]) -> None:
        found = self._serial_ref(values, references.parse_output_ref, "output", "AEC-O0003")
        if found is None:
            return
        ref, parsed = found
        existing = self.output_fields.get(ref) if ref else None
        fields: dict[str, Any] = {}
        cluster = self._cluster_of(values)
        if existing is None:
            if cluster is None:
                cluster = self.clusters.get(parsed.cluster_code) if parsed else None
            if cluster is None:
                self._needed(values, "Cluster", "output")
            elif parsed is not None:
                self._ref_of_cluster(ref, parsed.cluster_code, cluster)
            fields["cluster_id"] = cluster
        self._stays_in_cluster(cluster, existing, ref, "output")
        own_cluster = fields.get("cluster_id") if existing is None else existing[1]["cluster_id"]
        kind = self._needed(values, "Output type", "output") if existing is None else self._value(values, "Output type")
        if kind is None:
            self._problem("Output type", "An output's type cannot be empty; give its number, 1 to 17.")
        elif kind is not ABSENT and kind is not INVALID:
            fields["output_type_number"] = kind
        self._always(values, "Title", "output", existing is None, fields, "title")
        on = self._value(values, "Date")
        if on is not ABSENT and on is not INVALID:
            fields["on"] = on
        self._choice(values, "Status", fields, "status", OutputStatus, existing is None)
        progress = self._value(values, "Progress %")
        if progress not in (ABSENT, INVALID) and (progress is not None or existing is None):
            fields["progress"] = progress or 0
        meetings = self._value(values, "Meeting")
        if meetings is not ABSENT and meetings is not INVALID:
            linked = []
            for meeting_ref in meetings:
                meeting = self.meetings.get(meeting_ref)
                if meeting is None:
                    if not self._already_refused(records.MEETINGS.sheet, meeting_ref):
                        self._problem(
                            "Meeting", f"There is no meeting “{meeting_ref}”, in the database or in the Meetings sheet."
                        )
                elif own_cluster not in (None, INVALID) and meeting[1] != own_cluster:
                    self._problem(
                        "Meeting",
                        f"{meeting_ref} is a meeting of another cluster; an output links to its "
                        "own cluster's meetings.",
                    )
                else:
                    linked.append(meeting[0])
            fields["meetings"] = tuple(linked)
        self._text(values, "Evidence", fields, "evidence")
        if existing is None:
            fields["ref"] = ref
        self._record(ref or None, existing, fields)


def _column_of(table: Table, field_name: str) -> str | None:
    names = {
        "kind": "Kind",
        "title": "Title",
        "starts_at": "Start",
        "ends_at": "End",
        "location": "Location",
        "status": "Status",
        "chair_id": "Chair",
        "minutes_status": "Minutes status",
        "cluster_id": "Cluster",
    }
    name = names.get(field_name)
    return name if name in table.names else None


class Current(Mapping[str, Any]):
    """What a record holds now, read like a dict but kept as a tuple: an import of a large database holds one per
    action while it plans."""

    __slots__ = ("_positions", "_values")

    def __init__(self, positions: dict[str, int], values: tuple[Any, ...]) -> None:
        self._positions = positions
        self._values = values

    def __getitem__(self, name: str) -> Any:
        return self._values[self._positions[name]]

    def __iter__(self) -> Iterator[str]:
        return iter(self._positions)

    def __len__(self) -> int:
        return len(self._positions)


def _current(rows: Any, extra: tuple[str, ...], more: Callable[[int], tuple[Any, ...]]) -> dict[str, tuple[int, Any]]:
    """Records keyed by reference from rows of (id, ref, fields…), with ``extra`` fields from ``more(id)``."""
    found: dict[str, tuple[int, Any]] = {}
    positions: dict[str, int] | None = None
    for row in rows:
        if positions is None:
            names = (*row._fields[2:], *extra)
            positions = {name: number for number, name in enumerate(names)}
        record_id, ref, *fields = row
        found[ref] = (record_id, Current(positions, (*fields, *more(record_id))))
    return found


def _actions(session: Session) -> dict[str, tuple[int, Any]]:
    goals = records.grouped(
        session.execute(select(action_goal.c.action_id, action_goal.c.goal_number).order_by(action_goal.c.goal_number))
    )
    latest = records.latest_updates(session)
    rows = session.execute(
        select(
            Action.id,
            Action.ref,
            Action.cluster_id,
            Action.meeting_id,
            Action.title,
            Action.owner_person_id,
            Action.owner_organisation_id,
            Action.due_on,
            Action.status,
            Action.closed_on,
        )
    ).all()
    return _current(
        rows, ("goals", "latest_update"), lambda action_id: (tuple(goals.get(action_id, ())), latest.get(action_id, ""))
    )


def _outputs(session: Session) -> dict[str, tuple[int, Any]]:
    linked = records.grouped(
        session.execute(
            select(output_meeting.c.output_id, output_meeting.c.meeting_id)
            .join(Meeting, output_meeting.c.meeting_id == Meeting.id)
            .order_by(Meeting.starts_at, Meeting.id)
        )
    )
    rows = session.execute(
        select(
            Output.id,
            Output.ref,
            Output.cluster_id,
            Output.output_type_number,
            Output.title,
            Output.on,
            Output.status,
            Output.progress,
            Output.evidence,
        )
    )
    return _current(rows, ("meetings",), lambda output_id: (tuple(linked.get(output_id, ())),))
