"""PactDesk.app's Info.plist keys and localised bundle names, for PyInstaller's ``BUNDLE``. The spec makes them from
``pactdesk.__version__``:

    BUNDLE(..., info_plist=info_plist(__version__))     # merged over the keys PyInstaller writes itself
    Analysis(..., datas=[..., *lproj_datas()])          # macOS only: en.lproj/ and pt.lproj/ into Contents/Resources

``BUNDLE`` moves every data file into ``Contents/Resources`` (symbolic links point to them from
``Contents/Frameworks``) before it signs the bundle, so a data folder collected as ``pt.lproj`` lands in
``Contents/Resources/pt.lproj``, where macOS looks for the localised name and copyright, and stays covered by the
bundle's signature (copying files into the .app after BUNDLE would break it).

Run alone, ``python packaging/macos/info_plist.py 0.1.0`` prints the Info.plist keys as XML, and with
``--bundle-version`` only the version macOS shows (``0.1.0``).
"""

from __future__ import annotations

import argparse
import plistlib
import re
import sys
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent

NAME = "PactDesk"
BUNDLE_IDENTIFIER = "io.github.pactdesk.PactDesk"  # the Linux app id too (packaging/linux)
COPYRIGHT = "Copyright © 2026 PactDesk contributors. MIT License."
DEVELOPMENT_REGION = "en"
LOCALIZATIONS = ["en", "pt", "pt-PT"]
LPROJ = ("en.lproj", "pt.lproj")  # folders beside this module, each with an InfoPlist.strings
# PySide6-Essentials 6.11.3's macOS wheels are tagged macosx_13_0: Qt 6.11 runs on macOS 13 Ventura and later.
MINIMUM_SYSTEM_VERSION = "13.0"
CATEGORY = "public.app-category.productivity"

_LEADING_NUMBERS = re.compile(r"^\s*v?(\d+)(?:\.(\d+))?(?:\.(\d+))?")


def bundle_version(version: str) -> str:
    """The three numbers macOS wants in CFBundleVersion and CFBundleShortVersionString: ``"0.1.0"`` stays
    ``"0.1.0"``, ``"1.2"`` is ``"1.2.0"`` and ``"1.2.0rc1"`` is ``"1.2.0"``."""
    match = _LEADING_NUMBERS.match(version)
    if match is None:
        raise ValueError(f"not a version: {version!r}")
    return ".".join(part if part is not None else "0" for part in match.groups())


def info_plist(version: str) -> dict[str, object]:
    """The keys for ``BUNDLE(info_plist=...)``. PyInstaller adds CFBundleExecutable, CFBundleIconFile,
    CFBundlePackageType and CFBundleInfoDictionaryVersion itself; the keys here win over its defaults."""
    numbers = bundle_version(version)
    return {
        "CFBundleName": NAME,
        "CFBundleDisplayName": NAME,
        "CFBundleIdentifier": BUNDLE_IDENTIFIER,
        "CFBundleShortVersionString": numbers,
        "CFBundleVersion": numbers,
        "CFBundleDevelopmentRegion": DEVELOPMENT_REGION,
        "CFBundleLocalizations": list(LOCALIZATIONS),
        "NSHighResolutionCapable": True,
        "NSPrincipalClass": "NSApplication",
        "NSSupportsAutomaticGraphicsSwitching": True,
        "LSMinimumSystemVersion": MINIMUM_SYSTEM_VERSION,
        "LSApplicationCategoryType": CATEGORY,
        "NSHumanReadableCopyright": COPYRIGHT,
    }


def lproj_datas() -> list[tuple[str, str]]:
    """``(source folder, destination folder)`` pairs for ``Analysis(datas=...)`` on macOS: each ``.lproj`` folder
    beside this module, collected under its own name."""
    return [(str(HERE / folder), folder) for folder in LPROJ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Print PactDesk.app's Info.plist keys for a PactDesk version.")
    parser.add_argument("version", help="PactDesk's version, as in src/pactdesk/__init__.py")
    parser.add_argument("--bundle-version", action="store_true", help="print only CFBundleShortVersionString")
    args = parser.parse_args(argv)
    try:
        if args.bundle_version:
            print(bundle_version(args.version))
        else:
            sys.stdout.write(plistlib.dumps(info_plist(args.version)).decode("utf-8"))
    except ValueError as error:
        print(error, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
