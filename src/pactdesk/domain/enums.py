"""Closed lists of values used by the committee, and each kind's and status's label in English and Portuguese.

The string values are the workbook's words. Below each kind or status is its table of labels, the only one: the
window shows the English label translated by Qt (gui/common/words.py; the .ts must say what the table says) and the
PDFs read the table itself; the calendar shows none. tests/domain/test_labels.py fails while a value has none."""

from __future__ import annotations

import enum
from typing import NamedTuple


class Label(NamedTuple):
    """What a value is called in English and in Portuguese."""

    en: str
    pt: str


class _ClosedList(enum.StrEnum):
    """A string enum whose value is the word used in workbooks."""

    @classmethod
    def parse(cls, text: str) -> _ClosedList:
        """The member named by ``text`` (case and surrounding blanks ignored), else ``ValueError``."""
        wanted = " ".join(text.strip().lower().replace("_", " ").split())
        for member in cls:
            if member.value == wanted:
                return member
        raise ValueError(text)


class Labelled(_ClosedList):
    """A kind or a status: a closed list shown to people, with its labels in ``LABELS``."""

    @property
    def label(self) -> str:
        """The English label (the window translates it)."""
        return LABELS[type(self)][self].en

    def label_in(self, language: str) -> str:
        """The label in Portuguese for ``pt``, in English for any other language."""
        label = LABELS[type(self)][self]
        return label.pt if language == "pt" else label.en


# A table per list, not one for all: members of two lists with the same value and name are equal keys
# (MeetingStatus.PLANNED == OutputStatus.PLANNED), and in Portuguese a status takes the gender of what it
# qualifies (a meeting is "prevista", an output "previsto").


class OrganisationKind(Labelled):
    GOVERNMENT = "government"
    AGENCY = "agency"
    CLUSTER_ENTITY = "cluster management entity"
    COMPANY = "company"
    ACADEMIA = "academia"
    ASSOCIATION = "association"
    OTHER = "other"


ORGANISATION_KINDS: dict[Labelled, Label] = {
    OrganisationKind.GOVERNMENT: Label("Government", "Governo"),
    OrganisationKind.AGENCY: Label("Agency", "Agência"),
    OrganisationKind.CLUSTER_ENTITY: Label("Cluster management entity", "Entidade gestora do cluster"),
    OrganisationKind.COMPANY: Label("Company", "Empresa"),
    OrganisationKind.ACADEMIA: Label("Academia", "Academia"),
    OrganisationKind.ASSOCIATION: Label("Association", "Associação"),
    OrganisationKind.OTHER: Label("Other", "Outro"),  # another kind ("tipo")
}


class SeatCode(_ClosedList):
    """The Monitoring Committee's places: the chair and members (a)–(h); services/committee.py names them."""

    CHAIR = "chair"
    A = "a"
    B = "b"
    C = "c"
    D = "d"
    E = "e"
    F = "f"
    G = "g"
    H = "h"


class MeetingKind(Labelled):
    MONITORING = "monitoring"
    WORKING_GROUP = "working group"
    B2B = "b2b"
    CONFERENCE = "conference"
    WORKSHOP = "workshop"
    OTHER = "other"


# Shown under "Kind" in the window and "Kind of meeting" in the minutes, so the same word serves both.
MEETING_KINDS: dict[Labelled, Label] = {
    MeetingKind.MONITORING: Label("Monitoring", "Acompanhamento"),
    MeetingKind.WORKING_GROUP: Label("Working group", "Grupo de trabalho"),
    MeetingKind.B2B: Label("B2B", "B2B"),
    MeetingKind.CONFERENCE: Label("Conference", "Conferência"),
    MeetingKind.WORKSHOP: Label("Workshop", "Workshop"),
    MeetingKind.OTHER: Label("Other", "Outro"),  # another kind ("tipo")
}


class MeetingStatus(Labelled):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


# Of a meeting: "reunião", feminine.
MEETING_STATUSES: dict[Labelled, Label] = {
    MeetingStatus.PLANNED: Label("Planned", "Prevista"),
    MeetingStatus.HELD: Label("Held", "Realizada"),
    MeetingStatus.CANCELLED: Label("Cancelled", "Cancelada"),
}


class MinutesStatus(Labelled):
    DRAFT = "draft"
    CIRCULATED = "circulated"
    APPROVED = "approved"


# Of the minutes: "ata", feminine.
MINUTES_STATUSES: dict[Labelled, Label] = {
    MinutesStatus.DRAFT: Label("Draft", "Rascunho"),
    MinutesStatus.CIRCULATED: Label("Circulated", "Em circulação"),
    MinutesStatus.APPROVED: Label("Approved", "Aprovada"),
}


class AttendanceStatus(Labelled):
    PRESENT = "present"
    REMOTE = "remote"
    APOLOGIES = "apologies"
    ABSENT = "absent"


# Of a person at a meeting.
ATTENDANCE_STATUSES: dict[Labelled, Label] = {
    AttendanceStatus.PRESENT: Label("Present", "Presente"),
    AttendanceStatus.REMOTE: Label("Remote", "À distância"),
    AttendanceStatus.APOLOGIES: Label("Apologies", "Justificou a ausência"),
    AttendanceStatus.ABSENT: Label("Absent", "Ausente"),
}


class ActionStatus(Labelled):
    OPEN = "open"
    IN_PROGRESS = "in progress"
    DONE = "done"
    DROPPED = "dropped"

    @property
    def is_closed(self) -> bool:
        return self in (ActionStatus.DONE, ActionStatus.DROPPED)


# Of an action: "ação", feminine.
ACTION_STATUSES: dict[Labelled, Label] = {
    ActionStatus.OPEN: Label("Open", "Em aberto"),
    ActionStatus.IN_PROGRESS: Label("In progress", "Em curso"),
    ActionStatus.DONE: Label("Done", "Concluída"),
    ActionStatus.DROPPED: Label("Dropped", "Abandonada"),
}


class OutputStatus(Labelled):
    PLANNED = "planned"
    IN_PROGRESS = "in progress"
    ACHIEVED = "achieved"
    DROPPED = "dropped"


# Of an output: "resultado", masculine. The meeting-room screen counts outputs in phrases of its own
# ("3 achieved"), in gui/presentation/pages.py.
OUTPUT_STATUSES: dict[Labelled, Label] = {
    OutputStatus.PLANNED: Label("Planned", "Previsto"),
    OutputStatus.IN_PROGRESS: Label("In progress", "Em curso"),
    OutputStatus.ACHIEVED: Label("Achieved", "Alcançado"),
    OutputStatus.DROPPED: Label("Dropped", "Abandonado"),
}

LABELS: dict[type[Labelled], dict[Labelled, Label]] = {
    OrganisationKind: ORGANISATION_KINDS,
    MeetingKind: MEETING_KINDS,
    MeetingStatus: MEETING_STATUSES,
    MinutesStatus: MINUTES_STATUSES,
    AttendanceStatus: ATTENDANCE_STATUSES,
    ActionStatus: ACTION_STATUSES,
    OutputStatus: OUTPUT_STATUSES,
}
