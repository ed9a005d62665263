"""The audit log, read: its entries (who changed what, when, from what to what) and whether its chain is intact.

PactDesk writes the log itself, in the transaction of each write (store/audit.py, which also says how each entry's
hash is made); nothing here or anywhere else in PactDesk changes or deletes an entry. ``verify`` recomputes every
hash from the stored text and names the first entry where the chain breaks."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import select

from pactdesk.domain.errors import ValidationError
from pactdesk.domain.language import display_language
from pactdesk.domain.messages import say
from pactdesk.domain.models import AuditEntry
from pactdesk.store import audit
from pactdesk.store.database import Database
from pactdesk.store.errors import StoreError

FIRST_SCHEMA = "0008"  # the migration that made the log

# The actions and the records an entry names, as a sentence says them.
ACTIONS = {
    "insert": ("insertion", "inserção"),
    "update": ("update", "alteração"),
    "delete": ("deletion", "eliminação"),
    "erase": ("erasure", "apagamento dos dados pessoais"),
}
RECORDS = {
    "action": ("action", "ação"),
    "action_goal": ("action's goal", "objetivo da ação"),
    "action_update": ("action update", "ponto de situação da ação"),
    "agenda_item": ("agenda item", "ponto da ordem de trabalhos"),
    "attendance": ("attendance", "presença"),
    "cluster": ("cluster", "cluster"),
    "committee_seat": ("committee seat", "lugar na Comissão"),
    "decision": ("decision", "deliberação"),
    "goal": ("goal", "objetivo"),
    "implementation_mode": ("implementation mode", "forma de implementação"),
    "meeting": ("meeting", "reunião"),
    "minutes_document": ("PDF of the minutes", "PDF da ata"),
    "minutes_version": ("version of the minutes", "versão da ata"),
    "organisation": ("organisation", "organização"),
    "output": ("output", "resultado"),
    "output_goal": ("output's goal", "objetivo do resultado"),
    "output_meeting": ("output's meeting", "reunião do resultado"),
    "output_type": ("output type", "tipo de resultado"),
    "person": ("person", "pessoa"),
    "seat_holder": ("seat holder", "titular de um lugar na Comissão"),
}


@dataclass(frozen=True)
class Entry:
    """One entry of the log. ``fields`` is ``{field: (old, new)}``, ``None`` once an erasure blanked it."""

    id: int
    at: datetime
    actor: str
    action: str  # insert, update, delete, erase
    table_name: str
    record_id: int | None
    ref: str
    fields: dict[str, tuple[Any, Any]] | None


@dataclass(frozen=True)
class Verdict:
    """What ``verify`` found: how many entries, how many erased, the first where the chain breaks (``None`` when it
    holds), and a sentence saying it. ``head`` is the newest entry's hash: noted somewhere else, it shows later
    whether the newest entries were removed, which the chain alone cannot show on a server."""

    entries: int
    erased: int
    broken: Entry | None
    reason: str
    head: str = ""


def _fields(payload: str | None) -> dict[str, tuple[Any, Any]] | None:
    """``{field: (old, new)}`` from a stored payload; ``None`` when blanked, or when it is not what PactDesk writes
    (an entry someone changed)."""
    if payload is None:
        return None
    try:
        stored = json.loads(payload)
        return {str(name): (values[0], values[1]) for name, values in stored.items()}
    except (ValueError, TypeError, AttributeError, IndexError, KeyError):
        return None


def _entry(row: Any) -> Entry:
    return Entry(row.id, row.at, row.actor, row.action, row.table_name, row.record_id, row.ref, _fields(row.payload))


def _moment(value: date | datetime | str | None) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime.combine(value, time())
    from pactdesk.domain import validation
    from pactdesk.domain.messages import Noun

    day = validation.parse_date(value, Noun("--since date", "data de --since", "f"), "since")
    return datetime.combine(day, time()) if day is not None else None


def entries(
    db: Database, *, ref: str | None = None, since: date | datetime | str | None = None, limit: int | None = None
) -> list[Entry]:
    """The log's entries, oldest first: of one meeting, action or output (``ref``: the records under a meeting,
    its attendance, agenda, decisions, versions, count as the meeting's), from ``since`` on; with ``limit``, the
    newest that many."""
    if limit is not None and limit < 1:
        raise ValidationError(say("Ask for one entry or more.", "Peça uma entrada ou mais."), "limit")
    query = select(AuditEntry)
    wanted = (ref or "").strip().upper()
    if wanted:
        query = query.where(AuditEntry.ref == wanted)
    start = _moment(since)
    if start is not None:
        query = query.where(AuditEntry.at >= start)
    newest = limit is not None
    query = query.order_by(AuditEntry.id.desc()).limit(limit) if newest else query.order_by(AuditEntry.id)
    try:
        with db.read() as session:
            found = [_entry(row) for row in session.scalars(query)]
    except StoreError:
        _refuse_a_database_older_than_the_log(db)
        raise
    return sorted(found, key=lambda entry: entry.id) if newest else found


def describe(entry: Entry) -> str:
    """``update of meeting TEX-2025-03``, in the window's language."""
    action = ACTIONS.get(entry.action, (entry.action, entry.action))
    record = RECORDS.get(entry.table_name, (entry.table_name, entry.table_name))
    where = entry.ref or (f"#{entry.record_id}" if entry.record_id is not None else "")
    portuguese = display_language() == "pt"
    return say(
        "{action} of {record} {where}",
        "{action} de {record} {where}",
        action=action[portuguese],
        record=record[portuguese],
        where=where,
    ).strip()


def verify(db: Database) -> Verdict:
    """Walk the chain from the first entry to the newest, recomputing each hash from the stored text."""
    columns = [getattr(AuditEntry, name) for name in audit.STORED]
    try:
        with db.read(streaming=True) as session:
            rows = session.execute(select(*columns).order_by(AuditEntry.id).execution_options(yield_per=2000))
            highest = audit.highest_id_given(session.connection())
            found = audit.walk(rows, highest_id_given=highest)
    except StoreError:
        _refuse_a_database_older_than_the_log(db)
        raise
    head = str(found.last[-1]) if found.last is not None else ""
    if found.broken is None:
        return Verdict(
            found.entries,
            found.erased,
            None,
            say(
                "The audit log's {count:entry is/entries are} intact ({erased} erased).",
                "As entradas do registo de auditoria estão intactas: {count:entrada/entradas} ({erased} com os dados "
                "pessoais apagados).",
                count=found.entries,
                erased=found.erased,
            ),
            head,
        )
    entry_id, at, actor, action, table_name, record_id, ref, payload = found.broken.row[:8]
    broken = Entry(entry_id, at, actor, action, table_name, record_id, ref, _fields(payload))
    values = {"number": str(broken.id), "at": broken.at, "what": describe(broken)}
    if found.broken.kind == "changed":
        reason = say(
            "Entry {number} ({at}, {what}) was changed or removed: the chain breaks there.",
            "A entrada {number} ({at}, {what}) foi alterada ou retirada: a cadeia quebra-se aí.",
            **values,
        )
    elif found.broken.kind == "unlinked":
        reason = say(
            "Entry {number} ({at}, {what}) does not follow the entry before it: an entry before it was changed or "
            "removed, and the chain breaks there.",
            "A entrada {number} ({at}, {what}) não se segue à entrada anterior: uma entrada anterior foi alterada ou "
            "retirada, e a cadeia quebra-se aí.",
            **values,
        )
    else:
        reason = say(
            "The newest entries of the audit log, after entry {number} ({at}, {what}), were removed: the chain ends "
            "early there.",
            "As entradas mais recentes do registo de auditoria, depois da entrada {number} ({at}, {what}), foram "
            "retiradas: a cadeia acaba antes do tempo.",
            **values,
        )
    return Verdict(found.entries, found.erased, broken, reason, head)


def _refuse_a_database_older_than_the_log(db: Database) -> None:
    """A database PactDesk has not upgraded since before the log (read without upgrading it) has none to show."""
    version = db.schema_version()
    if version is not None and version < FIRST_SCHEMA:
        raise StoreError(
            say(
                "{where} was made before PactDesk kept an audit log, and has not been opened for work since: open it "
                "in PactDesk once, which upgrades it, and its log starts then.",
                "{where} foi criada antes de o PactDesk manter um registo de auditoria, e não foi aberta para "
                "trabalho desde então: abra-a uma vez no PactDesk, que a atualiza, e o registo começa aí.",
                where=db.location.describe(),
            )
        )
