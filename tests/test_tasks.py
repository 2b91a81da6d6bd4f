"""The task checklist a clerk reads: every item, the right owner, the real deadline.

Documents are built here (python-docx, plain text, Markdown) in the shapes the
corpus showed going wrong: a lettered sub-item after a heading without final
punctuation, units followed by verbs, past facts and recurring duties.
"""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from typing import Any

import docx
import pytest

import congvan
from congvan.render.checklist import render_checklist
from congvan.render.view import render_view

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from gold import score_tasks, task_facts
from sanity import check

HEADER = [
    "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG",
    "Số: 12/KH-UBND",
    "Lâm Đồng, ngày 05 tháng 01 năm 2026",
    "KẾ HOẠCH",
    "Triển khai công tác năm 2026",
]
BODY = [
    "I. TỔ CHỨC THỰC HIỆN",
    "1. Sở Nội vụ",
    "a) Xây dựng kế hoạch chi tiết, hoàn thành trước ngày 30/01/2026.",
    "b) Theo dõi, đôn đốc việc thực hiện.",
    "2. Sở Tài chính",
    "a) Bố trí kinh phí",
    "b) Chủ trì, phối hợp với Sở Nội vụ kiểm tra việc thực hiện",
    "c) Báo cáo kết quả chậm nhất ngày 15/12 hằng năm.",
]
CLOSING = ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn A"]

WANT = [
    {
        "label": "I",
        "assignees": [],
        "partners": [],
        "deadline": None,
        "subtasks": [
            {
                "label": "1",
                "assignees": ["Sở Nội vụ"],
                "partners": [],
                "deadline": None,
                "subtasks": [
                    {
                        "label": "a",
                        "assignees": ["Sở Nội vụ"],
                        "partners": [],
                        "deadline": {"iso": "2026-01-30", "recurrence": None},
                        "subtasks": [],
                    },
                    {
                        "label": "b",
                        "assignees": ["Sở Nội vụ"],
                        "partners": [],
                        "deadline": None,
                        "subtasks": [],
                    },
                ],
            },
            {
                "label": "2",
                "assignees": ["Sở Tài chính"],
                "partners": [],
                "deadline": None,
                "subtasks": [
                    {
                        "label": "a",
                        "assignees": ["Sở Tài chính"],
                        "partners": [],
                        "deadline": None,
                        "subtasks": [],
                    },
                    {
                        "label": "b",
                        "assignees": ["Sở Tài chính"],
                        "partners": ["Sở Nội vụ"],
                        "deadline": None,
                        "subtasks": [],
                    },
                    {
                        "label": "c",
                        "assignees": ["Sở Tài chính"],
                        "partners": [],
                        "deadline": {"iso": None, "recurrence": "yearly"},
                        "subtasks": [],
                    },
                ],
            },
        ],
    }
]


def _docx(paragraphs: list[str]) -> bytes:
    d = docx.Document()
    for text in paragraphs:
        d.add_paragraph(text)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def _inputs() -> list[Any]:
    lines = HEADER + BODY + CLOSING
    return [
        pytest.param(_docx(lines), ".docx", id="docx"),
        pytest.param("\n\n".join(lines).encode(), ".txt", id="txt-blank-lines"),
        pytest.param("\n".join(lines).encode(), ".txt", id="txt"),
        pytest.param("\n\n".join(lines).encode(), ".md", id="md"),
    ]


@pytest.mark.parametrize(("data", "suffix"), _inputs())
def test_lettered_subitems_after_a_heading_are_never_swallowed(data: bytes, suffix: str) -> None:
    doc = congvan.parse_bytes(data, f"ke_hoach{suffix}", suffix)
    got = json.loads(doc.model_dump_json())["tasks"]
    facts = score_tasks(got, WANT)
    assert {k: v[0] for k, v in facts.items()} == {k: v[2] for k, v in facts.items()}
    assert task_facts(got) == task_facts(WANT)


def test_checklist_shows_the_whole_tree_with_owners_partners_and_deadlines() -> None:
    doc = congvan.parse_bytes(_docx(HEADER + BODY + CLOSING), "kh.docx", ".docx")
    text = render_checklist(doc)
    assert text.startswith("# Kế hoạch số 12/KH-UBND ngày 05/01/2026 của")
    assert "    - [ ] **a)** Xây dựng kế hoạch chi tiết" in text
    assert "*Thực hiện:* Sở Tài chính — *Phối hợp:* Sở Nội vụ" in text
    assert "*Hạn:* 30/01/2026" in text
    assert "*Hạn:* chậm nhất ngày 15/12 hằng năm" in text


def test_view_counts_every_item_of_the_tree() -> None:
    from rich.console import Console

    doc = congvan.parse_bytes(_docx(HEADER + BODY + CLOSING), "kh.docx", ".docx")
    console = Console(width=120, record=True, file=io.StringIO())
    console.print(render_view(doc))
    assert "Nhiệm vụ (8)" in console.export_text()  # I, 1, a, b, 2, a, b, c


@pytest.mark.parametrize(
    ("date_line", "phrase"),
    [
        ("Lâm Đồng, ngày    tháng 4 năm 2026", "tháng 04/2026"),
        ("Lâm Đồng, ngày    tháng    năm 2026", "năm 2026"),
    ],
)
def test_heading_dates_read_as_words(date_line: str, phrase: str) -> None:
    lines = [HEADER[0], "Số:     /KH-UBND", date_line, *HEADER[3:], *BODY, *CLOSING]
    doc = congvan.parse_bytes("\n".join(lines).encode(), "kh.txt", ".txt")
    heading = render_checklist(doc).splitlines()[0]
    assert f" {phrase} " in heading
    assert "ngày ngày" not in heading
    assert f"ngày {phrase[6:]}" not in heading


def test_past_facts_and_cutoffs_in_a_report_are_not_deadlines() -> None:
    body = [
        "I. KẾT QUẢ ĐẠT ĐƯỢC",
        "1. Trong năm 2025, Sở Nội vụ đã ban hành 10 văn bản hướng dẫn.",
        "2. Số liệu tính đến hết ngày 10/12/2025: 95% hồ sơ đúng hạn.",
        "II. NHIỆM VỤ THỜI GIAN TỚI",
        "1. Sở Nội vụ hoàn thành việc rà soát trước ngày 31/3/2026.",
    ]
    lines = [*HEADER[:3], "BÁO CÁO", "Kết quả công tác năm 2025", *body, *CLOSING]
    doc = congvan.parse_bytes("\n".join(lines).encode(), "bc.txt", ".txt")
    deadlines = [
        (t.label, s.label, s.deadline and s.deadline.iso) for t in doc.tasks for s in t.subtasks
    ]
    assert deadlines == [("I", "1", None), ("I", "2", None), ("II", "1", "2026-03-31")]
    assert [d.iso for d in doc.deadlines] == ["2026-03-31"]


def test_a_party_guide_s_sample_signature_is_not_a_task() -> None:
    body = ["1. Thể thức chữ ký:", "Q. CHÁNH VĂN PHÒNG", "2. Nơi nhận ghi ở góc trái."]
    lines = [*HEADER[:3], "HƯỚNG DẪN", "Thể thức văn bản.", "Văn phòng hướng dẫn như sau:", *body]
    lines += CLOSING
    doc = congvan.parse_bytes("\n".join(lines).encode(), "hd.txt", ".txt")
    assert [t.label for t in doc.tasks] == ["1", "2"]


def test_the_closing_formula_is_not_the_last_task_s_text() -> None:
    body = ["1. Sở Tài chính bố trí kinh phí.", "Trân trọng thông báo kết luận để các đơn vị biết."]
    lines = [*HEADER[:3], "THÔNG BÁO", "Kết luận cuộc họp.", "Chủ tịch kết luận như sau:", *body]
    lines += CLOSING
    doc = congvan.parse_bytes("\n".join(lines).encode(), "tb.txt", ".txt")
    assert doc.tasks[-1].text == "Sở Tài chính bố trí kinh phí"


@pytest.mark.parametrize("tail", ["PHỤ LỤC 01", "Mẫu 4", "KẾ HOẠCH"])
def test_what_follows_a_signature_is_never_taken_for_the_signer(tail: str) -> None:
    lines = [*HEADER, *BODY, "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "CHỦ TỊCH", tail]
    doc = congvan.parse_bytes("\n".join(lines).encode(), "kh.txt", ".txt")
    assert doc.signer is None or doc.signer.name is None
    assert "CV" in " ".join(d.code for d in doc.diagnostics)


def test_a_dash_before_the_signed_note_is_not_part_of_the_name() -> None:
    lines = [*HEADER, *BODY, "Nơi nhận:", "- Lưu: VT.", "TỔNG THANH TRA", "Trần Văn Truyền – Đã ký"]
    doc = congvan.parse_bytes("\n".join(lines).encode(), "tt.txt", ".txt")
    assert doc.signer is not None
    assert doc.signer.name == "Trần Văn Truyền"


def test_the_sanity_check_finds_what_it_looks_for() -> None:
    """bench/sanity.py must be able to fail: a sentence as assignee, a past deadline."""
    task = {
        "label": "1",
        "marker": "1.",
        "assignees": ["Sở Nội vụ a) Xây dựng kế hoạch"],
        "partners": ["Văn phòng Chính phủ trân trọng đề nghị"],
        "subtasks": [],
        "evidence": {"start": 3, "end": 3},
    }
    doc = {
        "tasks": [task],
        "requests": [],
        "deadlines": [
            {"raw": "trong năm 2025", "sentence": "Trong năm 2025, Sở đã ban hành 10 văn bản"}
        ],
        "signer": {"evidence": {"start": 2, "end": 2}},
        "distribution": [],
    }
    found = check(doc)
    assert any(f.startswith("sentence as assignees") for f in found)
    assert any(f.startswith("sentence as partners") for f in found)
    assert any(f.startswith("past deadline") for f in found)
    assert any(f.startswith("task after the signature") for f in found)
