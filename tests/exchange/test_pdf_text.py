"""Whatever people type reaches the PDF as those characters: markup stays text, every script gets an embedded font,
and no text, however odd, stops a document from being written."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.platypus import Paragraph

from pactdesk.domain.enums import ActionStatus, AttendanceStatus, MeetingKind, MeetingStatus, MinutesStatus
from pactdesk.exchange.pdf import fonts, layout, minutes
from pactdesk.exchange.pdf.actions import write_actions
from pactdesk.services import actions, agenda, attendance, carry_over, directory, documents, meetings
from pactdesk.services.documents import ActionLine, Attendee, ClusterName, ItemRecord, MeetingRecord
from pactdesk.store.database import Database
from tests.exchange.pdfs import HOSTILE, all_text, flat, fonts_of, is_pdf, page_texts

SCRIPTS = {
    "cyrillic": "Протокол заседания",
    "greek": "Πρακτικά συνεδρίασης",
    "accents": "Ação, coração, Müller, Ñandú, Łódź, Øresund",
    "chinese": "会议纪要草案",
    "japanese": "ひらがな と カタカナ",
    "korean": "회의록 초안",
}
CJK_FALLBACKS = {"DroidSansFallback", "NanumGothic"}


def hostile_meeting(db: Database) -> str:
    """A meeting whose every text field holds markup, each tagged with the field it is in."""
    ref = meetings.create_meeting(
        db,
        "AEC",
        title=f"Meeting {HOSTILE[0]} {HOSTILE[1]}",
        starts_at="2025-03-10 10:00",
        location=f"Room {HOSTILE[3]}",
        status=MeetingStatus.HELD,
    )
    for number, text in enumerate(HOSTILE, start=1):
        item = agenda.add_agenda_item(
            db,
            ref,
            f"Item{number} {text}",
            presenter=f"Presenter{number} {text}",
            minutes=f"Minutes{number} {text}\nsecond line {text}",
        )
        agenda.add_decision(db, item, f"Decision{number} {text}")
        person = directory.add_person(db, f"Person{number} {text}")
        attendance.set_attendance(db, ref, person, AttendanceStatus.PRESENT)
        actions.create_action(
            db, f"Action{number} {text}", meeting_ref=ref, agenda_item_id=item, owner_person_id=person
        )
    return ref


def test_markup_in_every_field_is_printed_as_typed(database: Database, tmp_path: Path) -> None:
    ref = hostile_meeting(database)
    path = tmp_path / "minutes.pdf"
    minutes.write_minutes(documents.meeting_record(database, ref), path)
    text = all_text(path)
    assert f"Meeting {HOSTILE[0]} {HOSTILE[1]}" in text
    assert f"Room {HOSTILE[3]}" in text
    for number, hostile in enumerate(HOSTILE, start=1):
        for field in ("Item", "Presenter", "Minutes", "Decision", "Person", "Action"):
            assert flat(f"{field}{number} {hostile}") in text, f"{field} with {hostile!r}"
        assert f"{number}. Item{number} {hostile}" in text
        assert f"Minutes{number} {hostile} second line {hostile}" in text
    assert "&amp;amp;" not in text, "escaped once, not twice"
    reader = PdfReader(path)
    raw = "\n".join(page.extract_text() for page in reader.pages)
    assert raw.count("\nsecond line ") == len(HOSTILE), "a line break in the minutes is kept"
    for page in reader.pages:
        assert "/XObject" not in page["/Resources"], "no image was drawn"
        assert "/Annots" not in page, "no link was made"
    assert reader.metadata is not None and reader.metadata.title is not None
    assert f"Meeting {HOSTILE[0]} {HOSTILE[1]}" in reader.metadata.title


def test_markup_in_the_agenda_and_the_action_report(database: Database, tmp_path: Path) -> None:
    ref = hostile_meeting(database)
    path = tmp_path / "agenda.pdf"
    minutes.write_agenda(documents.meeting_record(database, ref), path, "en")
    text = all_text(path)
    for number, hostile in enumerate(HOSTILE, start=1):
        assert flat(f"Item{number} {hostile} Presented by Presenter{number} {hostile}.") in text
    report = tmp_path / "actions.pdf"
    write_actions(documents.action_report(database, "AEC", date(2025, 3, 11)), report)
    text = all_text(report)
    for number, hostile in enumerate(HOSTILE, start=1):
        assert flat(f"Person{number} {hostile}: 1 action, 0 overdue") in text
        assert flat(f"Action{number} {hostile}") in text


def test_markup_in_the_binder_contents_and_bookmarks(database: Database, tmp_path: Path) -> None:
    ref = hostile_meeting(database)
    path = tmp_path / "binder.pdf"
    minutes.write_binder(documents.binder_records(database, "AEC", 2025), path)
    heading = f"{ref} · 10 March 2025 · Meeting {HOSTILE[0]} {HOSTILE[1]}"
    assert heading in page_texts(path)[1], "the contents"
    reader = PdfReader(path)
    assert [entry.title for entry in reader.outline] == [heading]


def scripted_meeting(db: Database) -> str:
    ref = meetings.create_meeting(
        db, "AEC", title=" / ".join(SCRIPTS.values()), starts_at="2025-03-10 10:00", status=MeetingStatus.HELD
    )
    for script, text in SCRIPTS.items():
        item = agenda.add_agenda_item(db, ref, f"{script}: {text}", minutes=text, presenter=text)
        agenda.add_decision(db, item, text)
        person = directory.add_person(db, f"{text} {script}")
        attendance.set_attendance(db, ref, person, AttendanceStatus.PRESENT)
        actions.create_action(db, f"{script} {text}", meeting_ref=ref, agenda_item_id=item, owner_person_id=person)
    return ref


def test_every_script_is_printed_in_an_embedded_font(database: Database, tmp_path: Path) -> None:
    ref = scripted_meeting(database)
    path = tmp_path / "minutes.pdf"
    minutes.write_minutes(documents.meeting_record(database, ref), path)
    text = all_text(path)
    for script, words in SCRIPTS.items():
        assert f"{script}: {words}" in text, script
        assert f"{words} {script}" in text, f"{script} in a table"
    used = fonts_of(path)
    assert {"NotoSans-Regular", "NotoSans-Bold"} <= set(used)
    assert set(used) >= CJK_FALLBACKS, "Chinese and Japanese in Droid Sans Fallback, Korean in Nanum Gothic"
    assert all(used.values()), f"fonts not embedded: {[name for name, embedded in used.items() if not embedded]}"
    assert not any("Helvetica" in name or "Times" in name for name in used), "no unembedded standard font"
    title = PdfReader(path).metadata
    assert title is not None and title.title is not None and SCRIPTS["korean"] in title.title


@pytest.mark.parametrize("script", ["chinese", "japanese", "korean"])
def test_each_east_asian_script_gets_its_fallback(script: str, tmp_path: Path) -> None:
    path = tmp_path / "minutes.pdf"
    minutes.write_minutes(record(minutes_text=SCRIPTS[script], action=SCRIPTS[script], name=SCRIPTS[script]), path)
    assert SCRIPTS[script] in all_text(path)
    used = fonts_of(path)
    wanted = "NanumGothic" if script == "korean" else "DroidSansFallback"
    assert wanted in used and all(used.values())
    assert not (CJK_FALLBACKS - {wanted}) & set(used), "only the fallback the text needs"


def test_latin_text_needs_no_fallback_font(tmp_path: Path) -> None:
    path = tmp_path / "minutes.pdf"
    latin = f"{SCRIPTS['accents']} {SCRIPTS['greek']} {SCRIPTS['cyrillic']}"
    minutes.write_minutes(record(minutes_text=latin, decision=latin, action=latin, name=latin), path)
    assert latin in all_text(path)
    used = fonts_of(path)
    assert all(name.startswith("NotoSans") for name in used), used
    assert all(used.values())


# -- text as paragraph markup --------------------------------------------------------------------------------------


@given(st.text())
@settings(max_examples=200, deadline=None)
def test_markup_keeps_every_character_and_picks_its_font(text: str) -> None:
    paragraph = Paragraph(fonts.markup(text), layout.styles().body)
    shown = "".join(fragment.text for fragment in paragraph.frags)
    assert flat(shown) == flat(fonts.clean(text))
    for fragment in paragraph.frags:
        for character in fragment.text:
            wanted = fonts.font_for(ord(character)) if ord(character) >= 0x250 else None
            if wanted is not None:
                assert fragment.fontName == wanted, (character, fragment.fontName)


@given(st.text())
@settings(max_examples=100, deadline=None)
def test_markup_with_lines_keeps_each_line(text: str) -> None:
    paragraph = Paragraph(fonts.markup(text, lines=True), layout.styles().body)
    lines: list[list[str]] = [[]]
    for fragment in paragraph.frags:
        if getattr(fragment, "lineBreak", False):
            lines.append([])
        else:
            lines[-1].append(fragment.text)
    shown = [flat("".join(parts)) for parts in lines]
    wanted = [flat(line) for line in fonts.clean(text).split("\n")]
    # Every line that has text is kept, in order (reportlab drops blank lines at the ends of a paragraph).
    assert [line for line in shown if line] == [line for line in wanted if line]


# -- no text stops a document --------------------------------------------------------------------------------------


def record(
    *, minutes_text: str = "Minutes.", decision: str = "Decided.", action: str = "Do it.", name: str = "Ana"
) -> MeetingRecord:
    """A meeting built directly (no database), with ``name`` attending, owning the action and signing."""
    return MeetingRecord(
        ref="AEC-2025-01",
        title="Monitoring",
        kind=MeetingKind.MONITORING,
        cluster=ClusterName("AEC", "Cluster AEC", "Cluster AEC pt"),
        starts_at=datetime(2025, 3, 10, 10, 0),
        ends_at=datetime(2025, 3, 10, 12, 0),
        location="Lisbon",
        online_link="",
        status=MeetingStatus.HELD,
        minutes_status=MinutesStatus.DRAFT,
        minutes_approved_on=None,
        chair=name,
        secretary=name,
        attendees=(
            Attendee(name, name, "Director", AttendanceStatus.PRESENT, False, ""),
            Attendee(name, "", "", None, True, ""),
        ),
        members=(),
        items=(
            ItemRecord(
                1,
                1,
                "Item",
                name,
                10,
                minutes_text,
                False,
                (decision, decision),
                (ActionLine("AEC-A0001", action, name, date(2025, 4, 1), ActionStatus.OPEN),),
            ),
            ItemRecord(2, 2, action, "", 0, minutes_text, True, (), ()),
        ),
        other_actions=(ActionLine("AEC-A0002", action, name, None, ActionStatus.IN_PROGRESS),),
        arising=(),
        next_meeting=None,
    )


ODD_TEXT = st.one_of(
    st.text(),
    st.text(alphabet="\n\r\t \x00\x0b\x0c\x1b\x7f\x85\u2028\u2029\u00ad\u200b<>&;/\"'=", max_size=200),
    st.builds(lambda piece, times: piece * times, st.text(min_size=1, max_size=3), st.integers(1, 4000)),
    st.builds(
        lambda words, glue: glue.join(words),
        st.lists(st.text(min_size=1, max_size=30), max_size=60),
        st.sampled_from([" ", "\n", "\n\n", "", "\t"]),
    ),
)


@given(minutes_text=ODD_TEXT, decision=ODD_TEXT, action=ODD_TEXT, name=ODD_TEXT)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_no_text_stops_the_minutes(minutes_text: str, decision: str, action: str, name: str, tmp_path: Path) -> None:
    path = tmp_path / "minutes.pdf"
    minutes.write_minutes(record(minutes_text=minutes_text, decision=decision, action=action, name=name), path)
    assert is_pdf(path)
    pages = page_texts(path)
    assert all(f"Page {n} of {len(pages)}" in page for n, page in enumerate(pages, start=1))
    assert all("DRAFT" in page for page in pages)
    text = " ".join(pages)
    assert "Decision 1." in text and "Decision 2." in text


@pytest.mark.parametrize(
    ("said", "action", "name"),
    [
        ("word " * 6_500, "word " * 1_000, "word " * 40),  # about as long as each may be
        ("x" * 32_767, "y" * 5_000, "z" * 200),  # one word longer than any line
        ("中" * 5_000, "中" * 5_000, "中" * 200),  # no spaces to break at, in a fallback font
        ("\n" * 2_000, "a" + "\n" * 500 + "b", "\n" * 50),
        ("😀 👩‍👩‍👧 مرحبا שלום e\u0301\u0300 \ue000 \u200b\u00ad",) * 3,
    ],
    ids=["long", "one-word", "han", "newlines", "odd"],
)
def test_long_and_odd_text_fits_the_page(said: str, action: str, name: str, tmp_path: Path) -> None:
    path = tmp_path / "minutes.pdf"
    minutes.write_minutes(record(minutes_text=said, decision=said[:20_000], action=action, name=name), path)
    assert is_pdf(path)


# -- a table cell taller than a page ----------------------------------------------------------------------------

AN_UPDATE = "The partner reported progress on the survey of the supply chain, as agreed. "


def meeting_with_an_update(db: Database, update: str) -> str:
    earlier = meetings.create_meeting(
        db, "AEC", title="Earlier", starts_at="2025-01-20 10:00", status=MeetingStatus.HELD
    )
    ref = meetings.create_meeting(db, "AEC", title="Later", starts_at="2025-03-10 10:00", status=MeetingStatus.HELD)
    action = actions.create_action(db, "Survey the supply chain", meeting_ref=earlier, due_on="2025-02-01")
    carry_over.update_at_meeting(db, ref, action, update)
    return ref


@pytest.mark.parametrize("kind", ["update", "title"])
def test_a_table_cell_taller_than_a_page_is_written(kind: str, database: Database, tmp_path: Path) -> None:
    if kind == "update":  # the longest progress update the services take, given at the meeting
        ref = meeting_with_an_update(database, (AN_UPDATE * 300)[:20_000].strip())
    else:  # an action's title of 2,000 short lines (3,999 characters; 5,000 are allowed)
        ref = meetings.create_meeting(
            database, "AEC", title="Monitoring", starts_at="2025-03-10 10:00", status=MeetingStatus.HELD
        )
        actions.create_action(database, "\n".join(["x"] * 2_000), meeting_ref=ref)
    path = tmp_path / "minutes.pdf"
    minutes.write_minutes(documents.meeting_record(database, ref), path)
    assert is_pdf(path)


def low_text(path: Path) -> list[tuple[int, float, str]]:
    """Text drawn below the frame (20 mm + 2 mm from the foot of the page), bar the foot's own two lines."""
    found: list[tuple[int, float, str]] = []
    for number, page in enumerate(PdfReader(path).pages, start=1):

        def seen(text: str, cm: list[float], tm: list[float], font: object, size: float, number: int = number) -> None:
            y = tm[5] * cm[3] + cm[5]
            if text.strip() and y < 22 * 72 / 25.4 - 1:
                found.append((number, round(y, 1), text.strip()))

        page.extract_text(visitor_text=seen)
    return [(n, y, text) for n, y, text in found if not text.startswith(("AEC-2025-02 ·", "Page "))]


def test_a_cell_split_over_pages_stays_clear_of_the_page_numbers(database: Database, tmp_path: Path) -> None:
    ref = meeting_with_an_update(database, (AN_UPDATE * 80).strip())
    path = tmp_path / "minutes.pdf"
    minutes.write_minutes(documents.meeting_record(database, ref), path)
    assert len(PdfReader(path).pages) > 2, "the update runs over pages"
    assert low_text(path) == []
