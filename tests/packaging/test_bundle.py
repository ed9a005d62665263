"""The frozen bundle (packaging/pactdesk.spec, as ``make dist`` builds it) runs without Python: built here into a
temporary folder, its ``pactdesk selftest`` passes with no virtual environment on ``PATH``, a clean home and
nothing of the checkout importable; it carries the Qt modules PactDesk uses and not the ones it does not."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PYINSTALLER = Path(sys.executable).with_name("pyinstaller")


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not PYINSTALLER.exists():
        pytest.fail(f"PyInstaller is not installed beside {sys.executable}: `make` installs it (pyproject's dev extra)")
    out = tmp_path_factory.mktemp("bundle")
    subprocess.run(
        [
            str(PYINSTALLER),
            str(ROOT / "packaging" / "pactdesk.spec"),
            "--noconfirm",
            "--distpath",
            str(out / "dist"),
            "--workpath",
            str(out / "work"),
            "--log-level",
            "ERROR",
        ],
        cwd=ROOT,
        check=True,
        timeout=900,
    )
    return out / "dist" / "PactDesk"


def test_the_bundle_passes_its_selftest_in_a_clean_environment(bundle: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    clean = {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "pt_PT.UTF-8"}
    done = subprocess.run(
        [str(bundle / "pactdesk"), "selftest"], cwd=tmp_path, env=clean, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[-1] == "All 7 steps passed."
    [translation] = [line for line in lines if "Portuguese translation" in line]
    assert str(bundle) in translation, "the bundle's own translations"
    assert list(home.rglob("*")) == [], "nothing written in the user's home"
    version = subprocess.run(
        [str(bundle / "pactdesk-cli"), "--version"], env=clean, capture_output=True, text=True, timeout=120
    )
    assert version.returncode == 0 and version.stdout.strip().startswith("PactDesk ")


def test_the_bundle_holds_the_qt_modules_pactdesk_uses_and_not_the_others(bundle: Path) -> None:
    qt = bundle / "_internal" / "PySide6"
    held = {path.name.split(".")[0] for path in qt.glob("Qt*.abi3.so")} | {
        path.name.split(".")[0] for path in qt.glob("Qt*.pyd")
    }
    assert {"QtCore", "QtGui", "QtWidgets", "QtCharts", "QtPdf", "QtPrintSupport", "QtSvg"} <= held
    assert not held & {"QtWebEngineCore", "QtWebEngineWidgets", "QtQml", "QtQuick", "QtMultimedia", "Qt3DCore"}
    for needed in ("translations/pactdesk_pt.qm", "fonts/NotoSans-Regular.ttf", "icons/pactdesk.svg"):
        assert (bundle / "_internal" / "pactdesk" / "_resources" / needed).is_file(), needed
    assert (bundle / "_internal" / "pactdesk" / "_db" / "seed" / "catalogue.json").is_file()
    assert not list((bundle / "_internal").rglob("*.ts")), "no translation sources"


pytestmark = pytest.mark.skipif(os.name == "nt" or sys.platform == "darwin", reason="the Linux bundle's test")
