"""The form for one output beside the outputs page's list: its fields, each refused value explained beneath it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from pactdesk.domain import validation
from pactdesk.domain.enums import OutputStatus
from pactdesk.domain.errors import StaleError
from pactdesk.gui.common.conflict import changed_by_line
from pactdesk.gui.common.widgets import FieldWithError, enum_combo
from pactdesk.gui.common.words import day_label
from pactdesk.services.outputs import OutputDetail

# The order fields are saved in, so the first refused one is the first on screen.
FIELDS = ("title", "on", "status", "progress", "meetings", "evidence", "goals")


def meeting_refs(text: str) -> tuple[str, ...]:
    """Meeting references typed in one line, separated by commas, semicolons or spaces; each once, in order."""
    found = (part.upper() for part in re.split(r"[\s,;]+", text.strip()) if part)
    return tuple(dict.fromkeys(found))


class OutputForm(QWidget):
    """An output's title, date, status, progress, linked meetings, evidence and goals.

    The form saves nothing itself: ``save_wanted`` asks the page to save ``changes()`` (or, for a new output,
    ``values()``) through the services, which refuse bad values; the page shows their message under the field.
    """

    save_wanted = Signal()
    revert_wanted = Signal()

    def __init__(self, goals: Sequence[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ref: str | None = None
        self.is_new = False
        self.read_only = False  # a reader's login: the output is shown, not edited
        self.seen: int | None = None  # the version of the output shown, which a save is made to
        self._shown: dict[str, Any] = {}
        self.changed = QLabel()  # who saved the output last, and when; and when someone saved it meanwhile
        self.changed.setObjectName("outputChangedBy")
        self.changed.setTextFormat(Qt.TextFormat.PlainText)
        self.changed.setWordWrap(True)
        self.changed.hide()

        self.heading = QLabel()
        self.heading.setObjectName("outputHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # titles with “<” or “&” stay as typed
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.title = QLineEdit()
        self.title.setObjectName("outputTitle")
        self.title.setAccessibleName(self.tr("Title of the output"))
        self.date = QLineEdit()
        self.date.setObjectName("outputDate")
        self.date.setAccessibleName(self.tr("Date of the output"))
        self.date.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.date.setMaximumWidth(140)
        self.status = enum_combo(OutputStatus, name=self.tr("Status of the output"))
        self.status.setObjectName("outputStatus")
        self.status.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.progress = QLineEdit()
        self.progress.setObjectName("outputProgress")
        self.progress.setAccessibleName(self.tr("Progress, in per cent"))
        self.progress.setPlaceholderText(self.tr("0–100"))
        self.progress.setMaximumWidth(70)
        progress_row = QWidget()
        row = QHBoxLayout(progress_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.progress)
        row.addWidget(QLabel(self.tr("%")))
        row.addStretch(1)
        self.meetings = QLineEdit()
        self.meetings.setObjectName("outputMeetings")
        self.meetings.setAccessibleName(self.tr("Linked meetings, by reference"))
        self.meetings.setPlaceholderText(self.tr("References of the cluster's meetings, e.g. AEC-2025-01, AEC-2025-03"))
        self.evidence = QPlainTextEdit()
        self.evidence.setObjectName("outputEvidence")
        self.evidence.setAccessibleName(self.tr("Evidence"))
        self.evidence.setPlaceholderText(self.tr("Where the output can be seen: reports, programmes, lists, links"))
        self.evidence.setTabChangesFocus(True)
        self.evidence.setFixedHeight(64)
        goals_box = QWidget()
        grid = QGridLayout(goals_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.goals: dict[int, QCheckBox] = {}
        for number, name in goals:
            box = QCheckBox(str(number))
            box.setObjectName(f"outputGoal{number}")
            box.setToolTip(name)
            box.setAccessibleName(self.tr("Goal {0}: {1}").format(number, name))
            self.goals[number] = box
            grid.addWidget(box, 0, number - 1)
        grid.setColumnStretch(len(goals), 1)
        self.fields = {
            "title": FieldWithError(self.title, limit=validation.MAX_TITLE),
            "on": FieldWithError(self.date),
            "status": FieldWithError(self.status),
            "progress": FieldWithError(progress_row),
            "meetings": FieldWithError(self.meetings),
            "evidence": FieldWithError(self.evidence, limit=validation.MAX_TEXT),
            "goals": FieldWithError(goals_box),
        }
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("saveOutput")
        self.save_button.setAccessibleName(self.tr("Save the output"))
        self.save_button.clicked.connect(self.save_wanted)
        self.revert_button = QPushButton(self.tr("&Revert"))
        self.revert_button.setObjectName("revertOutput")
        self.revert_button.setAccessibleName(self.tr("Revert to what is saved"))
        self.revert_button.clicked.connect(self.revert_wanted)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, field, buddy in (
            (self.tr("&Title:"), "title", self.title),
            (self.tr("&Date:"), "on", self.date),
            (self.tr("Stat&us:"), "status", self.status),
            (self.tr("&Progress:"), "progress", self.progress),
            (self.tr("Meet&ings:"), "meetings", self.meetings),
            (self.tr("Evide&nce:"), "evidence", self.evidence),
            (self.tr("Goals:"), "goals", None),
        ):
            caption = QLabel(label)
            if buddy is not None:
                caption.setBuddy(buddy)
            form.addRow(caption, self.fields[field])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.changed)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)

        for line in (self.title, self.date, self.progress, self.meetings):
            line.returnPressed.connect(self.save_wanted)
            line.textChanged.connect(lambda _: self._update_buttons())
        self.evidence.textChanged.connect(self._update_buttons)
        self.status.currentIndexChanged.connect(lambda _: self._update_buttons())
        for box in self.goals.values():
            box.toggled.connect(lambda _: self._update_buttons())
        self.show_nothing(self.tr("Choose an output to edit it."))

    def tab_chain(self) -> list[QWidget]:
        """The form's controls in the order Tab visits them."""
        return [
            self.title,
            self.date,
            self.status,
            self.progress,
            self.meetings,
            self.evidence,
            *self.goals.values(),
            self.revert_button,
            self.save_button,
        ]

    # -- what is shown ----------------------------------------------------------------------------------------

    def show_output(self, detail: OutputDetail) -> None:
        """Show a saved output; what is shown now counts as unchanged."""
        self.ref, self.is_new, self.seen = detail.ref, False, detail.stamp.version
        self._say_changed(changed_by_line(detail.stamp.updated_by, detail.stamp.updated_at))
        self.heading.setText(
            self.tr("{0} — {1}, output type {2}").format(detail.ref, detail.cluster_code, detail.type_number)
        )
        self._fill(
            title=detail.title,
            on=day_label(detail.on),
            status=detail.status,
            progress=str(detail.progress),
            meetings=", ".join(meeting.ref for meeting in detail.meetings),
            evidence=detail.evidence,
            goals=detail.goals,
        )
        self.revert_button.setText(self.tr("&Revert"))
        self.revert_button.setAccessibleName(self.tr("Revert to what is saved"))

    def show_new(self, heading: str) -> None:
        """Blank fields for a new output."""
        self.ref, self.is_new, self.seen = None, True, None
        self._say_changed("")
        self.heading.setText(heading)
        self._fill(title="", on="", status=OutputStatus.PLANNED, progress="0", meetings="", evidence="", goals=())
        self.revert_button.setText(self.tr("&Cancel"))
        self.revert_button.setAccessibleName(self.tr("Cancel the new output"))

    def show_nothing(self, message: str) -> None:
        """No output chosen: the fields are empty and disabled, ``message`` says what to do."""
        self.ref, self.is_new, self.seen = None, False, None
        self._say_changed("")
        self.heading.setText(message)
        self._fill(title="", on="", status=OutputStatus.PLANNED, progress="", meetings="", evidence="", goals=())
        for holder in self.fields.values():
            holder.field.setEnabled(False)
        self._update_buttons()

    def _fill(
        self,
        *,
        title: str,
        on: str,
        status: OutputStatus,
        progress: str,
        meetings: str,
        evidence: str,
        goals: Sequence[int],
    ) -> None:
        self.clear_errors()
        self.title.setText(title)
        self.title.setCursorPosition(0)
        self.date.setText(on)
        self.status.set_value(status)
        self.progress.setText(progress)
        self.meetings.setText(meetings)
        self.meetings.setCursorPosition(0)
        if self.evidence.toPlainText() != evidence:
            self.evidence.setPlainText(evidence)
        for number, box in self.goals.items():
            box.setChecked(number in goals)
        for holder in self.fields.values():
            holder.field.setEnabled(not self.read_only)
        self._shown = self.values()
        self._update_buttons()

    def _say_changed(self, text: str) -> None:
        self.changed.setText(text)
        self.changed.setVisible(bool(text))

    def someone_saved_since(self, error: StaleError) -> None:
        """Someone saved the output after it was shown: say who and when, keep what was typed; Save again saves it on
        top of theirs, Revert shows theirs."""
        self.seen = error.version
        who = error.changed_by or self.tr("someone else")
        when = f"{error.changed_at:%H:%M}" if error.changed_at else "—"
        self._say_changed(
            self.tr(
                "{0} saved this output at {1}, after it was shown here. Save again to keep yours on top of theirs, "
                "or Revert to see theirs."
            ).format(who, when)
        )
        self._update_buttons()

    def clear_errors(self) -> None:
        for holder in self.fields.values():
            holder.clear_error()

    # -- what was typed ---------------------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """Every field as typed, for the services to check: dates and progress are still text."""
        return {
            "title": self.title.text(),
            "on": self.date.text(),
            "status": self.status.value(),
            "progress": self.progress.text(),
            "meetings": meeting_refs(self.meetings.text()),
            "evidence": self.evidence.toPlainText(),
            "goals": tuple(number for number, box in self.goals.items() if box.isChecked()),
        }

    def changes(self) -> dict[str, Any]:
        """The fields changed since the output was shown, in the order they are saved."""
        now = self.values()
        return {field: now[field] for field in FIELDS if now[field] != self._shown.get(field)}

    def is_dirty(self) -> bool:
        return self.title.isEnabled() and bool(self.changes())

    def _update_buttons(self) -> None:
        editing = self.title.isEnabled()
        self.save_button.setEnabled(editing and (self.is_new or bool(self.changes())))
        self.revert_button.setEnabled(editing and (self.is_new or bool(self.changes())))
