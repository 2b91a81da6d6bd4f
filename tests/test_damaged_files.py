"""Damaged files found by fuzzing the readers: one clean error, nothing on stderr."""

from __future__ import annotations

import io
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import congvan
from congvan.errors import ReadError

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "samples" / "cong_van.docx"


def _member_data_offset(data: bytes, name: str) -> tuple[int, int]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        info = archive.getinfo(name)
    name_len, extra_len = struct.unpack(
        "<HH", data[info.header_offset + 26 : info.header_offset + 30]
    )
    return info.header_offset + 30 + name_len + extra_len, info.compress_size


@pytest.mark.parametrize("shift", [5, 40, 200, 1000])
def test_corrupt_deflate_data_in_document_xml_is_a_read_error(shift: int) -> None:
    data = bytearray(SAMPLE.read_bytes())
    start, size = _member_data_offset(bytes(data), "word/document.xml")
    for i in range(start + min(shift, size - 8), start + min(shift, size - 8) + 6):
        data[i] ^= 0x5A
    with pytest.raises(ReadError, match="hỏng"):
        congvan.parse_bytes(bytes(data), "hong.docx", ".docx")


def test_a_zip_claiming_an_unknown_version_is_a_read_error() -> None:
    data = bytearray(SAMPLE.read_bytes())
    central = data.rfind(b"PK\x01\x02")
    data[central + 6 : central + 8] = struct.pack("<H", 162)  # version needed: 16.2
    with pytest.raises(ReadError, match="hỏng"):
        congvan.parse_bytes(bytes(data), "hong.docx", ".docx")


def test_a_damaged_pdf_prints_nothing_on_stderr(tmp_path: Path) -> None:
    """PDFium reports damage through return codes, never on the process's stderr: a clerk
    sees one Vietnamese line or a result, not a C library's complaints. Run in a fresh
    interpreter, whose stderr is the C library's too."""
    from reportlab.pdfgen import canvas

    path = tmp_path / "cv.pdf"
    c = canvas.Canvas(str(path), pageCompression=1)
    for n in range(3):
        c.drawString(72, 720, f"So: {n}/UBND-VP   Kinh gui: So Noi vu")
        c.showPage()
    c.save()
    code = (
        "import congvan\n"
        f"pdf = open({str(path)!r}, 'rb').read()\n"
        "half = len(pdf) // 2\n"
        "for data in (pdf[:half] + pdf[half + 300 :], pdf.replace(b'stream', b'strxam'),\n"
        "             pdf.replace(b'/Length', b'/Lxngth'), pdf[:400]):\n"
        "    try:\n"
        "        congvan.parse_bytes(data, 'hong.pdf', '.pdf')\n"
        "    except congvan.CongvanError:\n"
        "        pass\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stderr == ""


def test_a_docx_of_millions_of_empty_paragraphs_is_one_clear_error() -> None:
    """Found by fuzzing: 80 KB zipped, two million ``<w:p/>`` took a minute and a gigabyte."""
    from congvan.readers.wordml import MAX_PARAGRAPHS

    src = zipfile.ZipFile(io.BytesIO(SAMPLE.read_bytes()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                cut = data.index(b"<w:body>") + len(b"<w:body>")
                data = data[:cut] + b"<w:p/>" * (MAX_PARAGRAPHS + 1) + data[cut:]
            dst.writestr(item, data)
    with pytest.raises(ReadError, match="đoạn văn"):
        congvan.parse_bytes(out.getvalue(), "nhieu.docx", ".docx")


def test_a_run_of_dotted_digits_is_not_taken_for_a_number_from_inside() -> None:
    """Found by fuzzing: ``1.1.1...`` made the number hint rescan the run from every digit."""
    from congvan import patterns

    assert patterns.CITATION_NUMBER_HINT_RE.search("số 1.2.3/QĐ-TTg") is not None
    assert patterns.CITATION_NUMBER_HINT_RE.search("theo 30/2020/NĐ-CP") is not None
    assert patterns.CITATION_NUMBER_HINT_RE.search("1.1.1.1.1") is None
    assert patterns.CITATION_NUMBER_HINT_RE.search("x" + "1." * 5000) is None


def test_a_member_claiming_lzma_compression_is_a_read_error() -> None:
    """Found by fuzzing: ``_lzma.LZMAError`` is no ``OSError`` and escaped the reader."""
    data = bytearray(SAMPLE.read_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo("word/document.xml")
    data[info.header_offset + 8 : info.header_offset + 10] = struct.pack("<H", 14)
    name = b"word/document.xml"
    central = data.find(b"PK\x01\x02")
    while central >= 0:
        name_len = struct.unpack("<H", data[central + 28 : central + 30])[0]
        if data[central + 46 : central + 46 + name_len] == name:
            data[central + 10 : central + 12] = struct.pack("<H", 14)
        central = data.find(b"PK\x01\x02", central + 4)
    with pytest.raises(ReadError, match="hỏng"):
        congvan.parse_bytes(bytes(data), "lzma.docx", ".docx")


def test_end_punctuation_is_read_from_the_end() -> None:
    """Found by fuzzing: a pattern tried from every mark of ``., ., .`` took minutes."""
    from congvan.normalize import clean_value

    assert clean_value("- Như trên;") == "Như trên"
    assert clean_value("triển khai thực hiện./.") == "triển khai thực hiện"
    assert clean_value("Lưu: VT, TH .") == "Lưu: VT, TH"
    assert clean_value("ngày 12/") == "ngày 12/"
    assert clean_value("x" + "., " * 20000 + "y").endswith("y")
    assert clean_value("x" + " ., ;" * 20000) == "x"


def test_a_line_of_spaces_is_not_a_source_line_nor_a_table_row() -> None:
    """Found by fuzzing: two ``\\s*`` side by side, and ``.*\\|``, backtracked on long lines."""
    from congvan import patterns
    from congvan.readers.md import _table_row

    assert patterns.MD_SOURCE_RE.match(" " * 50 + "1. x") is None
    assert patterns.MD_SOURCE_RE.match("*Source: https://thuvienphapluat.vn/van-ban/a.aspx*")
    assert _table_row("| a | b |")
    assert not _table_row("|" + " |" * 100 + " x")
    assert not _table_row("|")


def test_a_heading_followed_by_a_long_run_of_tabs_is_read_at_once() -> None:
    """Found by fuzzing: the heading pattern backtracked over 80,000 tabs for minutes."""
    from congvan.readers.md import heading_text

    assert heading_text("Thông báo ##") == "Thông báo"
    assert heading_text("Về việc ban hành \t\t #") == "Về việc ban hành"
    doc = congvan.parse_bytes(("# Về việc " + "\t" * 80000 + " x\n").encode(), "h.md", ".md")
    assert doc is not None


def test_a_read_error_crosses_a_process_pool(tmp_path: Path) -> None:
    """A script parsing in a ``ProcessPoolExecutor`` gets the error itself back, not a broken
    pool: the error is rebuilt from its path and reason."""
    import pickle
    from concurrent.futures import ProcessPoolExecutor

    bad = tmp_path / "hỏng.docx"
    bad.write_bytes(b"PK\x03\x04 not a zip")
    with pytest.raises(ReadError):
        congvan.parse_file(bad)
    err = pickle.loads(pickle.dumps(ReadError(str(bad), "tệp hỏng.")))
    assert (type(err), err.path, err.reason) == (ReadError, str(bad), "tệp hỏng.")
    with ProcessPoolExecutor(1) as pool, pytest.raises(ReadError) as caught:
        pool.submit(congvan.parse_file, bad).result()
    assert caught.value.path == str(bad)
