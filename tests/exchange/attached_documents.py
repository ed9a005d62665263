"""Documents as secretaries attach them, made for the tests: a PDF (reportlab), an OpenDocument text and spreadsheet
and a Word document and a presentation written by hand (a zip of XML, as the programs write them), a workbook
(openpyxl); and hostile ones: a PDF that is no PDF, one locked with a password, one cut short, a zip bomb dressed as
a .docx, an entity bomb in an .odt."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from xml.sax.saxutils import escape

import openpyxl
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

ODF_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.3"'
)
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
A_NS = (
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"'
)
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/></Types>'
)


def pdf(pages: Sequence[Sequence[str]]) -> bytes:
    """A PDF of ``pages``, each a list of lines (Helvetica: Portuguese's accents are in its encoding)."""
    out = io.BytesIO()
    drawing = canvas.Canvas(out, pagesize=A4)
    for lines in pages:
        y = 800.0
        for line in lines:
            drawing.drawString(40, y, line)
            y -= 14
        drawing.showPage()
    drawing.save()
    return out.getvalue()


def long_pdf(pages: int, words: str = "relatório de execução do pacto e da formação") -> bytes:
    return pdf([[f"página {page + 1}: {words}, linha {line + 1}" for line in range(40)] for page in range(pages)])


def locked_pdf(text: str, user_password: str, owner_password: str = "dono") -> bytes:
    """A PDF encrypted with AES-256: opened with ``user_password`` (empty: anyone opens it)."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf([[text]]))))
    writer.encrypt(user_password=user_password, owner_password=owner_password, algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def zipped(parts: Sequence[tuple[str, bytes | str]], *, first_stored: bool = False) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for number, (name, data) in enumerate(parts):
            stored = first_stored and number == 0
            archive.writestr(name, data, zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED)
    return out.getvalue()


def odf(kind: str, body: str) -> bytes:
    """An OpenDocument file of ``kind`` (text, spreadsheet) whose ``office:body`` holds ``body``."""
    content = f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODF_NS}><office:body>{body}'
    content += "</office:body></office:document-content>"
    return zipped(
        [
            ("mimetype", f"application/vnd.oasis.opendocument.{kind}"),
            ("content.xml", content),
            ("META-INF/manifest.xml", '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest/>'),
        ],
        first_stored=True,
    )


def odt(*paragraphs: str) -> bytes:
    return odf(
        "text", "<office:text>" + "".join(f"<text:p>{escape(p)}</text:p>" for p in paragraphs) + "</office:text>"
    )


def ods(rows: Sequence[Sequence[str]]) -> bytes:
    cells = "".join(
        "<table:table-row>"
        + "".join(
            f'<table:table-cell office:value-type="string"><text:p>{escape(c)}</text:p></table:table-cell>' for c in row
        )
        + "</table:table-row>"
        for row in rows
    )
    return odf(
        "spreadsheet",
        f'<office:spreadsheet><table:table table:name="Folha1">{cells}</table:table></office:spreadsheet>',
    )


def docx(*paragraphs: str) -> bytes:
    body = "".join(f"<w:p><w:r><w:t>{escape(p)}</w:t></w:r></w:p>" for p in paragraphs)
    return zipped(
        [
            ("[Content_Types].xml", CONTENT_TYPES),
            (
                "word/document.xml",
                f'<?xml version="1.0" encoding="UTF-8"?><w:document {W_NS}><w:body>{body}</w:body></w:document>',
            ),
        ]
    )


def pptx(slides: dict[int, Sequence[str]]) -> bytes:
    """A presentation whose slide ``n`` (``ppt/slides/slide{n}.xml``) says its paragraphs."""
    parts: list[tuple[str, bytes | str]] = [("[Content_Types].xml", CONTENT_TYPES)]
    for number, paragraphs in slides.items():
        text = "".join(f"<a:p><a:r><a:t>{escape(p)}</a:t></a:r></a:p>" for p in paragraphs)
        parts.append(
            (
                f"ppt/slides/slide{number}.xml",
                f'<?xml version="1.0" encoding="UTF-8"?><p:sld {A_NS}><p:cSld><p:spTree><p:sp><p:txBody>{text}'
                "</p:txBody></p:sp></p:spTree></p:cSld></p:sld>",
            )
        )
    return zipped(parts)


def xlsx(rows: Sequence[Sequence[str]]) -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in rows:
        sheet.append(list(row))
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def zip_bomb_docx(unpacked: int = 64 * 1024 * 1024) -> bytes:
    """A .docx whose document part unpacks to ``unpacked`` bytes (blanks inside one w:t), a thousandth of it packed."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        with archive.open("word/document.xml", "w", force_zip64=False) as part:
            part.write(f'<?xml version="1.0" encoding="UTF-8"?><w:document {W_NS}><w:body><w:p><w:t>'.encode())
            block = b" " * (1024 * 1024)
            for _ in range(unpacked // len(block)):
                part.write(block)
            part.write(b"segredo</w:t></w:p></w:body></w:document>")
    return out.getvalue()


def lying_sizes(data: bytes, part: str, claimed: int) -> bytes:
    """The zip ``data`` with ``part``'s unpacked size claimed as ``claimed`` in both its headers (a bomb that says it
    is small)."""
    patched = bytearray(data)
    name = part.encode()
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (start := patched.find(signature, start)) >= 0:
            name_at = start + (30 if signature == b"PK\x03\x04" else 46)
            if patched[name_at : name_at + len(name)] == name:
                patched[start + offset : start + offset + 4] = claimed.to_bytes(4, "little")
            start += 4
    return bytes(patched)


ENTITY_BOMB = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "segredo segredo segredo segredo segredo">'
    + "".join(f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10 if n > 1 else "&lol;" * 10}">' for n in range(1, 10))
    + f"]><office:document-content {ODF_NS}><office:body><office:text><text:p>&lol9;</text:p></office:text>"
    "</office:body></office:document-content>"
)


def entity_bomb_odt() -> bytes:
    return zipped(
        [("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", ENTITY_BOMB)], first_stored=True
    )
