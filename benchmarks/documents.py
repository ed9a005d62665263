"""PDF documents on a large database: the minutes of the fullest meeting, and the binder of the busiest
cluster-year (the cluster and year with the most held meetings). Each figure is read + lay out + write."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from benchmarks.common import OUT, best_of, figure
from pactdesk.domain.enums import MeetingStatus
from pactdesk.domain.models import Action, Cluster, Meeting
from pactdesk.exchange.pdf import minutes
from pactdesk.services import documents, workspace
from pactdesk.store.database import Database
from pactdesk.store.location import DatabaseLocation


def busiest(db: Database) -> tuple[str, int]:
    """The cluster code and year with the most held meetings."""
    year = func.strftime("%Y", Meeting.starts_at)
    with db.read() as session:
        code, found = session.execute(
            select(Cluster.code, year)
            .join(Meeting, Meeting.cluster_id == Cluster.id)
            .where(Meeting.status == MeetingStatus.HELD)
            .group_by(Cluster.code, year)
            .order_by(func.count().desc())
            .limit(1)
        ).one()
        return code, int(found)


def fullest(db: Database, code: str, year: int) -> str:
    """The held meeting of that cluster-year that raised the most actions (a long meeting to write up)."""
    with db.read() as session:
        return str(
            session.scalar(
                select(Meeting.ref)
                .join(Cluster, Cluster.id == Meeting.cluster_id)
                .join(Action, Action.meeting_id == Meeting.id)
                .where(
                    Cluster.code == code,
                    Meeting.status == MeetingStatus.HELD,
                    func.strftime("%Y", Meeting.starts_at) == str(year),
                )
                .group_by(Meeting.id)
                .order_by(func.count().desc())
                .limit(1)
            )
        )


def _cold(path: Path, ref: str, target: Path) -> float:
    """The first minutes of a new process: imports, fonts and all (``pactdesk export minutes``)."""
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "pactdesk", "export", "minutes", "--db", str(path), ref, str(target), "--lang", "en"],
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - started


def run(path: Path) -> None:
    db = workspace.open_workspace(DatabaseLocation.for_file(path), readonly=True)
    target = OUT / "minutes.pdf"
    try:
        code, year = busiest(db)
        ref = fullest(db, code, year)

        def one() -> None:
            minutes.write_minutes(documents.meeting_record(db, ref), target, "en")

        one()  # fonts registered, caches warm: what every export after the first costs
        record = documents.meeting_record(db, ref)
        figure(
            f"minutes of {ref} ({len(record.items)} items, {len(record.arising)} arising)",
            best_of(5, one) * 1000,
            "ms",
            "target < 300 ms",
        )
        figure("  the same, in a new process (pactdesk export)", _cold(path, ref, target) * 1000, "ms")

        started = time.perf_counter()
        records = documents.binder_records(db, code, year)
        read = time.perf_counter() - started
        binder = OUT / f"binder-{code}-{year}.pdf"
        minutes.write_binder(records, binder, "en")
        total = time.perf_counter() - started
        pages = binder.read_bytes().count(b"/Type /Page\n")
        figure(f"binder {code} {year}: {len(records)} meetings, read", read, "s")
        figure(f"binder {code} {year}: read + lay out + write", total, "s", f"target < 10 s; {pages:,} pages")
    finally:
        db.close()
