"""Planning the import of the meetings' sheets: Meetings, Attendance, Agenda and Decisions. Approved (locked)
minutes are never changed by an import: rows that try are problems."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from sqlalchemy import func, select

from pactdesk.domain import references
from pactdesk.domain.enums import AttendanceStatus, MeetingKind, MeetingStatus, MinutesStatus
from pactdesk.domain.messages import say
from pactdesk.domain.models import AgendaItem, Attendance, Cluster, Decision, Meeting, RefCounter
from pactdesk.services import register
from pactdesk.services.workbook import tables
from pactdesk.services.workbook.plan import ABSENT, INVALID, New
from pactdesk.services.workbook.sheet_planner import Existing, KnownMeeting, SheetPlanner
from pactdesk.services.workbook.tables import Table


class MeetingsSheet(SheetPlanner):
    def prepare(self) -> None:
        self.meeting_fields = {
            row.ref: Existing(row.id, row._asdict())
            for row in self.session.execute(
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

    def plan_row(self, number: int, values: tuple[Any, ...]) -> None:
        ref = self._value(values, "Ref")
        if ref is INVALID:
            return
        ref = "" if ref is ABSENT else ref.upper()
        if ref and self._duplicate(ref, "Ref", say("The meeting {ref}", "A reunião {ref}", ref=ref)):
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
                        say(
                            "“{ref}” is not a meeting reference such as AEC-2024-02; leave {column} empty for a new "
                            "meeting.",
                            "«{ref}» não é uma referência de reunião como AEC-2024-02; deixe {column} em branco para "
                            "criar uma reunião.",
                            ref=ref,
                            column=self._header("Ref"),
                        ),
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
        begins = fields.get("starts_at") or (existing.fields["starts_at"] if existing else None)
        ends = fields.get("ends_at", existing.fields["ends_at"] if existing else None)
        if begins and ends and ends <= begins:
            self._problem(
                "End",
                say(
                    "The meeting must end after it starts; check the start and the end.",
                    "A reunião tem de terminar depois de começar; verifique o início e o fim.",
                ),
            )
        self._text(values, "Location", fields, "location")
        self._choice(values, "Status", fields, "status", MeetingStatus, existing is None)
        chair = self._value(values, "Chair")
        if chair is not ABSENT and chair is not INVALID:
            fields["chair_id"] = self._person_of(chair, "Chair") if chair else None
        self._choice(values, "Minutes status", fields, "minutes_status", MinutesStatus, existing is None)
        if existing is not None:
            locked = self.known.meetings[ref].locked
            changed = [name for name, value in fields.items() if existing.fields.get(name, ABSENT) != value]
            if locked and changed:
                self._problem(
                    _column_of(tables.MEETINGS, changed[0]),
                    say(
                        "The minutes of {ref} are approved, so the import cannot change this meeting.",
                        "A ata de {ref} está aprovada, pelo que a importação não pode alterar esta reunião.",
                        ref=ref,
                    ),
                )
        else:
            if ref and not self.failed:
                self.known.meetings[ref] = KnownMeeting(New(self.table.sheet, ref), cluster, False)
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


class _MeetingPart(SheetPlanner):
    """A sheet whose rows belong to a meeting, and so cannot change one whose minutes are approved."""

    def _refuse_locked(self, meeting: KnownMeeting | None, ref: str, column: str | None = None) -> None:
        if meeting is not None and meeting.locked:
            self._problem(
                column,
                say(
                    "The minutes of {ref} are approved, so the import cannot change them. Leave this row as exported, "
                    "or remove it from the workbook.",
                    "A ata de {ref} está aprovada, pelo que a importação não a pode alterar. Deixe esta linha como foi "
                    "exportada, ou retire-a do livro.",
                    ref=ref,
                ),
            )

    def _refuse_changes_to_locked(
        self, meeting: KnownMeeting, values: tuple[Any, ...], existing: Existing | None, fields: dict[str, Any]
    ) -> None:
        if not meeting.locked:
            return
        if existing is None or any(existing.fields.get(name, ABSENT) != value for name, value in fields.items()):
            self._refuse_locked(meeting, self._value(values, "Meeting").upper())

    def _load_agenda(self) -> None:
        """Every agenda item by meeting and number, and what it holds."""
        self.agenda_fields = {
            (meeting_id, position): Existing(
                row_id,
                {"title": title, "presenter": presenter, "planned_minutes": planned, "minutes": minutes},
            )
            for row_id, meeting_id, position, title, presenter, planned, minutes in self.session.execute(
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
        for key, existing in self.agenda_fields.items():
            self.known.agenda.setdefault(key, existing.id)


class AttendanceSheet(_MeetingPart):
    def prepare(self) -> None:
        self.attendance = {
            (meeting_id, person_id): Existing(row_id, {"organisation_id": organisation_id, "status": status})
            for row_id, meeting_id, person_id, organisation_id, status in self.session.execute(
                select(
                    Attendance.id,
                    Attendance.meeting_id,
                    Attendance.person_id,
                    Attendance.organisation_id,
                    Attendance.status,
                )
            )
        }

    def plan_row(self, number: int, values: tuple[Any, ...]) -> None:
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
        key = (meeting.id, person)
        at = say("{who} at {meeting}", "{who} na reunião {meeting}", who=who, meeting=self._value(values, "Meeting"))
        if self._duplicate(key, "Person", at):
            return
        existing = self.attendance.get(key)
        fields: dict[str, Any] = {}
        organisation = self._value(values, "Organisation")
        if organisation is not ABSENT and organisation is not INVALID:
            fields["organisation_id"] = self._organisation_of(organisation, "Organisation") if organisation else None
        elif existing is None:
            fields["organisation_id"] = self.known.person_organisation.get(person)
        status = self._value(values, "Status")
        if status is not ABSENT and status is not INVALID:
            fields["status"] = AttendanceStatus(status) if status else None
        if existing is None:
            fields.update(meeting_id=meeting.id, person_id=person)
        self._refuse_changes_to_locked(meeting, values, existing, fields)
        self._record(key, existing, fields)


class AgendaSheet(_MeetingPart):
    def prepare(self) -> None:
        self._load_agenda()

    def plan_row(self, number: int, values: tuple[Any, ...]) -> None:
        meeting = self._meeting_of(values)
        if meeting is None:
            self._needed(values, "Meeting", "agenda item")
            return
        position = self._needed(values, "No.", "agenda item")
        if position is INVALID:
            return
        key = (meeting.id, position)
        item = say(
            "Item {position} of {meeting}",
            "O ponto {position} de {meeting}",
            position=str(position),
            meeting=self._value(values, "Meeting"),
        )
        if self._duplicate(key, "No.", item):
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
            fields.update(meeting_id=meeting.id, position=position)
            if not self.failed:
                self.known.agenda[key] = New(self.table.sheet, key)
        self._refuse_changes_to_locked(meeting, values, existing, fields)
        self._record(key, existing, fields)


class DecisionsSheet(_MeetingPart):
    """Decisions are matched by meeting, item and text (the n-th such row is the n-th such decision). A row's
    Register no. (version 2) names its place in the register of its cluster's decisions of its meeting's year: an
    existing decision's must be its own; a new decision's is left empty, and PactDesk numbers it, or it is a number
    no decision of that register has had yet (a workbook exported elsewhere, brought into a new database), which
    the decision keeps."""

    def prepare(self) -> None:
        self._load_agenda()
        self.numbers: dict[tuple[Any, str], list[tuple[int | None, int | None]]] = {}
        for item, text, year, number in self.session.execute(
            select(Decision.agenda_item_id, Decision.text, Decision.register_year, Decision.register_number).order_by(
                Decision.agenda_item_id, Decision.position, Decision.id
            )
        ):
            self.numbers.setdefault((item, text), []).append((year, number))
        self.seen_decisions: Counter[tuple[Any, str]] = Counter()
        self.codes = {cluster_id: code for code, cluster_id in self.known.clusters.items()}
        starts = self.session.execute(select(Meeting.id, Meeting.starts_at))
        self.years = {meeting_id: moment.year for meeting_id, moment in starts}
        self.given = _given_numbers(self.session)  # per prefix ("TEX-D2025"), the highest number given so far
        self.claimed: dict[tuple[str, int, int], int] = {}  # the row that gave each new number

    def plan_row(self, number: int, values: tuple[Any, ...]) -> None:
        meeting = self._meeting_of(values)
        if meeting is None:
            self._needed(values, "Meeting", "decision")
            return
        position = self._needed(values, "Agenda no.", "decision")
        text = self._needed(values, "Decision", "decision")
        if position is INVALID or text is INVALID:
            return
        item = self.known.agenda.get((meeting.id, position))
        if item is None:
            self._problem(
                "Agenda no.",
                say(
                    "{ref} has no agenda item {position}; add it to the {sheet} sheet.",
                    "{ref} não tem o ponto {position} na ordem de trabalhos; acrescente-o à folha {sheet}.",
                    ref=self._value(values, "Meeting").upper(),
                    position=str(position),
                    sheet=self._sheet_called(tables.AGENDA),
                ),
            )
            return
        written = self._value(values, "Register no.") if "Register no." in self.positions else ABSENT
        written = "" if written is ABSENT or written is None else written
        # The same decision may stand twice under an item: the n-th such row is the n-th such decision.
        key = (item, text)
        self.seen_decisions[key] += 1
        existing = self.numbers.get(key, [])
        if self.seen_decisions[key] <= len(existing):
            if isinstance(written, str) and written:
                self._same_number(meeting, existing[self.seen_decisions[key] - 1], written)
            if not self.failed:
                self.plan.counts[self.table.sheet].unchanged += 1
            return
        self._refuse_locked(meeting, self._value(values, "Meeting").upper())
        fields: dict[str, Any] = {"agenda_item_id": item, "text": text}
        if isinstance(written, str) and written:
            kept = self._new_number(meeting, written)
            if kept is not None:
                fields.update(register_year=kept[0], register_number=kept[1])
        self._record(key, None, fields)

    def _year_of(self, meeting: KnownMeeting) -> int | None:
        if type(meeting.id) is not New:
            return self.years.get(meeting.id)
        for change in self.plan.changes.get(tables.MEETINGS.sheet, []):
            if change.key == meeting.id.key:
                starts = change.fields.get("starts_at")
                return starts.year if starts is not None else None
        return None

    def _same_number(self, meeting: KnownMeeting, held: tuple[int | None, int | None], written: str) -> None:
        year, number = held
        code = self.codes.get(meeting.cluster_id, "")
        if number is None or year is None:
            self._problem(
                "Register no.",
                say(
                    "This decision has no number in the register yet, so “{written}” cannot be its number; leave "
                    "“{column}” empty.",
                    "Esta deliberação ainda não tem número no registo, pelo que «{written}» não pode ser o seu número; "
                    "deixe «{column}» em branco.",
                    written=written,
                    column=self._header("Register no."),
                ),
            )
        elif _parsed(written) != (code, year, number):
            self._problem(
                "Register no.",
                say(
                    "This decision is {label} in the register, not “{written}”; a decision keeps its number. Write "
                    "{label}, or leave “{column}” empty.",
                    "Esta deliberação tem o número {label} no registo, não «{written}»; uma deliberação mantém o seu "
                    "número. Escreva {label}, ou deixe «{column}» em branco.",
                    label=register.label(code, year, number),
                    written=written,
                    column=self._header("Register no."),
                ),
            )

    def _new_number(self, meeting: KnownMeeting, written: str) -> tuple[int, int] | None:
        """The number a new decision keeps from its row, when it may: in the register of its meeting's cluster and
        year, and beyond every number that register has given (a number is never given twice)."""
        parsed = _parsed(written)
        code = self.codes.get(meeting.cluster_id) if type(meeting.cluster_id) is not New else None
        year = self._year_of(meeting)
        if code is None or year is None:
            return None  # the meeting's own row has a problem, reported there
        if parsed is None:
            self._problem(
                "Register no.",
                say(
                    "“{written}” is not a number in the register, such as {example}; leave “{column}” empty and "
                    "PactDesk numbers the decision.",
                    "«{written}» não é um número do registo, como {example}; deixe «{column}» em branco e o PactDesk "
                    "numera a deliberação.",
                    written=written,
                    example=register.label(code, year, 7),
                    column=self._header("Register no."),
                ),
            )
            return None
        written_code, written_year, number = parsed
        if (written_code, written_year) != (code, year):
            self._problem(
                "Register no.",
                say(
                    "{written} is a number of another register: this decision's meeting is in the register of {code} "
                    "of {year}. Leave “{column}” empty and PactDesk numbers the decision.",
                    "{written} é um número de outro registo: a reunião desta deliberação está no registo de {code} de "
                    "{year}. Deixe «{column}» em branco e o PactDesk numera a deliberação.",
                    written=written,
                    code=code,
                    year=str(year),
                    column=self._header("Register no."),
                ),
            )
            return None
        highest = self.given.get(register.prefix(code, year), 0)
        first = self.claimed.get((code, year, number))
        if number <= highest or first is not None:
            self._problem(
                "Register no.",
                say(
                    "{label} is already another decision's number (a decision's text is not changed by an import, and "
                    "a number is never given twice). Leave this row as exported, or leave “{column}” empty to add it "
                    "as a new decision.",
                    "{label} já é o número de outra deliberação (a importação não altera o texto de uma deliberação e "
                    "um número nunca é dado duas vezes). Deixe esta linha como foi exportada, ou deixe «{column}» em "
                    "branco para a acrescentar como nova deliberação.",
                    label=register.label(code, year, number),
                    column=self._header("Register no."),
                ),
            )
            return None
        if not self.failed:
            self.claimed[code, year, number] = self.row
        return year, number


_REGISTER_NO = re.compile(r"([A-Za-z0-9]{1,10})\s+(\d{4})\s*/\s*(\d{1,6})")


def _parsed(written: str) -> tuple[str, int, int] | None:
    """A register number as people write it (``TEX 2025/07``, ``tex 2025/7``): cluster code, year and number."""
    match = _REGISTER_NO.fullmatch(written.strip())
    if match is None:
        return None
    code, year, number = match.groups()
    return code.upper(), int(year), int(number)


def _given_numbers(session: Any) -> dict[str, int]:
    """Per register (its counter's prefix, ``TEX-D2025``), the highest number given: its counter, or its decisions'
    highest number where it has no counter yet."""
    given: dict[str, int] = {}
    for code, year, number in session.execute(
        select(Cluster.code, Decision.register_year, func.max(Decision.register_number))
        .join(AgendaItem, AgendaItem.id == Decision.agenda_item_id)
        .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .join(Cluster, Cluster.id == Meeting.cluster_id)
        .where(Decision.register_number.is_not(None), Decision.register_year.is_not(None))
        .group_by(Cluster.code, Decision.register_year)
    ):
        given[register.prefix(code, year)] = number
    counters = select(RefCounter.prefix, RefCounter.last).where(RefCounter.prefix.like("%-D%"))
    for prefix, last in session.execute(counters):
        given[prefix] = max(given.get(prefix, 0), last)
    return given
