"""Handing out the next meeting, action and output reference; only services call this."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from pactdesk.domain import references
from pactdesk.domain.models import RefCounter


def _next(session: Session, prefix: str) -> int:
    counter = session.scalar(select(RefCounter).where(RefCounter.prefix == prefix).with_for_update())
    if counter is None:
        counter = RefCounter(prefix=prefix, last=0)
        session.add(counter)
    counter.last += 1
    return counter.last


def next_meeting_ref(session: Session, cluster_code: str, year: int) -> str:
    return references.meeting_ref(cluster_code, year, _next(session, f"{cluster_code}-{year:04d}"))


def next_action_ref(session: Session, cluster_code: str) -> str:
    return references.action_ref(cluster_code, _next(session, f"{cluster_code}-A"))


def next_output_ref(session: Session, cluster_code: str) -> str:
    return references.output_ref(cluster_code, _next(session, f"{cluster_code}-O"))
