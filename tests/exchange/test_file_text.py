"""The words inside a file, as the search keeps them: a PDF's, an OpenDocument text's and spreadsheet's, a Word
document's, a presentation's in its slides' order, a workbook's, plain text's; read from bytes, a path or a stream.
Bounded: 200,000 characters, 500 pages, 50 MB unpacked, the time allowed. Hostile and broken files (a PDF of
garbage, one locked with a password, one cut short, a zip bomb with true and with lying sizes, a zip whose directory
is a million parts, an entity bomb, NUL and control characters, any bytes at all) give no words, quickly, and never
an exception; pypdf's warnings stay quiet."""

from __future__ import annotations

import io
import logging
import time
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pactdesk.exchange import file_text
from pactdesk.exchange.file_text import MAX_CHARS, words_of
from tests.exchange import attached_documents as documents


def lines(text: str) -> list[str]:
    return text.split("\n")


# -- what each kind of file says ------------------------------------------------------------------------------------


def test_a_pdf_gives_its_lines_page_after_page_from_bytes_a_path_or_a_stream(tmp_path: Path) -> None:
    data = documents.pdf([["Plano de formação", "ação   técnica"], ["Reunião de acompanhamento"]])
    path = tmp_path / "relatório.pdf"
    path.write_bytes(data)
    expected = ["Plano de formação", "ação técnica", "Reunião de acompanhamento"]
    assert lines(words_of(data, "relatório.pdf")) == expected
    assert lines(words_of(bytearray(data), "relatório.pdf")) == expected
    assert lines(words_of(path, "relatório.pdf")) == expected
    with open(path, "rb") as stream:
        assert lines(words_of(stream, "whatever")) == expected  # a PDF by its bytes, whatever its name


def test_an_opendocument_text_gives_a_line_per_paragraph_and_heading() -> None:
    body = (
        "<office:text><text:h>Ata da reunião</text:h>"
        "<text:p>Plano de <text:span>formação</text:span><text:s/>para<text:tab/>jovens<text:line-break/>técnicos"
        "<text:note><text:note-body><text:p>Nota de rodapé</text:p></text:note-body></text:note> têxteis.</text:p>"
        "<text:p/><text:p>   </text:p><text:p>Último parágrafo</text:p></office:text>"
    )
    assert lines(words_of(documents.odf("text", body), "ata.odt")) == [
        "Ata da reunião",
        "Plano de formação para jovens técnicos",
        "Nota de rodapé",
        "têxteis.",
        "Último parágrafo",
    ]


def test_an_opendocument_spreadsheet_gives_a_line_per_cell() -> None:
    data = documents.ods([["Ação", "Responsável"], ["Formação de quadros", "IAPMEI"]])
    assert lines(words_of(data, "plano.ods")) == ["Ação", "Responsável", "Formação de quadros", "IAPMEI"]


def test_an_opendocument_is_known_by_its_mimetype_not_its_name() -> None:
    assert words_of(documents.odt("Qualificação"), "sem extensão") == "Qualificação"


def test_a_word_document_gives_its_paragraphs_with_tabs_and_breaks_as_spaces() -> None:
    document = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:document {documents.W_NS}><w:body>'
        "<w:p><w:r><w:t>Relatório</w:t><w:tab/><w:t>de</w:t><w:br/><w:t>execução</w:t></w:r></w:p>"
        '<w:p><w:r><w:instrText>PAGE</w:instrText><w:t xml:space="preserve">Deliberação </w:t></w:r>'
        "<w:r><w:t>aprovada</w:t></w:r></w:p></w:body></w:document>"
    )
    data = documents.zipped([("[Content_Types].xml", documents.CONTENT_TYPES), ("word/document.xml", document)])
    assert lines(words_of(data, "relatório.docx")) == ["Relatório de execução", "Deliberação aprovada"]
    assert lines(words_of(documents.docx("Um", "Dois"), "x.docx")) == ["Um", "Dois"]


def test_a_presentation_gives_its_slides_in_their_order() -> None:
    data = documents.pptx({10: ["décimo diapositivo"], 2: ["segundo"], 1: ["primeiro", "com duas linhas"]})
    assert lines(words_of(data, "apresentação.pptx")) == [
        "primeiro",
        "com duas linhas",
        "segundo",
        "décimo diapositivo",
    ]


def test_a_workbook_gives_its_strings_and_not_its_numbers() -> None:
    data = documents.xlsx([["Orçamento", "Execução"], ["Formação", 1234.5]])  # openpyxl writes strings in the cells
    assert lines(words_of(data, "orçamento.xlsx")) == ["Orçamento", "Execução", "Formação"]
    shared = (
        '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        "<si><t>Candidatura</t></si><si><r><t>Plano </t></r><r><t>aprovado</t></r></si></sst>"
    )
    excel = documents.zipped(
        [("[Content_Types].xml", documents.CONTENT_TYPES), ("xl/workbook.xml", "<workbook/>"),
         ("xl/sharedStrings.xml", shared)]
    )  # fmt: skip
    assert lines(words_of(excel, "excel.xlsx")) == ["Candidatura", "Plano aprovado"]


@pytest.mark.parametrize("name", ["notas.txt", "lista.CSV", "README.md", "página.html"])
def test_plain_text_is_read_by_its_name(name: str) -> None:
    assert words_of("Notas da reunião;\r\nação 2".encode(), name) == "Notas da reunião;\nação 2"


def test_plain_text_in_utf16_and_bytes_that_are_no_characters() -> None:
    assert words_of("\ufeffReunião".encode("utf-16-le"), "a.txt") == "Reunião"
    assert words_of(b"caf\xe9 formac\xcc\xa7a\xcc\x83o", "a.txt") == "caf\ufffd formação"  # composed again (NFC)


def test_a_ligature_is_its_letters_so_the_word_is_found() -> None:
    assert words_of(documents.pdf([["Plano"]]), "a.pdf") == "Plano"
    assert words_of("ﬁnanciamento e ﬂuxos".encode(), "a.txt") == "financiamento e fluxos"


def test_nul_and_control_characters_are_dropped_and_the_words_kept() -> None:
    data = b"for\x00ma\x01\x02\x1fcao \x0bjovens\x0c \xef\xbf\xbe t\xc3\xa9cnicos\x1b[31m"
    assert words_of(data, "notas.txt") == "formacao\njovens\ntécnicos[31m"  # a vertical tab or form feed ends a line
    paragraph = f"<text:p>a\u0001b</text:p><text:p>{'&#x1;'}</text:p>"
    with_reference = documents.odf("text", f"<office:text>{paragraph}</office:text>")
    assert words_of(with_reference, "x.odt") == ""  # XML 1.0 refuses &#x1;: the part is not read


@pytest.mark.parametrize(
    "data, name",
    [
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "foto.png"),
        (b"MZ\x90\x00", "programa.exe"),
        (b"some words", "sem extensao"),
        (documents.zipped([("a.txt", "texto")]), "arquivo.zip"),  # a zip that is no document
        (b"", "vazio.pdf"),
    ],
)
def test_other_files_have_no_words(data: bytes, name: str) -> None:
    assert words_of(data, name) == ""


# -- bounds -----------------------------------------------------------------------------------------------------------


def test_the_text_stops_at_200000_characters_between_two_words() -> None:
    data = ("palavra " * 60_000).encode()  # 480,000 characters
    text = words_of(data, "longo.txt")
    assert MAX_CHARS - 100 <= len(text) <= MAX_CHARS
    assert set(text.split(" ")) == {"palavra"}
    odt = documents.odt(*["parágrafo comprido " * 50] * 400)
    assert MAX_CHARS - 100 <= len(words_of(odt, "longo.odt")) <= MAX_CHARS


def test_a_pdf_is_read_to_its_500th_page(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(file_text, "MAX_PAGES", 3)
    text = words_of(documents.pdf([[f"página {n}"] for n in range(1, 6)]), "a.pdf")
    assert text == "página 1\npágina 2\npágina 3"


def test_a_page_of_more_tokens_than_pypdf_is_allowed_to_parse_has_no_words_and_the_others_are_read(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(file_text, "PAGE_TOKENS", 1_000)
    caplog.set_level(logging.INFO, "pactdesk.exchange.file_text")
    data = documents.pdf([["página 1"], [f"linha {n}" for n in range(200)], ["página 3"]])  # page 2: 2,000 tokens
    assert words_of(data, "a.pdf") == "página 1\npágina 3"
    assert "page 2 of a PDF gave no words: LimitReachedError" in caplog.text


def test_a_hostile_page_of_a_million_operators_costs_about_a_second() -> None:
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    page = writer.add_blank_page(595, 842)
    content = DecodedStreamObject()
    content.set_data(b"BT /F1 12 Tf 10 10 Td (palavra) Tj ET\n" * 1_000_000)  # ten million tokens, 100 KB packed
    page[NameObject("/Contents")] = writer._add_object(content.flate_encode())
    font = {"/Type": "/Font", "/Subtype": "/Type1", "/BaseFont": "/Helvetica"}
    fonts = DictionaryObject(
        {NameObject("/F1"): DictionaryObject({NameObject(k): NameObject(v) for k, v in font.items()})}
    )
    page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): fonts})
    out = io.BytesIO()
    writer.write(out)
    started = time.monotonic()
    assert words_of(out.getvalue(), "hostil.pdf") == ""
    assert time.monotonic() - started < 6  # pypdf's own bound, two million tokens, took 14 s


def test_the_time_allowed_is_looked_at_between_pages_and_the_pages_read_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = iter(range(0, 1000, 3))  # each look at the clock three seconds later
    monkeypatch.setattr(file_text.time, "monotonic", lambda: float(next(clock)))
    text = words_of(documents.pdf([[f"página {n}"] for n in range(1, 11)]), "a.pdf")
    assert text == "página 1\npágina 2\npágina 3"  # 3, 6, 9 within ten seconds of 0; 12 is not


def test_the_time_allowed_is_looked_at_between_pieces_of_xml(monkeypatch: pytest.MonkeyPatch) -> None:
    data = documents.odt(*[f"parágrafo {n} " + "x" * 500 for n in range(400)])  # some 200 KB: four pieces
    started = time.monotonic()
    assert words_of(data, "a.odt", seconds=-1) == ""
    assert words_of(data, "a.odt").startswith("parágrafo 0 x")
    assert time.monotonic() - started < 1


# -- hostile and broken files -------------------------------------------------------------------------------------


def test_a_pdf_of_garbage_a_cut_one_and_one_locked_with_a_password_have_no_words(
    caplog: pytest.LogCaptureFixture,
) -> None:
    whole = documents.pdf([["palavra secreta"]])
    caplog.set_level(logging.DEBUG)
    for data in (
        b"%PDF-1.7\n" + bytes(range(256)) * 50,
        whole[: len(whole) // 2],
        documents.locked_pdf("palavra secreta", user_password="segredo"),
    ):
        assert words_of(data, "hostil.pdf") == ""
    assert not [record for record in caplog.records if record.name.startswith("pypdf")], "pypdf kept quiet"
    said = [record for record in caplog.records if record.name == "pactdesk.exchange.file_text"]
    assert len(said) == 3 and {record.levelno for record in said} == {logging.INFO}
    assert logging.getLogger("pypdf").level == logging.NOTSET, "set back after"


def test_a_pdf_locked_only_against_changes_opens_without_a_password() -> None:
    assert words_of(documents.locked_pdf("palavra secreta", user_password=""), "a.pdf") == "palavra secreta"


def test_a_zip_bomb_as_a_docx_stops_at_50_mb_unpacked_in_little_memory() -> None:
    bomb = documents.zip_bomb_docx()  # 64 MB unpacked, the word at its end
    assert len(bomb) < 200_000
    tracemalloc.start()
    started = time.monotonic()
    try:
        assert words_of(bomb, "bomba.docx") == ""
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 8 * 1024 * 1024
    assert time.monotonic() - started < 5


def test_a_zip_whose_headers_say_a_bomb_is_small_is_not_believed() -> None:
    bomb = documents.zip_bomb_docx()
    lying = documents.lying_sizes(bomb, "word/document.xml", 1000)
    assert zipfile.ZipFile(io.BytesIO(lying)).getinfo("word/document.xml").file_size == 1000
    assert words_of(lying, "bomba.docx") == ""
    big = documents.lying_sizes(documents.docx("palavra"), "word/document.xml", 2**31)  # says it is huge
    assert words_of(big, "grande.docx") == "palavra"  # nor a claim to be huge: the part is read for what it is


def test_a_zip_of_a_million_parts_is_not_read() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("[Content_Types].xml", documents.CONTENT_TYPES)
        archive.writestr(
            "word/document.xml", f"<w:document {documents.W_NS}><w:p><w:t>palavra</w:t></w:p></w:document>"
        )
        for number in range(25_000):
            archive.writestr(f"word/media/{'x' * 40}{number}.bin", b"")
    started = time.monotonic()
    assert words_of(out.getvalue(), "partes.docx") == ""  # a directory of 2.3 MB: more than any document has
    assert time.monotonic() - started < 1


def test_an_entity_bomb_in_an_odt_is_refused_at_once() -> None:
    started = time.monotonic()
    assert words_of(documents.entity_bomb_odt(), "bomba.odt") == ""
    assert time.monotonic() - started < 1


@settings(max_examples=150, deadline=None)
@given(
    start=st.sampled_from([b"", b"%PDF-1.4\n", b"PK\x03\x04", b"\xef\xbb\xbf", b"\xff\xfe"]),
    rest=st.binary(max_size=600),
    name=st.sampled_from(["a.pdf", "a.docx", "a.odt", "a.txt", "a", "a.csv"]),
)
def test_any_bytes_give_text_and_never_an_exception(start: bytes, rest: bytes, name: str) -> None:
    text = words_of(start + rest, name)
    assert isinstance(text, str)
    assert not set(text) & {chr(code) for code in [*range(0, 9), 11, 12, *range(14, 32), 0xFFFE, 0xFFFF]}


@settings(max_examples=60, deadline=None)
@given(cut=st.integers(min_value=0, max_value=4000), flip=st.integers(min_value=0, max_value=255))
def test_a_document_cut_or_changed_anywhere_never_raises(cut: int, flip: int) -> None:
    for data, name in ((documents.docx("palavra", "outra"), "a.docx"), (documents.odt("palavra"), "a.odt")):
        broken = bytearray(data[: max(cut, 4)] if cut < len(data) else data)
        broken[min(cut, len(broken) - 1)] ^= flip
        assert isinstance(words_of(bytes(broken), name), str)
