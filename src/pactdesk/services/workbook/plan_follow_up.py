"""Planning the import of the follow-up's sheets: Actions and Outputs, numbered per cluster (``AEC-A0012``,
``AEC-O0003``); a row with an empty Ref is a new record that gets the next number."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from pactdesk.domain import references
from pactdesk.domain.enums import ActionStatus, OutputStatus
from pactdesk.domain.messages import noun, say
from pactdesk.domain.models import Action, Meeting, Output, action_goal, output_meeting
from pactdesk.services.workbook import export, tables
from pactdesk.services.workbook.plan import ABSENT, INVALID
from pactdesk.services.workbook.sheet_planner import Existing, SheetPlanner, casefold


class WrittenRef(NamedTuple):
    """The Ref a row gives (empty for a new record), and what it says when it is one."""

    ref: str
    parsed: references.SerialRef | None


class Owner(NamedTuple):
    """Who an action's Owner cell names: a person or an organisation (INVALID when neither is found)."""

    person_id: Any
    organisation_id: Any


class _NumberedSheet(SheetPlanner):
    def _written_ref(
        self, values: tuple[Any, ...], parse: Callable[[str], references.SerialRef | None], what: str, example: str
    ) -> WrittenRef | None:
        ref = self._value(values, "Ref")
        if ref is INVALID:
            return None
        ref = "" if ref is ABSENT else ref.upper()
        if ref and self._duplicate(ref, "Ref", say("The {what} {ref}", "{what:O} {ref}", what=noun(what), ref=ref)):
            return None
        parsed = parse(ref) if ref else None
        if ref and parsed is None:
            self._problem(
                "Ref",
                say(
                    "“{ref}” is not {what:a} reference such as {example}; leave {column} empty for a new {what}.",
                    "«{ref}» não é uma referência de {what} como {example}; deixe {column} em branco para criar "
                    "{what:um}.",
                    ref=ref,
                    what=noun(what),
                    example=example,
                    column=self._header("Ref"),
                ),
            )
            return None
        return WrittenRef(ref, parsed)


class ActionsSheet(_NumberedSheet):
    def prepare(self) -> None:
        self.action_fields = _actions(self.session)

    def plan_row(self, number: int, values: tuple[Any, ...]) -> None:
        found = self._written_ref(values, references.parse_action_ref, "action", "AEC-A0012")
        if found is None:
            return
        ref, parsed = found
        existing = self.action_fields.get(ref) if ref else None
        fields: dict[str, Any] = {}
        cluster = self._cluster_of(values)
        meeting = self._meeting_of(values)
        if meeting is not None:
            fields["meeting_id"] = meeting.id
        elif self._value(values, "Meeting") == "":
            fields["meeting_id"] = None
        if existing is None:
            if cluster is None and meeting is not None:
                cluster = meeting.cluster_id
            if cluster is None and parsed is not None:
                cluster = self.known.clusters.get(parsed.cluster_code)
            if cluster is None and not self.depends_on_refused:
                self._problem(
                    "Cluster",
                    say(
                        "A new action needs a cluster (or a meeting to take it from).",
                        "Para criar uma ação, indique o cluster (ou uma reunião, de que a ação herda o cluster).",
                    ),
                )
            if parsed is not None:
                self._ref_of_cluster(ref, parsed.cluster_code, cluster)
            fields["cluster_id"] = cluster
        self._stays_in_cluster(cluster, existing, ref, "action")
        owner_cluster = (
            cluster if cluster not in (None, INVALID) else (existing.fields["cluster_id"] if existing else None)
        )
        if meeting is not None and owner_cluster is not None and meeting.cluster_id != owner_cluster:
            self._problem(
                "Meeting",
                say(
                    "{ref} is a meeting of another cluster.",
                    "{ref} é uma reunião de outro cluster.",
                    ref=self._value(values, "Meeting").upper(),
                ),
            )
        self._always(values, "Title", "action", existing is None, fields, "title")
        owner = self._value(values, "Owner")
        if owner is not ABSENT and owner is not INVALID:
            fields["owner_person_id"], fields["owner_organisation_id"] = self._owner(owner)
        due = self._value(values, "Due")
        if due is not ABSENT and due is not INVALID:
            fields["due_on"] = due
        self._choice(values, "Status", fields, "status", ActionStatus, existing is None)
        status = fields.get("status") or (existing.fields["status"] if existing else ActionStatus.OPEN)
        closed = self._value(values, "Closed on")
        if status.is_closed:
            if closed not in (ABSENT, INVALID, None):
                fields["closed_on"] = closed
            elif existing is None or existing.fields["closed_on"] is None:
                fields["closed_on"] = self.today
        else:
            if closed not in (ABSENT, INVALID, None):
                words = self.table.columns[self.positions["Status"]].words(self.plan.language_of(self.table.sheet))
                self._problem(
                    "Closed on",
                    say(
                        "An open action has no closing date; clear the cell or set the status to {done} or {dropped}.",
                        "Uma ação que não está encerrada não tem data de encerramento; limpe a célula ou mude o estado "
                        "para {done} ou {dropped}.",
                        done=words[ActionStatus.DONE],
                        dropped=words[ActionStatus.DROPPED],
                    ),
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

    def _owner(self, text: str) -> Owner:
        if not text:
            return Owner(None, None)
        person = self._person_of(text, "Owner", quiet=True)
        if person is not INVALID:
            return Owner(person, None)
        key = casefold(text)
        organisation = self.known.organisations.get(key)
        if organisation is None and len(self.known.acronyms.get(key, [])) == 1:
            organisation = self.known.acronyms[key][0]
        if organisation is None:
            self._problem(
                "Owner",
                say(
                    "There is no person or organisation called “{name}”; add them to the {people} or {organisations} "
                    "sheet first.",
                    "Não existe nenhuma pessoa ou organização chamada «{name}»; acrescente-a primeiro à folha {people} "
                    "ou à folha {organisations}.",
                    name=text,
                    people=self._sheet_called(tables.PEOPLE),
                    organisations=self._sheet_called(tables.ORGANISATIONS),
                ),
            )
            return Owner(INVALID, INVALID)
        return Owner(None, organisation)


class OutputsSheet(_NumberedSheet):
    def prepare(self) -> None:
        self.output_fields = _outputs(self.session)

    def plan_row(self, number: int, values: tuple[Any, ...]) -> None:
        found = self._written_ref(values, references.parse_output_ref, "output", "AEC-O0003")
        if found is None:
            return
        ref, parsed = found
        existing = self.output_fields.get(ref) if ref else None
        fields: dict[str, Any] = {}
        cluster = self._cluster_of(values)
        if existing is None:
            if cluster is None:
                cluster = self.known.clusters.get(parsed.cluster_code) if parsed else None
            if cluster is None:
                self._needed(values, "Cluster", "output")
            elif parsed is not None:
                self._ref_of_cluster(ref, parsed.cluster_code, cluster)
            fields["cluster_id"] = cluster
        self._stays_in_cluster(cluster, existing, ref, "output")
        own_cluster = fields.get("cluster_id") if existing is None else existing.fields["cluster_id"]
        kind = self._needed(values, "Output type", "output") if existing is None else self._value(values, "Output type")
        if kind is None:
            self._problem(
                "Output type",
                say(
                    "An output's type cannot be empty; give its number, 1 to 17.",
                    "Falta preencher o tipo do resultado; indique o número, de 1 a 17.",
                ),
            )
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
                meeting = self.known.meetings.get(meeting_ref)
                if meeting is None:
                    if not self._already_refused(tables.MEETINGS.sheet, meeting_ref):
                        self._problem("Meeting", self._no_meeting(meeting_ref))
                elif own_cluster not in (None, INVALID) and meeting.cluster_id != own_cluster:
                    self._problem(
                        "Meeting",
                        say(
                            "{ref} is a meeting of another cluster; an output links to its own cluster's meetings.",
                            "{ref} é uma reunião de outro cluster; um resultado só se associa às reuniões do seu "
                            "cluster.",
                            ref=meeting_ref,
                        ),
                    )
                else:
                    linked.append(meeting.id)
            fields["meetings"] = tuple(linked)
        self._text(values, "Evidence", fields, "evidence")
        if existing is None:
            fields["ref"] = ref
        self._record(ref or None, existing, fields)


# -- what the actions and outputs hold now ----------------------------------------------------------------------


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


def _current(rows: Any, extra: tuple[str, ...], more: Callable[[int], tuple[Any, ...]]) -> dict[str, Existing]:
    """Records keyed by reference from rows of (id, ref, fields…), with ``extra`` fields from ``more(id)``."""
    found: dict[str, Existing] = {}
    positions: dict[str, int] | None = None
    for row in rows:
        if positions is None:
            names = (*row._fields[2:], *extra)
            positions = {name: number for number, name in enumerate(names)}
        record_id, ref, *fields = row
        found[ref] = Existing(record_id, Current(positions, (*fields, *more(record_id))))
    return found


def _actions(session: Session) -> dict[str, Existing]:
    goals = export.grouped(
        session.execute(select(action_goal.c.action_id, action_goal.c.goal_number).order_by(action_goal.c.goal_number))
    )
    latest = export.latest_updates(session)
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


def _outputs(session: Session) -> dict[str, Existing]:
    linked = export.grouped(
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
