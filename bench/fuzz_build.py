"""Builders of ``.docx`` and ``.pdf`` files from text, for the fuzzer's seeds and mutations.

``build_docx`` writes a package part by part (no python-docx: the fuzzer wants
the exact XML it asks for); ``build_pdf`` writes a text PDF whose simple font
maps byte codes to Vietnamese through a ``ToUnicode`` CMap; ``layout_letter``
places a letter's lines as Word prints them. ``unzip``/``rezip`` take a package
apart and put it back together, duplicates and all.
"""

from __future__ import annotations

import io
import zipfile
import zlib

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DOCUMENT_XML = "word/document.xml"
ZIP_DATE = (2025, 1, 1, 0, 0, 0)

# --- .docx ------------------------------------------------------------------------------------

_CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-\
officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-\
officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-\
officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-\
officedocument.extended-properties+xml"/>
</Types>"""

_PKG_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/\
relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/\
relationships/extended-properties" Target="docProps/app.xml"/>
</Relationships>"""

_DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/\
relationships/numbering" Target="numbering.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/\
relationships/styles" Target="styles.xml"/>
</Relationships>"""

_NUMBERING = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="{W_NS}">
<w:abstractNum w:abstractNumId="0">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>\
<w:suff w:val="space"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/>\
</w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/>\
</w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/>\
<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
</w:numbering>"""

_STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="{W_NS}">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" \
w:hAnsi="Times New Roman"/><w:sz w:val="26"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>\
<w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="List"><w:name w:val="List"/><w:basedOn w:val="Normal"/>\
<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
</w:styles>"""

_APP = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">\
<Pages>1</Pages><Application>Microsoft Office Word</Application></Properties>"""


def xml_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def w_run(text: str, bold: bool = False, font: str | None = None) -> str:
    props = ("<w:b/>" if bold else "") + (
        f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}"/>' * bool(font)
    )
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{xml_escape(text)}</w:t></w:r>'


def w_para(text: str, *, num: tuple[int, int] | None = None, jc: str | None = None) -> str:
    ppr = ""
    if num:
        ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    if jc:
        ppr += f'<w:jc w:val="{jc}"/>'
    return f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{w_run(text)}</w:p>"


def w_table(left: list[str], right: list[str]) -> str:
    def cell(lines: list[str]) -> str:
        paras = "".join(w_para(t, jc="center") for t in lines)
        return f'<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>{paras}</w:tc>'

    grid = '<w:tblGrid><w:gridCol w:w="4500"/><w:gridCol w:w="4500"/></w:tblGrid>'
    return f"<w:tbl>{grid}<w:tr>{cell(left)}{cell(right)}</w:tr></w:tbl>"


def w_legacy_run(text: str) -> str:
    """A run in ``.VnTime`` whose text is TCVN3 bytes as Word stores them, or plain if unknown."""
    try:
        from congvan import encodings

        raw = encodings.encode(text, encodings.TCVN3).decode("latin-1")
    except Exception:  # the fuzzer must not depend on a helper's name staying the same
        return w_run(text)
    return w_run(raw, font=".VnTime")


def build_docx(body: str) -> bytes:
    """A ``.docx`` with ``body`` (``w:body`` children) and the parts Word writes around it."""
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W_NS}">'
        f'<w:body>{body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body>'
        "</w:document>"
    )
    parts = {
        "[Content_Types].xml": _CONTENT_TYPES,
        "_rels/.rels": _PKG_RELS,
        DOCUMENT_XML: document,
        "word/_rels/document.xml.rels": _DOC_RELS,
        "word/numbering.xml": _NUMBERING,
        "word/styles.xml": _STYLES,
        "docProps/app.xml": _APP,
    }
    return rezip([(name, text.encode("utf-8")) for name, text in parts.items()])


# --- .pdf -------------------------------------------------------------------------------------

#: One piece of text on a page: x, y (points from the bottom left), font size, text.
Placed = tuple[float, float, float, str]


def _tounicode(codes: dict[str, int]) -> bytes:
    entries = [f"<{code:02X}> <{ord(ch):04X}>" for ch, code in codes.items() if ord(ch) < 0x10000]
    chunks = [entries[i : i + 100] for i in range(0, len(entries), 100)]
    body = "".join(f"{len(c)} beginbfchar\n" + "\n".join(c) + "\nendbfchar\n" for c in chunks)
    return (
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<00> <FF>\nendcodespacerange\n"
        f"{body}endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
    ).encode("ascii")


def build_pdf(pages: list[list[Placed]], *, compress: bool = False) -> bytes:
    """A text PDF of ``pages``; a one-byte simple font whose ``ToUnicode`` gives the real text.

    Standard fonts cannot show Vietnamese; each distinct character gets a byte
    code instead (up to 255, the rest become ``?``), as a subset font of a
    printed letter does.
    """
    codes: dict[str, int] = {"?": 1}
    for page in pages:
        for *_, text in page:
            for ch in text:
                if ch not in codes and len(codes) < 254:
                    codes[ch] = len(codes) + 1
    widths = " ".join("220" if ch == " " else "440" for ch in codes)
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"",  # the page tree, once the page objects are numbered
        (
            f"<< /Type /Font /Subtype /TrueType /BaseFont /TimesNewRomanPSMT /FirstChar 1 "
            f"/LastChar {len(codes)} /Widths [{widths}] /ToUnicode 4 0 R >>"
        ).encode("ascii"),
        _stream(_tounicode(codes), compress),
    ]
    kids = []
    for page in pages:
        ops = []
        for x, y, size, text in page:
            if not text:
                continue
            hexed = "".join(f"{codes.get(ch, 1):02X}" for ch in text)
            ops.append(f"BT /F1 {size:g} Tf {x:g} {y:g} Td <{hexed}> Tj ET")
        objects.append(_stream("\n".join(ops).encode("ascii"), compress))
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {len(objects)} 0 R "
            "/Resources << /Font << /F1 3 0 R >> >> >>".encode("ascii")
        )
        kids.append(f"{len(objects)} 0 R")
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(pages)} >>".encode()
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return bytes(out)


def _stream(data: bytes, compress: bool) -> bytes:
    if compress:
        data = zlib.compress(data)
    head = f"<< /Length {len(data)}{' /Filter /FlateDecode' if compress else ''} >>\nstream\n"
    return head.encode() + data + b"\nendstream"


def layout_letter(
    left: list[str], right: list[str], body: list[str], closing: tuple[list[str], list[str]]
) -> list[list[Placed]]:
    """Place a letter as Word prints it: two header columns, body lines, two closing columns."""
    pages: list[list[Placed]] = [[]]
    y = 800.0
    for i, text in enumerate(left):
        pages[0].append((60, y - 14 * i, 10, text))
    for i, text in enumerate(right):
        pages[0].append((290, y - 14 * i, 11, text))
    y -= 14 * max(len(left), len(right)) + 20
    for text in body:
        if y < 70:
            pages[-1].append((290, 30, 10, str(len(pages))))
            pages.append([])
            y = 800.0
        pages[-1].append((70, y, 12, text[:95]))
        y -= 16
    for i, text in enumerate(closing[0]):
        pages[-1].append((70, max(y - 20 - 14 * i, 20), 10, text))
    for i, text in enumerate(closing[1]):
        pages[-1].append((330, max(y - 20 - 14 * i, 20), 12, text))
    return pages


def unzip(data: bytes) -> list[tuple[str, bytes]]:
    """The parts of a zip in their order; [] when it is not one."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return [(i.filename, z.read(i)) for i in z.infolist()]
    except Exception:
        return []


def rezip(members: list[tuple[str, bytes]], deflate: bool = True) -> bytes:
    """Zip ``members`` in order; duplicate names are kept, as a broken exporter would write them.

    ``deflate=False`` stores the parts: a valid package that costs no compression.
    """
    import warnings

    buf = io.BytesIO()
    method = zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Duplicate name" is the point of some mutations
        with zipfile.ZipFile(buf, "w", method, compresslevel=1) as z:
            for name, data in members:
                # A fixed date: the same members give the same bytes, run after run (--replay).
                info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
                z.writestr(info, data, compress_type=method, compresslevel=1)
    return buf.getvalue()
