"""``congvan check --fix``: a corrected copy of a Word draft for the mechanical rules.

Only what a rule states exactly is changed: the paper size and margins, the fonts of runs
(never a run in a TCVN3/VNI font, whose bytes need that font), the size, weight and slant
of the header elements, the signature and the Nơi nhận, and a few written forms (``Số:``,
a leading 0, ``ngày 05 tháng 3``, ``V/v``, the tiêu ngữ's hyphens, the authority prefix,
``./.``). A finding is mapped to the paragraph that holds its line by the paragraph's text;
text is replaced in the runs it spans, so the formatting around it stays. Every other part
of the package (styles, numbering, headers, images, relationships) is copied as it is.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Callable

from docx import Document as open_docx
from docx.shared import Mm
from lxml import etree

from congvan import patterns
from congvan.check.format import PARENT_BOLD, SIZES
from congvan.check.page import MARGIN_TOLERANCE, MARGINS
from congvan.check.report import Finding
from congvan.check.text import MOTTO, NATIONAL_NAME, Draft
from congvan.source import Line

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_P, _R, _T, _RPR, _PPR = W + "p", W + "r", W + "t", W + "rPr", W + "pPr"
FONT = "Times New Roman"

#: (bold, italic; None to keep) each formatting rule sets on its lines. The size is the top
#: of the rule's range (format.SIZES) when the line's size is outside it.
_LOOKS: dict[str, tuple[bool | None, bool | None]] = {
    "TT202": (True, False),
    "TT203": (True, False),
    "TT205": (True, False),
    "TT206": (True, False),
    "TT214": (None, None),
    "TT226": (False, False),
    "TT235": (None, True),
    "TT213": (True, None),  # the issuer's lines; a parent's line is made not bold (_look)
    "TT301": (True, False),
    "TT304": (True, False),
    "TT306": (False, False),
    "TT313": (False, False),
    "TT402": (None, True),
    "TT504": (True, None),
    "TT507": (True, None),
    "TT602": (True, True),
    "TT603": (None, False),
}


def _number_colon(text: str) -> str:
    return patterns.NUMBER_NO_COLON_RE.sub(r"\1: ", text, count=1)


def _number_zero(text: str) -> str:
    return patterns.NUMBER_ONE_DIGIT_RE.sub(r"\g<1>0\2", text, count=1)


def _date_zeros(text: str) -> str:
    def fixed(m: re.Match[str]) -> str:
        day, month = m.group("day"), int(m.group("month"))
        day_text = day.zfill(2) if day else "..."
        month_text = f"{month:02d}" if month < 3 else str(month)
        if day is None:
            return m.group(0)  # a draft's blank day stays blank
        return f"ngày {day_text} tháng {month_text} năm {m.group('year')}"

    return patterns.DATE_WORDS_RE.sub(fixed, text, count=1)


def _vv(text: str) -> str:
    return patterns.VV_ANY_RE.sub(lambda m: m.group(0).replace(m.group("vv"), "V/v"), text)


def _motto(text: str) -> str:
    return patterns.MOTTO_ANY_RE.sub(MOTTO, text, count=1)


def _national(text: str) -> str:
    return patterns.NATIONAL_NAME_RE.sub(NATIONAL_NAME, text, count=1)


def _authority(text: str) -> str:
    m = patterns.AUTHORITY_ANY_RE.match(text)
    if m is None or "/" in m.group("prefix"):
        return text
    return f"{text[: m.start('prefix')]}{m.group('prefix').upper()}. {m.group('title')}"


def _closing_mark(text: str) -> str:
    stripped = text.rstrip()
    return stripped.rstrip(".;:,") + "./." + text[len(stripped) :]


#: The written forms each text rule fixes, as a change of the paragraph's text.
_TEXT_FIXES: dict[str, Callable[[str], str]] = {
    "TT201": _national,
    "TT204": _motto,
    "TT221": _number_colon,
    "TT222": _number_zero,
    "TT232": _date_zeros,
    "TT233": _date_zeros,
    "TT307": _vv,
    "TT414": _closing_mark,
    "TT501": _authority,
}

#: Rules whose finding carries the whole corrected line: ``- Sở Nội vụ`` → ``- Sở Nội vụ;``.
_LINE_FIXES = frozenset({"TT604"})

#: Every rule a corrected copy fixes.
FIXABLE = frozenset(_LOOKS) | frozenset(_TEXT_FIXES) | _LINE_FIXES | {"TT101", "TT103", "TT104"}


def _norm(text: str) -> str:
    return " ".join(text.split())


def _text(p: etree._Element) -> str:
    return "".join(t.text or "" for t in p.iter(_T))


class Paragraphs:
    """The document's paragraphs (tables and text boxes included), found by their text."""

    def __init__(self, body: etree._Element) -> None:
        self.items = [(p, _norm(_text(p))) for p in body.iter(_P)]
        self.exact: dict[str, etree._Element] = {}
        for p, text in self.items:
            self.exact.setdefault(text, p)  # the first paragraph of a text, as the reader met it

    def find(self, line: Line) -> etree._Element | None:
        want = _norm(line.text)
        if not want:
            return None
        if want in self.exact:
            return self.exact[want]
        return next((p for p, text in self.items if want in text), None)


def _set_text(p: etree._Element, new: str) -> None:
    """Change the paragraph's text to ``new`` inside the runs the change spans: the common
    beginning and end stay where they are, with their formatting."""
    nodes = list(p.iter(_T))
    old = "".join(t.text or "" for t in nodes)
    if old == new or not nodes:
        return
    head = 0
    while head < min(len(old), len(new)) and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < min(len(old), len(new)) - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    start, end, middle = head, len(old) - tail, new[head : len(new) - tail]
    spans = []
    pos = 0
    for t in nodes:
        spans.append((t, pos, pos + len(t.text or "")))
        pos += len(t.text or "")
    # The new text goes into the run where the change starts (the last one at the very end).
    into = next((t for t, lo, hi in spans if lo <= start < hi), nodes[-1])
    for t, lo, hi in spans:
        text = t.text or ""
        a, b = max(start, lo) - lo, min(end, hi) - lo
        if t is into:
            a = start - lo
            t.text = text[:a] + middle + text[max(a, b) :]
        elif a < b:
            t.text = text[:a] + text[b:]
        else:
            continue
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


def _rpr(run: etree._Element) -> etree._Element:
    rpr = run.find(_RPR)
    if rpr is None:
        rpr = etree.SubElement(run, _RPR)
        run.remove(rpr)
        run.insert(0, rpr)
    return rpr


def _set_flag(rpr: etree._Element, tag: str, on: bool) -> None:
    for name in (tag, tag + "Cs"):
        el = rpr.find(W + name)
        if el is None:
            el = etree.SubElement(rpr, W + name)
        if on:
            if W + "val" in el.attrib:
                del el.attrib[W + "val"]
        else:
            el.set(W + "val", "0")


def _set_size(rpr: etree._Element, pt: float) -> None:
    for name in ("sz", "szCs"):
        el = rpr.find(W + name)
        if el is None:
            el = etree.SubElement(rpr, W + name)
        el.set(W + "val", str(round(pt * 2)))


def _look(p: etree._Element, rule: str, line: Line, message: str = "") -> None:
    bold, italic = _LOOKS[rule]
    if rule == "TT213" and message.endswith(f"({PARENT_BOLD})"):
        bold = False  # the parent organ's line is the one drawn bold
    size = None
    if rule in SIZES:
        low, high = SIZES[rule]
        fmt = line.fmt
        size = (
            None if fmt is not None and fmt.size is not None and low <= fmt.size <= high else high
        )
    for run in p.iter(_R):
        if run.find(_T) is None:
            continue
        rpr = _rpr(run)
        if size is not None:
            _set_size(rpr, size)
        if bold is not None:
            _set_flag(rpr, "b", bold)
        if italic is not None:
            _set_flag(rpr, "i", italic)
    if rule in ("TT301", "TT304"):
        ppr = p.find(_PPR)
        if ppr is None:
            ppr = etree.Element(_PPR)
            p.insert(0, ppr)
        jc = ppr.find(W + "jc")
        if jc is None:
            jc = etree.SubElement(ppr, W + "jc")
        jc.set(W + "val", "center")


def _fonts(root: etree._Element) -> None:
    """Times New Roman for every run font named or themed, but a legacy one (its text
    would turn into other letters)."""
    for el in root.iter(W + "rFonts"):
        named = [el.get(W + k) for k in ("ascii", "hAnsi")]
        if any(
            n and (patterns.FONT_TCVN3_RE.match(n) or patterns.FONT_VNI_RE.match(n)) for n in named
        ):
            continue
        for key in ("ascii", "hAnsi", "cs", "eastAsia"):
            el.set(W + key, FONT)
        for key in ("asciiTheme", "hAnsiTheme", "cstheme", "eastAsiaTheme"):
            if W + key in el.attrib:
                del el.attrib[W + key]


def _page(document: object) -> None:
    for section in document.sections:  # type: ignore[attr-defined]
        landscape = (section.page_width or 0) > (section.page_height or 0)
        width, height = (Mm(297), Mm(210)) if landscape else (Mm(210), Mm(297))
        section.page_width, section.page_height = width, height
        for side, attr in (("trên", "top_margin"), ("dưới", "bottom_margin"),
                           ("trái", "left_margin"), ("phải", "right_margin")):  # fmt: skip
            low, high = MARGINS[side]
            value = getattr(section, attr)
            mm = None if value is None else value.mm
            if mm is None or not low - MARGIN_TOLERANCE <= mm <= high + MARGIN_TOLERANCE:
                setattr(section, attr, Mm(low))


def fix_docx(path: str | os.PathLike[str], draft: Draft, findings: list[Finding]) -> bytes:
    """The corrected copy of the .docx at ``path`` for the fixable ``findings``."""
    document = open_docx(os.fspath(path))
    rules = {f.rule for f in findings}
    if rules & {"TT101", "TT103"}:
        _page(document)
    if "TT104" in rules:
        _fonts(document.element)
        _fonts(document.styles.element)
    paragraphs = Paragraphs(document.element.body)
    lines = {x.no: x for x in draft.lines}
    number, date = draft.doc.number, draft.doc.date
    # A number and a date typed in one paragraph cannot be both upright and italic: left as found.
    shared = {number.evidence.start} & {date.evidence.start} if number and date else set()
    for f in findings:
        if f.evidence is None or f.rule not in FIXABLE:
            continue
        for no in range(f.evidence.start, f.evidence.end + 1):
            line = lines.get(no)
            p = paragraphs.find(line) if line is not None else None
            if line is None or p is None:
                continue
            if f.rule in _TEXT_FIXES:
                _set_text(p, _TEXT_FIXES[f.rule](_text(p)))
            elif f.rule in _LINE_FIXES and f.fix and f.text and _norm(_text(p)) == _norm(f.text):
                _set_text(p, f.fix)
            elif f.rule in _LOOKS and not (f.rule in ("TT226", "TT235") and no in shared):
                _look(p, f.rule, line, f.message)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
