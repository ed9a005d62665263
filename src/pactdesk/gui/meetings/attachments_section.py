"""The meeting's Attachments: files kept with the meeting or one of its items (services/attachments.py), added with
Add… or dropped from the system's file manager, opened with the system's application, saved elsewhere and removed;
adding and removing are undone with the window's Undo."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, Qt, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QDesktopServices,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pactdesk import config
from pactdesk.domain.errors import CancelledError, PactDeskError
from pactdesk.gui.common import settings as setting
from pactdesk.gui.common.background import Job, Progress
from pactdesk.gui.common.errors import show_error
from pactdesk.gui.common.undo import TakeBack
from pactdesk.gui.common.widgets import ChoiceBox, compact, fit_columns, wrapping_list
from pactdesk.gui.common.words import day_label, language
from pactdesk.services import attachments
from pactdesk.services.attachments import AttachmentRow, Removed
from pactdesk.store.database import Database


class AttachmentsSection(QWidget):
    touched = Signal(str)  # a file added or removed, or that undone: the meeting should be shown again

    NAME, ITEM, SIZE, KIND, BY, WHEN, FINGERPRINT = range(7)

    def __init__(self, database: Database, stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database, self._stack = database, stack
        self._settings = QSettings(str(config.settings_file()), QSettings.Format.IniFormat)
        self._ref: str | None = None
        self._frozen = True
        self._rows: list[AttachmentRow] = []
        self.job: Job | None = None  # files being attached
        self.setAcceptDrops(True)
        self.explanation = QLabel(
            self.tr(
                "Files kept with this meeting or one of its items, in the database: presentations, reports, signed "
                "minutes. Drop files here from your file manager, or press Add… to choose them."
            )
        )
        self.explanation.setWordWrap(True)
        self.files = QTreeWidget()
        self.files.setObjectName("meetingAttachments")
        self.files.setAccessibleName(self.tr("Files kept with the meeting"))
        self.files.setHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Item"),
                self.tr("Size"),
                self.tr("Type"),
                self.tr("Added by"),
                self.tr("Added"),
                self.tr("SHA-256"),
            ]
        )
        wrapping_list(self.files, self.NAME)  # a long name or item wraps rather than push the columns out of sight
        self.files.setTabKeyNavigation(False)
        self.files.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.files.itemSelectionChanged.connect(self._enable)
        self.files.itemActivated.connect(lambda *_: self.open_chosen())  # a double click, or Enter
        self.remove_key = QAction(self.tr("Remove"), self.files)
        self.remove_key.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.remove_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.remove_key.triggered.connect(self.remove_chosen)
        self.files.addAction(self.remove_key)

        self.item = compact(ChoiceBox(self.tr("Keep new files with")), 24)
        self.item.setObjectName("attachTo")
        item_label = QLabel(self.tr("&Item for new files:"))
        item_label.setBuddy(self.item)
        self.limit = QSpinBox()
        self.limit.setObjectName("attachmentLimit")
        self.limit.setAccessibleName(self.tr("Size limit of a file, in megabytes"))
        self.limit.setRange(1, setting.ATTACHMENT_LIMIT_MOST_MB)
        self.limit.setSuffix(" MB")
        self.limit.setValue(int(setting.ATTACHMENT_LIMIT.read(self._settings)))
        self.limit.setToolTip(self.tr("A larger file is refused; a PDF of the slides is usually far smaller"))
        self.limit.valueChanged.connect(self._keep_limit)
        limit_label = QLabel(self.tr("Size &limit:"))
        limit_label.setBuddy(self.limit)
        choices = QHBoxLayout()
        choices.addWidget(item_label)
        choices.addWidget(self.item, 1)
        choices.addSpacing(12)
        choices.addWidget(limit_label)
        choices.addWidget(self.limit)

        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.setObjectName("addAttachments")
        self.add_button.setToolTip(self.tr("Choose one or more files to keep with the meeting or the item chosen"))
        self.add_button.clicked.connect(self.choose_files)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setObjectName("openAttachment")
        self.open_button.setToolTip(self.tr("Open a copy with the application your system uses for its type"))
        self.open_button.clicked.connect(self.open_chosen)
        self.save_button = QPushButton(self.tr("&Save a copy…"))
        self.save_button.setObjectName("saveAttachment")
        self.save_button.clicked.connect(self.save_chosen)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setObjectName("removeAttachments")
        self.remove_button.setToolTip(self.tr("Take the files chosen out of the meeting; Edit → Undo puts them back"))
        self.remove_button.clicked.connect(self.remove_chosen)
        self.said = QLabel()
        self.said.setObjectName("attachmentsSaid")
        self.said.setWordWrap(True)
        self.said.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # a path, to copy
        self.said.setAccessibleName(self.tr("What was done last"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.open_button, self.save_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch()

        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.files, 1)
        layout.addLayout(choices)
        layout.addLayout(buttons)
        layout.addWidget(self.said)
        self._enable()

    # -- showing the meeting's files ---------------------------------------------------------------------------

    def show_meeting(self, ref: str, frozen: bool = False) -> None:
        """``frozen``: nothing can be added or removed (approved minutes, or a reader's login)."""
        chosen_item = self.item.value() if self._ref == ref else None
        chosen = {row.id for row in self.chosen()} if self._ref == ref else set()
        if self._ref != ref:
            self.said.clear()
        found = attachments.meeting_files(self._database, ref)
        self._ref, self._frozen, self._rows = ref, frozen or found.locked, found.rows
        self.item.clear()
        self.item.add_choice(self.tr("The whole meeting"), None)
        for choice in found.items:
            self.item.add_choice(f"{choice.position}. {choice.title}", choice.id)
        self.item.set_value(chosen_item)
        self.files.clear()
        entries = [self._entry(row) for row in found.rows]
        self.files.addTopLevelItems(entries)
        fit_columns(self.files, self.NAME)
        self.files.resizeColumnToContents(self.FINGERPRINT)  # twelve digits, never cut short
        # The item as wide as the name leaves it (the name keeps some twenty letters): on a laptop "3. Prospective
        # study on trends" takes three lines, on a large screen one or two.
        metrics = self.files.fontMetrics()
        letter = metrics.averageCharWidth()
        widest = max((metrics.horizontalAdvance(entry.text(self.ITEM)) for entry in entries), default=0) + 16
        others = sum(self.files.columnWidth(column) for column in (self.SIZE, self.KIND, self.BY, self.WHEN))
        room = self.files.viewport().width() - others - self.files.columnWidth(self.FINGERPRINT) - letter * 22
        item = min(widest, max(letter * 12, min(room, letter * 32)))
        self.files.setColumnWidth(self.ITEM, max(self.files.columnWidth(self.ITEM), item))
        self.select(chosen)
        self._enable()

    def _entry(self, row: AttachmentRow) -> QTreeWidgetItem:
        where = f"{row.item_position}. {row.item_title}" if row.item_position is not None else self.tr("Whole meeting")
        kind = Path(row.file_name).suffix.lstrip(".").upper() or row.media_type
        if row.executable:
            kind = self.tr("{0} (a program)").format(kind)
        size = _locale().formattedDataSize(row.size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)
        when = f"{day_label(row.created_at.date())} {row.created_at:%H:%M}"
        entry = QTreeWidgetItem([row.name, where, size, kind, row.created_by, when, f"{row.short_hash}…"])
        entry.setData(self.NAME, Qt.ItemDataRole.UserRole, row.id)
        entry.setToolTip(self.NAME, row.name)
        entry.setToolTip(self.ITEM, where)
        entry.setToolTip(self.KIND, row.media_type)
        entry.setToolTip(self.FINGERPRINT, self.tr("SHA-256 of the file: {0}").format(row.sha256))
        entry.setTextAlignment(self.SIZE, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return entry

    def chosen(self) -> list[AttachmentRow]:
        wanted = {item.data(self.NAME, Qt.ItemDataRole.UserRole) for item in self.files.selectedItems()}
        return [row for row in self._rows if row.id in wanted]

    def select(self, ids: set[int]) -> None:
        for number in range(self.files.topLevelItemCount()):
            entry = self.files.topLevelItem(number)
            if entry is not None:
                entry.setSelected(entry.data(self.NAME, Qt.ItemDataRole.UserRole) in ids)

    def _enable(self) -> None:
        chosen = len(self.files.selectedItems())
        open_to_change = self._ref is not None and not self._frozen
        self.add_button.setEnabled(open_to_change)
        self.item.setEnabled(open_to_change)
        self.limit.setEnabled(open_to_change)
        self.open_button.setEnabled(chosen > 0)
        self.save_button.setEnabled(chosen == 1)
        self.remove_button.setEnabled(open_to_change and chosen > 0)
        self.remove_key.setEnabled(self.remove_button.isEnabled())
        self.remove_button.setToolTip(
            self.tr("Approved minutes lock the meeting's files: reopen the minutes first, with a reason")
            if self._ref is not None and self._frozen
            else self.tr("Take the files chosen out of the meeting; Edit → Undo puts them back")
        )

    def _keep_limit(self, megabytes: int) -> None:
        setting.ATTACHMENT_LIMIT.write(self._settings, str(megabytes))

    # -- adding ----------------------------------------------------------------------------------------------

    def choose_files(self) -> None:
        """Add…: one or more files chosen in the system's file chooser."""
        if self._ref is None or self._frozen:
            return
        folder = setting.ATTACHMENTS_FOLDER.read(self._settings) or str(Path.home())
        chosen, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Attach files to {0}").format(self._ref), folder, self.tr("All files (*)")
        )
        if chosen:
            setting.ATTACHMENTS_FOLDER.write(self._settings, str(Path(chosen[0]).parent))
            self.add_files([Path(path) for path in chosen])

    def add_files(self, paths: Sequence[Path]) -> None:
        """Keep each file with the meeting or the item chosen, off the window's thread behind a progress dialog (a
        large file takes a second or more), as one step of Undo; a program is asked about first, and each file
        refused is said with why. Cancel stops before the next file; those kept so far stay, undoable."""
        ref = self._ref
        if ref is None or self._frozen or not paths or self.job is not None:
            return
        item_id = self.item.value()
        limit = self.limit.value() * attachments.MB
        chosen: list[tuple[Path, bool]] = []
        for path in paths:
            program = attachments.runs_when_opened(path)
            if program and not self._run_anyway(path.name, adding=True):
                continue
            chosen.append((path, program))
        if not chosen:
            return
        database = self._database

        def work(progress: Progress) -> tuple[list[AttachmentRow], list[str]]:
            added: list[AttachmentRow] = []
            refused: list[str] = []
            for number, (path, program) in enumerate(chosen):
                try:
                    progress(number, len(chosen))
                except CancelledError:
                    break
                try:
                    added.append(
                        attachments.attach(
                            database, ref, None, path, item_id=item_id, limit=limit, allow_executable=program
                        )
                    )
                except PactDeskError as error:
                    refused.append(str(error))
            return added, refused

        job = self.job = Job(self, self.tr("Attaching to {0}…").format(ref), work)
        job.succeeded.connect(lambda result: self._added(ref, *result))
        job.failed.connect(lambda error: show_error(self, error))
        job.finished.connect(self._job_done)
        job.start()

    def _job_done(self) -> None:
        self.job = None

    def _added(self, ref: str, added: list[AttachmentRow], refused: list[str]) -> None:
        if added:
            self._undoable_adding(ref, added)
            names = ", ".join(row.name for row in added)
            self.said.setText(self.tr("Kept with the meeting: {0}.").format(names))
        if refused:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Attachments"), "\n\n".join(refused), parent=self)
            box.exec()

    def _undoable_adding(self, ref: str, added: list[AttachmentRow]) -> None:
        """The files just kept, as one step of Undo (which takes them out again; Redo puts them back)."""
        label = (
            self.tr("Attach {0} to {1}").format(added[0].name, ref)
            if len(added) == 1
            else self.tr("Attach {0} files to {1}").format(len(added), ref)  # two or more: no plural form needed
        )
        self._push(
            label,
            [self._step(label, ref, row.id, removal=False) for row in added],
        )
        self.touched.emit(ref)
        self.select({row.id for row in added})
        self._enable()

    def _push(self, label: str, steps: list[TakeBack]) -> None:
        """One step of Undo for one file, or a step holding one for each of several."""
        if len(steps) == 1:
            self._stack.push(steps[0])
            return
        self._stack.beginMacro(label)
        try:
            for each in steps:
                self._stack.push(each)
        finally:
            self._stack.endMacro()

    def _step(
        self, label: str, ref: str, attachment_id: int, *, removal: bool, kept: Removed | None = None
    ) -> TakeBack:
        """Undo's step for one file: taken out by ``attachments.remove``, put back by ``attachments.put_back``."""
        database = self._database

        def take_out() -> Removed:
            return attachments.remove(database, attachment_id)

        def put_back(taken: Removed) -> object:
            return attachments.put_back(database, taken)

        return TakeBack(label, take_out, put_back, lambda: self.touched.emit(ref), removal=removal, kept=kept)

    def _run_anyway(self, name: str, *, adding: bool) -> bool:
        """Asked first, No by default: a program or script runs on the computer of whoever opens it."""
        text = (
            self.tr(
                "“{0}” is a program or a script: it would run on the computer of whoever opens it. Keep it with the "
                "meeting only if you trust where it came from."
            )
            if adding
            else self.tr(
                "“{0}” is a program or a script: opening it runs it on this computer. Open it only if you trust where "
                "it came from."
            )
        ).format(name)
        asked = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("A program"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        asked.button(QMessageBox.StandardButton.Yes).setText(self.tr("Attach it") if adding else self.tr("Open it"))
        asked.button(QMessageBox.StandardButton.No).setText(
            self.tr("Do not attach it") if adding else self.tr("Cancel")
        )
        asked.setDefaultButton(QMessageBox.StandardButton.No)
        return asked.exec() == QMessageBox.StandardButton.Yes

    # -- dropped from the file manager ----------------------------------------------------------------------------

    def _dropped_files(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> list[Path]:
        data = event.mimeData()
        if self._ref is None or self._frozen or not data.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._dropped_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._dropped_files(event)
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_files(paths)

    # -- opening, saving, removing ----------------------------------------------------------------------------------

    def open_chosen(self) -> None:
        """Open: a read-only copy of each file chosen, under a safe name, with the system's application; a program
        asked about first."""
        for row in self.chosen():
            if row.executable and not self._run_anyway(row.name, adding=False):
                continue
            try:
                copy = attachments.copy_for_opening(self._database, row.id)
            except PactDeskError as error:
                show_error(self, error)
                return
            if QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy))):
                self.said.setText(self.tr("Opened a copy of {0}: changes made there are not kept.").format(row.name))
            else:
                self.said.setText(
                    self.tr("No application on this computer opens {0}; a copy is at {1}.").format(row.name, copy)
                )

    def save_chosen(self) -> None:
        """Save a copy…: the file chosen, written where the person says, all at once."""
        chosen = self.chosen()
        if len(chosen) != 1:
            return
        row = chosen[0]
        folder = Path(setting.ATTACHMENTS_FOLDER.read(self._settings) or Path.home())
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy of {0}").format(row.name), str(folder / row.file_name)
        )
        if not target:
            return
        try:
            written = attachments.save_copy(self._database, row.id, Path(target))
        except PactDeskError as error:
            show_error(self, error)
            return
        setting.ATTACHMENTS_FOLDER.write(self._settings, str(written.parent))
        self.said.setText(self.tr("{0} saved to {1}.").format(row.name, written))

    def remove_chosen(self) -> None:
        """Remove: the files chosen taken out, as one step of Undo."""
        ref, chosen = self._ref, self.chosen()
        if ref is None or self._frozen or not chosen:
            return
        label = (
            self.tr("Remove {0} from {1}").format(chosen[0].name, ref)
            if len(chosen) == 1
            else self.tr("Remove {0} files from {1}").format(len(chosen), ref)
        )
        database = self._database
        taken: list[TakeBack] = []
        taken_names: list[str] = []
        try:
            for row in chosen:
                kept = attachments.remove(database, row.id)
                taken.append(self._step(label, ref, row.id, removal=True, kept=kept))
                taken_names.append(row.name)
        except PactDeskError as error:
            show_error(self, error)  # those taken out before it stay out, and are undone as one step
        if taken:
            self._push(label, taken)
            self.said.setText(
                self.tr("{0} removed; Edit → Undo puts it back.").format(taken_names[0])
                if len(taken_names) == 1
                else self.tr("{0} files removed; Edit → Undo puts them back.").format(len(taken_names))
            )
        self.touched.emit(ref)


def _locale() -> QLocale:
    """Sizes as the window's language writes them (1,5 MB in Portuguese)."""
    return QLocale("pt_PT") if language() == "pt" else QLocale("en_GB")
