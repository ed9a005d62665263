"""Characters XML 1.0 forbids (U+FFFE, U+FFFF, lone surrogates): refused with a sentence where text is typed, and
written as U+FFFD when an older version already stored them, so the workbook still imports with every row and the
minutes are still made."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, update

from pactdesk.domain import validation
from pactdesk.domain.errors import ValidationError
from pactdesk.domain.models import Action, AgendaItem, Decision, Meeting, Person
from pactdesk.exchange.pdf import minutes
from pactdesk.exchange.xlsx_read import check_workbook
from pactdesk.exchange.xlsx_write import export_workbook
from pactdesk.services import actions, agenda, directory, documents, meetings
from pactdesk.services.workbook.writing import apply_import
from pactdesk.store.database import Database
from tests.exchange.pdfs import all_text, held_meeting, is_pdf
from tests.exchange.test_round_trip import cells, fill, fresh, round_trip

FORBIDDEN = ["\ufffe", "\uffff", "\ud800", "\udfff"]
STORED_FORBIDDEN = ["\ufffe", "\uffff"]  # SQLite cannot hold a lone surrogate, so no older version stored one


def _meeting(db: Database) -> str:
    return meetings.create_meeting(db, "AEC", title="Monitoring", starts_at="2025-03-04 10:00")


def _item(db: Database) -> int:
    return agenda.add_agenda_item(db, _meeting(db), "Welcome")


TYPED: dict[str, tuple[str, Callable[[Database, str], Any]]] = {
    "decision": ("The decision holds", lambda db, text: agenda.add_decision(db, _item(db), text)),
    "meeting title": (
        "The meeting's title holds",
        lambda db, text: meetings.create_meeting(db, "AEC", title=text, starts_at="2025-03-04 10:00"),
    ),
    "meeting title changed": (
        "The meeting's title holds",
        lambda db, text: meetings.set_meeting_field(db, _meeting(db), "title", text),
    ),
    "minutes": ("The minutes holds", lambda db, text: agenda.add_agenda_item(db, _meeting(db), "Item", minutes=text)),
    "person's name": ("The person's name holds", lambda db, text: directory.add_person(db, text)),
    "e-mail": ("The e-mail address holds", lambda db, text: directory.add_person(db, "Ana", email=f"a{text}@x.pt")),
    "action": ("The action holds", lambda db, text: actions.create_action(db, text, cluster_code="AEC")),
}


@pytest.mark.parametrize("character", FORBIDDEN, ids=lambda ch: f"U+{ord(ch):04X}")
@pytest.mark.parametrize("where", TYPED)
def test_a_forbidden_character_is_refused_with_a_sentence(database: Database, where: str, character: str) -> None:
    start, call = TYPED[where]
    with pytest.raises(ValidationError) as refused:
        call(database, f"Before {character} after")
    assert str(refused.value) == f"{start} a character that cannot be stored (U+{ord(character):04X}); remove it."
    with database.read() as session:
        texts = [
            *session.scalars(select(Decision.text)),
            *session.scalars(select(Meeting.title)),
            *session.scalars(select(Person.name)),
            *session.scalars(select(Action.title)),
        ]
    assert not any(character in text for text in texts)


def test_the_replacement_character_itself_is_accepted(database: Database) -> None:
    item = _item(database)
    agenda.add_decision(database, item, "A \ufffd and a \U0001f600 stay")
    with database.read() as session:
        assert session.scalar(select(Decision.text)) == "A \ufffd and a \U0001f600 stay"


def column(rows: list[tuple[Any, ...]], header: str) -> list[Any]:
    """The sorted values under ``header`` in a sheet's rows (headers on the first)."""
    number = rows[0].index(header)
    return sorted(row[number] for row in rows[1:])


def _store_as_an_older_version_did(db: Database, character: str) -> None:
    with db.write() as session:
        session.execute(update(Decision).values(text=Decision.text + f" {character} end"))
        session.execute(update(Meeting).values(title=Meeting.title + f" {character}"))
        said = update(AgendaItem).where(AgendaItem.minutes != "")
        session.execute(said.values(minutes=AgendaItem.minutes + f" {character} said"))
        session.execute(update(Action).values(title=Action.title + f" {character}"))
        session.execute(update(Person).where(Person.email.is_(None)).values(role=f"Role {character}"))


@pytest.mark.parametrize("character", STORED_FORBIDDEN, ids=lambda ch: f"U+{ord(ch):04X}")
def test_stored_forbidden_characters_export_as_replacement_and_import_with_every_row(
    database: Database, tmp_path: Path, character: str
) -> None:
    held_meeting(database)
    _store_as_an_older_version_did(database, character)
    with database.read() as session:
        decisions = sorted(session.scalars(select(Decision.text)))
        titles = sorted(session.scalars(select(Meeting.title)))

    first, second = round_trip(database, tmp_path)
    assert first == second
    assert column(first["Decisions"], "Decision") == [validation.xml_safe(text) for text in decisions]
    assert column(first["Meetings"], "Title") == [validation.xml_safe(text) for text in titles]
    everything = "".join(str(value) for rows in first.values() for row in rows for value in row)
    assert character not in everything and "\ufffd" in everything

    target = fresh(tmp_path, "imported.sqlite")
    try:
        plan = check_workbook(target, tmp_path / "first.xlsx")
        assert plan.ok, plan.report()
        assert plan.counts["Decisions"].created == len(decisions)
        assert plan.counts["Meetings"].created == len(titles)
    finally:
        target.close()


@pytest.mark.parametrize("character", STORED_FORBIDDEN, ids=lambda ch: f"U+{ord(ch):04X}")
def test_stored_forbidden_characters_still_make_the_minutes(database: Database, tmp_path: Path, character: str) -> None:
    held = held_meeting(database)
    _store_as_an_older_version_did(database, character)
    path = tmp_path / "minutes.pdf"
    minutes.write_minutes(documents.meeting_record(database, held.ref), path)
    assert is_pdf(path)
    text = all_text(path)
    assert "The budget is revised by June." in text and "end" in text
    agenda_path = tmp_path / "agenda.pdf"
    minutes.write_agenda(documents.meeting_record(database, held.ref), agenda_path, "en")
    assert is_pdf(agenda_path)


stored_text = st.lists(
    st.one_of(
        st.sampled_from(STORED_FORBIDDEN),
        st.text(st.characters(exclude_categories=("Cs", "Cc")), min_size=1, max_size=8),
    ),
    min_size=1,
    max_size=6,
).map("".join)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(stored_text, min_size=3, max_size=3))
def test_stored_text_comes_back_from_a_workbook_with_forbidden_characters_replaced(texts: list[str]) -> None:
    cleaned = [validation.clean_text(text) for text in texts]
    assume(all(cleaned))
    decision, title, role = cleaned
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        source = fresh(folder, "source.sqlite")
        try:
            fill(source, ["plain"])
            with source.write() as session:
                session.execute(update(Decision).values(text=decision))
                session.execute(update(Meeting).values(title=title))
                session.execute(update(Person).values(role=role))
            exported = folder / "exported.xlsx"
            export_workbook(source, exported)
        finally:
            source.close()
        assert sum(len(rows) for rows in cells(exported).values()) > 8
        target = fresh(folder, "target.sqlite")
        try:
            plan = check_workbook(target, exported)
            assert plan.ok, plan.report()
            apply_import(target, plan)
            with target.read() as session:
                assert session.scalar(select(Decision.text)) == validation.xml_safe(decision)
                assert session.scalar(select(Meeting.title)) == validation.xml_safe(title)
                assert session.scalar(select(Person.role)) == validation.xml_safe(role)
        finally:
            target.close()
