"""Legacy-font text inside Word and PDF files: converted run by run, by the font.

A ``.docx`` (or a ``.doc`` converted by LibreOffice) typed in ``.VnTime``
stores the characters the font draws (``ViÖt Nam``), and so does the text
layer of a PDF printed from it (font ``ABCDEF+.VnTime``). The font name says
which table to use (docs/vietnamese-document-standards.md §5.3): each
stretch of text in a legacy font goes through :func:`encodings.convert_run`,
every other stretch is left as it is, because documents mix fonts.

What the readers report:

* ``source.encoding``: the legacy encodings converted, in the order they first
  appear, joined by ``+`` (``tcvn3``, ``tcvn3+vni``), followed by ``+utf-8``
  when the document also holds Vietnamese text that already was Unicode (a
  retyped paragraph in Times New Roman): ``tcvn3+utf-8``. A file without legacy
  text keeps its plain encoding (``utf-8`` for Word, ``None`` for PDF);
* ``CV003`` at the line of the first conversion, naming the encodings.

Case needs no guessing here: TCVN3 draws toned capitals only in the ``…H``
font (``.VnTimeH``), so a run in it is upper-cased and every other run is
read as written.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from congvan import codes, encodings, patterns
from congvan.models import Diagnostic
from congvan.readers.styles import RunProps

#: The key :func:`convert_segments` records for Vietnamese text that already was Unicode.
UNICODE = "utf-8"
#: TCVN3 ``ư`` is byte 0xAD, which Word stores as ``<w:softHyphen/>``.
SOFT_HYPHEN = "\u00ad"

_FONT_CACHE: dict[str | None, str | None] = {}
_P = TypeVar("_P")  # what a segment is drawn with: resolved run properties or not


def font_encoding(font: str | None) -> str | None:
    """The legacy encoding a font name implies (cached: a document names a few fonts)."""
    try:
        return _FONT_CACHE[font]
    except KeyError:
        encoding = _FONT_CACHE[font] = encodings.font_encoding(font)[0]
        return encoding


def is_legacy_font(font: str | None) -> bool:
    """True for a font whose characters are a legacy encoding (``.VnTime``, ``VNI-Times``)."""
    return font_encoding(font) is not None


#: What every legacy font name contains once lower-cased (FONT_TCVN3_RE, FONT_VNI_RE,
#: FONT_VPS_RE, FONT_VISCII_RE), and a character reference, which could spell one.
_FONT_WORDS = (b".vn", b"vni", b"vps", b"viscii", b"&#")


def may_name_legacy_font(xml: bytes) -> bool:
    """False when raw XML cannot name a legacy font: it holds none of the words every
    such name contains. A substring search runs at memory speed; errs towards ``True``."""
    low = xml.lower()
    return any(word in low for word in _FONT_WORDS)


def rfonts_in_xml(xml: bytes) -> tuple[bool, bool]:
    """Whether the ``w:rFonts`` of a part's raw XML may name a legacy font, and whether
    they name a theme font: a superset test (``.vn``, ``vni``, ``vps``, ``viscii`` or a
    character reference anywhere in their attributes) that is much cheaper than
    visiting every element of the parsed part; a hit is confirmed on the tree."""
    fonts = b"".join(patterns.RFONTS_XML_RE.findall(xml))
    return may_name_legacy_font(fonts), b"theme" in fonts.lower()


def run_font(props: object) -> str | None:
    """The font Word draws a run's legacy bytes (0x80-0xFF) in: ``w:hAnsi``, else ``w:ascii``.

    Only resolved :class:`RunProps` name one; anything else (no properties, or
    properties the reader left unresolved because no legacy font is near) does not.
    """
    if not isinstance(props, RunProps):
        return None
    font = props.hansi or props.ascii
    return font if is_legacy_font(font) else None


def convert_segments(
    segs: list[tuple[str, _P]], found: dict[str, int], line: int
) -> list[tuple[str, _P]]:
    """Convert the segments of one line that are written in a legacy font.

    Consecutive segments with the same properties (the pieces of one run split
    by a soft hyphen, or runs formatted alike) are converted together, so a VNI
    letter split between them still reads as one letter. Soft hyphens left
    after conversion (not a letter in that table) are dropped, as Word hides
    them. ``found`` records the first ``line`` of each encoding converted (and
    of :data:`UNICODE` for a legacy-font run that already held Unicode
    Vietnamese). Returns ``segs`` itself when nothing is in a legacy font.
    """
    out: list[tuple[str, _P]] | None = None
    i, n = 0, len(segs)
    while i < n:
        props = segs[i][1]
        font = run_font(props)
        if font is None:
            if out is not None:
                out.append(segs[i])
            i += 1
            continue
        j = i + 1
        while j < n and (segs[j][1] is props or segs[j][1] == props):
            j += 1
        text = "".join(s[0] for s in segs[i:j])
        converted, encoding = encodings.convert_run(text, font)
        if encoding is not None:
            found.setdefault(encoding, line)
        elif encodings.has_unicode_vietnamese(text):
            found.setdefault(UNICODE, line)
        if out is None:
            out = segs[:i]
        out.append((converted.replace(SOFT_HYPHEN, ""), props))
        i = j
    return segs if out is None else out


def source_encoding(found: Mapping[str, int], default: str | None) -> str | None:
    """``source.encoding`` for what was converted (see the module docstring)."""
    legacy = sorted((line, enc) for enc, line in found.items() if enc != UNICODE)
    if not legacy:
        return default
    names = [enc for _, enc in legacy]
    if UNICODE in found:
        names.append(UNICODE)
    return "+".join(names)


def diagnostic(found: Mapping[str, int], *, pages: bool = False) -> Diagnostic | None:
    """``CV003`` naming the encodings, or ``None`` when nothing was converted.

    ``found`` holds line numbers (Word: the diagnostic points at the first
    converted line) or, with ``pages``, page numbers (PDF: the page is named).
    """
    legacy = sorted((where, enc) for enc, where in found.items() if enc != UNICODE)
    if not legacy:
        return None
    labels = ", ".join(encodings.LABELS[enc] for _, enc in legacy)
    detail = f"Bảng mã: {labels} (theo phông chữ của từng đoạn"
    detail += f", từ trang {legacy[0][0]})." if pages else ")."
    if UNICODE in found:
        detail += " Phần còn lại đã là Unicode."
    return codes.diag(codes.LEGACY_ENCODING, None if pages else legacy[0][0], detail)


def mark_unicode(found: dict[str, int], runs: Iterable[tuple[int, str, str | None]]) -> None:
    """Record :data:`UNICODE` when a run outside legacy fonts holds Vietnamese letters.

    ``runs`` gives (line, text, font); called only once something was converted,
    so a Unicode document pays nothing.
    """
    for line, text, font in runs:
        if not is_legacy_font(font) and encodings.has_unicode_vietnamese(text):
            found[UNICODE] = min(found.get(UNICODE, line), line)
            return


# --- PDF ----------------------------------------------------------------------------------


def _unicode_fonts(chars: list[dict[str, Any]]) -> set[str]:
    """The legacy-named fonts of a page that draw Unicode Vietnamese: a letter only Unicode has
    (ạ..ỹ, ă, đ, ơ, ư) in any of their chars. Their ``à``, ``ô``, ``é`` are Unicode too, and a
    char-by-char test would read them as legacy bytes; the font name alone decides nothing."""
    out: set[str] = set()
    for char in chars:
        font = char.get("fontname")
        if (
            isinstance(font, str)
            and font not in out
            and is_legacy_font(font)
            and encodings.has_unicode_vietnamese(char.get("text", ""))
        ):
            out.add(font)
    return out


def convert_chars(chars: list[dict[str, Any]], found: dict[str, int], page: int) -> list[Any]:
    """PDF chars with the text of legacy-font chars converted, before words form.

    TCVN3, VISCII and VPS give one letter per character, so each char keeps its
    box. A VNI letter is a base char and a mark char: the pair becomes one char
    spanning both boxes. Chars in other fonts are returned as they are.
    ``found`` records the ``page`` where each encoding first appeared (and
    :data:`UNICODE` for Vietnamese letters already in Unicode on such a page).
    """
    out: list[Any] = []
    unicode_fonts = _unicode_fonts(chars)
    i, n = 0, len(chars)
    while i < n:
        char = chars[i]
        font = char.get("fontname")
        kind = None if font in unicode_fonts else font_encoding(font)
        if kind is None:
            if UNICODE not in found and encodings.has_unicode_vietnamese(char.get("text", "")):
                found[UNICODE] = page
            out.append(char)
            i += 1
            continue
        text = char.get("text", "").translate(encodings.PDF_GLYPH_BACK)
        nxt = chars[i + 1] if kind == encodings.VNI and i + 1 < n else None
        if nxt is not None and nxt.get("fontname") == font and len(text) == 1:
            pair, encoding = encodings.convert_run(text + nxt.get("text", ""), font)
            if encoding is not None and len(pair) == 1:  # a VNI base letter and its mark
                merged = dict(char, text=pair)
                merged["x1"] = max(char["x1"], nxt["x1"])
                out.append(merged)
                found.setdefault(encoding, page)
                i += 2
                continue
        converted, encoding = encodings.convert_run(text, font)
        if encoding is not None:
            found.setdefault(encoding, page)
            converted = converted.replace(SOFT_HYPHEN, "")
            if converted:  # a VNI soft hyphen is no letter: dropped
                out.append(dict(char, text=converted) if converted != text else char)
        else:
            if encodings.has_unicode_vietnamese(text):
                found.setdefault(UNICODE, page)
            out.append(char)
        i += 1
    return out
