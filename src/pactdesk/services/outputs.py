"""Outputs: the tracked results of each pact, of the seventeen output types."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from sqlalchemy import select

from pactdesk.domain import validation as check
from pactdesk.domain.enums import OutputStatus
from pactdesk.domain.errors import NotFoundError
from pactdesk.domain.models import Meeting, Output, OutputType
from pactdesk.services.actions import goals
from pactdesk.services.catalogue import cluster_by_code
from pactdesk.services.references import next_output_ref
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
            raise NotFoundError(f"Output types are numbered 1 to 17; {output_type} is not one of them.")
        meetings = list(session.scalars(select(Meeting).where(Meeting.ref.in_(meeting_refs))))
        if len(meetings) != len(set(meeting_refs)):
            raise NotFoundError("One of the linked meetings does not exist.")
        output = Output(
            ref=next_output_ref(session, cluster.code),
            cluster=cluster,
            output_type_number=output_type,
            title=check.required_text(title, "output's title", "title"),
            on=day,
            status=status,
            progress=check.check_percent(progress),
            evidence=check.limited_text(evidence, "evidence", "evidence"),
            goals=goals(session, goal_numbers),
            meetings=meetings,
        )
        session.add(output)
        session.flush()
        return output.ref
