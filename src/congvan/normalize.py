"""Normalize the reading text, line by line, and the helpers that match on it.

Invariants after :func:`normalize_document`:

* every line is Unicode NFC, with the look-alike ``Ð`` (U+00D0) read as ``Đ``;
* no zero-width characters, byte order marks or soft hyphens; non-breaking and
  other exotic spaces are plain spaces; Unicode hyphens U+2010/U+2011 are ``-``;
* light Markdown left by converters is gone: ``**bold**``, ``*italic*`` and
  ``<https://...>`` links keep only their text;
* trailing whitespace is removed (leading whitespace is kept: flattened
  two-column text needs it);
* the number of lines and their numbers are unchanged, so evidence found later
  points into the original file.

:func:`canon` gives the form used for *matching* only (old tone placement
``hoà``, ``uỷ`` rewritten to ``hòa``, ``ủy``); it never changes a string's
length, so a match position in ``canon(s)`` is a position in ``s``.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import replace

from congvan import codes, patterns
from congvan.source import SourceDocument

_SPACES = dict.fromkeys(
    map(
        ord,
        "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000",
    ),
    " ",
)
_DROP = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_LOOKALIKE = {ord("\u00d0"): "Đ", ord("\u00f0"): "đ", ord("\u2010"): "-", ord("\u2011"): "-"}
_TABLE = {**_SPACES, **_DROP, **_LOOKALIKE}


def _nfc(text: str) -> str:
    if unicodedata.is_normalized("NFC", text):
        return text  # the usual case, and the check is cheaper than normalize's own
    return unicodedata.normalize("NFC", text)


def _map(match: re.Match[str]) -> str:
    return _TABLE[ord(match.group())] or ""


def _characters(text: str) -> str:
    # Only the few mapped characters are visited (``str.translate`` visits every one).
    return patterns.NORMALIZE_MAPPED_RE.sub(_map, text)


def _markdown(text: str) -> str:
    # Repeat until nothing changes, so that nested marks (``<<url>>``) also go and
    # the step stays idempotent; every round removes characters, so it ends.
    if "*" not in text and "<" not in text:
        return text  # every mark needs one of them: most lines skip the three patterns
    while True:
        new = patterns.MD_LINK_RE.sub(r"\g<url>", text)
        new = patterns.MD_STRONG_RE.sub(r"\g<inner>", new)
        new = patterns.MD_EM_RE.sub(r"\g<inner>", new)
        if new == text:
            return text
        text = new


def _trailing(text: str) -> str:
    return text.rstrip()


#: The steps, in order. Invisible characters go first so that composition sees the
#: letters they separated; NFC runs again last because removing marks can bring a
#: combining accent next to its letter. :func:`_normalize_texts` spells out the same
#: steps for a whole document: keep the two alike.
STEPS: tuple[tuple[str, Callable[[str], str]], ...] = (
    ("characters", _characters),
    ("nfc", _nfc),
    ("markdown", _markdown),
    ("trailing", _trailing),
    ("nfc_again", _nfc),
)


def normalize_text(text: str) -> str:
    """Apply every normalization step to one line (or any string)."""
    for _name, step in STEPS:
        text = step(text)
    return text


def _normalize_texts(texts: list[str], joined: str, joined_is_nfc: bool) -> list[str]:
    """:func:`normalize_text` of each text, the whole-text steps done once for all.

    Mapping characters and NFC give the same result on the texts joined by line
    feeds (``joined``) as on each text alone (a line feed maps to itself, and
    neither composes with nor reorders around any character), and one call over a
    document costs far less than one per line. Texts that hold a line feed go one
    by one. ``joined_is_nfc`` is the caller's answer for ``joined``, not asked twice.
    """
    if joined.count("\n") != len(texts) - 1:
        return [normalize_text(text) for text in texts]
    mapped = _characters(joined)
    # A character mapped to one other is a starter put for a starter that composes with
    # nothing (a space, a hyphen, ``Đ``): only a dropped one can leave a text not NFC.
    dropped = len(mapped) != len(joined)
    joined = _nfc(mapped) if dropped or not joined_is_nfc else mapped
    out: list[str] = []
    for text in joined.split("\n"):
        unmarked = _markdown(text)
        # The rest of STEPS in order. When no mark went, the line is still NFC, and so is
        # any part of it that ends before a space (nothing composes across a starter).
        out.append(_trailing(text) if unmarked is text else _nfc(_trailing(unmarked)))
    return out


def normalize_document(doc: SourceDocument) -> SourceDocument:
    """Normalize every line of ``doc`` in place of a copy; line numbers are kept."""
    texts = [line.text for line in doc.lines]
    joined = "\n".join(texts)
    decomposed = not unicodedata.is_normalized("NFC", joined)  # iff some line is not
    normalized = _normalize_texts(texts, joined, not decomposed)
    lines = [line.with_text(text) for line, text in zip(doc.lines, normalized, strict=True)]
    result = replace(doc, lines=lines, diagnostics=list(doc.diagnostics))
    if decomposed:
        result.diagnostics.append(codes.diag(codes.DECOMPOSED_UNICODE))
    return result


# --- helpers for matching and for output values -------------------------------------------

_OLD_TONES = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}  # fmt: skip


def _swap(match: re.Match[str]) -> str:
    """Move the tone to the second vowel, keeping each position's case (``hoÀ`` -> ``hòA``)."""
    old = match.group(0)
    new = _OLD_TONES[old.lower()]
    return "".join(n.upper() if o.isupper() else n for n, o in zip(new, old, strict=True))


@functools.lru_cache(maxsize=4096)
def canon(text: str) -> str:
    """Rewrite old tone placement to the new one, keeping the length of ``text``.

    Cached: the extractors canonicalise the same paragraph for its label, grounds,
    assignees, deadlines and citations (about six times each on the corpus); the
    bound keeps memory flat over a batch of any size.
    """
    return patterns.OLD_TONE_RE.sub(_swap, text)


#: What ``re.IGNORECASE`` treats as ``i`` or ``s`` but ``str.lower`` does not give as such:
#: ``İ`` (whose ``lower()`` is two characters, ``i`` and a combining dot), ``ı`` and ``ſ``.
_LOWER_ODD = {ord("\u0130"): "i", ord("\u0131"): "i", ord("\u017f"): "s"}


@functools.lru_cache(maxsize=4096)
def canon_lower(text: str) -> str:
    """``canon(text)`` in lower case, keeping the length of ``text``.

    The hot patterns are written in lower case and compiled without
    ``IGNORECASE``: Python's ``re`` runs such a pattern about twenty times faster
    on this text than the case-insensitive one on ``canon(text)``, and finds the
    same spans. Values are sliced from the original text, never from this one.
    """
    low = canon(text).lower()
    if len(low) != len(text) or "\u0131" in low or "\u017f" in low:
        low = canon(text).translate(_LOWER_ODD).lower()
    return low


def plain(text: str) -> str:
    """Lower case without any diacritics, ``đ`` as ``d`` (``Sở Nội vụ`` -> ``so noi vu``): a
    key that the same words typed or read with other marks share."""
    nfd = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D").lower())
    return "".join(c for c in nfd if not unicodedata.combining(c))


def fold(text: str) -> str:
    """Case- and tone-insensitive key for comparing short labels."""
    return " ".join(canon(text).lower().split())


def clean_value(text: str) -> str:
    """Apply the contract's string rules: fold spaces, drop bullets and end punctuation."""
    text = " ".join(text.split())
    text = patterns.LEADING_BULLET_RE.sub("", text)
    return _without_end_punct(text).strip()


def _without_end_punct(text: str) -> str:
    """``Như trên;`` -> ``Như trên``, ``triển khai thực hiện./.`` -> ``triển khai thực hiện``.

    Read from the end: a pattern for it, tried from every mark of a long run of
    ``., ., .`` (a damaged file), took minutes.
    """
    end = len(text)
    while end:
        if text.endswith("./.", 0, end):
            end -= 3
        elif text[end - 1] in ";,." or (text[end - 1].isspace() and end < len(text)):
            end -= 1
        else:
            break
    return text[:end] if end < len(text) else text


def opens_lower(text: str) -> bool:
    """The text's first character is a lower-case letter: a line that carries on another
    (an entry, a heading or a name opens with a capital)."""
    first = text.lstrip()[:1]
    return first.isalpha() and first.islower()


def is_upper(text: str, share: float = 1.0) -> bool:
    """True when at least ``share`` of the letters of ``text`` are capitals (and it has some).

    Headings and organ names are written in capitals; a little tolerance
    (``share`` below 1) lets a stray lower-case letter or abbreviation through.
    """
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= share * len(letters)
