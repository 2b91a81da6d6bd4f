"""A phiếu trình (the Văn phòng's cover sheet) states its trích yếu, độ khẩn and signature in
a table: the document is written here with python-docx, in the shape of a provincial
office's form; two real forms of the corpus are checked when it is present."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docxbuild import save

import congvan
from congvan.readers.doc import find_converter

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "raw" / "vpubnd49_VBAI_lamdong"


_TRICH = ("2. Trích yếu: V/v phê duyệt quy hoạch chi tiết khu dân cư số 3.",)


def _form(urgency: str = "Không", trich: tuple[str, ...] = _TRICH) -> bytes:
    doc = Document()
    head = doc.add_table(rows=1, cols=2)
    head.cell(0, 0).text = "UBND TỈNH HÒA BÌNH\nVĂN PHÒNG\n\nSố: 12/PT-KT"
    head.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    doc.add_paragraph("PHIẾU TRÌNH")
    to = doc.add_table(rows=1, cols=2)
    to.cell(0, 0).text = "Kính gửi:"
    to.cell(0, 1).text = "- Lãnh đạo UBND tỉnh;\n- Lãnh đạo Văn phòng UBND tỉnh."
    body = doc.add_table(rows=3, cols=3)
    body.cell(0, 0).text = "\n".join(
        [
            "I. NỘI DUNG TRÌNH",
            "1. Văn bản/cơ quan, đơn vị: Tờ trình số 45/TTr-SXD ngày 02/3/2026 của Sở Xây dựng.",
            *trich,
            "II. RÀ SOÁT CỦA PHÒNG CHUYÊN MÔN",
            "1. Thẩm quyền: Chủ tịch UBND tỉnh.",
            f"5. Độ mật: Không. Độ khẩn: {urgency}.",
        ]
    )
    body.cell(1, 0).text = "PHÒNG XỬ LÝ CHÍNH: KINH TẾ"
    body.cell(1, 2).text = "LÃNH ĐẠO VĂN PHÒNG\nNgày     tháng 3 năm 2026\n\n\nBùi Văn Hải"
    body.cell(2, 0).text = "Chuyên viên\nNgày 03 tháng 3 năm 2026\n\nLê Thị Lan"
    body.cell(
        2, 1
    ).text = "KÍNH TRÌNH CHỦ TỊCH UBND TỈNH\nNgày     tháng 3 năm 2026\n\nTrần Văn Nam"
    return save(doc)


def test_a_phieu_trinh_is_read_from_its_fields_and_boxes() -> None:
    doc = congvan.parse_bytes(_form("Hỏa tốc"), "phieu.docx", ".docx")
    assert doc.doc_type is not None
    assert doc.doc_type.name == "Phiếu trình"
    assert doc.subject == "phê duyệt quy hoạch chi tiết khu dân cư số 3"
    assert doc.urgency == "Hỏa tốc"
    assert doc.signer is not None
    assert (doc.signer.position, doc.signer.name) == ("LÃNH ĐẠO VĂN PHÒNG", "Bùi Văn Hải")
    codes = {d.code for d in doc.diagnostics}
    assert not codes & {"CV210", "CV212", "CV213"}  # nothing said missing that was found


def test_a_trich_yeu_wrapped_over_lines_is_read_whole() -> None:
    """A PDF's or a scan's lines break the field where the paper's column ended: the lines
    up to the next numbered field or heading are the field's."""
    wrapped = (
        "2. Trích yếu: V/v phê duyệt quy hoạch chi tiết khu dân cư",
        "số 3 của thành phố Hòa Bình.",
    )
    doc = congvan.parse_bytes(_form(trich=wrapped), "phieu.docx", ".docx")
    assert doc.subject == "phê duyệt quy hoạch chi tiết khu dân cư số 3 của thành phố Hòa Bình"
    unended = ("2. Trích yếu: V/v phê duyệt quy hoạch chi tiết", "khu dân cư số 3")
    doc = congvan.parse_bytes(_form(trich=unended), "phieu.docx", ".docx")
    assert doc.subject == "phê duyệt quy hoạch chi tiết khu dân cư số 3"  # not the heading after


def test_a_form_that_names_its_matter_under_van_de_trinh_is_a_phieu_trinh_with_that_subject() -> (
    None
):
    """The long title ``PHIẾU TRÌNH GIẢI QUYẾT CÔNG VIỆC``, and the fields as lines: a name
    alone (``Vấn đề trình:``) with its value on the next line, then the next field."""
    text = "\n".join(
        [
            "UBND TỈNH HÒA BÌNH",
            "VĂN PHÒNG",
            "Số: 14/PT-VP",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Hòa Bình, ngày 09 tháng 3 năm 2026",
            "PHIẾU TRÌNH GIẢI QUYẾT CÔNG VIỆC",
            "Kính gửi: Đồng chí Chủ tịch UBND tỉnh.",
            "Vấn đề trình:",
            "Phê duyệt kế hoạch sửa chữa trụ sở làm việc của",
            "Trung tâm Phục vụ hành chính công tỉnh",
            "Cơ quan trình:",
            "Sở Xây dựng (Tờ trình số 45/TTr-SXD ngày 02/3/2026).",
        ]
    )
    doc = congvan.parse_text(text)
    assert doc.doc_type is not None
    assert doc.doc_type.name == "Phiếu trình"
    assert doc.subject == (
        "Phê duyệt kế hoạch sửa chữa trụ sở làm việc của Trung tâm Phục vụ hành chính công tỉnh"
    )


def test_a_form_without_urgency_has_none() -> None:
    doc = congvan.parse_bytes(_form(), "phieu.docx", ".docx")
    assert doc.urgency is None


def test_a_letter_quoting_a_trich_yeu_field_keeps_its_own_subject() -> None:
    text = (
        "UBND TỈNH X\nSố: 5/UBND-VP\nV/v báo cáo tiến độ\nKính gửi: Sở Xây dựng\n"
        "2. Trích yếu: V/v khác.\nĐề nghị báo cáo./.\n"
    )
    assert congvan.parse_text(text).subject == "báo cáo tiến độ"


@pytest.mark.parametrize(
    ("name", "subject", "signer"),
    [
        (
            "Phieu_trinh_629__7cb5460.doc",
            "trình ký Báo cáo công tác cải cách hành chính năm 2025 và phương hướng, nhiệm vụ "
            "năm 2026 của tỉnh Lâm Đồng",
            ("LÃNH ĐẠO VĂN PHÒNG", "Đỗ Tấn Sương"),
        ),
        (
            "Phieu_trinh__0130a2b.docx",
            "đề xuất thời gian tổ chức Hội nghị công bố xã, phường, đặc khu không ma túy; tuyến, "
            "địa bàn trọng điểm phức tạp về ma túy",
            ("LÃNH ĐẠO VĂN PHÒNG", "Đỗ Tấn Sương"),
        ),
    ],
)
def test_corpus_forms(name: str, subject: str, signer: tuple[str, str]) -> None:
    """Expected values written from the two forms (not in the field gold)."""
    path = CORPUS / name
    if not path.exists():
        pytest.skip("corpus not present")
    if path.suffix == ".doc" and find_converter() is None:
        pytest.skip("LibreOffice (soffice) không được cài")
    doc = congvan.parse_file(path)
    assert doc.subject == subject
    assert doc.urgency is None
    assert doc.signer is not None
    assert (doc.signer.position, doc.signer.name) == signer
