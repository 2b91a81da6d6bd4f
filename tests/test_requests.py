"""Requests of letters without numbered items: which paragraphs ask, and whom.

Each case in ``cases/requests.txt`` is the body of a letter to two recipients; the
letter around it is the same for all.
"""

from __future__ import annotations

from typing import Any

import pytest
from casefile import load

import congvan

LETTER = """SỞ NỘI VỤ TỈNH LÂM ĐỒNG
Số: 1234/SNV-TCBC
V/v góp ý dự thảo Kế hoạch năm 2027

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Lâm Đồng, ngày 02 tháng 12 năm 2026

Kính gửi:
- Sở Tài chính;
- Sở Y tế.

{body}

Trân trọng./.

Nơi nhận:
- Như trên;
- Lưu: VT, TCBC.

GIÁM ĐỐC

Nguyễn Văn An
"""


@pytest.mark.parametrize(("body", "expected"), load("requests.txt"))
def test_requests(body: str, expected: list[dict[str, Any]]) -> None:
    doc = congvan.parse_text(LETTER.format(body=body))
    assert [r.model_dump() for r in doc.tasks] == []
    got = [
        {
            "opening": next(
                (e["opening"] for e in expected if r.text.startswith(e["opening"])), r.text
            ),
            "assignees": r.assignees,
            "deadline": r.deadline.iso if r.deadline else None,
        }
        for r in doc.requests
    ]
    assert got == expected
