"""Mutations of ``.pdf`` files for ``bench/fuzz.py``.

A ``.pdf`` is mutated as bytes that know a little PDF: numbers and names
swapped for edge values, references redirected (cycles), objects doubled or
dropped, brackets nested thousands deep, filters changed, text operators added
to plain content streams; or a fresh letter is laid out from seed lines.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from fuzz_seeds import build_pdf, layout_letter
from fuzz_text import Pool, count, erase, flip, truncate

_NUM_RE = re.compile(rb"(?<![\w.])-?\d+(?:\.\d+)?(?![\w.])")
_REF_RE = re.compile(rb"\b(\d+) (\d+) R\b")
_NAME_RE = re.compile(rb"/[A-Za-z][\w.+-]*")
_OBJ_RE = re.compile(rb"\d+ \d+ obj\b.*?endobj", re.S)
PDF_NAMES = (
    b"/Type", b"/Page", b"/Pages", b"/Font", b"/FlateDecode", b"/ASCIIHexDecode", b"/LZWDecode",
    b"/RunLengthDecode", b"/DCTDecode", b"/JBIG2Decode", b"/Crypt", b"/ObjStm", b"/XRef", b"/Kids",
    b"/Parent", b"/Resources", b"/Contents", b"/MediaBox", b"/ToUnicode", b"/Widths",
    b"/Encoding", b"/Differences", b"/Identity-H", b"/Type0", b"/Type3", b"/Length", b"/Count",
    b"/Root", b"/Encrypt", b"/.VnTime", b"/ABCDEF+VNI-Times", b"/Rotate", b"/CropBox", b"/F1",
)  # fmt: skip
PDF_NUMBERS = (
    b"0",
    b"-1",
    b"1",
    b"3",
    b"999999999",
    b"2147483648",
    b"1e308",
    b"-0.0",
    b"0.0001",
    b"99999999999999999999999",
    b"1.5",
    b"-2147483649",
)


def _replace_at(data: bytes, m: re.Match[bytes], new: bytes) -> bytes:
    return data[: m.start()] + new + data[m.end() :]


def _pick(rng: random.Random, pattern: re.Pattern[bytes], data: bytes) -> re.Match[bytes] | None:
    matches = list(pattern.finditer(data, 0, 400_000))
    return rng.choice(matches) if matches else None


def pdf_number(rng: random.Random, data: bytes, pool: Pool) -> bytes:
    """An edge value for a number (a length, a count, an offset, a coordinate, a width)."""
    m = _pick(rng, _NUM_RE, data)
    return _replace_at(data, m, rng.choice(PDF_NUMBERS)) if m else data


def pdf_ref(rng: random.Random, data: bytes, pool: Pool) -> bytes:
    """Redirect a reference to another object: cycles, pages as fonts, missing objects."""
    m = _pick(rng, _REF_RE, data)
    if not m:
        return data
    n = rng.choice([0, 1, 2, 3, int(m.group(1)), rng.randrange(1, 40), 99999])
    return data[: m.start(1)] + str(n).encode() + data[m.end(1) :]


def pdf_name(rng: random.Random, data: bytes, pool: Pool) -> bytes:
    """Swap a name for another PDF name (a filter, a type, a font)."""
    m = _pick(rng, _NAME_RE, data)
    return _replace_at(data, m, rng.choice(PDF_NAMES)) if m else data


def pdf_object(rng: random.Random, data: bytes, pool: Pool) -> bytes:
    """Double, drop or move an object (the xref table is left as it was)."""
    m = _pick(rng, _OBJ_RE, data)
    if not m:
        return data
    obj = m.group(0)
    kind = rng.randrange(3)
    if kind == 0:
        return data[: m.end()] + (b"\n" + obj) * count(rng, 50) + data[m.end() :]
    if kind == 1:
        return data[: m.start()] + data[m.end() :]
    rest = data[: m.start()] + data[m.end() :]
    at = rng.randrange(len(rest) + 1)
    return rest[:at] + obj + rest[at:]


def pdf_nest(rng: random.Random, data: bytes, pool: Pool) -> bytes:
    """Brackets or dictionaries nested thousands deep inside an object."""
    n = count(rng, 20_000)
    opener, closer = rng.choice([(b"[", b"]"), (b"<<", b">>"), (b"<< /A ", b">>"), (b"(", b")")])
    nested = opener * n + closer * rng.choice([0, n])
    at = data.find(b"obj", rng.randrange(max(1, len(data))))
    at = at + 3 if at >= 0 else rng.randrange(len(data) + 1)
    return data[:at] + b" " + nested + b" " + data[at:]


def pdf_text(rng: random.Random, data: bytes, pool: Pool) -> bytes:
    """Text operators in a plain content stream: odd matrices, huge arrays, odd strings."""
    at = data.find(b"ET", rng.randrange(max(1, len(data))))
    if at < 0:
        at = data.find(b"endstream")
    if at < 0:
        return data
    mat = b" ".join(rng.choice(PDF_NUMBERS) for _ in range(6))
    codes = bytes(rng.randrange(256) for _ in range(count(rng, 2000))).hex().encode()
    kern = b" ".join(rng.choice(PDF_NUMBERS) + b" <%s>" % codes[:8] for _ in range(count(rng, 500)))
    ops = rng.choice(
        [
            b"BT /F1 " + rng.choice(PDF_NUMBERS) + b" Tf " + mat + b" Tm <" + codes + b"> Tj ET",
            b"BT /F1 12 Tf [" + kern + b"] TJ ET",
            b"BT /F9 12 Tf 100 100 Td (" + b"\\" * count(rng, 100) + b") Tj ET",
            b"BT " + rng.choice(PDF_NUMBERS) + b" Tz " + rng.choice(PDF_NUMBERS) + b" Tc ET",
            b"q " * count(rng, 5000) + b"BT /F1 12 Tf 50 50 Td <0102> Tj ET",
            b"BT /F1 12 Tf 100 700 Td <0102> Tj T* <0303> ' ET" * count(rng, 300),
        ]
    )
    return data[:at] + b"\n" + ops + b"\n" + data[at:]


def pdf_letter(rng: random.Random, data: bytes, pool: Pool) -> bytes:
    """A fresh PDF laid out from lines of text seeds, at odd places and sizes now and then."""
    donors = [s for s in pool.get("txt", []) if s.data]
    if not donors:
        return data
    text = rng.choice(donors).data.decode("utf-8", "replace")
    lines = [t.strip() for t in text.splitlines() if t.strip()]
    if len(lines) < 6:
        return data
    k = count(rng, min(len(lines), 300))
    pages = layout_letter(lines[:2], lines[2:4], lines[4:k], (lines[-6:-3], lines[-3:]))
    if rng.random() < 0.3:
        pages = [
            [(x + rng.uniform(-300, 300), y + rng.uniform(-30, 30), s, t) for x, y, s, t in p]
            for p in pages
        ]
    return build_pdf(pages, compress=rng.random() < 0.5)


PDF_OPS: list[tuple[str, Callable[[random.Random, bytes, Pool], bytes], float]] = [
    ("flip", flip, 1.0),
    ("truncate", truncate, 0.6),
    ("erase", erase, 0.4),
    ("pdf_number", pdf_number, 2.0),
    ("pdf_ref", pdf_ref, 1.0),
    ("pdf_name", pdf_name, 1.5),
    ("pdf_object", pdf_object, 1.0),
    ("pdf_nest", pdf_nest, 0.5),
    ("pdf_text", pdf_text, 1.5),
    ("pdf_letter", pdf_letter, 0.4),
]
