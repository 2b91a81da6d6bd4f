"""Markdown and HTML exports of official documents (thuvienphapluat scrapes and the like).

Such exports keep the letter's two layout tables (issuer | motto and date; Nơi
nhận | signer) as tables, which this reader turns into lines with
:class:`~congvan.source.Cell` provenance, so the segmenter treats them as it
treats Word tables. Exporters damage the text in known ways, repaired here:

* a table cell's lines are collapsed into one (``KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG
  Nguyễn Sinh Hùng``): the cell is cut again at the anchors of an official
  letter (rules of dashes, ``Số:``, ``V/v``, the motto, the place and date,
  ``- `` entries of Nơi nhận, authority prefixes, the position after them and
  the signer's name), each part one line of the same cell;
* letters spaced out by the scraper (``Qu ả ng Ngãi``, ``tháng 0 6``) are glued
  back only when the joined word is a valid Vietnamese syllable and one of the
  pieces is not (``ở`` in ``nhà ở`` stays);
* a document exported twice in one file is read once.

The scraper's source line and its page-title heading before the first table
are not part of the document and are dropped. Markdown line numbers are the
file's own; a table row's cells share their row's number. HTML is read with
lxml: ``<p>``, ``<br>``, headings and list items become lines, tables cells;
scripts and styles are dropped, and lines are numbered in reading order.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field

import lxml.html
from lxml import etree

from congvan import codes, encodings, patterns
from congvan.errors import ReadError
from congvan.models import Diagnostic
from congvan.readers.txt import decode_text
from congvan.source import Cell, Line, SourceDocument

#: A second copy must repeat this many lines of the first to count as one.
DUPLICATE_MIN_LINES = 5


@dataclass(slots=True)
class _Repairs:
    """What the reader changed, for the diagnostics."""

    cells_split: int | None = None
    joined: int | None = None
    duplicate: int | None = None
    notes: list[Diagnostic] = field(default_factory=list)

    def diagnostics(self) -> list[Diagnostic]:
        out = list(self.notes)
        if self.duplicate is not None:
            out.append(codes.diag(codes.EXPORT_DUPLICATE, self.duplicate))
        if self.cells_split is not None:
            out.append(codes.diag(codes.EXPORT_CELLS_SPLIT, self.cells_split))
        if self.joined is not None:
            out.append(codes.diag(codes.EXPORT_LETTERS_JOINED, self.joined))
        return out


# --- repairs shared by Markdown and HTML --------------------------------------------------------


def join_spaced_letters(text: str) -> str:
    """Glue letters a scraper spaced out, where the result is unambiguous.

    ``Qu ả ng Ngãi`` -> ``Quảng Ngãi``, ``Ch ủ t ị ch`` -> ``Chủ tịch``,
    ``tháng 0 6`` -> ``tháng 06``. Pieces are glued only when the joined word is
    a valid syllable, one piece carries a Vietnamese mark and at least one
    piece is not a word on its own, so ``nhà ở`` and ``đất ở`` stay apart. Syllables are
    judged composed (``B Ộ`` stored as ``B O`` and two combining marks is ``BỘ``), and a
    line of decomposed letters goes on decomposed, for the normalizer to compose and say so.
    """
    composed = unicodedata.normalize("NFC", text)
    joined = _join_spaced_letters(composed)
    return text if joined == composed else _as_read(text, joined)


def _as_read(read: str, piece: str) -> str:
    """``piece``, cut or mended from the composed form of ``read``, in the form ``read`` came
    in: decomposed when it was, for the normalizer to compose and say so (``CV002``)."""
    return piece if unicodedata.is_normalized("NFC", read) else unicodedata.normalize("NFD", piece)


def _join_spaced_letters(text: str) -> str:
    text = patterns.MD_SPACED_DIGITS_RE.sub(
        lambda m: m.group("head") + m.group("digits").replace(" ", ""), text
    )
    text = patterns.MD_SPACED_SYMBOL_RE.sub(_glued_symbol, text)
    tokens = text.split(" ")
    out: list[str] = []
    i = 0
    while i < len(tokens):
        # A glued word is one syllable (at most 7 letters and a tail of punctuation): only
        # short pieces can make one, so a run of long tokens costs one test each.
        reach = i + 1
        while reach < min(len(tokens), i + 5) and sum(map(len, tokens[i : reach + 1])) <= _WORD:
            reach += 1
        for k in range(reach, i + 1, -1):
            # ``Ch ủ t ị ch``: a trailing consonant before a vowel piece is that piece's onset.
            if k < len(tokens) and not _has_vowel(tokens[k - 1]) and _has_vowel(tokens[k][:1]):
                continue
            joined = _joined(tokens[i:k], _context(tokens, i, k))
            if joined is not None:
                out.append(joined)
                i = k
                break
        else:
            out.append(tokens[i])
            i += 1
    return " ".join(out)


#: The longest run of pieces that may spell one syllable, its punctuation included.
_WORD = 12


def _has_vowel(text: str) -> bool:
    base = unicodedata.normalize("NFD", text.lower())
    return any(c in "aeiouy" for c in base)


def _glued_symbol(m: re.Match[str]) -> str:
    """``12/QĐ-U B ND`` -> ``12/QĐ-UBND``: a số/ký hiệu holds no spaces, so capitals spaced
    out right after it belong to it, when one of them is a lone letter."""
    pieces = m.group("rest").split()
    if not any(len(p) == 1 for p in pieces) and len(m.group("head").rsplit("-", 1)[-1]) != 1:
        return m.group()
    return m.group("head") + "".join(pieces)


def _context(tokens: list[str], i: int, k: int) -> str:
    """What the words around ``tokens[i:k]`` say of it: ``caps`` in a line of capitals with
    Vietnamese marks (``ỦY B AN NHÂN DÂN``), ``name`` in a run of capitalised syllables
    (``Ngu y ễn Văn Nam``), else ``""``."""
    before = tokens[i - 1] if i > 0 else ""
    after = tokens[k] if k < len(tokens) else ""
    marked = [w for w in (before, after) if w and not w.isascii()]
    if marked and all(w.isupper() for w in (before, after) if w):
        return "caps"
    if after[:1].isupper() and after[1:].islower() and tokens[i][:1].isupper():
        return "name"
    return ""


def _joined(pieces: list[str], context: str = "") -> str | None:
    """The word ``pieces`` spell, or None. Pieces that are each a word are glued only in a
    run of capitalised names (``Ngu y ễn`` before ``Văn``); plain ASCII only among capitals
    with marks (``ỦY B AN``)."""
    words: list[str] = []
    tail = ""
    for n, piece in enumerate(pieces):
        m = patterns.MD_TOKEN_RE.match(piece)
        if m is None or (m.group("tail") and n < len(pieces) - 1):
            return None
        words.append(m.group("word"))
        tail = m.group("tail")
    word = "".join(words)
    ascii_ok = context == "caps" and word.isupper() and any(len(w) == 1 for w in words)
    words_ok = context == "name" and words[0][:1].isupper() and "".join(words[1:]).islower()
    if (
        (all(w.isascii() for w in words) and not ascii_ok)
        or (all(encodings.is_syllable(w) for w in words) and not (ascii_ok or words_ok))
        or not encodings.is_syllable(word)
        or not (word.islower() or word.isupper() or word[1:].islower())
    ):
        return None
    return word + tail


def split_cell(text: str) -> list[str]:
    """Cut a collapsed cell into the lines it had (see the module docstring). The cut patterns
    are written in composed letters; a scrape that stores decomposed diacritics (``PHÓ`` as
    ``PHO`` + a combining acute) is cut where its composed form is."""
    composed = unicodedata.normalize("NFC", text)
    parts = [p.strip() for p in patterns.MD_CELL_CUT_RE.split(composed) if p and p.strip()]
    out: list[str] = []
    for part in parts:
        out.extend(_split_signer(part))
    return [_as_read(text, p) for p in out]


def _split_signer(text: str) -> list[str]:
    """``KT. BỘ TRƯỞNG PHÓ CHỦ NHIỆM Nguyễn Khắc Định`` -> title, position, name. Only the last
    title of a chain is followed by a position: ``TL. TỔNG CỤC TRƯỞNG`` before ``KT. VỤ
    TRƯỞNG ...`` is a title whole."""
    pieces: list[str] = []
    start = 0
    for m in patterns.MD_AUTHORITY_CUT_RE.finditer(text):
        if m.group("next").isupper() and _is_caps(text[start : m.start()]):
            pieces.append(text[start : m.start()])
            start = m.end()
    pieces.append(text[start:])
    out: list[str] = []
    for k, piece in enumerate(pieces):
        head, name = _split_name(piece)
        out.extend(_split_position(head) if k == len(pieces) - 1 else [head])
        if name:
            out.append(name)
    return [p for p in out if p]


def _split_name(text: str) -> tuple[str, str | None]:
    """Cut the signer's name (2 to 6 capitalised words) off the end of a capitals line."""
    words = text.split()
    n = 0
    while n < min(len(words), 6) and _is_name_word(words[-1 - n]):
        n += 1
    head = " ".join(words[: len(words) - n])
    if n < 2 or not head or head[0] in "-+•" or not _is_caps(head):
        return text, None
    return " ".join(words[: len(words) - n]), " ".join(words[len(words) - n :])


def _is_name_word(word: str) -> bool:
    return word.isalpha() and word[0].isupper() and (len(word) == 1 or word[1:].islower())


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _split_position(text: str) -> list[str]:
    m = patterns.MD_AUTHORITY_PREFIX_RE.match(text)
    if m is None or not _is_caps(text):
        return [text.strip()]
    kind = m.group("kind").replace("/", "")
    cut = {"KT": patterns.MD_POSITION_KT_RE, "TM": patterns.MD_POSITION_TM_RE}.get(
        kind, patterns.MD_POSITION_TL_RE
    )
    # The position follows at least one word of the title (``KT. THỦ TƯỚNG``).
    first_word_end = text.find(" ", m.end())
    found = cut.search(text, first_word_end if first_word_end > 0 else len(text))
    if found is None:
        return [text.strip()]
    return [text[: found.start()].strip(), text[found.end() :].strip()]


def drop_second_copy(lines: list[Line]) -> tuple[list[Line], int | None]:
    """Drop a repeated copy of the document; returns the lines and where the copy began."""
    texts = [x.text.strip() for x in lines]
    firsts = [i for i, t in enumerate(texts) if t][:1]
    if not firsts:
        return lines, None
    first = firsts[0]
    for j in range(first + 1, len(lines)):
        if texts[j] != texts[first] or lines[j].no == lines[first].no:
            continue
        if _same_run(texts, first, j):
            return lines[:j], lines[j].no
    return lines, None


def _same_run(texts: list[str], a: int, b: int) -> bool:
    seen = 0
    while b < len(texts) and a < b:
        if texts[a] != texts[b]:
            return False
        seen += bool(texts[a])
        if seen >= DUPLICATE_MIN_LINES:
            return True
        a, b = a + 1, b + 1
    return False


def _finish(lines: list[Line], repairs: _Repairs) -> list[Line]:
    fixed: list[Line] = []
    for line in lines:
        text = join_spaced_letters(line.text)
        if text != line.text and repairs.joined is None:
            repairs.joined = line.no
        fixed.append(line.with_text(text))
    fixed, repairs.duplicate = drop_second_copy(fixed)
    return fixed


# --- Markdown -----------------------------------------------------------------------------------


def read_markdown(data: bytes, path: str | None, sha256: str) -> SourceDocument:
    """Read a Markdown export: pipe tables become cells, the rest text lines."""
    text, encoding = decode_text(data, path)
    raw = patterns.NEWLINE_RE.split(text)
    if len(raw) > 1 and raw[-1] == "":
        raw.pop()
    repairs = _Repairs()
    lines = list(_markdown_lines(raw, repairs))
    lines = _finish(lines, repairs)
    doc = SourceDocument(path, "md", sha256, encoding, lines)
    doc.diagnostics.extend(repairs.diagnostics())
    return doc


def heading_text(text: str) -> str:
    """A heading's words without the closing marks: ``Thông báo ##`` -> ``Thông báo``."""
    return text.rstrip().rstrip("#").rstrip()


def _table_row(text: str) -> bool:
    """``| a | b |``: a line that starts and ends with a bar. (A pattern for it backtracked
    over every bar of a long line of bars and spaces: seconds a line.)"""
    t = text.strip()
    return len(t) >= 2 and t[0] == "|" and t[-1] == "|"


def _markdown_lines(raw: list[str], repairs: _Repairs) -> Iterator[Line]:
    first_table = next((i for i, t in enumerate(raw) if _table_row(t)), None)
    table = -1
    row = 0
    in_table = False
    opened = False  # a line of the letter read: a heading after it is the letter's own
    for i, text in enumerate(raw):
        no = i + 1
        if _table_row(text):
            if not in_table:
                table, row, in_table = table + 1, 0, True
            if not patterns.MD_TABLE_SEP_RE.match(text):
                yield from _row_lines(text, no, table, row, repairs)
                row += 1
            continue
        in_table = False
        before_first_table = first_table is not None and i < first_table
        if before_first_table and patterns.MD_SOURCE_RE.match(text):
            continue
        heading = patterns.MD_HEADING_RE.match(text)
        if heading is not None:
            if before_first_table and not opened:
                continue  # the exporter's page title, not a line of the letter
            text = heading_text(heading.group("text"))
        opened = opened or bool(text.strip())
        yield Line(no=no, text=_inline(text))


def _inline(text: str) -> str:
    return patterns.MD_INLINE_LINK_RE.sub(
        lambda m: "" if m.group("bang") else m.group("text"), text
    )


def _row_lines(text: str, no: int, table: int, row: int, repairs: _Repairs) -> Iterator[Line]:
    cells = patterns.MD_CELL_SEP_RE.split(text.strip())[1:-1]
    for col, cell in enumerate(cells):
        for piece in patterns.MD_BR_RE.split(cell.replace("\\|", "|")):
            parts = split_cell(_inline(" ".join(piece.split())))
            if len(parts) > 1 and repairs.cells_split is None:
                repairs.cells_split = no
            for part in parts:
                yield Line(no=no, text=part, cell=Cell(table, row, col))


# --- HTML ---------------------------------------------------------------------------------------

_BLOCKS = frozenset(
    {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "section", "article", "blockquote"}
    | {"header", "footer", "center", "dd", "dt", "pre", "ul", "ol", "body", "form"}
)
_DROP = frozenset({"script", "style", "head", "noscript", "template", "iframe", "svg"})


class _HtmlWalker:
    """Emits lines in reading order; a table cell's lines carry its position."""

    def __init__(self) -> None:
        self.lines: list[Line] = []
        self.parts: list[str] = []
        self.tables = 0
        self.cell: Cell | None = None
        self.split_at: int | None = None

    def flush(self) -> None:
        text = " ".join("".join(self.parts).split())
        self.parts = []
        if not text:
            return
        pieces = split_cell(text) if self.cell is not None else [text]
        if len(pieces) > 1 and self.split_at is None:
            self.split_at = len(self.lines) + 1
        for piece in pieces:
            self.lines.append(Line(no=len(self.lines) + 1, text=piece, cell=self.cell))

    def walk(self, el: lxml.html.HtmlElement) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _DROP:
            if el.tail:
                self.parts.append(el.tail)
            return
        if tag == "table":
            self.flush()
            self.table(el)
        elif tag == "br":
            self.flush()
        else:
            block = tag in _BLOCKS
            if block:
                self.flush()
            self.parts.append(el.text or "")
            for child in el:
                self.walk(child)
            if block:
                self.flush()
        if el.tail:
            self.parts.append(el.tail)

    def table(self, tbl: lxml.html.HtmlElement) -> None:
        index, outer = self.tables, self.cell
        self.tables += 1
        rows = [tr for tr in tbl.iter("tr") if _nearest_table(tr) is tbl]
        for r, tr in enumerate(rows):
            col = 0
            for td in tr:
                if not isinstance(td.tag, str) or td.tag not in ("td", "th"):
                    continue
                self.cell = Cell(index, r, col)
                self.parts.append(td.text or "")
                for child in td:
                    self.walk(child)
                self.flush()
                span = td.get("colspan")
                col += max(int(span), 1) if _digits(span) else 1
        self.cell = outer


def _digits(value: str | None) -> bool:
    return value is not None and value.strip().isdigit()


def _nearest_table(el: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    parent = el.getparent()
    while parent is not None and parent.tag != "table":
        parent = parent.getparent()
    return parent


def read_html(data: bytes, path: str | None, sha256: str) -> SourceDocument:
    """Read an HTML export: block elements and ``<br>`` make lines, table cells cells."""
    text, encoding = decode_text(data, path)
    try:
        root = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        raise ReadError(path, "tệp HTML rỗng hoặc hỏng, không đọc được nội dung.") from None
    walker = _HtmlWalker()
    walker.walk(root)
    walker.flush()
    repairs = _Repairs(cells_split=walker.split_at)
    lines = _finish(walker.lines, repairs)
    doc = SourceDocument(path, "html", sha256, encoding, lines)
    doc.diagnostics.extend(repairs.diagnostics())
    return doc
