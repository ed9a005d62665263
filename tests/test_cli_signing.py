"""``pactdesk sign`` (with a .p12 file, or a card through PKCS#11: here a softhsm2 token), ``attach-signed`` and
``signed``: the password or PIN read from standard input and never shown or logged, every refusal one line and
before any password is asked for, the signed copy kept in the database even when the disk is full."""

from __future__ import annotations

import errno
import io
import pathlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from pactdesk import logs
from pactdesk.cli import main
from pactdesk.services import meetings, signing, workspace
from pactdesk.store.database import Database
from tests import signing_tokens
from tests.services.test_signing import approved, pyhanko_status, with_annotation
from tests.signing_tokens import NUMBER, PASSWORD, SIGNER, SoftToken, identity, write_pkcs12

SECRET = PASSWORD.decode("utf-8")


@contextmanager
def opened(db_path: Path) -> Iterator[Database]:
    """The test's database, open while the test looks (a command opens it for writing only when no one else has)."""
    database = workspace.open_workspace(workspace.location(str(db_path)))
    try:
        yield database
    finally:
        database.close()


def copies(db_path: Path, ref: str) -> list[signing.AttachedCopy]:
    with opened(db_path) as database:
        return signing.signed_copies(database, ref)


def archived(db_path: Path, ref: str, language: str = "pt") -> bytes:
    with opened(db_path) as database:
        return signing.approved_pdf(database, ref, language).content


@pytest.fixture
def ref(db_path: Path) -> str:
    with opened(db_path) as database:
        return approved(database)


@pytest.fixture
def p12(tmp_path: Path) -> Path:
    return write_pkcs12(tmp_path / "signer.p12")


@pytest.fixture
def token(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> SoftToken:
    return signing_tokens.soft_token(tmp_path, monkeypatch)


def typed(monkeypatch: pytest.MonkeyPatch, text: str) -> io.StringIO:
    """Standard input holding ``text`` (not a terminal), as a pipe gives it."""
    stdin = io.StringIO(text)
    monkeypatch.setattr("sys.stdin", stdin)
    return stdin


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


def test_sign_with_a_pkcs12_and_the_password_on_stdin(
    db_path: Path,
    ref: str,
    p12: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    typed(monkeypatch, f"{SECRET}\n")
    out = tmp_path / "assinada.pdf"
    argv = ["sign", ref, str(out), "--db", str(db_path), "--pkcs12", str(p12), "--password-stdin"]
    assert main([*argv, "--reason", "Aprovação da ata", "--lang", "pt"]) == 0
    said = capsys.readouterr()
    signed = out.read_bytes()
    assert signed.startswith(archived(db_path, ref, "pt"))
    status = pyhanko_status(signed, identity().der)
    assert status.intact and status.trusted and status.bottom_line  # type: ignore[attr-defined]
    assert f"Version 1 of the minutes of {ref} signed and written to {out}" in said.out
    assert f"Signed by {SIGNER} ({NUMBER}) on " in said.out and "; intact; " in said.out
    [copy] = copies(db_path, ref)
    assert (copy.name, copy.version, copy.signer) == ("assinada.pdf", 1, f"{SIGNER} ({NUMBER})")
    with opened(db_path) as database:
        assert signing.signed_copy(database, ref)[1] == signed
    log = logs.log_file().read_text(encoding="utf-8") if logs.log_file().exists() else ""
    assert SECRET not in said.out + said.err + log, "the password is shown and logged nowhere"


def test_sign_with_a_card_through_pkcs11(
    db_path: Path,
    ref: str,
    token: SoftToken,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import pkcs11

    slots = pkcs11.lib(str(token.library)).get_slots()
    slot = next(number for number, each in enumerate(slots) if each.get_token().label == token.label)
    pkcs11.unload(str(token.library))
    typed(monkeypatch, f"{token.pin}\n")
    out = tmp_path / "cc.pdf"
    card = ["--pkcs11-lib", str(token.library), "--slot", str(slot), "--token-label", token.label]
    assert (
        main(["sign", ref, str(out), "--db", str(db_path), *card, "--key-label", token.key_label, "--password-stdin"])
        == 0
    )
    assert "signed and written to" in capsys.readouterr().out
    status = pyhanko_status(out.read_bytes(), token.signer.der)
    assert status.intact and status.valid and status.trusted  # type: ignore[attr-defined]
    assert [copy.name for copy in copies(db_path, ref)] == ["cc.pdf"]


def test_a_wrong_password_exits_1_in_one_line_and_writes_nothing(
    db_path: Path,
    ref: str,
    p12: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    typed(monkeypatch, "not the password\n")
    out = tmp_path / "out.pdf"
    assert main(["sign", ref, str(out), "--db", str(db_path), "--pkcs12", str(p12), "--password-stdin"]) == 1
    line = one_line(capsys.readouterr().err)
    assert line == "pactdesk: The password of signer.p12 is wrong; type it again (nothing was signed)."
    assert not out.exists() and list(tmp_path.glob(".out.pdf*")) == []
    assert copies(db_path, ref) == []


def test_a_wrong_pin_exits_1_in_one_line(
    db_path: Path,
    ref: str,
    token: SoftToken,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    typed(monkeypatch, "0000\n")
    out = tmp_path / "out.pdf"
    assert (
        main(["sign", ref, str(out), "--db", str(db_path), "--pkcs11-lib", str(token.library), "--password-stdin"]) == 1
    )
    assert one_line(capsys.readouterr().err).startswith("pactdesk: The PIN is wrong; nothing was signed.")
    assert not out.exists()


def test_what_can_be_refused_is_refused_before_the_password_is_read(
    db_path: Path,
    ref: str,
    p12: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with opened(db_path) as database:
        draft = meetings.create_meeting(database, "TEX", title="Draft", starts_at="2026-01-05 10:00")
    runs = {
        f"The minutes of {draft} are not approved": ["sign", draft, str(tmp_path / "d.pdf"), "--pkcs12", str(p12)],
        "folder": ["sign", ref, str(tmp_path / "nowhere" / "s.pdf"), "--pkcs12", str(p12)],
        "certificate file": ["sign", ref, str(tmp_path / "s.pdf"), "--pkcs12", str(tmp_path / "missing.p12")],
        "PKCS#11 module": ["sign", ref, str(tmp_path / "s.pdf"), "--pkcs11-lib", str(tmp_path / "missing.so")],
        "use them with --pkcs11-lib": ["sign", ref, str(tmp_path / "s.pdf"), "--pkcs12", str(p12), "--slot", "0"],
    }
    for expected, argv in runs.items():
        stdin = typed(monkeypatch, f"{SECRET}\n")
        assert main([*argv, "--db", str(db_path), "--password-stdin"]) == 1, argv
        assert expected in one_line(capsys.readouterr().err)
        assert stdin.read() == f"{SECRET}\n", f"{expected}: the password was read before the refusal"
    assert copies(db_path, ref) == []


def test_without_a_terminal_the_password_comes_on_stdin(
    db_path: Path,
    ref: str,
    p12: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    typed(monkeypatch, f"{SECRET}\n")
    assert main(["sign", ref, str(tmp_path / "s.pdf"), "--db", str(db_path), "--pkcs12", str(p12)]) == 1
    assert "give it on standard input with --password-stdin" in one_line(capsys.readouterr().err)


def test_on_a_terminal_the_password_is_asked_for_without_echo(
    db_path: Path, ref: str, p12: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    terminal = typed(monkeypatch, "")
    monkeypatch.setattr(terminal, "isatty", lambda: True)
    monkeypatch.setattr("getpass.getpass", lambda prompt: asked.append(prompt) or SECRET)
    assert main(["sign", ref, str(tmp_path / "s.pdf"), "--db", str(db_path), "--pkcs12", str(p12)]) == 0
    assert asked == ["Password of signer.p12: "]


def test_a_full_disk_loses_no_signature(
    db_path: Path,
    ref: str,
    p12: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    write_bytes = pathlib.Path.write_bytes

    def full(self: Path, data: bytes) -> int:
        if self.name.endswith(".partial"):
            raise OSError(errno.ENOSPC, "No space left on device")
        return write_bytes(self, data)

    monkeypatch.setattr(pathlib.Path, "write_bytes", full)
    typed(monkeypatch, f"{SECRET}\n")
    out = tmp_path / "s.pdf"
    assert main(["sign", ref, str(out), "--db", str(db_path), "--pkcs12", str(p12), "--password-stdin"]) == 1
    line = one_line(capsys.readouterr().err)
    assert "The disk is full, so s.pdf was not written." in line
    assert f"The signed copy is kept in PactDesk: pactdesk signed {ref} --out FILE.pdf writes it." in line
    assert not out.exists()
    monkeypatch.setattr(pathlib.Path, "write_bytes", write_bytes)
    assert main(["signed", ref, "--db", str(db_path), "--out", str(out)]) == 0
    assert signing.signatures(out.read_bytes())[0].intact


def test_attach_signed_keeps_a_copy_once_and_signed_lists_and_writes_it(
    db_path: Path, ref: str, p12: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["signed", ref, "--db", str(db_path)]) == 0
    assert capsys.readouterr().out == f"No signed copy of the minutes of {ref} is kept.\n"
    signed = signing.sign_pkcs12(archived(db_path, ref), p12, PASSWORD)
    source = tmp_path / "Ata assinada (CC).pdf"
    source.write_bytes(signed)
    assert main(["attach-signed", ref, str(source), "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert f"Signed by {SIGNER} ({NUMBER}) on " in out
    assert f"Ata assinada (CC).pdf kept as a signed copy of version 1 of the minutes of {ref}." in out
    assert main(["attach-signed", ref, str(source), "--db", str(db_path)]) == 0
    assert "was already kept as a signed copy of version 1" in capsys.readouterr().out
    assert main(["signed", ref, "--db", str(db_path), "--out", str(tmp_path / "copy.pdf")]) == 0
    listing = capsys.readouterr().out.splitlines()
    assert listing[0].startswith(f"1  version 1  Ata assinada (CC).pdf  signed by {SIGNER} ({NUMBER}) (")
    assert f"SHA-256 {copies(db_path, ref)[0].sha256}" in listing[1]
    assert listing[2].startswith("Signed copy 1 (Ata assinada (CC).pdf) written to ")
    assert (tmp_path / "copy.pdf").read_bytes() == signed


def test_attach_signed_refuses_in_one_line(
    db_path: Path, ref: str, p12: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    signed = signing.sign_pkcs12(archived(db_path, ref), p12, PASSWORD)
    (tmp_path / "noted.pdf").write_bytes(with_annotation(signed))
    (tmp_path / "notes.txt").write_text("not a PDF", encoding="utf-8")
    for name, expected in (
        ("noted.pdf", "noted.pdf was changed after"),
        ("notes.txt", "The file is not a PDF that can be read"),
        ("missing.pdf", "missing.pdf; check its name and folder."),
    ):
        assert main(["attach-signed", ref, str(tmp_path / name), "--db", str(db_path)]) == 1
        assert expected in one_line(capsys.readouterr().err)
    assert copies(db_path, ref) == []
