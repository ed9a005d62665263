"""The directory: adding, listing, editing and deleting people and organisations."""

from __future__ import annotations

import re
from datetime import date

import pytest

from pactdesk.domain.enums import AttendanceStatus, OrganisationKind, SeatCode
from pactdesk.domain.errors import ConflictError, NotFoundError, ValidationError
from pactdesk.domain.models import Organisation
from pactdesk.services import actions, committee, directory, meetings
from pactdesk.services.attendance import set_attendance
from pactdesk.store.database import Database
from tests.services.directory.saved import SEEDED_ORGANISATIONS, organisation_id, saved_person

# -- listing -----------------------------------------------------------------------------------------------------


def test_people_are_listed_by_name_with_their_organisation_and_seats(database: Database) -> None:
    iapmei = organisation_id(database, "IAPMEI")
    zeca = directory.add_person(database, "Zeca Afonso", role="Adviser")
    alvaro = directory.add_person(
        database, "Álvaro Cunhal", organisation_id=iapmei, email="alvaro@iapmei.pt", phone="+351 210 000 000"
    )
    bruno = directory.add_person(database, "bruno Lage", organisation_id=iapmei)
    committee.hold_seat(database, SeatCode.D, alvaro, date(2020, 1, 1))

    rows = directory.list_people(database)

    assert [row.name for row in rows] == ["Álvaro Cunhal", "bruno Lage", "Zeca Afonso"]
    first = rows[0]
    assert first == directory.PersonRow(
        id=alvaro,
        name="Álvaro Cunhal",
        organisation_id=iapmei,
        organisation="IAPMEI – Portuguese Agency for Competitiveness and Innovation",
        role="",
        email="alvaro@iapmei.pt",
        phone="+351 210 000 000",
        seats=(SeatCode.D,),
        organisation_acronym="IAPMEI",
    )
    assert rows[2] == directory.PersonRow(zeca, "Zeca Afonso", None, "", "Adviser", None, "", ())
    assert rows[1].id == bruno and rows[1].seats == ()


def test_the_people_filter_needs_every_word_ignoring_case_and_accents(database: Database) -> None:
    iapmei = organisation_id(database, "IAPMEI")
    directory.add_person(database, "Álvaro Cunhal", organisation_id=iapmei, email="alvaro@iapmei.pt")
    directory.add_person(database, "Ana Sousa", email="ana@aicep.pt")
    directory.add_person(database, "Rui Álvares")

    def names(text: str) -> list[str]:
        return [row.name for row in directory.list_people(database, text)]

    assert names("alvar") == ["Álvaro Cunhal", "Rui Álvares"]
    assert names("ÁLVAR  competitiveness") == ["Álvaro Cunhal"]  # the organisation's name
    assert names("aicep") == ["Ana Sousa"]  # the e-mail address
    assert names("iapmei rui") == []
    assert names("   ") == names("")
    assert len(names("")) == 3


def test_organisations_are_listed_with_seat_and_number_of_people(database: Database) -> None:
    iapmei = organisation_id(database, "IAPMEI")
    directory.add_person(database, "Ana Sousa", organisation_id=iapmei)
    directory.add_person(database, "Rui Lopes", organisation_id=iapmei)
    company = directory.add_organisation(
        database, "Acme Tooling", acronym="ACME", kind=OrganisationKind.COMPANY, email="Geral@Acme.pt", notes="Guest"
    )

    rows = directory.list_organisations(database)

    assert len(rows) == SEEDED_ORGANISATIONS + 1
    assert rows[0].name == "Acme Tooling"
    assert rows[0] == directory.OrganisationRow(
        company, "Acme Tooling", "ACME", OrganisationKind.COMPANY, "geral@acme.pt", "Guest", None, 0
    )
    (found,) = directory.list_organisations(database, "iapmei")
    assert (found.id, found.seat, found.people, found.kind) == (iapmei, SeatCode.D, 2, OrganisationKind.AGENCY)
    entities = directory.list_organisations(database, "cluster management entity")
    assert len(entities) == 18 and all(row.kind is OrganisationKind.CLUSTER_ENTITY for row in entities)
    assert [row.acronym for row in directory.list_organisations(database, "health")] == ["HCP"]


# -- editing -----------------------------------------------------------------------------------------------------


def test_updating_a_person_changes_only_the_given_fields_and_returns_the_old_values(database: Database) -> None:
    iapmei = organisation_id(database, "IAPMEI")
    ana = directory.add_person(database, "Ana Sousa", organisation_id=iapmei, role="Director", email="ana@x.pt")

    previous = directory.update_person(
        database, ana, role="  Board member ", email="ANA.SOUSA@x.pt", organisation_id=None
    )

    assert previous == {"role": "Director", "email": "ana@x.pt", "organisation_id": iapmei}
    person = saved_person(database, ana)
    assert person is not None
    assert (person.name, person.role, person.email, person.organisation_id, person.phone) == (
        "Ana Sousa",
        "Board member",
        "ana.sousa@x.pt",
        None,
        "",
    )
    # What was returned undoes the change.
    directory.update_person(database, ana, **previous)
    person = saved_person(database, ana)
    assert person is not None
    assert (person.role, person.email, person.organisation_id) == ("Director", "ana@x.pt", iapmei)


def test_a_duplicate_email_on_update_is_refused_and_nothing_changes(database: Database) -> None:
    directory.add_person(database, "Ana Sousa", email="ana@x.pt")
    rui = directory.add_person(database, "Rui Lopes", email="rui@x.pt", role="Analyst")

    with pytest.raises(ConflictError, match=re.escape("Ana Sousa already has the e-mail address ana@x.pt.")):
        directory.update_person(database, rui, role="Director", email="Ana@X.pt")

    person = saved_person(database, rui)
    assert person is not None
    assert (person.email, person.role) == ("rui@x.pt", "Analyst")
    # Keeping one's own address is no conflict.
    directory.update_person(database, rui, email="RUI@x.pt")


@pytest.mark.parametrize(
    ("changes", "field", "sentence"),
    [
        ({"name": "   "}, "name", "The person's name cannot be empty."),
        ({"email": "rui-at-x"}, "email", "“rui-at-x” is not an e-mail address"),
        ({"phone": "9" * 61}, "phone", "The phone number is too long"),
    ],
)
def test_a_person_update_is_validated_like_adding(
    database: Database, changes: directory.PersonChanges, field: str, sentence: str
) -> None:
    rui = directory.add_person(database, "Rui Lopes")
    with pytest.raises(ValidationError, match=re.escape(sentence)) as caught:
        directory.update_person(database, rui, **changes)
    assert caught.value.field == field
    person = saved_person(database, rui)
    assert person is not None and (person.name, person.email, person.phone) == ("Rui Lopes", None, "")


def test_a_person_update_with_a_missing_organisation_or_person_is_refused(database: Database) -> None:
    rui = directory.add_person(database, "Rui Lopes")
    with pytest.raises(NotFoundError, match="organisation no longer exists"):
        directory.update_person(database, rui, organisation_id=999_999)
    with pytest.raises(NotFoundError, match="person no longer exists"):
        directory.update_person(database, 999_999, name="Nobody")
    with pytest.raises(TypeError, match="unknown fields: nickname"):
        directory.update_person(database, rui, nickname="R")  # type: ignore[call-arg]


def test_updating_an_organisation_refuses_a_duplicate_name(database: Database) -> None:
    acme = directory.add_organisation(database, "Acme Tooling", acronym="ACME")
    directory.add_organisation(database, "Beta Moulds")

    with pytest.raises(ConflictError, match="There is already an organisation called “beta moulds”"):
        directory.update_organisation(database, acme, name="beta moulds", acronym="AT")

    previous = directory.update_organisation(
        database, acme, name="ACME Tooling", kind=OrganisationKind.COMPANY, email="geral@acme.pt", notes="Moulds"
    )
    assert previous == {"name": "Acme Tooling", "kind": OrganisationKind.OTHER, "email": None, "notes": ""}
    with database.read() as session:
        organisation = session.get(Organisation, acme)
        assert organisation is not None
        assert (organisation.name, organisation.acronym, organisation.kind, organisation.email, organisation.notes) == (
            "ACME Tooling",
            "ACME",
            OrganisationKind.COMPANY,
            "geral@acme.pt",
            "Moulds",
        )
    with pytest.raises(ValidationError) as caught:
        directory.update_organisation(database, acme, acronym="X" * 41)
    assert caught.value.field == "acronym"


def test_a_taken_email_or_organisation_name_names_the_field_it_clashes_on(database: Database) -> None:
    directory.add_person(database, "Ana Sousa", email="ana@x.pt")
    rui = directory.add_person(database, "Rui Lopes")
    with pytest.raises(ConflictError, match="already has the e-mail address") as caught:
        directory.add_person(database, "Ana M. Sousa", email="ANA@x.pt")
    assert caught.value.field == "email"
    with pytest.raises(ConflictError, match="already has the e-mail address") as caught:
        directory.update_person(database, rui, email="ana@x.pt")
    assert caught.value.field == "email"

    directory.add_organisation(database, "Acme Tooling")
    beta = directory.add_organisation(database, "Beta Moulds")
    with pytest.raises(ConflictError, match="already an organisation called") as caught:
        directory.add_organisation(database, "acme tooling")
    assert caught.value.field == "name"
    with pytest.raises(ConflictError, match="already an organisation called") as caught:
        directory.update_organisation(database, beta, name="ACME Tooling")
    assert caught.value.field == "name"

    # A clash that is not about one value names no field.
    iapmei, aicep = organisation_id(database, "IAPMEI"), organisation_id(database, "AICEP")
    with pytest.raises(ConflictError, match="different places on the committee") as caught:
        directory.merge_organisations(database, iapmei, aicep)
    assert caught.value.field is None
    assert ConflictError("Taken.").field is None


# -- likely duplicates ------------------------------------------------------------------------------------------


def test_people_a_newcomer_may_already_be(database: Database) -> None:
    iapmei = organisation_id(database, "IAPMEI")
    busy = directory.add_person(database, "Rui Costa", organisation_id=iapmei)
    quiet = directory.add_person(database, "Rui Côsta")
    mailed = directory.add_person(database, "R. Costa", email="rui@x.pt")
    directory.add_person(database, "Rui Costa Pinto")
    ref = meetings.create_meeting(database, "AEC", title="One", starts_at="2025-01-10 10:00", chair_id=busy)
    set_attendance(database, ref, busy, AttendanceStatus.PRESENT)
    assert directory.histories(database, [busy, quiet, mailed]) == {busy: 2, quiet: 0, mailed: 0}

    found = directory.similar_people(database, " rui   COSTA ")
    assert [row.id for row in found] == [busy, quiet], "accents, case and spacing aside; more history first"
    found = directory.similar_people(database, "Rui Costa", "RUI@x.pt ")
    assert [row.id for row in found] == [mailed, busy, quiet], "the e-mail's owner first"
    assert directory.similar_people(database, "Zoe", "not-an-address") == []
    assert directory.similar_people(database, "", "") == []
    row = next(row for row in directory.list_people(database) if row.id == busy)
    assert directory.person_matches(row, "rui iapmei") and not directory.person_matches(row, "rui aicep")


# -- deleting ----------------------------------------------------------------------------------------------------


def test_a_person_who_is_referred_to_is_not_deleted(database: Database) -> None:
    ana = directory.add_person(database, "Ana Sousa")
    first = meetings.create_meeting(database, "AEC", title="One", starts_at="2025-01-10 10:00", chair_id=ana)
    second = meetings.create_meeting(database, "AEC", title="Two", starts_at="2025-02-10 10:00")
    set_attendance(database, first, ana, AttendanceStatus.PRESENT)
    set_attendance(database, second, ana, AttendanceStatus.PRESENT)
    actions.create_action(database, "Send the study", meeting_ref=first, owner_person_id=ana)

    with pytest.raises(ConflictError) as caught:
        directory.delete_person(database, ana)

    assert str(caught.value) == (
        "Ana Sousa cannot be deleted because the records still refer to them: they are on the attendance list of "
        "2 meetings, own 1 action and chaired 1 meeting. If this is a duplicate, merge it into the right person "
        "instead."
    )
    assert saved_person(database, ana) is not None


def test_a_person_nothing_refers_to_is_deleted(database: Database) -> None:
    ana = directory.add_person(database, "Ana Sousa", email="ana@x.pt")
    directory.delete_person(database, ana)
    assert saved_person(database, ana) is None
    directory.add_person(database, "Ana Sousa", email="ana@x.pt")  # the address is free again
    with pytest.raises(NotFoundError, match="person no longer exists"):
        directory.delete_person(database, 999_999)


def test_an_organisation_is_deleted_only_when_nothing_refers_to_it(database: Database) -> None:
    iapmei = organisation_id(database, "IAPMEI")
    directory.add_person(database, "Ana Sousa", organisation_id=iapmei)
    with pytest.raises(ConflictError) as caught:
        directory.delete_organisation(database, iapmei)
    assert str(caught.value).startswith(
        "“IAPMEI – Portuguese Agency for Competitiveness and Innovation” cannot be deleted because the records "
        "still refer to it: 1 person belongs to it and it has a seat on the committee."
    )
    spare = directory.add_organisation(database, "Spare")
    directory.delete_organisation(database, spare)
    assert len(directory.list_organisations(database)) == SEEDED_ORGANISATIONS
