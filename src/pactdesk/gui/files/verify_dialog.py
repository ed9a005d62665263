"""File → Verify a PDF…: what a PDF turned out to be, said plainly. A large sentence under a headline and an icon
whose shape (a tick, a warning, a stop) says it as well as its colour; the meeting, the version, its status and the
fingerprint as text that can be selected and copied; the signatures; and a button to open the meeting when it is in
this database."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from pactdesk.gui.common.words import word

if TYPE_CHECKING:
    from pactdesk.services.proof import Verdict

SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
ICON_SIZE = 48


class VerifyDialog(QDialog):
    """The verdict on one file; ``wanted`` is the meeting to open when the person asks for it."""

    def __init__(self, verdict: Verdict, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verifyDialog")
        self.setWindowTitle(self.tr("Verify a PDF — {0}").format(file_name))
        self.verdict = verdict
        self.wanted: str | None = None

        headline_text, icon = self._headline()
        self.icon = QLabel()
        self.icon.setObjectName("verifyIcon")
        self.icon.setPixmap(self.style().standardIcon(icon).pixmap(ICON_SIZE, ICON_SIZE))
        self.icon.setAccessibleName(headline_text)
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.headline = QLabel(headline_text)
        self.headline.setObjectName("verifyHeadline")
        bold = self.headline.font()
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        self.headline.setFont(bold)
        self.sentence = QLabel(verdict.sentence)
        self.sentence.setObjectName("verifySentence")
        self.sentence.setWordWrap(True)
        self.sentence.setTextInteractionFlags(SELECTABLE)
        large = self.sentence.font()
        large.setPointSizeF(large.pointSizeF() * 1.3)
        self.sentence.setFont(large)
        said = QVBoxLayout()
        said.addWidget(self.headline)
        said.addWidget(self.sentence)
        top = QHBoxLayout()
        top.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(said, 1)

        self.details = QFormLayout()
        self.fields: dict[str, QLabel] = {}
        if verdict.ref:
            self._add("meeting", self.tr("Meeting:"), verdict.ref)
        if verdict.version is not None:
            self._add("version", self.tr("Version:"), str(verdict.version))
        if verdict.minutes_status is not None:
            self._add("status", self.tr("Status of the minutes:"), word(verdict.minutes_status))
        if verdict.fingerprint:
            self._add("fingerprint", self.tr("Fingerprint (SHA-256):"), verdict.fingerprint, fixed=True)
        self._add("file", self.tr("File:"), file_name)
        self._add("sha256", self.tr("The file's SHA-256:"), verdict.sha256, fixed=True)
        self._add("signatures", self.tr("Signatures:"), self._signatures())

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.open_button: QPushButton | None = None
        if verdict.in_database and verdict.ref:
            self.open_button = self.buttons.addButton(
                self.tr("&Open the meeting"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.open_button.setObjectName("verifyOpenMeeting")
            self.open_button.clicked.connect(self._open_meeting)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))  # Qt has no pt-PT of its own
        close.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addLayout(self.details)
        layout.addWidget(self.buttons)
        self.resize(max(640, self.sizeHint().width()), self.sizeHint().height())

    def _headline(self) -> tuple[str, QStyle.StandardPixmap]:
        from pactdesk.services.proof import Finding

        pixmap = QStyle.StandardPixmap
        what = self.verdict.what
        if what is Finding.ARCHIVED:
            return self.tr("Verified: the approved minutes, unchanged"), pixmap.SP_DialogApplyButton
        if what is Finding.SIGNED_COPY:
            return self.tr("Verified: a signed copy of the approved minutes"), pixmap.SP_DialogApplyButton
        if what is Finding.CHANGED:
            return self.tr("Changed after it was written"), pixmap.SP_MessageBoxCritical
        if what is Finding.OTHER_VERSION:
            return self.tr("Not the approved minutes in force"), pixmap.SP_MessageBoxWarning
        if what is Finding.UNKNOWN_MEETING:
            return self.tr("Not in this database"), pixmap.SP_MessageBoxWarning
        if what is Finding.NOT_OURS:
            return self.tr("Not one of PactDesk's PDFs"), pixmap.SP_MessageBoxWarning
        return self.tr("Not a readable PDF"), pixmap.SP_MessageBoxCritical

    def _add(self, name: str, label: str, text: str, *, fixed: bool = False) -> None:
        value = QLabel(text)
        value.setObjectName(f"verify_{name}")
        value.setTextInteractionFlags(SELECTABLE)
        value.setWordWrap(not fixed)
        value.setAccessibleName(label.rstrip(":"))
        if fixed:
            value.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.addRow(label, value)
        self.fields[name] = value

    def _signatures(self) -> str:
        """Each signature's own sentence (who, when, intact or changed after, whether an authority vouches for its
        certificate), in the window's language (services/signing.py says it)."""
        if not self.verdict.signatures:
            return self.tr("None")
        return "\n".join(signature.summary for signature in self.verdict.signatures)

    def _open_meeting(self) -> None:
        self.wanted = self.verdict.ref
        self.accept()

    @classmethod
    def show_verdict(cls, parent: QWidget | None, verdict: Verdict, file_name: str) -> tuple[str | None, bool]:
        """Show ``verdict`` until closed; the meeting to open (when asked for) and whether it was."""
        dialog = cls(verdict, file_name, parent)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.wanted, accepted
        finally:
            dialog.deleteLater()
