"""Writing a checked import: one transaction after a backup, in bulk, so a failure anywhere leaves nothing behind."""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Table as SqlTable
from sqlalchemy import bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session

from pactdesk.domain import references
from pactdesk.domain.enums import MinutesStatus, SeatCode
from pactdesk.domain.errors import DomainError
from pactdesk.domain.messages import say
from pactdesk.domain.models import (
    Action,
    ActionUpdate,
    AgendaItem,
    Attendance,
    Cluster,
    CommitteeSeat,
    Decision,
    Meeting,
    MinutesVersion,
    Organisation,
    Output,
    Person,
    RefCounter,
    action_goal,
    output_meeting,
)
from pactdesk.services import register
from pactdesk.services.bulk import chunks, cycle_collection_paused
from pactdesk.services.meetings import CALENDAR_FIELDS
from pactdesk.services.workbook import tables
from pactdesk.services.workbook.plan import Change, ImportPlan, New
from pactdesk.store.database import Database

logger = logging.getLogger(__name__)

Step = Callable[[str], None]
CHUNK = 5_000  # rows a statement: neither it nor the audit log's entries for it hold a whole sheet at once


def apply_import(db: Database, plan: ImportPlan, *, step: Step | None = None, today: date | None = None) -> Path | None:
    """Write ``plan`` in one transaction, after a backup of the file; returns the backup's path.

    A plan with problems is refused; a failure part-way leaves the database as it was.
    """
    if not plan.ok:
        raise DomainError(
            say(
                "The workbook has problems, so nothing was imported. Correct them and import it again.",
                "O livro tem problemas, pelo que nada foi importado. Corrija-os e volte a importá-lo.",
            )
        )
    if not plan.changed:
        return None
    backup = db.backup("import") if db.path is not None else None
    writer = _Writer(today or date.today())
    with cycle_collection_paused(), db.write() as session:
        writer.session = session
        for table in tables.IMPORT_ORDER:
            changes = plan.changes.get(table.sheet)
            if changes:
                if step is not None:
                    step(table.sheet)
                writer.write(table, changes)
        session.flush()
        if writer.decisions_made:  # the new decisions without a number from the workbook get the next ones
            register.number_new(session)
        writer.keep_versions()
    logger.info("imported %s changes (backup %s)", plan.changed, backup)
    return backup


def _table(model: Any) -> SqlTable:
    table: SqlTable = model.__table__
    return table


class _Writer:
    def __init__(self, today: date) -> None:
        self.today = today
        self.now = datetime.now().replace(microsecond=0)
        self.ids: dict[New, int] = {}
        self.session: Session
        self.statuses_set: set[int] = set()  # meetings whose minutes status the workbook gave
        self.decisions_made = False

    def keep_versions(self) -> None:
        """A status of the minutes that the import changed keeps a version, as a change in the window does, once
        the meeting's attendance, agenda and decisions are in (services/minutes_versions.py)."""
        from pactdesk.services import minutes_versions

        if not self.statuses_set:
            return
        self.session.expire_all()
        last = dict(
            self.session.execute(
                select(MinutesVersion.meeting_id, MinutesVersion.minutes_status)
                .where(MinutesVersion.meeting_id.in_(self.statuses_set))
                .order_by(MinutesVersion.number)
            ).all()
        )
        for meeting_id in sorted(self.statuses_set):
            meeting = self.session.get_one(Meeting, meeting_id)
            if last.get(meeting_id, MinutesStatus.DRAFT) is not meeting.minutes_status:
                minutes_versions.record(
                    self.session, meeting, say("Imported from a workbook.", "Importada de um livro.")
                )
        self.session.flush()

    def write(self, table: tables.Table, changes: list[Change]) -> None:
        writers: dict[str, Callable[[list[Change]], None]] = {
            tables.CLUSTERS.sheet: self._clusters,
            tables.ORGANISATIONS.sheet: self._organisations,
            tables.PEOPLE.sheet: self._people,
            tables.MEETINGS.sheet: self._meetings,
            tables.ATTENDANCE.sheet: self._plain(
                Attendance,
                tables.ATTENDANCE.sheet,
                {"guest": False, "note": "", "status": None, "organisation_id": None},
                (),
            ),
            tables.AGENDA.sheet: self._plain(
                AgendaItem,
                tables.AGENDA.sheet,
                {"standing": False, "matters_arising": False, "presenter": "", "planned_minutes": 0, "minutes": ""},
                ("meeting_id", "position"),
            ),
            tables.DECISIONS.sheet: self._decisions,
            tables.ACTIONS.sheet: self._actions,
            tables.OUTPUTS.sheet: self._outputs,
        }
        writers[table.sheet](changes)

    # -- the common steps ---------------------------------------------------------------------------------------

    def _resolved_id(self, value: Any) -> Any:
        return self.ids[value] if type(value) is New else value

    def _resolved(self, fields: dict[str, Any]) -> dict[str, Any]:
        ids = self.ids
        return {name: ids[value] if type(value) is New else value for name, value in fields.items()}

    def _insert(
        self,
        model: Any,
        sheet: str,
        created: list[Change],
        rows: list[dict[str, Any]],
        keys: tuple[str, ...] | None = None,
    ) -> list[int]:
        """Insert ``rows`` (one per created change); the new ids are remembered under each change's key.

        Small tables get their ids back with RETURNING. Large ones name ``keys``, columns that tell the new rows
        apart: they are inserted in one fast executemany and their ids read back by those columns. ``keys=()``
        means no id is needed.
        """
        if not rows:
            return []
        table = _table(model)
        if keys is None:
            result = self.session.execute(insert(table).returning(table.c.id, sort_by_parameter_order=True), rows)
            new_ids = list(result.scalars())
        else:
            columns = [table.c[name] for name in keys]
            new_ids = []
            for chunk in chunks(rows, CHUNK):
                before = self.session.scalar(select(func.max(table.c.id))) or 0
                self.session.execute(insert(table), chunk)
                if keys:
                    found = {
                        tuple(key): record_id
                        for record_id, *key in self.session.execute(
                            select(table.c.id, *columns).where(table.c.id > before)
                        )
                    }
                    new_ids.extend(found[tuple(row[name] for name in keys)] for row in chunk)
            if not keys:
                return []
        for change, new_id in zip(created, new_ids, strict=True):
            if change.key is not None:
                self.ids[New(sheet, change.key)] = new_id
        return new_ids

    def _update(self, model: Any, updated: Iterable[tuple[int, dict[str, Any]]]) -> None:
        """Bulk updates by id, one statement per set of changed columns."""
        table = _table(model)
        groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
        for record_id, fields in updated:
            if fields:
                groups[tuple(sorted(fields))].append({"_id": record_id, **fields})
        for names, rows in groups.items():
            statement = (
                update(table).where(table.c.id == bindparam("_id")).values({name: bindparam(name) for name in names})
            )
            for chunk in chunks(rows, CHUNK):
                self.session.connection().execute(statement, chunk)

    def _split(self, changes: list[Change]) -> tuple[list[Change], list[Change]]:
        return [c for c in changes if c.existing is None], [c for c in changes if c.existing is not None]

    def _plain(
        self, model: Any, sheet: str, defaults: dict[str, Any], keys: tuple[str, ...]
    ) -> Callable[[list[Change]], None]:
        def write(changes: list[Change]) -> None:
            created, updated = self._split(changes)
            self._insert(model, sheet, created, [{**defaults, **self._resolved(c.fields)} for c in created], keys)
            self._update(model, ((c.existing, self._resolved(c.fields)) for c in updated))  # type: ignore[misc]

        return write

    def _counters(self) -> dict[str, int]:
        return dict(self.session.execute(select(RefCounter.prefix, RefCounter.last)).all())

    def _save_counters(self, before: dict[str, int], after: dict[str, int]) -> None:
        for prefix, last in after.items():
            if prefix not in before:
                self.session.execute(insert(_table(RefCounter)).values(prefix=prefix, last=last))
            elif last != before[prefix]:
                self.session.execute(update(_table(RefCounter)).where(RefCounter.prefix == prefix).values(last=last))

    def _codes(self) -> dict[int, str]:
        return dict(self.session.execute(select(Cluster.id, Cluster.code)).all())

    def _numbered(
        self,
        written: list[tuple[str, Any]],
        prefix_of: Callable[[Any], str],
        number_of: Callable[[str], int | None],
        ref_of: Callable[[Any, int], str],
    ) -> list[str]:
        """The reference of each new record, from its written reference (empty or not) and what its prefix needs:
        a written reference moves its counter on, an empty one takes the next number."""
        before = self._counters()
        counters = dict(before)
        for ref, context in written:
            number = number_of(ref) if ref else None
            if number is not None:
                prefix = prefix_of(context)
                counters[prefix] = max(counters.get(prefix, 0), number)
        refs = []
        for ref, context in written:
            if not ref:
                prefix = prefix_of(context)
                counters[prefix] = counters.get(prefix, 0) + 1
                ref = ref_of(context, counters[prefix])
            refs.append(ref)
        self._save_counters(before, counters)
        return refs

    # -- each sheet ---------------------------------------------------------------------------------------------

    def _clusters(self, changes: list[Change]) -> None:
        created, updated = self._split(changes)
        last = self.session.scalar(select(func.max(Cluster.number))) or 0
        rows = []
        for number, change in enumerate(created, start=last + 1):
            fields = _email_or_none(self._resolved(change.fields))
            fields.setdefault("management_entity_id", None)
            fields.setdefault("pact_signed", False)
            fields.setdefault("email", None)
            rows.append({"number": number, "name_pt": "", **fields})
        self._insert(Cluster, tables.CLUSTERS.sheet, created, rows)
        self._update(Cluster, ((c.existing, _email_or_none(self._resolved(c.fields))) for c in updated))  # type: ignore[misc]

    def _organisations(self, changes: list[Change]) -> None:
        created, updated = self._split(changes)
        rows = []
        for change in created:
            fields = {name: value for name, value in change.fields.items() if name != "seat"}
            rows.append({"email": None, "notes": "", **fields})
        new_ids = self._insert(Organisation, tables.ORGANISATIONS.sheet, created, rows)
        self._update(
            Organisation,
            ((c.existing, {n: v for n, v in c.fields.items() if n != "seat"}) for c in updated),  # type: ignore[misc]
        )
        seats = [
            (organisation_id, change.fields["seat"])
            for organisation_id, change in [*zip(new_ids, created, strict=True), *((c.existing, c) for c in updated)]
            if "seat" in change.fields
        ]
        seat_table = _table(CommitteeSeat)
        for organisation_id, _ in seats:  # vacated first, so a seat can move from one organisation to another
            self.session.execute(
                update(seat_table)
                .where(seat_table.c.organisation_id == organisation_id, seat_table.c.code != SeatCode.C)
                .values(organisation_id=None)
            )
        for organisation_id, seat in seats:
            if seat:
                self.session.execute(
                    update(seat_table)
                    .where(seat_table.c.code == SeatCode(seat))
                    .values(organisation_id=organisation_id)
                )

    def _people(self, changes: list[Change]) -> None:
        created, updated = self._split(changes)
        rows = []
        for change in created:
            fields = _email_or_none(self._resolved(change.fields))
            rows.append({"organisation_id": None, "role": "", "email": None, "phone": "", **fields})
        self._insert(Person, tables.PEOPLE.sheet, created, rows)
        self._update(Person, ((c.existing, _email_or_none(self._resolved(c.fields))) for c in updated))  # type: ignore[misc]

    def _meetings(self, changes: list[Change]) -> None:
        created, updated = self._split(changes)
        resolved = [self._resolved(change.fields) for change in created]
        codes = self._codes()

        def prefix(fields: dict[str, Any]) -> str:
            return f"{codes[fields['cluster_id']]}-{fields['starts_at'].year:04d}"

        def number(ref: str) -> int | None:
            parsed = references.parse_meeting_ref(ref)
            return parsed.number if parsed else None

        def ref(fields: dict[str, Any], serial: int) -> str:
            return references.meeting_ref(codes[fields["cluster_id"]], fields["starts_at"].year, serial)

        refs = self._numbered([(fields["ref"], fields) for fields in resolved], prefix, number, ref)
        defaults = {"ends_at": None, "location": "", "online_link": "", "chair_id": None, "secretary_id": None}
        rows = []
        for written, given in zip(resolved, refs, strict=True):
            fields = {
                **defaults,
                **written,
                "ref": given,
                "sequence": 0,
                "created_at": self.now,
                "updated_at": self.now,
            }
            fields["minutes_approved_on"] = self.today if fields["minutes_status"] is MinutesStatus.APPROVED else None
            rows.append(fields)
        made = self._insert(Meeting, tables.MEETINGS.sheet, created, rows, ("ref",))
        self.statuses_set.update(
            meeting_id
            for meeting_id, fields in zip(made, rows, strict=True)
            if fields["minutes_status"] is not MinutesStatus.DRAFT
        )
        updates = []
        for change in updated:
            fields = {**self._resolved(change.fields), "updated_at": self.now}
            if "minutes_status" in fields:
                if change.existing is not None:
                    self.statuses_set.add(change.existing)
                approved = fields["minutes_status"] is MinutesStatus.APPROVED
                fields["minutes_approved_on"] = self.today if approved else None
            if CALENDAR_FIELDS & set(fields):
                fields["sequence"] = Meeting.sequence + 1
            updates.append((change.existing, fields))
        for meeting_id, fields in updates:
            self.session.execute(update(_table(Meeting)).where(Meeting.id == meeting_id).values(fields))

    def _decisions(self, changes: list[Change]) -> None:
        rows = [self._resolved(change.fields) for change in changes]
        items = {row["agenda_item_id"] for row in rows}
        last = dict(
            self.session.execute(
                select(Decision.agenda_item_id, func.max(Decision.position))
                .where(Decision.agenda_item_id.in_(items))
                .group_by(Decision.agenda_item_id)
            ).all()
        )
        kept: dict[tuple[int, int], int] = {}  # per item's cluster and year, the highest number a row gave
        clusters = dict(
            self.session.execute(
                select(AgendaItem.id, Meeting.cluster_id)
                .join(Meeting, Meeting.id == AgendaItem.meeting_id)
                .where(AgendaItem.id.in_(items))
            ).all()
        )
        for row in rows:
            last[row["agenda_item_id"]] = row["position"] = last.get(row["agenda_item_id"], 0) + 1
            row.setdefault("register_year", None)
            row.setdefault("register_number", None)
            if row["register_number"] is not None:
                where = (clusters[row["agenda_item_id"]], row["register_year"])
                kept[where] = max(kept.get(where, 0), row["register_number"])
        for chunk in chunks(rows, CHUNK):
            self.session.execute(insert(_table(Decision)), chunk)
        self.decisions_made = True
        codes = self._codes()
        for (cluster_id, year), number in kept.items():  # a number kept from the workbook moves its counter on
            counter = _table(RefCounter)
            self.session.execute(
                update(counter)
                .where(counter.c.prefix == register.prefix(codes[cluster_id], year), counter.c.last < number)
                .values(last=number)
            )

    def _actions(self, changes: list[Change]) -> None:
        created, updated = self._split(changes)
        codes = self._codes()
        refs = self._numbered(
            [(fields["ref"], self._resolved_id(fields["cluster_id"])) for fields in (c.fields for c in created)],
            lambda cluster_id: f"{codes[cluster_id]}-A",
            lambda ref: parsed.number if (parsed := references.parse_action_ref(ref)) else None,
            lambda cluster_id, serial: references.action_ref(codes[cluster_id], serial),
        )
        defaults = {
            "meeting_id": None,
            "agenda_item_id": None,
            "owner_person_id": None,
            "owner_organisation_id": None,
            "due_on": None,
            "closed_on": None,
            "closed_meeting_id": None,
        }
        goals: list[tuple[int, int]] = []
        notes: list[dict[str, Any]] = []
        for start in range(0, len(created), CHUNK):  # in chunks, so memory stays flat however many there are
            chunk = created[start : start + CHUNK]
            rows = []
            extras: list[tuple[tuple[int, ...], str]] = []
            for change, ref in zip(chunk, refs[start : start + CHUNK], strict=True):
                fields = self._resolved(change.fields)
                extras.append((fields.pop("goals", ()), fields.pop("latest_update", "")))
                rows.append({**defaults, **fields, "ref": ref, "created_at": self.now})
            new_ids = self._insert(Action, tables.ACTIONS.sheet, chunk, rows, ("ref",))
            for action_id, (numbers, text) in zip(new_ids, extras, strict=True):
                goals.extend((action_id, number) for number in numbers)
                if text:
                    notes.append(self._note(action_id, text))
            self._pairs(action_goal, goals)
            self._links(_table(ActionUpdate), notes)
        plain = []
        regoaled: list[int] = []
        for change in updated:
            assert change.existing is not None
            fields = self._resolved(change.fields)
            if "goals" in fields:
                regoaled.append(change.existing)
                goals.extend((change.existing, number) for number in fields.pop("goals"))
            text = fields.pop("latest_update", "")
            if text:
                notes.append(self._note(change.existing, text))
            if "status" in fields and not fields["status"].is_closed:
                fields["closed_meeting_id"] = None
            plain.append((change.existing, fields))
        self._update(Action, plain)
        for start in range(0, len(regoaled), 500):
            self.session.execute(delete(action_goal).where(action_goal.c.action_id.in_(regoaled[start : start + 500])))
        self._pairs(action_goal, goals)
        self._links(_table(ActionUpdate), notes)

    def _links(self, table: Any, rows: list[dict[str, Any]]) -> None:
        """Insert ``rows`` into ``table`` and empty the list, ready for the next chunk."""
        for chunk in chunks(rows, CHUNK):
            self.session.execute(insert(table), chunk)
        rows.clear()

    def _pairs(self, table: Any, rows: list[tuple[int, int]]) -> None:
        """Insert rows of two ids into a link table and empty the list: straight to the driver on SQLite (the
        hundreds of thousands of goal links of a large import), through SQLAlchemy elsewhere."""
        if not rows:
            return
        connection = self.session.connection()
        first, second = (column.name for column in table.columns)
        for chunk in chunks(rows, CHUNK):
            if connection.dialect.paramstyle == "qmark":
                connection.exec_driver_sql(f'INSERT INTO {table.name} ("{first}", "{second}") VALUES (?, ?)', chunk)
            else:
                connection.execute(insert(table), [{first: a, second: b} for a, b in chunk])
        rows.clear()

    def _note(self, action_id: int, text: str) -> dict[str, Any]:
        return {
            "action_id": action_id,
            "on": self.today,
            "meeting_id": None,
            "author_id": None,
            "text": text,
            "status": None,
        }

    def _outputs(self, changes: list[Change]) -> None:
        created, updated = self._split(changes)
        resolved = [self._resolved(change.fields) for change in created]
        codes = self._codes()
        refs = self._numbered(
            [(fields["ref"], fields["cluster_id"]) for fields in resolved],
            lambda cluster_id: f"{codes[cluster_id]}-O",
            lambda ref: parsed.number if (parsed := references.parse_output_ref(ref)) else None,
            lambda cluster_id, serial: references.output_ref(codes[cluster_id], serial),
        )
        rows = []
        linked: list[tuple[Any, ...]] = []
        for fields, given in zip(resolved, refs, strict=True):
            fields["ref"] = given
            linked.append(fields.pop("meetings", ()))
            rows.append({"on": None, "evidence": "", "progress": 0, **fields})
        new_ids = self._insert(Output, tables.OUTPUTS.sheet, created, rows, ("ref",))
        links = [
            {"output_id": output_id, "meeting_id": self.ids.get(m, m) if type(m) is New else m}
            for output_id, meetings in zip(new_ids, linked, strict=True)
            for m in meetings
        ]
        plain = []
        relinked = []
        for change in updated:
            fields = dict(change.fields)
            if "meetings" in fields:
                relinked.append(change.existing)
                links.extend(
                    {"output_id": change.existing, "meeting_id": self.ids[m] if type(m) is New else m}
                    for m in fields.pop("meetings")
                )
            plain.append((change.existing, self._resolved(fields)))
        self._update(Output, plain)  # type: ignore[arg-type]
        if relinked:
            self.session.execute(delete(output_meeting).where(output_meeting.c.output_id.in_(relinked)))
        self._links(output_meeting, links)


def _email_or_none(fields: dict[str, Any]) -> dict[str, Any]:
    if "email" in fields and not fields["email"]:
        fields["email"] = None
    return fields
