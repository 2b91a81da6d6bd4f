"""The page rules of a .docx (Phụ lục I, Mục I): paper size, orientation and margins of
its sections, read from ``w:sectPr`` through python-docx."""

from __future__ import annotations

import os

from docx import Document as open_docx
from docx.shared import Length

from congvan.check.report import Finding
from congvan.check.rules import BY_ID

PAGE_RULES = ("TT101", "TT102", "TT103")

#: A4 in millimetres, and the tolerance on each side.
A4 = (210.0, 297.0)
SIZE_TOLERANCE = 1.0
#: Margins (top, bottom, left, right) in millimetres: the decree's ranges.
MARGINS = {"trên": (20.0, 25.0), "dưới": (20.0, 25.0), "trái": (30.0, 35.0), "phải": (15.0, 20.0)}
MARGIN_TOLERANCE = 0.3


def _mm(length: Length | None) -> float | None:
    return None if length is None else length.mm


def _finding(rule: str, detail: str, fix: str | None = None) -> Finding:
    r = BY_ID[rule]
    severity = "cảnh báo" if r.severity == "cảnh báo" else "lỗi"
    return Finding(
        rule=rule,
        severity=severity,
        zone=r.zone,
        message=f"{r.message} ({detail})",
        text=None,
        evidence=None,
        fix=fix,
    )


def check_page(path: str | os.PathLike[str]) -> list[Finding] | None:
    """Findings on the sections of the .docx at ``path``; None when python-docx cannot read
    its sections (the rules are then not decided)."""
    try:
        sections = list(open_docx(os.fspath(path)).sections)
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
            out.append(_finding("TT101", detail, "210 × 297 mm"))
        if n == 1 and width > height:
            out.append(_finding("TT102", "phần đầu trình bày theo chiều ngang"))
    if sections:
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
                out.append(_finding("TT103", f"lề {side} {value:.1f} mm", fix))
    return out
