"""The audit log on a file and on a server: every write through the services leaves entries with the right record,
reference, fields and actor, in one unbroken chain; a row changed or removed outside PactDesk breaks it there, and
erasing a person leaves the chain whole without their details."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert, text

from pactdesk.domain.enums import MinutesStatus
from pactdesk.domain.models import Base, Person
from pactdesk.services import (
    actions,
    agenda,
    attachments,
    attendance,
    audit,
    backlog,
    directory,
    erasure,
    meetings,
    outputs,
    revisions,
)
from pactdesk.services.directory import merging
from pactdesk.services.meeting_archive import remove_meeting, restore_meeting
from pactdesk.store import audit as chain
from pactdesk.store.database import Database
from tests.exchange.workbooks import add_base_records, make_workbook
from tests.pg.teams import sql


def newest(database: Database) -> int:
    found = audit.entries(database, limit=1)
    return found[-1].id if found else 0


def after(database: Database, mark: int) -> list[audit.Entry]:
    return [entry for entry in audit.entries(database) if entry.id > mark]


def kinds(entries: list[audit.Entry]) -> list[tuple[str, str, str]]:
    return [(entry.action, entry.table_name, entry.ref) for entry in entries]


def actor(database: Database) -> str:
    """Who the entries name: the author in the settings on a file, the login on a server."""
    return database.login if database.login is not None else database.author


def intact(database: Database) -> audit.Verdict:
    verdict = audit.verify(database)
    assert verdict.broken is None, verdict.reason
    return verdict


def outside(database: Database, request: pytest.FixtureRequest, statement: str) -> None:
    """Run SQL as someone with the database in hand, not through PactDesk: ``sqlite3`` on the file, the table
    owner's own connection on a server."""
    if database.path is not None:
        connection = sqlite3.connect(database.path)
        with connection:
            connection.execute(statement)
        connection.close()
    else:
        sql(request.getfixturevalue("postgres_server"), request.getfixturevalue("postgres_url"), statement)


def test_a_meeting_made_and_renamed_is_logged_with_who_and_what_changed(database: Database) -> None:
    mark = newest(database)
    ref = meetings.create_meeting(database, "AEC", title="Kick-off", starts_at="2025-02-03 10:00")
    [made] = after(database, mark)
    assert (made.action, made.table_name, made.ref, made.actor) == ("insert", "meeting", ref, actor(database))
    assert made.fields is not None
    assert made.fields["title"] == (None, "Kick-off") and made.fields["ref"] == (None, ref)
    assert not {"version", "created_by", "updated_by", "updated_at"} & set(made.fields)

    mark = newest(database)
    meetings.set_meeting_field(database, ref, "title", "Kick-off, renamed")
    [renamed] = after(database, mark)
    assert (renamed.action, renamed.table_name, renamed.record_id, renamed.ref) == (
        "update",
        "meeting",
        made.record_id,
        ref,
    )
    # The calendar's sequence counts the change too (invitations sent again carry it): it is the record's.
    assert renamed.fields == {"title": ("Kick-off", "Kick-off, renamed"), "sequence": (0, 1)}
    assert renamed.id > made.id and renamed.at >= made.at
    assert intact(database).entries == len(audit.entries(database))


def test_each_kind_of_record_is_logged_under_its_meeting_action_or_output(database: Database) -> None:
    ana = directory.add_person(database, "Ana Lopes", email="ana.lopes@example.pt")
    ref = meetings.create_meeting(database, "AEC", title="Kick-off", starts_at="2025-02-03 10:00")
    mark = newest(database)
    attendance.set_attendance(database, ref, ana, None)
    item = agenda.add_agenda_item(database, ref, "Opening", presenter="Ana Lopes", planned_minutes=10)
    agenda.add_decision(database, item, "The plan is adopted.")
    action = actions.create_action(database, "Send the report", meeting_ref=ref, goal_numbers=(2, 5))
    actions.add_update(database, action, "Draft sent", on=date(2025, 3, 1))
    output = outputs.create_output(database, "AEC", 2, "First review", goal_numbers=(1,), meeting_refs=(ref,))
    attachments.attach(database, ref, "slides.pdf", b"%PDF-1.7 the slides", item_id=item)
    parked = agenda.add_agenda_item(database, ref, "Fairs abroad")
    backlog.park(database, parked)
    logged = kinds(after(database, mark))
    for expected in [
        ("insert", "attachment", ref),
        ("insert", "backlog_item", ref),
        ("insert", "attendance", ref),
        ("insert", "agenda_item", ref),
        ("insert", "decision", ref),
        ("insert", "action", action),
        ("insert", "action_goal", action),
        ("insert", "action_update", action),
        ("insert", "output", output),
        ("insert", "output_goal", output),
        ("insert", "output_meeting", output),
    ]:
        assert expected in logged, f"{expected} is not among {logged}"
    mark_versions = newest(database)
    meetings.set_meeting_field(database, ref, "minutes_status", MinutesStatus.CIRCULATED)
    [version] = [entry for entry in after(database, mark_versions) if entry.table_name == "minutes_version"]
    assert version.action == "insert" and version.ref == ref and version.fields is not None
    assert "fingerprint" in version.fields and "content" not in version.fields  # what it holds is kept there
    goals = [entry for entry in after(database, mark) if entry.table_name == "action_goal"]
    assert sorted(entry.fields["goal_number"][1] for entry in goals if entry.fields) == [2, 5]
    assert {entry.record_id for entry in goals} == {actions.action_id_of(database, action)}
    intact(database)


def test_an_action_revised_logs_the_owner_and_goals_before_and_after(database: Database) -> None:
    ana = directory.add_person(database, "Ana Lopes", email="ana.lopes@example.pt")
    rui = directory.add_person(database, "Rui Costa", email="rui.costa@example.pt")
    ref = meetings.create_meeting(database, "AEC", title="Kick-off", starts_at="2025-02-03 10:00")
    action = actions.create_action(database, "Send it", meeting_ref=ref, owner_person_id=ana, goal_numbers=(2,))
    action_id = actions.action_id_of(database, action)
    mark = newest(database)
    revisions.revise_action(database, action_id, {"owner": (rui, None), "goals": (3, 4), "title": "Send it all"})
    changed = after(database, mark)
    # The service flushes the owner before the rest: one entry per flush, each with what it changed.
    updates = [entry for entry in changed if entry.table_name == "action" and entry.action == "update"]
    assert {entry.ref for entry in updates} == {action}
    fields = {name: pair for entry in updates for name, pair in (entry.fields or {}).items()}
    assert fields == {"owner_person_id": (ana, rui), "title": ("Send it", "Send it all")}
    links = sorted(
        (entry.action, entry.fields["goal_number"][0] or entry.fields["goal_number"][1])
        for entry in changed
        if entry.table_name == "action_goal" and entry.fields
    )
    assert links == [("delete", 2), ("insert", 3), ("insert", 4)]
    intact(database)


def test_a_removal_and_its_undo_are_logged_with_what_the_database_deleted_itself(database: Database) -> None:
    ref = meetings.create_meeting(database, "AEC", title="Kick-off", starts_at="2025-02-03 10:00")
    first = agenda.add_agenda_item(database, ref, "Opening")
    item = agenda.add_agenda_item(database, ref, "Budget", minutes="Discussed.")
    agenda.add_decision(database, item, "The budget is adopted.")
    agenda.add_decision(database, item, "A report follows.")
    agenda.add_agenda_item(database, ref, "Closing")
    mark = newest(database)
    removed = agenda.remove_item(database, item)
    gone = after(database, mark)
    assert ("delete", "agenda_item", ref) in kinds(gone)
    decisions = [entry for entry in gone if entry.table_name == "decision"]
    assert [entry.action for entry in decisions] == ["delete", "delete"]
    assert sorted(entry.fields["text"][0] for entry in decisions if entry.fields) == [
        "A report follows.",
        "The budget is adopted.",
    ]
    assert {entry.ref for entry in decisions} == {ref}
    # The item after it closes up: its position is logged, old and new.
    closing = [entry for entry in gone if entry.table_name == "agenda_item" and entry.action == "update"]
    assert [entry.fields for entry in closing] == [{"position": (3, 2)}]

    mark = newest(database)
    agenda.restore_item(database, removed)
    back = after(database, mark)
    assert [entry.record_id for entry in back if entry.action == "insert" and entry.table_name == "agenda_item"] == [
        item
    ]
    assert len([entry for entry in back if entry.action == "insert" and entry.table_name == "decision"]) == 2
    # Making room again (position + 1, computed by the database) is read back: the closing item moves to 3.
    moved = [entry.fields for entry in back if entry.table_name == "agenda_item" and entry.action == "update"]
    assert {"position": (2, 3)} in moved
    assert first not in [entry.record_id for entry in back if entry.table_name == "agenda_item"]
    intact(database)


def test_a_meeting_removed_with_everything_under_it_and_put_back_is_logged(database: Database) -> None:
    ana = directory.add_person(database, "Ana Lopes", email="ana.lopes@example.pt")
    ref = meetings.create_meeting(database, "AEC", title="Kick-off", starts_at="2025-02-03 10:00")
    attendance.set_attendance(database, ref, ana, None)
    item = agenda.add_agenda_item(database, ref, "Opening")
    agenda.add_decision(database, item, "Adopted.")
    action = actions.create_action(database, "Send it", meeting_ref=ref, goal_numbers=(2,))
    actions.add_update(database, action, "Begun", on=date(2025, 3, 1))
    mark = newest(database)
    archived = remove_meeting(database, ref)
    deleted = sorted((entry.table_name, entry.ref) for entry in after(database, mark) if entry.action == "delete")
    assert deleted == sorted(
        [
            ("meeting", ref),
            ("attendance", ref),
            ("agenda_item", ref),
            ("decision", ref),
            ("action", action),
            ("action_update", action),
            ("action_goal", action),
        ]
    )
    mark = newest(database)
    assert restore_meeting(database, archived) == ref
    inserted = sorted((entry.table_name, entry.ref) for entry in after(database, mark) if entry.action == "insert")
    assert inserted == deleted
    intact(database)


def test_a_merge_of_two_people_is_logged_with_every_reference_moved(database: Database) -> None:
    ana = directory.add_person(database, "Ana Lopes", email="ana.lopes@example.pt")
    twin = directory.add_person(database, "Ana M. Lopes", email="ana.m@example.pt")
    ref = meetings.create_meeting(database, "AEC", title="Kick-off", starts_at="2025-02-03 10:00")
    attendance.set_attendance(database, ref, twin, None)
    action = actions.create_action(database, "Send it", meeting_ref=ref, owner_person_id=twin)
    mark = newest(database)
    merged = merging.merge_people(database, ana, twin)
    changed = after(database, mark)
    assert ("update", "attendance", ref) in kinds(changed)
    [owner] = [entry for entry in changed if entry.table_name == "action"]
    assert owner.fields == {"owner_person_id": (twin, ana)} and owner.ref == action
    [person] = [entry for entry in changed if entry.table_name == "person" and entry.action == "delete"]
    assert person.record_id == twin and person.fields is not None and person.fields["name"] == ("Ana M. Lopes", None)
    mark = newest(database)
    merging.unmerge_people(database, merged.undo)
    back = after(database, mark)
    assert ("insert", "person", "") in kinds(back)
    assert [entry.fields for entry in back if entry.table_name == "action"] == [{"owner_person_id": (ana, twin)}]
    intact(database)


def test_a_workbook_import_is_logged_row_by_row(database: Database, tmp_path: Path) -> None:
    from pactdesk.exchange.xlsx_read import check_workbook
    from pactdesk.services.workbook.writing import apply_import

    add_base_records(database)
    sheets = {
        "Meetings": [
            ["Ref", "Cluster", "Title", "Start"],
            ["AEC-2025-05", "AEC", "Spring review", "2025-04-10 09:30"],
            ["AEC-2025-01", "AEC", "Kick-off, renamed", "2025-02-03 10:00"],
        ],
        "Agenda": [["Meeting", "No.", "Title"], ["AEC-2025-05", 1, "Welcome"]],
        "Actions": [
            ["Ref", "Cluster", "Meeting", "Title", "Goals"],
            ["", "AEC", "AEC-2025-05", "Write the letter", "1; 4"],
        ],
    }
    path = make_workbook(tmp_path / "some.xlsx", sheets)
    mark = newest(database)
    plan = check_workbook(database, path, today=date(2025, 6, 1))
    assert not plan.problems, plan.problems
    apply_import(database, plan, today=date(2025, 6, 1))
    logged = after(database, mark)
    assert ("insert", "meeting", "AEC-2025-05") in kinds(logged)
    assert ("insert", "agenda_item", "AEC-2025-05") in kinds(logged)
    [renamed] = [entry for entry in logged if entry.table_name == "meeting" and entry.action == "update"]
    assert renamed.ref == "AEC-2025-01" and renamed.fields is not None
    assert renamed.fields["title"] == ("Kick-off", "Kick-off, renamed")
    [action] = [entry for entry in logged if entry.table_name == "action" and entry.action == "insert"]
    assert action.ref.startswith("AEC-A") and action.fields is not None
    goals = sorted(
        entry.fields["goal_number"][1] for entry in logged if entry.table_name == "action_goal" and entry.fields
    )
    assert goals == [1, 4]
    assert {entry.ref for entry in logged if entry.table_name == "action_goal"} == {action.ref}
    intact(database)


def test_a_workbook_import_longer_than_what_a_transaction_holds_appends_as_it_goes(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Entries are appended between a long write's statements (its memory stays bounded): the same entries, in
    order, with their references found, and a chain that holds."""
    from pactdesk.exchange.xlsx_read import check_workbook
    from pactdesk.services.workbook import writing

    monkeypatch.setattr(chain, "_SPILL", 2)
    monkeypatch.setattr(writing, "CHUNK", 2)
    add_base_records(database)
    titles = [f"Review {number}" for number in range(7)]
    sheets = {
        "Meetings": [["Ref", "Cluster", "Title", "Start"], ["AEC-2025-05", "AEC", "Spring review", "2025-04-10 09:30"]],
        "Agenda": [
            ["Meeting", "No.", "Title"],
            *(["AEC-2025-05", number + 1, title] for number, title in enumerate(titles)),
        ],
        "Actions": [
            ["Ref", "Cluster", "Meeting", "Title", "Goals"],
            *(["", "AEC", "AEC-2025-05", f"Letter {number}", "1; 4"] for number in range(5)),
        ],
    }
    mark = newest(database)
    plan = check_workbook(database, make_workbook(tmp_path / "long.xlsx", sheets), today=date(2025, 6, 1))
    assert not plan.problems, plan.problems
    writing.apply_import(database, plan, today=date(2025, 6, 1))
    logged = after(database, mark)
    items = [entry for entry in logged if entry.table_name == "agenda_item"]
    assert [entry.fields["title"][1] for entry in items if entry.fields] == titles
    assert {entry.ref for entry in items} == {"AEC-2025-05"}
    goals = [entry for entry in logged if entry.table_name == "action_goal"]
    assert len(goals) == 10 and all(entry.ref.startswith("AEC-A") for entry in goals)
    assert [entry.id for entry in logged] == sorted(entry.id for entry in logged)
    intact(database)


def test_a_long_write_that_fails_takes_the_entries_it_appended_on_the_way_with_it(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(chain, "_SPILL", 3)
    mark = newest(database)
    people = Base.metadata.tables["person"]
    with pytest.raises(RuntimeError), database.write() as session:
        for batch in range(4):
            session.execute(
                insert(people), [{"name": f"Spilled {batch}.{n}", "role": "", "phone": ""} for n in range(3)]
            )
        appended = session.scalar(text("SELECT count(*) FROM audit_entry WHERE id > :mark"), {"mark": mark})
        assert appended >= 9, "appended before the write ends"
        raise RuntimeError("the write fails after the entries went in")
    assert after(database, mark) == []
    assert not [person for person in directory.list_people(database) if person.name.startswith("Spilled")]
    intact(database)


def test_a_write_that_fails_leaves_no_entry(database: Database) -> None:
    mark = newest(database)
    with pytest.raises(RuntimeError), database.write() as session:
        session.add(Person(name="Nobody Kept"))
        session.flush()
        raise RuntimeError("the write fails after its flush")
    assert after(database, mark) == []
    directory.add_person(database, "Somebody Kept")
    assert [entry.table_name for entry in after(database, mark)] == ["person"]
    intact(database)


def test_the_hash_is_made_as_documented() -> None:
    """store/audit.py's recipe, pinned: a change of it would break every chain already written."""
    at = "2026-12-06 10:31:00"
    parts = ["7", at, "ana", "update", "meeting", "3", "TEX-2025-03", "ab" * 32, "0" * 64]
    expected = hashlib.sha256("".join(hashlib.sha256(part.encode()).hexdigest() for part in parts).encode()).hexdigest()
    assert chain.entry_hash(7, at, "ana", "update", "meeting", 3, "TEX-2025-03", "ab" * 32, "0" * 64) == expected


def test_a_pdf_of_the_minutes_is_logged_by_its_sha256_not_its_bytes() -> None:
    document = Base.metadata.tables["minutes_document"]
    values = {"id": 4, "version_id": 2, "kind": "archived", "sha256": "ab" * 32, "size": 3, "content": b"%PDF"}
    assert chain.inserted(document, values) == {
        "id": [None, 4],
        "version_id": [None, 2],
        "kind": [None, "archived"],
        "sha256": [None, "ab" * 32],
        "size": [None, 3],
    }


def test_the_chain_starts_from_zeros_and_links_every_entry_to_the_one_before(database: Database) -> None:
    meetings.create_meeting(database, "AEC", title="Kick-off", starts_at="2025-02-03 10:00")
    with database.read() as session:
        rows = session.execute(
            text("SELECT previous_hash, hash, payload, payload_sha256 FROM audit_entry ORDER BY id")
        ).all()
    assert rows[0].previous_hash == "0" * 64
    for before, entry in pairwise(rows):
        assert entry.previous_hash == before.hash
    assert all(hashlib.sha256(row.payload.encode()).hexdigest() == row.payload_sha256 for row in rows)


@pytest.mark.parametrize(
    ("change", "named"),
    [
        ("UPDATE audit_entry SET payload = replace(payload, 'Kick-off', 'Kick-out') WHERE id = {id}", "this"),
        ("UPDATE audit_entry SET actor = 'somebody else' WHERE id = {id}", "this"),
        ("UPDATE audit_entry SET ref = 'AEC-2025-09' WHERE id = {id}", "this"),
        ("UPDATE audit_entry SET record_id = 999 WHERE id = {id}", "this"),
        ("DELETE FROM audit_entry WHERE id = {id}", "next"),
    ],
    ids=["payload", "actor", "ref", "record", "deleted"],
)
def test_an_entry_changed_or_removed_outside_pactdesk_breaks_the_chain_there(
    database: Database, request: pytest.FixtureRequest, change: str, named: str
) -> None:
    ref = meetings.create_meeting(database, "AEC", title="Kick-off", starts_at="2025-02-03 10:00")
    meetings.set_meeting_field(database, ref, "location", "Porto")
    meetings.set_meeting_field(database, ref, "location", "Lisboa")
    made = next(entry for entry in audit.entries(database, ref=ref) if entry.action == "insert")
    later = [entry for entry in audit.entries(database) if entry.id > made.id]
    outside(database, request, change.format(id=made.id))
    verdict = audit.verify(database)
    assert verdict.broken is not None
    expected = made if named == "this" else later[0]
    assert verdict.broken.id == expected.id
    assert verdict.reason.startswith(f"Entry {expected.id} (") and "the chain breaks there" in verdict.reason


def test_an_entry_set_back_as_it_was_mends_the_chain_and_the_newest_entries_removed_are_found_on_a_file(
    database: Database, request: pytest.FixtureRequest
) -> None:
    ref = meetings.create_meeting(database, "AEC", title="Kick-off", starts_at="2025-02-03 10:00")
    meetings.set_meeting_field(database, ref, "location", "Porto")
    [moved] = [entry for entry in audit.entries(database, ref=ref) if entry.action == "update"]
    outside(database, request, f"UPDATE audit_entry SET actor = 'x' WHERE id = {moved.id}")
    broken = audit.verify(database).broken
    assert broken is not None and broken.id == moved.id and broken.actor == "x"
    outside(database, request, f"UPDATE audit_entry SET actor = '{moved.actor}' WHERE id = {moved.id}")
    head = intact(database).head
    outside(database, request, f"DELETE FROM audit_entry WHERE id = {moved.id}")
    verdict = audit.verify(database)
    if database.path is not None:  # a file remembers the highest id it gave; a server's sequence skips ids
        assert verdict.broken is not None and verdict.broken.id == moved.id - 1
        assert "were removed" in verdict.reason
    else:
        assert verdict.broken is None and verdict.head != head  # the head noted before tells


def test_erasing_a_person_blanks_every_entry_that_named_them_and_keeps_the_chain(
    database: Database, request: pytest.FixtureRequest
) -> None:
    ana = directory.add_person(database, "Ana Erasável Sousa", email="ana.old@example.pt", phone="+351 912 000 111")
    directory.update_person(database, ana, email="ana.erasable@example.pt")
    ref = meetings.create_meeting(database, "AEC", title="Kick-off", starts_at="2025-02-03 10:00")
    attendance.set_attendance(database, ref, ana, None)
    agenda.add_agenda_item(database, ref, "Welcome", presenter="Ana Erasável Sousa")
    other = agenda.add_agenda_item(database, ref, "Budget", presenter="Rui Costa")
    before = audit.verify(database)
    assert before.erased == 0

    done = erasure.erase_person(database, "ana.erasable@example.pt")

    with database.read() as session:
        payloads = [
            row[0] for row in session.execute(text("SELECT payload FROM audit_entry WHERE payload IS NOT NULL"))
        ]
    for secret in ("Ana Erasável", "ana.old@example.pt", "ana.erasable@example.pt", "912 000 111"):
        assert not [payload for payload in payloads if secret in payload], f"{secret} is still in the log"
    assert done.label not in "".join(payloads)
    verdict = intact(database)
    assert verdict.erased >= 3  # the person made, changed, and the agenda item naming them
    about = [entry for entry in audit.entries(database) if entry.table_name == "person" and entry.record_id == ana]
    assert [entry.action for entry in about] == ["insert", "update", "erase"]
    assert [entry.fields for entry in about] == [None, None, {}]
    assert about[-1].actor == actor(database)
    assert any(entry.record_id == other and entry.fields for entry in audit.entries(database, ref=ref))
    assert "(0 erased)" not in verdict.reason and "intact" in verdict.reason


def test_entries_are_found_by_reference_day_and_count(database: Database) -> None:
    ref = meetings.create_meeting(database, "AEC", title="Kick-off", starts_at="2025-02-03 10:00")
    item = agenda.add_agenda_item(database, ref, "Opening")
    agenda.set_item_field(database, item, "minutes", "All welcomed.")
    meetings.create_meeting(database, "AUTO", title="Review", starts_at="2025-02-10 10:00")
    mine = audit.entries(database, ref=ref.lower())
    assert [(entry.action, entry.table_name) for entry in mine] == [
        ("insert", "meeting"),
        ("insert", "agenda_item"),
        ("update", "agenda_item"),
    ]
    assert mine[-1].fields == {"minutes": ("", "All welcomed.")}
    assert audit.entries(database, ref=ref, since=date.today() + timedelta(days=1)) == []
    assert audit.entries(database, ref=ref, since=date.today()) == mine
    assert audit.entries(database, ref=ref, limit=2) == mine[1:]
    everything: list[Any] = audit.entries(database)
    assert [entry.id for entry in everything] == sorted(entry.id for entry in everything)


def test_verify_speaks_the_windows_language(database: Database, request: pytest.FixtureRequest) -> None:
    from pactdesk.domain.language import set_display_language

    ref = meetings.create_meeting(database, "AEC", title="Kick-off", starts_at="2025-02-03 10:00")
    meetings.set_meeting_field(database, ref, "title", "Arranque")
    [_, renamed] = audit.entries(database, ref=ref)
    set_display_language("pt")
    assert audit.verify(database).reason.startswith("As entradas do registo de auditoria estão intactas: ")
    outside(database, request, f"UPDATE audit_entry SET actor = 'outra pessoa' WHERE id = {renamed.id}")
    assert audit.verify(database).reason == (
        f"A entrada {renamed.id} ({renamed.at:%Y-%m-%d %H:%M}, alteração de reunião {ref}) foi alterada ou retirada: "
        "a cadeia quebra-se aí."
    )
