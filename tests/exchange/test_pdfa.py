"""Approved minutes as PDF/A-2b, checked offline: pikepdf reads the XMP's pdfaid part 2 and conformance B, qpdf
--check finds nothing, every font is embedded and none is one of the standard 14, an sRGB output intent carries its
ICC profile, the fingerprint is at the foot of every page, the information dictionary agrees with the XMP, and the
same version gives the same bytes every time. Also: the approval block (at a meeting, by written procedure, each
reopening), and the version named at the foot of drafts."""

from __future__ import annotations

import hashlib
import io
import subprocess
from datetime import date, datetime
from pathlib import Path

import pikepdf
import pytest
from pikepdf.models.metadata import decode_pdf_date

from pactdesk.domain.enums import MinutesStatus
from pactdesk.exchange.pdf import minutes, pdfa
from pactdesk.exchange.pdf.words import Words
from pactdesk.services import agenda, documents, meetings, minutes_approval, minutes_versions, planning
from pactdesk.store.database import Database
from tests.exchange.pdfs import Held, held_meeting, page_texts

STANDARD_14 = {
    "Courier",
    "Courier-Bold",
    "Courier-Oblique",
    "Courier-BoldOblique",
    "Helvetica",
    "Helvetica-Bold",
    "Helvetica-Oblique",
    "Helvetica-BoldOblique",
    "Times-Roman",
    "Times-Bold",
    "Times-Italic",
    "Times-BoldItalic",
    "Symbol",
    "ZapfDingbats",
}


@pytest.fixture
def held(database: Database) -> Held:
    made = held_meeting(database)
    meetings.set_minutes_status(database, made.ref, MinutesStatus.APPROVED, date(2025, 3, 20))
    return made


def archived(database: Database, ref: str, language: str = "en") -> bytes:
    return minutes.minutes_pdf(documents.meeting_record(database, ref), language)


def latest(database: Database, ref: str) -> minutes_versions.VersionRow:
    return minutes_versions.history(database, ref)[-1]


def saved(data: bytes, tmp_path: Path, name: str = "minutes.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# -- PDF/A-2b ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "pt"])
def test_the_xmp_says_pdfa_2b(database: Database, held: Held, language: str) -> None:
    with pikepdf.open(io.BytesIO(archived(database, held.ref, language))) as pdf:
        metadata = pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False)
        assert metadata["pdfaid:part"] == "2"
        assert metadata["pdfaid:conformance"] == "B"
        assert metadata.pdfa_status == "2B"
        assert "/Metadata" in pdf.Root and "/Filter" not in pdf.Root.Metadata, "PDF/A keeps its XMP unfiltered"
        title = metadata["dc:title"]
        assert held.ref in title and ("Minutes" in title if language == "en" else "Ata" in title)
        assert metadata["dc:language"] == {{"en": "en-GB", "pt": "pt-PT"}[language]}
        assert metadata["xmpMM:DocumentID"] == f"urn:pactdesk:minutes:{held.ref}"
        assert metadata["xmpMM:VersionID"] == str(latest(database, held.ref).number)
        assert pdf.Root.Lang == ("en-GB" if language == "en" else "pt-PT")


def test_qpdf_finds_nothing_wrong(database: Database, held: Held, tmp_path: Path) -> None:
    for language in ("en", "pt"):
        path = saved(archived(database, held.ref, language), tmp_path, f"{language}.pdf")
        checked = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True, timeout=60)
        assert checked.returncode == 0, checked.stdout + checked.stderr  # 3 would be warnings, 2 errors
        assert "No syntax or stream encoding errors found" in checked.stdout
        assert "WARNING" not in checked.stdout + checked.stderr


def _fonts(resources: pikepdf.Dictionary, seen: set[tuple[int, int]]) -> list[pikepdf.Dictionary]:
    """Every font a page's resources use, in its forms (XObjects) too."""
    found = [font for font in resources.get("/Font", pikepdf.Dictionary()).values()]
    for xobject in resources.get("/XObject", pikepdf.Dictionary()).values():
        if xobject.objgen in seen or xobject.get("/Subtype") != "/Form" or "/Resources" not in xobject:
            continue
        seen.add(xobject.objgen)
        found += _fonts(xobject.Resources, seen)
    return found


@pytest.mark.parametrize("language", ["en", "pt"])
def test_every_font_is_embedded_and_none_is_a_standard_one(database: Database, held: Held, language: str) -> None:
    with pikepdf.open(io.BytesIO(archived(database, held.ref, language))) as pdf:
        names = set()
        for page in pdf.pages:
            for font in _fonts(page.Resources, set()):
                descendants = font.get("/DescendantFonts")
                for face in [font, *(descendants or [])]:
                    if face.Subtype == "/Type0":
                        continue
                    name = str(face.BaseFont).lstrip("/").split("+", 1)[-1]
                    names.add(name)
                    assert name not in STANDARD_14, f"{name} is a standard font, which PDF/A needs embedded"
                    files = {"/FontFile", "/FontFile2", "/FontFile3"} & set(face.FontDescriptor.keys())
                    assert files, f"{name} is not embedded"
                    assert len(face.FontDescriptor[files.pop()].read_bytes()) > 1000
    assert {"NotoSans-Regular", "NotoSans-Bold"} <= names


def test_an_srgb_output_intent_carries_its_icc_profile(database: Database, held: Held) -> None:
    with pikepdf.open(io.BytesIO(archived(database, held.ref))) as pdf:
        [intent] = pdf.Root.OutputIntents
        assert intent.Type == "/OutputIntent" and intent.S == "/GTS_PDFA1"
        assert str(intent.OutputConditionIdentifier) == "sRGB IEC61966-2.1"
        profile = intent.DestOutputProfile
        assert profile.N == 3
        icc = profile.read_bytes()
    assert icc == pdfa.srgb_profile()
    assert int.from_bytes(icc[0:4], "big") == len(icc)
    assert icc[36:40] == b"acsp", "an ICC profile's signature"
    assert icc[12:16] == b"mntr" and icc[16:20] == b"RGB ", "a display profile, in RGB"
    assert icc[8] <= 4, "PDF/A-2 takes ICC profiles up to version 4"
    from PIL import ImageCms

    assert "sRGB" in ImageCms.ImageCmsProfile(io.BytesIO(icc)).profile.profile_description


def test_an_offline_pdfa_validator_approves_them(database: Database, held: Held, tmp_path: Path) -> None:
    """pikepdf's PDF/A allowlist validator (veraPDF's rules; it needs pikepdf's [pdfa] extras)."""
    validator = pytest.importorskip("pikepdf.pdfa", exc_type=ImportError)
    for language in ("en", "pt"):
        report = validator.validate_written(saved(archived(database, held.ref, language), tmp_path), "2b")
        assert report.passed, [str(finding) for finding in report.findings]


@pytest.mark.parametrize("language", ["en", "pt"])
def test_the_fingerprint_is_at_the_foot_of_every_page(
    database: Database, held: Held, language: str, tmp_path: Path
) -> None:
    fingerprint = latest(database, held.ref).fingerprint
    pages = page_texts(saved(archived(database, held.ref, language), tmp_path))
    assert len(pages) >= 2
    said = {"en": "Approved version", "pt": "Versão aprovada"}[language]
    for number, page in enumerate(pages, start=1):
        assert f"{said} · {fingerprint}" in page, f"page {number} has no fingerprint"
    words = Words(language)
    number = latest(database, held.ref).number
    assert words("version_line", n=number, fingerprint=fingerprint) in pages[-1]


def test_the_same_version_gives_the_same_bytes(database: Database, held: Held, tmp_path: Path) -> None:
    first = archived(database, held.ref, "pt")
    assert archived(database, held.ref, "pt") == first
    written = minutes.write_minutes(documents.meeting_record(database, held.ref), tmp_path / "ata.pdf", "pt")
    assert written.read_bytes() == first, "written to a file, the same bytes"
    assert archived(database, held.ref, "en") != first, "each language has its own"
    with pikepdf.open(io.BytesIO(first)) as pdf:
        # reportlab's identifier (invariant), and qpdf's, computed from the content rather than the moment
        assert [len(bytes(part)) for part in pdf.trailer.ID] == [16, 16]


def test_the_dates_are_the_versions_and_the_dictionary_agrees_with_the_xmp(database: Database, held: Held) -> None:
    kept = latest(database, held.ref).created_at.astimezone()
    with pikepdf.open(io.BytesIO(archived(database, held.ref))) as pdf:
        metadata = pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False)
        info = pdf.docinfo
        assert decode_pdf_date(str(info.CreationDate)) == kept
        assert decode_pdf_date(str(info.ModDate)) == kept
        assert datetime.fromisoformat(metadata["xmp:CreateDate"]) == kept
        assert datetime.fromisoformat(metadata["xmp:ModifyDate"]) == kept
        assert str(info.Title) == metadata["dc:title"]
        assert str(info.Subject) == metadata["dc:description"]
        assert [str(info.Author)] == metadata["dc:creator"] == ["Sofia Secretária"]
        assert str(info.Keywords) == metadata["pdf:Keywords"]
        assert str(info.Producer) == metadata["pdf:Producer"]
        assert str(info.Creator) == metadata["xmp:CreatorTool"]
        assert "/Trapped" not in info


def test_the_claims_name_the_meeting_version_fingerprint_and_language(database: Database, held: Held) -> None:
    version = latest(database, held.ref)
    with pikepdf.open(io.BytesIO(archived(database, held.ref, "pt"))) as pdf:
        claims = pdfa.claims_of(pdf)
        assert claims == pdfa.Claims(held.ref, version.number, version.fingerprint, "approved", "pt")
        assert str(pdf.docinfo["/PactDeskFingerprint"]) == version.fingerprint
        del pdf.docinfo["/PactDeskMeeting"]  # without the dictionary's claims, the XMP's are read
        assert pdfa.claims_of(pdf) == claims


# -- the approval block ------------------------------------------------------------------------------------------


def test_minutes_approved_at_the_next_meeting_say_where_and_with_what_corrections(
    database: Database, tmp_path: Path
) -> None:
    held = held_meeting(database)
    meetings.set_minutes_status(database, held.ref, MinutesStatus.CIRCULATED)
    approving = planning.new_meeting(database, "AEC", starts_at="2025-03-24 10:00", language="en")
    item = next(row for row in agenda.agenda(database, approving) if row.approves)
    minutes_approval.approve_at_meeting(database, item.id, "Item 2 <reworded> & shortened.")
    text = " ".join(page_texts(saved(archived(database, held.ref), tmp_path)))
    assert f"Approved at {approving} on 24 March 2025, with corrections: Item 2 <reworded> & shortened." in text
    text = " ".join(page_texts(saved(archived(database, held.ref, "pt"), tmp_path)))
    assert f"Aprovada na reunião {approving}, em 24 de março de 2025, com correções: Item 2 <reworded>" in text


def test_minutes_approved_by_written_procedure_say_so_with_the_note(database: Database, tmp_path: Path) -> None:
    held = held_meeting(database)
    note = "Procedure 3/2025, no objections."
    meetings.set_minutes_status(database, held.ref, MinutesStatus.APPROVED, date(2025, 3, 20), note=note)
    text = " ".join(page_texts(saved(archived(database, held.ref), tmp_path)))
    assert f"Approved by written procedure on 20 March 2025: {note}" in text
    text = " ".join(page_texts(saved(archived(database, held.ref, "pt"), tmp_path)))
    assert f"Aprovada por procedimento escrito em 20 de março de 2025: {note}" in text


def test_each_reopening_is_printed_on_later_versions(database: Database, tmp_path: Path) -> None:
    held = held_meeting(database)
    meetings.set_minutes_status(database, held.ref, MinutesStatus.APPROVED, date(2025, 3, 20))
    meetings.set_minutes_status(database, held.ref, MinutesStatus.DRAFT, reason="A name was misspelt in item 1.")
    reopened = latest(database, held.ref)
    item = agenda.agenda(database, held.ref)[0]
    agenda.set_item_field(database, item.id, "minutes", "The chair opened the meeting at 10:05.")
    day = Words("en").day(reopened.created_at.date())
    draft = page_texts(saved(minutes.minutes_pdf(documents.meeting_record(database, held.ref)), tmp_path))
    assert f"Reopened on {day} by {reopened.created_by}: A name was misspelt in item 1." in " ".join(draft)
    meetings.set_minutes_status(database, held.ref, MinutesStatus.APPROVED, date(2025, 3, 27))
    text = " ".join(page_texts(saved(archived(database, held.ref), tmp_path)))
    assert f"Reopened on {day} by {reopened.created_by}: A name was misspelt in item 1." in text
    assert text.index("Reopened on") < text.index("Approved by the Monitoring Committee on 27 March 2025.")
    pt = " ".join(page_texts(saved(archived(database, held.ref, "pt"), tmp_path)))
    assert f"Reaberta em {Words('pt').day(reopened.created_at.date())} por {reopened.created_by}: A name" in pt


# -- drafts --------------------------------------------------------------------------------------------------------


def test_a_draft_names_its_version_at_the_foot_and_is_not_pdfa(database: Database, tmp_path: Path) -> None:
    held = held_meeting(database)
    first = page_texts(saved(minutes.minutes_pdf(documents.meeting_record(database, held.ref)), tmp_path))
    assert not any("version" in page.split("Page")[-1] for page in first), "no version kept yet: none named"
    meetings.set_minutes_status(database, held.ref, MinutesStatus.CIRCULATED)
    meetings.set_minutes_status(database, held.ref, MinutesStatus.DRAFT)
    for language, said in (("en", "Draft · version 2"), ("pt", "Rascunho · versão 2")):
        data = minutes.minutes_pdf(documents.meeting_record(database, held.ref), language)
        assert all(said in page for page in page_texts(saved(data, tmp_path)))
        with pikepdf.open(io.BytesIO(data)) as pdf:
            assert pdfa.pdfa_part(pdf) is None and "/OutputIntents" not in pdf.Root, "a draft is not archived"
            claims = pdfa.claims_of(pdf)
            assert claims is not None and (claims.version, claims.minutes_status) == (2, "draft")
            assert claims.fingerprint == latest(database, held.ref).fingerprint
    item = agenda.agenda(database, held.ref)[0]
    agenda.set_item_field(database, item.id, "minutes", "Edited after version 2.")
    data = minutes.minutes_pdf(documents.meeting_record(database, held.ref), "en")
    assert all("Draft · changed since version 2" in page for page in page_texts(saved(data, tmp_path)))
    with pikepdf.open(io.BytesIO(data)) as pdf:
        claims = pdfa.claims_of(pdf)
        assert claims is not None and claims.fingerprint == "", "the text is no longer version 2's"


def test_the_draft_mark_and_the_version_stay_off_approved_pages(database: Database, held: Held, tmp_path: Path) -> None:
    text = " ".join(page_texts(saved(archived(database, held.ref), tmp_path)))
    assert "DRAFT" not in text and "Draft ·" not in text


def test_claims_that_are_not_well_formed_are_no_claims(tmp_path: Path) -> None:
    for values in (
        {"/PactDeskMeeting": "", "/PactDeskVersion": "1"},
        {"/PactDeskMeeting": "AEC-2025-02", "/PactDeskVersion": "one"},
        {"/PactDeskMeeting": "AEC-2025-02", "/PactDeskVersion": "1", "/PactDeskFingerprint": "abc"},
        {"/PactDeskMeeting": "X" * 41, "/PactDeskVersion": "1"},
    ):
        pdf = pikepdf.new()
        pdf.add_blank_page()
        for key, value in values.items():
            pdf.docinfo[key] = value
        assert pdfa.claims_of(pdf) is None, values


def test_the_profile_is_made_the_same_every_time() -> None:
    pdfa.srgb_profile.cache_clear()
    first = pdfa.srgb_profile()
    pdfa.srgb_profile.cache_clear()
    assert pdfa.srgb_profile() == first
    assert first[24:36] == pdfa.PROFILE_DATE
    assert hashlib.sha256(first).hexdigest() == hashlib.sha256(pdfa.srgb_profile()).hexdigest()
