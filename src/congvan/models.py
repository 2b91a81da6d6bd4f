"""The output contract (schema version 1) as frozen pydantic models.

These classes are the single source of the JSON shape promised in
``docs/json-contract.md``: ``congvan schema`` prints their JSON Schema, and the
JSON renderer is their ``model_dump``. Keys listed in the contract are never
renamed or dropped; extra keys (``evidence`` spans) are allowed by the contract.

Line numbers are 1-based and refer to the document's *reading text*: the lines
of a ``.txt`` file as they are, or for a ``.docx`` the paragraphs and table
cell lines in document order (``congvan parse --format text`` shows them).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION: Literal["1"] = "1"


class _Frozen(BaseModel):
    # Every field is written, defaults included: the schema says so (``congvan schema``).
    model_config = ConfigDict(
        frozen=True, extra="forbid", json_schema_serialization_defaults_required=True
    )


class LineSpan(_Frozen):
    """Where a value was read: first and last line (1-based, inclusive)."""

    start: int = Field(description="Dòng đầu (tính từ 1).")
    end: int = Field(description="Dòng cuối (tính từ 1, gồm cả dòng này).")


class Severity(StrEnum):
    """How much a diagnostic matters to someone relying on the result."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


class Diagnostic(_Frozen):
    """Something the parser noticed: a field not found, a blank number, ..."""

    code: str = Field(description="Mã ổn định, ví dụ CV201 (xem `congvan codes`).")
    severity: Severity = Field(description="Mức độ: info, warning, error.")
    message: str = Field(description="Mô tả bằng tiếng Việt.")
    line: int | None = Field(default=None, description="Dòng liên quan, nếu có.")


class SourceOcr(_Frozen):
    """How much of the input was read through OCR (scans)."""

    pages: list[int] = Field(description="Các trang đã đọc bằng nhận dạng ký tự (OCR), từ 1.")
    confidence: float = Field(
        description="Độ tin cậy trung bình của Tesseract trên các từ đã đọc (0-100)."
    )
    language: str = Field(description="Ngôn ngữ nhận dạng đã dùng (vie, ...).")


class Source(_Frozen):
    """The input the result was read from."""

    path: str | None = Field(description="Đường dẫn tệp như đã nhận; null khi đọc từ stdin.")
    format: str = Field(description="Định dạng: txt, docx, ...")
    sha256: str = Field(description="SHA-256 của các byte đầu vào.")
    encoding: str | None = Field(description="Bảng mã phát hiện được (utf-8, utf-16, ...).")
    pages: int | None = Field(
        default=None,
        description="Số trang của tệp: số trang của tệp PDF, hoặc số trang trình soạn thảo "
        "đã đếm và ghi trong tệp .docx; null khi tệp không cho biết.",
    )
    ocr: SourceOcr | None = Field(
        default=None,
        description="Các trang đọc bằng OCR và độ tin cậy; "
        "null khi không trang nào phải nhận dạng.",
    )


class DocType(_Frozen):
    """Tên loại văn bản."""

    name: str = Field(description="Tên loại theo Nghị định 30/2020 (Công văn, Quyết định, ...).")
    code: str | None = Field(description="Chữ viết tắt trong số ký hiệu (QĐ, TB, KH...) hoặc null.")
    evidence: LineSpan | None = Field(default=None, description="Dòng chứa tên loại.")


class DocNumber(_Frozen):
    """Số và ký hiệu văn bản."""

    raw: str = Field(description="Cả dòng số như đã đọc.")
    number: str | None = Field(description="Chữ số như đã viết (giữ số 0 đầu); null khi để trống.")
    year: int | None = Field(description="Năm trong số (văn bản QPPL: 30/2020/NĐ-CP).")
    symbol: str | None = Field(description="Ký hiệu sau số và năm: TB-UBND, NĐ-CP, CV/HU.")
    evidence: LineSpan = Field(description="Dòng số ký hiệu.")


class Issuer(_Frozen):
    """Cơ quan ban hành và cơ quan chủ quản."""

    name: str = Field(description="Tên cơ quan ban hành, các dòng nối bằng một dấu cách.")
    parent: str | None = Field(description="Cơ quan chủ quản viết phía trên, hoặc null.")
    evidence: LineSpan = Field(description="Các dòng tên cơ quan.")


class DateValue(_Frozen):
    """Ngày tháng ban hành; phần để trống là null và dạng ISO được rút gọn."""

    raw: str = Field(description="Chuỗi ngày như đã viết.")
    iso: str | None = Field(description="ISO 8601; rút gọn (2021-08) khi ngày để trống.")
    day: int | None = Field(description="Ngày, null khi để trống.")
    month: int | None = Field(description="Tháng, null khi để trống.")
    year: int | None = Field(description="Năm.")
    evidence: LineSpan = Field(description="Dòng địa danh, ngày tháng.")


class Recipient(_Frozen):
    """Một nơi nhận trong phần Kính gửi."""

    name: str = Field(description="Tên nơi nhận như đã viết.")
    evidence: LineSpan = Field(description="Dòng chứa nơi nhận.")


class Citation(_Frozen):
    """Một văn bản được viện dẫn (Căn cứ ..., Công văn số ...)."""

    doc_type: str | None = Field(description="Loại văn bản được dẫn: Nghị định, Luật, ...")
    number: str | None = Field(
        description="Số ký hiệu đầy đủ, bỏ dấu cách quanh / và -; null khi dẫn Luật theo tên."
    )
    date: str | None = Field(description="Ngày ban hành ISO 8601, nếu có.")
    issuer: str | None = Field(description="Cơ quan ban hành (sau 'của'), nếu có.")
    title: str | None = Field(description="Trích yếu hoặc tên văn bản, nếu có.")
    evidence: LineSpan = Field(description="Dòng viện dẫn.")


class BasisKind(StrEnum):
    """Kinds of preamble ground."""

    CAN_CU = "can_cu"
    DE_NGHI = "de_nghi"
    THUC_HIEN = "thuc_hien"


class LegalBasis(_Frozen):
    """Một căn cứ ở phần mở đầu."""

    text: str = Field(description="Nội dung căn cứ.")
    kind: BasisKind = Field(description="can_cu, de_nghi hoặc thuc_hien.")
    citations: list[Citation] = Field(description="Các văn bản được dẫn trong căn cứ.")
    evidence: LineSpan = Field(description="Dòng căn cứ.")


class Recurrence(StrEnum):
    """Chu kỳ của một nhiệm vụ định kỳ."""

    YEARLY = "yearly"
    HALF_YEARLY = "half-yearly"
    QUARTERLY = "quarterly"
    MONTHLY = "monthly"
    WEEKLY = "weekly"


class Deadline(_Frozen):
    """Thời hạn của một nhiệm vụ."""

    raw: str = Field(description="Cụm thời hạn như đã viết: 'trước ngày 20/8/2021'.")
    iso: str | None = Field(description="Ngày ISO 8601 (có thể rút gọn), null nếu không xác định.")
    recurrence: Recurrence | None = Field(
        default=None,
        description="Nhiệm vụ định kỳ (hằng năm, hằng tháng, ...): chu kỳ; khi đó iso là null.",
    )
    evidence: LineSpan = Field(description="Dòng chứa thời hạn.")


class DeadlineMention(_Frozen):
    """Một cụm thời hạn trong nội dung văn bản, với câu chứa nó."""

    raw: str = Field(description="Cụm thời hạn như đã viết.")
    iso: str | None = Field(description="Ngày ISO 8601 (có thể rút gọn) hoặc null.")
    sentence: str = Field(description="Câu chứa thời hạn.")
    evidence: LineSpan = Field(description="Dòng chứa thời hạn.")


class Task(_Frozen):
    """Một mục được đánh số trong nội dung, với các mục con."""

    label: str | None = Field(description="Số mục như hiển thị, không dấu câu: 1, a, I, Điều 1.")
    marker: str | None = Field(
        default=None,
        description="Số mục kèm dấu câu như văn bản viết: '1.', 'a)', 'II-', 'Điều 2.'.",
    )
    text: str = Field(description="Nội dung riêng của mục (không gồm mục con).")
    assignees: list[str] = Field(description="Đơn vị được giao (chủ trì), như đã viết.")
    partners: list[str] = Field(
        default_factory=list, description="Đơn vị phối hợp, như đã viết; [] nếu không có."
    )
    deadline: Deadline | None = Field(description="Thời hạn, hoặc null.")
    subtasks: list[Task] = Field(description="Các mục con.")
    evidence: LineSpan = Field(description="Các dòng của mục (gồm mục con).")


class Signer(_Frozen):
    """Người ký và thẩm quyền ký."""

    authority: str | None = Field(description="TM., KT., TL., TUQ., Q.; T/M, K/T, T/L; hoặc null.")
    authority_of: str | None = Field(description="Phần sau tiền tố đầu tiên: CHỦ TỊCH, ...")
    chain: list[str] = Field(description="Mọi dòng thẩm quyền theo thứ tự.")
    position: str | None = Field(description="Chức vụ người ký.")
    name: str | None = Field(description="Họ tên, không kèm (Đã ký).")
    rank: str | None = Field(
        default=None,
        description="Cấp hàm, học hàm, học vị viết trước tên (Thiếu tướng, PGS.TS...).",
    )
    evidence: LineSpan = Field(description="Các dòng khối chữ ký.")


class DistributionEntry(_Frozen):
    """Một dòng trong Nơi nhận."""

    name: str = Field(description="Nơi nhận.")
    note: str | None = Field(description="Mục đích gửi trong ngoặc cuối dòng: 'để b/c', 'B/c'.")
    evidence: LineSpan = Field(description="Các dòng của mục.")


class Evidence(_Frozen):
    """Line spans of the top-level string fields, which cannot carry their own."""

    place: LineSpan | None = Field(default=None, description="Dòng địa danh.")
    urgency: LineSpan | None = Field(default=None, description="Dòng độ khẩn.")
    confidentiality: LineSpan | None = Field(default=None, description="Dòng độ mật.")
    subject: LineSpan | None = Field(default=None, description="Các dòng trích yếu.")


class Document(_Frozen):
    """Một văn bản đã phân tích: khóa cấp cao nhất của hợp đồng JSON."""

    schema_version: Literal["1"] = Field(default=SCHEMA_VERSION, description="Phiên bản lược đồ.")
    source: Source = Field(description="Tệp nguồn.")
    doc_type: DocType | None = Field(description="Tên loại văn bản.")
    number: DocNumber | None = Field(description="Số, ký hiệu.")
    issuer: Issuer | None = Field(description="Cơ quan ban hành.")
    place: str | None = Field(description="Địa danh.")
    date: DateValue | None = Field(description="Ngày ban hành.")
    urgency: str | None = Field(description="Độ khẩn: Khẩn, Thượng khẩn, Hỏa tốc, Hỏa tốc hẹn giờ.")
    confidentiality: str | None = Field(description="Độ mật: Mật, Tối mật, Tuyệt mật.")
    subject: str | None = Field(description="Trích yếu, không có V/v, Về việc, Về.")
    recipients: list[Recipient] = Field(description="Kính gửi.")
    legal_basis: list[LegalBasis] = Field(description="Căn cứ ban hành.")
    references: list[Citation] = Field(description="Mọi văn bản được viện dẫn, không trùng số.")
    tasks: list[Task] = Field(description="Các mục đánh số của nội dung, dạng cây.")
    requests: list[Task] = Field(
        default_factory=list,
        description="Khi nội dung không có mục đánh số: mỗi đoạn giao việc "
        "(Giao X..., Đề nghị X...), cùng dạng với tasks.",
    )
    deadlines: list[DeadlineMention] = Field(description="Mọi cụm thời hạn trong nội dung.")
    signer: Signer | None = Field(description="Người ký.")
    distribution: list[DistributionEntry] = Field(description="Nơi nhận.")
    diagnostics: list[Diagnostic] = Field(description="Những điều trình phân tích ghi nhận.")
    evidence: Evidence = Field(
        default_factory=Evidence, description="Dòng nguồn của các trường dạng chuỗi."
    )
