"""The rules of presenting a meeting, kept apart from the widgets so they can be tested alone: which screen the
wall goes on, how Next and Previous move through the agenda, and how long each item has been discussed."""

from __future__ import annotations

import enum
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

Screen = TypeVar("Screen")


class View(enum.IntEnum):
    """What the wall shows; the numbers are the keys 1–4 that choose them."""

    AGENDA = 1
    ITEM = 2
    ARISING = 3
    DASHBOARD = 4


@dataclass(frozen=True)
class ScreenChoice(Generic[Screen]):
    screen: Screen
    number: int  # 1-based, in the order the system lists the screens
    fell_back: bool  # a screen was asked for by number and there is no such screen


def choose_screen(screens: Sequence[Screen], wanted: int | None, primary: Screen | None) -> ScreenChoice[Screen] | None:
    """The screen for the audience: screen number ``wanted`` (1 = the first the system lists) when there is one;
    else the first screen that is not the ``primary`` one (where a projector or a TV usually is); else the only
    one (with no ``primary`` among them, the first counts as primary). ``None`` when there are no screens."""
    if not screens:
        return None
    if wanted is not None and 1 <= wanted <= len(screens):
        return ScreenChoice(screens[wanted - 1], wanted, False)
    main = primary if any(screen is primary for screen in screens) else screens[0]
    others = [number for number, screen in enumerate(screens, start=1) if screen is not main]
    number = others[0] if others else 1
    return ScreenChoice(screens[number - 1], number, wanted is not None)


@dataclass(frozen=True)
class Position:
    view: View
    index: int | None  # the current agenda item, by its place in the agenda; None when there are no items


def step(position: Position, count: int, by: int, *, arising_items: Sequence[int] = ()) -> Position:
    """Where Next (``by=+1``) or Previous (``by=-1``) goes among ``count`` agenda items.

    Like slides after a title slide: Next from the agenda shows the current item without moving; otherwise the
    current item moves by one and the wall shows it (the matters arising for the indexes in ``arising_items``).
    At the first and last items it stays where it is.
    """
    if count <= 0:
        return Position(position.view, None)
    index = 0 if position.index is None else min(max(position.index, 0), count - 1)
    if not (position.view is View.AGENDA and by > 0):
        index = min(max(index + by, 0), count - 1)
    return Position(View.ARISING if index in arising_items else View.ITEM, index)


class ItemClock:
    """How long each agenda item has been the current one.

    An item's time runs while it is current and stops while another is; going back to an item carries on from
    where it stopped. Nothing is saved: the times last as long as the presentation.
    """

    def __init__(self, now: Callable[[], float] = time.monotonic) -> None:
        self._now = now
        self._spent: dict[int, float] = {}
        self._current: int | None = None
        self._since = 0.0
        self.started_at = now()

    @property
    def current(self) -> int | None:
        return self._current

    def switch_to(self, item_id: int | None) -> None:
        if item_id == self._current:
            return
        now = self._now()
        if self._current is not None:
            self._spent[self._current] = self._spent.get(self._current, 0.0) + now - self._since
        self._current, self._since = item_id, now

    def elapsed(self, item_id: int | None) -> float:
        """Seconds ``item_id`` has been current, so far."""
        if item_id is None:
            return 0.0
        spent = self._spent.get(item_id, 0.0)
        return spent + (self._now() - self._since if item_id == self._current else 0.0)

    def meeting_elapsed(self) -> float:
        return self._now() - self.started_at


@dataclass(frozen=True)
class Overrun:
    """An item's time against its plan: ``over_minutes`` is how many started minutes past the plan (0 within it)."""

    elapsed_seconds: int
    planned_minutes: int

    @property
    def over_minutes(self) -> int:
        over = self.elapsed_seconds - self.planned_minutes * 60
        return 0 if self.planned_minutes <= 0 or over <= 0 else -(-over // 60)

    @property
    def clock(self) -> str:
        return duration_text(self.elapsed_seconds)


def duration_text(seconds: float) -> str:
    """A duration as m:ss, or h:mm:ss past an hour."""
    hours, rest = divmod(max(int(seconds), 0), 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


class Command(enum.Enum):
    """What a presentation clicker, a key or a button of the presenter panel asks for."""

    NEXT = "next"
    PREVIOUS = "previous"
    BLANK = "blank"
    FULL_SCREEN = "full screen"
    STOP = "stop"
    AGENDA = "agenda"
    ITEM = "item"
    ARISING = "arising"
    DASHBOARD = "dashboard"

    @property
    def view(self) -> View | None:
        return {
            Command.AGENDA: View.AGENDA,
            Command.ITEM: View.ITEM,
            Command.ARISING: View.ARISING,
            Command.DASHBOARD: View.DASHBOARD,
        }.get(self)
