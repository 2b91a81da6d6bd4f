"""Build Word (.docx) versions of the sample letters in this folder.

Run from the repository root (or from anywhere)::

    python samples/build_docx.py          # build and self-check
    python samples/build_docx.py --show   # also print the text of each .docx

For each name in ``SPECS`` the script reads ``<name>.txt`` and writes ``<name>.docx``
next to it, laid out the way a Vietnamese office does it in Word (Nghị định
30/2020/NĐ-CP, Phụ lục I):

* A4 portrait, margins 20/20/30/20 mm, Times New Roman everywhere;
* the header is a borderless two-column table: parent organ (regular), issuing
  organ (bold), ``Số:`` line, ``V/v`` subject of a công văn and the urgency mark
  (bold, boxed) on the left; Quốc hiệu, Tiêu ngữ and place/date (italic) on the right;
* the type name and the subject are centred and bold, with a short rule below;
* body paragraphs are justified, 14 pt, first-line indent 1.27 cm, 6 pt after;
* the closing is a borderless two-column table: ``Nơi nhận:`` (12 pt bold italic)
  and its list (11 pt) on the left, the signer lines (bold, centred) on the right.

How a .txt letter is split (the .txt files carry no markers, the rules read the text):

1. Header: every line before the first line that starts with ``Kính gửi`` or is a
   document-type name in capitals (``QUYẾT ĐỊNH``, ``KẾ HOẠCH``, ``THÔNG BÁO``...).
   Inside it, header-right starts at the Quốc hiệu line (``CỘNG HÒA``/``CỘNG HOÀ``);
   everything above it is header-left (the .txt lists the left column first).
2. Title (documents with a type name): the type-name line and the non-blank lines
   below it (the subject), up to the next blank line.
3. Body: from there up to the line ``Nơi nhận:``.
4. Nơi nhận list: the non-blank lines after ``Nơi nhận:`` up to the next blank line.
   An entry starts with ``-``; a line that does not continues the entry above it.
5. Signer: all lines after the list. Blank lines between them are kept as empty
   paragraphs (the space for the signature).

Formatting inside header-left, block by block (blocks are separated by blank lines):
the first block is the organ name (its first ``SPECS[name].parent_lines`` lines are
the parent organ); a ``Số`` line is the number; a block starting with ``V/v`` is one
paragraph whose lines are joined by soft line breaks; any other line is an urgency
mark. With ``organ_soft_break`` the issuing organ's lines share one paragraph,
separated by soft line breaks (``run.add_break()``), as many offices type them.

Output is deterministic: fixed core properties and fixed zip entry timestamps, so a
rebuild gives byte-identical files. After writing, each file is re-read with
python-docx and its words are compared, in order, with the words of the .txt.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import sys
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Cm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

HERE = Path(__file__).resolve().parent
FONT = "Times New Roman"
FIXED_TIME = dt.datetime(2025, 1, 1, 0, 0, 0)
ZIP_TIME = (2025, 1, 1, 0, 0, 0)
AUTHOR = "congvan samples"

TYPE_NAMES = frozenset(
    {
        "NGHỊ QUYẾT", "QUYẾT ĐỊNH", "CHỈ THỊ", "QUY CHẾ", "QUY ĐỊNH", "THÔNG CÁO",
        "THÔNG BÁO", "HƯỚNG DẪN", "CHƯƠNG TRÌNH", "KẾ HOẠCH", "PHƯƠNG ÁN", "ĐỀ ÁN",
        "DỰ ÁN", "BÁO CÁO", "BIÊN BẢN", "TỜ TRÌNH", "GIẤY MỜI", "CÔNG ĐIỆN",
    }
)  # fmt: skip
MOTTO_PREFIXES = ("CỘNG HÒA", "CỘNG HOÀ")
RECIPIENTS_LABEL = "Nơi nhận:"

# Page geometry (cm): A4, text width 21 - 3 - 2 = 16 cm.
HEADER_WIDTHS = (6.5, 9.5)
CLOSING_WIDTHS = (7.5, 8.5)

# Children of w:pPr that must come after w:pBdr (schema order, CT_PPr).
_PBDR_SUCCESSORS = (
    "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
    "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi",
    "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
    "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection",
    "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle",
    "w:rPr", "w:sectPr", "w:pPrChange",
)  # fmt: skip
# Children of w:tblPr that must come after w:tblBorders (schema order, CT_TblPr).
_TBLBORDERS_SUCCESSORS = (
    "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption",
    "w:tblDescription", "w:tblPrChange",
)  # fmt: skip


@dataclass(frozen=True)
class Spec:
    """Per-document layout choices that cannot be read from the text."""

    parent_lines: int  # leading lines of the organ block that name the parent organ
    organ_soft_break: bool  # issuing organ lines in one paragraph, soft line breaks


SPECS: dict[str, Spec] = {
    "cong_van": Spec(parent_lines=1, organ_soft_break=False),
    "quyet_dinh": Spec(parent_lines=0, organ_soft_break=True),
    "ke_hoach": Spec(parent_lines=0, organ_soft_break=False),
    "thong_bao": Spec(parent_lines=0, organ_soft_break=True),
}


@dataclass(frozen=True)
class Letter:
    """A letter split into the parts that go into different places of the page."""

    header_left: list[str]
    header_right: list[str]
    title: list[str]  # type name then subject lines; empty for a công văn
    body: list[str]
    recipients: list[str]  # Nơi nhận entries, continuation lines already joined
    signer: list[str]  # may contain "" for the signature space


# --------------------------------------------------------------------------- split


def blocks(lines: list[str]) -> list[list[str]]:
    """Group stripped non-blank lines into blank-line separated blocks."""
    out: list[list[str]] = []
    current: list[str] = []
    for line in lines:
        if line.strip():
            current.append(line.strip())
        elif current:
            out.append(current)
            current = []
    if current:
        out.append(current)
    return out


def _starts_content(line: str) -> bool:
    text = line.strip()
    return text.startswith("Kính gửi") or text in TYPE_NAMES


def split_letter(text: str) -> Letter:
    """Split a plain-text letter into its parts (rules in the module docstring)."""
    lines = [line.rstrip() for line in text.splitlines()]
    start = next(i for i, line in enumerate(lines) if _starts_content(line))
    header = lines[:start]
    motto = next(i for i, line in enumerate(header) if line.startswith(MOTTO_PREFIXES))

    pos = start
    title: list[str] = []
    if lines[start].strip() in TYPE_NAMES:
        while pos < len(lines) and lines[pos].strip():
            title.append(lines[pos].strip())
            pos += 1

    closing = next(i for i in range(pos, len(lines)) if lines[i].strip() == RECIPIENTS_LABEL)
    pos = closing + 1
    while pos < len(lines) and not lines[pos].strip():
        pos += 1
    recipients: list[str] = []
    while pos < len(lines) and lines[pos].strip():
        entry = lines[pos].strip()
        if entry.startswith("-") or not recipients:
            recipients.append(entry)
        else:
            recipients[-1] = f"{recipients[-1]} {entry}"
        pos += 1

    signer = [line.strip() for line in lines[pos:]]
    while signer and not signer[0]:
        signer.pop(0)
    while signer and not signer[-1]:
        signer.pop()

    return Letter(
        header_left=header[:motto],
        header_right=header[motto:],
        title=title,
        body=lines[start + len(title) : closing],
        recipients=recipients,
        signer=signer,
    )


# ------------------------------------------------------------------------ low level


def _element(tag: str) -> BaseOxmlElement:
    """Create a detached OOXML element such as ``w:pBdr``."""
    return cast(BaseOxmlElement, OxmlElement(tag))


def _set_run_font(run_props: BaseOxmlElement) -> None:
    """Make every script slot of a w:rPr use Times New Roman."""
    fonts = run_props.find(qn("w:rFonts"))
    if fonts is None:
        fonts = _element("w:rFonts")
        run_props.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), FONT)


def add_text(
    para: Paragraph,
    text: str,
    *,
    size: float = 14,
    bold: bool = False,
    italic: bool = False,
) -> None:
    """Append one formatted run."""
    run = para.add_run(text)
    run.font.name = FONT
    run.font.size = Pt(size)
    run.font.bold = bold or None  # None: inherit, no explicit "off" in the XML
    run.font.italic = italic or None


def add_lines(para: Paragraph, lines: list[str], *, size: float, bold: bool = False) -> None:
    """Append lines as runs separated by soft line breaks (Shift+Enter in Word)."""
    for i, line in enumerate(lines):
        if i:
            para.runs[-1].add_break()
        add_text(para, line, size=size, bold=bold)


def new_paragraph(
    container: DocxDocument | _Cell,
    align: WD_ALIGN_PARAGRAPH = WD_ALIGN_PARAGRAPH.CENTER,
    *,
    before: float = 0,
    after: float = 0,
) -> Paragraph:
    """Add a paragraph; a table cell's initial empty paragraph is reused."""
    paras = container.paragraphs
    if isinstance(container, _Cell) and len(paras) == 1 and not paras[0].runs:
        para = paras[0]
    else:
        para = container.add_paragraph()
    para.alignment = align
    para.paragraph_format.space_before = Pt(before)
    para.paragraph_format.space_after = Pt(after)
    return para


def _add_border(para: Paragraph, sides: tuple[str, ...]) -> None:
    """Give a paragraph a single-line border on the given sides (top/left/bottom/right)."""
    ppr = para._p.get_or_add_pPr()
    border = _element("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        if side in sides:
            edge = _element(f"w:{side}")
            edge.set(qn("w:val"), "single")
            edge.set(qn("w:sz"), "8")
            edge.set(qn("w:space"), "1")
            edge.set(qn("w:color"), "auto")
            border.append(edge)
    ppr.insert_element_before(border, *_PBDR_SUCCESSORS)


def add_rule(container: DocxDocument | _Cell, width: float, length: float) -> None:
    """Add an empty paragraph drawn as a centred horizontal rule ``length`` cm long."""
    para = new_paragraph(container)
    _add_border(para, ("bottom",))
    margin = Cm(max(0.0, (width - length) / 2))
    para.paragraph_format.left_indent = margin
    para.paragraph_format.right_indent = margin
    para.paragraph_format.line_spacing = Pt(4)


def borderless_table(doc: DocxDocument, widths: tuple[float, float]) -> Table:
    """Add a one-row, two-column table without borders and with fixed column widths."""
    table: Table = doc.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    borders = _element("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        edge = _element(f"w:{side}")
        edge.set(qn("w:val"), "nil")
        borders.append(edge)
    table._tbl.tblPr.insert_element_before(borders, *_TBLBORDERS_SUCCESSORS)
    for column, cell, width in zip(table.columns, table.rows[0].cells, widths, strict=True):
        column.width = Cm(width)
        cell.width = Cm(width)
    return table


# --------------------------------------------------------------------------- layout


def fill_header_left(cell: _Cell, lines: list[str], spec: Spec) -> None:
    """Organ name, number, V/v subject and urgency mark (see module docstring)."""
    width = HEADER_WIDTHS[0]
    for index, block in enumerate(blocks(lines)):
        if index == 0:
            for parent in block[: spec.parent_lines]:
                add_text(new_paragraph(cell), parent, size=13)
            organ = block[spec.parent_lines :]
            if spec.organ_soft_break:
                add_lines(new_paragraph(cell), organ, size=13, bold=True)
            else:
                for line in organ:
                    add_text(new_paragraph(cell), line, size=13, bold=True)
            add_rule(cell, width, 2.5)
        elif block[0].startswith("V/v"):
            add_lines(new_paragraph(cell, before=6), block, size=12)
        else:
            for line in block:
                if line.startswith("Số"):
                    add_text(new_paragraph(cell, before=6), line, size=13)
                else:  # urgency mark, boxed
                    para = new_paragraph(cell, before=6)
                    _add_border(para, ("top", "left", "bottom", "right"))
                    margin = Cm((width - 2.0) / 2)
                    para.paragraph_format.left_indent = margin
                    para.paragraph_format.right_indent = margin
                    add_text(para, line, size=13, bold=True)


def fill_header_right(cell: _Cell, lines: list[str]) -> None:
    """Quốc hiệu, Tiêu ngữ (with a rule below) and the italic place/date line."""
    width = HEADER_WIDTHS[1]
    for line in (line.strip() for line in lines if line.strip()):
        if line.startswith(MOTTO_PREFIXES):
            add_text(new_paragraph(cell), line, size=12, bold=True)
        elif line.startswith("Độc lập"):
            add_text(new_paragraph(cell), line, size=13, bold=True)
            add_rule(cell, width, 5.8)
        else:
            add_text(new_paragraph(cell, before=6), line, size=14, italic=True)


def add_title(doc: DocxDocument, title: list[str]) -> None:
    """Type name, then the subject as one paragraph (Word wraps it), then a rule."""
    add_text(new_paragraph(doc, before=18), title[0], bold=True)
    if len(title) > 1:
        add_text(new_paragraph(doc), " ".join(title[1:]), bold=True)
    add_rule(doc, 16.0, 4.0)


def _is_upper_heading(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


def _body_paragraph(doc: DocxDocument) -> Paragraph:
    para = new_paragraph(doc, WD_ALIGN_PARAGRAPH.JUSTIFY, before=0, after=6)
    para.paragraph_format.first_line_indent = Cm(1.27)
    return para


def add_body(doc: DocxDocument, body: list[str]) -> None:
    """One paragraph per non-blank line; style chosen from the line's text.

    ``Kính gửi`` and the dash lines right after it are indented recipients;
    ``Căn cứ``/``Theo đề nghị`` lines before ``QUYẾT ĐỊNH:`` are italic; a Roman-numbered
    capitalised line is a bold section heading; another capitalised line (authority,
    ``QUYẾT ĐỊNH:``) is centred bold; ``Điều N.`` gets a bold label.
    """
    decision_line = next((i for i, line in enumerate(body) if line.strip() == "QUYẾT ĐỊNH:"), -1)
    in_recipients = False
    for index, raw in enumerate(body):
        text = raw.strip()
        if not text:
            continue
        if text.startswith("Kính gửi"):
            in_recipients = True
            para = new_paragraph(doc, WD_ALIGN_PARAGRAPH.LEFT, before=12, after=6)
            para.paragraph_format.left_indent = Cm(2.0)
            add_text(para, text)
            continue
        if in_recipients and text.startswith("-"):
            para = new_paragraph(doc, WD_ALIGN_PARAGRAPH.LEFT)
            para.paragraph_format.left_indent = Cm(4.5)
            add_text(para, text)
            continue
        if in_recipients:
            in_recipients = False
            doc.paragraphs[-1].paragraph_format.space_after = Pt(12)

        if index < decision_line and text.startswith(("Căn cứ", "Theo đề nghị")):
            add_text(_body_paragraph(doc), text, italic=True)
        elif _is_upper_heading(text):
            if "." in text and set(text.split(".", 1)[0]) <= set("IVXL"):
                add_text(_body_paragraph(doc), text, bold=True)
            else:
                add_text(new_paragraph(doc, before=6, after=6), text, bold=True)
        elif text.startswith("Điều ") and "." in text[:9]:
            label, rest = text.split(".", 1)
            para = _body_paragraph(doc)
            add_text(para, f"{label}.", bold=True)
            add_text(para, rest)
        else:
            add_text(_body_paragraph(doc), text)


def add_closing(doc: DocxDocument, letter: Letter) -> None:
    """Nơi nhận (left) and signer block (right) in a borderless table."""
    left, right = borderless_table(doc, CLOSING_WIDTHS).rows[0].cells
    add_text(new_paragraph(left, WD_ALIGN_PARAGRAPH.LEFT, before=12), RECIPIENTS_LABEL,
             size=12, bold=True, italic=True)  # fmt: skip
    for entry in letter.recipients:
        add_text(new_paragraph(left, WD_ALIGN_PARAGRAPH.LEFT), entry, size=11)
    for index, line in enumerate(letter.signer):
        para = new_paragraph(right, before=12 if index == 0 else 0)
        if line:
            add_text(para, line, bold=True)


def build_document(letter: Letter, spec: Spec, name: str) -> DocxDocument:
    """Lay a split letter out on an A4 page."""
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.top_margin = section.bottom_margin = Cm(2.0)
    section.left_margin, section.right_margin = Cm(3.0), Cm(2.0)

    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(14)
    _set_run_font(normal.element.get_or_add_rPr())

    props = doc.core_properties
    props.author = props.last_modified_by = AUTHOR
    props.created = props.modified = FIXED_TIME
    props.revision = 1
    props.title = name
    props.comments = "Invented sample letter for congvan tests."

    left, right = borderless_table(doc, HEADER_WIDTHS).rows[0].cells
    fill_header_left(left, letter.header_left, spec)
    fill_header_right(right, letter.header_right)
    if letter.title:
        add_title(doc, letter.title)
    add_body(doc, letter.body)
    add_closing(doc, letter)
    return doc


# ------------------------------------------------------------------- save and check


def save_deterministic(doc: DocxDocument, path: Path) -> None:
    """Save with fixed zip timestamps so that identical content gives identical bytes."""
    buffer = io.BytesIO()
    doc.save(buffer)
    with (
        zipfile.ZipFile(buffer) as source,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            target.writestr(entry, source.read(info.filename))


def docx_paragraphs(path: Path) -> Iterator[str]:
    """Text of every paragraph in document order, table cells row by row."""
    doc = Document(str(path))
    for child in doc.element.body.iterchildren():
        if child.tag == qn("w:p"):
            yield Paragraph(child, doc).text
        elif child.tag == qn("w:tbl"):
            for row in Table(child, doc).rows:
                for cell in row.cells:
                    for para in cell.paragraphs:
                        yield para.text


def check(txt: Path, docx_path: Path) -> None:
    """Fail unless the .docx holds exactly the words of the .txt, in the same order."""
    expected = txt.read_text(encoding="utf-8").split()
    actual = "\n".join(docx_paragraphs(docx_path)).split()
    if expected != actual:
        first = next(
            (i for i, pair in enumerate(zip(expected, actual, strict=False)) if pair[0] != pair[1]),
            min(len(expected), len(actual)),
        )
        raise SystemExit(
            f"{docx_path.name}: text differs at word {first}: "
            f"{expected[first : first + 5]} != {actual[first : first + 5]}"
        )


def main(argv: list[str] | None = None) -> int:
    """Build every sample .docx, check it, and optionally print its text."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--show", action="store_true", help="print the text of each .docx")
    args = parser.parse_args(argv)

    for name, spec in SPECS.items():
        txt = HERE / f"{name}.txt"
        out = HERE / f"{name}.docx"
        letter = split_letter(txt.read_text(encoding="utf-8"))
        save_deterministic(build_document(letter, spec, name), out)
        check(txt, out)
        print(f"wrote {out.relative_to(HERE.parent)} (text matches {txt.name})")
        if args.show:
            print("\n".join(f"    | {para}" for para in docx_paragraphs(out)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
