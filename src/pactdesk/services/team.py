"""The people of a team database by the names the team knows them by.

A server stamps records with the login that wrote them; ``pactdesk user add`` records each login's name
(``team_member``). A laptop's file stamps names already and records none, so a name comes back as it is."""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from pactdesk.domain.models import team_member

_NAMES = "team_names"  # every login's name: in session.info for the session, in its "kept" for a while after
NAMES_KEPT_S = 60.0  # how long the names read once serve the next sessions (a round trip saved at every save)


def display_name(session: Session, login: str) -> str:
    """The name recorded for ``login``, else ``login`` itself (a name already, on a laptop's file)."""
    if not login:
        return login
    names: dict[str, str] | None = session.info.get(_NAMES)
    if names is None:
        # Database.kept, shared by its sessions: on a server (a round trip saved); a file reads its own at once.
        kept: dict[str, Any] | None = session.info.get("kept") if session.get_bind().dialect.name != "sqlite" else None
        read_at, names = kept.get(_NAMES, (0.0, None)) if kept is not None else (0.0, None)
        if names is None or time.monotonic() - read_at > NAMES_KEPT_S:
            names = _read_names(session)
            if kept is not None:
                kept[_NAMES] = (time.monotonic(), names)
        session.info[_NAMES] = names
    return names.get(login) or login


def _read_names(session: Session) -> dict[str, str]:
    try:
        return {row.login: row.name for row in session.execute(select(team_member.c.login, team_member.c.name))}
    except DBAPIError:
        if session.get_bind().dialect.name != "sqlite":
            raise
        return {}  # a file of an older schema, opened only to read: it has no team, and stamped names
