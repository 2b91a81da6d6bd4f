"""What a reader hands to the pipeline: the reading text, line by line.

A line knows where it came from. For a ``.docx`` that is the table cell
(table, row, column) or ``None`` for a body paragraph; layout decisions later
(which column holds the issuer, which the signer) rest on it. A flattened
two-column ``.txt`` line is split during segmentation into two ``Line``
objects that share one line number, so evidence still points at the file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from congvan.models import Diagnostic


@dataclass(frozen=True, slots=True)
class Cell:
    """Position of a line inside a table: table index, row and column (0-based)."""

    table: int
    row: int
    col: int


@dataclass(frozen=True, slots=True)
class FontRun:
    """A stretch of a line's text and the font Word draws it in (``None``: not stated)."""

    text: str
    font: str | None


@dataclass(frozen=True, slots=True)
class LineFormat:
    """How Word formats a line, resolved through styles and document defaults.

    Kept for later checks: legacy-encoding fonts (``.VnTime``, ``VNI-Times``)
    need the font of every run, and layout checks under Nghị định 30/2020
    need size, weight and alignment. ``size`` is the size (pt) of most of the
    line's characters; ``bold`` and ``italic`` hold when every visible
    character is so.
    """

    fonts: tuple[str, ...] = ()
    runs: tuple[FontRun, ...] = ()
    size: float | None = None
    bold: bool = False
    italic: bool = False
    #: ``w:jc`` as Word writes it: ``left``/``start``, ``center``, ``right``/``end``, ``both``.
    align: str | None = None


class PendingFormat(Protocol):
    """Formatting facts worked out on first use (and kept): see :attr:`Line.fmt`."""

    def __call__(self) -> LineFormat: ...


@dataclass(frozen=True, slots=True)
class Line:
    """One line of reading text with its 1-based number and provenance."""

    no: int
    text: str
    cell: Cell | None = None
    #: 0 for a left column and 1 for a right one when a flattened text line was split.
    side: int | None = None
    #: Index of the Word paragraph the line belongs to (soft line breaks share it).
    para: int | None = None
    #: The line's :class:`LineFormat`, or what works it out when first asked: parsing
    #: itself never needs sizes and weights, so a Word reader defers resolving them
    #: (through styles) to whoever reads :attr:`fmt`. Not compared: it is derived.
    format_facts: LineFormat | PendingFormat | None = field(default=None, compare=False)

    @property
    def fmt(self) -> LineFormat | None:
        """Formatting facts from a Word file; ``None`` for text input."""
        facts = self.format_facts
        if facts is None or isinstance(facts, LineFormat):
            return facts
        return facts()

    def __reduce__(self) -> tuple[type[Line], tuple[object, ...]]:
        # Pickled or copied with its format worked out: what works it out holds XML.
        return Line, (self.no, self.text, self.cell, self.side, self.para, self.fmt)

    def with_text(self, text: str) -> Line:
        if text == self.text:
            return self  # frozen: the same line serves (normalizing leaves most lines alone)
        return Line(self.no, text, self.cell, self.side, self.para, self.format_facts)


@dataclass(slots=True)
class SourceDocument:
    """A read document: its lines plus facts about the file."""

    path: str | None
    format: str
    sha256: str
    encoding: str | None
    lines: list[Line]
    diagnostics: list[Diagnostic] = field(default_factory=list)
    #: Footnote and endnote texts, kept out of the reading text (not in the JSON contract).
    notes: list[str] = field(default_factory=list)
    #: Pages of the file, where the file itself tells them (see :class:`~congvan.models.Source`).
    pages: int | None = None
    #: Pages read through OCR, the mean confidence and the language, when any were.
    ocr: tuple[list[int], float, str] | None = None
    #: The least OCR confidence (0-100) of each line read through OCR, by line number.
    confidence: dict[int, float] = field(default_factory=dict)
