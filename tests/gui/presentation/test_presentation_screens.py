"""`pactdesk present REF`, and the wall on real screens: Qt's offscreen platform takes several screens from a JSON
file (``offscreen:configfile=…``), so two 1920×1080 screens are tried in a subprocess, with one of them unplugged
mid-meeting (the handler Qt calls on removal is called, as the offscreen platform cannot unplug a screen)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pactdesk import cli
from pactdesk.gui import app as gui_app
from pactdesk.gui.main_window import MainWindow
from pactdesk.services import agenda, meetings, workspace

SCREENS = {
    "synchronousWindowSystemEvents": False,
    "windowFrameMargins": False,
    "screens": [
        {"name": "Laptop", "x": 0, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "dpr": 1},
        {"name": "Projector", "x": 1920, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "dpr": 1},
    ],
}


@pytest.fixture
def meeting_file(db_path: Path) -> tuple[Path, str]:
    database = workspace.open_workspace(workspace.location(str(db_path)))
    try:
        ref = meetings.create_meeting(database, "HCP", title="Monitoring", starts_at="2025-05-05 10:00")
        for title in ("Opening", "Funding calls", "Any other business"):
            agenda.add_agenda_item(database, ref, title, planned_minutes=15)
    finally:
        database.close()
    return db_path, ref


def two_screens(tmp_path: Path) -> dict[str, str]:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(SCREENS), encoding="utf-8")
    return dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")


def run(code: str, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, timeout=120, check=False
    )


def last_json(output: str) -> dict[str, Any]:
    line = next(line for line in reversed(output.splitlines()) if line.startswith("{"))
    result: dict[str, Any] = json.loads(line)
    return result


@pytest.fixture
def screens_env(tmp_path: Path) -> dict[str, str]:
    env = two_screens(tmp_path)
    probe = run("from PySide6.QtWidgets import QApplication; print(len(QApplication([]).screens()))", env=env)
    if probe.returncode != 0 or probe.stdout.strip() != "2":
        pytest.skip("this Qt's offscreen platform cannot simulate two screens; test_presentation_rules covers it")
    return env


WALL_ON_TWO_SCREENS = r"""
import json, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from pactdesk.gui import app as gui_app
from pactdesk.gui.main_window import MainWindow
from pactdesk.services import workspace
database = workspace.open_workspace(workspace.location(sys.argv[1]))
window = MainWindow(database, gui_app.settings())
window.show()
window.show_meeting(sys.argv[2])
note = window.start_presenting()
presentation = window.presentation
wall = presentation.audience
app.processEvents()
laptop, projector = app.screens()

def state():
    return {
        "screen": wall.screen().name(),
        "full": wall.isFullScreen(),
        "geometry": wall.geometry().getRect(),
        "item": presentation.index,
        "view": presentation.view.name,
        "blank": wall.blank,
        "elapsed": presentation.clock.elapsed(presentation.current_id),
    }

seen = {"note": note, "window": window.screen().name(), "body": wall.body_font().pointSizeF(), "start": state()}
presentation.move(+1)
presentation.move(+1)
presentation.set_blank(True)
seen["before"] = state()
presentation.screen_removed(projector)  # what Qt calls as the projector's cable comes out
app.processEvents()
seen["removed"] = state()
seen["message"] = window.statusBar().currentMessage()
presentation.screen_added(projector)  # and back in
app.processEvents()
seen["added"] = state()
presentation.move_to_screen(1)
seen["chosen"] = state()
presentation.stop()
window.close()
database.close()
print(json.dumps(seen))
"""


def test_the_wall_takes_the_second_screen_and_moves_when_it_is_unplugged(
    screens_env: dict[str, str], meeting_file: tuple[Path, str]
) -> None:
    db_path, ref = meeting_file
    done = run(WALL_ON_TWO_SCREENS, str(db_path), ref, env=screens_env)
    assert done.returncode == 0, done.stderr
    seen = last_json(done.stdout)
    assert seen["note"] == "" and seen["window"] == "Laptop"
    assert seen["start"]["screen"] == "Projector" and seen["start"]["full"]
    assert seen["start"]["geometry"] == [1920, 0, 1920, 1080]
    assert seen["body"] >= 28, "32 pt on a 1080-pixel wall"
    before = seen["before"]
    assert (before["item"], before["view"], before["blank"]) == (1, "ITEM", True)
    removed = seen["removed"]
    assert removed["screen"] == "Laptop" and removed["full"] and removed["geometry"] == [0, 0, 1920, 1080]
    assert (removed["item"], removed["view"], removed["blank"]) == (1, "ITEM", True), "nothing of the state lost"
    assert removed["elapsed"] >= before["elapsed"], "the item's time runs on"
    assert "disconnected" in seen["message"] and "screen 1" in seen["message"]
    added = seen["added"]
    assert added["screen"] == "Projector" and added["full"] and added["blank"] and added["item"] == 1
    assert seen["chosen"]["screen"] == "Laptop", "the secretary can put it anywhere"


PRESENT_FROM_THE_COMMAND_LINE = r"""
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from pactdesk.cli import main
from pactdesk.gui.main_window import MainWindow
seen = {}

def check():
    window = next((w for w in app.topLevelWidgets() if isinstance(w, MainWindow)), None)
    if window is None or window.presentation is None:
        QTimer.singleShot(20, check)
        return
    wall = window.presentation.audience
    seen.update(ref=window.current_meeting_ref(), screen=wall.screen().name(), full=wall.isFullScreen())
    seen["text"] = wall.shown_text()
    QTimer.singleShot(0, window.close)

QTimer.singleShot(0, check)
seen["status"] = main(sys.argv[1:])
print(json.dumps(seen))
"""


def test_pactdesk_present_opens_the_room_view_on_the_screen_asked_for(
    screens_env: dict[str, str], meeting_file: tuple[Path, str]
) -> None:
    db_path, ref = meeting_file
    done = run(PRESENT_FROM_THE_COMMAND_LINE, "present", ref.lower(), "--db", str(db_path), env=screens_env)
    seen = last_json(done.stdout)
    assert seen["status"] == 0 and (seen["ref"], seen["screen"], seen["full"]) == (ref, "Projector", True)
    assert "1. Opening" in seen["text"]
    done = run(PRESENT_FROM_THE_COMMAND_LINE, "present", ref, "--db", str(db_path), "--screen", "1", env=screens_env)
    assert last_json(done.stdout)["screen"] == "Laptop", "--screen counts from 1"
    done = run(PRESENT_FROM_THE_COMMAND_LINE, "present", ref, "--db", str(db_path), "--screen", "7", env=screens_env)
    assert last_json(done.stdout)["screen"] == "Projector"
    assert "pactdesk: There is no screen 7: the wall is on screen 2." in done.stderr


def test_an_unknown_meeting_is_one_line_and_status_1_before_any_window(
    qapp: QApplication, meeting_file: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    db_path, _ = meeting_file

    def windows() -> int:
        return sum(isinstance(widget, MainWindow) for widget in qapp.topLevelWidgets())

    before = windows()
    status = cli.main(["present", "HCP-2099-09", "--db", str(db_path)])
    err = capsys.readouterr().err
    assert status == 1
    assert err.count("\n") == 1 and err.startswith("pactdesk: ") and "HCP-2099-09" in err
    assert windows() == before, "no window was made"
    assert cli.main(["present", "HCP-2099-09", "--db", str(db_path.with_name("missing.sqlite"))]) == 1
    assert capsys.readouterr().err.count("\n") == 1


def when_presenting(check: Callable[[MainWindow], None], tries: int = 500) -> None:
    """Run ``check`` on the window the command opens once it presents, then close it (give up after 10 s)."""

    def look(left: int) -> None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        window = next((w for w in shown if w.presentation is not None), None)
        if window is None:
            if left:
                QTimer.singleShot(20, lambda: look(left - 1))
            for stuck in shown if not left else ():
                stuck.close()
            return
        check(window)
        QTimer.singleShot(0, window.close)

    QTimer.singleShot(0, lambda: look(tries))


def test_pactdesk_present_on_one_screen_falls_back_with_a_message(
    qtbot: QtBot, meeting_file: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    db_path, ref = meeting_file
    seen: dict[str, Any] = {}

    def check(window: MainWindow) -> None:
        presentation = window.presentation
        assert presentation is not None
        seen.update(ref=window.current_meeting_ref(), full=presentation.audience.isFullScreen())
        seen["message"] = window.statusBar().currentMessage()

    when_presenting(check)
    assert cli.main(["present", ref, "--db", str(db_path), "--screen", "2"]) == 0
    assert seen == {"ref": ref, "full": True, "message": "There is no screen 2: the wall is on screen 1."}
    assert "pactdesk: There is no screen 2: the wall is on screen 1.\n" in capsys.readouterr().err


def test_the_function_the_command_calls_presents_a_meeting_in_an_open_window(
    qtbot: QtBot, meeting_file: tuple[Path, str]
) -> None:
    db_path, ref = meeting_file
    database = workspace.open_workspace(workspace.location(str(db_path)))
    try:
        window = MainWindow(database, gui_app.settings())
        qtbot.addWidget(window)
        window.show()
        assert gui_app.start_presenting(window, gui_app.PresentRequest(ref))
        presentation = window.presentation
        assert presentation is not None and presentation.ref == ref and window.current_meeting_ref() == ref
        assert "Monitoring" in presentation.audience.shown_text()
        window.stop_presenting()
    finally:
        database.close()


def test_a_database_open_in_another_pactdesk_is_one_line_and_status_1_before_any_window(
    qapp: QApplication, meeting_file: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    db_path, ref = meeting_file
    other = workspace.open_workspace(workspace.location(str(db_path)))  # holds the instance lock, as a window does
    try:
        before = sum(isinstance(widget, MainWindow) for widget in qapp.topLevelWidgets())
        assert cli.main(["present", ref, "--db", str(db_path)]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "already open in another PactDesk window" in err
        assert sum(isinstance(widget, MainWindow) for widget in qapp.topLevelWidgets()) == before
    finally:
        other.close()
