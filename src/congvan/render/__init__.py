"""Renderers: a document model in, text out. None of them re-parses text.

``FORMATS`` maps each ``--format`` name to its renderer. ``view`` gives a rich
renderable for the terminal; the others give strings.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from congvan.models import Document
from congvan.render.checklist import render_checklist
from congvan.render.json import render_json, render_jsonl_line


class OutputFormat(StrEnum):
    """Output formats of ``congvan parse``."""

    VIEW = "view"
    JSON = "json"
    JSONL = "jsonl"
    CHECKLIST = "checklist"


TEXT_RENDERERS: dict[OutputFormat, Callable[[Document], str]] = {
    OutputFormat.JSON: render_json,
    OutputFormat.JSONL: render_jsonl_line,
    OutputFormat.CHECKLIST: render_checklist,
}

__all__ = ["TEXT_RENDERERS", "OutputFormat", "render_checklist", "render_json", "render_jsonl_line"]
