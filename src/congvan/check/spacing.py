"""The spacing rules of a .docx (Phụ lục I, II.6.e): first-line indent, space between
paragraphs and line spacing of the running text.

They read the paragraphs' own ``w:pPr`` resolved through their style chain and the
document defaults, straight from the file, as Word lays them out: an attribute set
on the paragraph wins over its style's, a style's over the one it is based on, and
those over ``w:pPrDefault``. Each rule looks at the body's paragraphs outside tables
and is broken only when most of them break it (a heading or a quotation may be set
apart on purpose): one finding, at the first paragraph that breaks it.
"""

from __future__ import annotations

import dataclasses
import itertools
from dataclasses import dataclass
from typing import Any

from lxml import etree

from congvan import patterns
from congvan.check.fix import Paragraphs
from congvan.check.report import Finding, finding
from congvan.check.text import Draft
from congvan.extract.header import span
from congvan.normalize import canon
from congvan.source import Line

SPACING_RULES = ("TT408", "TT409", "TT410")

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
#: First-line indents the decree allows, in twips (1 cm, 1.27 cm), and the slack on each.
INDENTS = (567, 720)
INDENT_SLACK = 30
#: Least space between two paragraphs, in twentieths of a point (6 pt), less rounding.
MIN_GAP = 115
#: ``auto`` line spacing, in 240ths of a line: single to 1.5 lines, less rounding.
AUTO_LINE = (235, 365)
#: ``exact`` or ``atLeast`` spacing, in twentieths of a point: a 13–14 pt line set single
#: (about 15 pt) to one and a half (about 24 pt).
FIXED_LINE = (290, 490)
#: A rule is broken when more than one paragraph in this many breaks it (80% must keep it).
ONE_IN = 5
#: Fewer running paragraphs than this say nothing about how the text is set.
_FEW = 5


@dataclass
class _Props:
    """The spacing properties of a paragraph, each None until something sets it."""

    first_line: int | None = None
    hanging: int | None = None
    before: int | None = None
    after: int | None = None
    line: int | None = None
    rule: str | None = None

    def merged(self, ppr: etree._Element | None) -> _Props:
        """These properties with what ``ppr`` sets on top."""
        out = dataclasses.replace(self)
        if ppr is None:
            return out
        ind = ppr.find(W + "ind")
        if ind is not None:
            out.first_line = _twips(ind, "firstLine", out.first_line)
            out.hanging = _twips(ind, "hanging", out.hanging)
        spacing = ppr.find(W + "spacing")
        if spacing is not None:
            out.before = _twips(spacing, "before", out.before)
            out.after = _twips(spacing, "after", out.after)
            out.line = _twips(spacing, "line", out.line)
            out.rule = spacing.get(W + "lineRule", out.rule)
        return out


def _twips(el: etree._Element, name: str, default: int | None) -> int | None:
    value = el.get(W + name)
    if value is None:
        return default
    try:
        return int(float(value))
    except ValueError:
        return default


class _Styles:
    """Paragraph styles' spacing, each resolved once through ``w:basedOn``."""

    def __init__(self, styles: etree._Element) -> None:
        defaults = styles.find(f"{W}docDefaults/{W}pPrDefault/{W}pPr")
        self.base = _Props().merged(defaults)
        self.raw: dict[str, tuple[str | None, etree._Element | None]] = {}
        self.default_id: str | None = None
        for st in styles.iter(W + "style"):
            if st.get(W + "type") != "paragraph":
                continue
            sid = st.get(W + "styleId")
            if sid is None:
                continue
            based = st.find(W + "basedOn")
            self.raw[sid] = (
                based.get(W + "val") if based is not None else None,
                st.find(W + "pPr"),
            )
            if st.get(W + "default") in ("1", "true"):
                self.default_id = sid
        self.done: dict[str | None, _Props] = {}

    def props(self, sid: str | None) -> _Props:
        sid = sid or self.default_id
        if sid in self.done:
            return self.done[sid]
        chain: list[etree._Element | None] = []
        seen: set[str] = set()
        cur = sid
        while cur is not None and cur in self.raw and cur not in seen:  # a loop ends the chain
            seen.add(cur)
            based, ppr = self.raw[cur]
            chain.append(ppr)
            cur = based
        out = self.base
        for ppr in reversed(chain):
            out = out.merged(ppr)
        self.done[sid] = out
        return out


def check_spacing(document: Any, draft: Draft) -> list[Finding] | None:
    """Findings on the running text's spacing in ``document`` (python-docx, from
    :func:`congvan.check.page.open_word`); None when its parts cannot be read."""
    try:
        styles = _Styles(document.styles.element)
    except Exception:  # a file the reader took may still defeat python-docx's model
        return None
    paragraphs = Paragraphs(document.element.body)
    body: list[tuple[Line, _Props]] = []
    seen: set[int] = set()
    by_no = {x.no: x for x in draft.lines}
    addressed = {
        n for r in draft.doc.recipients for n in range(r.evidence.start, r.evidence.end + 1)
    }
    for block in draft.layout.body:
        line = by_no.get(block.start)
        if line is None or line.cell is not None or not line.text.strip():
            continue
        if line.no in addressed or patterns.KINH_GUI_HEAD_RE.match(canon(line.text)):
            continue  # the Kính gửi block is set by its own rules (TT312, TT313)
        if line.fmt is not None and line.fmt.align in ("center", "right", "end"):
            continue  # a title line (``CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH``, ``QUYẾT ĐỊNH:``)
        p = paragraphs.exact.get(" ".join(line.text.split()))  # a paragraph of one line
        if p is None or id(p) in seen:
            continue
        seen.add(id(p))
        ppr = p.find(W + "pPr")
        style = ppr.find(W + "pStyle") if ppr is not None else None
        props = styles.props(style.get(W + "val") if style is not None else None).merged(ppr)
        body.append((line, props))
    if len(body) < _FEW:
        return []  # too little running text to say how it is set
    return [*_indent(body), *_gaps(body), *_lines(body)]


def _broken(lines: list[tuple[Line, bool]], rule: str, detail: str) -> list[Finding]:
    wrong = [line for line, ok in lines if not ok]
    if not lines or len(wrong) * ONE_IN <= len(lines):
        return []
    shown = f"{len(lines) - len(wrong)}/{len(lines)} đoạn đúng; {detail}"
    return [finding(rule, shown, text=wrong[0].text.strip()[:60], line=span([wrong[0]]))]


def _indent(body: list[tuple[Line, _Props]]) -> list[Finding]:
    """TT408: the first line indented 1 cm or 1.27 cm."""

    def ok(p: _Props) -> bool:
        first = (p.first_line or 0) - (p.hanging or 0)
        return any(abs(first - want) <= INDENT_SLACK for want in INDENTS)

    wrong = next((p for _, p in body if not ok(p)), body[0][1])
    shown = f"lùi {((wrong.first_line or 0) - (wrong.hanging or 0)) / 567:.2f} cm"
    return _broken([(line, ok(p)) for line, p in body], "TT408", shown)


def _gaps(body: list[tuple[Line, _Props]]) -> list[Finding]:
    """TT409: at least 6 pt between paragraphs (Word leaves the larger of the two)."""
    pairs = []
    for (_, a), (line, b) in itertools.pairwise(body):
        gap = max(a.after or 0, b.before or 0)
        pairs.append((line, gap >= MIN_GAP))
    return _broken(pairs, "TT409", "cách đoạn dưới 6 pt")


def _lines(body: list[tuple[Line, _Props]]) -> list[Finding]:
    """TT410: line spacing from single to 1.5 lines."""

    def ok(p: _Props) -> bool:
        line = p.line if p.line is not None else 240
        if p.rule in (None, "auto"):
            return AUTO_LINE[0] <= line <= AUTO_LINE[1]
        return FIXED_LINE[0] <= line <= FIXED_LINE[1]

    return _broken([(line, ok(p)) for line, p in body], "TT410", "giãn dòng ngoài 1–1,5 dòng")
