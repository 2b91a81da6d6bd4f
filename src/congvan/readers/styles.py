"""Word styles as the reader needs them: inherited numbering, alignment, run fonts.

A paragraph's look is the sum of document defaults, its paragraph style and
that style's ``basedOn`` ancestors, the run's character style and the run's
own properties, each overriding the one before property by property. Only
what later checks use is resolved: fonts (``w:rFonts`` ascii/hAnsi/cs, theme
fonts through ``theme1.xml``), size, bold, italic, ``w:jc`` and ``w:numPr``.
Table styles and conditional formatting are left out.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"

_RFONTS, _SZ, _B, _I, _RSTYLE = W + "rFonts", W + "sz", W + "b", W + "i", W + "rStyle"
_VAL = W + "val"
_FALSE = frozenset({"0", "false", "off", "none"})
#: ``basedOn`` chains deeper than this are cut: real templates use a handful.
_MAX_CHAIN = 32


class RunProps(NamedTuple):
    """Resolved run properties; ``size`` is in half-points as Word stores it."""

    ascii: str | None = None
    hansi: str | None = None
    cs: str | None = None
    size: int | None = None
    bold: bool = False
    italic: bool = False


def _on(el: etree._Element) -> bool:
    return el.get(_VAL) not in _FALSE


class _Style(NamedTuple):
    based_on: str | None
    rpr: etree._Element | None
    num_id: str | None
    ilvl: int | None
    jc: str | None


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


class Styles:
    """``styles.xml`` (and the theme's fonts), resolved on demand and cached.

    Both parts are parsed when first needed: a letter whose runs need no font
    while being read and whose styles give no numbering never needs its styles
    until someone asks for a line's format (and most never ask).
    """

    def __init__(
        self,
        root: Callable[[], etree._Element | None],
        theme: Callable[[], etree._Element | None],
        *,
        numbered: bool = True,
    ) -> None:
        self._root_loader: Callable[[], etree._Element | None] | None = root
        #: False when styles.xml cannot give a paragraph numbering (it has no ``numPr``).
        self.numbered = numbered
        self._styles: dict[str, _Style] = {}
        self._default_rpr: etree._Element | None = None
        self.default_para: str | None = None
        self.default_jc: str | None = None
        # The theme is parsed only when a run names a theme font: most letters name fonts.
        self._theme_loader = theme
        self._theme: dict[str, str] | None = None
        self._fonts_cache: dict[
            tuple[tuple[str | bytes, str | bytes], ...], tuple[str | None, ...]
        ] = {}
        self._base_cache: dict[tuple[str | None, str | None], RunProps] = {}
        self._chain_cache: dict[str, list[_Style]] = {}
        # Asked once per paragraph: the answers per paragraph style are kept.
        self._numbering_cache: dict[str | None, tuple[str | None, int | None]] = {}
        self._jc_cache: dict[str | None, str | None] = {}

    def _ensure(self) -> None:
        loader, self._root_loader = self._root_loader, None
        if loader is not None:
            root = loader()
            if root is not None:
                self._load(root)

    def _load(self, root: etree._Element) -> None:
        defaults = root.find(W + "docDefaults")
        if defaults is not None:
            self._default_rpr = defaults.find(f"{W}rPrDefault/{W}rPr")
            djc = defaults.find(f"{W}pPrDefault/{W}pPr/{W}jc")
            self.default_jc = djc.get(_VAL) if djc is not None else None
        for st in root.iterfind(W + "style"):
            sid = st.get(W + "styleId")
            if sid is None:
                continue
            if st.get(W + "type") == "paragraph" and st.get(W + "default") in ("1", "true", "on"):
                self.default_para = sid
            based = st.find(W + "basedOn")
            ppr = st.find(W + "pPr")
            num_id: str | None = None
            jc: str | None = None
            ilvl: int | None = None
            if ppr is not None:
                num = ppr.find(f"{W}numPr/{W}numId")
                lvl = ppr.find(f"{W}numPr/{W}ilvl")
                jc_el = ppr.find(W + "jc")
                num_id = num.get(_VAL) if num is not None else None
                ilvl = _int(lvl.get(_VAL)) if lvl is not None else None
                jc = jc_el.get(_VAL) if jc_el is not None else None
            self._styles[sid] = _Style(
                based.get(_VAL) if based is not None else None,
                st.find(W + "rPr"),
                num_id,
                ilvl,
                jc,
            )

    def chain(self, sid: str | None) -> list[_Style]:
        """The style and its ``basedOn`` ancestors, nearest first (cycles cut)."""
        if sid is None:
            return []
        cached = self._chain_cache.get(sid)
        if cached is not None:
            return cached
        self._ensure()
        out: list[_Style] = []
        seen: set[str] = set()
        cur: str | None = sid
        while cur is not None and cur not in seen and len(out) < _MAX_CHAIN:
            seen.add(cur)
            st = self._styles.get(cur)
            if st is None:
                break
            out.append(st)
            cur = st.based_on
        self._chain_cache[sid] = out
        return out

    def numbering(self, sid: str | None) -> tuple[str | None, int | None]:
        """``(numId, ilvl)`` a paragraph style gives its paragraphs, each inherited on its own."""
        if not self.numbered:
            return None, None
        cached = self._numbering_cache.get(sid)
        if cached is not None:
            return cached
        self._ensure()
        num_id: str | None = None
        ilvl: int | None = None
        for st in self.chain(sid or self.default_para):
            if num_id is None:
                num_id = st.num_id
            if ilvl is None:
                ilvl = st.ilvl
        self._numbering_cache[sid] = result = (num_id, ilvl)
        return result

    def style_num_id(self, sid: str) -> str | None:
        """The ``numId`` a numbering style points at (for ``w:numStyleLink``)."""
        self._ensure()
        return self.numbering(sid)[0] if sid in self._styles else None

    def jc(self, sid: str | None) -> str | None:
        if sid in self._jc_cache:
            return self._jc_cache[sid]
        self._ensure()
        jc = self.default_jc
        for st in self.chain(sid or self.default_para):
            if st.jc is not None:
                jc = st.jc
                break
        self._jc_cache[sid] = jc
        return jc

    def run_base(self, psid: str | None, rsid: str | None) -> RunProps:
        """Run properties from defaults, the paragraph style chain and the run style chain."""
        key = (psid, rsid)
        cached = self._base_cache.get(key)
        if cached is not None:
            return cached
        self._ensure()
        props = RunProps()
        if self._default_rpr is not None:
            props = self.apply(props, self._default_rpr)
        for st in reversed(self.chain(psid or self.default_para)):
            if st.rpr is not None:
                props = self.apply(props, st.rpr)
        for st in reversed(self.chain(rsid)):
            if st.rpr is not None:
                props = self.apply(props, st.rpr)
        self._base_cache[key] = props
        return props

    def run_props(self, psid: str | None, props: RunProps, rpr: etree._Element) -> RunProps:
        """A run's properties: ``props`` (or, when ``rpr`` names a ``w:rStyle``, the properties
        of that style over paragraph style ``psid``) overridden by what ``rpr`` writes.

        One pass over ``rpr`` when it names no run style, as almost every run does.
        """
        result, style = self._override(props, rpr)
        if style is None:
            return result
        # The style's properties come first, then all of rpr's own.
        return self._override(self.run_base(psid, style), rpr)[0]

    def apply(self, props: RunProps, rpr: etree._Element) -> RunProps:
        """``props`` overridden by the properties written in ``rpr``."""
        return self._override(props, rpr)[0]

    def _override(self, props: RunProps, rpr: etree._Element) -> tuple[RunProps, str | None]:
        """``props`` overridden by ``rpr``, and the run style ``rpr`` names, if any."""
        ascii_, hansi, cs, size, bold, italic = props
        style = None
        for el in rpr:
            tag = el.tag
            if tag == _RFONTS:
                a, h, c = self._fonts(el)
                ascii_, hansi, cs = a or ascii_, h or hansi, c or cs
            elif tag == _SZ:
                size = _int(el.get(_VAL)) or size
            elif tag == _B:
                bold = _on(el)
            elif tag == _I:
                italic = _on(el)
            elif tag == _RSTYLE:
                style = el.get(_VAL)
        return RunProps(ascii_, hansi, cs, size, bold, italic), style

    def _fonts(self, el: etree._Element) -> tuple[str | None, ...]:
        """(ascii, hAnsi, cs) named by one ``w:rFonts``; a theme font wins over a named one."""
        key = tuple(el.items())
        cached = self._fonts_cache.get(key)
        if cached is not None:
            return cached
        attrs = {k: v for k, v in key if isinstance(k, str) and isinstance(v, str)}
        out: list[str | None] = []
        for name, theme_name in (
            ("ascii", "asciiTheme"),
            ("hAnsi", "hAnsiTheme"),
            ("cs", "cstheme"),
        ):
            themed = attrs.get(W + theme_name)
            out.append((self.theme.get(themed) if themed else None) or attrs.get(W + name))
        self._fonts_cache[key] = result = tuple(out)
        return result

    @property
    def theme(self) -> dict[str, str]:
        if self._theme is None:
            self._theme = _theme_fonts(self._theme_loader())
        return self._theme


def _theme_fonts(theme: etree._Element | None) -> dict[str, str]:
    """Theme font names by the keys ``w:rFonts`` uses (``minorHAnsi``, ``majorBidi``...)."""
    if theme is None:
        return {}
    out: dict[str, str] = {}
    for kind in ("major", "minor"):
        font = theme.find(f".//{_A}{kind}Font")
        if font is None:
            continue
        latin = font.find(_A + "latin")
        cs = font.find(_A + "cs")
        if latin is not None and latin.get("typeface"):
            for suffix in ("Ascii", "HAnsi"):
                out[kind + suffix] = latin.get("typeface", "")
        if cs is not None and cs.get("typeface"):
            out[kind + "Bidi"] = cs.get("typeface", "")
    return out
