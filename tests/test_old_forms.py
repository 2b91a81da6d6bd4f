"""Letters from before Thông tư 01/2011 (issue 11): the forms an archive meets first.

Each document is written here (invented, in the shape of the corpus's 1995–2009 files):
a Công báo reprint whose title carries the author, number and date; a transcript that
keeps the lower case a TCVN3 capital font drew as capitals; old numbers and ornaments.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from casefile import rows, table

import congvan
from congvan.models import Document


def _fields(text: str) -> dict[str, Any]:
    doc = congvan.parse_text(text)
    return {
        "type": doc.doc_type and doc.doc_type.name,
        "number": doc.number and (doc.number.number, doc.number.year, doc.number.symbol),
        "issuer": doc.issuer and doc.issuer.name,
        "date": doc.date and doc.date.iso,
        "subject": doc.subject,
        "labels": [t.label for t in doc.tasks],
    }


GAZETTE = """NGHỊ ĐỊNH
CỦA CHÍNH PHỦ SỐ 94 /1998/NĐ-CP NGÀY 17 THÁNG 11 NĂM 1998
QUY ĐỊNH CHI TIẾT THI HÀNH LUẬT SỬA ĐỔI, BỔ SUNG MỘT
SỐ ĐIỀU CỦA LUẬT THUẾ XUẤT KHẨU, THUẾ NHẬP KHẨU

CHÍNH PHỦ
Căn cứ Luật Tổ chức Chính phủ ngày 30 tháng 9 năm 1992;
NGHỊ ĐỊNH:
Điều 1. Phạm vi điều chỉnh.
Điều 2. Hiệu lực thi hành.
"""

TRANSCRIPT = """Quyết định
của Bộ trưởng Bộ Tài chính số 1141-TC/QĐ/CĐKT
ngày 01 tháng 11 năm 1995 Về việc ban hành
chế độ kế toán doanh nghiệp
Bộ trưởng Bộ Tài chính
Căn cứ Luật Ngân sách nhà nước;
Quyết định:
Điều 1: Ban hành chế độ kế toán.
Điều 2: Quyết định này có hiệu lực.
"""

ONE_LINE = """NGHỊ ĐỊNH CỦA CHÍNH PHỦ SỐ 114/2003/NĐ-CP NGÀY 10/10/2003 VỀ CÁN BỘ, CÔNG CHỨC XÃ
CHÍNH PHỦ
Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;
NGHỊ ĐỊNH:
Điều 1. Phạm vi.
"""

MIXED_CASE_LINE = """Nghị định của Chính phủ số 117/2003/NĐ-CP ngày 10/10/2003
về việc tuyển dụng, sử dụng và quản lý cán bộ, công chức
trong các cơ quan nhà nước.

Chính phủ

Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;
Nghị định:
Điều 1. Phạm vi điều chỉnh.
"""

JOINT_AUTHORS = """THÔNG TƯ
LIÊN TỊCH BỘ TÀI CHÍNH - BỘ THƯƠNG MẠI
SỐ 45/2001/TTLT-BTC-BTM NGÀY 12 THÁNG 6 NĂM 2001
HƯỚNG DẪN THỰC HIỆN THUẾ NHẬP KHẨU

Căn cứ Nghị định số 54/CP ngày 28/08/1993 của Chính phủ;
I- QUY ĐỊNH CHUNG
II- TỔ CHỨC THỰC HIỆN
"""

OLD_HEADER = """BỘ TÀI CHÍNH
---oOo---
Số: 40   /2000/TT/BTC
Hà Nội, ngày 5 tháng 5 năm 2000
THÔNG TƯ
Hướng dẫn thực hiện thuế giá trị gia tăng
Căn cứ Luật Thuế giá trị gia tăng;
Bộ Tài chính hướng dẫn như sau:
I. PHẠM VI
"""

TITLE_CARRIES_SUBJECT = """LIÊN ĐOÀN LAO ĐỘNG TỈNH HÀ TĨNH
-----------------
Số: 12/HD-LN
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Tĩnh, ngày 20 tháng 8 năm 2004

HƯỚNG DẪN THỰC HIỆN CHẾ ĐỘ THĂM HỎI ĐOÀN VIÊN
CÔNG ĐOÀN ỐM ĐAU DÀI NGÀY

Căn cứ Điều lệ Công đoàn Việt Nam;
Ban Thường vụ hướng dẫn như sau:
I/ MỤC ĐÍCH
II/ NỘI DUNG
"""
TITLE_WANT = {
    "type": "Hướng dẫn",
    "number": ("12", None, "HD-LN"),
    "issuer": "LIÊN ĐOÀN LAO ĐỘNG TỈNH HÀ TĨNH",
    "date": "2004-08-20",
    "subject": "THỰC HIỆN CHẾ ĐỘ THĂM HỎI ĐOÀN VIÊN CÔNG ĐOÀN ỐM ĐAU DÀI NGÀY",
    "labels": ["I", "II"],
}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param(
            GAZETTE,
            {
                "type": "Nghị định",
                "number": ("94", 1998, "NĐ-CP"),
                "issuer": None,
                "date": "1998-11-17",
                "subject": "QUY ĐỊNH CHI TIẾT THI HÀNH LUẬT SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA "
                "LUẬT THUẾ XUẤT KHẨU, THUẾ NHẬP KHẨU",
                "labels": ["Điều 1", "Điều 2"],
            },
            id="cong-bao-title-lines",
        ),
        pytest.param(
            TRANSCRIPT,
            {
                "type": "Quyết định",
                "number": ("1141", None, "TC/QĐ/CĐKT"),
                "issuer": None,
                "date": "1995-11-01",
                "subject": "ban hành chế độ kế toán doanh nghiệp",
                "labels": ["Điều 1", "Điều 2"],
            },
            id="lower-case-transcript",
        ),
        pytest.param(
            ONE_LINE,
            {
                "type": "Nghị định",
                "number": ("114", 2003, "NĐ-CP"),
                "issuer": None,
                "date": "2003-10-10",
                "subject": "CÁN BỘ, CÔNG CHỨC XÃ",
                "labels": ["Điều 1"],
            },
            id="everything-in-the-title-line",
        ),
        pytest.param(
            MIXED_CASE_LINE,
            {
                "type": "Nghị định",
                "number": ("117", 2003, "NĐ-CP"),
                "issuer": None,
                "date": "2003-10-10",
                "subject": "tuyển dụng, sử dụng và quản lý cán bộ, công chức trong các cơ quan "
                "nhà nước",
                "labels": ["Điều 1"],
            },
            id="title-author-number-in-one-mixed-case-line",
        ),
        pytest.param(
            JOINT_AUTHORS,
            {
                "type": "Thông tư liên tịch",
                "number": ("45", 2001, "TTLT-BTC-BTM"),
                "issuer": None,
                "date": "2001-06-12",
                "subject": "HƯỚNG DẪN THỰC HIỆN THUẾ NHẬP KHẨU",
                "labels": ["I", "II"],
            },
            id="joint-authors-line-without-cua",
        ),
        pytest.param(
            OLD_HEADER,
            {
                "type": "Thông tư",
                "number": ("40", 2000, "TT/BTC"),
                "issuer": "BỘ TÀI CHÍNH",
                "date": "2000-05-05",
                "subject": "Hướng dẫn thực hiện thuế giá trị gia tăng",
                "labels": ["I"],
            },
            id="spaced-number-slash-symbol-ornament",
        ),
        pytest.param(TITLE_CARRIES_SUBJECT, TITLE_WANT, id="title-and-subject-on-one-line"),
        pytest.param(
            TITLE_CARRIES_SUBJECT.replace("HƯỚNG DẪN THỰC HIỆN", "CHỈ THỊ VỀ VIỆC THỰC HIỆN"),
            {**TITLE_WANT, "type": "Chỉ thị"},
            id="title-ve-viec-subject-on-one-line",
        ),
    ],
)
def test_old_forms_are_read_like_new_ones(text: str, want: dict[str, Any]) -> None:
    assert _fields(text) == want


def test_the_date_printed_with_the_title_keeps_its_words() -> None:
    doc = congvan.parse_text(GAZETTE)
    assert doc.date is not None
    assert doc.date.raw == "17 THÁNG 11 NĂM 1998"  # as written, no ``ngày`` added
    assert doc.place is None
    assert "CV207" in [d.code for d in doc.diagnostics]  # no place and date line


@pytest.mark.parametrize("rule", ["-0-", "===&===", "---oOo---", "-o0o-", "----- o0o -----"])
def test_ornaments_under_the_organ_are_not_its_name(rule: str) -> None:
    text = OLD_HEADER.replace("---oOo---", rule)
    assert _fields(text)["issuer"] == "BỘ TÀI CHÍNH"


TABLE_EXPORT = """   Bộ Tài chính|Cộng hoà xã hội chủ nghĩa việt nam|
             -:-|Độc lập - Tự do - Hạnh phúc|
SỐ: 13/2001/TT-BTC|------------|
|                        Hà-Nội, ngày 8 tháng 3 năm 2001|

Thông tư
|
Hướng dẫn thực hiện thuế đối với đầu tư nước ngoài|

I. PHẠM VI ÁP DỤNG
Các tổ chức kinh tế thực hiện theo hướng dẫn này./.

Nơi nhận:|Kt. Bộ trưởng Bộ Tài chính|
- VP Quốc hội|Thứ trưởng|
- Các Bộ, cơ quan ngang bộ, |đã ký|
   cơ quan thuộc Chính phủ||
- Công báo|Vũ Văn Ninh|
- Các Tổng cục, Cục, Vụ, ||
   đơn vị thuộc Bộ Tài chính||
- Lưu VP (HC,TH)||
"""


def test_a_table_exported_as_text_reads_as_columns() -> None:
    """Cells between ``|`` (a Word table saved as text) are columns, not characters: the
    header, the lower-case title and the closing whose list runs on below the name."""
    doc = congvan.parse_text(TABLE_EXPORT)
    assert _fields(TABLE_EXPORT) == {
        "type": "Thông tư",
        "number": ("13", 2001, "TT-BTC"),
        "issuer": "Bộ Tài chính",
        "date": "2001-03-08",
        "subject": "Hướng dẫn thực hiện thuế đối với đầu tư nước ngoài",
        "labels": ["I"],
    }
    assert doc.place == "Hà-Nội"
    assert doc.signer is not None
    assert (doc.signer.authority, doc.signer.chain) == ("KT.", ["Kt. Bộ trưởng Bộ Tài chính"])
    assert (doc.signer.position, doc.signer.name) == ("Thứ trưởng", "Vũ Văn Ninh")
    assert [e.name for e in doc.distribution] == [
        "VP Quốc hội",
        "Các Bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
        "Công báo",
        "Các Tổng cục, Cục, Vụ, đơn vị thuộc Bộ Tài chính",
        "Lưu VP (HC,TH)",
    ]


def test_a_bar_in_a_plain_letter_stays_a_character() -> None:
    text = "Số: 12/UBND-VP\nV/v báo cáo A|B\nKính gửi: Sở Nội vụ\nĐề nghị báo cáo./.\n"
    assert congvan.parse_text(text).subject == "báo cáo A|B"


REGULATION = """ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH AN GIANG                   Độc lập - Tự do - Hạnh phúc
                              Long Xuyên, ngày 07 tháng 3 năm 2002

Bản Quy định
Chính sách khuyến khích đầu tư trên địa bàn tỉnh
(Ban hành kèm theo Quyết định số: 522/2002/QĐ.UB
ngày 07/ 3/2002 của UBND tỉnh An Giang)
Chương I
Những quy định chung
Điều 1. Phạm vi điều chỉnh.

Tm. ủy ban nhân dân tỉnh an giang

KT. Chủ tịch

Phó chủ tịch

Nguyễn Hoàng Việt
"""


def test_a_regulation_issued_with_a_decision_in_a_transcripts_case() -> None:
    """``Bản Quy định`` is a Quy định without a number (so no code); the bracketed line
    names the decision and is no subject; a signature typed in lower case closes it."""
    doc = congvan.parse_text(REGULATION)
    assert doc.doc_type is not None
    assert (doc.doc_type.name, doc.doc_type.code) == ("Quy định", None)
    assert doc.subject == "Chính sách khuyến khích đầu tư trên địa bàn tỉnh"
    assert doc.signer is not None
    assert doc.signer.chain == ["Tm. ủy ban nhân dân tỉnh an giang", "KT. Chủ tịch"]
    assert (doc.signer.authority, doc.signer.position) == ("TM.", "Phó chủ tịch")
    assert doc.signer.name == "Nguyễn Hoàng Việt"


SIGNED_ABOVE_LIST = """CHỈ THỊ CỦA ỦY BAN NHÂN DÂN TỈNH CẦN THƠ
Về việc tăng cường công tác đăng ký, quản lý hộ khẩu;
quản lý tạm trú, tạm vắng trong tình hình mới

1. Các sở, ngành thực hiện Chỉ thị này./.

            THỦ TƯỚNG CHÍNH PHỦ
              Phan Văn Khải đã ký
Nơi nhận :
- Công báo,
- VPCP : BTCN, các Vụ, Cục,
-                các đơn vị trực thuộc,
Lưu : CCHC (5b), VT.



chính phủ
QUY CHẾ
"""


def test_a_signature_above_the_list_and_a_subject_in_two_parts() -> None:
    doc = congvan.parse_text(SIGNED_ABOVE_LIST)
    assert doc.subject == (
        "tăng cường công tác đăng ký, quản lý hộ khẩu; quản lý tạm trú, tạm vắng "
        "trong tình hình mới"
    )
    assert doc.signer is not None
    assert (doc.signer.position, doc.signer.name) == ("THỦ TƯỚNG CHÍNH PHỦ", "Phan Văn Khải")
    assert [e.name for e in doc.distribution] == [
        "Công báo",
        "VPCP : BTCN, các Vụ, Cục, các đơn vị trực thuộc",
        "Lưu : CCHC (5b), VT",
    ]
    assert doc.tasks[-1].text == "Các sở, ngành thực hiện Chỉ thị này"


LOWER_PARTS = """THÔNG TƯ
Hướng dẫn thi hành Nghị định về hoá đơn

a - những quy định chung
I/ Đối tượng áp dụng.
1- Tổ chức bán hàng.
a- Giấy giới thiệu kèm theo công văn đề nghị mua hoá đơn.
b- Xuất trình chứng minh nhân dân của người mua hoá đơn.
c- Giấy phép kinh doanh kèm theo bản sao.
b - Những quy định về
in, phát hành, sử dụng hoá đơn
I/ Trách nhiệm của tổ chức in hoá đơn.
1- Tổ chức in hoá đơn phải đăng ký.
c - Xử lý vi phạm.
1- Cơ quan thuế lập biên bản.
d - khiếu nại và khen thưởng
Đ - điều khoản thi hành
Thông tư này có hiệu lực thi hành.
"""


def test_parts_lettered_in_lower_case_hold_their_own_points() -> None:
    """Parts typed in lower case (a TCVN3 capital font drew them as capitals) are the roots,
    and the lettered sentences inside them stay inside; a closed heading (``c - Xử lý vi
    phạm.``) is a part, ``Đ`` over lower-case words too."""
    doc = congvan.parse_text(LOWER_PARTS)
    assert [t.label for t in doc.tasks] == ["a", "b", "c", "d", "Đ"]
    points = doc.tasks[0].subtasks[0].subtasks[0].subtasks
    assert [t.label for t in points] == ["a", "b", "c"]


def test_a_reprint_signed_for_the_government_without_a_list_keeps_its_signer() -> None:
    """``TM. CHÍNH PHỦ`` over ``THỦ TƯỚNG`` and the name, with no Nơi nhận: the authority line
    is not a name, so the block does not end there and the rest is no attachment."""
    closing = "\nTM. CHÍNH PHỦ\nTHỦ TƯỚNG\nPhan Văn Khải\n"
    doc = congvan.parse_text(ONE_LINE + "Điều 2. Hiệu lực thi hành.\n" + closing)
    assert doc.signer is not None
    assert (doc.signer.authority, doc.signer.position, doc.signer.name) == (
        "TM.",
        "THỦ TƯỚNG",
        "Phan Văn Khải",
    )
    assert "CV105" not in {d.code for d in doc.diagnostics}


@pytest.mark.parametrize(
    ("closing", "suffix"),
    [
        ("\n|  | Nguyễn Văn An (Đã ký) |\n|---|---|\n", ".md"),
        ("\nNguyễn Văn An (Đã ký)\n", ".txt"),
    ],
)
def test_a_reprint_that_kept_only_the_signer_s_name_has_that_signer(
    closing: str, suffix: str
) -> None:
    body = ONE_LINE + "Điều 2. Nghị định này có hiệu lực thi hành kể từ ngày ký.\n"
    doc = congvan.parse_bytes((body + closing).encode(), "nd" + suffix, suffix)
    assert doc.signer is not None
    assert (doc.signer.position, doc.signer.name) == (None, "Nguyễn Văn An")
    assert [t.label for t in doc.tasks] == ["Điều 1", "Điều 2"]


LAW = """QUỐC HỘI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Luật số: 12/2009/QH12
Hà Nội, ngày 20 tháng 11 năm 2009

LUẬT
KIỂM TRA NỘI BỘ
Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992 đã được sửa đổi, \
bổ sung một số điều theo Nghị quyết số 51/2001/QH10;
Quốc hội ban hành Luật kiểm tra nội bộ.
Điều 1. Phạm vi điều chỉnh
Luật này quy định về kiểm tra nội bộ.
Điều 2. Hiệu lực thi hành
Luật này có hiệu lực từ ngày 01 tháng 7 năm 2010.
Luật này đã được Quốc hội khóa XII, kỳ họp thứ 6 thông qua ngày 20 tháng 11 năm 2009.


CHỦ TỊCH QUỐC HỘI



Nguyễn Văn Bình

Copyright ©2009, Công ty Luật Mẫu.
"""


def test_a_law_signed_by_the_chairman_without_tm_and_copied_from_a_website() -> None:
    """A Luật is signed ``CHỦ TỊCH QUỐC HỘI`` over the name, with no ``TM.`` and no Nơi nhận;
    the website's ``Copyright`` line after it is not the letter's. The Constitution is cited
    by its year (``Hiến pháp ... năm 1992``): a citation without a number."""
    doc = congvan.parse_text(LAW)
    assert doc.signer is not None
    assert (doc.signer.authority, doc.signer.position, doc.signer.name) == (
        None,
        "CHỦ TỊCH QUỐC HỘI",
        "Nguyễn Văn Bình",
    )
    assert [t.label for t in doc.tasks] == ["Điều 1", "Điều 2"]
    cited = [(c.doc_type, c.number) for b in doc.legal_basis for c in b.citations]
    assert cited == [("Hiến pháp", None), ("Nghị quyết", "51/2001/QH10")]


def test_a_decree_reprinted_with_its_forms_is_signed_above_the_first_form() -> None:
    """``TM. CHÍNH PHỦ / THỦ TƯỚNG / name`` then ``Mẫu 1``, ``Mẫu 2`` ... whose forms have a
    ``Nơi nhận`` and a signing line of their own: the decree's signer is the one above the
    forms, and the forms' lists are not its distribution. ``Căn cư`` typed without its tone
    is still a ground."""
    closing = (
        "\nTM. CHÍNH PHỦ\nTHỦ TƯỚNG\nNguyễn Tấn Dũng\nMẫu 1\nBẢN KÊ KHAI TÀI SẢN\n"
        "1. Họ và tên: ....\nMẫu 2\nQUYẾT ĐỊNH XÁC MINH\nNơi nhận:\n- Người được xác minh;\n"
        "- Lưu:\nNGƯỜI ĐỨNG ĐẦU CƠ QUAN CÓ THẨM QUYỀN\n(Ký tên)\n"
    )
    text = GAZETTE.replace("Căn cứ Luật Tổ chức", "Căn cư Luật Tổ chức") + closing
    doc = congvan.parse_text(text)
    assert doc.signer is not None
    assert (doc.signer.authority, doc.signer.position, doc.signer.name) == (
        "TM.",
        "THỦ TƯỚNG",
        "Nguyễn Tấn Dũng",
    )
    assert doc.distribution == []
    assert [b.kind for b in doc.legal_basis] == ["can_cu"]
    assert [t.label for t in doc.tasks] == ["Điều 1", "Điều 2"]


FLAT_CLOSING = """BỘ TÀI CHÍNH                        CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 2156 TC/TCT                     Độc lập - Tự do - Hạnh phúc
                                    Hà Nội, ngày 12 tháng 4 năm 1999
V/v hướng dẫn thu thuế
Kính gửi: Cục thuế các tỉnh, thành phố trực thuộc Trung ương
Bộ Tài chính hướng dẫn như sau.
Nơi nhận:                                          TL. BỘ TRƯỞNG BỘ TÀI CHÍNH
- Như trên;                                    TỔNG CỤC TRƯỞNG TỔNG CỤC THUẾ
- Bộ trưởng ( b/c);
- Vụ Chính sách thuế,                                       (Đã ký)
  Vụ Pháp chế;
- Lưu: VP (HC),                                          Lê Quang Dũng
  TCT (HC,NV3).
"""


def test_a_space_for_the_number_s_dash_and_a_flat_list_s_continued_entries() -> None:
    doc = congvan.parse_text(FLAT_CLOSING)
    assert doc.number is not None
    assert (doc.number.number, doc.number.symbol) == ("2156", "TC/TCT")
    assert [(e.name, e.note) for e in doc.distribution] == [
        ("Như trên", None),
        ("Bộ trưởng", "b/c"),
        ("Vụ Chính sách thuế, Vụ Pháp chế", None),
        ("Lưu: VP (HC), TCT (HC,NV3)", None),
    ]
    assert doc.signer is not None
    assert doc.signer.name == "Lê Quang Dũng"


LOWER_CASE = """tỉnh uỷ bình định                          đảng cộng sản việt nam
        Số 12-CT/TU                   Quy Nhơn, ngày 08 tháng 3 năm 2005

                                     chỉ thị
             về tăng cường sự lãnh đạo của các cấp uỷ đảng đối với công tác
           phòng, chống tham nhũng

    Ban Thường vụ Tỉnh uỷ yêu cầu thực hiện tốt các nhiệm vụ sau đây:
    1- Các cấp uỷ quán triệt chủ trương của Đảng.

tm/ uỷ ban nhân dân tỉnh
chủ tịch
Đinh Văn Hoà (Đã ký)

Nơi nhận:
- Lưu VT.
"""


def test_a_lower_case_transcript_s_title_under_its_number_and_its_signature() -> None:
    doc = congvan.parse_text(LOWER_CASE)
    assert doc.doc_type is not None
    assert doc.doc_type.name == "Chỉ thị"
    assert doc.subject == (
        "tăng cường sự lãnh đạo của các cấp uỷ đảng đối với công tác phòng, chống tham nhũng"
    )
    assert doc.signer is not None
    assert (doc.signer.chain, doc.signer.position, doc.signer.name) == (
        ["tm/ uỷ ban nhân dân tỉnh"],
        "chủ tịch",
        "Đinh Văn Hoà",
    )


PREAMBLE = """BỘ TÀI CHÍNH
Số: 1287 TC/QĐ/CĐKT
Hà Nội, ngày 12 tháng 7 năm 1996
QUYẾT ĐỊNH CỦA BỘ TRƯỞNG BỘ TÀI CHÍNH
Về việc ban hành mẫu biểu báo cáo quyết toán
BỘ TRƯỞNG BỘ TÀI CHÍNH
- Căn cứ Nghị định số 178/CP ngày 28/10/1994 của Chính phủ về nhiệm vụ của Bộ Tài chính;
- Để thống nhất việc lập và nộp báo cáo quyết toán kinh phí;
- Theo đề nghị của Vụ trưởng Vụ Chế độ kế toán,
QUYẾT ĐỊNH:
Điều 1: Ban hành mẫu biểu.
"""


def test_a_purpose_among_the_grounds_does_not_end_them() -> None:
    doc = congvan.parse_text(PREAMBLE)
    assert [(b.kind, [c.number for c in b.citations]) for b in doc.legal_basis] == [
        ("can_cu", ["178/CP"]),
        ("de_nghi", []),
    ]
    assert doc.number is not None
    assert (doc.number.number, doc.number.symbol) == ("1287", "TC/QĐ/CĐKT")
    assert doc.doc_type is not None
    assert doc.doc_type.code == "QĐ"


def test_a_number_without_a_kind_s_code_gives_none() -> None:
    doc = congvan.parse_text(
        "UỶ BAN NHÂN DÂN\nTỈNH THÁI BÌNH\nSố: 178/UB\nThái Bình, ngày 20 tháng 7 năm 1998\n"
        "KẾ HOẠCH\nTriển khai thực hiện Quy chế dân chủ ở xã\n"
        "Xét Tờ trình số 15/TTr-SNV ngày 10/7/1998 của Sở Nội vụ; Báo cáo thẩm tra số 38/BC-HĐND "
        "ngày 12/7/1998 của Ban Pháp chế;\nI- MỤC ĐÍCH\n"
    )
    assert doc.doc_type is not None
    assert (doc.doc_type.name, doc.doc_type.code) == ("Kế hoạch", None)
    assert [c.number for c in doc.legal_basis[0].citations] == ["15/TTr-SNV", "38/BC-HĐND"]


def test_a_title_whose_author_wraps_keeps_the_author_out_of_the_subject() -> None:
    """``QUYẾT ĐỊNH CỦA BỘ TRƯỞNG`` over ``BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN`` over ``Về
    việc ...``: the line in capitals finishes the author; the subject opens at ``Về việc``.
    A subject in capitals under a plain title stays the subject."""
    text = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Số: 87/1999/QĐ/BNN-KH
Hà Nội, ngày 14 tháng 6 năm 1999
QUYẾT ĐỊNH CỦA BỘ TRƯỞNG
BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Về việc giao danh mục dự án khuyến nông năm 1999
cho các Trung tâm Khuyến nông tỉnh

BỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Căn cứ Nghị định số 73/CP ngày 01/11/1995 của Chính phủ;
QUYẾT ĐỊNH:
Điều 1. Giao danh mục dự án khuyến nông năm 1999.
"""
    assert _fields(text)["subject"] == (
        "giao danh mục dự án khuyến nông năm 1999 cho các Trung tâm Khuyến nông tỉnh"
    )
    plain = text.replace("QUYẾT ĐỊNH CỦA BỘ TRƯỞNG\n", "QUYẾT ĐỊNH\n").replace(
        "BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN\nVề việc", "VỀ VIỆC GIAO DANH MỤC DỰ ÁN\nVề việc"
    )
    assert _fields(plain)["subject"].startswith("GIAO DANH MỤC DỰ ÁN")


def _tables_letter(
    name: str, *, head: list[list[str]], body: list[str], signers: list[str], listed: list[str]
) -> congvan.Document:
    """A .docx letter as offices lay one out: its header in a table (``head``, row by row),
    the ``body`` paragraphs, the ``signers`` side by side in one row, the Nơi nhận list."""
    import docx as python_docx
    from docxbuild import save

    d = python_docx.Document()
    table = d.add_table(rows=len(head), cols=len(head[0]))
    for r, row in enumerate(head):
        for c, text in enumerate(row):
            if text:
                table.cell(r, c).text = text
    for text in body:
        d.add_paragraph(text)
    foot = d.add_table(rows=1, cols=len(signers))
    for c, text in enumerate(signers):
        foot.cell(0, c).text = text
    for text in listed:
        d.add_paragraph(text)
    return congvan.parse_bytes(save(d), name, ".docx")


def test_a_joint_circular_s_issuers_and_signers_side_by_side() -> None:
    """A thông tư liên tịch: two ministries side by side over the motto, two signers side by
    side over the Nơi nhận list. The first as printed is the issuer and the signer; the
    others are told (CV218, CV219), none taken for a parent or lost in the list."""
    doc = _tables_letter(
        "ttlt.docx",
        head=[
            [
                "BỘ TÀI CHÍNH",
                "BỘ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI",
                "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
            ],
            ["Số: 24/2003/TTLT-BTC-BLĐTBXH", "", "Hà Nội, ngày 15 tháng 11 năm 2003"],
        ],
        body=[
            "THÔNG TƯ LIÊN TỊCH",
            "Hướng dẫn chế độ quản lý tài chính",
            "I. QUY ĐỊNH CHUNG",
            "II. TỔ CHỨC THỰC HIỆN",
        ],
        signers=[
            "KT. BỘ TRƯỞNG BỘ TÀI CHÍNH\nTHỨ TRƯỞNG\n\nLương Đình Khải",
            "KT. BỘ TRƯỞNG BỘ LAO ĐỘNG -\nTHƯƠNG BINH VÀ XÃ HỘI\nTHỨ TRƯỞNG\n\nĐàm Văn Tiến",
        ],
        listed=["Nơi nhận:", "- Văn phòng Chính phủ;", "- Lưu: BTC, BLĐTBXH."],
    )
    assert doc.issuer is not None
    assert (doc.issuer.name, doc.issuer.parent) == ("BỘ TÀI CHÍNH", None)
    assert doc.signer is not None
    assert (doc.signer.chain, doc.signer.name) == (
        ["KT. BỘ TRƯỞNG BỘ TÀI CHÍNH"],
        "Lương Đình Khải",
    )
    assert [e.name for e in doc.distribution] == ["Văn phòng Chính phủ", "Lưu: BTC, BLĐTBXH"]
    told = {d.code: d.message for d in doc.diagnostics}
    assert "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI" in told["CV218"]
    assert "Đàm Văn Tiến" in told["CV219"]
    assert "CV212" not in told


def test_a_record_s_two_signers_side_by_side_without_authority_lines() -> None:
    """A biên bản signed by its secretary and its chairman side by side, each under a
    position alone: the right-hand one signs for the body (NĐ 30 puts the competent
    authority's signature on the right), the other is told (CV220)."""
    doc = _tables_letter(
        "bien_ban.docx",
        head=[
            [
                "BỘ GIÁO DỤC VÀ ĐÀO TẠO\nTRƯỜNG CAO ĐẲNG SƯ PHẠM HÀ TÂY",
                "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
            ],
            ["Số: 45/BB-HĐ", "Hà Tây, ngày 12 tháng 6 năm 2003"],
        ],
        body=[
            "BIÊN BẢN",
            "Họp Hội đồng Khoa học và Đào tạo",
            "Hội đồng thống nhất đề nghị Hiệu trưởng ban hành chương trình./.",
        ],
        signers=[
            "THƯ KÝ\n(Đã ký)\n\nThS. Lê Thị Bích Ngọc",
            "CHỦ TỊCH HỘI ĐỒNG\n(Đã ký)\n\nGS.TSKH Trần Văn Khải",
        ],
        listed=["Nơi nhận:", "- Ban Giám hiệu;", "- Lưu: TCHC."],
    )
    assert doc.signer is not None
    assert (doc.signer.position, doc.signer.rank, doc.signer.name) == (
        "CHỦ TỊCH HỘI ĐỒNG",
        "GS.TSKH",
        "Trần Văn Khải",
    )
    told = {d.code: d.message for d in doc.diagnostics}
    assert "Lê Thị Bích Ngọc" in told["CV220"]
    assert "CV212" not in told
    assert [e.name for e in doc.distribution] == ["Ban Giám hiệu", "Lưu: TCHC"]


BRANCH_DECISION = """NGÂN HÀNG NHÀ NƯỚC VIỆT NAM
CHI NHÁNH TỈNH THÁI BÌNH
-0-
Số: 38 /QĐ-NH
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thái Bình, ngày 14 tháng 5 năm 2002
QUYẾT ĐỊNH
V/v chuẩn y Điều lệ Quỹ tín dụng nhân dân cơ sở xã Vũ Hội
GIÁM ĐỐC CHI NHÁNH NGÂN HÀNG NHÀ NƯỚC TỈNH THÁI BÌNH
Căn cứ Điều lệ Đảng;
Căn cứ Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI;
Căn cứ quy định hiện hành;
Thực hiện Kế hoạch số 45/KH-UBND ngày 10/3/2002 của UBND tỉnh và xét đề nghị của Chánh Thanh tra,
QUYẾT ĐỊNH:
Điều 1: Chuẩn y Điều lệ Quỹ tín dụng nhân dân cơ sở xã Vũ Hội.
Điều 2: Quyết định này có hiệu lực kể từ ngày ký.
"""


def test_a_branch_under_its_bank_and_grounds_named_by_name_alone() -> None:
    """A branch is the issuer, its bank the parent; a ground naming a document by its name
    alone cites it without a number, a ground naming nothing cites none, and a ground
    that goes on with ``và xét đề nghị`` is two grounds."""
    doc = congvan.parse_text(BRANCH_DECISION)
    assert doc.issuer is not None
    assert (doc.issuer.name, doc.issuer.parent) == (
        "CHI NHÁNH TỈNH THÁI BÌNH",
        "NGÂN HÀNG NHÀ NƯỚC VIỆT NAM",
    )
    grounds = [
        (b.kind.value, [(c.doc_type, c.number) for c in b.citations]) for b in doc.legal_basis
    ]
    assert grounds == [
        ("can_cu", [("Điều lệ", None)]),
        ("can_cu", [("Nghị quyết", None)]),
        ("can_cu", []),
        ("thuc_hien", [("Kế hoạch", "45/KH-UBND")]),
        ("de_nghi", []),
    ]


LETTER = """UBND TỈNH LÂM ĐỒNG
SỞ NỘI VỤ
Số: 125/SNV-VP
{subject}
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lâm Đồng, ngày 05 tháng 3 năm 2005
Kính gửi: Các sở, ban, ngành.
Sở Nội vụ đề nghị các đơn vị báo cáo.
GIÁM ĐỐC
Nguyễn Văn An
"""


@pytest.mark.parametrize(
    "subject",
    [
        "V/v báo cáo kết quả công tác năm 2004",
        "Vv báo cáo kết quả công tác năm 2004",
        "Trích yếu: báo cáo kết quả công tác năm 2004",
        "V/v: báo cáo kết quả công tác\nnăm 2004",
    ],
)
def test_a_letter_s_subject_after_any_of_its_lead_words(subject: str) -> None:
    """``Vv`` typed without its slash and ``Trích yếu:`` open a công văn's subject as ``V/v``
    does; the lead words are no part of it."""
    doc = congvan.parse_text(LETTER.format(subject=subject))
    assert doc.subject == "báo cáo kết quả công tác năm 2004"


@pytest.mark.parametrize("written", ["05/3/2005", "05-3-2005", "05.3.2005"])
def test_a_place_and_date_written_short_with_any_one_mark(written: str) -> None:
    """``Lâm Đồng, ngày 05-3-2005`` is the place and date as ``ngày 05/3/2005`` is."""
    text = LETTER.format(subject="V/v báo cáo").replace(
        "ngày 05 tháng 3 năm 2005", f"ngày {written}"
    )
    doc = congvan.parse_text(text)
    assert (doc.place, doc.date and doc.date.iso) == ("Lâm Đồng", "2005-03-05")


#: The header and the grounds around each title of ``cases/title_subjects.txt``.
_OLD_HEAD = """BỘ TÀI CHÍNH\tCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
\tĐộc lập - Tự do - Hạnh phúc
Số: 45/2003/TT-BTC\tHà Nội, ngày 12 tháng 5 năm 2003
"""
_OLD_GROUNDS = """Căn cứ Nghị định số 77/2003/NĐ-CP ngày 01/7/2003 của Chính phủ quy định chức \
năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Tài chính;
Bộ Tài chính hướng dẫn như sau:
I. QUY ĐỊNH CHUNG
1. Thông tư này áp dụng đối với các đơn vị dự toán.
KT. BỘ TRƯỞNG BỘ TÀI CHÍNH
THỨ TRƯỞNG
(Đã ký)
Lê Thị Băng Tâm
"""


def _rows(name: str) -> list[Any]:
    """The cases of a one-line table in ``cases/``: ``input => expected`` on each line."""
    return [pytest.param(*row.split(" => "), id=row[:60]) for row in table(name)]


@pytest.mark.parametrize(("block", "subject"), _rows("title_subjects.txt"))
def test_the_subject_under_an_old_title(block: str, subject: str) -> None:
    """The subject after a title that names its author on its own line or lines (``QUYẾT ĐỊNH``
    / ``CỦA BỘ TRƯỞNG BỘ NÔNG NGHIỆP`` / ``VÀ PHÁT TRIỂN NÔNG THÔN`` / ``Về việc ...``), on that
    line (``của Ban Thường vụ Tỉnh ủy về ...``) or in brackets; the grounds' number and date
    under it are never the title's (a Công báo title line holds its own)."""
    doc = congvan.parse_text(_OLD_HEAD + block.replace(" | ", "\n") + "\n" + _OLD_GROUNDS)
    assert doc.subject == subject
    assert doc.legal_basis, "the grounds stay grounds"


#: The document above each signature block of ``cases/old_signers.txt``.
_OLD_BODY = """BỘ TÀI CHÍNH\tCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
\tĐộc lập - Tự do - Hạnh phúc
Số: 45/2003/TT-BTC\tHà Nội, ngày 12 tháng 5 năm 2003
THÔNG TƯ
Hướng dẫn chế độ công tác phí
Căn cứ Nghị định số 77/2003/NĐ-CP ngày 01/7/2003 của Chính phủ;
I. QUY ĐỊNH CHUNG
1. Thông tư này áp dụng đối với các đơn vị dự toán.
2. Thông tư này có hiệu lực sau 15 ngày kể từ ngày đăng Công báo./.
"""


@pytest.mark.parametrize(("block", "expected"), _rows("old_signers.txt"))
def test_the_signer_of_an_old_document(block: str, expected: str) -> None:
    """The signer's fields from the blocks typists wrote: ``KT/`` glued to its office, ``(Đã
    ký)`` anywhere, a position typed in title case (``Thứ Trưởng``: a position, not the name),
    a name wrapped onto a line of its own, a degree or rank before the name, the block beside a
    Nơi nhận flattened with tabs, and a caption (``ĐẠI DIỆN ...``) over a biên bản's signer."""
    lines = block.replace(" | ", "\n").replace("\\t", "\t")
    signer = congvan.parse_text(_OLD_BODY + lines + "\n").signer
    want = json.loads(expected)
    got = signer.model_dump() if signer is not None else {}
    assert {key: got.get(key) for key in want} == want


SIGNER_IN_THE_LIST = """Nơi nhận:                                      KT/ BỘ TRƯỞNG BỘ THƯƠNG MẠI
- Thủ tướng, các Phó Thủ tướng CP (để b/c);                 THỨ TRƯỞNG
- Ban Kinh tế Trung ương ( b/c);                               (Đã ký)
- Tổng cục Hải quan, Tổng cục Thuế                          Trịnh Xuân Lộc
  (để phối hợp);
- Công báo;
- Lưu VT, Vụ XNK (5b).
"""


def test_a_flattened_list_goes_on_under_the_signer_s_name() -> None:
    """In a closing flattened in two columns the list runs on below the name: an entry's
    purpose note on the next line (``  (để phối hợp);``) and the entries after it."""
    doc = congvan.parse_text(_OLD_BODY + SIGNER_IN_THE_LIST)
    assert doc.signer is not None
    assert doc.signer.name == "Trịnh Xuân Lộc"
    assert [(d.name, d.note) for d in doc.distribution] == [
        ("Thủ tướng, các Phó Thủ tướng CP", "để b/c"),
        ("Ban Kinh tế Trung ương", "b/c"),
        ("Tổng cục Hải quan, Tổng cục Thuế", "để phối hợp"),
        ("Công báo", None),
        ("Lưu VT, Vụ XNK (5b)", None),
    ]


#: The document a grounds block of ``cases/old_grounds.txt`` is set in: a ministry's decision of
#: 2003, its issuing authority's line over the grounds and its articles after them.
_OLD_DECISION_HEAD = """BỘ TÀI CHÍNH\tCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
\tĐộc lập - Tự do - Hạnh phúc
Số: 45/2003/QĐ-BTC\tHà Nội, ngày 12 tháng 5 năm 2003
QUYẾT ĐỊNH
Về việc ban hành Quy chế quản lý tài chính
BỘ TRƯỞNG BỘ TÀI CHÍNH
"""
_OLD_DECISION_TAIL = """QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý tài chính.
Điều 2. Quyết định này có hiệu lực sau 15 ngày kể từ ngày đăng Công báo.
KT. BỘ TRƯỞNG BỘ TÀI CHÍNH
THỨ TRƯỞNG
Lê Thị Băng Tâm
"""


@pytest.mark.parametrize(("block", "expected"), rows("old_grounds.txt"))
def test_the_grounds_of_an_old_decision(block: str, expected: list[dict[str, Any]]) -> None:
    """One ground per lead phrase, its kind, and the numbers it cites as the typists of the
    1990s wrote them (``178/CP``, ``1141 TC/QĐ/CĐKT``, ``03/2003/TTLT/BTC-BLĐTBXH``, ``13/
    1999/QH10``); a law by name and date cites ``None``; a number cited twice is one."""
    doc = congvan.parse_text(
        _OLD_DECISION_HEAD + block.replace(" | ", "\n") + "\n" + _OLD_DECISION_TAIL
    )
    got = [
        {"kind": b.kind.value, "citations": [c.number for c in b.citations]}
        for b in doc.legal_basis
    ]
    assert got == expected


@pytest.mark.parametrize(("block", "expected"), rows("old_closings.txt"))
def test_the_closing_of_an_old_document(block: str, expected: dict[str, Any]) -> None:
    """The signer and the Nơi nhận entries of a closing as archives hold it: flattened in two
    columns, entries carried onto a second line, purpose notes, Lưu lines, old prefixes."""
    doc = congvan.parse_text(_OLD_BODY + block.replace(" | ", "\n").replace("\\t", "\t") + "\n")
    signer = doc.signer.model_dump() if doc.signer is not None else {}
    assert {key: signer.get(key) for key in expected["signer"]} == expected["signer"]
    assert [[e.name, e.note] for e in doc.distribution] == expected["distribution"]


#: The body and closing under each header block of ``cases/old_headers.txt``.
_OLD_HEADER_TAIL = """1. Nội dung thứ nhất của văn bản.
2. Nội dung thứ hai của văn bản./.
Nơi nhận:
- Như trên;
- Lưu VT.
GIÁM ĐỐC
Nguyễn Văn An
"""


def _header_fields(doc: Document) -> dict[str, Any]:
    """The header's fields in the shape of ``cases/old_headers.txt``."""
    issuer, number, kind = doc.issuer, doc.number, doc.doc_type
    return {
        "issuer": {
            "name": issuer.name if issuer else None,
            "parent": issuer.parent if issuer else None,
        },
        "number": {
            "number": number.number if number else None,
            "year": number.year if number else None,
            "symbol": number.symbol if number else None,
        },
        "place": doc.place,
        "date": doc.date.iso if doc.date else None,
        "doc_type": {"name": kind.name if kind else None, "code": kind.code if kind else None},
        "subject": doc.subject,
    }


@pytest.mark.parametrize(("block", "expected"), rows("old_headers.txt"))
def test_the_header_of_an_old_document(block: str, expected: dict[str, Any]) -> None:
    """Issuer and parent, number, place and date, kind and subject of a header as archives hold
    it: flattened columns, decorative marks, numbers of the 1990s (``25-CP``, ``40 /2000/TT/BTC``),
    joint issuers, titles with their author, headings typed in lower case."""
    doc = congvan.parse_text(
        block.replace(" | ", "\n").replace("\\t", "\t") + "\n" + _OLD_HEADER_TAIL
    )
    empty: dict[str, dict[str, None]] = {
        "issuer": {"name": None, "parent": None},
        "number": {"number": None, "year": None, "symbol": None},
        "doc_type": {"name": None, "code": None},
    }
    want = {key: expected.get(key) or empty.get(key) for key in _header_fields(doc)}
    if want["number"]["year"] is not None:
        want["number"]["year"] = int(want["number"]["year"])
    assert _header_fields(doc) == want
