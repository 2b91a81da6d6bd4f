"""The header zone: where it ends, its two columns, the title and the subject after it."""

from __future__ import annotations

from congvan import codes, patterns
from congvan.models import Diagnostic
from congvan.normalize import canon, opens_lower
from congvan.segment.lines import (
    bare_title,
    blank,
    is_caps,
    is_motto,
    is_place_date,
    title_of,
    title_with_subject,
    unfinished,
)
from congvan.source import Line

#: How far into a document the header may reach (lines with text).
HEADER_WINDOW = 40


def _is_right(text: str) -> bool:
    return is_motto(text) or is_place_date(text)


def _header_stop(text: str) -> bool:
    """True for a line that can no longer be part of the header."""
    t = canon(text)
    return bool(
        title_of(text)
        or patterns.RECIPIENTS_RE.match(t)
        or patterns.BASIS_RE.match(t)
        or patterns.DISTRIBUTION_RE.match(t)
        or (
            len(text.strip()) > 110
            and not patterns.COLUMN_GAP_RE.match(text)
            and not patterns.VV_LINE_RE.match(t)
        )
    )


def split_flat(line: Line) -> list[Line]:
    """Split a flattened two-column text line at the gap between its columns.

    Of several wide gaps the one before a right-column item (motto, place and
    date) wins; otherwise the widest. ``Số:      /UBND-NC`` keeps its blank, and
    ``Số: 40   /2000/TT/BTC`` its number.
    """
    text = line.text.strip()
    gaps = [] if _is_right(text) else list(patterns.WIDE_GAP_RE.finditer(text))
    best = next((g for g in gaps if _is_right(text[g.end() :])), None)
    if best is None and patterns.NUMBER_LINE_RE.match(canon(text)):
        inline = place_date_after_number(text)
        if inline is not None:
            return [
                Line(line.no, text[:inline].strip(), side=0, para=line.para),
                Line(line.no, text[inline:].strip(), side=1, para=line.para),
            ]
    if not gaps:
        glued = _glued_authority(text)
        if glued is not None:
            return [
                Line(line.no, text[:glued].strip(), side=0, para=line.para),
                Line(line.no, text[glued:].strip(), side=1, para=line.para),
            ]
        if line.text.startswith((" " * 12, "\t\t")) and text:
            return [Line(line.no, text, side=1, para=line.para)]
        return [line]
    if best is None:
        usable = [
            g
            for g in gaps
            if not patterns.NUMBER_LABEL_RE.match(text[: g.start()])
            and not patterns.NUMBER_GAP_RE.match(text[: g.start()] + "|" + text[g.end() :])
            and not patterns.LONE_BULLET_RE.match(text[: g.start()])  # ``-      các đơn vị``
        ]
        if not usable:
            return [line]
        best = max(usable, key=lambda g: len(g.group(0).expandtabs(8)))
    left, right = text[: best.start()].strip(), text[best.end() :].strip()
    return [
        Line(line.no, left, side=0, para=line.para),
        Line(line.no, right, side=1, para=line.para),
    ]


def _glued_authority(text: str) -> int | None:
    """Where a signing authority glued to a Nơi nhận entry starts (GLUED_AUTHORITY_RE), or
    None; only in an entry (``- ...``, ``Lưu: ...``)."""
    t = canon(text)
    if not (patterns.BULLET_RE.match(t) or patterns.ARCHIVE_ENTRY_RE.match(t)):
        return None
    m = patterns.GLUED_AUTHORITY_RE.search(text)
    return m.start() if m is not None and m.start() > 0 else None


#: How many words of a number line are tried as the start of a place and date after it.
_NUMBER_LINE_WORDS = 8


def place_date_after_number(text: str) -> int | None:
    """Where the place and date start in a number line they follow after one space (a scan of
    a draft: ``Số:        /UBND-NC Lâm Đồng, ngày tháng 3 năm 2026``, the widest gap being the
    number's blank; a text export: ``Số: 12/UBND-NC Lâm Đồng, ngày ...``), or None."""
    starts = [i for i in range(1, len(text)) if text[i - 1].isspace() and not text[i].isspace()]
    for at in starts[:_NUMBER_LINE_WORDS]:
        rest = text[at:]
        if is_place_date(rest) or patterns.PLACE_DATE_HEAD_RE.match(canon(rest)):
            return at  # the whole date, or its head when a narrow column wrapped the rest
    return None


def header_end(lines: list[Line]) -> int:
    """Index just past the header: the first table holding header marks, or the flat block."""
    seen_text = 0
    seen_date = False
    first_table: int | None = None
    header_table = False
    for i, line in enumerate(lines):
        if line.cell is not None and first_table is None:
            first_table = line.cell.table
            header_table = _table_has_header(lines, first_table)
        if line.cell is not None and line.cell.table == first_table:
            continue
        if header_table:
            if not _header_goes_on(lines, i):
                return _past_subject_table(lines, i)
            header_table = False  # the number line under the table: read on as a flat header
        if blank(line):
            continue
        seen_text += 1
        if _header_stop(line.text) or seen_text > HEADER_WINDOW:
            return i
        if _gazette(lines, i)[0] is not None or _bare_with_author(lines, i):
            return i  # ``Quyết định`` / ``của Bộ trưởng ... số ...``: a transcript's title
        if seen_date and (bare_title(line.text) or title_with_subject(line.text.strip())):
            return i  # ``Thông tư`` alone after the date: a title kept in a transcript's case
            # (``chỉ thị về việc ...`` too, the subject going on in the line)
        if seen_date and _unknown_title(line.text):
            return i  # ``BẢN TỰ KIỂM ĐIỂM``: a title of a kind the decree does not list
        seen_date = seen_date or any(is_place_date(p.text) for p in split_flat(line))
    return len(lines)


def _header_goes_on(lines: list[Line], i: int) -> bool:
    """The first text line after a header table is the number line, the place and date or the
    end of a date a narrow column wrapped (``năm 2025``), as where a scan's table of columns
    held the organ and the motto but the number and the place and date, read as one line
    across both columns, fell outside it (``Số:  /UBND-NC Lâm Đồng, ngày ...``)."""
    j = i
    while j < len(lines) and blank(lines[j]):
        j += 1
    if j >= len(lines) or lines[j].cell is not None:
        return False
    text = canon(lines[j].text)
    return bool(
        patterns.NUMBER_LINE_RE.match(text)
        or is_place_date(text)
        or patterns.DATE_TAIL_RE.match(text)  # ``năm 2025``: a place and date wrapped
    )


def _past_subject_table(lines: list[Line], i: int) -> int:
    """Include a small table right after the header table that holds the ``V/v`` subject."""
    j = i
    while j < len(lines) and blank(lines[j]) and lines[j].cell is None:
        j += 1
    if j >= len(lines) or lines[j].cell is None:
        return i
    table = lines[j].cell.table  # type: ignore[union-attr]
    k = j
    while k < len(lines) and lines[k].cell is not None and lines[k].cell.table == table:  # type: ignore[union-attr]
        k += 1
    texts = [x.text for x in lines[j:k] if x.text.strip()]
    if texts and patterns.VV_LINE_RE.match(canon(texts[0])) and k - j <= 12:
        return k
    return i


def _unknown_title(text: str) -> bool:
    """An upper-case line after the date that is no organ, motto, number or mark."""
    t = canon(text.strip())
    return bool(
        is_caps(text)
        and len(t.split()) >= 2
        and not patterns.COLUMN_GAP_RE.match(text.strip())
        and not patterns.ORGAN_HEAD_RE.match(t)
        and not is_motto(t)
        and not patterns.NUMBER_LINE_RE.match(t)
        and not patterns.URGENCY_RE.match(t)
        and not patterns.SECRECY_RE.match(t)
        and not patterns.RULE_RE.match(t)
    )


def _table_has_header(lines: list[Line], table: int) -> bool:
    return any(
        line.cell is not None
        and line.cell.table == table
        and (_is_right(line.text) or patterns.NUMBER_LINE_RE.match(canon(line.text)))
        for line in lines
    )


def split_columns(header: list[Line]) -> tuple[list[Line], list[Line], list[Diagnostic]]:
    """Sort header lines into the left (issuer, number, V/v) and right (motto, date) columns."""
    right_cols: dict[int, int] = {}
    for line in header:
        if line.cell is not None and _is_right(line.text):
            right_cols.setdefault(line.cell.table, line.cell.col)
    left: list[Line] = []
    right: list[Line] = []
    split = False
    for line in header:
        parts = split_flat(line) if line.cell is None else [line]
        split = split or len(parts) > 1
        for part in parts:
            if blank(part):
                continue
            if part.cell is not None and part.cell.table in right_cols:
                side = 1 if part.cell.col >= right_cols[part.cell.table] > 0 else 0
            elif part.side is not None:
                side = part.side
            else:
                side = 1 if _is_right(part.text) else 0
            if side == 1 and not _is_right(part.text) and _belongs_left(part.text):
                side = 0
            if side == 0 and right and is_motto(f"{right[-1].text} {part.text}"):
                side = 1  # ``VIỆT NAM`` under ``... CỘNG HOÀ XÃ HỘI CHỦ NGHĨA``: its wrap
            (right if side == 1 else left).append(part)
    diags = [codes.diag(codes.COLUMNS_SPLIT, header[0].no)] if split and header else []
    return left, right, diags


def _belongs_left(text: str) -> bool:
    """Number, V/v and urgency lines belong to the left column wherever they were written."""
    t = canon(text)
    return bool(
        patterns.NUMBER_LINE_RE.match(t)
        or patterns.VV_LINE_RE.match(t)
        or patterns.URGENCY_RE.match(t)
    )


def title_and_subject(
    lines: list[Line], i: int
) -> tuple[Line | None, Line | None, list[Line], int]:
    """Find the title line at ``i`` (skipping blanks and draft marks), the author, number
    and date printed with it (see :func:`_gazette`), and its subject lines."""
    j = i
    while j < len(lines) and (
        blank(lines[j])
        or patterns.DRAFT_RE.match(canon(lines[j].text))
        or patterns.RULE_RE.match(lines[j].text)
    ):
        j += 1
    if j >= len(lines):
        return None, None, [], i
    title, gazette, rest, k = _gazette(lines, j)
    if title is None:
        titled = title_of(lines[j].text) is not None
        under = not titled and _under_header(lines, j)
        carrying = title_with_subject(lines[j].text.strip()) if under else None
        if carrying is not None:
            title, rest = lines[j].with_text(carrying[0]), lines[j].with_text(carrying[1])
        elif not (titled or _bare_with_author(lines, j) or (under and bare_title(lines[j].text))):
            return None, None, [], i
        else:
            title = lines[j]
            k, rest = _past_author(lines, j, k)
    subject: list[Line] = [rest] if rest is not None else []
    while k < len(lines) and len(subject) < 8:
        text = lines[k].text.strip()
        if not text and subject and _wrapped_over_blank(lines, k, subject[-1].text):
            k += 1
            continue
        if not text or patterns.RULE_RE.match(text):
            if subject:
                k += 1
                break
            k += 1
            continue
        t = canon(text)
        structural = bool(
            title_of(text)
            or patterns.KINH_GUI_RE.match(t)
            or patterns.RECIPIENTS_RE.match(t)
            or (
                patterns.BASIS_RE.match(t)
                and not (not subject and _subject_carrying_out(lines, k))
                and not (subject and _subject_goes_on(subject[-1].text, text))
            )
            or patterns.DISTRIBUTION_RE.match(t)
            or _cables_to(text)
            or patterns.ENACTING_RE.match(t)
            or patterns.ISSUED_WITH_RE.match(t)  # ``(Ban hành kèm theo Quyết định số ...)``
            or (subject and patterns.LABEL_RE.match(t))  # ``Điều 1. ...`` under a one-line subject
            or (subject and patterns.LIST_LEAD_IN_RE.search(t))  # ``Sở ... hướng dẫn như sau:``
            or patterns.INVITES_RE.search(t)  # ``Trường ... trân trọng kính mời:``
        )
        # Only a first subject line may be long, or one after a comma: ``Kết luận của đồng chí
        # ... - Ủy viên Ban Thường vụ Tỉnh ủy,`` goes on in a paragraph of its own.
        long_line = len(text) > 110 and bool(subject) and not subject[-1].text.endswith(",")
        caps_after_mixed = is_caps(text) and subject and not all(is_caps(x.text) for x in subject)
        # A reprint's title line in capitals carries its subject (``... NGÀY 11 THÁNG 10 NĂM 1999
        # VỀ VIỆC CHẤN CHỈNH ...``): a line in mixed case under it opens the body.
        mixed_after_title = (
            gazette is not None
            and subject
            and not is_caps(text)
            and all(is_caps(x.text) for x in subject)
        )
        if structural or long_line or caps_after_mixed or mixed_after_title:
            break  # a subject in capitals goes on in capitals; one in mixed case does not
        if _authority_before_grounds(lines, k):
            break  # ``Bộ trưởng Bộ Tài chính`` above the Căn cứ: never the subject, even alone
        subject.append(lines[k].with_text(text))
        k += 1
        ends = text.endswith((".", ":", ";")) and not text.endswith("./.")
        if ends and not (text.endswith(";") and _lower_next(lines, k)):
            break  # ``... hộ khẩu;`` / ``quản lý tạm trú ...``: a subject in two parts goes on
    return title, gazette, subject, k


#: The longest line read as a subject's wrapped part past a blank line.
_WRAPPED_OVER_BLANK = 110


def _wrapped_over_blank(lines: list[Line], k: int, last: str) -> bool:
    """``về tăng cường lãnh đạo thực hiện cuộc vận động`` / blank / ``“Toàn dân đoàn kết ...”``:
    a subject that a transcript with a blank line between its paragraphs wrapped, its line
    left mid-sentence and the next one short and going on in lower case or in a quotation."""
    if not _spaced(lines, k) or not unfinished(last):
        return False
    following = lines[k + 1].text.strip()
    return len(following) <= _WRAPPED_OVER_BLANK and (
        following[:1].islower() or following[:1] in '"“«'
    )


def _spaced(lines: list[Line], k: int) -> bool:
    """One blank line at ``k`` between two lines of text, as a transcript puts one between
    every paragraph (``CHỈ THỊ`` / blank / ``CỦA BAN THƯỜNG VỤ TỈNH UỶ`` / blank / ``về ...``);
    not two or more, which set a part apart."""
    return 0 < k < len(lines) - 1 and blank(lines[k]) and not blank(lines[k + 1])


def _cables_to(text: str) -> bool:
    """``BAN CHỈ HUY PHÒNG CHỐNG LỤT BÃO TỈNH điện:``: a công điện's sender in capitals over
    its addressees (read as the Kính gửi), never part of the subject."""
    m = patterns.CONG_DIEN_RE.match(canon(text))
    return m is not None and is_caps(text[: m.start("rest")].rsplit(" ", 1)[0])


#: The most lines an author named after a title (``... CỦA BỘ TRƯỞNG``) wraps onto.
_AUTHOR_LINES = 2


def _past_author(lines: list[Line], j: int, k: int) -> tuple[int, Line | None]:
    """Where the subject starts after a title that names its author and wraps: ``QUYẾT ĐỊNH
    CỦA BỘ TRƯỞNG`` over ``BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN`` over ``Về việc ...``. The
    lines in capitals under it go on with the author, up to a line in mixed case or one
    that opens a subject (``VỀ VIỆC ...``); with no such line after them they are the
    subject, in capitals. A bare title's author may stand on the line under it (``QUYẾT ĐỊNH``
    / ``CỦA BỘ TRƯỞNG BỘ NÔNG NGHIỆP`` / ``VÀ PHÁT TRIỂN NÔNG THÔN`` / ``Về việc ...``), and
    may carry the subject's start (``của Ban Thường vụ Tỉnh ủy về tăng cường ...``), given
    as the second value."""
    start = k
    if patterns.TITLE_OF_RE.match(lines[j].text.strip()) is None:
        if _spaced(lines, k):
            k += 1  # a transcript with a blank line between its paragraphs
        if k >= len(lines) or patterns.AUTHOR_OPEN_RE.match(lines[k].text) is None:
            return start, None
        text = lines[k].text
        lead = patterns.SUBJECT_IN_AUTHOR_RE.search(canon(text))
        if lead is not None:  # the subject goes on the author's line
            rest = text[lead.end() :].strip()
            return (k + 1, lines[k].with_text(rest)) if rest else (k, None)
        start = k + 2 if _spaced(lines, k + 1) else k + 1
    end = start
    while end < len(lines) and end - start < _AUTHOR_LINES:
        text = lines[end].text.strip()
        if not text or not is_caps(text) or patterns.SUBJECT_LEAD_RE.match(canon(text)):
            break
        end += 1
    if end == k or end >= len(lines):
        return k, None
    following = lines[end].text.strip()
    opens = patterns.SUBJECT_LEAD_RE.match(canon(following)) is not None
    return (end if following and (opens or not is_caps(following)) else k), None


#: The longest subject that opens with ``Thực hiện``, and the most lines it may take.
_CARRYING_OUT = 300
_CARRYING_OUT_LINES = 4


def _subject_goes_on(last: str, text: str) -> bool:
    """``Hướng dẫn chế độ quản lý, sử dụng kinh phí`` over ``thực hiện chương trình mục tiêu
    ...``: a subject wrapped before ``thực hiện`` in lower case, not a ground (which opens with
    its capital, or follows a line its writer ended)."""
    return canon(text).startswith("thực hiện") and unfinished(last)


def _subject_carrying_out(lines: list[Line], k: int) -> bool:
    """``KẾ HOẠCH`` over ``Thực hiện Chương trình mục tiêu quốc gia ...``: a plan's subject says
    what it carries out. A ground of that kind ends its clause (``Thực hiện Công văn số ...;``)
    and a body paragraph its sentence (``..., Sở Nội vụ ban hành Kế hoạch như sau:``): the
    lines from ``k`` up to a blank line or the next structural line are read as one, since
    a wrapped ground's first line ends mid-clause."""
    m = patterns.BASIS_RE.match(canon(lines[k].text))
    if m is None or m.group("thuc_hien") is None:
        return False
    size = 0
    for line in lines[k : k + _CARRYING_OUT_LINES]:
        text = line.text.strip()
        if not text or (line is not lines[k] and _structural_start(text)):
            return True  # the paragraph ended without a clause's mark: a subject
        size += len(text)
        if size > _CARRYING_OUT or text.endswith((";", ",", ":", ".")):
            return False
    return False


def _opens_part(t: str) -> bool:
    """A line (``canon`` text) that opens a subject (``Về việc ...``) or a ground: it never goes
    on with a title's author, number and date."""
    return bool(patterns.SUBJECT_LEAD_RE.match(t) or patterns.BASIS_RE.match(t))


def _structural_start(text: str) -> bool:
    """A line that opens a part of its own after a subject: a ground, a label, Kính gửi."""
    t = canon(text)
    return bool(
        patterns.BASIS_RE.match(t) or patterns.LABEL_RE.match(t) or patterns.KINH_GUI_RE.match(t)
    )


def _lower_next(lines: list[Line], k: int) -> bool:
    """Line ``k`` has text and opens in lower case."""
    return k < len(lines) and opens_lower(lines[k].text)


def _authority_before_grounds(lines: list[Line], k: int) -> bool:
    """The issuing authority's own line, with the grounds (``Căn cứ``) right after it."""
    if patterns.AUTHORITY_LINE_RE.match(canon(lines[k].text)) is None:
        return False
    n = k + 1
    while n < len(lines) and blank(lines[n]):
        n += 1
    return n < len(lines) and patterns.BASIS_RE.match(canon(lines[n].text)) is not None


#: How many lines the author, number and date after a title may take.
_GAZETTE_LINES = 3


def _under_header(lines: list[Line], j: int) -> bool:
    """The header's last line, the place and date or the number, comes just before ``j``
    (blank lines and rules apart): a title typed in lower case stands right under it."""
    k = j - 1
    while k >= 0 and (blank(lines[k]) or patterns.RULE_RE.match(lines[k].text)):
        k -= 1
    return k >= 0 and any(
        is_place_date(p.text) or patterns.NUMBER_LINE_RE.match(canon(p.text))
        for p in split_flat(lines[k])
    )


def _bare_with_author(lines: list[Line], j: int) -> bool:
    """``Quyết định`` in any case, alone, over ``của Bộ trưởng ...`` with no number or date."""
    if bare_title(lines[j].text) is None:
        return False
    k = j + 1
    while k < len(lines) and blank(lines[k]):
        k += 1
    return k < len(lines) and patterns.GAZETTE_OPEN_RE.match(canon(lines[k].text)) is not None


def _gazette(lines: list[Line], j: int) -> tuple[Line | None, Line | None, Line | None, int]:
    """A title at ``j`` printed with its author, number and date, as the Công báo and the
    transcripts of older letters print it, in any case: ``NGHỊ ĐỊNH`` / ``CỦA CHÍNH PHỦ SỐ 94
    /1998/NĐ-CP NGÀY 17 THÁNG 11 NĂM 1998``; ``Nghị định của Chính phủ số 117/2003/NĐ-CP ngày
    10/10/2003``; ``THÔNG TƯ`` / ``LIÊN TỊCH BỘ TÀI CHÍNH - ...`` / ``SỐ 120/2000/TTLT-...
    NGÀY ...``. Gives the title (its words alone, ``liên tịch`` included), the line holding
    the author, number and date (one to three lines joined), the start of the subject written
    after the date on the same line (``Về việc ban hành``) and where the subject lines go on;
    ``None, None, None, j + 1`` when the line is no such title."""
    none: tuple[Line | None, Line | None, Line | None, int] = (None, None, None, j + 1)
    text = lines[j].text.strip()
    name = text
    if bare_title(text) is None:
        of = patterns.TITLE_OF_RE.match(text)
        if of is None or bare_title(of.group("title")) is None:
            return none
        name = of.group("title")
    parts = [text[len(name) :].strip()] if name != text else []
    k = j + 1
    while len(parts) <= _GAZETTE_LINES:
        joined = " ".join(parts)
        m = patterns.GAZETTE_RE.match(canon(joined)) if parts else None
        if m is not None:
            joint = patterns.JOINT_RE.match(joined)
            if joint is not None and bare_title(f"{name} {joint.group()}") is not None:
                name = f"{name} {joint.group().strip()}"  # ``THÔNG TƯ`` / ``LIÊN TỊCH BỘ ...``
            gazette = lines[k - 1].with_text(joined[: m.start("rest")].strip())
            rest = joined[m.start("rest") :].lstrip(" ,.:").rstrip()
            subject = lines[k - 1].with_text(rest) if rest else None
            return lines[j].with_text(name), gazette, subject, k
        while k < len(lines) and blank(lines[k]):
            k += 1
        if k >= len(lines):
            break
        text = lines[k].text.strip()
        if not parts and patterns.GAZETTE_OPEN_RE.match(canon(text)) is None:
            break
        if parts and _opens_part(canon(text)):
            break  # ``QUYẾT ĐỊNH CỦA BỘ TRƯỞNG ...`` / ``Về việc ...`` / ``Căn cứ Nghị định số ...
            # ngày ...``: the number and date there are a ground's, not the title's
        parts.append(text)
        k += 1
    return none
