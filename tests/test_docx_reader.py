"""The .docx reader: text boxes, revisions, fields, content controls, merged cells,
headers and footers, notes, formatting facts, hostile files and the real corpus."""

from __future__ import annotations

import io
import os
import sys
import zipfile
from collections import Counter
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from docxbuild import NSDECL, append_xml, build, codes_of, read, save, texts, w, with_parts
from lxml import etree

from congvan.errors import ReadError
from congvan.source import Cell

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from gold import corpus_dir

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _box(text: str) -> str:
    """A floating text box as Word 2010+ writes it: DrawingML choice, VML fallback copy."""
    para = f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"
    return (
        "<w:r><mc:AlternateContent>"
        '<mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>'
        f"<wps:wsp><wps:txbx><w:txbxContent>{para}</w:txbxContent></wps:txbx></wps:wsp>"
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{para}</w:txbxContent>"
        "</v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )


# --- text boxes -------------------------------------------------------------------------------


def test_text_box_is_read_once_right_after_its_anchor_paragraph():
    def edit(document):
        p = document.add_paragraph("Số: 12/UBND-VP")
        append_xml(p, _box("V/v triển khai kế hoạch"))
        document.add_paragraph("Kính gửi: Sở Tài chính")

    src = read(build(edit))

    assert [line.text for line in src.lines] == [
        "Số: 12/UBND-VP",
        "V/v triển khai kế hoạch",
        "Kính gửi: Sở Tài chính",
    ]
    assert [line.no for line in src.lines] == [1, 2, 3]
    assert {"CV014"} <= codes_of(src)
    assert "CV011" not in codes_of(src)


def test_legacy_vml_text_box_is_read():
    def edit(document):
        p = document.add_paragraph("Neo")
        append_xml(
            p,
            "<w:r><w:pict><v:shape><v:textbox><w:txbxContent>"
            "<w:p><w:r><w:t>HỎA TỐC</w:t></w:r></w:p>"
            "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>",
        )

    assert texts(build(edit)) == ["Neo", "HỎA TỐC"]


def test_text_box_in_a_header_cell_keeps_the_cells_provenance():
    def edit(document):
        table = document.add_table(rows=1, cols=2)
        table.cell(0, 0).text = "SỞ NỘI VỤ"
        append_xml(table.cell(0, 0).paragraphs[0], _box("Số: 12/SNV-VP"))
        table.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"

    src = read(build(edit))

    assert [(line.text, line.cell) for line in src.lines] == [
        ("SỞ NỘI VỤ", Cell(0, 0, 0)),
        ("Số: 12/SNV-VP", Cell(0, 0, 0)),
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Cell(0, 0, 1)),
    ]


# --- tracked changes --------------------------------------------------------------------------


def _rev(tag: str, text: str, deleted: bool = False) -> str:
    t = "w:delText" if deleted else "w:t"
    return (
        f'<{tag} w:id="1" w:author="VP" w:date="2025-03-12T00:00:00Z">'
        f'<w:r><{t} xml:space="preserve">{text}</{t}></w:r></{tag}>'
    )


def test_revisions_read_as_accepted_with_cv012():
    def edit(document):
        p = document.add_paragraph("Hạn ")
        append_xml(p, _rev("w:del", "15/5", deleted=True) + _rev("w:ins", "30/5"))
        p2 = document.add_paragraph("Giao ")
        append_xml(p2, _rev("w:moveFrom", "Sở Xây dựng") + _rev("w:moveTo", "Sở Tài chính"))

    src = read(build(edit))

    assert [line.text for line in src.lines] == ["Hạn 30/5", "Giao Sở Tài chính"]
    assert "CV012" in codes_of(src)


def test_a_deleted_paragraph_mark_joins_the_paragraph_to_the_next():
    def edit(document):
        p = document.add_paragraph("Sở Tài chính bố trí ")
        rpr = w("w:rPr")
        rpr.append(w("w:del", **{"w:id": "2", "w:author": "VP"}))
        p._p.get_or_add_pPr().append(rpr)
        document.add_paragraph("kinh phí.")
        document.add_paragraph("Đoạn sau.")

    src = read(build(edit))

    assert [line.text for line in src.lines] == ["Sở Tài chính bố trí kinh phí.", "Đoạn sau."]
    assert [line.no for line in src.lines] == [1, 2]
    assert "CV012" in codes_of(src)


# --- fields -----------------------------------------------------------------------------------


def _complex(instr: str, result: str) -> str:
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"<w:r><w:t>{result}</w:t></w:r>"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


@pytest.mark.parametrize(
    ("xml", "expected"),
    [
        pytest.param(
            _complex("MERGEFIELD TenDonVi", "Sở Tài chính"), "Gửi Sở Tài chính", id="merge"
        ),
        pytest.param(
            _complex('HYPERLINK "https://vbpl.vn"', "vbpl.vn"), "Gửi vbpl.vn", id="hyperlink"
        ),
        pytest.param(
            '<w:fldSimple w:instr=" MERGEFIELD Ten "><w:r><w:t>Sở Y tế</w:t></w:r></w:fldSimple>',
            "Gửi Sở Y tế",
            id="simple",
        ),
        pytest.param(
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            "<w:r><w:instrText> IF </w:instrText></w:r>"
            + _complex("MERGEFIELD Loai", "A")
            + '<w:r><w:instrText> = "A" "Sở" "Phòng" </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            "<w:r><w:t>Sở</w:t></w:r>"
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
            "Gửi Sở",
            id="nested",
        ),
    ],
)
def test_field_results_are_read_never_codes(xml, expected):
    def edit(document):
        append_xml(document.add_paragraph("Gửi "), xml)

    got = texts(build(edit))

    assert got == [expected]
    assert not any(code in got[0] for code in ("MERGEFIELD", "HYPERLINK", " IF "))


def test_an_unclosed_field_code_does_not_hide_the_next_paragraph():
    def edit(document):
        append_xml(
            document.add_paragraph("A"),
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            "<w:r><w:instrText>PAGE</w:instrText></w:r>",
        )
        document.add_paragraph("B")

    assert texts(build(edit)) == ["A", "B"]


# --- content controls, tables -----------------------------------------------------------------


def test_content_controls_at_block_run_row_and_cell_level():
    def edit(document):
        body = document.element.body
        block = etree.fromstring(
            f"<w:sdt {NSDECL}><w:sdtPr><w:alias w:val='x'/></w:sdtPr><w:sdtContent>"
            "<w:p><w:r><w:t>Khối</w:t></w:r></w:p></w:sdtContent></w:sdt>"
        )
        body.insert(0, block)
        append_xml(
            document.add_paragraph("Ngày "),
            "<w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t>12/3/2025</w:t></w:r></w:sdtContent></w:sdt>",
        )
        table = document.add_table(rows=1, cols=2)
        table.cell(0, 0).text = "Ô 1"
        table.cell(0, 1).text = "Ô 2"
        tr = table._tbl.tr_lst[0]
        tc2 = tr.tc_lst[1]
        sdt_cell = etree.fromstring(f"<w:sdt {NSDECL}><w:sdtContent/></w:sdt>")
        tr.replace(tc2, sdt_cell)
        sdt_cell[0].append(tc2)
        row = etree.fromstring(
            f"<w:sdt {NSDECL}><w:sdtContent><w:tr><w:tc><w:p><w:r><w:t>Hàng 2</w:t></w:r></w:p>"
            "</w:tc></w:tr></w:sdtContent></w:sdt>"
        )
        table._tbl.append(row)

    src = read(build(edit))

    assert [(line.text, line.cell) for line in src.lines] == [
        ("Khối", None),
        ("Ngày 12/3/2025", None),
        ("Ô 1", Cell(0, 0, 0)),
        ("Ô 2", Cell(0, 0, 1)),
        ("Hàng 2", Cell(0, 1, 0)),
    ]


def test_merged_cells_give_grid_columns_and_no_duplicate_text():
    def edit(document):
        table = document.add_table(rows=2, cols=3)
        table.cell(0, 0).merge(table.cell(0, 1)).text = "Gộp ngang"
        table.cell(0, 2).merge(table.cell(1, 2)).text = "Gộp dọc"
        table.cell(1, 0).text = "Dưới trái"
        table.cell(1, 1).text = "Dưới giữa"

    src = read(build(edit))
    cells = [(line.text, line.cell) for line in src.lines]

    assert cells == [
        ("Gộp ngang", Cell(0, 0, 0)),
        ("Gộp dọc", Cell(0, 0, 2)),
        ("Dưới trái", Cell(0, 1, 0)),
        ("Dưới giữa", Cell(0, 1, 1)),
    ]
    assert len(src.lines) == 4  # the vMerge continuation cell adds no line


def test_nested_tables_deeper_than_the_limit_are_flattened_with_cv018():
    inner = "<w:p><w:r><w:t>Lõi</w:t></w:r></w:p>"
    for _ in range(15):
        inner = f"<w:tbl><w:tr><w:tc>{inner}</w:tc></w:tr></w:tbl><w:p/>"

    def edit(document):
        for el in etree.fromstring(f"<w:body {NSDECL}>{inner}</w:body>"):
            document.element.body.insert(0, el)

    src = read(build(edit))

    assert "Lõi" in [line.text.strip() for line in src.lines]
    assert "CV018" in codes_of(src)


def test_absurdly_nested_tables_are_a_clear_read_error():
    inner = "<w:p><w:r><w:t>x</w:t></w:r></w:p>"
    for _ in range(400):
        inner = f"<w:tbl><w:tr><w:tc>{inner}</w:tc></w:tr></w:tbl><w:p/>"
    xml = f"<w:document {NSDECL}><w:body>{inner}</w:body></w:document>".encode()
    data = with_parts(save(docx.Document()), word__document_xml=xml)

    with pytest.raises(ReadError, match="sâu"):
        read(data)


# --- headers, footers, notes ----------------------------------------------------------------


def _page_field() -> str:
    return _complex("PAGE", "1")


def test_meaningful_default_header_goes_before_the_body_with_cv017():
    def edit(document):
        document.sections[0].header.paragraphs[0].text = "DỰ THẢO"
        footer = document.sections[0].footer.paragraphs[0]
        footer.text = "Trang "
        append_xml(footer, _page_field())
        document.add_paragraph("Số: 12/UBND-VP")

    src = read(build(edit))

    assert [line.text for line in src.lines] == ["DỰ THẢO", "Số: 12/UBND-VP"]
    assert [line.no for line in src.lines] == [1, 2]
    assert "CV017" in codes_of(src)


def test_first_page_header_is_used_when_title_page_is_set():
    def edit(document):
        section = document.sections[0]
        section.different_first_page_header_footer = True
        section.header.paragraphs[0].text = "Trang sau"
        section.first_page_header.paragraphs[0].text = "KHẨN"
        document.add_paragraph("Nội dung")

    assert texts(build(edit)) == ["KHẨN", "Nội dung"]


def test_header_with_only_a_page_number_is_left_out():
    def edit(document):
        header = document.sections[0].header.paragraphs[0]
        header.text = "Trang "
        append_xml(header, _page_field())
        document.add_paragraph("Nội dung")

    src = read(build(edit))

    assert [line.text for line in src.lines] == ["Nội dung"]
    assert "CV017" not in codes_of(src)


_FOOTNOTES = (
    f"<w:footnotes {NSDECL}>"
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:id="1"><w:p><w:r><w:t>Theo Nghị định 30/2020/NĐ-CP.</w:t></w:r></w:p>'
    "</w:footnote></w:footnotes>"
).encode()


def test_footnotes_are_kept_out_of_the_body_but_available():
    def edit(document):
        append_xml(
            document.add_paragraph("Thể thức văn bản"),
            '<w:r><w:footnoteReference w:id="1"/></w:r>',
        )

    src = read(build(edit, word__footnotes_xml=_FOOTNOTES))

    assert [line.text for line in src.lines] == ["Thể thức văn bản"]
    assert src.notes == ["Theo Nghị định 30/2020/NĐ-CP."]
    assert "CV015" in codes_of(src)


# --- formatting facts -------------------------------------------------------------------------


def test_formatting_facts_resolve_styles_defaults_and_runs():
    def edit(document):
        normal = document.styles["Normal"]
        normal.font.name = "Times New Roman"
        normal.font.size = Pt(14)
        p = document.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run("QUYẾT ĐỊNH")
        r.bold = True
        q = document.add_paragraph("Căn cứ ")
        legacy = q.add_run("LuËt")
        legacy.font.name = ".VnTime"
        legacy.italic = True

    src = read(build(edit))
    title, body = src.lines

    assert title.fmt is not None
    assert body.fmt is not None
    assert title.fmt.fonts == ("Times New Roman",)
    assert (title.fmt.size, title.fmt.bold, title.fmt.italic, title.fmt.align) == (
        14.0,
        True,
        False,
        "center",
    )
    assert [(r.text, r.font) for r in body.fmt.runs] == [
        ("Căn cứ ", "Times New Roman"),
        ("Luật", ".VnTime"),  # converted by its font; the run keeps the converted text
    ]
    assert body.text == "Căn cứ Luật"
    assert src.encoding == "tcvn3+utf-8"
    assert ".VnTime" in body.fmt.fonts
    assert not body.fmt.bold
    assert not body.fmt.italic


def test_theme_fonts_of_the_document_defaults_are_resolved():
    src = read(build(lambda d: d.add_paragraph("Chữ")))

    # python-docx's template gives the defaults as theme fonts (minorHAnsi: the theme's latin).
    fmt = src.lines[0].fmt
    assert fmt is not None
    assert fmt.fonts
    assert all(not f.startswith("minor") for f in fmt.fonts)


def test_a_unicode_letter_in_plain_styles_formats_the_same_before_and_after_reading():
    def edit(document):
        normal = document.styles["Normal"]
        normal.font.name = "Times New Roman"
        normal.font.size = Pt(13)
        p = document.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.add_run("Hà Nội, ngày 05 tháng 3 năm 2026").italic = True
        document.add_paragraph("Kính gửi: Sở Nội vụ", style="Heading 1")

    src = read(build(edit))
    place, heading = src.lines

    # Nothing in this letter needs its styles while being read: they are parsed on first ask.
    assert place.fmt is not None
    assert heading.fmt is not None
    assert (place.fmt.fonts, place.fmt.size, place.fmt.italic, place.fmt.align) == (
        ("Times New Roman",),
        13.0,
        True,
        "right",
    )
    assert heading.fmt.bold  # from the Heading 1 style, resolved after the read
    assert heading.fmt.size == 14.0


def test_broken_styles_part_not_needed_for_the_text_is_left_out():
    data = build(lambda d: d.add_paragraph("Kính gửi: Sở Nội vụ"), word__styles_xml=b"<w:styles")

    src = read(data)

    assert [line.text for line in src.lines] == ["Kính gửi: Sở Nội vụ"]
    fmt = src.lines[0].fmt
    assert fmt is not None
    assert fmt.size is None  # no styles: no size, and no error long after the read


def test_text_lines_carry_no_format():
    from congvan.readers import read_bytes

    assert read_bytes(b"abc\n", "a.txt", ".txt").lines[0].fmt is None


# --- hostile files --------------------------------------------------------------------------


def test_zip_bomb_part_is_refused_by_its_compression_ratio():
    bomb = b"<w:document " + NSDECL.encode() + b"><w:body>" + b" " * (8 * 1024 * 1024)
    bomb += b"</w:body></w:document>"
    data = with_parts(save(docx.Document()), word__document_xml=bomb)
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo("word/document.xml")
    assert info.file_size / info.compress_size > 200

    with pytest.raises(ReadError, match="quá lớn"):
        read(data)


@pytest.mark.parametrize(
    "part", ["word__styles_xml", "word__numbering_xml", "word__footnotes_xml"], ids=str
)
def test_doctype_in_any_part_read_is_refused(part):
    evil = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
        b'<w:x xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">&e;</w:x>'
    )

    def edit(document):
        p = document.add_paragraph("A")
        p._p.get_or_add_pPr().append(w("w:numPr"))
        p._p.pPr.numPr.append(w("w:numId", **{"w:val": "1"}))
        append_xml(p, '<w:r><w:footnoteReference w:id="1"/></w:r>')

    with pytest.raises(ReadError, match="DOCTYPE"):
        read(build(edit, **{part: evil}))


_APP = (
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'extended-properties">%s</Properties>'
)


@pytest.mark.parametrize(
    ("app", "pages"),
    [
        pytest.param(_APP % b"<Pages>3</Pages><Words>412</Words>", 3, id="counted"),
        pytest.param(_APP % b"<Pages>1</Pages><Words>0</Words>", None, id="template-stale"),
        pytest.param(_APP % b"<Pages>x</Pages><Words>9</Words>", None, id="not-a-number"),
        pytest.param(_APP % b"<Words>9</Words>", None, id="no-pages"),
        pytest.param(b"<Properties><Pages>", None, id="broken-xml"),
        pytest.param(
            b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "1">]>' + _APP % b"<Pages>&e;</Pages>",
            None,
            id="doctype",
        ),
        pytest.param(_APP % (b"<Pages>2</Pages><Words>5</Words>" + b" " * 300_000), None, id="big"),
        pytest.param(None, None, id="absent"),
    ],
)
def test_page_count_is_words_own_count_or_unknown(app, pages):
    data = with_parts(
        build(lambda document: document.add_paragraph("Kính gửi: Sở Y tế")),
        docProps__app_xml=app,
    )

    src = read(data)

    assert src.pages == pages
    assert [line.text for line in src.lines] == ["Kính gửi: Sở Y tế"]  # read all the same


def test_missing_document_part_is_a_read_error():
    data = with_parts(save(docx.Document()), word__document_xml=None)

    with pytest.raises(ReadError, match=r"document\.xml"):
        read(data)


# --- the real corpus --------------------------------------------------------------------------

_DOCX = sorted(corpus_dir().rglob("*.docx")) if corpus_dir().is_dir() else []
_FIELD_CODES = ("MERGEFIELD", "NUMPAGES", 'HYPERLINK "', " PAGE ", "MERGEFORMAT", "FORMTEXT")


def _box_paragraphs(data: bytes) -> Counter[str]:
    """Texts of text-box paragraphs Word shows (outside ``mc:Fallback``), with counts."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    out: Counter[str] = Counter()
    for box in root.iter(W + "txbxContent"):
        if any(a.tag.endswith("}Fallback") for a in box.iterancestors()):
            continue
        for p in box.iter(W + "p"):
            text = "".join(t.text or "" for t in p.iter(W + "t")).strip()
            if len(text) >= 8:
                out[text] += 1
    return out


@pytest.mark.skipif(not _DOCX, reason="kho văn bản ../shared/corpus không có")
@pytest.mark.parametrize("path", _DOCX, ids=[p.name[:50] for p in _DOCX])
def test_corpus_docx_has_no_field_codes_and_no_doubled_text_boxes(path):
    data = path.read_bytes()
    src = read(data)
    lines = Counter(line.text.strip() for line in src.lines)

    assert not [t for t in lines if any(code in t for code in _FIELD_CODES)]
    for text, count in _box_paragraphs(data).items():
        assert lines[text] <= count, text
    assert [line.no for line in src.lines] == list(range(1, len(src.lines) + 1))


def test_corpus_environment_variable_is_respected():
    assert os.environ.get("CONGVAN_CORPUS") is None or corpus_dir() == Path(
        os.environ["CONGVAN_CORPUS"]
    )


def test_lines_of_a_word_file_pickle_and_copy_with_their_formats():
    import copy
    import pickle

    def edit(document):
        document.add_paragraph().add_run("QUYẾT ĐỊNH").bold = True

    line = read(build(edit)).lines[0]

    for twin in (pickle.loads(pickle.dumps(line)), copy.deepcopy(line), copy.copy(line)):
        assert twin == line
        assert twin.fmt == line.fmt
        assert twin.fmt is not None
        assert twin.fmt.bold
