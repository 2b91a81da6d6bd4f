"""Word ``.docx``: the reading text as Word shows it, with provenance and formatting.

Input: the bytes of a ``.docx``. Output: a :class:`SourceDocument` whose lines
are numbered from 1 without gaps. The reader works on the XML parts with
lxml, never python-docx's object model: that is several times faster, and
the object model hides what a faithful reader needs. What it reads:

* paragraphs and tables in document order, nested tables, content controls
  (``w:sdt`` at block, row, cell and run level); each cell line records its
  table, row and grid column; a vertically merged continuation cell adds no
  text; soft line breaks (``w:br``, ``w:cr``) start new lines of the paragraph;
* Word's automatic numbering (:mod:`congvan.readers.numbering`): the label
  Word shows is put before the text with its suffix, once, so ``1.``, ``a)``,
  ``Điều 1.`` reach the tasks tree as the eye sees them; bullets become ``- ``;
* text boxes (``w:txbxContent``, modern ``wps`` and legacy VML) once each,
  never the ``mc:Fallback`` copy, as lines right after the anchoring paragraph
  and in its table cell;
* tracked changes as if all were accepted: insertions and moved-to text kept,
  deletions and moved-from text dropped, a deleted paragraph mark joins the
  paragraph to the next one (with a diagnostic);
* field results, never field codes, for simple and complex (nested) fields;
* the first section's page header (first-page header when ``w:titlePg`` is
  set) before the body, only when it says more than a page number; page
  numbers are never text; footnotes and endnotes go to ``notes``;
* for each line the fonts of its runs, size, bold, italic and alignment;
* the page count Word stored in ``docProps/app.xml``, when it counted (not a
  template's stale count);
* runs in a legacy Vietnamese font (``.VnTime``, ``.VnTimeH``, ``VNI-Times``, ``VPS``,
  ``VISCII``) converted to Unicode by their font (:mod:`congvan.readers.legacy`),
  ``CV003``, and ``source.encoding`` naming the encodings (``tcvn3``, ``tcvn3+utf-8``).
"""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

from congvan import codes, patterns
from congvan.errors import ReadError
from congvan.models import Diagnostic
from congvan.readers import legacy
from congvan.readers.numbering import Numbering
from congvan.readers.ooxml import Package
from congvan.readers.styles import Styles
from congvan.readers.wordml import MAX_PARAGRAPHS, TooManyParagraphs, W, Walker
from congvan.source import SourceDocument

R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_P, _PPR, _BODY, _SECTPR = W + "p", W + "pPr", W + "body", W + "sectPr"
_TITLEPG, _HEADERREF, _VAL, _TYPE = W + "titlePg", W + "headerReference", W + "val", W + "type"
_RFONTS = W + "rFonts"
_NOTE_SKIP_TYPES = frozenset({"separator", "continuationSeparator", "continuationNotice"})
_APP_XML = "docProps/app.xml"
_EXT = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}"
#: ``docProps/app.xml`` is a few kilobytes; anything bigger is not read.
_MAX_APP_XML = 256 * 1024


# --- the package --------------------------------------------------------------------------


class _Parts:
    """Parts named by ``document.xml``'s relationships, loaded when first needed."""

    def __init__(self, pkg: Package) -> None:
        self.pkg = pkg
        self.rels = pkg.rels("word/document.xml")
        self.by_kind: dict[str, str] = {}
        for kind, target in self.rels.values():
            self.by_kind.setdefault(kind, target)
        self._numbering: Numbering | None = None
        # Styles and theme are inflated now but parsed only when needed (see Styles).
        styles_name = self.by_kind.get("styles", "word/styles.xml")
        theme_name = self.by_kind.get("theme", "word/theme/theme1.xml")
        styles, theme = pkg.raw(styles_name), pkg.raw(theme_name)
        checked = None
        if styles is not None and b"<!" in styles:
            checked = pkg.parse(styles_name, styles)  # a DOCTYPE is refused, needed or not
        self.styles = Styles(
            self._later(styles_name, styles, checked),
            self._later(theme_name, theme),
            numbered=styles is not None and b"numPr" in styles,
        )
        # Whether the styles' w:rFonts may name a legacy font, themselves or as a theme font.
        named, themed = legacy.rfonts_in_xml(styles) if styles is not None else (False, False)
        self._legacy_styles = named or (
            themed and theme is not None and legacy.may_name_legacy_font(theme)
        )

    def _later(
        self, name: str, xml: bytes | None, parsed: etree._Element | None = None
    ) -> Callable[[], etree._Element | None]:
        """Parse ``xml`` when called (unless it was ``parsed`` already). Once the file is
        read (a line's format asked for later), a broken part counts as absent rather
        than failing then."""

        def parse() -> etree._Element | None:
            if parsed is not None or xml is None:
                return parsed
            try:
                return self.pkg.parse(name, xml)
            except ReadError:
                if self.pkg.closed:
                    return None
                raise

        return parse

    def load(self, kind: str, default: str) -> etree._Element | None:
        return self.pkg.part(self.by_kind.get(kind, default))

    def numbering(self) -> Numbering:
        """A fresh counter state over the (once loaded) numbering definitions."""
        if self._numbering is None:
            self._numbering = Numbering.load(
                self.load("numbering", "word/numbering.xml"), self.styles
            )
        return self._numbering.fresh()

    def fonts_needed(self, root: etree._Element, xml: bytes | None = None) -> bool:
        """Whether walking part ``root`` must resolve run fonts as it goes: only when
        some run in it may be drawn in a legacy font (its text is then converted).

        With the part's raw ``xml``, a cheap test on its ``w:rFonts`` first: only a
        possible hit is checked on the tree.
        """
        if self._legacy_styles:
            return True
        if xml is not None:
            may, themed = legacy.rfonts_in_xml(xml)
            if not may:
                return themed and _theme_is_legacy(self.styles)
        return _names_legacy_font(root, self.styles)


def _names_legacy_font(root: etree._Element | None, styles: Styles) -> bool:
    """True when a ``w:rFonts`` in ``root`` names a legacy font, itself or through the
    theme. Cheap next to resolving every run: lxml finds the few ``w:rFonts`` in C."""
    if root is None:
        return False
    named: set[tuple[str, str]] = set()  # a document repeats a handful of them
    for el in root.iter(_RFONTS):
        named.update(el.items())  # type: ignore[arg-type]  # lxml: str keys and values
    themed = False
    for key, value in named:
        if key.endswith(("Theme", "theme")):  # w:asciiTheme ... w:cstheme
            themed = True
        elif legacy.is_legacy_font(value):
            return True
    return themed and _theme_is_legacy(styles)


def _theme_is_legacy(styles: Styles) -> bool:
    return any(legacy.is_legacy_font(font) for font in styles.theme.values())


def _first_header(parts: _Parts, body: etree._Element) -> etree._Element | None:
    """The header Word shows on page 1: of the first section, first-page or default."""
    sect = body.find(f"{_P}/{_PPR}/{_SECTPR}")
    if sect is None:
        sect = body.find(_SECTPR)
    if sect is None:
        return None
    title = sect.find(_TITLEPG)
    kind = (
        "first" if title is not None and title.get(_VAL) not in ("0", "false", "off") else "default"
    )
    for ref in sect.iterfind(_HEADERREF):
        if ref.get(_TYPE, "default") == kind:
            rel = parts.rels.get(ref.get(R + "id", ""))
            return parts.pkg.part(rel[1]) if rel is not None else None
    return None


def _notes(parts: _Parts) -> list[str]:
    out: list[str] = []
    for kind, default, tag in (
        ("footnotes", "word/footnotes.xml", W + "footnote"),
        ("endnotes", "word/endnotes.xml", W + "endnote"),
    ):
        root = parts.load(kind, default)
        if root is None:
            continue
        fonts = parts.fonts_needed(root)
        for note in root.iterfind(tag):
            if note.get(_TYPE) in _NOTE_SKIP_TYPES:
                continue
            walker = Walker(parts.styles, parts.numbering, fonts=fonts)
            walker.block(note, None, 0)
            text = " ".join(t for t in (line.text.strip() for line in walker.lines) if t)
            if text:
                out.append(text)
    return out


def read_docx(data: bytes, path: str | None, sha256: str) -> SourceDocument:
    """Read a ``.docx`` file into lines with cell provenance and formatting."""
    pkg = Package(data, path)
    try:
        return _read(pkg, path, sha256)
    except TooManyParagraphs:
        raise ReadError(
            path,
            f"tệp Word có hơn {MAX_PARAGRAPHS:,} đoạn văn (nghi tệp hỏng hoặc độc hại).".replace(
                ",", "."
            ),
        ) from None
    finally:
        pkg.close()


def _read(pkg: Package, path: str | None, sha256: str) -> SourceDocument:
    xml = pkg.raw("word/document.xml")
    if xml is None:
        raise ReadError(path, "tệp .docx thiếu phần word/document.xml.")
    root = pkg.parse("word/document.xml", xml)
    body = root.find(_BODY)
    if body is None:
        raise ReadError(path, "tệp .docx không có phần thân văn bản (w:body).")
    parts = _Parts(pkg)
    header = _first_header(parts, body)
    head: Walker | None = None
    if header is not None:
        fonts = parts.fonts_needed(header)
        head = Walker(parts.styles, parts.numbering, drop_page_numbers=True, fonts=fonts)
        head.block(header, None, 0)
        if all(patterns.PAGE_ONLY_RE.match(line.text) for line in head.lines):
            head = None
    fonts = parts.fonts_needed(root, xml)
    walker = Walker(parts.styles, parts.numbering, after=head, fonts=fonts)
    walker.block(body, None, 0)
    notes = _notes(parts) if walker.has_notes else []
    diagnostics = _diagnostics(walker, head, notes, parts)
    found = walker.legacy
    if found:
        legacy.mark_unicode(
            found,
            ((line.no, run.text, run.font) for line in walker.lines if line.fmt is not None
             for run in line.fmt.runs),
        )  # fmt: skip
        converted = legacy.diagnostic(found)
        if converted is not None:
            diagnostics.insert(0, converted)
    encoding = legacy.source_encoding(found, "utf-8")
    return SourceDocument(
        path, "docx", sha256, encoding, walker.lines, diagnostics, notes, _page_count(pkg)
    )


def _page_count(pkg: Package) -> int | None:
    """The page count the word processor stored, if it really counted.

    ``docProps/app.xml`` keeps the statistics of the last save. A file made by
    a library from a template (python-docx) carries the template's ``Pages``
    with ``Words`` 0; such a count is stale, so it is not given. The part is
    optional metadata: when it is damaged or oversized the count is unknown,
    and the letter is read all the same.
    """
    try:
        xml = pkg.raw(_APP_XML)
        if xml is None or len(xml) > _MAX_APP_XML:
            return None
        root = pkg.parse(_APP_XML, xml)
    except ReadError:
        return None
    pages, words = root.findtext(_EXT + "Pages"), root.findtext(_EXT + "Words")
    if not pages or not words or not pages.isdigit() or not words.isdigit() or int(words) == 0:
        return None
    return int(pages) or None


def _diagnostics(
    walker: Walker, head: Walker | None, notes: list[str], parts: _Parts
) -> list[Diagnostic]:
    seen = {**(head.seen if head else {}), **walker.seen}
    out: list[Diagnostic] = []
    if head is not None:
        out.append(codes.diag(codes.WORD_HEADER_READ, 1))
    for kind, code in (
        ("numbered", codes.WORD_NUMBERING_READ),
        ("textbox", codes.WORD_TEXTBOX_READ),
        ("revision", codes.WORD_REVISIONS),
        ("deep_table", codes.WORD_DEEP_TABLES),
    ):
        if kind in seen:
            out.append(codes.diag(code, seen[kind]))
    if "missing_numbering" in seen:
        detail = (
            None
            if parts.pkg.has(parts.by_kind.get("numbering", "word/numbering.xml"))
            else ("(tệp không có phần numbering.xml)")
        )
        out.append(codes.diag(codes.WORD_NUMBERING_MISSING, seen["missing_numbering"], detail))
    if notes:
        out.append(codes.diag(codes.WORD_NOTES, None, f"({len(notes)} chú thích)"))
    return out
