"""Build the Word XML the reader tests need, on top of python-docx.

python-docx writes paragraphs, tables, styles and headers; numbering
definitions, text boxes, fields and footnotes are written here as XML and
put into the package. Every helper returns plain values so a test states its
input in a few lines.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable

import docx
from docx.document import Document
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from congvan.readers import read_bytes
from congvan.source import SourceDocument

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NSDECL = (
    f'xmlns:w="{W_NS}" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def lvl(
    ilvl: int,
    fmt: str = "decimal",
    text: str = "%1.",
    start: int = 1,
    *,
    suff: str | None = None,
    restart: int | None = None,
    legal: bool = False,
    pstyle: str | None = None,
) -> str:
    """One ``w:lvl`` of a numbering definition."""
    parts = [f'<w:start w:val="{start}"/>', f'<w:numFmt w:val="{fmt}"/>']
    if restart is not None:
        parts.append(f'<w:lvlRestart w:val="{restart}"/>')
    if pstyle is not None:
        parts.append(f'<w:pStyle w:val="{pstyle}"/>')
    if legal:
        parts.append("<w:isLgl/>")
    if suff is not None:
        parts.append(f'<w:suff w:val="{suff}"/>')
    parts.append(f'<w:lvlText w:val="{text}"/>')
    return f'<w:lvl w:ilvl="{ilvl}">{"".join(parts)}</w:lvl>'


def abstract(aid: int, *levels: str) -> str:
    return f'<w:abstractNum w:abstractNumId="{aid}">{"".join(levels)}</w:abstractNum>'


def num(nid: int, aid: int, *overrides: str) -> str:
    return f'<w:num w:numId="{nid}"><w:abstractNumId w:val="{aid}"/>{"".join(overrides)}</w:num>'


def start_override(ilvl: int, start: int) -> str:
    return f'<w:lvlOverride w:ilvl="{ilvl}"><w:startOverride w:val="{start}"/></w:lvlOverride>'


def numbering_xml(*definitions: str) -> bytes:
    return f'<w:numbering xmlns:w="{W_NS}">{"".join(definitions)}</w:numbering>'.encode()


def w(tag: str, **attrs: str) -> OxmlElement:
    el = OxmlElement(tag)
    for name, value in attrs.items():
        el.set(qn(name), value)
    return el


def set_numbering(p: Paragraph, num_id: int | str | None, ilvl: int | None = 0) -> Paragraph:
    """Give paragraph ``p`` a direct ``w:numPr``; ``None`` leaves that child out."""
    num_pr = w("w:numPr")
    if ilvl is not None:
        num_pr.append(w("w:ilvl", **{"w:val": str(ilvl)}))
    if num_id is not None:
        num_pr.append(w("w:numId", **{"w:val": str(num_id)}))
    p._p.get_or_add_pPr().append(num_pr)
    return p


def numbered(document: Document, text: str, num_id: int, ilvl: int = 0) -> Paragraph:
    return set_numbering(document.add_paragraph(text), num_id, ilvl)


def style_with_numbering(
    document: Document, name: str, num_id: int, ilvl: int | None = None, based_on: str | None = None
) -> str:
    """A paragraph style whose ``w:pPr`` carries ``w:numPr``; returns its style id."""
    from docx.enum.style import WD_STYLE_TYPE

    style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    if based_on is not None:
        style.base_style = document.styles[based_on]
    num_pr = w("w:numPr")
    if ilvl is not None:
        num_pr.append(w("w:ilvl", **{"w:val": str(ilvl)}))
    num_pr.append(w("w:numId", **{"w:val": str(num_id)}))
    style.element.get_or_add_pPr().append(num_pr)
    return str(style.style_id)


def append_xml(p: Paragraph, xml: str) -> None:
    """Append run-level XML (written with the ``w:``/``mc:``... prefixes) to a paragraph."""
    wrapper = parse_xml(f"<w:r {NSDECL}>{xml}</w:r>")
    for child in list(wrapper):
        p._p.append(child)


def save(document: Document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def build(edit: Callable[[Document], None], **parts: bytes) -> bytes:
    """A new document changed by ``edit``, then with package parts replaced or added."""
    document = docx.Document()
    edit(document)
    return with_parts(save(document), **parts)


def with_parts(data: bytes, **parts: bytes | None) -> bytes:
    """Copy of ``data`` with parts replaced, added or (``None``) removed.

    Keyword names are part paths with ``/`` written as ``__`` and ``.`` as ``_``:
    ``word__numbering_xml`` is ``word/numbering.xml``.
    """
    named = {k.replace("__", "/").replace("_xml", ".xml"): v for k, v in parts.items()}
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            if info.filename in named:
                continue
            dst.writestr(info, src.read(info.filename))
        for name, content in named.items():
            if content is not None:
                dst.writestr(name, content)
    return out.getvalue()


def read(data: bytes) -> SourceDocument:
    return read_bytes(data, "cv.docx", ".docx")


def texts(data: bytes) -> list[str]:
    return [line.text for line in read(data).lines]


def codes_of(src: SourceDocument) -> set[str]:
    return {d.code for d in src.diagnostics}
