"""The directory: listing, editing, merging duplicates and deleting people and organisations."""

from __future__ import annotations

import re
from datetime import date

import pytest
from sqlalchemy import func, select

from pactdesk.domain.enums import AttendanceStatus, OrganisationKind, SeatCode
from pactdesk.domain.errors import ConflictError, NotFoundError, ValidationError
from pactdesk.domain.models import (
    Action,
    ActionUpdate,
    Attendance,
    Cluster,
    CommitteeSeat,
    Meeting,
    Organisation,
    Person,
    SeatHolder,
)
from pactdesk.services import actions, committee, directory, meetings
from pactdesk.services.attendance import set_attendance
from pactdesk.services.directory import OrganisationMerge, PersonMerge
from pactdesk.store.database import Database

SEEDED_ORGANISATIONS = 8 + 18  # the committee's organisations (all seats but c) and the clusters' entities


def _organisation_id(db: Database, acronym: str) -> int:
    with db.read() as session:
        found = session.scalar(select(Organisation.id).where(Organisation.acronym == acronym))
        assert found is not None
        return found


def _person(db: Database, person_id: int) -> Person | None:
    """The person as saved, detached with its fields loaded (``None`` once deleted)."""
    with db.read() as session:
        found = session.get(Person, person_id)
        if found is not None:
            session.expunge(found)
        return found


# -- listing -----------------------------------------------------------------------------------------------------


def test_people_are_listed_by_name_with_their_organisation_and_seats(database: Database) -> None:
    iapmei = _organisation_id(database, "IAPMEI")
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
    iapmei = _organisation_id(database, "IAPMEI")
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
    iapmei = _organisation_id(database, "IAPMEI")
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
    iapmei = _organisation_id(database, "IAPMEI")
    ana = directory.add_person(database, "Ana Sousa", organisation_id=iapmei, role="Director", email="ana@x.pt")

    previous = directory.update_person(
        database, ana, role="  Board member ", email="ANA.SOUSA@x.pt", organisation_id=None
    )

    assert previous == {"role": "Director", "email": "ana@x.pt", "organisation_id": iapmei}
    person = _person(database, ana)
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
    person = _person(database, ana)
    assert person is not None
    assert (person.role, person.email, person.organisation_id) == ("Director", "ana@x.pt", iapmei)


def test_a_duplicate_email_on_update_is_refused_and_nothing_changes(database: Database) -> None:
    directory.add_person(database, "Ana Sousa", email="ana@x.pt")
    rui = directory.add_person(database, "Rui Lopes", email="rui@x.pt", role="Analyst")

    with pytest.raises(ConflictError, match=re.escape("Ana Sousa already has the e-mail address ana@x.pt.")):
        directory.update_person(database, rui, role="Director", email="Ana@X.pt")

    person = _person(database, rui)
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
    person = _person(database, rui)
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
    iapmei, aicep = _organisation_id(database, "IAPMEI"), _organisation_id(database, "AICEP")
    with pytest.raises(ConflictError, match="different places on the committee") as caught:
        directory.merge_organisations(database, iapmei, aicep)
    assert caught.value.field is None
    assert ConflictError("Taken.").field is None


# -- merging -----------------------------------------------------------------------------------------------------


def test_merging_people_moves_every_reference_and_deletes_the_duplicate(database: Database) -> None:
    iapmei = _organisation_id(database, "IAPMEI")
    keep = directory.add_person(database, "Ana Sousa", role="Director")
    duplicate = directory.add_person(
        database, "Ana M. Sousa", organisation_id=iapmei, role="Adviser", email="ana@iapmei.pt", phone="+351 91"
    )
    other = directory.add_person(database, "Rui Lopes")
    both = meetings.create_meeting(database, "AEC", title="Both on the list", starts_at="2025-01-10 10:00")
    only_duplicate = meetings.create_meeting(
        database, "AEC", title="Only the duplicate", starts_at="2025-02-10 10:00", chair_id=duplicate
    )
    minuted = meetings.create_meeting(
        database, "HCP", title="Minuted", starts_at="2025-03-10 10:00", secretary_id=duplicate
    )
    set_attendance(database, both, keep, None)
    set_attendance(database, both, duplicate, AttendanceStatus.PRESENT)
    set_attendance(database, both, other, AttendanceStatus.REMOTE)
    set_attendance(database, only_duplicate, duplicate, AttendanceStatus.APOLOGIES)
    owned = actions.create_action(database, "Send the study", meeting_ref=both, owner_person_id=duplicate)
    actions.add_update(database, owned, "Half done.", on="2025-02-10", author_id=duplicate)
    committee.hold_seat(database, SeatCode.D, duplicate, date(2024, 1, 1))

    summary = directory.merge_people(database, keep, duplicate)

    assert summary == PersonMerge(
        kept="Ana Sousa",
        attendance_moved=1,
        attendance_dropped=1,
        actions_moved=1,
        updates_moved=1,
        meetings_moved=2,
        seats_moved=1,
        filled=("organisation_id", "email", "phone"),
    )
    with database.read() as session:
        assert session.get(Person, duplicate) is None
        kept = session.get(Person, keep)
        assert kept is not None
        # Blanks filled from the duplicate; what the kept person had stays.
        assert (kept.name, kept.organisation_id, kept.role, kept.email, kept.phone) == (
            "Ana Sousa",
            iapmei,
            "Director",
            "ana@iapmei.pt",
            "+351 91",
        )
        attendance = {(row.meeting.ref, row.person_id): row.status for row in session.scalars(select(Attendance))}
        # The kept row at the shared meeting stays and takes the status it lacked; the duplicate's is gone.
        assert attendance == {
            (both, keep): AttendanceStatus.PRESENT,
            (both, other): AttendanceStatus.REMOTE,
            (only_duplicate, keep): AttendanceStatus.APOLOGIES,
        }
        assert session.scalar(select(Action.owner_person_id).where(Action.ref == owned)) == keep
        assert session.scalars(select(ActionUpdate.author_id)).all() == [keep]
        assert session.scalar(select(Meeting.chair_id).where(Meeting.ref == only_duplicate)) == keep
        assert session.scalar(select(Meeting.secretary_id).where(Meeting.ref == minuted)) == keep
        assert session.scalars(select(SeatHolder.person_id)).all() == [keep]
        for column in (Attendance.person_id, Action.owner_person_id, Meeting.chair_id, Meeting.secretary_id):
            assert session.scalar(select(func.count()).where(column == duplicate)) == 0
    assert committee.committee_seats(database)[4].holder == "Ana Sousa"


def _everything_about_people(db: Database) -> dict[str, list[tuple[object, ...]]]:
    with db.read() as session:
        return {
            "people": [
                tuple(row)
                for row in session.execute(
                    select(Person.id, Person.name, Person.organisation_id, Person.role, Person.email, Person.phone)
                )
            ],
            "attendance": [
                tuple(row)
                for row in session.execute(
                    select(
                        Attendance.id,
                        Attendance.meeting_id,
                        Attendance.person_id,
                        Attendance.organisation_id,
                        Attendance.status,
                        Attendance.guest,
                        Attendance.note,
                    ).order_by(Attendance.id)
                )
            ],
            "actions": [tuple(row) for row in session.execute(select(Action.id, Action.owner_person_id))],
            "updates": [tuple(row) for row in session.execute(select(ActionUpdate.id, ActionUpdate.author_id))],
            "meetings": [
                tuple(row) for row in session.execute(select(Meeting.id, Meeting.chair_id, Meeting.secretary_id))
            ],
            "seats": [
                tuple(row)
                for row in session.execute(
                    select(SeatHolder.id, SeatHolder.person_id, SeatHolder.since, SeatHolder.until)
                )
            ],
        }


def test_a_merge_is_undone_with_every_reference_in_one_step(database: Database) -> None:
    iapmei = _organisation_id(database, "IAPMEI")
    keep = directory.add_person(database, "Rui Costa", organisation_id=iapmei)
    duplicate = directory.add_person(database, "Rui Costa", role="Adviser", email="rui@x.pt", phone="+351 91")
    both = meetings.create_meeting(database, "AEC", title="Both", starts_at="2025-01-10 10:00")
    chaired = meetings.create_meeting(
        database, "AEC", title="Chaired", starts_at="2025-02-10 10:00", chair_id=duplicate, secretary_id=keep
    )
    set_attendance(database, both, keep, None)
    set_attendance(database, both, duplicate, AttendanceStatus.PRESENT, organisation_id=iapmei)
    set_attendance(database, chaired, duplicate, AttendanceStatus.REMOTE)
    owned = actions.create_action(database, "Send the study", meeting_ref=both, owner_person_id=duplicate)
    actions.add_update(database, owned, "Half done.", on="2025-02-10", author_id=duplicate)
    actions.create_action(database, "Kept's own", meeting_ref=both, owner_person_id=keep)
    committee.hold_seat(database, SeatCode.D, duplicate, date(2024, 1, 1))
    before = _everything_about_people(database)

    merged = directory.merge_people(database, keep, duplicate)
    assert merged.undo is not None
    assert merged.filled == ("role", "email", "phone")
    assert _everything_about_people(database) != before

    directory.unmerge_people(database, merged.undo)
    assert _everything_about_people(database) == before
    assert committee.committee_seats(database)[4].holder == "Rui Costa"

    # Merged again and undone again: the record of the undo is complete each time.
    again = directory.merge_people(database, duplicate, keep)
    assert again.undo is not None
    directory.unmerge_people(database, again.undo)
    assert _everything_about_people(database) == before


def test_a_merge_cannot_be_undone_once_the_kept_person_is_gone_too(database: Database) -> None:
    keep, duplicate = directory.add_person(database, "Ana Sousa"), directory.add_person(database, "Ana M. Sousa")
    merged = directory.merge_people(database, keep, duplicate)
    assert merged.undo is not None
    directory.merge_people(database, directory.add_person(database, "Other"), keep)  # the kept one is gone too
    with pytest.raises(NotFoundError, match="person no longer exists"):
        directory.unmerge_people(database, merged.undo)


def test_people_a_newcomer_may_already_be(database: Database) -> None:
    iapmei = _organisation_id(database, "IAPMEI")
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


def test_a_person_cannot_be_merged_with_themselves_or_with_someone_missing(database: Database) -> None:
    ana = directory.add_person(database, "Ana Sousa")
    with pytest.raises(ValidationError, match="cannot be merged with themselves"):
        directory.merge_people(database, ana, ana)
    with pytest.raises(NotFoundError, match="person no longer exists"):
        directory.merge_people(database, ana, 999_999)
    assert _person(database, ana) is not None


def test_merging_organisations_moves_people_attendance_actions_clusters_and_seats(database: Database) -> None:
    keep = directory.add_organisation(database, "Health Cluster Portugal Association", kind=OrganisationKind.OTHER)
    with database.read() as session:
        entity = session.scalar(select(Cluster.management_entity_id).where(Cluster.code == "HCP"))
        assert entity is not None
    ana = directory.add_person(database, "Ana Sousa", organisation_id=entity)
    ref = meetings.create_meeting(database, "HCP", title="Monitoring", starts_at="2025-01-10 10:00")
    set_attendance(database, ref, ana, AttendanceStatus.PRESENT)
    directory.add_organisation(database, "Spare", acronym="SP")
    owned = actions.create_action(database, "Map the hospitals", cluster_code="HCP", owner_organisation_id=entity)

    summary = directory.merge_organisations(database, keep, entity)

    assert summary == OrganisationMerge(
        kept="Health Cluster Portugal Association",
        people_moved=1,
        attendance_moved=1,
        actions_moved=1,
        clusters_moved=1,
        seats_moved=0,
        filled=("acronym", "kind"),
    )
    with database.read() as session:
        assert session.get(Organisation, entity) is None
        kept = session.get(Organisation, keep)
        assert kept is not None and (kept.acronym, kept.kind) == ("HCP", OrganisationKind.CLUSTER_ENTITY)
        assert session.scalar(select(Person.organisation_id).where(Person.id == ana)) == keep
        assert session.scalars(select(Attendance.organisation_id)).all() == [keep]
        assert session.scalar(select(Action.owner_organisation_id).where(Action.ref == owned)) == keep
        assert session.scalar(select(Cluster.management_entity_id).where(Cluster.code == "HCP")) == keep

    # A seat moves with its organisation.
    iapmei, copy = _organisation_id(database, "IAPMEI"), directory.add_organisation(database, "IAPMEI (new)")
    assert directory.merge_organisations(database, copy, iapmei).seats_moved == 1
    with database.read() as session:
        assert session.scalar(select(CommitteeSeat.organisation_id).where(CommitteeSeat.code == SeatCode.D)) == copy


def test_two_members_of_the_committee_cannot_be_merged(database: Database) -> None:
    iapmei, aicep = _organisation_id(database, "IAPMEI"), _organisation_id(database, "AICEP")
    with pytest.raises(ConflictError, match=re.escape("different places on the committee (seat (d) and seat (g))")):
        directory.merge_organisations(database, iapmei, aicep)
    with pytest.raises(ValidationError, match="cannot be merged with itself"):
        directory.merge_organisations(database, iapmei, iapmei)
    assert len(directory.list_organisations(database)) == SEEDED_ORGANISATIONS


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
    assert _person(database, ana) is not None


def test_a_person_nothing_refers_to_is_deleted(database: Database) -> None:
    ana = directory.add_person(database, "Ana Sousa", email="ana@x.pt")
    directory.delete_person(database, ana)
    assert _person(database, ana) is None
    directory.add_person(database, "Ana Sousa", email="ana@x.pt")  # the address is free again
    with pytest.raises(NotFoundError, match="person no longer exists"):
        directory.delete_person(database, 999_999)


def test_an_organisation_is_deleted_only_when_nothing_refers_to_it(database: Database) -> None:
    iapmei = _organisation_id(database, "IAPMEI")
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
