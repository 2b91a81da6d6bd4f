"""Cut the reading text into the zones of an official letter.

Input: normalized lines. Output: a :class:`Layout` naming which lines are the
header's left and right columns, the title and subject, the body paragraphs,
the Nơi nhận list, the signer block and any attachment after the signature.

Layout is read from where a line came from when the reader knows it (a Word
table cell), and from what the line says otherwise: in a flattened two-column
``.txt`` a line such as ``SỞ NỘI VỤ      Độc lập - Tự do - Hạnh phúc`` is split
at the run of spaces into a left and a right part that share the line number.
Body lines are joined into paragraphs here (a paragraph broken across a page
included); extraction never re-joins lines itself.

One module per zone: ``segment.header`` (where the header ends, its columns, the
title and the subject), ``segment.joining`` (the body's lines joined),
``segment.closing`` (the Nơi nhận list, the signer block, an attachment), with
``segment.lines`` (what one line is) and ``segment.layout`` (the result) under them.
"""

from __future__ import annotations

from dataclasses import replace

from congvan import codes, patterns
from congvan.normalize import canon
from congvan.segment.closing import (
    closing_start,
    is_name_line,
    issued_with,
    name_text,
    signing_cells,
    split_closing,
    wraps_name,
)
from congvan.segment.header import (
    header_end,
    place_date_after_number,
    split_columns,
    title_and_subject,
)
from congvan.segment.joining import paragraphs
from congvan.segment.layout import Layout, Paragraph
from congvan.segment.lines import (
    TITLES,
    bare_title,
    is_motto,
    is_place_date,
    place_date,
    side_by_side,
    title_of,
)
from congvan.source import Line

__all__ = [
    "TITLES",
    "Layout",
    "Paragraph",
    "bare_title",
    "is_motto",
    "is_name_line",
    "is_place_date",
    "name_text",
    "paragraphs",
    "place_date",
    "place_date_after_number",
    "segment",
    "side_by_side",
    "signing_cells",
    "title_of",
    "wraps_name",
]


def segment(lines: list[Line], *, scanned: bool = False) -> Layout:
    """Cut ``lines`` into zones.

    Only lines without table provenance are ever split into flattened columns:
    a cell already says which column it is. ``scanned``: some lines were read from images.
    """
    layout = Layout()
    lines = _without_gazette_heads(lines)
    end = header_end(lines)
    header = lines[:end]
    layout.left, layout.right, layout.diagnostics = split_columns(header)
    title, gazette, subject, body_start = title_and_subject(lines, end)
    layout.title, layout.gazette, layout.subject = title, gazette, subject
    close = closing_start(lines, body_start)
    issued = issued_with(lines, body_start, close)
    layout.body = paragraphs(
        lines[body_start : close if issued is None else issued],
        layout.diagnostics,
        scanned=scanned,
    )
    if issued is not None:  # a reprint: the regulation it issues follows, unsigned
        layout.attachment_start = lines[issued].no
        layout.diagnostics.append(codes.diag(codes.ATTACHMENT, lines[issued].no))
    if close < len(lines):
        dist, sig, attachment = split_closing(lines, close)
        layout.distribution, layout.signature = dist, sig
        if attachment is not None and issued is None:
            layout.attachment_start = lines[attachment].no
            layout.diagnostics.append(codes.diag(codes.ATTACHMENT, lines[attachment].no))
    return layout


def _without_gazette_heads(lines: list[Line]) -> list[Line]:
    """``lines`` with the Công báo's running heads (``CÔNG BÁO   Số 40 - 30 - 10 - 1999`` atop
    each page of a reprint) left blank: they are no number, issuer or paragraph of the
    document, and a blank keeps every other line's number (the evidence of each value)."""
    heads = [i for i, line in enumerate(lines) if patterns.GAZETTE_HEAD_RE.match(canon(line.text))]
    if not heads:
        return lines
    blanked = list(lines)
    for i in heads:
        blanked[i] = replace(lines[i], text="")
    return blanked
