"""Pre-Unicode Vietnamese encodings: TCVN3 (ABC), VNI-Windows, VISCII, VPS, Windows-1258.

Archives still hold letters typed before Unicode (Nghị định 30/2020 made Unicode
TCVN 6909 mandatory, but the old files never were converted). They arrive two ways:

* as raw bytes in a ``.txt`` file: :func:`detect_and_decode` scores every
  candidate by how many words become valid Vietnamese syllables
  (docs/vietnamese-document-standards.md §5.3) and picks the best;
* as Unicode text of a Word run whose font is a legacy font (``.VnTime``,
  ``VNI-Times``): Word stores the cp1252/latin-1 characters the font draws
  (``ViÖt Nam``), so :func:`convert_run` maps those code points, chosen by the
  font name.

The tables are written from the published layouts: TCVN 5712:1993 **VN3**
(the ABC fonts; X11's ``tcvn.h`` is VN1, a different layout), VNI-Windows
(base letter followed by a mark byte), VISCII (RFC 1456) and VPS, in the
186-letter order Unikey's ``vnconv`` uses. Every letter with every tone is
round-tripped in ``tests/test_encodings.py``; VISCII and Windows-1258 are also
checked against glibc's iconv and Python's codec.

TCVN3 has one code for a toned vowel in both cases (``á`` = ``Á`` = 0xB8): upper
case lives in the ``…H`` font. :func:`convert_run` restores it from the font;
plain text gets :func:`restore_case`, a rule that only upper-cases a toned
letter when its word (or its sentence position) says so.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from congvan import patterns

TCVN3, VNI, VISCII, VPS, CP1258 = "tcvn3", "vni", "viscii", "vps", "cp1258"
#: Names shown to the clerk in the conversion diagnostic.
LABELS = {
    TCVN3: "TCVN3 (ABC)",
    VNI: "VNI-Windows",
    VISCII: "VISCII",
    VPS: "VPS",
    CP1258: "Windows-1258",
}

# --- the tables -------------------------------------------------------------------------------

_VOWELS = ("a", "â", "ă", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y")
#: Tone marks in the order of every table below: sắc, huyền, hỏi, ngã, nặng.
TONES = ("\u0301", "\u0300", "\u0309", "\u0303", "\u0323")
_BASES = ("â", "ă", "ê", "ô", "ơ", "ư", "đ")


def _toned(vowel: str) -> list[str]:
    """The five toned forms of a lower-case vowel, composed (``a`` -> ``á à ả ã ạ``)."""
    return [unicodedata.normalize("NFC", vowel + tone) for tone in TONES]


def _hex(codes: str) -> list[int]:
    return [int(c, 16) for c in codes.split()]


# TCVN 5712:1993 VN3 (ABC): one byte per toned vowel for both cases.
_TCVN3_TONED = {
    "a": "B8 B5 B6 B7 B9", "â": "CA C7 C8 C9 CB", "ă": "BE BB BC BD C6",
    "e": "D0 CC CE CF D1", "ê": "D5 D2 D3 D4 D6", "i": "DD D7 D8 DC DE",
    "o": "E3 DF E1 E2 E4", "ô": "E8 E5 E6 E7 E9", "ơ": "ED EA EB EC EE",
    "u": "F3 EF F1 F2 F4", "ư": "F8 F5 F6 F7 F9", "y": "FD FA FB FC FE",
}  # fmt: skip
# Upper then lower case of â ă ê ô ơ ư đ.
_TCVN3_BASES = {"â": "A2 A9", "ă": "A1 A8", "ê": "A3 AA", "ô": "A4 AB", "ơ": "A5 AC",
                "ư": "A6 AD", "đ": "A7 AE"}  # fmt: skip

# VISCII (RFC 1456): per tone "upper lower"; six capitals sit in C0 (0x02 Ẳ ... 0x1E Ỵ).
_VISCII_TONED = {
    "a": "C1 E1 C0 E0 C4 E4 C3 E3 80 D5", "â": "84 A4 85 A5 86 A6 06 E7 87 A7",
    "ă": "81 A1 82 A2 02 C6 05 C7 83 A3", "e": "C9 E9 C8 E8 CB EB 88 A8 89 A9",
    "ê": "8A AA 8B AB 8C AC 8D AD 8E AE", "i": "CD ED CC EC 9B EF CE EE 98 B8",
    "o": "D3 F3 D2 F2 99 F6 A0 F5 9A F7", "ô": "8F AF 90 B0 91 B1 92 B2 93 B5",
    "ơ": "95 BE 96 B6 97 B7 B3 DE 94 FE", "u": "DA FA D9 F9 9C FC 9D FB 9E F8",
    "ư": "BA D1 BB D7 BC D8 FF E6 B9 F1", "y": "DD FD 9F CF 14 D6 19 DB 1E DC",
}  # fmt: skip
_VISCII_BASES = {"â": "C2 E2", "ă": "C5 E5", "ê": "CA EA", "ô": "D4 F4", "ơ": "B4 BD",
                 "ư": "BF DF", "đ": "D0 F0"}  # fmt: skip

# VPS: like VISCII, capitals with nặng (and Ẫ, Ữ) sit in C0.
_VPS_TONED = {
    "a": "C1 E1 80 E0 81 E4 82 E3 02 E5", "â": "83 C3 84 C0 85 C4 1C C5 03 C6",
    "ă": "8D A1 8E A2 8F A3 F0 A4 04 A5", "e": "C9 E9 D7 E8 DE C8 FE EB 05 CB",
    "ê": "90 89 93 8A 94 8B 95 CD 06 8C", "i": "B4 ED B5 EC B7 CC B8 EF 10 CE",
    "o": "B9 F3 BC F2 BD D5 BE F5 11 86", "ô": "96 D3 97 D2 98 B0 99 87 12 B6",
    "ơ": "9D A7 9E A9 9F AA A6 AB 13 AE", "u": "DA FA A8 F9 D1 FB AC DB 14 F8",
    "ư": "AD D9 AF D8 B1 BA 1D BB 15 BF", "y": "DD 9A B2 FF FD 9B B3 CF 19 9C",
}  # fmt: skip
_VPS_BASES = {"â": "C2 E2", "ă": "88 E6", "ê": "CA EA", "ô": "D4 F4", "ơ": "F7 D6",
              "ư": "D0 DC", "đ": "F1 C7"}  # fmt: skip

# VNI-Windows: a base letter followed by a mark byte; upper case takes the upper mark.
# Marks per vowel family, as "upper lower" for: base, sắc, huyền, hỏi, ngã, nặng.
_VNI_PLAIN = "D9 F9 D8 F8 DB FB D5 F5 CF EF"  # a e o u y, and ơ ư after their base
_VNI_HAT = "C2 E2 C1 E1 C0 E0 C5 E5 C3 E3 C4 E4"  # â ê ô
_VNI_BREVE = "CA EA C9 E9 C8 E8 DA FA DC FC CB EB"  # ă
# Letters VNI writes as one byte: đ, the base of ơ ư, the toned i, and ỵ.
_VNI_SINGLE = {
    "Đ": 0xD1, "đ": 0xF1, "Ơ": 0xD4, "ơ": 0xF4, "Ư": 0xD6, "ư": 0xF6,
    "Í": 0xCD, "í": 0xED, "Ì": 0xCC, "ì": 0xEC, "Ỉ": 0xC6, "ỉ": 0xE6,
    "Ĩ": 0xD3, "ĩ": 0xF3, "Ị": 0xD2, "ị": 0xF2, "Ỵ": 0xCE, "ỵ": 0xEE,
}  # fmt: skip


def _single_byte(toned: dict[str, str], bases: dict[str, str], cased: bool) -> dict[str, bytes]:
    """Unicode letter -> byte for a one-byte table (``cased``: codes given per case)."""
    out: dict[str, bytes] = {}
    for vowel, codes in toned.items():
        values = _hex(codes)
        for i, letter in enumerate(_toned(vowel)):
            upper, lower = (values[2 * i], values[2 * i + 1]) if cased else (values[i],) * 2
            out[letter.upper()] = bytes([upper])
            out[letter] = bytes([lower])
    for letter, codes in bases.items():
        upper, lower = _hex(codes)
        out[letter.upper()], out[letter] = bytes([upper]), bytes([lower])
    return out


def _vni() -> dict[str, bytes]:
    out = {k: bytes([v]) for k, v in _VNI_SINGLE.items()}
    families = {
        "a": ("a", _VNI_PLAIN, False), "e": ("e", _VNI_PLAIN, False),
        "o": ("o", _VNI_PLAIN, False), "u": ("u", _VNI_PLAIN, False),
        "y": ("y", _VNI_PLAIN, False), "ơ": ("ơ", _VNI_PLAIN, False),
        "ư": ("ư", _VNI_PLAIN, False), "â": ("a", _VNI_HAT, True),
        "ê": ("e", _VNI_HAT, True), "ô": ("o", _VNI_HAT, True), "ă": ("a", _VNI_BREVE, True),
    }  # fmt: skip
    for vowel, (base, marks, has_base_mark) in families.items():
        values = _hex(marks)
        if has_base_mark:
            out[vowel.upper()] = base.upper().encode() + bytes([values[0]])
            out[vowel] = base.encode() + bytes([values[1]])
            values = values[2:]
        for i, letter in enumerate(_toned(vowel)):
            if letter in out:  # ỵ is a single byte
                continue
            lead_u = out[vowel.upper()][:1] if vowel in "ơư" else base.upper().encode()
            lead_l = out[vowel][:1] if vowel in "ơư" else base.encode()
            out[letter.upper()] = lead_u + bytes([values[2 * i]])
            out[letter] = lead_l + bytes([values[2 * i + 1]])
    return out


ENCODE: dict[str, dict[str, bytes]] = {
    TCVN3: _single_byte(_TCVN3_TONED, _TCVN3_BASES, cased=False),
    VISCII: _single_byte(_VISCII_TONED, _VISCII_BASES, cased=True),
    VPS: _single_byte(_VPS_TONED, _VPS_BASES, cased=True),
    VNI: _vni(),
}


def _decode_table(encoding: str) -> dict[str, str]:
    """Legacy sequence (as latin-1 characters) -> letter; for TCVN3 the lower case wins."""
    out: dict[str, str] = {}
    for letter, code in ENCODE[encoding].items():
        key = code.decode("latin-1")
        if key not in out or letter.islower():
            out[key] = letter
    # VNI: a base with a mark of the other case (hand-edited files) keeps the base's case.
    if encoding == VNI:
        for key, letter in list(out.items()):
            if len(key) == 2:
                other = key[0] + (key[1].lower() if key[1].isupper() else key[1].upper())
                cased = letter.upper() if key[0].isupper() else letter.lower()
                out.setdefault(other, cased)
    return out


DECODE: dict[str, dict[str, str]] = {name: _decode_table(name) for name in ENCODE}

#: Word stores byte 0x80-0x9F of a legacy font as the cp1252 character it shows.
_CP1252_BACK = {
    ord(ch): chr(b)
    for b in range(0x80, 0xA0)
    if (ch := bytes([b]).decode("cp1252", errors="replace")) != "\ufffd"
}
_CP1252 = {b: chr(c) for c, b in _CP1252_BACK.items()}
#: The same, as a ``str.translate`` table: bytes 0x80-0x9F no table maps are punctuation.
_CP1252_FWD = {ord(b): c for b, c in _CP1252.items()}
#: Symbol-font text stored in the private use area U+F020-U+F0FF.
_PUA_BACK = {cp: chr(cp - 0xF000) for cp in range(0xF020, 0xF100)}


#: What a PDF's text layer may report for the bytes of a legacy font when it names the glyphs
#: by the Windows character set's names and maps a name through its other Adobe Glyph List
#: reading: 0xAD ``minus`` (TCVN3 ư), 0xB7 ``periodcentered`` as the bullet operator (TCVN3
#: ã), 0xAF ``macron`` as the modifier letter, 0xB5 ``mu`` as the Greek letter. Only for
#: characters drawn in a legacy font.
PDF_GLYPH_BACK = {0x2212: "\xad", 0x2219: "\xb7", 0x02C9: "\xaf", 0x03BC: "\xb5"}


def _byte_view(text: str) -> str:
    """The text as the byte values the legacy font saw, one character per byte."""
    return text.translate(_CP1252_BACK).translate(_PUA_BACK)


def _decode_view(view: str, encoding: str) -> str:
    table = DECODE[encoding]
    out: list[str] = []
    i = 0
    while i < len(view):
        pair = view[i : i + 2]
        if len(pair) == 2 and pair in table:
            out.append(table[pair])
            i += 2
            continue
        out.append(table.get(view[i], view[i]))
        i += 1
    return "".join(out)


def decode(data: bytes, encoding: str) -> str:
    """Decode ``data`` written in a legacy ``encoding`` to NFC Unicode."""
    if encoding == CP1258:
        return unicodedata.normalize("NFC", data.decode("cp1258", errors="replace"))
    view = data.decode("latin-1")
    if encoding in (TCVN3, VNI):
        # ANSI fonts: bytes 0x80-0x9F are the cp1252 punctuation (“ ” – …) there.
        view = "".join(_CP1252.get(c, c) for c in view)
    return unicodedata.normalize("NFC", _decode_view(view, encoding))


def encode(text: str, encoding: str) -> bytes:
    """Encode Unicode ``text`` into a legacy ``encoding`` (tests build fixtures with it).

    Characters the encoding lacks are written as ``?``. TCVN3 loses the case of
    toned capitals, as the real encoding does.
    """
    text = unicodedata.normalize("NFC", text)
    if encoding == CP1258:
        return _encode_cp1258(text)
    table = ENCODE[encoding]
    out = bytearray()
    for ch in text:
        if ch in table:
            out += table[ch]
        elif ord(ch) < 0x80:
            out += ch.encode("ascii")
        elif encoding in (TCVN3, VNI):
            out += ch.encode("cp1252", errors="replace")
        else:  # VISCII and VPS use 0x80-0x9F for letters
            out += b"?"
    return bytes(out)


def _encode_cp1258(text: str) -> bytes:
    # Windows-1258 has â ê ô ơ ư ă đ precomposed; tones are combining bytes after them.
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        nfd = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in nfd if c in TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in nfd if c not in TONES))
        out += (base + tones).encode("cp1258", errors="replace")
    return bytes(out)


# --- Word runs with a legacy font ---------------------------------------------------------------


def font_encoding(font: str | None) -> tuple[str | None, bool]:
    """The encoding a font name implies, and whether it draws capitals only (``.VnTimeH``)."""
    if not font:
        return None, False
    name = patterns.FONT_SUBSET_RE.sub("", font.strip())
    if m := patterns.FONT_TCVN3_RE.match(name):
        return TCVN3, m.group("upper") is not None
    if patterns.FONT_VNI_RE.match(name):
        return VNI, False
    if patterns.FONT_VPS_RE.match(name):
        return VPS, False
    if patterns.FONT_VISCII_RE.search(name):
        return VISCII, False
    return None, False


def has_unicode_vietnamese(text: str) -> bool:
    """True when ``text`` already holds letters only Unicode has (ạ..ỹ, ă, đ, ơ, ư)."""
    return patterns.UNICODE_VIETNAMESE_RE.search(text) is not None


def convert_run(text: str, font: str | None) -> tuple[str, str | None]:
    """Convert one Word run typed in a legacy font; returns the text and the encoding used.

    The run text holds the characters the font draws (TCVN3 ``ViÖt Nam`` in a
    ``.VnTime`` run). A run whose font is not a legacy font, or whose text
    already holds Unicode Vietnamese letters (retyped text in an old font), is
    returned unchanged with ``None``. A ``…H`` font draws capitals only, so its
    text is upper-cased.
    """
    encoding, upper = font_encoding(font)
    if encoding is None or has_unicode_vietnamese(text):
        return text, None
    if encoding == CP1258:  # pragma: no cover - no font implies it
        return text, None
    converted = _decode_view(_byte_view(text), encoding).translate(_CP1252_FWD)
    converted = unicodedata.normalize("NFC", converted)
    return (converted.upper() if upper else converted), encoding


# --- detection in plain bytes -------------------------------------------------------------------

#: Candidates in the order ties are broken: how common each is in archives.
CANDIDATES = (TCVN3, VNI, VISCII, CP1258, VPS)


def _strip_tone(word: str) -> str:
    nfd = unicodedata.normalize("NFD", word.lower())
    return unicodedata.normalize("NFC", "".join(c for c in nfd if c not in TONES))


def is_syllable(word: str) -> bool:
    """True for a well-formed Vietnamese syllable (onset, rhyme, one tone), any case."""
    nfd = unicodedata.normalize("NFD", word.lower())
    if sum(c in TONES for c in nfd) > 1:
        return False
    return patterns.SYLLABLE_RE.fullmatch(_strip_tone(word)) is not None


def score(text: str) -> int:
    """Words carrying Vietnamese marks that are valid syllables, minus those that are not.

    Plain ASCII words read the same in every candidate, so they do not count;
    a wrong table leaves words like ``ViÖt`` or ``Vieät`` that are not syllables.
    """
    total = 0
    for word in patterns.WORD_RE.findall(text):
        if word.isascii():
            continue
        total += 1 if is_syllable(word) else -1
    return total


def detect_and_decode(data: bytes) -> tuple[str, str, float] | None:
    """Pick the legacy encoding that makes ``data`` most Vietnamese.

    Returns the text, the encoding and the share of marked words that are
    valid syllables, or ``None`` when no candidate reads as Vietnamese.
    """
    best: tuple[int, str, str] | None = None
    for name in CANDIDATES:
        text = decode(data, name)
        if "\ufffd" in text:
            continue
        s = score(text)
        if best is None or s > best[0]:
            best = (s, name, text)
    if best is None or best[0] <= 0:
        return None
    marked = [w for w in patterns.WORD_RE.findall(best[2]) if not w.isascii()]
    share = sum(map(is_syllable, marked)) / len(marked)
    return best[2], best[1], share


def view_bytes(text: str) -> bytes:
    """The bytes a legacy font saw, for text checked by :func:`looks_like_legacy_view`."""
    return _byte_view(text).encode("latin-1", errors="replace")


def looks_like_legacy_view(text: str) -> bool:
    """Valid UTF-8 that is really legacy text seen through cp1252 (``Céng hoµ``)."""
    if has_unicode_vietnamese(text) or text.isascii():
        return False
    return all(ord(c) < 0x100 or ord(c) in _CP1252_BACK for c in text)


def restore_case(lines: Iterable[str]) -> list[str]:
    """Upper-case TCVN3 toned letters where the text shows they were capitals.

    A toned vowel lost its case in TCVN3 plain text (``QUYếT ĐịNH``). It is made
    a capital when the other letters of its word are capitals (``QUYẾT``), when
    its word has no other cased letter and a neighbouring word is all capitals
    (``Ở`` in ``TRỤ SỞ Ở HÀ NỘI``), when it opens a sentence (``ủy ban`` at the
    start of a line after a full stop, a bullet or a colon), when it opens the
    last word of a name line (``Bùi Thị Ngọc ánh``), and in the names of organs
    that are always capitalised (``Ủy ban nhân dân``, Nghị định 30/2020 Phụ lục II).
    A word such as ``Tổ`` or ``Số`` with one capital is left as written: its
    capital says nothing about the toned letters unless the whole line is capitals.
    """
    out: list[str] = []
    sentence_start = True
    for line in lines:
        out.append(_restore_line(line, sentence_start))
        stripped = line.strip()
        sentence_start = stripped.endswith((".", ":", ";", "!", "?")) if stripped else True
    return out


def _restore_line(line: str, sentence_start: bool) -> str:
    # A flattened two-column line holds two texts: judge each column on its own.
    parts = patterns.COLUMN_SPLIT_RE.split(line)
    if len(parts) > 1:
        out = [_restore_line(p, sentence_start) if i % 2 == 0 else p for i, p in enumerate(parts)]
        return "".join(out)
    line = patterns.ORGAN_NAME_RE.sub(lambda m: m.group(0)[0].upper() + m.group(0)[1:], line)
    words = list(patterns.WORD_RE.finditer(line))
    kinds = [_case_kind(m.group(0)) for m in words]
    evidence = [k for m, k in zip(words, kinds, strict=True) if _free_standing(line, m)]
    line_caps = "caps" in evidence and "lower" not in evidence
    name_line = 2 <= len(words) <= 5 and sum(m.group(0)[0].isupper() for m in words) >= 2
    pieces: list[str] = []
    last = 0
    for i, m in enumerate(words):
        word = m.group(0)
        pieces.append(line[last : m.start()])
        last = m.end()
        if not any(c in _LOSSY for c in word):
            pieces.append(word)
        elif kinds[i] == "caps" or (kinds[i] == "unknown" and line_caps):
            pieces.append(word.upper())
        elif (
            word[0] in _LOSSY
            and word[1:] == word[1:].lower()
            and (
                _opens_sentence(line, m.start(), i == 0 and sentence_start)
                or (name_line and all(w.group(0)[0].isupper() for w in words if w is not m))
            )
        ):
            pieces.append(word[0].upper() + word[1:])
        else:
            pieces.append(word)
    pieces.append(line[last:])
    return "".join(pieces)


def _free_standing(line: str, m: re.Match[str]) -> bool:
    """A word between spaces or punctuation, not part of a symbol like ``1234/SNV-CCHC``."""
    before = line[m.start() - 1] if m.start() else " "
    after = line[m.end()] if m.end() < len(line) else " "
    return before in ' \t("“' and after in ' \t,.:;)"”!?'


def _case_kind(word: str) -> str:
    """``caps``, ``lower`` (some case-carrying letter is small) or ``unknown``.

    ``Tổ`` is unknown: in TCVN3 text ``TỔ`` and ``Tổ`` are the same bytes.
    """
    cased = [(j, c) for j, c in enumerate(word) if c.isalpha() and c not in _LOSSY]
    if any(c.islower() for _, c in cased):
        return "lower"
    if len(cased) > 1 or (len(cased) == 1 and cased[0][0] > 0):
        return "caps"
    return "unknown"


def _opens_sentence(line: str, pos: int, first_word_of_sentence: bool) -> bool:
    head = line[:pos]
    if not head.strip():
        return first_word_of_sentence
    return patterns.SENTENCE_OPENER_RE.search(head) is not None


#: Letters whose case TCVN3 does not record: every toned vowel.
_LOSSY = frozenset(letter for vowel in _VOWELS for letter in _toned(vowel))
