"""The header fields: issuer, number, place and date, marks, type and subject.

They all come from the header's two columns and the title block found by
:mod:`congvan.segment`. Each function returns ``None`` when the field is not
in the document and adds a diagnostic; none of them guesses.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import date

from congvan import codes, patterns
from congvan.extract.context import Context
from congvan.models import DateValue, DocNumber, DocType, Issuer, LineSpan
from congvan.normalize import canon, clean_value, fold, is_upper
from congvan.segment import (
    TITLES,
    bare_title,
    is_motto,
    is_place_date,
    place_date,
    place_date_after_number,
    side_by_side,
    title_of,
)
from congvan.source import Line

#: Type codes in a ký hiệu, mapped to the type they name (ND 30 Phụ lục III, TT 01/2011, Party).
CODE_TYPES: dict[str, str] = {code: name for name, code in TITLES.values() if code}
# Party and Đoàn numbers name even a công văn: ``Số 156-CV/TĐTN-BCTĐ&TTN``.
CODE_TYPES.update(
    {
        "QĐi": "Quy định",
        "HD": "Hướng dẫn",
        "TT": "Thông tư",
        "TTLT": "Thông tư liên tịch",
        "CV": "Công văn",
    }
)


def span(lines: list[Line]) -> LineSpan:
    return LineSpan(start=min(x.no for x in lines), end=max(x.no for x in lines))


# --- number ---------------------------------------------------------------------------------


def _number_line(ctx: Context) -> tuple[list[Line], str] | None:
    """The number line and its body; a ký hiệu a narrow column wrapped after its dash (``Số:
    /QĐ-`` over ``UBND``) is read on into the next line of the column."""
    for column in (ctx.layout.left, ctx.layout.right):
        for i, line in enumerate(column):
            m = patterns.NUMBER_LINE_RE.match(canon(line.text))
            if m is None:
                continue
            inline = place_date_after_number(line.text)  # a cell of number, place and date
            body = line.text[m.start("body") : inline]
            after = column[i + 1] if i + 1 < len(column) else None
            if (
                after is not None
                and body.rstrip().endswith(("-", "/"))
                and patterns.SYMBOL_TAIL_RE.match(after.text)
            ):
                return [line, after], body.rstrip() + after.text.strip()
            return [line], body
    found = _gazette_part(ctx, "number")
    return ([found[0]], found[1]) if found is not None else None


def _gazette_part(ctx: Context, part: str) -> tuple[Line, str] | None:
    """The number or date printed with the title (``CỦA CHÍNH PHỦ SỐ 94/1998/NĐ-CP NGÀY
    17 THÁNG 11 NĂM 1998``) of a letter without a Số or a place and date line."""
    line = ctx.layout.gazette
    if line is None:
        return None
    m = patterns.GAZETTE_RE.match(canon(line.text))
    return (line, line.text[m.start(part) : m.end(part)]) if m is not None else None


def extract_number(ctx: Context) -> DocNumber | None:
    found = _number_line(ctx)
    if found is None:
        ctx.add(codes.NUMBER_MISSING)
        return None
    held, body = found
    line = held[0]
    vv = patterns.VV_INLINE_RE.search(canon(body))
    if vv is not None and vv.start() > 0:
        body = body[: vv.start()]  # ``Số: 2638/LĐTBXH-KHTC V/v ...`` (merged cells)
    compact = patterns.NUMBER_SPACES_RE.sub(r"\1", body.strip().rstrip(".;,"))
    number: str | None
    year: int | None = None
    m = patterns.STATE_NUMBER_RE.match(compact)
    p = patterns.PARTY_NUMBER_RE.match(compact) or patterns.DASHED_NUMBER_RE.match(compact)
    if m:
        number, symbol = m.group("num"), m.group("sym")
        year = int(m.group("year")) if m.group("year") else None
    elif p:
        number, symbol = p.group("num"), p.group("sym")
    else:
        number, symbol = _loose_number(compact)
        ctx.add(codes.NUMBER_UNUSUAL, line.no, f"({compact})")
    if number is None:
        ctx.add(codes.NUMBER_BLANK, line.no)
    raw = " ".join(" ".join(x.text for x in held).split())
    return DocNumber(raw=raw, number=number, year=year, symbol=symbol, evidence=span(held))


def _loose_number(compact: str) -> tuple[str | None, str | None]:
    """Split an unusual number (``10-01/26/PT-NC``) at its last ``/`` before a letter."""
    m = patterns.LOOSE_NUMBER_RE.match(compact)
    if m:
        return m.group("num"), m.group("sym")
    digits = patterns.LEADING_DIGITS_RE.match(compact)
    return (digits.group(1) if digits else None), (
        compact[digits.end() :] if digits else compact
    ) or None


# --- issuer ---------------------------------------------------------------------------------


def _issuer_lines(ctx: Context) -> list[Line]:
    out: list[Line] = []
    for line in ctx.layout.left:
        t = canon(line.text)
        text = line.text.strip()
        if patterns.NUMBER_LINE_RE.match(t) or patterns.VV_LINE_RE.match(t):
            break
        if (
            is_motto(text)
            or patterns.RULE_RE.match(text)
            or patterns.URGENCY_RE.match(t)
            or patterns.SECRECY_RE.match(t)
            or patterns.DRAFT_RE.match(t)
            or patterns.FORM_CODE_RE.match(t)
            or patterns.SIGNING_STAMP_RE.match(t)
        ):
            continue
        organ = _without_motto(text)
        joined = organ.rstrip().endswith(" -")  # ``BỘ GIÁO DỤC VÀ ĐÀO TẠO -`` over ``BỘ NỘI VỤ``
        organ = organ.strip(" *-_.")
        out.append(line.with_text(f"{organ} -" if joined and organ else organ))
    lines = [x for x in out if x.text]
    # An organ name is written in capitals, or at least starts with an organ word
    # (old letters: ``Uỷ ban nhân dân tỉnh``); a header needs one of its anchors.
    anchored = any(
        patterns.NUMBER_LINE_RE.match(canon(x.text)) or is_motto(x.text) or is_place_date(x.text)
        for x in ctx.layout.left + ctx.layout.right
    )
    if not anchored or not lines or not _organ_like(lines[0].text):
        return []
    return lines


def _without_motto(text: str) -> str:
    """An organ's line without the piece of the motto OCR ran into it (see MOTTO_TAIL_RE)."""
    t = canon(text)
    head = patterns.MOTTO_HEAD_RE.match(t)
    start = head.end() if head is not None else 0
    tail = patterns.MOTTO_TAIL_RE.search(t, start)
    return text[start : tail.start() if tail is not None else len(text)]


def _organ_like(text: str) -> bool:
    return is_upper(text, 0.7) or patterns.ORGAN_HEAD_RE.match(canon(text)) is not None


def extract_issuer(ctx: Context) -> Issuer | None:
    lines = _issuer_lines(ctx)
    if not lines:
        ctx.add(codes.ISSUER_MISSING)
        return None
    cells = side_by_side(lines)
    if len(cells) > 1:
        # A joint letter (``BỘ TÀI CHÍNH`` | ``BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI`` | motto):
        # organs side by side are its issuers, the first as printed leading; a parent is
        # written above its organ, in one cell.
        others = [clean_value(" ".join(x.text for x in cell)) for cell in cells[1:]]
        ctx.add(codes.JOINT_ISSUERS, cells[1][0].no, "; ".join(others) + ".")
        lines = cells[0]
    groups: list[list[Line]] = [[lines[0]]]
    for line in lines[1:]:
        prev = groups[-1][-1].text
        starts_organ = patterns.ORGAN_HEAD_RE.match(canon(line.text)) is not None
        if starts_organ and not prev.rstrip().endswith((",", "VÀ", "và", "-")):
            groups.append([line])
        else:
            groups[-1].append(line)
    name = clean_value(" ".join(x.text for x in groups[-1]))
    parent_lines = [x for g in groups[:-1] for x in g]
    parent = clean_value(" ".join(x.text for x in parent_lines)) or None
    return Issuer(name=name, parent=parent, evidence=span(lines))


# --- place and date -------------------------------------------------------------------------


def extract_place_date(ctx: Context) -> tuple[str | None, DateValue | None]:
    for text, held in _date_lines(ctx.layout.right, ctx.layout.left):
        m = place_date(text)
        if m is None:
            continue
        place = clean_value(text[m.start("place") : m.end("place")])
        raw = " ".join(text[m.start("date") : m.end("date")].split())
        value = parse_date_value(raw, held[-1], ctx)
        if len(held) > 1:  # the date's span is both lines of it
            value = value.model_copy(update={"evidence": span(held)})
        ctx.evidence["place"] = span(held)
        return place, value
    for line in ctx.layout.right + ctx.layout.left:
        blank = patterns.PLACE_BLANK_DATE_RE.match(canon(line.text))
        if blank:  # a draft that leaves the whole date, year too, to be filled in
            ctx.evidence["place"] = span([line])
            ctx.add(codes.DATE_BLANK, line.no)
            return clean_value(line.text[blank.start("place") : blank.end("place")]), None
    printed = _gazette_part(ctx, "date")
    ctx.add(codes.DATE_MISSING)  # no place and date line; a date printed with the title
    if printed is not None:
        line, raw = printed
        written = " ".join(raw.split())
        value = parse_date_value("ngày " + written, line, ctx)  # the date patterns want ``ngày``
        return None, value.model_copy(update={"raw": written})
    return None, None


def _date_lines(*columns: list[Line]) -> Iterator[tuple[str, list[Line]]]:
    """Each line of the header's columns, then a place and date a narrow column wrapped
    (``Lâm Đồng, ngày   tháng 11`` and, below it or in the other column, ``năm 2025``; ``Kon
    Tum,`` over ``ngày 15 tháng 10 năm 2008``) as one."""
    lines = [line for column in columns for line in column]
    yield from ((line.text, [line]) for line in lines)
    # A number line whose place and date OCR read into the same cell (``Số: /UBND-NC Lâm
    # Đồng, ngày`` over ``tháng 9 năm 2025``): the rest of the line after the symbol.
    inline = [
        (x, at)
        for x in lines
        if patterns.NUMBER_LINE_RE.match(canon(x.text))
        and (at := place_date_after_number(x.text)) is not None
    ]
    for x, at in inline:
        yield x.text[at:], [x]
    heads = [x.with_text(x.text[at:]) for x, at in inline]
    heads += [x for x in lines if patterns.PLACE_DATE_HEAD_RE.match(canon(x.text))]
    tails = [x for x in lines if patterns.DATE_TAIL_RE.match(canon(x.text))]
    for head in heads[:1]:
        for tail in tails[:1]:
            yield f"{head.text.rstrip()} {tail.text.strip()}", [head, tail]
    for column in columns:
        shown = [x for x in column if x.text.strip()]
        for head, tail in itertools.pairwise(shown):
            if _place_alone(head.text) and patterns.DATE_ALONE_RE.match(canon(tail.text)):
                yield f"{head.text.strip()} {tail.text.strip()}", [head, tail]


def parse_date_value(raw: str, line: Line, ctx: Context) -> DateValue:
    """Read ``ngày 05 tháng 8 năm 2021`` (parts may be blank) or ``ngày 05/8/2021``."""
    t = canon(raw)
    m = patterns.LONG_DATE_PARTS_RE.search(t)
    s = None if m else patterns.SHORT_DATE_RE.search(t)
    if m:
        d = int(m.group("d")) if m.group("d") else None
        mo = int(m.group("m")) if m.group("m") else None
        y = int(m.group("y"))
    elif s:
        d, mo, y = int(s.group("d")), int(s.group("m")), int(s.group("y"))
    else:  # ``ngày 05 tháng Tám năm 2025``, ``ngày 2 8 tháng ...``: only the year is sure
        ctx.add(codes.DATE_INVALID, line.no, f"({raw})")
        unread = patterns.UNREAD_DAY_DATE_RE.search(t)  # ``ngày 2% tháng 9 năm 2025``
        if unread is not None and 1 <= int(unread.group("m")) <= 12:
            y, mo = int(unread.group("y")), int(unread.group("m"))
            iso = iso_date(y, mo, None)
            return DateValue(raw=raw, iso=iso, day=None, month=mo, year=y, evidence=span([line]))
        year = patterns.DATE_YEAR_RE.search(t)
        known = int(year.group("y")) if year else None
        return DateValue(raw=raw, iso=None, day=None, month=None, year=known, evidence=span([line]))
    iso = iso_date(y, mo, d)
    if d is None or mo is None:
        ctx.add(codes.DATE_BLANK, line.no)
    elif iso is None:
        ctx.add(codes.DATE_INVALID, line.no, f"({raw})")
        d = mo = None
        iso = None
    return DateValue(raw=raw, iso=iso, day=d, month=mo, year=y, evidence=span([line]))


def iso_date(y: int | None, m: int | None, d: int | None) -> str | None:
    """ISO form, shortened when the day or month is blank; ``None`` for impossible dates."""
    if y is None:
        return None
    if m is None:
        return f"{y:04d}"
    if not 1 <= m <= 12:
        return None
    if d is None:
        return f"{y:04d}-{m:02d}"
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


# --- urgency and confidentiality --------------------------------------------------------------

URGENCY_NAMES = {
    "hỏa tốc hẹn giờ": "Hỏa tốc hẹn giờ",
    "hỏa tốc": "Hỏa tốc",
    "thượng khẩn": "Thượng khẩn",
    "khẩn": "Khẩn",
}
_SECRECY = {"tuyệt mật": "Tuyệt mật", "tối mật": "Tối mật", "mật": "Mật"}


def extract_marks(ctx: Context) -> tuple[str | None, str | None]:
    urgency = secrecy = None
    for line in ctx.layout.left + ctx.layout.right + ctx.marks:
        t = canon(line.text)
        u = patterns.URGENCY_RE.match(t)
        if u and urgency is None:
            urgency = URGENCY_NAMES.get(fold(u.group("mark")))
            ctx.evidence["urgency"] = span([line])
        s = patterns.SECRECY_RE.match(t)
        if s and secrecy is None:
            secrecy = _SECRECY.get(fold(s.group("mark")))
            ctx.evidence["confidentiality"] = span([line])
    title = ctx.layout.title
    if urgency is None and title is not None:
        titled = patterns.TITLE_URGENCY_RE.search(canon(title.text))  # ``CÔNG ĐIỆN KHẨN``
        if titled is not None:
            urgency = URGENCY_NAMES.get(fold(titled.group("mark")))
            ctx.evidence["urgency"] = span([title])
    return urgency, secrecy


# --- type and subject -------------------------------------------------------------------------


def _vv_lines(ctx: Context) -> list[Line]:
    out: list[Line] = []
    started = False
    for line in ctx.layout.left:
        t = canon(line.text)
        if not started:
            n = patterns.NUMBER_LINE_RE.match(t)
            vv = patterns.VV_LINE_RE.search(t)
            if vv and (vv.start() == 0 or n):
                started = True
                out.append(line.with_text(line.text[vv.start() :]))
            continue
        if (
            patterns.URGENCY_RE.match(t)
            or patterns.SECRECY_RE.match(t)
            or patterns.RECIPIENTS_RE.match(t)
            or is_motto(line.text)
            or patterns.DATE_ALONE_RE.match(t)  # ``Kon Tum,`` over ``ngày 15 tháng 10 năm 2008``
            or _place_alone(line.text)
        ):
            break
        if patterns.RULE_RE.match(line.text):
            break
        out.append(line)
    return out


def _place_alone(text: str) -> bool:
    """``Kon Tum,``: a place a narrow column wrapped before its date (PLACE_ALONE_RE), every word
    of it capitalised, as a place's name is."""
    m = patterns.PLACE_ALONE_RE.match(text)
    return m is not None and all(w[:1].isupper() for w in m.group("place").split())


#: Kinds whose code in a number names the document even when it is typed as a letter, with a
#: ``V/v`` and no title (``Số: 09/CĐ-UB``, ``Số: 45/TTr-SNV``). Other codes of an old number
#: are too often an office's initials (``TC/NS``: Tài chính, no thông cáo) to outweigh the form.
_LETTER_KINDS = frozenset({"CĐ", "TTr"})


def extract_type_and_subject(
    ctx: Context, number: DocNumber | None, has_recipients: bool
) -> tuple[DocType | None, str | None]:
    """Type from the title line; a letter with a ``V/v`` subject, or addressed with
    ``Kính gửi`` and no title, is a công văn (ND 30 gives công văn no type name), unless its
    number names another kind (``Số: 09/CĐ-UB`` over a ``V/v``: a công điện typed as a
    letter)."""
    layout = ctx.layout
    subject_lines = layout.subject if layout.title is not None else _vv_lines(ctx)
    subject = None
    if subject_lines:
        joined = " ".join(x.text.strip() for x in subject_lines)
        if joined.startswith("(") and joined.endswith(")"):
            inner = joined[1:-1].strip()  # ``(V/v ban hành ...)``: the lead in brackets
            if patterns.SUBJECT_LEAD_RE.match(canon(inner)) and "(" not in inner:
                joined = inner
        lead = patterns.SUBJECT_LEAD_RE.match(canon(joined))
        subject = clean_value(joined[lead.end() :] if lead else joined) or None
        if subject and joined.lstrip().startswith(("“", '"')):
            subject = _unquote(subject)
        if subject:
            ctx.evidence["subject"] = span(subject_lines)
    code_in_number = _code_in_number(number)
    found = None
    if layout.title is not None:
        found = title_of(layout.title.text) or bare_title(layout.title.text)
    if layout.title is not None and found is not None:
        name, code = found
        if code_in_number and (
            CODE_TYPES.get(code_in_number) == name or name in _ALSO_CODED.get(code_in_number, ())
        ):
            code = code_in_number
        if number is None or _no_code(number, code):
            code = None  # the code is the kind's abbreviation in a number: none here
        doc_type = DocType(name=name, code=code, evidence=span([layout.title]))
    elif (subject_lines and code_in_number not in _LETTER_KINDS) or (
        has_recipients and code_in_number in (None, "CV")
    ):
        cv_code = "CV" if code_in_number == "CV" else None
        where = span(subject_lines[:1]) if subject_lines else None
        doc_type = DocType(name="Công văn", code=cv_code, evidence=where)
    elif code_in_number and code_in_number in CODE_TYPES and number is not None:
        doc_type = DocType(
            name=CODE_TYPES[code_in_number], code=code_in_number, evidence=number.evidence
        )
        ctx.add(codes.DOC_TYPE_FROM_NUMBER, number.evidence.start)
    else:
        doc_type = None
        ctx.add(codes.DOC_TYPE_MISSING)
    if subject is None:
        ctx.add(codes.SUBJECT_MISSING)
    return doc_type, subject


def _unquote(text: str) -> str:
    """Drop the closing mark of a subject quoted whole: ``“V/v giới thiệu ...”``."""
    if text.endswith(("”", '"')) and text.count("“") + text.count('"') <= 1:
        return clean_value(text[:-1])
    return text


#: Kinds a code in a number also names besides its own: the Party numbers a quy định with
#: ``QĐ`` as it does a quyết định (``Số 12-QĐ/TU``), where the State writes ``QyĐ``.
_ALSO_CODED: dict[str, tuple[str, ...]] = {"QĐ": ("Quy định",)}


def _no_code(number: DocNumber, code: str | None) -> bool:
    """The title's code is not in the number: older letters were numbered with none
    (``Số: 178/UB``, ``Số: 58/CP``), or with their office's letters (``Số: 45/TC-VG`` of a
    Sở Tài chính - Vật giá, where ``TC`` is no thông cáo), so the letter has none."""
    if not number.symbol or code is None:
        return False
    parts = patterns.SYMBOL_SEP_RE.split(number.symbol)
    return code not in parts


def _code_in_number(number: DocNumber | None) -> str | None:
    """The type code at the head of a ký hiệu: ``QĐ`` in ``QĐ-UBND``, ``HD`` in ``HD/VPTW``."""
    if number is None or not number.symbol:
        return None
    head = patterns.SYMBOL_SEP_RE.split(number.symbol, maxsplit=1)[0]
    return head if head in CODE_TYPES else None
