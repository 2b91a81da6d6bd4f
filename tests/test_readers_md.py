"""Markdown and HTML exports: pipe tables, collapsed cells, spaced letters, repeated copies."""

from __future__ import annotations

import unicodedata

import pytest

from congvan import parse_bytes
from congvan.readers import read_bytes
from congvan.readers.md import join_spaced_letters, split_cell
from congvan.source import Cell

LETTER_MD = """\
*Source: https://thuvienphapluat.vn/cong-van/Cong-van-2403-TTg-KGVX-104505.aspx*

# V/v điều chỉnh mức trợ cấp

| THỦ TƯỚNG CHÍNH PHỦ ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc -------------- |
|---|---|
| Số: 2403/TTg-KGVX V/v điều chỉnh mức trợ cấp hàng tháng | Qu ả ng Ngãi, ngày 03 tháng 1 2 năm 2009 |

Kính gửi: Bộ Quốc phòng

Xét đề nghị của Bộ Quốc phòng tại [công văn số 5865/BQP-TC](https://example.vn/a), Thủ tướng Chính phủ có ý kiến như sau:

1. Điều chỉnh mức trợ cấp hàng tháng.

2. Bộ Quốc phòng hướng dẫn thực hiện./.

| Nơi nhận: - Như trên; - VPCP: BTCN; - Lưu: VT, KGVX (3). | KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Nguyễn Sinh Hùng |
|---|---|
"""


def _md(text: str):
    return read_bytes(text.encode("utf-8"), "a.md", ".md")


def test_pipe_tables_become_cells_with_their_position():
    src = _md(LETTER_MD)

    cells = {(x.text, x.cell) for x in src.lines if x.cell is not None}
    assert ("THỦ TƯỚNG CHÍNH PHỦ", Cell(0, 0, 0)) in cells
    assert ("Độc lập - Tự do - Hạnh phúc", Cell(0, 0, 1)) in cells
    assert ("V/v điều chỉnh mức trợ cấp hàng tháng", Cell(0, 1, 0)) in cells
    assert ("PHÓ THỦ TƯỚNG", Cell(1, 0, 1)) in cells
    assert src.format == "md"


def test_source_line_and_page_title_are_dropped_and_line_numbers_are_the_files():
    src = _md(LETTER_MD)

    texts = [x.text for x in src.lines]
    assert not any("thuvienphapluat" in t or t.startswith("#") for t in texts)
    assert "V/v điều chỉnh mức trợ cấp" not in texts
    kinh_gui = next(x for x in src.lines if x.text.startswith("Kính gửi"))
    assert kinh_gui.no == 9


def test_links_keep_their_text():
    src = _md(LETTER_MD)

    assert any("công văn số 5865/BQP-TC, Thủ tướng" in x.text for x in src.lines)


def test_markdown_letter_parses_like_a_word_letter():
    doc = parse_bytes(LETTER_MD.encode("utf-8"), "a.md", ".md")

    assert doc.number is not None
    assert doc.number.number == "2403"
    assert doc.number.symbol == "TTg-KGVX"
    assert doc.issuer is not None
    assert doc.issuer.name == "THỦ TƯỚNG CHÍNH PHỦ"
    assert doc.place == "Quảng Ngãi"
    assert doc.date is not None
    assert doc.date.iso == "2009-12-03"
    assert doc.subject == "điều chỉnh mức trợ cấp hàng tháng"
    assert doc.signer is not None
    assert (doc.signer.authority, doc.signer.position, doc.signer.name) == (
        "KT.",
        "PHÓ THỦ TƯỚNG",
        "Nguyễn Sinh Hùng",
    )
    assert [e.name for e in doc.distribution] == ["Như trên", "VPCP: BTCN", "Lưu: VT, KGVX (3)"]
    assert {"CV031", "CV032"} <= {d.code for d in doc.diagnostics}


def test_a_document_exported_twice_is_read_once():
    body = LETTER_MD.split("\n", 3)[3]
    src = _md(LETTER_MD + "\n" + body)

    assert sum(x.text == "THỦ TƯỚNG CHÍNH PHỦ" for x in src.lines) == 1
    assert "CV030" in {d.code for d in src.diagnostics}


def test_plain_markdown_without_tables_reads_like_text():
    text = "Số: 12/UBND-VP\n## Kính gửi: Sở Tài chính\n"

    assert [x.text for x in _md(text).lines] == ["Số: 12/UBND-VP", "Kính gửi: Sở Tài chính"]


@pytest.mark.parametrize(
    ("cell", "parts"),
    [
        pytest.param(
            "KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Nguyễn Sinh Hùng",
            ["KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "Nguyễn Sinh Hùng"],
            id="kt-signer",
        ),
        pytest.param(
            "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Văn Dũng",
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn Dũng"],
            id="tm-kt-signer",
        ),
        pytest.param(
            "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Đặng Văn Minh",
            ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Đặng Văn Minh"],
            id="tm-signer",
        ),
        pytest.param(
            "KT. BỘ TRƯỞNG THỨ TRƯỞNG Lê Tấn Dũng",
            ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Lê Tấn Dũng"],
            id="kt-minister",
        ),
        pytest.param(
            "TL. BỘ TRƯỞNG VỤ TRƯỞNG VỤ KẾ HOẠCH - TÀI CHÍNH Lê Văn A",
            ["TL. BỘ TRƯỞNG", "VỤ TRƯỞNG VỤ KẾ HOẠCH - TÀI CHÍNH", "Lê Văn A"],
            id="tl-signer",
        ),
        pytest.param("CHỦ TỊCH Đặng Văn Minh", ["CHỦ TỊCH", "Đặng Văn Minh"], id="no-authority"),
        pytest.param(
            "Nơi nhận: - A; - B; - Lưu: VT.",
            ["Nơi nhận:", "- A;", "- B;", "- Lưu: VT."],
            id="distribution",
        ),
        pytest.param(
            "Nơi nhận: - UBND Q. Hoàn Kiếm; - Lưu: VT.",
            ["Nơi nhận:", "- UBND Q. Hoàn Kiếm;", "- Lưu: VT."],
            id="q-dot-is-not-an-authority-here",
        ),
        pytest.param(
            "ỦY BAN NHÂN DÂN TỈNH X ------- Số: 12/QĐ-UBND",
            ["ỦY BAN NHÂN DÂN TỈNH X", "-------", "Số: 12/QĐ-UBND"],
            id="issuer-rule-number",
        ),
        pytest.param(
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---- Hà Nội, ngày 5",
            [
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "----",
                "Hà Nội, ngày 5",
            ],
            id="motto-place-date",
        ),
        pytest.param(
            "Số: 8794/VPCP-KGVX V/v ban hành Thông tư",
            ["Số: 8794/VPCP-KGVX", "V/v ban hành Thông tư"],
            id="number-vv",
        ),
        pytest.param("Sở Tài chính", ["Sở Tài chính"], id="plain"),
        pytest.param(
            "TL. TỔNG CỤC TRƯỞNG KT. VỤ TRƯỞNG VỤ PHÁP CHẾ PHÓ VỤ TRƯỞNG Lê Văn Hòa",
            ["TL. TỔNG CỤC TRƯỞNG", "KT. VỤ TRƯỞNG VỤ PHÁP CHẾ", "PHÓ VỤ TRƯỞNG", "Lê Văn Hòa"],
            id="chain-of-two-titles",
        ),
    ],
)
def test_collapsed_cells_are_split_at_their_anchors(cell, parts):
    assert split_cell(cell) == parts


def test_a_cell_of_decomposed_letters_is_cut_as_composed_and_kept_as_it_came():
    cell = unicodedata.normalize("NFD", "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Văn Hòa")
    parts = split_cell(cell)
    assert [unicodedata.normalize("NFC", p) for p in parts] == [
        "TM. ỦY BAN NHÂN DÂN",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "Lê Văn Hòa",
    ]
    assert all(unicodedata.is_normalized("NFD", p) for p in parts)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Qu ả ng Ngãi", "Quảng Ngãi"),
        ("Ch ủ t ị ch", "Chủ tịch"),
        ("T hủ tướ ng", "Thủ tướng"),
        ("Bộ Lao động - Thương binh và X ã hội;", "Bộ Lao động - Thương binh và Xã hội;"),
        ("CHỦ TỊCH Đặ ng Văn Minh", "CHỦ TỊCH Đặng Văn Minh"),
        ("ngày 26 tháng 0 6 năm 2018", "ngày 26 tháng 06 năm 2018"),
        # Real words stay apart: ``ở`` is a word, and so are both halves.
        ("nhà ở đối với đất ở cho", "nhà ở đối với đất ở cho"),
        ("tác ở xã", "tác ở xã"),
        ("C T , c á c", "C T , các"),
        ("Điều 1 2 3", "Điều 1 2 3"),
        # Issue 15, row 17: a symbol, a line of capitals, a name.
        ("Số: 12/QĐ-U B ND ngày", "Số: 12/QĐ-UBND ngày"),
        ("Số: 12/UBND-VP V/v", "Số: 12/UBND-VP V/v"),
        ("ỦY B AN NHÂN DÂN TỈNH", "ỦY BAN NHÂN DÂN TỈNH"),
        ("Ông Ngu y ễn Văn Nam", "Ông Nguyễn Văn Nam"),
        ("Về việc A B C", "Về việc A B C"),
        ("Sở Y tế và Hà Nội và Hồ Chí Minh", "Sở Y tế và Hà Nội và Hồ Chí Minh"),
    ],
)
def test_spaced_letters_are_joined_only_when_unambiguous(text, expected):
    assert join_spaced_letters(text) == expected


LETTER_HTML = """<!doctype html><html><head><title>x</title><style>p{color:red}</style>
<script>var a = "Số: 1/QĐ";</script></head><body>
<table><tr><td><p>ỦY BAN NHÂN DÂN</p><p>TỈNH QUẢNG NGÃI</p><p>-------</p></td>
<td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</p></td></tr>
<tr><td>Số: 15/2012/QĐ-UBND</td><td><i>Quảng Ngãi, ngày 05 tháng 3 năm 2012</i></td></tr></table>
<p align="center"><b>QUYẾT ĐỊNH</b></p><p>Về việc tặng quà</p>
<p><b>ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI</b></p>
<p>Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;</p>
<p><b>QUYẾT ĐỊNH:</b></p>
<p>Điều 1. Tặng quà.</p><p>Điều 2. Quyết định có hiệu lực kể từ ngày ký./.</p>
<table><tr><td><b>Nơi nhận:</b><br>- Như Điều 2;<br>- Lưu: VT.</td>
<td><b>TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH</b><br><br>Nguyễn Văn A</td></tr></table>
</body></html>"""


def test_html_tables_paragraphs_and_breaks_become_lines():
    src = read_bytes(LETTER_HTML.encode("utf-8"), "a.html", ".html")

    texts = [x.text for x in src.lines]
    assert src.format == "html"
    assert "Số: 1/QĐ" not in " ".join(texts)
    assert "p{color:red}" not in " ".join(texts)
    assert texts[:3] == ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "-------"]
    assert src.lines[0].cell == Cell(0, 0, 0)
    assert next(x for x in src.lines if x.text == "Độc lập - Tự do - Hạnh phúc").cell == Cell(
        0, 0, 1
    )
    assert [x.no for x in src.lines] == list(range(1, len(src.lines) + 1))


def test_html_letter_parses():
    doc = parse_bytes(LETTER_HTML.encode("utf-8"), "a.htm", ".htm")

    assert doc.number is not None
    assert (doc.number.number, doc.number.year, doc.number.symbol) == ("15", 2012, "QĐ-UBND")
    assert doc.issuer is not None
    assert doc.issuer.name == "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI"
    assert doc.date is not None
    assert doc.date.iso == "2012-03-05"
    assert doc.doc_type is not None
    assert doc.doc_type.name == "Quyết định"
    assert [t.label for t in doc.tasks] == ["Điều 1", "Điều 2"]
    assert doc.signer is not None
    assert (doc.signer.authority, doc.signer.position, doc.signer.name) == (
        "TM.",
        "CHỦ TỊCH",
        "Nguyễn Văn A",
    )
    assert [e.name for e in doc.distribution] == ["Như Điều 2", "Lưu: VT"]


def test_empty_html_is_refused_cleanly():
    from congvan.errors import CongvanError

    with pytest.raises(CongvanError):
        parse_bytes(b"", "a.html", ".html")
