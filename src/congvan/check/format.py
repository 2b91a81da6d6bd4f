"""The formatting rules of a .docx (Phụ lục I): fonts, sizes, bold and italic, alignment of
each element, read from the lines' resolved run properties (styles, document defaults and
theme fonts included; see :mod:`congvan.readers.styles`)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from congvan import patterns
from congvan.check.report import Finding, finding
from congvan.check.text import Draft
from congvan.extract.header import span
from congvan.models import LineSpan
from congvan.normalize import canon, is_upper
from congvan.source import Line, LineFormat

#: The rules this module decides.
FORMAT_RULES = (
    "TT104", "TT202", "TT203", "TT205", "TT206", "TT214", "TT226", "TT235", "TT301",
    "TT306", "TT406", "TT407", "TT504", "TT507", "TT602", "TT603",
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
    "TT306": (12, 13),
    "TT406": (13, 14),
    "TT504": (13, 14),
    "TT507": (13, 14),
    "TT602": (12, 12),
    "TT603": (11, 11),
}

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
    if doc.number is not None and doc.number.evidence.start in by_no:
        line, fmt = by_no[doc.number.evidence.start]
        if not _size(fmt, *SIZES["TT226"]) or fmt.bold or fmt.italic:
            yield finding("TT226", _shown(fmt), text=doc.number.raw, line=span([line]))
    if doc.date is not None and doc.date.evidence.start in by_no:
        line, fmt = by_no[doc.date.evidence.start]
        if not fmt.italic or not _size(fmt, *SIZES["TT235"]):
            yield finding("TT235", _shown(fmt), text=line.text.strip(), line=span([line]))
    yield from _title_and_subject(draft, by_no)
    yield from _body(draft, by_no)
    yield from _closing(draft, by_no)


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
    if subject is None or doc_type is None or doc_type.name != "Công văn":
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
