"""Readers: bytes in, numbered lines with provenance out."""

from __future__ import annotations

import codecs
import hashlib
import unicodedata

import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from congvan import parse_bytes
from congvan.normalize import normalize_document
from congvan.readers import read_bytes, read_path
from congvan.source import Cell

TEXT = "Số: 12/UBND-VP\nHà Nội, ngày 05 tháng 8 năm 2021\nKính gửi: Sở Tài chính\n"
LINES = TEXT.splitlines()


def _codes(diagnostics) -> set[str]:
    return {d.code for d in diagnostics}


# --- plain text ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "encoding", "diagnostic"),
    [
        pytest.param(TEXT.encode("utf-8"), "utf-8", None, id="utf8"),
        pytest.param(codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8", None, id="utf8-bom"),
        pytest.param(TEXT.encode("utf-16"), "utf-16", "CV001", id="utf16-native-bom"),
        pytest.param(
            codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16", "CV001", id="utf16le-bom"
        ),
        pytest.param(
            codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16", "CV001", id="utf16be-bom"
        ),
        pytest.param(TEXT.encode("utf-16-le"), "utf-16", "CV001", id="utf16le-no-bom"),
        pytest.param(TEXT.replace("\n", "\r\n").encode("utf-8"), "utf-8", None, id="crlf"),
        pytest.param(TEXT.replace("\n", "\r").encode("utf-8"), "utf-8", None, id="cr-only"),
        pytest.param(
            TEXT.replace("\n", "\r\n").encode("utf-16-le"), "utf-16", "CV001", id="utf16le-crlf"
        ),
    ],
)
def test_text_encodings_and_line_endings_give_the_same_numbered_lines(
    data, encoding, diagnostic, tmp_path
):
    path = tmp_path / "cv.txt"
    path.write_bytes(data)

    src = read_path(path)

    assert [line.text for line in src.lines] == LINES
    assert [line.no for line in src.lines] == [1, 2, 3]
    assert all(line.cell is None for line in src.lines)
    assert src.encoding == encoding
    assert src.format == "txt"
    assert src.path == str(path)
    assert ("CV001" in _codes(src.diagnostics)) == (diagnostic == "CV001")
    assert "\ufeff" not in "".join(line.text for line in src.lines)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param(b"a\r\rb\r", ["a", "", "b"], id="cr-blank-line"),
        pytest.param(b"a\r\n\r\nb", ["a", "", "b"], id="crlf-blank-line"),
        pytest.param(b"a\n\r\nb\rc", ["a", "", "b", "c"], id="mixed-endings"),
        pytest.param(b"\n\nb\n", ["", "", "b"], id="leading-blank-lines"),
        pytest.param(b"a\n\n", ["a", ""], id="one-trailing-blank-line-kept"),
    ],
)
def test_line_numbers_are_the_files_own(data, expected):
    src = read_bytes(data, "cv.txt", ".txt")

    assert [line.text for line in src.lines] == expected
    assert [line.no for line in src.lines] == list(range(1, len(expected) + 1))


def test_md_suffix_is_read_as_markdown_text():
    src = read_bytes(TEXT.encode("utf-8"), "cv.md", ".md")

    assert src.format == "md"
    assert [line.text for line in src.lines] == LINES


def test_decomposed_unicode_gives_nfc_lines_and_diagnostic_cv002():
    nfd = unicodedata.normalize("NFD", TEXT)
    assert nfd != TEXT

    src = normalize_document(read_bytes(nfd.encode("utf-8"), "cv.txt", ".txt"))

    assert [line.text for line in src.lines] == LINES
    assert "CV002" in _codes(src.diagnostics)


def test_composed_unicode_gives_no_cv002():
    src = normalize_document(read_bytes(TEXT.encode("utf-8"), "cv.txt", ".txt"))

    assert "CV002" not in _codes(src.diagnostics)


def test_utf16_letter_carries_cv001_through_the_pipeline():
    doc = parse_bytes(TEXT.encode("utf-16"), "cv.txt", ".txt")

    assert "CV001" in _codes(doc.diagnostics)
    assert doc.source.encoding == "utf-16"


def test_sha256_is_of_the_input_bytes():
    data = codecs.BOM_UTF8 + TEXT.encode("utf-8")

    assert read_bytes(data, None, ".txt").sha256 == hashlib.sha256(data).hexdigest()


# --- docx ---------------------------------------------------------------------------------


def _w(tag: str, **attrs: str):
    el = OxmlElement(tag)
    for name, value in attrs.items():
        el.set(qn(name), value)
    return el


def _run(text: str, *, deleted: bool = False):
    r = _w("w:r")
    t = _w("w:delText" if deleted else "w:t")
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    r.append(t)
    return r


def _revision(tag: str, run):
    el = _w(tag, **{"w:id": "1", "w:author": "VP", "w:date": "2025-03-12T00:00:00Z"})
    el.append(run)
    return el


def _texts(data: bytes) -> list[str]:
    return [line.text for line in read_bytes(data, "cv.docx", ".docx").lines]


def test_docx_paragraphs_and_a_two_column_table_are_read_in_document_order(docx_bytes):
    def edit(document):
        table = document.add_table(rows=2, cols=2)
        table.cell(0, 0).text = "UBND TỈNH NINH BÌNH"
        table.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
        table.cell(1, 0).text = "Số: 12/UBND-VP"
        table.cell(1, 1).text = "Ninh Bình, ngày 12 tháng 3 năm 2025"
        document.add_paragraph("Kính gửi: Sở Tài chính")

    src = read_bytes(docx_bytes("ĐẦU VĂN BẢN", edit=edit), "cv.docx", ".docx")

    got = [(line.text, line.cell) for line in src.lines]
    assert got == [
        ("ĐẦU VĂN BẢN", None),
        ("UBND TỈNH NINH BÌNH", Cell(0, 0, 0)),
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Cell(0, 0, 1)),
        ("Số: 12/UBND-VP", Cell(0, 1, 0)),
        ("Ninh Bình, ngày 12 tháng 3 năm 2025", Cell(0, 1, 1)),
        ("Kính gửi: Sở Tài chính", None),
    ]
    assert [line.no for line in src.lines] == list(range(1, 7))
    assert src.format == "docx"
    assert src.path == "cv.docx"


def test_docx_soft_line_breaks_split_one_paragraph_into_lines(docx_bytes):
    def edit(document):
        p = document.add_paragraph()
        p.add_run("KT. GIÁM ĐỐC")
        p.add_run().add_break()
        p.add_run("PHÓ GIÁM ĐỐC")
        document.add_paragraph("Đinh Quang Huy")

    src = read_bytes(docx_bytes(edit=edit), "cv.docx", ".docx")

    assert [line.text for line in src.lines] == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Đinh Quang Huy"]
    assert [line.no for line in src.lines] == [1, 2, 3]
    assert src.lines[0].para == src.lines[1].para != src.lines[2].para


def test_docx_field_code_is_never_read_but_its_result_is(docx_bytes):
    def edit(document):
        p = document.add_paragraph()
        p.add_run("Trang ")
        begin = p.add_run()._r
        begin.append(_w("w:fldChar", **{"w:fldCharType": "begin"}))
        instr = p.add_run()._r
        code = _w("w:instrText")
        code.text = " PAGE \\* MERGEFORMAT "
        instr.append(code)
        p.add_run()._r.append(_w("w:fldChar", **{"w:fldCharType": "separate"}))
        p.add_run("3")
        p.add_run()._r.append(_w("w:fldChar", **{"w:fldCharType": "end"}))

    text = _texts(docx_bytes(edit=edit))

    assert text == ["Trang 3"]
    assert "PAGE" not in "".join(text)


def test_docx_tracked_insertion_is_kept_deletion_dropped_with_cv012(docx_bytes):
    def edit(document):
        p = document.add_paragraph()
        p.add_run("Hoàn thành trước ngày ")
        p._p.append(_revision("w:del", _run("15/5/2025", deleted=True)))
        p._p.append(_revision("w:ins", _run("30/5/2025")))
        p.add_run(".")

    src = read_bytes(docx_bytes("Số: 12/UBND-VP", edit=edit), "cv.docx", ".docx")

    assert [line.text for line in src.lines] == [
        "Số: 12/UBND-VP",
        "Hoàn thành trước ngày 30/5/2025.",
    ]
    cv012 = [d for d in src.diagnostics if d.code == "CV012"]
    assert len(cv012) == 1
    assert cv012[0].line == 2


def test_docx_without_revisions_has_no_cv012(docx_bytes):
    src = read_bytes(docx_bytes("Số: 12/UBND-VP"), "cv.docx", ".docx")

    assert "CV012" not in _codes(src.diagnostics)


def test_docx_numbering_to_a_missing_definition_gives_cv016_not_cv010(docx_bytes):
    def edit(document):
        for text in ("Sở Tài chính bố trí kinh phí.", "Sở Nội vụ tổng hợp."):
            p = document.add_paragraph(text)
            num_pr = _w("w:numPr")
            num_pr.append(_w("w:ilvl", **{"w:val": "0"}))
            num_pr.append(_w("w:numId", **{"w:val": "99"}))
            p._p.get_or_add_pPr().append(num_pr)

    data = docx_bytes("Số: 12/UBND-VP", edit=edit)

    src = read_bytes(data, "cv.docx", ".docx")
    doc = parse_bytes(data, "cv.docx", ".docx")

    assert [line.text for line in src.lines] == [
        "Số: 12/UBND-VP",
        "Sở Tài chính bố trí kinh phí.",
        "Sở Nội vụ tổng hợp.",
    ]
    cv016 = [d for d in src.diagnostics if d.code == "CV016"]
    assert len(cv016) == 1
    assert cv016[0].line == 2
    assert "CV010" not in _codes(doc.diagnostics)
    assert doc.source.format == "docx"


def test_docx_with_extension_doc_is_read_by_its_bytes(docx_bytes, tmp_path):
    path = tmp_path / "cv.doc"
    path.write_bytes(docx_bytes("Số: 12/UBND-VP"))

    src = read_path(path)

    assert src.format == "docx"
    assert [line.text for line in src.lines] == ["Số: 12/UBND-VP"]
