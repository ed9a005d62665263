"""The rules of presenting, without windows: which screen the wall goes on, how Next and Previous move, item
times, the wall's colours, and how a page is fitted to a screen (large type, nothing cut off unreadably)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtWidgets import QApplication

from pactdesk.gui.presentation.audience_window import wall_font_family
from pactdesk.gui.presentation.layout import (
    BACKGROUND,
    BAND,
    Entry,
    Figure,
    Role,
    Section,
    Tone,
    WallFonts,
    WallPage,
    contrast,
    lay_out,
    placed_text,
    wrap,
)
from pactdesk.gui.presentation.state import ItemClock, Overrun, Position, View, choose_screen, duration_text, step


@dataclass(eq=False)
class FakeScreen:
    name: str


LAPTOP, PROJECTOR, TV = FakeScreen("laptop"), FakeScreen("projector"), FakeScreen("tv")


def test_the_wall_goes_on_the_second_screen_when_there_is_one() -> None:
    choice = choose_screen([LAPTOP, PROJECTOR], None, LAPTOP)
    assert choice is not None and (choice.screen, choice.number, choice.fell_back) == (PROJECTOR, 2, False)
    choice = choose_screen([PROJECTOR, LAPTOP], None, LAPTOP)
    assert choice is not None and choice.screen is PROJECTOR, "the screen that is not the secretary's"
    choice = choose_screen([LAPTOP, PROJECTOR, TV], None, PROJECTOR)
    assert choice is not None and choice.screen is LAPTOP
    choice = choose_screen([LAPTOP, PROJECTOR], None, None)
    assert choice is not None and choice.screen is PROJECTOR, "without a primary, the first counts as primary"


def test_with_one_screen_the_wall_shares_it() -> None:
    choice = choose_screen([LAPTOP], None, LAPTOP)
    assert choice is not None and (choice.screen, choice.number, choice.fell_back) == (LAPTOP, 1, False)
    assert choose_screen([], None, None) is None
    assert choose_screen([], 2, LAPTOP) is None


def test_a_screen_asked_for_by_number_counts_from_one_and_falls_back_when_missing() -> None:
    choice = choose_screen([LAPTOP, PROJECTOR], 1, LAPTOP)
    assert choice is not None and (choice.screen, choice.fell_back) == (LAPTOP, False), "1 is the first screen"
    choice = choose_screen([LAPTOP, PROJECTOR], 2, LAPTOP)
    assert choice is not None and choice.screen is PROJECTOR
    for missing in (0, 3, -1):
        choice = choose_screen([LAPTOP, PROJECTOR], missing, LAPTOP)
        assert choice is not None and (choice.screen, choice.fell_back) == (PROJECTOR, True)
    choice = choose_screen([LAPTOP], 2, LAPTOP)
    assert choice is not None and (choice.screen, choice.number, choice.fell_back) == (LAPTOP, 1, True)


def test_after_a_screen_is_unplugged_the_best_remaining_one_is_chosen() -> None:
    remaining = [screen for screen in (LAPTOP, PROJECTOR, TV) if screen is not PROJECTOR]
    choice = choose_screen(remaining, None, LAPTOP)
    assert choice is not None and choice.screen is TV
    choice = choose_screen([LAPTOP], None, LAPTOP)
    assert choice is not None and choice.screen is LAPTOP


def test_next_from_the_agenda_shows_the_current_item_then_moves_and_stays_at_the_ends() -> None:
    start = Position(View.AGENDA, 0)
    shown = step(start, 3, +1)
    assert shown == Position(View.ITEM, 0), "like a title slide: Next shows the current item"
    assert step(shown, 3, +1) == Position(View.ITEM, 1)
    assert step(Position(View.ITEM, 2), 3, +1) == Position(View.ITEM, 2), "the last item stays"
    assert step(Position(View.ITEM, 0), 3, -1) == Position(View.ITEM, 0), "the first item stays"
    assert step(Position(View.AGENDA, 2), 3, -1) == Position(View.ITEM, 1)
    assert step(Position(View.DASHBOARD, 1), 3, +1) == Position(View.ITEM, 2)
    assert step(Position(View.ITEM, 0), 3, +1, arising_items=(1,)) == Position(View.ARISING, 1)
    assert step(Position(View.ITEM, None), 0, +1) == Position(View.ITEM, None), "no items: nowhere to go"


def test_an_item_s_time_runs_only_while_it_is_current_and_goes_on_when_it_is_again() -> None:
    now = [100.0]
    clock = ItemClock(lambda: now[0])
    clock.switch_to(1)
    now[0] += 60
    clock.switch_to(2)
    now[0] += 30
    assert (clock.elapsed(1), clock.elapsed(2), clock.elapsed(3)) == (60, 30, 0)
    clock.switch_to(1)
    now[0] += 15
    assert clock.elapsed(1) == 75, "going back carries on from where it stopped"
    assert clock.elapsed(2) == 30
    assert clock.meeting_elapsed() == 105


def test_overrun_is_said_in_started_minutes() -> None:
    assert Overrun(9 * 60, 10).over_minutes == 0
    assert Overrun(10 * 60, 10).over_minutes == 0
    assert Overrun(10 * 60 + 1, 10).over_minutes == 1
    assert Overrun(13 * 60, 10).over_minutes == 3
    assert Overrun(90 * 60, 0).over_minutes == 0, "no plan, no overrun"
    assert Overrun(754, 10).clock == "12:34"
    assert duration_text(3725) == "1:02:05"


def test_the_wall_s_colours_have_a_contrast_of_at_least_7_to_1() -> None:
    for tone in Tone:
        assert contrast(tone.value, BACKGROUND) >= 7, tone
        assert contrast(tone.value, BAND) >= 7, tone
    assert round(contrast("#000000", "#ffffff"), 1) == 21.0


def test_body_text_is_at_least_28_points_on_a_1080_pixel_screen(qapp: QApplication) -> None:
    for dpi in (72.0, 96.0, 144.0):
        fonts = WallFonts(wall_font_family(), 1080, dpi)
        assert fonts.font(Role.BODY).pointSizeF() >= 28
        assert min(fonts.font(role).pointSizeF() for role in Role) >= 28, "every text on the wall"
    small = WallFonts(wall_font_family(), 540)
    assert small.font(Role.BODY).pointSizeF() == pytest.approx(16), "in proportion to the wall's height"


def test_wrapping_keeps_to_the_width_and_ends_in_an_ellipsis(qapp: QApplication) -> None:
    fonts = WallFonts(wall_font_family(), 1080)
    metrics = fonts.metrics(Role.BODY)
    text = "The committee agreed to ask the managing authority for a simpler procedure " * 4
    lines = wrap(text, metrics, 600, 3)
    assert len(lines) == 3 and lines[-1].endswith("…")
    assert all(metrics.horizontalAdvance(line) <= 600 for line in lines)
    assert wrap("short", metrics, 600, 3) == ["short"]
    long_word = wrap("x" * 400, metrics, 300, 2)
    assert all(metrics.horizontalAdvance(line) <= 300 for line in long_word)


def test_a_long_list_shows_what_fits_and_counts_the_rest(qapp: QApplication) -> None:
    fonts = WallFonts(wall_font_family(), 1080)
    entries = tuple(Entry(f"Decision number {n} of a long meeting", marker=f"{n}.") for n in range(1, 41))
    page = WallPage(title="A very long item", sections=(Section("Decisions", entries),), footer="AEC-2025-01")
    placed = lay_out(page, 1920, 1080, fonts)
    text = placed_text(placed)
    shown = [n for n in range(1, 41) if f"Decision number {n} of" in text]
    assert shown == list(range(1, len(shown) + 1)) and 3 < len(shown) < 40
    assert f"+{40 - len(shown)} more" in text
    for part in placed:
        assert part.rect.top() >= 0 and part.rect.bottom() <= 1080, part.text
        assert part.rect.left() >= 0 and part.rect.right() <= 1920, part.text


def test_the_current_agenda_item_stays_in_view_on_a_long_agenda(qapp: QApplication) -> None:
    fonts = WallFonts(wall_font_family(), 1080)
    entries = tuple(
        Entry(f"{n}. Item {n}", marker="▶" if n == 20 else "", bold=n == 20, max_lines=1) for n in range(1, 41)
    )
    page = WallPage(title="Agenda", sections=(Section("Agenda", entries, anchor=19),), earlier="↑ {0} earlier")
    text = placed_text(lay_out(page, 1920, 1080, fonts))
    assert "20. Item 20" in text and "▶" in text
    assert "↑ " in text and " earlier" in text and " more" in text
    assert "1. Item 1\n" not in text and "40. Item 40" not in text


def test_a_lower_priority_list_gives_way_rather_than_show_only_a_heading(qapp: QApplication) -> None:
    fonts = WallFonts(wall_font_family(), 1080)
    many = tuple(Entry(f"Action {n}", detail="owner · due") for n in range(30))
    page = WallPage(
        title="Figures",
        figures=((Figure("6", "open actions"), Figure("2", "overdue")),),
        sections=(Section("Overdue actions", many), Section("Outputs by type", many, priority=1)),
    )
    text = placed_text(lay_out(page, 1920, 1080, fonts))
    assert "Overdue actions" in text and "Action 0" in text
    assert "Outputs by type" not in text
