"""The formatting rules of a .docx (Phụ lục I): fonts, sizes, bold and italic, alignment of
each element, read from the lines' resolved run properties (styles, document defaults and
theme fonts included; see :mod:`congvan.readers.styles`)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from congvan import patterns
from congvan.check.report import Finding, Severity, finding
from congvan.check.text import Draft
from congvan.extract.header import span
from congvan.models import LineSpan
from congvan.normalize import canon, is_upper
from congvan.source import Line, LineFormat

#: The rules this module decides.
FORMAT_RULES = (
    "TT104", "TT202", "TT203", "TT205", "TT206", "TT213", "TT214", "TT226", "TT235", "TT301",
    "TT304", "TT306", "TT313", "TT402", "TT406", "TT407", "TT504", "TT507", "TT602", "TT603",
)  # fmt: skip

FONT = "Times New Roman"
#: The sizes (pt, lowest and highest) each rule allows its element.
SIZES: dict[str, tuple[float, float]] = {
    "TT202": (12, 13),
    "TT205": (13, 14),
    "TT214": (12, 13),
    "TT226": (13, 13),
    "TT235": (13, 14),
    "TT301": (13, 14),
    "TT304": (13, 14),
    "TT306": (12, 13),
    "TT313": (13, 14),
    "TT402": (13, 14),
    "TT406": (13, 14),
    "TT504": (13, 14),
    "TT507": (13, 14),
    "TT602": (12, 12),
    "TT603": (11, 11),
}

#: TT213's detail when the parent organ's line is the one drawn bold (``--fix`` unbolds it).
PARENT_BOLD = "cơ quan chủ quản in đậm"

#: Share of the body's characters that must be 13–14 pt (TT406).
BODY_SIZE_SHARE = 0.8


def _formatted(lines: Iterable[Line]) -> list[tuple[Line, LineFormat]]:
    out = []
    for line in lines:
        fmt = line.fmt
        if fmt is not None and line.text.strip():
            out.append((line, fmt))
    return out


def _size(fmt: LineFormat, low: float, high: float) -> bool:
    return fmt.size is None or low <= fmt.size <= high


def _shown(fmt: LineFormat) -> str:
    size = f"cỡ {fmt.size:g}" if fmt.size else "cỡ không rõ"
    look = ", ".join(x for x in ("đậm" if fmt.bold else "", "nghiêng" if fmt.italic else "") if x)
    return f"{size}{', ' + look if look else ''}"


def check_format(draft: Draft) -> list[Finding] | None:
    """Findings on the formatting of a Word draft; None when the lines carry no formatting
    (a text, PDF or Markdown input: the rules are then not decided)."""
    lines = _formatted(draft.lines)
    if not lines:
        return None
    return list(_fonts(lines)) + list(_elements(draft, {x.no: (x, f) for x, f in lines}))


def _fonts(lines: list[tuple[Line, LineFormat]]) -> Iterator[Finding]:
    """Every run with text in Times New Roman: one finding per other font, at its first line."""
    seen: set[str] = set()
    for line, fmt in lines:
        for run in fmt.runs:
            font = run.font
            if font is None or not run.text.strip() or font == FONT or font in seen:
                continue
            seen.add(font)
            legacy = patterns.FONT_TCVN3_RE.match(font) or patterns.FONT_VNI_RE.match(font)
            if font.startswith(FONT):  # ``Times New Roman Bold``: a face, not a font name
                detail = f"“{font}” là tên kiểu chữ, không phải tên phông"
                yield finding(
                    "TT104", detail, text=run.text.strip()[:60], line=span([line]), fix=FONT,
                    severity="cảnh báo",
                )  # fmt: skip
            else:
                detail = f"phông cũ “{font}” (bảng mã TCVN3/VNI)" if legacy else f"phông “{font}”"
                yield finding(
                    "TT104", detail, text=run.text.strip()[:60], line=span([line]), fix=FONT
                )


def _elements(draft: Draft, by_no: dict[int, tuple[Line, LineFormat]]) -> Iterator[Finding]:
    doc, layout = draft.doc, draft.layout
    head = [by_no[x.no] for x in layout.left + layout.right if x.no in by_no]
    for line, fmt in head:
        t = canon(line.text)
        if patterns.NATIONAL_NAME_RE.search(t):
            yield from _look("TT202", line, fmt)
            if not fmt.bold or fmt.italic:
                yield finding("TT203", _shown(fmt), text=line.text.strip(), line=span([line]))
        elif patterns.MOTTO_ANY_RE.search(t):
            yield from _look("TT205", line, fmt)
            if not fmt.bold or fmt.italic:
                yield finding("TT206", _shown(fmt), text=line.text.strip(), line=span([line]))
    if doc.issuer is not None:
        for n in range(doc.issuer.evidence.start, doc.issuer.evidence.end + 1):
            if n in by_no:
                yield from _look("TT214", *by_no[n])
        yield from _issuer_weight(draft, by_no)
    if doc.number is not None and doc.number.evidence.start in by_no:
        line, fmt = by_no[doc.number.evidence.start]
        if not _size(fmt, *SIZES["TT226"]) or fmt.bold or fmt.italic:
            yield finding("TT226", _shown(fmt), text=doc.number.raw, line=span([line]))
    if doc.date is not None and doc.date.evidence.start in by_no:
        line, fmt = by_no[doc.date.evidence.start]
        if not fmt.italic or not _size(fmt, *SIZES["TT235"]):
            yield finding("TT235", _shown(fmt), text=line.text.strip(), line=span([line]))
    yield from _title_and_subject(draft, by_no)
    yield from _recipients(draft, by_no)
    yield from _grounds(draft, by_no)
    yield from _body(draft, by_no)
    yield from _closing(draft, by_no)


def _issuer_weight(draft: Draft, by_no: dict[int, tuple[Line, LineFormat]]) -> Iterator[Finding]:
    """TT213: the issuing organ's lines bold, its parent's (the line above, when written) not.
    A line is the parent's when its words are in the parent's name and not in the issuer's."""
    issuer = draft.doc.issuer
    assert issuer is not None
    name, parent = canon(issuer.name).upper(), canon(issuer.parent or "").upper()
    for n in range(issuer.evidence.start, issuer.evidence.end + 1):
        if n not in by_no:
            continue
        line, fmt = by_no[n]
        words = canon(line.text).strip().upper()
        if not words or patterns.NATIONAL_NAME_RE.search(canon(line.text)):
            continue
        if parent and words in parent and words not in name:
            if fmt.bold:
                yield finding("TT213", PARENT_BOLD, text=line.text.strip(), line=span([line]))
        elif words in name and not fmt.bold:
            yield finding(
                "TT213", "cơ quan ban hành không in đậm", text=line.text.strip(), line=span([line])
            )


def _recipients(draft: Draft, by_no: dict[int, tuple[Line, LineFormat]]) -> Iterator[Finding]:
    """TT313: ``Kính gửi`` and its recipients 13–14 pt, upright, not bold; one finding."""
    numbers = sorted(
        {n for r in draft.doc.recipients for n in range(r.evidence.start, r.evidence.end + 1)}
    )
    if (
        numbers
        and numbers[0] - 1 in by_no
        and patterns.KINH_GUI_HEAD_RE.match(canon(by_no[numbers[0] - 1][0].text))
    ):
        numbers.insert(0, numbers[0] - 1)  # ``Kính gửi:`` on its own line above the list
    for n in numbers:
        if n not in by_no:
            continue
        line, fmt = by_no[n]
        if fmt.bold or fmt.italic or not _size(fmt, *SIZES["TT313"]):
            yield finding("TT313", _shown(fmt), text=line.text.strip(), line=span([line]))
            return


def _grounds(draft: Draft, by_no: dict[int, tuple[Line, LineFormat]]) -> Iterator[Finding]:
    """TT402: the căn cứ lines italic, 13–14 pt. A lỗi for the grounds of a document issued by
    authority (quyết định, nghị quyết ...: those with a ``QUYẾT ĐỊNH:`` line); in the body of
    a công văn, kế hoạch or báo cáo a cảnh báo (check-rules.md, question 10). One finding,
    over the whole block (``--fix`` makes every line of it italic)."""
    doc = draft.doc
    grounds = [b.evidence for b in doc.legal_basis if b.kind == "can_cu"]
    wrong = [
        by_no[n]
        for x in grounds
        for n in range(x.start, x.end + 1)
        if n in by_no and (not by_no[n][1].italic or not _size(by_no[n][1], *SIZES["TT402"]))
    ]
    if not wrong:
        return
    line, fmt = wrong[0]
    enacting = doc.doc_type is not None and doc.doc_type.name in _ENACTING
    severity: Severity | None = None if enacting else "cảnh báo"
    block = LineSpan(start=grounds[0].start, end=grounds[-1].end)
    shown = _shown(fmt) if fmt.italic else f"{_shown(fmt)}, chữ đứng"
    yield finding("TT402", shown, text=line.text.strip()[:80], line=block, severity=severity)


#: Documents whose căn cứ block enacts (TT402 lỗi): the types that end it with ``QUYẾT ĐỊNH:``
#: or ``QUYẾT NGHỊ:`` (Phụ lục III, Mẫu 1.1–1.3).
_ENACTING = frozenset({"Quyết định", "Nghị quyết", "Chỉ thị", "Quy chế", "Quy định"})


def _look(rule: str, line: Line, fmt: LineFormat) -> Iterator[Finding]:
    if not _size(fmt, *SIZES[rule]):
        yield finding(rule, _shown(fmt), text=line.text.strip(), line=span([line]))


def _title_and_subject(
    draft: Draft, by_no: dict[int, tuple[Line, LineFormat]]
) -> Iterator[Finding]:
    title = draft.layout.title
    if title is not None and title.no in by_no:
        line, fmt = by_no[title.no]
        centred = fmt.align in (None, "center")
        if not (fmt.bold and is_upper(line.text) and _size(fmt, *SIZES["TT301"]) and centred):
            detail = f"{_shown(fmt)}, canh {fmt.align or 'trái'}"
            yield finding("TT301", detail, text=line.text.strip(), line=span([line]))
    subject = draft.doc.evidence.subject
    doc_type = draft.doc.doc_type
    if subject is None or doc_type is None:
        return
    if doc_type.name != "Công văn":  # TT304: a typed document's trích yếu, bold and centred
        for n in range(subject.start, subject.end + 1):
            if n not in by_no:
                continue
            line, fmt = by_no[n]
            centred = fmt.align in (None, "center")
            if not (fmt.bold and centred and _size(fmt, *SIZES["TT304"])):
                detail = f"{_shown(fmt)}, canh {fmt.align or 'trái'}"
                yield finding("TT304", detail, text=line.text.strip(), line=span([line]))
                return
        return
    if subject.start in by_no:
        line, fmt = by_no[subject.start]
        if fmt.bold or fmt.italic or not _size(fmt, *SIZES["TT306"]):
            yield finding("TT306", _shown(fmt), text=line.text.strip(), line=span([line]))


def _body(draft: Draft, by_no: dict[int, tuple[Line, LineFormat]]) -> Iterator[Finding]:
    """TT406 and TT407 on the running text: sizes counted by characters, one finding each."""
    chars = right = justified = lines = 0
    first_wrong: Line | None = None
    for p in draft.layout.body:
        for n in range(p.start, p.end + 1):
            if n not in by_no or by_no[n][0].cell is not None:
                continue
            line, fmt = by_no[n]
            size = len(line.text.strip())
            chars += size
            if _size(fmt, *SIZES["TT406"]):
                right += size
            elif first_wrong is None:
                first_wrong = line
            lines += 1
            justified += fmt.align == "both"
    if chars and right < BODY_SIZE_SHARE * chars and first_wrong is not None:
        detail = f"{100 * right / chars:.0f}% chữ cỡ 13–14"
        yield finding("TT406", detail, text=first_wrong.text.strip()[:60], line=span([first_wrong]))
    if lines >= 3 and justified < lines / 2:
        yield finding("TT407", f"{justified}/{lines} dòng canh đều")


def _closing(draft: Draft, by_no: dict[int, tuple[Line, LineFormat]]) -> Iterator[Finding]:
    signer = draft.doc.signer
    if signer is not None:
        for n in range(signer.evidence.start, signer.evidence.end + 1):
            if n not in by_no:
                continue
            line, fmt = by_no[n]
            text = line.text.strip()
            name = bool(signer.name and signer.name in text)
            rule = "TT507" if name else "TT504"  # the name; the authority and position lines
            if fmt.bold and _size(fmt, *SIZES[rule]):
                continue
            if name or (is_upper(text, 0.8) and not patterns.SIGN_PLACEHOLDER_RE.match(text)):
                yield finding(rule, _shown(fmt), text=text, line=span([line]))
    for k, x in enumerate(draft.layout.distribution):
        if x.no not in by_no:
            continue
        line, fmt = by_no[x.no]
        if k == 0 and patterns.DISTRIBUTION_RE.match(canon(line.text)):
            if not (fmt.bold and fmt.italic and _size(fmt, *SIZES["TT602"])):
                yield finding("TT602", _shown(fmt), text=line.text.strip(), line=span([line]))
        elif fmt.italic or not _size(fmt, *SIZES["TT603"]):
            whole = LineSpan(start=line.no, end=draft.layout.distribution[-1].no)
            yield finding("TT603", _shown(fmt), text=line.text.strip(), line=whole)
            break  # the list is one block: one finding says it
