"""congvan: read Vietnamese official documents into structured data."""

from __future__ import annotations

from congvan.errors import CongvanError, ReadError, UnsupportedFormatError
from congvan.models import Document
from congvan.pipeline import parse_bytes, parse_file, parse_text
from congvan.readers.ocr import Options as OcrOptions

__version__ = "0.31.0"  # raised whenever results change: a batch rerun then redoes every file

__all__ = [
    "CongvanError",
    "Document",
    "OcrOptions",
    "ReadError",
    "UnsupportedFormatError",
    "__version__",
    "parse_bytes",
    "parse_file",
    "parse_text",
]
