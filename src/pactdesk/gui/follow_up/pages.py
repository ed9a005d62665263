"""The pages beside the meetings in the window's tabs: the action tracker, outputs, goals, the dashboard and the
register of decisions. Each is built the first time it is shown, and read again each time it is shown after that."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from pactdesk.gui.common.host import Host

MEETINGS = "meetings"  # the first tab, the window's own


class FollowUpPages(QObject):
    """The follow-up tabs of ``tabs`` (whose first tab is the meetings). ``actions_changed``: the counts and the
    meeting on screen should be read again; ``outputs_changed``: the counts; ``meeting_wanted``: a meeting to show."""

    actions_changed = Signal()
    outputs_changed = Signal()
    meeting_wanted = Signal(str)

    def __init__(self, tabs: QTabWidget, host: Host) -> None:
        super().__init__(tabs)
        self._tabs = tabs
        self._host = host
        self._built: dict[str, QWidget] = {}
        self._just_built: set[str] = set()

    def titles(self) -> list[tuple[str, str]]:
        return [
            ("tracker", self.tr("Action tracker")),
            ("outputs", self.tr("Outputs")),
            ("goals", self.tr("Goals")),
            ("dashboard", self.tr("Dashboard")),
            ("decisions", self.tr("Decisions")),
        ]

    def add_tabs(self) -> None:
        """A tab per page, empty until the page is first shown."""
        for name, title in self.titles():
            holder = QWidget()
            holder.setObjectName(f"{name}Holder")
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self._tabs.addTab(holder, title)
        self._tabs.currentChanged.connect(lambda _: self._shown())

    def _build(self, name: str) -> QWidget:
        host = self._host
        if name == "tracker":
            from pactdesk.gui.follow_up.tracker_page import TrackerPage

            tracker = TrackerPage(host.database, host.undo_stack, host.current_cluster_code())
            tracker.changed.connect(self.actions_changed)
            tracker.meeting_wanted.connect(self.meeting_wanted)
            return tracker
        if name == "outputs":
            from pactdesk.gui.follow_up.outputs_page import OutputsPage

            outputs = OutputsPage(host.database, host.undo_stack)
            outputs.changed.connect(self.outputs_changed)
            return outputs
        if name == "goals":
            from pactdesk.gui.follow_up.goals_page import GoalsPage

            goals = GoalsPage(host.database)
            goals.action_wanted.connect(self.show_action)
            goals.output_wanted.connect(self.show_output)
            return goals
        if name == "dashboard":
            from pactdesk.gui.follow_up.dashboard_page import DashboardPage

            board = DashboardPage(host.database)
            board.set_cluster(host.current_cluster_code())
            return board
        if name == "decisions":
            from pactdesk.gui.follow_up.decisions_page import DecisionsPage

            window = host.window_widget()
            decisions = DecisionsPage(host.database, _settings_of(window), window, host.current_cluster_code())
            decisions.decision_wanted.connect(self.show_decision)
            decisions.message.connect(lambda text: host.show_message(text, 8000))
            return decisions
        raise ValueError(name)

    def page(self, name: str) -> QWidget:
        """The page ``name`` (built now if it has not been shown yet)."""
        if name not in self._built:
            holder = self._tabs.widget(self._index(name))
            built = self._build(name)
            holder.layout().addWidget(built)
            self._built[name] = built
            self._just_built.add(name)
        return self._built[name]

    def _index(self, name: str) -> int:
        return [key for key, _ in self.titles()].index(name) + 1

    def show(self, name: str) -> None:
        self.page(name)
        self._tabs.setCurrentIndex(self._index(name))

    def current(self) -> str:
        """The name of the page on screen: ``MEETINGS`` for the window's own first tab."""
        index = self._tabs.currentIndex()
        return MEETINGS if index <= 0 else self.titles()[index - 1][0]

    def _shown(self) -> None:
        name = self.current()
        if name == MEETINGS:
            return
        self.page(name)  # built now, if this is its first showing
        if name in self._just_built:  # read a moment ago: no need to read it again
            self._just_built.discard(name)
        else:
            self.refresh_current()

    def refresh_current(self) -> None:
        """The page on screen reads the database again."""
        refresh = getattr(self._built.get(self.current()), "refresh", None)
        if callable(refresh):
            refresh()

    def save_pending(self) -> bool:
        """Save an output's form typed but not saved; False when it was refused (the person was told why)."""
        outputs = self._built.get("outputs")
        save = getattr(outputs, "save_pending", None)
        return bool(save()) if callable(save) else True

    def show_action(self, ref: str) -> None:
        """The action ``ref`` in the tracker, whatever its status, chosen."""
        from pactdesk.gui.follow_up.tracker_page import TrackerPage

        self.show("tracker")
        tracker = self.page("tracker")
        assert isinstance(tracker, TrackerPage)
        tracker.show_only(ref)

    def show_decision(self, ref: str, item_id: int) -> None:
        """The meeting ``ref`` on screen, at its agenda and minutes, with the agenda item ``item_id`` chosen."""
        self.meeting_wanted.emit(ref)
        self._host.select_agenda_item(ref, item_id, show_agenda=True)

    def show_output(self, ref: str) -> None:
        from pactdesk.gui.follow_up.outputs_page import OutputsPage

        self.show("outputs")
        outputs = self.page("outputs")
        assert isinstance(outputs, OutputsPage)
        outputs.show_output(ref)


def _settings_of(window: object) -> QSettings:
    """The window's settings (where the document language and the last folder are kept); the settings file itself
    for a window that holds none."""
    found = getattr(window, "settings", None)
    if isinstance(found, QSettings):
        return found
    from pactdesk import config

    return QSettings(str(config.settings_file()), QSettings.Format.IniFormat)
