"""What each view of the wall says: the agenda, the current item, the matters arising and the cluster's figures,
built from the meeting as the room service reads it. Names only: no contact detail is ever read for the wall."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QObject, QTime

from pactdesk.domain.enums import ActionStatus, OutputStatus
from pactdesk.gui.common.words import number, word
from pactdesk.gui.presentation.layout import Entry, Figure, Section, Tone, WallPage
from pactdesk.gui.presentation.state import View

if TYPE_CHECKING:
    from pactdesk.services.dashboard import Dashboard
    from pactdesk.services.documents import ActionLine, ItemRecord
    from pactdesk.services.room import MeetingRoom

CURRENT = "▶"
DEALT_WITH = "✓"  # an item before the current one: said by a mark, not only by its dimmer colour
WARNING = "⚠"


def _status_tone(status: ActionStatus) -> Tone:
    if status is ActionStatus.IN_PROGRESS:
        return Tone.ACCENT
    return Tone.MUTED if status.is_closed else Tone.TEXT


def paragraphs(minutes: str) -> list[tuple[str, str]]:
    """The minutes as (marker, text) paragraphs: a line starting with “- ” or “* ” is a bullet."""
    found = []
    for line in minutes.splitlines():
        text = line.strip()
        if not text:
            continue
        if text[:2] in ("- ", "* "):
            found.append(("•", text[2:].strip()))
        else:
            found.append(("", text))
    return found


class WallPages(QObject):
    """Builds the ``WallPage`` of a view; ``today`` and ``now`` are the presentation's clock."""

    def page(
        self,
        view: View,
        room: MeetingRoom,
        index: int | None,
        now: datetime,
        board: Dashboard | None = None,
    ) -> WallPage:
        if view is View.AGENDA:
            page = self.agenda(room, index, now)
        elif view is View.ARISING:
            page = self.arising(room, index, now)
        elif view is View.DASHBOARD:
            page = self.dashboard(room, board, now)
        else:
            page = self.item(room, index, now)
        return replace(page, more=self.tr("+{0} more"), earlier=self.tr("↑ {0} earlier"))

    # -- pieces every page has --------------------------------------------------------------------------------

    def _footer(self, room: MeetingRoom) -> str:
        return self.tr("{0} · {1}").format(room.ref, room.cluster.name)

    def _corner(self, room: MeetingRoom, index: int | None, now: datetime) -> str:
        clock = QLocale().toString(QTime(now.hour, now.minute), QLocale.FormatType.ShortFormat)
        if index is None or not room.items:
            return clock
        return self.tr("Item {0} of {1} · {2}").format(index + 1, len(room.items), clock)

    def _day(self, day: date) -> str:
        return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)

    def _due(self, due: date | None, overdue: bool) -> str:
        if due is None:
            return self.tr("no due date")
        text = self.tr("due {0}").format(QLocale().toString(QDate(due.year, due.month, due.day), "d MMM yyyy"))
        return self.tr("{0} {1} overdue").format(text, WARNING) if overdue else text

    # -- 1: the agenda ----------------------------------------------------------------------------------------

    def agenda(self, room: MeetingRoom, index: int | None, now: datetime) -> WallPage:
        start = room.starts_at
        when = self.tr("{0}, {1}").format(
            self._day(start.date()),
            QLocale().toString(QTime(start.hour, start.minute), QLocale.FormatType.ShortFormat),
        )
        subtitle = self.tr("{0} · {1}").format(when, room.location) if room.location else when
        entries = []
        for position, item in enumerate(room.items):
            current = position == index
            earlier = index is not None and position < index
            entries.append(
                Entry(
                    text=f"{item.number}. {item.title}",
                    marker=CURRENT if current else DEALT_WITH if earlier else "",
                    tag=self.tr("{0} min").format(item.planned_minutes) if item.planned_minutes else "",
                    detail=item.presenter if current else "",
                    bold=current,
                    tone=Tone.ACCENT if current else (Tone.MUTED if earlier else Tone.TEXT),
                    tag_tone=Tone.ACCENT if current else Tone.MUTED,
                    band=current,
                    max_lines=2 if current else 1,
                )
            )
        section = Section(
            self.tr("Agenda"),
            tuple(entries),
            empty=self.tr("The agenda has no items yet."),
            anchor=index or 0,
        )
        return WallPage(
            title=room.title,
            subtitle=subtitle,
            sections=(section,),
            footer=self._footer(room),
            corner=self._corner(room, index, now),
        )

    # -- 2: the current item ----------------------------------------------------------------------------------

    def _action_entry(self, action: ActionLine, today: date) -> Entry:
        overdue = not action.status.is_closed and action.due_on is not None and action.due_on < today
        parts = [action.ref, action.owner, self._due(action.due_on, overdue)]
        return Entry(
            text=action.title,
            marker="•",
            tag=word(action.status),
            tag_tone=_status_tone(action.status),
            detail=" · ".join(part for part in parts if part),
            detail_tone=Tone.WARNING if overdue else Tone.MUTED,
        )

    def item(self, room: MeetingRoom, index: int | None, now: datetime) -> WallPage:
        item: ItemRecord | None = room.items[index] if index is not None and 0 <= index < len(room.items) else None
        if item is None:
            return WallPage(
                title=room.title,
                message=self.tr("The agenda has no items yet."),
                footer=self._footer(room),
                corner=self._corner(room, None, now),
            )
        about = [item.presenter] if item.presenter else []
        if item.planned_minutes:
            about.append(self.tr("{0} min planned").format(item.planned_minutes))
        decisions = Section(
            self.tr("Decisions"),
            tuple(
                Entry(text=text, marker=f"{position}.", max_lines=3)
                for position, text in enumerate(item.decisions, start=1)
            ),
            empty=self.tr("No decisions yet."),
        )
        actions = Section(
            self.tr("Actions"),
            tuple(self._action_entry(action, now.date()) for action in item.actions),
            empty=self.tr("No actions yet."),
        )
        sections = [decisions, actions]
        written = paragraphs(item.minutes)
        if written:
            sections.append(
                Section(
                    self.tr("Minutes"),
                    tuple(Entry(text=text, marker=marker, max_lines=3) for marker, text in written),
                    anchor=len(written) - 1,  # the latest paragraph, as it is being written
                    priority=1,
                )
            )
        return WallPage(
            title=f"{item.number}. {item.title}",
            subtitle=" · ".join(about),
            sections=tuple(sections),
            footer=self._footer(room),
            corner=self._corner(room, index, now),
        )

    # -- 3: matters arising -----------------------------------------------------------------------------------

    def arising(self, room: MeetingRoom, index: int | None, now: datetime) -> WallPage:
        entries = []
        for matter in room.arising:
            action = matter.action
            status = word(action.status)
            if matter.closed_here:
                status = self.tr("{0} here").format(status)
            parts = [action.ref, action.owner, self._due(action.due_on, matter.overdue and not action.status.is_closed)]
            entries.append(
                Entry(
                    text=action.title,
                    tag=status,
                    tag_tone=_status_tone(action.status),
                    detail=" · ".join(part for part in parts if part),
                    detail_tone=Tone.WARNING if matter.overdue and not action.status.is_closed else Tone.MUTED,
                    max_lines=1,
                )
            )
        item = room.items[index] if index is not None and 0 <= index < len(room.items) else None
        title = self.tr("Matters arising")
        if item is not None and item.matters_arising:
            title = f"{item.number}. {item.title}"
        return WallPage(
            title=title,
            subtitle=self.tr("Actions of {0} from earlier meetings, and where they stand").format(room.cluster.name),
            sections=(
                Section(
                    "",
                    tuple(entries),
                    empty=self.tr("No actions from earlier meetings are open."),
                ),
            ),
            footer=self._footer(room),
            corner=self._corner(room, index, now),
        )

    # -- 4: the cluster's outputs and actions -----------------------------------------------------------------

    def _output_words(self) -> dict[OutputStatus, tuple[str, str]]:
        """For each status of an output, the label of its tile and the words for a count of them."""
        return {
            OutputStatus.PLANNED: (self.tr("outputs planned"), self.tr("{0} planned")),
            OutputStatus.IN_PROGRESS: (self.tr("outputs in progress"), self.tr("{0} in progress")),
            OutputStatus.ACHIEVED: (self.tr("outputs achieved"), self.tr("{0} achieved")),
            OutputStatus.DROPPED: (self.tr("outputs dropped"), self.tr("{0} dropped")),
        }

    def dashboard(self, room: MeetingRoom, board: Dashboard | None, now: datetime) -> WallPage:
        title = self.tr("Outputs and actions")
        if board is None:
            return WallPage(title=title, message=self.tr("Reading the figures…"), footer=self._footer(room))
        overdue_tone = Tone.WARNING if board.overdue_count else Tone.TEXT
        figures = (
            Figure(number(board.open_count), self.tr("open actions")),
            Figure(
                number(board.overdue_count) + (f" {WARNING}" if board.overdue_count else ""),
                self.tr("of them overdue"),
                overdue_tone,
            ),
            *(
                Figure(number(sum(kind.of(status) for kind in board.outputs)), label)
                for status, (label, _) in self._output_words().items()
            ),
        )
        overdue = tuple(
            Entry(
                text=row.title,
                tag=self.tr("%n day(s) late", "", row.days_overdue),
                tag_tone=Tone.WARNING,
                detail=" · ".join(part for part in (row.ref, row.owner) if part),
                max_lines=1,
            )
            for row in board.overdue_actions
        )
        by_type = tuple(
            Entry(
                text=f"{kind.number}. {kind.name}",
                tag=str(kind.count),
                detail=" · ".join(
                    count.format(kind.of(status))
                    for status, (_, count) in self._output_words().items()
                    if kind.of(status)
                ),
                max_lines=1,
            )
            for kind in board.outputs
            if kind.count
        )
        return WallPage(
            title=title,
            subtitle=self.tr("{0} · {1} meetings held · {2} outputs · as of {3}").format(
                room.cluster.name, board.meetings_held, board.output_count, self._day(board.today)
            ),
            figures=(figures,),
            sections=(
                Section(
                    self.tr("Overdue actions"),
                    overdue,
                    empty=self.tr("No action is overdue."),
                ),
                Section(
                    self.tr("Outputs by type"),
                    by_type,
                    empty=self.tr("No outputs recorded yet."),
                    priority=1,  # below the overdue actions, when there is room
                ),
            ),
            footer=self._footer(room),
            corner=self._corner(room, None, now),
        )
