"""PactDesk on a Linux desktop (packaging/linux): the desktop entry, the AppStream metainfo, the icons, and install.sh
putting a bundle in a user's home and taking it away again without touching the user's data.

desktop-file-validate (Debian's desktop-file-utils), appstreamcli (appstream), shellcheck and gio (libglib2.0-bin)
check the files; a test whose tool is missing is skipped, but fails under CI (CI=true)."""

from __future__ import annotations

import os
import shutil
import stat
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

import pactdesk
from pactdesk import config

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "io.github.pactdesk.PactDesk"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
INSTALL = LINUX / "install.sh"
ICONS = LINUX / "icons" / "hicolor"
SIZES = (16, 24, 32, 48, 64, 128, 256)
SCREENS = ROOT / "docs" / "screens"
SCREEN_URL = "https://raw.githubusercontent.com/pactdesk/pactdesk/main/docs/screens/"
LANG = "{http://www.w3.org/XML/1998/namespace}lang"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        reason = f"{name} is not installed (Debian package {package})"
        if os.environ.get("CI"):
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)
    return path


def desktop_entry(path: Path) -> dict[str, str]:
    """The keys of a desktop file's [Desktop Entry] group, values as written."""
    entry: dict[str, str] = {}
    group = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("["):
            group = line.strip()
            continue
        key, _, value = line.partition("=")
        assert group == "[Desktop Entry]", f"{path}: {line!r} outside [Desktop Entry]"
        assert key.strip() not in entry, f"{path}: {key} twice"
        entry[key.strip()] = value.strip()
    return entry


def exec_arguments(value: str) -> list[str]:
    """The command line an Exec value stands for, by the Desktop Entry Specification: the string value's escapes, then
    the quoting of arguments, then "%%" for "%"."""
    escapes = {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}
    text, i = "", 0
    while i < len(value):
        if value[i] == "\\" and i + 1 < len(value):
            text += escapes[value[i + 1]]
            i += 2
        else:
            text += value[i]
            i += 1
    arguments: list[str] = []
    current: str | None = None
    i = 0
    while i < len(text):
        char = text[i]
        if char == " ":
            if current is not None:
                arguments.append(current)
            current = None
        elif char == '"':
            current = current or ""
            i += 1
            while text[i] != '"':
                if text[i] == "\\":
                    i += 1
                    assert text[i] in '"`$\\', f"{text[i]!r} may not be escaped in an Exec argument"
                current += text[i]
                i += 1
        else:
            assert char not in "\"'\\><~|&;$*?#()`", f"{char!r} must be quoted in an Exec argument"
            current = (current or "") + char
        i += 1
    if current is not None:
        arguments.append(current)
    return [argument.replace("%%", "%") for argument in arguments]


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == PNG_SIGNATURE, f"{path} is not a PNG"
    assert data[12:16] == b"IHDR", f"{path} has no IHDR first"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


# The files themselves.


def test_the_desktop_entry_is_valid() -> None:
    result = subprocess.run(
        [tool("desktop-file-validate", "desktop-file-utils"), str(DESKTOP)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout  # no warning and no hint either


def test_the_desktop_entry_names_the_app_in_english_and_portuguese() -> None:
    entry = desktop_entry(DESKTOP)
    assert entry["Type"] == "Application"
    assert entry["Name"] == entry["Name[pt]"] == "PactDesk"
    assert entry["GenericName"] == "Committee meetings and minutes"
    assert entry["GenericName[pt]"] == "Reuniões e atas da comissão"
    assert "Comissão de Acompanhamento" in entry["Comment[pt]"]
    assert "ata" in entry["Keywords[pt]"].split(";") and "minutes" in entry["Keywords"].split(";")
    assert entry["Exec"] == "pactdesk"  # install.sh writes the installed executable's path here
    assert entry["Icon"] == APP_ID
    assert entry["Categories"] == "Office;ProjectManagement;"
    assert entry["Terminal"] == "false"
    # X11 matches a window to its entry by WM_CLASS, whose class Qt takes from the application name.
    assert entry["StartupWMClass"] == config.APP_NAME


def test_the_metainfo_is_valid() -> None:
    result = subprocess.run(
        [tool("appstreamcli", "appstream"), "validate", "--no-net", "--explain", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def metainfo() -> ET.Element:
    return ET.parse(METAINFO).getroot()


def test_the_metainfo_releases_the_version_of_the_code() -> None:
    component = metainfo()
    releases = component.findall("releases/release")
    assert releases, "no release"
    assert releases[0].get("version") == pactdesk.__version__  # the newest release comes first
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    assert component.findtext("provides/binary") == "pactdesk"
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert component.findtext("project_license") == pyproject["project"]["license"]


def test_the_metainfo_speaks_english_and_portuguese() -> None:
    component = metainfo()
    for tag in ("name", "summary"):
        assert {element.get(LANG) for element in component.findall(tag)} == {None, "pt"}, tag
    paragraphs = component.findall("description/p")
    assert {p.get(LANG) for p in paragraphs} == {None, "pt"}
    items = component.findall("description/ul/li")
    assert [li.get(LANG) for li in items] == [None, "pt"] * (len(items) // 2)


def test_every_screenshot_is_one_of_docs_screens() -> None:
    screenshots = metainfo().findall("screenshots/screenshot")
    assert [shot.get("type") for shot in screenshots].count("default") == 1
    assert len(screenshots) >= 2
    for shot in screenshots:
        assert {caption.get(LANG) for caption in shot.findall("caption")} == {None, "pt"}
        images = shot.findall("image")
        assert {image.get(LANG) for image in images} == {None, "pt"}
        for image in images:
            url = (image.text or "").strip()
            assert url.startswith(SCREEN_URL), url
            name = url.removeprefix(SCREEN_URL)
            assert name.startswith(f"{image.get(LANG) or 'en'}-"), f"{name} is not in the image's language"
            file = SCREENS / name
            assert file.is_file(), f"{file} does not exist"
            assert png_size(file) == (int(image.get("width", "0")), int(image.get("height", "0")))


@pytest.mark.parametrize("size", SIZES)
def test_an_icon_of_every_size(size: int) -> None:
    icon = ICONS / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    assert icon.is_file(), f"{icon} is missing: QT_QPA_PLATFORM=offscreen .venv/bin/python {LINUX}/make_icons.py"
    assert png_size(icon) == (size, size)


def test_the_scalable_icon_is_pactdesks_svg() -> None:
    scalable = ICONS / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == (ROOT / "resources" / "icons" / "pactdesk.svg").read_bytes()


def test_install_sh_is_posix_and_shellcheck_clean() -> None:
    assert os.access(INSTALL, os.X_OK)
    assert INSTALL.read_text(encoding="utf-8").startswith("#!/bin/sh\n")
    result = subprocess.run(
        [tool("shellcheck", "shellcheck"), "--shell=sh", str(INSTALL)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


# install.sh in a home of the test's own.


@dataclass
class Home:
    home: Path
    data: Path  # XDG_DATA_HOME

    @property
    def program(self) -> Path:
        return self.data / "pactdesk-app"

    @property
    def link(self) -> Path:
        return self.home / ".local" / "bin" / "pactdesk"

    @property
    def entry(self) -> Path:
        return self.data / "applications" / f"{APP_ID}.desktop"

    @property
    def metainfo(self) -> Path:
        return self.data / "metainfo" / f"{APP_ID}.metainfo.xml"

    def icons(self) -> list[Path]:
        hicolor = self.data / "icons" / "hicolor"
        return [hicolor / f"{n}x{n}" / "apps" / f"{APP_ID}.png" for n in SIZES] + [
            hicolor / "scalable" / "apps" / f"{APP_ID}.svg"
        ]

    def run(self, *args: str, script: Path = INSTALL, check: bool = True) -> subprocess.CompletedProcess[str]:
        env = {"HOME": str(self.home), "XDG_DATA_HOME": str(self.data), "PATH": os.environ.get("PATH", os.defpath)}
        result = subprocess.run(["sh", str(script), *args], capture_output=True, text=True, env=env, timeout=60)
        if check:
            assert result.returncode == 0, result.stdout + result.stderr
        return result

    def files(self) -> set[Path]:
        """Everything in the home but folders."""
        return {path for path in self.home.rglob("*") if path.is_symlink() or not path.is_dir()}


def fake_bundle(folder: Path) -> Path:
    """A folder like PyInstaller's: an executable pactdesk (here a script that says its arguments) and _internal/."""
    (folder / "_internal").mkdir(parents=True)
    (folder / "_internal" / "libpython.so.1.0").write_bytes(b"\x7fELF")
    (folder / "_internal" / "libpython.so").symlink_to("libpython.so.1.0")
    executable = folder / "pactdesk"
    executable.write_text("#!/bin/sh\nprintf 'pactdesk %s\\n' \"$*\"\n", encoding="utf-8")
    executable.chmod(executable.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return folder


@pytest.fixture
def user(tmp_path: Path) -> Home:
    """A home whose user already has PactDesk's data: the database in platformdirs' data folder for PactDesk."""
    home = Home(tmp_path / "home", tmp_path / "home" / ".local" / "share")
    database = home.data / config.APP_NAME / config.DATABASE_NAME
    database.parent.mkdir(parents=True)
    database.write_bytes(b"SQLite format 3\x00the user's meetings")
    return home


def test_install_twice_then_uninstall(user: Home, tmp_path: Path) -> None:
    bundle = fake_bundle(tmp_path / "dist" / "PactDesk")
    before = user.files()
    user_data = {path: path.read_bytes() for path in before}
    data = user.data / config.APP_NAME

    first = user.run(str(bundle))
    # Not even a file system that ignores case (exFAT, SMB, ext4 with casefold) may see the program's folder as the
    # data folder "PactDesk": uninstalling removes the program's folder whole.
    assert user.program.is_dir()
    assert all(path.name.casefold() != config.APP_NAME.casefold() for path in user.data.iterdir() if path != data)
    assert all(line.strip() for line in first.stdout.splitlines())
    assert f"copied the program folder {user.program}" in first.stdout
    assert f"linked {user.link} -> {user.program / 'pactdesk'}" in first.stdout
    assert f"PactDesk {pactdesk.__version__} is installed" in first.stdout

    def check_installed() -> None:
        assert (user.program / "pactdesk").read_bytes() == (bundle / "pactdesk").read_bytes()
        assert os.access(user.program / "pactdesk", os.X_OK)
        assert (user.program / "_internal" / "libpython.so").is_symlink()  # the bundle's links stay links
        assert (user.program / "install.sh").read_bytes() == INSTALL.read_bytes()  # for --uninstall later
        assert user.link.is_symlink() and user.link.resolve() == (user.program / "pactdesk").resolve()
        ran = subprocess.run([str(user.link), "--demo", "two words"], capture_output=True, text=True, check=True)
        assert ran.stdout == "pactdesk --demo two words\n"
        entry = desktop_entry(user.entry)
        assert exec_arguments(entry["Exec"]) == [str(user.program / "pactdesk")]
        assert {key: value for key, value in entry.items() if key != "Exec"} == {
            key: value for key, value in desktop_entry(DESKTOP).items() if key != "Exec"
        }
        assert user.metainfo.read_bytes() == METAINFO.read_bytes()
        for icon in user.icons():
            assert icon.read_bytes() == (ICONS / icon.relative_to(user.data / "icons" / "hicolor")).read_bytes()
        assert {path: path.read_bytes() for path in before} == user_data

    check_installed()
    installed = user.files()

    second = user.run(str(bundle))
    assert f"replaced the program folder {user.program}" in second.stdout
    assert f"kept the link {user.link}" in second.stdout
    check_installed()
    assert user.files() == installed  # nothing more: no second copy, no folder left from the swap

    gone = user.run("--uninstall")
    assert f"removed the program folder {user.program}" in gone.stdout
    assert f"your data in {user.data / config.APP_NAME} is still there" in gone.stdout
    assert user.files() == before
    assert {path: path.read_bytes() for path in before} == user_data
    hicolor = user.data / "icons" / "hicolor"
    assert not hicolor.exists() or not any(hicolor.iterdir()), "no empty icon folders are left behind"

    again = user.run("--uninstall")  # nothing left to remove is fine too
    assert "no program folder to remove" in again.stdout
    assert user.files() == before


def test_the_installed_copy_uninstalls_itself(user: Home, tmp_path: Path) -> None:
    before = user.files()
    user.run(str(fake_bundle(tmp_path / "PactDesk")))
    user.run("--uninstall", script=user.program / "install.sh")
    assert not user.program.exists()
    assert user.files() == before


def test_the_release_tarball_installs_without_arguments(user: Home, tmp_path: Path) -> None:
    """PactDesk-<version>-linux-x86_64/ holds install.sh and PactDesk/, the bundle with its share/ folder."""
    unpacked = tmp_path / f"PactDesk-{pactdesk.__version__}-linux-x86_64"
    bundle = fake_bundle(unpacked / "PactDesk")
    share = bundle / "share"
    (share / "applications").mkdir(parents=True)
    (share / "metainfo").mkdir()
    shutil.copytree(ICONS, share / "icons" / "hicolor")
    shutil.copy(METAINFO, share / "metainfo")
    # The bundle's entry, not the checkout's, is the one installed.
    text = DESKTOP.read_text(encoding="utf-8").replace("Terminal=false", "Terminal=false\nX-From-Bundle=true")
    (share / "applications" / DESKTOP.name).write_text(text, encoding="utf-8")
    shutil.copy(INSTALL, unpacked / "install.sh")

    user.run(script=unpacked / "install.sh")

    assert desktop_entry(user.entry)["X-From-Bundle"] == "true"
    assert exec_arguments(desktop_entry(user.entry)["Exec"]) == [str(user.program / "pactdesk")]
    assert all(icon.is_file() for icon in user.icons())
    assert user.metainfo.is_file()


def test_a_pactdesk_command_of_someone_else_stays(user: Home, tmp_path: Path) -> None:
    """pip install --user makes ~/.local/bin/pactdesk too: install.sh neither replaces nor removes it."""
    user.link.parent.mkdir(parents=True)
    user.link.write_text("#!/bin/sh\necho pip\n", encoding="utf-8")
    installed = user.run(str(fake_bundle(tmp_path / "PactDesk")))
    assert f"left {user.link} alone" in installed.stdout
    assert exec_arguments(desktop_entry(user.entry)["Exec"]) == [str(user.program / "pactdesk")]
    removed = user.run("--uninstall")
    assert f"left {user.link} alone" in removed.stdout
    assert user.link.read_text(encoding="utf-8") == "#!/bin/sh\necho pip\n"


def test_a_folder_install_sh_did_not_make_is_left_alone(user: Home, tmp_path: Path) -> None:
    (user.program / "notes").mkdir(parents=True)
    (user.program / "notes" / "mine.txt").write_text("mine", encoding="utf-8")
    refused = user.run(str(fake_bundle(tmp_path / "PactDesk")), check=False)
    assert refused.returncode != 0
    assert "install.sh did not make it" in refused.stderr
    user.run("--uninstall")
    assert (user.program / "notes" / "mine.txt").read_text(encoding="utf-8") == "mine"


def test_a_bundle_without_pactdesk_is_refused(user: Home, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    before = user.files()
    refused = user.run(str(empty), check=False)
    assert refused.returncode != 0
    assert "holds no executable 'pactdesk'" in refused.stderr
    assert user.files() == before


AWKWARD = 'data dir "quoted" $HOME `x` back\\slash'


def test_the_exec_key_quotes_an_awkward_path(tmp_path: Path) -> None:
    user = Home(tmp_path / "home", tmp_path / AWKWARD)
    user.run(str(fake_bundle(tmp_path / "PactDesk")))
    assert exec_arguments(desktop_entry(user.entry)["Exec"]) == [str(user.program / "pactdesk")]
    result = subprocess.run(
        [tool("desktop-file-validate", "desktop-file-utils"), str(user.entry)], capture_output=True, text=True
    )
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout + result.stderr


def test_glib_starts_the_installed_entry(tmp_path: Path) -> None:
    """GNOME's menu reads the entry through GLib, as gio launch does: it must start the installed executable."""
    gio = tool("gio", "libglib2.0-bin")
    user = Home(tmp_path / "home", tmp_path / AWKWARD)
    user.run(str(fake_bundle(tmp_path / "PactDesk")))
    env = {"HOME": str(user.home), "XDG_DATA_HOME": str(user.data), "PATH": os.environ.get("PATH", os.defpath)}
    launched = subprocess.run([gio, "launch", str(user.entry)], capture_output=True, text=True, env=env, timeout=60)
    assert launched.returncode == 0, launched.stderr
    assert launched.stdout == "pactdesk \n"
