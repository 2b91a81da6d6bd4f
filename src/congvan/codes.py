"""Stable diagnostic codes.

A code is never reused for another meaning. ``CV0xx`` come from reading the
file, ``CV1xx`` from the document's structure, ``CV2xx`` from field content.
Messages are Vietnamese because clerks read them; the code is what scripts
match on.
"""

from __future__ import annotations

from typing import NamedTuple

from congvan.models import Diagnostic, Severity


class Code(NamedTuple):
    """One diagnostic kind: its code, default severity and message."""

    code: str
    severity: Severity
    message: str


_I, _W = Severity.INFO, Severity.WARNING

DECODED_UTF16 = Code("CV001", _I, "Tệp văn bản mã hóa UTF-16, đã chuyển sang Unicode.")
DECOMPOSED_UNICODE = Code(
    "CV002", _I, "Văn bản dùng Unicode tổ hợp, đã chuẩn hóa về dạng dựng sẵn (NFC)."
)
# CV010 and CV011 are retired: the reader now renders automatic numbering
# (CV013) and text boxes (CV014). They stay defined so that the codes keep
# their meaning for old results; they are no longer emitted.
WORD_AUTONUMBER = Code(
    "CV010", _W, "Tệp Word có đánh số tự động; số mục do Word sinh ra chưa được đọc."
)
WORD_TEXTBOX = Code(
    "CV011", _W, "Tệp Word có hộp văn bản (text box); nội dung trong hộp chưa được đọc."
)
WORD_REVISIONS = Code(
    "CV012",
    _W,
    "Tệp Word còn thay đổi chưa chấp nhận (track changes); đã đọc như khi chấp nhận hết.",
)
WORD_NUMBERING_READ = Code(
    "CV013", _I, "Số mục đánh tự động đã được đọc từ numbering.xml như Word hiển thị."
)
WORD_TEXTBOX_READ = Code(
    "CV014", _I, "Đã đọc nội dung hộp văn bản (text box), đặt sau đoạn chứa hộp."
)
WORD_NOTES = Code(
    "CV015", _I, "Tệp Word có chú thích cuối trang; chú thích không đưa vào nội dung chính."
)
WORD_NUMBERING_MISSING = Code(
    "CV016",
    _W,
    "Đoạn văn trỏ tới kiểu đánh số không có trong tệp (numbering.xml); số mục bị bỏ qua.",
)
WORD_HEADER_READ = Code(
    "CV017", _I, "Đã đưa nội dung phần đầu trang (header) vào trước thân văn bản."
)
WORD_DEEP_TABLES = Code(
    "CV018", _W, "Bảng lồng nhau quá sâu; phần lồng sâu được đọc thành một dòng."
)
EMPTY = Code("CV101", _W, "Văn bản rỗng.")
NOT_A_LETTER = Code(
    "CV102", _W, "Không thấy phần đầu của văn bản hành chính (quốc hiệu, số, ngày)."
)
COLUMNS_SPLIT = Code("CV103", _I, "Dòng gộp hai cột đã được tách thành cột trái và cột phải.")
PAGE_BREAK_JOINED = Code("CV104", _I, "Đoạn văn bị ngắt trang đã được nối lại.")
ATTACHMENT = Code(
    "CV105",
    _I,
    "Từ dòng này là phần kèm theo (phụ lục, văn bản ban hành kèm, bản sao); "
    "không tính nhiệm vụ trong phần này.",
)
DOC_TYPE_MISSING = Code("CV201", _W, "Không xác định được tên loại văn bản.")
DOC_TYPE_FROM_NUMBER = Code(
    "CV202", _I, "Tên loại suy ra từ ký hiệu văn bản (không có dòng tên loại)."
)
NUMBER_MISSING = Code("CV203", _W, "Không thấy dòng số, ký hiệu.")
NUMBER_BLANK = Code("CV204", _I, "Số văn bản để trống (dự thảo chưa cấp số).")
NUMBER_UNUSUAL = Code("CV205", _W, "Số, ký hiệu không theo mẫu quen thuộc.")
ISSUER_MISSING = Code("CV206", _W, "Không thấy tên cơ quan ban hành.")
DATE_MISSING = Code("CV207", _W, "Không thấy địa danh, ngày tháng ban hành.")
DATE_BLANK = Code("CV208", _I, "Ngày hoặc tháng ban hành để trống (dự thảo).")
DATE_INVALID = Code("CV209", _W, "Ngày tháng ban hành không hợp lệ.")
SUBJECT_MISSING = Code("CV210", _W, "Không thấy trích yếu nội dung.")
RECIPIENTS_MISSING = Code("CV211", _I, "Công văn không có phần Kính gửi.")
SIGNER_MISSING = Code("CV212", _W, "Không thấy khối chữ ký.")
SIGNER_NAME_MISSING = Code("CV213", _I, "Khối chữ ký chưa có họ tên người ký.")
DISTRIBUTION_MISSING = Code("CV214", _I, "Không thấy phần Nơi nhận.")
NO_TASKS = Code("CV215", _I, "Nội dung không có mục đánh số.")
DEADLINE_UNRESOLVED = Code("CV216", _I, "Có thời hạn nhưng không quy được ra ngày cụ thể.")
JOINT_ISSUERS = Code(
    "CV218",
    _I,
    "Văn bản liên tịch: cơ quan ban hành ghi cơ quan đứng đầu; các cơ quan cùng ban hành:",
)
JOINT_SIGNERS = Code(
    "CV219",
    _I,
    "Văn bản liên tịch ký song song: người ký ghi người ký đầu tiên; những người ký khác:",
)
SIGNERS_SIDE_BY_SIDE = Code(
    "CV220",
    _I,
    "Nhiều người ký song song, không có dòng thẩm quyền: người ký ghi người ký ở cột phải"
    " (vị trí của người có thẩm quyền ký); những người ký khác:",
)
TOO_MANY_ITEMS = Code(
    "CV217", _W, "Văn bản có quá nhiều mục đánh số; các mục sau giới hạn được đọc như lời văn."
)

# Appended for .pdf, .doc and .rtf (readers/pdf.py, readers/doc.py). Kept in their own
# block (CV020-CV029) so that codes added in parallel for other readers cannot collide.
PDF_NEEDS_OCR = Code(
    "CV020",
    _W,
    "Trang PDF không có lớp chữ (bản quét, ảnh chụp); cần nhận dạng ký tự (OCR) mới đọc được.",
)
PDF_REPEATED_COPY = Code(
    "CV021", _I, "Tệp PDF chứa lại chính văn bản này một lần nữa; bản lặp lại đã được bỏ qua."
)
PDF_OTHER_LETTER = Code(
    "CV022",
    _W,
    "Tệp PDF chứa thêm văn bản khác sau văn bản đầu tiên; chỉ văn bản đầu tiên được đọc.",
)
PDF_PAGES_LIMIT = Code("CV023", _W, "Tệp PDF quá dài; chỉ đọc các trang đầu.")
CONVERTED = Code(
    "CV024", _I, "Tệp Word 97-2003 / RTF đã được LibreOffice chuyển sang .docx để đọc."
)
PDF_STAMPED = Code(
    "CV025",
    _I,
    "Số và ngày được đọc từ ô chữ ký số điền vào chỗ trống của trang PDF (không có trong lớp chữ).",
)
OCR_READ = Code(
    "CV026",
    _W,
    "Trang được đọc bằng nhận dạng ký tự (OCR, Tesseract); "
    "chữ có thể sai dấu, cần đối chiếu bản gốc.",
)
OCR_EMPTY_PAGE = Code("CV027", _W, "Nhận dạng ký tự (OCR) không thấy chữ nào trên trang ảnh.")
OCR_MENDED = Code(
    "CV028",
    _W,
    "Dòng số/ngày đọc bằng OCR có ký tự dễ nhầm (I, O, S, ...) đã được sửa theo khuôn của dòng; "
    "cần đối chiếu bản gốc.",
)
OCR_LOW_CONFIDENCE = Code(
    "CV029", _W, "Trường này đọc bằng OCR với độ tin cậy thấp; cần đối chiếu bản gốc."
)

# Appended by the Markdown/HTML and legacy-encoding readers.
LEGACY_ENCODING = Code("CV003", _I, "Văn bản mã cũ đã được chuyển sang Unicode.")
LEGACY_CASE_RESTORED = Code(
    "CV004",
    _I,
    "Bảng mã TCVN3 không ghi chữ hoa của nguyên âm có dấu; "
    "chữ hoa đã được khôi phục theo ngữ cảnh.",
)
EXPORT_DUPLICATE = Code(
    "CV030", _W, "Tệp xuất có văn bản lặp lại lần thứ hai; chỉ đọc bản thứ nhất."
)
EXPORT_CELLS_SPLIT = Code(
    "CV031", _I, "Ô bảng gộp nhiều dòng (tiêu đề, chữ ký, nơi nhận) đã được tách lại."
)
EXPORT_LETTERS_JOINED = Code(
    "CV032", _I, 'Chữ bị tách rời khi xuất ("Qu ả ng", "0 6") đã được ghép lại.'
)

ALL: tuple[Code, ...] = tuple(v for v in globals().values() if isinstance(v, Code))
#: Codes no longer emitted, and the code that says what is done now.
RETIRED: dict[str, str] = {WORD_AUTONUMBER.code: "CV013", WORD_TEXTBOX.code: "CV014"}


def diag(code: Code, line: int | None = None, detail: str | None = None) -> Diagnostic:
    """Make a diagnostic of ``code``; ``detail`` is appended to the message."""
    message = code.message if detail is None else f"{code.message} {detail}"
    return Diagnostic(code=code.code, severity=code.severity, message=message, line=line)
