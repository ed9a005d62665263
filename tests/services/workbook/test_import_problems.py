"""Every problem an import reports, at its exact sheet, row and column; with any problem nothing is written."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from pactdesk.cli import main
from pactdesk.domain.errors import DomainError, RefusedFileError
from pactdesk.exchange.xlsx_read import check_workbook
from pactdesk.exchange.xlsx_write import export_workbook
from pactdesk.services import agenda, attendance, directory, meetings, workspace
from pactdesk.services.workbook.plan import MAX_PROBLEMS
from pactdesk.services.workbook.writing import apply_import
from pactdesk.store.database import Database
from tests.exchange.workbooks import Base, add_base_records, dump, make_workbook, where


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, Base]]:
    """One database with the base records for all the checks that only read (check_workbook writes nothing)."""
    folder = tmp_path_factory.mktemp("shared")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PACTDESK_HOME", str(folder / "home"))
        database = workspace.open_workspace(workspace.location(str(folder / "shared.sqlite")))
        try:
            yield database, add_base_records(database)
        finally:
            database.close()


LONG_TITLE = "x" * 5_001
TWO_HUNDRED_AND_ONE_REFS = ";".join(["X"] * 201)

# (sheets, expected (sheet, row, column), a phrase of the problem's text)
CASES: list[Any] = [
    # -- cells that cannot be read, one per kind of column ---------------------------------------------------
    pytest.param(
        {"Actions": [["Ref", "Due"], ["AEC-A0001", "next week"]]},
        ("Actions", 2, "Due"),
        "“next week” is not a date",
        id="not-a-date",
    ),
    pytest.param(
        {"Actions": [["Ref", "Due"], ["AEC-A0001", "31/02/2025"]]},
        ("Actions", 2, "Due"),
        "is not a date",
        id="not-a-date-impossible-day",
    ),
    pytest.param(
        {"Outputs": [["Ref", "Date"], ["AEC-O0001", 45000.5]]},
        ("Outputs", 2, "Date"),
        "is not a date",
        id="not-a-date-number",
    ),
    pytest.param(
        {"Meetings": [["Ref", "Start"], ["AEC-2025-01", "tomorrow at ten"]]},
        ("Meetings", 2, "Start"),
        "“tomorrow at ten” is not a date and time",
        id="not-a-date-and-time",
    ),
    pytest.param(
        {"Meetings": [["Ref", "End"], ["AEC-2025-01", "2025-02-03 25:00"]]},
        ("Meetings", 2, "End"),
        "is not a date and time",
        id="not-a-date-and-time-hour",
    ),
    pytest.param(
        {"Clusters": [["Code", "Pact signed"], ["AEC", "maybe"]]},
        ("Clusters", 2, "Pact signed"),
        "“maybe” is not yes or no",
        id="not-yes-or-no",
    ),
    pytest.param(
        {"Outputs": [["Ref", "Progress %"], ["AEC-O0001", 150]]},
        ("Outputs", 2, "Progress %"),
        "“150” is not a whole number from 0 to 100",
        id="number-above-range",
    ),
    pytest.param(
        {"Outputs": [["Ref", "Progress %"], ["AEC-O0001", -5]]},
        ("Outputs", 2, "Progress %"),
        "is not a whole number from 0 to 100",
        id="number-below-range",
    ),
    pytest.param(
        {"Agenda": [["Meeting", "No.", "Title"], ["AEC-2025-01", 1.5, "Welcome"]]},
        ("Agenda", 2, "No."),
        "“1.5” is not a whole number from 1 to 999",
        id="number-not-whole",
    ),
    pytest.param(
        {"Outputs": [["Ref", "Output type"], ["AEC-O0001", "two"]]},
        ("Outputs", 2, "Output type"),
        "“two” is not a whole number from 1 to 17",
        id="number-as-word",
    ),
    pytest.param(
        {"Agenda": [["Meeting", "No.", "Title"], ["AEC-2025-01", 0, "Welcome"]]},
        ("Agenda", 2, "No."),
        "from 1 to 999",
        id="number-zero-where-one-is-lowest",
    ),
    pytest.param(
        {"Meetings": [["Ref", "Status"], ["AEC-2025-01", "postponed"]]},
        ("Meetings", 2, "Status"),
        "“postponed” is not one of: planned, held, cancelled",
        id="not-one-of-the-choices",
    ),
    pytest.param(
        {
            "Organisations": [
                ["Name", "Committee seat"],
                ["IAPMEI – Portuguese Agency for Competitiveness and Innovation", "c"],
            ]
        },
        ("Organisations", 2, "Committee seat"),
        "is not one of: chair, a, b, d, e, f, g, h",
        id="seat-c-is-not-given-by-import",
    ),
    pytest.param(
        {"Actions": [["Ref", "Goals"], ["AEC-A0001", "1; 12"]]},
        ("Actions", 2, "Goals"),
        "“1; 12” is not a list of goal numbers 1 to 9",
        id="goal-out-of-range",
    ),
    pytest.param(
        {"Actions": [["Ref", "Goals"], ["AEC-A0001", "growth"]]},
        ("Actions", 2, "Goals"),
        "is not a list of goal numbers",
        id="goals-as-words",
    ),
    pytest.param(
        {"Actions": [["Ref", "Goals"], ["AEC-A0001", 2.5]]},
        ("Actions", 2, "Goals"),
        "is not a list of goal numbers",
        id="goals-fraction",
    ),
    pytest.param(
        {"Outputs": [["Ref", "Meeting"], ["AEC-O0001", TWO_HUNDRED_AND_ONE_REFS]]},
        ("Outputs", 2, "Meeting"),
        "This is not a list of meeting references",
        id="too-many-meeting-references",
    ),
    pytest.param(
        {"Actions": [["Ref", "Title"], ["AEC-A0001", LONG_TITLE]]},
        ("Actions", 2, "Title"),
        "The text is too long (5,001 characters; at most 5,000)",
        id="too-long-text",
    ),
    pytest.param(
        {"People": [["Name", "Phone"], ["Ana Silva", "9" * 61]]},
        ("People", 2, "Phone"),
        "at most 60",
        id="too-long-phone",
    ),
    # -- headers ---------------------------------------------------------------------------------------------
    pytest.param(
        {"Actions": [["Ref", "Title", " title "], ["AEC-A0001", "Send the report", "Send it"]]},
        ("Actions", 1, "Title"),
        "The column appears twice (columns 2 and 3)",
        id="duplicate-header",
    ),
    pytest.param(
        {"Actions": [["Reference", "Headline"], ["AEC-A0001", "Send the report"]]},
        ("Actions", 1, None),
        "The first row holds no column of the Actions sheet",
        id="header-of-another-sheet",
    ),
    pytest.param(
        {"Clusters": [["Name"], ["Cluster AEC – Architecture, Engineering and Construction"]]},
        ("Clusters", 2, None),
        "needs a “Code” column",
        id="clusters-without-code-column",
    ),
    pytest.param(
        {"Organisations": [["Acronym"], ["XYZ"]]},
        ("Organisations", 2, None),
        "needs a “Name” column",
        id="organisations-without-name-column",
    ),
    pytest.param(
        {"People": [["Email"], ["new@example.pt"]]},
        ("People", 2, None),
        "needs a “Name” column",
        id="people-without-name-column",
    ),
    # -- the same key twice ----------------------------------------------------------------------------------
    pytest.param(
        {"Actions": [["Ref", "Title"], ["AEC-A0001", "One"], ["aec-a0001", "Two"]]},
        ("Actions", 3, "Ref"),
        "The action AEC-A0001 is also on row 2",
        id="duplicate-action",
    ),
    pytest.param(
        {"Meetings": [["Ref", "Title"], ["AEC-2025-01", "One"], ["AEC-2025-01", "Two"]]},
        ("Meetings", 3, "Ref"),
        "The meeting AEC-2025-01 is also on row 2",
        id="duplicate-meeting",
    ),
    pytest.param(
        {"Outputs": [["Ref", "Title"], ["AEC-O0001", "One"], ["AEC-O0001", "Two"]]},
        ("Outputs", 3, "Ref"),
        "The output AEC-O0001 is also on row 2",
        id="duplicate-output",
    ),
    pytest.param(
        {"Clusters": [["Code", "Email"], ["AEC", ""], ["aec", "x@example.pt"]]},
        ("Clusters", 3, "Code"),
        "The cluster AEC is also on row 2",
        id="duplicate-cluster",
    ),
    pytest.param(
        {"Organisations": [["Name", "Acronym"], ["New Org", "NO"], [" new   ORG ", "NO2"]]},
        ("Organisations", 3, "Name"),
        "is also on row 2",
        id="duplicate-organisation-by-case-and-spacing",
    ),
    pytest.param(
        {"People": [["Name", "Email"], ["Ana Silva", "ana@example.pt"], ["Ana S.", "ANA@example.pt"]]},
        ("People", 3, "Email"),
        "The person ana@example.pt is also on row 2",
        id="duplicate-person-email",
    ),
    pytest.param(
        {"People": [["Name"], ["Rui Mota"], ["rui  mota"]]},
        ("People", 3, "Name"),
        "is also on row 2",
        id="duplicate-person-name",
    ),
    pytest.param(
        {"Attendance": [["Meeting", "Person"], ["AEC-2025-01", "Ana Silva"], ["AEC-2025-01", "ana@example.pt"]]},
        ("Attendance", 3, "Person"),
        "is also on row 2",
        id="duplicate-attendance",
    ),
    pytest.param(
        {"Agenda": [["Meeting", "No.", "Title"], ["AEC-2025-01", 1, "Welcome"], ["AEC-2025-01", 1, "Again"]]},
        ("Agenda", 3, "No."),
        "Item 1 of AEC-2025-01 is also on row 2",
        id="duplicate-agenda-item",
    ),
    # -- a new record without a value it needs ---------------------------------------------------------------
    pytest.param(
        {
            "Meetings": [
                ["Ref", "Cluster", "Title", "Start"],
                ["", "AEC", "", "2025-05-01 10:00"],
                ["", "AEC", "Ok", "2025-05-02 10:00"],
            ]
        },
        ("Meetings", 2, "Title"),
        "A new meeting needs a value in “Title”",
        id="new-meeting-without-title",
    ),
    pytest.param(
        {"Meetings": [["Cluster", "Title"], ["AEC", "Planning day"]]},
        ("Meetings", 2, None),
        "A new meeting needs a value in “Start”",
        id="new-meeting-without-start-column",
    ),
    pytest.param(
        {"Meetings": [["Cluster", "Title", "Start"], ["", "Planning day", "2025-05-01 10:00"]]},
        ("Meetings", 2, "Cluster"),
        "A new meeting needs a value in “Cluster”",
        id="new-meeting-without-cluster",
    ),
    pytest.param(
        {"Actions": [["Ref", "Cluster", "Title"], ["", "AEC", ""]]},
        ("Actions", 2, "Title"),
        "A new action needs a value in “Title”",
        id="new-action-without-title",
    ),
    pytest.param(
        {"Actions": [["Title"], ["Call the ministry"]]},
        ("Actions", 2, "Cluster"),
        "A new action needs a cluster (or a meeting to take it from)",
        id="new-action-without-cluster",
    ),
    pytest.param(
        {"Outputs": [["Cluster", "Title"], ["AEC", "Study"]]},
        ("Outputs", 2, None),
        "A new output needs a value in “Output type”",
        id="new-output-without-type-column",
    ),
    pytest.param(
        {"Outputs": [["Cluster", "Output type", "Title"], ["AEC", 3, ""]]},
        ("Outputs", 2, "Title"),
        "A new output needs a value in “Title”",
        id="new-output-without-title",
    ),
    pytest.param(
        {"Outputs": [["Output type", "Title"], [3, "Study"]]},
        ("Outputs", 2, None),
        "A new output needs a value in “Cluster”",
        id="new-output-without-cluster",
    ),
    pytest.param(
        {"Clusters": [["Code", "Name"], ["NEWC", ""], ["NEWD", "New cluster D"]]},
        ("Clusters", 2, "Name"),
        "A new cluster needs a value in “Name”",
        id="new-cluster-without-name",
    ),
    pytest.param(
        {"Agenda": [["Meeting", "No.", "Title"], ["AEC-2025-01", 1, None], ["AEC-2025-01", 2, "Fine"]]},
        ("Agenda", 2, "Title"),
        "A new agenda item needs a value in “Title”",
        id="new-agenda-item-without-title",
    ),
    pytest.param(
        {"Agenda": [["Meeting", "No.", "Title"], ["", 1, "Orphan"]]},
        ("Agenda", 2, "Meeting"),
        "A new agenda item needs a value in “Meeting”",
        id="new-agenda-item-without-meeting",
    ),
    pytest.param(
        {"Agenda": [["Meeting", "No.", "Title"], ["AEC-2025-01", None, "Unnumbered"]]},
        ("Agenda", 2, "No."),
        "A new agenda item needs a value in “No.”",
        id="new-agenda-item-without-number",
    ),
    pytest.param(
        {"Attendance": [["Meeting", "Person", "Status"], ["AEC-2025-01", "", "present"]]},
        ("Attendance", 2, "Person"),
        "A new attendance row needs a value in “Person”",
        id="attendance-without-person",
    ),
    pytest.param(
        {"Attendance": [["Meeting", "Person", "Status"], [None, "Ana Silva", "present"]]},
        ("Attendance", 2, "Meeting"),
        "A new attendance row needs a value in “Meeting”",
        id="attendance-without-meeting",
    ),
    pytest.param(
        {"Decisions": [["Meeting", "Agenda no.", "Decision"], ["AEC-2025-01", None, "Agreed."]]},
        ("Decisions", 2, "Agenda no."),
        "A new decision needs a value in “Agenda no.”",
        id="decision-without-agenda-number",
    ),
    pytest.param(
        {"Decisions": [["Meeting", "Agenda no.", "Decision"], ["AEC-2025-02", 1, ""]]},
        ("Decisions", 2, "Decision"),
        "A new decision needs a value in “Decision”",
        id="decision-without-text",
    ),
    pytest.param(
        {"People": [["Name", "Email"], ["", "nobody.yet@example.pt"]]},
        ("People", 2, "Name"),
        "A person needs a name",
        id="person-without-name",
    ),
    pytest.param(
        {"Organisations": [["Name", "Acronym"], ["", "NONAME"]]},
        ("Organisations", 2, "Name"),
        "An organisation needs a name",
        id="organisation-without-name",
    ),
    # -- an existing record's value emptied ------------------------------------------------------------------
    pytest.param(
        {"Meetings": [["Ref", "Title"], ["AEC-2025-01", ""], ["AUTO-2025-01", "Fine"]]},
        ("Meetings", 2, "Title"),
        "A meeting's title cannot be empty",
        id="meeting-title-emptied",
    ),
    pytest.param(
        {"Meetings": [["Ref", "Start", "Title"], ["AEC-2025-01", "", "Kick-off"]]},
        ("Meetings", 2, "Start"),
        "A meeting's start cannot be empty",
        id="meeting-start-emptied",
    ),
    pytest.param(
        {"Actions": [["Ref", "Title", "Due"], ["AEC-A0001", "", date(2025, 4, 1)]]},
        ("Actions", 2, "Title"),
        "An action's title cannot be empty",
        id="action-title-emptied",
    ),
    pytest.param(
        {"Outputs": [["Ref", "Title", "Progress %"], ["AEC-O0001", "", 10]]},
        ("Outputs", 2, "Title"),
        "An output's title cannot be empty",
        id="output-title-emptied",
    ),
    pytest.param(
        {"Outputs": [["Ref", "Output type", "Progress %"], ["AEC-O0001", None, 10]]},
        ("Outputs", 2, "Output type"),
        "An output's type cannot be empty",
        id="output-type-emptied",
    ),
    pytest.param(
        {"Agenda": [["Meeting", "No.", "Title"], ["AEC-2025-02", 1, ""]]},
        ("Agenda", 2, "Title"),
        "An agenda item's title cannot be empty",
        id="agenda-title-emptied",
    ),
    pytest.param(
        {"Clusters": [["Code", "Name", "Email"], ["AEC", "", "aec@example.pt"]]},
        ("Clusters", 2, "Name"),
        "A cluster's name cannot be empty",
        id="cluster-name-emptied",
    ),
    # -- names and references that point at nothing, or at more than one thing -------------------------------
    pytest.param(
        {"Actions": [["Ref", "Cluster", "Title"], ["", "xyz", "Call"]]},
        ("Actions", 2, "Cluster"),
        "There is no cluster “XYZ”",
        id="unknown-cluster",
    ),
    pytest.param(
        {"Clusters": [["Code", "Management entity"], ["AEC", "Nowhere Ltd"]]},
        ("Clusters", 2, "Management entity"),
        "There is no organisation “Nowhere Ltd”",
        id="unknown-management-entity",
    ),
    pytest.param(
        {"People": [["Name", "Organisation"], ["Rui Mota", "Nowhere Ltd"]]},
        ("People", 2, "Organisation"),
        "There is no organisation “Nowhere Ltd”",
        id="unknown-organisation",
    ),
    pytest.param(
        {"Attendance": [["Meeting", "Person", "Organisation"], ["AEC-2025-01", "Ana Silva", "Nowhere Ltd"]]},
        ("Attendance", 2, "Organisation"),
        "There is no organisation “Nowhere Ltd”",
        id="unknown-organisation-represented",
    ),
    pytest.param(
        {"Attendance": [["Meeting", "Person"], ["AEC-2025-01", "Nobody Here"]]},
        ("Attendance", 2, "Person"),
        "There is no person called “Nobody Here”",
        id="unknown-person",
    ),
    pytest.param(
        {"Meetings": [["Ref", "Chair"], ["AEC-2025-01", "nobody@example.pt"]]},
        ("Meetings", 2, "Chair"),
        "Nobody has the e-mail “nobody@example.pt”",
        id="unknown-person-email",
    ),
    pytest.param(
        {"Actions": [["Ref", "Owner"], ["AEC-A0001", "Nobody Here"]]},
        ("Actions", 2, "Owner"),
        "There is no person or organisation called “Nobody Here”",
        id="unknown-owner",
    ),
    pytest.param(
        {"Actions": [["Ref", "Meeting"], ["AEC-A0001", "AEC-2025-99"]]},
        ("Actions", 2, "Meeting"),
        "There is no meeting “AEC-2025-99”",
        id="unknown-meeting",
    ),
    pytest.param(
        {"Attendance": [["Meeting", "Person"], ["AEC-2025-99", "Ana Silva"]]},
        ("Attendance", 2, "Meeting"),
        "There is no meeting “AEC-2025-99”",
        id="unknown-meeting-of-attendance",
    ),
    pytest.param(
        {"Outputs": [["Ref", "Meeting"], ["AEC-O0001", "AEC-2025-01; AEC-2025-77"]]},
        ("Outputs", 2, "Meeting"),
        "There is no meeting “AEC-2025-77”",
        id="unknown-meeting-of-output",
    ),
    pytest.param(
        {"Meetings": [["Ref", "Chair"], ["AEC-2025-01", "joão  costa"]]},
        ("Meetings", 2, "Chair"),
        "More than one person is called “joão  costa”; write their e-mail instead",
        id="ambiguous-person",
    ),
    pytest.param(
        {"People": [["Name", "Role"], ["João Costa", "Engineer"]]},
        ("People", 2, "Name"),
        "More than one person is called “João Costa”; give their e-mail",
        id="ambiguous-person-in-people",
    ),
    pytest.param(
        {"People": [["Name", "Organisation"], ["Rui Mota", "dup"]]},
        ("People", 2, "Organisation"),
        "More than one organisation has the acronym “dup”",
        id="ambiguous-acronym",
    ),
    # -- references ------------------------------------------------------------------------------------------
    pytest.param(
        {"Actions": [["Ref", "Cluster", "Title"], ["A-17", "AEC", "Call"]]},
        ("Actions", 2, "Ref"),
        "“A-17” is not an action reference such as AEC-A0012",
        id="bad-action-reference",
    ),
    pytest.param(
        {"Outputs": [["Ref", "Cluster", "Output type", "Title"], ["AEC-A0003", "AEC", 3, "Study"]]},
        ("Outputs", 2, "Ref"),
        "“AEC-A0003” is not an output reference such as AEC-O0003",
        id="bad-output-reference",
    ),
    pytest.param(
        {"Meetings": [["Ref", "Cluster", "Title", "Start"], ["2025-AEC-3", "AEC", "Day", "2025-05-01 10:00"]]},
        ("Meetings", 2, "Ref"),
        "“2025-AEC-3” is not a meeting reference such as AEC-2024-02",
        id="bad-meeting-reference",
    ),
    pytest.param(
        {"Clusters": [["Code", "Name"], ["a-b", "Hyphen cluster"]]},
        ("Clusters", 2, "Code"),
        "“A-B” is not a cluster code",
        id="bad-cluster-code",
    ),
    pytest.param(
        {"Actions": [["Ref", "Cluster", "Title"], ["AUTO-A0005", "AEC", "Call"]]},
        ("Actions", 2, "Ref"),
        "The reference AUTO-A0005 belongs to the cluster AUTO",
        id="action-reference-of-another-cluster",
    ),
    pytest.param(
        {"Outputs": [["Ref", "Cluster", "Output type", "Title"], ["AUTO-O0005", "AEC", 3, "Study"]]},
        ("Outputs", 2, "Ref"),
        "The reference AUTO-O0005 belongs to the cluster AUTO",
        id="output-reference-of-another-cluster",
    ),
    pytest.param(
        {"Meetings": [["Ref", "Cluster", "Title", "Start"], ["AUTO-2025-07", "AEC", "Day", "2025-05-01 10:00"]]},
        ("Meetings", 2, "Ref"),
        "The reference AUTO-2025-07 belongs to the cluster AUTO",
        id="meeting-reference-of-another-cluster",
    ),
    # -- rules of the records ----------------------------------------------------------------------------------
    pytest.param(
        {"Meetings": [["Ref", "End"], ["AEC-2025-01", datetime(2025, 2, 3, 9, 0)]]},
        ("Meetings", 2, "End"),
        "The meeting must end after it starts",
        id="meeting-ends-before-it-starts",
    ),
    pytest.param(
        {"Meetings": [["Ref", "Start"], ["AEC-2025-01", "2025-02-03 12:00"]]},
        ("Meetings", 2, "End"),
        "The meeting must end after it starts",
        id="meeting-start-moved-past-its-end",
    ),
    pytest.param(
        {"Meetings": [["Ref", "Cluster"], ["AEC-2025-01", "AUTO"]]},
        ("Meetings", 2, "Cluster"),
        "AEC-2025-01 belongs to another cluster; a meeting cannot move between clusters",
        id="meeting-moved-to-another-cluster",
    ),
    pytest.param(
        {"Actions": [["Ref", "Cluster"], ["AEC-A0001", "AUTO"]]},
        ("Actions", 2, "Cluster"),
        "AEC-A0001 belongs to another cluster; an action cannot move between clusters",
        id="action-moved-to-another-cluster",
    ),
    pytest.param(
        {"Outputs": [["Ref", "Cluster"], ["AEC-O0001", "AUTO"]]},
        ("Outputs", 2, "Cluster"),
        "AEC-O0001 belongs to another cluster; an output cannot move between clusters",
        id="output-moved-to-another-cluster",
    ),
    pytest.param(
        {"Actions": [["Ref", "Status", "Closed on"], ["AEC-A0001", "in progress", date(2025, 3, 1)]]},
        ("Actions", 2, "Closed on"),
        "An open action has no closing date",
        id="open-action-with-closing-date",
    ),
    pytest.param(
        {"Actions": [["Ref", "Meeting"], ["AEC-A0001", "AUTO-2025-01"]]},
        ("Actions", 2, "Meeting"),
        "AUTO-2025-01 is a meeting of another cluster",
        id="action-of-a-meeting-of-another-cluster",
    ),
    pytest.param(
        {"Outputs": [["Ref", "Meeting"], ["AEC-O0001", "AUTO-2025-01"]]},
        ("Outputs", 2, "Meeting"),
        "AUTO-2025-01 is a meeting of another cluster; an output links to its own cluster's meetings",
        id="output-of-a-meeting-of-another-cluster",
    ),
    pytest.param(
        {"Decisions": [["Meeting", "Agenda no.", "Decision"], ["AEC-2025-01", 7, "Agreed."]]},
        ("Decisions", 2, "Agenda no."),
        "AEC-2025-01 has no agenda item 7; add it to the Agenda sheet",
        id="decision-without-its-agenda-item",
    ),
    pytest.param(
        {
            "Organisations": [
                ["Name", "Committee seat"],
                ["New Org One", "a"],
                ["New Org Two", "(A)"],
            ]
        },
        ("Organisations", 3, "Committee seat"),
        "Seat (a) is also given on row 2; one organisation holds it",
        id="seat-given-twice",
    ),
    pytest.param(
        {"People": [["Name", "Email"], ["Rui Mota", "rui.mota(at)example.pt"]]},
        ("People", 2, "Email"),
        "“rui.mota(at)example.pt” is not an e-mail address",
        id="bad-email-of-person",
    ),
    pytest.param(
        {"Clusters": [["Code", "Email"], ["AEC", "aec at example"]]},
        ("Clusters", 2, "Email"),
        "is not an e-mail address",
        id="bad-email-of-cluster",
    ),
    pytest.param(
        {"Clusters": [["Code", "Name"], ["NEWC", "automotive  CLUSTER"]]},
        ("Clusters", 2, "Name"),
        "The cluster AUTO already has the name",
        id="cluster-name-taken",
    ),
    # -- approved (locked) minutes ---------------------------------------------------------------------------
    pytest.param(
        {"Meetings": [["Ref", "Title"], ["AEC-2025-02", "Renamed"]]},
        ("Meetings", 2, "Title"),
        "The minutes of AEC-2025-02 are approved, so the import cannot change this meeting",
        id="locked-meeting-title",
    ),
    pytest.param(
        {"Meetings": [["Ref", "Minutes status"], ["AEC-2025-02", "draft"]]},
        ("Meetings", 2, "Minutes status"),
        "are approved, so the import cannot change this meeting",
        id="locked-meeting-reopened",
    ),
    pytest.param(
        {"Attendance": [["Meeting", "Person", "Status"], ["AEC-2025-02", "joao.one@example.pt", "present"]]},
        ("Attendance", 2, None),
        "The minutes of AEC-2025-02 are approved, so the import cannot change them",
        id="locked-attendance-added",
    ),
    pytest.param(
        {"Attendance": [["Meeting", "Person", "Status"], ["aec-2025-02", "Ana Silva", "remote"]]},
        ("Attendance", 2, None),
        "The minutes of AEC-2025-02 are approved",
        id="locked-attendance-changed",
    ),
    pytest.param(
        {"Agenda": [["Meeting", "No.", "Minutes"], ["AEC-2025-02", 1, "Rewritten minutes"]]},
        ("Agenda", 2, None),
        "The minutes of AEC-2025-02 are approved",
        id="locked-agenda-changed",
    ),
    pytest.param(
        {"Agenda": [["Meeting", "No.", "Title"], ["AEC-2025-02", 2, "Any other business"]]},
        ("Agenda", 2, None),
        "The minutes of AEC-2025-02 are approved",
        id="locked-agenda-added",
    ),
    pytest.param(
        {"Decisions": [["Meeting", "Agenda no.", "Decision"], ["AEC-2025-02", 1, "A decision added later."]]},
        ("Decisions", 2, None),
        "The minutes of AEC-2025-02 are approved",
        id="locked-decision-added",
    ),
]


@pytest.mark.parametrize(("sheets", "expected", "phrase"), CASES)
def test_each_problem_is_reported_at_its_sheet_row_and_column(
    shared: tuple[Database, Base],
    tmp_path: Path,
    sheets: dict[str, list[list[Any]]],
    expected: tuple[str, int, str | None],
    phrase: str,
) -> None:
    database, _ = shared
    plan = check_workbook(database, make_workbook(tmp_path / "in.xlsx", sheets), today=date(2025, 6, 1))
    assert where(plan) == [expected], plan.report()
    assert phrase in plan.problems[0].text
    assert not plan.ok
    line = str(plan.problems[0])
    assert line.startswith(f"{expected[0]}, row {expected[1]}")
    if expected[2]:
        assert f"column “{expected[2]}”" in line


def test_unchanged_rows_of_approved_minutes_are_no_problem(shared: tuple[Database, Base], tmp_path: Path) -> None:
    database, _ = shared
    sheets = {
        "Meetings": [["Ref", "Title", "Minutes status"], ["AEC-2025-02", "Approved one", "approved"]],
        "Attendance": [["Meeting", "Person"], ["AEC-2025-02", "Ana Silva"]],
        "Agenda": [
            ["Meeting", "No.", "Title", "Presenter", "Planned minutes"],
            ["AEC-2025-02", 1, "Opening", "Chair", 10],
        ],
        "Decisions": [["Meeting", "Agenda no.", "Decision"], ["AEC-2025-02", 1, "The plan is approved."]],
    }
    plan = check_workbook(database, make_workbook(tmp_path / "in.xlsx", sheets))
    assert plan.ok, plan.report()
    assert plan.changed == 0
    assert {sheet: counts.unchanged for sheet, counts in plan.counts.items()} == {
        "Meetings": 1,
        "Attendance": 1,
        "Agenda": 1,
        "Decisions": 1,
    }


def test_every_problem_of_a_workbook_is_listed_in_reading_order(shared: tuple[Database, Base], tmp_path: Path) -> None:
    database, _ = shared
    sheets = {
        "People": [["Name", "Email"], ["Rui Mota", "bad"], [], ["Eva Lopes", "eva@example.pt"]],
        "Actions": [["Ref", "Due", "Goals"], ["AEC-A0001", "soon", "10"]],
    }
    plan = check_workbook(database, make_workbook(tmp_path / "in.xlsx", sheets))
    assert where(plan) == [("People", 2, "Email"), ("Actions", 2, "Due"), ("Actions", 2, "Goals")]
    report = "\n".join(plan.report())
    assert "3 problems; nothing will be imported until they are corrected:" in report
    assert "  - People, row 2, column “Email”: “bad” is not an e-mail address" in report


def test_problems_stop_being_listed_after_the_limit(shared: tuple[Database, Base], tmp_path: Path) -> None:
    database, _ = shared
    rows = [["Ref", "Title", "Due"]] + [[f"AEC-A{n + 1000:04d}", "Call", "never"] for n in range(600)]
    plan = check_workbook(database, make_workbook(tmp_path / "in.xlsx", {"Actions": rows}))
    assert len(plan.problems) == MAX_PROBLEMS
    assert plan.too_many_problems
    assert plan.problems[-1].row == MAX_PROBLEMS + 1
    assert "(only the first ones are listed)" in "\n".join(plan.report())


# -- what is refused as a whole, and what is only noted ----------------------------------------------------------


def test_a_workbook_of_another_format_is_refused(shared: tuple[Database, Base], tmp_path: Path) -> None:
    database, _ = shared
    path = make_workbook(
        tmp_path / "in.xlsx",
        {"About": [["Field", "Value"], ["Format", "Budget planner"]], "Actions": [["Ref"], ["AEC-A0001"]]},
    )
    with pytest.raises(RefusedFileError, match="is not a PactDesk workbook"):
        check_workbook(database, path)


def test_a_workbook_of_a_newer_version_is_refused(shared: tuple[Database, Base], tmp_path: Path) -> None:
    database, _ = shared
    about = [["Field", "Value"], ["Format", "PactDesk workbook"], ["Version", "3"]]
    path = make_workbook(tmp_path / "in.xlsx", {"About": about, "Actions": [["Ref"], ["AEC-A0001"]]})
    with pytest.raises(RefusedFileError, match="format version 3; this PactDesk reads versions 1 to 2"):
        check_workbook(database, path)


def test_a_workbook_without_any_pactdesk_sheet_is_refused(shared: tuple[Database, Base], tmp_path: Path) -> None:
    database, _ = shared
    path = make_workbook(tmp_path / "in.xlsx", {"Budget": [["Item", "Cost"], ["Paper", 3]]})
    with pytest.raises(RefusedFileError, match="has none of the sheets of a PactDesk workbook"):
        check_workbook(database, path)


def test_unknown_sheets_and_columns_are_noted_not_refused(shared: tuple[Database, Base], tmp_path: Path) -> None:
    database, _ = shared
    sheets = {
        "Notes": [["Anything"], ["at all"]],
        "Actions": [["Ref", "Title", "Comment"], ["AEC-A0001", "Send the report", "call first"]],
    }
    plan = check_workbook(database, make_workbook(tmp_path / "in.xlsx", sheets))
    assert plan.ok
    assert "The sheet “Notes” is not part of a PactDesk workbook and was ignored." in plan.notices
    assert "Actions: the column “Comment” is not part of the format and was ignored." in plan.notices
    assert "Note: The sheet “Notes” is not part of a PactDesk workbook and was ignored." in plan.report()


# -- with any problem, nothing is written ------------------------------------------------------------------------

BAD_AND_GOOD = {
    "People": [["Name", "Email"], ["Eva Lopes", "eva@example.pt"]],
    "Actions": [
        ["Ref", "Cluster", "Title", "Due"],
        ["", "AEC", "A new action", "2025-04-01"],
        ["AEC-A0001", "", "", "soon"],
    ],
}


@pytest.fixture
def closed_base(database: Database, db_path: Path) -> Path:
    """The base records in a database file that is closed again (so the command line can open it)."""
    add_base_records(database)
    database.close()
    return db_path


def test_apply_import_refuses_a_plan_with_problems_and_writes_nothing(closed_base: Path, tmp_path: Path) -> None:
    path = make_workbook(tmp_path / "in.xlsx", BAD_AND_GOOD)
    before = dump(closed_base)
    database = workspace.open_workspace(workspace.location(str(closed_base)))
    try:
        plan = check_workbook(database, path)
        assert where(plan) == [("Actions", 3, "Due"), ("Actions", 3, "Title")]
        assert plan.counts["People"].created == 1 and plan.counts["Actions"].created == 1
        with pytest.raises(DomainError, match="has problems, so nothing was imported"):
            apply_import(database, plan)
    finally:
        database.close()
    assert dump(closed_base) == before
    assert not list((closed_base.parent / f"{closed_base.stem}-backups").glob("*import*"))


def test_the_import_command_prints_the_problems_exits_1_and_writes_nothing(
    closed_base: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = make_workbook(tmp_path / "in.xlsx", BAD_AND_GOOD)
    before = dump(closed_base)
    assert main(["import", "xlsx", str(path), "--db", str(closed_base)]) == 1
    out, err = capsys.readouterr()
    assert "Actions, row 3, column “Due”: “soon” is not a date" in out
    assert "Actions, row 3, column “Title”: An action's title cannot be empty." in out
    assert "2 problems; nothing will be imported" in out
    assert "Nothing was imported." in err
    assert dump(closed_base) == before


def test_the_import_command_refuses_a_hostile_file_in_one_line(
    closed_base: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "notes.xlsx"
    path.write_text("just some notes\n", encoding="utf-8")
    before = dump(closed_base)
    assert main(["import", "xlsx", str(path), "--db", str(closed_base)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("pactdesk: notes.xlsx is not an Excel workbook (.xlsx)")
    assert err.count("\n") == 1 and "Traceback" not in err
    assert dump(closed_base) == before


def test_a_dry_run_of_a_valid_workbook_writes_nothing(
    closed_base: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheets = {
        "People": [["Name", "Email"], ["Eva Lopes", "eva@example.pt"]],
        "Actions": [["Ref", "Cluster", "Title"], ["", "AEC", "A new action"], ["AEC-A0001", "", "Renamed"]],
    }
    path = make_workbook(tmp_path / "in.xlsx", sheets)
    before = dump(closed_base)
    assert main(["import", "xlsx", str(path), "--db", str(closed_base), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "People: 1 to create, 0 to update, 0 unchanged" in out
    assert "Actions: 1 to create, 1 to update, 0 unchanged" in out
    assert "Dry run: the workbook can be imported; nothing was changed." in out
    assert dump(closed_base) == before

    # The same workbook without --dry-run does write: the dry run above was not a no-op by accident.
    assert main(["import", "xlsx", str(path), "--db", str(closed_base)]) == 0
    assert "Imported 3 changes from in.xlsx." in capsys.readouterr().out
    assert main(["info", "--db", str(closed_base), "--json"]) == 0
    counts = json.loads(capsys.readouterr().out)["counts"]
    assert counts["people"] == 4 and counts["actions"] == 2


# -- records the services allow but the workbook's keys cannot tell apart -------------------------------------------


def test_an_item_with_the_same_decision_twice_exports_a_workbook_that_imports(
    database: Database, tmp_path: Path
) -> None:
    ref = meetings.create_meeting(database, "AEC", title="Kick-off", starts_at="2025-02-03 10:00")
    item = agenda.add_agenda_item(database, ref, "Any other business")
    agenda.add_decision(database, item, "Agreed.")
    agenda.add_decision(database, item, "Agreed.")
    export_workbook(database, tmp_path / "out.xlsx")
    assert check_workbook(database, tmp_path / "out.xlsx").problems == []


@pytest.mark.xfail(
    strict=True,
    reason="two people with the same name and no e-mail (add_person allows it) export as two People rows with the "
    "same key; the import reports them as duplicates and their attendance as ambiguous",
)
def test_two_people_of_the_same_name_without_email_export_a_workbook_that_imports(
    database: Database, tmp_path: Path
) -> None:
    first = directory.add_person(database, "Rui Mota")
    directory.add_person(database, "Rui Mota", role="Guest")
    ref = meetings.create_meeting(database, "AEC", title="Kick-off", starts_at="2025-02-03 10:00")
    attendance.set_attendance(database, ref, first, None)
    export_workbook(database, tmp_path / "out.xlsx")
    assert check_workbook(database, tmp_path / "out.xlsx").problems == []
