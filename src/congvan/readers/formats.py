"""A Word line's formatting facts, worked out when first asked.

The walk in :mod:`congvan.readers.wordml` records, for each stretch of text,
either its resolved :class:`~congvan.readers.styles.RunProps` (where legacy-font
conversion needs fonts while reading) or a :class:`RunRef`: the paragraph style
and the run's own ``w:rPr``. A line's :class:`~congvan.source.LineFormat` is
built from them by :class:`PendingFacts` on the first use of ``Line.fmt``;
no stage of a parse asks, so most letters never resolve a run.
"""

from __future__ import annotations

from typing import NamedTuple

from lxml import etree

from congvan.readers.styles import RunProps, Styles
from congvan.source import FontRun, LineFormat


class RunRef(NamedTuple):
    """A run's properties not yet resolved: its paragraph style and its own ``w:rPr``."""

    style: str | None
    rprs: tuple[etree._Element, ...]


#: What a stretch of text is drawn with: resolved properties when the reader needs fonts
#: now (legacy encodings), a reference to resolve later otherwise, ``None`` for a label.
Props = RunProps | RunRef
Seg = tuple[str, Props | None]
#: A paragraph's alignment: its own ``w:jc``, else the one its style (given) inherits.
Align = tuple[str | None, str | None]


class PendingFacts:
    """A line's :class:`LineFormat`, worked out (through the styles) when first asked."""

    __slots__ = ("align", "segs", "styles", "value")

    def __init__(self, segs: list[Seg], align: Align | None, styles: Styles) -> None:
        self.segs = segs
        self.align = align
        self.styles = styles
        self.value: LineFormat | None = None

    def __call__(self) -> LineFormat:
        if self.value is None:
            resolved: dict[int, RunProps] = {}  # the runs of a line mostly share properties
            segs: list[tuple[str, RunProps | None]] = []
            for text, props in self.segs:
                if isinstance(props, RunRef):
                    key = id(props)
                    if key not in resolved:
                        resolved[key] = self._resolve(props)
                    segs.append((text, resolved[key]))
                else:
                    segs.append((text, props))
            jc = None
            if self.align is not None:
                jc = self.align[0] or self.styles.jc(self.align[1])
            self.value = line_format(segs, jc)
            self.segs = []  # the XML it referred to may go
        return self.value

    def _resolve(self, ref: RunRef) -> RunProps:
        props = self.styles.run_base(ref.style, None)
        for rpr in ref.rprs:
            props = self.styles.run_props(ref.style, props, rpr)
        return props


def line_format(segs: list[tuple[str, RunProps | None]], jc: str | None) -> LineFormat:
    fonts: dict[str, None] = {}
    runs: list[list[str | None]] = []
    sizes: dict[int, int] = {}
    bold = italic = True
    visible = False
    last: RunProps | None = None
    for text, props in segs:
        font = None if props is None else (props.ascii or props.hansi)
        if runs and runs[-1][1] == font:
            runs[-1][0] = f"{runs[-1][0]}{text}"
        else:
            runs.append([text, font])
        if props is None:
            continue
        if props is not last:  # the runs of a line mostly share one resolved props object
            last = props
            for name in (props.ascii, props.hansi, props.cs):
                if name:
                    fonts[name] = None
        if text.strip():
            visible = True
            bold = bold and props.bold
            italic = italic and props.italic
            if props.size:
                sizes[props.size] = sizes.get(props.size, 0) + len(text)
    size = max(sizes, key=sizes.__getitem__) / 2 if sizes else None
    return LineFormat(
        fonts=tuple(fonts),
        runs=tuple(FontRun(str(t), f) for t, f in runs),
        size=size,
        bold=visible and bold,
        italic=visible and italic,
        align=jc,
    )
