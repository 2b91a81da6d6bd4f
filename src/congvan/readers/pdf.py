"""PDF with a text layer: words placed by their coordinates, columns kept apart.

A signed letter is printed from a Word file whose header and closing are
two-column tables: issuer, ``Số:`` and ``V/v`` on the left, motto and date on
the right; the Nơi nhận list on the left, the signer on the right. Reading a
PDF page line by line across the page would interleave those columns
(``BỘ NỘI VỤ CỘNG HÒA XÃ HỘI ...``). This reader groups the words of each
visual row by their x coordinates instead and hands the two column regions to
the segmenter as a Word table would arrive: every column line carries
``Cell(table=<region>, row=<line within the column>, col=0|1)``, left column
first. Body rows are full-width lines with ``cell=None``.

What else it guarantees:

* page numbers standing alone at the top or bottom of a page are dropped, and
  the pages are joined without blank lines, so a paragraph broken by a page
  is joined by the segmenter like any wrapped line;
* a second letter starting on a later page (a motto and a ``Số:`` line at the
  top of the page) ends the reading: an exact repeated copy is dropped with
  ``CV021``, a different letter with ``CV022``; tasks are never doubled;
* a page without text (a scan) is reported with ``CV020`` and the page
  numbers; a PDF with no text at all still gives a result (fields ``null``)
  so that a batch can sort scans out for OCR by code;
* text in a legacy Vietnamese font (``ABCDEF+.VnTime``, ``VNI-Times``) is
  converted char by char by its font before the words are formed
  (:mod:`congvan.readers.legacy`; ``CV003``, ``source.encoding``);
* only the first :data:`MAX_PAGES` pages are read (``CV023``): a letter is a
  few pages, and memory and time stay bounded on a stray 2,000-page report.

Line numbers are those of this reading text (header left column, header right
column, body, ...), not of the printed page.
"""

from __future__ import annotations

import io
import unicodedata
import warnings
from collections import Counter
from dataclasses import dataclass, field, replace
from itertools import groupby
from typing import Any

from congvan import codes, patterns
from congvan.errors import ReadError
from congvan.models import Diagnostic
from congvan.normalize import canon, opens_lower
from congvan.readers import legacy, ocr, pdfchars, pdfgrid, pdftable
from congvan.source import Cell, Line, SourceDocument

#: Pages read at most; the rest are reported (``CV023``) and skipped.
MAX_PAGES = 200
#: A horizontal gap wider than this many points between two words separates text groups.
GROUP_GAP = 14.0
#: How far (points) a group may reach past the column split and still belong to its column.
SPLIT_TOLERANCE = 6.0
#: Points from the left margin beyond which a closing line belongs to the signer's column.
_INDENT = 100.0
#: The most rows a signature takes under its authority line (positions, a stamp's note, the
#: name); a joint letter's signatures side by side are read as far as this.
_SIGNING_ROWS = 8
#: A gap (points) this wide in a row outside the column regions is kept as a column gap.
_WIDE_GAP = 40.0
#: What stands for a gap between two groups of a row read as running text.
_COLUMN_GAP = " " * 8
#: The top rows of a page searched for the motto that opens a letter.
HEADER_ROWS = 14


@dataclass(frozen=True, slots=True)
class _Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    confidence: float = 100.0  # OCR's, 0-100; a text layer's words are certain


@dataclass(slots=True)
class _Row:
    """One visual line of a page: its words left to right."""

    page: int
    words: list[_Word] = field(default_factory=list)

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return self.words[-1].x1

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    def groups(self) -> list[_Row]:
        """Split the row where the gap between two words is wider than :data:`GROUP_GAP`."""
        out = [_Row(self.page, [self.words[0]])]
        for prev, word in zip(self.words, self.words[1:], strict=False):
            if word.x0 - prev.x1 > GROUP_GAP:
                out.append(_Row(self.page, [word]))
            else:
                out[-1].words.append(word)
        return out


def _key(text: str) -> str:
    """Text in the form the patterns expect: composed, new tone placement."""
    return canon(unicodedata.normalize("NFC", text))


# --- reading pages ----------------------------------------------------------------------------


def _open(data: bytes, path: str | None) -> Any:
    """Open the PDF, turning every library failure into one Vietnamese ``ReadError``."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if exc.err_code == pdfium_c.FPDF_ERR_PASSWORD:
            raise ReadError(path, "tệp PDF có mật khẩu; hãy mở khóa rồi đọc lại.") from None
        if exc.err_code == pdfium_c.FPDF_ERR_SECURITY:
            raise ReadError(path, "tệp PDF được mã hóa theo cách không đọc được.") from None
        raise ReadError(path, "tệp PDF bị hỏng hoặc không đầy đủ (không mở được).") from None


def _page_words(pdf: Any, index: int, seen: _Seen) -> list[dict[str, Any]]:
    """The page's words, digits stamped by signing fields included; chars in a legacy font
    (``ABCDEF+.VnTime``) converted first.

    The fields' digits are drawn by their appearance streams, which the page's text does
    not hold: the page is read again with its shown fields flattened into it, and what the
    second reading has beyond the first is what the fields draw.
    """
    import pypdfium2.raw as pdfium_c

    number = index + 1
    page = pdf[index]
    try:
        chars = pdfchars.page_chars(page)
        if chars:
            seen.grids[number] = pdfgrid.grids(number, *pdfgrid.rules(page, page.get_height()))
        rects = pdfchars.shown_fields(page) if chars else []
        status = pdfium_c.FPDFPage_Flatten(page.raw, pdfium_c.FLAT_NORMALDISPLAY) if rects else 0
    finally:
        page.close()
    if status == pdfium_c.FLATTEN_SUCCESS:
        page = pdf[index]  # the flattened page, read anew
        try:
            flat = pdfchars.page_chars(page, near=rects)  # only what stands near the fields
            drawn = pdfchars.field_chars(flat, chars, rects, page)
        finally:
            page.close()
        fields = pdfchars.stamped_digits(drawn, chars)
        if fields:
            chars = pdfchars.with_stamps(chars, fields)
            seen.stamped.append(number)
    if any(legacy.is_legacy_font(f) for f in {c["fontname"] for c in chars}):
        chars = legacy.convert_chars(chars, seen.encodings, number)
    return list(pdfchars.words(chars))


def _page_rows(pdf: Any, index: int, seen: _Seen, path: str | None) -> list[_Row] | None:
    """The rows of one page, read through OCR when it has no text layer and Tesseract is
    there; ``None`` when the page gives no words."""
    got = _page_text(pdf, index, seen)
    if isinstance(got, list) or got is None:
        return got
    return rows_of(_ocr_words(got, ocr.DPI, index + 1, seen, path), index + 1)


def _page_text(pdf: Any, index: int, seen: _Seen) -> list[_Row] | Any | None:
    """The rows of one page's text layer; else the page's image when it is to be read
    through OCR; else ``None`` (no words, no OCR)."""
    number = index + 1
    always = seen.options.mode == "always"
    words = (
        []
        if always
        else [
            _Word(w["text"], float(w["x0"]), float(w["x1"]), float(w["top"]), float(w["bottom"]))
            for w in _page_words(pdf, index, seen)
            if w["text"].strip()
        ]
    )
    if not words and seen.options.mode != "never" and seen.ocr_ready():
        page = pdf[index]
        try:
            side = max(page.get_width(), page.get_height(), 1.0)
            return page.render(scale=min(ocr.DPI / 72, ocr.MAX_SIDE / side)).to_pil()
        finally:
            page.close()
    return rows_of(words, number)


def _read_in_parallel(
    pdf: Any, count: int, seen: _Seen, path: str | None, read: dict[int, list[_Row] | None]
) -> None:
    """Every page's rows into ``read``, up to ``threads`` pages in Tesseract at once.

    PDFium is not thread-safe: the text layers are read and the pages rendered here, in
    page order; only the Tesseract processes run side by side, and a window as wide as
    the threads bounds the page images held. On an error, pages not yet started are
    dropped and the ones running are not waited for.
    """
    from collections import deque
    from concurrent.futures import ThreadPoolExecutor

    threads = seen.options.threads
    pool = ThreadPoolExecutor(max_workers=threads)
    running: deque[tuple[int, Any]] = deque()

    def settle() -> None:
        index, future = running.popleft()
        read[index] = rows_of(_ocr_found(future.result(), index + 1, seen), index + 1)

    try:
        for index in range(count):
            got = _page_text(pdf, index, seen)
            if isinstance(got, list) or got is None:
                read[index] = got
                continue
            language = seen.options.language
            running.append((index, pool.submit(ocr.read_page, got, ocr.DPI, path, language)))
            if len(running) >= threads:
                settle()
        while running:
            settle()
    finally:
        pool.shutdown(wait=not running, cancel_futures=True)


def _ocr_words(image: Any, dpi: float, number: int, seen: _Seen, path: str | None) -> list[_Word]:
    return _ocr_found(ocr.read_page(image, dpi, path, seen.options.language), number, seen)


def _ocr_found(found: ocr.Page, number: int, seen: _Seen) -> list[_Word]:
    """A page read through OCR: its words, and its ruled tables kept for the body."""
    seen.ocr.append(number)
    seen.confidence.extend(w.confidence for w in found.words)
    seen.grids[number] = pdfgrid.grids(number, found.verticals, found.horizontals, scanned=True)
    return [_Word(w.text, w.x0, w.x1, w.top, w.bottom, w.confidence) for w in found.words]


def rows_of(words: list[_Word], number: int) -> list[_Row] | None:
    """Words grouped into the visual rows of page ``number``, or ``None`` for no words."""
    if not words:
        return None
    words.sort(key=lambda w: (w.top, w.x0))
    rows: list[_Row] = []
    for word in words:
        mid = (word.top + word.bottom) / 2
        row = rows[-1] if rows else None
        if row is not None and row.words[-1].top - 0.5 <= mid <= max(w.bottom for w in row.words):
            row.words.append(word)
        else:
            rows.append(_Row(number, [word]))
    for row in rows:
        row.words.sort(key=lambda w: w.x0)
    # Page numbers printed alone above or below the text are not part of the letter.
    while rows and patterns.PAGE_NUMBER_RE.match(rows[0].text):
        rows.pop(0)
    while rows and patterns.PAGE_NUMBER_RE.match(rows[-1].text):
        rows.pop()
    return rows


@dataclass(slots=True)
class _Seen:
    """What reading the pages met: legacy encodings converted (by first page) and the
    pages where signing fields stamped digits."""

    encodings: dict[str, int] = field(default_factory=dict)
    stamped: list[int] = field(default_factory=list)
    options: ocr.Options = field(default_factory=ocr.Options)
    can_ocr: bool | None = None  # Tesseract is there (asked at the first page without text)
    ocr: list[int] = field(default_factory=list)  # the pages read through it
    confidence: list[float] = field(default_factory=list)  # of every word it read
    grids: dict[int, list[pdfgrid.Grid]] = field(default_factory=dict)  # ruled tables by page

    def mean_confidence(self) -> float:
        """Tesseract's mean confidence over every word it read (0 when none)."""
        return sum(self.confidence) / len(self.confidence) if self.confidence else 0.0

    def ocr_ready(self) -> bool:
        if self.can_ocr is None:
            self.can_ocr = ocr.available(self.options.language)
        return self.can_ocr


def _pages_note(numbers: list[int]) -> str:
    more = ", ..." if len(numbers) > 20 else ""
    return "Trang: " + ", ".join(map(str, numbers[:20])) + more + "."


def _read_pages(
    pdf: Any, path: str | None, seen: _Seen
) -> tuple[list[list[_Row]], list[Diagnostic]]:
    """Rows of every page with text; diagnostics for scans, stamps and skipped pages."""
    pages: list[list[_Row]] = []
    scans: list[int] = []
    diags: list[Diagnostic] = []
    total = len(pdf)
    read: dict[int, list[_Row] | None] = {}
    try:
        if seen.options.threads > 1:
            _read_in_parallel(pdf, min(total, MAX_PAGES), seen, path, read)
        else:
            for index in range(min(total, MAX_PAGES)):
                read[index] = _page_rows(pdf, index, seen, path)
    except ReadError:
        raise
    except Exception:
        raise ReadError(path, "tệp PDF bị hỏng (nội dung trang không đọc được).") from None
    for index in sorted(read):
        rows = read[index]
        if rows is None:
            scans.append(index + 1)
        else:
            pages.append(rows)
    if scans:
        if seen.options.mode == "never":
            hint = " (Không nhận dạng vì đã chọn --ocr never.)"
        else:
            hint = "" if seen.ocr_ready() else " Để đọc: " + ocr.INSTALL_HINT
        diags.append(codes.diag(codes.PDF_NEEDS_OCR, None, _pages_note(scans) + hint))
    diags.extend(ocr_diagnostics(seen))
    if seen.stamped:
        diags.append(codes.diag(codes.PDF_STAMPED, None, _pages_note(seen.stamped)))
    if total > MAX_PAGES:
        diags.append(codes.diag(codes.PDF_PAGES_LIMIT, None, f"Đã đọc {MAX_PAGES}/{total} trang."))
    return _without_running_lines(pages, seen.grids), diags


#: The shortest row taken for a running header or footer: a short one (``1.``, ``Điều 5``)
#: may open two pages by chance.
_RUNNING_MIN = 12


def _running_key(row: _Row) -> str:
    """A page's top or bottom row without the page's number at either end: ``CÔNG BÁO Số 58
    - 20 - 11 - 2002`` over every page of a gazette reprint, ``Thông báo số 512/TB-VPUBND
    ngày 04/11/2025 - Trang 2/3``. Other figures stay: a table's last rows differ by them."""
    return patterns.RUNNING_PAGE_RE.sub("", row.text.casefold()).strip()


def _cut(rows: list[_Row], end: int) -> list[_Row]:
    """``rows`` without the first (``end`` 0) or the last (``end`` -1)."""
    return rows[1:] if end == 0 else rows[:-1]


def _without_running_lines(
    pages: list[list[_Row]], grids: dict[int, list[pdfgrid.Grid]]
) -> list[list[_Row]]:
    """The pages without the running header and footer a printer repeats on each (a gazette's
    name and issue, the letter's number and page): a row that opens, or closes, two pages or
    more alike is none of the letter's text, and read in it ended up as its signer. A page
    that opens a letter keeps its rows: its header is a letter's (a copy, a second letter);
    so does a page that opens inside a ruled table (its heading row printed again on each
    page is the table's, dropped with its whole row when the table is read)."""
    if len(pages) < 2:
        return pages
    plain = [bool(rows) and not _opens_letter(rows) for rows in pages]
    for end in (0, -1):
        keys = [
            _running_key(rows[end]) if ok and _grid_of(rows[end], grids) is None else None
            for rows, ok in zip(pages, plain, strict=True)
        ]
        counts = Counter(k for k in keys if k is not None and len(k) >= _RUNNING_MIN)
        pages = [
            _cut(rows, end) if key is not None and counts[key] > 1 else rows
            for rows, key in zip(pages, keys, strict=True)
        ]
        plain = [ok and bool(rows) for rows, ok in zip(pages, plain, strict=True)]
    return pages


# --- letters inside the file -------------------------------------------------------------------


def _opens_letter(rows: list[_Row]) -> bool:
    """A page that starts a letter: a motto and a ``Số:`` line among its top rows."""
    top = [g for row in rows[:HEADER_ROWS] for g in row.groups()]
    motto = any(patterns.MOTTO_RE.match(_key(g.text)) for g in top)
    number = any(patterns.NUMBER_LINE_RE.match(_key(g.text)) for g in top)
    return motto and number


def _header_text(rows: list[_Row]) -> str:
    return " ".join(row.text for row in rows[:HEADER_ROWS])


def _first_letter(pages: list[list[_Row]]) -> tuple[list[list[_Row]], list[Diagnostic]]:
    """Keep the pages of the first letter; report a repeated copy or another letter after it."""
    starts = [i for i, rows in enumerate(pages) if _opens_letter(rows)]
    later = [i for i in starts if i > 0 and (not starts or i > starts[0])]
    if not later:
        return pages, []
    cut = later[0]
    first = pages[starts[0]] if starts[0] < cut else pages[0]
    again = pages[cut]
    where = f"(từ trang {again[0].page})"
    if _header_text(again) == _header_text(first):
        return pages[:cut], [codes.diag(codes.PDF_REPEATED_COPY, None, where)]
    return pages[:cut], [codes.diag(codes.PDF_OTHER_LETTER, None, where)]


# --- column regions ------------------------------------------------------------------------------


@dataclass(slots=True)
class _Region:
    """Rows ``start..end`` (exclusive) read as two columns split at ``split``."""

    start: int
    end: int
    split: float


def _spans(group: _Row, split: float) -> bool:
    return group.x0 < split - SPLIT_TOLERANCE and group.x1 > split + 4 * SPLIT_TOLERANCE


def _columnar(row: _Row, split: float) -> bool:
    """True when no text group of ``row`` runs across the column split."""
    return not any(_spans(g, split) for g in row.groups())


def _header_region(rows: list[_Row]) -> _Region | None:
    """The header: rows around the motto whose groups stay on one side of the split."""
    for i, row in enumerate(rows[:HEADER_ROWS]):
        motto = next((g for g in row.groups() if patterns.MOTTO_RE.match(_key(g.text))), None)
        if motto is None:
            continue
        split = _split_before(rows[max(i - 2, 0) : i + 3], motto)
        start = i
        while start > 0 and _columnar(rows[start - 1], split):
            start -= 1
        centre = (motto.x0 + motto.x1) / 2
        end = i + 1
        while (
            end < len(rows)
            and _columnar(rows[end], split)
            and not _is_heading(rows[end], split, centre, motto.x1 - motto.x0)
        ):
            end += 1
        return _Region(start, end, split)
    return None


def _split_before(near: list[_Row], motto: _Row) -> float:
    """Where the right column starts, from the motto and the lines centred with it.

    The motto is centred in the right column and so are the lines around it
    (the other motto line, a misspelt ``CÔNG HÒA`` the pattern misses, the
    date); the leftmost of them, less a margin, is the column's edge.
    """
    centre = (motto.x0 + motto.x1) / 2
    lefts = [g.x0 for row in near for g in row.groups() if abs((g.x0 + g.x1) / 2 - centre) < 25]
    return min(lefts) - SPLIT_TOLERANCE


def _is_heading(row: _Row, split: float, centre: float, width: float) -> bool:
    """A ``Kính gửi`` line, or a title centred on the page rather than in the right column.

    ``QUYẾT ĐỊNH`` or ``CÔNG ĐIỆN`` is short enough to sit right of the split,
    but its centre is the page's, well left of the motto's; ``GIẤY MỜI`` starts left of the
    split and runs across it, as no line of the left column does.
    """
    t = _key(row.text)
    if patterns.KINH_GUI_RE.match(t) or patterns.RECIPIENTS_RE.match(t):
        return True
    groups = row.groups()
    if len(groups) != 1:
        return False
    if groups[0].x0 < split:  # ``GIẤY MỜI`` centred on the page, across the split
        return groups[0].x1 > split + SPLIT_TOLERANCE
    return abs((groups[0].x0 + groups[0].x1) / 2 - centre) > 0.3 * width


def _closing_region(
    rows: list[_Row], begin: int, grids: dict[int, list[pdfgrid.Grid]]
) -> _Region | None:
    """The closing: from the ``Nơi nhận`` row (and signer rows just above it, never a ruled
    table's last line: a task table's date ``IV/2026`` in its right column, nor a line that
    opens in lower case: an unruled table's last row wrapped, ``trực    thành viên``) on."""
    for i in range(begin, len(rows)):
        groups = rows[i].groups()
        if not patterns.DISTRIBUTION_RE.match(_key(groups[0].text)):
            continue
        split = _closing_split(rows, i)
        if split is None:
            return None
        start = i
        while (
            start - 1 >= begin
            and _right_only(rows[start - 1], split)
            and _grid_of(rows[start - 1], grids) is None
            and not opens_lower(rows[start - 1].text)
        ):
            start -= 1
        end = i + 1
        # A closing that a page break cuts (``Nơi nhận:`` and the signer's authority at one
        # page's foot, the entries and the name overleaf) goes on at the next page's top.
        archived = False  # ``Lưu: VT`` closes the list: nothing overleaf is the closing's
        while end < len(rows) and _in_closing(rows[end], split):
            if rows[end].page != rows[end - 1].page and (
                archived or not _goes_on_overleaf(rows[end], split)
            ):
                break
            archived = archived or bool(patterns.ARCHIVE_ENTRY_RE.match(_key(rows[end].text)))
            end += 1
        return _Region(start, end, split)
    return None


def _signers_region(rows: list[_Row], begin: int, end: int) -> _Region | None:
    """A joint letter's signatures side by side above ``end`` (``KT. BỘ TRƯỞNG BỘ TÀI CHÍNH``
    beside ``KT. BỘ TRƯỞNG``, each over its position and name), its Nơi nhận written across
    the page below them or not at all: the last row of two signing authorities, and the rows
    under it that keep to the two columns."""
    for i in range(end - 1, begin - 1, -1):
        groups = rows[i].groups()
        if len(groups) != 2 or not all(patterns.AUTHORITY_RE.match(_key(g.text)) for g in groups):
            continue
        split = (groups[0].x1 + groups[1].x0) / 2  # a longer line under one may reach past it
        stop = i + 1
        while (
            stop < min(end, i + _SIGNING_ROWS)
            and rows[stop].page == rows[i].page
            and _columnar(rows[stop], split)
            and not patterns.DISTRIBUTION_RE.match(_key(rows[stop].groups()[0].text))
        ):
            stop += 1
        return _Region(i, stop, split)
    return None


def _closing_split(rows: list[_Row], i: int) -> float | None:
    """The left edge of the signer column, from the groups standing away from the margin.

    Nơi nhận entries start at the left margin (continuations a little in); the
    signer's lines are centred in the right column, so the leftmost group that
    starts well away from the margin marks that column.
    """
    margin = rows[i].x0
    right_starts = [
        g.x0 for row in rows[i : i + 16] for g in row.groups() if g.x0 > margin + _INDENT
    ]
    if not right_starts:
        return None
    return min(right_starts) - SPLIT_TOLERANCE


def _in_closing(row: _Row, split: float) -> bool:
    """A Nơi nhận entry (``- Sở Tư pháp ...``, ``Lưu: VT``) may be long; other rows may not.

    An entry's continuation (``Trợ lý, Thư ký TTg, các PTTg;`` under ``- VPCP: ...``)
    starts at the left margin and may run past the split, with at most the
    signer's text beside it.
    """
    t = _key(row.text)
    if patterns.BULLET_RE.match(t) or patterns.ARCHIVE_ENTRY_RE.match(t):
        return True
    if _columnar(row, split):
        return True
    groups = row.groups()
    return groups[0].x0 < split - _INDENT / 2 and all(g.x0 >= split for g in groups[1:])


def _goes_on_overleaf(row: _Row, split: float) -> bool:
    """The first row of the next page carries a closing on: a Nơi nhận entry, both columns,
    or the signer's column alone; not a line across the page (``PHỤ LỤC 01`` over an
    appendix: an appendix follows the closing, it is none of it)."""
    t = _key(row.text)
    return bool(
        patterns.BULLET_RE.match(t)
        or patterns.ARCHIVE_ENTRY_RE.match(t)
        or _columnar(row, split)
        or _right_only(row, split)
    )


def _right_only(row: _Row, split: float) -> bool:
    return row.x0 >= split - SPLIT_TOLERANCE


# --- lines ---------------------------------------------------------------------------------------


class _Lines:
    """Numbers the reading text as it is emitted."""

    def __init__(self) -> None:
        self.lines: list[Line] = []
        self.regions = 0
        #: The least OCR confidence of a line's words, for the lines read through OCR.
        self.confidence: dict[int, float] = {}

    def flat(self, rows: list[_Row]) -> None:
        # Groups far apart are joined by a wide run of spaces, as in a flattened .txt:
        # the segmenter then splits an unrecognised two-column header at that gap.
        edges = _text_edges(rows)
        centred = False
        for row in rows:
            was, centred = centred, _centred(row, edges)
            if was and _opens_paragraph(row, edges):
                self._add("", None)  # a centred title or subject ends: the body begins
            parts = [row.words[0].text]
            for prev, word in zip(row.words, row.words[1:], strict=False):
                parts.append(_COLUMN_GAP if word.x0 - prev.x1 > _WIDE_GAP else " ")
                parts.append(word.text)
            self._add("".join(parts), None, min(w.confidence for w in row.words))

    def region(self, rows: list[_Row], split: float, *, one_row: bool = False) -> None:
        """Two columns as a Word table's cells, a cell's lines numbered down the column; with
        ``one_row`` all in the table's first row, as a joint letter's signatures side by side
        stand in one row of two cells (so its first signer is read apart)."""
        table = self.regions
        self.regions += 1
        columns: tuple[list[tuple[str, float]], list[tuple[str, float]]] = ([], [])
        for row in rows:
            parts: tuple[list[_Row], list[_Row]] = ([], [])
            for g in row.groups():
                parts[0 if g.x0 < split else 1].append(g)
            for col in (0, 1):
                if parts[col]:
                    text = " ".join(g.text for g in parts[col])
                    sure = min(w.confidence for g in parts[col] for w in g.words)
                    columns[col].append((text, sure))
        for col in (0, 1):
            for r, (text, sure) in enumerate(columns[col]):
                self._add(text, Cell(table, 0 if one_row else r, col), sure)

    def body(self, rows: list[_Row], grids: dict[int, list[pdfgrid.Grid]]) -> None:
        """The body's rows: running text, and the ruled tables in it cell by cell. A table
        that goes on at the top of the next page with the same columns (a plan's task table
        over two pages) is the same table, its heading row repeated there dropped; so is a
        page holding one row of it, a long row that runs over the whole page, and a heading
        row alone at a page's foot (:func:`_continued`)."""
        last: pdftable.Run | None = None
        for grid, run in groupby(rows, key=lambda row: _grid_of(row, grids)):
            if grid is None or (
                grid.one_row
                and not (last is not None and last.goes_on(grid))
                and not _continued(grid, grids)
            ):
                self.flat(list(run))  # a box round a paragraph is no table
                last = None
            else:
                last = self.table(list(run), grid, last)

    def table(
        self, rows: list[_Row], grid: pdfgrid.Grid, last: pdftable.Run | None
    ) -> pdftable.Run:
        cells: dict[int, dict[int, list[_Word]]] = {}
        for row in rows:
            for word in row.words:
                if grid.scanned and word.text.strip(pdftable.BORDER_MARKS) != word.text:
                    if not word.text.strip(pdftable.BORDER_MARKS):
                        continue  # a border OCR read as ``|``
                    word = replace(word, text=word.text.strip(pdftable.BORDER_MARKS))  # ``|Tuyên``
                at = grid.cell(word.x0, word.x1, word.top, word.bottom)
                r, c = at if at is not None else (pdftable.nearest_row(grid, word), 0)
                cells.setdefault(r, {}).setdefault(c, []).append(word)
        grid_rows = sorted(cells)
        heading = _key(pdftable.row_text(cells[grid_rows[0]])) if grid_rows else ""
        shift = 0
        if last is not None and last.goes_on(grid):
            table, offset, numbered = last.index, last.rows, last.numbered
            if pdftable.same_text(heading, last.heading):
                grid_rows = grid_rows[1:]  # the heading row printed again over the page
            heading = last.heading
            if numbered and offset and grid_rows and not cells[grid_rows[0]].get(0):
                shift = 1  # a row the page break cut: its rest goes into the row above
        else:
            table, offset = self.regions, 0
            self.regions += 1
            first = " ".join(w.text for w in cells[grid_rows[0]].get(0, [])) if grid_rows else ""
            numbered = patterns.TABLE_NUMBER_HEAD_RE.match(_key(first)) is not None
        numbers = (
            pdftable.row_numbers([cells[r].get(0, []) for r in grid_rows]) if grid.scanned else {}
        )
        for n, r in enumerate(grid_rows):
            for c in sorted(cells[r]):
                for line in pdftable.cell_lines(cells[r][c]):
                    text = " ".join(w.text for w in line)
                    text = numbers.get(n, text) if c == 0 else text
                    cell = Cell(table, offset + n - shift, c)
                    sure = min(w.confidence for w in line)
                    if shift and n == 0:
                        self._add_to_cut_row(text, cell, sure)
                    else:
                        self._add(text, cell, sure)
        count = offset + len(grid_rows) - shift
        return pdftable.Run(table, count, grid.xs, grid.page, heading, numbered)

    def _add(self, text: str, cell: Cell | None, confidence: float = 100.0) -> None:
        self.lines.append(Line(no=len(self.lines) + 1, text=text, cell=cell))
        if confidence < 100.0:
            self.confidence[len(self.lines)] = confidence

    def _add_to_cut_row(self, text: str, cell: Cell, confidence: float) -> None:
        """A line of a row the page break cut, placed after the lines its cell (or, when
        the cell was empty there, the row's cells before it) holds on the page before, so
        the cell's lines read on as one: ``Công ty Than`` / ``Khe Chàm``."""
        at = len(self.lines)
        while at and (held := self.lines[at - 1].cell) is not None and held.table == cell.table:
            if held.row < cell.row or (held.row == cell.row and held.col <= cell.col):
                break  # after its cell's lines, or before the row's later cells
            at -= 1
        else:
            self._add(text, cell, confidence)  # no line of the table before it on this run
            return
        moved = self.lines[at:]
        self.lines[at:] = [Line(no=at + 1, text=text, cell=cell)]
        self.lines.extend(replace(line, no=line.no + 1) for line in moved)
        self.confidence = {k + (k > at): v for k, v in self.confidence.items()}
        if confidence < 100.0:
            self.confidence[at + 1] = confidence


def _continued(grid: pdfgrid.Grid, grids: dict[int, list[pdfgrid.Grid]]) -> bool:
    """``grid`` (one row) is the last table of its page and the first table of the next page
    has its columns: a table's heading row left at a page's foot, its rows over the page (a
    box round a paragraph has no table after it)."""
    own = grids.get(grid.page, [])
    after = grids.get(grid.page + 1, [])
    if not after or max(own, key=lambda g: g.top) is not grid:
        return False
    first = min(after, key=lambda g: g.top)
    return pdftable.same_columns(grid.xs, first.xs)


def _grid_of(row: _Row, grids: dict[int, list[pdfgrid.Grid]]) -> pdfgrid.Grid | None:
    """The ruled table of its page a row stands in."""
    bottom = max(w.bottom for w in row.words)
    return next((g for g in grids.get(row.page, ()) if g.holds(row.top, bottom)), None)


#: How far (points) a centred line stands from both edges of the text at least, and how much
#: its two margins may differ.
_CENTRED_MARGIN = 30.0
_CENTRED_SKEW = 15.0
#: A paragraph's first-line indent (points) at least, and how near the right edge its line ends.
_INDENT_MIN = 15.0
_RIGHT_EDGE = 10.0


def _text_edges(rows: list[_Row]) -> dict[int, tuple[float, float]]:
    """The left and right edges of the text on each page, from its rows."""
    edges: dict[int, tuple[float, float]] = {}
    for row in rows:
        left, right = edges.get(row.page, (row.x0, row.x1))
        edges[row.page] = (min(left, row.x0), max(right, row.x1))
    return edges


def _margins(row: _Row, edges: dict[int, tuple[float, float]]) -> tuple[float, float]:
    """How far the row stands in from the text's left and right edges on its page."""
    left, right = edges[row.page]
    return row.x0 - left, right - row.x1


def _centred(row: _Row, edges: dict[int, tuple[float, float]]) -> bool:
    """A row centred between the text's edges, well in from both: a title or a subject line,
    not a paragraph's (indented first line, left-aligned last one, justified ones between)."""
    before, after = _margins(row, edges)
    return (
        before > _CENTRED_MARGIN and after > _CENTRED_MARGIN and abs(before - after) < _CENTRED_SKEW
    )


def _opens_paragraph(row: _Row, edges: dict[int, tuple[float, float]]) -> bool:
    """A paragraph's first line: indented from the left edge, running to the right one."""
    before, after = _margins(row, edges)
    return before >= _INDENT_MIN and after < _RIGHT_EDGE


def _lines(rows: list[_Row], grids: dict[int, list[pdfgrid.Grid]] | None = None) -> _Lines:
    out = _Lines()
    grids = grids or {}
    header = _header_region(rows)
    begin = 0
    if header is not None:
        out.flat(rows[: header.start])
        out.region(rows[header.start : header.end], header.split)
        begin = header.end
    closing = _closing_region(rows, begin, grids)
    end = len(rows) if closing is None else closing.start
    signers = _signers_region(rows, begin, end)
    if signers is None:
        out.body(rows[begin:end], grids)
    else:
        out.body(rows[begin : signers.start], grids)
        out.region(rows[signers.start : signers.end], signers.split, one_row=True)
        out.body(rows[signers.end : end], grids)
    if closing is not None:
        out.region(rows[closing.start : closing.end], closing.split)
        out.flat(rows[closing.end :])
    return out


def ocr_diagnostics(seen: _Seen) -> list[Diagnostic]:
    """``CV026`` for the pages read through OCR, with how sure Tesseract was."""
    if not seen.ocr:
        return []
    note = f"{_pages_note(seen.ocr)} Độ tin cậy trung bình: {seen.mean_confidence():.0f}/100."
    return [codes.diag(codes.OCR_READ, None, note)]


def read_pdf(
    data: bytes, path: str | None, sha256: str, options: ocr.Options | None = None
) -> SourceDocument:
    """Read a PDF's text layer into lines, with the header and closing as two columns;
    pages without one are read through OCR when Tesseract is installed."""
    pdf = _open(data, path)
    seen = _Seen(options=options or ocr.Options())
    try:
        count = len(pdf)
        pages, diags = _read_pages(pdf, path, seen)
    finally:
        pdf.close()
    return _document(pages, diags, seen, path, sha256, "pdf", count)


def read_image(
    data: bytes, path: str | None, sha256: str, kind: str, options: ocr.Options | None = None
) -> SourceDocument:
    """Read a scanned page image (PNG, JPEG, BMP, a TIFF of several pages) through OCR."""
    from PIL import Image, ImageSequence, UnidentifiedImageError

    opts = options or ocr.Options()
    if opts.mode == "never":
        raise ReadError(
            path, "tệp ảnh chỉ đọc được bằng nhận dạng ký tự (OCR), mà đã chọn --ocr never."
        )
    if not ocr.available(opts.language):
        raise ReadError(path, ocr.INSTALL_HINT)
    seen = _Seen(options=opts, can_ocr=True)
    pages: list[list[_Row]] = []
    blank: list[int] = []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # damaged EXIF and the like: read what is there
            with Image.open(io.BytesIO(data)) as image:
                count = getattr(image, "n_frames", 1)
                for index, frame in enumerate(ImageSequence.Iterator(image)):
                    if index >= MAX_PAGES:
                        break
                    dpi = _dpi(frame)
                    rows = rows_of(_ocr_words(frame.copy(), dpi, index + 1, seen, path), index + 1)
                    if rows is None:
                        blank.append(index + 1)
                    else:
                        pages.append(rows)
    except ReadError:
        raise
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        raise ReadError(path, "tệp ảnh bị hỏng hoặc không đọc được.") from None
    diags = ocr_diagnostics(seen)
    if blank:
        diags.append(codes.diag(codes.OCR_EMPTY_PAGE, None, _pages_note(blank)))
    if count > MAX_PAGES:
        diags.append(codes.diag(codes.PDF_PAGES_LIMIT, None, f"Đã đọc {MAX_PAGES}/{count} trang."))
    return _document(pages, diags, seen, path, sha256, kind, count)


def _dpi(frame: Any) -> float:
    """The resolution the image says it was scanned at, else :data:`ocr.DPI`."""
    dpi = frame.info.get("dpi")
    try:
        value = float(dpi[0]) if dpi else 0.0
    except (TypeError, ValueError, IndexError):
        value = 0.0
    return value if 50 <= value <= 1200 else float(ocr.DPI)


def _document(
    pages: list[list[_Row]],
    diags: list[Diagnostic],
    seen: _Seen,
    path: str | None,
    sha256: str,
    kind: str,
    count: int,
) -> SourceDocument:
    pages, more = _first_letter(pages)
    rows = [row for page in pages for row in page]
    read_lines = _lines(rows, seen.grids)
    lines = read_lines.lines
    if seen.ocr:
        lines = _mended(lines, diags)
    converted = legacy.diagnostic(seen.encodings, pages=True)
    if converted is not None:
        diags.insert(0, converted)
    encoding = legacy.source_encoding(seen.encodings, None)
    read = None
    if seen.ocr:
        read = (list(seen.ocr), round(seen.mean_confidence(), 1), seen.options.language)
    return SourceDocument(
        path,
        kind,
        sha256,
        encoding,
        lines,
        diags + more,
        pages=count,
        ocr=read,
        confidence=read_lines.confidence,
    )


def _same_column(above: Cell | None, cell: Cell | None) -> bool:
    """Two lines of one column of a region (their rows differ: a column's lines are rows)."""
    return (
        above is not None
        and cell is not None
        and (above.table, above.col) == (cell.table, cell.col)
    )


def _mended(lines: list[Line], diags: list[Diagnostic]) -> list[Line]:
    """OCR lines whose number or date the known confusions spoil, mended (``CV028``); a
    listed name broken between two lines of a column of the header is mended across them,
    a first roman label read as ``1.`` by the label after it, and a section's roman label
    that repeats the one before by the order they run in."""
    texts = ocr.mend_repeated_roman(ocr.mend_first_roman([ocr.mend(line.text) for line in lines]))
    for i in range(1, len(lines)):
        if _same_column(lines[i - 1].cell, lines[i].cell):
            texts[i - 1], texts[i] = ocr.mend_across(texts[i - 1], texts[i])
    out = []
    for line, fixed in zip(lines, texts, strict=True):
        if fixed != line.text:
            diags.append(codes.diag(codes.OCR_MENDED, line.no, f"«{line.text}» → «{fixed}»."))
            line = Line(no=line.no, text=fixed, cell=line.cell)
        out.append(line)
    return out
