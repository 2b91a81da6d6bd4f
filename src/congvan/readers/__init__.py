"""Read a file (or bytes) into a :class:`~congvan.source.SourceDocument`.

The format is decided from the bytes first (:mod:`congvan.readers.sniff`) and
the extension second: a ``.doc`` that is really a zip is read as ``.docx``,
one that is really RTF as RTF, a ``.txt`` that starts with a UTF-16 byte
order mark is decoded as UTF-16. ``.doc``, ``.rtf`` and ``.odt`` go through LibreOffice
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
from congvan.readers.ocr import Options
from congvan.readers.pdf import read_image, read_pdf
from congvan.readers.sniff import sniff
from congvan.readers.txt import read_txt
from congvan.source import SourceDocument

#: Inputs larger than this are refused before reading: no official letter is
#: this big, and an archive batch must not stall on a stray disk image.
MAX_INPUT_BYTES = 100 * 1024 * 1024

#: Text is capped far lower: a letter, even a whole code of law, is well under 1 MB of
#: text, while a 5 MB file of one-word lines takes minutes and gigabytes to structure.
MAX_TEXT_BYTES = 2 * 1024 * 1024
#: What the kind sniffed from the bytes may weigh (a Word file or a PDF holds images).
_MAX_BY_KIND = {
    "docx": MAX_INPUT_BYTES,
    "doc": MAX_INPUT_BYTES,
    "rtf": MAX_INPUT_BYTES,
    "odt": MAX_INPUT_BYTES,
    "pdf": MAX_INPUT_BYTES,
    "html": 4 * MAX_TEXT_BYTES,  # markup around the text
    **dict.fromkeys(("png", "jpeg", "tiff", "bmp"), MAX_INPUT_BYTES),  # a page scanned
}
#: What the sniffer calls a scanned page image, and the names such files go by.
IMAGE_KINDS = frozenset(("png", "jpeg", "tiff", "bmp"))
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp"}

TEXT_SUFFIXES = {".txt", ".text", ""}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
#: Extensions whose content must be what the name says; anything else is an error, not text.
BINARY_SUFFIXES = {".doc", ".dot", ".rtf", ".odt", ".pdf", *IMAGE_SUFFIXES}


def _check_size(data: bytes, path: str | None, kind: str | None) -> None:
    limit = _MAX_BY_KIND.get(kind or "", MAX_TEXT_BYTES)
    if len(data) > limit:
        raise ReadError(
            path,
            f"tệp quá lớn ({_megabytes(len(data))}; tối đa {_megabytes(limit)} cho loại tệp này).",
        )


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")


def read_path(path: str | os.PathLike[str], ocr: Options | None = None) -> SourceDocument:
    """Read the file at ``path``; raises ``ReadError`` when there is no usable file. ``ocr``
    says when scans are read through OCR (default: pages without text, image files)."""
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
    return read_bytes(data, shown, p.suffix.lower(), ocr)


def read_bytes(
    data: bytes, path: str | None = None, suffix: str = ".txt", ocr: Options | None = None
) -> SourceDocument:
    """Read ``data`` as the format its bytes (then ``suffix``) say."""
    sha = hashlib.sha256(data).hexdigest()
    kind = sniff(data)
    _check_size(data, path, kind)
    # The bytes decide, whatever the name: a PDF saved as ``.docx`` is read as a PDF,
    # as a ``.docx`` saved as ``.pdf`` is read as a ``.docx``.
    if kind == "docx":
        return read_docx(data, path, sha)
    if kind in ("doc", "rtf", "odt"):
        return read_doc(data, path, sha, kind)
    if kind == "pdf":
        return read_pdf(data, path, sha, ocr)
    if kind in IMAGE_KINDS:
        return read_image(data, path, sha, kind, ocr)
    if kind == "html" or suffix in HTML_SUFFIXES:
        return read_html(data, path, sha)  # also a web page saved under a Word name
    if suffix == ".docx":
        raise ReadError(path, "tệp .docx bị hỏng (không phải tệp nén Office Open XML).")
    if suffix in BINARY_SUFFIXES:
        what = {".pdf": "PDF", ".rtf": "RTF", ".odt": "OpenDocument"}.get(suffix, "Word 97-2003")
        if suffix in IMAGE_SUFFIXES:
            what = "ảnh"
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
        "(đọc được: .txt, .md, .html, .docx, .doc, .rtf, .odt, .pdf; "
        "ảnh quét .png, .jpg, .tif, .bmp).",
    )
