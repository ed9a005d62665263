"""A writer killed with SIGKILL at random moments loses nothing it reported as saved, and leaves a sound file."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from pactdesk.domain.models import Organisation
from pactdesk.services import workspace

WRITER = """
import sys
from pactdesk.services import directory, workspace
run = sys.argv[2]
database = workspace.open_workspace(workspace.location(sys.argv[1]))
print("ready", flush=True)
for number in range(100_000):
    name = f"Crash {run}-{number}"
    directory.add_organisation(database, name)
    print(name, flush=True)
"""

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


def test_killed_writer_keeps_every_reported_commit(db_path: Path) -> None:
    chance = random.Random(20261124)
    reported: list[str] = []
    env = dict(os.environ)
    for run in range(12):
        child = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db_path), str(run)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert child.stdout is not None
        first = child.stdout.readline()
        assert first.strip() == "ready", child.stderr.read() if child.stderr else first
        time.sleep(chance.uniform(0.0, 0.4))
        child.send_signal(signal.SIGKILL)
        output, _ = child.communicate(timeout=30)
        assert child.returncode == -signal.SIGKILL
        reported.extend(line for line in output.splitlines() if line.startswith("Crash"))

    assert len(reported) > 12, "the writer got some commits in before each kill"
    from pactdesk.cli import main

    assert main(["check", "--db", str(db_path)]) == 0
    database = workspace.open_workspace(workspace.location(str(db_path)), readonly=True)
    try:
        with database.read() as session:
            names = set(session.scalars(select(Organisation.name).where(Organisation.name.like("Crash %"))))
    finally:
        database.close()
    missing = [name for name in reported if name not in names]
    assert missing == []
