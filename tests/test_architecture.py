"""The layers keep to their places: the window only calls services, which own every transaction."""

from __future__ import annotations

import re
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[1] / "src" / "pactdesk"


def _python_files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.py"))


def test_the_window_opens_no_transaction_and_touches_no_orm() -> None:
    """Each use case is one service call: no Session, no SQLAlchemy, no ORM model and no query in gui/."""
    forbidden = re.compile(r"sqlalchemy|Session|\.query\(|\.write\(\)|\.read\(\)|pactdesk\.domain\.models")
    found = [
        f"{path.relative_to(SOURCE)}:{number}: {line.strip()}"
        for path in _python_files(SOURCE / "gui")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if forbidden.search(line)
    ]
    assert found == []
