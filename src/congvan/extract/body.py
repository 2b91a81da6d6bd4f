"""The body: Kính gửi recipients, preamble grounds and the tasks tree.

The body's paragraphs are read in one pass, in this order: the ``Kính gửi``
block, the preamble (authority line, ``Căn cứ`` / ``Xét đề nghị`` /
``Thực hiện`` grounds, ``QUYẾT ĐỊNH:``), then the items. Items nest by the
order their label kinds first appear (``I.`` then ``1.`` then ``a)``), the way
a reader sees a list: a kind seen before closes the deeper levels.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from congvan import codes, patterns
from congvan.extract.assignees import (
    asked_in,
    assignees_in,
    distinct_names,
    guided_in,
    lead_among,
    listed_comrade,
    partners_in,
    split_assignees,
    toward_party,
)
from congvan.extract.citations import dedupe, find_citations, named_ground
from congvan.extract.context import Context
from congvan.extract.deadlines import Found, find_deadlines, find_due, find_inline_due
from congvan.extract.tasktable import Columns, table_rows, task_columns
from congvan.models import (
    BasisKind,
    Deadline,
    LegalBasis,
    LineSpan,
    Recipient,
    Task,
)
from congvan.normalize import canon, canon_lower, clean_value, is_upper
from congvan.segment import Paragraph


@functools.lru_cache(maxsize=1024)
def line_span(start: int, end: int) -> LineSpan:
    """The span of lines ``start``..``end``; frozen, so one object serves every value read there.

    Every body paragraph is given one for its citations, most of which it never uses.
    """
    return LineSpan(start=start, end=end)


def span_of(p: Paragraph) -> LineSpan:
    return line_span(p.start, p.end)


# --- recipients -----------------------------------------------------------------------------


def _split_names(text: str) -> list[str]:
    parts = patterns.NAME_LIST_SEP_RE.split(text)
    return [c for c in (clean_value(p) for p in parts) if c]


def extract_recipients(
    ctx: Context, body: list[Paragraph], header: list[list[Paragraph]]
) -> tuple[list[Recipient], int]:
    """Recipients of the ``Kính gửi`` block and the index of the body paragraph after it.

    The block is usually the first body paragraph; some templates put it in a column
    of the header table: the left one under the ``V/v`` line, or the right one in a
    row of its own under the place and date.
    """
    found = _recipients_in(body[:12])
    if found is not None:
        return found
    for column in header:
        in_header = _recipients_in(column)
        if in_header is not None:
            return in_header[0], 0
    return [], 0


#: How long a line may be that goes on with a recipient's name cut at a comma: a name's rest.
_WRAPPED_NAME = 80


def _cut_short(text: str, following: str) -> bool:
    """A recipient's line that stops in the middle of its name, at a comma or a dash, and
    the short line after it its name's rest: not a sentence of the body (``Thực hiện ...``,
    ``Căn cứ ...``, a lead ending with a colon)."""
    rest = following.strip()
    return (
        text.rstrip().endswith((",", "-", "–"))
        and len(rest) <= _WRAPPED_NAME
        and not rest.endswith(":")
        and patterns.BASIS_RE.match(canon(rest)) is None
        and patterns.LEAD_PHRASE_RE.match(rest) is None
    )


def _recipients_in(paras: list[Paragraph]) -> tuple[list[Recipient], int] | None:
    for i, p in enumerate(paras):
        t = canon(p.text)
        m = patterns.RECIPIENTS_RE.match(t) or patterns.CONG_DIEN_RE.match(t)
        if m is None:
            continue
        out = [
            Recipient(name=n, evidence=span_of(p)) for n in _split_names(p.text[m.start("rest") :])
        ]
        j = i + 1
        last = p.text
        while j < len(paras):
            if patterns.BULLET_RE.match(paras[j].text):
                # One recipient per list line, even when its name holds a ``;``.
                name = clean_value(paras[j].text)
                if name:
                    out.append(Recipient(name=name, evidence=span_of(paras[j])))
            elif out and _cut_short(last, paras[j].text):
                # ``- Giám đốc các Sở: ..., Thuỷ sản,`` / ``Giao thông - Vận tải, Xây dựng;``: a
                # name a transcript wrapped; its line joins the name it goes on with.
                joint = ", " if last.rstrip().endswith(",") else " - "
                base = out[-1].name.rstrip(" -–")
                name = clean_value(f"{base}{joint}{paras[j].text.strip()}")
                out[-1] = Recipient(
                    name=name,
                    evidence=LineSpan(start=out[-1].evidence.start, end=span_of(paras[j]).end),
                )
            else:
                break
            last = paras[j].text
            j += 1
        return out, j
    return None


# --- preamble ---------------------------------------------------------------------------------

#: How many narrative paragraphs may open the body before its grounds.
_NARRATIVE_BEFORE_BASIS = 3


def _basis_kind(m: re.Match[str]) -> BasisKind:
    if m.group("can_cu"):
        return BasisKind.CAN_CU
    if m.group("de_nghi"):
        return BasisKind.DE_NGHI
    return BasisKind.THUC_HIEN


def extract_basis(body: list[Paragraph], start: int) -> tuple[list[LegalBasis], int]:
    """Grounds from ``start`` until the first item; returns them and where items may begin."""
    out: list[LegalBasis] = []
    narrative = 0
    i = start
    while i < len(body):
        p = body[i]
        t = canon(p.text)
        if patterns.ENACTING_RE.match(t):
            return out, i + 1
        if patterns.LABEL_RE.match(t):
            break
        if patterns.BASIS_RE.match(t) is not None:
            out.extend(_grounds(p))
        elif out and patterns.PREAMBLE_PURPOSE_RE.match(t) and t.rstrip().endswith((";", ",")):
            pass  # ``- Để thống nhất việc lập ...;`` between two grounds: the preamble goes on
        elif out or narrative >= _NARRATIVE_BEFORE_BASIS:
            if not is_upper(p.text):
                break
        elif not is_upper(p.text):
            narrative += 1
        i += 1
    return out, start if not out else i


def _grounds(p: Paragraph) -> list[LegalBasis]:
    """One ground per lead phrase: ``Căn cứ A; Căn cứ B`` gives two, ``Căn cứ A; B`` one."""
    text = p.text
    cuts = [m.end() for m in patterns.BASIS_SPLIT_RE.finditer(canon(text))]
    pieces = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    out = []
    for piece in pieces:
        m = patterns.BASIS_RE.match(canon(piece))
        value = clean_value(piece)
        if m is None or not value:
            continue
        cites = dedupe(find_citations(value, span_of(p), nested=False))  # ``... pháp luật số 17``
        if not cites and (named := named_ground(value, span_of(p))) is not None:
            cites = [named]
        out.append(
            LegalBasis(text=value, kind=_basis_kind(m), citations=cites, evidence=span_of(p))
        )
    return out


# --- tasks ------------------------------------------------------------------------------------


#: No letter has this many items; past it, a hostile or broken file would make the
#: tree (and the JSON) grow without bound.
MAX_ITEMS = 5000


@dataclass(slots=True)
class _Item:
    label: str | None
    marker: str | None
    kind: str
    lines: list[str]
    start: int
    end: int
    assignees: list[str] = field(default_factory=list)
    partners: list[str] = field(default_factory=list)
    deadline: Deadline | None = None
    children: list[_Item] = field(default_factory=list)
    #: How many rules issued inside an article enclose the item (see _Tree._place): a
    #: ``Điều 1`` of the Quy chế a decision's ``Điều 1`` issues is not the decision's.
    scope: int = 0


def label_of(text: str) -> tuple[str, str, str, str] | None:
    """(kind, label, marker, rest) for a labelled paragraph."""
    m = patterns.LABEL_RE.match(text)
    if m is None:
        return None
    kind = next(k for k, v in m.groupdict().items() if v is not None)
    label = " ".join(m.group(kind).split())
    if kind == "article":
        label = "Điều " + label.split()[-1]
    if kind == "division":  # parts hold chapters, chapters sections: each its own level
        kind = "division-" + canon(label).split()[0].lower()
    if kind == "multi":
        written = text[: m.end()].rstrip()
        # ``2.1.``, ``2.1-`` or ``2.1 Kết quả``; not a figure such as ``90.91``, ``2.99 đ)``
        # or ``1.000 USD`` (a group of three digits, or one written with a leading 0).
        if _figure(label) or (
            not written.endswith((".", "-")) and not text[m.end() :][:1].isupper()
        ):
            return None
        kind = f"multi{label.count('.') + 1}"
    if kind in ("letter_dot", "lroman"):
        kind = "letter"  # ``ii.`` is a letter-like label until open_item tells it apart
    if kind == "paren_lroman":
        kind = "paren_letter"
    if kind == "roman" and len(label) == 1 and label in "LCDM":
        return None
    if kind == "upper_letter" and not text[m.end() :][:1].isupper():
        return None  # ``A. Mục tiêu``, not an initial in a sentence
    if kind == "upper_letter" and patterns.AUTHORITY_RE.match(text):
        position = " ".join(text[m.end() :].split()[:2])
        if len(position) > 3 and is_upper(position):
            # ``Q. CHÁNH VĂN PHÒNG`` (and the ``(chữ ký) Họ và tên`` of a model joined to
            # it): a signing authority quoted in a guide
            return None
    marker = " ".join(text[: m.end()].split())
    return kind, label, marker, text[m.end() :]


def _article_number(label: str | None) -> int | None:
    """The number of ``Điều 12``; None for ``Điều 12a`` or an unnumbered item."""
    last = (label or "").split()[-1:]
    return int(last[0]) if last and last[0].isdigit() else None


def _figure(label: str) -> bool:
    """``90.91``, ``1.000``, ``1.05``: a number, not the label of a numbered point."""
    head, *tail = label.split(".")
    return int(head) > 50 or any(
        int(x) > 50 or len(x) > 2 or (len(x) > 1 and x[0] == "0") for x in tail
    )


def _attach(item: _Item, p: Paragraph, ctx: Context) -> bool:
    """Read an attribute line (``- Đơn vị chủ trì: X``, ``- Thời gian hoàn thành: Y``); one whose
    value is not understood stays in the item's text, so that nothing the letter says is lost."""
    t = canon(p.text)
    lead = patterns.LEAD_UNIT_RE.match(t)
    if lead:
        units = split_assignees(p.text[lead.start("value") :])
        if not units:
            return False  # a value not read as units stays in the item's text
        item.assignees = units
        item.end = p.end
        return True
    partner = patterns.PARTNER_ATTR_RE.match(t)
    if partner:
        units = split_assignees(p.text[partner.start("value") :])
        if not units:
            return False
        item.partners.extend(units)
        item.end = p.end
        return True
    time = patterns.TIME_ATTR_RE.match(t)
    if time:
        due = find_due(p.text[time.start("value") :], ctx.date)
        if due is None:
            return False  # ``Ngày 26, 27/12/2011``: kept as text, never dropped
        if item.deadline is None:
            item.deadline = _deadline(due, span_of(p))
        item.end = p.end
        return True
    return False


def _deadline(found: Found, span: LineSpan) -> Deadline:
    return Deadline(
        raw=clean_value(found.raw), iso=found.iso, recurrence=found.recurrence, evidence=span
    )


def _build(
    paras: list[Paragraph], ctx: Context
) -> tuple[list[_Item], list[Paragraph], list[Paragraph]]:
    """Nest labelled paragraphs; returns the roots, the lead-in paragraphs before them and the
    closing paragraphs after them."""
    tree = _Tree(ctx)
    tables = _task_tables(paras)
    read: set[int] = set()
    labelled_at = _labelled_positions(paras)
    last_label = labelled_at[-1] if labelled_at else -1
    in_quote = False
    for i, p in enumerate(paras):
        if p.cell is not None and p.cell.table in tables:
            if p.cell.table not in read:  # the table's first line: all its rows at once
                read.add(p.cell.table)
                cols, lines = tables[p.cell.table]
                tree.add_rows(_table_items(lines, cols, ctx))
            continue
        if p.cell is not None and _data_cell(p.text) and _unlabelled(p.text):
            continue  # a figure or row number of a data table: not an item's text
        t = canon(p.text)
        if in_quote:
            labelled = None
            in_quote = not _closes_quote(t)
        else:
            labelled = None if patterns.QUOTE_OPEN_RE.match(t) else label_of(t)
            labelled = labelled or tree.part_label(t)
            in_quote = _opens_quote(t, labelled)
        if labelled is not None and tree.open_item(labelled, p):
            continue
        if not tree.stack:
            (tree.after if tree.roots else tree.lead_in).append(p)
        elif (
            i > last_label
            and (
                patterns.CLOSING_TEXT_RE.match(t)
                or patterns.CLOSING_DEMAND_RE.match(canon_lower(t))
                or _executes(t, tree.stack)
            )
            and not _asks_of(tree.stack[-1], paras[i : i + 2])
        ):
            tree.stack.clear()  # ``Trân trọng ...`` after the last item belongs to none
        elif not _attach(tree.stack[-1], p, ctx):
            tree.add_text(p)
    return tree.roots, tree.lead_in, tree.after


def _executes(text: str, stack: list[_Item]) -> bool:
    """A paragraph after the last item naming who executes the whole letter (``Các Bộ
    trưởng, ... chịu trách nhiệm thi hành Chỉ thị này./.``): the closing of a chỉ thị or a
    thông tư, not its last item's text. Under an article it is the article's own second
    paragraph (``Điều 3. ...`` over ``Chánh Văn phòng ... chịu trách nhiệm thi hành ...``)."""
    if any(s.kind == "article" for s in stack):
        return False
    return patterns.EXECUTING_RE.search(text) is not None


def _asks_of(item: _Item, paras: list[Paragraph]) -> bool:
    """A closing paragraph (the first of ``paras``) that is the text of ``item``, only its
    heading so far (``III. Tổ chức thực hiện``), because it or the paragraph after it asks
    for the work (``Trên đây là hướng dẫn ...`` / ``Kính đề nghị X thực hiện``); ``Trân
    trọng báo cáo./.`` under a bare heading still closes the letter."""
    bare = len(item.lines) == 1 and not item.children and _heading(item.lines[0])
    return bare and any(patterns.ASKS_RE.search(canon(p.text)) for p in paras)


def _labelled_positions(paras: list[Paragraph]) -> list[int]:
    return [i for i, p in enumerate(paras) if label_of(canon(p.text)) is not None]


#: Lower-case roman numerals up to ten, as labels of a list (``(i)``, ``ii.``).
_LOWER_ROMAN = frozenset({"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"})

#: The capitals of the Vietnamese alphabet, in order, for parts lettered ``A.`` to ``Y.``.
_ALPHABET = "ABCDĐEGHIKLMNOPQRSTUVXY"

#: Kinds of lettered items.
_LETTERED = frozenset({"letter", "upper_letter"})
#: The most words (syllables) a lettered part's heading has.
_HEADING_WORDS = 25


def _heading(rest: str) -> bool:
    """A heading rather than a sentence: short, with no closing punctuation."""
    text = rest.strip()
    return (
        bool(text)
        and len(text.split()) <= _HEADING_WORDS
        and not text.endswith((".", ";", ",", ":"))
    )


def _punct(marker: str, label: str) -> str:
    """How a label is written after its letter: ``-``, ``.``, ``)``, ``/``."""
    return marker[len(label) :].strip()


def _follows(before: str, label: str) -> bool:
    """``label`` comes right after ``before`` in the Vietnamese alphabet, in either case
    (``E`` after ``D`` too: many letters skip ``Đ``)."""
    a, b = before.upper(), label.upper()
    if a not in _ALPHABET:
        return False
    at = _ALPHABET.index(a)
    return _ALPHABET[at + 1 : at + 2] == b or (a == "D" and b == "E")


class _Tree:
    """The items read so far: roots, the open path from a root, the lead-in before them."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.roots: list[_Item] = []
        self.stack: list[_Item] = []
        self.lead_in: list[Paragraph] = []
        self.after: list[Paragraph] = []  # the closing paragraphs after the last item
        self.count = 0  # labelled items so far
        self.parts_open = False  # the first root is a lettered heading (see _lettered_part)

    def open_item(self, labelled: tuple[str, str, str, str], p: Paragraph) -> bool:
        """Open the item ``p`` starts; past MAX_ITEMS it is text (bounded work per file)."""
        self.count += 1
        if self.count > MAX_ITEMS:
            if self.count == MAX_ITEMS + 1:
                self.ctx.add(codes.TOO_MANY_ITEMS, p.start)
            return False
        kind, label, marker, rest = labelled
        if kind == "upper_letter" and label == "H" and self._roman_open("I"):
            kind, label = "roman", "II"  # ``H.`` after ``I.``: OCR read the two strokes as one
        if kind == "roman" and (
            self._next_letter(label)
            or (self.parts_open and self.stack and self._next_part(label, marker, rest))
        ):
            kind = "upper_letter"  # ``I.`` after ``H.`` (or ``I-`` after ``h -``): a letter
        kind = self._lower_roman(kind, label)
        kind = self._lettered_part(kind, label, marker, rest)
        text = p.text
        item = _Item(label, marker, kind, [text[len(text) - len(rest) :].strip()], p.start, p.end)
        item.scope = self._place(kind, label)
        while self.stack and (kind, item.scope) in {(s.kind, s.scope) for s in self.stack}:
            s = self.stack.pop()
            if (s.kind, s.scope) == (kind, item.scope):
                break
        (self.stack[-1].children if self.stack else self.roots).append(item)
        self.stack.append(item)
        return True

    def _place(self, kind: str, label: str) -> int:
        """Pop the open path to where a chapter or an article goes; returns the item's scope.

        A chapter (section, part) holds articles, never the other way round: one that opens
        under a chapter's clause goes under the chapter, beside or below the one open. One
        that opens under an article with no chapter open starts a rule the article issues
        (``Điều 1. Ban hành Quy chế ... như sau:`` and the Quy chế's chapters after it, before
        the decision's ``Điều 2``): the rule's chapters and articles are a scope of their own,
        and its ``Điều 1`` is not the decision's. An article numbered next after the one that
        holds the rule, and not next after the rule's last, ends the rule (the decision's
        ``Điều 2`` after the Quy chế's ``Điều 10``).
        """
        scope = self.stack[-1].scope if self.stack else 0
        inside = [i for i, s in enumerate(self.stack) if s.scope == scope]
        if kind.startswith("division-") and all(self.stack[i].kind != kind for i in inside):
            division = next(
                (i for i in reversed(inside) if self.stack[i].kind.startswith("division-")), None
            )
            article = next((i for i in reversed(inside) if self.stack[i].kind == "article"), None)
            if division is not None:
                del self.stack[division + 1 :]
            elif article is not None:
                del self.stack[article + 1 :]
                return scope + 1
        elif kind == "article" and scope and self._resumes(label, inside):
            del self.stack[inside[0] :]
            return self.stack[-1].scope if self.stack else 0
        return scope

    def _resumes(self, label: str, inside: list[int]) -> bool:
        """``label`` numbers the article after the one holding the open rule, not the one
        after the rule's last article."""
        holder = self.stack[inside[0] - 1] if inside[0] else None
        last = next(
            (self.stack[i] for i in reversed(inside) if self.stack[i].kind == "article"), None
        )
        number = _article_number(label)
        return (
            holder is not None
            and holder.kind == "article"
            and number is not None
            and number == (_article_number(holder.label) or 0) + 1
            and (last is None or number != (_article_number(last.label) or 0) + 1)
        )

    def _roman_open(self, label: str) -> bool:
        """The last roman item open is ``label`` (``H`` never follows ``I`` in the alphabet,
        so an ``H.`` under way after ``I.`` is a ``II.`` misread)."""
        last = next((s for s in reversed(self.stack) if s.kind == "roman"), None)
        return last is not None and last.label == label

    def _lower_roman(self, kind: str, label: str) -> str:
        """``roman-letter`` for ``ii.``, ``(iii)``, and for ``i``, ``v``, ``x`` where they
        count (``i`` not after ``h``, ``v`` after ``iv``, ``x`` after ``ix``): a list of
        grounds numbered in lower-case roman is a level of its own, under a lettered point
        or beside one."""
        if kind not in ("letter", "paren_letter") or label not in _LOWER_ROMAN:
            return kind
        numeral, letters = "roman-" + kind, (kind, "in-" + kind)
        last = next((s for s in reversed(self.stack) if s.kind in (*letters, numeral)), None)
        if label == "i":
            after_h = last is not None and last.kind in letters and last.label == "h"
            return kind if after_h else numeral
        if label in ("v", "x"):
            before = "iv" if label == "v" else "ix"
            return numeral if last is not None and last.label == before else kind
        return numeral

    def _lettered_part(self, kind: str, label: str, marker: str, rest: str) -> str:
        """The kind of a lettered item under a document cut into lettered parts.

        Older letters cut the text into parts ``a - những quy định chung``, ``b - ...`` (a
        TCVN3 capital font drew the letters as capitals; a transcript keeps them in lower
        case) that hold ``I/`` and ``1-`` items, and those hold lettered sentences ``a-
        Giấy giới thiệu ...`` of the same look. A lettered heading whose letter follows the
        open part's, written the same way, is the next part; a lettered line deeper than a
        numbered level of the part is one of the part's own points, whatever it looks like.
        """
        if kind not in _LETTERED or not self.stack:
            if kind in _LETTERED and _heading(rest.rstrip().removesuffix(".")):
                self.parts_open = True  # a root part: what follows may nest under it
            return kind
        part = self.stack[0]
        if not self.parts_open or part.kind not in _LETTERED or part.label is None:
            return kind
        if self._next_part(label, marker, rest):
            return part.kind  # the next part: back to the root
        deeper = any(
            s.kind not in _LETTERED and not s.kind.startswith("in-") for s in self.stack[1:]
        )
        other_look = _punct(marker, label) != _punct(part.marker or "", part.label)
        if (deeper or other_look) and kind == part.kind == "letter":
            return "in-" + kind  # ``a- Giấy giới thiệu ...`` inside ``a - những quy định chung``
        return kind

    def _next_part(self, label: str, marker: str, rest: str) -> bool:
        """A lettered heading that follows the open part's letter, written the same way
        (``b -`` after ``a -``; ``c.`` after ``B.``). A heading closed by a stop (``d. Xử lý
        vi phạm.``) is one only when no point of the part with the letter before it is
        open (``b- Xuất trình ...`` then ``c- Giấy phép ... Photocopy.`` are points)."""
        part = self.stack[0]
        if part.label is None or not _follows(part.label, label):
            return False
        punct = _punct(marker, label)
        if punct != _punct(part.marker or "", part.label):
            return False
        if _heading(rest):
            return True
        if not _heading(rest.rstrip().removesuffix(".")):
            return False
        return not any(
            s.label is not None
            and _follows(s.label, label)
            and _punct(s.marker or "", s.label) == punct
            for s in self.stack[1:]
        )

    def part_label(self, text: str) -> tuple[str, str, str, str] | None:
        """A capital letter over lower-case words that opens the next part (``Đ - điều
        khoản thi hành`` after ``d - khiếu nại ...``: a transcript keeps the case it was
        typed in); label_of refuses such a line elsewhere, as an initial in a sentence.
        The first part too (``A- các biện pháp cấp bách``) when nothing is numbered yet and
        the line is a heading."""
        m = patterns.LABEL_RE.match(text)
        if m is None or m.group("upper_letter") is None:
            return None
        label = m.group("upper_letter")
        marker, rest = " ".join(text[: m.end()].split()), text[m.end() :]
        if not self.parts_open or not self.stack:
            first = not self.stack and not self.roots and label == "A" and _heading(rest)
            return ("upper_letter", label, marker, rest) if first else None
        return (
            ("upper_letter", label, marker, rest) if self._next_part(label, marker, rest) else None
        )

    def _next_letter(self, label: str) -> bool:
        """``label`` follows the open lettered part in the alphabet (``H`` then ``I``, ``U``
        then ``V``, ``V`` then ``X``: Vietnamese has no ``F``, ``J``, ``W``, ``Z``)."""
        letters = [s.label for s in self.stack if s.kind == "upper_letter" and s.label]
        if not letters or letters[-1] not in _ALPHABET:
            return False
        at = _ALPHABET.index(letters[-1])
        return _ALPHABET[at + 1 : at + 2] == label

    def add_rows(self, rows: list[_Item]) -> None:
        """A task table's rows go under the item whose section holds the table."""
        (self.stack[-1].children if self.stack else self.roots).extend(rows)
        for s in self.stack:
            s.end = max(s.end, *(r.end for r in rows)) if rows else s.end

    def add_text(self, p: Paragraph) -> None:
        self.stack[-1].lines.append(p.text)
        for s in self.stack:
            s.end = p.end


def _task_tables(paras: list[Paragraph]) -> dict[int, tuple[Columns, list[Paragraph]]]:
    """The body's task tables by table index: their columns and their paragraphs."""
    by_table: dict[int, list[Paragraph]] = {}
    for p in paras:
        if p.cell is not None:
            by_table.setdefault(p.cell.table, []).append(p)
    out: dict[int, tuple[Columns, list[Paragraph]]] = {}
    for index, lines in by_table.items():
        cols = task_columns(lines)
        if cols is not None:
            out[index] = (cols, lines)
    return out


def _table_items(lines: list[Paragraph], cols: Columns, ctx: Context) -> list[_Item]:
    """A task table's rows as items, nested among themselves as paragraphs nest
    (``I`` group rows over ``1`` rows over ``1.1`` rows)."""
    roots: list[_Item] = []
    stack: list[_Item] = []
    above: tuple[str, str] | None = None  # the last row's kind and lead
    for row in table_rows(lines, cols)[:MAX_ITEMS]:
        item = _Item(row.label, row.marker, row.kind, row.lines, row.start, row.end)
        lead = row.lead
        if not lead and above is not None and above[0] == row.kind:
            lead = above[1]  # a lead cell merged down the rows under it shows its text once
        above = (row.kind, lead)
        item.assignees, item.partners = _row_owners(lead)
        if row.partner:
            item.partners = split_assignees(row.partner, cell=True)
        due = find_due(row.time, ctx.date, run_ends=True) if row.time else None
        if row.note and not row.time:  # ``Ghi chú``: ``Xong trước ngày 31/01/2026``, as a
            due = next(iter(find_deadlines(row.note, ctx.date)), None)  # sentence says it
        if due is not None:
            item.deadline = _deadline(due, line_span(row.start, row.end))
        while stack and row.kind in {s.kind for s in stack}:
            if stack.pop().kind == row.kind:
                break
        (stack[-1].children if stack else roots).append(item)
        for s in stack:
            s.end = max(s.end, row.end)
        stack.append(item)
    return roots


def _row_owners(lead: str) -> tuple[list[str], list[str]]:
    """The leads and partners of a task table's lead cell: its units, or, when the cell says
    who does what (``Phòng Kế hoạch - Tài chính chủ trì; các phòng, đơn vị thuộc Sở phối
    hợp``, ``Sở Y tế chủ trì, phối hợp với Sở Tài chính``), the one who leads and those who
    coordinate, as an item's sentence gives them."""
    if not lead:
        return [], []
    marked = _cell_roles(lead)
    if marked is not None:
        return marked
    said = lead.rstrip(" .;,") + "."
    t = canon(said)
    if not (patterns.LEAD_VERB_RE.search(t) or patterns.PARTNER_VERB_RE.search(t)):
        return split_assignees(lead, cell=True), []
    leads = assignees_in(said)
    if not leads:
        return split_assignees(lead, cell=True), []
    return leads, partners_in(said, leads)


def _cell_roles(cell: str) -> tuple[list[str], list[str]] | None:
    """The leads and partners of a unit cell that writes each one's role (``Chi cục Thủy lợi
    (chủ trì); UBND các xã, phường (phối hợp)``, ``Chủ trì: X; Phối hợp: Y, Z``); None when it
    writes none. A mark covers the units since the last one (but for a unit before a ``;``
    that no mark has led yet); a caption the units up to the next; units after the last mark
    coordinate with the lead before them."""
    roles = list(patterns.CELL_ROLE_RE.finditer(canon(cell)))
    if not roles:
        return None
    leads: list[str] = []
    partners: list[str] = []
    done = 0
    for i, m in enumerate(roles):
        if m.group("mark") is not None:
            part, role, done = cell[done : m.start()], m.group("mark"), m.end()
            first, sep, others = part.partition(";")
            if sep and not leads and patterns.TABLE_PARTNER_HEAD_RE.search(role):
                leads.extend(split_assignees(first.strip(" ,.\n"), cell=True))
                part = others  # ``Phòng X; Trung tâm Y (phối hợp)``: the first leads
        else:
            end = roles[i + 1].start() if i + 1 < len(roles) else len(cell)
            part, role, done = cell[m.end() : end], m.group("caption"), end
        names = split_assignees(part.strip(" ;,.\n"), cell=True)
        (partners if patterns.TABLE_PARTNER_HEAD_RE.search(role) else leads).extend(names)
    rest = split_assignees(cell[done:].strip(" ;,.\n"), cell=True)
    (partners if leads else leads).extend(rest)
    return list(dict.fromkeys(leads)), [p for p in dict.fromkeys(partners) if p not in leads]


def _unlabelled(text: str) -> bool:
    """No item opens here: no label, or a row's bare number (``III.1``) read as one."""
    t = canon(text)
    return label_of(t) is None or patterns.ROW_NUMBER_CELL_RE.fullmatch(t) is not None


def _data_cell(text: str) -> bool:
    """A short or mostly numeric table cell: a figure or a row number, not a paragraph."""
    return len(text) < 40 or sum(map(str.isdigit, text)) > 0.3 * len(text)


def _quote_balance(text: str) -> tuple[int, bool]:
    """Curly quotations opened minus closed, and whether straight quotes are unpaired.

    A paragraph with only one kind of curly mark pairs them among themselves: old
    typing closes ``“ Hỗ trợ kỹ thuật ... “`` with the opening mark, which must not
    open a quotation that swallows every item after it. OCR reads a small closing mark as a
    backtick (``... công chứng viên `.``), which no letter uses for anything else.
    """
    opens = text.count("“") + text.count("«")
    closes = text.count("”") + text.count("»") + text.count("`")
    curly = opens % 2 - closes % 2 if not opens or not closes else opens - closes
    return curly, text.count('"') % 2 == 1


def _closes_quote(text: str) -> bool:
    """Inside a quoted block, the paragraph that closes it (more closing marks than opening
    ones, or an unpaired straight quote)."""
    curly, straight_odd = _quote_balance(text)
    return curly < 0 or (curly == 0 and straight_odd)


def _opens_quote(text: str, labelled: tuple[str, str, str, str] | None) -> bool:
    """Outside one, the paragraph that leaves a quoted block open after it (see
    :func:`_opens_block`)."""
    curly, straight_odd = _quote_balance(text)
    return (curly > 0 or (curly == 0 and straight_odd)) and _opens_block(text, labelled)


def _opens_block(text: str, labelled: tuple[str, str, str, str] | None) -> bool:
    """The quotation left open at the end of ``text`` is a quoted block (text that amends,
    or a model), which runs on over the next paragraphs: its mark opens the paragraph, or
    follows its label or a colon (``..., như sau: “2. Nội dung ...``). A quotation opened
    mid-sentence (``tiêu chí “Tỷ lệ văn bản ...``) is a name or a phrase whose closing mark
    was lost; it ends with its paragraph instead of swallowing every item after it.
    ``labelled`` is the paragraph's label as the caller read it (None for none)."""
    depth, opened = 0, -1
    for i, ch in enumerate(text):
        if ch in "“«„" or (ch == '"' and depth == 0):
            if depth == 0:
                opened = i
            depth += 1
        elif ch in "”»`" or ch == '"':
            depth = max(depth - 1, 0)
    if opened < 0:
        return False
    before = text[:opened].strip()
    after_label = labelled is not None and not text[len(text) - len(labelled[3]) : opened].strip()
    return not before or before.endswith(":") or after_label


#: The longest entry of a list of members: a position, a name and the seat held.
_MEMBER_ENTRY = 160


def _roster(item: _Item) -> bool:
    """A caption over people (``3. Các thành viên:`` over ``a) Ông Nguyễn Văn Dũng - ...``, ``a)
    Sở Nội vụ`` over ``- Ông ...``, ``a) Ban Chủ nhiệm`` over ``- Chủ nhiệm: Luật sư ...``,
    ``Các thành viên Tổ giúp việc gồm:`` over anything) or one member's entry (``Giám đốc Sở
    Nội vụ, Tổ trưởng;``): who sits on a body, not who must do what."""
    first = item.lines[0]
    if patterns.ROSTER_CAPTION_RE.match(canon_lower(first)):
        return True
    # the entry as one line: a PDF may break it inside the seat (``..., Phó Trưởng`` / ``Ban
    # Chỉ đạo.``)
    entry = " ".join(item.lines) if len(item.lines) > 1 else first
    seat = patterns.MEMBER_SEAT_RE.search(canon(entry)) if len(entry) <= _MEMBER_ENTRY else None
    if seat is not None and not patterns.ASSIGNEE_STOP_RE.search(canon(entry), 0, seat.start()):
        return True  # a sentence of duties may end ``..., Phó Chủ tịch Hội đồng giao``
    after = item.lines[1] if len(item.lines) > 1 else None
    if after is None and item.children:
        after = item.children[0].lines[0]
    if after is None:
        return False
    seat = patterns.SEAT_CAPTION_RE.match(after)  # ``- Chủ nhiệm: Luật sư Huỳnh Tho``
    if seat is None and listed_comrade(after):
        return False  # ``- Đồng chí Tô Thị Lan, Phó Giám đốc Sở ...: theo dõi ...``: his duties
    return patterns.PERSON_RE.match(after, seat.end() if seat else 0) is not None


def _narrating(roots: list[_Item]) -> set[int]:
    """The items (by ``id``) under a report heading (``KẾT QUẢ``, ``Tình hình`` ...) whose own
    lines or subitems' lines narrate the past (``đã``). Only the subtrees of those headings
    are read, each once from the leaves up: a letter without one costs nothing more, and
    asking it of each heading over its whole subtree would cost the depth times the size."""
    out: set[int] = set()
    pending = list(roots)
    while pending:
        it = pending.pop()
        if patterns.REPORT_HEAD_RE.match(canon(it.lines[0])):
            out |= _narrating_within(it)  # nested report headings are answered there too
        else:
            pending.extend(it.children)
    return out


def _narrating_within(head: _Item) -> set[int]:
    out: set[int] = set()
    order: list[_Item] = []
    pending = [head]
    while pending:
        it = pending.pop()
        order.append(it)
        pending.extend(it.children)
    for it in reversed(order):  # every item after all of its subitems
        if any(id(c) in out for c in it.children) or any(
            patterns.PAST_RE.search(canon_lower(line)) for line in it.lines
        ):
            out.add(id(it))
    return out


def _reports(item: _Item, narrating: set[int]) -> bool:
    """A section that narrates what was done (``II. KẾT QUẢ THỰC HIỆN`` over ``Sở Nội vụ đã
    phối hợp ...``): the units and dates it names are past facts, not work asked for."""
    return id(item) in narrating and patterns.REPORT_HEAD_RE.match(canon(item.lines[0])) is not None


@dataclass(frozen=True, slots=True)
class _Caption:
    """What captions among an item's subitems say of its section (a ministry's plan: ``1.
    Nội dung`` beside ``2. Cơ quan chủ trì, phối hợp`` over ``a) Cơ quan chủ trì`` and ``b) Cơ
    quan phối hợp`` lists, and ``3. Thời gian thực hiện: Tháng 12/2013``), or what one caption
    item names itself. ``captions`` says the item is a caption: its names are listed, not
    asked of anyone."""

    leads: list[str] = field(default_factory=list)
    partners: list[str] = field(default_factory=list)
    deadline: Deadline | None = None
    captions: bool = False

    @staticmethod
    def of(item: _Item) -> _Caption:
        m = patterns.CAPTION_RE.match(canon(item.lines[0]))
        if m is None:
            return _Caption()
        if m.group("both"):  # ``Cơ quan chủ trì, phối hợp`` over its two lists
            inner = [_Caption.of(c) for c in item.children]
            if m.group("both_partner"):
                leads = next((c.leads for c in inner if c.leads), [])
            else:  # ``Cơ quan chủ trì, thực hiện``: who leads and who carries out, all asked
                leads = list(dict.fromkeys(name for c in inner for name in c.leads))
            return _Caption(leads, next((c.partners for c in inner if c.partners), []), None, True)
        value = m.group("value")
        listed = [value] if value else item.lines[1:]
        names = [
            name
            for line in listed
            for name in split_assignees(patterns.LEADING_BULLET_RE.sub("", line).rstrip(" .;"))
        ]
        if m.group("partner"):
            return _Caption(partners=names, captions=True)
        return _Caption(leads=names, captions=True)

    @staticmethod
    def under(item: _Item, ctx: Context) -> _Caption:
        leads: list[str] = []
        partners: list[str] = []
        deadline = None
        for child in item.children:
            cap = _Caption.of(child)
            leads = leads or cap.leads
            partners = partners or cap.partners
            deadline = deadline or _Caption.time(child, ctx)
        return _Caption(leads, partners, deadline)

    @staticmethod
    def time(item: _Item, ctx: Context) -> Deadline | None:
        """The due date an item captioned ``Thời gian thực hiện: Tháng 12/2013`` gives."""
        time = patterns.TIME_ATTR_RE.match(canon(item.lines[0]))
        if time is None:
            return None
        due = find_due(item.lines[0][time.start("value") :], ctx.date)
        return None if due is None else _deadline(due, line_span(item.start, item.end))


def _finish(
    item: _Item,
    inherited: list[str],
    partnered: list[str],
    ctx: Context,
    narrating: set[int],
    holder: bool = False,
    member: bool = False,
) -> Task:
    """The task of ``item``. ``holder``: the item lies in a list of its owner's duties or
    powers (``Nhiệm vụ, quyền hạn của Thanh tra sở``, ``... có nhiệm vụ, quyền hạn sau đây:``),
    where a request it opens with is the holder's (``Yêu cầu Thủ trưởng cơ quan ... báo
    cáo``): the one asked is not its owner. ``member``: the item is an entry under a caption
    that lists what a body is made of (``Cơ quan thanh tra nhà nước, bao gồm:`` over ``b)
    Thanh tra bộ, cơ quan ngang bộ``): a short one names a member, not an owner."""
    if _reports(item, narrating):
        return _reported(item, ctx)
    joined = " ".join(item.lines)  # joined once: every join copies the text and hashes anew
    wrapped = _wrapped(item, joined)
    read = joined if wrapped else _read_text(item, joined)
    # a wrapped first line is no heading of its own: the item's text is (``Đối với Hiệu trưởng
    # các trường THPT, Giám đốc các`` over ``Trung tâm GDNN-GDTX``), over its subitems still
    subitems = bool(item.children) or (len(item.lines) > 1 and not wrapped)
    first = joined if wrapped else item.lines[0]
    bullets = tuple(line for line in item.lines[1:] if patterns.BULLET_RE.match(line))
    caption = _Caption.of(item)
    below = _Caption.under(item, ctx)
    inline_leads, inline_partners = _inline_attributes(read)
    own = item.assignees or caption.leads or below.leads or inline_leads
    asked = holder and _holder_asks(item, joined)
    restated = False  # the item's sentences name its parent's owners again
    if not own and not caption.captions and not asked:
        own = assignees_in(
            read,
            first=first,
            has_children=subitems,
            bullets=bullets,
            roster=(member and len(joined) <= _MEMBER_ENTRY) or _roster(item),
            directed=ctx.directed,
            legal=ctx.legal,
        )
        restated = bool(own) and own == inherited
    assignees = own or inherited
    if not assignees and not caption.captions:
        assignees = toward_party(first, subitems)  # ``Đối với tổ chức, cá nhân ...:``
    partners = item.partners or caption.partners or below.partners or inline_partners
    lead = lead_among(read, own) if own and not item.assignees else None
    if lead is not None:  # ``A, B và C phối hợp ..., trong đó A chủ trì``: B and C coordinate
        partners = [*(a for a in own if a != lead), *partners]
        assignees = [lead]
    if not partners and not caption.captions:
        partners = partners_in(read, assignees)
    if not partners and (not own or restated):
        partners = partnered  # no owner of its own, or its parent's restated: its partners too
    assignees, partners = distinct_names(assignees), distinct_names(partners)
    text = clean_value(joined)
    deadline = item.deadline or below.deadline or _Caption.time(item, ctx)
    if deadline is None:
        found = find_deadlines(read, ctx.date)
        due = found[0] if found else None
        if due is not None and due.event and _dated_in_bracket(read, due, found[1:2]):
            due = found[1]  # ``trước Tết Nguyên đán Ất Tỵ (chậm nhất ngày 25/01/2025, ...)``
        if due is None or due.event:  # ``... Thời hạn: 31/12``; ``trước khi trình`` says less
            due = find_inline_due(read, ctx.date) or due
        if due is not None:
            deadline = _deadline(due, line_span(item.start, item.end))
    head, tail = canon(item.lines[0]), canon_lower(item.lines[-1])
    if patterns.DEFINING_HEADING_RE.match(head):
        subtasks = [_defined(c) for c in item.children]  # terms and scope: nobody must act
    else:
        lists = bool(assignees) and ((holder and not own) or _lists_duties(head, tail))
        listed = patterns.ROSTER_CAPTION_RE.match(tail) is not None
        subtasks = [
            _finish(c, assignees, partners, ctx, narrating, lists, listed) for c in item.children
        ]
    return _task(item, text, assignees, partners, deadline, subtasks)


def _dated_in_bracket(text: str, event: Found, after: list[Found]) -> bool:
    """The deadline ``after`` the ``event`` one (a list of one, or none) is the date a bracket
    right after it gives (``trước Tết Nguyên đán Ất Tỵ (chậm nhất ngày 25/01/2025, tức ngày 26
    tháng Chạp)``, ``trước mùa mưa bão (hoàn thành trong tháng 7/2026)``)."""
    if not after or after[0].iso is None:
        return False
    between = text[event.start + len(event.raw) : after[0].start]
    return patterns.BRACKET_DUE_OPEN_RE.fullmatch(canon_lower(between)) is not None


def _holder_asks(item: _Item, joined: str) -> bool:
    """An item of a list of its holder's duties that makes a request (see :func:`_finish`):
    at its start, or after a clause of its own work when no unit opens it (``Kiểm sát việc
    ...; yêu cầu Cơ quan điều tra cung cấp ...``: the holder's power, not a task of the one
    asked)."""
    if patterns.HOLDER_REQUEST_RE.match(canon_lower(item.lines[0])):
        return True
    t = canon(joined)
    return not patterns.UNIT_START_RE.match(t) and bool(
        patterns.HOLDER_REQUEST_CLAUSE_RE.search(canon_lower(joined))
    )


def _task(
    item: _Item,
    text: str,
    assignees: list[str],
    partners: list[str],
    deadline: Deadline | None,
    subtasks: list[Task],
) -> Task:
    return Task(
        label=item.label,
        marker=item.marker,
        text=text,
        assignees=assignees,
        partners=partners,
        deadline=deadline,
        subtasks=subtasks,
        evidence=line_span(item.start, item.end),
    )


def _wrapped(item: _Item, joined: str) -> bool:
    """The item's first line is wrapped mid-sentence, no heading: the text goes on from it in
    lower case (a PDF's ``Điều 4. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Khoa học và Công``
    over ``nghệ, ...``), unless a unit's name typed in lower case opens a sentence there, or
    in a bracket it leaves open."""
    if len(item.lines) < 2:
        return False
    first = item.lines[0]
    if first.count("(") > first.count(")"):
        return True  # ``... (Thời gian: Quý`` over ``I/2027).``: no heading leaves a bracket open
    if patterns.WRAP_END_RE.search(first):
        # ``2. Giám đốc Sở Xây dựng, Giám đốc Sở Công Thương và`` over ``Trưởng Ban ...``
        return True
    below = joined[len(first) + 1 :].lstrip()
    return below[:1].islower() and not patterns.UNIT_START_RE.match(canon(below))


def _read_text(item: _Item, joined: str) -> str:
    """The item's text as its rules read it: a heading line without a final stop
    (``Điều 25. Tổ chức thi nâng ngạch``) ends a sentence before the text under it, so that
    ``Hàng năm, cơ quan ... xây dựng kế hoạch`` opens one (a line not :func:`_wrapped`)."""
    first = item.lines[0]
    if len(item.lines) < 2 or not _heading(first) or first.rstrip().endswith(("!", "?")):
        return joined
    return first.rstrip() + ". " + joined[len(first) + 1 :]


def _defined(item: _Item) -> Task:
    """A point of an article that defines terms or scopes the rule: its text, no owner, no
    partner, no deadline (``Điều 3. Giải thích từ ngữ`` > ``8. Thanh tra nhân dân là ...``)."""
    text = clean_value(" ".join(item.lines))
    return _task(item, text, [], [], None, [_defined(c) for c in item.children])


def _lists_duties(head: str, tail: str) -> bool:
    """An item whose first line is ``head`` (canon) and last ``tail`` (canon_lower) heads a
    list of its owner's duties or powers: a heading of duties, or a paragraph ending ``... có
    nhiệm vụ, quyền hạn sau đây:``."""
    return bool(patterns.DUTY_HEADING_RE.match(head) or patterns.DUTY_LIST_LEAD_RE.search(tail))


def _inline_attributes(text: str) -> tuple[list[str], list[str]]:
    """Leads and partners an item's paragraph names in a closing sentence of its own (``...
    Cơ quan chủ trì theo dõi: Văn phòng UBND tỉnh.``), as an attribute line would."""
    leads: list[str] = []
    partners: list[str] = []
    for m in patterns.INLINE_ATTR_RE.finditer(canon(text)):
        value = text[m.start("value") : m.end("value")].rstrip()
        if m.group("partner") or m.group("coordinating"):
            partners.extend(split_assignees(value))
            continue
        for piece in value.split(";"):  # ``Sở Xây dựng chủ trì; Sở Nông nghiệp ... phối hợp``
            coordinates = patterns.PARTNER_VERB_RE.search(canon(piece)) is not None
            (partners if coordinates else leads).extend(split_assignees(piece))
    return list(dict.fromkeys(leads)), list(dict.fromkeys(partners))


def _reported(item: _Item, ctx: Context) -> Task:
    """An item of a report: only what a column or an attribute line states outright."""
    text = " ".join(item.lines)
    leads, partners = _inline_attributes(text) if not item.assignees else ([], [])
    subtasks = [_reported(c, ctx) for c in item.children]
    return _task(
        item,
        clean_value(text),
        item.assignees or leads,
        item.partners or partners,
        item.deadline,
        subtasks,
    )


def extract_tasks(
    ctx: Context,
    paras: list[Paragraph],
    preamble_end: Paragraph | None = None,
    preamble: list[Paragraph] | None = None,
) -> tuple[list[Task], list[Task]]:
    """The tasks tree of the body paragraphs after the preamble, and unnumbered requests.

    Requests are filled only for a body without numbered items: each paragraph
    that assigns work (``Giao Sở Tài chính chủ trì ...``) becomes one, so a
    letter of plain paragraphs still says what it asks of whom. The ``preamble``'s
    paragraphs (its grounds) are read for them too: ``Căn cứ ..., Bộ Nội vụ đề nghị Ủy ban
    nhân dân tỉnh ...`` asks after its grounds.
    """
    roots, lead_in, after = _build(paras, ctx)
    if not roots:
        ctx.add(codes.NO_TASKS)
        asking = _unnumbered([*(preamble or []), *paras], ctx)
        return [], [_finish(r, [], [], ctx, set()) for r in asking]
    ctx.legal = any(_holds_article(r) for r in roots)
    inherited: list[str] = []
    if not lead_in and preamble_end is not None:
        lead_in = [preamble_end]  # ``Thực hiện ..., Phòng X đề nghị Y triển khai nội dung sau:``
    if lead_in:
        last = lead_in[-1].text
        ctx.directed = _directs(last)
        if _asks_lead(last):
            guides = patterns.ASKS_RE.search(canon(last)) is None  # ``X hướng dẫn Y ... sau:``
            if patterns.ASKS_NOBODY_RE.search(canon_lower(last)):
                inherited = _recipient_owners(ctx)  # ``Chủ tịch UBND tỉnh ... chỉ đạo như sau:``
            else:
                inherited = _recipient_owners(ctx) or (
                    guided_in(last) if guides else assignees_in(last)
                )
    # ``Đề nghị các Bộ, ngành ... tổ chức triển khai thực hiện./.`` after the items asks the
    # same; ``kính trình UBND tỉnh xem xét, chỉ đạo`` submits them and asks nothing done.
    closing = next((canon(p.text) for p in after if _asks(canon(p.text))), None)
    if not inherited and closing is not None and patterns.CARRY_OUT_RE.search(closing):
        inherited = _recipient_owners(ctx)
    narrating = _narrating(roots)
    return [_finish(r, inherited, [], ctx, narrating) for r in roots], []


def _holds_article(item: _Item) -> bool:
    """``item`` is an article or holds one (a chapter, a part): the document is a regulation's."""
    stack = [item]
    while stack:
        one = stack.pop()
        if one.kind == "article":
            return True
        if one.kind.startswith("division"):
            stack.extend(one.children)
    return False


def _recipient_owners(ctx: Context) -> list[str]:
    """The Kính gửi recipients as the owners of the items they are asked to carry out: a line
    that names several units (``- Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh.``) gives each, as an
    item naming them would; one that is a single name (``Sở Văn hóa, Thể thao và Du lịch``,
    ``Giám đốc các Sở: Thuỷ lợi, Y tế``) or holds anything that is no unit's name stays whole."""
    out: list[str] = []
    for name in ctx.recipients:
        units = split_assignees(name, whole=True)
        joined = patterns.LIST_JOINT_RE.pattern.join(map(re.escape, units))
        listed = len(units) > 1 and re.fullmatch(joined, name.strip(" .;")) is not None
        out.extend(units if listed else [name])
    return out


def _directs(lead: str) -> bool:
    """A lead-in whose last sentence gives a leader's directions (DIRECTING_LEAD_RE)."""
    low = canon_lower(lead)
    breaks = [m.end() for m in patterns.SENTENCE_BREAK_RE.finditer(low)]
    return patterns.DIRECTING_LEAD_RE.search(low, breaks[-1] if breaks else 0) is not None


def _asks_lead(lead: str) -> bool:
    """A lead-in that asks the recipients (see :func:`_asks`) in a sentence of its own, not in
    one that reports a letter received (``... nhận được Công văn số ... của Sở Nội vụ đề nghị
    cho ý kiến ...``: the writer was asked, and answers with the items)."""
    t = canon(lead)
    if not _asks(t):
        return False
    low = canon_lower(lead)
    starts = [0, *(m.end() for m in patterns.SENTENCE_BREAK_RE.finditer(low))]
    ends = [*starts[1:], len(low)]
    return any(
        _asks(t[a:b]) and patterns.RECEIVED_RE.search(low, a, b) is None
        for a, b in zip(starts, ends, strict=True)
    )


def _asks(t: str) -> bool:
    """A lead-in that asks (``đề nghị``, ``yêu cầu``, ``giao``) or guides a unit (``Bộ hướng
    dẫn Sở ... như sau:``) to carry out the items after it."""
    if patterns.ASKS_RE.search(t):
        return True
    return any(patterns.UNIT_START_RE.match(t, m.end()) for m in patterns.GUIDES_RE.finditer(t))


def _unnumbered(paras: list[Paragraph], ctx: Context) -> list[_Item]:
    """A letter without numbered items: each paragraph that asks for work is a request.

    A lead-in that asks and ends with a colon (``Giám đốc Sở ... có trách nhiệm:``) gives its
    units to the bullets under it. A quoted block (a cited letter's text, between its marks)
    asks nothing of this letter's readers; the paragraph opening it is read up to the mark.
    """
    recipients = list(ctx.recipients)
    out: list[_Item] = []
    lead: list[str] | None = None
    in_quote = False
    for p in paras:
        t = canon(p.text)
        if in_quote:
            in_quote = not _closes_quote(t)
            continue
        if _opens_quote(t, None):
            in_quote = True
            t = t[: min((i for i in map(t.find, '“«„"') if i >= 0), default=len(t))]
        asked = _asked(t, recipients)
        if lead is not None and patterns.BULLET_RE.match(t):
            asked = asked or lead  # ``- Phối hợp với ...`` under ``X có trách nhiệm:``
        else:
            lead = asked if asked is not None and t.rstrip().endswith(":") else None
        if asked is not None:
            out.append(_Item(None, None, "paragraph", [p.text], p.start, p.end, assignees=asked))
    return out


def _asked(t: str, recipients: list[str]) -> list[str] | None:
    """Who a paragraph of a letter without numbered items asks (see
    :func:`~congvan.extract.assignees.asked_in`); a lead-in naming who owes the list after
    it (``Giám đốc Sở ... có trách nhiệm:``) too. None for a paragraph that asks nothing: a
    closing formula, a narration, the writer's opinion."""
    grounds = patterns.BASIS_RE.match(t) is not None
    if patterns.CLOSING_TEXT_RE.match(t) and patterns.SUBMIT_RE.match(t) is None:
        return None
    asked = asked_in(t, recipients, grounds)
    if asked is None and not grounds and patterns.DUTY_LIST_LEAD_RE.search(canon_lower(t)):
        return assignees_in(t) or None
    return asked
