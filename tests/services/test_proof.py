"""The archived PDF/A of approved minutes, kept once with its SHA-256 and returned byte for byte after; and verify:
the archived file, one byte flipped, an edit that keeps PactDesk's properties, something appended, an older version
superseded by a reopening, a draft, another meeting, and files that are not PactDesk's or not PDFs at all (truncated,
a zip, empty, protected by a password), each a clear verdict, never an error; signed copies (services/signing.py):
the archive signed, signed then annotated, kept in PactDesk, signed without a kept archive. On SQLite and on
PostgreSQL."""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from datetime import date
from pathlib import Path

import pikepdf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from pactdesk.domain.enums import MinutesStatus
from pactdesk.domain.errors import ExchangeError, ValidationError
from pactdesk.domain.models import Meeting, MinutesDocument
from pactdesk.exchange.pdf import minutes as minutes_pdf
from pactdesk.services import documents, meetings, minutes_versions, proof, signing, workspace
from pactdesk.services.proof import Finding
from pactdesk.store.database import Database
from tests.exchange.pdfs import Held, held_meeting
from tests.services.test_signing import with_annotation
from tests.signing_tokens import PASSWORD, SIGNER, write_pkcs12
from tests.signing_tokens import minutes_pdf as other_minutes_pdf

APPROVED_ON = date(2025, 3, 20)


@pytest.fixture
def held(database: Database) -> Held:
    made = held_meeting(database)
    meetings.set_minutes_status(database, made.ref, MinutesStatus.APPROVED, APPROVED_ON)
    return made


def kept_documents(database: Database) -> list[tuple[str, str, int, bytes]]:
    with database.read() as session:
        return [
            (row.kind, row.sha256, row.size, bytes(row.content))
            for row in session.scalars(select(MinutesDocument).order_by(MinutesDocument.id))
        ]


def latest(database: Database, ref: str) -> minutes_versions.VersionRow:
    return minutes_versions.history(database, ref)[-1]


# -- the archived PDF/A ----------------------------------------------------------------------------------------------


def test_the_archive_is_kept_once_and_returned_byte_for_byte(database: Database, held: Held) -> None:
    assert kept_documents(database) == []
    first = proof.archive(database, held.ref, "pt")
    assert first.kept and first.data.startswith(b"%PDF-1.7")
    [(kind, sha, size, content)] = kept_documents(database)
    assert (kind, sha, size, content) == (
        "archived",
        hashlib.sha256(first.data).hexdigest(),
        len(first.data),
        first.data,
    )
    assert first.sha256 == sha and first.version == latest(database, held.ref).number
    assert first.fingerprint == latest(database, held.ref).fingerprint
    again = proof.archived_pdf(database, held.ref, "pt")
    assert again == first.data
    assert len(kept_documents(database)) == 1, "kept once"
    english = proof.archive(database, held.ref, "en")
    assert english.data != first.data and len(kept_documents(database)) == 2, "one per language"
    assert first.name == f"{held.ref}-minutes-v{first.version}-pt.pdf"


def test_minutes_not_approved_have_no_archive(database: Database) -> None:
    held = held_meeting(database)
    with pytest.raises(ValidationError, match=rf"The minutes of {held.ref} are not approved") as refused:
        proof.archived_pdf(database, held.ref)
    assert refused.value.field == "minutes_status"
    assert kept_documents(database) == []
    with pytest.raises(ValidationError, match="Portuguese"):
        proof.archived_pdf(database, held.ref, "fr")


def test_a_database_that_cannot_be_changed_gets_the_same_bytes_not_kept(database: Database, held: Held) -> None:
    reading = workspace.open_workspace(database.location, readonly=True)
    try:
        made = proof.archive(reading, held.ref, "en")
    finally:
        reading.close()
    assert not made.kept and kept_documents(database) == []
    assert proof.archive(database, held.ref, "en").data == made.data, "the bytes kept are the bytes made"


def test_minutes_approved_before_versions_were_kept_get_one_when_archived(database: Database) -> None:
    held = held_meeting(database)
    with database.write() as session:  # as older files and the demo hold them: approved, with no version kept
        meeting = session.scalar(select(Meeting).where(Meeting.ref == held.ref))
        assert meeting is not None
        meeting.minutes_status, meeting.minutes_approved_on = MinutesStatus.APPROVED, APPROVED_ON
    assert minutes_versions.history(database, held.ref) == []
    made = proof.archive(database, held.ref)
    [version] = minutes_versions.history(database, held.ref)
    assert version.minutes_status is MinutesStatus.APPROVED and made.fingerprint == version.fingerprint
    assert proof.verify(database, made.data).what is Finding.ARCHIVED


def test_a_kept_archive_that_no_longer_matches_its_sha256_is_refused(database: Database, held: Held) -> None:
    proof.archive(database, held.ref)
    with database.write() as session:
        row = session.scalar(select(MinutesDocument))
        assert row is not None
        row.content = row.content[:-2] + b"X\n"
    with pytest.raises(ExchangeError, match="no longer matches the SHA-256 kept with it"):
        proof.archived_pdf(database, held.ref)


# -- verify ---------------------------------------------------------------------------------------------------------


def test_the_archived_file_verifies_and_a_flipped_byte_does_not(database: Database, held: Held) -> None:
    data = proof.archived_pdf(database, held.ref, "en")
    version = latest(database, held.ref)
    verdict = proof.verify(database, data)
    assert verdict.what is Finding.ARCHIVED and verdict.approved
    assert (verdict.ref, verdict.version, verdict.minutes_status) == (held.ref, version.number, MinutesStatus.APPROVED)
    assert verdict.fingerprint == version.fingerprint and verdict.in_database
    assert verdict.sha256 == hashlib.sha256(data).hexdigest()
    assert verdict.sentence == (
        f"This is the archived PDF/A of the approved minutes of {held.ref} (version {version.number}), unchanged."
    )
    for position in (len(data) // 2, len(data) // 3, 200, len(data) - 40):
        flipped = bytearray(data)
        flipped[position] ^= 0x01
        changed = proof.verify(database, bytes(flipped))
        assert changed.what is Finding.CHANGED and not changed.approved, position
        assert changed.ref == held.ref and "it was changed after it was written" in changed.sentence


def test_an_edit_that_keeps_pactdesks_properties_is_found(database: Database, held: Held) -> None:
    data = proof.archived_pdf(database, held.ref, "en")
    with pikepdf.open(io.BytesIO(data)) as pdf:  # a line struck through the last page, saved by another program
        pdf.pages[-1].contents_add(pdf.make_stream(b"q 0.8 0 0 RG 2 w 60 400 m 540 400 l S Q"), prepend=False)
        edited = io.BytesIO()
        pdf.save(edited)
    verdict = proof.verify(database, edited.getvalue())
    assert verdict.what is Finding.CHANGED and not verdict.approved
    assert f"says it is the approved minutes of {held.ref}" in verdict.sentence


def test_the_approved_minutes_written_again_verify_though_no_copy_was_kept(database: Database, held: Held) -> None:
    data = minutes_pdf.minutes_pdf(documents.meeting_record(database, held.ref), "pt")  # exported, never archived
    assert kept_documents(database) == []
    verdict = proof.verify(database, data)
    assert verdict.what is Finding.ARCHIVED and verdict.approved
    assert "not kept on record" in verdict.sentence
    assert kept_documents(database) == [], "verify changes nothing"


def test_something_appended_after_the_archive_is_not_vouched_for(database: Database, held: Held) -> None:
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    data = proof.archived_pdf(database, held.ref, "en")
    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    writer.root["/PageLabels"] = generic.DictionaryObject({generic.NameObject("/Nums"): generic.ArrayObject()})
    writer.update_root()
    grown = io.BytesIO()
    writer.write(grown)
    assert grown.getvalue().startswith(data) and len(grown.getvalue()) > len(data)
    verdict = proof.verify(database, grown.getvalue())
    assert verdict.what is Finding.CHANGED and not verdict.approved
    assert f"begins as the archived minutes of {held.ref}" in verdict.sentence


def test_an_older_approved_version_is_superseded_after_a_reopening(database: Database, held: Held) -> None:
    older = proof.archived_pdf(database, held.ref, "en")
    first = latest(database, held.ref)
    meetings.set_minutes_status(database, held.ref, MinutesStatus.DRAFT, reason="A name was misspelt in item 1.")
    reopening = latest(database, held.ref)
    verdict = proof.verify(database, older)
    assert verdict.what is Finding.OTHER_VERSION and not verdict.approved
    assert (verdict.version, verdict.fingerprint) == (first.number, first.fingerprint)
    assert "superseded" in verdict.sentence and "A name was misspelt in item 1." in verdict.sentence
    assert str(reopening.created_at.date()) in verdict.sentence and reopening.created_by in verdict.sentence
    meetings.set_minutes_status(database, held.ref, MinutesStatus.APPROVED, date(2025, 3, 27))
    newer = proof.archived_pdf(database, held.ref, "en")
    assert newer != older
    verdict = proof.verify(database, newer)
    assert verdict.what is Finding.ARCHIVED and verdict.version == latest(database, held.ref).number
    assert proof.verify(database, older).what is Finding.OTHER_VERSION
    # The older version's file, never kept, cannot be written again: it is said so, not called changed.
    with database.write() as session:
        session.execute(MinutesDocument.__table__.delete())
    verdict = proof.verify(database, older)
    assert verdict.what is Finding.OTHER_VERSION and "cannot be checked" in verdict.sentence


def test_a_draft_is_pactdesks_but_not_approved_minutes(database: Database, tmp_path: Path) -> None:
    held = held_meeting(database)
    before = minutes_pdf.minutes_pdf(documents.meeting_record(database, held.ref))
    verdict = proof.verify(database, before)
    assert verdict.what is Finding.OTHER_VERSION and not verdict.approved and verdict.in_database
    assert "before any version of them was kept" in verdict.sentence
    meetings.set_minutes_status(database, held.ref, MinutesStatus.CIRCULATED)
    verdict = proof.verify(database, minutes_pdf.minutes_pdf(documents.meeting_record(database, held.ref)))
    assert verdict.what is Finding.OTHER_VERSION and verdict.minutes_status is MinutesStatus.CIRCULATED
    assert (
        verdict.sentence
        == f"This is the minutes of {held.ref} as circulated for approval (version 1), not approved minutes."
    )


def test_files_that_are_not_pdfs_get_a_clear_verdict(database: Database, held: Held) -> None:
    data = proof.archived_pdf(database, held.ref, "en")
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w") as archive:
        archive.writestr("minutes.txt", "Not a PDF.")
    protected = io.BytesIO()
    with pikepdf.open(io.BytesIO(data)) as pdf:
        pdf.save(protected, encryption=pikepdf.Encryption(owner="owner", user="secret"))
    cases = {
        "empty": (b"", Finding.UNREADABLE, "empty"),
        "a zip renamed .pdf": (packed.getvalue(), Finding.UNREADABLE, "not a readable PDF"),
        "a PDF header and nothing else": (b"%PDF-1.7\n%%EOF\n", Finding.UNREADABLE, "not a readable PDF"),
        "text": ("Ata da reunião".encode(), Finding.UNREADABLE, "not a readable PDF"),
        "protected by a password": (protected.getvalue(), Finding.UNREADABLE, "password"),
        "cut short": (data[: len(data) // 2], Finding.CHANGED, "changed after it was written"),
        "its end cut off": (data[:-10], Finding.CHANGED, "changed after it was written"),
    }
    for name, (content, what, said) in cases.items():
        verdict = proof.verify(database, content)
        assert (verdict.what, verdict.approved) == (what, False), name
        assert said in verdict.sentence and verdict.sentence.endswith("."), name


def _with_claims(**claims: str) -> bytes:
    pdf = pikepdf.new()
    pdf.add_blank_page()
    for key, value in claims.items():
        pdf.docinfo[f"/PactDesk{key}"] = value
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def test_other_pdfs_are_not_pactdesks_or_name_what_this_database_lacks(database: Database, held: Held) -> None:
    version = latest(database, held.ref)
    verdict = proof.verify(database, _with_claims())
    assert verdict.what is Finding.NOT_OURS and "not written by PactDesk" in verdict.sentence
    verdict = proof.verify(database, _with_claims(Meeting="ZZZ-2025-01", Version="1"))
    assert verdict.what is Finding.UNKNOWN_MEETING and not verdict.in_database
    assert "this database has no meeting ZZZ-2025-01" in verdict.sentence
    verdict = proof.verify(database, _with_claims(Meeting=held.ref, Version="99"))
    assert verdict.what is Finding.UNKNOWN_MEETING and verdict.in_database and "no such version" in verdict.sentence
    wrong = "0" * 64
    verdict = proof.verify(database, _with_claims(Meeting=held.ref, Version=str(version.number), Fingerprint=wrong))
    assert verdict.what is Finding.CHANGED and "its fingerprint is not that version's" in verdict.sentence
    forged = _with_claims(
        Meeting=held.ref, Version=str(version.number), Fingerprint=version.fingerprint, Status="approved", Language="en"
    )
    verdict = proof.verify(database, forged)
    assert verdict.what is Finding.CHANGED and not verdict.approved, "the right claims on other pages prove nothing"


def test_verify_file_refuses_what_is_not_a_file_in_one_sentence(database: Database, held: Held, tmp_path: Path) -> None:
    path = tmp_path / "ata.pdf"
    path.write_bytes(proof.archived_pdf(database, held.ref))
    assert proof.verify_file(database, path).what is Finding.ARCHIVED
    with pytest.raises(ExchangeError, match=r"^There is no file .*missing\.pdf; check its name and folder\.$"):
        proof.verify_file(database, tmp_path / "missing.pdf")
    with pytest.raises(ExchangeError, match="is a folder; choose a PDF file"):
        proof.verify_file(database, tmp_path)


def test_verdicts_are_said_in_portuguese_too(database: Database, held: Held) -> None:
    from pactdesk.domain.language import set_display_language

    data = proof.archived_pdf(database, held.ref, "pt")
    set_display_language("pt")
    verdict = proof.verify(database, data)
    assert verdict.sentence.startswith(f"Este é o PDF/A arquivado da ata aprovada de {held.ref}")
    assert proof.verify(database, b"").sentence == "Este ficheiro está vazio: não é um PDF."


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cuts=st.lists(st.tuples(st.floats(0, 1), st.integers(0, 255)), min_size=1, max_size=4), keep=st.floats(0, 1))
def test_no_damage_makes_verify_fail_or_approve(
    database: Database, held: Held, cuts: list[tuple[float, int]], keep: float
) -> None:
    data = proof.archived_pdf(database, held.ref, "en")  # made by the first example, kept for the others
    damaged = bytearray(data)
    for where, value in cuts:
        position = min(int(where * len(damaged)), len(damaged) - 1)
        damaged[position] = value
    damaged = damaged[: max(1, int(keep * len(damaged)))] if keep < 0.999 else damaged
    verdict = proof.verify(database, bytes(damaged))
    assert isinstance(verdict.what, Finding) and verdict.sentence
    assert verdict.approved == (bytes(damaged) == data)
    assert re.fullmatch(r"[0-9a-f]{64}", verdict.sha256)


# -- signed copies ------------------------------------------------------------------------------------------------


@pytest.fixture
def p12(tmp_path: Path) -> Path:
    return write_pkcs12(tmp_path / "signer.p12")


def test_the_archive_signed_is_a_signed_copy_with_its_signature(database: Database, held: Held, p12: Path) -> None:
    signed = signing.sign_pkcs12(proof.archived_pdf(database, held.ref, "pt"), p12, PASSWORD, reason="Aprovação")
    verdict = proof.verify(database, signed)
    assert verdict.what is Finding.SIGNED_COPY and verdict.approved
    assert verdict.sentence.startswith(f"This is a signed copy of the approved minutes of {held.ref} (version ")
    [signature] = verdict.signatures
    assert SIGNER in signature.signer and signature.intact and not signature.modified_after_signing
    assert signature.signed_at is not None


def test_a_note_added_after_signing_is_a_change(database: Database, held: Held, p12: Path) -> None:
    signed = signing.sign_pkcs12(proof.archived_pdf(database, held.ref, "en"), p12, PASSWORD)
    noted = with_annotation(signed, "Not approved")
    verdict = proof.verify(database, noted)
    assert verdict.what is Finding.CHANGED and not verdict.approved
    assert "a signature is not intact or the file was changed after it was signed" in verdict.sentence
    [signature] = verdict.signatures
    assert signature.intact and signature.modified_after_signing


def test_a_signed_copy_kept_in_pactdesk_verifies_byte_for_byte(database: Database, held: Held, p12: Path) -> None:
    signed = signing.sign_pkcs12(proof.archived_pdf(database, held.ref, "en"), p12, PASSWORD)
    signing.attach_signed(database, held.ref, signed, "signed.pdf")
    verdict = proof.verify(database, signed)
    assert verdict.what is Finding.SIGNED_COPY and verdict.approved and "as kept in PactDesk" in verdict.sentence
    assert [signature.intact for signature in verdict.signatures] == [True]
    meetings.set_minutes_status(database, held.ref, MinutesStatus.DRAFT, reason="Item 2 is to be rewritten.")
    verdict = proof.verify(database, signed)
    assert verdict.what is Finding.OTHER_VERSION and not verdict.approved and "superseded" in verdict.sentence


def test_a_signed_copy_of_the_minutes_written_again_verifies_without_a_kept_archive(
    database: Database, held: Held, p12: Path
) -> None:
    never_kept = minutes_pdf.minutes_pdf(documents.meeting_record(database, held.ref), "en")
    verdict = proof.verify(database, signing.sign_pkcs12(never_kept, p12, PASSWORD))
    assert verdict.what is Finding.SIGNED_COPY and verdict.approved and len(verdict.signatures) == 1


def test_a_signed_pdf_that_is_not_pactdesks_still_shows_its_signature(database: Database, p12: Path) -> None:
    verdict = proof.verify(database, signing.sign_pkcs12(other_minutes_pdf(), p12, PASSWORD))
    assert verdict.what is Finding.NOT_OURS and [signature.intact for signature in verdict.signatures] == [True]
