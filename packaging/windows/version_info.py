"""The version resource of PactDesk's Windows executables (what Explorer's Properties > Details and Task Manager show),
as the text PyInstaller reads for ``EXE(version=...)``: a ``VSVersionInfo(...)`` expression, which PyInstaller
evaluates with its ``PyInstaller.utils.win32.versioninfo`` classes. The spec makes it from ``pactdesk.__version__``:

    text = version_info(__version__)        # write it to a file (UTF-8) and pass the file's path as EXE(version=...)

Run alone, ``python packaging/windows/version_info.py 0.1.0`` prints that text and ``--numeric 0.1.0`` prints
``0.1.0.0``, the four numbers Windows (and Inno Setup's VersionInfoVersion) want.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence

PRODUCT = "PactDesk"
COMPANY = "PactDesk contributors"
DESCRIPTION = "PactDesk"  # Task Manager and the "Open with" list show the description, so it is the app's name
COPYRIGHT = "Copyright © 2026 PactDesk contributors. MIT License."
COMMENTS = "The Monitoring Committee's meetings, minutes, actions and outputs, offline"
EXE_NAME = "pactdesk"

# The string table's language and code page: U.S. English (0x0409) in Unicode (1200 = 0x04B0), the neutral choice
# Windows falls back to for every display language.
LANGUAGE = 0x0409
CODEPAGE = 1200

_LEADING_NUMBERS = re.compile(r"^\s*v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:\.(\d+))?")


def numeric_version(version: str) -> tuple[int, int, int, int]:
    """The version's leading numbers, four of them, as Windows stores a file version: ``"0.1.0"`` is
    ``(0, 1, 0, 0)`` and ``"1.2.0rc1"`` is ``(1, 2, 0, 0)``. Each number must fit in 16 bits."""
    match = _LEADING_NUMBERS.match(version)
    if match is None:
        raise ValueError(f"not a version: {version!r}")
    numbers = tuple(int(part) if part is not None else 0 for part in match.groups())
    if any(number > 0xFFFF for number in numbers):
        raise ValueError(f"a Windows version number is at most 65535: {version!r}")
    major, minor, micro, build = numbers
    return major, minor, micro, build


def version_info(version: str, exe_name: str = EXE_NAME) -> str:
    """The ``VSVersionInfo`` text for PactDesk ``version`` (``"0.1.0"``), for PyInstaller's ``EXE(version=...)``;
    ``exe_name`` is the executable's name without ``.exe`` (``"pactdesk-cli"`` for the console one)."""
    numbers = numeric_version(version)
    dotted = ".".join(str(number) for number in numbers)
    table = f"{LANGUAGE:04X}{CODEPAGE:04X}"
    strings = (
        ("CompanyName", COMPANY),
        ("FileDescription", DESCRIPTION),
        ("FileVersion", dotted),
        ("InternalName", exe_name),
        ("LegalCopyright", COPYRIGHT),
        ("OriginalFilename", f"{exe_name}.exe"),
        ("ProductName", PRODUCT),
        ("ProductVersion", version),
        ("Comments", COMMENTS),
    )
    string_lines = ",\n".join(f"            StringStruct({name!r}, {value!r})" for name, value in strings)
    return f"""# UTF-8
# PactDesk {version}: made by packaging/windows/version_info.py for PyInstaller's EXE(version=...).
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers!r},
    prodvers={numbers!r},
    mask=0x3F,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0),
  ),
  kids=[
    StringFileInfo(
      [
        StringTable(
          {table!r},
          [
{string_lines},
          ],
        )
      ]
    ),
    VarFileInfo([VarStruct('Translation', [{LANGUAGE}, {CODEPAGE}])]),
  ],
)
"""


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Print the Windows version resource text for a PactDesk version.")
    parser.add_argument("version", help="PactDesk's version, as in src/pactdesk/__init__.py")
    parser.add_argument("--numeric", action="store_true", help="print only the four numbers, dotted")
    args = parser.parse_args(argv)
    try:
        if args.numeric:
            print(".".join(str(number) for number in numeric_version(args.version)))
        else:
            sys.stdout.write(version_info(args.version))
    except ValueError as error:
        print(error, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
