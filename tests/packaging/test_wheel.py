"""The wheel works alone: built as ``make wheel`` builds it, it carries the compiled translations (and not their
sources), the fonts, the icon, the migrations and the catalogue; installed into a fresh virtual environment, outside
the checkout and with a clean home, its ``pactdesk selftest`` passes, in Portuguese from the installed files."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from pactdesk import __version__

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--disable-pip-version-check",
            "-q",
            "-w",
            str(out),
            str(ROOT),
        ],
        check=True,
        timeout=600,
    )
    [built] = out.glob("pactdesk-*.whl")
    return built


def test_the_wheel_carries_what_an_installation_needs(wheel: Path) -> None:
    assert wheel.name == f"pactdesk-{__version__}-py3-none-any.whl"
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in (
        "pactdesk/_resources/translations/pactdesk_pt.qm",
        "pactdesk/_resources/translations/pactdesk_en.qm",
        "pactdesk/_resources/fonts/NotoSans-Regular.ttf",
        "pactdesk/_resources/icons/pactdesk.svg",
        "pactdesk/_db/seed/catalogue.json",
        "pactdesk/_db/migrations/env.py",
        "pactdesk/cli/selftest.py",
    ):
        assert needed in names, needed
    migrations = {name for name in names if name.startswith("pactdesk/_db/migrations/versions/")}
    assert len(migrations) == len(list((ROOT / "db" / "migrations" / "versions").glob("*.py")))
    assert not any(name.endswith(".ts") for name in names), "the translations' sources stay out"
    assert zipfile.ZipFile(wheel).getinfo("pactdesk/_resources/translations/pactdesk_pt.qm").file_size > 50_000


def test_the_wheel_installed_in_a_fresh_environment_passes_its_selftest(wheel: Path, tmp_path: Path) -> None:
    environment = tmp_path / "venv"
    venv.create(environment, with_pip=True)
    python = environment / ("Scripts" if os.name == "nt" else "bin") / "python"
    subprocess.run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "-q",
            "--disable-pip-version-check",
            "-c",
            str(ROOT / "constraints.txt"),
            str(wheel),
        ],
        check=True,
        timeout=900,
    )
    home = tmp_path / "home"
    home.mkdir()
    clean = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PACTDESK_", "PYTHON", "VIRTUAL_ENV", "QT_QPA")) and key != "PATH"
    }
    clean.update(HOME=str(home), PATH=str(python.parent) + os.pathsep + "/usr/bin:/bin", LANG="pt_PT.UTF-8")
    done = subprocess.run(
        [str(python.parent / "pactdesk"), "selftest"],
        cwd=tmp_path,
        env=clean,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[-1] == "All 7 steps passed."
    [translation] = [line for line in lines if "Portuguese translation" in line]
    assert str(environment) in translation and "site-packages" in translation, "the installed .qm, not the checkout's"
