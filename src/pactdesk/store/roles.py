"""Who may do what on a team database: the two groups PactDesk gives its tables to, the logins in them, and the
names the team knows them by (``team_member``).

The server enforces it: a secretary's login belongs to ``pactdesk_secretary`` (read and write), a reader's to
``pactdesk_reader`` (read only), and neither may write ``team_member`` or the schema version, nor change a table
(which is how the server's stamps of who wrote what could be switched off). Whoever administers the database (the
login that owns its tables, allowed to create roles) adds people with ``pactdesk user add``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection, select, text

from pactdesk.domain.messages import say
from pactdesk.domain.models import Base, team_member
from pactdesk.store.errors import StoreError

SECRETARY = "pactdesk_secretary"
READER = "pactdesk_reader"
GROUPS = {"secretary": SECRETARY, "reader": READER}

# Tables every member reads and nobody but their owner writes: the names behind the logins, the schema version.
READ_ONLY_FOR_ALL = ("team_member", "alembic_version")
# Tables a secretary adds rows to and never changes or deletes from: the audit log (store/audit.py). Erasing a person
# blanks the payloads that named them, so a secretary may set ``payload``, and nothing else; a payload changed to
# anything but NULL no longer matches its SHA-256, which ``pactdesk audit verify`` reports.
APPEND_ONLY = ("audit_entry",)

# A login as people type it in a URL or in psql without quotes, and as PostgreSQL allows it (63 bytes at most).
_LOGIN = re.compile(r"[A-Za-z_][A-Za-z0-9_.@-]{0,62}")


@dataclass(frozen=True)
class Member:
    login: str
    name: str
    role: str  # "secretary" or "reader", as recorded
    can_sign_in: bool  # the login exists on the server and may sign in
    in_group: bool  # the login belongs to its role's group


def _quote(connection: Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote_identifier(name)


def _missing_groups(connection: Connection) -> list[str]:
    found = set(
        connection.scalars(
            text("SELECT rolname FROM pg_roles WHERE rolname IN (:a, :b)"), {"a": SECRETARY, "b": READER}
        )
    )
    return [group for group in (SECRETARY, READER) if group not in found]


def may_create_roles(connection: Connection) -> bool:
    return bool(connection.scalar(text("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user")))


def owns_the_tables(connection: Connection) -> bool:
    """Whether this login owns every PactDesk table (or belongs to the role that does, or is a superuser)."""
    names = [table.name for table in Base.metadata.sorted_tables]
    return bool(
        connection.scalar(
            text(
                "SELECT coalesce(bool_and(pg_has_role(current_user, c.relowner, 'MEMBER')), false) FROM pg_class c "
                "WHERE c.relnamespace = current_schema()::regnamespace AND c.relname = ANY(:names)"
            ),
            {"names": names},
        )
    )


def table_owner(connection: Connection) -> str:
    """The login that owns the team database's tables (who ran ``pactdesk init``, usually)."""
    return str(
        connection.scalar(
            text(
                "SELECT pg_get_userbyid(c.relowner) FROM pg_class c "
                "WHERE c.relnamespace = current_schema()::regnamespace AND c.relname = 'alembic_version'"
            )
        )
        or say("the owner of the database", "o responsável pela base de dados")
    )


def set_up(connection: Connection) -> str | None:
    """Make the two groups when missing and give them PactDesk's tables; returns a sentence when this login may not
    (the database works, but nobody can be added until whoever may runs ``pactdesk user add``)."""
    missing = _missing_groups(connection)
    if missing and not may_create_roles(connection):
        return say(
            "The groups {secretary} and {reader} were not made: your login may not create roles. Whoever administers "
            "the server can make them by running pactdesk user add once.",
            "Os grupos {secretary} e {reader} não foram criados: o seu nome de utilizador não pode criar papéis. Quem "
            "administra o servidor pode criá-los, executando uma vez pactdesk user add.",
            secretary=SECRETARY,
            reader=READER,
        )
    for group in missing:
        connection.execute(text(f"CREATE ROLE {_quote(connection, group)} NOLOGIN"))
    if not owns_the_tables(connection):
        return say(
            "The groups were not given PactDesk's tables: only their owner ({owner}) may; running pactdesk user add "
            "with that login does it.",
            "Os grupos não receberam as tabelas do PactDesk: só o responsável por elas ({owner}) o pode fazer, "
            "executando pactdesk user add com esse nome de utilizador.",
            owner=table_owner(connection),
        )
    grant(connection)
    return None


def grant(connection: Connection) -> None:
    """Give the groups what they need, and no more: secretaries read and write the record (its ids come from
    sequences) and add to the audit log, readers read; both read the team's names, the schema version and the audit
    log, which neither may change."""

    def q(name: str) -> str:
        return _quote(connection, name)

    secretary, reader = q(SECRETARY), q(READER)
    schema = str(connection.scalar(text("SELECT current_schema()")))
    database = str(connection.scalar(text("SELECT current_database()")))
    others = (*READ_ONLY_FOR_ALL, *APPEND_ONLY)
    record = [q(table.name) for table in Base.metadata.sorted_tables if table.name not in others]
    everyone_reads = [q(name) for name in READ_ONLY_FOR_ALL]
    appended = ", ".join(q(name) for name in APPEND_ONLY)
    statements = [
        f"GRANT CONNECT ON DATABASE {q(database)} TO {secretary}, {reader}",
        f"GRANT USAGE ON SCHEMA {q(schema)} TO {secretary}, {reader}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON {', '.join(record)} TO {secretary}",
        f"GRANT SELECT ON {', '.join(record + everyone_reads)}, {appended} TO {reader}, {secretary}",
        f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON {', '.join(everyone_reads)} FROM {secretary}, {reader}",
        # Revoking UPDATE on a table revokes it on each of its columns too: the one column is granted after.
        f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON {appended} FROM {secretary}, {reader}",
        f"GRANT INSERT, UPDATE (payload) ON {appended} TO {secretary}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {q(schema)} TO {secretary}",
        f"GRANT SELECT ON ALL SEQUENCES IN SCHEMA {q(schema)} TO {reader}",  # a reader's backup copies them
    ]
    for statement in statements:
        connection.execute(text(statement))


def grant_if_set_up(connection: Connection) -> None:
    """After a schema step: the groups, when the database has them, get the tables the step added."""
    if not _missing_groups(connection) and owns_the_tables(connection):
        grant(connection)


def check_login(login: str) -> str:
    login = login.strip()
    if not _LOGIN.fullmatch(login) or login.lower().startswith("pg_") or login in GROUPS.values():
        raise StoreError(
            say(
                "“{login}” cannot be a login: use letters, digits and _ . @ - (up to 63, starting with a letter), not "
                "starting with pg_ and not {secretary} or {reader}.",
                "«{login}» não pode ser um nome de utilizador: use letras, algarismos e _ . @ - (até 63, a começar por "
                "uma letra), sem começar por pg_ e sem ser {secretary} nem {reader}.",
                login=login,
                secretary=SECRETARY,
                reader=READER,
            )
        )
    return login


def add_member(connection: Connection, login: str, name: str, role: str) -> bool:
    """Give ``login`` the ``role`` and record ``name`` for it, in the caller's transaction. Returns whether the login
    was made here (``False``: it existed, with whatever password it has, and now belongs to the team)."""
    login = check_login(login)
    name = " ".join(name.split())
    if not name or len(name) > 200:
        raise StoreError(
            say(
                "Give the person's name as the team should see it (up to 200 characters), like “Ana Lopes”.",
                "Indique o nome da pessoa tal como a equipa o deve ver (até 200 caracteres), como «Ana Lopes».",
            )
        )
    if role not in GROUPS:
        raise StoreError(
            say(
                "The role is secretary (reads and writes) or reader (reads and exports).",
                "O papel é secretary (lê e escreve) ou reader (lê e exporta).",
            )
        )
    if not may_create_roles(connection) or not owns_the_tables(connection):
        raise StoreError(
            say(
                "Only whoever administers the team database (the login that owns its tables, {owner}, allowed to "
                "create roles) can add people; nothing was changed.",
                "Só quem administra a base de dados da equipa (o nome de utilizador responsável pelas suas tabelas, "
                "{owner}, com permissão para criar papéis) pode acrescentar pessoas; nada foi alterado.",
                owner=table_owner(connection),
            )
        )
    known = connection.execute(select(team_member).where(team_member.c.login == login)).first()
    if known is not None:
        raise StoreError(
            say(
                "{login} is already on this team, as {name} ({role}); nothing was changed. Choose another login for "
                "someone else.",
                "{login} já faz parte desta equipa, como {name} ({role}); nada foi alterado. Escolha outro nome de "
                "utilizador para outra pessoa.",
                login=login,
                name=known.name,
                role=known.role,
            )
        )
    set_up(connection)
    existing = connection.execute(
        text("SELECT rolcanlogin FROM pg_roles WHERE rolname = :login"), {"login": login}
    ).first()
    if existing is not None and not existing.rolcanlogin:
        raise StoreError(
            say(
                "{login} is a role on this server that cannot sign in; choose the person's own login.",
                "{login} é um papel deste servidor que não pode iniciar sessão; escolha o nome de utilizador da "
                "própria pessoa.",
                login=login,
            )
        )
    if existing is None:
        connection.execute(text(f"CREATE ROLE {_quote(connection, login)} LOGIN"))
    connection.execute(text(f"GRANT {_quote(connection, GROUPS[role])} TO {_quote(connection, login)}"))
    connection.execute(team_member.insert().values(login=login, name=name, role=role))
    return existing is None


def members(connection: Connection) -> list[Member]:
    rows = connection.execute(
        text(
            "SELECT m.login, m.name, m.role, coalesce(r.rolcanlogin, false) AS can_sign_in, "
            "EXISTS (SELECT 1 FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid WHERE a.member = r.oid "
            "AND g.rolname = CASE m.role WHEN 'secretary' THEN :secretary ELSE :reader END) AS in_group "
            "FROM team_member m LEFT JOIN pg_roles r ON r.rolname = m.login ORDER BY m.name, m.login"
        ),
        {"secretary": SECRETARY, "reader": READER},
    )
    return [Member(row.login, row.name, row.role, row.can_sign_in, row.in_group) for row in rows]
