"""The start-up snapshot: the lists the window will show first, saved at a clean close and painted at the next
start before the database layer has even been loaded; the live lists replace them a moment later.

A snapshot is used only when it must equal what the database holds: the file's size, modification time and inode
are those recorded just after the last clean close, and no write-ahead log is waiting. Overdue counts move with the
calendar, so the snapshot keeps the due dates of the actions still open and recounts them for the day it is shown.
Anything unexpected (a missing, old or damaged snapshot, a database on a server) means no snapshot: the window then
fills its lists from the database, which is slower but always right.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from dataclasses import asdict, dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from pactdesk import config
from pactdesk.domain.enums import MeetingKind, MeetingStatus, MinutesStatus
from pactdesk.domain.summaries import ClusterSummary, MeetingRow
from pactdesk.store.location import DatabaseLocation

logger = logging.getLogger(__name__)

FORMAT = 1
ROWS = 80  # the meetings kept: more than a full-height window shows


@dataclass(frozen=True)
class StartSnapshot:
    """The navigator and the first page of the meeting list, as the window shows them on opening."""

    day: date
    cluster_code: str | None
    clusters: list[ClusterSummary]
    meetings: list[MeetingRow]
    total: int
    due: dict[int, dict[date, int]]  # per cluster id, open actions falling due on each day from ``day`` on

    def as_of(self, today: date) -> StartSnapshot:
        """The same lists, with the overdue counts ``today``: the actions due from the snapshot's day to yesterday
        have become overdue."""
        if today == self.day:
            return self
        clusters = [
            replace(
                cluster,
                overdue_actions=cluster.overdue_actions
                + sum(count for due, count in self.due.get(cluster.id, {}).items() if due < today),
            )
            for cluster in self.clusters
        ]
        due = {
            cluster: {day: count for day, count in days.items() if day >= today} for cluster, days in self.due.items()
        }
        return replace(self, day=today, clusters=clusters, due=due)


def snapshot_file(path: Path) -> Path:
    digest = hashlib.sha256(str(path).encode("utf-8")).hexdigest()[:32]
    return config.cache_dir() / "start-up" / f"{digest}.json"


def _fingerprint(path: Path) -> list[int] | None:
    """What changes whenever the file does; ``None`` while a write-ahead log holds changes not yet in the file."""
    try:
        wal = path.with_name(path.name + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            return None
        status = path.stat()
    except OSError:
        return None
    return [status.st_size, status.st_mtime_ns, status.st_ino, status.st_dev]


def save(location: DatabaseLocation, snapshot: StartSnapshot) -> None:
    """Record ``snapshot`` for the next start. Call it after the database is closed, so the file is final."""
    if location.path is None:
        return
    target = snapshot_file(location.path)
    fingerprint = _fingerprint(location.path)
    if fingerprint is None:
        discard(location)
        return
    payload = {
        "format": FORMAT,
        "database": str(location.path),
        "fingerprint": fingerprint,
        "day": snapshot.day.isoformat(),
        "cluster": snapshot.cluster_code,
        "clusters": [asdict(cluster) for cluster in snapshot.clusters],
        "meetings": [_meeting_out(meeting) for meeting in snapshot.meetings[:ROWS]],
        "total": snapshot.total,
        "due": {
            str(cluster): {day.isoformat(): n for day, n in days.items()} for cluster, days in snapshot.due.items()
        },
    }
    temporary = target.with_suffix(".tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
        os.replace(temporary, target)
    except (OSError, ValueError) as error:  # a snapshot only saves time: without one, the next start reads the database
        logger.info("no start-up snapshot saved: %s", error)
        temporary.unlink(missing_ok=True)


def load(location: DatabaseLocation, today: date | None = None) -> StartSnapshot | None:
    """The snapshot saved at the last clean close, if the database has not changed since; else ``None``."""
    if location.path is None:
        return None
    today = today or date.today()
    try:
        payload = json.loads(snapshot_file(location.path).read_text(encoding="utf-8"))
        if payload["format"] != FORMAT or payload["database"] != str(location.path):
            return None
        if payload["fingerprint"] != _fingerprint(location.path):
            return None
        snapshot = StartSnapshot(
            day=date.fromisoformat(payload["day"]),
            cluster_code=payload["cluster"],
            clusters=[ClusterSummary(**cluster) for cluster in payload["clusters"]],
            meetings=[_meeting_in(meeting) for meeting in payload["meetings"]],
            total=int(payload["total"]),
            due={
                int(cluster): {date.fromisoformat(day): int(n) for day, n in days.items()}
                for cluster, days in payload["due"].items()
            },
        )
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        logger.info("start-up snapshot not used: %s", error)
        return None
    if today < snapshot.day:  # the clock went back: the overdue counts cannot be worked out
        return None
    return snapshot.as_of(today)


def discard(location: DatabaseLocation) -> None:
    if location.path is not None:
        snapshot_file(location.path).unlink(missing_ok=True)


def _meeting_out(meeting: MeetingRow) -> dict[str, Any]:
    values = asdict(meeting)
    values["starts_at"] = meeting.starts_at.isoformat()
    for name in ("kind", "status", "minutes_status"):
        values[name] = values[name].value
    return values


def _meeting_in(values: dict[str, Any]) -> MeetingRow:
    return MeetingRow(
        id=int(values["id"]),
        ref=str(values["ref"]),
        cluster_code=str(values["cluster_code"]),
        kind=MeetingKind(values["kind"]),
        title=str(values["title"]),
        starts_at=datetime.fromisoformat(values["starts_at"]),
        location=str(values["location"]),
        status=MeetingStatus(values["status"]),
        minutes_status=MinutesStatus(values["minutes_status"]),
    )
