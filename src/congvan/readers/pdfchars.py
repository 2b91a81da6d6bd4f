"""The characters of a PDF page through PDFium, and the words they make.

pdfminer interprets a page's content streams in Python, and a signed letter's
stamps and signature images make those streams long: reading a 43-page report
took seconds. PDFium (through ``pypdfium2``'s raw C API) does the same work in
C; this module asks it for each character's code point, origin, matrix and
font, and builds from them the boxes a typesetter's metrics give (advance width
across, the font size up from the descent), so that words and columns come out
where the eye sees them. PDFium's own boxes are not used: they follow each
glyph's ink, so an accented capital stands taller than its neighbours and a
wide glyph runs into the next word. Nor are its generated spaces: PDFium
inserts one wherever it guesses a gap, letter-spaced headings included; a gap
wider than :data:`WORD_GAP` splits words instead, measured on the advance
boxes.

:func:`stamped_digits` adds the number and day that the e-government signing
systems stamp into a letter's printed blanks as form fields (see there).
:mod:`congvan.readers.pdf` makes rows and columns from the words.
"""

from __future__ import annotations

import bisect
import ctypes
import functools
import itertools
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from congvan import patterns

#: Points between two characters' advance boxes beyond which they are two words.
WORD_GAP = 2.0
#: Points between two characters' advance boxes from which a space PDFium generated there
#: parts them (see :func:`_apart`).
SPACED_GAP = 1.0
#: Points between two characters' tops within which they stand on one line.
LINE_GAP = 3.0
#: Annotation flags (``/F``) of an annotation a viewer does not show: Hidden, NoView.
_NOT_SHOWN = 2 | 32
#: What PDFium gives for a hyphen that ends a line (``NĐ-`` before a break).
_LINE_END_HYPHEN = 0x02
_ONE = ctypes.c_float(1.0)
#: Code points PDFium gives for no printed character (breaks it adds, unmapped glyphs);
#: a lone surrogate (a damaged ToUnicode map) is none either, and could not be written out.
_NOT_TEXT = frozenset((0, 0x0A, 0x0D, 0xFFFE, 0xFFFF))
#: What a cache lookup gives for a key not asked yet (None is a cached answer).
_UNSEEN: Any = object()
_UNSEEN_WIDTH = -1.0
#: What PDFium may add of its own: spaces, breaks and the hyphen ending a line; any other
#: code point is the page's, so only these are asked about (a call per character saved).
_MAYBE_GENERATED = frozenset((0x20, 0x0A, 0x0D, _LINE_END_HYPHEN))
#: Points a glyph filling a gap may start before it (its advance box against its neighbours').
_FILL_SLACK = 0.5
#: PDFium's positions are single precision: a gap of exactly :data:`WORD_GAP` (character
#: spacing ``2 Tc``) must not part a word by a rounding error.
_EPS = 0.01

#: Points around a form field's rectangle within which a character's origin (its baseline's
#: left end) must lie for the character to be read from the flattened page: a glyph whose
#: middle stands in the field starts at most about its size away, and a stamp's glyphs are
#: text-sized (an inch is a generous bound); :func:`field_chars` then tests the middle.
_NEAR = 72.0
#: Points a form field that stamps a number or a day into a printed blank measures across the
#: line at most (the corpus's: 17-30); a signature's box is a hundred and more.
_LINE_FIELD = 40.0

Char = dict[str, Any]
_Matrix = tuple[float, float, float, float, float, float]
_Rect = tuple[float, float, float, float]


@dataclass(frozen=True, slots=True)
class _Font:
    """What the characters of one text object share."""

    handle: Any
    name: str
    descent: float  # in units of the font size (negative below the baseline)


def _mul(m: _Matrix, n: _Matrix) -> _Matrix:
    """``m`` then ``n`` (row vectors, as PDF writes its matrices)."""
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return (
        a * p + b * r,
        a * q + b * s,
        c * p + d * r,
        c * q + d * s,
        e * p + f * r + t,
        e * q + f * s + u,
    )


def _apply(m: _Matrix, x: float, y: float) -> tuple[float, float]:
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


def display_matrix(page: Any) -> tuple[_Matrix, float]:
    """The matrix from user space to the page as displayed (rotated, origin at the bottom
    left of the media box) and the displayed height, as pdfminer places a page."""
    import pypdfium2.raw as pdfium_c

    x0, y0, x1, y1 = page.get_mediabox()
    rotate = pdfium_c.FPDFPage_GetRotation(page.raw) * 90 % 360
    m: _Matrix = {
        90: (0.0, -1.0, 1.0, 0.0, -y0, x1),
        180: (-1.0, 0.0, 0.0, -1.0, x1, y1),
        270: (0.0, 1.0, -1.0, 0.0, y1, -x0),
    }.get(rotate, (1.0, 0.0, 0.0, 1.0, -x0, -y0))
    height = (x1 - x0) if rotate in (90, 270) else (y1 - y0)
    return m, height


@dataclass(frozen=True, slots=True)
class _FastCalls:
    text_object: Any  # FPDFText_GetTextObject(textpage, index) -> address or None
    char_origin: Any  # FPDFText_GetCharOrigin(textpage, index, double*, double*) -> bool
    matrix: Any  # FPDFText_GetMatrix(textpage, index, FS_MATRIX*) -> bool
    font_size: Any  # FPDFText_GetFontSize(textpage, index) -> double
    font: Any  # FPDFTextObj_GetFont(text object) -> address or None


@functools.cache
def _fast_calls() -> _FastCalls:
    """PDFium's per-character calls as bare C prototypes (addresses in, addresses out)."""
    import pypdfium2.raw as pdfium_c

    def bare(name: str, restype: Any, *argtypes: Any) -> Any:
        address = ctypes.cast(getattr(pdfium_c, name), ctypes.c_void_p).value or 0
        return ctypes.CFUNCTYPE(restype, *argtypes)(address)

    vp, i = ctypes.c_void_p, ctypes.c_int
    return _FastCalls(
        bare("FPDFText_GetTextObject", vp, vp, i),
        bare("FPDFText_GetCharOrigin", i, vp, i, vp, vp),
        bare("FPDFText_GetMatrix", i, vp, i, vp),
        bare("FPDFText_GetFontSize", ctypes.c_double, vp, i),
        bare("FPDFTextObj_GetFont", vp, vp),
    )


@dataclass(frozen=True, slots=True)
class _Object:
    """What the characters of one text object share: font, size and matrix, hence how a
    glyph's em square maps to the displayed page."""

    font: _Font
    m: _Matrix  # em square (font size units) to user space, without the origin
    upright: bool
    up: bool  # turned text that runs up the page
    plain: bool  # upright, unturned, unskewed: boxes straight from the origin
    font_id: int  # the font's key for the advance widths
    shift_x: float  # plain text: where x = 0 of user space stands on the displayed page
    base: float  # plain text: the displayed bottom of a glyph at user y = 0


class _Reader:
    """Reads one text page: a char per code point, in content order.

    PDFium is asked per character only for what changes from one to the next (code point,
    origin, its text object); font, size and matrix are asked once per text object, and a
    glyph's advance once per font and code point.
    """

    def __init__(self, page: Any, textpage: Any) -> None:
        import pypdfium2.raw as pdfium_c

        self.c = pdfium_c
        self.tp = textpage
        self.display, self.height = display_matrix(page)
        self.objects: dict[int, Any] = {}
        self.fonts: dict[int, _Font] = {}
        self.widths: dict[tuple[int, int], float | None] = {}
        self.x = ctypes.c_double()
        self.y = ctypes.c_double()
        # The two calls made for every character go through plain C prototypes: the typed
        # bindings check and wrap each argument and result, which costs more than the call.
        self.fast = _fast_calls()
        self.handle = ctypes.cast(textpage, ctypes.c_void_p).value
        self.at_x = ctypes.addressof(self.x)
        self.at_y = ctypes.addressof(self.y)
        self.width = ctypes.c_float()
        self.buf = ctypes.create_string_buffer(256)
        self.matrix = self.c.FS_MATRIX()
        self.at_matrix = ctypes.addressof(self.matrix)
        self.shapes: dict[tuple[int, float, float, float, float], _Object] = {}

    def _object(self, index: int, obj: int) -> _Object | None:
        c, fast = self.c, self.fast
        if not fast.matrix(self.handle, index, self.at_matrix):
            return None
        size = fast.font_size(self.handle, index)
        key = fast.font(obj) or 0
        mm = self.matrix
        shape = (key, mm.a * size, mm.b * size, mm.c * size, mm.d * size)
        known = self.shapes.get(shape)
        if known is not None:
            return known  # another text object of the same font, size and matrix
        font = self.fonts.get(key)
        if font is None:
            handle = ctypes.cast(key, c.FPDFTextObj_GetFont.restype)
            name, descent = "", -0.2
            if handle:
                n = c.FPDFFont_GetBaseFontName(handle, self.buf, len(self.buf))
                name = self.buf.raw[: max(n - 1, 0)].decode("utf-8", "replace")
                d = ctypes.c_float()
                if c.FPDFFont_GetDescent(handle, _ONE, d):
                    descent = d.value
            font = self.fonts[key] = _Font(handle if handle else None, name, descent)
        m: _Matrix = (*shape[1:], 0, 0)
        dm = _mul(m, self.display)
        upright = dm[0] * dm[3] > 0 and dm[1] * dm[2] <= 0
        plain = m[1] == 0 and m[2] == 0 and m[0] > 0 and m[3] > 0 and self.display[0] == 1
        shift_x, shift_y = self.display[4], self.display[5]
        base = self.height - shift_y - font.descent * m[3]
        made = _Object(font, m, upright, not upright and dm[1] > 0, plain, id(font), shift_x, base)
        self.shapes[shape] = made
        return made

    def advance(self, font: _Font, cp: int) -> float | None:
        """The advance of the glyph PDFium reads as code point ``cp`` (for a letter and the
        marks it carries, the letter's: the glyph is one), in units of the font size, or
        None when the font cannot say."""
        key = (id(font), cp)
        width = None
        if font.handle is not None and self.c.FPDFFont_GetGlyphWidth(
            font.handle, cp, _ONE, self.width
        ):
            width = float(self.width.value)
        self.widths[key] = width
        return width

    def chars(self, near: list[_Rect] | None = None) -> list[Char]:
        """The page's chars; with ``near``, only those whose origin lies within
        :data:`_NEAR` points of one of those user-space rectangles (the rest is skipped
        before any work on it but a call for its origin)."""
        c, tp = self.c, self.tp
        zones = [(x0 - _NEAR, y0 - _NEAR, x1 + _NEAR, y1 + _NEAR) for x0, y0, x1, y1 in near or ()]
        out: list[Char] = []
        n = c.FPDFText_CountChars(tp)
        if n <= 0:
            return out
        buf = (ctypes.c_ushort * (n + 1))()
        got = c.FPDFText_GetText(tp, 0, n, buf)
        codes = list(buf[: max(got - 1, 0)])
        if len(codes) != n:  # a character outside the BMP: ask one by one
            codes = [c.FPDFText_GetUnicode(tp, i) for i in range(n)]
        i = 0
        spaced = False  # PDFium put a space of its own since the last char
        gaps: list[tuple[int, float, float, float]] = []  # (space's index, baseline, from, to)
        while i < n:
            cp = codes[i]
            if cp == 0xFFFE:  # the text gives a line-end hyphen as this; the char says 0x02
                cp = c.FPDFText_GetUnicode(tp, i)
            if (
                cp in _NOT_TEXT
                or 0xD800 <= cp <= 0xDFFF
                or (cp in _MAYBE_GENERATED and c.FPDFText_IsGenerated(tp, i))
            ):
                spaced = spaced or cp == 0x20
                i += 1
                continue
            text = "-" if cp == _LINE_END_HYPHEN else chr(cp)
            start = i
            i += 1
            while (
                i < n and not 0xD800 <= codes[i] <= 0xDFFF and unicodedata.combining(chr(codes[i]))
            ):
                text += chr(codes[i])  # ``y`` and its hook: one glyph
                i += 1
            if near is not None and not self._within(start, zones):
                continue
            char = self._char(start, cp, text)
            if char is None:
                continue
            if spaced and out and _apart(out[-1], char):
                gaps.append((len(out), char["base"], out[-1]["x1"], char["x0"]))
                out.append(_space(out[-1], out[-1]["x1"]))
            spaced = False
            out.append(char)
        return _unfilled(out, gaps) if gaps else out

    def _within(self, index: int, zones: list[_Rect]) -> bool:
        self.fast.char_origin(self.handle, index, self.at_x, self.at_y)
        x, y = self.x.value, self.y.value
        return any(x0 <= x <= x1 and y0 <= y <= y1 for x0, y0, x1, y1 in zones)

    def _char(self, index: int, cp: int, text: str) -> Char | None:
        key = self.fast.text_object(self.handle, index) or 0
        o = self.objects.get(key, _UNSEEN)
        if o is _UNSEEN:
            o = self.objects[key] = self._object(index, key) if key else None
        if o is None or o is _UNSEEN:
            return None
        self.fast.char_origin(self.handle, index, self.at_x, self.at_y)
        ox, oy = self.x.value, self.y.value
        m = o.m
        adv = self.widths.get((o.font_id, cp), _UNSEEN_WIDTH)
        if adv == _UNSEEN_WIDTH:
            adv = self.advance(o.font, cp)
        if adv is None:  # the ink's box, as the last resort
            rect = self.c.FS_RECTF()
            self.c.FPDFText_GetLooseCharBox(self.tp, index, rect)
            adv = max(rect.right - rect.left, 0.0) / (abs(m[0]) or 1.0)
        if o.plain:  # most characters: straight boxes, no turning
            x0 = ox + o.shift_x
            x1 = x0 + adv * m[0]
            bottom = o.base - oy
            top = bottom - m[3]
            base = bottom + o.font.descent * m[3]
        else:
            descent = o.font.descent
            corners = [
                _apply(self.display, *_offset(m, ox, oy, u, v))
                for u in (0.0, adv)
                for v in (descent, descent + 1.0)
            ]
            xs = [p[0] for p in corners]
            ys = [p[1] for p in corners]
            x0, x1 = min(xs), max(xs)
            top, bottom = self.height - max(ys), self.height - min(ys)
            base = bottom
        return {
            "text": text,
            "fontname": o.font.name,
            "upright": o.upright,
            "up": o.up,
            "x0": x0,
            "x1": x1,
            "top": top,
            "bottom": bottom,
            "base": base,
        }


def _unfilled(chars: list[Char], gaps: list[tuple[int, float, float, float]]) -> list[Char]:
    """``chars`` without the spaces PDFium generated over a gap that a glyph drawn elsewhere in
    the page's order fills: a letter the line's font lacks, drawn afterwards from a fallback
    font (``c``, gap, ``a`` with ``ủ`` drawn at the end of the page: ``của``). A gap nothing
    fills keeps its space. Characters are looked up by baseline and position: n log n."""
    reach = int(LINE_GAP) + 1
    lines: dict[int, list[tuple[float, float, float]]] = {}
    for ch in chars:  # once per character: kept to the least work
        if ch["upright"] and ch["text"] != " ":
            base = ch["base"]
            row = lines.get(int(base))
            if row is None:
                row = lines[int(base)] = []
            row.append((ch["x0"], ch["x1"], base))
    starts: dict[int, list[float]] = {}
    for key, row in lines.items():
        row.sort()
        starts[key] = [x0 for x0, _, _ in row]
    drop = set()
    for index, base, left, right in gaps:
        key = int(base)
        for near in range(key - reach, key + reach + 1):
            found = lines.get(near)
            if found is None:
                continue
            k = bisect.bisect_left(starts[near], left - _FILL_SLACK)
            if (
                k < len(found)
                and found[k][0] < right
                and found[k][0] + found[k][1] <= 2 * right  # its middle in the gap: a wider
                and abs(found[k][2] - base) <= LINE_GAP  # fallback glyph may overrun it
            ):
                drop.add(index)
                break
    return [ch for n, ch in enumerate(chars) if n not in drop]


def _apart(prev: Char, char: Char) -> bool:
    """A space PDFium generated between ``prev`` and ``char`` is a real one: the two stand
    on one line, :data:`SPACED_GAP` apart or more. PDFium reports some spaces of the page
    as its own (a justified line's), and words must part there; a glyph's ink running into
    its neighbour (kerned capitals) makes it generate spaces where nobody typed one."""
    return bool(
        prev["upright"]
        and char["upright"]
        and abs(char["base"] - prev["base"]) <= LINE_GAP
        and char["x0"] - prev["x1"] >= SPACED_GAP
    )


def _offset(m: _Matrix, ox: float, oy: float, u: float, v: float) -> tuple[float, float]:
    """The point ``(u, v)`` of a glyph's em square (font size units) in user space."""
    return ox + m[0] * u + m[2] * v, oy + m[1] * u + m[3] * v


def page_chars(page: Any, near: list[_Rect] | None = None) -> list[Char]:
    """The page's printed characters, in the order the page draws them; with ``near``, only
    those drawn near these user-space rectangles (a flattened page's fields)."""
    textpage = page.get_textpage()
    try:
        return _Reader(page, textpage.raw).chars(near)
    finally:
        textpage.close()


# --- words ---------------------------------------------------------------------------------------


def words(chars: list[Char]) -> Iterator[Char]:
    """The words of ``chars``: runs of the same uprightness, cut into lines by their baselines
    (:data:`LINE_GAP`), each line left to right cut at blanks and at gaps wider than
    :data:`WORD_GAP`. A word has the text and the box of its characters.

    Baselines, not tops: two fonts on one line stand on the same baseline while their boxes
    do not (a letter a font lacks, drawn from a fallback font with another descent: ``ủ``
    of DejaVu Serif in a line of Liberation Serif 1, 2.3 points lower)."""
    for (upright, up), run in itertools.groupby(chars, key=lambda ch: (ch["upright"], ch["up"])):
        across, tolerance = ("base", LINE_GAP) if upright else ("x0", WORD_GAP)
        for line in _lines(list(run), across, tolerance):
            if up:  # text turned to run up the page: read from its foot
                line = [_flipped(ch) for ch in line]
            line.sort(key=lambda ch: ch["x0"] if upright else ch["top"])
            for word in _split(line, upright):
                yield _flipped(word) if up else word


def _flipped(ch: Char) -> Char:
    """``ch`` mirrored top to bottom (and back): text running up reads as text running down."""
    return {**ch, "top": -ch["bottom"], "bottom": -ch["top"], "base": -ch["base"]}


def _lines(chars: list[Char], key: str, tolerance: float) -> list[list[Char]]:
    """Chars grouped by ``key`` values that run on within ``tolerance`` of each other."""
    values = sorted({ch[key] for ch in chars})
    group: dict[float, int] = {}
    n = 0
    for prev, value in zip([None, *values], values, strict=False):
        if prev is not None and value > prev + tolerance:
            n += 1
        group[value] = n
    out: list[list[Char]] = [[] for _ in range(n + 1)]
    for ch in chars:
        out[group[ch[key]]].append(ch)
    return [line for line in out if line]


def _split(line: list[Char], upright: bool) -> Iterator[Char]:
    start, end, side = ("x0", "x1", "base") if upright else ("top", "bottom", "x0")
    gap, drift = (WORD_GAP, LINE_GAP) if upright else (LINE_GAP, WORD_GAP)
    word: list[Char] = []
    for ch in line:
        if ch["text"].isspace():
            if word:
                yield _word(word)
            word = []
            continue
        if word:
            prev = word[-1]
            apart = ch[start] - prev[end]
            if (
                ch[start] < prev[start]
                or apart > gap + _EPS
                or (apart > SPACED_GAP + _EPS and _case_turn(prev, ch))  # asked only then
                or abs(ch[side] - prev[side]) > drift
            ):
                yield _word(word)
                word = []
        word.append(ch)
    if word:
        yield _word(word)


def _case_turn(prev: Char, char: Char) -> bool:
    """A small letter then a capital: no Vietnamese word turns case inside, so a narrower gap
    parts them (a justified line whose space PDFium dropped: ``nữ`` then ``Việt``)."""
    return bool(prev["text"][-1:].islower() and char["text"][:1].isupper())


def _word(chars: list[Char]) -> Char:
    first = chars[0]
    x0, x1, top, bottom = first["x0"], first["x1"], first["top"], first["bottom"]
    for ch in chars[1:]:  # one pass: a page has tens of thousands of characters
        x0 = min(x0, ch["x0"])
        x1 = max(x1, ch["x1"])
        top = min(top, ch["top"])
        bottom = max(bottom, ch["bottom"])
    text = "".join(ch["text"] for ch in chars)
    return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "base": first["base"]}


# --- digits stamped by signing fields ---------------------------------------------------------


def with_stamps(chars: list[Char], fields: list[list[Char]]) -> list[Char]:
    """``chars`` with the stamped digits of ``fields`` standing in the blanks they fill.

    The blank's spaces go where the digits stand, and a space on each side keeps
    the digits a word of their own, as the eye reads them: ``ngày 28 tháng``.
    """
    stamped = [c for digits in fields for c in digits]
    out = [c for c in chars if not (c["text"].isspace() and _covered(c, stamped))]
    for digits in fields:
        # Placed to sort just before the first digit and just after the last one's
        # start, ahead of a printed ``/`` that the digits' box overlaps.
        left = min(c["x0"] for c in digits)
        right = max((c["x0"] + c["x1"]) / 2 for c in digits)
        out += [_space(digits[0], left), *digits, _space(digits[-1], right)]
    return out


def _space(char: Char, x: float) -> Char:
    return {**char, "text": " ", "x0": x, "x1": x}


def _overlap(a: Char, b: Char) -> bool:
    return bool(a["top"] < b["bottom"] and b["top"] < a["bottom"])


def _hides(stamp: Char, char: Char) -> bool:
    """``stamp`` stands over most of printed ``char`` (not just touching its edge)."""
    width = min(stamp["x1"], char["x1"]) - max(stamp["x0"], char["x0"])
    return _overlap(stamp, char) and width > 0.5 * min(
        char["x1"] - char["x0"], stamp["x1"] - stamp["x0"]
    )


def _covered(char: Char, stamped: list[Char]) -> bool:
    return any(_overlap(char, s) and s["x0"] < char["x1"] and char["x0"] < s["x1"] for s in stamped)


def shown_fields(page: Any) -> list[_Rect]:
    """The user-space rectangles of the form fields a viewer shows on ``page`` that may stamp
    digits into a printed line: about a line tall (:data:`_LINE_FIELD`) across the line, so
    a signature's box (its image and the signer's details) is not flattened in for nothing."""
    import pypdfium2.raw as pdfium_c

    out = []
    for i in range(pdfium_c.FPDFPage_GetAnnotCount(page.raw)):
        annot = pdfium_c.FPDFPage_GetAnnot(page.raw, i)
        if not annot:
            continue
        try:
            if pdfium_c.FPDFAnnot_GetSubtype(annot) != pdfium_c.FPDF_ANNOT_WIDGET:
                continue
            if pdfium_c.FPDFAnnot_GetFlags(annot) & _NOT_SHOWN:
                continue
            rect = pdfium_c.FS_RECTF()
            if pdfium_c.FPDFAnnot_GetRect(annot, rect) and _line_sized(rect):
                out.append((rect.left, rect.bottom, rect.right, rect.top))
        finally:
            pdfium_c.FPDFPage_CloseAnnot(annot)
    return out


def _line_sized(rect: Any) -> bool:
    # The narrower side: on a turned page a line runs up the user space.
    return bool(min(abs(rect.right - rect.left), abs(rect.top - rect.bottom)) <= _LINE_FIELD)


def field_chars(
    flat: list[Char], printed: list[Char], rects: list[_Rect], page: Any
) -> list[list[Char]]:
    """The characters each shown field draws: what the flattened page has beyond the printed
    page, grouped by the field whose rectangle holds them."""
    keys = [_key(c) for c in flat]  # once each
    drawn = {c["text"] for c in flat}  # a printed char of another text cannot cancel one
    extra = Counter(keys) - Counter(_key(c) for c in printed if c["text"] in drawn)
    display, height = display_matrix(page)
    boxes = []
    for x0, y0, x1, y1 in rects:
        corners = [_apply(display, x, y) for x in (x0, x1) for y in (y0, y1)]
        xs, ys = [p[0] for p in corners], [p[1] for p in corners]
        boxes.append((min(xs), height - max(ys), max(xs), height - min(ys)))
    groups: list[list[Char]] = [[] for _ in boxes]
    for c, k in zip(flat, keys, strict=True):
        if extra[k] <= 0:
            continue
        extra[k] -= 1
        mx, my = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
        for n, (bx0, btop, bx1, bbottom) in enumerate(boxes):
            if bx0 - 1 <= mx <= bx1 + 1 and btop - 1 <= my <= bbottom + 1:
                groups[n].append(c)
                break
    return [g for g in groups if g]


def _key(c: Char) -> tuple[str, float, float]:
    return c["text"], round(c["x0"], 1), round(c["top"], 1)


def stamped_digits(fields: list[list[Char]], chars: list[Char]) -> list[list[Char]]:
    """The fields that stamp digits into a printed line.

    A letter signed through the e-government systems gets its number and day
    at signing time from signature fields laid over the blanks of ``Số:
    /UBND-VP`` and ``ngày   tháng``: each field's appearance draws them, never
    the page's text. Only such a field counts: its text is digits, printed text
    shares its line, and it stands over no printed letter or digit (it fills a blank).
    Other appearances (the signer's image and details, an issuing-system banner
    in the margin, a field repeating what is printed) are not the letter's text.
    """
    printed = [c for c in chars if not c["text"].isspace()]
    out: list[list[Char]] = []
    for drawn in fields:
        field = [c for c in drawn if not c["text"].isspace()]
        text = "".join(c["text"] for c in field)
        if not patterns.STAMPED_NUMBER_RE.fullmatch(text):
            continue
        line = [p for p in printed if any(_overlap(c, p) for c in field)]
        if not line:
            continue  # no printed line to fill
        if any(_hides(c, p) for c in field for p in line if p["text"].isalnum()):
            continue  # not a blank: the page prints a word there (a stamp may touch a "/")
        out.append(field)
    return out
