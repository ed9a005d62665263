"""Closed lists of values used by the committee; the string values are the workbook's words."""

from __future__ import annotations

import enum


class _Labelled(enum.StrEnum):
    """A string enum whose value is the word used in workbooks and on screen."""

    @property
    def label(self) -> str:
        return self.value.capitalize()

    @classmethod
    def parse(cls, text: str) -> _Labelled:
        """The member named by ``text`` (case and surrounding blanks ignored), else ``ValueError``."""
        wanted = " ".join(text.strip().lower().replace("_", " ").split())
        for member in cls:
            if member.value == wanted:
                return member
        raise ValueError(text)


class OrganisationKind(_Labelled):
    GOVERNMENT = "government"
    AGENCY = "agency"
    CLUSTER_ENTITY = "cluster management entity"
    COMPANY = "company"
    ACADEMIA = "academia"
    ASSOCIATION = "association"
    OTHER = "other"


class SeatCode(_Labelled):
    """The Monitoring Committee's places: the chair and members (a)–(h)."""

    CHAIR = "chair"
    A = "a"
    B = "b"
    C = "c"
    D = "d"
    E = "e"
    F = "f"
    G = "g"
    H = "h"


class MeetingKind(_Labelled):
    MONITORING = "monitoring"
    WORKING_GROUP = "working group"
    B2B = "b2b"
    CONFERENCE = "conference"
    WORKSHOP = "workshop"
    OTHER = "other"

    @property
    def label(self) -> str:
        return "B2B" if self is MeetingKind.B2B else self.value.capitalize()


class MeetingStatus(_Labelled):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class MinutesStatus(_Labelled):
    DRAFT = "draft"
    CIRCULATED = "circulated"
    APPROVED = "approved"


class AttendanceStatus(_Labelled):
    PRESENT = "present"
    REMOTE = "remote"
    APOLOGIES = "apologies"
    ABSENT = "absent"


class ActionStatus(_Labelled):
    OPEN = "open"
    IN_PROGRESS = "in progress"
    DONE = "done"
    DROPPED = "dropped"

    @property
    def is_closed(self) -> bool:
        return self in (ActionStatus.DONE, ActionStatus.DROPPED)


class OutputStatus(_Labelled):
    PLANNED = "planned"
    IN_PROGRESS = "in progress"
    ACHIEVED = "achieved"
    DROPPED = "dropped"
