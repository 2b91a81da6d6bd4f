"""Word's automatic numbering, rendered as Word shows it.

In a Vietnamese letter the numbering is where one task ends and the next
begins, and Word often generates it: the paragraph's text has no ``1.``; the
number lives in ``word/numbering.xml`` and in the paragraph or its style.
This module turns ``(numId, ilvl)`` into the label the eye sees, following
ECMA-376 §17.9 and Word's behaviour where the two differ:

* a ``w:num`` points at a ``w:abstractNum`` whose levels give ``start``,
  ``numFmt``, ``lvlText`` (``%1.%2.``, ``Điều %1.``, ``(%1)``), ``suff``,
  ``lvlRestart`` and ``isLgl``; ``w:lvlOverride`` may replace a level or give
  a ``startOverride``;
* counters belong to the *abstract* definition, not to the ``w:num``: several
  lists sharing one abstractNum continue one another's numbering. A ``w:num``
  with a ``startOverride`` restarts the shared counter at that level the first
  time a paragraph of that ``w:num`` appears at that level (this is how Word's
  "Restart at 1" works: it writes a new ``w:num`` with an override);
* a level restarts when a higher level is used, unless its ``lvlRestart``
  says otherwise (``0``: never; ``n``: only after level ``n``, 1-based);
* Word's ``lowerLetter`` runs a..z then aa, bb...; it has no ``đ``, and we keep
  Word's sequence because the label must be what the reader sees.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from lxml import etree

from congvan.readers.styles import Styles

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_VAL = W + "val"
LEVELS = 9
#: Labels come from numbers people write; beyond these Word itself falls back or repeats.
_MAX_ROMAN = 3999
_MAX_LETTER_REPEAT = 30
_MAX_LABEL = 200
_ROMAN = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)
_SUFFIX = {"tab": " ", "space": " ", "nothing": ""}


class Level(NamedTuple):
    """One level of a numbering definition."""

    start: int
    fmt: str
    text: str | None
    restart: int | None
    legal: bool
    suffix: str
    pstyle: str | None


class Label(NamedTuple):
    """What Word shows before a numbered paragraph's text."""

    text: str
    suffix: str
    bullet: bool


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _val(el: etree._Element, tag: str) -> str | None:
    child = el.find(W + tag)
    return None if child is None else child.get(_VAL)


def _level(lvl: etree._Element) -> Level:
    restart = _val(lvl, "lvlRestart")
    legal = lvl.find(W + "isLgl")
    return Level(
        start=max(min(_int(_val(lvl, "start"), 0), 10**6), 0),
        fmt=_val(lvl, "numFmt") or "decimal",
        text=_val(lvl, "lvlText"),
        restart=None if restart is None else _int(restart, -1),
        legal=legal is not None and legal.get(_VAL) not in ("0", "false", "off"),
        suffix=_SUFFIX.get(_val(lvl, "suff") or "tab", " "),
        pstyle=_val(lvl, "pStyle"),
    )


def _levels(parent: etree._Element) -> dict[int, Level]:
    out: dict[int, Level] = {}
    for lvl in parent.iterfind(W + "lvl"):
        ilvl = _int(lvl.get(W + "ilvl"), -1)
        if 0 <= ilvl < LEVELS:
            out[ilvl] = _level(lvl)
    return out


@dataclass(frozen=True, slots=True)
class _Num:
    abstract: str
    starts: dict[int, int]
    levels: dict[int, Level]


@dataclass(slots=True)
class _Abstract:
    levels: dict[int, Level]
    style_link: str | None


@dataclass(slots=True)
class Numbering:
    """Numbering definitions plus the running counters of one reading pass."""

    styles: Styles
    abstracts: dict[str, _Abstract] = field(default_factory=dict)
    nums: dict[str, _Num] = field(default_factory=dict)
    #: Whether ``numbering.xml`` exists at all (a missing part is worth its own message).
    present: bool = False
    _counters: dict[str, list[int | None]] = field(default_factory=dict)
    _seen: set[tuple[str, int]] = field(default_factory=set)

    @classmethod
    def load(cls, root: etree._Element | None, styles: Styles) -> Numbering:
        out = cls(styles, present=root is not None)
        if root is None:
            return out
        for ab in root.iterfind(W + "abstractNum"):
            aid = ab.get(W + "abstractNumId")
            if aid is not None:
                out.abstracts[aid] = _Abstract(_levels(ab), _val(ab, "numStyleLink"))
        for num in root.iterfind(W + "num"):
            nid, aid = num.get(W + "numId"), _val(num, "abstractNumId")
            if nid is None or aid is None:
                continue
            starts: dict[int, int] = {}
            levels: dict[int, Level] = {}
            for ov in num.iterfind(W + "lvlOverride"):
                ilvl = _int(ov.get(W + "ilvl"), -1)
                if not 0 <= ilvl < LEVELS:
                    continue
                start = _val(ov, "startOverride")
                if start is not None:
                    starts[ilvl] = max(min(_int(start, 0), 10**6), 0)
                levels.update({k: v for k, v in _levels(ov).items() if k == ilvl})
            out.nums[nid] = _Num(aid, starts, levels)
        return out

    def fresh(self) -> Numbering:
        """The same definitions with counters not started (a header is numbered on its own)."""
        return Numbering(self.styles, self.abstracts, self.nums, self.present)

    def _abstract_id(self, num: _Num) -> str | None:
        """The abstractNum that holds the levels, following one ``numStyleLink`` hop."""
        ab = self.abstracts.get(num.abstract)
        if ab is None:
            return None
        if ab.style_link is None:
            return num.abstract
        linked = self.styles.style_num_id(ab.style_link)
        target = self.nums.get(linked) if linked is not None else None
        if target is None or target.abstract not in self.abstracts:
            return None
        return target.abstract

    def level_for_style(self, num_id: str, style: str | None) -> int:
        """The level whose ``w:pStyle`` is ``style`` (style-linked lists give no ``ilvl``)."""
        num = self.nums.get(num_id)
        aid = self._abstract_id(num) if num is not None else None
        if aid is None or style is None:
            return 0
        for ilvl, lvl in self.abstracts[aid].levels.items():
            if lvl.pstyle == style:
                return ilvl
        return 0

    def exists(self, num_id: str) -> bool:
        num = self.nums.get(num_id)
        return num is not None and self._abstract_id(num) is not None

    def next_label(self, num_id: str, ilvl: int) -> Label | None:
        """Advance the counters for one paragraph of ``(num_id, ilvl)``; its label.

        ``None`` when the definition is missing or the level undefined: Word then
        shows no number.
        """
        num = self.nums.get(num_id)
        aid = self._abstract_id(num) if num is not None else None
        if num is None or aid is None or not 0 <= ilvl < LEVELS:
            return None
        levels = {**self.abstracts[aid].levels, **num.levels}
        lvl = levels.get(ilvl)
        if lvl is None:
            return None
        counters = self._counters.setdefault(aid, [None] * LEVELS)
        first = (num_id, ilvl) not in self._seen
        self._seen.add((num_id, ilvl))
        if first and ilvl in num.starts:
            counters[ilvl] = num.starts[ilvl]
        else:
            current = counters[ilvl]
            counters[ilvl] = lvl.start if current is None else current + 1
        for deeper in range(ilvl + 1, LEVELS):
            restart = levels[deeper].restart if deeper in levels else None
            if restart is None or (restart > 0 and ilvl < restart):
                counters[deeper] = None
        if lvl.fmt == "bullet":
            return Label("-", " ", True)
        return Label(self._render(lvl, levels, counters, num), lvl.suffix, False)

    @staticmethod
    def _render(lvl: Level, levels: dict[int, Level], counters: list[int | None], num: _Num) -> str:
        if lvl.fmt == "none" or not lvl.text:
            return ""
        text = lvl.text[:_MAX_LABEL]
        out: list[str] = []
        i = 0
        while i < len(text):
            ch = text[i]
            if ch == "%" and i + 1 < len(text) and "1" <= text[i + 1] <= "9":
                k = int(text[i + 1]) - 1
                other = levels.get(k)
                start = num.starts.get(k, other.start if other else 1)
                value = counters[k]
                # A level never used yet shows one less than its start (Word's "0.1").
                n = value if value is not None else start - 1
                fmt = "decimal" if lvl.legal or other is None else other.fmt
                out.append(format_number(n, fmt))
                i += 2
                continue
            out.append(ch)
            i += 1
        return "".join(out)


def format_number(n: int, fmt: str) -> str:
    """``n`` in Word's ``numFmt``; formats not listed fall back to decimal."""
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in ("upperRoman", "lowerRoman") and 0 < n <= _MAX_ROMAN:
        roman = _roman(n)
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt in ("upperLetter", "lowerLetter") and 0 < n <= 26 * _MAX_LETTER_REPEAT:
        letter = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt == "none":
        return ""
    return str(n)


def _roman(n: int) -> str:
    out: list[str] = []
    for value, sym in _ROMAN:
        while n >= value:
            out.append(sym)
            n -= value
    return "".join(out)
