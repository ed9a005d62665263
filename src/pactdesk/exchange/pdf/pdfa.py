"""Approved minutes as PDF/A-2b, and the properties by which PactDesk knows its own PDFs again.

Reportlab lays the minutes out with their fonts embedded (Noto Sans, subset) and no standard-14 font; pikepdf then
adds what PDF/A-2b asks and reportlab does not write: an sRGB output intent (its ICC profile made here, offline, by
Pillow's littleCMS, with a fixed date so the bytes never change), XMP metadata with ``pdfaid:part`` 2 and
``pdfaid:conformance`` B that agrees with the document information dictionary, every annotation printable, and a
file identifier computed from the content. The dates are the approved version's, so the same version in the same
language gives the same bytes every time.

Every minutes PDF, approved or not, carries PactDesk's *claims*: the meeting's reference, the version of the minutes,
that version's fingerprint, its status and the language, in the information dictionary (``/PactDeskMeeting`` …;
PDF/A-2 lets a file add keys there) and, on PDF/A, in predefined XMP properties too. ``claims_of`` reads them back
from a file someone holds; ``services/proof.py`` decides what they are worth."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from xml.etree.ElementTree import Element
from xml.sax.saxutils import escape

import pikepdf
import reportlab
from defusedxml import ElementTree
from defusedxml.common import DefusedXmlException
from pikepdf import Array, Dictionary, Name, Pdf, String

from pactdesk import __version__

_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_PDFAID = "http://www.aiim.org/pdfa/ns/id/"
_DC = "http://purl.org/dc/elements/1.1/"
_XMPMM = "http://ns.adobe.com/xap/1.0/mm/"
_DOCUMENT_PREFIX = "urn:pactdesk:minutes:"  # xmpMM:DocumentID: the meeting whose minutes these are
_FINGERPRINT_PREFIX = "sha256:"  # dc:identifier: the version's fingerprint
# The Info dictionary's keys for the claims, beside the XMP's; PDF/A-2 lets a file add keys of its own there.
_INFO_KEYS = {
    "ref": "/PactDeskMeeting",
    "version": "/PactDeskVersion",
    "fingerprint": "/PactDeskFingerprint",
    "minutes_status": "/PactDeskStatus",
    "language": "/PactDeskLanguage",
}
_FINGERPRINT = re.compile(r"[0-9a-f]{64}")
_LONGEST_XMP = 256 * 1024  # a claim is a few words: a larger metadata stream is not PactDesk's, and is not read
PROFILE_DATE = bytes.fromhex("07ea00010001000000000000")  # 2026-01-01 00:00:00, in the ICC header's twelve bytes


@dataclass(frozen=True)
class Claims:
    """What a PactDesk PDF says it is: version ``version`` of the minutes of meeting ``ref`` (0 when the minutes
    had no version yet), that version's ``fingerprint`` ("" when the text has changed since it was kept), the
    minutes' status, and the language it is written in."""

    ref: str
    version: int
    fingerprint: str
    minutes_status: str
    language: str


@dataclass(frozen=True)
class Description:
    """The document's own metadata, as the information dictionary and the XMP both say it."""

    title: str
    subject: str
    author: str
    keywords: str
    language: str  # as the catalogue's /Lang: pt-PT or en-GB


@cache
def srgb_profile() -> bytes:
    """An sRGB ICC profile (version 4, a display profile) from Pillow's littleCMS, its creation date fixed."""
    from PIL import ImageCms

    data = bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    data[24:36] = PROFILE_DATE  # littleCMS stamps the time it was made; the profile ID (MD5) is left unset (zero)
    return bytes(data)


def archival(data: bytes, description: Description, claims: Claims, moment: datetime) -> bytes:
    """``data`` (a PDF reportlab wrote with ``invariant``) made PDF/A-2b, dated ``moment``, with ``claims``."""
    with Pdf.open(io.BytesIO(data)) as pdf:
        _describe(pdf, description, claims, moment)
        profile = pdf.make_stream(srgb_profile(), N=3)
        pdf.Root.OutputIntents = Array(
            [
                Dictionary(
                    Type=Name.OutputIntent,
                    S=Name.GTS_PDFA1,
                    OutputConditionIdentifier=String("sRGB IEC61966-2.1"),
                    Info=String("sRGB IEC61966-2.1"),
                    RegistryName=String("http://www.color.org"),
                    DestOutputProfile=profile,
                )
            ]
        )
        for page in pdf.pages:
            for annotation in page.obj.get("/Annots", Array()):
                annotation.F = 4  # printed, as PDF/A asks of every annotation (the contents' links)
            if "/Trans" in page.obj:
                del page.obj.Trans  # reportlab's empty page transition: nothing to show, and one key less to check
        metadata = pdf.make_stream(_xmp(description, claims, moment).encode("utf-8"))
        metadata.Type, metadata.Subtype = Name.Metadata, Name.XML
        pdf.Root.Metadata = metadata
        return _saved(pdf)


def claimed(data: bytes, claims: Claims) -> bytes:
    """``data`` with ``claims`` in its information dictionary (minutes not yet approved: not PDF/A)."""
    with Pdf.open(io.BytesIO(data)) as pdf:
        for key, value in _claim_values(claims).items():
            pdf.docinfo[_INFO_KEYS[key]] = String(value)
        return _saved(pdf)


def _saved(pdf: Pdf) -> bytes:
    out = io.BytesIO()
    pdf.save(
        out,
        deterministic_id=True,
        min_version="1.7",  # PDF/A-2 is written on ISO 32000-1, PDF 1.7
        object_stream_mode=pikepdf.ObjectStreamMode.disable,  # every object readable as it is, by any reader
        compress_streams=True,
        fix_metadata_version=False,
    )
    return out.getvalue()


def _claim_values(claims: Claims) -> dict[str, str]:
    return {
        "ref": claims.ref,
        "version": str(claims.version),
        "fingerprint": claims.fingerprint,
        "minutes_status": claims.minutes_status,
        "language": claims.language,
    }


def _zoned(moment: datetime) -> datetime:
    """A version's moment (this computer's local time, unzoned, as the record keeps it) with its offset: a date
    without a zone is read as UTC in the information dictionary and as local time in the XMP by some validators."""
    return moment if moment.tzinfo is not None else moment.astimezone()


def _pdf_date(moment: datetime) -> str:
    moment = _zoned(moment)
    offset = moment.strftime("%z") or "+0000"
    return f"D:{moment:%Y%m%d%H%M%S}{offset[0]}{offset[1:3]}'{offset[3:5]}'"


def _xmp_date(moment: datetime) -> str:
    return _zoned(moment).isoformat(timespec="seconds")


def _producer() -> str:
    return f"ReportLab {reportlab.Version}; pikepdf {pikepdf.__version__}"


def _describe(pdf: Pdf, description: Description, claims: Claims, moment: datetime) -> None:
    """The information dictionary, saying what the XMP says (PDF/A asks them to agree), and the claims."""
    info = pdf.docinfo
    for key in list(info.keys()):
        del info[key]
    info.Title = String(description.title)
    info.Subject = String(description.subject)
    info.Author = String(description.author)
    info.Keywords = String(description.keywords)
    info.Creator = String(f"PactDesk {__version__}")
    info.Producer = String(_producer())
    info.CreationDate = String(_pdf_date(moment))
    info.ModDate = String(_pdf_date(moment))
    for key, value in _claim_values(claims).items():
        info[_INFO_KEYS[key]] = String(value)


def _xmp(description: Description, claims: Claims, moment: datetime) -> str:
    """The XMP packet: PDF/A's identification, the document's description and dates, and the claims in the
    predefined properties PDF/A accepts (a namespace of PactDesk's own would need an extension schema, which
    validators read in different ways): ``xmpMM:DocumentID`` names the meeting, ``xmpMM:VersionID`` the version,
    ``dc:identifier`` its fingerprint."""
    when = _xmp_date(moment)
    text = escape
    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="{_RDF}">
  <rdf:Description rdf:about="" xmlns:pdfaid="{_PDFAID}">
   <pdfaid:part>2</pdfaid:part>
   <pdfaid:conformance>B</pdfaid:conformance>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:dc="{_DC}">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{text(description.title)}</rdf:li></rdf:Alt></dc:title>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{text(description.subject)}</rdf:li></rdf:Alt></dc:description>
   <dc:creator><rdf:Seq><rdf:li>{text(description.author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:language><rdf:Bag><rdf:li>{text(description.language)}</rdf:li></rdf:Bag></dc:language>
   <dc:identifier>{_FINGERPRINT_PREFIX}{text(claims.fingerprint)}</dc:identifier>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
   <xmp:CreatorTool>PactDesk {text(__version__)}</xmp:CreatorTool>
   <xmp:CreateDate>{when}</xmp:CreateDate>
   <xmp:ModifyDate>{when}</xmp:ModifyDate>
   <xmp:MetadataDate>{when}</xmp:MetadataDate>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:xmpMM="{_XMPMM}">
   <xmpMM:DocumentID>{_DOCUMENT_PREFIX}{text(claims.ref)}</xmpMM:DocumentID>
   <xmpMM:VersionID>{claims.version}</xmpMM:VersionID>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
   <pdf:Producer>{text(_producer())}</pdf:Producer>
   <pdf:Keywords>{text(description.keywords)}</pdf:Keywords>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""


# -- reading the claims back ----------------------------------------------------------------------------------------


def claims_of(pdf: Pdf) -> Claims | None:
    """The claims of an open PDF: from its information dictionary, else from its XMP; None when it makes none (or
    they are not well formed: a reference, a whole number, a fingerprint of 64 hexadecimal digits or none)."""
    found = _info_claims(pdf) or _xmp_claims(pdf)
    if found is None:
        return None
    version, fingerprint = found.get("version", ""), found.get("fingerprint", "")
    ref = " ".join(found.get("ref", "").split())
    if not ref or len(ref) > 40 or not version.isdigit() or len(version) > 9:
        return None
    if fingerprint and not _FINGERPRINT.fullmatch(fingerprint):
        return None
    return Claims(
        ref=ref,
        version=int(version),
        fingerprint=fingerprint,
        minutes_status=found.get("minutes_status", "")[:20],
        language=found.get("language", "")[:5],
    )


def _xmp_claims(pdf: Pdf) -> dict[str, str] | None:
    root = _xmp_root(pdf)
    if root is None:
        return None

    def first(namespace: str, name: str) -> str:
        return next(("".join(element.itertext()).strip() for element in root.iter(f"{{{namespace}}}{name}")), "")

    document = first(_XMPMM, "DocumentID")
    if not document.startswith(_DOCUMENT_PREFIX):
        return None
    language = first(_DC, "language")
    return {
        "ref": document.removeprefix(_DOCUMENT_PREFIX),
        "version": first(_XMPMM, "VersionID"),
        "fingerprint": first(_DC, "identifier").removeprefix(_FINGERPRINT_PREFIX),
        "minutes_status": "approved",  # only approved minutes are PDF/A, with an XMP
        "language": language[:2],
    }


def _xmp_root(pdf: Pdf) -> Element | None:
    """The XMP packet of ``pdf``, parsed without entities, if it is small and unfiltered (as PDF/A keeps it)."""
    stream = pdf.Root.get("/Metadata")
    if not isinstance(stream, pikepdf.Stream) or "/Filter" in stream:
        return None  # a compressed packet is not read: it could unpack to any size
    raw = stream.read_raw_bytes()
    if len(raw) > _LONGEST_XMP:
        return None
    try:
        root: Element = ElementTree.fromstring(raw)
    except (ElementTree.ParseError, DefusedXmlException, ValueError):
        return None
    return root


def _info_claims(pdf: Pdf) -> dict[str, str] | None:
    info = pdf.trailer.get("/Info")
    if not isinstance(info, Dictionary):
        return None
    found = {key: str(info[name]).strip() for key, name in _INFO_KEYS.items() if isinstance(info.get(name), String)}
    return found if "ref" in found else None


def pdfa_part(pdf: Pdf) -> tuple[str, str] | None:
    """The PDF/A part and conformance the XMP claims (``("2", "B")``), if any."""
    root = _xmp_root(pdf)
    if root is None:
        return None
    part = next(("".join(element.itertext()).strip() for element in root.iter(f"{{{_PDFAID}}}part")), "")
    conformance = next(("".join(element.itertext()).strip() for element in root.iter(f"{{{_PDFAID}}}conformance")), "")
    return (part, conformance) if part else None
