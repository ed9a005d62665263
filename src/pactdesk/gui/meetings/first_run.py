"""A new database's first steps, on the editor's empty page; and the demo, opened in a window of its own."""

from __future__ import annotations

import logging
import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QProcess, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from pactdesk import config
from pactdesk.domain.errors import PactDeskError
from pactdesk.gui.common.background import Job, Progress
from pactdesk.gui.common.errors import show_error
from pactdesk.gui.common.words import language as window_language

logger = logging.getLogger(__name__)

DEMO_FILE = "demo-{language}.sqlite"  # one per language: the demo is written in the window's


class FirstSteps(QScrollArea):
    """What to do first in a database that holds no meeting yet: say who sits on the committee and add the
    cluster's people, or import the workbook the secretariat already keeps, or look around in the demo; then make
    the first meeting. Each step has its button (the window answers its signal)."""

    directory_wanted = Signal()
    import_wanted = Signal()
    demo_wanted = Signal()
    new_meeting_wanted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstSteps")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        page = QWidget()
        layout = QVBoxLayout(page)
        heading = QLabel(self.tr("<h3>A new database: where to begin</h3>"))
        heading.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(
            self._text(
                self.tr(
                    "It already holds the 18 clusters with their management entities, the committee's seats, the "
                    "pacts' goals and the output types. Who is who is up to you:"
                )
            )
        )
        self.buttons: dict[str, QPushButton] = {}
        for name, text, button, signal in (
            (
                "directory",
                self.tr(
                    "1. Say who sits on the committee (the chair and members a–h) and add the cluster's people. "
                    "Each new meeting then lists them for attendance, and offers them as chair and secretary."
                ),
                self.tr("&People and organisations…"),
                self.directory_wanted,
            ),
            (
                "import",
                self.tr("Or bring in what the secretariat already keeps in a PactDesk workbook (.xlsx or .ods)."),
                self.tr("&Import a workbook…"),
                self.import_wanted,
            ),
            (
                "demo",
                self.tr(
                    "Or look around first: the demo holds three years of made-up meetings, minutes and actions. "
                    "It opens in a window of its own; this database stays as it is."
                ),
                self.tr("Open the &demo"),
                self.demo_wanted,
            ),
            (
                "meeting",
                self.tr("2. Then make the cluster's first meeting (Ctrl+N): its attendance starts from the committee."),
                self.tr("&New meeting…"),
                self.new_meeting_wanted,
            ),
        ):
            layout.addSpacing(6)
            layout.addWidget(self._text(text))
            push = QPushButton(button)
            push.setObjectName(f"firstStep_{name}")
            push.clicked.connect(signal.emit)
            self.buttons[name] = push
            layout.addWidget(push, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch()
        self.setWidget(page)

    @staticmethod
    def _text(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        return label


def demo_path(language: str | None = None) -> Path:
    """Where the demo in ``language`` (the window's, when not given) is kept: in the data folder, built once."""
    return config.data_dir() / DEMO_FILE.format(language=language or window_language())


def demo_command(path: Path) -> tuple[str, list[str]]:
    """The program and arguments that open PactDesk on ``path``: the installed program, or this Python."""
    if getattr(sys, "frozen", False):  # a packaged PactDesk is its own program
        return sys.executable, ["--db", str(path)]
    return sys.executable, ["-m", "pactdesk", "--db", str(path)]


def start_detached(program: str, arguments: list[str]) -> bool:
    """Start ``program`` as a process of its own, which goes on when this one ends."""
    started = QProcess.startDetached(program, arguments)
    return bool(started[0] if isinstance(started, tuple) else started)


def open_demo(parent: QWidget) -> Job | None:
    """Open the demo in a PactDesk window of its own, building it first (off the GUI thread) if it is not there.
    Returns the job building it, if one had to (``None`` when the demo was there already)."""
    written_in = window_language()
    path = demo_path(written_in)

    def launch() -> None:
        program, arguments = demo_command(path)
        if not start_detached(program, arguments):
            message = QCoreApplication.translate("FirstSteps", "PactDesk could not open a window on the demo ({0}).")
            show_error(parent, PactDeskError(message.format(path)))
            return
        logger.info("opened the demo at %s", path)

    if path.exists():
        launch()
        return None

    def build(progress: Progress) -> None:
        from pactdesk.services import demo, workspace

        # Made in a folder of its own and moved in whole: a demo cut short is never opened as the demo.
        making = path.with_name(".demo-being-made")
        shutil.rmtree(making, ignore_errors=True)
        making.mkdir(parents=True)
        try:
            database = workspace.open_workspace(workspace.location(str(making / path.name)))
            try:
                demo.build_demo(database, progress=progress, language=written_in)
            finally:
                database.close()
            (making / path.name).replace(path)
        finally:
            shutil.rmtree(making, ignore_errors=True)

    job = Job(parent, QCoreApplication.translate("FirstSteps", "Making the demo…"), build)
    job.succeeded.connect(lambda _: launch())
    job.failed.connect(lambda error: show_error(parent, error))
    job.start()
    return job
