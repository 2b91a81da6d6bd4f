"""Mutations of ``.docx`` packages for ``bench/fuzz.py``.

A ``.docx`` is mutated at three levels, because a flipped byte in a deflated
part is a CRC error and nothing more: the XML of a part (mostly
``word/document.xml``: elements deleted, duplicated, moved or nested hundreds
deep, attributes corrupted, text replaced by hostile snippets, numbering and
fonts and fields bent, entity declarations added), the package (parts dropped,
doubled, renamed, relationships pointed elsewhere, a part inflated to tens of
megabytes), and the zip bytes (flips, truncation, an unknown compression method,
the encryption flag, lying sizes).
"""

from __future__ import annotations

import copy
import random
import re
import struct
from collections.abc import Callable
from pathlib import Path

from fuzz_seeds import DOCUMENT_XML, W_NS, Seed, rezip, unzip
from fuzz_text import NUMBERS, Pool, count, erase, flip, hostile, truncate
from lxml import etree

W = f"{{{W_NS}}}"
XXE_MARKER = "XXEMARKER-congvan-fuzz"
#: A file an external entity points at; its marker in a result means the entity was resolved.
XXE_FILE = Path("/tmp/congvan-fuzz-xxe.txt")
_PARSER = etree.XMLParser(huge_tree=True, resolve_entities=False, remove_blank_text=False)
_XML_BAD = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

ATTR_VALUES = (
    "", "-1", "0", "1", "9", "10", "4294967296", "99999999999999999999", "abc", "1.5", "nan",
    "true", "off", "auto", "restart", "continue", "%1.%2.%3.%4.%5.%6.%7.%8.%9.%10", "%", "x" * 5000,
)  # fmt: skip
NUM_FORMATS = (
    "decimal", "lowerLetter", "upperLetter", "lowerRoman", "upperRoman", "bullet", "none",
    "decimalZero", "ordinal", "cardinalText", "chicago", "ideographDigital", "vietnameseCounting",
    "bogus",
)  # fmt: skip
LEGACY_FONTS = (".VnTime", ".VnTimeH", "VNI-Times", "VPS Times", "VISCII", "Symbol", "Wingdings")


def _xml_text(text: str) -> str:
    return _XML_BAD.sub("?", text)


def _elements(root: etree._Element, tag: str | None = None) -> list[etree._Element]:
    return [e for e in root.iter(tag) if isinstance(e.tag, str) and e is not root]


# --- XML of a part ----------------------------------------------------------------------------

XmlOp = Callable[[random.Random, etree._Element, Pool], None]


def x_delete(rng: random.Random, root: etree._Element, pool: Pool) -> None:
    """Delete an element (its text and children go with it)."""
    els = _elements(root)
    if els:
        el = rng.choice(els)
        el.getparent().remove(el)


def x_duplicate(rng: random.Random, root: etree._Element, pool: Pool) -> None:
    """Insert copies of an element right after it."""
    els = _elements(root)
    if els:
        el = rng.choice(els)
        parent, at = el.getparent(), el.getparent().index(el)
        for _ in range(count(rng, 300)):
            parent.insert(at + 1, copy.deepcopy(el))


def x_move(rng: random.Random, root: etree._Element, pool: Pool) -> None:
    """Move an element into another, anywhere in the tree (a ``w:p`` into a ``w:t``...)."""
    els = _elements(root)
    if len(els) > 1:
        el = rng.choice(els)
        inside = set(el.iter())
        targets = [t for t in els if t not in inside]
        if targets:
            target = rng.choice(targets)
            target.insert(rng.randrange(len(target) + 1), el)


def x_attr(rng: random.Random, root: etree._Element, pool: Pool) -> None:
    """Set an attribute to an edge value, delete one, or add a ``w:val`` where none belongs."""
    els = _elements(root)
    if not els:
        return
    el = rng.choice([e for e in els if e.attrib] or els)
    keys = list(el.attrib)
    if keys and rng.random() < 0.2:
        del el.attrib[rng.choice(keys)]
        return
    key = rng.choice(keys) if keys and rng.random() < 0.8 else W + "val"
    el.set(key, rng.choice(ATTR_VALUES) if rng.random() < 0.8 else rng.choice(NUMBERS))


_WRAPPERS = (
    ("tbl", "tr", "tc"), ("sdt", "sdtContent"), ("ins",), ("hyperlink",), ("smartTag",),
    ("customXml",), ("txbxContent",), ("fldSimple",), ("p",), ("r",),
)  # fmt: skip


def x_nest(rng: random.Random, root: etree._Element, pool: Pool) -> None:
    """Wrap an element in hundreds of nested tables, content controls, insertions, ..."""
    els = _elements(root)
    if not els:
        return
    el = rng.choice(els)
    parent, at = el.getparent(), el.getparent().index(el)
    chain = rng.choice(_WRAPPERS)
    inner = el
    for _ in range(count(rng, 400)):
        for tag in reversed(chain):
            outer = etree.Element(W + tag)
            outer.append(inner)
            inner = outer
    parent.insert(at, inner)


def x_text(rng: random.Random, root: etree._Element, pool: Pool) -> None:
    """Replace the text of a ``w:t`` (or any text) by a hostile snippet, or append one."""
    els = _elements(root, W + "t") or [e for e in _elements(root) if e.text]
    if not els:
        return
    el = rng.choice(els)
    snippet = _xml_text(hostile(rng))
    el.text = snippet if rng.random() < 0.5 else (el.text or "") + snippet


def x_numbering(rng: random.Random, root: etree._Element, pool: Pool) -> None:
    """Bend numbering: a paragraph's level and list, a level's format, text or start."""
    kind = rng.randrange(4)
    if kind == 0:
        paras = _elements(root, W + "p")
        if paras:
            p = rng.choice(paras)
            ppr = p.find(W + "pPr")
            if ppr is None:
                ppr = etree.SubElement(p, W + "pPr")
                p.insert(0, ppr)
            num = etree.SubElement(ppr, W + "numPr")
            etree.SubElement(num, W + "ilvl").set(W + "val", rng.choice(NUMBERS[:9]))
            etree.SubElement(num, W + "numId").set(W + "val", rng.choice(NUMBERS[:9]))
        return
    tag = ("numFmt", "lvlText", "start")[kind - 1]
    els = _elements(root, W + tag)
    if els:
        values = NUM_FORMATS if tag == "numFmt" else ATTR_VALUES + NUMBERS
        rng.choice(els).set(W + "val", rng.choice(values))


def x_font(rng: random.Random, root: etree._Element, pool: Pool) -> None:
    """Put runs in a legacy Vietnamese (or symbol) font, so their text is converted byte by byte."""
    runs = _elements(root, W + "r")
    for r in rng.sample(runs, min(len(runs), count(rng, 50))):
        rpr = r.find(W + "rPr")
        if rpr is None:
            rpr = etree.Element(W + "rPr")
            r.insert(0, rpr)
        fonts = etree.SubElement(rpr, W + "rFonts")
        for key in ("ascii", "hAnsi", "cs"):
            fonts.set(W + key, rng.choice(LEGACY_FONTS))


def x_field(rng: random.Random, root: etree._Element, pool: Pool) -> None:
    """Insert complex-field characters, balanced or not, and field codes."""
    paras = _elements(root, W + "p")
    if not paras:
        return
    p = rng.choice(paras)
    for _ in range(count(rng, 200)):
        r = etree.Element(W + "r")
        kind = rng.choice(["begin", "separate", "end", "instr"])
        if kind == "instr":
            etree.SubElement(r, W + "instrText").text = rng.choice([" PAGE ", " MERGEFIELD x ", ""])
        else:
            etree.SubElement(r, W + "fldChar").set(W + "fldCharType", kind)
        p.insert(rng.randrange(len(p) + 1), r)


def x_table(rng: random.Random, root: etree._Element, pool: Pool) -> None:
    """Bend a table: huge or zero spans, vertical merges that start nowhere, missing grids."""
    cells = _elements(root, W + "tc")
    if not cells:
        return
    tc = rng.choice(cells)
    tcpr = tc.find(W + "tcPr")
    if tcpr is None:
        tcpr = etree.Element(W + "tcPr")
        tc.insert(0, tcpr)
    kind = rng.randrange(3)
    if kind == 0:
        etree.SubElement(tcpr, W + "gridSpan").set(W + "val", rng.choice(ATTR_VALUES + NUMBERS))
    elif kind == 1:
        etree.SubElement(tcpr, W + "vMerge").set(W + "val", rng.choice(["restart", "continue", ""]))
    else:
        for grid in _elements(root, W + "tblGrid"):
            grid.getparent().remove(grid)


def x_splice(rng: random.Random, root: etree._Element, pool: Pool) -> None:
    """Insert body elements of another ``.docx`` seed."""
    donors = [s for s in pool.get("docx", []) if s.members]
    body = root.find(W + "body")
    if not donors or body is None:
        return
    xml = dict(rng.choice(donors).members).get(DOCUMENT_XML)
    try:
        other = etree.fromstring(xml, _PARSER).find(W + "body") if xml else None
    except etree.XMLSyntaxError:
        return
    if other is None or not len(other):
        return
    a = rng.randrange(len(other))
    for el in list(other)[a : a + count(rng, 60)]:
        body.insert(rng.randrange(len(body) + 1), el)


XML_OPS: list[tuple[str, XmlOp, float]] = [
    ("x_delete", x_delete, 1.0),
    ("x_duplicate", x_duplicate, 1.0),
    ("x_move", x_move, 0.8),
    ("x_attr", x_attr, 1.5),
    ("x_nest", x_nest, 0.8),
    ("x_text", x_text, 1.5),
    ("x_numbering", x_numbering, 1.0),
    ("x_font", x_font, 0.5),
    ("x_field", x_field, 0.5),
    ("x_table", x_table, 0.8),
    ("x_splice", x_splice, 0.6),
]


def _entities(rng: random.Random, xml: bytes) -> bytes:
    """A DOCTYPE with entity expansion (billion laughs) or an external entity, used in the text."""
    decl, _, rest = xml.partition(b"?>") if xml.startswith(b"<?xml") else (b"", b"", xml)
    head = decl + b"?>" if decl else b""
    if rng.random() < 0.5:
        ents = '<!ENTITY e0 "lol">' + "".join(
            f'<!ENTITY e{i} "{f"&e{i - 1};" * 10}">' for i in range(1, 10)
        )
        use = "&e9;"
    else:
        ents = f'<!ENTITY e9 SYSTEM "file://{XXE_FILE}">'
        use = "&e9;"
    root = re.search(rb"<([A-Za-z_:][\w:.-]*)", rest)
    if not root:
        return xml
    doctype = f"<!DOCTYPE {root.group(1).decode()} [{ents}]>".encode()
    body = rest.replace(b"</w:t>", use.encode() + b"</w:t>", 1)
    return head + doctype + body


def mutate_part(rng: random.Random, name: str, xml: bytes, pool: Pool, ops: list[str]) -> bytes:
    """One mutation of an XML part: structural mostly, raw bytes or entities sometimes."""
    r = rng.random()
    if r < 0.05:
        ops.append("x_entities")
        return _entities(rng, xml)
    if r < 0.12:
        ops.append("x_raw")
        return rng.choice([flip, truncate, erase])(rng, xml, pool)
    try:
        root = etree.fromstring(xml, _PARSER)
    except (etree.XMLSyntaxError, ValueError):
        ops.append("x_raw")
        return flip(rng, xml, pool)
    names, fns, weights = zip(*XML_OPS, strict=True)
    i = rng.choices(range(len(fns)), weights)[0]
    ops.append(names[i])
    fns[i](rng, root, pool)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


# --- the package ------------------------------------------------------------------------------

_REL_TARGETS = (
    "missing.xml", "../../../../etc/passwd", "/word/document.xml", "document.xml", "", "x" * 3000,
    "http://example.invalid/a.xml", "word\\numbering.xml", "numbering.xml#frag", "%2e%2e/x",
)  # fmt: skip


def pkg_edit(rng: random.Random, members: list[tuple[str, bytes]], ops: list[str]) -> None:
    """Drop, double, rename a part, or point a relationship elsewhere (in place)."""
    if not members:
        return
    kind = rng.choices(range(5), [1.0, 1.0, 1.0, 1.5, 0.15])[0]
    i = rng.randrange(len(members))
    name, data = members[i]
    if kind == 0:
        ops.append("z_drop")
        del members[i]
    elif kind == 1:
        ops.append("z_double")
        members.insert(rng.randrange(len(members) + 1), (name, flip(rng, data, {})))
    elif kind == 2:
        ops.append("z_rename")
        new = rng.choice(
            [name.upper(), "/" + name, name.replace("/", "\\"), name + ".bak", "word/"]
        )
        members[i] = (new, data)
    elif kind == 3:
        ops.append("z_rels")
        rels = [j for j, (n, _) in enumerate(members) if n.endswith(".rels")]
        if rels:
            j = rng.choice(rels)
            targets = re.findall(rb'Target="[^"]*"', members[j][1])
            if targets:
                new_target = f'Target="{rng.choice(_REL_TARGETS)}"'.encode()
                members[j] = (members[j][0], members[j][1].replace(rng.choice(targets), new_target))
    else:
        ops.append("z_inflate")
        size = count(rng, 96 * 1024) * 1024  # up to 96 MB, past the reader's limits, rarely
        pad = b" " * size if rng.random() < 0.5 else b"<w:p/>" * (size // 6)
        doc = dict(members).get(DOCUMENT_XML, b"")
        inflated = doc.replace(b"<w:body>", b"<w:body>" + pad, 1)
        members[:] = [(n, inflated if n == DOCUMENT_XML else b) for n, b in members]


_LOCAL, _CENTRAL = b"PK\x03\x04", b"PK\x01\x02"


def zip_edit(rng: random.Random, data: bytes, ops: list[str]) -> bytes:
    """Edit the zip structure: a compression method, the encryption flag, sizes, or raw bytes."""
    kind = rng.randrange(5)
    locals_ = [m.start() for m in re.finditer(re.escape(_LOCAL), data)]
    centrals = [m.start() for m in re.finditer(re.escape(_CENTRAL), data)]
    if kind >= 3 or not locals_ or not centrals:
        ops.append("zip_bytes")
        return rng.choice([flip, truncate, erase])(rng, data, {})
    buf = bytearray(data)
    k = rng.randrange(min(len(locals_), len(centrals)))
    loc, cen = locals_[k], centrals[k]
    if kind == 0:
        ops.append("zip_method")
        method = struct.pack("<H", rng.choice([0, 1, 6, 9, 12, 14, 93, 95, 98, 99, 65535]))
        buf[loc + 8 : loc + 10] = method
        buf[cen + 10 : cen + 12] = method
    elif kind == 1:
        ops.append("zip_encrypted")
        for at in (loc + 6, cen + 8):
            buf[at] |= 1
    else:
        ops.append("zip_sizes")
        value = struct.pack("<I", rng.choice([0, 1, 0xFFFFFFFF, 0x7FFFFFFF, 1 << 26]))
        field = rng.choice([20, 24])  # compressed, uncompressed size in the central record
        buf[cen + field : cen + field + 4] = value
    return bytes(buf)


def mutate_docx(rng: random.Random, seed: Seed, pool: Pool, n: int, ops: list[str]) -> bytes:
    """``n`` mutations of a ``.docx`` seed: parts' XML mostly, the package and zip sometimes."""
    members = list(seed.members or unzip(seed.data))
    zip_level = 0
    for _ in range(n):
        r = rng.random()
        if r < 0.78 and members:
            xml_parts = [i for i, (nm, _) in enumerate(members) if nm.endswith((".xml", ".rels"))]
            doc = [i for i in xml_parts if members[i][0] == DOCUMENT_XML]
            i = rng.choice(doc if doc and rng.random() < 0.75 else xml_parts or [0])
            members[i] = (members[i][0], mutate_part(rng, members[i][0], members[i][1], pool, ops))
        elif r < 0.92:
            pkg_edit(rng, members, ops)
        else:
            zip_level += 1
    # Stored parts mostly: deflating every mutant again costs more than parsing it.
    data = rezip(members, deflate=rng.random() < 0.25) if members else b"PK\x03\x04"
    for _ in range(zip_level):
        data = zip_edit(rng, data, ops)
    return data
