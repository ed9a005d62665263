"""The register of decisions: each decision numbered in its cluster's register of its meeting's year when it is
recorded, whichever way it is recorded; numbers never given twice (gaps stay, undo keeps a number, two laptops at
once on a server); the register filtered as the window and the command line ask. On SQLite and on PostgreSQL."""

from __future__ import annotations

import subprocess
import sys
import threading
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import delete, event, insert, select, text

from pactdesk.cli import main
from pactdesk.domain.enums import MinutesStatus
from pactdesk.domain.errors import NotFoundError, ValidationError
from pactdesk.domain.models import Decision, RefCounter
from pactdesk.services import (
    actions,
    agenda,
    meeting_archive,
    meetings,
    minutes_approval,
    minutes_restore,
    planning,
    register,
    workspace,
)
from pactdesk.services.register import DecisionFilter
from pactdesk.store.database import Database
from pactdesk.store.location import DatabaseLocation


def _meeting(database: Database, code: str, starts_at: str) -> tuple[str, int]:
    """A meeting of ``code`` with one item; its reference and the item's id."""
    ref = meetings.create_meeting(database, code, title="Monitoring", starts_at=starts_at)
    return ref, agenda.add_agenda_item(database, ref, "Work plan")


def _labels(database: Database, **wanted: object) -> list[str]:
    return [row.label for row in register.decisions(database, **wanted)]  # type: ignore[arg-type]


def _numbers(database: Database) -> dict[int, str]:
    return {row.id: row.label for row in register.decisions(database)}


def test_a_label_has_the_cluster_the_year_and_two_digits_at_least() -> None:
    assert register.label("TEX", 2025, 7) == "TEX 2025/07"
    assert register.label("AEC", 2026, 123) == "AEC 2026/123"


def test_each_cluster_and_year_is_numbered_from_one_in_the_order_decisions_are_recorded(database: Database) -> None:
    march, plan = _meeting(database, "TEX", "2025-03-03 10:00")
    june, budget = _meeting(database, "TEX", "2025-06-02 10:00")
    january, next_year = _meeting(database, "TEX", "2026-01-12 10:00")
    _, other_cluster = _meeting(database, "AEC", "2025-03-10 10:00")
    first = agenda.add_decision(database, plan, "The plan is approved.")
    agenda.add_decision(database, budget, "The budget is revised.")
    agenda.add_decision(database, next_year, "A new year.")
    agenda.add_decision(database, other_cluster, "Another cluster.")
    put_first = agenda.add_decision(database, plan, "Recorded last, placed first.", position=1)
    numbers = _numbers(database)
    assert numbers[first] == "TEX 2025/01"
    assert numbers[put_first] == "TEX 2025/03", "the number follows the recording, not the place under the item"
    assert _labels(database) == ["AEC 2025/01", "TEX 2025/01", "TEX 2025/02", "TEX 2025/03", "TEX 2026/01"]
    rows = register.decisions(database, cluster="tex", year=2025)
    assert [(row.meeting_ref, row.meeting_on.isoformat(), row.item_position) for row in rows] == [
        (march, "2025-03-03", 1),
        (june, "2025-06-02", 1),
        (march, "2025-03-03", 1),
    ]
    assert rows[0].text == "The plan is approved."
    assert register.register_years(database) == [2026, 2025]
    assert register.register_years(database, "AEC") == [2025]
    assert january in {row.meeting_ref for row in register.decisions(database, year=2026)}


def test_a_deleted_decision_leaves_a_gap_and_its_number_is_never_given_again(database: Database) -> None:
    _, item = _meeting(database, "TEX", "2025-03-03 10:00")
    one, two, three = (agenda.add_decision(database, item, f"Decision {n}.") for n in (1, 2, 3))
    removed = agenda.remove_decision(database, three)
    four = agenda.add_decision(database, item, "Decision 4.")
    assert _numbers(database) == {one: "TEX 2025/01", two: "TEX 2025/02", four: "TEX 2025/04"}
    agenda.restore_decision(database, removed)  # undo keeps its number, and no other decision has it
    assert _numbers(database) == {one: "TEX 2025/01", two: "TEX 2025/02", three: "TEX 2025/03", four: "TEX 2025/04"}
    agenda.remove_decision(database, two)
    assert _labels(database) == ["TEX 2025/01", "TEX 2025/03", "TEX 2025/04"]


def test_an_undone_deletion_of_the_meeting_keeps_every_number(database: Database) -> None:
    ref, item = _meeting(database, "TEX", "2025-03-03 10:00")
    for n in (1, 2):
        agenda.add_decision(database, item, f"Decision {n}.")
    before = _numbers(database)
    archived = meeting_archive.remove_meeting(database, ref)
    assert register.decisions(database) == []
    _, later = _meeting(database, "TEX", "2025-05-05 10:00")
    after_gap = agenda.add_decision(database, later, "Recorded while the meeting was deleted.")
    meeting_archive.restore_meeting(database, archived)
    assert _numbers(database) == {**before, after_gap: "TEX 2025/03"}


def test_a_meeting_moved_to_another_year_keeps_its_numbers(database: Database) -> None:
    ref, item = _meeting(database, "TEX", "2025-12-15 10:00")
    kept = agenda.add_decision(database, item, "Taken in December.")
    meetings.set_meeting_field(database, ref, "starts_at", "2026-01-12 10:00")
    new = agenda.add_decision(database, item, "Taken after the move.")
    assert _numbers(database) == {kept: "TEX 2025/01", new: "TEX 2026/01"}, "a number is given once"
    assert [row.label for row in register.decisions(database, year=2025)] == ["TEX 2025/01"]


def test_the_decisions_numbered_by_the_migration_are_followed_on(database: Database) -> None:
    _, tex = _meeting(database, "TEX", "2025-03-03 10:00")
    _, aec = _meeting(database, "AEC", "2025-03-10 10:00")
    for n in (1, 2, 3):
        agenda.add_decision(database, tex, f"Decision {n}.")
    agenda.add_decision(database, aec, "Another cluster's.")
    with database.write() as session:  # as migration 0009 left a file: numbers, and no counters for them
        session.execute(delete(RefCounter).where(RefCounter.prefix.like("%-D%")))
    new = agenda.add_decision(database, tex, "The first after the upgrade.")
    assert _numbers(database)[new] == "TEX 2025/04"
    with database.read() as session:
        counters = dict(session.execute(select(RefCounter.prefix, RefCounter.last)).all())
    assert counters["TEX-D2025"] == 4 and counters["AEC-D2025"] == 1, "every register's counter starts at its last"


def test_number_new_numbers_rows_inserted_with_sql_in_the_order_they_were_taken(database: Database) -> None:
    late, late_item = _meeting(database, "TEX", "2025-09-01 10:00")
    early, early_item = _meeting(database, "TEX", "2025-02-01 10:00")
    second = agenda.add_agenda_item(database, early, "Budget")
    first = agenda.add_decision(database, late_item, "Recorded in the window.")
    with database.write() as session:  # as the workbook's import writes them
        session.execute(
            insert(Decision.__table__),
            [
                {"agenda_item_id": late_item, "position": 2, "text": "Late meeting."},
                {"agenda_item_id": second, "position": 1, "text": "Early meeting, second item."},
                {"agenda_item_id": early_item, "position": 2, "text": "Early meeting, first item, second."},
                {"agenda_item_id": early_item, "position": 1, "text": "Early meeting, first item, first."},
            ],
        )
        register.number_new(session)
        register.number_new(session)  # nothing left to number: nothing changes
    assert [(row.label, row.text) for row in register.decisions(database)] == [
        ("TEX 2025/01", "Recorded in the window."),
        ("TEX 2025/02", "Early meeting, first item, first."),
        ("TEX 2025/03", "Early meeting, first item, second."),
        ("TEX 2025/04", "Early meeting, second item."),
        ("TEX 2025/05", "Late meeting."),
    ]
    assert _numbers(database)[first] == "TEX 2025/01" and late != early


def test_an_approval_at_the_next_meeting_is_numbered(database: Database) -> None:
    first, item = _meeting(database, "TEX", "2025-03-03 10:00")
    agenda.add_decision(database, item, "The plan is approved.")
    meetings.set_minutes_status(database, first, MinutesStatus.CIRCULATED)
    second = planning.new_meeting(database, "TEX", starts_at="2025-04-07 10:00", language="en")
    approval = next(row for row in agenda.agenda(database, second) if row.approves)
    minutes_approval.approve_at_meeting(database, approval.id)
    assert [(row.label, row.meeting_ref) for row in register.decisions(database)] == [
        ("TEX 2025/01", first),
        ("TEX 2025/02", second),
    ]


def test_decisions_a_restore_brings_back_get_numbers_never_given(database: Database) -> None:
    ref, item = _meeting(database, "TEX", "2025-03-03 10:00")
    decision = agenda.add_decision(database, item, "The plan is approved.")
    meetings.set_minutes_status(database, ref, MinutesStatus.CIRCULATED)  # version 1
    agenda.set_decision_text(database, decision, "The plan is approved as amended.")
    minutes_restore.restore(database, ref, 1)
    [restored] = register.decisions(database)
    assert restored.text == "The plan is approved." and restored.id != decision
    assert restored.label == "TEX 2025/02", "recreated by the restore: a new number, the old one not reused"


def test_filters_by_cluster_year_goal_and_words_with_accents_and_case_ignored(database: Database) -> None:
    tex, tex_item = _meeting(database, "TEX", "2025-03-03 10:00")
    _, aec_item = _meeting(database, "AEC", "2026-02-02 10:00")
    agenda.add_decision(database, tex_item, "A AÇÃO de formação é aprovada.")
    agenda.add_decision(database, tex_item, "The 100% budget_line is kept.")
    agenda.add_decision(database, aec_item, "Internationalisation plan endorsed.")
    actions.create_action(database, "Prepare the fair", meeting_ref=tex, agenda_item_id=tex_item, goal_numbers=[3, 5])
    assert _labels(database, text="acao FORMACAO") == ["TEX 2025/01"]
    assert _labels(database, text="ação") == ["TEX 2025/01"]
    assert _labels(database, text="100%") == ["TEX 2025/02"], "% is a character, not a wildcard"
    assert _labels(database, text="100_") == [], "_ is a character, not a wildcard"
    assert _labels(database, text="work plan") == ["AEC 2026/01", "TEX 2025/01", "TEX 2025/02"], "the item's title"
    assert _labels(database, text=tex.lower()) == ["TEX 2025/01", "TEX 2025/02"], "the meeting's reference"
    assert _labels(database, goal=3) == ["TEX 2025/01", "TEX 2025/02"], "an action of their item serves goal 3"
    assert _labels(database, goal=4) == []
    assert register.decisions(database, goal=5)[0].goals == (3, 5)
    assert _labels(database, cluster="AEC") == ["AEC 2026/01"]
    assert _labels(database, cluster="TEX", year=2026) == []
    wanted = DecisionFilter(cluster="TEX")
    assert register.count_decisions(database, wanted) == 2
    assert [row.label for row in register.decision_page(database, wanted, 1, 5)] == ["TEX 2025/02"]
    total, first = register.first_page(database, DecisionFilter(text="aprovada"), 1)
    assert total == 1 and [row.label for row in first] == ["TEX 2025/01"]
    total, first = register.first_page(database, DecisionFilter(), 2)
    assert total == 3 and [row.label for row in first] == ["AEC 2026/01", "TEX 2025/01"]
    assert register.first_page(database, DecisionFilter(text="nowhere"), 2) == (0, [])


def test_a_wrong_filter_is_said_in_one_sentence(database: Database) -> None:
    with pytest.raises(NotFoundError, match="no cluster with the code “XYZ”"):
        register.decisions(database, cluster="XYZ")
    with pytest.raises(ValidationError, match="Goals are numbered 1 to 9"):
        register.decisions(database, goal=12)
    with pytest.raises(ValidationError, match="A year has four digits"):
        register.decisions(database, year=25)


def test_the_register_is_one_part_per_cluster_and_year(database: Database) -> None:
    with pytest.raises(NotFoundError, match="No decisions have been recorded yet"):
        register.register(database)
    _, tex = _meeting(database, "TEX", "2025-03-03 10:00")
    _, tex_next = _meeting(database, "TEX", "2026-03-03 10:00")
    agenda.add_decision(database, tex, "One.")
    agenda.add_decision(database, tex_next, "Two.")
    parts = register.register(database)
    assert [(part.cluster_code, part.year, len(part.decisions)) for part in parts] == [
        ("TEX", 2025, 1),
        ("TEX", 2026, 1),
    ]
    assert parts[0].cluster_in("en").startswith("Textile Cluster")
    with pytest.raises(NotFoundError, match="TEX has no decisions numbered in 2024: choose another year or cluster"):
        register.register(database, cluster="TEX", year=2024)


def test_a_flush_without_a_new_decision_sends_nothing_more(database: Database) -> None:
    _, item = _meeting(database, "TEX", "2025-03-03 10:00")
    agenda.add_decision(database, item, "The counter exists.")
    sent: list[str] = []
    event.listen(database.engine, "before_cursor_execute", lambda *args: sent.append(args[2]))
    agenda.set_item_field(database, item, "minutes", "Discussed.")
    agenda.add_agenda_item(database, meetings.list_meetings(database, limit=1)[0].ref, "Another item")
    assert not [statement for statement in sent if "ref_counter" in statement]
    sent.clear()
    agenda.add_decision(database, item, "One statement more.")
    counted = [statement for statement in sent if "ref_counter" in statement]
    assert len(counted) == 1 and counted[0].lstrip().upper().startswith("UPDATE REF_COUNTER")


def test_the_demo_is_numbered_in_the_order_its_decisions_were_taken(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite"
    assert main(["demo", "--db", str(path), "--as-of", "2026-06-30"]) == 0
    database = workspace.open_workspace(workspace.location(str(path)), readonly=True)
    try:
        with database.read() as session:
            rows = session.execute(
                text(
                    "SELECT m.cluster_id, d.register_year, d.register_number FROM decision d "
                    "JOIN agenda_item i ON i.id = d.agenda_item_id JOIN meeting m ON m.id = i.meeting_id "
                    "ORDER BY m.starts_at, m.id, i.position, d.position"
                )
            ).all()
    finally:
        database.close()
    assert len(rows) > 100
    counted: dict[tuple[int, int], int] = {}
    for cluster_id, year, number in rows:
        counted[cluster_id, year] = counted.get((cluster_id, year), 0) + 1
        assert number == counted[cluster_id, year]


def test_every_service_that_records_a_decision_brings_the_numbering_with_it() -> None:
    makers = ("agenda", "demo", "minutes_restore", "minutes_approval", "workbook.writing")
    loaded = {}
    for name in makers:  # each in an interpreter of its own, as a command or the window would import it
        probe = f"import pactdesk.services.{name}, sys; print('pactdesk.services.register' in sys.modules)"
        said = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
        loaded[name] = said.stdout.strip() == "True"
    assert loaded == dict.fromkeys(makers, True)


WRITERS = 2
SAVES = 10


def test_two_laptops_recording_at_once_never_share_a_number(postgres_url: str) -> None:
    laptops = [workspace.open_workspace(DatabaseLocation.for_url(postgres_url)) for _ in range(WRITERS)]
    items = []
    for number, laptop in enumerate(laptops):
        ref = meetings.create_meeting(laptop, "TEX", title=f"Laptop {number}", starts_at=datetime(2025, 3, number + 1))
        items.append(agenda.add_agenda_item(laptop, ref, "Work plan"))
    start = threading.Barrier(WRITERS)
    failures: list[BaseException] = []

    def work(database: Database, item: int) -> None:
        try:
            start.wait()  # the register's counter is made by whichever comes first: both at once
            for save in range(SAVES):
                agenda.add_decision(database, item, f"Decision {save}.")
        except BaseException as error:  # reported by the test below
            failures.append(error)

    threads = [threading.Thread(target=work, args=pair) for pair in zip(laptops, items, strict=True)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
        assert failures == []
        numbers = sorted(row.number or 0 for row in register.decisions(laptops[0]))
        assert numbers == list(range(1, WRITERS * SAVES + 1))
    finally:
        for laptop in laptops:
            laptop.close()
