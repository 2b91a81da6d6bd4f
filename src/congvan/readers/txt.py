"""Plain text: UTF-8 (with or without BOM) and UTF-16, any line ending.

Line numbers are the file's own, so evidence can be checked in any editor.
Text that is neither UTF-8 nor UTF-16, or that holds NUL bytes, is refused
rather than decoded into mojibake.
"""

from __future__ import annotations

import codecs

from congvan import codes, patterns
from congvan.errors import ReadError
from congvan.source import Line, SourceDocument


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
        return text, name
    raise ReadError(
        path,
        "không giải mã được: tệp không phải UTF-8 hay UTF-16 "
        "(bảng mã cũ như TCVN3, VNI chưa được hỗ trợ).",
    )


def read_txt(data: bytes, path: str | None, sha256: str, fmt: str = "txt") -> SourceDocument:
    """Read a text file into numbered lines."""
    text, encoding = decode_text(data, path)
    lines = [Line(no=i, text=t) for i, t in enumerate(patterns.NEWLINE_RE.split(text), start=1)]
    if lines and lines[-1].text == "" and len(lines) > 1:
        lines.pop()  # the final newline does not start a line
    doc = SourceDocument(path, fmt, sha256, encoding, lines)
    if encoding == "utf-16":
        doc.diagnostics.append(codes.diag(codes.DECODED_UTF16))
    return doc
