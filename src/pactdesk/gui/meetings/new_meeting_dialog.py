"""Asks for the cluster, start and length of a new meeting (it starts from the cluster's previous one)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QWidget

from pactdesk.domain.enums import MeetingKind
from pactdesk.domain.summaries import ClusterSummary
from pactdesk.gui.common.widgets import ChoiceBox, enum_combo
from pactdesk.gui.meetings.details_section import DATETIME_FORMAT


@dataclass(frozen=True)
class NewMeeting:
    cluster_code: str
    kind: MeetingKind
    starts_at: datetime
    ends_at: datetime


def next_working_morning(now: datetime) -> datetime:
    """Ten o'clock, a week from now, on a working day: a sensible first guess for the next meeting."""
    day = (now + timedelta(days=7)).replace(hour=10, minute=0, second=0, microsecond=0)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


class NewMeetingDialog(QDialog):
    def __init__(self, clusters: list[ClusterSummary], cluster_code: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New meeting"))
        self.cluster = ChoiceBox()
        self.cluster.setAccessibleName(self.tr("Cluster"))
        for cluster in clusters:
            self.cluster.add_choice(f"{cluster.code} — {cluster.name}", cluster.code)
        self.cluster.set_value(cluster_code)
        self.kind = enum_combo(MeetingKind, name=self.tr("Kind of meeting"))
        self.starts_at = QDateTimeEdit(QDateTime(next_working_morning(datetime.now())))
        self.starts_at.setDisplayFormat(DATETIME_FORMAT)
        self.starts_at.setCalendarPopup(True)
        self.starts_at.setAccessibleName(self.tr("Starts at"))
        self.length = QSpinBox()
        self.length.setRange(15, 12 * 60)
        self.length.setSingleStep(15)
        self.length.setValue(120)
        self.length.setSuffix(self.tr(" min"))
        self.length.setAccessibleName(self.tr("Length in minutes"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Cluster:"), self.cluster)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Starts:"), self.starts_at)
        form.addRow(self.tr("&Length:"), self.length)
        form.addRow(buttons)

    def value(self) -> NewMeeting:
        start = self.starts_at.dateTime().toPython()
        assert isinstance(start, datetime)
        start = start.replace(second=0, microsecond=0)
        return NewMeeting(
            self.cluster.value(), self.kind.value(), start, start + timedelta(minutes=self.length.value())
        )

    @classmethod
    def get_meeting(
        cls, parent: QWidget | None, clusters: list[ClusterSummary], cluster_code: str | None
    ) -> tuple[NewMeeting | None, bool]:
        dialog = cls(clusters, cluster_code, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return (dialog.value() if accepted else None), accepted
