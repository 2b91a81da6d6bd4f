"""Scans read through Tesseract: a page image in, words with boxes out.

Paper archives are digitised as image-only PDFs and TIFFs, and offices scan
incoming letters. A page image is prepared as scanning software prepares it,
then read by the ``tesseract`` command (Tesseract 5 with its Vietnamese model,
Debian's ``tesseract-ocr`` and ``tesseract-ocr-vie``) into words with their
boxes and confidences. :mod:`congvan.readers.pdf` builds rows, the two-column
header and the closing from those words exactly as from a text layer's.

Preparation, and why:

* **red drop-out**: a red seal is stamped over the signer's name; pixels much
  redder than they are green or blue are whitened, so the name under the seal
  is read and the seal's lettering does not interleave with it;
* **deskew**: a page fed askew by a degree or two makes Tesseract break lines;
  the angle whose row profile is sharpest (rows of ink and rows of paper
  alternate most) within :data:`MAX_SKEW` degrees is undone;
* **grey, not black and white**: Tesseract thresholds each region itself
  (Otsu), which keeps thin diacritics better than one global threshold.

A second look, on crops of the page stacked on one sheet (one more Tesseract run
each, only on pages that need it): the digit slots of the number and date that
the first reading got wrong are read with the English model held to digits, and
the blocks it set aside as pictures (a seal and a signature over the signer's
name on a grey or black-and-white scan) are read as sparse text.

The command is used rather than a binding: nothing to compile, one process per
page whose cost (about 50 ms) is small against the page's OCR (2-3 s), and a
page that hangs is killed by its time limit. The page is handed over as a file
in a private temporary folder, removed whatever happens.
"""

from __future__ import annotations

import bisect
import contextlib
import csv
import functools
import io
import itertools
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from congvan import patterns
from congvan.errors import ReadError
from congvan.normalize import is_upper
from congvan.readers import pdfgrid
from congvan.readers.lexicon import mend_joined, mend_names, mend_stop_tones

#: The Tesseract command and the languages it reads with (Vietnamese; its Latin letters
#: cover English words in a letter).
TESSERACT = "tesseract"
LANGUAGES = "vie"
#: Resolution pages are rendered at and images are assumed to have when they do not say.
DPI = 300
#: Degrees of skew looked for either way, and the step of the search.
MAX_SKEW = 5.0
_SKEW_STEP = 0.25
#: Seconds one page may take in Tesseract before it is given up, and a second look at a
#: sheet of crops (:func:`reread_pictures`, :func:`reread_digits`) before the first reading
#: is kept as it was.
PAGE_SECONDS = 120
SECOND_LOOK_SECONDS = 10
#: How much redder than green and blue a pixel must be to count as a seal's ink.
_RED_MARGIN = 60
#: Pixels a side beyond which an image is scaled down before reading (a 600 dpi A3 scan
#: costs four times a 300 dpi A4 page and reads no better).
MAX_SIDE = 5000
#: Words Tesseract is less sure of than this (0-100) are left out: speckles and seal
#: lettering read as letters.
MIN_CONFIDENCE = 30.0
#: Below this confidence a word of specks alone (``_``, ``.,``) is dust, not a mark of the text.
SPECK_CONFIDENCE = 60.0

INSTALL_HINT = (
    "cần Tesseract 5 và gói tiếng Việt để đọc bản quét "
    "(Debian/Ubuntu: sudo apt install tesseract-ocr tesseract-ocr-vie)."
)


@dataclass(frozen=True, slots=True)
class Options:
    """When to read a page through OCR, and in which language (Tesseract's names).

    ``auto``: only the pages without a text layer, and image files; ``always``: every page,
    a text layer notwithstanding (a scan whose text layer is some other OCR's guess);
    ``never``: none (a page without text stays ``CV020``, an image file is an error).
    """

    mode: str = "auto"
    language: str = LANGUAGES
    #: Pages of one file read by Tesseract at once (``congvan parse`` uses every core; a
    #: batch reads a file per core already, so one there).
    threads: int = 1


MODES = ("auto", "always", "never")


@dataclass(frozen=True, slots=True)
class Word:
    """A word Tesseract read, its box in points (1/72 inch) from the page's top left."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    confidence: float


def available(language: str = LANGUAGES) -> bool:
    """True when the ``tesseract`` command and the model of ``language`` are installed
    (asked once per process, command and language)."""
    return _available(TESSERACT, language)


@functools.cache
def _available(command: str, language: str) -> bool:
    if shutil.which(command) is None:
        return False
    try:
        out = subprocess.run(
            [command, "--list-langs"], capture_output=True, text=True, timeout=30, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return False
    models = set(out.stdout.split())
    return all(part in models for part in language.split("+"))


def prepare(image: Any) -> Any:
    """The page as Tesseract should see it: seal red dropped, grey, straightened."""
    from PIL import Image, ImageChops

    wide = image.mode in ("I", "F") or image.mode.startswith("I;16")
    coloured = not wide and image.mode not in ("1", "L", "LA")
    page = _eight_bit(image) if wide else image.convert("RGB" if coloured else "L")
    if max(page.size) > MAX_SIDE:
        scale = MAX_SIDE / max(page.size)
        page = page.resize(
            (round(page.width * scale), round(page.height * scale)), Image.Resampling.LANCZOS
        )
    if coloured:  # a grey scan has no red to drop
        r, g, b = page.split()
        redness = ImageChops.darker(ImageChops.subtract(r, g), ImageChops.subtract(r, b))
        seal = redness.point(lambda v: 255 if v > _RED_MARGIN else 0)
        grey = page.convert("L")
        grey.paste(255, mask=seal)
    else:
        grey = page
    angle = skew(grey)
    if abs(angle) >= _SKEW_STEP:
        # Nearest neighbour, not bicubic: a page turned by a degree or two moves no pixel by
        # more than half a pixel, Tesseract thresholds the page anyway, and interpolating
        # blurs what the scanner already blurred. On the scanner-like pages of bench/ocr.py
        # it read 76% of the fields against bicubic's 73%, and the turn takes 14 ms, not 220.
        grey = grey.rotate(angle, resample=Image.Resampling.NEAREST, expand=True, fillcolor=255)
    return grey


def _eight_bit(image: Any) -> Any:
    """A 16-bit or float scan as 8-bit grey, its range stretched over 0-255 (``convert``
    clips every value above 255 to white, and a 16-bit page's paper and ink with it)."""
    wide = image.convert("F")
    low, high = wide.getextrema()
    if high <= low:
        return wide.convert("L")
    return wide.point(lambda v: (v - low) * (255.0 / (high - low))).convert("L")


def skew(grey: Any) -> float:
    """Degrees to turn ``grey`` by so that its lines of text run level (0 when unsure).

    Each candidate angle turns a small copy; the row means of its ink (a one-pixel-wide
    resize averages each row) vary most when the lines lie level. Whole degrees first, then
    steps of :data:`_SKEW_STEP` around the best: the sharpness rises steadily towards the
    level angle, so the 17 turns find the angle the 41 of a full search found on every page
    of the OCR benchmark, in half the time.
    """
    from PIL import Image

    small = grey.copy()
    small.thumbnail((800, 800))
    ink = small.point(lambda v: 255 if v < 160 else 0)
    scores: dict[float, float] = {}

    def sharpness(angle: float) -> float:
        if angle not in scores:
            turned = ink.rotate(angle, resample=Image.Resampling.NEAREST, fillcolor=0)
            rows = turned.resize((1, turned.height), Image.Resampling.BOX).tobytes()
            mean = sum(rows) / len(rows)
            scores[angle] = sum((v - mean) ** 2 for v in rows)
        return scores[angle]

    whole = int(MAX_SKEW)
    best = max((float(a) for a in range(-whole, whole + 1)), key=sharpness)
    steps = int(1 / _SKEW_STEP) - 1
    near = (best + k * _SKEW_STEP for k in range(-steps, steps + 1))
    return max((a for a in near if abs(a) <= MAX_SKEW), key=sharpness)


@dataclass(frozen=True, slots=True)
class Page:
    """What a page image gives: its words, and the rules drawn on it (a table's borders), in
    points on the straightened page the words were read from."""

    words: list[Word]
    verticals: list[pdfgrid.Rule]
    horizontals: list[pdfgrid.Rule]


def read_page(image: Any, dpi: float, path: str | None, language: str = LANGUAGES) -> Page:
    """The words of one page image (:func:`read_words`) and its ruled lines."""
    page = prepare(image)
    words = _read_prepared(page, dpi, path, language)
    return Page(words, *pdfgrid.image_rules(page, 72.0 / dpi))


def read_words(image: Any, dpi: float, path: str | None, language: str = LANGUAGES) -> list[Word]:
    """The words of one page image, read by Tesseract after :func:`prepare`, with a second
    look at what the first read set aside or misread (:func:`reread_pictures`,
    :func:`reread_digits`)."""
    return _read_prepared(prepare(image), dpi, path, language)


def _read_prepared(page: Any, dpi: float, path: str | None, language: str) -> list[Word]:
    try:
        done = _tesseract(page, path, ["-l", language, "--dpi", str(round(dpi))])
    except FileNotFoundError:
        raise ReadError(path, INSTALL_HINT) from None
    except subprocess.TimeoutExpired:
        raise ReadError(path, f"nhận dạng một trang quá {PAGE_SECONDS} giây.") from None
    if done.returncode != 0:
        raise ReadError(path, "Tesseract không đọc được ảnh trang (ảnh hỏng?).")
    rows = list(_rows(done.stdout.decode("utf-8", "replace")))
    lines = _lines(rows, 72.0 / dpi)
    lines += reread_pictures(page, rows, lines, dpi, path, language)
    if _available(TESSERACT, DIGIT_LANGUAGE):
        lines = reread_digits(page, lines, dpi, path)
    return _kept_words(lines)


def _tesseract(
    image: Any, path: str | None, options: list[str], seconds: float = PAGE_SECONDS
) -> subprocess.CompletedProcess[bytes]:
    """Tesseract's TSV of ``image`` (a finished process; OSError and TimeoutExpired are the
    caller's to handle)."""
    with _page_file(image, path) as image_path:
        return subprocess.run(
            [TESSERACT, image_path, "stdout", *options, "tsv"],
            capture_output=True,
            timeout=seconds,
            check=False,
            # One thread per Tesseract: a batch already reads a file per core, and threads
            # on top of that only contend (Tesseract's own advice for parallel runs).
            env={**os.environ, "OMP_THREAD_LIMIT": "1"},
        )


@contextlib.contextmanager
def _page_file(page: Any, path: str | None) -> Iterator[str]:
    """The prepared page as an uncompressed TIFF file in a private temporary folder, removed
    afterwards whatever happens. A file, not Tesseract's standard input: it reads a 9 MB page
    from a pipe 0.2-0.3 s slower (the same words), and an uncompressed file costs nothing to
    write (PNG took 0.4 s). Uncompressed whatever the scan's own compression: a G4 TIFF's
    ``info`` would otherwise be taken for a grey page and fail. A folder that cannot be made
    or written is one clear error."""
    try:
        folder = tempfile.TemporaryDirectory(prefix="congvan-ocr-")
    except OSError as error:  # no temporary folder to write in
        raise _unwritable(path, error) from None
    with folder:
        image_path = os.path.join(folder.name, "page.tif")
        try:
            page.save(image_path, "TIFF", compression="raw")
        except OSError as error:  # the temporary folder full
            raise _unwritable(path, error) from None
        yield image_path  # the caller's own errors pass through untouched


def _unwritable(path: str | None, error: OSError) -> ReadError:
    return ReadError(path, f"không ghi được ảnh trang tạm để nhận dạng ({error}).")


@dataclass(frozen=True, slots=True)
class _Row:
    """A word row of Tesseract's TSV, in the pixels of the image read; ``text`` is empty for
    a block Tesseract took for a picture."""

    key: tuple[str, ...]  # page, block, paragraph, line
    left: float
    top: float
    width: float
    height: float
    confidence: float
    text: str


def _rows(tsv: str) -> Iterator[_Row]:
    rows = csv.reader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE)
    next(rows, None)  # the header
    for row in rows:
        if len(row) < 12 or row[0] != "5":
            continue
        try:
            left, top, width, height = (float(v) for v in row[6:10])
            conf = float(row[10])
        except ValueError:
            continue
        yield _Row(tuple(row[1:5]), left, top, width, height, conf, row[11].strip())


def _word(row: _Row, scale: float) -> Word:
    """``row`` as a word in points."""
    return Word(
        row.text,
        row.left * scale,
        (row.left + row.width) * scale,
        row.top * scale,
        (row.top + row.height) * scale,
        row.confidence,
    )


def _lines(rows: list[_Row], scale: float) -> list[list[Word]]:
    """Tesseract's words in points, by Tesseract's lines. Specks it is unsure of are left out
    here; :func:`_kept` then drops the other words it is unsure of, unless their line is a
    number or date line."""
    lines: dict[tuple[str, ...], list[Word]] = {}
    for row in rows:
        if not row.text:
            continue
        if row.confidence < SPECK_CONFIDENCE and patterns.OCR_SPECK_WORD_RE.match(row.text):
            continue  # a speck OCR was unsure of: it would bridge the gap between two columns
        lines.setdefault(row.key, []).append(_word(row, scale))
    return list(lines.values())


def _words(tsv: str, scale: float) -> list[Word]:
    """The words of Tesseract's TSV worth keeping (see :func:`_lines` and :func:`_kept`)."""
    return _kept_words(_lines(list(_rows(tsv)), scale))


def _kept_words(lines: list[list[Word]]) -> list[Word]:
    return [w for words in lines for w, kept in zip(words, _kept(words), strict=True) if kept]


def _kept(words: list[Word]) -> list[bool]:
    """Which words of one Tesseract line to keep: those it is sure enough of, and the unsure
    ones inside the line's number or date (``Số:1239 /SYT-TCCB`` read right at 19% would
    otherwise leave the letter without a number; its low confidence goes with it), not the
    unsure specks beside them (``về LẺ) chọc on, Lâm Đồng, ngày ...``)."""
    sure = [w.confidence >= MIN_CONFIDENCE for w in words]
    if all(sure):
        return sure
    text = " ".join(w.text for w in words)
    spans = [m.span() for m in patterns.OCR_KEY_LINE_RE.finditer(text)]
    at = 0
    for i, w in enumerate(words):
        start, end = at, at + len(w.text)
        at = end + 1
        sure[i] = sure[i] or any(lo <= start and end <= hi for lo, hi in spans)
    return sure


# --- reading the digits of a number or a date again ------------------------------------------

#: The model the digits of a date or number slot are read again with, only digits allowed:
#: Tesseract's Vietnamese model reads a stamped italic ``28`` as ``2#`` at 96% and ``03`` as
#: ``9?``; its English one (installed with Tesseract), held to digits, reads them right.
DIGIT_LANGUAGE = "eng"
#: Pixels of white around a slot's crop, at 300 dpi (scaled with the page's resolution), and
#: between the crops stacked into the one image read again.
_SLOT_PAD = 4
_SHEET_GAP = 24


@dataclass(frozen=True, slots=True)
class _Slot:
    """A digit slot of one Tesseract line (``ngày 2# tháng``'s ``2#``): its words (``first``
    to ``last``), where in the first and the last word it starts and ends, how many marks it
    holds (spaces aside), whether the first is a zero's look-alike, the range its value must
    fall in and the most digits it takes (``width``)."""

    line: int
    first: int
    last: int
    start: int
    end: int
    marks: int
    zero: bool
    low: int
    high: int
    #: The first look read digits out of the slot's range (a day ``93``, ``0``): wrong for
    #: sure, so a reading again of up to ``width`` digits in range is taken whatever their count.
    out_of_range: bool
    width: int


def _slots(lines: list[list[Word]]) -> list[_Slot]:
    """The slots of the number and date lines that hold something other than digits, or
    digits out of the slot's range."""
    out: list[_Slot] = []
    for i, words in enumerate(lines):
        text = " ".join(w.text for w in words)
        spans: list[tuple[tuple[int, int], int, int, int]] = []  # span, range, most digits
        number = patterns.OCR_NUMBER_SLOT_RE.match(text)
        if number is not None:
            spans.append((number.span("n"), 1, 999_999, 6))
        date = patterns.OCR_DATE_SLOTS_RE.search(text)
        if date is not None:
            spans += [(date.span("d"), 1, 31, 2), (date.span("m"), 1, 12, 2)]
            spans.append((date.span("y"), 1900, 2100, 4))
        if not spans:
            continue  # most lines: neither a number line nor a date
        starts = list(itertools.accumulate((len(w.text) + 1 for w in words[:-1]), initial=0))
        for (a, b), low, high, width in spans:
            raw = text[a:b]
            wrong = raw.isdigit() and not low <= int(raw) <= high
            if (raw.isdigit() and not wrong) or patterns.OCR_BLANK_SLOT_RE.fullmatch(raw):
                continue
            first = bisect.bisect_right(starts, a) - 1
            last = bisect.bisect_right(starts, b - 1) - 1
            marks = len(raw) - raw.count(" ")
            zero = raw[0] in "0OoØø"
            start, end = a - starts[first], b - starts[last]
            out.append(_Slot(i, first, last, start, end, marks, zero, low, high, wrong, width))
    return out


def _box(words: list[Word], slot: _Slot, scale: float) -> tuple[int, int, int, int]:
    """The slot's box in the page's pixels: its words' boxes, the first and the last cut at
    the slot's letters in proportion (``/5thảng``: the day is the first two of seven)."""
    first, last = words[slot.first], words[slot.last]
    x0 = first.x0 + (first.x1 - first.x0) * slot.start / max(len(first.text), 1)
    x1 = last.x0 + (last.x1 - last.x0) * slot.end / max(len(last.text), 1)
    span = words[slot.first : slot.last + 1]
    top, bottom = min(w.top for w in span), max(w.bottom for w in span)
    return round(x0 / scale), round(top / scale), round(x1 / scale), round(bottom / scale)


def reread_digits(
    page: Any, lines: list[list[Word]], dpi: float, path: str | None
) -> list[list[Word]]:
    """``lines`` with the digit slots of the number and date lines that OCR read as something
    else (``2#``, ``0T``, ``9?``, ``38 l6``) or as digits out of range (a day ``93``) read
    again, held to digits (:data:`DIGIT_LANGUAGE`). A slot changes only when that reading is
    digits in the slot's range (a day 1-31, a month 1-12, a year 1900-2100, a number), as
    many as the slot had marks; otherwise it stays as read, for :func:`mend`."""
    slots = _slots(lines)
    if not slots:
        return lines
    scale = 72.0 / dpi
    pad = max(1, round(_SLOT_PAD * dpi / 300))
    boxes = []
    for slot in slots:
        x0, top, x1, bottom = _box(lines[slot.line], slot, scale)
        boxes.append((x0 - pad, top - pad, x1 + pad, bottom + pad))
    options = ["-l", DIGIT_LANGUAGE, "--dpi", str(round(dpi)), "--psm", "6"]
    read = _second_look(page, boxes, path, [*options, "-c", "tessedit_char_whitelist=0123456789"])
    if read is None:
        return lines
    out = [list(words) for words in lines]
    # Right to left within a line, so a slot's change leaves the indices of those before it.
    order = sorted(range(len(slots)), key=lambda k: (slots[k].line, -slots[k].first))
    for k in order:
        slot, got = slots[k], sorted(read[k], key=lambda r: r.left)
        digits = "".join(r.text for r in got)
        if len(digits) == slot.marks - 1 and slot.zero:
            digits = "0" + digits  # ``0?`` read ``3``: the day's leading zero, not a mark lost
        # As many digits as the slot had marks: a reading that lost one (``/5`` read ``5``,
        # ``1l`` read ``1``) is worse than mending the marks one by one. Digits out of range
        # were wrong whatever their count (``0`` for ``04``).
        count = 1 <= len(digits) <= slot.width if slot.out_of_range else len(digits) == slot.marks
        if not (count and digits.isdigit()):
            continue
        if not slot.low <= int(digits) <= slot.high:
            continue
        conf = min(r.confidence for r in got)
        out[slot.line] = _replaced(out[slot.line], slot, digits, conf)
    return out


def _second_look(
    page: Any, boxes: list[tuple[int, int, int, int]], path: str | None, options: list[str]
) -> list[list[_Row]] | None:
    """Tesseract's words in each box of ``page`` (in the page's pixels), read in one run: the
    crops are stacked on one sheet with white between them. None when that run fails or
    takes longer than :data:`SECOND_LOOK_SECONDS`: a failed second look leaves the first."""
    from PIL import Image

    crops: list[tuple[int, int, int, int] | None] = []
    for x0, top, x1, bottom in boxes:
        crop = (max(x0, 0), max(top, 0), min(x1, page.width), min(bottom, page.height))
        crops.append(crop if crop[2] > crop[0] and crop[3] > crop[1] else None)
    kept = [c for c in crops if c is not None]
    if not kept:
        return None
    width = max(c[2] - c[0] for c in kept) + 2 * _SHEET_GAP
    height = sum(c[3] - c[1] for c in kept) + _SHEET_GAP * (len(kept) + 1)
    sheet = Image.new("L", (width, height), 255)
    bands: list[tuple[int, int, int, int, int]] = []  # top and bottom on the sheet, the crop
    y = _SHEET_GAP
    for k, box in enumerate(crops):
        if box is None:
            continue
        sheet.paste(page.crop(box), (_SHEET_GAP, y))
        bands.append((y, y + box[3] - box[1], k, box[0], box[1]))
        y += box[3] - box[1] + _SHEET_GAP
    try:
        done = _tesseract(sheet, path, options, SECOND_LOOK_SECONDS)
    except (OSError, subprocess.SubprocessError):
        return None
    if done.returncode != 0:
        return None
    found: list[list[_Row]] = [[] for _ in boxes]
    for row in _rows(done.stdout.decode("utf-8", "replace")):
        middle = row.top + row.height / 2
        for top, bottom, k, left, crop_top in bands:
            if row.text and top <= middle <= bottom:  # back to where it stands on the page
                moved = replace(
                    row, left=row.left - _SHEET_GAP + left, top=row.top - top + crop_top
                )
                found[k].append(moved)
                break
    return found


#: A block Tesseract set aside as a picture is read again when it is at least this wide and
#: this tall (inches; smaller ones are rules and specks) and at most this big (a photograph
#: is not worth a second reading): the signature and seal stamped over the signer's name.
_PICTURE_MIN = (0.8, 0.4)
_PICTURE_MAX = (5.0, 3.0)
#: At most this many pictures of a page are read again, the lowest first (the signature sits
#: low on its page), and only on a page whose first reading found a letter's worth of words:
#: read as sparse text, a page of noise took 20 s.
_PICTURES_AT_MOST = 3
_TEXT_PAGE = 30
#: How far around the picture its crop reaches (inches, across and down): a name half under
#: a seal runs out of the picture's box.
_PICTURE_MARGIN = (0.5, 0.15)
#: How sure Tesseract must be of a word it reads in a picture: a seal's lettering and the
#: strokes of a signature read as letters at lower confidences.
_PICTURE_CONFIDENCE = 90.0
#: The confidence such a word is given, below the fields' low-confidence mark (``CV029``):
#: the seal's ring may hide part of a name (``Đức Vũ`` read of ``Nguyễn Đức Vũ``), so the
#: name read there is shown as one to check against the paper, never as certain.
PICTURE_TRUST = 60.0


def reread_pictures(
    page: Any,
    rows: list[_Row],
    lines: list[list[Word]],
    dpi: float,
    path: str | None,
    language: str,
) -> list[list[Word]]:
    """Lines read in the blocks Tesseract took for pictures: a signer's name under the seal
    and the signature of a grey or black-and-white scan (a colour scan's red seal is dropped
    before reading, :func:`prepare`). Each picture, a margin around it, is read as sparse
    text; only words read with :data:`_PICTURE_CONFIDENCE`, of letters with a lower-case one
    among them (a name, not a seal's capitals), and clear of every word read already count."""
    if sum(len(words) for words in lines) < _TEXT_PAGE:
        return []  # no letter on the page: nothing a picture could hide a name of
    pictures = [
        row
        for row in rows
        if not row.text
        and _PICTURE_MIN[0] <= row.width / dpi <= _PICTURE_MAX[0]
        and _PICTURE_MIN[1] <= row.height / dpi <= _PICTURE_MAX[1]
    ]
    lowest = sorted(pictures, key=lambda row: -row.top)[:_PICTURES_AT_MOST]
    mx, my = _PICTURE_MARGIN[0] * dpi, _PICTURE_MARGIN[1] * dpi
    boxes = [
        (
            round(r.left - mx),
            round(r.top - my),
            round(r.left + r.width + mx),
            round(r.top + r.height + my),
        )
        for r in lowest
    ]
    if not boxes:
        return []
    read = _second_look(
        page, boxes, path, ["-l", language, "--dpi", str(round(dpi)), "--psm", "11"]
    )
    if read is None:
        return []
    scale = 72.0 / dpi
    taken = [w for words in lines for w in words]
    out: dict[tuple[str, ...], list[Word]] = {}
    for k, got in enumerate(read):
        for row in got:
            text = row.text
            if row.confidence < _PICTURE_CONFIDENCE or not text.isalpha() or text.isupper():
                continue
            word = replace(_word(row, scale), confidence=PICTURE_TRUST)
            if any(_overlap(word, other) for other in taken):
                continue  # read by the first look already (a position beside the seal)
            out.setdefault((str(k), *row.key), []).append(word)
    return list(out.values())


def _overlap(a: Word, b: Word) -> bool:
    return a.x0 < b.x1 and b.x0 < a.x1 and a.top < b.bottom and b.top < a.bottom


def _replaced(words: list[Word], slot: _Slot, digits: str, conf: float) -> list[Word]:
    """The line's words with the slot's letters replaced by ``digits``: what the first word
    holds before the slot and the last after it (``thảng`` of ``/5thảng``) stay words of
    their own, in the part of the box they were read in."""
    first, last = words[slot.first], words[slot.last]
    head, tail = first.text[: slot.start], last.text[slot.end :]
    x0 = first.x0 + (first.x1 - first.x0) * slot.start / max(len(first.text), 1)
    x1 = last.x0 + (last.x1 - last.x0) * slot.end / max(len(last.text), 1)
    span = words[slot.first : slot.last + 1]
    top, bottom = min(w.top for w in span), max(w.bottom for w in span)
    new = []
    if head.strip():
        new.append(Word(head, first.x0, x0, first.top, first.bottom, first.confidence))
    new.append(Word(digits, x0, x1, top, bottom, conf))
    if tail.strip():
        new.append(Word(tail, x1, last.x1, last.top, last.bottom, last.confidence))
    return words[: slot.first] + new + words[slot.last + 1 :]


# --- mending what OCR confuses in a number or a date ---------------------------------------

#: Letters OCR reads for digits, and the digit each stands for, in a slot that holds digits
#: only: ``ngày II tháng``, ``I5tháng``, ``Ø6``, ``Số: I25/``, ``ngày /5``, ``Số: 1§65/``.
_DIGIT_FOR = str.maketrans("Il|!íìÍÌOoØøQDSsZzBGTg/§", "111111110000005522867918")
#: Look-alikes of the stroke of a roman numeral.
_ROMAN_FOR = str.maketrans("lL|¡", "IIII")
_QUARTER_FOR = str.maketrans("l|1", "III")


def mend(text: str) -> str:
    """``text`` with the digits of its date (``ngày .. tháng .. năm ....``) and of its
    number (``Số: ../``) mended where OCR read letters for them, the date's words
    spelt right (``thảng`` for ``tháng``), a number line of which only the symbol was read
    (``/BNV-CCHC``), a speck after a heading in capitals (``LÂM ĐỒNG s3``) and the Prime
    Minister's ``TTg`` read in capitals (``QĐ-TTG``) put right, a
    roman label's strokes (``IH.`` for ``III.``, ``L`` for ``I.`` before a heading, ``I,``
    for ``I.``), a thông báo's ``TB`` read ``IB``,
    a mark before a label (``_1.``) and one Đ read twice (``ĐÐ``) put right, the acute lost
    over a stop syllable's ``â ê ô ă`` put back (``quôc``), and the names of provinces,
    ministries and the letter's frame spelt as they are (:mod:`congvan.readers.lexicon`).
    Only a slot that then holds digits in range changes; anything else is left as read."""
    if patterns.OCR_SPECK_LINE_RE.match(text):
        return ""  # ``:`` alone between a title and its subject
    text = mend_stop_tones(mend_names(text)).replace("ĐÐ", "Đ").replace("ÐĐ", "Đ")
    if patterns.OCR_SYMBOL_ONLY_RE.match(text):
        text = "Số: " + text.strip()  # ``/BNV-CCHC``: the number line, its number lost
    text = patterns.OCR_NUMBER_STOP_RE.sub(r"\1: ", text, count=1)  # ``Số.     /KH-UBND``
    text = patterns.OCR_SYMBOL_SPECK_RE.sub(r"\1", text, count=1)  # ``Số: /(UBND-``
    if is_upper(text, 0.7):
        if len(text.split()) == 1:
            text = mend_joined(text.strip())  # ``QUYÉTĐỊNH``: a title's two words run together
        text = patterns.OCR_SPECK_TOKEN_RE.sub("", text)  # ``ỦY BAN NHÂN DÂN _. TỈNH``
        text = patterns.OCR_PROVINCE_END_RE.sub("TỈNH", text)  # ``... HÀNH CHÍNH TINH``
        text = patterns.OCR_ORGAN_TAIL_RE.sub(r"\1", text)  # ``... LÂM ĐỒNG VIỆT NAM``, ``... 5``
    speck = patterns.OCR_TAIL_SPECK_RE.search(text)
    if speck is not None and (speck.start() == 0 or is_upper(text[: speck.start()])):
        text = text[: speck.start()]  # ``BCH ĐOÀN TỈNH LÂM ĐỒNG s3``, ``s3`` alone
    text = patterns.OCR_TTG_RE.sub("TTg", text)  # ``QĐ-TTG``: the Prime Minister's ``TTg``
    text = patterns.OCR_TTR_RE.sub("TTr", text)  # ``TIr-SNV``: a tờ trình's ``TTr``
    text = patterns.OCR_TB_RE.sub("TB", text)  # ``IB-UBND``: a thông báo's ``TB``
    text = patterns.OCR_UBND_RE.sub("UBND", text)  # ``BC-UBNP``: a ký hiệu's ``UBND``
    text = patterns.OCR_LEAD_SIGN_RE.sub("", text, count=1)  # ``® Cơ quan phát hành: ...``
    text = patterns.OCR_JUNK_COMMA_LABEL_RE.sub(r"\g<label>.", text, count=1)  # ``_1, Báo``
    text = patterns.OCR_LEAD_JUNK_RE.sub("", text, count=1)
    text = patterns.OCR_YEAR_BEFORE_RE.sub("năm", text)  # ``ở địa phương nắm 2025``
    text = patterns.OCR_ACRONYM_BRACKET_RE.sub(r"\g<head>I", text)  # ``chỉ số PC]``
    text = patterns.OCR_VV_RE.sub(r"\1V/v ", text, count=1)  # ``“VW giới thiệu ...``
    text = patterns.OCR_ROMAN_RE.sub(_roman, text, count=1)
    text = text.replace("⁄", "/")  # ``quý I⁄2026``: a fraction slash read for the slash
    text = patterns.OCR_QUARTER_RE.sub(_quarter, text)
    lost = patterns.OCR_ROMAN_LOST_STOP_RE.match(text)  # ``L CÔNG TÁC``, ``I, NỘI DUNG``
    if lost is not None:
        rest, label = text[lost.end() :], lost.group("label")
        if (label is None or len(rest) > 4) and is_upper(rest):
            text = ("I. " if label is None else label + ".") + rest
    text = patterns.OCR_DATE_RE.sub(_date, text)
    text = patterns.OCR_YEAR_WORD_RE.sub(r"\g<head>năm", text)  # ``tháng 10 nắm`` (day blank)
    text = patterns.OCR_MONTH_RE.sub(_month, text)  # ``tháng 1T năm`` (day blank)
    return patterns.OCR_NUMBER_RE.sub(_number, text, count=1)


#: How many lines after ``1.`` the next label is looked for (a section's text).
_LABEL_REACH = 40


def mend_first_roman(texts: list[str]) -> list[str]:
    """``1. Thời gian:`` whose next label is ``II. Hình thức:`` is ``I.``: a black-and-white
    scan draws the stroke of ``I`` as a one, or a speck after it as one (``I1.``). The next
    label decides (``2.`` keeps the one), looked for within :data:`_LABEL_REACH` lines;
    nothing else changes. A heading in capitals (``1. MỤC ĐÍCH, YÊU CẦU``) whose next label
    is ``1.`` again is ``I.`` too: a list does not number its first item twice, so the
    heading is a section over it."""
    out = list(texts)
    for i, text in enumerate(texts):
        one = patterns.OCR_ONE_FOR_I_RE.match(text)
        if one is None:
            continue
        heading = is_upper(text[one.start(2) + 1 :])
        for later in texts[i + 1 : i + 1 + _LABEL_REACH]:
            if patterns.LABEL_RE.match(later) is None:
                continue
            if patterns.OCR_SECOND_ROMAN_RE.match(later) or (
                heading and patterns.OCR_ONE_FOR_I_RE.match(later)
            ):
                out[i] = patterns.OCR_ONE_FOR_I_RE.sub(r"\1I\2", text, count=1)
            break
    return out


_ROMANS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def mend_repeated_roman(texts: list[str]) -> list[str]:
    """A section heading whose roman label repeats the one before (``II. CHỈ TIÊU ...`` then
    ``II. TỔ CHỨC THỰC HIỆN``) is the next (``III.``): a scan lost a stroke, and a letter
    does not number two sections alike. A division (``PHẦN II``, ``Chương``, ``PHỤ LỤC``)
    starts the numbering afresh."""
    out = list(texts)
    last: str | None = None
    for i, text in enumerate(texts):
        if patterns.OCR_NUMBERING_RESTART_RE.match(text):
            last = None
            continue
        m = patterns.OCR_ROMAN_HEADING_RE.match(text)
        if m is None or not is_upper(m.group("rest")) or m.group("label") not in _ROMANS:
            continue
        label = m.group("label")
        if label == last and _ROMANS.index(label) + 1 < len(_ROMANS):
            label = _ROMANS[_ROMANS.index(label) + 1]
            out[i] = f"{m.group(1)}{label}{m.group(3)}{m.group('rest')}"
        last = label
    return out


def mend_across(first: str, second: str) -> tuple[str, str]:
    """Two lines in capitals of one cell with a listed name broken between them (``DÂN TỈNH
    LÂM`` over ``ĐÔNG``) mended as one: a line alone does not hold the whole name. The lines
    keep their words; only marks change (or nothing, when the words would not map back)."""
    if not (is_upper(first) and is_upper(second)):
        return first, second
    head, tail = first.split(), second.split()
    fixed = mend_names(" ".join(head + tail)).split()
    if len(fixed) != len(head) + len(tail) or fixed == head + tail:
        return first, second
    return " ".join(fixed[: len(head)]), " ".join(fixed[len(head) :])


def _roman(m: re.Match[str]) -> str:
    """``L.`` -> ``I.``, ``IH.`` -> ``III.``, ``Il.`` -> ``II.``: a roman label whose strokes
    OCR read as look-alikes (``H`` is two of them)."""
    return m.group("label").replace("H", "II").translate(_ROMAN_FOR) + m.group("rest")


def _quarter(m: re.Match[str]) -> str:
    """``quý IH`` -> ``quý III``: the numeral's strokes read as look-alikes, kept only when
    they make a quarter."""
    read = m.group("q")
    if not any(c in read for c in "lH|"):
        return m.group()  # ``quý 1/2026``, ``quý IV``: as written
    q = read.replace("H", "II").translate(_QUARTER_FOR)
    return m.group("head") + q if q in ("I", "II", "III", "IV") else m.group()


def _digits(raw: str) -> str | None:
    out = raw.translate(_DIGIT_FOR)
    return out if out.isdigit() else None


def _date(m: re.Match[str]) -> str:
    read = m.group()
    d, mo, y = _digits(m.group("d")), _digits(m.group("m")), _digits(m.group("y"))
    if d is None or mo is None or y is None:
        return read
    d, mo = _upright(d), _upright(mo)
    if not (1 <= int(d) <= 31 and 1 <= int(mo) <= 12 and 1900 <= int(y) <= 2100):
        return read
    if (d, mo, y) == m.group("d", "m", "y") and "tháng" in read and "năm" in read:
        return read  # nothing to mend (spacing is the reader's, not OCR's)
    return f"{m.group('ngay').rstrip()} {d} tháng {mo} năm {y}"


def _month(m: re.Match[str]) -> str:
    digits = _digits(m.group("m"))
    if digits is None or not 1 <= int(_upright(digits)) <= 12 or digits == m.group("m"):
        return m.group()
    return f"{m.group('head')}{_upright(digits)}{m.group('tail')}"


def _upright(digits: str) -> str:
    """A slanted 1 read as 7 (``ngày 76 tháng 01``): no day or month has two digits and
    begins with 7, so a leading 7 of two is a 1."""
    return "1" + digits[1] if len(digits) == 2 and digits[0] == "7" else digits


def _number(m: re.Match[str]) -> str:
    n = _digits(m.group("n"))
    if n is None:
        return m.group()
    pre = m.group("pre")
    head = pre.lstrip()  # ``Só:5816 /``: the line's form says its first word is ``Số``
    return f"{pre[: len(pre) - len(head)]}Số{head[2:]}{n}{m.group('slash')}"
