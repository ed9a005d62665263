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
