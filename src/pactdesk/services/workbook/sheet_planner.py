"""What every sheet's import planner shares: what the import knows so far (``Known``), and the checks of one row's
cells against it. Each sheet's own rules are in ``plan_directory``, ``plan_meetings`` and ``plan_follow_up``."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from pactdesk.domain import validation as check
from pactdesk.domain.enums import MinutesStatus, SeatCode
from pactdesk.domain.errors import ValidationError
from pactdesk.domain.messages import Noun, noun, say
from pactdesk.domain.models import Cluster, CommitteeSeat, Meeting, Organisation, Person
from pactdesk.services.workbook import tables
from pactdesk.services.workbook.plan import ABSENT, INVALID, Change, ImportPlan, Rows
from pactdesk.services.workbook.tables import Table


class Existing(NamedTuple):
    """A record already in the database: its id and what it holds now, by field name."""

    id: int
    fields: Mapping[str, Any]


class KnownMeeting(NamedTuple):
    """A meeting a row may point at, in the database or new in the Meetings sheet."""

    id: Any  # the meeting's id, or the ``New`` that stands for it until it is written
    cluster_id: Any
    locked: bool  # its minutes are approved


def casefold(text: str) -> str:
    return " ".join(text.split()).casefold()


class Known:
    """What the import knows across its sheets: the records in the database, and the new ones the sheets planned so
    far, by what rows call them (a code, a name, an acronym, an e-mail, a reference)."""

    def __init__(self, session: Session) -> None:
        self.refused: dict[str, set[str]] = {}  # per sheet, the keys of rows that had a problem
        self.clusters: dict[str, Any] = {}
        self.cluster_fields: dict[str, Existing] = {}
        for cluster in session.scalars(select(Cluster)):
            self.clusters[cluster.code] = cluster.id
            self.cluster_fields[cluster.code] = Existing(
                cluster.id,
                {
                    "name": cluster.name,
                    "management_entity_id": cluster.management_entity_id,
                    "pact_signed": cluster.pact_signed,
                    "email": cluster.email or "",
                },
            )
        self.cluster_names = {casefold(existing.fields["name"]): code for code, existing in self.cluster_fields.items()}
        self.organisations: dict[str, Any] = {}
        self.acronyms: dict[str, list[Any]] = {}
        self.organisation_fields: dict[str, Existing] = {}
        seats = {
            holder: code.value
            for code, holder in session.execute(select(CommitteeSeat.code, CommitteeSeat.organisation_id))
            if holder is not None and code is not SeatCode.C
        }
        for organisation in session.scalars(select(Organisation)):
            key = casefold(organisation.name)
            self.organisations[key] = organisation.id
            if organisation.acronym:
                self.acronyms.setdefault(casefold(organisation.acronym), []).append(organisation.id)
            self.organisation_fields[key] = Existing(
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
            self.people_by_name.setdefault(casefold(person.name), []).append(person.id)
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
        self.meetings: dict[str, KnownMeeting] = {
            ref: KnownMeeting(meeting_id, cluster_id, minutes is MinutesStatus.APPROVED)
            for meeting_id, ref, cluster_id, minutes in session.execute(
                select(Meeting.id, Meeting.ref, Meeting.cluster_id, Meeting.minutes_status)
            )
        }
        self.agenda: dict[tuple[Any, int], Any] = {}  # each agenda item's id (or New) by meeting and number
        self.seen_seats: dict[str, int] = {}  # the row that gave each committee seat


class SheetPlanner:
    """Plans the rows of one sheet: each row checked, counted and its change kept, or its problems reported.

    A subclass plans one sheet's row (``plan_row``) and loads what its rows are compared with (``prepare``).
    """

    def __init__(self, session: Session, plan: ImportPlan, known: Known, table: Table, today: date) -> None:
        self.session = session
        self.plan = plan
        self.known = known
        self.table = table
        self.today = today
        self.positions = table.positions
        self.keys: dict[Any, int] = {}  # the row each key was first seen on
        self.row = 0
        self.failed = False
        self.depends_on_refused = False

    def prepare(self) -> None:
        """Load what this sheet's rows are compared with (only for the sheets present)."""

    def plan_row(self, number: int, values: tuple[Any, ...]) -> None:
        raise NotImplementedError

    def plan_rows(self, rows: Rows) -> None:
        refused = self.known.refused.setdefault(self.table.sheet, set())
        for number, values in rows:
            self.row = number
            self.failed = INVALID in values  # a cell that could not be read: the row is reported, not counted
            self.depends_on_refused = False  # set when the row points at a row that has a problem of its own
            self.plan_row(number, values)
            if self.failed:  # rows elsewhere that point at this one are not reported again: the cause is here
                refused.update(self._keys_of(values))

    def _keys_of(self, values: tuple[Any, ...]) -> set[str]:
        """What other rows call this row by: a meeting's reference, a cluster's code, a name, an e-mail."""
        names = {tables.MEETINGS.sheet: ("Ref",), tables.CLUSTERS.sheet: ("Code",)}.get(
            self.table.sheet, ("Name", "Acronym", "Email")
        )
        keys = set()
        for name in names:
            if name in self.positions:
                value = self._value(values, name)
                if isinstance(value, str) and value.strip():
                    keys.add(casefold(value))
        return keys

    def _already_refused(self, sheet: str, key: str) -> bool:
        """``key`` names a row of ``sheet`` that has a problem of its own: this row fails too, silently."""
        if casefold(key) in self.known.refused.get(sheet, set()):
            self.failed = self.depends_on_refused = True
            return True
        return False

    # -- the checks of a row's cells ----------------------------------------------------------------------------

    def _header(self, name: str) -> str:
        """What the workbook calls this sheet's column ``name`` (for a sentence that names it)."""
        return self.plan.column_name(self.table.sheet, name)

    def _sheet_called(self, table: Table) -> str:
        """What the workbook calls the sheet of ``table`` (for a sentence that names it)."""
        return self.plan.sheet_name(table.sheet)

    def _column_named(self, name: str) -> Noun:
        """Column ``name`` as a sentence names it: in English as ``tables`` does, in lower case (``title``); in
        Portuguese by the header the workbook gives it (``Título``, ``Title``)."""
        return Noun(name.lower(), self._header(name))

    def _problem(self, column: str | None, text: str) -> None:
        """The row's problem at ``column`` (as ``tables`` names it); ``text`` is said with ``say``."""
        self.failed = True
        self.plan.problem(self.table.sheet, self.row, column, text)

    def _value(self, values: tuple[Any, ...], name: str) -> Any:
        return values[self.positions[name]]

    def _needed(self, values: tuple[Any, ...], name: str, what: str) -> Any:
        """The value of a column a new record needs; a problem when it is missing or empty. ``what`` is the record,
        a noun of ``domain.messages.NOUNS``."""
        value = self._value(values, name)
        if value is ABSENT or value == "" or value is None:
            self._problem(
                name if value is not ABSENT else None,
                say(
                    "A new {what} needs a value in “{column}”.",
                    "Para criar {what:um}, preencha a coluna «{column}».",
                    what=noun(what),
                    column=self._header(name),
                ),
            )
            return INVALID
        return value

    def _always(
        self, values: tuple[Any, ...], name: str, what: str, new: bool, fields: dict[str, Any], field_name: str
    ) -> None:
        """A column every record has a value in: needed for a new record, and never emptied on an existing one."""
        value = self._needed(values, name, what) if new else self._value(values, name)
        if value == "" or value is None:
            self._problem(
                name,
                say(
                    "{what:A}'s {column} cannot be empty.",
                    "Falta preencher a coluna «{column}» {what:do}.",
                    what=noun(what),
                    column=self._column_named(name),
                ),
            )
        elif value is not ABSENT and value is not INVALID:
            fields[field_name] = value

    def _ref_of_cluster(self, ref: str, code: str, cluster: Any) -> None:
        """A new record's written reference names its own cluster."""
        if cluster not in (None, INVALID) and self.known.clusters.get(code) != cluster:
            self._problem(
                "Ref",
                say(
                    "The reference {ref} belongs to the cluster {code}.",
                    "A referência {ref} é do cluster {code}.",
                    ref=ref,
                    code=code,
                ),
            )

    def _stays_in_cluster(self, cluster: Any, existing: Existing | None, ref: str, what: str) -> None:
        if existing is not None and cluster not in (None, INVALID) and cluster != existing.fields["cluster_id"]:
            self._problem(
                "Cluster",
                say(
                    "{ref} belongs to another cluster; {what:a} cannot move between clusters.",
                    "{ref} é de outro cluster; {what:um} não pode passar de um cluster para outro.",
                    ref=ref,
                    what=noun(what),
                ),
            )

    def _duplicate(self, key: Any, column: str, text: str) -> bool:
        """Whether ``key`` was on an earlier row (a problem naming the record as ``text`` says it, with ``say``)."""
        first = self.keys.get(key)
        if first is not None:
            self._problem(
                column,
                say(
                    "{what} is also on row {row}; each appears once in a sheet.",
                    "{what} aparece também na linha {row}; cada registo aparece uma só vez em cada folha.",
                    what=text,
                    row=str(first),
                ),
            )
            return True
        self.keys[key] = self.row
        return False

    def _record(self, key: Any, existing: Existing | None, fields: dict[str, Any]) -> None:
        """Count the row as created, updated or unchanged, and keep what changes (unless the row has a problem)."""
        counts = self.plan.counts[self.table.sheet]
        if self.failed:
            return
        if existing is None:
            counts.created += 1
            self.plan.changes[self.table.sheet].append(Change(self.row, None, fields, key))
            return
        changed = {name: value for name, value in fields.items() if existing.fields.get(name, ABSENT) != value}
        if changed:
            counts.updated += 1
            self.plan.changes[self.table.sheet].append(Change(self.row, existing.id, changed, key))
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

    def _email(self, text: str, column: str) -> str:
        try:
            return check.optional_email(text) or ""
        except ValidationError as error:
            self._problem(column, str(error))
            return ""

    # -- what a cell points at ----------------------------------------------------------------------------------

    def _cluster_of(self, values: tuple[Any, ...], name: str = "Cluster") -> Any:
        code = self._value(values, name)
        if code is ABSENT or code is INVALID or not code:
            return None
        code = code.upper()
        found = self.known.clusters.get(code)
        if found is None:
            if not self._already_refused(tables.CLUSTERS.sheet, code):
                self._problem(
                    name,
                    say(
                        "There is no cluster “{code}”; use a code from the {sheet} sheet, such as AEC.",
                        "Não existe nenhum cluster «{code}»; use um código da folha {sheet}, como AEC.",
                        code=code,
                        sheet=self._sheet_called(tables.CLUSTERS),
                    ),
                )
            return INVALID
        return found

    def _organisation_of(self, text: str, column: str) -> Any:
        key = casefold(text)
        found = self.known.organisations.get(key)
        if found is not None:
            return found
        by_acronym = self.known.acronyms.get(key, [])
        if len(by_acronym) == 1:
            return by_acronym[0]
        if len(by_acronym) > 1:
            self._problem(
                column,
                say(
                    "More than one organisation has the acronym “{acronym}”; write its full name.",
                    "Há mais de uma organização com a sigla «{acronym}»; escreva o nome completo.",
                    acronym=text,
                ),
            )
        elif not self._already_refused(tables.ORGANISATIONS.sheet, text):
            self._problem(
                column,
                say(
                    "There is no organisation “{name}”; add it to the {sheet} sheet first.",
                    "Não existe nenhuma organização «{name}»; acrescente-a primeiro à folha {sheet}.",
                    name=text,
                    sheet=self._sheet_called(tables.ORGANISATIONS),
                ),
            )
        return INVALID

    def _person_of(self, text: str, column: str, *, quiet: bool = False) -> Any:
        named = self.known.people_by_name.get(casefold(text), [])
        if "@" in text and len(named) != 1:  # an e-mail, unless someone is really called that
            found = self.known.people_by_email.get(text.lower())
            if found is None and not quiet and not self._already_refused(tables.PEOPLE.sheet, text):
                self._problem(
                    column,
                    say(
                        "Nobody has the e-mail “{address}”; add the person to the {sheet} sheet first.",
                        "Ninguém tem o endereço de e-mail «{address}»; acrescente primeiro a pessoa à folha {sheet}.",
                        address=text,
                        sheet=self._sheet_called(tables.PEOPLE),
                    ),
                )
            return INVALID if found is None else found
        if len(named) == 1:
            return named[0]
        if not quiet:
            if named:
                self._problem(
                    column,
                    say(
                        "More than one person is called “{name}”; write their e-mail instead.",
                        "Há mais de uma pessoa chamada «{name}»; escreva antes o endereço de e-mail.",
                        name=text,
                    ),
                )
            elif not self._already_refused(tables.PEOPLE.sheet, text):
                self._problem(
                    column,
                    say(
                        "There is no person called “{name}”; add them to the {sheet} sheet first.",
                        "Não existe nenhuma pessoa chamada «{name}»; acrescente-a primeiro à folha {sheet}.",
                        name=text,
                        sheet=self._sheet_called(tables.PEOPLE),
                    ),
                )
        return INVALID

    def _meeting_of(self, values: tuple[Any, ...], name: str = "Meeting") -> KnownMeeting | None:
        ref = self._value(values, name)
        if ref is ABSENT or ref is INVALID or not ref:
            return None
        found = self.known.meetings.get(ref.upper())
        if found is None and not self._already_refused(tables.MEETINGS.sheet, ref):
            self._problem(name, self._no_meeting(ref))
        return found

    def _needs_column(self, name: str) -> str:
        return say(
            "The {sheet} sheet needs a “{column}” column.",
            "A folha {sheet} precisa de uma coluna «{column}».",
            sheet=self._sheet_called(self.table),
            column=self._header(name),
        )

    def _no_meeting(self, ref: str) -> str:
        return say(
            "There is no meeting “{ref}”, in the database or in the {sheet} sheet.",
            "Não existe nenhuma reunião «{ref}», nem na base de dados nem na folha {sheet}.",
            ref=ref,
            sheet=self._sheet_called(tables.MEETINGS),
        )
