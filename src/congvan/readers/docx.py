"""Word ``.docx``: body paragraphs and table cells in document order.

The reader works on ``word/document.xml`` with lxml rather than python-docx's
object model: it is several times faster, and the object model hides what a
faithful reader needs (tracked insertions, content controls, the
``mc:AlternateContent`` duplicates). What it reads:

* paragraphs and tables in order, nested tables and content controls
  (``w:sdt``) included; every cell line records its table, row and grid column;
* soft line breaks (``w:br``, ``w:cr``) as new lines of the same paragraph;
* run text only: field *results* are read, field codes (``w:instrText``) never;
* tracked changes as if accepted: insertions kept, deletions and moved-from
  text dropped (with a diagnostic).

Text boxes and Word's automatic numbering are detected and reported as
diagnostics but not yet rendered into the text.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator

from lxml import etree

from congvan import codes
from congvan.errors import ReadError
from congvan.models import Diagnostic
from congvan.source import Cell, Line, SourceDocument

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"

#: ``word/document.xml`` larger than this once inflated is refused (zip bombs).
MAX_PART_BYTES = 64 * 1024 * 1024
#: Tables nested deeper than this are read as flat text: nothing real nests so deep.
MAX_TABLE_DEPTH = 12

# Subtrees whose text is not part of what the reader shows as body text.
_SKIP = frozenset(
    {
        W + "pPr",
        W + "rPr",
        W + "del",
        W + "moveFrom",
        W + "instrText",
        W + "delText",
        W + "txbxContent",
        W + "footnoteReference",
        W + "endnoteReference",
        W + "commentReference",
        MC + "Fallback",
    }
)
_REVISION_TAGS = frozenset({W + "ins", W + "del", W + "moveFrom", W + "moveTo"})


def _parser() -> etree.XMLParser:
    # Never resolve entities or fetch DTDs: a hostile file must not read local files.
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, recover=False
    )


def _load_part(data: bytes, path: str | None, name: str) -> etree._Element:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, EOFError):
        raise ReadError(path, "tệp .docx bị hỏng (không mở được tệp nén).") from None
    with archive:
        try:
            info = archive.getinfo(name)
        except KeyError:
            raise ReadError(path, f"tệp .docx thiếu phần {name}.") from None
        if info.file_size > MAX_PART_BYTES:
            raise ReadError(path, f"phần {name} quá lớn khi giải nén (nghi tệp nén độc hại).")
        try:
            with archive.open(info) as fh:
                xml = fh.read(MAX_PART_BYTES + 1)
        except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError):
            raise ReadError(path, "tệp .docx bị hỏng (dữ liệu nén lỗi).") from None
    if len(xml) > MAX_PART_BYTES:
        raise ReadError(path, f"phần {name} quá lớn khi giải nén (nghi tệp nén độc hại).")
    try:
        root = etree.fromstring(xml, _parser())
    except etree.XMLSyntaxError as exc:
        raise ReadError(path, f"tệp .docx có XML hỏng ({exc.msg}).") from None
    # Office never writes a DTD; one in a .docx is an attack (entities are never resolved).
    docinfo = root.getroottree().docinfo
    if docinfo.internalDTD is not None or docinfo.system_url or docinfo.public_id:
        raise ReadError(
            path, "tệp .docx chứa khai báo DOCTYPE/ENTITY, bị từ chối vì lý do an toàn."
        )
    return root


class _Walker:
    """Turns the body into numbered lines; collects what it saw for diagnostics."""

    def __init__(self) -> None:
        self.lines: list[Line] = []
        self.tables = 0
        self.paras = 0
        self.autonumber_line: int | None = None
        self.textbox_line: int | None = None
        self.revision_line: int | None = None

    def block(self, el: etree._Element, cell: Cell | None, depth: int) -> None:
        for child in el:
            tag = child.tag
            if tag == W + "p":
                self.paragraph(child, cell)
            elif tag == W + "tbl":
                self.table(child, cell, depth)
            elif tag in (W + "sdt", W + "customXml", W + "ins", W + "moveTo"):
                content = child.find(W + "sdtContent") if tag == W + "sdt" else child
                if content is not None:
                    self.block(content, cell, depth)

    def table(self, tbl: etree._Element, outer: Cell | None, depth: int) -> None:
        if depth >= MAX_TABLE_DEPTH:
            self.paragraph(tbl, outer)
            return
        index = self.tables
        self.tables += 1
        for r, tr in enumerate(tbl.iterfind(W + "tr")):
            col = 0
            for tc in _cells(tr):
                span_el = tc.find(f"{W}tcPr/{W}gridSpan")
                span = int(span_el.get(W + "val", "1")) if span_el is not None else 1
                self.block(tc, Cell(index, r, col), depth + 1)
                col += max(span, 1)

    def paragraph(self, p: etree._Element, cell: Cell | None) -> None:
        para = self.paras
        self.paras += 1
        first = len(self.lines) + 1
        if self.autonumber_line is None and p.find(f"{W}pPr/{W}numPr") is not None:
            self.autonumber_line = first
        parts: list[str] = []
        for piece in _text_pieces(p, self):
            if piece == "\n":
                self._emit("".join(parts), cell, para)
                parts = []
            else:
                parts.append(piece)
        self._emit("".join(parts), cell, para)

    def _emit(self, text: str, cell: Cell | None, para: int) -> None:
        self.lines.append(Line(no=len(self.lines) + 1, text=text, cell=cell, para=para))

    def note(self, tag: str) -> None:
        line = len(self.lines) + 1
        if tag == W + "txbxContent" and self.textbox_line is None:
            self.textbox_line = line
        elif tag in _REVISION_TAGS and self.revision_line is None:
            self.revision_line = line


def _cells(tr: etree._Element) -> Iterator[etree._Element]:
    for child in tr:
        if child.tag == W + "tc":
            yield child
        elif child.tag in (W + "sdt", W + "customXml"):
            content = child.find(W + "sdtContent") if child.tag == W + "sdt" else child
            if content is not None:
                yield from content.iterfind(W + "tc")


def _text_pieces(el: etree._Element, walker: _Walker) -> Iterator[str]:
    """Yield the visible text of a paragraph, ``"\\n"`` for each line break."""
    for child in el:
        tag = child.tag
        if not isinstance(tag, str):
            continue
        if tag in _REVISION_TAGS or tag == W + "txbxContent":
            walker.note(tag)
        if tag in _SKIP:
            continue
        if tag == W + "t":
            yield child.text or ""
        elif tag == W + "tab" or tag == W + "ptab":
            yield "\t"
        elif tag in (W + "br", W + "cr"):
            if child.get(W + "type") in (None, "textWrapping"):
                yield "\n"
        elif tag == W + "noBreakHyphen":
            yield "-"
        elif tag == W + "tbl":
            # A table inside a paragraph cannot occur in valid WordprocessingML;
            # read its text flat rather than lose it.
            yield from _text_pieces(child, walker)
        else:
            yield from _text_pieces(child, walker)


def read_docx(data: bytes, path: str | None, sha256: str) -> SourceDocument:
    """Read a ``.docx`` file's body into lines with cell provenance."""
    root = _load_part(data, path, "word/document.xml")
    body = root.find(W + "body")
    if body is None:
        raise ReadError(path, "tệp .docx không có phần thân văn bản (w:body).")
    walker = _Walker()
    walker.block(body, None, 0)
    diagnostics: list[Diagnostic] = []
    if walker.autonumber_line is not None:
        diagnostics.append(codes.diag(codes.WORD_AUTONUMBER, walker.autonumber_line))
    if walker.textbox_line is not None:
        diagnostics.append(codes.diag(codes.WORD_TEXTBOX, walker.textbox_line))
    if walker.revision_line is not None:
        diagnostics.append(codes.diag(codes.WORD_REVISIONS, walker.revision_line))
    return SourceDocument(path, "docx", sha256, "utf-8", walker.lines, diagnostics)
