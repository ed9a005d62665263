"""Which database PactDesk talks to: a SQLite file, or any SQLAlchemy URL (PostgreSQL for a team)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pactdesk import config
from pactdesk.domain.messages import say
from pactdesk.store.errors import StoreError


@dataclass(frozen=True)
class DatabaseLocation:
    url: str
    path: Path | None = None  # the file, when the database is a SQLite file

    @classmethod
    def for_file(cls, path: Path | str) -> DatabaseLocation:
        resolved = Path(path).expanduser().absolute()
        return cls(url=f"sqlite+pysqlite:///{resolved}", path=resolved)

    @classmethod
    def for_url(cls, url: str) -> DatabaseLocation:
        from sqlalchemy.engine import make_url  # here, not on top: a file needs no URL parsing, and starts faster
        from sqlalchemy.exc import ArgumentError

        try:
            parsed = make_url(url)
        except ArgumentError:
            raise StoreError(
                say(
                    "“{url}” is not a database URL; write it like postgresql+psycopg://user@host/pactdesk.",
                    "«{url}» não é um URL de base de dados; escreva-o como "
                    "postgresql+psycopg://utilizador@servidor/pactdesk.",
                    url=url,
                )
            ) from None
        if parsed.get_backend_name() == "sqlite":
            if not parsed.database or parsed.database == ":memory:":
                raise StoreError(
                    say(
                        "A SQLite database URL must name a file, like sqlite:////home/me/pactdesk.sqlite.",
                        "Um URL de base de dados SQLite tem de indicar um ficheiro, como "
                        "sqlite:////home/eu/pactdesk.sqlite.",
                    )
                )
            return cls.for_file(parsed.database)
        return cls(url=url)

    @property
    def is_sqlite(self) -> bool:
        return self.path is not None

    def describe(self) -> str:
        """The file path, or the URL without its password."""
        if self.path is not None:
            return str(self.path)
        from sqlalchemy.engine import make_url

        return make_url(self.url).render_as_string(hide_password=True)

    def with_password(self, password: str) -> DatabaseLocation:
        """The same server database, signing in with ``password`` (typed into the window; never written anywhere)."""
        from sqlalchemy.engine import make_url

        return DatabaseLocation(url=make_url(self.url).set(password=password).render_as_string(hide_password=False))

    def scrubbed(self, text: str) -> str:
        """``text`` (an error message, say) with the URL's password, if it has one, replaced by ***."""
        if self.path is not None:
            return text
        from sqlalchemy.engine import make_url

        password = make_url(self.url).password
        if not password:
            return text
        from urllib.parse import quote

        text = text.replace(self.url, self.describe())
        return text.replace(str(password), "***").replace(quote(str(password), safe=""), "***")


def chosen(db: str | None = None, url: str | None = None) -> DatabaseLocation:
    """The database chosen by ``--db``/``--database-url``, else the environment, else the default file."""
    chosen_url, path = config.database_target(db, url)
    if chosen_url is not None:
        return DatabaseLocation.for_url(chosen_url)
    assert path is not None
    return DatabaseLocation.for_file(path)
