"""Who wrote a record, and when: the stamps of ``Tracked`` records on a laptop's file.

A file has one person at a time, named in the settings (by default the name the operating system knows them by),
and PactDesk stamps each record it inserts or changes with that name and the time. On a server the server stamps
them itself from its ``current_user`` (migration 0005's trigger), whatever a client sends."""

from __future__ import annotations

import getpass
import os
import sys
from datetime import datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from pactdesk.domain.models import Tracked


def os_user_name() -> str:
    """The signed-in person's full name as the operating system knows it, else their login."""
    login = _login()
    if sys.platform == "win32":
        full = _windows_display_name()
    else:
        full = _passwd_full_name()
    return full or login


def _login() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry and no LOGNAME/USER (a container)
        return os.environ.get("USERNAME", "")


def _passwd_full_name() -> str:
    try:
        import pwd

        gecos = pwd.getpwuid(os.getuid()).pw_gecos
    except (ImportError, KeyError, OSError):
        return ""
    return gecos.split(",")[0].strip()


def _windows_display_name() -> str:  # pragma: no cover - Windows only
    import ctypes

    name_display = 3  # EXTENDED_NAME_FORMAT.NameDisplay
    size = ctypes.c_ulong(0)
    secur32 = ctypes.windll.secur32  # type: ignore[attr-defined]
    secur32.GetUserNameExW(name_display, None, ctypes.byref(size))
    if not size.value:
        return ""
    buffer = ctypes.create_unicode_buffer(size.value)
    if not secur32.GetUserNameExW(name_display, buffer, ctypes.byref(size)):
        return ""
    return buffer.value.strip()


def stamp(session: Session, _context: Any, _instances: Any) -> None:
    """``before_flush``: the author in ``session.info`` and the time on every new or changed tracked record (on a
    laptop's file; a server stamps them itself, and the ORM reads its stamps back)."""
    if session.get_bind().dialect.name != "sqlite":
        return
    author = session.info.get("author", "")
    now = datetime.now().replace(microsecond=0)
    for record in session.new:
        if isinstance(record, Tracked):
            record.created_by = author
            record.updated_by, record.updated_at = author, now
    for record in session.dirty:
        if isinstance(record, Tracked) and session.is_modified(record, include_collections=False):
            record.updated_by, record.updated_at = author, now


def writer(session: Session) -> str:
    """Who this session writes as: the author in ``session.info`` on a laptop's file, the login on a server (as the
    server stamps it)."""
    if session.get_bind().dialect.name == "sqlite":
        return str(session.info.get("author", ""))
    return str(session.scalar(text("SELECT session_user")))
