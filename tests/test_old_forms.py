"""Letters from before Thông tư 01/2011 (issue 11): the forms an archive meets first.

Each document is written here (invented, in the shape of the corpus's 1995–2009 files):
a Công báo reprint whose title carries the author, number and date; a transcript that
keeps the lower case a TCVN3 capital font drew as capitals; old numbers and ornaments.
"""

from __future__ import annotations

from typing import Any

import pytest

import congvan


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


@pytest.mark.parametrize("rule", ["-0-", "===&===", "---oOo---", "-o0o-"])
def test_ornaments_under_the_organ_are_not_its_name(rule: str) -> None:
    text = OLD_HEADER.replace("---oOo---", rule)
    assert _fields(text)["issuer"] == "BỘ TÀI CHÍNH"
