"""The stages in order: read, normalize, segment, extract.

``parse_file`` may raise :class:`~congvan.errors.CongvanError` for a file that
cannot be read; once there is text, parsing always returns a
:class:`~congvan.models.Document`.
"""

from __future__ import annotations

import hashlib
import os

from congvan.extract import extract_document
from congvan.models import Document
from congvan.normalize import normalize_document
from congvan.readers import read_bytes, read_path
from congvan.readers.ocr import Options as OcrOptions
from congvan.readers.txt import text_lines
from congvan.segment import segment
from congvan.source import SourceDocument


def parse_source(src: SourceDocument) -> Document:
    """Run every stage after reading."""
    doc = normalize_document(src)
    layout = segment(doc.lines, scanned=doc.ocr is not None)
    return extract_document(doc, layout)


def parse_file(path: str | os.PathLike[str], *, ocr: OcrOptions | None = None) -> Document:
    """Parse the file at ``path`` (.txt, .md, .docx, .doc, .rtf, .odt, .pdf, a scanned image);
    ``ocr`` says when scans are read through OCR (default: only where there is no text)."""
    return parse_source(read_path(path, ocr))


def parse_bytes(
    data: bytes, path: str | None = None, suffix: str = ".txt", *, ocr: OcrOptions | None = None
) -> Document:
    """Parse in-memory file content, e.g. read from stdin."""
    return parse_source(read_bytes(data, path, suffix, ocr))


def parse_text(text: str, path: str | None = None) -> Document:
    """Parse a letter given as a string."""
    lines = text_lines(text.splitlines() or [""])
    sha = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return parse_source(SourceDocument(path, "txt", sha, None, lines))
