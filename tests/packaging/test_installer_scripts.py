"""The Windows and macOS installer scripts and the installers workflow agree with the project: the Inno Setup script
(packaging/windows/pactdesk.iss) installs this version of PyInstaller's dist/PactDesk/ for one user, in English
or European Portuguese, and its uninstaller offers to delete the very folder platformdirs gives PactDesk's data on
Windows; the version resource and the Info.plist carry this version; the icons are the SVG's drawings; the
workflow (.github/workflows/installers.yml) builds the spec, runs the selftest on every system and names only
files that exist. None of this runs Windows or macOS: the workflow does, on GitHub's runners."""

from __future__ import annotations

import ast
import os
import plistlib
import re
import shutil
import struct
import subprocess
import sys
import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path, PureWindowsPath
from types import ModuleType
from typing import Any

import platformdirs
import platformdirs.windows
import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtGui import QImage, QImageReader
from PySide6.QtWidgets import QApplication

# (pactdesk has no py.typed marker: for mypy run on this file alone, it is an untyped package)
import pactdesk  # type: ignore[import-untyped, unused-ignore]
from pactdesk import config  # type: ignore[import-untyped, unused-ignore]

ROOT = Path(__file__).resolve().parents[2]
WINDOWS = ROOT / "packaging" / "windows"
MACOS = ROOT / "packaging" / "macos"
ISS = WINDOWS / "pactdesk.iss"
SPEC = ROOT / "packaging" / "pactdesk.spec"
WORKFLOW = ROOT / ".github" / "workflows" / "installers.yml"

sys.path[:0] = [str(WINDOWS), str(MACOS)]
import info_plist  # noqa: E402 - packaging/macos/info_plist.py
import make_ico  # noqa: E402 - packaging/windows/make_ico.py
import version_info  # noqa: E402 - packaging/windows/version_info.py

# --- The Inno Setup script ---------------------------------------------------------------------------------------


def iss_text() -> str:
    return ISS.read_text(encoding="utf-8-sig")


def iss_defines() -> dict[str, str]:
    """The preprocessor's #define NAME "value" lines; a define of another define's name takes its value."""
    defines: dict[str, str] = {}
    for name, quoted, other in re.findall(r'^\s*#define\s+(\w+)\s+(?:"([^"]*)"|(\w+))\s*$', iss_text(), re.M):
        defines.setdefault(name, quoted if not other else defines[other])
    return defines


def resolve(value: str, defines: dict[str, str] | None = None) -> str:
    """A value with its {#Name} inline expansions made, as ISPP makes them."""
    known = iss_defines() if defines is None else defines
    return re.sub(r"\{#(\w+)\}", lambda match: known[match.group(1)], value)


def iss_section(name: str) -> list[str]:
    """The lines of one [Section], without comments and blank lines."""
    lines: list[str] = []
    inside = False
    for line in iss_text().splitlines():
        header = re.fullmatch(r"\[(\w+)\]", line.strip())
        if header:
            inside = header.group(1) == name
            continue
        if inside and line.strip() and not line.lstrip().startswith((";", "#", "//")):
            lines.append(line.strip())
    assert inside or lines, f"no [{name}] section in {ISS.name}"
    return lines


def iss_setup() -> dict[str, str]:
    return dict(line.split("=", 1) for line in iss_section("Setup"))


def iss_entries(section: str) -> list[dict[str, str]]:
    """A section of `Key: value; Key: "value"` entries, such as [Files] or [Languages]."""
    entries = []
    for line in iss_section(section):
        entry = {}
        for key, quoted, bare in re.findall(r'(\w+):\s*(?:"((?:[^"]|"")*)"|([^;]*))\s*(?:;|$)', line):
            entry[key] = quoted.replace('""', '"') if quoted or not bare else bare.strip()
        entries.append(entry)
    return entries


def test_the_installers_default_version_is_pactdesks() -> None:
    """The workflow passes /DAppVersion=; a hand-run compile gets the default, which must be this version."""
    match = re.search(r'#ifndef AppVersion\s*\n\s*#define AppVersion "([^"]+)"\s*\n\s*#endif', iss_text())
    assert match, "no overridable #define AppVersion in the .iss"
    assert match.group(1) == pactdesk.__version__
    setup = iss_setup()
    assert resolve(setup["AppVersion"]) == pactdesk.__version__
    # Windows' version resource takes four numbers at most, and the installer's file name carries the version.
    assert re.fullmatch(r"\d+(\.\d+){0,3}", resolve(setup["VersionInfoVersion"]))
    assert pactdesk.__version__ in resolve(setup["OutputBaseFilename"])


def test_the_installer_is_pactdesks_for_one_user_without_administrator_rights() -> None:
    setup = iss_setup()
    assert resolve(setup["AppName"]) == "PactDesk"
    assert setup["PrivilegesRequired"] == "lowest"
    assert "PrivilegesRequiredOverridesAllowed" not in setup  # nobody can turn it into an all-users install
    assert resolve(setup["DefaultDirName"]) == r"{autopf}\PactDesk"  # {userpf} when not an administrator
    assert re.fullmatch(r"\{\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}", setup["AppId"])
    assert resolve(setup["AppPublisher"])
    for key in ("VersionInfoVersion", "VersionInfoCompany", "VersionInfoProductName", "VersionInfoCopyright"):
        assert resolve(setup[key]), key
    icon = WINDOWS / setup["SetupIconFile"]
    assert icon.is_file() and icon.read_bytes()[:4] == b"\0\0\1\0"


def test_the_installer_speaks_english_and_european_portuguese() -> None:
    languages = {entry["Name"]: entry["MessagesFile"] for entry in iss_entries("Languages")}
    assert languages == {"en": "compiler:Default.isl", "pt": r"compiler:Languages\Portuguese.isl"}
    code = [line for line in iss_text().splitlines() if not line.lstrip().startswith(";")]
    assert not [line for line in code if "BrazilianPortuguese" in line]
    # Every message of its own is in both languages.
    messages = [line.split("=", 1)[0] for line in iss_section("CustomMessages")]
    names = {message.split(".", 1)[1] for message in messages}
    assert sorted(messages) == sorted(f"{language}.{name}" for language in ("en", "pt") for name in names)
    # Inno Setup reads an .iss as UTF-8 when it starts with a byte-order mark, whatever its version.
    assert ISS.read_bytes().startswith(b"\xef\xbb\xbf")


def test_the_installer_packs_pyinstallers_one_folder_bundle() -> None:
    [files] = iss_entries("Files")
    source = PureWindowsPath(resolve(files["Source"]))
    assert source.name == "*"
    assert source.parent == PureWindowsPath(r"..\..\dist\PactDesk")
    assert (WINDOWS / Path(*source.parent.parts)).resolve() == ROOT / "dist" / "PactDesk"
    assert files["DestDir"] == "{app}"
    assert {"recursesubdirs", "createallsubdirs", "ignoreversion"} <= set(files["Flags"].split())
    # The spec's COLLECT makes that folder, and its windowed executable is the one the shortcuts start.
    assert spec_call_names("COLLECT") == {"PactDesk"}
    exe = resolve("{#AppExeName}")
    assert exe.removesuffix(".exe") in spec_executables()
    assert all(resolve(entry["Filename"]) == rf"{{app}}\{exe}" for entry in iss_entries("Icons"))
    [run] = iss_entries("Run")
    assert resolve(run["Filename"]) == rf"{{app}}\{exe}"
    assert {"postinstall", "nowait", "skipifsilent"} <= set(run["Flags"].split())
    # A Start-menu entry always, a desktop icon when the user ticks it.
    icons = {entry["Name"]: entry for entry in iss_entries("Icons")}
    assert set(icons) == {r"{autoprograms}\{#AppName}", r"{autodesktop}\{#AppName}"}
    assert "Tasks" not in icons[r"{autoprograms}\{#AppName}"]
    [task] = iss_entries("Tasks")
    assert icons[r"{autodesktop}\{#AppName}"]["Tasks"] == task["Name"] and "unchecked" in task["Flags"]


def code_section() -> str:
    text = iss_text()
    return text[text.index("[Code]") :]


def test_the_uninstaller_offers_to_delete_the_data_folder_platformdirs_gives_pactdesk() -> None:
    defines = iss_defines()
    assert defines["DataFolderName"] == config.APP_NAME
    code = code_section()
    assert r"ExpandConstant('{localappdata}\{#DataFolderName}')" in code
    # Asked after the program is gone, and deleted only on Yes (No is the default button, and a silent uninstall
    # keeps the data).
    uninstall = code[code.index("procedure CurUninstallStepChanged") :]
    assert "usPostUninstall" in uninstall
    assert "not UninstallSilent()" in uninstall
    asked = uninstall.index("CustomMessage('DeleteUserData')")
    yes = uninstall.index("= IDYES then")
    assert asked < yes < uninstall.index("DelTree(")
    assert "MB_DEFBUTTON2" in uninstall[asked:yes]


def windows_folder(path: Path | str) -> PureWindowsPath:
    return PureWindowsPath(str(path))


def test_every_folder_pactdesk_writes_on_windows_is_in_that_data_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    """config.py's folders, as platformdirs makes them on Windows, are all inside %LOCALAPPDATA%\\<DataFolderName>:
    the one folder the uninstaller names. Should config.py ever roam, or name an author, this fails."""
    local = r"C:\Users\ana\AppData\Local"
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.windows.Windows)
    monkeypatch.setenv("WIN_PD_OVERRIDE_LOCAL_APPDATA", local)
    monkeypatch.setenv("WIN_PD_OVERRIDE_APPDATA", r"C:\Users\ana\AppData\Roaming")
    monkeypatch.delenv("PACTDESK_HOME", raising=False)
    data = PureWindowsPath(local) / iss_defines()["DataFolderName"]
    folders = {
        "data": config.data_dir(),
        "logs": config.log_dir(),
        "cache": config.cache_dir(),
        "settings": config.settings_file().parent,
        "database": config.default_database_path().parent,
    }
    assert windows_folder(folders["data"]) == data
    for what, folder in folders.items():
        assert windows_folder(folder).is_relative_to(data), f"{what}: {folder} is outside {data}"


def test_the_installer_refuses_to_install_into_the_data_folder() -> None:
    code = code_section()
    check = code[code.index("function NextButtonClick") :]
    assert "wpSelectDir" in check and "FoldersOverlap(WizardDirValue(), UserDataFolder())" in check
    assert "Result := False" in check


def iscc() -> list[str] | None:
    """Inno Setup's compiler, when this machine has one: `iscc` on the PATH, or ISCC.exe named by $PACTDESK_ISCC
    (run through wine outside Windows)."""
    named = os.environ.get("PACTDESK_ISCC")
    if named:
        if sys.platform != "win32" and named.lower().endswith(".exe"):
            wine = shutil.which("wine")
            return [wine, named] if wine else None
        return [named]
    found = shutil.which("iscc") or shutil.which("ISCC.exe")
    return [found] if found else None


def test_inno_setup_compiles_the_script(tmp_path: Path) -> None:
    command = iscc()
    if command is None:
        pytest.skip("no Inno Setup compiler here (set PACTDESK_ISCC to ISCC.exe); the Windows job compiles it")
    bundle = tmp_path / "PactDesk"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "pactdesk.exe").write_bytes(b"MZ")
    (bundle / "_internal" / "base_library.zip").write_bytes(b"PK")
    out = tmp_path / "out"
    result = subprocess.run(
        [*command, f"/O{out}", f"/DBundleDir={bundle}", "/DAppVersion=9.8.7", str(ISS)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert (out / "PactDesk-9.8.7-windows-x64-setup.exe").is_file()


# --- The Windows executables' version resource -------------------------------------------------------------------


def test_the_version_resource_carries_the_version_as_four_numbers() -> None:
    assert version_info.numeric_version("0.1.0") == (0, 1, 0, 0)
    assert version_info.numeric_version("1.2.3.4") == (1, 2, 3, 4)
    assert version_info.numeric_version("2.0rc1") == (2, 0, 0, 0)
    for wrong in ("", "abc", "70000.0"):
        with pytest.raises(ValueError):
            version_info.numeric_version(wrong)
    numbers = version_info.numeric_version(pactdesk.__version__)
    text = version_info.version_info(pactdesk.__version__)
    assert f"filevers={numbers!r}" in text and f"prodvers={numbers!r}" in text


def evaluated(text: str) -> dict[str, Any]:
    """The VSVersionInfo expression evaluated with stand-ins for PyInstaller's classes, each giving back its name and
    arguments: the text must be one call of those classes and literals, and nothing else."""
    tree = ast.parse(text, mode="eval")
    classes = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct", "VarFileInfo")
    called = {node.func.id for node in ast.walk(tree) if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)}
    assert called <= {*classes, "VarStruct"}
    assert isinstance(tree.body, ast.Call) and isinstance(tree.body.func, ast.Name)
    assert tree.body.func.id == "VSVersionInfo"

    def stand_in(name: str) -> Callable[..., dict[str, Any]]:
        return lambda *args, **kwargs: {"class": name, "args": list(args), **kwargs}

    namespace: dict[str, Any] = {name: stand_in(name) for name in (*classes, "VarStruct")}
    namespace["__builtins__"] = {}
    result: dict[str, Any] = eval(compile(tree, "version_info", "eval"), namespace)
    return result


def test_the_version_resource_names_pactdesk_and_its_version() -> None:
    info = evaluated(version_info.version_info(pactdesk.__version__))
    numbers = version_info.numeric_version(pactdesk.__version__)
    assert info["ffi"]["filevers"] == numbers and info["ffi"]["prodvers"] == numbers
    [strings, variables] = info["kids"]
    [table] = strings["args"][0]
    assert table["args"][0] == "040904B0"  # U.S. English, Unicode
    values = {struct_["args"][0]: struct_["args"][1] for struct_ in table["args"][1]}
    assert values["ProductName"] == values["FileDescription"] == "PactDesk"
    assert values["ProductVersion"] == pactdesk.__version__
    assert values["FileVersion"] == ".".join(map(str, numbers))
    assert values["OriginalFilename"] == "pactdesk.exe"
    assert "MIT" in values["LegalCopyright"]
    assert variables["args"][0][0]["args"] == ["Translation", [0x0409, 1200]]
    console = evaluated(version_info.version_info(pactdesk.__version__, exe_name="pactdesk-cli"))
    assert "StringStruct('OriginalFilename', 'pactdesk-cli.exe')" in version_info.version_info("1.0", "pactdesk-cli")
    assert console["ffi"] == info["ffi"]


@pytest.fixture
def pyinstaller_versioninfo(monkeypatch: pytest.MonkeyPatch) -> Iterator[ModuleType]:
    """PyInstaller's own versioninfo module, which imports Windows-only helpers it needs only to patch an .exe."""
    pytest.importorskip("PyInstaller", reason="PyInstaller is not installed here (make installs it)")
    import PyInstaller.compat  # type: ignore[import-not-found, import-untyped, unused-ignore]

    if sys.platform != "win32":
        monkeypatch.setattr(PyInstaller.compat, "win32api", None, raising=False)
        if "pefile" not in sys.modules:
            monkeypatch.setitem(sys.modules, "pefile", ModuleType("pefile"))
    monkeypatch.delitem(sys.modules, "PyInstaller.utils.win32.versioninfo", raising=False)
    from PyInstaller.utils.win32 import versioninfo  # type: ignore[import-not-found, import-untyped, unused-ignore]

    monkeypatch.setitem(sys.modules, "PyInstaller.utils.win32.versioninfo", versioninfo)  # gone after the test
    yield versioninfo


def test_pyinstaller_reads_the_version_resource(pyinstaller_versioninfo: ModuleType, tmp_path: Path) -> None:
    """As the spec does: the text written to a file, read back by PyInstaller and packed as Windows stores it."""
    path = tmp_path / "version_info.txt"
    path.write_text(version_info.version_info(pactdesk.__version__), encoding="utf-8")
    info = pyinstaller_versioninfo.load_version_info_from_text_file(str(path))
    raw = info.toRaw()
    assert pactdesk.__version__.encode("utf-16-le") in raw
    assert "Copyright ©".encode("utf-16-le") in raw


# --- The macOS bundle -------------------------------------------------------------------------------------------


def test_the_info_plist_names_pactdesk_and_its_version() -> None:
    keys = info_plist.info_plist(pactdesk.__version__)
    assert keys["CFBundleIdentifier"] == "io.github.pactdesk.PactDesk"
    assert keys["CFBundleName"] == keys["CFBundleDisplayName"] == "PactDesk"
    assert keys["CFBundleShortVersionString"] == keys["CFBundleVersion"] == pactdesk.__version__
    assert keys["CFBundleDevelopmentRegion"] == "en"
    assert keys["CFBundleLocalizations"] == ["en", "pt", "pt-PT"]
    assert keys["NSHighResolutionCapable"] is True
    assert re.fullmatch(r"\d+\.\d+", str(keys["LSMinimumSystemVersion"]))
    assert "MIT" in str(keys["NSHumanReadableCopyright"])
    assert plistlib.loads(plistlib.dumps(keys)) == keys  # what PyInstaller writes with plistlib
    # macOS wants three numbers, whatever else the version says.
    assert info_plist.bundle_version("1.2") == "1.2.0"
    assert info_plist.bundle_version("1.2.0rc1") == "1.2.0"
    with pytest.raises(ValueError):
        info_plist.bundle_version("next")


def test_the_bundle_identifier_is_the_linux_app_id_and_the_specs() -> None:
    app_id = info_plist.BUNDLE_IDENTIFIER
    assert (ROOT / "packaging" / "linux" / f"{app_id}.desktop").is_file()
    assert spec_keyword_values("BUNDLE", "bundle_identifier") == {app_id}


def strings_file(path: Path) -> dict[str, str]:
    """An InfoPlist.strings: "key" = "value"; lines between /* comments */."""
    text = re.sub(r"/\*.*?\*/", "", path.read_text(encoding="utf-8"), flags=re.S)
    pairs = re.findall(r'^\s*"([^"]+)"\s*=\s*"((?:[^"\\]|\\.)*)"\s*;\s*$', text, re.M)
    assert len(pairs) == len([line for line in text.splitlines() if line.strip()]), f"a line {path} cannot parse"
    return dict(pairs)


def test_the_bundle_name_and_copyright_in_english_and_portuguese() -> None:
    keys = info_plist.info_plist(pactdesk.__version__)
    english = strings_file(MACOS / "en.lproj" / "InfoPlist.strings")
    portuguese = strings_file(MACOS / "pt.lproj" / "InfoPlist.strings")
    assert set(english) == set(portuguese) == {"CFBundleName", "CFBundleDisplayName", "NSHumanReadableCopyright"}
    assert all(english[key] == keys[key] for key in english)
    assert portuguese["CFBundleDisplayName"] == "PactDesk"
    assert "Licença MIT" in portuguese["NSHumanReadableCopyright"]
    [year] = re.findall(r"\d{4}", english["NSHumanReadableCopyright"])
    assert year in portuguese["NSHumanReadableCopyright"]
    # Each .lproj the spec collects is a language the Info.plist declares.
    datas = info_plist.lproj_datas()
    assert [destination for _, destination in datas] == ["en.lproj", "pt.lproj"]
    assert all(Path(source).is_dir() and Path(source).name == name for source, name in datas)
    localizations = keys["CFBundleLocalizations"]
    assert isinstance(localizations, list)
    assert {name.removesuffix(".lproj") for _, name in datas} <= set(localizations)


def test_pyinstaller_puts_the_lproj_folders_in_the_apps_resources() -> None:
    """The data the spec collects as en.lproj/ and pt.lproj/ is where macOS looks, Contents/Resources, and not
    only a link there (BUNDLE signs the bundle after moving them)."""
    pytest.importorskip("PyInstaller", reason="PyInstaller is not installed here (make installs it)")
    from PyInstaller.building.osx import BUNDLE  # type: ignore[import-not-found, import-untyped, unused-ignore]

    toc = [("pactdesk", "/build/pactdesk", "EXECUTABLE")]
    for source, destination in info_plist.lproj_datas():
        toc += [(f"{destination}/{file.name}", str(file), "DATA") for file in sorted(Path(source).iterdir())]
    bundle = object.__new__(BUNDLE)
    placed = {destination: (source, typecode) for destination, source, typecode in bundle._process_bundle_toc(toc)}
    for language in ("en", "pt"):
        source, typecode = placed[f"Contents/Resources/{language}.lproj/InfoPlist.strings"]
        assert typecode == "DATA" and source == str(MACOS / f"{language}.lproj" / "InfoPlist.strings")


# --- The icons -------------------------------------------------------------------------------------------------


def drawn(size: int) -> QImage:
    return make_ico.render(make_ico.load(), size)


def assert_same_picture(image: QImage, size: int) -> None:
    expected = drawn(size)
    got = image.convertToFormat(QImage.Format.Format_ARGB32)
    assert (got.width(), got.height()) == (size, size)
    ours = bytes(got.constBits())
    theirs = bytes(expected.constBits())
    assert max(abs(a - b) for a, b in zip(ours, theirs, strict=True)) <= 1, f"{size} px differs from the SVG"


def test_the_windows_icon_holds_the_svg_at_every_size(qapp: QApplication) -> None:
    data = (WINDOWS / "pactdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, len(make_ico.ICO_SIZES))
    reader = QImageReader(str(WINDOWS / "pactdesk.ico"), QByteArray(b"ico"))
    assert reader.imageCount() == count
    sizes = []
    for index in range(count):
        assert reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull(), reader.errorString()
        sizes.append(image.width())
        assert_same_picture(image, image.width())
    assert sizes == [16, 20, 24, 32, 40, 48, 64, 256]


def icns_entries(data: bytes) -> Iterator[tuple[bytes, bytes]]:
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    offset = 8
    while offset < len(data):
        ostype, length = data[offset : offset + 4], struct.unpack(">I", data[offset + 4 : offset + 8])[0]
        assert length >= 8 and offset + length <= len(data)
        yield ostype, data[offset + 8 : offset + length]
        offset += length


def test_the_macos_icon_holds_the_svg_from_16_to_512_points_at_2x(qapp: QApplication) -> None:
    entries = list(icns_entries((MACOS / "pactdesk.icns").read_bytes()))
    (toc_type, toc), *icons = entries
    assert toc_type == b"TOC "
    listed = [(toc[i : i + 4], struct.unpack(">I", toc[i + 4 : i + 8])[0]) for i in range(0, len(toc), 8)]
    assert listed == [(ostype, 8 + len(png)) for ostype, png in icons]
    expected = {b"ic11": 32, b"ic12": 64, b"ic07": 128, b"ic13": 256, b"ic08": 256, b"ic14": 512, b"ic09": 512}
    expected[b"ic10"] = 1024
    assert [ostype for ostype, _ in icons] == list(expected)
    for ostype, png in icons:
        image = QImage.fromData(png)
        assert not image.isNull(), ostype
        assert_same_picture(image, expected[ostype])


def test_make_ico_writes_an_iconset_for_iconutil(qapp: QApplication, tmp_path: Path) -> None:
    assert make_ico.main(["--iconset", str(tmp_path / "pactdesk.iconset")]) == 0
    written = {path.name: QImage(str(path)).width() for path in (tmp_path / "pactdesk.iconset").iterdir()}
    points = (16, 32, 128, 256, 512)
    assert written == {
        **{f"icon_{p}x{p}.png": p for p in points},
        **{f"icon_{p}x{p}@2x.png": 2 * p for p in points},
    }


# --- The spec (another file's, read here only to see that the scripts fit it) -------------------------------------


def spec_calls() -> list[ast.Call]:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    return [node for node in ast.walk(tree) if isinstance(node, ast.Call)]


def call_name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def spec_keyword_values(function: str, keyword: str) -> set[str]:
    return {
        kw.value.value
        for call in spec_calls()
        if call_name(call) == function
        for kw in call.keywords
        if kw.arg == keyword and isinstance(kw.value, ast.Constant) and isinstance(kw.value.value, str)
    }


def spec_call_names(function: str) -> set[str]:
    return spec_keyword_values(function, "name")


def spec_executables() -> set[str]:
    """The names the spec gives its executables: EXE(name=...), or the first argument of a helper that makes one."""
    names = spec_keyword_values("EXE", "name")
    for call in spec_calls():
        if call_name(call) not in ("EXE", "COLLECT", "BUNDLE") and call.args:
            first = call.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str) and first.value.startswith("pactdesk"):
                names.add(first.value)
    return names


def test_the_spec_calls_these_helpers_with_pactdesks_version() -> None:
    calls = {call_name(call): call for call in spec_calls()}
    for helper in ("version_info", "info_plist"):
        assert helper in calls, f"the spec does not call {helper}()"
        argument = calls[helper].args[0]  # version_info also takes the executable's name after it
        assert isinstance(argument, ast.Name) and argument.id == "__version__"
    text = SPEC.read_text(encoding="utf-8")
    assert "packaging/windows/version_info.py" in text and "packaging/macos/info_plist.py" in text
    assert "packaging/windows/pactdesk.ico" in text.replace('" / "', "/")
    assert "packaging/macos/pactdesk.icns" in text.replace('" / "', "/")


# --- The workflow -----------------------------------------------------------------------------------------------


def workflow_text() -> str:
    return WORKFLOW.read_text(encoding="utf-8")


def workflow_jobs() -> dict[str, str]:
    """Each job's block of lines, by its id (two-space indentation under `jobs:`, as GitHub's own examples)."""
    text = workflow_text()
    jobs_at = re.search(r"^jobs:\s*$", text, re.M)
    assert jobs_at, "no jobs:"
    body = text[jobs_at.end() :]
    starts = list(re.finditer(r"^  ([\w-]+):\s*$", body, re.M))
    return {
        start.group(1): body[start.end() : following.start() if following else len(body)]
        for start, following in zip(starts, [*starts[1:], None], strict=True)
    }


def makefile_recipe(target: str) -> str:
    """A Makefile target's recipe (its tab-indented lines), with $(BIN)/ and $(VERSION) as the workflow spells them."""
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    match = re.search(rf"^{target}:.*\n((?:\t.*\n)+)", text, re.M)
    assert match, f"no make {target}"
    return match.group(1).replace("$(BIN)/", "").replace("$(VERSION)", "${{ steps.version.outputs.version }}")


def job_commands(job: str) -> str:
    """What a job runs: its steps, and the recipe of `make dist` where it runs that."""
    block = workflow_jobs()[job]
    return block + makefile_recipe("dist") if "make dist" in block else block


# The bundle's selftest, then the installed copy's.
SELFTESTS = {
    "windows": [
        "dist/PactDesk/pactdesk-cli.exe selftest",
        r'"dist\PactDesk\pactdesk.exe" -ArgumentList "selftest"',
        r'& "$app\pactdesk-cli.exe" selftest',
    ],
    "macos": [
        "dist/PactDesk.app/Contents/MacOS/pactdesk selftest",
        '"$mounted/PactDesk.app/Contents/MacOS/pactdesk" selftest',
    ],
    "linux": ["dist/PactDesk/pactdesk selftest", 'clean "$home/.local/bin/pactdesk" selftest'],
}


def test_the_workflow_is_yaml_github_runs_on_tags_and_by_hand() -> None:
    text = workflow_text()
    assert "\t" not in text, "YAML allows no tabs"
    assert re.search(r'^on:\n  push:\n    tags: \["v\*"\]\n  workflow_dispatch:\n', text, re.M)
    assert text.count("${{") == text.count("}}")
    try:
        import yaml  # type: ignore[import-not-found, import-untyped, unused-ignore]
    except ImportError:
        return  # PyYAML is no dependency of PactDesk's; where it is installed, it parses the file too
    parsed = yaml.safe_load(text)
    assert set(parsed["jobs"]) == set(SELFTESTS)


def test_every_job_builds_the_spec_and_runs_the_selftest_on_its_system() -> None:
    jobs = workflow_jobs()
    assert set(jobs) == set(SELFTESTS)
    runners = {"windows": "windows-latest", "macos": "macos-latest", "linux": "ubuntu-latest"}
    assert SPEC.is_file()
    for job, block in jobs.items():
        assert f"runs-on: {runners[job]}" in block
        block = job_commands(job)
        assert "pyinstaller packaging/pactdesk.spec --noconfirm" in block, job
        for command in SELFTESTS[job]:
            assert command in block, f"{job} does not run {command}"
        assert 'PYTHONPATH=src python -c "import pactdesk; print(pactdesk.__version__)"' in block, job
        assert "actions/upload-artifact@v4" in block and "if-no-files-found: error" in block, job


def test_every_job_uses_python_3_11_and_the_projects_pyinstaller() -> None:
    """PyInstaller's version is pinned once, in pyproject.toml's dev extra and constraints.txt (kept equal): every
    job installs through the constraints and pins nothing of its own."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["requires-python"] == ">=3.11"
    [dev_pin] = [pin for pin in pyproject["project"]["optional-dependencies"]["dev"] if pin.startswith("pyinstaller==")]
    constraints = (ROOT / "constraints.txt").read_text(encoding="utf-8").split()
    assert dev_pin in constraints
    assert "pyinstaller==" not in workflow_text()
    for job, block in workflow_jobs().items():
        assert re.findall(r"python-version: (.+)", block) == ['"3.11"'], job
        assert "uses: actions/setup-python@v5" in block, job
        if "make dist" in block:
            # make's .venv: pip install -c constraints.txt -e '.[dev]', whose dev extra holds the pin.
            assert re.search(r"make dist PYTHON=python\s*$", block, re.M), "make's .venv from setup-python's 3.11"
            assert re.search(r"pip install .*-c constraints\.txt -e '\.\[dev\]'", makefile_recipe(r"\$\(STAMP\)"))
            continue
        [install] = re.findall(r"python -m pip install (.+)", block)
        assert install.split() == ["-c", "constraints.txt", "-e", ".", "pyinstaller", "pyinstaller-hooks-contrib"]


def test_the_windows_job_compiles_this_script_with_the_version_and_uploads_what_it_makes() -> None:
    block = workflow_jobs()["windows"]
    assert r"packaging\windows\pactdesk.iss" in block
    assert '"/DAppVersion=${{ steps.version.outputs.version }}"' in block
    assert '"/DAppNumericVersion=${{ steps.version.outputs.numeric }}"' in block
    assert "choco upgrade innosetup" in block
    # The setup's name is the one the .iss gives it, in the folder it puts it in.
    setup = iss_setup()
    defines = {**iss_defines(), "AppVersion": "${{ steps.version.outputs.version }}"}
    made = PureWindowsPath(setup["OutputDir"]) / f"{resolve(setup['OutputBaseFilename'], defines)}.exe"
    assert (WINDOWS / Path(*made.parts)).resolve() == ROOT / "dist" / made.name
    assert f"path: dist/{made.name}" in block
    assert f'$setup = "dist\\{made.name}"' in block


def test_the_linux_job_uploads_the_tarball_make_dist_makes() -> None:
    block = workflow_jobs()["linux"]
    [tarball] = re.findall(r"-czf (dist/.+?\.tar\.gz)", makefile_recipe("dist"))
    assert f"path: {tarball}" in block
    assert tarball.removeprefix("dist/").removesuffix(".tar.gz") in block  # the folder it unpacks to


def test_the_workflow_names_only_files_the_checkout_has() -> None:
    text = workflow_text()
    named = set(re.findall(r"(?<![\w/$.-])((?:packaging|resources|src)/[\w./@-]*\w)", text))
    named |= {path.replace("\\", "/") for path in re.findall(r"(packaging\\[\w\\.-]*\w)", text)}
    assert {"packaging/pactdesk.spec", "packaging/windows/pactdesk.iss", "packaging/macos/pactdesk.icns"} <= named
    missing = sorted(path for path in named if not (ROOT / path).exists())
    assert not missing, f"the workflow names files that do not exist: {missing}"


def test_every_step_output_the_workflow_reads_is_written_by_that_step() -> None:
    for job, block in workflow_jobs().items():
        written: dict[str, set[str]] = {}
        for step in re.split(r"^      - ", block, flags=re.M)[1:]:
            step_id = re.search(r"^\s+id: ([\w-]+)\s*$", step, re.M)
            if step_id and "GITHUB_OUTPUT" in step:
                names = re.findall(r'echo "(\w+)=', step) + re.findall(r'"(\w+)=\$\w+" \| Out-File', step)
                written[step_id.group(1)] = set(names)
        read = re.findall(r"steps\.([\w-]+)\.outputs\.([\w-]+)", block)
        assert read, job
        for step_name, output in read:
            assert output in written.get(step_name, set()), f"{job}: step {step_name} writes no output {output}"
