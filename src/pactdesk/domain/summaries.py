"""The rows the window's lists show: plain values, importable without the database layer.

The start-up snapshot (``pactdesk.gui.quick_start``) paints these before SQLAlchemy is loaded, so this module
imports nothing but the standard library and the domain's enumerations.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from pactdesk.domain.enums import MeetingKind, MeetingStatus, MinutesStatus


@dataclass(frozen=True)
class ClusterSummary:
    id: int
    code: str
    number: int
    name: str
    pact_signed: bool
    management_entity: str
    meetings: int
    open_actions: int
    overdue_actions: int


@dataclass(frozen=True)
class MeetingRow:
    id: int
    ref: str
    cluster_code: str
    kind: MeetingKind
    title: str
    starts_at: datetime
    location: str
    status: MeetingStatus
    minutes_status: MinutesStatus


class MeetingOrder(enum.Enum):
    """The columns the list of meetings can be sorted by."""

    REF = "ref"
    CLUSTER = "cluster"
    DATE = "date"
    KIND = "kind"
    TITLE = "title"
    STATUS = "status"
    MINUTES = "minutes"
