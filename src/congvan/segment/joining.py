"""Body lines joined into paragraphs: Word paragraphs as they are, text lines by rule."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from congvan import codes, patterns
from congvan.models import Diagnostic
from congvan.normalize import canon
from congvan.segment.layout import Paragraph
from congvan.segment.lines import is_caps, unfinished
from congvan.source import Cell, Line


@dataclass(slots=True)
class _Open:
    """The paragraph being joined: its lines kept apart until it closes, since gluing
    each line to the whole text so far made a long run of unpunctuated lines quadratic."""

    parts: list[str]
    start: int
    end: int
    cell: Cell | None

    def close(self) -> Paragraph:
        text = self.parts[0]
        if len(self.parts) > 1:
            pieces = [self.parts[0]]
            for before, part in itertools.pairwise(self.parts):
                # ``Quyết định số 2764/QĐ-`` + ``TTg ...``: a symbol cut at its hyphen.
                glue = "" if before.endswith("-") and not before.endswith(" -") else " "
                pieces.append(glue + part)
            text = "".join(pieces)
        return Paragraph(text, self.start, self.end, self.cell)


def paragraphs(
    lines: list[Line], diags: list[Diagnostic], *, scanned: bool = False
) -> list[Paragraph]:
    """Join body lines into paragraphs: Word paragraphs as they are, text lines by rule.
    ``scanned``: the lines were read from images, where a number alone on its line is a
    table's row number or a page's as often as an item's label."""
    out: list[Paragraph] = []
    current: _Open | None = None
    pending_blank = 0
    last_para: int | None = None
    width = max((len(line.text.strip()) for line in lines if line.para is None), default=0)
    for line in lines:
        text = " ".join(line.text.split())
        if not text:
            pending_blank += 1
            continue
        if current is not None and _lone_label(current, line, text, pending_blank, scanned):
            current.parts[0] = f"{current.parts[0]} {text}"  # ``IV.`` over ``TỔ CHỨC THỰC HIỆN``
            current.end = line.no
        elif (
            current is not None
            and not _label_alone(text, scanned)  # ``a)`` alone opens its item, as ``a) ...`` does
            and _joins(current, line, text, pending_blank, last_para, width)
        ):
            if pending_blank:
                diags.append(codes.diag(codes.PAGE_BREAK_JOINED, line.no))
            current.parts.append(text)
            current.end = line.no
        else:
            if current is not None:
                out.append(current.close())
            current = _Open([text], line.no, line.no, line.cell)
        pending_blank = 0
        last_para = line.para
    if current is not None:
        out.append(current.close())
    return out


def _lone_label(prev: _Open, line: Line, text: str, blanks: int, scanned: bool) -> bool:
    """The open paragraph is a label alone (LONE_LABEL_RE, or LONE_ITEM_LABEL_RE in what
    was not scanned) and ``line`` its heading: the next line of its cell that opens no item
    of its own, a blank line or two between."""
    if len(prev.parts) != 1 or line.cell != prev.cell or blanks > 2:
        return False
    return _label_alone(prev.parts[0], scanned) and not _opens_item(canon(text))


def _label_alone(text: str, scanned: bool) -> bool:
    """``text`` is a label alone on its line: a roman numeral or an article anywhere, a
    number or a letter only where no scan was read."""
    return patterns.LONE_LABEL_RE.match(text) is not None or (
        not scanned and patterns.LONE_ITEM_LABEL_RE.match(text) is not None
    )


def _joins(
    prev: _Open, line: Line, text: str, blanks: int, last_para: int | None, width: int
) -> bool:
    """Whether ``line`` continues the open paragraph; only its first line (``Kính gửi:``)
    and its last (final punctuation) are looked at. ``width`` is the longest text line's
    length: a line that wraps runs close to it."""
    if line.cell != prev.cell:
        return False  # a table cell's text is its own, whatever its punctuation
    last = prev.parts[-1]
    if line.para is not None:
        # Word: lines of one paragraph (soft breaks) join; separate paragraphs never do,
        # except a paragraph split by a page break mid-sentence.
        if line.para == last_para and not blanks:
            if line.cell is not None and text[:1].isupper():
                return False  # a cell's lines broken by hand list its units: ``Sở Y tế`` /
                # ``Sở Tài chính`` (a name cut by the cell's width is a PDF's, not Word's)
            return not _opens_item(canon(text))  # a soft break before ``a)`` or ``- `` too
        return _page_break_continuation(last, text) and blanks <= 2
    if blanks:
        return blanks <= 3 and _page_break_continuation(last, text)
    if line.cell is not None and len(prev.parts) <= _NAME_LINES and _next_unit(prev.parts, text):
        return False
    if (
        _starts_block(text)
        and not (line.cell is not None and _caps_word(text))
        and not _lower_lead_goes_on(last, text)
    ):
        return False  # in a cell, ``Quý`` over ``III/2026`` and ``Văn phòng`` over ``UBND`` go on
    if patterns.KINH_GUI_RE.match(canon(prev.parts[0])):
        return text[0].islower()  # ``Kính gửi: Sở Nội vụ`` ends its line
    if (
        len(prev.parts) == 1
        and _heading_ends(last, width)
        and (text[0].isupper() or _article(last))
    ):
        # ``Điều 41. Nhiệm vụ và quyền hạn của Bộ Nội vụ`` over ``Bộ Nội vụ là ...``, and an
        # article's title over its first sentence typed in lower case (``ủy ban nhân dân ...``)
        return False
    return not last.endswith((".", ":", ";", "!", "?")) or text[0].islower()


#: The most lines of a cell one unit's name is wrapped over.
_NAME_LINES = 6


def _next_unit(parts: list[str], text: str) -> bool:
    """A PDF's table cell listing its units one a line: ``text`` opens a unit's name in
    capitals (UNIT_START_RE) under lines that make a whole name of their own (``Văn phòng Đăng
    ký đất đai tỉnh`` / ``Công an tỉnh``; ``Phòng Tham`` / ``mưu`` / ``Ban Chỉ huy`` / ``Quân
    sự``). A name the cell's width cut goes on: after a head alone (``Văn phòng`` / ``UBND
    tỉnh``, ``Giám đốc`` / ``Sở Y tế``), after a joining word (``Sở Văn hóa, Thể thao và`` /
    ``Du lịch``), with words that open no name (``Công ty Than`` / ``Khe Chàm``), or with the
    body a unit not placed yet belongs to (``Ban Kinh tế`` / ``Tỉnh uỷ``; not ``Văn phòng Đăng
    ký đất đai tỉnh`` / ``Công an tỉnh``)."""
    t = canon(text)
    if not text[:1].isupper() or not patterns.UNIT_START_RE.match(t):
        return False
    before = canon(" ".join(parts)).rstrip()
    if patterns.CELL_NAME_GOES_ON_RE.search(before):
        return False
    name = patterns.LIST_JOINT_RE.split(before)[-1].strip()  # the last of the cell's names
    if patterns.CELL_PARENT_RE.match(t) and not patterns.CELL_PLACED_RE.search(name):
        return False  # ``Ban Kinh tế`` / ``Tỉnh uỷ``: the unit it belongs to
    return bool(
        len(name.split()) >= 2
        and patterns.UNIT_START_RE.match(name)
        and not patterns.CELL_HEAD_ONLY_RE.fullmatch(name)
    )


def _lower_lead_goes_on(last: str, text: str) -> bool:
    """A ground's lead words in lower case after a line that stops mid-sentence: ``... của Bộ
    Lao động - Thương binh và Xã hội hướng dẫn`` over ``thực hiện Nghị định số ...`` is one
    ground wrapped, not a second (a preamble typed in lower case ends each ground with ``;``)."""
    t = canon(text)
    return (
        text[:1].islower()
        and unfinished(last)
        and patterns.BASIS_RE.match(t) is not None
        and not _opens_item(t)
    )


def _article(line: str) -> bool:
    """``line`` opens an article (``Điều 45. ...``): its title is a line of its own."""
    m = patterns.LABEL_RE.match(canon(line))
    return m is not None and m.group("article") is not None


def _heading_ends(line: str, width: int) -> bool:
    """An item's heading line (``Điều 41. Nhiệm vụ ...``, ``1. Sở Tài chính``) that stops well
    short of where the text's lines wrap: its writer ended it, a capital after it starts
    the item's text. A heading as long as the wrapped lines may go on (``... cơ quan
    thuộc`` over ``Chính phủ``)."""
    return len(line) < 0.8 * width and _opens_item(canon(line))


def _page_break_continuation(prev: str, text: str) -> bool:
    """A lower-case line after one without final punctuation, unless it opens a block (``a)``)."""
    return (
        not prev.endswith((".", ":", ";", "!", "?", "./."))
        and text[0].islower()
        and not _starts_block(text)
    )


def _opens_item(t: str) -> bool:
    """An item label or a list bullet at the start of ``t`` (canon text)."""
    return bool(patterns.LABEL_RE.match(t) or patterns.BULLET_RE.match(t))


def _caps_word(text: str) -> bool:
    """One word in capitals (``UBND``, ``III/2026``) that opens no item: in a table cell, the
    tail of a line wrapped in a narrow column, not a heading."""
    return " " not in text.strip() and not _opens_item(canon(text)) and is_caps(text)


def _starts_block(text: str) -> bool:
    t = canon(text)
    return bool(
        _opens_item(t)
        or patterns.BASIS_RE.match(t)
        or patterns.KINH_GUI_RE.match(t)
        or patterns.ENACTING_RE.match(t)
        or patterns.DISTRIBUTION_RE.match(t)
        or is_caps(text)
    )
