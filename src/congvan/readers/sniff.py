"""Tell a file's real format from its first bytes, whatever its name says.

Archives are full of misnamed files: a ``.doc`` that Word saved as ``.docx``,
as RTF, or that a web system exported as HTML; a ``.pdf`` with junk before its
``%PDF`` header. The reader trusts these signatures before the extension.
"""

from __future__ import annotations

from congvan import patterns

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
RTF_MAGIC = b"{\\rtf"
PDF_MAGIC = b"%PDF-"
ODT_MIME = b"application/vnd.oasis.opendocument.text"
#: PDF readers accept the header anywhere in the first kilobyte (ISO 32000-1, annex H.3).
PDF_HEADER_WINDOW = 1024
#: Scanned page images, by their signatures: PNG, JPEG, TIFF (both byte orders), BMP.
IMAGE_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
    (b"BM", "bmp"),
)


def sniff(data: bytes) -> str | None:
    """``docx``, ``odt``, ``doc``, ``rtf``, ``pdf``, ``html``, an image kind (``png``, ``jpeg``,
    ``tiff``, ``bmp``) or ``None`` when the bytes do not say."""
    if data.startswith(ZIP_MAGIC):
        # An OpenDocument package stores its ``mimetype`` first, uncompressed (ODF 1.2, 3.3)
        return "odt" if data[30:38] == b"mimetype" and ODT_MIME in data[38:100] else "docx"
    if data.startswith(OLE_MAGIC):
        return "doc"
    if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(RTF_MAGIC):
        return "rtf"
    if PDF_MAGIC in data[:PDF_HEADER_WINDOW]:
        return "pdf"
    if patterns.HTML_START_RE.match(data[:PDF_HEADER_WINDOW]):
        return "html"
    for magic, kind in IMAGE_MAGIC:
        if data.startswith(magic) and (kind != "bmp" or len(data) > 26):
            return kind
    return None
