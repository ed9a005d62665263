"""Logging to a rotating file in the platform's log folder (and to stderr when asked)."""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
from pathlib import Path
from typing import IO

from pactdesk import config

LOG_NAME = "pactdesk.log"
CRASH_NAME = "pactdesk-crash.log"
_crash_file: list[IO[str]] = []  # kept open for the life of the process: faulthandler writes to it on a crash


def log_file() -> Path:
    return config.log_dir() / LOG_NAME


def setup(*, verbose: bool = False) -> Path | None:
    """Send PactDesk's log to the rotating file; returns the file, or None when its folder cannot be written. Called
    again (a second command in one process), it replaces the handlers it added before instead of adding more."""
    stop()
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    if verbose:
        console = logging.StreamHandler()
        console.set_name("pactdesk-console")
        console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        root.addHandler(console)
    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    except OSError:
        return None
    handler.set_name("pactdesk-file")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    _trace_crashes(path.with_name(CRASH_NAME))
    return path


def stop() -> None:
    """Close the log's file (a command that logged into a folder it is about to remove)."""
    root = logging.getLogger()
    for handler in [handler for handler in root.handlers if (handler.get_name() or "").startswith("pactdesk")]:
        root.removeHandler(handler)
        handler.close()


def _trace_crashes(path: Path) -> None:
    """A crash inside Qt or another C library (a segmentation fault, an abort) leaves every thread's Python stack
    in ``pactdesk-crash.log`` beside the log, where the rotating log cannot be written safely any more."""
    if _crash_file:
        return
    try:
        crash = open(path, "a", encoding="utf-8")  # noqa: SIM115 - open until the process ends
    except OSError:
        return
    _crash_file.append(crash)
    faulthandler.enable(file=crash, all_threads=True)
