"""Agenda items and decisions: editing fields with undo values, moving, removing and restoring."""

from __future__ import annotations

import pytest

from pactdesk.domain.enums import MinutesStatus
from pactdesk.domain.errors import LockedError, ValidationError
from pactdesk.services import actions, agenda, meetings
from pactdesk.store.database import Database


@pytest.fixture
def meeting(database: Database) -> str:
    ref = meetings.create_meeting(database, "AEC", title="Monitoring", starts_at="2025-03-03 10:00")
    for title, planned in (("Approval of the previous minutes", 5), ("Matters arising", 15), ("Funding", 40)):
        agenda.add_agenda_item(database, ref, title, planned_minutes=planned)
    return ref


def titles(database: Database, ref: str) -> list[tuple[int, str]]:
    return [(item.position, item.title) for item in agenda.agenda(database, ref)]


def test_fields_change_and_return_what_they_were(database: Database, meeting: str) -> None:
    item = agenda.agenda(database, meeting)[2]
    assert agenda.set_item_field(database, item.id, "minutes", "- first point\n- second <b>&</b> =1+1") == ""
    assert agenda.set_item_field(database, item.id, "planned_minutes", "25") == 40
    assert agenda.agenda(database, meeting)[2].minutes == "- first point\n- second <b>&</b> =1+1"
    assert agenda.planned_total(database, meeting) == 45


@pytest.mark.parametrize(
    ("field", "value", "sentence"),
    [
        ("title", "  ", "cannot be empty"),
        ("planned_minutes", "ten", "whole number"),
        ("planned_minutes", 2000, "between 0 and 1440"),
    ],
)
def test_bad_values_are_refused_and_nothing_changes(
    database: Database, meeting: str, field: str, value: object, sentence: str
) -> None:
    item = agenda.agenda(database, meeting)[2]
    with pytest.raises(ValidationError, match=sentence):
        agenda.set_item_field(database, item.id, field, value)
    assert agenda.agenda(database, meeting)[2] == item


def test_moving_renumbers_the_others(database: Database, meeting: str) -> None:
    funding = agenda.agenda(database, meeting)[2]
    assert agenda.move_item(database, funding.id, 1) == 3
    assert titles(database, meeting) == [
        (1, "Funding"),
        (2, "Approval of the previous minutes"),
        (3, "Matters arising"),
    ]
    agenda.move_item(database, funding.id, 99)
    assert titles(database, meeting)[-1] == (3, "Funding")


def test_remove_and_restore_an_item_with_decisions_and_actions(database: Database, meeting: str) -> None:
    item = agenda.agenda(database, meeting)[1]
    agenda.add_decision(database, item.id, "Keep the calendar.")
    ref = actions.create_action(database, "Circulate the calendar", meeting_ref=meeting, agenda_item_id=item.id)
    before = titles(database, meeting)

    removed = agenda.remove_item(database, item.id)
    assert titles(database, meeting) == [(1, "Approval of the previous minutes"), (2, "Funding")]

    new_id = agenda.restore_item(database, removed)
    assert titles(database, meeting) == before
    restored = agenda.agenda(database, meeting)[1]
    assert restored.id == new_id and [d.text for d in restored.decisions] == ["Keep the calendar."]
    with database.read() as session:
        assert actions.action_by_ref(session, ref).agenda_item_id == new_id


def test_decisions_edit_and_remove(database: Database, meeting: str) -> None:
    item = agenda.agenda(database, meeting)[2]
    first = agenda.add_decision(database, item.id, "Apply to the call.")
    agenda.add_decision(database, item.id, "Report in June.")
    assert agenda.set_decision_text(database, first, "Apply to the 2026 call.") == "Apply to the call."
    removed = agenda.remove_decision(database, first)
    ((table, (row,)),) = removed.tables
    assert table == "decision"
    assert row | {"id": first, "agenda_item_id": item.id, "position": 1, "text": "Apply to the 2026 call."} == row
    assert [(d.position, d.text) for d in agenda.agenda(database, meeting)[2].decisions] == [(1, "Report in June.")]
    agenda.restore_decision(database, removed)
    restored = agenda.agenda(database, meeting)[2].decisions
    assert (restored[0].id, restored[0].position, restored[0].text) == (first, 1, "Apply to the 2026 call.")
    assert [d.position for d in restored] == [1, 2]


def test_approved_minutes_cannot_be_edited(database: Database, meeting: str) -> None:
    item = agenda.agenda(database, meeting)[0]
    with database.write() as session:
        meetings.meeting_by_ref(session, meeting).minutes_status = MinutesStatus.APPROVED
    with pytest.raises(LockedError):
        agenda.set_item_field(database, item.id, "minutes", "changed")
    with pytest.raises(LockedError):
        agenda.move_item(database, item.id, 2)
