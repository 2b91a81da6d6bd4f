"""The characters of a PDF page: the printed ones, and the digits signing stamps add.

:func:`page_chars` gives what pdfplumber's ``page.chars`` gives, for the keys
words are made from, straight from pdfminer's layout. :func:`stamped_digits`
and :func:`with_stamps` add the number and day that the e-government signing
systems stamp into a letter's printed blanks as form fields (see
:func:`stamped_digits`). :mod:`congvan.readers.pdf` makes words, rows and
columns from them.
"""

from __future__ import annotations

from typing import Any

from congvan import patterns


def page_chars(page: Any) -> list[dict[str, Any]]:
    """The page's printed characters as pdfplumber's ``page.chars`` gives them (the
    keys words are made from)."""
    return _chars(page.layout, page)


def with_stamps(
    chars: list[dict[str, Any]], fields: list[list[dict[str, Any]]]
) -> list[dict[str, Any]]:
    """``chars`` with the stamped digits of ``fields`` standing in the blanks they fill.

    The blank's spaces go where the digits stand, and a space on each side keeps
    the digits a word of their own, as the eye reads them: ``ngày 28 tháng``.
    """
    stamped = [c for digits in fields for c in digits]
    out = [c for c in chars if not (c["text"].isspace() and _covered(c, stamped))]
    for digits in fields:
        # Placed to sort just before the first digit and just after the last one's
        # start, ahead of a printed ``/`` that the digits' box overlaps.
        left = min(c["x0"] for c in digits)
        right = max((c["x0"] + c["x1"]) / 2 for c in digits)
        out += [_space(digits[0], left), *digits, _space(digits[-1], right)]
    return out


def _space(char: dict[str, Any], x: float) -> dict[str, Any]:
    return {**char, "text": " ", "x0": x, "x1": x, "width": 0.0}


def _chars(layout: Any, page: Any) -> list[dict[str, Any]]:
    """The characters of a pdfminer layout, in pdfplumber's terms.

    pdfplumber turns every object of a page (curves, rectangles, images: a
    signature stamp draws many) into a dictionary of twenty-odd keys before it
    offers the characters, a quarter of the time a PDF takes to read. These are
    its formulas applied to pdfminer's characters alone (``Page.process_object``,
    pdfplumber 0.11), so the words come out the same.
    """
    from pdfminer.layout import LTChar, LTContainer
    from pdfplumber.page import fix_fontname_bytes

    height = page.height
    mb_x0, mb_top = page.mediabox[:2]
    doctop = page.initial_doctop
    out: list[dict[str, Any]] = []
    todo = [iter(layout)]
    while todo:
        obj = next(todo[-1], None)
        if obj is None:
            todo.pop()
        elif isinstance(obj, LTChar):
            top = (height - obj.y1) + mb_top
            x0, x1 = (obj.x0 + mb_x0, obj.x1 + mb_x0) if mb_x0 != 0 else (obj.x0, obj.x1)
            font = obj.fontname
            out.append(
                {
                    "text": obj.get_text(),
                    "fontname": fix_fontname_bytes(font) if isinstance(font, bytes) else font,
                    "size": obj.size,
                    "upright": obj.upright,
                    "x0": x0,
                    "x1": x1,
                    "width": obj.width,
                    "top": top,
                    "bottom": (height - obj.y0) + mb_top,
                    "doctop": doctop + top,
                }
            )
        elif isinstance(obj, LTContainer):  # a form XObject: its characters count too
            todo.append(iter(obj))
    return out


def _overlap(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return bool(a["top"] < b["bottom"] and b["top"] < a["bottom"])


def _hides(stamp: dict[str, Any], char: dict[str, Any]) -> bool:
    """``stamp`` stands over most of printed ``char`` (not just touching its edge)."""
    width = min(stamp["x1"], char["x1"]) - max(stamp["x0"], char["x0"])
    return _overlap(stamp, char) and width > 0.5 * min(char["x1"] - char["x0"], stamp["width"])


def _covered(char: dict[str, Any], stamped: list[dict[str, Any]]) -> bool:
    return any(_overlap(char, s) and s["x0"] < char["x1"] and char["x0"] < s["x1"] for s in stamped)


def stamped_digits(page: Any, chars: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """The characters of form fields that stamp digits into a printed line.

    A letter signed through the e-government systems gets its number and day
    at signing time from signature fields laid over the blanks of ``Số:
    /UBND-VP`` and ``ngày   tháng``: each field's appearance draws them, never
    the page's text. Only such a field counts: its text is digits, printed text
    shares its line, and it stands over no printed letter or digit (it fills a blank).
    Other appearances (the signer's image and details, an issuing-system banner
    in the margin, a field repeating what is printed) are not the letter's text.
    """
    printed = [c for c in chars if not c["text"].isspace()]
    out: list[list[dict[str, Any]]] = []
    for layout in _field_layouts(page):
        field = [c for c in _chars(layout, page) if not c["text"].isspace()]
        text = "".join(c["text"] for c in field)
        if not patterns.STAMPED_NUMBER_RE.fullmatch(text):
            continue
        if not any(_overlap(c, p) for c in field for p in printed):
            continue  # no printed line to fill
        if any(_hides(c, p) for c in field for p in printed if p["text"].isalnum()):
            continue  # not a blank: the page prints a word there (a stamp may touch a "/")
        out.append(field)
    return out


_Matrix = tuple[float, float, float, float, float, float]
#: Annotation flags (``/F``) of an annotation a viewer does not show: Hidden, NoView.
_NOT_SHOWN = 2 | 32


def _field_layouts(page: Any) -> list[Any]:
    """What each form field of the page shows, laid out like the page itself.

    A field that cannot be drawn is left out: a damaged optional field must not
    cost the letter's printed text.
    """
    from pdfminer.pdftypes import list_value, resolve1

    obj = page.page_obj
    x0, y0, x1, y1 = obj.mediabox
    ctm: _Matrix = {
        90: (0, -1, 1, 0, -y0, x1),
        180: (-1, 0, 0, -1, x1, y1),
        270: (0, 1, -1, 0, y1, -x0),
    }.get(obj.rotate % 360, (1, 0, 0, 1, -x0, -y0))  # as pdfminer places the page
    layouts = []
    for ref in list_value(obj.annots or []):
        try:
            layout = _field_layout(page, resolve1(ref), ctm)
        except Exception:  # pdfminer raises many types on a damaged stream
            continue
        if layout is not None:
            layouts.append(layout)
    return layouts


def _field_layout(page: Any, annot: object, ctm: _Matrix) -> Any:
    """A widget's normal appearance drawn where a viewer draws it (PDF 32000-1 §12.5.5:
    its BBox through its Matrix, fitted to the field's Rect), or ``None``."""
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.pdfinterp import PDFPageInterpreter
    from pdfminer.pdftypes import PDFStream, dict_value, list_value, resolve1
    from pdfminer.psparser import PSLiteral
    from pdfminer.utils import apply_matrix_pt, mult_matrix

    if not isinstance(annot, dict):
        return None
    kind = resolve1(annot.get("Subtype"))
    if not isinstance(kind, PSLiteral) or kind.name != "Widget":
        return None
    if int(resolve1(annot.get("F", 0)) or 0) & _NOT_SHOWN:
        return None
    stream = resolve1(dict_value(annot.get("AP")).get("N"))
    if isinstance(stream, dict):  # appearance states: the one the field is in
        state = resolve1(annot.get("AS"))
        stream = resolve1(stream.get(state.name)) if isinstance(state, PSLiteral) else None
    if not isinstance(stream, PDFStream):
        return None
    rect = [float(resolve1(v)) for v in list_value(annot.get("Rect"))]
    box = [float(resolve1(v)) for v in list_value(stream.get("BBox", []))]
    matrix = tuple(float(resolve1(v)) for v in list_value(stream.get("Matrix", []))) or (
        1.0, 0.0, 0.0, 1.0, 0.0, 0.0,
    )  # fmt: skip
    if len(rect) != 4 or len(box) != 4 or len(matrix) != 6:
        return None
    corners = [apply_matrix_pt(matrix, (x, y)) for x in box[::2] for y in box[1::2]]
    bx0, by0 = min(c[0] for c in corners), min(c[1] for c in corners)
    bx1, by1 = max(c[0] for c in corners), max(c[1] for c in corners)
    if bx1 - bx0 <= 0 or by1 - by0 <= 0:
        return None
    sx = (max(rect[0], rect[2]) - min(rect[0], rect[2])) / (bx1 - bx0)
    sy = (max(rect[1], rect[3]) - min(rect[1], rect[3])) / (by1 - by0)
    fit = (sx, 0, 0, sy, min(rect[0], rect[2]) - bx0 * sx, min(rect[1], rect[3]) - by0 * sy)
    device = PDFPageAggregator(page.pdf.rsrcmgr, laparams=None)
    device.begin_page(page.page_obj, ctm)
    PDFPageInterpreter(page.pdf.rsrcmgr, device).render_contents(
        dict_value(stream.get("Resources")),
        [stream],
        ctm=mult_matrix(matrix, mult_matrix(fit, ctm)),
    )
    device.end_page(page.page_obj)
    return device.get_result()
