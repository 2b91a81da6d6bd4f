"""The walk over WordprocessingML: blocks, tables, paragraphs and runs into lines.

Used by :mod:`congvan.readers.docx` for the body, the page header and the
notes. The walk keeps Word's view: automatic numbering labels, text boxes
after their anchor paragraph, accepted revisions, field results only, merged
cells once; and it records what it saw (by kind, first line) for diagnostics.
"""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

from congvan.readers import legacy
from congvan.readers.formats import Align, PendingFacts, Props, RunRef, Seg
from congvan.readers.numbering import Label, Numbering
from congvan.readers.styles import RunProps, Styles
from congvan.source import Cell, Line

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"

#: Tables nested deeper than this are read as flat text: nothing real nests so deep.
MAX_TABLE_DEPTH = 12

# Tag names, computed once: the walk compares tags millions of times on a big batch.
_P, _TBL, _TR, _TC, _R = W + "p", W + "tbl", W + "tr", W + "tc", W + "r"
#: No real document has this many paragraphs (a long code of law has a few thousand);
#: 80 KB of zipped XML can hold two million empty ones, which take a minute to walk.
MAX_PARAGRAPHS = 100_000


class TooManyParagraphs(Exception):
    """The document holds more than MAX_PARAGRAPHS paragraphs."""


_T, _TAB, _PTAB, _BR, _CR = W + "t", W + "tab", W + "ptab", W + "br", W + "cr"
_NBH, _PPR, _RPR, _PSTYLE, _RSTYLE = (
    W + "noBreakHyphen",
    W + "pPr",
    W + "rPr",
    W + "pStyle",
    W + "rStyle",
)
_NUMPR, _NUMID, _ILVL, _JC = W + "numPr", W + "numId", W + "ilvl", W + "jc"
_SDT, _SDTCONTENT, _CUSTOMXML = W + "sdt", W + "sdtContent", W + "customXml"
_INS, _DEL, _MOVETO, _MOVEFROM = W + "ins", W + "del", W + "moveTo", W + "moveFrom"
_PPRCHANGE, _INSTR, _FLDCHAR, _FLDSIMPLE = (
    W + "pPrChange",
    W + "instrText",
    W + "fldChar",
    W + "fldSimple",
)
_TXBX, _DRAWING, _PICT, _OBJECT = W + "txbxContent", W + "drawing", W + "pict", W + "object"
_ALT, _CHOICE, _FALLBACK = MC + "AlternateContent", MC + "Choice", MC + "Fallback"
_FNREF, _ENREF = W + "footnoteReference", W + "endnoteReference"
_TCPR, _TRPR, _GRIDSPAN, _VMERGE, _GRIDBEFORE = (
    W + "tcPr",
    W + "trPr",
    W + "gridSpan",
    W + "vMerge",
    W + "gridBefore",
)
_VAL, _TYPE = W + "val", W + "type"
_SOFTHYPHEN = W + "softHyphen"

# Subtrees of a paragraph whose text Word does not show (or shows elsewhere).
_INLINE_SKIP = frozenset(
    {
        _PPR,
        _RPR,
        _DEL,
        _MOVEFROM,
        _INSTR,
        W + "delText",
        W + "delInstrText",
        _FNREF,
        _ENREF,
        W + "commentReference",
        W + "sdtPr",
        W + "sdtEndPr",
        _FALLBACK,
    }
)
_BOX_HOSTS = frozenset({_DRAWING, _PICT, _OBJECT, _ALT})
_PAGE_FIELDS = frozenset({"PAGE", "NUMPAGES", "SECTIONPAGES"})
_BULLETS = frozenset("-+•·–—*")


class _Field:
    """One open field: still in its code part, or a result to drop (a page number)."""

    __slots__ = ("code", "drop", "instr")

    def __init__(self, code: bool, drop: bool) -> None:
        self.code = code
        self.drop = drop
        self.instr: list[str] = []

    @property
    def hides(self) -> bool:
        return self.code or self.drop


def _is_page_field(instr: str) -> bool:
    words = instr.split(None, 1)
    return bool(words) and words[0].upper() in _PAGE_FIELDS


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


class Walker:
    """Turns a body (or header, note) into numbered lines; records what it saw."""

    def __init__(
        self,
        styles: Styles,
        numbering: Callable[[], Numbering],
        *,
        drop_page_numbers: bool = False,
        after: Walker | None = None,
        fonts: bool = True,
    ) -> None:
        self.styles = styles
        #: Resolve run properties while walking: only legacy-font conversion needs them
        #: then; otherwise each line's format is worked out when first asked.
        self.fonts = fonts
        self._numbering_loader = numbering
        self._numbering: Numbering | None = None
        self.drop_page_numbers = drop_page_numbers
        self.lines: list[Line] = list(after.lines) if after else []
        self.tables: int = after.tables if after else 0
        self.paras: int = after.paras if after else 0
        self.fields: list[_Field] = []
        self.hidden = 0
        self.carry: tuple[list[Seg], Label | None] | None = None
        #: What was seen, by kind, at which line (the first time).
        self.seen: dict[str, int] = {}
        self.has_notes = False
        #: Legacy encodings converted (and ``utf-8`` when mixed), by first line.
        self.legacy: dict[str, int] = dict(after.legacy) if after else {}

    def mark(self, kind: str, line: int | None = None) -> None:
        if kind not in self.seen:
            self.seen[kind] = line if line is not None else len(self.lines) + 1

    @property
    def numbering(self) -> Numbering:
        if self._numbering is None:
            self._numbering = self._numbering_loader()
        return self._numbering

    # --- blocks ---------------------------------------------------------------------------

    def block(self, el: etree._Element, cell: Cell | None, depth: int) -> None:
        saved, self.carry = self.carry, None
        for child in el:
            tag = child.tag
            if tag == _P:
                self.paragraph(child, cell, depth)
            elif tag == _TBL:
                self.table(child, cell, depth)
            elif tag == _SDT:
                content = child.find(_SDTCONTENT)
                if content is not None:
                    self.block(content, cell, depth)
            elif tag in (_CUSTOMXML, _INS, _MOVETO):
                if tag != _CUSTOMXML:
                    self.mark("revision")
                self.block(child, cell, depth)
            elif tag in (_DEL, _MOVEFROM):
                self.mark("revision")
            elif tag == _ALT:
                choice = child.find(_CHOICE)
                if choice is not None:
                    self.block(choice, cell, depth)
        if self.carry is not None:
            segs, label = self.carry
            self.carry = None
            self._emit(segs, label, cell, self.paras - 1, None)  # no alignment of its own
        self.carry = saved

    def table(self, tbl: etree._Element, outer: Cell | None, depth: int) -> None:
        if depth >= MAX_TABLE_DEPTH:
            self.mark("deep_table")
            self.paragraph(tbl, outer, depth)
            return
        index = self.tables
        self.tables += 1
        row = 0
        for tr in _rows(tbl):
            col = 0
            tr_pr = _child(tr, _TRPR)
            if tr_pr is not None:
                if tr_pr.find(_DEL) is not None:
                    self.mark("revision")
                    continue
                before = tr_pr.find(_GRIDBEFORE)
                col = max(_int(before.get(_VAL)) or 0, 0) if before is not None else 0
            for tc in _cells(tr):
                span, continued = _cell_shape(tc)
                if not continued:
                    self.block(tc, Cell(index, row, col), depth + 1)
                col += span
            row += 1

    # --- paragraphs -----------------------------------------------------------------------

    def paragraph(self, p: etree._Element, cell: Cell | None, depth: int) -> None:
        para = self.paras
        self.paras += 1
        if self.paras > MAX_PARAGRAPHS:
            raise TooManyParagraphs
        first = len(self.lines) + 1
        ppr = _child(p, _PPR)
        style, num_id, ilvl, jc, mark = _para_props(ppr) if ppr is not None else _NO_PROPS
        if mark:
            self.mark("revision", first)
        mark_deleted = mark == "deleted"
        if self.fields:
            # A field's code never spans paragraphs; an unclosed one must not hide the rest.
            self.fields = [f for f in self.fields if not f.code]
            self.hidden = sum(f.hides for f in self.fields)
        segs: list[Seg] = []
        boxes: list[etree._Element] = []
        base: Props = self.styles.run_base(style, None) if self.fonts else RunRef(style, ())
        self._inline(p, segs, boxes, style, base)
        if self.carry is not None:
            carried, label = self.carry
            self.carry = None
            segs = carried + segs
        else:
            label = self._label(style, num_id, ilvl, first)
        if mark_deleted:
            self.carry = (segs, label)
        else:
            self._emit(segs, label, cell, para, (jc, style))
        for box in boxes:
            if any(True for _ in box.iter(_T)):
                self.mark("textbox")
            self.block(box, cell, depth)

    def _label(
        self, style: str | None, num_id: str | None, ilvl: int | None, line: int
    ) -> Label | None:
        if num_id is None:
            num_id, style_ilvl = self.styles.numbering(style)
            if num_id is None:
                return None
            ilvl = style_ilvl if ilvl is None else ilvl
        if num_id == "0":  # numId 0 removes numbering, even numbering the style gives
            return None
        numbering = self.numbering
        if not numbering.exists(num_id):
            self.mark("missing_numbering", line)
            return None
        if ilvl is None:
            ilvl = numbering.level_for_style(num_id, style)
        label = numbering.next_label(num_id, ilvl)
        if label is not None and (label.text or label.bullet):
            self.mark("numbered", line)
        return label

    def _inline(
        self,
        el: etree._Element,
        segs: list[Seg],
        boxes: list[etree._Element],
        style: str | None,
        base: Props,
    ) -> None:
        for child in el:
            tag = child.tag
            if tag == _R:
                self._run(child, segs, boxes, style, base)
            elif tag in _INLINE_SKIP:
                if tag in (_DEL, _MOVEFROM):
                    self.mark("revision")
            elif tag == _FLDSIMPLE:
                drop = self.drop_page_numbers and _is_page_field(child.get(W + "instr", ""))
                self.fields.append(_Field(False, drop))
                self.hidden += drop
                self._inline(child, segs, boxes, style, base)
                self.fields.pop()
                self.hidden -= drop
            elif tag == _TXBX:
                boxes.append(child)
            else:
                if tag in (_INS, _MOVETO):
                    self.mark("revision")
                if len(child):  # not for the many empty marks (proofErr, bookmarkStart)
                    self._inline(child, segs, boxes, style, base)

    def _run(
        self,
        r: etree._Element,
        segs: list[Seg],
        boxes: list[etree._Element],
        style: str | None,
        props: Props,
    ) -> None:
        for c in r:
            tag = c.tag
            if tag == _T:
                if not self.hidden:
                    segs.append((c.text or "", props))
            elif tag == _RPR:
                if isinstance(props, RunProps):
                    props = self.styles.run_props(style, props, c)
                else:
                    props = RunRef(style, (*props.rprs, c))
            elif tag in (_TAB, _PTAB):
                if not self.hidden:
                    segs.append(("\t", props))
            elif tag in (_BR, _CR):
                if not self.hidden and c.get(_TYPE) in (None, "textWrapping"):
                    segs.append(("\n", None))
            elif tag == _NBH:
                if not self.hidden:
                    segs.append(("-", props))
            elif tag == _SOFTHYPHEN:
                # TCVN3 ``ư`` is byte 0xAD: Word keeps it as a soft hyphen (hidden elsewhere).
                if not self.hidden and legacy.run_font(props) is not None:
                    segs.append((legacy.SOFT_HYPHEN, props))
            else:
                self._run_other(c, tag, boxes)

    def _run_other(self, c: etree._Element, tag: str, boxes: list[etree._Element]) -> None:
        """Run children that carry no text of their own: fields, drawings, note marks."""
        if tag == _FLDCHAR:
            self._field_char(c.get(W + "fldCharType"))
        elif tag == _INSTR:
            if self.fields:
                self.fields[-1].instr.append(c.text or "")
        elif tag in _BOX_HOSTS:
            _find_boxes(c, boxes)
        elif tag in (_FNREF, _ENREF):
            self.has_notes = True

    def _field_char(self, kind: str | None) -> None:
        if kind == "begin":
            self.fields.append(_Field(True, False))
            self.hidden += 1
        elif kind == "separate" and self.fields and self.fields[-1].code:
            f = self.fields[-1]
            f.code = False
            f.drop = self.drop_page_numbers and _is_page_field("".join(f.instr))
            self.hidden -= not f.drop
        elif kind == "end" and self.fields:
            self.hidden -= self.fields.pop().hides

    # --- lines ----------------------------------------------------------------------------

    def _emit(
        self,
        segs: list[Seg],
        label: Label | None,
        cell: Cell | None,
        para: int,
        align: Align | None,
    ) -> None:
        pieces: list[list[Seg]] = [[]]
        for seg in segs:
            if seg[0] == "\n" and seg[1] is None:
                pieces.append([])
            else:
                pieces[-1].append(seg)
        if label is not None:
            prefix = _prefix(label, "".join(s[0] for s in pieces[0]))
            if prefix:
                pieces[0].insert(0, (prefix, None))
        for piece in pieces:
            if self.fonts:  # otherwise no run can be in a legacy font
                piece = legacy.convert_segments(piece, self.legacy, len(self.lines) + 1)
            text = "".join(s[0] for s in piece)
            self.lines.append(
                Line(
                    len(self.lines) + 1,
                    text,
                    cell,
                    None,
                    para,
                    PendingFacts(piece, align, self.styles),
                )
            )


_PProps = tuple[str | None, str | None, int | None, str | None, str | None]
_NO_PROPS: _PProps = (None, None, None, None, None)


def _para_props(ppr: etree._Element) -> _PProps:
    """Style, numId, ilvl, ``w:jc`` and the paragraph mark's revision (``deleted``/``changed``)."""
    style = num_id = jc = mark = None
    ilvl: int | None = None
    for c in ppr:
        tag = c.tag
        if tag == _PSTYLE:
            style = c.get(_VAL)
        elif tag == _NUMPR:
            for x in c:
                if x.tag == _NUMID:
                    num_id = x.get(_VAL)
                elif x.tag == _ILVL:
                    ilvl = _int(x.get(_VAL))
        elif tag == _JC:
            jc = c.get(_VAL)
        elif tag == _RPR:
            for x in c:
                if x.tag in (_DEL, _MOVEFROM):
                    mark = "deleted"
                elif x.tag in (_INS, _MOVETO) and mark is None:
                    mark = "changed"
        elif tag == _PPRCHANGE and mark is None:
            mark = "changed"
    return style, num_id, ilvl, jc, mark


def _prefix(label: Label, text: str) -> str:
    """What goes before ``text``: the label and its suffix, unless the text already types it."""
    stripped = text.lstrip()
    if label.bullet:
        if stripped[:1] in _BULLETS:
            return ""
        return "- " if stripped else "-"
    if not label.text:
        return ""
    if (
        stripped.startswith(label.text)
        and not stripped[len(label.text) : len(label.text) + 1].isalnum()
    ):
        return ""  # ``1.`` typed and also generated: Word's file shows it twice, we once
    return label.text + label.suffix if stripped else label.text


def _find_boxes(el: etree._Element, boxes: list[etree._Element]) -> None:
    """Text boxes under a drawing: ``mc:Fallback`` holds a VML copy of the same box."""
    for c in el:
        tag = c.tag
        if tag == _TXBX:
            boxes.append(c)
        elif tag != _FALLBACK:
            _find_boxes(c, boxes)


def _children(el: etree._Element, tag: str) -> list[etree._Element]:
    """Children ``tag`` of ``el`` (rows of a table, cells of a row), looking through the
    content controls and custom XML that may wrap them."""
    out: list[etree._Element] = []
    for child in el:
        if child.tag == tag:
            out.append(child)
        elif child.tag in (_SDT, _CUSTOMXML):
            content = child.find(_SDTCONTENT) if child.tag == _SDT else child
            if content is not None:
                out.extend(_children(content, tag))
    return out


def _rows(tbl: etree._Element) -> list[etree._Element]:
    return _children(tbl, _TR)


def _cells(tr: etree._Element) -> list[etree._Element]:
    return _children(tr, _TC)


def _child(el: etree._Element, tag: str) -> etree._Element | None:
    """``el.find(tag)``, fast when the child comes first, where the schema puts
    ``w:pPr``, ``w:trPr``, ``w:tcPr`` (``find`` goes through ElementPath each call)."""
    if len(el):
        first = el[0]
        if first.tag == tag:
            return first
        return next(el.iterchildren(tag), None)
    return None


def _cell_shape(tc: etree._Element) -> tuple[int, bool]:
    """Grid columns a cell spans, and whether it continues a vertical merge (no own text)."""
    pr = _child(tc, _TCPR)
    if pr is None:
        return 1, False
    span_el = merge = None
    for c in pr:
        tag = c.tag
        if tag == _GRIDSPAN and span_el is None:
            span_el = c
        elif tag == _VMERGE and merge is None:
            merge = c
    span = max(_int(span_el.get(_VAL)) or 1, 1) if span_el is not None else 1
    return span, merge is not None and merge.get(_VAL, "continue") == "continue"
