"""The committee's seats: who holds each on a given day, the history of a seat, and handing a seat over."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from pactdesk.domain.enums import SeatCode
from pactdesk.domain.errors import ConflictError, ValidationError
from pactdesk.domain.models import Organisation
from pactdesk.services import committee, directory
from pactdesk.services.committee import SeatHolderRow
from pactdesk.store.database import Database


def _organisation_id(db: Database, acronym: str) -> int:
    with db.read() as session:
        found = session.scalar(select(Organisation.id).where(Organisation.acronym == acronym))
        assert found is not None
        return found


def test_the_seats_without_holders(database: Database) -> None:
    seats = committee.committee_seats(database)
    assert [seat.code for seat in seats] == list(SeatCode)
    assert [seat.code.value for seat in seats] == ["chair", "a", "b", "c", "d", "e", "f", "g", "h"]
    assert all(seat.holder is None and seat.holder_id is None and seat.since is None for seat in seats)
    chair, seat_c = seats[0], seats[3]
    assert chair.title == "Chair: the Deputy State Secretary for the Economy"
    assert chair.organisation == "Office of the Deputy State Secretary for the Economy"
    assert (seat_c.organisation, seat_c.organisation_id) == ("each cluster's management entity", None)
    assert seats[4].organisation_id == _organisation_id(database, "IAPMEI")


def test_the_seats_with_holders_on_a_given_day_and_the_history(database: Database) -> None:
    first = directory.add_person(database, "Ana Sousa")
    second = directory.add_person(database, "Rui Lopes")
    chair = directory.add_person(database, "João Neves")
    committee.hold_seat(database, SeatCode.D, first, date(2022, 1, 1))
    committee.hold_seat(database, SeatCode.D, second, date(2024, 6, 1))
    committee.hold_seat(database, SeatCode.CHAIR, chair)

    def holder(on: date | None, code: SeatCode = SeatCode.D) -> tuple[str | None, date | None]:
        row = next(seat for seat in committee.committee_seats(database, on) if seat.code is code)
        return row.holder, row.since

    assert holder(date(2021, 12, 31)) == (None, None)
    assert holder(date(2022, 1, 1)) == ("Ana Sousa", date(2022, 1, 1))
    assert holder(date(2024, 5, 31)) == ("Ana Sousa", date(2022, 1, 1))
    assert holder(date(2024, 6, 1)) == ("Rui Lopes", date(2024, 6, 1))
    assert holder(None) == ("Rui Lopes", date(2024, 6, 1))
    assert holder(None, SeatCode.CHAIR) == ("João Neves", None)
    assert committee.seat_history(database, SeatCode.D) == [
        SeatHolderRow(first, "Ana Sousa", date(2022, 1, 1), date(2024, 6, 1)),
        SeatHolderRow(second, "Rui Lopes", date(2024, 6, 1), None),
    ]
    assert committee.seat_history(database, SeatCode.H) == []
    assert {row.name: row.seats for row in directory.list_people(database)} == {
        "Ana Sousa": (),
        "João Neves": (SeatCode.CHAIR,),
        "Rui Lopes": (SeatCode.D,),
    }


def test_holding_a_seat_refuses_the_current_holder_and_an_earlier_start(database: Database) -> None:
    ana = directory.add_person(database, "Ana Sousa")
    rui = directory.add_person(database, "Rui Lopes")
    committee.hold_seat(database, SeatCode.G, ana, date(2024, 1, 1))
    with pytest.raises(ConflictError, match=re.escape("Ana Sousa already holds seat (g).")):
        committee.hold_seat(database, SeatCode.G, ana, date(2025, 1, 1))
    with pytest.raises(ValidationError, match="has held seat \\(g\\) since 2024-01-01") as caught:
        committee.hold_seat(database, SeatCode.G, rui, date(2023, 1, 1))
    assert caught.value.field == "since"
    assert committee.seat_history(database, SeatCode.G) == [SeatHolderRow(ana, "Ana Sousa", date(2024, 1, 1), None)]
    committee.hold_seat(database, SeatCode.G, rui, date.today() - timedelta(days=1))
    assert committee.committee_seats(database)[7].holder == "Rui Lopes"


def test_the_holders_on_a_day_start_on_their_first_day_and_stop_when_the_next_takes_over(database: Database) -> None:
    ana = directory.add_person(database, "Ana Sousa")
    rui = directory.add_person(database, "Rui Lopes")
    joao = directory.add_person(database, "João Neves")
    committee.hold_seat(database, SeatCode.D, ana, date(2022, 1, 1))
    committee.hold_seat(database, SeatCode.D, rui, date(2024, 6, 1))
    committee.hold_seat(database, SeatCode.CHAIR, joao)  # no start recorded: held since before the records

    def held(day: date) -> list[tuple[SeatCode, str]]:
        with database.read() as session:
            return [(holder.seat.code, holder.person.name) for holder in committee.holders_on(session, day)]

    assert held(date(2021, 12, 31)) == [(SeatCode.CHAIR, "João Neves")]
    assert held(date(2022, 1, 1)) == [(SeatCode.D, "Ana Sousa"), (SeatCode.CHAIR, "João Neves")]
    assert held(date(2024, 5, 31)) == [(SeatCode.D, "Ana Sousa"), (SeatCode.CHAIR, "João Neves")]
    assert held(date(2024, 6, 1)) == [(SeatCode.D, "Rui Lopes"), (SeatCode.CHAIR, "João Neves")]
