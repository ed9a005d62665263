"""The one place unexpected errors go: logged, then shown with details a person can copy."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from pactdesk import logs
from pactdesk.domain.errors import PactDeskError
from pactdesk.store.errors import ServerUnreachableError

logger = logging.getLogger(__name__)

# Where a read that found the team's server gone is said (the window's status line), instead of a box per click.
on_server_lost: Callable[[str], None] | None = None


def server_lost_sentence() -> str:
    return QCoreApplication.translate(
        "errors", "The server cannot be reached; your text is kept here. PactDesk tries again."
    )


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """A domain or store error as its plain sentence; anything else with copyable details."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("errors", "PactDesk"))
    if isinstance(error, ServerUnreachableError):
        box.setText(server_lost_sentence())
    elif isinstance(error, PactDeskError):
        box.setText(str(error))
    else:
        box.setText(
            QCoreApplication.translate(
                "errors", "Something unexpected went wrong. Your saved work is safe.\n\nThe details are also in {0}."
            ).format(logs.log_file())
        )
        box.setDetailedText("".join(traceback.format_exception(error)))
    box.setTextInteractionFlags(box.textInteractionFlags())
    box.exec()


def install_excepthook(save_work: Callable[[], None] | None = None) -> None:
    """Log any unexpected error, save what was typed (``save_work``), then show the error with its details."""

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        if isinstance(error, ServerUnreachableError) and on_server_lost is not None:
            logger.info("a read found the server gone: %s", error)
            on_server_lost(server_lost_sentence())
            return
        logger.error("unexpected error", exc_info=(kind, error, trace))
        if save_work is not None:
            try:
                save_work()
            except Exception:
                logger.exception("could not save the typed work after an unexpected error")
        if QApplication.instance() is not None:
            show_error(QApplication.activeWindow(), error)

    sys.excepthook = hook
