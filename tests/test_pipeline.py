"""Whole letters through ``parse_text``: structure decisions the field tables cannot show."""

from __future__ import annotations

import congvan

HEADER = """UBND TỈNH NINH BÌNH
SỞ NỘI VỤ
Số: 45/SNV-VP
V/v báo cáo kết quả
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Ninh Bình, ngày 02 tháng 6 năm 2025

Kính gửi: Các phòng chuyên môn thuộc Sở.
"""
CLOSING = """
Nơi nhận:
- Như trên;
- Lưu: VT, VP.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Trần Văn Bình
"""


def _letter(body: str, tail: str = "") -> congvan.Document:
    return congvan.parse_text(HEADER + "\n" + body + "\n" + CLOSING + tail)


def test_numbered_lines_inside_a_quotation_are_not_tasks() -> None:
    doc = _letter(
        "Sở Nội vụ đề nghị các phòng thực hiện:\n"
        "1. Rà soát quy chế, trong đó sửa khoản 2 như sau:\n"
        "“2. Công chức phải báo cáo định kỳ;\n"
        "3. Thủ trưởng đơn vị chịu trách nhiệm.”\n"
        "2. Gửi báo cáo trước ngày 20/6/2025./.\n"
    )
    assert [t.label for t in doc.tasks] == ["1", "2"]
    assert "Thủ trưởng đơn vị chịu trách nhiệm" in doc.tasks[0].text


def test_a_repeated_copy_after_the_signature_adds_no_tasks() -> None:
    body = "Đề nghị các phòng:\n1. Rà soát hồ sơ.\n2. Báo cáo kết quả./.\n"
    single = _letter(body)
    doubled = _letter(body, "\n" + HEADER + "\n" + body + CLOSING)
    assert [t.label for t in doubled.tasks] == [t.label for t in single.tasks] == ["1", "2"]
    assert "CV105" in {d.code for d in doubled.diagnostics}


def test_an_appendix_after_the_signature_adds_no_tasks() -> None:
    doc = _letter(
        "1. Rà soát hồ sơ./.\n",
        "\nPHỤ LỤC\nDANH SÁCH ĐƠN VỊ\n1. Phòng Tổ chức\n2. Phòng Hành chính\n",
    )
    assert [t.label for t in doc.tasks] == ["1"]
    attachment = [d for d in doc.diagnostics if d.code == "CV105"]
    assert attachment
    assert attachment[0].line is not None


def test_the_lead_in_makes_the_recipients_the_assignees() -> None:
    doc = _letter("Sở Nội vụ đề nghị các phòng thực hiện:\n1. Rà soát hồ sơ.\n2. Báo cáo./.\n")
    assert doc.tasks[0].assignees == ["Các phòng chuyên môn thuộc Sở"]


def test_heading_item_keeps_its_dash_lines_as_its_text() -> None:
    """Dash lines are not items (they have no label): they are the heading item's text."""
    doc = _letter(
        "Tổ chức thực hiện như sau:\n1. Phòng Tổ chức cán bộ:\n- Rà soát biên chế;\n"
        "- Báo cáo Giám đốc Sở trước ngày 15/7/2025.\n2. Văn phòng Sở theo dõi, đôn đốc./.\n"
    )
    first = doc.tasks[0]
    assert first.assignees == ["Phòng Tổ chức cán bộ"]
    assert first.subtasks == []
    assert first.text == (
        "Phòng Tổ chức cán bộ: - Rà soát biên chế; - Báo cáo Giám đốc Sở trước ngày 15/7/2025"
    )
    assert first.deadline is not None
    assert first.deadline.iso == "2025-07-15"
    assert doc.tasks[1].assignees == ["Văn phòng Sở"]


def test_attribute_lines_give_assignee_and_deadline_not_text() -> None:
    doc = _letter(
        "1. Xây dựng phần mềm quản lý hồ sơ.\n- Đơn vị chủ trì: Phòng Hành chính.\n"
        "- Thời gian hoàn thành: trong tháng 8/2025.\n2. Tập huấn sử dụng./.\n"
    )
    task = doc.tasks[0]
    assert task.assignees == ["Phòng Hành chính"]
    assert task.deadline is not None
    assert (task.deadline.raw, task.deadline.iso) == ("trong tháng 8/2025", "2025-08")
    assert "Thời gian" not in task.text


def test_nested_labels_build_a_tree() -> None:
    doc = _letter(
        "I. MỤC ĐÍCH\n1. Nâng cao chất lượng.\nII. NHIỆM VỤ\n1. Rà soát.\na) Hồ sơ năm 2024;\n"
        "b) Hồ sơ năm 2025.\n2. Báo cáo./.\n"
    )
    tree = [
        (t.label, [(s.label, [x.label for x in s.subtasks]) for s in t.subtasks]) for t in doc.tasks
    ]
    assert tree == [("I", [("1", [])]), ("II", [("1", ["a", "b"]), ("2", [])])]


def test_urgency_and_secrecy_marks_are_read() -> None:
    doc = congvan.parse_text("THƯỢNG KHẨN\nMẬT\n" + HEADER)
    assert (doc.urgency, doc.confidentiality) == ("Thượng khẩn", "Mật")


def test_title_gives_the_type_and_the_subject_drops_ve_viec() -> None:
    doc = congvan.parse_text(
        "ỦY BAN NHÂN DÂN\nHUYỆN YÊN MÔ\nSố: 12/QĐ-UBND\nYên Mô, ngày 05 tháng 3 năm 2024\n\n"
        "QUYẾT ĐỊNH\nVề việc thành lập Tổ công tác\n\nCăn cứ Luật Tổ chức chính quyền địa phương "
        "ngày 19 tháng 6 năm 2015;\n\nQUYẾT ĐỊNH:\nĐiều 1. Thành lập Tổ công tác.\n"
    )
    assert doc.doc_type is not None
    assert (doc.doc_type.name, doc.doc_type.code) == ("Quyết định", "QĐ")
    assert doc.subject == "thành lập Tổ công tác"
    assert doc.issuer is not None
    assert doc.issuer.name == "ỦY BAN NHÂN DÂN HUYỆN YÊN MÔ"
    assert [t.label for t in doc.tasks] == ["Điều 1"]
    assert [b.kind.value for b in doc.legal_basis] == ["can_cu"]


def test_party_document_number_and_signer() -> None:
    doc = congvan.parse_text(
        "ĐẢNG BỘ TỈNH LÂM ĐỒNG\nHUYỆN ỦY ĐỨC TRỌNG\n*\nSố 12-CV/HU\nV/v triển khai nghị quyết\n"
        "ĐẢNG CỘNG SẢN VIỆT NAM\nĐức Trọng, ngày 10 tháng 01 năm 2025\n\n"
        "Kính gửi: Các chi, đảng bộ cơ sở.\n\nI- NỘI DUNG\n1. Quán triệt nghị quyết.\n\n"
        "Nơi nhận:\n- Như trên,\n- Lưu Văn phòng Huyện ủy.\n\n"
        "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nLê Văn Hùng\n"
    )
    assert doc.number is not None
    assert (doc.number.number, doc.number.symbol) == ("12", "CV/HU")
    assert doc.issuer is not None
    assert (doc.issuer.name, doc.issuer.parent) == ("HUYỆN ỦY ĐỨC TRỌNG", "ĐẢNG BỘ TỈNH LÂM ĐỒNG")
    assert doc.signer is not None
    assert (doc.signer.authority, doc.signer.position, doc.signer.name) == (
        "T/M",
        "PHÓ BÍ THƯ",
        "Lê Văn Hùng",
    )
    assert [e.name for e in doc.distribution] == ["Như trên", "Lưu Văn phòng Huyện ủy"]


def test_empty_text_gives_nulls_and_a_diagnostic() -> None:
    doc = congvan.parse_text("")
    assert (doc.number, doc.issuer, doc.date, doc.subject, doc.signer) == (None,) * 5
    assert doc.tasks == doc.distribution == doc.recipients == []
    assert "CV101" in {d.code for d in doc.diagnostics}


def test_text_that_is_not_a_letter_invents_nothing() -> None:
    doc = congvan.parse_text("Hôm nay trời đẹp. Chúng tôi đi chơi công viên.\nRất vui.\n")
    assert (doc.number, doc.issuer, doc.date, doc.doc_type, doc.signer) == (None,) * 5
    assert "CV102" in {d.code for d in doc.diagnostics}


def test_every_evidence_span_points_at_a_line_holding_the_value() -> None:
    text = HEADER + "\n1. Rà soát hồ sơ trước ngày 30/6/2025./.\n" + CLOSING
    doc = congvan.parse_text(text)
    lines = text.split("\n")
    assert doc.number is not None
    assert "45/SNV-VP" in lines[doc.number.evidence.start - 1]
    assert doc.signer is not None
    assert "Trần Văn Bình" in "\n".join(
        lines[doc.signer.evidence.start - 1 : doc.signer.evidence.end]
    )
    assert "30/6/2025" in lines[doc.tasks[0].evidence.start - 1]


def test_a_wholly_blank_date_keeps_the_place_and_invents_no_date() -> None:
    doc = congvan.parse_text("VĂN PHÒNG CHÍNH PHỦ\nSố: /CĐ-VPCP\nHà Nội, ngày tháng năm\n")
    assert doc.place == "Hà Nội"
    assert doc.date is None
    assert "CV208" in {d.code for d in doc.diagnostics}


def test_items_past_the_cap_are_text_and_said_so() -> None:
    from congvan.extract.body import MAX_ITEMS

    text = "".join(f"{i % 900 + 1}. a\n" for i in range(MAX_ITEMS + 50))
    doc = congvan.parse_text(text)
    assert len(doc.tasks) <= MAX_ITEMS
    assert "CV217" in [d.code for d in doc.diagnostics]


def test_grounds_by_a_law_s_name_a_lost_stop_and_tren_co_so_de_nghi() -> None:
    doc = congvan.parse_text(
        "ỦY BAN NHÂN DÂN\nHUYỆN YÊN MÔ\nSố: 14/QĐ-UBND\nYên Mô, ngày 05 tháng 3 năm 2024\n\n"
        "QUYẾT ĐỊNH\nVề việc hỗ trợ kinh phí\n\n"
        "Căn cứ Luật Tổ chức HĐND và UBND năm 2003;\n"
        "Căn cứ Thông tư số 117/2004/TT-BTC ngày 07/12/2004 của Bộ Tài chính Xét đề nghị của "
        "Phòng Tài chính tại Tờ trình số 25/TTr-TC ngày 01/3/2024;\n"
        "Trên cơ sở đề xuất của Phòng Nội vụ tại Công văn số 30/NV ngày 02/3/2024,\n\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Hỗ trợ kinh phí.\n"
    )
    assert [(b.kind.value, [c.number for c in b.citations]) for b in doc.legal_basis] == [
        ("can_cu", [None]),
        ("can_cu", ["117/2004/TT-BTC"]),
        ("de_nghi", ["25/TTr-TC"]),
        ("de_nghi", ["30/NV"]),
    ]
    assert doc.legal_basis[0].citations[0].doc_type == "Luật"


def test_a_ground_naming_a_document_by_its_name_and_date_cites_it_without_a_number() -> None:
    doc = congvan.parse_text(
        "HỘI KHOA HỌC KỸ THUẬT XÂY DỰNG\nSố: 18/QĐ-HXD\nNha Trang, ngày 09 tháng 5 năm 2006\n\n"
        "QUYẾT ĐỊNH\nVề việc ban hành Quy chế xét tặng Giải thưởng\n\n"
        "Căn cứ Nghị quyết Hội nghị Ban Chấp hành Hội lần thứ 6 (khoá III) ngày 22/4/2006;\n"
        "Căn cứ Kết luận của Thường trực Hội tại buổi làm việc ngày 02 tháng 5 năm 2006;\n"
        "Căn cứ Kế hoạch công tác năm 2006 của Hội;\n\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Ban hành Quy chế.\n"
    )
    assert [[(c.doc_type, c.number, c.date) for c in b.citations] for b in doc.legal_basis] == [
        [("Nghị quyết", None, "2006-04-22")],
        [("Kết luận", None, "2006-05-02")],
        [],
    ]


def test_a_ky_hieu_and_a_date_a_narrow_column_wrapped_are_read_whole() -> None:
    doc = congvan.parse_text(
        "ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "TỈNH LÂM ĐỒNG                      Độc lập - Tự do - Hạnh phúc\n"
        "Số:     /QĐ-                       Lâm Đồng, ngày   tháng 11\n"
        "UBND                               năm 2025\n\n"
        "QUYẾT ĐỊNH\nVề việc phê duyệt Điều lệ Hội\n\nĐiều 1. Phê duyệt Điều lệ.\n"
    )
    assert doc.number is not None
    assert (doc.number.number, doc.number.symbol) == (None, "QĐ-UBND")
    assert doc.place == "Lâm Đồng"
    assert doc.date is not None
    assert doc.date.iso == "2025-11"


def test_the_motto_s_last_words_a_narrow_column_wrapped_are_not_the_issuer_s() -> None:
    doc = congvan.parse_text(
        "BỘ TÀI CHÍNH        CỘNG HOÀ XÃ HỘI CHỦ NGHĨA\nVIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 12/BTC-CST        Hà Nội, ngày 3 tháng 4 năm 2025\n"
        "V/v dự thảo Thông tư\nKính gửi: Bộ Tư pháp\nNội dung.\n"
    )
    assert doc.issuer is not None
    assert doc.issuer.name == "BỘ TÀI CHÍNH"
    wrapped_organ = congvan.parse_text(
        "TỔNG LIÊN ĐOÀN LAO ĐỘNG        CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nVIỆT NAM\n"
        "Số: 12/TLĐ        Hà Nội, ngày 3 tháng 4 năm 2025\nV/v dự thảo\nNội dung.\n"
    )
    assert wrapped_organ.issuer is not None
    assert wrapped_organ.issuer.name == "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM"


def test_the_place_and_date_one_space_after_the_number_are_not_its_symbol() -> None:
    doc = congvan.parse_text(
        "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 12/UBND-NC Lâm Đồng, ngày 12 tháng 3 năm 2026\n"
        "V/v tham mưu xử lý kiến nghị\nKính gửi: Sở Nội vụ\nNội dung.\n"
    )
    assert doc.number is not None
    assert (doc.number.number, doc.number.symbol) == ("12", "UBND-NC")
    assert (doc.place, doc.date and doc.date.iso) == ("Lâm Đồng", "2026-03-12")


def test_a_subject_line_ending_with_a_comma_goes_on_however_long_the_next() -> None:
    doc = congvan.parse_text(
        "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 15/TB-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nLâm Đồng, ngày 22 tháng 4 năm 2026\nTHÔNG BÁO\n"
        "Kết luận của đồng chí Nguyễn Văn An - Ủy viên Ban Thường vụ Tỉnh ủy,\n"
        "Phó Chủ tịch UBND tỉnh tại cuộc họp nghe báo cáo tình hình thực hiện quy hoạch chung "
        "các xã Đức Trọng, Hiệp Thạnh\n\n"
        "Ngày 20/4/2026, đồng chí Nguyễn Văn An chủ trì cuộc họp nghe báo cáo tình hình thực "
        "hiện quy hoạch.\n1. Giao Sở Xây dựng tham mưu.\n"
    )
    assert doc.subject == (
        "Kết luận của đồng chí Nguyễn Văn An - Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND "
        "tỉnh tại cuộc họp nghe báo cáo tình hình thực hiện quy hoạch chung các xã Đức Trọng, "
        "Hiệp Thạnh"
    )


def test_a_signed_note_on_its_own_line_above_the_distribution_list_is_the_signature_s() -> None:
    doc = congvan.parse_text(
        "CHÍNH PHỦ\nSố: 12/2005/NĐ-CP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 16 tháng 9 năm 2005\nNGHỊ ĐỊNH\n"
        "Về quản lý khai thác cát\nĐiều 1. Phạm vi điều chỉnh\nNghị định này quy định việc "
        "khai thác cát.\nĐiều 2. Trách nhiệm thi hành\nCác Bộ trưởng chịu trách nhiệm thi hành "
        "Nghị định này./.\nTM. CHÍNH PHỦ\nTHỦ TƯỚNG\n(Đã ký)\n\nTrần Đức Minh\nNơi nhận:\n"
        "- Ban Bí thư;\n- Lưu: VT.\n"
    )
    assert doc.signer is not None
    assert (doc.signer.chain, doc.signer.position, doc.signer.name) == (
        ["TM. CHÍNH PHỦ"],
        "THỦ TƯỚNG",
        "Trần Đức Minh",
    )
    assert doc.tasks[-1].text.endswith("thi hành Nghị định này")


def test_a_plan_s_subject_may_open_with_thuc_hien() -> None:
    doc = congvan.parse_text(
        "ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nSố: 48/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nGia Lai, ngày 23 tháng 01 năm 2026\nKẾ HOẠCH\n"
        "Thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào\n"
        "dân tộc thiểu số và miền núi năm 2026\n\n"
        "Thực hiện Công văn số 12/UBDT-VP ngày 05/01/2026 của Ủy ban Dân tộc;\n"
        "Căn cứ Nghị quyết số 35/NQ-HĐND ngày 10/12/2025 của Hội đồng nhân dân tỉnh;\n"
        "I. MỤC ĐÍCH\nBảo đảm tiến độ.\n"
    )
    assert doc.subject == (
        "Thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào "
        "dân tộc thiểu số và miền núi năm 2026"
    )
    assert [b.kind for b in doc.legal_basis] == ["thuc_hien", "can_cu"]


def test_a_command_s_civil_defence_is_no_office_under_it() -> None:
    doc = congvan.parse_text(
        "UBND TỈNH QUẢNG TRỊ\nBAN CHỈ HUY\nPHÒNG THỦ DÂN SỰ\nSố: 215/BC-BCH\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Quảng Trị, ngày 26 tháng 12 năm 2025\nBÁO CÁO\nKết quả công tác năm 2025\nNội dung.\n"
    )
    assert doc.issuer is not None
    assert (doc.issuer.name, doc.issuer.parent) == (
        "BAN CHỈ HUY PHÒNG THỦ DÂN SỰ",
        "UBND TỈNH QUẢNG TRỊ",
    )


def test_a_joint_regulation_s_title_is_its_kind() -> None:
    doc = congvan.parse_text(
        "CỤC THUẾ TỈNH BÌNH DƯƠNG\nSố: 1520/QCPH-CT-CA\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nThủ Dầu Một, ngày 18 tháng 5 năm 2010\nQUY CHẾ PHỐI HỢP\n"
        "Giữa Cục Thuế tỉnh Bình Dương và Công an tỉnh Bình Dương\n\nĐiều 1. Phạm vi.\n"
    )
    assert doc.doc_type is not None
    assert (doc.doc_type.name, doc.doc_type.code) == ("Quy chế phối hợp", "QCPH")
    assert doc.subject == "Giữa Cục Thuế tỉnh Bình Dương và Công an tỉnh Bình Dương"


def test_a_wrapped_ground_under_a_plan_s_title_is_no_subject() -> None:
    doc = congvan.parse_text(
        "ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nSố: 48/KH-UBND\nGia Lai, ngày 23 tháng 01 năm 2026\n"
        "KẾ HOẠCH\nThực hiện Công văn số 12/UBDT-VP ngày 05/01/2026 của Ủy ban Dân tộc về việc\n"
        "triển khai Chương trình mục tiêu quốc gia năm 2026;\n"
        "Căn cứ Nghị quyết số 35/NQ-HĐND ngày 10/12/2025 của Hội đồng nhân dân tỉnh;\n"
        "I. MỤC ĐÍCH\nBảo đảm tiến độ.\n"
    )
    assert doc.subject is None
    assert [b.kind for b in doc.legal_basis] == ["thuc_hien", "can_cu"]
