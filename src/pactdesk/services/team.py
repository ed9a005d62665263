"""The people of a team database by the names the team knows them by.

A server stamps records with the login that wrote them; ``pactdesk user add`` records each login's name
(``team_member``). A laptop's file stamps names already and records none, so a name comes back as it is."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from pactdesk.domain.models import team_member

_NAMES = "team_names"  # in session.info: every login's name, read once per session


def display_name(session: Session, login: str) -> str:
    """The name recorded for ``login``, else ``login`` itself (a name already, on a laptop's file)."""
    if not login:
        return login
    names: dict[str, str] | None = session.info.get(_NAMES)
    if names is None:
        try:
            names = {row.login: row.name for row in session.execute(select(team_member.c.login, team_member.c.name))}
        except DBAPIError:
            if session.get_bind().dialect.name != "sqlite":
                raise
            names = {}  # a file of an older schema, opened only to read: it has no team, and stamped names
        session.info[_NAMES] = names
    return names.get(login) or login
