"""A writer killed with SIGKILL again and again: how many commits it reported, how many of those the database kept,
whether ``check`` passes, and what was left beside the file. ``python -m benchmarks.kill_loop --kills 300``.

It prints figures, as the other benchmarks do; the tests (tests/store/test_crash.py) assert the same with 12 kills.
"""

from __future__ import annotations

import argparse
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WRITER = """
import sys
from pactdesk.services import directory, workspace
run = sys.argv[2]
database = workspace.open_workspace(workspace.location(sys.argv[1]))
print("ready", flush=True)
for number in range(1_000_000):
    directory.add_organisation(database, f"Crash {run}-{number}")
    print(f"Crash {run}-{number}", flush=True)
"""

BACKUP_EVERY = 10  # every tenth run is killed while it takes a backup, not while it writes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.kill_loop")
    parser.add_argument("--kills", type=int, default=300)
    parser.add_argument("--seed", type=int, default=20261206)
    args = parser.parse_args(argv)
    chance = random.Random(args.seed)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="pactdesk-kills-") as folder:
        path = Path(folder) / "pact.sqlite"
        subprocess.run([sys.executable, "-m", "pactdesk", "init", "--db", str(path)], check=True, capture_output=True)
        reported: list[str] = []
        for run in range(args.kills):
            if run % BACKUP_EVERY == BACKUP_EVERY - 1:
                child = subprocess.Popen(
                    [sys.executable, "-m", "pactdesk", "backup", "--db", str(path), str(Path(folder) / "copy.sqlite")],
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
                time.sleep(chance.uniform(0.0, 0.5))
                child.send_signal(signal.SIGKILL)
                child.wait(timeout=30)
                continue
            child = subprocess.Popen(
                [sys.executable, "-c", WRITER, str(path), str(run)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            assert child.stdout is not None
            if child.stdout.readline().strip() != "ready":
                print(f"run {run}: the writer did not start: {child.stderr.read() if child.stderr else ''}")
                return 1
            time.sleep(chance.uniform(0.0, 0.4))
            child.send_signal(signal.SIGKILL)
            output, _ = child.communicate(timeout=30)
            reported.extend(line for line in output.splitlines() if line.startswith("Crash"))
        check = subprocess.run(
            [sys.executable, "-m", "pactdesk", "check", "--db", str(path)], capture_output=True, text=True
        )
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            kept = {row[0] for row in connection.execute("SELECT name FROM organisation WHERE name LIKE 'Crash %'")}
        finally:
            connection.close()
        lost = [name for name in reported if name not in kept]
        leftovers = sorted(p.name for p in Path(folder).rglob("*") if ".partial" in p.name or ".restoring" in p.name)
        damaged = sorted(p.name for p in Path(folder).glob("*.damaged-*"))
    print(f"kills:                     {args.kills} ({args.kills // BACKUP_EVERY} of them during a backup)")
    print(f"commits reported:          {len(reported):,}")
    print(f"commits lost:              {len(lost):,}")
    print(f"check afterwards:          {'sound' if check.returncode == 0 else check.stdout.strip()}")
    print(f"partial files left:        {len(leftovers)}")
    print(f"damaged copies set aside:  {len(damaged)}")
    print(f"time:                      {time.monotonic() - started:,.0f} s")
    return 0 if not lost and check.returncode == 0 and not leftovers else 1


if __name__ == "__main__":
    sys.exit(main())
