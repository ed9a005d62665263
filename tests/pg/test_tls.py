"""A team database over TLS: a URL with ``sslmode=verify-full&sslrootcert=…`` works against a server whose
certificate the team's certificate authority signed, and a server that authority did not sign is refused with a
sentence, before any password is sent. A server of this module's own, with a CA and certificate made by openssl."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text

from pactdesk.cli import main
from pactdesk.services import workspace
from pactdesk.store.location import DatabaseLocation
from tests.pg.server import PASSWORD, Certificate, PostgresServer, ServerUnavailable, start


def _openssl(*arguments: str) -> None:
    subprocess.run(["openssl", *arguments], check=True, capture_output=True)


def _authority(folder: Path, name: str) -> tuple[Path, Path]:
    """A self-signed certificate authority: its certificate and its key."""
    certificate, key = folder / f"{name}.crt", folder / f"{name}.key"
    _openssl(
        "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2",
        "-subj", f"/CN={name}", "-keyout", str(key), "-out", str(certificate),
    )  # fmt: skip
    return certificate, key


@pytest.fixture(scope="module")
def certificates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    if shutil.which("openssl") is None:
        pytest.skip("no openssl here to make a test certificate authority (apt-get install openssl)")
    folder = tmp_path_factory.mktemp("tls")
    team_ca, team_key = _authority(folder, "PactDesk team CA")
    other_ca, _ = _authority(folder, "Someone else's CA")
    request, key, certificate = folder / "server.csr", folder / "server.key", folder / "server.crt"
    _openssl(
        "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-subj", "/CN=127.0.0.1",
        "-keyout", str(key), "-out", str(request),
    )  # fmt: skip
    names = folder / "names.cnf"
    names.write_text("subjectAltName = IP:127.0.0.1, DNS:localhost\n", encoding="utf-8")
    _openssl(
        "x509", "-req", "-in", str(request), "-CA", str(team_ca), "-CAkey", str(team_key), "-CAcreateserial",
        "-days", "2", "-extfile", str(names), "-out", str(certificate),
    )  # fmt: skip
    return {"team_ca": team_ca, "other_ca": other_ca, "certificate": certificate, "key": key}


@pytest.fixture(scope="module")
def tls_server(certificates: dict[str, Path]) -> Iterator[PostgresServer]:
    try:
        running = start(tls=Certificate(certificates["certificate"], certificates["key"]))
    except ServerUnavailable as error:
        pytest.skip(str(error))
    try:
        with psycopg.connect(**running.psql_args(), autocommit=True) as admin:  # type: ignore[arg-type]
            admin.execute("CREATE DATABASE team")
        yield running
    finally:
        running.stop()


def _url(server: PostgresServer, authority: Path) -> str:
    return f"{server.url('team', tcp=True)}?sslmode=verify-full&sslrootcert={authority}"


def test_a_url_asking_to_verify_the_server_works_with_the_teams_authority(
    tls_server: PostgresServer,
    certificates: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    url = _url(tls_server, certificates["team_ca"])
    assert main(["init", "--database-url", url]) == 0
    assert main(["info", "--database-url", url]) == 0
    assert "sslmode=verify-full" in capsys.readouterr().out
    database = workspace.open_workspace(DatabaseLocation.for_url(url))
    try:
        with database.engine.connect() as connection:
            encrypted = connection.execute(
                text("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
            ).one()
        assert encrypted.ssl and encrypted.version.startswith("TLS")
        listener = database.listener()  # the listener signs in the same way
        assert listener is not None and listener.connected
        listener.close()
    finally:
        database.close()


def test_a_server_the_authority_did_not_sign_is_refused_with_a_sentence(
    tls_server: PostgresServer,
    certificates: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    assert main(["info", "--database-url", _url(tls_server, certificates["other_ca"])]) == 1
    said = capsys.readouterr().err.strip()
    assert len(said.splitlines()) == 1
    assert said.startswith("pactdesk: PactDesk did not connect to the database postgresql+psycopg://postgres@127.0.0.1")
    assert (
        "the server's certificate could not be verified with the certificate authority in the URL's sslrootcert, "
        "so it may not be the team's server, and no password was sent" in said
    )
    assert "certificate verify failed" in said
    assert PASSWORD not in said
