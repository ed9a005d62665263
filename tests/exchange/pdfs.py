"""Helpers for the PDF tests: a PDF read back with pypdf (its text page by page, its fonts), and a meeting with
everything the minutes show, made through the services as the window would."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader

from pactdesk.domain.enums import ActionStatus, AttendanceStatus, MeetingStatus
from pactdesk.services import actions, agenda, attendance, carry_over, directory, meetings
from pactdesk.store.database import Database

HOSTILE = (
    "<b>bold</b>",
    "&amp;",
    '<img src="x.png"/>',
    '<font color="red">x</font>',
    "=1+2",
    "<para>",
    "unclosed <b",
)


def flat(text: str) -> str:
    """``text`` with every run of white space made one space: pypdf breaks lines where the PDF does."""
    return " ".join(text.split())


def page_texts(path: Path) -> list[str]:
    """The text of each page, white space made single spaces."""
    return [flat(page.extract_text() or "") for page in PdfReader(path).pages]


def all_text(path: Path) -> str:
    return " ".join(page_texts(path))


def fonts_of(path: Path) -> dict[str, bool]:
    """Every font the pages use, by base name without the subset tag (``AAAAAA+``), and whether it is embedded."""
    found: dict[str, bool] = {}
    for page in PdfReader(path).pages:
        resources = page["/Resources"].get_object()
        for reference in resources.get("/Font", {}).values():
            font = reference.get_object()
            name = str(font["/BaseFont"]).lstrip("/").split("+", 1)[-1]
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and any(
                key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            found[name] = found.get(name, True) and embedded
    return found


def in_order(text: str, *parts: str) -> bool:
    """Whether ``parts`` occur in ``text`` one after another (anything may come between them)."""
    position = 0
    for part in parts:
        found = text.find(part, position)
        if found < 0:
            return False
        position = found + len(part)
    return True


def near(text: str, anchor: str, *parts: str, span: int = 160) -> bool:
    """Whether ``anchor`` occurs with every one of ``parts`` within ``span`` characters after it (the cells of a
    table row: a cell drawn as a paragraph may be read before or after the others)."""
    start = text.find(anchor)
    while start >= 0:
        window = text[max(0, start - span) : start + len(anchor) + span]
        if all(part in window for part in parts):
            return True
        start = text.find(anchor, start + 1)
    return False


def is_pdf(path: Path) -> bool:
    return path.read_bytes()[:5] == b"%PDF-" and len(PdfReader(path).pages) >= 1


# -- a meeting with everything its minutes show ---------------------------------------------------------------

LONG_DISCUSSION = "Members discussed the budget line by line, with the figures of every partner. " * 60


@dataclass(frozen=True)
class Held:
    """The refs of ``held_meeting``: the meeting, the one before it and the one after, and its actions."""

    ref: str
    earlier: str
    later: str
    old_action: str  # raised at ``earlier``, overdue, an update "Survey half done" given at ``ref``
    closed_action: str  # raised at ``earlier``, closed at ``ref`` ("Venue booked")
    finished_action: str  # raised at ``earlier``, closed before ``ref``: not a matter arising
    new_action: str  # raised at ``ref`` under item 2
    loose_action: str  # raised at ``ref`` under no item


def held_meeting(db: Database, *, secretary: bool = True) -> Held:
    """AEC-2025-02 on Monday 10 March 2025, 10:00–12:00, and its cluster's meetings before and after."""
    chair = directory.add_person(db, "Carlos Presidente")
    secretary_id = directory.add_person(db, "Sofia Secretária") if secretary else None
    alpha = directory.add_organisation(db, "Alpha Associação")
    beta = directory.add_organisation(db, "Beta Instituto")
    ana = directory.add_person(db, "Ana Silva", organisation_id=alpha, role="Director")
    bruno = directory.add_person(db, "Bruno Costa", organisation_id=alpha)
    carla = directory.add_person(db, "Carla Dias", organisation_id=beta)
    duarte = directory.add_person(db, "Duarte Reis", organisation_id=beta)
    rui = directory.add_person(db, "Rui Mota")

    earlier = meetings.create_meeting(
        db, "AEC", title="Kick-off", starts_at="2025-01-20 10:00", status=MeetingStatus.HELD
    )
    old = actions.create_action(
        db, "Map the supply chain", meeting_ref=earlier, owner_person_id=ana, due_on="2025-02-01"
    )
    closing = actions.create_action(
        db, "Book the venue", meeting_ref=earlier, owner_person_id=bruno, due_on="2025-04-30"
    )
    finished = actions.create_action(db, "Already finished", meeting_ref=earlier, due_on="2025-02-01")
    actions.add_update(db, finished, "Finished early", on="2025-02-15", status=ActionStatus.DONE)
    actions.create_action(db, "Health cluster chore", cluster_code="HCP", due_on="2025-02-01")

    ref = meetings.create_meeting(
        db,
        "AEC",
        title="Second monitoring meeting",
        starts_at="2025-03-10 10:00",
        ends_at="2025-03-10 12:00",
        location="IAPMEI, Lisbon",
        status=MeetingStatus.HELD,
        chair_id=chair,
        secretary_id=secretary_id,
    )
    attendance.set_attendance(db, ref, ana, AttendanceStatus.PRESENT)
    attendance.set_attendance(db, ref, bruno, AttendanceStatus.REMOTE)
    attendance.set_attendance(db, ref, carla, AttendanceStatus.APOLOGIES)
    attendance.set_attendance(db, ref, duarte, AttendanceStatus.ABSENT)
    attendance.set_attendance(db, ref, rui, AttendanceStatus.PRESENT)
    eva = attendance.add_guest(db, ref, "Eva Convidada")
    attendance.set_attendance(db, ref, eva, AttendanceStatus.PRESENT)

    welcome = agenda.add_agenda_item(
        db,
        ref,
        "Welcome and approval of the agenda",
        presenter="Carlos Presidente",
        planned_minutes=20,
        minutes="The chair opened the meeting.",
    )
    plan = agenda.add_agenda_item(
        db,
        ref,
        "Action plan: state of play",
        presenter="Ana Silva",
        planned_minutes=45,
        minutes=f"The cluster presented the state of play.\n\n{LONG_DISCUSSION}",
    )
    agenda.add_agenda_item(db, ref, "Any other business", planned_minutes=15)
    agenda.add_agenda_item(db, ref, "Closing", minutes="The chair closed the meeting.")
    agenda.add_decision(db, welcome, "The agenda is approved.")
    agenda.add_decision(db, plan, "The action plan is endorsed.")
    agenda.add_decision(db, plan, "The budget is revised by June.")
    new = actions.create_action(
        db,
        "Send the revised budget",
        meeting_ref=ref,
        agenda_item_id=plan,
        owner_person_id=carla,
        due_on="2025-06-30",
    )
    loose = actions.create_action(db, "Circulate the minutes", meeting_ref=ref, owner_organisation_id=beta)
    carry_over.update_at_meeting(db, ref, old, "Survey half done", status=ActionStatus.IN_PROGRESS)
    carry_over.update_at_meeting(db, ref, closing, "Venue booked", status=ActionStatus.DONE)

    meetings.create_meeting(db, "AEC", title="Called off", starts_at="2025-04-14 10:00", status=MeetingStatus.CANCELLED)
    later = meetings.create_meeting(db, "AEC", title="Third", starts_at="2025-05-12 14:30")
    return Held(ref, earlier, later, old, closing, finished, new, loose)
