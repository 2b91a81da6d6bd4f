"""Tables a PDF page draws with ruling lines: a plan's task table read cell by cell.

A kế hoạch printed to PDF keeps its task table (STT | Nội dung | Cơ quan chủ trì | Cơ
quan phối hợp | Thời gian) as words placed on the page, the cell borders drawn as thin
paths. Read across the page, the cells of a row interleave line by line (``Tham mưu ban
hành Quy Sở Khoa học và Văn phòng UBND Tháng``) and no task can be told from its owner.
The borders say where each cell is: the words are put into the cells they stand in and
handed on as a Word table arrives, a line per line of a cell with its ``Cell(table, row,
grid column)``. A cell merged over several columns (a group row ``I | Công tác tuyên
truyền``) has no border inside it and takes the column it starts in, as Word's grid does.

The work is bounded per page: at most :data:`MAX_PATHS` paths are looked at, a table has at
most :data:`MAX_BORDERS` columns, and each word is placed by bisection.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

#: Paths looked at on one page at most: a table's borders are a few hundred; a page of
#: vector drawing (a map, a chart) is no table to read and is not walked to its end.
MAX_PATHS = 4000
#: A ruling line is at most this thick (points) and at least :data:`MIN_RULE` long.
THIN = 2.5
MIN_RULE = 6.0
#: Borders nearer than this (points) are one: a cell's edge drawn twice, by each neighbour.
NEAR = 2.0
#: A table has at least this many column borders (two columns), and at most so many: more
#: are a drawing's hatching, not a table a letter prints.
MIN_BORDERS = 3
MAX_BORDERS = 41
#: A table's column is at least this wide (points): a number column holds ``STT``.
MIN_COLUMN = 12.0
#: Row borders of one table on one page at most (a page holds some sixty lines of text).
MAX_ROW_BORDERS = 400


@dataclass(frozen=True, slots=True)
class Rule:
    """A ruling line: ``at`` across its direction, from ``lo`` to ``hi`` along it (page
    coordinates from the top left, points)."""

    at: float
    lo: float
    hi: float


@dataclass(frozen=True, slots=True)
class Grid:
    """One ruled table on a page: its column borders (left to right), its row borders (top
    to bottom) and, for each column border, the stretches (top, bottom) it is drawn over,
    merged and in order: where a border is not drawn, the cells beside it are one."""

    page: int
    xs: tuple[float, ...]
    ys: tuple[float, ...]
    drawn: tuple[tuple[tuple[float, float], ...], ...]
    #: Found on a scan: its words are OCR's, which reads a border as ``|``.
    scanned: bool = False

    @property
    def one_row(self) -> bool:
        """A single row ruled round: a table's row that fills a page and runs over it (a
        table only when it goes on from the page before), or a box round a paragraph."""
        return len(self.ys) == 2

    @property
    def top(self) -> float:
        return self.ys[0]

    @property
    def bottom(self) -> float:
        return self.ys[-1]

    def holds(self, top: float, bottom: float) -> bool:
        """A line of text from ``top`` to ``bottom`` stands inside the table."""
        middle = (top + bottom) / 2
        return self.top - NEAR <= middle <= self.bottom + NEAR

    def cell(self, x0: float, x1: float, top: float, bottom: float) -> tuple[int, int] | None:
        """(row, grid column) of the cell a word stands in; None outside the table."""
        x, y = (x0 + x1) / 2, (top + bottom) / 2
        if not (self.xs[0] - NEAR <= x <= self.xs[-1] + NEAR and self.holds(top, bottom)):
            return None
        row = min(max(bisect_right(self.ys, y) - 1, 0), len(self.ys) - 2)
        middle = (self.ys[row] + self.ys[row + 1]) / 2
        col = 0
        for i in range(1, len(self.xs) - 1):
            if self.xs[i] > x:
                break
            if self._crosses(i, middle):
                col = i  # a border inside the row: the word is right of it
        return row, col

    def _crosses(self, border: int, y: float) -> bool:
        stretches = self.drawn[border]
        at = bisect_right(stretches, (y + NEAR, float("inf"))) - 1
        return at >= 0 and stretches[at][1] >= y - NEAR


def rules(page: Any, height: float) -> tuple[list[Rule], list[Rule]]:
    """The page's vertical and horizontal ruling lines; a rectangle path (a cell drawn as a
    box) gives its four edges."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    verticals: list[Rule] = []
    horizontals: list[Rule] = []
    corners = [ctypes.c_float() for _ in range(4)]
    refs = [ctypes.byref(x) for x in corners]
    found = 0
    # PDFium's own calls, not pypdfium2's object per path: a page of text holds thousands
    # of objects, and only its paths are looked at.
    for index in range(pdfium_c.FPDFPage_CountObjects(page.raw)):
        obj = pdfium_c.FPDFPage_GetObject(page.raw, index)
        if pdfium_c.FPDFPageObj_GetType(obj) != pdfium_c.FPDF_PAGEOBJ_PATH:
            continue
        found += 1
        if found > MAX_PATHS:
            break
        if not pdfium_c.FPDFPageObj_GetBounds(obj, *refs):
            continue
        left, low, right, high = (x.value for x in corners)
        top, bottom = height - high, height - low
        wide, tall = right - left, bottom - top
        if wide <= THIN and tall >= MIN_RULE:
            verticals.append(Rule((left + right) / 2, top, bottom))
        elif tall <= THIN and wide >= MIN_RULE:
            horizontals.append(Rule((top + bottom) / 2, left, right))
        elif wide >= MIN_RULE and tall >= MIN_RULE:
            verticals += [Rule(left, top, bottom), Rule(right, top, bottom)]
            horizontals += [Rule(top, left, right), Rule(bottom, left, right)]
    return verticals, horizontals


#: A scan's rules are found in blocks about this long (points) along them: a block is ruled
#: when most of its pixels are ink (a letter's stroke fills no block of a line's length).
_BLOCK_PT = 4.0
#: The shortest rule (points): a vertical one is taller than any letter; a horizontal one
#: longer than a word in bold, whose middle row is nearly all ink.
_VERTICAL_PT = 22.0
_HORIZONTAL_PT = 40.0
#: How far (points) beside a rule the page must be paper: a rule is thin, a line of text
#: in bold is ink above and below its middle row too.
_BESIDE_PT = 2.5
#: How much of a block must be ink (0-255 of its mean), and beside a rule at most.
_INKED = 190
_BESIDE_INKED = 96
#: The paper is the commonest grey from this one up; a pixel this much darker than the paper
#: is ink: a thin border a scanner blurred to mid grey still counts, a grey paper does not.
_PAPER_FROM = 128
_INK_BELOW_PAPER = 45


def image_rules(page: Any, scale: float) -> tuple[list[Rule], list[Rule]]:
    """The vertical and horizontal rules of a straightened scan (grey, ``L``), in points
    (``scale`` points a pixel). A border drawn a pixel askew or broken by the scanner is
    widened by a pixel across it first, so that a block along it still reads as ink."""
    from PIL import Image

    light = page.histogram()[_PAPER_FROM:256]
    paper = _PAPER_FROM + light.index(max(light))  # the commonest light grey: the paper's
    cut = min(max(paper - _INK_BELOW_PAPER, 100), 215)
    ink = page.point(lambda v: 255 if v < cut else 0)
    width, height = ink.size
    block = max(2, round(_BLOCK_PT / scale))
    beside = max(2, round(_BESIDE_PT / scale))
    verticals: list[Rule] = []
    horizontals: list[Rule] = []
    if width < block * 2 or height < block * 2:
        return verticals, horizontals
    rows = height // block
    across = _widened(ink, 1, 0)  # a vertical border a pixel askew still fills its blocks
    tall = across.resize((width, rows), Image.Resampling.BOX).tobytes()
    least = max(2, round(_VERTICAL_PT / _BLOCK_PT))
    for x in range(beside, width - beside):
        column = tall[x::width]
        if max(column) < _INKED:
            continue  # no block of ink down this column: most of a page's
        for lo, hi in _runs(column, least):
            if _alone(tall[x - beside :: width], tall[x + beside :: width], lo, hi):
                verticals.append(Rule(x * scale, lo * block * scale, hi * block * scale))
    cols = width // block
    wide = _widened(ink, 0, 1).resize((cols, height), Image.Resampling.BOX).tobytes()
    least = max(2, round(_HORIZONTAL_PT / _BLOCK_PT))
    for y in range(beside, height - beside):
        line = wide[y * cols : (y + 1) * cols]
        if max(line) < _INKED:
            continue
        for lo, hi in _runs(line, least):
            above = wide[(y - beside) * cols : (y - beside + 1) * cols]
            below = wide[(y + beside) * cols : (y + beside + 1) * cols]
            if _alone(above, below, lo, hi):
                horizontals.append(Rule(y * scale, lo * block * scale, hi * block * scale))
    return _merged(verticals), _merged(horizontals)


def _widened(ink: Any, dx: int, dy: int) -> Any:
    """``ink`` widened by a pixel each way along (dx, dy): a shift each way and the lighter
    of the three, as a 3-pixel maximum filter along one axis, for a fraction of its time."""
    from PIL import ImageChops

    return ImageChops.lighter(
        ink, ImageChops.lighter(ImageChops.offset(ink, dx, dy), ImageChops.offset(ink, -dx, -dy))
    )


def _alone(before: bytes, after: bytes, lo: int, hi: int) -> bool:
    """The blocks ``lo..hi`` beside a run on both sides are mostly paper: the run is thin."""
    span = hi - lo
    return sum(before[lo:hi]) < _BESIDE_INKED * span and sum(after[lo:hi]) < _BESIDE_INKED * span


def _runs(blocks: bytes, least: int) -> Iterator[tuple[int, int]]:
    """(first, past the last) of each run of at least ``least`` inked blocks."""
    start = None
    for i, value in enumerate((*blocks, 0)):
        if value >= _INKED:
            start = i if start is None else start
        elif start is not None:
            if i - start >= least:
                yield start, i
            start = None


def _merged(rules: list[Rule]) -> list[Rule]:
    """Rules found on neighbouring pixel lines (a border a few pixels thick) as one: bounded
    to :data:`MAX_PATHS`, as a page's paths are."""
    out: list[Rule] = []
    for rule in sorted(rules, key=lambda r: (r.at, r.lo)):
        for i in range(len(out) - 1, max(len(out) - _LOOK_BACK, 0) - 1, -1):
            kept = out[i]
            if rule.at - kept.at > NEAR:
                out.append(rule)
                break
            if kept.lo <= rule.hi and rule.lo <= kept.hi:
                out[i] = Rule(kept.at, min(kept.lo, rule.lo), max(kept.hi, rule.hi))
                break
        else:
            out.append(rule)
    return out[:MAX_PATHS]


#: How many rules found before one are looked at for one it continues (bounded work).
_LOOK_BACK = 64


def grids(
    page: int, verticals: list[Rule], horizontals: list[Rule], *, scanned: bool = False
) -> list[Grid]:
    """The ruled tables of a page: vertical rules that overlap top to bottom make one table's
    band; its column borders are their distinct places, its row borders the horizontal rules
    across it."""
    out: list[Grid] = []
    horizontals = sorted(horizontals, key=lambda h: h.at)
    heights = [h.at for h in horizontals]
    for band in _bands(verticals):
        xs = _distinct(v.at for v in band)
        if not MIN_BORDERS <= len(xs) <= MAX_BORDERS or any(
            b - a < MIN_COLUMN for a, b in pairwise(xs)
        ):
            continue  # one rule, boxes round words, a drawing's hatching: no table to read
        top, bottom = min(v.lo for v in band), max(v.hi for v in band)
        within = horizontals[
            bisect_left(heights, top - NEAR) : bisect_right(heights, bottom + NEAR)
        ]
        across = [
            h.at
            for h in within
            if min(h.hi, xs[-1]) - max(h.lo, xs[0]) >= MIN_RULE  # a cell's own edge is one too
        ]
        ys = _distinct([top, *across, bottom])
        if 2 <= len(ys) <= MAX_ROW_BORDERS:  # one row is a table only if it goes on (Grid.one_row)
            out.append(Grid(page, tuple(xs), tuple(ys), _drawn(xs, band), scanned))
    return out


def _drawn(xs: list[float], band: list[Rule]) -> tuple[tuple[tuple[float, float], ...], ...]:
    """For each column border, the merged stretches its vertical rules cover."""
    spans: list[list[tuple[float, float]]] = [[] for _ in xs]
    for v in band:
        at = bisect_right(xs, v.at + NEAR) - 1
        if at >= 0 and abs(xs[at] - v.at) <= NEAR:
            spans[at].append((v.lo, v.hi))
    out = []
    for stretches in spans:
        merged: list[tuple[float, float]] = []
        for lo, hi in sorted(stretches):
            if merged and lo <= merged[-1][1] + NEAR:
                merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
            else:
                merged.append((lo, hi))
        out.append(tuple(merged))
    return tuple(out)


def _bands(verticals: list[Rule]) -> list[list[Rule]]:
    bands: list[list[Rule]] = []
    reach = float("-inf")
    for v in sorted(verticals, key=lambda v: v.lo):
        if bands and v.lo <= reach + NEAR:
            bands[-1].append(v)
            reach = max(reach, v.hi)
        else:
            bands.append([v])
            reach = v.hi
    return bands


def _distinct(values: Any) -> list[float]:
    """``values`` sorted, those within :data:`NEAR` of the one before dropped."""
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > NEAR:
            out.append(v)
    return out
