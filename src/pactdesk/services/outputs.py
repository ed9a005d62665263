"""Outputs: the tracked results of each pact, of the seventeen output types; their lists, editing, and the matrix
of clusters by output types."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, exists, func, select
from sqlalchemy.orm import Session

from pactdesk.domain import validation as check
from pactdesk.domain.enums import OutputStatus
from pactdesk.domain.errors import ConflictError, NotFoundError, ValidationError
from pactdesk.domain.language import in_language
from pactdesk.domain.messages import say
from pactdesk.domain.models import Cluster, Meeting, Output, OutputType, output_goal, output_meeting
from pactdesk.services import archive
from pactdesk.services.actions import goals
from pactdesk.services.archive import Archived
from pactdesk.services.catalogue import cluster_by_code, name_in_language
from pactdesk.services.references import next_output_ref
from pactdesk.services.versions import Stamp, check_fresh
from pactdesk.store.database import Database


def create_output(
    db: Database,
    cluster_code: str,
    output_type: int,
    title: str,
    *,
    on: date | str | None = None,
    status: OutputStatus = OutputStatus.PLANNED,
    progress: int = 0,
    evidence: str = "",
    goal_numbers: Iterable[int] = (),
    meeting_refs: Sequence[str] = (),
) -> str:
    """A new output of the cluster; returns its reference ``CODE-O####``."""
    day = check.parse_date(on, "date", "on")
    with db.write() as session:
        cluster = cluster_by_code(session, cluster_code)
        if session.get(OutputType, output_type) is None:
            raise NotFoundError(
                say(
                    "Output types are numbered 1 to 17; {number} is not one of them.",
                    "Os tipos de resultado são numerados de 1 a 17, o que exclui {number}.",
                    number=output_type,
                )
            )
        meetings = list(session.scalars(select(Meeting).where(Meeting.ref.in_(meeting_refs))))
        if len(meetings) != len(set(meeting_refs)):
            raise NotFoundError(
                say("One of the linked meetings does not exist.", "Uma das reuniões associadas não existe.")
            )
        output = Output(
            ref=next_output_ref(session, cluster.code),
            cluster=cluster,
            output_type_number=output_type,
            title=check.required_text(title, "output's title", "title"),
            on=day,
            status=check.member(OutputStatus, status, "status of an output", "status"),
            progress=check.check_percent(progress),
            evidence=check.limited_text(evidence, "evidence", "evidence"),
            goals=goals(session, goal_numbers),
            meetings=meetings,
        )
        session.add(output)
        session.flush()
        return output.ref


# -- reading: lists of outputs and one output in full ---------------------------------------------------------


@dataclass(frozen=True)
class OutputRow:
    id: int
    ref: str
    cluster_code: str
    type_number: int
    type_name: str
    title: str
    on: date | None
    status: OutputStatus
    progress: int
    goals: tuple[int, ...]
    meeting_refs: tuple[str, ...]


def _output_conditions(
    cluster_code: str | None, type_number: int | None, status: OutputStatus | None, goal: int | None
) -> list[ColumnElement[bool]]:
    found: list[ColumnElement[bool]] = []
    if cluster_code is not None:
        found.append(Output.cluster_id.in_(select(Cluster.id).where(Cluster.code == cluster_code.strip().upper())))
    if type_number is not None:
        found.append(Output.output_type_number == type_number)
    if status is not None:
        found.append(Output.status == status)
    if goal is not None:
        found.append(exists().where(output_goal.c.output_id == Output.id, output_goal.c.goal_number == goal))
    return found


def _output_rows(session: Session, conditions: Sequence[ColumnElement[bool]]) -> list[OutputRow]:
    """The outputs meeting ``conditions`` in three statements whatever their number: outputs, goals, meetings."""
    chosen = select(Output.id).where(*conditions)
    goal_numbers: dict[int, list[int]] = {}
    for output_id, number in session.execute(
        select(output_goal.c.output_id, output_goal.c.goal_number)
        .where(output_goal.c.output_id.in_(chosen))
        .order_by(output_goal.c.goal_number)
    ):
        goal_numbers.setdefault(output_id, []).append(number)
    meeting_refs: dict[int, list[str]] = {}
    for output_id, ref in session.execute(
        select(output_meeting.c.output_id, Meeting.ref)
        .join(Meeting, Meeting.id == output_meeting.c.meeting_id)
        .where(output_meeting.c.output_id.in_(chosen))
        .order_by(Meeting.starts_at, Meeting.id)
    ):
        meeting_refs.setdefault(output_id, []).append(ref)
    query = (
        select(
            Output.id,
            Output.ref,
            Cluster.code,
            Output.output_type_number,
            name_in_language(OutputType.name, OutputType.name_pt),
            Output.title,
            Output.on,
            Output.status,
            Output.progress,
        )
        .join(Cluster, Cluster.id == Output.cluster_id)
        .join(OutputType, OutputType.number == Output.output_type_number)
        .where(*conditions)
        .order_by(Cluster.number, Output.output_type_number, Output.on.is_(None), Output.on, Output.id)
    )
    return [
        OutputRow(
            *row,
            goals=tuple(goal_numbers.get(row.id, ())),
            meeting_refs=tuple(meeting_refs.get(row.id, ())),
        )
        for row in session.execute(query)
    ]


def list_outputs(
    db: Database,
    *,
    cluster_code: str | None = None,
    type_number: int | None = None,
    status: OutputStatus | None = None,
    goal: int | None = None,
) -> list[OutputRow]:
    """The outputs of a cluster, type, status or goal (each, when given), by cluster, type and date."""
    with db.read() as session:
        if cluster_code is not None:
            cluster_by_code(session, cluster_code)
        return _output_rows(session, _output_conditions(cluster_code, type_number, status, goal))


def outputs_in_cell(db: Database, cluster_code: str, type_number: int) -> list[OutputRow]:
    """The records behind one cell of the output matrix."""
    return list_outputs(db, cluster_code=cluster_code, type_number=type_number)


@dataclass(frozen=True)
class LinkedMeeting:
    ref: str
    title: str
    starts_at: datetime


@dataclass(frozen=True)
class OutputDetail:
    id: int
    ref: str
    cluster_code: str
    cluster_name: str
    type_number: int
    type_name: str
    title: str
    on: date | None
    status: OutputStatus
    progress: int
    evidence: str
    goals: tuple[int, ...]
    meetings: tuple[LinkedMeeting, ...]
    stamp: Stamp


def output_by_ref(session: Session, ref: str) -> Output:
    output = session.scalar(select(Output).where(Output.ref == ref.strip().upper()))
    if output is None:
        raise NotFoundError(
            say(
                "There is no output with the reference “{ref}”.",
                "Não existe nenhum resultado com a referência «{ref}».",
                ref=ref.strip(),
            )
        )
    return output


def output_detail(db: Database, ref: str) -> OutputDetail:
    with db.read() as session:
        output = output_by_ref(session, ref)
        return OutputDetail(
            id=output.id,
            ref=output.ref,
            cluster_code=output.cluster.code,
            cluster_name=in_language(output.cluster.name, output.cluster.name_pt),
            type_number=output.output_type_number,
            type_name=in_language(output.output_type.name, output.output_type.name_pt),
            title=output.title,
            on=output.on,
            status=output.status,
            progress=output.progress,
            evidence=output.evidence,
            goals=tuple(goal.number for goal in output.goals),
            meetings=tuple(LinkedMeeting(m.ref, m.title, m.starts_at) for m in output.meetings),
            stamp=Stamp.of(output),
        )


# -- changing and removing an output ---------------------------------------------------------------------------


def _progress(value: Any) -> int:
    if isinstance(value, str):
        text = check.clean_text(value).removesuffix("%").strip() or "0"
        if not text.isdigit():
            raise ValidationError(
                say(
                    "Progress must be a whole number between 0 and 100, not “{text}”.",
                    "O progresso tem de ser um número inteiro entre 0 e 100, e não «{text}».",
                    text=text,
                ),
                "progress",
            )
        value = int(text)
    return check.check_percent(int(value))


def _output_type(session: Session, value: Any) -> int:
    number = int(value)
    if session.get(OutputType, number) is None:
        raise ValidationError(
            say(
                "Output types are numbered 1 to 17; {number} is not one of them.",
                "Os tipos de resultado são numerados de 1 a 17, o que exclui {number}.",
                number=number,
            ),
            "output_type",
        )
    return number


def _linked_meetings(session: Session, output: Output, refs: Iterable[str]) -> list[Meeting]:
    wanted = {ref.strip().upper() for ref in refs}
    found = list(session.scalars(select(Meeting).where(Meeting.ref.in_(wanted))))
    missing = sorted(wanted - {meeting.ref for meeting in found})
    if missing:
        raise ValidationError(
            say(
                "There is no meeting with the reference “{ref}”.",
                "Não existe nenhuma reunião com a referência «{ref}».",
                ref=missing[0],
            ),
            "meetings",
        )
    strangers = sorted(meeting.ref for meeting in found if meeting.cluster_id != output.cluster_id)
    if strangers:
        raise ValidationError(
            say(
                "{ref} is a meeting of another cluster; an output links to its own cluster's meetings.",
                "{ref} é uma reunião de outro cluster; um resultado só se associa às reuniões do seu cluster.",
                ref=strangers[0],
            ),
            "meetings",
        )
    return found


def set_output_field(db: Database, output_id: int, field: str, value: Any) -> Any:
    """Change one field of an output; returns the value it had, for undo.

    Fields: ``title``, ``on``, ``status``, ``progress`` (0–100), ``evidence``, ``output_type`` (1–17), ``goals``
    (numbers 1–9) and ``meetings`` (references of the cluster's meetings). Goals and meetings come back as tuples.
    """
    with db.write() as session:
        output = session.get(Output, output_id)
        if output is None:
            raise NotFoundError(say("That output no longer exists.", "Esse resultado já não existe."))
        previous: Any
        if field == "title":
            previous = output.title
            output.title = check.required_text(value, "output's title", "title")
        elif field == "on":
            previous = output.on
            output.on = check.parse_date(value, "date", "on")
        elif field == "status":
            previous = output.status
            output.status = check.member(OutputStatus, value, "status of an output", "status")
        elif field == "progress":
            previous = output.progress
            output.progress = _progress(value)
        elif field == "evidence":
            previous = output.evidence
            output.evidence = check.limited_text(value, "evidence", "evidence")
        elif field == "output_type":
            previous = output.output_type_number
            output.output_type_number = _output_type(session, value)
        elif field == "goals":
            previous = tuple(goal.number for goal in output.goals)
            output.goals = goals(session, value)
        elif field == "meetings":
            previous = tuple(meeting.ref for meeting in output.meetings)
            output.meetings = _linked_meetings(session, output, value)
        else:
            raise ValueError(field)
        return previous


def update_output(db: Database, ref: str, changes: Mapping[str, Any], *, seen: int | None = None) -> dict[str, Any]:
    """Change several fields of an output in one transaction (a refused field saves none); returns the values they
    had, which given back to ``update_output`` undo the change. With ``seen``, the changes were made to that version
    of the output: ``StaleError`` when someone saved it since."""
    with db.write() as session:
        output = output_by_ref(session, ref)
        check_fresh(output, seen, say("Output {ref}", "O resultado {ref}", ref=output.ref))
        output_id = output.id
        return {field: set_output_field(db, output_id, field, value) for field, value in changes.items()}


def add_output(db: Database, cluster_code: str, output_type: int, values: Mapping[str, Any]) -> str:
    """A new output with every field of the form (``title``, ``on``, ``status``, ``progress``, ``evidence``,
    ``goals``, ``meetings``) in one transaction: all of it, or nothing. Returns its reference."""
    with db.write() as session:
        ref = create_output(
            db, cluster_code, output_type, values["title"], on=values.get("on"), status=values["status"]
        )
        output_id = output_by_ref(session, ref).id
        for field in ("progress", "meetings", "evidence", "goals"):
            if field in values:
                set_output_field(db, output_id, field, values[field])
        return ref


def remove_output(db: Database, output_id: int) -> Archived:
    """Delete an output with its goals and links to meetings; returns all of it for ``restore_output``."""
    with db.write() as session:
        if session.get(Output, output_id) is None:
            raise NotFoundError(say("That output no longer exists.", "Esse resultado já não existe."))
        return archive.take_out(session, archive.table("output"), Output.__table__.c.id == output_id)


def restore_output(db: Database, removed: Archived) -> int:
    """Bring back a removed output under its old reference and id; returns the id.

    Linked meetings deleted in the meantime are left out. Should the old id have been given to another output
    since (output ids can be reused), the output comes back under a new id, still with its own reference.
    """
    ref = removed.root["ref"]
    with db.write() as session:
        if session.scalar(select(Output.id).where(Output.ref == ref)) is not None:
            raise ConflictError(say("The output {ref} is already there.", "O resultado {ref} já existe.", ref=ref))
        return int(archive.put_back(session, removed, new_id_if_taken=True)["id"])


# -- the matrix of clusters by output types ---------------------------------------------------------------------


@dataclass(frozen=True)
class MatrixCell:
    """The outputs of one cluster and one output type: how many, and how many in each status."""

    count: int = 0
    by_status: Mapping[OutputStatus, int] = field(default_factory=dict)

    def of(self, status: OutputStatus) -> int:
        return self.by_status.get(status, 0)


@dataclass(frozen=True)
class MatrixCluster:
    code: str
    number: int
    name: str


@dataclass(frozen=True)
class MatrixType:
    number: int
    name: str


@dataclass(frozen=True)
class OutputMatrix:
    """Clusters (rows) by the seventeen output types (columns); a cell without outputs is empty, not missing."""

    clusters: tuple[MatrixCluster, ...]
    types: tuple[MatrixType, ...]
    cells: Mapping[tuple[str, int], MatrixCell]

    def cell(self, cluster_code: str, type_number: int) -> MatrixCell:
        return self.cells.get((cluster_code, type_number), MatrixCell())

    def cluster_total(self, cluster_code: str) -> int:
        return sum(cell.count for (code, _), cell in self.cells.items() if code == cluster_code)

    def type_total(self, type_number: int) -> int:
        return sum(cell.count for (_, number), cell in self.cells.items() if number == type_number)

    @property
    def total(self) -> int:
        return sum(cell.count for cell in self.cells.values())


def output_matrix(db: Database, cluster_codes: Sequence[str] | None = None) -> OutputMatrix:
    """Counts of outputs per cluster and output type, and per status in each cell, in one grouped query.

    Every cluster asked for (all, in the official order, by default) has a row, even one without outputs.
    """
    cluster_name = name_in_language(Cluster.name, Cluster.name_pt).label("name")
    clusters_query = select(Cluster.id, Cluster.code, Cluster.number, cluster_name).order_by(Cluster.number)
    if cluster_codes is not None:
        clusters_query = clusters_query.where(Cluster.code.in_({code.strip().upper() for code in cluster_codes}))
    type_names = select(OutputType.number, name_in_language(OutputType.name, OutputType.name_pt))
    with db.read() as session:
        clusters = session.execute(clusters_query).all()
        types = tuple(
            MatrixType(number, name) for number, name in session.execute(type_names.order_by(OutputType.number))
        )
        counts = session.execute(
            select(Output.cluster_id, Output.output_type_number, Output.status, func.count())
            .where(Output.cluster_id.in_([row.id for row in clusters]))
            .group_by(Output.cluster_id, Output.output_type_number, Output.status)
        ).all()
    codes = {row.id: row.code for row in clusters}
    tallies: dict[tuple[str, int], dict[OutputStatus, int]] = {}
    for cluster_id, type_number, status, count in counts:
        tallies.setdefault((codes[cluster_id], type_number), {})[status] = count
    return OutputMatrix(
        clusters=tuple(MatrixCluster(row.code, row.number, row.name) for row in clusters),
        types=types,
        cells={key: MatrixCell(sum(by_status.values()), by_status) for key, by_status in tallies.items()},
    )
