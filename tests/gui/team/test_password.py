"""A team's server that asks a password the URL, PGPASSWORD and ~/.pgpass did not give: the window asks it, again
once refused, and keeps it nowhere but in memory; Cancel opens nothing and says nothing more."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from pactdesk import logs
from pactdesk.gui import app as gui_app
from pactdesk.store.location import DatabaseLocation
from tests.gui.driving import CANCEL, OK, Dialogs, type_into
from tests.pg.server import PASSWORD, PostgresServer


@pytest.fixture
def asks_password(postgres_server: PostgresServer, postgres_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """The test's database reached over TCP without a password anywhere: the server asks one."""
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    name = postgres_url.split("?")[0].rsplit("/", 1)[1]
    return DatabaseLocation.for_url(postgres_server.url(name, tcp=True))


def typed(qtbot: QtBot, password: str, seen: list[str]):  # type: ignore[no-untyped-def]
    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        seen.append(dialog.labelText())
        field = dialog.findChild(QLineEdit)
        assert field is not None and field.echoMode() is QLineEdit.EchoMode.Password
        type_into(qtbot, field, password)

    return fill


def test_the_password_is_asked_again_once_refused_and_the_database_opens(
    qtbot: QtBot, asks_password: DatabaseLocation
) -> None:
    seen: list[str] = []
    answers = Dialogs(qtbot)
    answers.expect(typed(qtbot, "not-the-password", seen), OK)
    answers.expect(typed(qtbot, PASSWORD, seen), OK)
    opened = gui_app.open_database(asks_password)
    answers.done()
    assert opened is not None
    try:
        assert opened.engine.dialect.name == "postgresql" and opened.login == "postgres"
    finally:
        opened.close()
    assert "asks the password of postgres" in seen[0] and not seen[0].startswith("That password was refused.")
    assert seen[1].startswith("That password was refused.")
    log = logs.log_file()
    said = log.read_text(encoding="utf-8") if log.exists() else ""
    assert PASSWORD not in said and "not-the-password" not in said
    assert PASSWORD not in opened.location.describe()


def test_cancel_opens_nothing(qtbot: QtBot, asks_password: DatabaseLocation) -> None:
    answers = Dialogs(qtbot)
    answers.expect(None, CANCEL)
    assert gui_app.open_database(asks_password) is None
    answers.done()
