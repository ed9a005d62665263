"""The wall fitted to its screen: the list's heading keeps its descenders above the current item's band, and the
agenda shows every item that fits, with “+N more” only for those that do not. The text is measured as the wall's
screen draws it, also when that screen's resolution is not the primary screen's (there the lists were cut for text
of another size: “+2 more” under a half-empty screen)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QFontMetricsF, QImage, QPainter
from pytestqt.qtbot import QtBot

from pactdesk.gui.presentation.audience_window import AudienceWindow, paint_wall, wall_font_family
from pactdesk.gui.presentation.layout import BAND, Placed, Role, WallFonts, WallPage, lay_out
from pactdesk.gui.presentation.pages import WallPages
from pactdesk.gui.presentation.state import View
from pactdesk.services import agenda, meetings, room, workspace
from pactdesk.services.room import MeetingRoom
from pactdesk.store.database import Database

SIZES = [(1920, 1080), (1280, 720)]
NOW = datetime(2025, 3, 4, 10, 30)
ROW = re.compile(r"(\d+)\. Point \d+ of the programme")


def add_meeting(database: Database, count: int) -> str:
    ref = meetings.create_meeting(
        database, "AEC", title=f"Plenary of {count} items", starts_at="2025-03-04 10:00", location="Lisbon"
    )
    for number in range(1, count + 1):
        agenda.add_agenda_item(
            database, ref, f"Point {number} of the programme", presenter="Rui Lopes", planned_minutes=10
        )
    return ref


@pytest.fixture
def meeting_of(database: Database) -> Callable[[int], MeetingRoom]:
    """A meeting with ``count`` agenda items, as the wall reads it."""

    def make(count: int) -> MeetingRoom:
        return room.meeting_room(database, add_meeting(database, count))

    return make


def agenda_page(meeting: MeetingRoom, current: int) -> WallPage:
    return WallPages().page(View.AGENDA, meeting, current, NOW)


def screen_image(width: int, height: int, dpi: float) -> QImage:
    """Something to paint on like a screen of ``width`` × ``height`` pixels and ``dpi`` logical dots per inch."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return image


@dataclass
class Wall:
    """A page laid out and painted for a screen: what was placed, and each line of text where Qt drew it."""

    page: WallPage
    placed: list[Placed]
    lines: list[tuple[Placed, QRectF]]

    def rows(self) -> list[tuple[int, QRectF]]:
        """The agenda items drawn, by number, with where each one's first line was drawn."""
        return [(int(found[1]), rect) for part, rect in self.lines if (found := ROW.fullmatch(part.text))]

    def count(self, words: str) -> tuple[int, QRectF | None]:
        """The number in the line that says ``words`` (“+{0} more”, “↑ {0} earlier”) and where; 0 if none."""
        pattern = re.compile(re.escape(words).replace(re.escape("{0}"), r"(\d+)"))
        for part, rect in self.lines:
            if found := pattern.fullmatch(part.text):
                return int(found[1]), rect
        return 0, None

    def footer_top(self) -> float:
        """Where the footer starts: the lowest line on the wall."""
        return max(rect.top() for _, rect in self.lines)


def draw(page: WallPage, width: int, height: int, dpi: float = 96.0) -> Wall:
    fonts = WallFonts(wall_font_family(), height, dpi)
    placed = lay_out(page, width, height, fonts)
    image = screen_image(width, height, dpi)
    painter = QPainter(image)
    lines = paint_wall(painter, placed, fonts, QSize(width, height), False)
    painter.end()
    return Wall(page, placed, lines)


def painted_over(placed: Sequence[Placed], fonts: WallFonts, width: int, height: int) -> list[str]:
    """The lines of text some of whose pixels are changed by what is painted after them."""

    def picture(parts: Sequence[Placed]) -> tuple[QImage, list[tuple[Placed, QRectF]]]:
        image = screen_image(width, height, fonts.dpi)
        painter = QPainter(image)
        lines = paint_wall(painter, parts, fonts, QSize(width, height), False)
        painter.end()
        return image, lines

    def row(image: QImage, y: int) -> bytes:
        line = image.bytesPerLine()
        return bytes(image.constBits()[y * line : y * line + width * 4])

    everything, _ = picture(placed)
    covered = []
    for number, part in enumerate(placed):
        if not part.text:
            continue
        under, _ = picture(placed[:number])  # all that was painted before it
        with_it, lines = picture(placed[: number + 1])
        drawn = lines[-1][1]
        left, right = max(0, int(drawn.left()) - 2), min(width, int(drawn.right()) + 3)
        top, bottom = max(0, int(drawn.top()) - 2), min(height, int(drawn.bottom()) + 3)
        for y in range(top, bottom):
            ink, final, before = row(with_it, y), row(everything, y), row(under, y)
            if ink[left * 4 : right * 4] == final[left * 4 : right * 4]:
                continue
            pixels = range(left * 4, right * 4, 4)
            if any(ink[x : x + 4] != before[x : x + 4] and ink[x : x + 4] != final[x : x + 4] for x in pixels):
                covered.append(part.text)
                break
    return covered


# -- the heading and the band -----------------------------------------------------------------------------------


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("current", [0, 14], ids=["first item current", "an item far down current"])
def test_no_line_of_text_is_covered_by_the_current_item_s_band(
    qtbot: QtBot, meeting_of: Callable[[int], MeetingRoom], size: tuple[int, int], current: int
) -> None:
    wall = AudienceWindow()
    qtbot.addWidget(wall)
    wall.resize(*size)
    wall.show()
    qtbot.waitUntil(lambda: (wall.width(), wall.height()) == size)
    wall.show_page(agenda_page(meeting_of(30), current))
    [band] = [part for part in wall.placed if part.fill == BAND]
    heading = next(part for part in wall.placed if part.text == "Agenda")
    drawn = QFontMetricsF(wall.fonts.font(Role.HEADING), wall)  # as the wall's screen draws it
    assert heading.rect.height() >= drawn.ascent() + drawn.descent(), "the heading's full height, descent included"
    outside = [part for part in wall.placed if part.text and not band.rect.contains(part.rect)]
    assert [part.text for part in outside if part.rect.intersects(band.rect)] == [], "no line reaches into the band"
    if current == 0:
        assert heading.rect.bottom() <= band.rect.top(), "the band starts under the heading"
    assert painted_over(wall.placed, wall.fonts, *size) == [], "every line is painted whole"


# -- what fits --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("dpi", [72.0, 96.0, 144.0])
def test_each_line_is_laid_out_as_tall_as_the_wall_s_screen_draws_it(
    qapp: object, meeting_of: Callable[[int], MeetingRoom], size: tuple[int, int], dpi: float
) -> None:
    """96 dpi is the primary screen's here; the wall on a screen of 72 or 144 dpi draws the same points in fewer or
    more pixels, and its lists must be cut for those."""
    wall = draw(agenda_page(meeting_of(30), 3), *size, dpi)
    assert wall.lines
    for part, drawn in wall.lines:
        assert drawn.height() == pytest.approx(part.rect.height(), abs=1.0), part.text
        assert drawn.top() >= part.rect.top() - 1 and drawn.bottom() <= part.rect.bottom() + 1, part.text
        assert drawn.top() >= 0 and drawn.bottom() <= size[1], part.text


@pytest.mark.parametrize("dpi", [72.0, 192.0])
def test_a_copy_of_the_wall_on_a_screen_of_another_resolution_draws_the_same_lines(
    qapp: object, meeting_of: Callable[[int], MeetingRoom], dpi: float
) -> None:
    """The presenter's preview paints the wall's page on the secretary's screen, scaled down: its text must take
    the room the wall's does, whatever that screen's resolution."""
    fonts = WallFonts(wall_font_family(), 1080, 96.0)
    placed = lay_out(agenda_page(meeting_of(12), 0), 1920, 1080, fonts)
    image = screen_image(1920, 1080, dpi)
    painter = QPainter(image)
    lines = paint_wall(painter, placed, fonts, QSize(1920, 1080), False)
    painter.end()
    for part, drawn in lines:
        assert drawn.height() == pytest.approx(part.rect.height(), abs=1.0), part.text


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("dpi", [72.0, 96.0])
def test_an_agenda_that_fits_is_shown_whole_without_more(
    qapp: object, meeting_of: Callable[[int], MeetingRoom], size: tuple[int, int], dpi: float
) -> None:
    meeting = meeting_of(6)
    for current in range(6):
        wall = draw(agenda_page(meeting, current), *size, dpi)
        assert [number for number, _ in wall.rows()] == [1, 2, 3, 4, 5, 6]
        assert wall.count("+{0} more") == (0, None) and wall.count("↑ {0} earlier") == (0, None)
        assert max(rect.bottom() for _, rect in wall.rows()) < wall.footer_top()


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("dpi", [72.0, 96.0, 144.0])
@pytest.mark.parametrize("current", [0, 14, 29])
def test_a_long_agenda_shows_what_fits_and_counts_exactly_what_it_leaves_out(
    qapp: object, meeting_of: Callable[[int], MeetingRoom], size: tuple[int, int], dpi: float, current: int
) -> None:
    meeting = meeting_of(30)
    wall = draw(agenda_page(meeting, current), *size, dpi)
    rows = wall.rows()
    earlier, _ = wall.count("↑ {0} earlier")
    more, more_line = wall.count("+{0} more")
    numbers = [number for number, _ in rows]
    assert numbers == list(range(earlier + 1, earlier + len(rows) + 1)), "the items in order, none skipped"
    assert earlier + len(rows) + more == 30
    assert current + 1 in numbers, "the current item is in view"
    last = more_line if more_line is not None else rows[-1][1]
    pitch = min(below.top() - above.top() for (_, above), (_, below) in pairwise(rows))
    left = wall.footer_top() - last.bottom()
    assert left >= 0, "the list stops above the footer"
    if more:
        assert left < pitch + last.height(), "another item would have fitted above the footer"


# -- on real screens --------------------------------------------------------------------------------------------

# The secretary's laptop, the primary screen, at 192 dpi and the others at 96 and 144, from a JSON file that Qt's
# offscreen platform reads. High-DPI scaling is off so that each screen keeps its own resolution, as on systems
# that give each screen its own.
WALL_SCREENS: list[dict[str, Any]] = [
    {"name": "Laptop", "x": 0, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 192, "dpr": 1},
    {"name": "Projector", "x": 1920, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "dpr": 1},
    {"name": "Rear screen", "x": 3840, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 144, "dpr": 1},
    {"name": "TV", "x": 5760, "y": 0, "width": 1280, "height": 720, "logicalDpi": 96, "dpr": 1},
]
SCREENS = {"synchronousWindowSystemEvents": False, "windowFrameMargins": False, "screens": WALL_SCREENS}

WALL_ON_EACH_SCREEN = r"""
import json, re, sys
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication
app = QApplication([])
from pactdesk.gui import app as gui_app
from pactdesk.gui.main_window import MainWindow
from pactdesk.gui.presentation.layout import Role
from pactdesk.services import workspace
database = workspace.open_workspace(workspace.location(sys.argv[1]))
window = MainWindow(database, gui_app.settings())
window.show()
names = [screen.name() for screen in app.screens()]
seen = {"primary": app.primaryScreen().name(), "window": window.screen().name(), "walls": []}
for ref in sys.argv[2:]:
    window.show_meeting(ref)
    window.start_presenting()
    presentation = window.presentation
    wall = presentation.audience
    app.processEvents()
    for name in (wall.screen().name(), "Rear screen", "Projector", "TV", "Rear screen"):
        presentation.move_to_screen(names.index(name) + 1)
        app.processEvents()
        footer = max(p.rect.top() for p in wall.placed if p.text)  # the lowest line
        seen["walls"].append({
            "ref": ref,
            "screen": wall.screen().name(),
            "size": [wall.width(), wall.height()],
            "text": wall.shown_text(),
            "line": wall.fonts.line(Role.BODY),
            "drawn": QFontMetricsF(wall.body_font(), wall).height(),
            "rows": [[p.text, p.rect.top(), p.rect.bottom()] for p in wall.placed if re.fullmatch(r"\d+\. .*", p.text)],
            "lowest": max(p.rect.bottom() for p in wall.placed if p.text and p.rect.top() < footer),
            "footer": footer,
        })
    window.stop_presenting()
window.close()
database.close()
print(json.dumps(seen))
"""


@pytest.fixture
def screens_env(tmp_path: Path) -> dict[str, str]:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(SCREENS), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", QT_ENABLE_HIGHDPI_SCALING="0")
    probe = subprocess.run(
        [sys.executable, "-c", "from PySide6.QtWidgets import QApplication; app = QApplication([]); "
         "print(sorted((s.name(), round(s.logicalDotsPerInchY())) for s in app.screens()))"],
        capture_output=True, text=True, env=env, timeout=60, check=False,
    )  # fmt: skip
    wanted = str(sorted((screen["name"], screen["logicalDpi"]) for screen in WALL_SCREENS))
    if probe.returncode != 0 or probe.stdout.strip() != wanted:
        pytest.skip("this Qt's offscreen platform cannot simulate screens of different resolutions")
    return env


def test_on_screens_of_other_resolutions_than_the_laptop_s_the_agenda_fills_the_wall(
    screens_env: dict[str, str], db_path: Path
) -> None:
    database = workspace.open_workspace(workspace.location(str(db_path)))
    try:
        short, long = add_meeting(database, 6), add_meeting(database, 30)
    finally:
        database.close()
    done = subprocess.run(
        [sys.executable, "-c", WALL_ON_EACH_SCREEN, str(db_path), short, long],
        capture_output=True, text=True, env=screens_env, timeout=180, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    seen: dict[str, Any] = json.loads(next(line for line in reversed(done.stdout.splitlines()) if line[:1] == "{"))
    assert seen["primary"] == seen["window"] == "Laptop"
    walls = seen["walls"]
    assert [wall["screen"] for wall in walls] == ["Projector", "Rear screen", "Projector", "TV", "Rear screen"] * 2
    for wall in walls:
        where = f"{wall['ref']} on {wall['screen']}"
        more = re.search(r"^\+(\d+) more$", wall["text"], re.MULTILINE)
        earlier = re.search(r"^↑ (\d+) earlier$", wall["text"], re.MULTILINE)
        hidden = (int(more[1]) if more else 0) + (int(earlier[1]) if earlier else 0)
        # (At 144 dpi the same points take half as many pixels again: six items do not fit in 1080.)
        if wall["ref"] == short and wall["screen"] != "Rear screen":
            assert hidden == 0 and len(wall["rows"]) == 6, f"{where}: six items fit"
        if wall["ref"] == long:
            assert len(wall["rows"]) + hidden == 30, where
            if len(wall["rows"]) > 1:
                row = wall["rows"][-1][2] - wall["rows"][-2][2]
                assert wall["footer"] - wall["lowest"] < 2 * row, f"{where}: the list goes down to the footer"
        assert wall["line"] == pytest.approx(wall["drawn"], abs=0.5), f"{where}: measured as that screen draws it"
    sizes = {wall["screen"]: wall["size"] for wall in walls}
    assert sizes == {"Projector": [1920, 1080], "Rear screen": [1920, 1080], "TV": [1280, 720]}
