"""Starting the window: the application object, the database the user chose, and a clean close."""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import shutil
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QMessageLogContext,
    QSettings,
    QTimer,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox

from pactdesk import __version__, config
from pactdesk.domain.errors import PactDeskError
from pactdesk.domain.language import set_display_language
from pactdesk.gui import quick_start
from pactdesk.gui.common import errors
from pactdesk.gui.common.errors import install_excepthook
from pactdesk.gui.common.words import language
from pactdesk.gui.main_window import MainWindow
from pactdesk.store.errors import PasswordNeededError
from pactdesk.store.location import DatabaseLocation, chosen

if TYPE_CHECKING:
    from pactdesk.store.database import Database

logger = logging.getLogger(__name__)


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def log_qt_messages() -> None:
    """Qt's own messages (warnings of its widgets, its platform plugins) go to PactDesk's log, not only to a
    terminal nobody sees."""
    qt_logger = logging.getLogger("qt")

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        where = f" ({context.category})" if context.category and context.category != "default" else ""
        qt_logger.log(_QT_LEVELS.get(kind, logging.WARNING), "%s%s", message, where)

    qInstallMessageHandler(handler)


def settings() -> QSettings:
    return QSettings(str(config.settings_file()), QSettings.Format.IniFormat)


LRELEASE_TIMEOUT_S = 60


def _lrelease() -> list[str] | None:
    """The command that compiles a .ts: the ``pyside6-lrelease`` beside the interpreter (PySide6 installs it with
    itself), else the ``lrelease`` PySide6 carries in its own folder; None when there is neither."""
    beside = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if beside:
        return [beside]
    import PySide6

    bundled = shutil.which("lrelease", path=str(Path(PySide6.__file__).parent))
    return [bundled] if bundled else None


def _stale(source: Path, built: Path) -> bool:
    try:
        return not built.is_file() or built.stat().st_mtime < source.stat().st_mtime
    except OSError:
        return True


def compile_translations(sources: list[Path], target: Path) -> bool:
    """Compile each .ts of ``sources`` whose .qm in ``target`` is missing or older; True when all of them are there
    and fresh. Each .qm is written beside its final name and moved over it, so a PactDesk starting at the same
    moment never reads half a file."""
    command = _lrelease()
    for source in sources:
        built = target / source.with_suffix(".qm").name
        if not _stale(source, built):
            continue
        if command is None:
            logger.warning("cannot compile %s: pyside6-lrelease is not installed beside %s", source, sys.executable)
            return False
        partial = target / f".{built.name}.{os.getpid()}.part"
        try:
            target.mkdir(parents=True, exist_ok=True)
            subprocess.run(
                [*command, "-silent", str(source), "-qm", str(partial)],
                check=True,
                capture_output=True,
                timeout=LRELEASE_TIMEOUT_S,
            )
            os.replace(partial, built)
        except (OSError, subprocess.SubprocessError) as error:
            details = getattr(error, "stderr", b"") or b""
            logger.warning(
                "cannot compile %s into %s: %s %s", source.name, target, error, details.decode(errors="replace")
            )
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
            return False
        logger.info("compiled %s into %s", source.name, built)
    return True


def translations_folder() -> Path:
    """The folder holding PactDesk's compiled translations (.qm), up to date with their .ts sources.

    A checkout has only the sources until ``make`` builds them, and whatever starts PactDesk without ``make``
    (``.venv/bin/pactdesk``) must still speak the user's language: a missing or older .qm is compiled first, into
    the resources' own folder, or, where that cannot be written (an installation the user cannot change), into the
    cache folder. When neither works the folder is returned as it is: the window starts in whatever it finds there,
    English at worst, and the log says why."""
    folder = config.resource_dir("resources") / "translations"
    sources = sorted(folder.glob("*.ts"))
    if not any(_stale(source, folder / source.with_suffix(".qm").name) for source in sources):
        return folder
    cache = config.cache_dir() / "translations"
    if sources and not any(_stale(source, cache / source.with_suffix(".qm").name) for source in sources):
        return cache  # compiled at an earlier start
    for target in (folder, cache):
        try:
            if compile_translations(sources, target):
                return target
        except Exception:  # the window starts, whatever goes wrong here
            logger.exception("cannot compile the translations into %s", target)
    return folder


def install_translations(app: QApplication, language: str | None = None) -> list[QTranslator]:
    """PactDesk's and Qt's own strings in the user's language, when a translation is there; English otherwise,
    whose translation holds only the plural forms ("1 meeting", "2 meetings")."""
    locale = QLocale(language) if language else QLocale.system()
    loaded = []
    folder = str(translations_folder())
    for translator_path, name in (
        (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), "qtbase"),
        (folder, "pactdesk"),
    ):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", translator_path) or (
            name == "pactdesk" and translator.load("pactdesk_en", folder)
        ):
            app.installTranslator(translator)
            loaded.append(translator)
    if not any(translator.filePath().startswith(folder) for translator in loaded):
        logger.warning("no PactDesk translation found in %s: the window speaks English", folder)
    return loaded


PASSWORD_TRIES = 3


def open_database(where: DatabaseLocation) -> Database | None:
    """The chosen database, opened for writing; on failure the user is told why and ``None`` returned. A team's
    server that asks a password the URL, PGPASSWORD and ~/.pgpass did not give is asked it here (kept in memory
    only: never in the settings, the log or a message)."""
    from pactdesk.services import workspace  # the database layer loads once the window is on screen

    tried = where
    for attempt in range(PASSWORD_TRIES + 1):
        try:
            return workspace.open_workspace(tried)
        except PasswordNeededError as error:
            logger.info("the server asks a password for %s", error.login)
            password = ask_password(error, refused=attempt > 0) if attempt < PASSWORD_TRIES else None
            if password is None:
                return None
            tried = where.with_password(password)
        except PactDeskError as error:
            logger.warning("cannot open the database: %s", error)
            title = QCoreApplication.translate("app", "PactDesk cannot open the database")
            QMessageBox.critical(None, title, str(error))
            return None
    return None


def ask_password(error: PasswordNeededError, *, refused: bool) -> str | None:
    """The password of ``error.login`` on the team's server, typed by the person; ``None`` if they cancel."""
    question = QCoreApplication.translate("app", "The team's database on {0} asks the password of {1}:").format(
        error.server, error.login
    )
    if refused:
        question = QCoreApplication.translate("app", "That password was refused.") + "\n\n" + question
    password, accepted = QInputDialog.getText(
        None, QCoreApplication.translate("app", "Password"), question, QLineEdit.EchoMode.Password
    )
    return password if accepted and password else None


class Termination:
    """A logout or shutdown (SIGTERM, SIGHUP) or Ctrl+C ends PactDesk in any state: every open message box or
    dialog is dismissed (it cannot be answered now), and the window closes as the user would close it: saved,
    backed up, unlocked. Installed before anything can ask a question."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.window: MainWindow | None = None
        for name in ("SIGTERM", "SIGINT", "SIGHUP"):
            if hasattr(signal, name):
                signal.signal(getattr(signal, name), lambda *_: QTimer.singleShot(0, self.end))
        # Python runs signal handlers only between bytecodes; a timer gives it the chance while Qt waits for events,
        # in the main loop and in a dialog's own loop alike.
        self._heartbeat = QTimer(app)
        self._heartbeat.timeout.connect(lambda: None)
        self._heartbeat.start(250)
        self.requested = False

    def end(self) -> None:
        self.requested = True
        if self.window is not None:
            self.window.terminating = True  # no question can be answered now
        modal = QApplication.activeModalWidget()
        if modal is not None:
            logger.info("closing %s for a shutdown signal", type(modal).__name__)
            modal.close()
            QTimer.singleShot(0, self.end)  # the next one, once this one's loop has returned
            return
        if self.window is not None and self.window.isVisible():
            self.window.close()
        else:
            self.app.quit()


@dataclass(frozen=True)
class PresentRequest:
    """``pactdesk present``: the meeting to present, and the wall's screen (1-based; ``None``: the best one)."""

    ref: str
    screen: int | None = None


def start_presenting(window: MainWindow, present: PresentRequest) -> bool:
    """The room view of ``present.ref`` in a window that has its database; ``False`` if that meeting is gone."""
    window.show_meeting(present.ref)
    if window.current_meeting_ref() != present.ref:
        QMessageBox.warning(
            window,
            QCoreApplication.translate("app", "PactDesk"),
            QCoreApplication.translate("app", "There is no meeting {0} to present.").format(present.ref),
        )
        return False
    note = window.start_presenting(present.screen)
    if note:
        print(f"pactdesk: {note}", file=sys.stderr)
    return window.presentation is not None


def run_gui(args: argparse.Namespace, *, present: PresentRequest | None = None) -> int:
    """The window first, with the lists of the last session when the database has not changed since (a start-up
    snapshot); then the database opens and the window comes alive, presenting ``present`` if given. Returns the
    process's exit status."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(config.APP_NAME)
    app.setDesktopFileName(config.APP_ID)  # Wayland ties the window to its menu entry and icon by this id
    app.setOrganizationName(config.APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(config.resource_dir("resources") / "icons" / "pactdesk.svg")))
    install_translations(app, os.environ.get("PACTDESK_LANGUAGE"))
    set_display_language(language())  # the catalogue's names in the language the window speaks
    install_excepthook()
    log_qt_messages()
    termination = Termination(app)
    try:
        where = chosen(args.db, args.database_url)
    except PactDeskError as error:
        QMessageBox.critical(None, QCoreApplication.translate("app", "PactDesk cannot open the database"), str(error))
        return 1
    window = MainWindow(None, settings(), location=where, snapshot=quick_start.load(where))
    window.show()
    termination.window = window
    opened: list[Database] = []
    failed: list[bool] = []

    def open_and_attach() -> None:
        if not window.isVisible():  # closed before the database was opened
            return
        database = open_database(where)
        if database is None:
            failed.append(True)
            window.close()
            return
        opened.append(database)
        window.attach(database)
        logger.info("ready: the window works on %s", where.describe())  # benchmarks/startup.py waits for this
        install_excepthook(save_work=window.save_pending)
        errors.on_server_lost = lambda sentence: window.show_message(sentence, 10_000)
        for notice in database.notices:
            QMessageBox.warning(window, QCoreApplication.translate("app", "PactDesk"), notice)
        if present is not None:
            start_presenting(window, present)

    QTimer.singleShot(0, open_and_attach)  # after the first paint
    status = app.exec()
    if failed:
        return 1
    if not opened:
        return status
    snapshot = None
    try:
        snapshot = window.start_snapshot()
    except PactDeskError as error:
        logger.info("no start-up snapshot: %s", error)
    warning = opened[0].close()
    if warning:
        print(f"pactdesk: {warning}", file=sys.stderr)
    if snapshot is not None:
        quick_start.save(where, snapshot)
    return status
