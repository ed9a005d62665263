"""Erasing a person (the right to erasure): their name and contact details go, from the database file and from
every backup of it, while the records they appear in keep their shape under a neutral label."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select

from pactdesk.domain import validation as check
from pactdesk.domain.errors import NotFoundError, ValidationError
from pactdesk.domain.messages import say
from pactdesk.domain.models import Person
from pactdesk.store import audit, integrity
from pactdesk.store.backups import BackupFolder
from pactdesk.store.database import Database
from pactdesk.store.scrubbing import blank, blank_in_file, scrub

logger = logging.getLogger(__name__)

# The same change, as plain SQL, for the backups: they are SQLite files of the same schema.
_ERASE = "UPDATE person SET name = ?, email = NULL, phone = '', role = '' WHERE id = ?"


@dataclass(frozen=True)
class Erasure:
    """What was done: the label that stands for the person now, and what became of the backups."""

    label: str
    backups_rewritten: list[Path] = field(default_factory=list)
    backups_removed: list[Path] = field(default_factory=list)


def erase_person(db: Database, who: str | int) -> Erasure:
    """Replace the person named by ``who`` (an e-mail, or a name only one person has) by "Former participant N"
    everywhere, then rewrite the database file and every backup so that no copy of the old details remains.

    Their attendance, actions, updates, chairing and seats stay, under the label. Free text (minutes, decisions)
    is not searched: a name typed there is the secretary's to edit. The audit log keeps its entries and its chain,
    but not their details: the payloads about them or naming them are blanked, and the erasure is logged without
    them.
    """
    wanted = check.clean_text(who) if isinstance(who, str) else ""
    if not wanted and not isinstance(who, int):
        raise ValidationError(
            say(
                "Say whom to erase: their e-mail, or their name.",
                "Indique de quem são os dados a apagar: o endereço de e-mail ou o nome da pessoa.",
            ),
            "who",
        )
    with db.write() as session:
        if isinstance(who, int):  # chosen in the directory
            found = [person for person in (session.get(Person, who),) if person is not None]
            wanted = f"#{who}"
        elif "@" in wanted:
            found = list(session.scalars(select(Person).where(func.lower(Person.email) == wanted.lower())))
        else:
            key = " ".join(wanted.split()).casefold()
            found = [
                person for person in session.scalars(select(Person)) if " ".join(person.name.split()).casefold() == key
            ]
        if not found:
            raise NotFoundError(
                say("Nobody in the directory is “{who}”.", "Ninguém no diretório corresponde a «{who}».", who=wanted)
            )
        if len(found) > 1:
            raise ValidationError(
                say(
                    "More than one person is called “{who}”; give their e-mail instead.",
                    "Há mais de uma pessoa com o nome «{who}»; indique antes o endereço de e-mail.",
                    who=wanted,
                ),
                "who",
            )
        person = found[0]
        label = f"Former participant {person.id}"
        old = [value for value in (person.name, person.email, person.phone) if value]
        # The audit log says that the person was erased, not who they were, and forgets what it held of them.
        audit.erasing(session, "person", person.id)
        person.name, person.email, person.phone, person.role = label, None, "", ""
        person_id = person.id
        blank(session.connection(), "person", person_id, old)
    scrub(db.engine, ("person", "audit_entry"))
    erasure = Erasure(label)
    if db.path is not None:
        for backup in BackupFolder(db.path).all():
            _erase_in_backup(backup.path, person_id, label, old, erasure)
    logger.info("erased person %d (now %s); %d backups rewritten", person_id, label, len(erasure.backups_rewritten))
    return erasure


def _erase_in_backup(path: Path, person_id: int, label: str, old: list[str], erasure: Erasure) -> None:
    """Rewrite one backup without the person's details; a backup that cannot be rewritten and verified is
    removed, since keeping it would keep them."""
    if not _holds(path, old):
        return
    try:
        connection = sqlite3.connect(path, isolation_level=None)
        try:
            connection.execute("BEGIN")
            connection.execute(_ERASE, (label, person_id))
            blank_in_file(connection, "person", person_id, old)
            connection.execute("COMMIT")
            connection.execute("PRAGMA secure_delete = ON")
            connection.execute("VACUUM")
        finally:
            connection.close()
        if integrity.problems(path, thorough=True) or _holds(path, old):
            raise sqlite3.DatabaseError("the rewritten backup still holds the details, or does not verify")
        erasure.backups_rewritten.append(path)
    except (sqlite3.Error, OSError, integrity.UnreadableError) as error:
        logger.warning("backup %s could not be rewritten (%s); removing it", path, error)
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        erasure.backups_removed.append(path)


def _holds(path: Path, values: list[str]) -> bool:
    """Whether the file's bytes hold any of ``values`` (read once, not once per value: backups can be large)."""
    data = path.read_bytes()
    return any(value.encode() in data for value in values)
