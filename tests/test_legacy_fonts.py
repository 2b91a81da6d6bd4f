"""Legacy-font text in Word and PDF files: converted run by run, by the run's font.

The fixtures are the sample letters laid out by ``samples/build_docx.py``, with
every run re-typed the way a pre-Unicode office typed it: TCVN3 bytes in
``.VnTime`` runs (toned capitals in ``.VnTimeH``, typed in lower case as the
font draws capitals anyway; ``ư`` = 0xAD stored as ``<w:softHyphen/>`` as Word
stores it), VNI bytes in ``VNI-Times`` runs, or every other run left in Unicode
Times New Roman. Each must parse to exactly what the Unicode letter parses to.
"""

from __future__ import annotations

import copy
import io
import json
import re
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from docx.oxml.ns import qn

import congvan
from congvan import encodings
from congvan.readers import doc as doc_reader, legacy, read_bytes

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "samples"))

import build_docx  # noqa: E402

CORPUS_DOC = Path(
    "/work/shared/corpus/raw/hpbaotho_qlvb_2011/article_KDIEM_DANG_VIEN_2011_PHU_TTRA_TCVN3.doc"
)
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def _view(data: bytes) -> str:
    """The characters Word stores for legacy bytes: cp1252 for 0x80-0x9F, else latin-1."""
    out = []
    for b in data:
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(b))
    return "".join(out)


def _pieces(text: str, font: str) -> list[tuple[str, str]]:
    """Text split by the font a TCVN3 typist used: toned capitals need ``.VnTimeH``."""
    if not font.startswith(".Vn"):
        return [(text, font)]
    if not any(c.islower() for c in text):
        return [(text, font + "H")]
    out: list[tuple[str, str]] = []
    for c in text:
        f = font + "H" if c.isupper() and c.lower() in encodings._LOSSY else font
        if out and out[-1][1] == f:
            out[-1] = (out[-1][0] + c, f)
        else:
            out.append((c, f))
    return out


def _retype(document, encoding: str, font: str, keep: Callable[[int], bool]) -> None:
    """Replace every text run (except those ``keep`` names) by runs in a legacy font."""
    runs = [r for r in document.element.body.iter(qn("w:r")) if r.find(qn("w:t")) is not None]
    for index, run in enumerate(runs):
        if keep(index):
            continue
        rpr = run.find(qn("w:rPr"))
        new_runs = []
        for child in run:
            if child.tag == qn("w:rPr"):
                continue
            pieces = _pieces(child.text or "", font) if child.tag == qn("w:t") else [("", font)]
            for text, f in pieces:
                r = copy.deepcopy(run)
                for c in list(r):
                    if c.tag != qn("w:rPr"):
                        r.remove(c)
                if rpr is None:
                    r.insert(0, run.makeelement(qn("w:rPr"), {}))
                fonts = r.find(qn("w:rPr")).find(qn("w:rFonts"))
                if fonts is None:
                    fonts = r.makeelement(qn("w:rFonts"), {})
                    r.find(qn("w:rPr")).insert(0, fonts)
                for attr in ("w:ascii", "w:hAnsi", "w:cs"):
                    fonts.set(qn(attr), f)
                if child.tag != qn("w:t"):
                    r.append(copy.deepcopy(child))
                else:
                    typed = text.lower() if f.endswith("H") else text
                    _add_text(r, _view(encodings.encode(typed, encoding)))
                new_runs.append(r)
        parent = run.getparent()
        at = parent.index(run)
        parent.remove(run)
        for offset, r in enumerate(new_runs):
            parent.insert(at + offset, r)


def _add_text(run, view: str) -> None:
    """``w:t`` pieces, with byte 0xAD as ``<w:softHyphen/>`` the way Word stores it."""
    for i, part in enumerate(view.split(legacy.SOFT_HYPHEN)):
        if i:
            run.append(run.makeelement(qn("w:softHyphen"), {}))
        if part:
            t = run.makeelement(qn("w:t"), {})
            t.text = part
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            run.append(t)


def _letter_docx(name: str, path: Path, retype: Callable[[object], None] | None = None) -> Path:
    text = (ROOT / "samples" / f"{name}.txt").read_text(encoding="utf-8")
    document = build_docx.build_document(
        build_docx.split_letter(text), build_docx.SPECS[name], name
    )
    if retype is not None:
        retype(document)
    document.save(str(path))
    return path


def _comparable(doc) -> dict:
    data = json.loads(doc.model_dump_json())
    data.pop("source")
    data["diagnostics"] = [d for d in data["diagnostics"] if d["code"] != "CV003"]
    return data


VARIANTS = {
    "tcvn3": ("tcvn3", ".VnTime", lambda i: False, "tcvn3"),
    "vni": ("vni", "VNI-Times", lambda i: False, "vni"),
    "mixed": ("tcvn3", ".VnTime", lambda i: i % 2 == 0, "tcvn3+utf-8"),
}


@pytest.mark.parametrize("variant", list(VARIANTS))
@pytest.mark.parametrize("name", list(build_docx.SPECS))
def test_legacy_font_letter_parses_like_the_unicode_letter(name, variant, tmp_path):
    encoding, font, keep, expected_encoding = VARIANTS[variant]
    unicode_docx = _letter_docx(name, tmp_path / "unicode.docx")
    legacy_docx = _letter_docx(
        name, tmp_path / "legacy.docx", lambda d: _retype(d, encoding, font, keep)
    )

    got = congvan.parse_file(legacy_docx)
    want = congvan.parse_file(unicode_docx)

    assert got.source.encoding == expected_encoding
    cv003 = [d for d in got.diagnostics if d.code == "CV003"]
    assert len(cv003) == 1
    assert cv003[0].line is not None
    for field in ("number", "issuer", "date", "subject", "signer", "tasks"):
        assert getattr(got, field) == getattr(want, field), field
    assert _comparable(got) == _comparable(want)


def test_tcvn3_runs_and_soft_hyphens_reach_the_reading_text(tmp_path):
    path = _letter_docx(
        "cong_van", tmp_path / "cv.docx", lambda d: _retype(d, "tcvn3", ".VnTime", lambda i: False)
    )
    data = path.read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = z.read("word/document.xml").decode()
    assert "<w:softHyphen/>" in xml  # every ư went through Word's soft hyphen
    assert "ư" not in xml
    assert "ệ" not in xml

    src = read_bytes(data, "cv.docx", ".docx")
    unicode_src = read_bytes(
        _letter_docx("cong_van", tmp_path / "u.docx").read_bytes(), "u.docx", ".docx"
    )

    assert [x.text for x in src.lines] == [x.text for x in unicode_src.lines]
    for line in src.lines:
        assert line.fmt is not None
        assert "".join(r.text for r in line.fmt.runs) == line.text
    assert src.encoding == "tcvn3"
    first = next(x.no for x in src.lines if x.text.strip())
    assert [(d.code, d.line) for d in src.diagnostics if d.code == "CV003"] == [("CV003", first)]


def _docx_with_runs(runs: list[tuple[str, str | None]], tmp_path: Path) -> bytes:
    import docx

    document = docx.Document()
    p = document.add_paragraph()
    for text, font in runs:
        r = p.add_run()
        if font is not None:
            r.font.name = font
            fonts = r._r.get_or_add_rPr().find(qn("w:rFonts"))
            fonts.set(qn("w:hAnsi"), font)
        if text == "<shy>":
            r._r.append(r._r.makeelement(qn("w:softHyphen"), {}))
        else:
            r.text = text
    path = tmp_path / "runs.docx"
    document.save(str(path))
    return path.read_bytes()


def test_symbol_fonts_and_unicode_runs_are_never_converted(tmp_path):
    data = _docx_with_runs(
        [
            ("Ø", "Wingdings"),
            ("\uf0b7", "Symbol"),
            ("ViÖt", "Times New Roman"),
            ("co", "Times New Roman"),
            ("<shy>", "Times New Roman"),  # a real soft hyphen: hidden, as before
            ("ng", "Times New Roman"),
        ],
        tmp_path,
    )

    src = read_bytes(data, "a.docx", ".docx")

    assert src.lines[0].text == "Ø\uf0b7ViÖtcong"
    assert src.encoding == "utf-8"
    assert not any(d.code == "CV003" for d in src.diagnostics)


def test_vnitime_h_run_is_upper_cased_and_font_is_taken_from_hansi(tmp_path):
    data = _docx_with_runs(
        [("quyÕt ®Þnh", ".VnTimeH"), (" vÒ viÖc ", ".VnTime"), ("t", ".VnTime"),
         ("<shy>", ".VnTime"), ("ëng", ".VnTime")],
        tmp_path,
    )  # fmt: skip

    src = read_bytes(data, "a.docx", ".docx")

    assert src.lines[0].text == "QUYẾT ĐỊNH về việc tưởng"
    assert [(r.text, r.font) for r in src.lines[0].fmt.runs] == [
        ("QUYẾT ĐỊNH", ".VnTimeH"),
        (" về việc tưởng", ".VnTime"),
    ]


def test_source_encoding_and_diagnostic_name_what_was_converted():
    assert legacy.source_encoding({}, "utf-8") == "utf-8"
    assert legacy.source_encoding({"utf-8": 1}, "utf-8") == "utf-8"
    assert legacy.source_encoding({"vni": 9, "tcvn3": 2}, "utf-8") == "tcvn3+vni"
    assert legacy.source_encoding({"tcvn3": 2, "utf-8": 1}, None) == "tcvn3+utf-8"
    diag = legacy.diagnostic({"vni": 9, "tcvn3": 4})
    assert diag is not None
    assert (diag.code, diag.line) == ("CV003", 4)
    assert "TCVN3 (ABC), VNI-Windows" in diag.message
    assert legacy.diagnostic({"utf-8": 3}) is None


# --- PDF ---------------------------------------------------------------------------------------

LETTER = [
    # (x, y, text, font): TCVN3 header and closing in capitals drawn with .VnTimeH
    (70, 790, "ỦY BAN NHÂN DÂN", ".VnTimeH"),
    (300, 790, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", ".VnTimeH"),
    (80, 775, "TỈNH LÂM ĐỒNG", ".VnTimeH"),
    (330, 775, "Độc lập - Tự do - Hạnh phúc", ".VnTime"),
    (70, 750, "Số: 125/UBND-VP", ".VnTime"),
    (320, 750, "Lâm Đồng, ngày 05 tháng 3 năm 2025", ".VnTime"),
    (60, 735, "V/v triển khai nhiệm vụ", ".VnTime"),
    (200, 705, "Kính gửi: Sở Nội vụ tỉnh Lâm Đồng", ".VnTime"),
    (60, 680, "1. Sở Nội vụ tổng hợp báo cáo của người dân trước ngày 30/4/2025.", "VNI-Times"),
    (60, 665, "2. Sở Tài chính bố trí kinh phí thực hiện bình đẳng.", "VNI-Times"),
    (60, 630, "Nơi nhận:", ".VnTime"),
    (330, 630, "TM. ỦY BAN NHÂN DÂN", ".VnTimeH"),
    (60, 615, "- Như trên;", ".VnTime"),
    (350, 615, "CHỦ TỊCH", ".VnTimeH"),
    (60, 600, "- Lưu: VT, VP.", ".VnTime"),
    (340, 560, "Trần Văn Minh", ".VnTime"),
]


#: What a text layer reports for TCVN3 bytes whose glyphs it names by their other Adobe Glyph
#: List reading (0xAD ``minus``, 0xB7 ``periodcentered``): the PDFs of printers that name the
#: face without its dot (``GDNPNH+VnTime``).
_GLYPH_ALIASES = str.maketrans({"\xad": "\u2212", "\xb7": "\u2219"})


def _pdf(legacy_fonts: bool, dotless: bool = False, lines=LETTER) -> bytes:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    for name in (".VnTime", ".VnTimeH", "VnTime", "VnTimeH", "VNI-Times", "DejaVu"):
        font = TTFont(name, str(DEJAVU))
        # The PDF names the embedded font after the face (``AAAAAA+.VnTime``), as a PDF
        # printed from a .VnTime letter does; the DejaVu glyphs draw the latin-1 codes.
        font.face.name = name.encode()
        pdfmetrics.registerFont(font)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    for x, y, text, font in lines:
        if not legacy_fonts:
            c.setFont("DejaVu", 11)
            c.drawString(x, y, text)
            continue
        typed = text.lower() if font.endswith("H") else text
        view = _view(encodings.encode(typed, "vni" if "VNI" in font else "tcvn3"))
        if dotless and font.startswith("."):
            font, view = font[1:], view.translate(_GLYPH_ALIASES)
        c.setFont(font, 11)
        c.drawString(x, y, view)
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.skipif(not DEJAVU.is_file(), reason="thiếu phông DejaVuSans (fonts-dejavu-core)")
def test_pdf_text_layer_in_legacy_fonts_is_converted_by_font():
    import pypdfium2 as pdfium

    from congvan.readers.pdfchars import page_chars

    data = _pdf(legacy_fonts=True)
    pdf = pdfium.PdfDocument(data)
    page = pdf[0]
    chars = page_chars(page)
    page.close()
    pdf.close()
    fonts = {c["fontname"] for c in chars}
    raw = "".join(c["text"] for c in chars)
    assert {f.split("+", 1)[-1] for f in fonts} == {".VnTime", ".VnTimeH", "VNI-Times"}
    assert "ViÖt" not in raw
    assert "viÖt" in raw

    src = read_bytes(data, "cv.pdf", ".pdf")
    unicode_src = read_bytes(_pdf(legacy_fonts=False), "u.pdf", ".pdf")

    assert [(x.cell, x.text) for x in src.lines] == [(x.cell, x.text) for x in unicode_src.lines]
    assert src.encoding == "tcvn3+vni"
    assert unicode_src.encoding is None
    assert [d.code for d in src.diagnostics] == ["CV003"]

    got = congvan.parse_bytes(data, "cv.pdf", ".pdf")
    want = congvan.parse_bytes(_pdf(legacy_fonts=False), "u.pdf", ".pdf")
    assert _comparable(got) == _comparable(want)
    assert got.signer is not None
    assert got.signer.name == "Trần Văn Minh"


@pytest.mark.skipif(not DEJAVU.is_file(), reason="thiếu phông DejaVuSans (fonts-dejavu-core)")
def test_a_tcvn3_face_named_without_its_dot_and_its_glyph_aliases_are_converted():
    """``GDNPNH+VnTime`` is the same face as ``.VnTime``; its text layer reports ư as U+2212
    and ã as U+2219: the letter reads as its Unicode twin."""
    import pypdfium2 as pdfium

    from congvan.readers.pdfchars import page_chars

    data = _pdf(legacy_fonts=True, dotless=True)
    pdf = pdfium.PdfDocument(data)
    page = pdf[0]
    chars = page_chars(page)
    page.close()
    pdf.close()
    assert {f.split("+", 1)[-1] for f in {c["fontname"] for c in chars}} == {
        "VnTime",
        "VnTimeH",
        "VNI-Times",
    }
    assert "\u2212" in "".join(c["text"] for c in chars)  # ư of người, Lưu
    src = read_bytes(data, "cv.pdf", ".pdf")
    unicode_src = read_bytes(_pdf(legacy_fonts=False), "u.pdf", ".pdf")
    assert [(x.cell, x.text) for x in src.lines] == [(x.cell, x.text) for x in unicode_src.lines]
    assert src.encoding == "tcvn3+vni"
    got = congvan.parse_bytes(data, "cv.pdf", ".pdf")
    assert _comparable(got) == _comparable(congvan.parse_bytes(_pdf(False), "u.pdf", ".pdf"))


@pytest.mark.skipif(not DEJAVU.is_file(), reason="thiếu phông DejaVuSans (fonts-dejavu-core)")
def test_unicode_text_in_a_font_named_like_tcvn3_is_not_decoded():
    """A PDF whose Unicode text is drawn in a face named ``.VnTime`` (a substituted or renamed
    font): its ``ô``, ``à``, ``é`` are Unicode like its ``ộ``, not TCVN3 bytes."""
    lines = [(x, y, text, ".VnTime") for x, y, text, _ in LETTER]
    from reportlab.pdfgen import canvas

    _pdf(legacy_fonts=False)  # registers the faces
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    for x, y, text, font in lines:
        c.setFont(font, 11)
        c.drawString(x, y, text)
    c.showPage()
    c.save()
    src = read_bytes(buf.getvalue(), "cv.pdf", ".pdf")
    unicode_src = read_bytes(_pdf(legacy_fonts=False), "u.pdf", ".pdf")
    assert [x.text for x in src.lines] == [x.text for x in unicode_src.lines]
    assert src.encoding is None
    assert "CV003" not in [d.code for d in src.diagnostics]


def test_pdf_chars_of_a_vni_letter_merge_into_one():
    def char(text: str, x0: float, font: str = "ABCDEF+VNI-Times") -> dict:
        return {"text": text, "fontname": font, "x0": x0, "x1": x0 + 5, "width": 5.0}

    found: dict[str, int] = {}
    chars = [char(c, i * 5) for i, c in enumerate("Vieät")]
    chars.append(char("ñ", 40, "ABCDEF+Symbol"))

    out = legacy.convert_chars(chars, found, 2)

    assert "".join(c["text"] for c in out) == "Việtñ"
    assert out[2]["x0"] == 10
    assert out[2]["x1"] == 20
    assert found == {"vni": 2}


# --- a real letter from the corpus ---------------------------------------------------------


@pytest.fixture(scope="module")
def corpus_letter():
    if not CORPUS_DOC.is_file():
        pytest.skip("kho văn bản ../shared/corpus không có")
    if doc_reader.find_converter() is None:
        pytest.skip("LibreOffice (soffice) không được cài")
    data = CORPUS_DOC.read_bytes()
    return read_bytes(data, CORPUS_DOC.name, ".doc"), congvan.parse_file(CORPUS_DOC)


def test_tcvn3_party_review_of_2011_reads_as_vietnamese(corpus_letter):
    src, doc = corpus_letter
    texts = [line.text.strip() for line in src.lines]
    whole = "\n".join(texts)

    assert texts[0] == "Mẫu 01-ĐGCL"
    # The issuer (left) and the Party's motto (right) typed on one line in .VnTimeH.
    assert texts[1].startswith("ĐẢNG BỘ CƠ QUAN UBND")
    assert texts[1].endswith("ĐẢNG CỘNG SẢN VIỆT NAM")
    assert texts[2].startswith("HUYỆN LỆ THUỶ")
    assert "Lệ Thuỷ, ngày  29  tháng 11 năm 2011" in texts
    assert "BẢN TỰ  KIỂM ĐIỂM" in texts
    assert "ĐÁNH GIÁ CHẤT LƯỢNG ĐẢNG VIÊN" in texts  # ư arrived as <w:softHyphen/>
    assert "- Về tư tưởng chính trị." in texts
    assert "CHÂU MINH PHÚ" in texts
    assert not set("§®µ¶¸¹ÖÕ\u00ad") & set(whole)

    assert src.encoding == "tcvn3"
    assert doc.source.encoding == "tcvn3"
    assert [(d.code, d.line) for d in doc.diagnostics if d.code == "CV003"] == [("CV003", 1)]
    assert doc.date is not None
    assert doc.date.iso == "2011-11-29"
    assert doc.place == "Lệ Thuỷ"


# --- where a run's legacy font is named ------------------------------------------------------
# The Word reader resolves run fonts while walking only when some w:rFonts of the part (or of
# styles.xml, or the theme it points at) names a legacy font; each way a font reaches a run
# must still be seen.


def _docx_parts(edit: Callable[[str, str], tuple[str, str]], header: str | None = None) -> bytes:
    """A one-paragraph letter typed in TCVN3 without any w:rFonts of its own; ``edit``
    rewrites (styles.xml, theme1.xml); ``header`` adds a first-section page header."""
    import docx

    document = docx.Document()
    document.add_paragraph(_view("ViÖt Nam".encode("latin-1")))
    if header is not None:
        document.sections[0].header.paragraphs[0].text = header
        fonts = document.sections[0].header.paragraphs[0].runs[0]._r.get_or_add_rPr()
        fonts.append(
            fonts.makeelement(qn("w:rFonts"), {qn("w:ascii"): ".VnTime", qn("w:hAnsi"): ".VnTime"})
        )
    buffer = io.BytesIO()
    document.save(buffer)
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        styles, theme = edit(
            src.read("word/styles.xml").decode(), src.read("word/theme/theme1.xml").decode()
        )
        for info in src.infolist():
            if info.filename == "word/styles.xml":
                dst.writestr(info, styles)
            elif info.filename == "word/theme/theme1.xml":
                dst.writestr(info, theme)
            else:
                dst.writestr(info, src.read(info.filename))
    return out.getvalue()


def _unchanged(styles: str, theme: str) -> tuple[str, str]:
    return styles, theme


def test_legacy_font_of_the_document_defaults_converts_runs_without_fonts():
    def defaults(styles: str, theme: str) -> tuple[str, str]:
        fonts = re.search(r"<w:rPrDefault><w:rPr><w:rFonts [^>]*/>", styles)
        assert fonts is not None
        new = '<w:rPrDefault><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/>'
        return styles.replace(fonts.group(0), new), theme

    src = read_bytes(_docx_parts(defaults), "a.docx", ".docx")

    assert src.lines[0].text == "Việt Nam"
    assert src.encoding == "tcvn3"
    fmt = src.lines[0].fmt
    assert fmt is not None
    assert fmt.fonts == (".VnTime",)


def test_legacy_font_of_the_theme_converts_runs_that_name_theme_fonts():
    def themed(styles: str, theme: str) -> tuple[str, str]:
        minor = theme.index("<a:minorFont>")
        latin = re.compile(r'<a:latin typeface="[^"]*"/>')
        return styles, theme[:minor] + latin.sub(
            '<a:latin typeface=".VnTime"/>', theme[minor:], count=1
        )

    src = read_bytes(_docx_parts(themed), "a.docx", ".docx")

    assert src.lines[0].text == "Việt Nam"
    assert src.encoding == "tcvn3"


def test_legacy_font_only_in_the_page_header_is_converted_there():
    data = _docx_parts(_unchanged, header=_view("Bé Néi vô".encode("latin-1")))

    src = read_bytes(data, "a.docx", ".docx")

    assert [line.text for line in src.lines[:2]] == ["Bộ Nội vụ", "ViÖt Nam"]
    assert src.encoding == "tcvn3"


def test_unicode_letter_formats_are_worked_out_when_asked(tmp_path):
    path = _letter_docx("cong_van", tmp_path / "u.docx")
    src = read_bytes(path.read_bytes(), "u.docx", ".docx")

    formats = [line.fmt for line in src.lines if line.text.strip()]

    assert all(f is not None and f.fonts == ("Times New Roman",) for f in formats)
    assert any(f is not None and f.bold and f.align == "center" for f in formats)
    assert formats[0] is src.lines[0].fmt or not src.lines[0].text.strip()  # kept once worked out


@pytest.mark.parametrize(
    ("xml", "may"),
    [
        (b'<a:latin typeface=".VnTime"/>', True),
        (b'<a:latin typeface="VNI-Times"/>', True),
        (b"<a:latin typeface='VPS Times'/>", True),
        (b'<a:latin typeface="ABCDEF+.VnArialH"/>', True),  # a subset tag
        (b'<a:latin typeface="VTimes VISCII"/>', True),
        (b'<a:latin typeface="&#46;VnTime"/>', True),  # a reference could spell a name
        (b'<a:latin typeface="Times New Roman"/><a:ea typeface=""/>', False),
        (b'<a:font script="Viet" typeface="Cambria"/>', False),
    ],
)
def test_raw_xml_that_may_name_a_legacy_font(xml, may):
    assert legacy.may_name_legacy_font(xml) is may


@pytest.mark.parametrize(
    ("xml", "found"),
    [
        (b'<w:r><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr>', (True, False)),
        (b'<ns0:rFonts ns0:hAnsi="VNI-Times"/>', (True, False)),  # any prefix
        (b'<w:rFonts w:ascii="&#46;VnTime"/>', (True, False)),  # a reference: checked on the tree
        (b'<w:rFonts w:asciiTheme="minorHAnsi" w:cstheme="minorBidi"/>', (False, True)),
        (b'<w:rFonts w:ascii="Times New Roman"/><w:t>.VnTime, vni, vps</w:t>', (False, False)),
        (b"<w:t>no fonts named</w:t>", (False, False)),
    ],
)
def test_fonts_named_in_raw_xml_are_found_without_the_tree(xml, found):
    assert legacy.rfonts_in_xml(xml) == found
