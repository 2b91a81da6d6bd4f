"""Read a file (or bytes) into a :class:`~congvan.source.SourceDocument`.

The format is decided from the bytes first and the extension second: a
``.doc`` that is really a zip is read as ``.docx``, a ``.txt`` that starts
with a UTF-16 byte order mark is decoded as UTF-16. Anything that cannot be
turned into text raises :class:`~congvan.errors.ReadError` or
:class:`~congvan.errors.UnsupportedFormatError` with a Vietnamese reason.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from congvan.errors import ReadError, UnsupportedFormatError
from congvan.readers.docx import read_docx
from congvan.readers.md import read_html, read_markdown
from congvan.readers.txt import read_txt
from congvan.source import SourceDocument

#: Inputs larger than this are refused before reading: no official letter is
#: this big, and an archive batch must not stall on a stray disk image.
MAX_INPUT_BYTES = 100 * 1024 * 1024

TEXT_SUFFIXES = {".txt", ".text", ""}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


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
    if data.startswith(_ZIP_MAGIC) or suffix == ".docx":
        if not data.startswith(_ZIP_MAGIC):
            raise ReadError(path, "tệp .docx bị hỏng (không phải tệp nén Office Open XML).")
        return read_docx(data, path, sha)
    if data.startswith(_OLE_MAGIC):
        raise UnsupportedFormatError(
            path, "tệp Word 97-2003 (.doc) chưa được hỗ trợ; hãy lưu lại thành .docx."
        )
    if data.startswith(b"%PDF"):
        raise UnsupportedFormatError(path, "tệp PDF chưa được hỗ trợ.")
    if suffix in MARKDOWN_SUFFIXES:
        return read_markdown(data, path, sha)
    if suffix in HTML_SUFFIXES:
        return read_html(data, path, sha)
    if suffix in TEXT_SUFFIXES:
        return read_txt(data, path, sha)
    raise UnsupportedFormatError(
        path, f"định dạng '{suffix}' chưa được hỗ trợ (đọc được: .txt, .md, .html, .docx)."
    )
