"""The wheel's build hook: PactDesk's translations compiled from ``resources/translations/*.ts`` into ``.qm`` files
inside the wheel (``pactdesk/_resources/translations``), so an installed PactDesk speaks Portuguese with no compiler
at hand. The ``.ts`` sources stay out of the wheel: with no source beside them, the window takes the ``.qm`` as they
are (``gui/app.py``, ``translations_folder``)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

ROOT = Path(__file__).resolve().parent
SOURCES = ROOT / "resources" / "translations"


def _lrelease() -> list[str]:
    beside = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if beside:
        return [beside]
    import PySide6  # the build requires PySide6-Essentials (pyproject.toml), which carries lrelease

    bundled = shutil.which("lrelease", path=str(Path(PySide6.__file__).parent))
    if bundled:
        return [bundled]
    raise RuntimeError("cannot compile the translations: PySide6's lrelease is not installed in the build environment")


class TranslationsHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "pactdesk-translations"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return  # a checkout (make, pip install -e) compiles its translations when the window starts
        self._folder = Path(tempfile.mkdtemp(prefix="pactdesk-qm-"))
        command = _lrelease()
        for source in sorted(SOURCES.glob("*.ts")):
            built = self._folder / source.with_suffix(".qm").name
            subprocess.run([*command, "-silent", str(source), "-qm", str(built)], check=True, timeout=120)
            if not built.is_file() or built.stat().st_size == 0:
                raise RuntimeError(f"lrelease wrote no {built.name}")
            build_data["force_include"][str(built)] = f"pactdesk/_resources/translations/{built.name}"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        folder = getattr(self, "_folder", None)
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
