"""A disk that fills up under a writer: what was acknowledged before the disk was full stays, nothing is taken for
damage, and once there is room again the same file opens. ``python -m benchmarks.full_disk`` (as root: it mounts
a small tmpfs; elsewhere it says so and stops).
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WRITER = """
import sys
from pactdesk.domain.errors import PactDeskError
from pactdesk.services import directory, workspace
database = workspace.open_workspace(workspace.location(sys.argv[1]))
for number in range(1_000_000):
    try:
        directory.add_organisation(database, f"Full {number}", notes="x" * 2_000)
    except PactDeskError as error:
        print(f"refused: {error}", flush=True)
        break
    print(f"Full {number}", flush=True)
warning = database.close()
print(f"closed: {warning}", flush=True)
"""


def run(command: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, timeout=300)


def main() -> int:
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="pactdesk-full-") as folder:
        disk = Path(folder) / "disk"
        disk.mkdir()
        mounted = run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(disk)])
        if mounted.returncode != 0:
            print(f"full disk: skipped, a tmpfs cannot be mounted here ({mounted.stderr.strip() or 'not root'})")
            return 0
        try:
            path = disk / "pact.sqlite"
            run([sys.executable, "-m", "pactdesk", "init", "--db", str(path)])
            written = run([sys.executable, "-c", WRITER, str(path)])
            acknowledged = [line for line in written.stdout.splitlines() if line.startswith("Full ")]
            refusal = next((line for line in written.stdout.splitlines() if line.startswith("refused:")), "none")
            reopened_full = run([sys.executable, "-m", "pactdesk", "info", "--db", str(path)])
            # As after a crash on the full disk: the lock says "open", so opening checks the whole file.
            path.with_name(path.name + ".lock").write_text('{"state": "open"}')
            opening = run(
                [
                    sys.executable,
                    "-c",
                    "import sys; from pactdesk.services import workspace; "
                    "workspace.open_workspace(workspace.location(sys.argv[1])).close()",
                    str(path),
                ]
            )
            opened_full = "opened" if opening.returncode == 0 else opening.stderr.strip().splitlines()[-1]
            check_full = run([sys.executable, "-m", "pactdesk", "check", "--db", str(path)])
            run(["mount", "-o", "remount,size=64m", str(disk)])  # room again
            check = run([sys.executable, "-m", "pactdesk", "check", "--db", str(path)])
            connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                kept = {row[0] for row in connection.execute("SELECT name FROM organisation WHERE name LIKE 'Full %'")}
            finally:
                connection.close()
            lost = [name for name in acknowledged if name not in kept]
            damaged = sorted(p.name for p in disk.glob("*.damaged-*"))
            restoring = sorted(p.name for p in disk.glob(".*restoring*"))
        finally:
            run(["umount", str(disk)])
            shutil.rmtree(disk, ignore_errors=True)
    print(f"commits acknowledged before the disk was full: {len(acknowledged):,}")
    print(f"commits lost:                                  {len(lost):,}")
    print(f"the refusal:                                   {refusal}")
    print(f"info on the full disk:                         exit {reopened_full.returncode}")
    print(f"check on the full disk:                        {check_full.stdout.strip() or check_full.stderr.strip()}")
    print(f"opening after a crash on the full disk:        {opened_full}")
    print(f"check once there is room:                      {check.stdout.strip() or check.stderr.strip()}")
    print(f"files set aside as damaged / half-restored:    {len(damaged)} / {len(restoring)}")
    print(f"time:                                          {time.monotonic() - started:,.0f} s")
    return 0 if not lost and not damaged and not restoring and check.returncode == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
