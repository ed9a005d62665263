"""Signing the approved minutes (a PAdES baseline signature with pyHanko, from a certificate file or a smart card
through PKCS#11, such as the Cartão de Cidadão), reading the signatures of a PDF, and keeping a signed copy with
the version of the minutes it signs.

A signature is added as an incremental update, so the PDF that was signed stays the start of the signed file, byte
for byte: ``original_revision`` gives it back, and its SHA-256 is the archived PDF's when the signed file is a copy of
the approved minutes. That is how a copy signed elsewhere (in the Autenticação.gov application, say) is recognised.

Signatures are checked offline, with no trust root unless one is given: a signature can be intact, and made by the
certificate it names, while nothing here vouches for who holds that certificate; ``Signature.trusted`` says so.

It runs past 600 lines because it holds the three parts the issue gave this one module (reading signatures, signing
with a file or a card, keeping the signed copies), and each refusal is its own sentence in English and in European
Portuguese side by side, as domain/messages.py asks; it splits into a package along those three parts when it grows.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import logging
import warnings
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography import x509 as pyca_x509
from cryptography.x509.oid import NameOID
from sqlalchemy import select
from sqlalchemy.orm import Session

from pactdesk.domain.enums import MinutesStatus
from pactdesk.domain.errors import NotFoundError, PactDeskError, RefusedFileError, ValidationError
from pactdesk.domain.language import display_language
from pactdesk.domain.messages import say
from pactdesk.domain.models import Meeting, MinutesDocument, MinutesVersion
from pactdesk.services.meetings import meeting_by_ref
from pactdesk.store import authorship
from pactdesk.store.database import Database

with warnings.catch_warnings():
    # pyHanko still imports cryptography's DSA, which warns at import; PactDesk signs with RSA or ECDSA.
    warnings.filterwarnings("ignore", message=".*DSA.*")
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.misc import PdfStrictReadError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign import signers
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.fields import SigSeedSubFilter
    from pyhanko.sign.general import SigningError
    from pyhanko.sign.signers.pdf_signer import PdfSignatureMetadata
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature
    from pyhanko_certvalidator import ValidationContext

logger = logging.getLogger(__name__)

CITIZEN_SIGNATURE_KEY = "CITIZEN SIGNATURE KEY"  # the Cartão de Cidadão's qualified signature key, by its label
# What a later revision may change in the catalogue and keep the pages as they were: the form holding the signature
# fields, the long-term validation data, the declared version and extensions, the XMP metadata, a certification's
# permissions. Anything else there (an open action, names, optional content) could change what a reader is shown.
_CATALOGUE_MAY_CHANGE = {"/AcroForm", "/DSS", "/Extensions", "/Metadata", "/Version", "/Perms"}
_PERMITTED_AFTER_SIGNING = (ModificationLevel.NONE, ModificationLevel.LTA_UPDATES, ModificationLevel.FORM_FILLING)
_MONTHS = {  # as a date is said in a sentence: "6 Dec 2026", "6 de dezembro de 2026"
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
}


@dataclass(frozen=True)
class Signature:
    """One signature of a PDF, as checked offline."""

    signer: str  # the certificate's subject: common name, and serialNumber when present (the CC's BI/NIC number)
    signed_at: datetime | None  # the signing time the signature claims (no timestamp authority offline), aware
    intact: bool  # the signed bytes are unchanged and the signature over them is the certificate's key's
    modified_after_signing: bool  # more than permitted updates (further signatures, validation data) came after it
    trusted: bool  # the certificate chains to a trust root given; False for a self-signed one, and without roots
    signed_revision: bytes = field(repr=False)  # the file as it was signed: up to the end of its byte range
    summary: str  # one sentence in the window's language
    self_signed: bool = False
    revision: int = 0  # the file's revision holding it: 0 is the file before any update


@dataclass(frozen=True)
class AttachedCopy:
    """A signed copy of a meeting's minutes, kept byte for byte with the version it signs."""

    id: int
    ref: str
    version: int  # the number of the version of the minutes it signs
    name: str
    sha256: str
    size: int
    signer: str  # every signer, in the order they signed
    signed_at: datetime | None  # when the last of them signed (local time)
    created_by: str
    created_at: datetime
    already_kept: bool = False  # attach found the same file kept before, and kept it once
    signatures: tuple[Signature, ...] = ()  # as attach checked them (not filled by ``signed_copies``)


@dataclass(frozen=True)
class ApprovedPdf:
    """The archived PDF of the minutes as approved now, and the version it shows."""

    ref: str
    version: int
    content: bytes


# -- reading signatures ---------------------------------------------------------------------------------------------


def _unreadable(reason: object) -> RefusedFileError:
    return RefusedFileError(
        say(
            "The file is not a PDF that can be read ({reason}); check it is the whole PDF, not a damaged copy.",
            "O ficheiro não é um PDF legível ({reason}); confirme que é o PDF completo e não uma cópia danificada.",
            reason=reason,
        )
    )


def _reader(data: bytes) -> PdfFileReader:
    """``data`` read as a PDF, strictly when it can be; a hostile or damaged file is a ``RefusedFileError``."""
    if b"%PDF-" not in data[:1024]:  # a PDF's header may follow up to a kilobyte of anything
        raise _unreadable(say("it does not start as a PDF does", "não começa como um PDF"))
    try:
        try:
            reader = PdfFileReader(io.BytesIO(data), strict=True)
        except PdfStrictReadError:
            reader = PdfFileReader(io.BytesIO(data), strict=False)
        encrypted = reader.encrypted
        if not encrypted:
            reader.root.get("/Pages")
    except Exception as error:  # a hostile file may break the reader in any way; it is refused, never a crash
        logger.info("unreadable PDF: %r", error)
        raise _unreadable(type(error).__name__) from error
    if encrypted:
        raise RefusedFileError(
            say(
                "The PDF is protected by a password; signed minutes are kept unprotected, so ask for a copy without "
                "one.",
                "O PDF está protegido por palavra-passe; a ata assinada guarda-se sem proteção, por isso peça uma "
                "cópia sem palavra-passe.",
            )
        )
    return reader


@contextlib.contextmanager
def _quiet_certificate_checks() -> Iterator[None]:
    """pyHanko logs a self-signed or unknown certificate as a warning with its traceback; here that is an answer
    (``trusted`` False), said in the summary, so it goes to the log as one line at most."""
    noisy = logging.getLogger("pyhanko.sign.validation.generic_cms")
    level = noisy.level
    noisy.setLevel(logging.ERROR)
    try:
        yield
    finally:
        noisy.setLevel(level)


def signatures(data: bytes, *, trust_roots: Sequence[bytes] = ()) -> list[Signature]:
    """The signatures of a PDF (not its document timestamps), first signed first; ``[]`` for an unsigned PDF. A file
    that cannot be read is a ``RefusedFileError``; a signature that cannot be read is listed as not intact.
    ``trust_roots`` are DER certificates a signer's certificate may chain to (none by default: no signature is then
    ``trusted``)."""
    reader = _reader(data)
    try:
        embedded = list(reader.embedded_regular_signatures)
    except Exception as error:
        logger.info("unreadable signature fields: %r", error)
        raise _unreadable(
            say("its signature fields are damaged", "os campos de assinatura estão danificados")
        ) from error
    return [_checked(data, signature, trust_roots) for signature in embedded]


def _validation_context(trust_roots: Sequence[bytes]) -> ValidationContext:
    from pyhanko.keys import load_certs_from_pemder_data

    roots = [root for der in trust_roots for root in load_certs_from_pemder_data(der)]
    # Offline: nothing is fetched (no revocation lists, no missing issuers), so a check never waits on a network.
    return ValidationContext(trust_roots=roots, allow_fetching=False)


def _checked(data: bytes, embedded: EmbeddedPdfSignature, trust_roots: Sequence[bytes]) -> Signature:
    try:
        start, first, second, length = (int(value) for value in embedded.byte_range)
        revision = int(embedded.signed_revision)
        with _quiet_certificate_checks():
            status = validate_pdf_signature(embedded, _validation_context(trust_roots))
        certificate = pyca_x509.load_der_x509_certificate(status.signing_cert.dump())
    except Exception as error:  # a damaged or hostile signature: reported as not intact, never a crash
        logger.info("signature %s could not be checked: %r", getattr(embedded, "fq_name", "?"), error)
        return Signature(
            signer="",
            signed_at=None,
            intact=False,
            modified_after_signing=True,
            trusted=False,
            signed_revision=b"",
            summary=say(
                "A damaged signature that cannot be checked.",
                "Uma assinatura danificada, que não é possível verificar.",
            ),
        )
    covered = data[: second + length] if start == 0 <= first <= second and second + length <= len(data) else b""
    level = status.modification_level
    modified = status.docmdp_ok is False or (level is not None and level not in _PERMITTED_AFTER_SIGNING)
    if level is None and status.coverage is not None and status.coverage.name != "ENTIRE_FILE":
        modified = True  # pyHanko could not tell what came after it: not taken on trust
    intact = bool(status.intact and status.valid)
    signer = signer_name(certificate)
    self_signed = certificate.issuer == certificate.subject
    signed_at = status.signer_reported_dt
    return Signature(
        signer=signer,
        signed_at=signed_at,
        intact=intact,
        modified_after_signing=modified,
        trusted=bool(status.trusted),
        signed_revision=covered,
        summary=_summary(signer, signed_at, intact, modified, bool(status.trusted), self_signed),
        self_signed=self_signed,
        revision=revision,
    )


def signer_name(certificate: pyca_x509.Certificate) -> str:
    """The certificate's subject as a person reads it: its common name, with its serialNumber (the Cartão de
    Cidadão's BI/NIC number) in brackets when it has one."""
    subject = certificate.subject

    def first(oid: pyca_x509.ObjectIdentifier) -> str:
        found = subject.get_attributes_for_oid(oid)
        value = found[0].value if found else ""
        return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)

    name, number = first(NameOID.COMMON_NAME), first(NameOID.SERIAL_NUMBER)
    if not name:
        return subject.rfc4514_string()
    return f"{name} ({number})" if number else name


def _moment(when: datetime) -> tuple[str, str]:
    """The day and the time of ``when`` on this computer's clock, as a sentence says them in the window's language."""
    local = when.astimezone() if when.tzinfo else when
    language = "pt" if display_language() == "pt" else "en"
    month = _MONTHS[language].split()[local.month - 1]
    day = f"{local.day} de {month} de {local.year}" if language == "pt" else f"{local.day} {month} {local.year}"
    return day, f"{local:%H:%M}"


def _summary(
    signer: str, signed_at: datetime | None, intact: bool, modified: bool, trusted: bool, self_signed: bool
) -> str:
    if signed_at is None:
        who = say(
            "Signed by {signer} (no time of signing given)",
            "Assinado por {signer} (sem hora de assinatura)",
            signer=signer,
        )
    else:
        day, time = _moment(signed_at)
        who = say(
            "Signed by {signer} on {day} at {time}",
            "Assinado por {signer} a {day}, às {time}",
            signer=signer,
            day=day,
            time=time,
        )
    if not intact:
        state = say(
            "; NOT intact: what was signed has been altered", "; NÃO está intacto: o que foi assinado foi alterado"
        )
    elif modified:
        state = say(
            "; intact, but the file was changed after it was signed",
            "; intacto, mas o ficheiro foi alterado depois de assinado",
        )
    else:
        state = say("; intact", "; intacto")
    if trusted:
        trust = say(
            "; its certificate comes from a trusted authority", "; o certificado é de uma entidade de confiança"
        )
    elif self_signed:
        trust = say(
            "; its certificate is self-signed (no authority vouches for it)",
            "; o certificado é autoassinado (nenhuma entidade certificadora o garante)",
        )
    else:
        trust = say(
            "; its certificate was not checked against a trusted authority",
            "; o certificado não foi verificado junto de uma entidade de confiança",
        )
    return f"{who}{state}{trust}."


def original_revision(data: bytes) -> bytes:
    """The document as it was before any incremental update: what the first signer was shown. An unsigned PDF of
    one revision is itself (up to the end of its last ``%%EOF`` line)."""
    reader = _reader(data)
    try:
        first = reader.xrefs.get_xref_container_info(0)
        start = max(first.end_location, first.start_location)
    except Exception as error:
        raise _unreadable(type(error).__name__) from error
    end = data.find(b"%%EOF", start)
    if end < 0:
        return data
    end += len(b"%%EOF")
    if data[end : end + 2] == b"\r\n":
        end += 2
    elif data[end : end + 1] in (b"\r", b"\n"):
        end += 1
    return data[:end]


def pages_as_original(data: bytes, revision: int) -> bool:
    """Whether revision ``revision`` of the file shows the pages of its first revision: the same pages, contents and
    resources, the same catalogue but for the form and validation data, and no annotation added but signature
    fields. A signature's own update must add the signature and nothing a reader would see as the document."""
    reader = _reader(data)
    try:
        before = reader.get_historical_resolver(0).root
        after = reader.get_historical_resolver(revision).root
        return _same(before, after, set(), 0, catalogue=True)
    except Exception as error:  # hostile nesting, a broken reference: not the same, and said so by the caller
        logger.info("revision %s could not be compared with the first: %r", revision, error)
        return False


def _same(old: Any, new: Any, seen: set[tuple[int, int]], depth: int, *, catalogue: bool = False) -> bool:
    if depth > 100:
        return False
    if isinstance(old, generic.IndirectObject) and isinstance(new, generic.IndirectObject):
        pair = (old.idnum, new.idnum)
        if pair in seen:
            return True
        seen.add(pair)
    old, new = _resolved(old), _resolved(new)
    if isinstance(old, generic.StreamObject) or isinstance(new, generic.StreamObject):
        if not (isinstance(old, generic.StreamObject) and isinstance(new, generic.StreamObject)):
            return False
        return bool(old.encoded_data == new.encoded_data) and _same_dictionary(old, new, seen, depth, set())
    if isinstance(old, generic.DictionaryObject) or isinstance(new, generic.DictionaryObject):
        if not (isinstance(old, generic.DictionaryObject) and isinstance(new, generic.DictionaryObject)):
            return False
        if catalogue:
            return _same_dictionary(old, new, seen, depth, _CATALOGUE_MAY_CHANGE)
        if old.get("/Type") == "/Page":
            return _only_signature_fields_added(old, new) and _same_dictionary(old, new, seen, depth, {"/Annots"})
        return _same_dictionary(old, new, seen, depth, set())
    if isinstance(old, generic.ArrayObject) or isinstance(new, generic.ArrayObject):
        if not (isinstance(old, generic.ArrayObject) and isinstance(new, generic.ArrayObject)) or len(old) != len(new):
            return False
        return all(_same(one, other, seen, depth + 1) for one, other in zip(old, new, strict=True))
    return bool(old == new)


def _resolved(value: Any) -> Any:
    return value.get_object() if isinstance(value, generic.IndirectObject) else value  # type: ignore[no-untyped-call]


def _same_dictionary(old: Any, new: Any, seen: set[tuple[int, int]], depth: int, may_change: set[str]) -> bool:
    skipped = may_change | {"/Parent", "/Length"}  # /Parent points back up the page tree; /Length is the data's
    keys = set(old.keys()) - skipped
    if keys != set(new.keys()) - skipped:
        return False
    return all(_same(old.raw_get(key), new.raw_get(key), seen, depth + 1) for key in sorted(keys))


def _only_signature_fields_added(old_page: Any, new_page: Any) -> bool:
    """The page's annotations are those it had, with signature widgets after them (how a signature shows)."""
    old = [_identity(item) for item in _resolved(old_page.get("/Annots", generic.ArrayObject()))]
    new = list(_resolved(new_page.get("/Annots", generic.ArrayObject())))
    if [_identity(item) for item in new[: len(old)]] != old:
        return False
    return all(_is_signature_widget(_resolved(item)) for item in new[len(old) :])


def _identity(item: Any) -> object:
    return ("ref", item.idnum) if isinstance(item, generic.IndirectObject) else ("direct", repr(item))


def _is_signature_widget(annotation: Any) -> bool:
    if not isinstance(annotation, generic.DictionaryObject) or annotation.get("/Subtype") != "/Widget":
        return False
    parent = _resolved(annotation.get("/Parent")) if "/Parent" in annotation else None
    kind = annotation.get("/FT") or (parent.get("/FT") if isinstance(parent, generic.DictionaryObject) else None)
    return bool(kind == "/Sig")


# -- signing --------------------------------------------------------------------------------------------------------


def sign_pkcs12(data: bytes, p12: Path, password: bytes | None, *, reason: str = "", location: str = "") -> bytes:
    """``data`` signed (PAdES B-B, SHA-256, as an incremental update) with the key and certificate of the PKCS#12
    file ``p12`` (.p12, .pfx), opened with ``password``, which is used for this and kept nowhere."""
    _reader(data)  # a PDF that cannot be signed is said before the certificate is opened
    raw = certificate_file(Path(p12))
    key, certificate, others = _opened_pkcs12(raw, password, Path(p12))
    _check_for_signing(certificate)
    from pyhanko.keys.internal import translate_pyca_cryptography_cert_to_asn1, translate_pyca_cryptography_key_to_asn1
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    registry = SimpleCertificateStore()  # type: ignore[no-untyped-call]
    registry.register_multiple([translate_pyca_cryptography_cert_to_asn1(other) for other in others])
    signer = signers.SimpleSigner(
        signing_cert=translate_pyca_cryptography_cert_to_asn1(certificate),
        signing_key=translate_pyca_cryptography_key_to_asn1(key),
        cert_registry=registry,
    )
    return _signed(data, signer, reason=reason, location=location)


def certificate_file(path: Path) -> bytes:
    """The bytes of a certificate file (.p12, .pfx); a missing or unreadable one is one sentence saying so."""
    try:
        return path.expanduser().read_bytes()
    except FileNotFoundError as error:
        raise NotFoundError(
            say(
                "The certificate file {path} does not exist; give the path of your .p12 or .pfx file.",
                "O ficheiro de certificado {path} não existe; indique o caminho do seu ficheiro .p12 ou .pfx.",
                path=path,
            )
        ) from error
    except IsADirectoryError as error:
        raise ValidationError(
            say(
                "{path} is a folder; give the path of your certificate file (.p12 or .pfx).",
                "{path} é uma pasta; indique o caminho do seu ficheiro de certificado (.p12 ou .pfx).",
                path=path,
            )
        ) from error
    except OSError as error:
        raise PactDeskError(
            say(
                "The certificate file {path} could not be read ({reason}); check you may read it.",
                "Não foi possível ler o ficheiro de certificado {path} ({reason}); confirme que tem permissão para o "
                "ler.",
                path=path,
                reason=error.strerror or error,
            )
        ) from error


def _opened_pkcs12(raw: bytes, password: bytes | None, path: Path) -> tuple[Any, pyca_x509.Certificate, list[Any]]:
    from asn1crypto import pkcs12 as asn1_pkcs12  # type: ignore[import-untyped]
    from cryptography.hazmat.primitives.serialization import pkcs12

    try:
        if asn1_pkcs12.Pfx.load(raw, strict=True)["auth_safe"]["content_type"].native not in ("data", "signed_data"):
            raise ValueError("not a password-protected PKCS#12 file")
    except Exception as error:
        raise RefusedFileError(
            say(
                "{name} is not a certificate file (PKCS#12, .p12 or .pfx); choose the file that holds your "
                "certificate and its key.",
                "{name} não é um ficheiro de certificado (PKCS#12, .p12 ou .pfx); escolha o ficheiro que contém o seu "
                "certificado e a respetiva chave.",
                name=path.name,
            )
        ) from error
    # A file without a password opens with none or with an empty one, depending on the program that wrote it.
    tries = [password] if password else [password, b"" if password is None else None]
    for attempt in tries:
        try:
            key, certificate, others = pkcs12.load_key_and_certificates(raw, attempt)
            break
        except ValueError:
            continue
    else:
        raise ValidationError(
            say(
                "The password of {name} is wrong; type it again (nothing was signed).",
                "A palavra-passe de {name} está errada; escreva-a de novo (nada foi assinado).",
                name=path.name,
            ),
            "password",
        )
    if key is None or certificate is None:
        raise ValidationError(
            say(
                "{name} holds no key to sign with, only certificates; export the certificate with its private key.",
                "{name} não contém nenhuma chave para assinar, apenas certificados; exporte o certificado com a "
                "respetiva chave privada.",
                name=path.name,
            )
        )
    return key, certificate, list(others)


def _check_for_signing(certificate: pyca_x509.Certificate) -> None:
    """A certificate out of its validity, or made for something else, makes a signature no one accepts: refused
    before anything is signed."""
    now = datetime.now(UTC)
    signer = signer_name(certificate)
    if certificate.not_valid_after_utc < now:
        raise ValidationError(
            say(
                "The certificate of {signer} expired on {day}, so a signature made with it would not be valid; renew "
                "it, then sign again.",
                "O certificado de {signer} expirou a {day}, pelo que uma assinatura feita com ele não seria válida; "
                "renove-o e assine de novo.",
                signer=signer,
                day=certificate.not_valid_after_utc.astimezone().date(),
            )
        )
    if certificate.not_valid_before_utc > now:
        raise ValidationError(
            say(
                "The certificate of {signer} is only valid from {day}; check this computer's date, or sign then.",
                "O certificado de {signer} só é válido a partir de {day}; confirme a data deste computador, ou assine "
                "nessa data.",
                signer=signer,
                day=certificate.not_valid_before_utc.astimezone().date(),
            )
        )
    try:
        usage = certificate.extensions.get_extension_for_class(pyca_x509.KeyUsage).value
    except pyca_x509.ExtensionNotFound:
        return
    if not (usage.digital_signature or usage.content_commitment):
        raise ValidationError(
            say(
                "The certificate of {signer} is not one for signing documents; choose your signature certificate.",
                "O certificado de {signer} não serve para assinar documentos; escolha o seu certificado de assinatura.",
                signer=signer,
            )
        )


def _signed(data: bytes, signer: Any, *, reason: str, location: str) -> bytes:
    """``data`` with a PAdES baseline signature by ``signer`` appended as an incremental update."""
    try:
        try:
            writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=True)
        except PdfStrictReadError:
            writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
        names = _signature_field_names(writer)
    except PactDeskError:
        raise
    except Exception as error:
        raise _unreadable(type(error).__name__) from error
    number = len(names) + 1
    while f"Signature{number}" in names:
        number += 1
    metadata = PdfSignatureMetadata(
        field_name=f"Signature{number}",
        subfilter=SigSeedSubFilter.PADES,
        md_algorithm="sha256",
        reason=reason.strip() or None,
        location=location.strip() or None,
    )
    try:
        signed = signers.sign_pdf(writer, metadata, signer=signer).getvalue()
    except SigningError as error:
        raise PactDeskError(
            say(
                "The PDF could not be signed ({reason}); nothing was signed.",
                "Não foi possível assinar o PDF ({reason}); nada foi assinado.",
                reason=error,
            )
        ) from error
    if not signed.startswith(data):  # pyHanko appends; a rewrite would lose what lets the copy be recognised
        raise PactDeskError(
            say(
                "The signed PDF does not keep the original as it was; nothing was signed.",
                "O PDF assinado não mantém o original tal como estava; nada foi assinado.",
            )
        )
    return bytes(signed)


def _signature_field_names(writer: IncrementalPdfFileWriter) -> set[str]:
    from pyhanko.sign.fields import enumerate_sig_fields

    return {str(name) for name, _value, _ref in enumerate_sig_fields(writer)}


def sign_pkcs11(
    data: bytes,
    library: Path,
    pin: str,
    *,
    slot: int | None = None,
    key_label: str | None = None,
    token_label: str | None = None,
    reason: str = "",
    location: str = "",
) -> bytes:
    """``data`` signed with a key on a smart card or token through its PKCS#11 module ``library`` (for the Cartão
    de Cidadão, the middleware's ``pteidpkcs11``). ``slot`` counts the module's slots from 0; without ``slot`` or
    ``token_label`` the one card present is used. ``key_label`` names the key; without it, the Cartão de Cidadão's
    signature key, or the only signing key there is. An empty ``pin`` logs in no one: a card whose middleware asks
    for the PIN in its own window (as the Cartão de Cidadão's does) asks then."""
    import pkcs11

    _reader(data)
    location_of_module = module_path(Path(library))
    try:
        module = pkcs11.lib(location_of_module)
    except pkcs11.PKCS11Error as error:
        raise ValidationError(
            say(
                "{path} is not a PKCS#11 module PactDesk can load ({reason}); give the card's module, e.g. "
                "/usr/local/lib/libpteidpkcs11.so for the Cartão de Cidadão.",
                "{path} não é um módulo PKCS#11 que o PactDesk consiga carregar ({reason}); indique o módulo do "
                "cartão, por exemplo /usr/local/lib/libpteidpkcs11.so para o Cartão de Cidadão.",
                path=location_of_module,
                reason=str(error).split(": ")[-1] or type(error).__name__,
            )
        ) from error
    try:
        token = _token(module, slot, token_label)
        session = _session(token, pin)
        try:
            return _signed_on_token(data, token, session, key_label, reason=reason, location=location)
        finally:
            session.close()
    except pkcs11.PKCS11Error as error:
        raise _said(error) from error
    finally:
        # Let go of the module: the next signature finds the card as it is then (taken out, another one put in).
        with contextlib.suppress(Exception):
            pkcs11.unload(location_of_module)


def module_path(library: Path) -> str:
    """The absolute path of a PKCS#11 module, which must be a file; a missing one is one sentence saying what to do."""
    path = library.expanduser()
    if not path.is_file():
        raise NotFoundError(
            say(
                "The PKCS#11 module {path} does not exist; install the card's middleware (for the Cartão de Cidadão, "
                "the Autenticação.gov application) or give the module's path.",
                "O módulo PKCS#11 {path} não existe; instale o middleware do cartão (para o Cartão de Cidadão, a "
                "aplicação Autenticação.gov) ou indique o caminho do módulo.",
                path=path,
            )
        )
    return str(path.absolute())


def _no_card() -> ValidationError:
    return ValidationError(
        say(
            "No card or token is present: put the card in the reader (or plug in the token) and try again.",
            "Não está presente nenhum cartão nem token: insira o cartão no leitor (ou ligue o token) e tente de novo.",
        )
    )


def _token(module: Any, slot: int | None, token_label: str | None) -> Any:
    from pkcs11 import TokenFlag
    from pkcs11.exceptions import TokenNotPresent, TokenNotRecognised

    if slot is not None:
        slots = module.get_slots()
        if not 0 <= slot < len(slots):
            raise ValidationError(
                say(
                    "There is no slot {slot}: the module has {count:slot/slots}, counted from 0.",
                    "Não existe a ranhura {slot}: o módulo tem {count:ranhura/ranhuras}, contadas a partir de 0.",
                    slot=str(slot),
                    count=len(slots),
                ),
                "slot",
            )
        try:
            token = slots[slot].get_token()
        except (TokenNotPresent, TokenNotRecognised) as error:
            raise _no_card() from error
        if token_label and token.label != token_label:
            raise ValidationError(
                say(
                    "The token in slot {slot} is “{found}”, not “{label}”.",
                    "O token da ranhura {slot} é «{found}», não «{label}».",
                    slot=str(slot),
                    found=token.label,
                    label=token_label,
                ),
                "token_label",
            )
        return token
    present = []
    for each in module.get_slots(token_present=True):
        with contextlib.suppress(TokenNotPresent, TokenNotRecognised):
            present.append(each.get_token())
    # softhsm2 and some modules keep an empty slot for a token yet to be set up: that one signs nothing.
    ready = [token for token in present if TokenFlag.TOKEN_INITIALIZED in token.flags]
    if token_label:
        named = [token for token in ready if token.label == token_label]
        if not named:
            raise ValidationError(
                say(
                    "No token is labelled “{label}”; those present are: {labels}.",
                    "Nenhum token tem o rótulo «{label}»; os presentes são: {labels}.",
                    label=token_label,
                    labels=", ".join(f"“{token.label}”" for token in ready) or "—",
                ),
                "token_label",
            )
        ready = named
    if not ready:
        raise _no_card()
    if len(ready) > 1:
        raise ValidationError(
            say(
                "Several cards or tokens are present ({labels}); choose one by its label (--token-label) or its slot "
                "(--slot).",
                "Estão presentes vários cartões ou tokens ({labels}); escolha um pelo rótulo (--token-label) ou pela "
                "ranhura (--slot).",
                labels=", ".join(f"“{token.label}”" for token in ready),
            ),
            "token_label",
        )
    return ready[0]


def _session(token: Any, pin: str) -> Any:
    from pkcs11 import PROTECTED_AUTH, TokenFlag

    if pin:
        return token.open(user_pin=pin)
    if TokenFlag.PROTECTED_AUTHENTICATION_PATH in token.flags:
        return token.open(user_pin=PROTECTED_AUTH)  # the PIN is typed on the reader's own keypad
    return token.open()


def _signed_on_token(
    data: bytes, token: Any, session: Any, key_label: str | None, *, reason: str, location: str
) -> bytes:
    from pkcs11 import Attribute, KeyType, Mechanism
    from pyhanko.sign.pkcs11 import PKCS11Signer

    key = _signing_key(session, key_label)
    label, key_id = _attribute(key, Attribute.LABEL, ""), _attribute(key, Attribute.ID, b"")
    der = _certificate_of(session, label, key_id)
    certificate = pyca_x509.load_der_x509_certificate(der)
    _check_for_signing(certificate)
    mechanisms = set(token.slot.get_mechanisms())
    kind = _attribute(key, Attribute.KEY_TYPE, None)
    # A card that cannot hash and sign in one step (many only sign a digest) gets the digest made here.
    hashed = Mechanism.ECDSA_SHA256 if kind == KeyType.EC else Mechanism.SHA256_RSA_PKCS
    signer = PKCS11Signer(
        session,
        signing_cert=_asn1_certificate(der),
        key_id=key_id or None,
        key_label=None if key_id else label,
        use_raw_mechanism=hashed not in mechanisms,
    )
    return _signed(data, signer, reason=reason, location=location)


def _attribute(item: Any, attribute: Any, default: Any) -> Any:
    try:
        return item[attribute]
    except Exception:  # a module may refuse to show an attribute; the object is still usable
        return default


def _signing_key(session: Any, key_label: str | None) -> Any:
    from pkcs11 import Attribute, ObjectClass

    keys = [
        key
        for key in session.get_objects({Attribute.CLASS: ObjectClass.PRIVATE_KEY})
        if _attribute(key, Attribute.SIGN, True)
    ]
    labels = ", ".join(sorted(f"“{_attribute(key, Attribute.LABEL, '')}”" for key in keys)) or "—"
    if key_label:
        chosen = [key for key in keys if _attribute(key, Attribute.LABEL, "") == key_label]
        if not chosen:
            raise ValidationError(
                say(
                    "The token has no signing key labelled “{label}”; its signing keys are: {labels}.",
                    "O token não tem nenhuma chave de assinatura com o rótulo «{label}»; as chaves de assinatura são: "
                    "{labels}.",
                    label=key_label,
                    labels=labels,
                ),
                "key_label",
            )
    else:
        chosen = [key for key in keys if _attribute(key, Attribute.LABEL, "") == CITIZEN_SIGNATURE_KEY] or keys
    if not chosen:
        raise ValidationError(
            say(
                "The token shows no key to sign with; if it shows its keys only after the PIN, give the PIN.",
                "O token não mostra nenhuma chave para assinar; se só as mostrar depois do PIN, indique o PIN.",
            )
        )
    if len(chosen) > 1:
        raise ValidationError(
            say(
                "The token holds several signing keys ({labels}); choose one by its label (--key-label).",
                "O token tem várias chaves de assinatura ({labels}); escolha uma pelo rótulo (--key-label).",
                labels=labels,
            ),
            "key_label",
        )
    return chosen[0]


def _certificate_of(session: Any, label: str, key_id: bytes) -> bytes:
    """The DER certificate that goes with the key: the one with the key's id, else its label (the Cartão de
    Cidadão's "CITIZEN SIGNATURE CERTIFICATE" goes with its "CITIZEN SIGNATURE KEY")."""
    from pkcs11 import Attribute, ObjectClass

    certificates = list(session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE}))
    labels = {label, label.replace("KEY", "CERTIFICATE")} - {""}
    for matches in (
        lambda item: bool(key_id) and _attribute(item, Attribute.ID, b"") == key_id,
        lambda item: _attribute(item, Attribute.LABEL, "") in labels,
    ):
        for certificate in certificates:
            if matches(certificate):
                return bytes(certificate[Attribute.VALUE])
    raise ValidationError(
        say(
            "The token holds no certificate for the key “{label}”, so it cannot sign a PDF with it.",
            "O token não tem nenhum certificado para a chave «{label}», pelo que não pode assinar um PDF com ela.",
            label=label,
        )
    )


def _asn1_certificate(der: bytes) -> Any:
    from pyhanko.keys import load_certs_from_pemder_data

    return next(iter(load_certs_from_pemder_data(der)))


def _said(error: Exception) -> PactDeskError:
    """A PKCS#11 module's error as a sentence saying what to do."""
    from pkcs11 import exceptions as failed

    from pactdesk.domain.errors import CancelledError

    if isinstance(error, failed.PinIncorrect | failed.PinInvalid | failed.PinLenRange):
        return ValidationError(
            say(
                "The PIN is wrong; nothing was signed. Type it again carefully: after a few wrong PINs the card locks.",
                "O PIN está errado; nada foi assinado. Escreva-o de novo com cuidado: após alguns PIN errados o cartão "
                "fica bloqueado.",
            ),
            "pin",
        )
    if isinstance(error, failed.PinLocked):
        return ValidationError(
            say(
                "The PIN is locked after too many wrong tries; unlock it with the PUK (for the Cartão de Cidadão, in "
                "the Autenticação.gov application), then sign again.",
                "O PIN está bloqueado após demasiadas tentativas erradas; desbloqueie-o com o PUK (para o Cartão de "
                "Cidadão, na aplicação Autenticação.gov) e assine de novo.",
            ),
            "pin",
        )
    if isinstance(error, failed.PinExpired):
        return ValidationError(
            say(
                "The card's PIN has expired; change it in the card's application, then sign again.",
                "O PIN do cartão expirou; altere-o na aplicação do cartão e assine de novo.",
            ),
            "pin",
        )
    if isinstance(
        error, failed.TokenNotPresent | failed.DeviceRemoved | failed.TokenNotRecognised | failed.SlotIDInvalid
    ):
        return _no_card()
    if isinstance(error, failed.UserNotLoggedIn):
        return ValidationError(
            say(
                "The card needs its PIN to sign; give the PIN (nothing was signed).",
                "O cartão precisa do PIN para assinar; indique o PIN (nada foi assinado).",
            ),
            "pin",
        )
    if isinstance(error, failed.FunctionCancelled):
        return CancelledError(
            say(
                "Signing was cancelled on the card's PIN window; nothing was signed.",
                "A assinatura foi cancelada na janela do PIN do cartão; nada foi assinado.",
            )
        )
    return PactDeskError(
        say(
            "The card or token answered with an error ({reason}); check it is in the reader and try again. Nothing "
            "was signed.",
            "O cartão ou token respondeu com um erro ({reason}); confirme que está no leitor e tente de novo. Nada "
            "foi assinado.",
            reason=type(error).__name__,
        )
    )


# -- the signed copies of a meeting's minutes -----------------------------------------------------------------------


def _versions(session: Session, meeting: Meeting) -> list[MinutesVersion]:
    return list(
        session.scalars(
            select(MinutesVersion).where(MinutesVersion.meeting_id == meeting.id).order_by(MinutesVersion.number)
        )
    )


def _approved_now(meeting: Meeting, versions: list[MinutesVersion]) -> MinutesVersion | None:
    """The version of the minutes as approved now: the last version kept, when it is an approval and the minutes
    are still approved."""
    if meeting.minutes_status is not MinutesStatus.APPROVED:
        return None
    approved = [version for version in versions if version.minutes_status is MinutesStatus.APPROVED]
    return approved[-1] if approved else None


def _not_approved(meeting: Meeting) -> ValidationError:
    return ValidationError(
        say(
            "The minutes of {ref} are not approved, so there is nothing to sign yet: approve them first.",
            "A ata de {ref} não está aprovada, pelo que ainda não há nada para assinar: aprove-a primeiro.",
            ref=meeting.ref,
        )
    )


def approved_pdf(db: Database, ref: str, language: str = "pt") -> ApprovedPdf:
    """The archived PDF/A of the minutes of ``ref`` as approved now, in ``language`` (services/proof.py makes and
    keeps it the first time), and the version it shows: what ``pactdesk sign`` signs. Minutes not approved are a
    ``ValidationError``, said before anyone types a password."""
    from pactdesk.services import proof  # proof's verify reads signatures here: imported when used, not at import

    with db.read() as session:
        meeting = meeting_by_ref(session, ref)
        if _approved_now(meeting, _versions(session, meeting)) is None:
            raise _not_approved(meeting)
    archived = proof.archive(db, ref, language)
    return ApprovedPdf(archived.ref, archived.version, archived.data)


def attach_signed(db: Database, ref: str, data: bytes, name: str) -> AttachedCopy:
    """Keep ``data``, a signed copy of the minutes of ``ref``, as their signed copy: every signature intact and
    nothing but further signatures added after it, and what the first signer was shown the archived PDF of the
    minutes as approved now. The same file attached twice is kept once. Each refusal is one sentence naming the
    file (``name``, shown as given, without its folder)."""
    from pactdesk.services.proof import LARGEST_FILE

    name = (Path(name).name or "signed.pdf")[:300]
    if len(data) > LARGEST_FILE:
        raise ValidationError(
            say(
                "{name} is too large to be the signed minutes ({size} MB); choose the signed PDF of the minutes.",
                "{name} é demasiado grande para ser a ata assinada ({size} MB); escolha o PDF assinado da ata.",
                name=name,
                size=len(data) // (1024 * 1024),
            )
        )
    found = signatures(data)
    if not found:
        raise ValidationError(
            say(
                "{name} has no signature; attach the PDF as it came back signed.",
                "{name} não tem nenhuma assinatura; anexe o PDF tal como voltou assinado.",
                name=name,
            )
        )
    for signature in found:
        if not signature.intact:
            raise ValidationError(
                say(
                    "The signature of {signer} in {name} is broken: what was signed has been altered since. Ask for "
                    "a new signed copy.",
                    "A assinatura de {signer} em {name} não é válida: o que foi assinado foi alterado depois. Peça "
                    "uma nova cópia assinada.",
                    signer=signature.signer or "?",
                    name=name,
                )
            )
        if signature.modified_after_signing:
            raise ValidationError(
                say(
                    "{name} was changed after {signer} signed it (more than further signatures was added), so it "
                    "cannot be kept as the signed minutes; ask for the file as it was signed.",
                    "{name} foi alterado depois de {signer} o assinar (foi acrescentado mais do que outras "
                    "assinaturas), pelo que não pode ser guardado como a ata assinada; peça o ficheiro tal como foi "
                    "assinado.",
                    name=name,
                    signer=signature.signer,
                )
            )
    first = min(found, key=lambda signature: signature.revision)
    original = original_revision(data)
    if first.revision == 0 or not pages_as_original(data, first.revision):
        raise ValidationError(
            say(
                "In {name} the pages were changed before {signer} signed them, so what was signed is not the approved "
                "minutes as PactDesk archived them.",
                "Em {name} as páginas foram alteradas antes de {signer} as assinar, pelo que o que foi assinado não é "
                "a ata aprovada tal como o PactDesk a arquivou.",
                name=name,
                signer=first.signer,
            )
        )
    digest, whole = hashlib.sha256(original).hexdigest(), hashlib.sha256(data).hexdigest()
    _archive_if_signed_elsewhere(db, ref, digest)
    with db.write() as session:
        meeting = meeting_by_ref(session, ref)
        versions = _versions(session, meeting)
        by_id = {version.id: version for version in versions}
        match = session.scalars(
            select(MinutesDocument).where(MinutesDocument.sha256 == digest, MinutesDocument.kind == "archived")
        ).first()
        if match is None or match.version_id not in by_id:
            raise _not_these_minutes(session, meeting, match, name)
        signed_version = by_id[match.version_id]
        latest = _approved_now(meeting, versions)
        if latest is None or latest.id != signed_version.id:
            raise _superseded(meeting, versions, signed_version, latest, name)
        kept = session.scalars(
            select(MinutesDocument).where(
                MinutesDocument.version_id == signed_version.id,
                MinutesDocument.kind == "signed",
                MinutesDocument.sha256 == whole,
            )
        ).first()
        if kept is not None:
            return _copy(session, kept, meeting.ref, signed_version.number, already_kept=True, checked=found)
        times = [signature.signed_at for signature in found if signature.signed_at is not None]
        document = MinutesDocument(
            version_id=signed_version.id,
            kind="signed",
            name=name,
            sha256=whole,
            size=len(data),
            content=data,
            signer="; ".join(dict.fromkeys(signature.signer for signature in found))[:300],
            signed_at=max(times).astimezone().replace(tzinfo=None, microsecond=0) if times else None,
            created_by=authorship.writer(session),
        )
        session.add(document)
        session.flush()
        return _copy(session, document, meeting.ref, signed_version.number, already_kept=False, checked=found)


def _archive_if_signed_elsewhere(db: Database, ref: str, digest: str) -> None:
    """The archived PDF/A is the same bytes wherever it is made: a copy signed from one made on another computer
    (or before this database kept it) is recognised once this database keeps it too. Made only when no kept
    document matches, in each language, as services/proof.py makes and keeps it."""
    from pactdesk.exchange.pdf.words import LANGUAGES
    from pactdesk.services import proof

    with db.read() as session:
        if session.scalars(select(MinutesDocument.id).where(MinutesDocument.sha256 == digest)).first() is not None:
            return
        meeting = meeting_by_ref(session, ref)
        if _approved_now(meeting, _versions(session, meeting)) is None:
            return
    for language in LANGUAGES:
        try:
            if proof.archive(db, ref, language).sha256 == digest:
                return
        except PactDeskError as error:  # the refusal that follows says what the file is not
            logger.info("could not archive %s in %s to compare: %s", ref, language, error)
            return


def _not_these_minutes(session: Session, meeting: Meeting, match: MinutesDocument | None, name: str) -> ValidationError:
    if match is not None:
        other = session.get(MinutesVersion, match.version_id)
        owner = session.get(Meeting, other.meeting_id) if other is not None else None
        if owner is not None:
            return ValidationError(
                say(
                    "{name} is a signed copy of the minutes of {other}, not of {ref}; attach it to {other}.",
                    "{name} é uma cópia assinada da ata de {other}, não de {ref}; anexe-a a {other}.",
                    name=name,
                    other=owner.ref,
                    ref=meeting.ref,
                )
            )
    return ValidationError(
        say(
            "{name} is not a signed copy of the approved minutes of {ref}: what was signed is another PDF. Sign the "
            "PDF PactDesk archived for these minutes, and attach that.",
            "{name} não é uma cópia assinada da ata aprovada de {ref}: o que foi assinado é outro PDF. Assine o PDF "
            "que o PactDesk arquivou para esta ata e anexe esse.",
            name=name,
            ref=meeting.ref,
        )
    )


def _superseded(
    meeting: Meeting,
    versions: list[MinutesVersion],
    signed: MinutesVersion,
    latest: MinutesVersion | None,
    name: str,
) -> ValidationError:
    reopening = next(
        (
            version
            for version in versions
            if version.number > signed.number and version.minutes_status is not MinutesStatus.APPROVED
        ),
        None,
    )
    day = reopening.created_at.date() if reopening is not None else meeting.updated_at.date()
    if latest is None:
        return ValidationError(
            say(
                "{name} signs version {number} of the minutes of {ref}, but they were reopened on {day} and are not "
                "approved now: approve them again, then sign the new version.",
                "{name} assina a versão {number} da ata de {ref}, mas a ata foi reaberta a {day} e não está aprovada "
                "agora: aprove-a de novo e assine a nova versão.",
                name=name,
                number=str(signed.number),
                ref=meeting.ref,
                day=day,
            )
        )
    return ValidationError(
        say(
            "{name} signs version {number} of the minutes of {ref}, which were reopened on {day} and approved again "
            "as version {latest}: sign version {latest} and attach that.",
            "{name} assina a versão {number} da ata de {ref}, que foi reaberta a {day} e aprovada de novo como versão "
            "{latest}: assine a versão {latest} e anexe essa.",
            name=name,
            number=str(signed.number),
            ref=meeting.ref,
            day=day,
            latest=str(latest.number),
        )
    )


def _copy(
    session: Session,
    document: MinutesDocument,
    ref: str,
    number: int,
    *,
    already_kept: bool,
    checked: Sequence[Signature] = (),
) -> AttachedCopy:
    from pactdesk.services.team import display_name

    return AttachedCopy(
        id=document.id,
        ref=ref,
        version=number,
        name=document.name,
        sha256=document.sha256,
        size=document.size,
        signer=document.signer,
        signed_at=document.signed_at,
        created_by=display_name(session, document.created_by),
        created_at=document.created_at,
        already_kept=already_kept,
        signatures=tuple(checked),
    )


def signed_copies(db: Database, ref: str) -> list[AttachedCopy]:
    """The signed copies kept of the minutes of ``ref``, the first kept first."""
    with db.read() as session:
        meeting = meeting_by_ref(session, ref)
        numbers = {version.id: version.number for version in _versions(session, meeting)}
        documents = session.scalars(
            select(MinutesDocument)
            .where(MinutesDocument.version_id.in_(numbers), MinutesDocument.kind == "signed")
            .order_by(MinutesDocument.id)
        ).all()
        return [
            _copy(session, document, meeting.ref, numbers[document.version_id], already_kept=False)
            for document in documents
        ]


def signed_copy(db: Database, ref: str, number: int | None = None) -> tuple[AttachedCopy, bytes]:
    """A signed copy of the minutes of ``ref`` and its bytes: the one numbered ``number`` in ``signed_copies``
    (from 1), or the last kept."""
    copies = signed_copies(db, ref)
    if not copies:
        raise NotFoundError(
            say(
                "No signed copy of the minutes of {ref} is kept.",
                "Não está guardada nenhuma cópia assinada da ata de {ref}.",
                ref=ref.strip().upper(),
            )
        )
    if number is not None and not 1 <= number <= len(copies):
        raise NotFoundError(
            say(
                "The minutes of {ref} have {count:signed copy/signed copies}; there is no number {number}.",
                "A ata de {ref} tem {count:cópia assinada/cópias assinadas}; não existe a número {number}.",
                ref=copies[0].ref,
                count=len(copies),
                number=str(number),
            )
        )
    chosen = copies[(number or len(copies)) - 1]
    with db.read() as session:
        document = session.get(MinutesDocument, chosen.id)
        assert document is not None
        return chosen, bytes(document.content)
