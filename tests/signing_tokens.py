"""Signing identities for the tests: a key and a certificate made here (in a PKCS#12 file, as a certificate
authority hands them out), and a real software token holding them (softhsm2 through its PKCS#11 module, the path a
Cartão de Cidadão takes through the ``pteidpkcs11`` module).

A plain module: a test module wraps ``soft_token`` in a fixture of its own::

    @pytest.fixture
    def token(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> SoftToken:
        return signing_tokens.soft_token(tmp_path, monkeypatch)

Without softhsm2 the test is skipped, saying what to install; under CI (CI=true) it fails instead.
"""

from __future__ import annotations

import functools
import glob
import io
import os
import shutil
import subprocess
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

SIGNER = "João Conceição Ramalho"  # a Portuguese name with accents, as a certificate's common name
NUMBER = "BI123456789"  # the Cartão de Cidadão carries the holder's civil identification number as serialNumber
PASSWORD = b"palavra-passe \xc3\xa9 secreta"  # UTF-8, with an accent
PIN = "4321"
SO_PIN = "87654321"
TOKEN_LABEL = "PactDesk"
KEY_LABEL = "signer"
# Where Debian, Ubuntu, Fedora, Homebrew and a source build put softhsm2's PKCS#11 module.
LIBRARIES = (
    "/usr/lib/softhsm/libsofthsm2.so",
    "/usr/lib/*/softhsm/libsofthsm2.so",
    "/usr/lib64/pkcs11/libsofthsm2.so",
    "/usr/lib64/softhsm/libsofthsm2.so",
    "/usr/local/lib/softhsm/libsofthsm2.so",
    "/opt/homebrew/lib/softhsm/libsofthsm2.so",
)


@dataclass(frozen=True)
class Identity:
    """A signer: an RSA key and its self-signed certificate."""

    key: rsa.RSAPrivateKey
    certificate: x509.Certificate

    @property
    def der(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.DER)


@functools.cache
def identity(
    name: str = SIGNER, number: str | None = NUMBER, *, expired: bool = False, for_signing: bool = True
) -> Identity:
    """An RSA 2048 key and a self-signed certificate for ``name`` (made once per process for each set of
    arguments: a key takes a moment to make). ``expired`` makes one that expired yesterday; ``for_signing=False``
    one whose key usage is encryption only."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    attributes = [x509.NameAttribute(NameOID.COUNTRY_NAME, "PT"), x509.NameAttribute(NameOID.COMMON_NAME, name)]
    if number:
        attributes.append(x509.NameAttribute(NameOID.SERIAL_NUMBER, number))
    subject = x509.Name(attributes)
    now = datetime.now(UTC)
    start, end = (
        (now - timedelta(days=400), now - timedelta(days=1))
        if expired
        else (now - timedelta(days=1), now + timedelta(days=365))
    )
    usage = x509.KeyUsage(
        digital_signature=for_signing,
        content_commitment=for_signing,
        key_encipherment=not for_signing,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=False,
        crl_sign=False,
        encipher_only=False,
        decipher_only=False,
    )
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(usage, critical=True)
        .sign(key, hashes.SHA256())
    )
    return Identity(key, certificate)


def write_pkcs12(path: Path, signer: Identity | None = None, password: bytes | None = PASSWORD) -> Path:
    """``signer``'s key and certificate in a PKCS#12 file, protected by ``password`` (None: no password)."""
    signer = signer or identity()
    protection = serialization.BestAvailableEncryption(password) if password else serialization.NoEncryption()
    path.write_bytes(pkcs12.serialize_key_and_certificates(b"signer", signer.key, signer.certificate, None, protection))
    return path


def minutes_pdf(text: str = "Ata da reunião de acompanhamento", pages: int = 1) -> bytes:
    """A small PDF standing for the archived minutes."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, invariant=True)
    for number in range(pages):
        page.drawString(72, 720, f"{text} — {number + 1}")
        page.showPage()
    page.save()
    return buffer.getvalue()


# -- a software token -----------------------------------------------------------------------------------------------


def softhsm_library() -> Path | None:
    """softhsm2's PKCS#11 module, wherever this system keeps it (or $SOFTHSM2_LIB)."""
    candidates = [os.environ.get("SOFTHSM2_LIB", "")]
    candidates += [found for pattern in LIBRARIES for found in sorted(glob.glob(pattern))]
    return next((Path(found) for found in candidates if found and Path(found).is_file()), None)


@dataclass(frozen=True)
class SoftToken:
    """A softhsm2 token initialised for one test: its module, label, PIN, and the key and certificate on it."""

    library: Path
    label: str
    pin: str
    key_label: str
    signer: Identity
    config: Path


def soft_token(
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,
    *,
    signer: Identity | None = None,
    label: str = TOKEN_LABEL,
    key_label: str = KEY_LABEL,
    more_keys: tuple[str, ...] = (),
) -> SoftToken:
    """A softhsm2 token of this test's own (its own configuration and token folder under ``folder``, named in
    SOFTHSM2_CONF for the test), initialised, with ``signer``'s key imported under ``key_label`` (id 01) and its
    certificate stored beside it with the same id and label. ``more_keys`` adds further keys (with their
    certificates), as a card with an authentication and a signature key has."""
    library = softhsm_library()
    utility = shutil.which("softhsm2-util")
    if library is None or utility is None:
        reason = "softhsm2 is not installed (apt-get install softhsm2): the PKCS#11 signing tests need its token"
        if os.environ.get("CI"):
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)
    signer = signer or identity()
    home = folder / "softhsm"
    (home / "tokens").mkdir(parents=True)
    config = home / "softhsm2.conf"
    config.write_text(
        f"directories.tokendir = {home / 'tokens'}\nobjectstore.backend = file\nlog.level = ERROR\n"
        "slots.removable = false\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("SOFTHSM2_CONF", str(config))
    _run(utility, "--init-token", "--free", "--label", label, "--so-pin", SO_PIN, "--pin", PIN)
    keys = [(key_label, b"\x01", signer)] + [
        (other, bytes([number + 2]), identity(other, None)) for number, other in enumerate(more_keys)
    ]
    for name, key_id, owner in keys:
        pem = home / f"{key_id.hex()}.p8"
        pem.write_bytes(
            owner.key.private_bytes(
                serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
        )
        _run(utility, "--import", str(pem), "--token", label, "--label", name, "--id", key_id.hex(), "--pin", PIN)
        pem.unlink()
    _store_certificates(library, label, [(name, key_id, owner) for name, key_id, owner in keys])
    return SoftToken(library=library, label=label, pin=PIN, key_label=key_label, signer=signer, config=config)


def _run(*command: str) -> None:
    done = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command[:2])} failed: {done.stdout} {done.stderr}")


def _store_certificates(library: Path, label: str, keys: list[tuple[str, bytes, Identity]]) -> None:
    """Each key's certificate on the token, with the key's id and label (softhsm2-util imports keys only)."""
    import pkcs11
    from pkcs11 import Attribute, CertificateType, ObjectClass

    module = pkcs11.lib(str(library))
    try:
        with module.get_token(token_label=label).open(rw=True, user_pin=PIN) as session:
            for name, key_id, owner in keys:
                session.create_object(
                    {
                        Attribute.CLASS: ObjectClass.CERTIFICATE,
                        Attribute.CERTIFICATE_TYPE: CertificateType.X_509,
                        Attribute.TOKEN: True,
                        Attribute.LABEL: name,
                        Attribute.ID: key_id,
                        Attribute.SUBJECT: owner.certificate.subject.public_bytes(),
                        Attribute.VALUE: owner.der,
                    }
                )
    finally:
        pkcs11.unload(str(library))  # the next user of the module reads SOFTHSM2_CONF again
