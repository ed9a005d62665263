"""The release's version is written once, in src/pactdesk/__init__.py: the command line, the wheel's metadata, the
PyInstaller spec and the Linux metainfo read it (the Windows script's default is checked in
test_installer_scripts.py)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from pactdesk import __version__
from pactdesk.cli import main

ROOT = Path(__file__).resolve().parents[2]


def test_the_version_is_a_release_number() -> None:
    assert re.fullmatch(r"\d+\.\d+\.\d+", __version__)


def test_pactdesk_version_says_it(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"PactDesk {__version__}"


def test_the_wheel_and_the_spec_read_it_from_the_package() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["dynamic"] == ["version"] and "version" not in project["project"]
    assert project["tool"]["hatch"]["version"]["path"] == "src/pactdesk/__init__.py"
    spec = (ROOT / "packaging" / "pactdesk.spec").read_text(encoding="utf-8")
    assert "from pactdesk import __version__" in spec and not re.search(r"\d+\.\d+\.\d+", spec)


def test_the_metainfo_s_newest_release_is_this_version() -> None:
    metainfo = (ROOT / "packaging" / "linux" / "io.github.pactdesk.PactDesk.metainfo.xml").read_text(encoding="utf-8")
    releases = re.findall(r'<release version="([^"]+)"', metainfo)
    assert releases and releases[0] == __version__
