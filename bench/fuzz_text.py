"""Mutations of bytes and of letter text for ``bench/fuzz.py``.

Every mutation is a function ``(rng, data, pool) -> bytes`` registered with a
weight per format in :data:`TEXT_OPS`; ``pool`` gives other seeds to splice in.
Random bytes alone rarely get past the reader, so most mutations here speak the
domain: *hostile snippets* are what a real archive or a hostile user could
produce and what the parser's patterns are most likely to choke on (lines of
100 KB, labels nested a thousand deep, ten thousand ``1. a`` items, ``Căn cứ``
repeated until the legal-basis list is huge, dates that are no dates, numbers
that overflow a C long, control characters, invalid UTF-8, legacy encodings).
Sizes are drawn log-uniformly, so most mutants stay small and cheap while a
few are big enough to expose anything quadratic.
"""

from __future__ import annotations

import math
import random
import unicodedata
from collections.abc import Callable

from fuzz_seeds import Seed

Pool = dict[str, list[Seed]]
Op = Callable[[random.Random, bytes, Pool], bytes]

#: Words and phrases of official letters, for snippets built from the domain.
VOCAB = (
    "Số:", "Số", "Kính gửi:", "V/v", "Về việc", "Căn cứ", "Nơi nhận:", "- Như trên;",
    "- Lưu: VT.", "KT.", "TM.", "Q.", "TL.", "TUQ.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "GIÁM ĐỐC",
    "UBND", "ỦY BAN NHÂN DÂN", "SỞ NỘI VỤ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc", "ngày", "tháng", "năm", "Hà Nội,", "QUYẾT ĐỊNH", "Điều 1.",
    "Khoản", "Điểm", "a)", "b)", "1.", "2.", "I.", "II.", "-", "+", "*", "trước ngày",
    "chậm nhất", "hoàn thành", "đề nghị", "giao", "chủ trì", "phối hợp", "báo cáo", "gửi",
    "/QĐ-UBND", "/NĐ-CP", "/TT-BNV", "12/2025/QĐ-TTg", "Nghị định", "Luật", "Thông tư",
    "(Đã ký)", "Nguyễn Văn A", "HỎA TỐC", "KHẨN", "MẬT", "/.", ";", ":", "\t", "|",
)  # fmt: skip

#: Pieces that have broken text parsers before: controls, odd spaces, marks, digits.
ODD = (
    "\x00", "\x0b", "\x0c", "\x1b[31m", "\ufeff", "\u200b", "\u200d", "\u202e", "\u2028",
    "\u2029", "\u00a0", "\u3000", "\u0301", "\u0323" * 8, "\ufffd", "１２", "٣", "²", "Ⅻ",
    "ﬁ", "İ", "ß", "\U0001f600", "\r", "\r\n", "\\", "%s", "{0}", "\\1", "(?:", "*", "[",
)  # fmt: skip

#: Numbers at the edges of what ``int``, ``date`` and C longs accept.
NUMBERS = (
    "0", "00", "-1", "1", "13", "29", "31", "32", "99", "0000", "9999", "10000", "2147483648",
    "9223372036854775808", "9" * 40, "1e9", "１２", "٢٠٢٥",
)  # fmt: skip


#: Sizes past this are drawn only in a :data:`BIG_SHARE` of draws: a big mutant costs
#: seconds where a small one costs milliseconds, and a quadratic pattern shows at 50 KB.
SMALL = 250
BIG_SHARE = 0.02


def count(rng: random.Random, hi: int) -> int:
    """A size in ``1..hi``, log-uniform, and at most :data:`SMALL` but for a few draws."""
    if hi > SMALL and rng.random() >= BIG_SHARE:
        hi = SMALL
    return max(1, int(math.exp(rng.uniform(0, math.log(max(hi, 1))))))


def _date(rng: random.Random) -> str:
    d, m, y = (rng.choice(NUMBERS) for _ in range(3))
    if rng.random() < 0.5:
        return f"ngày {d} tháng {m} năm {y}"
    return f"{rng.choice(['ngày ', 'trước ngày ', 'Hà Nội, ngày ', ''])}{d}/{m}/{y}"


def _long_line(rng: random.Random) -> str:
    unit = rng.choice(["a", "x ", "Căn cứ ", "1.", ". ", "-", "_", " ", "\t", "a\u0301", "ngày "])
    return unit * count(rng, 100_000)


def _deep(rng: random.Random) -> str:
    n = count(rng, 3000)
    kind = rng.randrange(8)
    if kind == 0:
        return "1" + ".1" * n + ". Nội dung"
    if kind == 1:
        return "(" * n + "a" + ")" * rng.choice([0, n])
    if kind == 2:
        return "> " * n + "trích dẫn"
    if kind == 3:
        return "\n".join("  " * k + rng.choice(["- ", "+ ", "1. ", "a) "]) + "x" for k in range(n))
    if kind == 4:
        return "<div>" * n + "nội dung" + "</div>" * rng.choice([0, n])
    if kind == 5:
        return "\n".join("\t" * k + f"{k}." for k in range(min(n, 500)))
    if kind == 6:
        return " ".join(
            rng.choice(["I.", "1.", "a)", "-", "+", "Điều 1.", "Khoản 2"]) for _ in range(n)
        )
    return "[" * n + "]" * n


def _many_labels(rng: random.Random) -> str:
    n = count(rng, 8000)
    style = rng.randrange(6)
    romans = ["I", "II", "III", "IV", "V", "IX", "X", "XL", "MMMM"]
    make: Callable[[int], str] = [
        lambda k: f"{k}. a",
        lambda k: f"{chr(97 + k % 26)}) việc {k}",
        lambda k: f"{romans[k % len(romans)]}. MỤC",
        lambda k: f"Điều {k}. Điều khoản",
        lambda k: f"{k}.{k}.{k}. Nội dung chậm nhất ngày {k % 40}/{k % 14}/2025",
        lambda k: rng.choice(["- ", "+ ", "* ", "• "]) + "Giao Sở Nội vụ chủ trì",
    ][style]
    return "\n".join(make(k) for k in range(1, n + 1))


def _repeated_block(rng: random.Random) -> str:
    block = rng.choice(
        [
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
            "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ;",
            "Căn cứ " * 20,
            "Kính gửi: Sở Tài chính;",
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.",
            "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký)\nNguyễn Văn A",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 1/UBND",
            "Số: 12/UBND-VP ngày 01/01/2025",
            "V/v",
            "QUYẾT ĐỊNH:",
        ]
    )
    return "\n".join([block] * count(rng, 5000))


def _soup(rng: random.Random) -> str:
    parts = [
        rng.choice(VOCAB + ODD) if rng.random() < 0.9 else _date(rng)
        for _ in range(count(rng, 3000))
    ]
    return "".join(p + rng.choice([" ", " ", "\n", "", "  "]) for p in parts)


def _number_line(rng: random.Random) -> str:
    n = count(rng, 2000)
    return rng.choice(
        [
            f"Số: {rng.choice(NUMBERS)}/{'A-' * n}UBND",
            "Số: " + "/" * n,
            f"Số: {'1/' * n}",
            "Số:" + " " * n,
            f"Số: {rng.choice(NUMBERS)}/{rng.choice(NUMBERS)}/QĐ-{'X' * n}",
            "Số " + "0 " * n,
        ]
    )


def _spaced(rng: random.Random) -> str:
    word = rng.choice(["Quảng Ngãi", "Chủ tịch", "tháng 06", "ngày 05", "Nghị định", "Ủy ban"])
    return " ".join(word) * count(rng, 500)


SNIPPETS: tuple[Callable[[random.Random], str], ...] = (
    _long_line, _deep, _many_labels, _repeated_block, _soup, _number_line, _spaced,
    lambda rng: "\n".join(_date(rng) for _ in range(count(rng, 200))),
    lambda rng: rng.choice(ODD) * count(rng, 20_000),
)  # fmt: skip


def hostile(rng: random.Random) -> str:
    """One hostile snippet (see the module docstring)."""
    return rng.choice(SNIPPETS)(rng)


def encode_snippet(rng: random.Random, text: str) -> bytes:
    """``text`` as UTF-8 mostly; sometimes as a legacy encoding or with lone surrogates."""
    r = rng.random()
    if r < 0.85:
        return text.encode("utf-8", "replace")
    if r < 0.9:
        return text.encode("utf-8", "replace") + b"\xed\xa0\x80\xc3\x28\xff"
    if r < 0.95:
        return text.encode("utf-16-le", "replace")
    try:
        from congvan import encodings

        return encodings.encode(text, rng.choice(encodings.CANDIDATES))
    except Exception:  # only a helper of the fuzzer; cp1258 is the stand-in
        return text.encode("cp1258", "replace")


# --- byte-level -------------------------------------------------------------------------------

INTERESTING_BYTES = (0x00, 0x0A, 0x0D, 0x20, 0x7F, 0x80, 0xC3, 0xE1, 0xEF, 0xFE, 0xFF)


def flip(rng: random.Random, data: bytes, pool: Pool) -> bytes:
    """Flip bits or set interesting bytes at a few places."""
    if not data:
        return bytes([rng.randrange(256)])
    buf = bytearray(data)
    for _ in range(count(rng, 64)):
        i = rng.randrange(len(buf))
        if rng.random() < 0.5:
            buf[i] ^= 1 << rng.randrange(8)
        else:
            buf[i] = rng.choice(INTERESTING_BYTES) if rng.random() < 0.6 else rng.randrange(256)
    return bytes(buf)


def truncate(rng: random.Random, data: bytes, pool: Pool) -> bytes:
    """Cut the end (most often) or the start off."""
    if not data:
        return data
    at = rng.randrange(len(data) + 1)
    return data[:at] if rng.random() < 0.8 else data[at:]


def erase(rng: random.Random, data: bytes, pool: Pool) -> bytes:
    """Delete a range of bytes from the middle."""
    if not data:
        return data
    a = rng.randrange(len(data))
    return data[:a] + data[a + count(rng, max(2, len(data) - a)) :]


def duplicate(rng: random.Random, data: bytes, pool: Pool) -> bytes:
    """Repeat a range of bytes a few (or many) times in place."""
    if not data:
        return data
    a = rng.randrange(len(data))
    b = min(len(data), a + count(rng, 4096))
    return data[:b] + data[a:b] * max(1, count(rng, 100_000) // (b - a)) + data[b:]


def splice(rng: random.Random, data: bytes, pool: Pool, fmt: str = "txt") -> bytes:
    """The head of this input followed by the tail of another seed of the same format."""
    other = rng.choice(pool.get(fmt) or [Seed(fmt, "", data)]).data
    return data[: rng.randrange(len(data) + 1)] + other[rng.randrange(len(other) + 1) :]


def insert_hostile(rng: random.Random, data: bytes, pool: Pool) -> bytes:
    """A hostile snippet at a line start (mostly) or at any byte."""
    snippet = encode_snippet(rng, hostile(rng))
    at = rng.randrange(len(data) + 1)
    if rng.random() < 0.8:
        at = data.rfind(b"\n", 0, at) + 1
        snippet += b"\n"
    return data[:at] + snippet + data[at:]


# --- line-level (.txt, .md) -------------------------------------------------------------------


def _line_op(edit: Callable[[random.Random, list[bytes], Pool], list[bytes]]) -> Op:
    def op(rng: random.Random, data: bytes, pool: Pool) -> bytes:
        lines = data.split(b"\n")
        return b"\n".join(edit(rng, lines, pool))

    op.__name__ = edit.__name__
    op.__doc__ = edit.__doc__
    return op


def _span(rng: random.Random, lines: list[bytes]) -> tuple[int, int]:
    a = rng.randrange(len(lines))
    return a, min(len(lines), a + count(rng, 40))


@_line_op
def lines_delete(rng: random.Random, lines: list[bytes], pool: Pool) -> list[bytes]:
    """Delete a block of lines."""
    a, b = _span(rng, lines)
    return lines[:a] + lines[b:]


@_line_op
def lines_repeat(rng: random.Random, lines: list[bytes], pool: Pool) -> list[bytes]:
    """Repeat a block of lines, up to thousands of times."""
    a, b = _span(rng, lines)
    return lines[:b] + lines[a:b] * max(1, count(rng, 20_000) // (b - a)) + lines[b:]


@_line_op
def lines_shuffle(rng: random.Random, lines: list[bytes], pool: Pool) -> list[bytes]:
    """Shuffle a block, or move it elsewhere."""
    a, b = _span(rng, lines)
    block = lines[a:b]
    rest = lines[:a] + lines[b:]
    if rng.random() < 0.5:
        rng.shuffle(block)
        return lines[:a] + block + lines[b:]
    at = rng.randrange(len(rest) + 1)
    return rest[:at] + block + rest[at:]


@_line_op
def lines_borrow(rng: random.Random, lines: list[bytes], pool: Pool) -> list[bytes]:
    """Insert lines of another seed (of any text format) here."""
    donors = pool.get("txt", []) + pool.get("md", [])
    if not donors:
        return lines
    other = rng.choice(donors).data.split(b"\n")
    a, b = _span(rng, other)
    at = rng.randrange(len(lines) + 1)
    return lines[:at] + other[a:b] + lines[at:]


@_line_op
def lines_join_split(rng: random.Random, lines: list[bytes], pool: Pool) -> list[bytes]:
    """Join a block into one line, or split a line at a random byte."""
    a, b = _span(rng, lines)
    if rng.random() < 0.5:
        return [*lines[:a], rng.choice([b" ", b"", b"\t", b"  |  "]).join(lines[a:b]), *lines[b:]]
    line = lines[a]
    at = rng.randrange(len(line) + 1)
    return [*lines[:a], line[:at], line[at:], *lines[a + 1 :]]


@_line_op
def lines_indent(rng: random.Random, lines: list[bytes], pool: Pool) -> list[bytes]:
    """Indent (spaces, tabs, NBSP) or strip a block of lines."""
    a, b = _span(rng, lines)
    pad = rng.choice([b" ", b"\t", b"\xc2\xa0", b"    ", b"\xe3\x80\x80"]) * count(rng, 200)
    edit = (lambda t: pad + t) if rng.random() < 0.7 else (lambda t: t.strip())
    return lines[:a] + [edit(t) for t in lines[a:b]] + lines[b:]


def _text_edit(rng: random.Random, text: str) -> str:
    kind = rng.randrange(7)
    if kind == 0:
        return text.upper()
    if kind == 1:
        return text.lower()
    if kind == 2:
        stripped = unicodedata.normalize("NFD", text)
        return "".join(c for c in stripped if not unicodedata.combining(c)).replace("đ", "d")
    if kind == 3:
        return unicodedata.normalize("NFD", text)
    if kind == 4:
        return "".join(
            rng.choice(NUMBERS) if c.isdigit() and rng.random() < 0.3 else c for c in text
        )
    if kind == 5:
        return text.replace("/", rng.choice(["-", ".", " / ", "//", ""]))
    return text.replace(" ", rng.choice(["  ", "\t", "\u00a0", " \u0301", ""]))


@_line_op
def lines_rewrite(rng: random.Random, lines: list[bytes], pool: Pool) -> list[bytes]:
    """Change case, strip or decompose the marks, change digits, slashes or spaces of a block."""
    a, b = _span(rng, lines)
    edited = [_text_edit(rng, t.decode("utf-8", "surrogateescape")) for t in lines[a:b]]
    return lines[:a] + [t.encode("utf-8", "surrogateescape") for t in edited] + lines[b:]


def newlines(rng: random.Random, data: bytes, pool: Pool) -> bytes:
    """Other line ends (CR LF, lone CR, U+2028, form feed) or many blank lines."""
    new = rng.choice([b"\r\n", b"\r", b"\xe2\x80\xa8", b"\x0c", b"\n\n", b"\n" * 50, b"\r\r\n"])
    return data.replace(b"\n", new)


# --- Markdown ---------------------------------------------------------------------------------


@_line_op
def md_table(rng: random.Random, lines: list[bytes], pool: Pool) -> list[bytes]:
    """Fold a block into table rows as exporters do: cells, ``<br>``, stray or missing pipes."""
    a, b = _span(rng, lines)
    cols = count(rng, 40)
    block = lines[a:b]
    rows = [b"| " + b" | ".join(block[i : i + cols]) + b" |" for i in range(0, len(block), cols)]
    if rng.random() < 0.3:
        rows = [b"| " + b"<br>".join(block) + b" | " + b"|" * count(rng, 200)]
    sep = b"|" + b"---|" * rng.choice([1, cols, count(rng, 100)])
    return lines[:a] + rows[:1] + [sep] + rows[1:] + lines[b:]


@_line_op
def md_markup(rng: random.Random, lines: list[bytes], pool: Pool) -> list[bytes]:
    """Headings, emphasis, quotes, fences, HTML and escapes around lines of a block."""
    a, b = _span(rng, lines)
    n = count(rng, 50)
    wraps = [
        (b"#" * n + b" ", b""),
        (b"**", b"**"),
        (b"*" * n, b""),
        (b"> " * n, b""),
        (b"<b>", b"</b>"),
        (b"<td>", b""),
        (b"<br>" * n, b""),
        (b"\\", b"\\"),
        (b"`", b"`"),
        (b"[", b"](http://x)"),
        (b"<!--", b""),
        (b"```\n", b"\n```"),
        (b"&#", b";"),
    ]
    pre, post = rng.choice(wraps)
    return lines[:a] + [pre + t + post for t in lines[a:b]] + lines[b:]


@_line_op
def md_spaced_letters(rng: random.Random, lines: list[bytes], pool: Pool) -> list[bytes]:
    """Space out letters as some scrapers do (``Qu ả ng Ngãi``), on a block of lines."""
    a, b = _span(rng, lines)
    out = []
    for t in lines[a:b]:
        text = t.decode("utf-8", "surrogateescape")
        out.append(" ".join(text).encode("utf-8", "surrogateescape"))
    return lines[:a] + out + lines[b:]


#: (name, function, weight) per format; ``splice`` gets the format bound by the caller.
COMMON: list[tuple[str, Op, float]] = [
    ("flip", flip, 1.0),
    ("truncate", truncate, 0.6),
    ("erase", erase, 0.6),
    ("duplicate", duplicate, 0.5),
    ("insert_hostile", insert_hostile, 3.0),
]
LINES: list[tuple[str, Op, float]] = [
    ("lines_delete", lines_delete, 1.0),
    ("lines_repeat", lines_repeat, 0.8),
    ("lines_shuffle", lines_shuffle, 0.8),
    ("lines_borrow", lines_borrow, 1.0),
    ("lines_join_split", lines_join_split, 0.8),
    ("lines_indent", lines_indent, 0.6),
    ("lines_rewrite", lines_rewrite, 1.0),
    ("newlines", newlines, 0.3),
]
MARKDOWN: list[tuple[str, Op, float]] = [
    ("md_table", md_table, 1.2),
    ("md_markup", md_markup, 1.0),
    ("md_spaced_letters", md_spaced_letters, 0.5),
]
TEXT_OPS: dict[str, list[tuple[str, Op, float]]] = {
    "txt": COMMON + LINES,
    "md": COMMON + LINES + MARKDOWN,
    "rtf": COMMON + LINES,
    "doc": COMMON,
}
