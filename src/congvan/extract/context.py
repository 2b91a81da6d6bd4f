"""State shared by the extractors of one document.

Extractors read the layout and what earlier extractors found (the letter's
date resolves relative deadlines; its recipients are the default assignees),
and record diagnostics and evidence here instead of returning them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from congvan.codes import Code, diag
from congvan.models import DateValue, Diagnostic, LineSpan
from congvan.segment import Layout
from congvan.source import Line


@dataclass(slots=True)
class Context:
    """What one document's extraction knows so far."""

    layout: Layout
    diagnostics: list[Diagnostic] = field(default_factory=list)
    evidence: dict[str, LineSpan] = field(default_factory=dict)
    #: Lines outside the header that may hold urgency or secrecy marks.
    marks: list[Line] = field(default_factory=list)
    date: DateValue | None = None
    recipients: list[str] = field(default_factory=list)
    #: The items stand under a lead-in that directs (``Thủ tướng Chính phủ yêu cầu:``, ``Phó
    #: Thủ tướng ... có ý kiến như sau:``): a sentence in them that opens with a unit and its own
    #: verb assigns that unit, whatever the verb.
    directed: bool = False
    #: The document's items are a regulation's articles (``Điều 5.``): a party it names by its
    #: charge and makes act in the present (``Cơ quan tiếp nhận hồ sơ kiểm tra ...``) is bound
    #: to that work, as a regulation states its duties.
    legal: bool = False

    def add(self, code: Code, line: int | None = None, detail: str | None = None) -> None:
        self.diagnostics.append(diag(code, line, detail))

    def drop(self, code: Code) -> None:
        """Withdraw ``code`` once a later reading finds what it said was missing."""
        self.diagnostics = [d for d in self.diagnostics if d.code != code.code]
