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


def _gui_imports() -> dict[str, set[str]]:
    """Each gui module, and the gui modules it imports anywhere in it (at the top, under TYPE_CHECKING, or inside a
    function to load late)."""
    import ast

    found: dict[str, set[str]] = {}
    for path in _python_files(SOURCE / "gui"):
        parts = path.relative_to(SOURCE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        imported: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("pactdesk.gui"):
                imported.add(node.module)
                imported.update(f"{node.module}.{alias.name}" for alias in node.names)
            elif isinstance(node, ast.Import):
                imported.update(alias.name for alias in node.names if alias.name.startswith("pactdesk.gui"))
        found[name] = imported
    return {name: {other for other in imported if other in found and other != name} for name, imported in found.items()}


def _room(module: str) -> str:
    """The room (gui's sub-package) of a module; "window" for app, main_window and quick_start."""
    parts = module.split(".")
    return parts[2] if len(parts) > 2 and (SOURCE / "gui" / parts[2]).is_dir() else "window"


def test_only_app_imports_the_main_window() -> None:
    importers = {name for name, imported in _gui_imports().items() if "pactdesk.gui.main_window" in imported}
    assert importers == {"pactdesk.gui.app"}


def test_the_rooms_of_gui_point_toward_common_and_never_back_into_the_window() -> None:
    imports = _gui_imports()
    arrows = {(_room(name), _room(other)) for name, imported in imports.items() for other in imported}
    arrows = {(source, target) for source, target in arrows if source != target}
    assert {target for source, target in arrows if source == "common"} == set(), "common imports no room"
    assert {source for source, target in arrows if target == "window"} == set(), "no room imports the window"
    # No circle between rooms: drop rooms nothing else imports from, until none is left.
    left = {room for arrow in arrows for room in arrow}
    while left:
        leaves = {room for room in left if not any(source == room and target in left for source, target in arrows)}
        assert leaves, f"the rooms {sorted(left)} import each other in a circle"
        left -= leaves


def test_no_gui_module_imports_itself_back_through_others() -> None:
    imports = _gui_imports()
    seen: set[str] = set()

    def visit(name: str, path: tuple[str, ...]) -> None:
        for other in imports[name]:
            assert other not in path, " → ".join((*path, other))
            if other not in seen:
                visit(other, (*path, other))
        seen.add(name)

    for name in sorted(imports):
        visit(name, (name,))


def test_a_module_over_600_lines_says_why_in_its_docstring() -> None:
    import ast

    long = {
        str(path.relative_to(SOURCE)): ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""
        for path in _python_files(SOURCE)
        if len(path.read_text(encoding="utf-8").splitlines()) > 600
    }
    assert {name for name, docstring in long.items() if "600" not in docstring} == set()
