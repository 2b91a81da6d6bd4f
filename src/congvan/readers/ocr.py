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

The command is used rather than a binding: nothing to compile, one process per
page whose cost (about 50 ms) is small against the page's OCR (2-3 s), and a
page that hangs is killed by its time limit. The page is handed over as a file
in a private temporary folder, removed whatever happens.
"""

from __future__ import annotations

import contextlib
import csv
import functools
import io
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from congvan import patterns
from congvan.errors import ReadError
from congvan.normalize import is_upper
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
#: Seconds one page may take in Tesseract before it is given up.
PAGE_SECONDS = 120
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


def read_words(image: Any, dpi: float, path: str | None, language: str = LANGUAGES) -> list[Word]:
    """The words of one page image, read by Tesseract after :func:`prepare`."""
    page = prepare(image)
    with _page_file(page, path) as image_path:
        try:
            done = subprocess.run(
                [TESSERACT, image_path, "stdout", "-l", language, "--dpi", str(round(dpi)), "tsv"],
                capture_output=True,
                timeout=PAGE_SECONDS,
                check=False,
                # One thread per Tesseract: a batch already reads a file per core, and threads
                # on top of that only contend (Tesseract's own advice for parallel runs).
                env={**os.environ, "OMP_THREAD_LIMIT": "1"},
            )
        except FileNotFoundError:
            raise ReadError(path, INSTALL_HINT) from None
        except subprocess.TimeoutExpired:
            raise ReadError(path, f"nhận dạng một trang quá {PAGE_SECONDS} giây.") from None
    if done.returncode != 0:
        raise ReadError(path, "Tesseract không đọc được ảnh trang (ảnh hỏng?).")
    return _words(done.stdout.decode("utf-8", "replace"), 72.0 / dpi)


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


def _words(tsv: str, scale: float) -> list[Word]:
    """Tesseract's TSV rows of level 5 (words) as words in points. A word Tesseract is unsure
    of is dropped, unless its line is a number or date line (:data:`OCR_KEY_LINE_RE
    <congvan.patterns.OCR_KEY_LINE_RE>`): ``Số:1239 /SYT-TCCB`` read right at 19% would
    otherwise leave the letter without a number. Its low confidence goes with it."""
    lines: dict[tuple[str, ...], list[Word]] = {}
    rows = csv.reader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE)
    next(rows, None)  # the header
    for row in rows:
        if len(row) < 12 or row[0] != "5" or not row[11].strip():
            continue
        try:
            left, top, width, height = (float(v) for v in row[6:10])
            conf = float(row[10])
        except ValueError:
            continue
        text = row[11].strip()
        if conf < SPECK_CONFIDENCE and patterns.OCR_SPECK_WORD_RE.match(text):
            continue  # a speck OCR was unsure of: it would bridge the gap between two columns
        word = Word(
            text, left * scale, (left + width) * scale, top * scale, (top + height) * scale, conf
        )
        lines.setdefault(tuple(row[1:5]), []).append(word)  # page, block, paragraph, line
    out: list[Word] = []
    for words in lines.values():
        out.extend(w for w, kept in zip(words, _kept(words), strict=True) if kept)
    return out


def _kept(words: list[Word]) -> list[bool]:
    """Which words of one Tesseract line to keep: those it is sure enough of, and the unsure
    ones inside the line's number (``Số:1239 /SYT-TCCB``) or date (``ngày 04 tháng 9 năm
    2025``), not the unsure specks beside them (``về LẺ) chọc on, Lâm Đồng, ngày ...``)."""
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


# --- mending what OCR confuses in a number or a date ---------------------------------------

#: Letters OCR reads for digits, and the digit each stands for, in a slot that holds digits
#: only: ``ngày II tháng``, ``I5tháng``, ``Ø6``, ``Số: I25/``, ``ngày /5``, ``Số: 1§65/``.
_DIGIT_FOR = str.maketrans("Il|!íìÍÌOoØøQDSsZzBGTg/§", "111111110000005522867918")
#: Look-alikes of the stroke of a roman numeral.
_ROMAN_FOR = str.maketrans("lL|", "III")


def mend(text: str) -> str:
    """``text`` with the digits of its date (``ngày .. tháng .. năm ....``) and of its
    number (``Số: ../``) mended where OCR read letters for them, the date's words
    spelt right (``thảng`` for ``tháng``), a number line of which only the symbol was read
    (``/BNV-CCHC``), a speck after a heading in capitals (``LÂM ĐỒNG s3``) and the Prime
    Minister's ``TTg`` read in capitals (``QĐ-TTG``) put right, a
    roman label's strokes (``IH.`` for ``III.``),
    a mark before a label (``_1.``) and one Đ read twice (``ĐÐ``) put right, the acute lost
    over a stop syllable's ``â ê ô ă`` put back (``quôc``), and the names of provinces,
    ministries and the letter's frame spelt as they are (:mod:`congvan.readers.lexicon`).
    Only a slot that then holds digits in range changes; anything else is left as read."""
    if patterns.OCR_SPECK_LINE_RE.match(text):
        return ""  # ``:`` alone between a title and its subject
    text = mend_stop_tones(mend_names(text)).replace("ĐÐ", "Đ").replace("ÐĐ", "Đ")
    if patterns.OCR_SYMBOL_ONLY_RE.match(text):
        return "Số: " + text.strip()  # ``/BNV-CCHC``: the number line, its number lost
    if is_upper(text, 0.7):
        if len(text.split()) == 1:
            text = mend_joined(text.strip())  # ``QUYÉTĐỊNH``: a title's two words run together
        text = patterns.OCR_SPECK_TOKEN_RE.sub("", text)  # ``ỦY BAN NHÂN DÂN _. TỈNH``
        text = patterns.OCR_PROVINCE_END_RE.sub("TỈNH", text)  # ``... HÀNH CHÍNH TINH``
    speck = patterns.OCR_TAIL_SPECK_RE.search(text)
    if speck is not None and (speck.start() == 0 or is_upper(text[: speck.start()])):
        text = text[: speck.start()]  # ``BCH ĐOÀN TỈNH LÂM ĐỒNG s3``, ``s3`` alone
    text = patterns.OCR_TTG_RE.sub("TTg", text)  # ``QĐ-TTG``: the Prime Minister's ``TTg``
    text = patterns.OCR_TTR_RE.sub("TTr", text)  # ``TIr-SNV``: a tờ trình's ``TTr``
    text = patterns.OCR_UBND_RE.sub("UBND", text)  # ``BC-UBNP``: a ký hiệu's ``UBND``
    text = patterns.OCR_LEAD_SIGN_RE.sub("", text, count=1)  # ``® Cơ quan phát hành: ...``
    text = patterns.OCR_JUNK_COMMA_LABEL_RE.sub(r"\g<label>.", text, count=1)  # ``_1, Báo``
    text = patterns.OCR_LEAD_JUNK_RE.sub("", text, count=1)
    text = patterns.OCR_YEAR_BEFORE_RE.sub("năm", text)  # ``ở địa phương nắm 2025``
    text = patterns.OCR_ACRONYM_BRACKET_RE.sub(r"\g<head>I", text)  # ``chỉ số PC]``
    text = patterns.OCR_VV_RE.sub(r"\1V/v ", text, count=1)  # ``“VW giới thiệu ...``
    text = patterns.OCR_ROMAN_RE.sub(_roman, text, count=1)
    text = patterns.OCR_DATE_RE.sub(_date, text)
    text = patterns.OCR_YEAR_WORD_RE.sub(r"\g<head>năm", text)  # ``tháng 10 nắm`` (day blank)
    text = patterns.OCR_MONTH_RE.sub(_month, text)  # ``tháng 1T năm`` (day blank)
    return patterns.OCR_NUMBER_RE.sub(_number, text, count=1)


#: How many lines after ``1.`` the next label is looked for (a section's text).
_LABEL_REACH = 40


def mend_first_roman(texts: list[str]) -> list[str]:
    """``1. Thời gian:`` whose next label is ``II. Hình thức:`` is ``I.``: a black-and-white
    scan draws the stroke of ``I`` as a one. The next label decides (``2.`` keeps the one),
    looked for within :data:`_LABEL_REACH` lines; nothing else changes."""
    out = list(texts)
    for i, text in enumerate(texts):
        one = patterns.OCR_ONE_FOR_I_RE.match(text)
        if one is None:
            continue
        for later in texts[i + 1 : i + 1 + _LABEL_REACH]:
            if patterns.LABEL_RE.match(later) is None:
                continue
            if patterns.OCR_SECOND_ROMAN_RE.match(later):
                out[i] = patterns.OCR_ONE_FOR_I_RE.sub(r"\1I\2", text, count=1)
            break
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
