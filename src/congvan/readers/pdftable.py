"""A ruled table's words read into its cells, and a table run on over the pages it fills.

:mod:`congvan.readers.pdfgrid` finds where a page's cells are; this module says what a cell
holds once the words are placed: its lines, the row numbers a scan's OCR misread, and
whether a table at the top of a page goes on from the one that ended the page before (the
same columns) with its heading printed again. The reader (:mod:`congvan.readers.pdf`) hands
the lines on as a Word table arrives.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from difflib import SequenceMatcher
from itertools import pairwise
from typing import Protocol, TypeVar

from congvan.readers import pdfgrid

#: Points two columns' widths may differ by and be the same column on the next page.
SAME_WIDTH = 3.0
#: What OCR reads a table's border as, alone or stuck to a cell's word: ``|`` for a vertical
#: one, ``_`` for the rule under a cell's last line (``UBND_``).
BORDER_MARKS = "|¦_"
#: How alike two headings must be to be one printed twice (OCR reads each a little apart).
SAME_HEADING = 0.85
#: What OCR reads for a table's roman group numbers: the strokes of ``II`` run into ``H``.
ROMAN_MISREAD = {"H": "II", "HI": "III", "IH": "III", "Il": "II", "lI": "II", "ll": "II", "l": "I"}
#: The marks a border or a rule leaves on a row number: ``I1`` (the border read as ``I``),
#: ``4_`` (the rule under it).
NUMBER_EDGE = " _.,|!'"


class Placed(Protocol):
    """A word where the page prints it (points from the top left)."""

    @property
    def text(self) -> str: ...
    @property
    def x0(self) -> float: ...
    @property
    def top(self) -> float: ...
    @property
    def bottom(self) -> float: ...


W = TypeVar("W", bound=Placed)


@dataclass(frozen=True, slots=True)
class Run:
    """A ruled table read so far: its index, its rows, its columns, the page it ends on and
    its heading row's text (to know the heading printed again on the next page)."""

    index: int
    rows: int
    xs: tuple[float, ...]
    page: int
    heading: str
    #: Its first column numbers the rows (``STT``): a row at the top of a later page with
    #: nothing there is the last row going on, cut by the page break.
    numbered: bool = False

    def goes_on(self, grid: pdfgrid.Grid) -> bool:
        """``grid`` is this table going on over a later page."""
        return self.page < grid.page and self.xs_match(grid)

    def xs_match(self, grid: pdfgrid.Grid) -> bool:
        """``grid`` has this table's columns (:func:`same_columns`)."""
        return same_columns(self.xs, grid.xs)


def same_columns(xs: tuple[float, ...], other: tuple[float, ...]) -> bool:
    """The same columns: as many, as wide (a scanned page lies a little left or right of the
    one before, so the borders' places may differ, not the widths)."""
    return len(xs) == len(other) and all(
        abs((a1 - a0) - (b1 - b0)) <= SAME_WIDTH
        for (a0, a1), (b0, b1) in zip(pairwise(xs), pairwise(other), strict=True)
    )


def nearest_row(grid: pdfgrid.Grid, word: Placed) -> int:
    """The grid row of a word beside the table's columns (a number set in the margin)."""
    middle = (word.top + word.bottom) / 2
    return max(0, min(bisect_right(grid.ys, middle) - 1, len(grid.ys) - 2))


def cell_lines(words: list[W]) -> list[list[W]]:
    """A cell's words in lines, top to bottom, each left to right."""
    lines: list[list[W]] = []
    for word in sorted(words, key=lambda w: (w.top, w.x0)):
        middle = (word.top + word.bottom) / 2
        if lines and middle <= max(w.bottom for w in lines[-1]):
            lines[-1].append(word)
        else:
            lines.append([word])
    for line in lines:
        line.sort(key=lambda w: w.x0)
    return lines


def row_text(cells: dict[int, list[W]]) -> str:
    """A table row's text, cell after cell (to know its heading row printed again)."""
    return " ".join(w.text for c in sorted(cells) for line in cell_lines(cells[c]) for w in line)


def same_text(a: str, b: str) -> bool:
    """``a`` is ``b``, or near it (a scanned page's heading read again with a mark apart)."""
    if a == b:
        return True
    return bool(a) and bool(b) and SequenceMatcher(None, a, b).ratio() >= SAME_HEADING


def row_numbers(first_cells: list[list[W]]) -> dict[int, str]:
    """The row numbers of a scanned table's first column, where OCR misread them: ``H`` for
    ``II``, ``4_`` for ``4``, ``I1`` for ``1`` (``11`` when the row before was ``10``): the
    numbers run on, and the one that follows the last is meant."""
    out: dict[int, str] = {}
    last = 0
    for n, words in enumerate(first_cells):
        written = " ".join(w.text for w in words)
        token = written.strip(NUMBER_EDGE)
        if " " in token or not token or len(token) > 4:
            continue
        if token in ROMAN_MISREAD:
            mended = ROMAN_MISREAD[token]
        else:
            number = _number(token, last)
            if number is None:
                continue
            last = number
            mended = str(number)
        if mended != written:
            out[n] = mended
    return out


def _number(token: str, last: int) -> int | None:
    """The row number ``token`` is: as written, or with a border's stroke beside its digits
    (``I1``, ``1l``), read as the one that follows ``last`` (``11`` after ``10``) or else
    without the stroke; None for anything else."""
    if token.isdigit():
        return int(token)
    if token[:1] in "Il" and token[1:].isdigit():
        bare, whole = int(token[1:]), int("1" + token[1:])
    elif token[-1:] in "Il" and token[:-1].isdigit():
        bare, whole = int(token[:-1]), int(token[:-1] + "1")
    else:
        return None
    return whole if whole == last + 1 and bare != last + 1 else bare
