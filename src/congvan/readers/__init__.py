"""Read a file (or bytes) into a :class:`~congvan.source.SourceDocument`.

The format is decided from the bytes first (:mod:`congvan.readers.sniff`) and
the extension second: a ``.doc`` that is really a zip is read as ``.docx``,
one that is really RTF as RTF, a ``.txt`` that starts with a UTF-16 byte
order mark is decoded as UTF-16. ``.doc`` and ``.rtf`` go through LibreOffice
(:mod:`congvan.readers.doc`), ``.pdf`` through its text layer
(:mod:`congvan.readers.pdf`). Anything that cannot be
turned into text raises :class:`~congvan.errors.ReadError` or
:class:`~congvan.errors.UnsupportedFormatError` with a Vietnamese reason.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from congvan.errors import ReadError, UnsupportedFormatError
from congvan.readers.doc import read_doc
from congvan.readers.docx import read_docx
from congvan.readers.md import read_html, read_markdown
from congvan.readers.pdf import read_pdf
from congvan.readers.sniff import sniff
from congvan.readers.txt import read_txt
from congvan.source import SourceDocument

#: Inputs larger than this are refused before reading: no official letter is
#: this big, and an archive batch must not stall on a stray disk image.
MAX_INPUT_BYTES = 100 * 1024 * 1024

TEXT_SUFFIXES = {".txt", ".text", ""}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
#: Extensions whose content must be what the name says; anything else is an error, not text.
BINARY_SUFFIXES = {".doc", ".dot", ".rtf", ".pdf"}


def read_path(path: str | os.PathLike[str]) -> SourceDocument:
    """Read the file at ``path``; raises ``ReadError`` when there is no usable file."""
    p = Path(path)
    shown = str(path)
    if not p.exists():
        raise ReadError(shown, "không tìm thấy tệp.")
    if p.is_dir():
        raise ReadError(shown, "đây là thư mục, không phải tệp.")
    try:
        size = p.stat().st_size
        if size > MAX_INPUT_BYTES:
            raise ReadError(shown, f"tệp quá lớn ({size // (1024 * 1024)} MB).")
        data = p.read_bytes()
    except PermissionError:
        raise ReadError(shown, "không có quyền đọc tệp.") from None
    except OSError as exc:
        raise ReadError(shown, f"không đọc được tệp ({exc.strerror or exc}).") from None
    return read_bytes(data, shown, p.suffix.lower())


def read_bytes(data: bytes, path: str | None = None, suffix: str = ".txt") -> SourceDocument:
    """Read ``data`` as the format its bytes (then ``suffix``) say."""
    sha = hashlib.sha256(data).hexdigest()
    kind = sniff(data)
    if kind == "docx" or suffix == ".docx":
        if kind != "docx":
            raise ReadError(path, "tệp .docx bị hỏng (không phải tệp nén Office Open XML).")
        return read_docx(data, path, sha)
    if kind in ("doc", "rtf"):
        return read_doc(data, path, sha, kind)
    if kind == "pdf":
        return read_pdf(data, path, sha)
    if kind == "html" or suffix in HTML_SUFFIXES:
        return read_html(data, path, sha)  # also a web page saved under a Word name
    if suffix in BINARY_SUFFIXES:
        what = {".pdf": "PDF", ".rtf": "RTF"}.get(suffix, "Word 97-2003")
        raise ReadError(
            path, f"tệp không phải {what} hợp lệ (nội dung không khớp đuôi '{suffix}')."
        )
    if suffix in MARKDOWN_SUFFIXES:
        return read_markdown(data, path, sha)
    if suffix in TEXT_SUFFIXES:
        return read_txt(data, path, sha)
    raise UnsupportedFormatError(
        path,
        f"định dạng '{suffix}' chưa được hỗ trợ "
        "(đọc được: .txt, .md, .html, .docx, .doc, .rtf, .pdf).",
    )
