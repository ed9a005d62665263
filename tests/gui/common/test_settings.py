"""Every setting the window keeps is declared once, in gui/common/settings.py, and reads back what was written, or its
default when the file holds something else."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings

from pactdesk.gui.common import settings as setting

SOURCE = Path(setting.__file__).resolve().parents[2]


def test_no_module_but_settings_names_a_key_or_reads_a_setting_itself() -> None:
    keys = {each.key for each in setting.ALL}
    assert len(keys) == len(setting.ALL), "two settings share a key"
    found = []
    for path in sorted(SOURCE.rglob("*.py")):
        if path == Path(setting.__file__).resolve():
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            named = set(re.findall(r"[\"']([a-z_]+/[a-z_]+)[\"']", line)) & keys
            if named or re.search(r"settings\.(value|setValue)\(", line):
                found.append(f"{path.relative_to(SOURCE)}:{number}: {line.strip()}")
    assert found == []


def _example(each: setting.Setting[str] | setting.Setting[QByteArray]) -> str | QByteArray:
    if each.kind is QByteArray:
        return QByteArray(b"\x00\x01geometry\xff")
    return each.allowed[-1] if each.allowed else "C:\\Users\\Ana\\Documents\\Atas & <rascunhos>"


@pytest.mark.parametrize("each", setting.ALL, ids=lambda each: each.key)
def test_each_setting_reads_back_what_was_written(each: setting.Setting[str], tmp_path: Path) -> None:
    path = str(tmp_path / "pactdesk.ini")
    value = _example(each)
    each.write(QSettings(path, QSettings.Format.IniFormat), value)  # type: ignore[arg-type]
    assert each.read(QSettings(path, QSettings.Format.IniFormat)) == value


@pytest.mark.parametrize("each", setting.ALL, ids=lambda each: each.key)
def test_a_value_of_the_wrong_kind_reads_as_the_default(each: setting.Setting[str], tmp_path: Path) -> None:
    path = tmp_path / "pactdesk.ini"
    group, name = each.key.split("/")
    wrong = "@ByteArray(xyz)" if each.kind is str else "7"
    path.write_text(f"[{group}]\n{name}={wrong}\n", encoding="utf-8")
    assert each.read(QSettings(str(path), QSettings.Format.IniFormat)) == each.default()


def test_a_value_not_allowed_is_refused_and_reads_as_the_default(tmp_path: Path) -> None:
    path = tmp_path / "pactdesk.ini"
    with pytest.raises(ValueError, match="appearance/theme is one of"):
        setting.THEME.write(QSettings(str(path), QSettings.Format.IniFormat), "purple")
    path.write_text("[appearance]\ntheme=purple\n", encoding="utf-8")
    assert setting.THEME.read(QSettings(str(path), QSettings.Format.IniFormat)) == "system"
    path.write_text("[documents]\nlanguage=fr\n", encoding="utf-8")
    assert setting.DOCUMENT_LANGUAGE.read(QSettings(str(path), QSettings.Format.IniFormat)) in ("pt", "en")
