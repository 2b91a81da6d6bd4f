"""PDF and Word 97-2003 / RTF readers: columns from coordinates, conversion, bad input.

PDF fixtures are drawn here with reportlab and the DejaVu font (the base-14
PDF fonts cannot encode Vietnamese); ``.doc`` fixtures are made by LibreOffice
from a ``.docx`` built in the test. Tests that need LibreOffice are skipped
only when its binary is genuinely missing (``.ci/run`` installs it).
"""

from __future__ import annotations

import io
import os
import re
import shutil
import stat
import sys
import tempfile
import time
from pathlib import Path

import pytest

import congvan
from congvan.errors import ReadError, UnsupportedFormatError
from congvan.readers import doc as doc_reader, read_bytes
from congvan.readers.sniff import sniff

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
needs_font = pytest.mark.skipif(
    not FONT.is_file(), reason="thiếu phông DejaVuSans (fonts-dejavu-core)"
)
needs_soffice = pytest.mark.skipif(
    doc_reader.find_converter() is None, reason="LibreOffice (soffice) không được cài"
)

HEADER = [
    # (x, y, text): left column at x=60..230, right column from x=280 (A4, points from bottom)
    (70, 790, "ỦY BAN NHÂN DÂN"),
    (300, 790, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    (80, 775, "TỈNH LÂM ĐỒNG"),
    (330, 775, "Độc lập - Tự do - Hạnh phúc"),
    (70, 750, "Số: 125/UBND-VP"),
    (320, 750, "Lâm Đồng, ngày 05 tháng 3 năm 2025"),
    (60, 735, "V/v triển khai nhiệm vụ"),
]
BODY = [
    (200, 705, "Kính gửi: Sở Nội vụ tỉnh Lâm Đồng"),
    (60, 680, "1. Sở Nội vụ tổng hợp báo cáo trước ngày 30/4/2025."),
    (60, 665, "2. Sở Tài chính bố trí kinh phí thực hiện."),
]
CLOSING = [
    (60, 630, "Nơi nhận:"),
    (330, 630, "TM. ỦY BAN NHÂN DÂN"),
    (60, 615, "- Như trên;"),
    (350, 615, "CHỦ TỊCH"),
    (60, 600, "- Lưu: VT, VP."),
    (340, 560, "Trần Văn Minh"),
]


def _pdf(pages: list[list[tuple[float, float, str]]], **kwargs: object) -> bytes:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVu", str(FONT)))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842), **kwargs)  # type: ignore[arg-type]
    for page in pages:
        c.setFont("DejaVu", 11)
        for x, y, text in page:
            c.drawString(x, y, text)
        c.showPage()
    c.save()
    return buf.getvalue()


def _letter_pdf(**kwargs: object) -> bytes:
    return _pdf([HEADER + BODY + CLOSING], **kwargs)


# --- sniffing ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        pytest.param(b"PK\x03\x04rest", "docx", id="zip"),
        pytest.param(
            b"PK\x03\x04" + bytes(26) + b"mimetypeapplication/vnd.oasis.opendocument.text",
            "odt",
            id="odt",
        ),
        pytest.param(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest", "doc", id="ole"),
        pytest.param(b"{\\rtf1\\ansi hello}", "rtf", id="rtf"),
        pytest.param(b"junk\n%PDF-1.7\n", "pdf", id="pdf-after-junk"),
        pytest.param(b"<!DOCTYPE html><html><body>x", "html", id="doctype"),
        pytest.param(b'  <html xmlns:o="urn:schemas-microsoft-com">', "html", id="word-html"),
        pytest.param("Số: 12/UBND".encode(), None, id="text"),
    ],
)
def test_sniff_tells_the_real_format_from_the_bytes(data: bytes, kind: str | None) -> None:
    assert sniff(data) == kind


@pytest.mark.parametrize("suffix", [".doc", ".pdf", ".rtf", ".odt"])
def test_binary_junk_with_an_office_name_is_one_clear_error(suffix: str) -> None:
    with pytest.raises(ReadError, match="không phải"):
        read_bytes(os.urandom(2048).replace(b"%PDF", b"xxxx"), f"rac{suffix}", suffix)


@pytest.mark.parametrize("suffix", [".docx", ".txt", ".md", ".doc"])
def test_a_pdf_under_any_name_is_read_as_a_pdf(suffix: str) -> None:
    src = read_bytes(_letter_pdf(), f"cv{suffix}", suffix)
    assert src.format == "pdf"
    assert any("Số:" in line.text for line in src.lines)


def test_text_over_its_size_cap_is_one_clear_error() -> None:
    from congvan.readers import MAX_TEXT_BYTES

    with pytest.raises(ReadError, match="tệp quá lớn"):
        read_bytes(b"1. a\n" * (MAX_TEXT_BYTES // 5 + 1), "dai.txt", ".txt")


def test_html_saved_as_doc_is_read_as_html() -> None:
    src = read_bytes("<html><body><p>Số: 1/UBND-VP</p></body></html>".encode(), "cv.doc", ".doc")
    assert src.format == "html"
    assert any("Số: 1/UBND-VP" in line.text for line in src.lines)


# --- pdf -------------------------------------------------------------------------------------


# --- characters and words through PDFium ----------------------------------------------------


def _raw_pdf(mediabox: str, rotate: int, content: bytes, form: bytes, annots: bytes = b"") -> bytes:
    """A one-page PDF written by hand: what reportlab does not make (a MediaBox away
    from the origin, a rotated page), text in a form XObject, and drawn shapes."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [" + mediabox.encode() + b"] /Rotate "
        + str(rotate).encode() + annots + b" /Resources << /Font << /F1 4 0 R >> "
        b"/XObject << /X1 6 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content
        + b"\nendstream",
        b"<< /Type /XObject /Subtype /Form /BBox [0 0 600 800] /Resources << /Font "
        b"<< /F1 4 0 R >> >> /Length " + str(len(form)).encode() + b" >>\nstream\n" + form
        + b"\nendstream",
    ]  # fmt: skip
    return _pdf_file(objects)


def _pdf_file(objects: list[bytes]) -> bytes:
    """A PDF of ``objects`` (numbered from 1, the catalog first) with its cross-reference
    table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


_CONTENT = (
    b"0 0 1 RG 50 700 200 20 re S 60 650 m 300 650 l S "
    b"BT /F1 12 Tf 72 720 Td (So: 12/UBND-VP) Tj 0 -20 Td 2 Tc (Kinh gui) Tj ET "
    b"q 1 0 0 1 0 -100 cm /X1 Do Q "
    b"BT /F1 9 Tf 0.8 0.2 -0.2 0.8 300 400 Tm (nghieng) Tj ET"
)
_FORM = b"BT /F1 10 Tf 100 600 Td (Trong bieu mau) Tj ET 10 10 50 50 re f"


def _helvetica(text: str, size: float) -> float:
    from reportlab.pdfbase import pdfmetrics

    return float(pdfmetrics.stringWidth(text, "Helvetica", size))


def _expected_box(
    mediabox: str, rotate: int, x: float, y: float, text: str, size: float, spacing: float = 0.0
) -> tuple[float, float, float, float]:
    """Where a word drawn at ``(x, y)`` in user space stands on the page as displayed:
    ``(x0, x1, top, bottom)`` from Helvetica's advance widths and its descent (-207/1000),
    turned and shifted as the page's MediaBox and Rotate say."""
    x0, y0, x1, y1 = (float(v) for v in mediabox.split())
    width = _helvetica(text, size) + spacing * (len(text) - 1)
    bottom, top = y - 0.207 * size, y - 0.207 * size + size
    corners = [(cx, cy) for cx in (x, x + width) for cy in (bottom, top)]
    turn = {
        0: lambda px, py: (px - x0, py - y0),
        90: lambda px, py: (py - y0, x1 - px),
        180: lambda px, py: (x1 - px, y1 - py),
        270: lambda px, py: (y1 - py, px - x0),
    }[rotate]
    shown = [turn(px, py) for px, py in corners]
    height = (x1 - x0) if rotate in (90, 270) else (y1 - y0)
    xs, ys = [p[0] for p in shown], [p[1] for p in shown]
    return min(xs), max(xs), height - max(ys), height - min(ys)


@pytest.mark.parametrize(
    ("mediabox", "rotate"),
    [
        pytest.param("0 0 612 792", 0, id="plain"),
        pytest.param("10 20 622 812", 0, id="mediabox-away-from-origin"),
        pytest.param("0 0 612 792", 90, id="rotated"),
        pytest.param("-5 7 607 799", 270, id="both"),
    ],
)
def test_words_stand_where_the_page_draws_them(mediabox: str, rotate: int) -> None:
    """Boxes from the font's advance widths and descent, turned with the page: text in a
    form XObject counts, shapes do not, character spacing (``2 Tc``, kept by the graphics
    state into the form) does not part a word, and a sheared line (``0.8 0.2 -0.2 0.8 Tm``)
    is still read as one."""
    import pypdfium2 as pdfium

    from congvan.readers.pdfchars import page_chars, words

    pdf = pdfium.PdfDocument(_raw_pdf(mediabox, rotate, _CONTENT, _FORM))
    page = pdf[0]
    got = {w["text"]: (w["x0"], w["x1"], w["top"], w["bottom"]) for w in words(page_chars(page))}
    page.close()
    pdf.close()

    expected = {
        "So:": _expected_box(mediabox, rotate, 72, 720, "So:", 12),
        "12/UBND-VP": _expected_box(
            mediabox, rotate, 72 + _helvetica("So: ", 12), 720, "12/UBND-VP", 12
        ),
        "Kinh": _expected_box(mediabox, rotate, 72, 700, "Kinh", 12, spacing=2),
        "Trong": _expected_box(mediabox, rotate, 100, 500, "Trong", 10, spacing=2),
    }
    assert set(got) >= {*expected, "gui", "bieu", "mau"}
    if rotate == 0:  # on a turned page the sheared line runs down the page: one line a letter
        assert "nghieng" in got
    for text, box in expected.items():
        assert got[text] == pytest.approx(box, abs=0.3), text  # PDFium: descent -224, AFM -207


@pytest.mark.parametrize(
    "annots",
    [
        pytest.param(b"[<< /Subtype /Widget /Rect [(a) 0 10 10] /AP << /N 6 0 R >> >>]", id="rect"),
        pytest.param(b"[<< /Subtype /Widget /Rect [0 0 9 9] /AP << /N 99 0 R >> >>]", id="no-obj"),
        pytest.param(b"[<< /Subtype /Widget /Rect [0 0 9 9] /AP << /N /X >> /AS 3 >>]", id="state"),
        pytest.param(b"[<< /Subtype /Widget /F (x) >>]", id="flags"),
        pytest.param(b"7", id="not-an-array"),
    ],
)
def test_a_damaged_form_field_costs_nothing_of_the_page(annots: bytes) -> None:
    plain = read_bytes(_raw_pdf("0 0 612 792", 0, _CONTENT, _FORM), "cv.pdf", ".pdf")
    damaged = _raw_pdf("0 0 612 792", 0, _CONTENT, _FORM, b" /Annots " + annots)

    src = read_bytes(damaged, "cv.pdf", ".pdf")

    assert [line.text for line in src.lines] == [line.text for line in plain.lines]
    assert any("So: 12/UBND-VP" in line.text for line in src.lines)


#: A legacy Vietnamese font as a PDF names it (``GDNPNH+VnTime``, ``ABCDEF+.VnTimeH``,
#: ``VNI-Times``).
_LEGACY_FONT = re.compile(r"(?i)(?:^|\+)\.?vn[a-z]|(?:^|\+)vni")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="thiếu pdftotext (poppler-utils)")
def test_the_words_of_the_corpus_pdfs_are_poppler_words() -> None:
    """Poppler, another reader of the same pages, finds the same words: at least 97% each
    way on every corpus PDF in Unicode fonts (legacy fonts are converted only later)."""
    import collections
    import subprocess

    import pypdfium2 as pdfium

    from congvan.readers.pdfchars import page_chars, words

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from gold import corpus_dir

    files = sorted(corpus_dir().rglob("*.pdf")) if corpus_dir().is_dir() else []
    if not files:
        pytest.skip("không có kho văn bản mẫu ../shared/corpus")
    compared = 0
    for path in files:
        poppler = subprocess.run(
            ["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
        want = collections.Counter(poppler.split())
        got: collections.Counter[str] = collections.Counter()
        pdf = pdfium.PdfDocument(path)
        legacy = False
        for i in range(len(pdf)):
            page = pdf[i]
            chars = page_chars(page)
            legacy = legacy or any(_LEGACY_FONT.search(c["fontname"]) for c in chars)
            got.update(w["text"] for w in words(chars))
            page.close()
        pdf.close()
        if legacy:
            continue  # TCVN3 or VNI glyphs: the two readers map them to Unicode differently
        common = sum((want & got).values())
        assert common >= 0.97 * sum(want.values()), path.name
        assert common >= 0.97 * sum(got.values()), path.name
        compared += 1
    assert compared >= 15


def _after(x: float, text: str) -> float:
    """Where ``text`` drawn at ``x`` in the fixtures' font ends."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("DejaVu", str(FONT)))
    return x + pdfmetrics.stringWidth(text, "DejaVu", 11)


def _signed_pdf(fields: list[tuple[str, float, float, str]]) -> bytes:
    """The letter with its number and day left blank, and form fields ``(value, x, y,
    annotation flags)`` over the page, as a signing system stamps them."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    blank = {
        "Số: 125/UBND-VP": "Số:           /UBND-VP",
        "Lâm Đồng, ngày 05 tháng 3 năm 2025": "Lâm Đồng, ngày        tháng 3 năm 2025",
    }
    pdfmetrics.registerFont(TTFont("DejaVu", str(FONT)))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    c.setFont("DejaVu", 11)
    for x, y, text in HEADER + BODY + CLOSING:
        c.drawString(x, y, blank.get(text, text))
    for i, (value, x, y, flags) in enumerate(fields):
        c.acroForm.textfield(
            name=f"ky_so_{i}", value=value, x=x, y=y - 4, width=6.5 * len(value) + 4, height=16,
            fontName="Helvetica", fontSize=11, borderWidth=0, borderColor=None, fillColor=None,
            annotationFlags=flags,
        )  # fmt: skip
    c.showPage()
    c.save()
    return buf.getvalue()


@needs_font
def test_number_and_day_stamped_by_signing_fields_fill_the_blanks() -> None:
    stamps = [
        ("125", _after(70, "Số:  "), 750, "print"),  # in the blank of ``Số:``
        ("05", _after(320, "Lâm Đồng, ngày  "), 750, "print"),  # in the day's blank
    ]
    data = _signed_pdf(stamps)

    src = read_bytes(data, "cv.pdf", ".pdf")
    doc = congvan.parse_bytes(data, "cv.pdf", ".pdf")

    texts = [line.text for line in src.lines]
    assert "Số: 125 /UBND-VP" in texts
    assert "Lâm Đồng, ngày 05 tháng 3 năm 2025" in texts
    assert doc.number is not None
    assert (doc.number.number, doc.number.symbol) == ("125", "UBND-VP")
    assert doc.date is not None
    assert doc.date.iso == "2025-03-05"
    assert "CV025" in {d.code for d in doc.diagnostics}


@needs_font
@pytest.mark.parametrize(
    "decoy",
    [
        pytest.param(("Co quan phat hanh: UBND", 10, 825, "print"), id="a-banner-in-the-margin"),
        pytest.param(("999", 200, 648, "print"), id="digits-on-no-printed-line"),
        pytest.param(("777", 150, 680, "hidden"), id="a-field-not-shown"),
        pytest.param(("Ky boi: Tran Van Minh", 330, 600, "print"), id="signer-details-on-a-line"),
        pytest.param(
            ("30", _after(60, "1. Sở Nội vụ tổng hợp báo cáo trước ngày "), 680, "print"),
            id="digits-over-printed-digits",
        ),
    ],
)
def test_other_form_fields_change_nothing(decoy: tuple[str, float, float, str]) -> None:
    stamps = [("125", _after(70, "Số:  "), 750, "print")]

    plain = read_bytes(_signed_pdf(stamps), "cv.pdf", ".pdf")
    decoyed = read_bytes(_signed_pdf([*stamps, decoy]), "cv.pdf", ".pdf")

    assert [line.text for line in decoyed.lines] == [line.text for line in plain.lines]


@needs_font
def test_a_letter_without_signing_fields_has_no_stamp_note() -> None:
    doc = congvan.parse_bytes(_signed_pdf([]), "cv.pdf", ".pdf")

    assert doc.number is not None
    assert doc.number.number is None  # the blank stays blank
    assert "CV025" not in {d.code for d in doc.diagnostics}


@needs_font
def test_pdf_columns_become_cells_and_the_letter_parses() -> None:
    src = read_bytes(_letter_pdf(), "cv.pdf", ".pdf")

    cells = {(line.cell.table, line.cell.col, line.text) for line in src.lines if line.cell}
    assert (0, 0, "ỦY BAN NHÂN DÂN") in cells
    assert (0, 1, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") in cells
    assert (0, 1, "Lâm Đồng, ngày 05 tháng 3 năm 2025") in cells
    assert (1, 0, "- Như trên;") in cells
    assert (1, 1, "Trần Văn Minh") in cells
    assert src.format == "pdf"

    doc = congvan.parse_bytes(_letter_pdf(), "cv.pdf", ".pdf")
    assert doc.source.format == "pdf"
    assert doc.source.pages == 1
    assert doc.issuer is not None
    assert doc.issuer.name == "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG"
    assert doc.number is not None
    assert doc.number.symbol == "UBND-VP"
    assert doc.date is not None
    assert doc.date.iso == "2025-03-05"
    assert [t.label for t in doc.tasks] == ["1", "2"]
    assert doc.signer is not None
    assert doc.signer.name == "Trần Văn Minh"
    assert [d.name for d in doc.distribution] == ["Như trên", "Lưu: VT, VP"]


#: A joint circular's two signatures side by side, its Nơi nhận written across the page below.
JOINT_CLOSING = [
    (70, 630, "KT. BỘ TRƯỞNG BỘ TÀI CHÍNH"),
    (360, 630, "KT. BỘ TRƯỞNG"),
    (110, 615, "THỨ TRƯỞNG"),
    (330, 615, "BỘ GIÁO DỤC VÀ ĐÀO TẠO"),
    (370, 600, "THỨ TRƯỞNG"),
    (110, 585, "(Đã ký)"),
    (370, 585, "(Đã ký)"),
    (90, 560, "Nguyễn Đình Khang"),
    (350, 560, "Trịnh Quang Vinh"),
    (60, 530, "Nơi nhận:"),
    (60, 515, "- Văn phòng Chính phủ;"),
    (60, 500, "- Lưu: BTC, BGD&ĐT."),
]


@needs_font
def test_a_joint_letter_s_signatures_side_by_side_are_read_apart() -> None:
    doc = congvan.parse_bytes(_pdf([HEADER + BODY + JOINT_CLOSING]), "ttlt.pdf", ".pdf")

    assert doc.signer is not None
    assert (doc.signer.chain, doc.signer.position, doc.signer.name) == (
        ["KT. BỘ TRƯỞNG BỘ TÀI CHÍNH"],
        "THỨ TRƯỞNG",
        "Nguyễn Đình Khang",
    )
    joint = [d.message for d in doc.diagnostics if d.code == "CV219"]
    assert len(joint) == 1
    assert "Trịnh Quang Vinh" in joint[0]
    assert [d.name for d in doc.distribution] == ["Văn phòng Chính phủ", "Lưu: BTC, BGD&ĐT"]


@needs_font
def test_a_repeated_copy_of_the_letter_is_dropped_and_tasks_are_not_doubled() -> None:
    page = HEADER + BODY + CLOSING
    doc = congvan.parse_bytes(_pdf([page, page]), "cv.pdf", ".pdf")

    assert [t.label for t in doc.tasks] == ["1", "2"]
    assert "CV021" in {d.code for d in doc.diagnostics}
    assert doc.source.pages == 2  # the file's pages, the dropped copy's included


@needs_font
def test_another_letter_after_the_first_is_reported() -> None:
    other = [(x, y, t.replace("125/UBND-VP", "126/UBND-VP")) for x, y, t in HEADER]
    doc = congvan.parse_bytes(_pdf([HEADER + BODY + CLOSING, other + BODY]), "cv.pdf", ".pdf")

    assert [t.label for t in doc.tasks] == ["1", "2"]
    assert "CV022" in {d.code for d in doc.diagnostics}


@needs_font
def test_a_scanned_page_gives_the_ocr_diagnostic() -> None:
    doc = congvan.parse_bytes(_pdf([HEADER + BODY + CLOSING, []]), "cv.pdf", ".pdf")

    ocr = [d for d in doc.diagnostics if d.code == "CV020"]
    assert len(ocr) == 1
    assert "2" in ocr[0].message


def test_a_pdf_without_any_text_is_a_result_with_the_ocr_diagnostic() -> None:
    doc = congvan.parse_bytes(_pdf([[], []]), "scan.pdf", ".pdf")

    assert doc.source.format == "pdf"
    assert doc.number is None
    assert doc.signer is None
    assert "CV020" in {d.code for d in doc.diagnostics}


@needs_font
def test_pages_beyond_the_limit_are_skipped_with_a_diagnostic(monkeypatch) -> None:
    from congvan.readers import pdf

    monkeypatch.setattr(pdf, "MAX_PAGES", 1)
    doc = congvan.parse_bytes(_pdf([HEADER + BODY + CLOSING, BODY]), "cv.pdf", ".pdf")

    assert "CV023" in {d.code for d in doc.diagnostics}


@needs_font
def test_an_encrypted_pdf_without_user_password_is_read() -> None:
    from reportlab.lib.pdfencrypt import StandardEncryption

    data = _letter_pdf(encrypt=StandardEncryption("", ownerPassword="chu-so-huu"))
    doc = congvan.parse_bytes(data, "cv.pdf", ".pdf")

    assert doc.number is not None
    assert doc.number.symbol == "UBND-VP"


@needs_font
def test_a_password_protected_pdf_is_a_clear_error() -> None:
    from reportlab.lib.pdfencrypt import StandardEncryption

    data = _letter_pdf(encrypt=StandardEncryption("mat-khau", ownerPassword="x"))
    with pytest.raises(ReadError, match="mật khẩu"):
        read_bytes(data, "cv.pdf", ".pdf")


@needs_font
@pytest.mark.parametrize("keep", [0.3, 0.6, 0.9])
def test_a_truncated_pdf_is_a_clear_error_or_a_partial_read(keep: float) -> None:
    data = _letter_pdf()
    cut = data[: int(len(data) * keep)]
    try:
        outcome = congvan.parse_bytes(cut, "cv.pdf", ".pdf").source.format
    except ReadError as exc:
        outcome = exc.reason
    assert outcome == "pdf" or "PDF" in outcome


# --- doc / rtf through LibreOffice ---------------------------------------------------------------


def _temp_entries() -> set[str]:
    return {p for p in os.listdir(tempfile.gettempdir()) if p.startswith("congvan-convert-")}


@pytest.fixture(autouse=True)
def _private_tempdir(tmp_path_factory, monkeypatch):
    """Each test gets its own temporary folder, so that conversions run at the same
    time by other processes cannot make its "nothing left behind" check fail."""
    private = tmp_path_factory.mktemp("tmp")
    monkeypatch.setattr(tempfile, "tempdir", str(private))
    monkeypatch.setenv("TMPDIR", str(private))


@needs_soffice
def test_doc_made_by_libreoffice_is_read_with_its_tables(docx_bytes, tmp_path) -> None:
    def edit(document):  # the header as a two-column table, as Word letters have it
        table = document.add_table(rows=1, cols=2)
        table.cell(0, 0).text = "SỞ NỘI VỤ\nSố: 12/SNV-VP"
        table.cell(
            0, 1
        ).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHà Nội, ngày 05 tháng 8 năm 2021"
        document.add_paragraph("Kính gửi: Sở Tài chính")
        document.add_paragraph("1. Sở Tài chính bố trí kinh phí.")

    src_docx = tmp_path / "cv.docx"
    src_docx.write_bytes(docx_bytes(edit=edit))
    before = _temp_entries()
    doc_bytes = _libreoffice_convert(src_docx, "doc", tmp_path)

    doc = congvan.parse_bytes(doc_bytes, "cv.doc", ".doc")

    assert doc.source.format == "doc"
    assert doc.source.pages is None  # LibreOffice's layout, not the original's
    assert doc.number is not None
    assert doc.number.symbol == "SNV-VP"
    assert doc.date is not None
    assert doc.date.iso == "2021-08-05"
    assert "CV024" in {d.code for d in doc.diagnostics}
    assert _temp_entries() == before


@needs_soffice
def test_an_opendocument_text_is_converted_and_reported_as_odt(docx_bytes, tmp_path) -> None:
    """An ``.odt`` (what LibreOffice and many offices save) is read through LibreOffice as
    ``.doc`` is (round 0.29.0); before, it was taken for a broken ``.docx``."""

    def edit(document):
        document.add_paragraph("Số: 27/KH-SCT")
        document.add_paragraph("1. Sở Tài chính bố trí kinh phí trước ngày 30/6/2026.")

    src_docx = tmp_path / "kh.docx"
    src_docx.write_bytes(docx_bytes(edit=edit))
    odt = _libreoffice_convert(src_docx, "odt", tmp_path)
    assert sniff(odt) == "odt"

    doc = congvan.parse_bytes(odt, "kh.odt", ".odt")

    assert doc.source.format == "odt"
    assert doc.number is not None
    assert doc.number.symbol == "KH-SCT"
    src = read_bytes(odt, "kh.odt", ".odt")
    assert any("Sở Tài chính bố trí kinh phí" in line.text for line in src.lines)


@needs_soffice
def test_rtf_is_converted_and_reported_as_rtf() -> None:
    rtf = (
        rb"{\rtf1\ansi\deff0 {\fonttbl {\f0 Times New Roman;}}\f0 S\u7889?: 12/UBND-VP\par "
        rb"K\u237?nh g\u7917?i: S\u7903? N\u7897?i v\u7909?\par}"
    )
    doc = congvan.parse_bytes(rtf, "cv.rtf", ".rtf")

    assert doc.source.format == "rtf"
    assert doc.number is not None
    assert doc.number.symbol == "UBND-VP"


@needs_soffice
def test_a_doc_the_converter_cannot_open_is_one_error_and_leaves_no_temp_files() -> None:
    before = _temp_entries()
    junk = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + os.urandom(4096)
    with pytest.raises(ReadError, match="LibreOffice"):
        read_bytes(junk, "hong.doc", ".doc")
    assert _temp_entries() == before


def _fake_converter(tmp_path: Path, body: str) -> Path:
    script = tmp_path / "soffice"
    script.write_text("#!/bin/sh\n" + body)
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return script


def test_a_hanging_converter_is_killed_at_the_time_limit(tmp_path, monkeypatch) -> None:
    marker = tmp_path / "child-still-running"
    # The fake converter starts a helper in its group, then hangs; both must be killed.
    script = _fake_converter(tmp_path, f"(sleep 3; touch {marker}) &\nsleep 30\n")
    monkeypatch.setenv("CONGVAN_SOFFICE", str(script))
    monkeypatch.setattr(doc_reader, "CONVERT_TIMEOUT", 1.0)
    before = _temp_entries()
    started = time.monotonic()

    with pytest.raises(ReadError, match="giây"):
        read_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512, "treo.doc", ".doc")

    assert time.monotonic() - started < 5
    assert _temp_entries() == before
    time.sleep(3.5)
    assert not marker.exists()


def test_a_converter_that_writes_nothing_is_one_error(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("CONGVAN_SOFFICE", str(_fake_converter(tmp_path, "exit 0\n")))
    with pytest.raises(ReadError, match="không mở được"):
        read_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512, "cv.doc", ".doc")


def test_a_converted_doc_has_no_page_count(docx_bytes, tmp_path, monkeypatch) -> None:
    # Even a count LibreOffice wrote would be of its own layout, not of the original's.
    import zipfile

    converted = tmp_path / "ready.docx"
    with zipfile.ZipFile(io.BytesIO(docx_bytes())) as z:
        parts = {n: z.read(n) for n in z.namelist() if n != "docProps/app.xml"}
    parts["docProps/app.xml"] = (
        b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'extended-properties"><Pages>4</Pages><Words>900</Words></Properties>'
    )
    with zipfile.ZipFile(converted, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    copy = (
        'out=""; prev=""; for a in "$@"; do [ "$prev" = "--outdir" ] && out="$a"; prev="$a"; done\n'
    )
    script = _fake_converter(tmp_path, copy + f'cp "{converted}" "$out/input.docx"\n')
    monkeypatch.setenv("CONGVAN_SOFFICE", str(script))

    src = read_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512, "cv.doc", ".doc")

    assert src.format == "doc"
    assert src.pages is None


def test_a_missing_converter_names_the_package(monkeypatch) -> None:
    monkeypatch.setattr(doc_reader, "find_converter", lambda: None)
    with pytest.raises(UnsupportedFormatError, match="libreoffice-writer-nogui"):
        read_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512, "cv.doc", ".doc")


def _libreoffice_convert(src: Path, fmt: str, tmp_path: Path) -> bytes:
    import subprocess

    binary = doc_reader.find_converter()
    assert binary is not None
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(
        [binary, f"-env:UserInstallation={profile}", "--headless", "--convert-to", fmt,
         "--outdir", str(tmp_path), str(src)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    return (tmp_path / f"{src.stem}.{fmt}").read_bytes()


def test_a_glyph_mapped_to_a_lone_surrogate_is_no_text() -> None:
    """Found by fuzzing: a damaged ToUnicode map gave ``\\udf00``, which no JSON can hold.
    Such a glyph is left out; the rest of the line is read."""
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap "
        b"1 begincodespacerange <00> <FF> endcodespacerange "
        b"2 beginbfchar <41> <DF00> <42> <0042> endbfchar endcmap end end"
    )
    content = b"BT /F1 12 Tf 72 720 Td (So: 12/UBND-VP AB) Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
    ]
    out = _pdf_file(objects)

    doc = congvan.parse_bytes(out, "cv.pdf", ".pdf")

    text = doc.model_dump_json()  # would raise on a lone surrogate
    assert "\\udf00" not in text
    assert any("So: 12/UBND-VP" in line.text for line in read_bytes(out, "cv.pdf", ".pdf").lines)


def _char(text: str, x0: float, x1: float, top: float = 100.0) -> dict[str, object]:
    return {
        "text": text,
        "x0": x0,
        "x1": x1,
        "top": top,
        "bottom": top + 14,
        "base": top + 11,
        "upright": True,
        "up": False,
    }


@pytest.mark.parametrize(
    ("chars", "want"),
    [
        pytest.param(
            [("n", 0, 7), ("ữ", 7, 14.6), ("V", 16.6, 26.7)], ["nữ", "V"], id="case-turn-over-1pt"
        ),
        pytest.param(
            [("n", 0, 7), ("ữ", 7, 14.6), ("v", 16.6, 26.7)], ["nữv"], id="same-case-under-2pt"
        ),
        pytest.param([("a", 0, 7), ("b", 9.0, 16)], ["ab"], id="exactly-2pt-is-letter-spacing"),
        pytest.param([("a", 0, 7), ("b", 9.2, 16)], ["a", "b"], id="over-2pt-parts"),
        pytest.param([("a", 0, 7), (" ", 7, 7), ("b", 7.5, 14)], ["a", "b"], id="a-blank-parts"),
        pytest.param([("b", 9, 16), ("a", 0, 7)], ["ab"], id="drawn-out-of-order"),
    ],
)
def test_words_part_at_blanks_and_gaps(
    chars: list[tuple[str, float, float]], want: list[str]
) -> None:
    """2 pt parts words (a gap of exactly ``2 Tc`` does not); where a small letter meets a
    capital 1 pt does: the justified line whose space PDFium dropped (``nữ Việt``)."""
    from congvan.readers.pdfchars import words

    assert [w["text"] for w in words([_char(*c) for c in chars])] == want


def _width(text: str) -> float:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("DejaVu", str(FONT)))
    return float(pdfmetrics.stringWidth(text, "DejaVu", 11))


def _centred_at(text: str, centre: float) -> float:
    return centre - _width(text) / 2


@needs_font
def test_a_centred_subject_ends_where_the_indented_body_begins() -> None:
    # A thông báo kết luận: its subject is centred over two lines, no rule under it, and the
    # body's first line is indented and runs to the right edge, as a justified paragraph does.
    title = "THÔNG BÁO"
    subject = [
        "Kết luận của đồng chí Nguyễn Văn An - Phó Chủ tịch UBND tỉnh",
        "tại cuộc họp về quy hoạch chung các xã",
    ]
    first = "Ngày 20/4/2026, đồng chí Nguyễn Văn An chủ trì cuộc họp nghe báo cáo"
    right = 535.0  # the text's right edge: 60 points in from the page's, as the left one
    body = [
        (right - _width(first), 678, first),  # indented, justified to the right edge
        (60, 665, "tình hình thực hiện quy hoạch chung; sau khi nghe các đơn vị báo cáo,"),
        (60, 652, "đồng chí kết luận như sau:"),
        (60, 639, "1. Giao Sở Xây dựng tham mưu văn bản chỉ đạo."),
    ]
    page = [
        (70, 790, "ỦY BAN NHÂN DÂN"),
        (300, 790, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        (80, 775, "TỈNH LÂM ĐỒNG"),
        (330, 775, "Độc lập - Tự do - Hạnh phúc"),
        (70, 750, "Số: 15/TB-UBND"),
        (320, 750, "Lâm Đồng, ngày 22 tháng 4 năm 2026"),
        (_centred_at(title, 297.5), 728, title),
        (_centred_at(subject[0], 297.5), 714, subject[0]),
        (_centred_at(subject[1], 297.5), 700, subject[1]),
        *body,
        *CLOSING,
    ]
    doc = congvan.parse_bytes(_pdf([page]), "tb.pdf", ".pdf")
    assert doc.subject == " ".join(subject)
    assert [t.label for t in doc.tasks] == ["1"]


def test_a_letter_drawn_from_a_fallback_font_stays_in_its_word() -> None:
    """A letter the line's font lacks is drawn from another font into the gap left for it
    (LibreOffice's fallback for ``ệ``, ``ủ``), its box standing higher or lower on the same
    baseline: lines are told by baselines, so the word is read whole (``Hiep``)."""
    import pypdfium2 as pdfium

    from congvan.readers.pdfchars import page_chars, words

    hi, fill = _helvetica("Hi", 12), 10.8  # Courier's advance at 18 pt: 600 units a glyph
    content = (
        b"BT /F1 12 Tf 72 720 Td (Hi) Tj ET "
        b"BT /F1 12 Tf %.2f 720 Td (p) Tj ET "
        b"BT /F1 12 Tf %.2f 720 Td (hoi) Tj ET "
        b"BT /F2 18 Tf %.2f 720 Td (e) Tj ET"
        % (72 + hi + fill, 72 + hi + fill + _helvetica("p", 12) + 8, 72 + hi)
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font "
        b"<< /F1 4 0 R /F2 6 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier >>",
    ]  # fmt: skip
    pdf = pdfium.PdfDocument(_pdf_file(objects))
    page = pdf[0]
    got = [w["text"] for w in words(page_chars(page))]
    page.close()
    pdf.close()
    assert got == ["Hiep", "hoi"]


def test_a_space_generated_over_a_gap_a_later_letter_fills_is_dropped() -> None:
    """PDFium generates a space over the gap left for a letter drawn at the end of the page
    (``c``, gap, ``a``; ``ủ`` last): the letter fills it, so the space goes and the word is
    ``của``; a gap nothing fills keeps its space (``của nó``). The helper is private: no
    hand-written PDF makes PDFium order its characters so (a LibreOffice export does)."""
    from congvan.readers.pdfchars import _unfilled, words

    chars = [
        _char("c", 0, 6),
        _char(" ", 6, 6),
        _char("a", 14, 20),
        _char(" ", 20, 20),
        _char("n", 24, 30),
        _char("ó", 30, 36),
        {**_char("ủ", 6, 14, top=102.3), "base": 111.0},
    ]
    kept = _unfilled(chars, [(1, 111.0, 6.0, 14.0), (3, 111.0, 20.0, 24.0)])
    assert [w["text"] for w in words(kept)] == ["của", "nó"]
    assert [w["text"] for w in words(chars)] == ["c", "ủa", "nó"]


@needs_font
def test_only_fields_a_line_tall_are_flattened_in() -> None:
    """A signature's box (the signer's image and details, a hundred points and more) never
    stamps a number into a printed blank: only fields about a line tall are read again."""
    import pypdfium2 as pdfium
    from reportlab.pdfgen import canvas

    from congvan.readers.pdfchars import shown_fields

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    for name, y, height in (("so", 740, 16), ("chu_ky", 300, 110)):
        c.acroForm.textfield(
            name=name, value="12", x=100, y=y, width=150, height=height, fontName="Helvetica",
            fontSize=11, borderWidth=0, borderColor=None, fillColor=None, annotationFlags="print",
        )  # fmt: skip
    c.showPage()
    c.save()
    pdf = pdfium.PdfDocument(buf.getvalue())
    page = pdf[0]
    try:
        rects = shown_fields(page)
    finally:
        page.close()
        pdf.close()
    assert [round(y0) for _, y0, _, _ in rects] == [740]


@needs_font
def test_a_running_header_on_every_page_is_not_the_letter_s_text() -> None:
    """A gazette reprint prints its name and issue atop each page: read as text, the one over
    the signature was taken for the signer's name."""
    running = (60, 810, "CÔNG BÁO Số 58 - 20 - 11 - 2002")
    first = [
        running,
        (60, 770, "NGHỊ ĐỊNH CỦA CHÍNH PHỦ SỐ 87/2002/NĐ-CP NGÀY 05 THÁNG 11 NĂM 2002"),
        (60, 755, "VỀ CHẾ ĐỘ PHỤ CẤP ĐỐI VỚI CÁN BỘ KHÔNG CHUYÊN TRÁCH Ở THÔN"),
        (260, 730, "CHÍNH PHỦ"),
        (60, 710, "Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;"),
        (250, 690, "NGHỊ ĐỊNH:"),
        (60, 670, "Điều 1. Bộ Nội vụ chủ trì hướng dẫn thi hành Nghị định này."),
        (60, 650, "Điều 2. Nghị định này có hiệu lực sau 15 ngày, kể từ ngày đăng Công báo."),
        (60, 630, "Điều 3. Các Bộ trưởng chịu trách nhiệm thi hành Nghị định này./."),
    ]
    second = [
        running,
        (350, 740, "TM. CHÍNH PHỦ"),
        (360, 725, "THỦ TƯỚNG"),
        (350, 690, "Phạm Quang Duệ"),
        (60, 660, "Nơi nhận:"),
        (60, 645, "- Các Bộ, cơ quan ngang Bộ;"),
        (60, 630, "- Lưu: VT."),
    ]
    doc = congvan.parse_bytes(_pdf([first, second]), "nd.pdf", ".pdf")

    assert doc.signer is not None
    assert (doc.signer.position, doc.signer.name) == ("THỦ TƯỚNG", "Phạm Quang Duệ")
    assert [t.label for t in doc.tasks] == ["Điều 1", "Điều 2", "Điều 3"]
    assert [d.name for d in doc.distribution] == ["Các Bộ, cơ quan ngang Bộ", "Lưu: VT"]
    assert "CÔNG BÁO" not in doc.tasks[-1].text


# --- ruled tables ------------------------------------------------------------------------------

#: A plan's task table: column borders (points from the left) and its rows, a row's cells a
#: list of lines each; ``None`` cells are merged into the cell on their left (a group row).
TABLE_XS = [60, 90, 250, 360, 460, 540]
TABLE_HEAD = [["STT"], ["Nội dung nhiệm vụ"], ["Cơ quan chủ", "trì"], ["Cơ quan phối", "hợp"],
              ["Thời gian", "hoàn thành"]]  # fmt: skip
TABLE_ROWS = [
    [["I"], ["Công tác thể chế"], None, None, None],
    [["1"], ["Tham mưu ban hành Quy", "chế quản lý dữ liệu"], ["Sở Khoa học và", "Công nghệ"],
     ["Văn phòng UBND", "tỉnh;", "Sở Tư pháp"], ["Quý", "III/2026"]],
    [["2"], ["Số hóa hồ sơ thủ tục", "hành chính"], ["Văn phòng", "UBND tỉnh"], ["Sở Nội vụ"],
     ["Trước ngày", "30/6/2026"]],
]  # fmt: skip
TABLE_NEXT = [
    [["3"], ["Kiểm tra an toàn thông", "tin các hệ thống"], ["Công an tỉnh"], ["Sở Khoa học và",
     "Công nghệ"], ["Tháng", "11/2026"]],
]  # fmt: skip


def _ruled(c: object, top: float, rows: list[list[list[str] | None]]) -> float:
    """Draw ``rows`` as a ruled table from ``top`` (points from the bottom); returns its foot."""
    y = top
    for row in rows:
        height = 14 * max(len(cell) for cell in row if cell is not None) + 6
        c.line(TABLE_XS[0], y, TABLE_XS[-1], y)  # type: ignore[attr-defined]
        for i, cell in enumerate(row):
            if cell is None:
                continue
            c.line(TABLE_XS[i], y, TABLE_XS[i], y - height)  # type: ignore[attr-defined]
            for k, text in enumerate(cell):
                c.drawString(TABLE_XS[i] + 3, y - 13 - 14 * k, text)  # type: ignore[attr-defined]
        c.line(TABLE_XS[-1], y, TABLE_XS[-1], y - height)  # type: ignore[attr-defined]
        y -= height
    c.line(TABLE_XS[0], y, TABLE_XS[-1], y)  # type: ignore[attr-defined]
    return y


def _plan_pages(
    tables: list[list[list[list[str] | None]]], *, intro: str = "", after: tuple[str, ...] = ()
) -> bytes:
    """A plan whose task table runs over ``tables`` (a page's rows each), the letter's header
    over the first page, ``after`` and the closing under the table's last row."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVu", str(FONT)))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    c.setFont("DejaVu", 10)
    for x, y, text in HEADER[:-1]:
        c.drawString(x, y, text)
    c.drawString(275, 715, "KẾ HOẠCH")
    c.drawString(210, 700, "Chuyển đổi số năm 2026")
    if intro:
        c.drawString(80, 670, intro)
    c.drawString(60, 650, "I. NHIỆM VỤ CỤ THỂ")
    foot = _ruled(c, 640, tables[0])
    for rows in tables[1:]:
        c.showPage()
        c.setFont("DejaVu", 10)
        foot = _ruled(c, 800, rows)
    for k, text in enumerate(after):
        c.drawString(60, foot - 30 - 15 * k, text)
    for x, y, text in CLOSING:
        c.drawString(x, y - 730 + foot - 15 * len(after), text)
    c.showPage()
    c.save()
    return buf.getvalue()


def _plan_pdf() -> bytes:
    return _plan_pages(
        [[TABLE_HEAD, *TABLE_ROWS], [TABLE_HEAD, *TABLE_NEXT]],
        intro="Ủy ban nhân dân tỉnh ban hành Kế hoạch chuyển đổi số năm 2026 như sau:",
        after=("II. TỔ CHỨC THỰC HIỆN", "1. Sở Nội vụ theo dõi, đôn đốc việc thực hiện Kế hoạch."),
    )


def test_a_ruled_table_is_read_cell_by_cell_and_goes_on_over_the_page() -> None:
    """A task table printed to PDF: its cells' lines are read by the borders, not across
    the page; the table goes on at the next page's top, its heading printed again dropped,
    and each row is a task with its owner, partners and due date."""
    src = read_bytes(_plan_pdf(), "kh.pdf", ".pdf")
    cells = [line for line in src.lines if line.cell is not None and line.text.strip()]
    texts = [line.text for line in cells]
    assert "Tham mưu ban hành Quy" in texts
    assert "Sở Khoa học và" in texts
    assert texts.count("STT") == 1  # the heading printed again on page 2 is dropped
    tables = {line.cell.table for line in cells if line.text in ("STT", "Công an tỉnh")}
    assert len(tables) == 1  # one table over the two pages
    doc = congvan.parse_bytes(_plan_pdf(), "kh.pdf", ".pdf")
    group = doc.tasks[0].subtasks[0]
    assert (group.label, group.text) == ("I", "Công tác thể chế")
    rows = {t.label: t for t in group.subtasks}
    assert list(rows) == ["1", "2", "3"]  # row 3, on the next page, is still the group's
    one = rows["1"]
    assert one.text == "Tham mưu ban hành Quy chế quản lý dữ liệu"
    assert one.assignees == ["Sở Khoa học và Công nghệ"]
    assert one.partners == ["Văn phòng UBND tỉnh", "Sở Tư pháp"]
    assert one.deadline is not None
    assert one.deadline.raw == "Quý III/2026"
    assert rows["2"].assignees == ["Văn phòng UBND tỉnh"]
    due = rows["2"].deadline
    assert due is not None
    assert due.iso == "2026-06-30"
    _third_row_is_read_whole(rows["3"])
    assert [t.label for t in doc.tasks] == ["I", "II"]


def _third_row_is_read_whole(row: congvan.Task) -> None:
    """The plan's third row, on the page after the one a table starts on (TABLE_NEXT)."""
    assert row.assignees == ["Công an tỉnh"]
    assert row.deadline is not None
    assert row.deadline.iso == "2026-11"


def _long_row_pdf() -> bytes:
    """A plan whose second row is so long it fills the next page and ends on the third."""
    begun = [["2"], ["Số hóa hồ sơ thủ tục", "hành chính của"], ["Văn phòng", "UBND tỉnh"],
             ["Sở Nội vụ"], ["Trước ngày", "30/6/2026"]]  # fmt: skip
    middle = [[], [f"các sở, ngành, lần {n}," for n in range(1, 45)], [], [], []]
    # the row's middle: one row ruled round the whole page
    ended = [[], ["địa phương."], [], [], []]
    return _plan_pages([[TABLE_HEAD, TABLE_ROWS[1], begun], [middle], [ended, *TABLE_NEXT]])


def test_a_row_that_fills_a_page_is_still_the_table_s() -> None:
    """A row too long for its page runs over the next one whole (ruled round as one row)
    and ends on the third: the table goes on over the three pages, the row's lines are one
    task's, and the row after it is read as its own task."""
    doc = congvan.parse_bytes(_long_row_pdf(), "kh.pdf", ".pdf")
    rows = {t.label: t for t in doc.tasks[0].subtasks}
    assert list(rows) == ["1", "2", "3"]
    two = rows["2"]
    assert two.text.startswith("Số hóa hồ sơ thủ tục hành chính của các sở, ngành, lần 1,")
    assert two.text.endswith("lần 44, địa phương")
    assert two.assignees == ["Văn phòng UBND tỉnh"]
    _third_row_is_read_whole(rows["3"])


def _split_row_pdf() -> bytes:
    """A plan whose table's heading is printed again on each page and whose second row is
    cut by the page break in every column: its lead, partner and date go on overleaf."""
    begun = [["2"], ["Số hóa hồ sơ thủ tục"], ["Văn phòng"], ["Sở Nội vụ;"], ["Trước ngày"]]
    ended = [[], ["hành chính"], ["UBND tỉnh"], ["UBND các xã"], ["30/6/2026"]]
    fourth = [["4"], ["Tập huấn"], ["Sở Nội vụ"], ["Sở Tài chính"], ["Quý", "IV/2026"]]
    return _plan_pages(
        [[TABLE_HEAD, TABLE_ROWS[1], begun], [TABLE_HEAD, ended, *TABLE_NEXT], [TABLE_HEAD, fourth]]
    )


def test_a_row_cut_by_a_page_break_goes_on_under_the_heading_printed_again() -> None:
    """The heading row printed at the top of each page is the table's (never a running
    header dropped line by line, which left its second line as a row), and a row cut by the
    page break goes on in the same columns: ``Văn phòng`` / ``UBND tỉnh`` is one lead,
    ``Trước ngày`` / ``30/6/2026`` one date."""
    doc = congvan.parse_bytes(_split_row_pdf(), "kh.pdf", ".pdf")
    rows = {t.label: t for t in doc.tasks[0].subtasks}
    assert list(rows) == ["1", "2", "3", "4"]
    two = rows["2"]
    assert two.text == "Số hóa hồ sơ thủ tục hành chính"
    assert two.assignees == ["Văn phòng UBND tỉnh"]
    assert two.partners == ["Sở Nội vụ", "UBND các xã"]
    assert two.deadline is not None
    assert two.deadline.iso == "2026-06-30"
    assert rows["3"].assignees == ["Công an tỉnh"]
    assert rows["4"].assignees == ["Sở Nội vụ"]
    assert rows["4"].deadline is not None
    assert rows["4"].deadline.raw == "Quý IV/2026"


def test_a_name_a_page_break_cuts_in_capitals_goes_on_with_its_cell() -> None:
    """A row the page break cuts where no heading is printed again: its rest overleaf has no
    number, so it is the row above going on, and each cell's lines read on as one, a
    capitalised rest of a name too (``Công ty Than`` / ``Khe Chàm``, which names no unit of
    its own): one lead, one partner (round 0.30.0)."""
    begun = [["2"], ["Nạo vét suối Khe Chàm"], ["Công ty Than"], ["Công ty Than"], ["30/4/2026"]]
    ended = [[], ["đoạn qua sân công nghiệp"], ["Khe Chàm"], ["Mông Dương"], []]
    src = read_bytes(_plan_pages([[TABLE_HEAD, TABLE_ROWS[1], begun], [ended, *TABLE_NEXT]]),
                     "kh.pdf", ".pdf")  # fmt: skip
    cells = [line for line in src.lines if line.cell is not None]
    at = [line.text for line in cells].index("Khe Chàm")
    assert cells[at - 1].text == "Công ty Than"  # read on in its cell, not after the row
    assert cells[at].cell == cells[at - 1].cell
    assert [line.no for line in src.lines] == list(range(1, len(src.lines) + 1))
    doc = congvan.parse_bytes(
        _plan_pages([[TABLE_HEAD, TABLE_ROWS[1], begun], [ended, *TABLE_NEXT]]), "kh.pdf", ".pdf"
    )
    rows = {t.label: t for t in doc.tasks[0].subtasks}
    assert list(rows) == ["1", "2", "3"]
    two = rows["2"]
    assert two.text == "Nạo vét suối Khe Chàm đoạn qua sân công nghiệp"
    assert (two.assignees, two.partners) == (["Công ty Than Khe Chàm"], ["Công ty Than Mông Dương"])
    assert rows["3"].assignees == ["Công an tỉnh"]


def test_a_pdf_cell_listing_its_units_one_a_line_gives_each_unit() -> None:
    """A cell's lines that each open a unit's whole name are its units (``Văn phòng Đăng ký đất
    đai tỉnh`` / ``Công an tỉnh`` / ``UBND các xã,`` / ``phường``); a name the cell's width cut
    goes on with the body it belongs to (``Ban Kinh tế`` / ``Tỉnh uỷ``) or after a head alone
    (``Văn phòng`` / ``UBND tỉnh``) (round 0.30.0)."""
    rows = [
        [["1"], ["Rà soát hồ sơ đất đai"], ["Ban Kinh tế", "Tỉnh uỷ"],
         ["Văn phòng Đăng ký", "đất đai tỉnh", "Công an tỉnh", "UBND các xã,", "phường"],
         ["Quý", "II/2026"]],
        [["2"], ["Số hóa hồ sơ"], ["Văn phòng", "UBND tỉnh"], ["Phòng Tham", "mưu", "Ban Chỉ huy",
         "Quân sự tỉnh"], ["Tháng", "11/2026"]],
    ]  # fmt: skip
    doc = congvan.parse_bytes(_plan_pages([[TABLE_HEAD, *rows]]), "kh.pdf", ".pdf")
    one, two = doc.tasks[0].subtasks
    assert one.assignees == ["Ban Kinh tế Tỉnh uỷ"]
    assert one.partners == ["Văn phòng Đăng ký đất đai tỉnh", "Công an tỉnh", "UBND các xã, phường"]
    assert two.assignees == ["Văn phòng UBND tỉnh"]
    assert two.partners == ["Phòng Tham mưu", "Ban Chỉ huy Quân sự tỉnh"]


def test_a_heading_row_left_at_a_page_s_foot_heads_the_rows_overleaf() -> None:
    """The table's heading row alone at the foot of a page (one row ruled round) and its
    rows on the next page: one task table, each row a task with its lead and due date."""
    doc = congvan.parse_bytes(
        _plan_pages([[TABLE_HEAD], [*TABLE_ROWS, *TABLE_NEXT]]), "kh.pdf", ".pdf"
    )
    group = doc.tasks[0].subtasks[0]
    assert (group.label, group.text) == ("I", "Công tác thể chế")
    rows = {t.label: t for t in group.subtasks}
    assert list(rows) == ["1", "2", "3"]
    assert rows["1"].assignees == ["Sở Khoa học và Công nghệ"]
    assert rows["1"].partners == ["Văn phòng UBND tỉnh", "Sở Tư pháp"]
    _third_row_is_read_whole(rows["3"])


def test_a_box_round_a_paragraph_is_no_table() -> None:
    """A paragraph ruled round with a few upright lines through it, on its own, is one row
    and no table: it reads as text."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVu", str(FONT)))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    c.setFont("DejaVu", 11)
    for x, y, text in HEADER + BODY + CLOSING:
        c.drawString(x, y, text)
    _ruled(c, 640, [[["Lưu ý:"], ["Các đơn vị gửi báo cáo"], ["đúng hạn"], ["qua"], ["email"]]])
    c.showPage()
    c.save()
    src = read_bytes(buf.getvalue(), "cv.pdf", ".pdf")
    assert not [line for line in src.lines if line.cell is not None and "email" in line.text]


def test_boxes_round_words_are_no_table() -> None:
    """Rectangles drawn round words (a form's fields, highlighted names) make borders a few
    points apart and one row: no table, the paragraph reads as one."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVu", str(FONT)))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    c.setFont("DejaVu", 11)
    for x, y, text in HEADER + BODY + CLOSING:
        c.drawString(x, y, text)
    x = 60.0
    for word in ["thành", "Đoàn", "Luật", "sư", "tỉnh"]:
        width = c.stringWidth(word, "DejaVu", 11)
        c.drawString(x, 645, word)
        c.rect(x - 1, 642, width + 2, 14)
        x += width + 6
    c.showPage()
    c.save()
    src = read_bytes(buf.getvalue(), "cv.pdf", ".pdf")
    assert "thành Đoàn Luật sư tỉnh" in [line.text for line in src.lines if line.cell is None]


def test_a_short_title_centred_on_the_page_is_no_line_of_the_header() -> None:
    """``GIẤY MỜI`` centred on the page starts left of the right column's edge and runs
    across it, as no line of the left column does: it is the title, and the subject under
    it is read."""
    title = [(289, 705, "GIẤY MỜI"), (120, 690, "Về việc dự Hội nghị triển khai Đề án 30")]
    body = [(200, 665, "Kính gửi: Sở Nội vụ tỉnh Lâm Đồng"), (60, 645, "Trân trọng kính mời.")]
    doc = congvan.parse_bytes(_pdf([HEADER[:-1] + title + body + CLOSING]), "gm.pdf", ".pdf")
    assert doc.doc_type is not None
    assert doc.doc_type.name == "Giấy mời"
    assert doc.subject == "dự Hội nghị triển khai Đề án 30"


@needs_font
def test_an_unruled_table_s_last_row_wrapped_stays_above_the_list() -> None:
    """A task table without ruling lines ends just above ``Nơi nhận:``; its last row's
    second line (``trực``, ``thành viên``) stands in the right half, where the signer's
    lines do. It opens in lower case, so it is the row's, not the signature's."""
    table = [
        (60, 650, "Tháng 12"),
        (200, 650, "Tổng kết năm"),
        (350, 650, "Ban Thường"),
        (470, 650, "Các tổ chức"),
        (350, 637, "trực"),
        (470, 637, "thành viên"),
    ]
    closing = [(x, y - 10, text) for x, y, text in CLOSING]
    doc = congvan.parse_bytes(_pdf([HEADER + BODY + table + closing]), "ctr.pdf", ".pdf")

    assert doc.signer is not None
    assert (doc.signer.chain, doc.signer.position, doc.signer.name) == (
        ["TM. ỦY BAN NHÂN DÂN"],
        "CHỦ TỊCH",
        "Trần Văn Minh",
    )
    texts = [x.text for x in congvan.readers.read_bytes(
        _pdf([HEADER + BODY + table + closing]), "ctr.pdf", ".pdf").lines]  # fmt: skip
    assert texts.index("Nơi nhận:") > max(i for i, t in enumerate(texts) if "thành viên" in t)
