"""One catalogue row per input file: the index line and the archive CSV row.

``congvan batch`` writes, for every input, one line of ``index.jsonl`` (an
:class:`IndexRow`) and one row of ``index.csv``. The CSV carries the fields an
archive catalogue needs for each document (Thông tư 02/2019/TT-BNV: số, ký
hiệu, ngày, tên loại, trích yếu, cơ quan ban hành, số trang, ngôn ngữ; plus
người ký), with Vietnamese headers, so an archivist can open it in Excel.

A value is filled only when the parser found it; nothing is guessed. The page
count is the one value the text cannot give: the readers take it from the file
(a PDF's pages; a .docx's own statistics when the program that saved it counted
them) and it is left empty otherwise.
"""

from __future__ import annotations

import unicodedata
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from congvan import __version__
from congvan.models import SCHEMA_VERSION, Document

#: What a previous result must have been made by to be reused: the package
#: version and the contract's schema version.
PARSER_VERSION = f"{__version__}+schema{SCHEMA_VERSION}"

#: Marks only Vietnamese uses among the languages of the archives: hook above,
#: dot below, horn (after NFD), and đ. French or German accents do not count.
_VIETNAMESE_MARKS = frozenset("\u0309\u0323\u031bđĐ")


class Status(StrEnum):
    """What happened to one input file."""

    OK = "ok"
    ERROR = "error"
    UNCHANGED = "unchanged"


class IndexRow(BaseModel):
    """One line of ``index.jsonl``: an input file, its outcome and its catalogue fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    path: str = Field(description="Đường dẫn tệp nguồn, tương đối so với thư mục nguồn (dấu /).")
    status: Status = Field(description="ok, error hoặc unchanged (giữ kết quả lần trước).")
    output: str | None = Field(description="Tệp JSON kết quả, tương đối so với thư mục kết quả.")
    error: str | None = Field(description="Lý do lỗi bằng tiếng Việt, hoặc null.")
    sha256: str | None = Field(description="SHA-256 của tệp nguồn; null khi không đọc được.")
    parser: str = Field(description="Phiên bản congvan và phiên bản lược đồ đã tạo kết quả.")
    # A rerun keeps an output only when it is still the file this row describes: a JSON
    # cut short or edited since is redone, not reported unchanged.
    output_size: int | None = Field(
        default=None, description="Cỡ tệp JSON kết quả (byte), hoặc null."
    )
    output_sha256: str | None = Field(
        default=None, description="SHA-256 của tệp JSON kết quả, hoặc null."
    )
    format: str | None = Field(default=None, description="Định dạng đã đọc: docx, txt, ...")
    doc_type: str | None = Field(default=None, description="Tên loại văn bản.")
    number: str | None = Field(default=None, description="Số của văn bản.")
    symbol: str | None = Field(default=None, description="Ký hiệu (kèm năm với văn bản QPPL).")
    date: str | None = Field(
        default=None, description="Ngày ban hành dd/mm/yyyy (rút gọn nếu thiếu)."
    )
    subject: str | None = Field(default=None, description="Trích yếu nội dung.")
    issuer: str | None = Field(default=None, description="Cơ quan ban hành.")
    signer: str | None = Field(default=None, description="Người ký.")
    pages: int | None = Field(
        default=None, description="Số trang, khi tệp ghi nhận; null nếu không biết."
    )
    language: str | None = Field(default=None, description="Ngôn ngữ, khi nhận ra được.")
    check_errors: int | None = Field(
        default=None, description="batch --check: số lỗi thể thức (NĐ 30/2020), hoặc null."
    )
    check_warnings: int | None = Field(
        default=None, description="batch --check: số cảnh báo thể thức, hoặc null."
    )


#: Headers of ``index.csv`` in order, with the row field each shows.
CSV_COLUMNS: tuple[tuple[str, str], ...] = (
    ("STT", "#"),
    ("Số", "number"),
    ("Ký hiệu", "symbol"),
    ("Ngày tháng năm văn bản", "date"),
    ("Tên loại văn bản", "doc_type"),
    ("Trích yếu nội dung", "subject"),
    ("Cơ quan ban hành", "issuer"),
    ("Người ký", "signer"),
    ("Số trang", "pages"),
    ("Ngôn ngữ", "language"),
    ("Đường dẫn", "path"),
    ("Trạng thái", "status"),
    ("Ghi chú", "error"),
    ("Lỗi thể thức", "check_errors"),
    ("Cảnh báo thể thức", "check_warnings"),
)
_STATUS_LABELS = {Status.OK: "đã đọc", Status.ERROR: "lỗi", Status.UNCHANGED: "không đổi"}


def catalogue_fields(doc: Document) -> dict[str, object]:
    """The catalogue fields of a parsed document (keys of :class:`IndexRow`)."""
    number = doc.number
    symbol = number.symbol if number else None
    if symbol and number and number.year:
        symbol = f"{number.year}/{symbol}"  # 30/2020/NĐ-CP: số 30, ký hiệu 2020/NĐ-CP
    return {
        "format": doc.source.format,
        "doc_type": doc.doc_type.name if doc.doc_type else None,
        "number": number.number if number else None,
        "symbol": symbol,
        "date": _date(doc),
        "subject": doc.subject,
        "issuer": doc.issuer.name if doc.issuer else None,
        "signer": doc.signer.name if doc.signer else None,
        "pages": doc.source.pages,
        "language": _language(doc),
    }


def _date(doc: Document) -> str | None:
    d = doc.date
    if d is None or d.year is None:
        return None
    if d.month is None:
        return str(d.year)
    if d.day is None:
        return f"{d.month:02d}/{d.year}"
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def _language(doc: Document) -> str | None:
    """``Tiếng Việt`` when the header or subject uses letters only Vietnamese has."""
    parts = [doc.subject, doc.issuer.name if doc.issuer else None]
    parts.append(doc.doc_type.name if doc.doc_type else None)
    text = unicodedata.normalize("NFD", " ".join(p for p in parts if p))
    return "Tiếng Việt" if any(ch in _VIETNAMESE_MARKS for ch in text) else None


def csv_cells(row: IndexRow, serial: int) -> list[str]:
    """One CSV row: the catalogue columns of ``row`` as text, empty where unknown."""
    data = row.model_dump()
    cells: list[str] = []
    for _, key in CSV_COLUMNS:
        if key == "#":
            cells.append(str(serial))
        elif key == "status":
            cells.append(_STATUS_LABELS[row.status])
        else:
            value = data[key]
            cells.append("" if value is None else str(value))
    return cells


def csv_header() -> list[str]:
    """The Vietnamese column headers of ``index.csv``."""
    return [title for title, _ in CSV_COLUMNS]
