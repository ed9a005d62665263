"""Signing the approved minutes (PAdES B-B with pyHanko) from a PKCS#12 file and from a real software token
(softhsm2 through PKCS#11, as a Cartão de Cidadão signs), reading a PDF's signatures (who, when, intact, changed
after signing, trusted), and keeping a copy signed elsewhere once it is checked to sign the minutes as approved now.

pyHanko validates what PactDesk signs with the test's certificate as trust root; PactDesk itself checks without
one and says the certificate is self-signed. The database parts run on SQLite and on PostgreSQL."""

from __future__ import annotations

import hashlib
import io
import random
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from pactdesk.domain.enums import MinutesStatus
from pactdesk.domain.errors import NotFoundError, PactDeskError, RefusedFileError, ValidationError
from pactdesk.domain.language import set_display_language
from pactdesk.domain.models import MinutesDocument
from pactdesk.services import meetings, signing
from pactdesk.store.database import Database
from tests import signing_tokens
from tests.signing_tokens import NUMBER, PASSWORD, SIGNER, SoftToken, identity, minutes_pdf, write_pkcs12

TODAY = date.today()


@pytest.fixture
def p12(tmp_path: Path) -> Path:
    return write_pkcs12(tmp_path / "signer.p12")


@pytest.fixture
def token(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> SoftToken:
    return signing_tokens.soft_token(tmp_path, monkeypatch)


def pyhanko_status(signed: bytes, root: bytes | None = None) -> object:
    """pyHanko's own verdict on the first signature, with ``root`` (DER) as the only trust root."""
    from asn1crypto import x509  # type: ignore[import-untyped]
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    roots = [x509.Certificate.load(root)] if root else []
    embedded = PdfFileReader(io.BytesIO(signed)).embedded_signatures[0]
    return validate_pdf_signature(embedded, ValidationContext(trust_roots=roots, allow_fetching=False))


def with_annotation(data: bytes, text: str = "Não aprovado") -> bytes:
    """``data`` with a note added on its first page, as an incremental update (what a PDF reader saves)."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    page = writer.root["/Pages"]["/Kids"][0].get_object()
    note = generic.DictionaryObject(
        {
            generic.NameObject("/Type"): generic.NameObject("/Annot"),
            generic.NameObject("/Subtype"): generic.NameObject("/FreeText"),
            generic.NameObject("/Rect"): generic.ArrayObject([generic.FloatObject(x) for x in (72, 600, 400, 640)]),
            generic.NameObject("/Contents"): generic.TextStringObject(text),
        }
    )
    annotations = list(page.get("/Annots", generic.ArrayObject()))
    page[generic.NameObject("/Annots")] = generic.ArrayObject([*annotations, writer.add_object(note)])
    writer.update_container(page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def flipped_inside_a_stream(data: bytes, after: int = 0) -> bytes:
    """``data`` with one byte of a stream's data changed (past ``after``): the file still reads, its content differs."""
    start = data.index(b"stream", data.index(b"/Length", after)) + len(b"stream\n")
    changed = bytearray(data)
    changed[start + 5] ^= 0x01
    return bytes(changed)


# -- signing with a certificate file --------------------------------------------------------------------------------


def test_a_pkcs12_signature_is_pades_and_pyhanko_validates_it(p12: Path) -> None:
    pdf = minutes_pdf()
    before = datetime.now(UTC).replace(microsecond=0)
    signed = signing.sign_pkcs12(pdf, p12, PASSWORD, reason="Aprovação da ata", location="Lisboa")
    assert signed.startswith(pdf), "an incremental update: the approved PDF stays the file's start"
    status = pyhanko_status(signed, identity().der)
    assert status.intact and status.valid and status.trusted and status.bottom_line  # type: ignore[attr-defined]
    assert status.signing_cert.subject.native["common_name"] == SIGNER  # type: ignore[attr-defined]
    assert status.md_algorithm == "sha256"  # type: ignore[attr-defined]
    from pyhanko.pdf_utils.reader import PdfFileReader

    dictionary = PdfFileReader(io.BytesIO(signed)).embedded_signatures[0].sig_object
    assert dictionary["/SubFilter"] == "/ETSI.CAdES.detached", "PAdES, not the older adbe.pkcs7.detached"
    assert (dictionary["/Reason"], dictionary["/Location"]) == ("Aprovação da ata", "Lisboa")

    [signature] = signing.signatures(signed)
    assert signature.signer == f"{SIGNER} ({NUMBER})"
    assert signature.intact and not signature.modified_after_signing
    assert not signature.trusted and signature.self_signed, "no trust root given: said, not failed"
    assert signature.signed_at is not None and before <= signature.signed_at <= datetime.now(UTC) + timedelta(seconds=1)
    assert signature.signed_revision == signed
    assert signature.summary.startswith(f"Signed by {SIGNER} ({NUMBER}) on ")
    assert "; intact; its certificate is self-signed" in signature.summary and signature.summary.endswith(".")
    [trusted] = signing.signatures(signed, trust_roots=[identity().der])
    assert trusted.trusted and "trusted authority" in trusted.summary
    assert signing.original_revision(signed) == pdf


def test_the_summary_is_said_in_portuguese_in_a_portuguese_window(p12: Path) -> None:
    signed = signing.sign_pkcs12(minutes_pdf(), p12, PASSWORD)
    set_display_language("pt")
    [signature] = signing.signatures(signed)
    local = signature.signed_at.astimezone()  # type: ignore[union-attr]
    assert signature.summary.startswith(f"Assinado por {SIGNER} ({NUMBER}) a {local.day} de ")
    assert f"de {local.year}, às {local:%H:%M}; intacto; o certificado é autoassinado" in signature.summary


def test_an_unsigned_pdf_has_no_signatures_and_is_its_own_original() -> None:
    pdf = minutes_pdf(pages=2)
    assert signing.signatures(pdf) == []
    assert signing.original_revision(pdf) == pdf


def test_a_byte_changed_inside_the_signed_range_is_not_intact(p12: Path) -> None:
    signed = signing.sign_pkcs12(minutes_pdf(), p12, PASSWORD)
    [signature] = signing.signatures(flipped_inside_a_stream(signed))
    assert not signature.intact
    assert "NOT intact" in signature.summary


def test_an_update_after_signing_is_a_modification_and_a_second_signature_is_not(p12: Path, tmp_path: Path) -> None:
    signed = signing.sign_pkcs12(minutes_pdf(), p12, PASSWORD)
    [signature] = signing.signatures(with_annotation(signed))
    assert signature.intact, "the signed bytes are as they were"
    assert signature.modified_after_signing
    assert "changed after it was signed" in signature.summary
    assert signing.original_revision(with_annotation(signed)) == signing.original_revision(signed)

    other = identity("Ana Lopes", None)
    twice = signing.sign_pkcs12(signed, write_pkcs12(tmp_path / "ana.p12", other), PASSWORD)
    first, second = signing.signatures(twice)
    assert (first.signer, second.signer) == (f"{SIGNER} ({NUMBER})", "Ana Lopes")
    assert first.intact and second.intact
    assert not first.modified_after_signing, "a further signature is a permitted update"
    assert first.signed_revision == signed and second.signed_revision == twice
    assert signing.original_revision(twice) == minutes_pdf()


def test_a_wrong_password_is_one_clear_sentence(p12: Path) -> None:
    with pytest.raises(ValidationError) as raised:
        signing.sign_pkcs12(minutes_pdf(), p12, b"not the password")
    assert str(raised.value) == "The password of signer.p12 is wrong; type it again (nothing was signed)."
    with pytest.raises(ValidationError, match=r"password of signer.p12 is wrong"):
        signing.sign_pkcs12(minutes_pdf(), p12, None)


def test_a_pkcs12_without_password_opens_with_none_or_an_empty_one(tmp_path: Path) -> None:
    open_file = write_pkcs12(tmp_path / "open.p12", password=None)
    for password in (None, b""):
        [signature] = signing.signatures(signing.sign_pkcs12(minutes_pdf(), open_file, password))
        assert signature.intact and signature.signer.startswith(SIGNER)


def test_certificate_files_that_cannot_sign_are_refused_before_signing(tmp_path: Path) -> None:
    pdf = minutes_pdf()
    with pytest.raises(NotFoundError, match=r"certificate file .*missing.p12 does not exist"):
        signing.sign_pkcs12(pdf, tmp_path / "missing.p12", PASSWORD)
    with pytest.raises(ValidationError, match=r"is a folder"):
        signing.sign_pkcs12(pdf, tmp_path, PASSWORD)
    (tmp_path / "minutes.p12").write_bytes(pdf)
    with pytest.raises(RefusedFileError, match=r"minutes.p12 is not a certificate file \(PKCS#12"):
        signing.sign_pkcs12(pdf, tmp_path / "minutes.p12", PASSWORD)
    expired = write_pkcs12(tmp_path / "old.p12", identity("Rui Sousa", None, expired=True))
    with pytest.raises(ValidationError, match=r"certificate of Rui Sousa expired on \d{4}-\d\d-\d\d"):
        signing.sign_pkcs12(pdf, expired, PASSWORD)
    encrypting = write_pkcs12(tmp_path / "tls.p12", identity("Rui Sousa", None, for_signing=False))
    with pytest.raises(ValidationError, match=r"not one for signing documents"):
        signing.sign_pkcs12(pdf, encrypting, PASSWORD)


def test_what_is_not_a_readable_pdf_is_refused_in_one_sentence(p12: Path) -> None:
    for data in (b"", b"not a PDF at all", minutes_pdf()[:200], b"%PDF-1.7\n" + bytes(range(256)) * 4):
        with pytest.raises(RefusedFileError) as raised:
            signing.signatures(data)
        assert "\n" not in str(raised.value) and "PDF" in str(raised.value)
        with pytest.raises(RefusedFileError):
            signing.sign_pkcs12(data, p12, PASSWORD)
        with pytest.raises(RefusedFileError):
            signing.original_revision(data)


def test_a_damaged_or_hostile_signed_pdf_never_crashes(p12: Path) -> None:
    """Cut short anywhere, or with bytes changed anywhere, a signed PDF reads as a list of signatures or is refused
    with a sentence: never another exception."""
    signed = signing.sign_pkcs12(minutes_pdf(), p12, PASSWORD)
    chance = random.Random(19)
    variants = [signed[:cut] for cut in range(0, len(signed), max(1, len(signed) // 60))]
    for _ in range(80):
        changed = bytearray(signed)
        for _ in range(chance.randint(1, 8)):
            changed[chance.randrange(len(changed))] = chance.randrange(256)
        variants.append(bytes(changed))
    outcomes = {"read": 0, "refused": 0, "not intact": 0}
    for data in variants:
        try:
            found = signing.signatures(data)
            signing.original_revision(data)
        except PactDeskError as error:
            assert "\n" not in str(error)
            outcomes["refused"] += 1
            continue
        outcomes["read"] += 1
        outcomes["not intact"] += sum(not signature.intact for signature in found)
    assert outcomes["read"] and outcomes["refused"] and outcomes["not intact"], outcomes


def test_a_pdf_protected_by_a_password_is_refused(p12: Path) -> None:
    import pikepdf

    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(minutes_pdf())) as document:
        document.save(out, encryption=pikepdf.Encryption(owner="o", user="u"))
    with pytest.raises(RefusedFileError, match=r"protected by a password"):
        signing.signatures(out.getvalue())


# -- signing with a card: a software token through PKCS#11 ----------------------------------------------------------


def test_a_token_signs_through_pkcs11_and_pyhanko_validates_it(token: SoftToken) -> None:
    pdf = minutes_pdf()
    signed = signing.sign_pkcs11(pdf, token.library, token.pin, reason="Aprovação")
    assert signed.startswith(pdf)
    status = pyhanko_status(signed, token.signer.der)
    assert status.intact and status.valid and status.trusted and status.bottom_line  # type: ignore[attr-defined]
    [signature] = signing.signatures(signed)
    assert signature.signer == f"{SIGNER} ({NUMBER})" and signature.intact and not signature.modified_after_signing
    # Signed again, the module is loaded afresh and finds the token again.
    again = signing.sign_pkcs11(signed, token.library, token.pin, token_label=token.label, key_label=token.key_label)
    assert [each.intact for each in signing.signatures(again)] == [True, True]


def test_a_card_with_several_keys_signs_with_the_one_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    card = signing_tokens.soft_token(
        tmp_path, monkeypatch, key_label="CITIZEN SIGNATURE KEY", more_keys=("CITIZEN AUTHENTICATION KEY",)
    )
    [signature] = signing.signatures(signing.sign_pkcs11(minutes_pdf(), card.library, card.pin))
    assert signature.signer == f"{SIGNER} ({NUMBER})", "the Cartão de Cidadão's signature key, unnamed"
    chosen = signing.sign_pkcs11(minutes_pdf(), card.library, card.pin, key_label="CITIZEN AUTHENTICATION KEY")
    assert signing.signatures(chosen)[0].signer == "CITIZEN AUTHENTICATION KEY"


def test_a_token_with_several_keys_and_none_named_asks_which(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    card = signing_tokens.soft_token(tmp_path, monkeypatch, more_keys=("other",))
    with pytest.raises(ValidationError, match=r"several signing keys .*“other”, “signer”.*--key-label"):
        signing.sign_pkcs11(minutes_pdf(), card.library, card.pin)


def test_each_card_problem_is_one_sentence_and_nothing_is_signed(token: SoftToken, tmp_path: Path) -> None:
    pdf = minutes_pdf()
    with pytest.raises(ValidationError, match=r"^The PIN is wrong; nothing was signed"):
        signing.sign_pkcs11(pdf, token.library, "0000")
    with pytest.raises(ValidationError, match=r"no signing key labelled “CITIZEN SIGNATURE KEY”; .* “signer”"):
        signing.sign_pkcs11(pdf, token.library, token.pin, key_label="CITIZEN SIGNATURE KEY")
    with pytest.raises(ValidationError, match=r"No token is labelled “Cartão”; those present are: “PactDesk”"):
        signing.sign_pkcs11(pdf, token.library, token.pin, token_label="Cartão")
    with pytest.raises(ValidationError, match=r"no slot 7: the module has 2 slots, counted from 0"):
        signing.sign_pkcs11(pdf, token.library, token.pin, slot=7)
    with pytest.raises(NotFoundError, match=r"module .*libpteidpkcs11.so does not exist; install"):
        signing.sign_pkcs11(pdf, tmp_path / "libpteidpkcs11.so", token.pin)
    (tmp_path / "not-a-module.so").write_text("no", encoding="utf-8")
    with pytest.raises(ValidationError, match=r"not-a-module.so is not a PKCS#11 module PactDesk can load"):
        signing.sign_pkcs11(pdf, tmp_path / "not-a-module.so", token.pin)
    with pytest.raises(RefusedFileError):
        signing.sign_pkcs11(b"not a PDF", token.library, token.pin)
    # After all that, the token still signs.
    assert signing.signatures(signing.sign_pkcs11(pdf, token.library, token.pin))[0].intact


def test_a_module_with_no_card_present_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    library = signing_tokens.softhsm_library()
    if library is None:
        pytest.skip("softhsm2 is not installed")
    (tmp_path / "empty").mkdir()
    config = tmp_path / "empty.conf"
    config.write_text(f"directories.tokendir = {tmp_path / 'empty'}\nobjectstore.backend = file\n", encoding="utf-8")
    monkeypatch.setenv("SOFTHSM2_CONF", str(config))  # a reader with no card: only softhsm2's empty slot
    with pytest.raises(ValidationError, match=r"^No card or token is present: put the card in the reader"):
        signing.sign_pkcs11(minutes_pdf(), library, "1234")


def test_an_expired_certificate_on_a_token_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    card = signing_tokens.soft_token(tmp_path, monkeypatch, signer=identity("Rui Sousa", None, expired=True))
    with pytest.raises(ValidationError, match=r"certificate of Rui Sousa expired on"):
        signing.sign_pkcs11(minutes_pdf(), card.library, card.pin)


# -- keeping a signed copy of the approved minutes ------------------------------------------------------------------


def approved(database: Database, title: str = "Monitoring", days_ago: int = 30) -> str:
    """A meeting whose minutes are approved, with an agenda item and its minutes, and its archived PDF/A kept
    (services/proof.py)."""
    from pactdesk.services import agenda, proof

    starts = datetime.combine(TODAY - timedelta(days=days_ago), datetime.min.time()).replace(hour=10)
    ref = meetings.create_meeting(database, "TEX", title=title, starts_at=f"{starts:%Y-%m-%d %H:%M}")
    agenda.add_agenda_item(database, ref, "Formação", minutes="O cluster apresentou o plano de formação.")
    meetings.set_minutes_status(database, ref, MinutesStatus.APPROVED, TODAY)
    assert proof.archive(database, ref, "pt").kept
    return ref


def kept_documents(database: Database, kind: str = "signed") -> list[tuple[str, bytes, str]]:
    """The kept PDFs of ``kind``: their kind, bytes and signer."""
    from sqlalchemy import select

    with database.read() as session:
        found = session.scalars(
            select(MinutesDocument).where(MinutesDocument.kind == kind).order_by(MinutesDocument.id)
        )
        return [(document.kind, bytes(document.content), document.signer) for document in found]


def test_the_approved_pdf_is_what_sign_signs_and_draft_minutes_have_none(database: Database) -> None:
    ref = approved(database)
    pdf = signing.approved_pdf(database, ref)
    assert (pdf.ref, pdf.version) == (ref, 1)
    assert pdf.content == kept_documents(database, "archived")[0][1]
    assert signing.original_revision(pdf.content) == pdf.content, "the PDF/A is one revision, whole"
    english = signing.approved_pdf(database, ref, "en")
    assert english.content != pdf.content and len(kept_documents(database, "archived")) == 2
    draft = meetings.create_meeting(database, "TEX", title="Draft", starts_at="2026-01-05 10:00")
    with pytest.raises(ValidationError, match=rf"minutes of {draft} are not approved, .*approve them first"):
        signing.approved_pdf(database, draft)


def test_a_copy_signed_elsewhere_is_kept_once_with_its_signer(database: Database, p12: Path) -> None:
    ref = approved(database)
    signed = signing.sign_pkcs12(signing.approved_pdf(database, ref).content, p12, PASSWORD)
    kept = signing.attach_signed(database, ref, signed, "/home/ana/Transferências/ata assinada.pdf")
    assert (kept.ref, kept.version, kept.name, kept.already_kept) == (ref, 1, "ata assinada.pdf", False)
    assert kept.signer == f"{SIGNER} ({NUMBER})" and kept.size == len(signed)
    assert kept.sha256 == hashlib.sha256(signed).hexdigest()
    signed_at = kept.signatures[0].signed_at
    assert signed_at is not None and kept.signed_at == signed_at.astimezone().replace(tzinfo=None)
    again = signing.attach_signed(database, ref, signed, "copy.pdf")
    assert again.already_kept and again.id == kept.id
    assert kept_documents(database) == [("signed", signed, kept.signer)]
    assert [copy.id for copy in signing.signed_copies(database, ref)] == [kept.id]
    copy, content = signing.signed_copy(database, ref)
    assert (copy.name, content) == ("ata assinada.pdf", signed)


def test_a_copy_signed_twice_records_both_signers(database: Database, p12: Path, tmp_path: Path) -> None:
    ref = approved(database)
    once = signing.sign_pkcs12(signing.approved_pdf(database, ref).content, p12, PASSWORD)
    twice = signing.sign_pkcs12(once, write_pkcs12(tmp_path / "ana.p12", identity("Ana Lopes", None)), PASSWORD)
    kept = signing.attach_signed(database, ref, twice, "both.pdf")
    assert kept.signer == f"{SIGNER} ({NUMBER}); Ana Lopes"
    assert kept.signed_at == max(s.signed_at for s in kept.signatures).astimezone().replace(tzinfo=None)  # type: ignore[type-var, union-attr]


def test_copies_that_do_not_sign_the_approved_minutes_are_refused(database: Database, p12: Path) -> None:
    ref = approved(database)
    archived = signing.approved_pdf(database, ref).content
    other = signing.sign_pkcs12(minutes_pdf("Outra ata"), p12, PASSWORD)
    with pytest.raises(ValidationError, match=rf"other.pdf is not a signed copy of the approved minutes of {ref}"):
        signing.attach_signed(database, ref, other, "other.pdf")
    with pytest.raises(ValidationError, match=r"unsigned.pdf has no signature"):
        signing.attach_signed(database, ref, archived, "unsigned.pdf")
    changed_first = signing.sign_pkcs12(with_annotation(archived), p12, PASSWORD)
    with pytest.raises(ValidationError, match=r"pages were changed before .* signed them"):
        signing.attach_signed(database, ref, changed_first, "noted.pdf")
    signed = signing.sign_pkcs12(archived, p12, PASSWORD)
    with pytest.raises(ValidationError, match=rf"The signature of {SIGNER} .* in tampered.pdf is broken"):
        signing.attach_signed(database, ref, flipped_inside_a_stream(signed), "tampered.pdf")
    with pytest.raises(ValidationError, match=r"noted-after.pdf was changed after .* signed it"):
        signing.attach_signed(database, ref, with_annotation(signed), "noted-after.pdf")
    with pytest.raises(RefusedFileError):
        signing.attach_signed(database, ref, signed[: len(signed) // 2], "cut.pdf")
    assert kept_documents(database) == []


def test_a_copy_of_another_meetings_minutes_names_that_meeting(database: Database, p12: Path) -> None:
    ref, other = approved(database, "First"), approved(database, "Second")
    signed = signing.sign_pkcs12(signing.approved_pdf(database, other).content, p12, PASSWORD)
    with pytest.raises(ValidationError, match=rf"a signed copy of the minutes of {other}, not of {ref}"):
        signing.attach_signed(database, ref, signed, "x.pdf")


def test_a_copy_of_minutes_reopened_since_is_refused_naming_the_version(database: Database, p12: Path) -> None:
    ref = approved(database)
    old = signing.sign_pkcs12(signing.approved_pdf(database, ref).content, p12, PASSWORD)
    meetings.set_minutes_status(database, ref, MinutesStatus.DRAFT, reason="A name was misspelt.")  # version 2
    with pytest.raises(
        ValidationError, match=rf"old.pdf signs version 1 of the minutes of {ref}, but they were reopened"
    ):
        signing.attach_signed(database, ref, old, "old.pdf")
    with pytest.raises(ValidationError, match=r"not approved"):
        signing.approved_pdf(database, ref)
    meetings.set_minutes_status(database, ref, MinutesStatus.APPROVED, TODAY)  # approved again: version 3
    with pytest.raises(
        ValidationError,
        match=rf"old.pdf signs version 1 of the minutes of {ref}, which were reopened on {TODAY} and approved again "
        "as version 3: sign version 3",
    ):
        signing.attach_signed(database, ref, old, "old.pdf")
    new = signing.sign_pkcs12(signing.approved_pdf(database, ref).content, p12, PASSWORD)
    assert signing.attach_signed(database, ref, new, "new.pdf").version == 3


def test_a_copy_signed_on_a_token_is_kept(database: Database, token: SoftToken) -> None:
    ref = approved(database)
    signed = signing.sign_pkcs11(signing.approved_pdf(database, ref).content, token.library, token.pin)
    assert signing.attach_signed(database, ref, signed, "cc.pdf").signer == f"{SIGNER} ({NUMBER})"


def test_no_signed_copy_is_said_plainly(database: Database) -> None:
    ref = approved(database)
    assert signing.signed_copies(database, ref) == []
    with pytest.raises(NotFoundError, match=rf"No signed copy of the minutes of {ref} is kept"):
        signing.signed_copy(database, ref)


def test_a_file_far_too_large_is_refused_before_it_is_read(
    database: Database, p12: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pactdesk.services import proof

    ref = approved(database)
    signed = signing.sign_pkcs12(signing.approved_pdf(database, ref).content, p12, PASSWORD)
    monkeypatch.setattr(proof, "LARGEST_FILE", len(signed) - 1)
    with pytest.raises(ValidationError, match=r"big.pdf is too large to be the signed minutes \(0 MB\)"):
        signing.attach_signed(database, ref, signed, "big.pdf")
