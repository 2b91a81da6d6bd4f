"""The zones of a letter (:class:`Layout`) and the body's joined paragraphs."""

from __future__ import annotations

from dataclasses import dataclass, field

from congvan.models import Diagnostic
from congvan.source import Cell, Line


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A logical paragraph of the body: joined text and the lines it covers."""

    text: str
    start: int
    end: int
    cell: Cell | None = None


@dataclass(slots=True)
class Layout:
    """The zones of a letter. Lists of lines keep the document's order."""

    left: list[Line] = field(default_factory=list)
    right: list[Line] = field(default_factory=list)
    title: Line | None = None
    #: The author, number and date printed with the title (``CỦA CHÍNH PHỦ SỐ 94/1998/NĐ-CP
    #: NGÀY ...``), one line holding them all joined: a Công báo reprint has no header.
    gazette: Line | None = None
    subject: list[Line] = field(default_factory=list)
    body: list[Paragraph] = field(default_factory=list)
    distribution: list[Line] = field(default_factory=list)
    signature: list[Line] = field(default_factory=list)
    attachment_start: int | None = None
    diagnostics: list[Diagnostic] = field(default_factory=list)
