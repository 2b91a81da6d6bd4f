"""Plain text: UTF-8 (with or without BOM), UTF-16 and the legacy Vietnamese encodings.

Line numbers are the file's own, so evidence can be checked in any editor.
Valid UTF-8 is never converted, except text that is plainly a legacy encoding
seen through cp1252 and saved again as UTF-8 (``Céng hoµ``, no Unicode
Vietnamese letter in it). Bytes that are not UTF-8 are decoded with the legacy
encoding that yields the most valid Vietnamese syllables (TCVN3, VNI, VISCII,
VPS, Windows-1258; see :mod:`congvan.encodings`). Text that reads as none of
them, or that holds NUL bytes, is refused rather than decoded into mojibake.
"""

from __future__ import annotations

import codecs

from congvan import codes, encodings, patterns
from congvan.errors import ReadError
from congvan.source import Cell, Line, SourceDocument

#: Share of marked words that must be valid syllables before a legacy decoding is
#: trusted; below it the file is refused (a binary file, or an encoding we lack).
MIN_SYLLABLE_SHARE = 0.6


def _looks_utf16(data: bytes) -> str | None:
    """Guess BOM-less UTF-16 from the NUL bytes ASCII leaves in every other byte."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nuls > half * 0.3 and even_nuls == 0:
        return "utf-16-le"
    if even_nuls > half * 0.3 and odd_nuls == 0:
        return "utf-16-be"
    return None


def decode_text(data: bytes, path: str | None) -> tuple[str, str]:
    """Decode ``data``; returns the text and the encoding name for ``source.encoding``."""
    if data.startswith(codecs.BOM_UTF8):
        candidates = [("utf-8-sig", "utf-8")]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = [("utf-16", "utf-16")]
    elif (guess := _looks_utf16(data)) is not None:
        candidates = [(guess, "utf-16"), ("utf-8", "utf-8")]
    else:
        candidates = [("utf-8", "utf-8")]
    for codec, name in candidates:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if "\x00" in text:
            raise ReadError(path, "tệp không phải văn bản (có byte rỗng, có thể là tệp nhị phân).")
        if name == "utf-8" and encodings.looks_like_legacy_view(text):
            legacy = _legacy(encodings.view_bytes(text))
            if legacy is not None:
                return legacy
        return text, name
    if b"\x00" in data[:4096]:
        raise ReadError(path, "tệp không phải văn bản (có byte rỗng, có thể là tệp nhị phân).")
    legacy = _legacy(data)
    if legacy is not None:
        return legacy
    raise ReadError(
        path,
        "không giải mã được: tệp không phải UTF-8, UTF-16 hay bảng mã tiếng Việt cũ "
        "(TCVN3, VNI, VISCII, VPS, Windows-1258).",
    )


#: Rows ending in ``|`` a text must hold before its ``|`` are read as the cell borders of a
#: table exported as text (``Nơi nhận:|KT. BỘ TRƯỞNG|``, as antiword and the transcripts of
#: old letters write a Word table), not as characters of the letter.
MIN_CELL_ROWS = 3


#: The fewest cells of a row of a table pasted as text with bars between its cells (``1 | Ra
#: quân dọn dẹp vỉa hè | Công an phường | Trước 30/4/2026``): a sentence may hold one bar.
PIPE_CELLS = 3


def text_lines(texts: list[str]) -> list[Line]:
    """Numbered lines of a plain text (from 1, the file's own numbers), the cells of a table
    exported as text set apart as columns, and the rows of a table pasted with bars between
    its cells read as that table's cells (two such rows in a row at least)."""
    if sum(1 for t in texts if patterns.CELL_ROW_END_RE.search(t)) >= MIN_CELL_ROWS:
        texts = [_cells_apart(t) for t in texts]
        return [Line(no=i, text=t) for i, t in enumerate(texts, start=1)]
    rows = [_pipe_cells(t) for t in texts]
    lines: list[Line] = []
    table = row = -1
    for i, (text, cells) in enumerate(zip(texts, rows, strict=True)):
        inside = row >= 0 and cells is not None
        if cells is not None and not inside and i + 1 < len(rows) and rows[i + 1] is not None:
            table, row, inside = table + 1, 0, True  # a table's first row: another comes next
        if not inside or cells is None:
            row = -1
            lines.append(Line(no=i + 1, text=text))
            continue
        lines.extend(
            Line(no=i + 1, text=cell, cell=Cell(table, row, col))
            for col, cell in enumerate(cells)
            if cell
        )
        row += 1
    return lines


def _pipe_cells(text: str) -> list[str] | None:
    """The cells of a row written with bars between them, or None."""
    if text.count("|") < PIPE_CELLS - 1:
        return None
    cells = [cell.strip() for cell in text.split("|")]
    return cells if sum(1 for cell in cells if cell) >= PIPE_CELLS - 1 else None


def _cells_apart(text: str) -> str:
    """A row of cells written between ``|`` as columns apart (a tab between them), the way
    a text with its columns flattened is read: ``Nơi nhận:|KT. BỘ TRƯỞNG|``."""
    if "|" not in text:
        return text
    return "\t".join(cell.rstrip() for cell in text.split("|")).rstrip()


def _legacy(data: bytes) -> tuple[str, str] | None:
    found = encodings.detect_and_decode(data)
    if found is None or found[2] < MIN_SYLLABLE_SHARE:
        return None
    return found[0], found[1]


def read_txt(data: bytes, path: str | None, sha256: str, fmt: str = "txt") -> SourceDocument:
    """Read a text file into numbered lines."""
    text, encoding = decode_text(data, path)
    texts = patterns.NEWLINE_RE.split(text)
    restored = False
    if encoding == encodings.TCVN3:
        fixed = encodings.restore_case(texts)
        restored = fixed != texts
        texts = fixed
    lines = text_lines(texts)
    if lines and lines[-1].text == "" and len(lines) > 1:
        lines.pop()  # the final newline does not start a line
    doc = SourceDocument(path, fmt, sha256, encoding, lines)
    if encoding == "utf-16":
        doc.diagnostics.append(codes.diag(codes.DECODED_UTF16))
    elif encoding in encodings.LABELS:
        label = encodings.LABELS[encoding]
        doc.diagnostics.append(codes.diag(codes.LEGACY_ENCODING, None, f"Bảng mã: {label}."))
        if restored:
            doc.diagnostics.append(codes.diag(codes.LEGACY_CASE_RESTORED))
    return doc
