"""The meeting's Versions: each version its minutes kept when their status changed (who, when, its SHA-256
fingerprint), and what changed between two of them, word by word (services/minutes_versions.py)."""

from __future__ import annotations

import html
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pactdesk.domain.enums import MeetingKind, MeetingStatus, MinutesStatus
from pactdesk.domain.errors import PactDeskError
from pactdesk.gui.common.errors import show_error
from pactdesk.gui.common.undo import step
from pactdesk.gui.common.widgets import guarded
from pactdesk.gui.common.words import day_label, word
from pactdesk.gui.directory.models import person_label
from pactdesk.services import directory, minutes_edits, minutes_restore, minutes_versions
from pactdesk.services.minutes_edits import Edit

if TYPE_CHECKING:
    from pactdesk.services.signing import AttachedCopy
from pactdesk.services.minutes_restore import Restored
from pactdesk.services.minutes_versions import Comparison, Piece
from pactdesk.store.database import Database


class VersionsSection(QWidget):
    touched = Signal(str)  # a version restored, or the restore undone: the meeting should be shown again

    NUMBER, STATUS, WHEN, WHO, FINGERPRINT, REASON = range(6)

    def __init__(self, database: Database, stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database, self._stack = database, stack
        self._ref: str | None = None
        self._frozen = self._locked = False
        self.explanation = QLabel(
            self.tr(
                "A version is kept each time the minutes change status: the whole meeting as it then stood, and its "
                "fingerprint (SHA-256), which proves a copy is that version."
            )
        )
        self.explanation.setWordWrap(True)
        self.versions = QTreeWidget()
        self.versions.setObjectName("minutesVersions")
        self.versions.setAccessibleName(self.tr("Versions of the minutes"))
        self.versions.setHeaderLabels(
            [
                self.tr("Version"),
                self.tr("Minutes"),
                self.tr("When"),
                self.tr("By"),
                self.tr("Fingerprint"),
                self.tr("Reason"),
            ]
        )
        self.versions.setRootIsDecorated(False)
        self.versions.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.versions.itemSelectionChanged.connect(self._enable)
        self.versions.itemDoubleClicked.connect(lambda *_: self.compare())
        self.compare_button = QPushButton(self.tr("&Compare…"))
        self.compare_button.setObjectName("compareVersions")
        self.compare_button.setToolTip(
            self.tr("What changed between the two versions chosen, or from the one before the version chosen")
        )
        self.compare_button.clicked.connect(self.compare)
        self.restore_button = QPushButton(self.tr("&Restore into a draft…"))
        self.restore_button.setObjectName("restoreVersion")
        self.restore_button.clicked.connect(self.restore)
        self.attach_button = QPushButton(self.tr("Attach a signed copy…"))
        self.attach_button.setObjectName("attachSigned")
        self.attach_button.setToolTip(
            self.tr(
                "Keep a copy of the approved minutes signed elsewhere (in Autenticação.gov, say): its signatures are "
                "checked, and that what was signed is the approved version"
            )
        )
        self.attach_button.clicked.connect(self.attach_signed)
        self.show_edits = QCheckBox(self.tr("Show the &edits between versions"))
        self.show_edits.setObjectName("showEdits")
        self.show_edits.setToolTip(
            self.tr("Who changed what between the versions: one line per person and record for each stretch of work")
        )
        self.show_edits.setChecked(True)
        self.show_edits.toggled.connect(lambda: self._ref and self.show_meeting(self._ref, self._frozen, self._locked))
        row = QHBoxLayout()
        row.addWidget(self.compare_button)
        row.addWidget(self.restore_button)
        row.addWidget(self.attach_button)
        row.addStretch()
        row.addWidget(self.show_edits)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.versions, 1)
        layout.addLayout(row)
        self._enable()

    def show_meeting(self, ref: str, frozen: bool = False, locked: bool = False) -> None:
        """``frozen``: nothing can be changed (approved minutes, or a reader's login); ``locked``: approved."""
        self._ref, self._frozen, self._locked = ref, frozen, locked
        self.versions.clear()
        found = minutes_versions.history(self._database, ref)
        # The edits since the first version: the drafting before it is the first version itself.
        edits = minutes_edits.edits(self._database, ref) if self.show_edits.isChecked() else []
        edits = [edit for edit in edits if edit.after >= 1]
        signed = self._signed_copies(ref) if found else []
        rows: list[QTreeWidgetItem] = []
        for version in found:
            rows += [self._edit_row(edit) for edit in edits if edit.after == version.number - 1]
            entry = QTreeWidgetItem(
                [
                    str(version.number),
                    word(version.minutes_status),
                    f"{day_label(version.created_at.date())} {version.created_at:%H:%M}",
                    version.created_by,
                    f"{version.fingerprint[:12]}…",
                    " ".join(version.reason.split()),
                ]
            )
            entry.setToolTip(self.REASON, version.reason)
            entry.setData(self.NUMBER, Qt.ItemDataRole.UserRole, version.number)
            entry.setToolTip(self.FINGERPRINT, version.fingerprint)
            rows.append(entry)
            rows += [self._signed_row(copy) for copy in signed if copy.version == version.number]
        rows += [self._edit_row(edit) for edit in edits if edit.after >= len(found)]  # since the last version
        self.versions.addTopLevelItems(rows)
        for column in range(self.versions.columnCount()):
            self.versions.resizeColumnToContents(column)
        self._enable()

    def _edit_row(self, edit: Edit) -> QTreeWidgetItem:
        """An edit between versions: not a version, so it cannot be chosen to compare or restore."""
        start = f"{day_label(edit.first.date())} {edit.first:%H:%M}"
        when = start if edit.last - edit.first < timedelta(minutes=1) else f"{start}–{edit.last:%H:%M}"
        record = self._record_words().get(edit.table_name, edit.table_name)
        what = f"{record} {edit.item}".strip()
        if edit.actions == {"insert"}:
            fields = self.tr("added")
        elif "delete" in edit.actions:
            fields = self.tr("removed")
        else:
            fields = ", ".join(self._field_words().get(name, name) for name in edit.fields)
        saves = self.tr("%n save(s)", "", edit.saves)
        said = f"{what}: {fields} ({saves})" if fields else f"{what} ({saves})"
        entry = QTreeWidgetItem(["", self.tr("edited"), when, edit.actor, "", said])
        entry.setToolTip(self.REASON, said)
        return self._not_a_version(entry)

    @staticmethod
    def _not_a_version(entry: QTreeWidgetItem) -> QTreeWidgetItem:
        """Shown in italics, and not to be chosen for Compare or Restore."""
        entry.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = entry.font(0)
        font.setItalic(True)
        for column in range(entry.columnCount()):
            entry.setFont(column, font)
        return entry

    def _signed_copies(self, ref: str) -> list[AttachedCopy]:
        from pactdesk.services import signing  # pyHanko loads when a meeting's versions are first shown

        return signing.signed_copies(self._database, ref)

    def _signed_row(self, copy: AttachedCopy) -> QTreeWidgetItem:
        when = f"{day_label(copy.signed_at.date())} {copy.signed_at:%H:%M}" if copy.signed_at else ""
        entry = QTreeWidgetItem(["", self.tr("signed"), when, copy.signer, f"{copy.sha256[:12]}…", copy.name])
        entry.setToolTip(self.FINGERPRINT, self.tr("SHA-256 of the signed file: {0}").format(copy.sha256))
        return self._not_a_version(entry)

    def attach_signed(self) -> None:
        """A PDF signed elsewhere, chosen in the system's file chooser, checked and kept with its version."""
        ref = self._ref
        if ref is None:
            return
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Attach a signed copy of the minutes"), str(Path.home()), self.tr("PDF files (*.pdf)")
        )
        if not chosen:
            return
        from pactdesk.services import proof, signing

        path = Path(chosen)
        try:
            kept = signing.attach_signed(self._database, ref, proof.read_pdf(path), path.name)
        except PactDeskError as error:
            show_error(self, error)
            return
        said = (
            self.tr("This signed copy was already kept with version {0}.")
            if kept.already_kept
            else self.tr("The signed copy is kept with version {0} of the minutes.")
        ).format(kept.version)
        QMessageBox.information(self, self.tr("Signed copy"), f"{said}\n{kept.signer}")
        self.show_meeting(ref, self._frozen, self._locked)

    def _record_words(self) -> dict[str, str]:
        return {
            "meeting": self.tr("Details"),
            "agenda_item": self.tr("Item"),
            "attendance": self.tr("Attendance"),
        }

    def _field_words(self) -> dict[str, str]:
        return {
            "minutes": self.tr("minutes"),
            "title": self.tr("title"),
            "presenter": self.tr("presenter"),
            "planned_minutes": self.tr("planned time"),
            "position": self.tr("place"),
            "text": self.tr("text"),
            "status": self.tr("status"),
            "minutes_status": self.tr("minutes status"),
            "location": self.tr("place of the meeting"),
            "starts_at": self.tr("start"),
            "ends_at": self.tr("end"),
            "online_link": self.tr("online link"),
            "kind": self.tr("kind"),
            "chair_id": self.tr("chair"),
            "secretary_id": self.tr("secretary"),
            "organisation_id": self.tr("organisation"),
            "guest": self.tr("guest"),
            "note": self.tr("note"),
            "decisions": self.tr("decisions"),
        }

    def _chosen(self) -> list[int]:
        chosen = (item.data(self.NUMBER, Qt.ItemDataRole.UserRole) for item in self.versions.selectedItems())
        return sorted(int(number) for number in chosen if number is not None)

    def _pair(self) -> tuple[int, int] | None:
        chosen = self._chosen()
        if len(chosen) == 2:
            return chosen[0], chosen[1]
        if len(chosen) == 1 and chosen[0] > 1:
            return chosen[0] - 1, chosen[0]
        return None

    def _enable(self) -> None:
        self.compare_button.setEnabled(self._pair() is not None)
        self.restore_button.setEnabled(len(self._chosen()) == 1 and not self._frozen)
        self.restore_button.setToolTip(
            self.tr("Approved minutes are never overwritten: reopen them first, with a reason")
            if self._locked
            else self.tr(
                "Bring the version chosen back as a draft; the minutes as they are now are kept as a version first"
            )
        )

    def restore(self) -> None:
        """Asked first; undo restores the version that holds the minutes as they were before."""
        chosen, ref = self._chosen(), self._ref
        if len(chosen) != 1 or ref is None:
            return
        number = chosen[0]
        asked = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Restore version {0}").format(number),
            self.tr(
                "Bring version {0} of the minutes of {1} back as a draft? Its details, attendance, agenda, minutes "
                "and decisions replace the present ones; actions stay as they are in the tracker. The minutes as "
                "they are now are kept as a version first, and Undo brings them back."
            ).format(number, ref),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        asked.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Restore"))
        asked.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        asked.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if asked.exec() != QMessageBox.StandardButton.Yes:
            return
        kept: list[Restored] = []

        def do() -> None:
            kept[:] = [minutes_restore.restore(self._database, ref, number)]

        def undo() -> None:
            minutes_restore.restore(self._database, ref, kept[0].undo_to)

        label = self.tr("Restore version {0} of {1}").format(number, ref)
        if guarded(self, lambda: step(self._stack, label, do, undo, lambda: self.touched.emit(ref))):
            self.touched.emit(ref)

    def compare(self) -> None:
        pair = self._pair()
        if pair is None or self._ref is None:
            return
        try:
            found = minutes_versions.compare(self._database, self._ref, *pair)
        except PactDeskError as error:
            show_error(self, error)
            return
        people = {person.id: person_label(person) for person in directory.list_people(self._database)}
        CompareDialog(self._ref, found, people, self).exec()


def _marked(pieces: tuple[Piece, ...]) -> str:
    """Removed words struck through and added ones underlined, each also said in words for a screen reader."""
    parts = []
    for piece in pieces:
        text = html.escape(piece.text).replace("\n", "<br>")
        if piece.change == "-":
            parts.append(f"<s style='background:#fde2e1' title='removed'>{text}</s>")
        elif piece.change == "+":
            parts.append(f"<u style='background:#dff3e4' title='added'>{text}</u>")
        else:
            parts.append(text)
    return "".join(parts)


class CompareDialog(QDialog):
    """What changed between two versions: the details, each changed item's minutes word by word (removed words
    struck through, added ones underlined), decisions and actions added and removed."""

    def __init__(self, ref: str, found: Comparison, people: dict[int, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._people = people
        self.setObjectName("compareVersionsDialog")
        self.setWindowTitle(self.tr("{0}: version {1} and version {2}").format(ref, found.first, found.second))
        self.view = QTextBrowser()
        self.view.setObjectName("comparison")
        self.view.setAccessibleName(self.tr("What changed"))
        self.view.setHtml(self._page(found))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))  # Qt has no pt-PT of its own
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.resize(640, 480)

    def _page(self, found: Comparison) -> str:
        said = {
            "legend": self.tr("Struck through: removed. Underlined: added."),
            "title": self.tr("Title before:"),
            "decision+": self.tr("Decision added:"),
            "decision-": self.tr("Decision removed:"),
            "action+": self.tr("Action added:"),
            "action-": self.tr("Action removed:"),
            "same": self.tr("The two versions hold the same meeting."),
            "added": self.tr(" (added)"),
            "removed": self.tr(" (removed)"),
        }
        words = {key: html.escape(text) for key, text in said.items()}
        parts = [f"<p>{words['legend']}</p>"]
        labels = self._labels()
        for field, before, after in found.details:
            parts.append(
                f"<p><b>{html.escape(labels.get(field, field))}</b>: <s>{html.escape(self._shown(field, before))}</s>"
                f" → <u>{html.escape(self._shown(field, after))}</u></p>"
            )
        for item in found.items:
            state = words["added"] if item.added else words["removed"] if item.removed else ""
            parts.append(f"<h3>{item.position}. {html.escape(item.title)}{state}</h3>")
            if item.title_before:
                parts.append(f"<p>{words['title']} <s>{html.escape(item.title_before)}</s></p>")
            if any(piece.change != "=" for piece in item.minutes):
                parts.append(f"<p>{_marked(item.minutes)}</p>")
            parts += [f"<p>{words['decision+']} <u>{html.escape(text)}</u></p>" for text in item.decisions_added]
            parts += [f"<p>{words['decision-']} <s>{html.escape(text)}</s></p>" for text in item.decisions_removed]
        parts += [f"<p>{words['action+']} <u>{html.escape(text)}</u></p>" for text in found.actions_added]
        parts += [f"<p>{words['action-']} <s>{html.escape(text)}</s></p>" for text in found.actions_removed]
        if len(parts) == 1:
            parts.append(f"<p>{words['same']}</p>")
        return "".join(parts)

    def _labels(self) -> dict[str, str]:
        """The meeting's details as the Details tab names them."""
        return {
            "ref": self.tr("Reference"),
            "cluster": self.tr("Cluster"),
            "kind": self.tr("Kind of meeting"),
            "title": self.tr("Title"),
            "starts_at": self.tr("Starts"),
            "ends_at": self.tr("Ends"),
            "location": self.tr("Place"),
            "online_link": self.tr("Online link"),
            "status": self.tr("Meeting status"),
            "minutes_status": self.tr("Minutes status"),
            "approved_on": self.tr("Approved on"),
            "approved_at": self.tr("Approved at the meeting"),
            "approval_note": self.tr("Note of approval"),
            "chair": self.tr("Chair"),
            "secretary": self.tr("Secretary"),
        }

    def _shown(self, field: str, value: object) -> str:
        """A kept value as the window shows it: a status in words, a person by name, a moment without its T."""
        if value is None or value == "":
            return "—"
        kinds = {"kind": MeetingKind, "status": MeetingStatus, "minutes_status": MinutesStatus}
        if field in kinds:
            return word(kinds[field](value))
        if field in ("chair", "secretary") and isinstance(value, int):
            return self._people.get(value, "—")
        if field in ("starts_at", "ends_at"):
            return str(value).replace("T", " ")  # 2026-11-16T10:00, as kept
        return str(value)
