"""Two people, one record: a save made to an older version than the stored one is refused, naming who saved it
since, and writes nothing; a save on top of theirs then goes through; two items of one meeting never conflict."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from pactdesk.domain.errors import StaleError
from pactdesk.domain.language import set_display_language
from pactdesk.services import agenda, meetings
from pactdesk.store.database import Database


@pytest.fixture
def items(database: Database) -> tuple[str, int, int]:
    ref = meetings.create_meeting(database, "TEX", title="Monitoring", starts_at="2025-03-03 10:00")
    return ref, agenda.add_agenda_item(database, ref, "Training"), agenda.add_agenda_item(database, ref, "Exports")


def stored(database: Database, ref: str, position: int) -> agenda.AgendaItemRow:
    return agenda.agenda(database, ref)[position - 1]


def writer(database: Database) -> str:
    if database.engine.dialect.name == "postgresql":
        with database.read() as session:
            return str(session.scalar(text("SELECT current_user")))
    return database.author


def test_a_save_on_an_older_version_is_refused_naming_who_saved_since(
    database: Database, items: tuple[str, int, int]
) -> None:
    ref, training, _ = items
    seen = stored(database, ref, 1).stamp.version  # both secretaries open the item
    database.author = "Rui Matos"
    rui = writer(database)
    previous, after = agenda.save_item_field(database, training, "minutes", "Rui's text.", seen=seen)
    assert previous == "" and after.version == seen + 1

    database.author = "Ana Lopes"
    with pytest.raises(StaleError) as refused:
        agenda.save_item_field(database, training, "minutes", "Ana's text.", seen=seen)
    error = refused.value
    assert error.changed_by == rui and error.theirs == "Rui's text." and error.version == seen + 1
    assert error.changed_at is not None
    assert f"changed by {error.changed_by} at {error.changed_at:%H:%M}" in str(error)
    assert stored(database, ref, 1).minutes == "Rui's text.", "nothing of Ana's was written"

    # Ana keeps hers, on top of Rui's.
    _, after = agenda.save_item_field(database, training, "minutes", "Ana's text.", seen=error.version)
    assert stored(database, ref, 1).minutes == "Ana's text." and after.version == seen + 2


def test_the_refusal_is_said_in_the_window_language(database: Database, items: tuple[str, int, int]) -> None:
    ref, training, _ = items
    seen = stored(database, ref, 1).stamp.version
    database.author = "Rui Matos"
    agenda.save_item_field(database, training, "minutes", "Rui's text.", seen=seen)
    set_display_language("pt")
    with pytest.raises(StaleError) as refused:
        agenda.save_item_field(database, training, "minutes", "Ana's text.", seen=seen)
    error = refused.value
    assert str(error).startswith(
        f"O ponto 1, «Training», mudou entretanto: {error.changed_by} guardou alterações às {error.changed_at:%H:%M} "
        f"de {error.changed_at:%d/%m/%Y}. O seu texto mantém-se:"
    )


def test_two_items_of_one_meeting_never_conflict(database: Database, items: tuple[str, int, int]) -> None:
    ref, training, exports = items
    seen_training, seen_exports = stored(database, ref, 1).stamp.version, stored(database, ref, 2).stamp.version
    agenda.save_item_field(database, training, "minutes", "One.", seen=seen_training)
    agenda.save_item_field(database, exports, "minutes", "Two.", seen=seen_exports)
    assert [item.minutes for item in agenda.agenda(database, ref)] == ["One.", "Two."]


def test_without_a_version_seen_the_save_is_not_checked(database: Database, items: tuple[str, int, int]) -> None:
    ref, training, _ = items
    agenda.set_item_field(database, training, "minutes", "First.")
    assert agenda.set_item_field(database, training, "minutes", "Second.") == "First."
    assert stored(database, ref, 1).stamp.version == 3


def test_a_meeting_field_changed_since_it_was_seen_is_refused_and_another_field_is_not(
    database: Database, items: tuple[str, int, int]
) -> None:
    ref, _, _ = items
    seen = meetings.meeting_detail(database, ref)  # both secretaries open the meeting's details
    database.author = "Rui Matos"
    rui = writer(database)
    meetings.set_meeting_field(database, ref, "location", "Porto", seen=seen.location)

    database.author = "Ana Lopes"
    with pytest.raises(StaleError) as refused:
        meetings.set_meeting_field(database, ref, "location", "Braga", seen=seen.location)
    # On the test server both write as its one login, so the last save is one's own: who changed the place is then
    # not known, and not guessed.
    named = rui if database.engine.dialect.name == "sqlite" else ""
    assert refused.value.changed_by == named and refused.value.theirs == "Porto"
    assert str(refused.value).startswith(f"Meeting {ref} was changed by {named or 'someone else'}")
    assert meetings.meeting_detail(database, ref).location == "Porto", "nothing of Ana's was written"

    # Ana's change to another field, on the meeting as she saw it, goes through beside Rui's.
    meetings.set_meeting_field(database, ref, "title", "Monitoring, second half", seen=seen.title)
    # And she keeps her place on top of his, having seen it.
    meetings.set_meeting_field(database, ref, "location", "Braga", seen=refused.value.theirs)
    after = meetings.meeting_detail(database, ref)
    assert (after.title, after.location) == ("Monitoring, second half", "Braga")
