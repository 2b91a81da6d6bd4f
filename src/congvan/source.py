"""What a reader hands to the pipeline: the reading text, line by line.

A line knows where it came from. For a ``.docx`` that is the table cell
(table, row, column) or ``None`` for a body paragraph; layout decisions later
(which column holds the issuer, which the signer) rest on it. A flattened
two-column ``.txt`` line is split during segmentation into two ``Line``
objects that share one line number, so evidence still points at the file.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from congvan.models import Diagnostic


@dataclass(frozen=True, slots=True)
class Cell:
    """Position of a line inside a table: table index, row and column (0-based)."""

    table: int
    row: int
    col: int


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

    def with_text(self, text: str) -> Line:
        return replace(self, text=text)


@dataclass(slots=True)
class SourceDocument:
    """A read document: its lines plus facts about the file."""

    path: str | None
    format: str
    sha256: str
    encoding: str | None
    lines: list[Line]
    diagnostics: list[Diagnostic] = field(default_factory=list)
