"""The page rules of a .docx (Phụ lục I, Mục I): paper size, orientation and margins of
its sections, read from ``w:sectPr`` through python-docx, and its page numbers."""

from __future__ import annotations

import os
import zipfile
from typing import Any

from docx import Document as open_docx
from docx.shared import Length
from lxml import etree

from congvan import patterns
from congvan.check.report import Finding, finding

PAGE_RULES = ("TT101", "TT102", "TT103", "TT106", "TT107")

#: A4 in millimetres, and the tolerance on each side.
A4 = (210.0, 297.0)
SIZE_TOLERANCE = 1.0
#: Margins (top, bottom, left, right) in millimetres: the decree's ranges.
MARGINS = {"trên": (20.0, 25.0), "dưới": (20.0, 25.0), "trái": (30.0, 35.0), "phải": (15.0, 20.0)}
MARGIN_TOLERANCE = 0.3

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _mm(length: Length | None) -> float | None:
    return None if length is None else length.mm


def open_word(path: str | os.PathLike[str]) -> Any | None:
    """The .docx at ``path`` through python-docx, opened once for the page and spacing rules;
    None when python-docx cannot read it (those rules are then not decided)."""
    try:
        return open_docx(os.fspath(path))
    except Exception:  # a file the reader took may still defeat python-docx's model
        return None


def check_page(path: str | os.PathLike[str], document: Any) -> list[Finding] | None:
    """Findings on the sections of the .docx at ``path`` (``document``, from
    :func:`open_word`); None when python-docx cannot read its sections (the rules are then
    not decided)."""
    try:
        sections = list(document.sections)
    except Exception:  # a file the reader took may still defeat python-docx's section model
        return None
    out: list[Finding] = []
    for n, section in enumerate(sections, start=1):
        width, height = _mm(section.page_width), _mm(section.page_height)
        if width is None or height is None:
            continue
        short, long_ = sorted((width, height))
        if abs(short - A4[0]) > SIZE_TOLERANCE or abs(long_ - A4[1]) > SIZE_TOLERANCE:
            detail = f"phần {n}: {width:.0f} × {height:.0f} mm"
            out.append(finding("TT101", detail, fix="210 × 297 mm"))
        if n == 1 and width > height:
            out.append(finding("TT102", "phần đầu trình bày theo chiều ngang"))
    if sections:
        out += _page_numbers(path, sections[0])
        first = sections[0]
        sides = {
            "trên": _mm(first.top_margin),
            "dưới": _mm(first.bottom_margin),
            "trái": _mm(first.left_margin),
            "phải": _mm(first.right_margin),
        }
        for side, value in sides.items():
            low, high = MARGINS[side]
            if value is not None and not low - MARGIN_TOLERANCE <= value <= high + MARGIN_TOLERANCE:
                fix = f"lề {side} {low:g}–{high:g} mm"
                out.append(finding("TT103", f"lề {side} {value:.1f} mm", fix=fix))
    return out


def _pages(path: str | os.PathLike[str]) -> int | None:
    try:
        with zipfile.ZipFile(path) as z:
            m = patterns.SAVED_PAGES_RE.search(z.read("docProps/app.xml"))
    except (KeyError, OSError, zipfile.BadZipFile):
        return None
    return int(m.group(1)) if m else None


def _page_paragraph(part: etree._Element | None) -> etree._Element | None:
    """The paragraph of a header that holds a PAGE field (simple or complex)."""
    if part is None:
        return None
    for p in part.iter(W + "p"):
        codes = [f.get(W + "instr", "") for f in p.iter(W + "fldSimple")]
        codes += [t.text or "" for t in p.iter(W + "instrText")]
        if any(patterns.PAGE_FIELD_RE.match(c) for c in codes):
            return p
    return None


def _page_numbers(path: str | os.PathLike[str], section: object) -> list[Finding]:
    """TT106: a letter of more than one page numbers its pages in the header, centred, not
    on page 1; TT107: the number upright, 13–14 pt (as far as the runs state it)."""
    pages = _pages(path)
    if pages is None or pages < 2:
        return []
    header = section.header  # type: ignore[attr-defined]
    default = None if header.is_linked_to_previous else header._element
    page_p = _page_paragraph(default)
    if page_p is None:
        return [finding("TT106", f"văn bản {pages} trang chưa có số trang ở lề trên")]
    out = []
    if not section.different_first_page_header_footer:  # type: ignore[attr-defined]
        out.append(finding("TT106", "số trang hiện cả ở trang thứ nhất"))
    elif _page_paragraph(section.first_page_header._element) is not None:  # type: ignore[attr-defined]
        out.append(finding("TT106", "đầu trang của trang thứ nhất có số trang"))
    jc = page_p.find(f"{W}pPr/{W}jc")
    if jc is not None and jc.get(W + "val") not in ("center", None):
        out.append(finding("TT106", f"số trang canh {jc.get(W + 'val')}, cần canh giữa"))
    for rpr in page_p.iter(W + "rPr"):
        sz = rpr.find(W + "sz")
        italic = rpr.find(W + "i")
        if (
            sz is not None
            and sz.get(W + "val", "").isdigit()
            and not 26 <= int(sz.get(W + "val", "0")) <= 28
        ):
            out.append(finding("TT107", f"cỡ {int(sz.get(W + 'val', '0')) / 2:g}"))
            break
        if italic is not None and italic.get(W + "val") not in ("0", "false"):
            out.append(finding("TT107", "số trang in nghiêng"))
            break
    return out
