"""Parsing what people type: dates, e-mails and references, with hostile text."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pactdesk.domain import references, validation
from pactdesk.domain.enums import ActionStatus, MeetingKind
from pactdesk.domain.errors import ValidationError


@pytest.mark.parametrize("text", ["2025-03-31", "31/03/2025", "31.03.2025", " 2025-03-31 "])
def test_dates_in_common_forms(text: str) -> None:
    assert validation.parse_date(text, "due date", "due_on") == date(2025, 3, 31)


@pytest.mark.parametrize("text", ["2025-02-30", "next week", "=1+1", "<b>2025</b>", "2025-13-01"])
def test_wrong_dates_get_a_sentence(text: str) -> None:
    with pytest.raises(ValidationError, match="is not a date; write it as YYYY-MM-DD"):
        validation.parse_date(text, "due date", "due_on")


def test_datetimes() -> None:
    assert validation.parse_datetime("2025-03-31 14:30", "start", "s") == datetime(2025, 3, 31, 14, 30)
    assert validation.parse_datetime("", "start", "s") is None


@given(st.text())
def test_clean_text_never_fails_and_keeps_no_control_characters(text: str) -> None:
    cleaned = validation.clean_text(text)
    assert all(ch in "\n\t" or ch >= " " for ch in cleaned)
    assert cleaned == cleaned.strip()


@pytest.mark.parametrize("character", ["\ufffe", "\uffff", "\ud800", "\udbff", "\udc00", "\udfff"])
def test_characters_xml_forbids_are_refused_with_a_sentence(character: str) -> None:
    code = f"U+{ord(character):04X}"
    sentence = f"The decision holds a character that cannot be stored ({code}); remove it."
    for check in (validation.limited_text, validation.required_text):
        with pytest.raises(ValidationError) as refused:
            check(f"Approved {character} unanimously", "decision", "text")
        assert str(refused.value) == sentence and refused.value.field == "text"
    with pytest.raises(ValidationError) as refused:
        validation.optional_email(f"ana{character}@example.pt")
    assert str(refused.value) == f"The e-mail address holds a character that cannot be stored ({code}); remove it."
    assert validation.xml_safe(f"a{character}b") == "a\ufffdb"


@pytest.mark.parametrize("text", ["\ufffd", "\ud7ff\ue000\ufffd\U00010000\U0010ffff", "\ufdd0 \U0001fffe"])
def test_characters_xml_allows_are_kept(text: str) -> None:
    assert validation.limited_text(text, "decision", "text") == text
    assert validation.xml_safe(text) == text


def _xml_allows(ch: str) -> bool:
    code = ord(ch)
    return code in (0x9, 0xA, 0xD) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD or code >= 0x10000


@given(st.text(st.one_of(st.characters(exclude_categories=()), st.sampled_from("\ufffe\uffff\ud800\udfff\x00\x1f"))))
def test_accepted_text_holds_only_what_xml_allows_and_the_rest_gets_a_sentence(text: str) -> None:
    try:
        accepted = validation.limited_text(text, "decision", "text")
    except ValidationError as refused:
        assert "cannot be stored" in str(refused) or "too long" in str(refused)
        assert "cannot be stored" not in str(refused) or not all(map(_xml_allows, validation.clean_text(text)))
    else:
        assert all(map(_xml_allows, accepted))
    assert all(map(_xml_allows, validation.xml_safe(validation.clean_text(text))))


@given(
    st.text(alphabet=st.sampled_from("ABCXYZ019"), min_size=1, max_size=9),
    st.integers(1990, 2100),
    st.integers(1, 9999),
)
def test_meeting_refs_round_trip(tail: str, year: int, number: int) -> None:
    code = "A" + tail
    ref = references.meeting_ref(code, year, number)
    assert references.parse_meeting_ref(ref) == references.MeetingRef(code, year, number)
    assert references.parse_meeting_ref(ref.lower()) == references.MeetingRef(code, year, number)


def test_refs_have_their_documented_shape() -> None:
    assert references.meeting_ref("AEC", 2024, 2) == "AEC-2024-02"
    assert references.action_ref("AEC", 7) == "AEC-A0007"
    assert references.output_ref("AEC", 12) == "AEC-O0012"
    assert references.parse_action_ref("AEC-2024-02") is None


def test_enum_words_parse_loosely() -> None:
    assert ActionStatus.parse(" In Progress ") is ActionStatus.IN_PROGRESS
    assert MeetingKind.parse("working_group") is MeetingKind.WORKING_GROUP
    with pytest.raises(ValueError):
        ActionStatus.parse("finished")


def test_a_member_or_its_word_passes_and_anything_else_gets_a_sentence() -> None:
    from pactdesk.domain.enums import ActionStatus
    from pactdesk.domain.errors import ValidationError
    from pactdesk.domain.validation import member, optional_member

    assert member(ActionStatus, ActionStatus.DONE, "status", "status") is ActionStatus.DONE
    assert member(ActionStatus, "in_progress", "status", "status") is ActionStatus.IN_PROGRESS
    assert member(ActionStatus, " Done ", "status", "status") is ActionStatus.DONE
    assert optional_member(ActionStatus, None, "status", "status") is None
    for wrong in ("finished", 3, ("open",), b"open"):
        with pytest.raises(ValidationError, match="is not a status"):
            member(ActionStatus, wrong, "status", "status")
