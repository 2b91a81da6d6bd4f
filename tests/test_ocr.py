"""Scans read through Tesseract: page images and image-only PDFs.

The scans are made here: the letter of ``test_readers_pdf_doc`` drawn by
reportlab, rendered by PDFium at 300 dpi, then sealed in red, turned, saved as
PNG, a two-page TIFF or an image-only PDF. Tests that run Tesseract are skipped
when it (or its Vietnamese model) is not installed; ``.ci/run`` installs both.
"""

from __future__ import annotations

import io
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings, strategies as st
from test_readers_pdf_doc import FONT, _letter_pdf

import congvan
from congvan.errors import ReadError
from congvan.readers import ocr, read_bytes

needs_tesseract = pytest.mark.skipif(
    not ocr.available(), reason="thiếu Tesseract và gói tiếng Việt (tesseract-ocr-vie)"
)
needs_font = pytest.mark.skipif(not FONT.is_file(), reason="thiếu phông DejaVuSans")

DPI = 300


def _page() -> Any:
    """The test letter as a 300 dpi page image."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(_letter_pdf())
    page = pdf[0]
    image = page.render(scale=DPI / 72).to_pil()
    page.close()
    pdf.close()
    return image


def _png(image: Any) -> bytes:
    buf = io.BytesIO()
    image.save(buf, "PNG", dpi=(DPI, DPI))
    return buf.getvalue()


def _sealed(image: Any) -> Any:
    """A red seal stamped over the signer's name, its ring and lettering across it."""
    from PIL import ImageDraw, ImageFont

    out = image.copy()
    draw = ImageDraw.Draw(out)
    x, y = 340 * DPI / 72, (842 - 560) * DPI / 72  # where the name is drawn
    draw.ellipse([x - 60, y - 260, x + 420, y + 180], outline=(220, 30, 30), width=18)
    font = ImageFont.truetype(str(FONT), 60)
    draw.text((x - 20, y - 120), "ỦY BAN NHÂN DÂN TỈNH", fill=(230, 40, 40), font=font)
    draw.text((x + 40, y - 10), "LÂM ĐỒNG", fill=(230, 40, 40), font=font)
    return out


def _fields(doc: congvan.Document) -> tuple[object, ...]:
    return (
        doc.number and (doc.number.number, doc.number.symbol),
        doc.date and doc.date.iso,
        doc.issuer and doc.issuer.name,
        doc.signer and doc.signer.name,
        [t.label for t in doc.tasks],
    )


WANT = (
    ("125", "UBND-VP"),
    "2025-03-05",
    "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG",
    "Trần Văn Minh",
    ["1", "2"],
)


@needs_tesseract
@needs_font
def test_a_scanned_page_image_reads_as_the_letter() -> None:
    data = _png(_page())

    doc = congvan.parse_bytes(data, "cv.png", ".png")

    assert _fields(doc) == WANT
    assert doc.source.format == "png"
    assert doc.source.pages == 1
    ocr_note = [d for d in doc.diagnostics if d.code == "CV026"]
    assert len(ocr_note) == 1
    assert "Độ tin cậy trung bình" in ocr_note[0].message


@needs_tesseract
@needs_font
def test_the_header_and_closing_columns_are_kept_apart() -> None:
    src = read_bytes(_png(_page()), "cv.png", ".png")

    cells = {(line.cell.table, line.cell.col, line.text) for line in src.lines if line.cell}
    assert (0, 0, "Số: 125/UBND-VP") in cells
    assert (0, 1, "Lâm Đồng, ngày 05 tháng 3 năm 2025") in cells
    assert (1, 0, "- Như trên;") in cells


@needs_tesseract
@needs_font
def test_a_red_seal_over_the_signer_does_not_hide_the_name(monkeypatch) -> None:
    data = _png(_sealed(_page()))

    doc = congvan.parse_bytes(data, "cv.png", ".png")
    assert doc.signer is not None
    assert doc.signer.name == "Trần Văn Minh"

    monkeypatch.setattr(ocr, "_RED_MARGIN", 255)  # no drop-out: the seal hides the name
    unsealed = congvan.parse_bytes(data, "cv.png", ".png")
    assert unsealed.signer is None or unsealed.signer.name != "Trần Văn Minh"


@needs_tesseract
@needs_font
def test_a_page_fed_askew_is_straightened() -> None:
    turned = _page().rotate(2, expand=True, fillcolor="white")

    doc = congvan.parse_bytes(_png(turned), "cv.png", ".png")

    assert _fields(doc)[:2] == WANT[:2]
    assert _fields(doc)[3:] == WANT[3:]


@needs_font
@pytest.mark.parametrize("angle", [-3.0, -1.5, 0.0, 2.0, 4.0])
def test_the_skew_found_undoes_the_turn(angle: float) -> None:
    grey = _page().convert("L").rotate(angle, expand=True, fillcolor=255)

    assert ocr.skew(grey) == pytest.approx(-angle, abs=0.3)


def test_red_ink_is_dropped_and_black_ink_kept() -> None:
    from PIL import Image

    image = Image.new("RGB", (40, 10), "white")
    image.paste((220, 30, 30), (0, 0, 20, 10))  # a seal's red
    image.paste((20, 20, 20), (20, 0, 40, 10))  # print
    grey = ocr.prepare(image)

    assert grey.getpixel((5, 5)) == 255
    assert grey.getpixel((30, 5)) < 60


@needs_tesseract
@needs_font
def test_every_page_of_a_tiff_is_read() -> None:
    page = _page()
    other = page.copy()
    buf = io.BytesIO()
    page.save(buf, "TIFF", save_all=True, append_images=[other], dpi=(DPI, DPI))

    doc = congvan.parse_bytes(buf.getvalue(), "cv.tif", ".tif")

    assert doc.source.format == "tiff"
    assert doc.source.pages == 2
    assert "CV021" in {d.code for d in doc.diagnostics}  # the same letter twice
    assert _fields(doc) == WANT


@needs_tesseract
@needs_font
def test_a_16_bit_grey_tiff_reads_as_the_letter() -> None:
    """Archive scanners write 16-bit grey; clipped to 8 bits the page would be all paper."""
    from PIL import Image

    grey = _page().convert("L")
    wide = Image.eval(grey.convert("I"), lambda v: v * 257).convert("I;16")
    buf = io.BytesIO()
    wide.save(buf, "TIFF", dpi=(DPI, DPI))

    doc = congvan.parse_bytes(buf.getvalue(), "cv.tif", ".tif")

    assert _fields(doc) == WANT


@needs_tesseract
@needs_font
@pytest.mark.parametrize("compression", ["group4", "tiff_lzw", "packbits"])
def test_a_black_and_white_tiff_of_an_archive_reads_as_the_letter(compression: str) -> None:
    """Records rooms digitise in black and white, CCITT group 4 or LZW: the page's own
    compression is none of the copy handed to Tesseract."""
    black_white = _page().convert("L").point(lambda v: 255 if v > 160 else 0).convert("1")
    buf = io.BytesIO()
    black_white.save(buf, "TIFF", compression=compression, dpi=(DPI, DPI))

    doc = congvan.parse_bytes(buf.getvalue(), "cv.tif", ".tif")

    assert doc.source.format == "tiff"
    assert _fields(doc) == WANT


@needs_tesseract
@needs_font
def test_an_image_only_pdf_is_read_through_ocr() -> None:
    buf = io.BytesIO()
    _page().convert("RGB").save(buf, "PDF", resolution=DPI)

    doc = congvan.parse_bytes(buf.getvalue(), "scan.pdf", ".pdf")

    assert _fields(doc) == WANT
    codes = {d.code for d in doc.diagnostics}
    assert "CV026" in codes
    assert "CV020" not in codes


@needs_font
def test_without_tesseract_an_image_is_one_clear_error(monkeypatch) -> None:
    monkeypatch.setattr(ocr, "TESSERACT", "tesseract-khong-co")

    with pytest.raises(ReadError, match="tesseract-ocr-vie"):
        congvan.parse_bytes(_png(_page()), "cv.png", ".png")


@needs_font
def test_without_tesseract_a_scanned_pdf_says_how_to_read_it(monkeypatch) -> None:
    monkeypatch.setattr(ocr, "TESSERACT", "tesseract-khong-co")
    buf = io.BytesIO()
    _page().convert("RGB").save(buf, "PDF", resolution=DPI)

    doc = congvan.parse_bytes(buf.getvalue(), "scan.pdf", ".pdf")

    needs = [d for d in doc.diagnostics if d.code == "CV020"]
    assert len(needs) == 1
    assert "tesseract-ocr-vie" in needs[0].message
    assert doc.number is None


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, id="png-header-only"),
        pytest.param(b"\xff\xd8\xff\xe0" + b"junk" * 20, id="jpeg-junk"),
        pytest.param(b"II*\x00" + b"\xff" * 60, id="tiff-junk"),
    ],
)
def test_a_damaged_image_is_one_clear_error(data: bytes, monkeypatch) -> None:
    monkeypatch.setattr(ocr, "available", lambda language="vie": True)

    with pytest.raises(ReadError, match="ảnh"):
        congvan.parse_bytes(data, "hong.png", ".png")


def test_tesseract_words_below_the_confidence_floor_are_left_out() -> None:
    tsv = (
        "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
        "5\t1\t1\t1\t1\t1\t300\t600\t150\t50\t96.5\tSố:\n"
        "5\t1\t1\t1\t1\t2\t480\t600\t40\t50\t12.0\t~\n"
        "4\t1\t1\t1\t1\t0\t300\t600\t400\t50\t-1\t\n"
        "5\t1\t1\t1\t1\t3\t540\t600\t200\t50\tx\tbroken\n"
    )
    words = ocr._words(tsv, 72.0 / 300)

    assert [(w.text, round(w.x0, 1), round(w.top, 1)) for w in words] == [("Số:", 72.0, 144.0)]


#: The header row of Tesseract's TSV output.
_TSV_HEAD = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num" + (
    "\tleft\ttop\twidth\theight\tconf\ttext"
)


def test_a_number_or_date_line_ocr_is_unsure_of_is_kept_with_its_confidence() -> None:
    """``Số:1239 /SYT-TCCB`` read right at 19%: a letter without its number is worse than one
    whose number is flagged as doubtful. Another line as unsure is left out."""
    rows = [
        "5\t1\t1\t1\t1\t1\t496\t424\t169\t51\t19.4\tSố:1239",
        "5\t1\t1\t1\t1\t2\t700\t436\t273\t37\t19.4\t/SYT-TCCB",
        "5\t1\t2\t1\t1\t1\t300\t500\t100\t40\t22.0\tngày",
        "5\t1\t2\t1\t1\t2\t410\t500\t40\t40\t22.0\t04",
        "5\t1\t2\t1\t1\t3\t460\t500\t100\t40\t91.0\ttháng",
        "5\t1\t2\t1\t1\t4\t570\t500\t30\t40\t91.0\t9",
        "5\t1\t2\t1\t1\t5\t610\t500\t80\t40\t91.0\tnăm",
        "5\t1\t3\t1\t1\t1\t300\t600\t200\t40\t21.0\tnhòe",
        "5\t1\t3\t1\t1\t2\t510\t600\t200\t40\t95.0\tchữ",
    ]
    words = ocr._words("\n".join([_TSV_HEAD, *rows]), 72 / 300)
    assert [(w.text, round(w.confidence)) for w in words] == [
        ("Số:1239", 19),
        ("/SYT-TCCB", 19),
        ("ngày", 22),
        ("04", 22),
        ("tháng", 91),
        ("9", 91),
        ("năm", 91),
        ("chữ", 95),
    ]


def test_a_subject_line_ocr_is_unsure_of_is_kept() -> None:
    """A black-and-white scan reads a small italic ``V/v ý`` at 20%: the subject's first words,
    kept (their confidence flags the field); the rest of the line as unsure as they are is
    not (Tesseract may run the date's column into it). A ``V`` opening another line is no
    subject."""
    rows = [
        "5\t1\t1\t1\t1\t1\t224\t332\t50\t30\t20.7\tV/v",
        "5\t1\t1\t1\t1\t2\t282\t332\t20\t30\t20.7\tý",
        "5\t1\t1\t1\t1\t3\t307\t325\t60\t37\t93.7\tkiến",
        "5\t1\t1\t1\t1\t4\t900\t325\t60\t37\t21.0\t“ng",  # the other column's specks
        "5\t1\t2\t1\t1\t1\t224\t400\t50\t30\t20.7\tVì",
        "5\t1\t2\t1\t1\t2\t282\t400\t40\t30\t95.0\tsự",
    ]
    words = ocr._words("\n".join([_TSV_HEAD, *rows]), 72 / 300)
    assert [w.text for w in words] == ["V/v", "ý", "kiến", "sự"]


@needs_tesseract
@needs_font
def test_the_json_says_which_pages_were_read_through_ocr() -> None:
    scan = congvan.parse_bytes(_png(_page()), "cv.png", ".png")
    born_digital = congvan.parse_bytes(_letter_pdf(), "cv.pdf", ".pdf")

    assert scan.source.ocr is not None
    assert scan.source.ocr.pages == [1]
    assert scan.source.ocr.language == "vie"
    assert 50 < scan.source.ocr.confidence <= 100
    assert born_digital.source.ocr is None


@needs_tesseract
@needs_font
def test_ocr_always_reads_even_a_page_with_text() -> None:
    doc = congvan.parse_bytes(_letter_pdf(), "cv.pdf", ".pdf", ocr=congvan.OcrOptions("always"))

    assert doc.source.ocr is not None
    assert doc.source.ocr.pages == [1]
    assert _fields(doc) == WANT


@needs_font
def test_ocr_never_leaves_a_scan_unread() -> None:
    never = congvan.OcrOptions("never")
    buf = io.BytesIO()
    _page().convert("RGB").save(buf, "PDF", resolution=DPI)

    doc = congvan.parse_bytes(buf.getvalue(), "scan.pdf", ".pdf", ocr=never)
    assert "--ocr never" in next(d.message for d in doc.diagnostics if d.code == "CV020")
    assert doc.source.ocr is None
    with pytest.raises(ReadError, match="--ocr never"):
        congvan.parse_bytes(_png(_page()), "cv.png", ".png", ocr=never)


@needs_font
def test_the_cli_takes_the_ocr_options(tmp_path) -> None:
    from typer.testing import CliRunner

    from congvan.cli import app

    image = tmp_path / "cv.png"
    image.write_bytes(_png(_page()))

    result = CliRunner().invoke(app, ["parse", str(image), "--ocr", "never", "-f", "json"])

    assert result.exit_code == 3
    assert "--ocr never" in result.stderr
    bad = CliRunner().invoke(app, ["parse", str(image), "--ocr", "sometimes"])
    assert bad.exit_code == 2


@pytest.mark.parametrize(
    ("read", "mended"),
    [
        ("Lâm Đồng, ngày II tháng 10 năm 2025", "Lâm Đồng, ngày 11 tháng 10 năm 2025"),
        ("Lâm Đông, ngày I5tháng 1O năm 2O25", "Lâm Đồng, ngày 15 tháng 10 năm 2025"),
        ("Lám Đồng, ngày 76 tháng 0l năm 2026", "Lâm Đồng, ngày 16 tháng 01 năm 2026"),
        ("Cần Thơ, ngày /5thảng 4 năm 2026", "Cần Thơ, ngày 15 tháng 4 năm 2026"),
        ("Hà Nội, ngày 01 thẳng 7 năm 2025", "Hà Nội, ngày 01 tháng 7 năm 2025"),
        ("Số:85_ /GM-UBND", "Số:85 /GM-UBND"),
        ("Số: 58/CĐÐ-VPCP", "Số: 58/CĐ-VPCP"),
        ("Lâm Đồng, ngày 16 tháng 0Ì năm 2026", "Lâm Đồng, ngày 16 tháng 01 năm 2026"),
        ("L. Thời gian: 14 giờ 30 phút", "I. Thời gian: 14 giờ 30 phút"),
        ("L CÔNG TÁC CHỈ ĐẠO TRIỂN KHAI", "I. CÔNG TÁC CHỈ ĐẠO TRIỂN KHAI"),  # its stop lost
        ("L CÔNG tác chỉ đạo", "L CÔNG tác chỉ đạo"),  # no heading in capitals: left alone
        ("“V% giới thiệu Lãnh đạo tham gia", "“V/v giới thiệu Lãnh đạo tham gia"),
        ("I, NỘI DUNG TRÌNH/CHỈ ĐẠO", "I. NỘI DUNG TRÌNH/CHỈ ĐẠO"),  # the stop read as a comma
        ("I, tôi", "I, tôi"),
        ("Số: 45/IB-UBND", "Số: 45/TB-UBND"),
        ("TỈNH LÂM ĐỒNG VIỆT NAM", "TỈNH LÂM ĐỒNG"),  # the motto's last words run on
        ("BỘ TÀI CHÍNH VIỆT NAM", "BỘ TÀI CHÍNH"),
        ("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG 5", "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG"),
        ("HỘI NÔNG DÂN VIỆT NAM", "HỘI NÔNG DÂN VIỆT NAM"),  # an association's own name
        ("ỦY BAN NHÂN ,„_ DÂN TỈNH LÂM ĐỒNG", "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG"),
        (",„_ DÂN", "DÂN"),  # the specks open the line of a heading broken in two
        ("/TIr-SNV", "Số: /TTr-SNV"),  # the number line's symbol alone, its code mended too
        ("Số.        /KH-UBND", "Số: /KH-UBND"),  # the label's colon read as a stop
        ("IH. Địa điểm: Trụ sở Chính phủ", "III. Địa điểm: Trụ sở Chính phủ"),
        ("lV. Tổ chức thực hiện", "IV. Tổ chức thực hiện"),
        ("_1. Báo cáo kết quả", "1. Báo cáo kết quả"),
        ("1. Điểm cầu Trụ sở", "1. Điểm cầu Trụ sở"),
        ("H. Hà Nội", "H. Hà Nội"),
        ("V. Kinh phí", "V. Kinh phí"),
        ("Hà Nội, ngày Ø6 thảng 3 nám 2026", "Hà Nội, ngày 06 tháng 3 năm 2026"),
        ("Số: I25/UBND-VP", "Số: 125/UBND-VP"),
        ("Số: 1§65/STC-VP", "Số: 1865/STC-VP"),
        # a number line of which only the symbol was read; a speck after a heading in
        # capitals or alone; the Prime Minister's TTg
        ("/BNV-CCHC", "Số: /BNV-CCHC"),
        ("BCH ĐOÀN TỈNH LÂM ĐỒNG s3", "BCH ĐOÀN TỈNH LÂM ĐỒNG"),
        ("s3", ""),
        ("Số: 115/2004/QĐ-TTG", "Số: 115/2004/QĐ-TTg"),
        ("Số: 2403/TTG-KGVX", "Số: 2403/TTg-KGVX"),
        # a tờ trình's TTr and a ký hiệu's UBND read with look-alikes; specks alone on a line
        # or at the ends of a heading; the year's word of a date whose day is blank
        ("Số: 15/TIr-SNV", "Số: 15/TTr-SNV"),
        ("Số:   /TTIr-SNV", "Số:   /TTr-SNV"),
        ("Số: /(UBND-", "Số: /UBND-"),  # a speck read as a bracket after the slash
        ("Số: 12/(UBND-NC", "Số: 12/UBND-NC"),
        ("Số: /(UBND) khác", "Số: /(UBND) khác"),  # a bracket that closes stays
        ("SỐ:   /BC-UBNP", "SỐ:   /BC-UBND"),
        (":", ""),
        (".'", ""),
        ("__ DÂN _.", "DÂN"),
        (": DÂN", "DÂN"),
        ("Lâm Đồng, ngày    tháng 10 nắm", "Lâm Đồng, ngày    tháng 10 năm"),
        ("Lâm Đồng, ngày tháng 3 nám 2026", "Lâm Đồng, ngày tháng 3 năm 2026"),
        ("Lâm Đồng, ngày tháng O4 năm 2026", "Lâm Đồng, ngày tháng 04 năm 2026"),
        ("ĐÁNH GIÁ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH TINH", "ĐÁNH GIÁ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH TỈNH"),
        ("BAN CHỈ ĐẠO TÍNH", "BAN CHỈ ĐẠO TỈNH"),
        (
            "HỘI ĐỒNG THẨM ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH TĨNH",
            "HỘI ĐỒNG THẨM ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH TỈNH",
        ),
        # left as read: nothing to mend, out of range, not a digit's look-alike, a blank
        ("Hà Nội, ngày  05 tháng 3 năm 2025", "Hà Nội, ngày  05 tháng 3 năm 2025"),
        ("ngày 45 tháng 3 năm 2025", "ngày 45 tháng 3 năm 2025"),
        ("ngày 17 tháng 77 năm 2025", "ngày 17 tháng 77 năm 2025"),
        ("Lâm Đồng, ngày 2# tháng 10 năm 2025", "Lâm Đồng, ngày 2# tháng 10 năm 2025"),
        ("Số: /STC-VP", "Số: /STC-VP"),
        ("Sở Tài chính nhận Văn bản số 1189/SNV", "Sở Tài chính nhận Văn bản số 1189/SNV"),
        ("ĐỘI 12A", "ĐỘI 12A"),
        ("KHU PHỐ 5b", "KHU PHỐ 5b"),
        ("Xem trang 3 và mục a2", "Xem trang 3 và mục a2"),
        ("Căn cứ văn bản số 12/ABC-XYZ", "Căn cứ văn bản số 12/ABC-XYZ"),
        ("nắm bắt tình hình tháng 3", "nắm bắt tình hình tháng 3"),
        ("ngày tháng 77 năm 2026", "ngày tháng 77 năm 2026"),
        ("Phòng Tài chính tính", "Phòng Tài chính tính"),
        ("TINH THẦN ĐOÀN KẾT", "TINH THẦN ĐOÀN KẾT"),
        ("Số: 5/QĐ-TIr", "Số: 5/QĐ-TIr"),
        ("- Như trên;", "- Như trên;"),
        ("----------", "----------"),
        # a quarter's numeral read with look-alikes, and its slash read as a fraction slash;
        # a quarter in figures or one that makes no quarter stays as read
        ("hoàn thành trong quý IH/2025.", "hoàn thành trong quý III/2025."),
        ("hoàn thành trong quý I⁄2026.", "hoàn thành trong quý I/2026."),
        ("Quý Il năm 2026", "Quý II năm 2026"),
        ("trong quý 1/2026", "trong quý 1/2026"),
        ("trong quý HH/2026", "trong quý HH/2026"),
    ],
)
def test_the_digits_ocr_confuses_are_mended_where_the_line_decides(read: str, mended: str) -> None:
    assert ocr.mend(read) == mended


@pytest.mark.parametrize(
    ("read", "mended"),
    [
        ("UBND TỈNH LÂM ĐÔNG", "UBND TỈNH LÂM ĐỒNG"),
        ("SƠ TÀI CHINH", "SỞ TÀI CHÍNH"),
        ("SỞ NÔNG NGHIẸP VÀ MỖI TRƯỜNG", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"),
        ("BỘ NỌI VỤ", "BỘ NỘI VỤ"),
        ("CỘNG HÒA XÃ HỌI CHỦ NGHĨA VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("Hội Thừa phát lại tính Đắk Nông.", "Hội Thừa phát lại tỉnh Đắk Nông."),
        ("Sở Nội vụ thành phô Hồ Chí Minh", "Sở Nội vụ thành phố Hồ Chí Minh"),
        # left as written: marks only placed the other way, a word alone, not a listed name
        ("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("Thanh Hoá", "Thanh Hoá"),
        ("tính toán số liệu", "tính toán số liệu"),
        ("mỗi trường học", "mỗi trường học"),
        ("Quận Hà Đông", "Quận Hà Đông"),
        # a syllable ending on a stop is never level: the acute stacked on â ê ô ă came off
        ("Ban Chỉ đạo quôc gia", "Ban Chỉ đạo quốc gia"),
        ("HỢP NHÂT", "HỢP NHẤT"),
        ("sắp xêp", "sắp xếp"),
        # the two-syllable words of every page; specks read as stops inside a name
        ("Ban Vì sự tiên bộ của phụ nữ", "Ban Vì sự tiến bộ của phụ nữ"),
        ("báo cáo tình hình tô chức", "báo cáo tình hình tổ chức"),
        ("ỦY, BAN NHÂN. DÂN TỈNH LÂM ĐỒNG", "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG"),
        ("ỦY BAN NHÂN DÂN _. TỈNH LÂM ĐỒNG", "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG"),
        ("Sở Văn hóa, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch"),
        ("công tắc điện", "công tắc điện"),
        ("biểu đồ, đồ thị", "biểu đồ, đồ thị"),
        ("chi tiêu ngân sách", "chi tiêu ngân sách"),
        ("TRUNG TÂM XÚC TIỀN ĐẦU TƯ", "TRUNG TÂM XÚC TIẾN ĐẦU TƯ"),
        ("nâng cao chỉ sô PCI", "nâng cao chỉ số PCI"),
        ("phòng chống ma túy đên năm 2030", "phòng chống ma túy đến năm 2030"),
        ("Ban Vì sự tiến bộ của phụ nữ và tô thư ký", "Ban Vì sự tiến bộ của phụ nữ và tổ thư ký"),
        ("Thành lập Tô công tác", "Thành lập Tổ công tác"),
        # a dot below, a tone beside a horn, a word that is no syllable: as read
        ("đươc giao", "đươc giao"),
        ("Start PCT", "Start PCT"),
    ],
)
def test_listed_names_are_spelt_as_listed_where_only_the_marks_differ(
    read: str, mended: str
) -> None:
    assert ocr.mend(read) == mended


@pytest.mark.parametrize(
    ("lines", "mended"),
    [
        (
            ["1. Thời gian: 14 giờ.", "- Trực tiếp;", "II. Hình thức: trực tuyến.", "1. Điểm cầu"],
            ["I. Thời gian: 14 giờ.", "- Trực tiếp;", "II. Hình thức: trực tuyến.", "1. Điểm cầu"],
        ),
        # a one the next label keeps: ``2.`` follows, or no label at all
        (["1. Thời gian: 14 giờ.", "2. Hình thức."], ["1. Thời gian: 14 giờ.", "2. Hình thức."]),
        (["1. Thời gian: 14 giờ.", "Văn bản."], ["1. Thời gian: 14 giờ.", "Văn bản."]),
        # a heading in capitals over a list that numbers from one again is a section
        (["1. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích"], ["I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích"]),
        (["1. Mục đích", "1. Sở Nội vụ"], ["1. Mục đích", "1. Sở Nội vụ"]),
        (["1. MỤC ĐÍCH", "a) Sở", "2. YÊU CẦU"], ["1. MỤC ĐÍCH", "a) Sở", "2. YÊU CẦU"]),
        # a speck after the stroke read as a one: ``I1.`` is no list's label
        (["I1. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích"], ["I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích"]),
        (["I1. Thời gian: 14 giờ.", "II. Hình thức."], ["I. Thời gian: 14 giờ.", "II. Hình thức."]),
    ],
)
def test_a_first_roman_label_read_as_a_one_is_told_by_the_next_label(
    lines: list[str], mended: list[str]
) -> None:
    assert ocr.mend_first_roman(lines) == mended


@pytest.mark.parametrize(
    ("lines", "mended"),
    [
        (("DÂN TỈNH LÂM", "ĐÔNG"), ("DÂN TỈNH LÂM", "ĐỒNG")),
        (("ỦY BAN NHÂN", "DÂN TỈNH LÂM ĐỒNG"), ("ỦY BAN NHÂN", "DÂN TỈNH LÂM ĐỒNG")),
        (("Quận Hà", "Đông"), ("Quận Hà", "Đông")),  # not a heading in capitals
    ],
)
def test_a_name_broken_between_two_heading_lines_is_mended_across_them(
    lines: tuple[str, str], mended: tuple[str, str]
) -> None:
    assert ocr.mend_across(*lines) == mended


@needs_tesseract
@needs_font
def test_a_mended_date_is_read_and_said(monkeypatch: pytest.MonkeyPatch) -> None:
    import pypdfium2 as pdfium
    from test_readers_pdf_doc import BODY, CLOSING, HEADER, _pdf

    # The mending by the line's form, as where the digits are not read a second time (no
    # English model): the second look reads the drawn ``I5`` as ``15`` before mending can.
    monkeypatch.setattr(ocr, "DIGIT_LANGUAGE", "no-such-model")

    header = [(x, y, t.replace("ngày 05 tháng 3", "ngày I5 tháng 3")) for x, y, t in HEADER]
    pdf = pdfium.PdfDocument(_pdf([header + BODY + CLOSING]))
    page = pdf[0]
    image = page.render(scale=DPI / 72).to_pil()
    page.close()
    pdf.close()

    doc = congvan.parse_bytes(_png(image), "cv.png", ".png")

    assert doc.date is not None
    assert doc.date.iso == "2025-03-15"
    assert "CV028" in {d.code for d in doc.diagnostics}


@needs_tesseract
@needs_font
def test_a_field_read_with_low_confidence_is_said() -> None:
    clean = congvan.parse_bytes(_png(_page()), "cv.png", ".png")
    sealed = congvan.parse_bytes(_png(_sealed(_page())), "cv.png", ".png")

    assert "CV029" not in {d.code for d in clean.diagnostics}
    unsure = [d.message for d in sealed.diagnostics if d.code == "CV029"]
    assert any("người ký" in m for m in unsure)


def _scanned_pdf(pages: int) -> bytes:
    image = _page().convert("RGB")
    buf = io.BytesIO()
    image.save(buf, "PDF", save_all=True, append_images=[image] * (pages - 1), resolution=DPI)
    return buf.getvalue()


@needs_tesseract
@needs_font
def test_pages_read_side_by_side_give_what_one_by_one_gives() -> None:
    data = _scanned_pdf(3)

    one = congvan.parse_bytes(data, "scan.pdf", ".pdf", ocr=congvan.OcrOptions(threads=1))
    three = congvan.parse_bytes(data, "scan.pdf", ".pdf", ocr=congvan.OcrOptions(threads=3))

    assert three.model_dump_json() == one.model_dump_json()
    assert three.source.ocr is not None
    assert three.source.ocr.pages == [1, 2, 3]


@needs_font
def test_a_page_failing_in_tesseract_fails_the_file_whatever_the_threads(monkeypatch) -> None:
    calls = []

    def read_page(image: Any, dpi: float, path: str | None, language: str = "vie") -> ocr.Page:
        calls.append(path)
        if len(calls) == 2:
            raise ReadError(path, "Tesseract không đọc được ảnh trang (ảnh hỏng?).")
        return ocr.Page([], [], [])

    monkeypatch.setattr(ocr, "available", lambda language="vie": True)
    monkeypatch.setattr(ocr, "read_page", read_page)
    for threads in (1, 2):
        calls.clear()
        with pytest.raises(ReadError, match="Tesseract"):
            congvan.parse_bytes(
                _scanned_pdf(3), "scan.pdf", ".pdf", ocr=congvan.OcrOptions(threads=threads)
            )


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("NGUYỄN VĂN AN", True),
        ("Trần Thanh Tài", True),
        ("CHỦ TC", False),  # a seal's lettering misread: ``TC`` is no syllable
        ("Z CHỦ", False),
        ("Í .Í _", False),
        ("_ Nguyễn Đức Vũ", True),
    ],
)
def test_a_signer_name_in_capitals_is_made_of_syllables(line: str, name: bool) -> None:
    from congvan.segment.closing import is_name_line

    assert is_name_line(line) is name


def test_the_lines_a_digital_signature_prints_are_not_the_issuer() -> None:
    """A scan of a signed letter reads the signature's printed box above the header
    (``Cơ quan phát hành: VĂN PHÒNG CHÍNH PHỦ``): the issuer is the header's organ."""
    text = (
        "Cơ quan phát hành: VĂN PHÒNG CHÍNH PHỦ\n"
        "THỦ TƯỚNG CHÍNH PHỦ\n"
        "Số: 2319/QĐ-TTg\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n"
        "Hà Nội, ngày 20 tháng 10 năm 2025\n"
        "QUYẾT ĐỊNH\n"
        "Thành lập Ban Chỉ đạo quốc gia về dữ liệu\n"
        "Điều 1. Thành lập Ban Chỉ đạo.\n"
    )
    doc = congvan.parse_text(text)
    assert doc.issuer is not None
    assert doc.issuer.name == "THỦ TƯỚNG CHÍNH PHỦ"


def test_an_h_after_a_roman_one_is_the_roman_two_ocr_misread() -> None:
    """OCR reads the two strokes of ``II.`` as ``H.``; ``H`` never follows ``I`` in the
    alphabet, so after ``I.`` it is ``II``. An ``H.`` in a run of letters stays a letter."""
    head = (
        "UBND TỈNH LÂM ĐỒNG\nSố: 12/GM-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nLâm Đồng, ngày 5 tháng 1 năm 2026\nGIẤY MỜI\n"
        "Kính gửi: Sở Nội vụ.\nUBND tỉnh tổ chức họp như sau:\n"
    )
    misread = "I. Thời gian: 14 giờ.\nH. Hình thức: Trực tiếp.\nIII. Địa điểm: Trụ sở.\n"
    lettered = "G. Phần bảy.\nH. Phần tám.\nI. Phần chín.\n"
    assert [t.label for t in congvan.parse_text(head + misread).tasks] == ["I", "II", "III"]
    assert [t.label for t in congvan.parse_text(head + lettered).tasks] == ["G", "H", "I"]


def test_a_draft_s_number_line_read_with_the_place_and_date_after_it() -> None:
    """A scan of a draft reads ``Số:`` and its blank, the symbol, then the place and date of
    the right column one space after it: the widest gap is the number's blank, so the row
    splits where the place and date start."""
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n"
        "Số:        /UBND-NC Lâm Đồng, ngày tháng 3 năm 2026\n"
        "V/v hỗ trợ kinh phí\nKính gửi: Sở Tài chính.\n"
    )
    doc = congvan.parse_text(text)
    assert doc.number is not None
    assert (doc.number.number, doc.number.symbol) == (None, "UBND-NC")
    assert doc.place == "Lâm Đồng"


def test_a_speck_ocr_is_unsure_of_is_dropped_and_nothing_else() -> None:
    # level, page, block, par, line, word, left, top, width, height, conf, text
    rows = [
        "5\t1\t1\t1\t1\t1\t500\t280\t120\t60\t95.8\tDÂN",
        "5\t1\t1\t1\t1\t2\t1175\t280\t37\t80\t41.5\t_",  # dust between two columns
        "5\t1\t1\t1\t1\t3\t1229\t280\t180\t60\t96.0\tCỘNG",
        "5\t1\t1\t1\t2\t1\t500\t380\t20\t60\t45.0\t-",  # a dash is a mark of the text
        "5\t1\t1\t1\t2\t2\t540\t380\t20\t60\t44.0\t”",  # so is a quotation mark
        "5\t1\t1\t1\t2\t3\t580\t380\t20\t60\t88.0\t.",  # a speck OCR is sure of stays
    ]
    words = ocr._words("\n".join([_TSV_HEAD, *rows]), 72 / 300)
    assert [w.text for w in words] == ["DÂN", "CỘNG", "-", "”", "."]


@needs_tesseract
def test_a_page_leaves_no_temporary_file_and_no_temporary_folder_is_one_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The page image goes to Tesseract through a file in a private temporary folder: gone
    after the page is read, and a temporary folder that cannot be made is a ReadError, not
    an OSError from deep inside (nor the message for a missing Tesseract)."""
    page = _page().crop((0, 0, 2480, 700))  # the header: enough to read, quick
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    assert ocr.read_words(page, DPI, "trang.png")
    assert list(tmp_path.iterdir()) == []
    not_a_folder = tmp_path / "tep"
    not_a_folder.write_text("x")
    monkeypatch.setattr(tempfile, "tempdir", str(not_a_folder))
    with pytest.raises(ReadError, match="ảnh trang tạm"):
        ocr.read_words(page, DPI, "trang.png")


@pytest.mark.parametrize(
    ("read", "mended"),
    [
        # a title whose two words OCR ran together, its marks wrong
        ("QUYÉTĐỊNH", "QUYẾT ĐỊNH"),
        ("KÉHOẠCH", "KẾ HOẠCH"),
        # V/v opening a subject, after the quote that opens a quoted subject
        ("“VW giới thiệu Lãnh đạo tham gia", "“V/v giới thiệu Lãnh đạo tham gia"),
        ("“W% giới thiệu Lãnh đạo", "“V/v giới thiệu Lãnh đạo"),
        ("V/w triển khai kế hoạch", "V/v triển khai kế hoạch"),
        # a label's stop read as a comma after a speck; a sign for a speck; năm before a year;
        # the I closing an acronym read as a bracket
        ("_1, Báo cáo kết quả cải thiện", "1. Báo cáo kết quả cải thiện"),
        ("® Cơ quan phát hành: VĂN PHÒNG CHÍNH PHỦ", "Cơ quan phát hành: VĂN PHÒNG CHÍNH PHỦ"),
        ("quản lý hội ở địa phương nắm 2025", "quản lý hội ở địa phương năm 2025"),
        ("nâng cao chỉ số PC] và DDCI", "nâng cao chỉ số PCI và DDCI"),
        ("Liên đoàn (VCC]) công bố", "Liên đoàn (VCCI) công bố"),
        # as read: a bracket opened, nắm before no year, a list of numbers, a letter's bracket
        ("[PCI] theo", "[PCI] theo"),
        ("nắm bắt tình hình", "nắm bắt tình hình"),
        ("1, 2 và 3", "1, 2 và 3"),
        ("mục a]", "mục a]"),
        # as read: a word alone that is no listed name, VW before no subject, Về việc
        ("CÔNG", "CÔNG"),
        ("VW", "VW"),
        ("VW Golf", "VW Golf"),
        ("Về việc giới thiệu", "Về việc giới thiệu"),
    ],
)
def test_a_title_and_a_subject_s_lead_are_mended_where_the_line_decides(
    read: str, mended: str
) -> None:
    assert ocr.mend(read) == mended


@pytest.mark.parametrize(
    ("line", "slots"),
    [
        ("Lâm Đồng, ngày 2# tháng 10 năm 2025", [("2#", 2, False)]),
        ("Lâm Đồng, ngày 0? tháng 12 năm 2025", [("0?", 2, True)]),
        ("Lâm Đồng, ngày 93 tháng 12 năm 2025", [("93", 2, False)]),  # no day 93: read again
        ("Lâm Đồng, ngày 0 tháng 9 năm 2025", [("0", 1, True)]),
        ("ngày /5thảng Z năm 2026", [("/5", 2, False), ("Z", 1, False)]),
        ("Số: 38 l6 /SNV-TCBC", [("38 l6", 4, False)]),
        ("Số: 3331 /SNV-TCBC", []),  # digits already
        ("Số 123-CV/TĐTN-BCTĐ", []),  # a Party letter's symbol before the slash: no slot
        ("ngày 28 tháng 10 năm 2025", []),
        ("Số: /UBND-VP", []),  # a blank number: the label's colon is no slot
        ("Số:....... /UBND-VP", []),
        ("Lâm Đồng, ngày — tháng 3 năm 2025", []),  # a blank day's underline
        ("Lâm Đồng, ngày ... tháng 3 năm 2025", []),
    ],
)
def test_the_digit_slots_of_a_number_or_date_line_not_read_as_digits(
    line: str, slots: list[tuple[str, int, bool]]
) -> None:
    words = [ocr.Word(t, 10.0 * i, 10.0 * i + 8, 0, 10, 90.0) for i, t in enumerate(line.split())]
    got = []
    for slot in ocr._slots([words]):
        span = [w.text for w in words[slot.first : slot.last + 1]]
        text = " ".join(span)
        end = len(text) - (len(span[-1]) - slot.end)
        got.append((text[slot.start : end], slot.marks, slot.zero))
    assert got == slots


def _drawn(texts: list[tuple[str, float, float]]) -> Any:
    """A white 300 dpi page with ``texts`` drawn at (x, y) pixels, 40-pixel letters."""
    from PIL import Image, ImageDraw, ImageFont

    page = Image.new("L", (2480, 1200), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(str(FONT), 40)
    for text, x, y in texts:
        draw.text((x, y), text, fill=0, font=font)
    return page


def _points(x0: float, x1: float, top: float, bottom: float) -> tuple[float, ...]:
    scale = 72.0 / DPI
    return (x0 * scale, x1 * scale, top * scale, bottom * scale)


@needs_tesseract
@needs_font
@pytest.mark.skipif(not ocr.available(ocr.DIGIT_LANGUAGE), reason="thiếu mô hình tiếng Anh")
def test_a_date_slot_read_as_letters_is_read_again_as_digits() -> None:
    page = _drawn([("ngày", 400, 500), ("28", 520, 500), ("tháng", 600, 500), ("10", 740, 500)])
    line = [
        ocr.Word("ngày", *_points(400, 500, 500, 550), 96.0),
        ocr.Word("2#", *_points(518, 580, 500, 550), 96.0),  # how the first look read it
        ocr.Word("tháng", *_points(600, 720, 500, 550), 96.0),
        ocr.Word("10", *_points(740, 790, 500, 550), 96.0),
        ocr.Word("năm", *_points(820, 900, 500, 550), 96.0),
        ocr.Word("2025", *_points(920, 1030, 500, 550), 96.0),
    ]

    got = ocr.reread_digits(page, [line], DPI, None)

    assert [w.text for w in got[0]] == ["ngày", "28", "tháng", "10", "năm", "2025"]
    # a blank where the slot is: nothing read there, the slot stays for mending
    blank = _drawn([("ngày", 400, 500)])
    assert ocr.reread_digits(blank, [line], DPI, None) == [line]


@needs_tesseract
@needs_font
def test_a_name_in_a_block_set_aside_as_a_picture_is_read_again_and_marked_unsure() -> None:
    page = _drawn([("ỦY BAN NHÂN DÂN", 1300, 300), ("Trần Văn Minh", 1300, 700)])
    picture = ocr._Row(("1", "7", "1", "1"), 1250, 250, 600, 520, 95.0, "")
    seen = [ocr.Word("Minh", *_points(1540, 1660, 700, 750), 95.0)]  # read by the first look
    letter = [
        ocr.Word("chữ", *_points(100, 160, 2000 + 60 * i, 2040 + 60 * i), 95.0) for i in range(30)
    ]

    got = ocr.reread_pictures(page, [picture], [letter], DPI, None, ocr.LANGUAGES)
    again = ocr.reread_pictures(page, [picture], [letter, seen], DPI, None, ocr.LANGUAGES)

    words = [w for line in got for w in line]
    # the name, not the seal's capitals, and never surer than a word read under a seal may be
    assert [w.text for w in words] == ["Trần", "Văn", "Minh"]
    assert {w.confidence for w in words} == {ocr.PICTURE_TRUST}
    assert [w.text for line in again for w in line] == ["Trần", "Văn"]
    # a rule or a speck set aside is too small to read again
    rule = ocr._Row(("1", "8", "1", "1"), 1250, 250, 600, 6, 95.0, "")
    assert ocr.reread_pictures(page, [rule], [letter], DPI, None, ocr.LANGUAGES) == []


def test_a_page_without_a_letter_on_it_is_not_read_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """Noise read as sparse text took 20 s: the pictures of a page whose first reading found
    no letter's worth of words are not read again at all."""

    def second(*_: object, **__: object) -> None:
        raise AssertionError("read again")

    monkeypatch.setattr(ocr, "_tesseract", second)
    page = _drawn([])
    pictures = [
        ocr._Row(("1", str(k), "1", "1"), 200, 300 * k, 600, 520, 95.0, "") for k in range(4)
    ]
    assert ocr.reread_pictures(page, pictures, [], DPI, None, ocr.LANGUAGES) == []


_SLOT_WORDS = [
    "ngày",
    "tháng",
    "năm",
    "Số:",
    "/SNV",
    "2#",
    "0?",
    "28",
    "93",
    "0",
    "/5thảng",
    "Z",
    "2025",
    "l6",
    "38",
    "Hà",
    "Nội",
    "-CV/",
    "O",
    "",
    "1l",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SLOT_WORDS), max_size=12), st.text("0123456789", max_size=7))
def test_any_line_s_slots_lie_in_its_words_and_a_new_reading_keeps_the_rest(
    texts: list[str], digits: str
) -> None:
    words = [ocr.Word(t, 10.0 * i, 10.0 * i + 8, 0, 10, 90.0) for i, t in enumerate(texts)]
    for slot in ocr._slots([words]):
        assert 0 <= slot.first <= slot.last < len(words)
        assert 0 <= slot.start <= len(words[slot.first].text)
        assert 0 <= slot.end <= len(words[slot.last].text)
        if not digits:
            continue
        got = ocr._replaced(words, slot, digits, 50.0)
        # the words before and after the slot stay as they were, in order
        assert got[: slot.first] == words[: slot.first]
        assert got[len(got) - (len(words) - slot.last - 1) :] == words[slot.last + 1 :]
        assert digits in [w.text for w in got]


@needs_tesseract
@needs_font
def test_a_blank_number_and_day_stay_blank_on_a_black_and_white_scan() -> None:
    """A draft leaves the number and the day to be filled in; read again for digits, the blank
    must not become a number or a day that the paper does not have."""
    import pypdfium2 as pdfium
    from test_readers_pdf_doc import BODY, CLOSING, HEADER, _pdf

    blanks = {"Số: 125/UBND-VP": "Số:  ....... /UBND-VP"}
    blanks["Lâm Đồng, ngày 05 tháng 3 năm 2025"] = "Lâm Đồng, ngày ... tháng 3 năm 2025"
    header = [(x, y, blanks.get(t, t)) for x, y, t in HEADER]
    pdf = pdfium.PdfDocument(_pdf([header + BODY + CLOSING]))
    page = pdf[0]
    grey = page.render(scale=200 / 72).to_pil().convert("L")
    page.close()
    pdf.close()
    black_white = grey.point(lambda v: 255 if v > 165 else 0).convert("1")
    buf = io.BytesIO()
    black_white.save(buf, "TIFF", compression="group4", dpi=(200, 200))

    doc = congvan.parse_bytes(buf.getvalue(), "cv.tif", ".tif")

    assert doc.number is None or doc.number.number is None
    assert doc.date is not None
    assert (doc.date.day, doc.date.month, doc.date.year) == (None, 3, 2025)


# --- ruled tables in scans ---------------------------------------------------------------------


def _plan_scan() -> bytes:
    """The plan of ``test_readers_pdf_doc`` (a ruled task table over two pages) scanned: each
    page rendered at 300 dpi in grey, turned by under a degree, saved as an image-only PDF."""
    import pypdfium2 as pdfium
    from test_readers_pdf_doc import _plan_pdf

    pdf = pdfium.PdfDocument(_plan_pdf())
    pages = []
    for index, angle in ((0, 0.6), (1, -0.4)):
        page = pdf[index]
        image = page.render(scale=300 / 72, grayscale=True).to_pil().convert("L")
        page.close()
        pages.append(image.rotate(angle, fillcolor=255, expand=True))
    pdf.close()
    buf = io.BytesIO()
    pages[0].save(buf, "PDF", save_all=True, append_images=pages[1:], resolution=300)
    return buf.getvalue()


def test_a_scan_s_table_borders_are_found_thin_and_long() -> None:
    """The borders drawn on a page image are rules; a word in bold, whose middle row is all
    ink, and a letter's stroke are not."""
    from PIL import Image, ImageDraw, ImageFont

    from congvan.readers import pdfgrid

    page = Image.new("L", (1000, 800), 255)
    draw = ImageDraw.Draw(page)
    for x in (100, 300, 900):
        draw.line([(x, 200), (x, 700)], fill=90, width=2)  # grey, as a scanner blurs it
    for y in (200, 450, 700):
        draw.line([(100, y), (900, y)], fill=90, width=2)
    font = ImageFont.truetype(str(FONT), 48) if FONT.is_file() else None
    draw.text((120, 60), "TỔ CHỨC THỰC HIỆN", fill=0, font=font, stroke_width=2)
    draw.text((320, 300), "Il", fill=0, font=font)
    verticals, horizontals = pdfgrid.image_rules(page, 0.36)  # 200 dpi: 0.36 points a pixel
    assert sorted({round(r.at / 0.36, -1) for r in verticals}) == [100, 300, 900]
    assert sorted({round(r.at / 0.36, -1) for r in horizontals}) == [200, 450, 700]
    (grid,) = pdfgrid.grids(1, verticals, horizontals, scanned=True)
    assert len(grid.xs) == 3
    assert len(grid.ys) == 3


@needs_tesseract
@needs_font
def test_a_scanned_task_table_is_read_by_its_borders_over_two_pages() -> None:
    """OCR reads the table's words; the borders found on each page put them in their cells,
    the table goes on over the next page, and the rows are tasks with owners and dates."""
    doc = congvan.parse_bytes(_plan_scan(), "kh-scan.pdf", ".pdf")
    group = doc.tasks[0].subtasks[0]
    rows = {t.label: t for t in group.subtasks}
    assert list(rows) == ["1", "2", "3"]
    assert rows["1"].assignees == ["Sở Khoa học và Công nghệ"]
    assert rows["1"].partners == ["Văn phòng UBND tỉnh", "Sở Tư pháp"]
    assert rows["3"].assignees == ["Công an tỉnh"]
    due = rows["2"].deadline
    assert due is not None
    assert due.iso == "2026-06-30"


@pytest.mark.parametrize(
    ("cells", "want"),
    [
        pytest.param(["I", "I1", "2", "H", "3", "4_"], {1: "1", 3: "II", 5: "4"}, id="marks"),
        pytest.param(["10", "I1", "12"], {1: "11"}, id="eleven-after-ten"),
        pytest.param(["STT", "Nội dung"], {}, id="not-numbers"),
    ],
)
def test_a_scanned_table_s_row_numbers_are_mended_by_their_order(
    cells: list[str], want: dict[int, str]
) -> None:
    from congvan.readers.pdf import _Word
    from congvan.readers.pdftable import row_numbers

    words = [[_Word(text, 0, 10, 0, 10, 80.0)] for text in cells]
    assert row_numbers(words) == want


def test_a_section_s_roman_label_read_twice_is_the_next() -> None:
    texts = [
        "II. CHỈ TIÊU",
        "1. Giao Sở Tài chính",
        "II. TỔ CHỨC THỰC HIỆN",
        "PHẦN II",
        "II. NỘI DUNG",
    ]
    assert ocr.mend_repeated_roman(texts) == [
        "II. CHỈ TIÊU",
        "1. Giao Sở Tài chính",
        "III. TỔ CHỨC THỰC HIỆN",
        "PHẦN II",
        "II. NỘI DUNG",
    ]
