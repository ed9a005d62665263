"""``pactdesk selftest`` checks an installation: every step says ok and the exit is 0; a broken one (no
Portuguese translation) fails that step by name and exits 1; the user's data, settings and logs are not touched."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from pactdesk.cli import main
from pactdesk.gui import app as gui_app


def test_selftest_passes_every_step_and_leaves_the_user_s_folders_alone(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    environment = {
        key: value for key, value in os.environ.items() if not key.startswith(("PACTDESK_", "XDG_", "QT_QPA"))
    }
    environment.update(HOME=str(home), LANG="pt_PT.UTF-8")
    done = subprocess.run(
        [sys.executable, "-m", "pactdesk", "selftest"], env=environment, capture_output=True, text=True, timeout=240
    )
    lines = done.stdout.splitlines()
    assert done.returncode == 0, done.stdout + done.stderr
    steps = [line for line in lines if line.startswith("  ")]
    assert len(steps) == 7 and all(" ok (" in line for line in steps), lines
    assert lines[-1] == "All 7 steps passed."
    assert list(home.rglob("*")) == [], "nothing written in the user's home: data, settings, logs, cache"


def test_a_missing_translation_fails_its_step_by_name_and_the_exit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "no-translations"
    empty.mkdir()
    monkeypatch.setattr(gui_app, "translations_folder", lambda: empty)
    home_before = os.environ.get("PACTDESK_HOME")
    assert main(["selftest"]) == 1
    said = capsys.readouterr()
    failed = [line for line in said.out.splitlines() if "FAILED" in line]
    assert len(failed) == 1 and failed[0].split("FAILED: ")[0].strip() == "Portuguese translation"
    assert f"no Portuguese translation in {empty}" in failed[0]
    assert said.out.count(" ok (") == 6, "the other steps still ran, and passed"
    assert "1 of 7 steps failed" in said.err
    assert os.environ.get("PACTDESK_HOME") == home_before, "the environment is as it was"
