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


def test_a_due_date_stated_as_an_attribute_inside_an_item_is_its_deadline() -> None:
    body = [
        "1. Sở Tư pháp rà soát thủ tục hành chính. Thời hạn: 31/3/2026.",
        "2. Sở Nội vụ tiếp nhận hồ sơ. Hạn chót nộp hồ sơ: 17 giờ 00 ngày 20/4/2026.",
        "3. Sở Y tế tổ chức hội nghị. Thời gian: từ ngày 10/5/2026 đến ngày 20/5/2026.",
    ]
    lines = [*HEADER[:3], "KẾ HOẠCH", "Cải cách hành chính năm 2026", *body, *CLOSING]
    doc = congvan.parse_bytes("\n".join(lines).encode(), "kh.txt", ".txt")
    got = [(t.label, t.deadline and t.deadline.iso) for t in doc.tasks]
    assert got == [("1", "2026-03-31"), ("2", "2026-04-20"), ("3", None)]
    assert [d.iso for d in doc.deadlines] == ["2026-03-31", "2026-04-20"]


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


# --- task tables ------------------------------------------------------------------------------

TABLE_HEAD = ["STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
TABLE_ROWS = [
    ["I", "Tuyên truyền trên báo chí", "", "", ""],
    [
        "1",
        "Mở chuyên mục cải cách hành chính",
        "Báo và Đài Phát thanh, Truyền hình Lâm Đồng",
        "Sở Nội vụ",
        "Quý II/2026",
    ],
    [
        "2",
        "Đưa tin kết quả chỉ số PAR INDEX",
        "Sở Nội vụ",
        "Các sở, ban, ngành; UBND các xã, phường, đặc khu",
        "Tháng 6/2026",
    ],
    ["II", "Tuyên truyền trực tiếp", "", "", ""],
    ["1", "Tổ chức hội nghị tập huấn", "Sở Nội vụ", "Sở Tư pháp", "30/9/2026"],
    ["2", "Cuộc thi tìm hiểu", "Sở Nội vụ", "", "Năm 2026"],
    ["3", "Báo cáo kết quả", "Các sở, ban, ngành", "", "Hằng quý"],
]


def _row(label: str, assignees: list[str], partners: list[str], deadline: Any) -> dict[str, Any]:
    return {
        "label": label,
        "assignees": assignees,
        "partners": partners,
        "deadline": deadline,
        "subtasks": [],
    }


TABLE_WANT = [
    _row("I", [], [], None),
    {
        **_row("II", [], [], None),
        "subtasks": [
            {
                **_row("I", [], [], None),
                "subtasks": [
                    _row(
                        "1",
                        ["Báo và Đài Phát thanh, Truyền hình Lâm Đồng"],
                        ["Sở Nội vụ"],
                        {"iso": None, "recurrence": None},
                    ),
                    _row(
                        "2",
                        ["Sở Nội vụ"],
                        ["Các sở, ban, ngành", "UBND các xã, phường, đặc khu"],
                        {"iso": "2026-06", "recurrence": None},
                    ),
                ],
            },
            {
                **_row("II", [], [], None),
                "subtasks": [
                    _row(
                        "1",
                        ["Sở Nội vụ"],
                        ["Sở Tư pháp"],
                        {"iso": "2026-09-30", "recurrence": None},
                    ),
                    _row("2", ["Sở Nội vụ"], [], {"iso": "2026", "recurrence": None}),
                    _row("3", ["Các sở, ban, ngành"], [], {"iso": None, "recurrence": "quarterly"}),
                ],
            },
            _row("1", ["Sở Nội vụ"], [], None),
        ],
    },
]


def _table_docx(head: list[str], rows: list[list[str]], *, numbered_columns: bool = False) -> bytes:
    d = docx.Document()
    for text in [*HEADER[:3], "KẾ HOẠCH", "Tuyên truyền cải cách hành chính năm 2026"]:
        d.add_paragraph(text)
    d.add_paragraph("I. NHIỆM VỤ")
    d.add_paragraph("II. NHIỆM VỤ CỤ THỂ")
    d.add_paragraph("(Chi tiết tại bảng dưới đây)")
    body = [
        head,
        *([[f"({i})" for i in range(1, len(head) + 1)]] if numbered_columns else []),
        *rows,
    ]
    table = d.add_table(rows=len(body), cols=len(head))
    for r, row in enumerate(body):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    d.add_paragraph("1. Sở Nội vụ theo dõi, đôn đốc việc thực hiện Kế hoạch này.")
    for text in CLOSING:
        d.add_paragraph(text)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def _table_md(head: list[str], rows: list[list[str]]) -> bytes:
    lines = [*HEADER[:3], "KẾ HOẠCH", "Tuyên truyền cải cách hành chính năm 2026", ""]
    lines += ["I. NHIỆM VỤ", "", "II. NHIỆM VỤ CỤ THỂ", "", "(Chi tiết tại bảng dưới đây)", ""]
    lines.append("| " + " | ".join(head) + " |")
    lines.append("|" + "---|" * len(head))
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    lines += ["", "1. Sở Nội vụ theo dõi, đôn đốc việc thực hiện Kế hoạch này.", ""]
    lines += CLOSING
    return "\n".join(lines).encode()


@pytest.mark.parametrize(
    ("data", "suffix"),
    [
        pytest.param(_table_docx(TABLE_HEAD, TABLE_ROWS), ".docx", id="docx"),
        pytest.param(
            _table_docx(TABLE_HEAD, TABLE_ROWS, numbered_columns=True), ".docx", id="docx-(1)(2)"
        ),
        pytest.param(_table_md(TABLE_HEAD, TABLE_ROWS), ".md", id="md"),
    ],
)
def test_a_task_table_s_rows_are_tasks_with_owner_partners_and_deadline(
    data: bytes, suffix: str
) -> None:
    doc = congvan.parse_bytes(data, f"kh{suffix}", suffix)
    got = json.loads(doc.model_dump_json())["tasks"]
    assert task_facts(got) == task_facts(TABLE_WANT)
    row = doc.tasks[1].subtasks[0].subtasks[0]
    assert row.text == "Mở chuyên mục cải cách hành chính"
    assert row.deadline is not None
    assert row.deadline.raw == "Quý II/2026"
    checklist = render_checklist(doc)
    assert "*Thực hiện:* Sở Nội vụ — *Phối hợp:* Sở Tư pháp" in checklist


def test_a_numberless_row_adds_its_units_or_ends_a_cut_name() -> None:
    """A task's second table row without a number: a whole name in its lead column is a
    second lead (``Sở Y tế`` then ``Sở Nội vụ``), a name cut short goes on (``Văn phòng``
    then ``UBND tỉnh``, ``Trước ngày`` then ``30/6/2026``)."""
    head = ["STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
    rows = [
        ["1", "Kiểm tra an toàn thực phẩm", "Sở Y tế", "Công an tỉnh", "Quý II/2026"],
        ["", "tại các bếp ăn tập thể", "Sở Nội vụ", "", ""],
        ["2", "Số hóa hồ sơ", "Văn phòng", "Sở Tư pháp", "Trước ngày"],
        ["", "thủ tục hành chính", "UBND tỉnh", "", "30/6/2026"],
    ]
    doc = congvan.parse_bytes(_table_docx(head, rows), "kh.docx", ".docx")
    one, two = doc.tasks[1].subtasks[:2]
    assert (one.label, one.assignees) == ("1", ["Sở Y tế", "Sở Nội vụ"])
    assert (two.label, two.assignees) == ("2", ["Văn phòng UBND tỉnh"])
    due = two.deadline
    assert due is not None
    assert due.iso == "2026-06-30"


def test_a_table_of_documents_to_draft_is_a_list_of_tasks() -> None:
    """A programme's table of the documents to draft (``Tên văn bản | Cơ quan chủ trì | Cơ quan
    phối hợp | Thời hạn trình``) lists tasks as a Nội dung column does."""
    head = ["STT", "Tên văn bản", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn trình"]
    rows = [
        [
            "1",
            "Nghị định sửa đổi Quy chế quản lý đầu tư",
            "Bộ Kế hoạch và Đầu tư",
            "Bộ Tài chính",
            "Tháng 11/2026",
        ],
        ["2", "Thông tư hướng dẫn tạm ứng vốn", "Bộ Tài chính", "", "31/12/2026"],
    ]
    doc = congvan.parse_bytes(_table_docx(head, rows), "ct.docx", ".docx")
    one, two = doc.tasks[1].subtasks[:2]
    assert (one.label, one.assignees, one.partners) == (
        "1",
        ["Bộ Kế hoạch và Đầu tư"],
        ["Bộ Tài chính"],
    )
    assert one.deadline is not None
    assert one.deadline.iso == "2026-11"
    assert (two.label, two.assignees) == ("2", ["Bộ Tài chính"])
    assert two.deadline is not None
    assert two.deadline.iso == "2026-12-31"


def test_a_table_s_cells_hold_whole_names() -> None:
    """A cell of a task table lists names only (round 0.28.0): a name's last words that look
    like a verb (``xây dựng``, ``tham gia``) and a capitalised part after its dash (``- Quản lý
    ...``, ``- Kiểm tra``) stay in it, and a ``;`` parts two units whatever follows it."""
    head = ["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"]
    rows = [
        [
            "1",
            "Rà soát định mức dự toán xây dựng chuyên ngành",
            "Cục Kinh tế - Quản lý đầu tư xây dựng",
            "Viện Kinh tế xây dựng",
            "Quý III/2026",
        ],
        [
            "2",
            "Truyền thông chính sách bảo hiểm xã hội tự nguyện",
            "Phòng Truyền thông và Phát triển người tham gia",
            "Sở Y tế; các cơ sở khám, chữa bệnh",
            "Trước 30/9/2026",
        ],
        ["3", "Thanh tra việc đóng bảo hiểm", "Phòng Thanh tra - Kiểm tra", "", "Tháng 10/2026"],
    ]
    doc = congvan.parse_bytes(_table_docx(head, rows), "kh.docx", ".docx")
    one, two, three = doc.tasks[1].subtasks[:3]
    assert (one.assignees, one.partners) == (
        ["Cục Kinh tế - Quản lý đầu tư xây dựng"],
        ["Viện Kinh tế xây dựng"],
    )
    assert (two.assignees, two.partners) == (
        ["Phòng Truyền thông và Phát triển người tham gia"],
        ["Sở Y tế", "các cơ sở khám, chữa bệnh"],
    )
    assert three.assignees == ["Phòng Thanh tra - Kiểm tra"]


def test_a_cell_saying_as_above_repeats_the_row_above() -> None:
    """``Như trên`` (or ``- nt -``) in a column of a task table is the row above's value
    (round 0.28.0)."""
    head = ["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"]
    rows = [
        ["1", "Rà soát hồ sơ hoàn thuế", "Phòng Kiểm tra", "Văn phòng", "Trước 30/6/2026"],
        ["2", "Kiểm tra thực địa", "Như trên", "Như trên", "Quý III/2026"],
        ["3", "Tổng kết chuyên đề", "Văn phòng", "", "- nt -"],
    ]
    doc = congvan.parse_bytes(_table_docx(head, rows), "kh.docx", ".docx")
    _, two, three = doc.tasks[1].subtasks[:3]
    assert (two.assignees, two.partners) == (["Phòng Kiểm tra"], ["Văn phòng"])
    assert three.assignees == ["Văn phòng"]
    assert three.deadline is not None
    assert three.deadline.raw == "Quý III/2026"


def test_a_single_unit_column_writing_each_role_gives_leads_and_partners() -> None:
    """One ``Đơn vị thực hiện`` column whose cell says who leads and who coordinates, by a
    mark after the units (``(chủ trì)``, ``(phối hợp)``) or a caption before them (``Chủ trì:``
    / ``Phối hợp:`` on two lines of the cell), round 0.29.0."""
    head = ["STT", "Nội dung nhiệm vụ", "Đơn vị thực hiện", "Thời gian hoàn thành"]
    rows = [
        [
            "1",
            "Rà soát phương án phòng, chống thiên tai",
            "Chi cục Thủy lợi (chủ trì); Văn phòng Sở, UBND các xã, phường (phối hợp)",
            "Trước 15/3/2026",
        ],
        [
            "2",
            "Kiểm tra an toàn hồ chứa",
            "Chủ trì: Phòng Kỹ thuật\nPhối hợp: Công ty Khai thác thủy lợi, các thôn",
            "Trước 31/5/2026",
        ],
        ["3", "Cập nhật cơ sở dữ liệu", "Phòng Kế hoạch - Tài chính", "Quý III/2026"],
    ]
    doc = congvan.parse_bytes(_table_docx(head, rows), "kh.docx", ".docx")
    one, two, three = doc.tasks[1].subtasks[:3]
    assert (one.assignees, one.partners) == (
        ["Chi cục Thủy lợi"],
        ["Văn phòng Sở", "UBND các xã, phường"],
    )
    assert (two.assignees, two.partners) == (
        ["Phòng Kỹ thuật"],
        ["Công ty Khai thác thủy lợi", "các thôn"],
    )
    assert (three.assignees, three.partners) == (["Phòng Kế hoạch - Tài chính"], [])


def test_an_empty_lead_cell_under_a_row_s_lead_is_a_merged_cell() -> None:
    """A lead cell merged down the rows under it shows its units once: the numbered rows under
    it, of the same kind, are its units' too; a group row passes nothing on (round 0.29.0).
    A step table (``Bước``) numbers its rows, a bare duration in its time column is a
    relative deadline, and a remarks column (``Ghi chú``) gives the due date a row's time
    cell leaves empty."""
    head = ["Bước", "Nội dung", "Đơn vị chủ trì", "Thời hạn", "Ghi chú"]
    rows = [
        ["1", "Tiếp nhận hồ sơ", "Bộ phận Một cửa", "0,5 ngày làm việc", ""],
        ["2", "Thẩm định hồ sơ", "Phòng Quản lý đất đai", "06 ngày làm việc", ""],
        ["3", "Kiểm tra thực địa", "", "", "Xong trước ngày 20/11/2026"],
    ]
    doc = congvan.parse_bytes(_table_docx(head, rows), "qd.docx", ".docx")
    one, two, three = doc.tasks[1].subtasks[:3]
    assert [one.label, two.label, three.label] == ["1", "2", "3"]
    assert three.assignees == ["Phòng Quản lý đất đai"]
    assert one.deadline is not None
    assert (one.deadline.raw, one.deadline.iso) == ("0,5 ngày làm việc", None)
    assert three.deadline is not None
    assert three.deadline.iso == "2026-11-20"


def test_a_table_whose_rows_are_units_and_one_with_start_and_end_columns() -> None:
    """A table whose rows are units and their duties (``TT | Đơn vị | Nhiệm vụ được giao |
    Thời hạn``): the unit column leads, as it does only beside a time column; a table with
    ``Thời gian bắt đầu | Thời gian kết thúc`` is due when the work ends (round 0.29.0)."""
    head = ["TT", "Đơn vị", "Nhiệm vụ được giao", "Thời hạn"]
    rows = [
        [
            "1",
            "Phòng Quản lý khoa học",
            "Rà soát các nhiệm vụ khoa học chậm tiến độ",
            "Trước 30/9/2026",
        ],
        ["2", "Văn phòng Sở", "Tổng hợp báo cáo của các phòng", "Tháng 12/2026"],
    ]
    doc = congvan.parse_bytes(_table_docx(head, rows), "kh.docx", ".docx")
    one, two = doc.tasks[1].subtasks[:2]
    assert (one.label, one.assignees) == ("1", ["Phòng Quản lý khoa học"])
    assert one.deadline is not None
    assert one.deadline.iso == "2026-09-30"
    assert two.assignees == ["Văn phòng Sở"]

    head = ["STT", "Nội dung", "Đơn vị chủ trì", "Thời gian bắt đầu", "Thời gian kết thúc"]
    rows = [["1", "Khảo sát hiện trạng", "Phòng Kinh tế", "01/3/2026", "30/4/2026"]]
    doc = congvan.parse_bytes(_table_docx(head, rows), "kh.docx", ".docx")
    row = doc.tasks[1].subtasks[0]
    assert row.deadline is not None
    assert row.deadline.iso == "2026-04-30"


def test_a_report_s_table_of_units_without_a_time_is_no_task_table() -> None:
    """``STT | Đơn vị | Nội dung | Kết quả``: a table of what each unit did, no tasks."""
    head = ["STT", "Đơn vị", "Nội dung", "Kết quả"]
    rows = [["1", "Phòng Kinh tế", "Kiểm tra cơ sở kinh doanh", "12 cuộc"]]
    doc = congvan.parse_bytes(_table_docx(head, rows), "bc.docx", ".docx")
    assert all(t.assignees != ["Phòng Kinh tế"] for t in doc.tasks[1].subtasks)


def test_a_name_a_pdf_cell_breaks_goes_on_in_lower_case() -> None:
    """A PDF cell's line that opens in lower case goes on the name above it (``Sở Xây`` /
    ``dựng``), where a capitalised line is a unit of its own (round 0.29.0)."""
    head = ["STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"]
    rows = [
        [
            "1",
            "Kiểm tra trật tự xây dựng",
            "Thanh tra Sở",
            "Phòng Quản lý hoạt động\nxây dựng",
            "Quý II/2026",
        ],
        ["2", "Rà soát quy hoạch", "Sở Xây\ndựng", "Sở Y tế\nSở Tài chính", "Quý III/2026"],
    ]
    doc = congvan.parse_bytes(_table_docx(head, rows), "kh.docx", ".docx")
    one, two = doc.tasks[1].subtasks[:2]
    assert one.partners == ["Phòng Quản lý hoạt động xây dựng"]
    assert (two.assignees, two.partners) == (["Sở Xây dựng"], ["Sở Y tế", "Sở Tài chính"])


def test_a_table_pasted_as_text_with_bars_is_a_task_table() -> None:
    """Rows pasted into a text with bars between their cells (``1 | Nội dung | Công an phường |
    ...``) read as a table's cells, two such rows in a row at least (round 0.28.0); a line with
    one bar stays a line."""
    body = [
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Bảo đảm mỹ quan đô thị | trật tự.",
        "II. NHIỆM VỤ CỤ THỂ",
        "STT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành",
        "1 | Ra quân dọn dẹp vỉa hè | Công an phường | Tổ dân phố; Đoàn Thanh niên phường | "
        "Trước 30/4/2026",
        "2 | Rà soát điểm lấn chiếm lòng đường | Phòng Kinh tế, Hạ tầng và Đô thị | "
        "Công an phường | Tháng 5/2026",
    ]
    doc = congvan.parse_text("\n".join(HEADER + body + CLOSING))
    assert doc.tasks[0].text.endswith("Bảo đảm mỹ quan đô thị | trật tự")
    one, two = doc.tasks[1].subtasks
    assert (one.label, one.assignees, one.partners) == (
        "1",
        ["Công an phường"],
        ["Tổ dân phố", "Đoàn Thanh niên phường"],
    )
    assert one.deadline is not None
    assert one.deadline.iso == "2026-04-30"
    assert (two.label, two.assignees, two.partners) == (
        "2",
        ["Phòng Kinh tế, Hạ tầng và Đô thị"],
        ["Công an phường"],
    )


def test_people_named_by_name_and_office_over_their_duties_own_them() -> None:
    """A heading or a list line naming one person by name and office before the colon of his
    duties makes him their owner, written as the letter writes him (round 0.28.0); a list of a
    body's members, seat after the colon, still assigns nobody."""
    body = [
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Bảo đảm chỉ đạo thống nhất, kịp thời.",
        "II. PHÂN CÔNG",
        "1. Đồng chí Lê Văn Bình - Phó Chủ tịch Ủy ban nhân dân tỉnh:",
        "a) Chỉ đạo lĩnh vực nông nghiệp, môi trường.",
        "b) Trực tiếp chỉ đạo công tác phòng, chống thiên tai.",
        "2. Phân công theo dõi từng nhóm dự án:",
        "- Đồng chí Tô Thị Lan, Phó Giám đốc Sở Nông nghiệp và Môi trường: theo dõi 09 dự án;",
        "- Đồng chí Quách Văn Toàn, Phó Giám đốc Sở Xây dựng: theo dõi 04 dự án.",
        "3. Thành viên Tổ công tác gồm:",
        "- Đồng chí Hà Minh Đức, Giám đốc Sở Tài chính: Tổ phó;",
        "- Đồng chí Lý Văn Nam, Phó Giám đốc Sở Nội vụ: Thành viên.",
    ]
    tasks = congvan.parse_text("\n".join(HEADER + body + CLOSING)).tasks[1].subtasks
    head = "Đồng chí Lê Văn Bình - Phó Chủ tịch Ủy ban nhân dân tỉnh"
    assert tasks[0].assignees == [head]
    assert [t.assignees for t in tasks[0].subtasks] == [[head], [head]]
    assert tasks[1].assignees == [
        "Đồng chí Tô Thị Lan, Phó Giám đốc Sở Nông nghiệp và Môi trường",
        "Đồng chí Quách Văn Toàn, Phó Giám đốc Sở Xây dựng",
    ]
    assert tasks[2].assignees == []


def test_a_table_of_figures_is_not_a_list_of_tasks() -> None:
    head = ["STT", "Nội dung", "Lâm Đồng", "Đắk Nông", "Bình Thuận"]
    rows = [
        ["1", "Chỉ số PAR INDEX", "85,2", "83,1", "84,0"],
        ["2", "Chỉ số SIPAS", "80", "81", "79"],
    ]
    doc = congvan.parse_bytes(_table_docx(head, rows), "bc.docx", ".docx")
    assert [t.label for t in doc.tasks] == ["I", "II"]
    assert [t.label for t in doc.tasks[1].subtasks] == ["1"]
    assert doc.tasks[1].subtasks[0].assignees == ["Sở Nội vụ"]


def test_the_row_numbers_of_a_table_of_figures_open_no_items() -> None:
    """``III`` over ``III.1`` in a table of scores numbers its rows: no item ``III`` after the
    letter's own ``II``, and the ``1.`` after the table still belongs to ``II``."""
    head = ["STT", "Nội dung", "Tỷ lệ", "Điểm số", "Thứ hạng"]
    rows = [
        ["III", "Cung cấp dịch vụ trực tuyến", "", "", ""],
        ["III.1", "Dịch vụ trực tuyến", "", "8,23", "14/34"],
        ["1", "Tỷ lệ thủ tục cung cấp dịch vụ công trực tuyến", "96,38", "2", ""],
    ]
    doc = congvan.parse_bytes(_table_docx(head, rows), "bc.docx", ".docx")
    assert [t.label for t in doc.tasks] == ["I", "II"]
    assert [t.label for t in doc.tasks[1].subtasks] == ["1"]


def test_a_row_without_a_number_continues_the_row_above() -> None:
    head = ["TT", "Nhiệm vụ", "Đơn vị thực hiện", "Thời hạn"]
    rows = [
        ["1", "Rà soát thủ tục hành chính", "Sở Tư pháp", "Trước 30/6/2026"],
        ["", "và công bố danh mục", "", ""],
        ["2", "Số hóa hồ sơ", "Văn phòng UBND tỉnh", "Thường xuyên"],
    ]
    doc = congvan.parse_bytes(_table_docx(head, rows), "kh.docx", ".docx")
    table = doc.tasks[1].subtasks
    assert [(t.label, t.text, t.assignees) for t in table[:2]] == [
        ("1", "Rà soát thủ tục hành chính và công bố danh mục", ["Sở Tư pháp"]),
        ("2", "Số hóa hồ sơ", ["Văn phòng UBND tỉnh"]),
    ]
    assert table[0].deadline is not None
    assert table[0].deadline.iso == "2026-06-30"
    assert table[1].deadline is None


def test_bullets_that_name_units_with_verbs_assign_them_all() -> None:
    body = [
        "1. Triển khai các dự án của Chương trình",
        "- Công an tỉnh tham mưu triển khai Dự án 1.",
        "- Sở Y tế chủ trì Dự án 5.",
        "2. Thành phần tham dự:",
        "- Lãnh đạo các sở, ban, ngành có liên quan;",
        "- Chủ tịch UBND các xã, phường, đặc khu.",
    ]
    lines = [*HEADER, "Ủy ban nhân dân tỉnh yêu cầu như sau:", *body, *CLOSING]
    doc = congvan.parse_bytes("\n".join(lines).encode(), "kh.txt", ".txt")
    assert [(t.label, t.assignees) for t in doc.tasks] == [
        ("1", ["Công an tỉnh", "Sở Y tế"]),
        ("2", []),
    ]
    assert all(not t.subtasks for t in doc.tasks)  # bullets are the item's text, not items


def test_partners_are_cut_at_their_purpose_and_split_into_units() -> None:
    body = [
        "1. Sở Giáo dục và Đào tạo chủ trì, phối hợp với lực lượng Công an, chính quyền địa "
        "phương, các tổ chức chính trị - xã hội để quản lý học sinh.",
        "2. Sở Công Thương phối hợp với Nhà đầu tư và địa phương trong việc giải phóng mặt bằng.",
    ]
    lines = [*HEADER, "Ủy ban nhân dân tỉnh yêu cầu như sau:", *body, *CLOSING]
    doc = congvan.parse_bytes("\n".join(lines).encode(), "kh.txt", ".txt")
    assert [t.partners for t in doc.tasks] == [
        ["lực lượng Công an", "chính quyền địa phương", "các tổ chức chính trị - xã hội"],
        ["Nhà đầu tư", "địa phương"],
    ]


def test_helping_the_government_is_no_part_of_a_partner_s_name() -> None:
    body = [
        "1. Bộ Quốc phòng chủ trì, phối hợp với các Bộ, ngành liên quan giúp Chính phủ, Thủ "
        "tướng Chính phủ quản lý nhà nước về công tác biên giới.",
        "2. Ủy ban nhân dân tỉnh yêu cầu Chính phủ, Thủ tướng Chính phủ bố trí vốn.",
    ]
    doc = _parse([*HEADER, "Ủy ban nhân dân tỉnh yêu cầu như sau:", *body, *CLOSING])
    assert [t.partners for t in doc.tasks] == [["các Bộ, ngành liên quan"], []]
    assert doc.tasks[1].assignees == ["Chính phủ", "Thủ tướng Chính phủ"]


def test_a_body_s_members_captioned_by_seat_are_a_roster() -> None:
    body = [
        "1. Phương án nhân sự:",
        "a) Ban Chủ nhiệm",
        "- Chủ nhiệm: Luật sư Nguyễn Văn Hòa",
        "- Phó Chủ nhiệm: Luật sư Trần Thị Mai",
        "b) Hội đồng Khen thưởng, kỷ luật",
        "- Chủ tịch: Luật sư Lê Văn Long",
        "2. Ban Chủ nhiệm lâm thời tổ chức Đại hội trong quý II năm 2026.",
    ]
    doc = _parse([*HEADER, *body, *CLOSING])
    assert [t.assignees for t in doc.tasks[0].subtasks] == [[], []]
    assert doc.tasks[1].assignees == ["Ban Chủ nhiệm lâm thời"]


def test_kinh_gui_in_the_header_table_s_right_column_names_the_recipients() -> None:
    document = docx.Document()
    table = document.add_table(rows=3, cols=2)
    table.cell(0, 0).text = "UBND TỈNH LÂM ĐỒNG\nSỞ NỘI VỤ"
    table.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    table.cell(1, 0).text = "Số: 215/SNV-CCHC\nV/v góp ý dự thảo Quy chế"
    table.cell(1, 1).text = "Lâm Đồng, ngày 12 tháng 8 năm 2026"
    cell = table.cell(2, 1)
    cell.text = "Kính gửi:"
    for name in ("- Sở Tư pháp;", "- Sở Tài chính."):
        cell.add_paragraph(name)
    for text in [
        "Sở Nội vụ đề nghị các cơ quan thực hiện như sau:",
        "1. Góp ý dự thảo Quy chế, gửi về Sở Nội vụ trước ngày 25/8/2026.",
        "2. Cử một công chức tham gia Tổ giúp việc.",
        *CLOSING,
    ]:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    doc = congvan.parse_bytes(out.getvalue(), "cv.docx", ".docx")
    assert [r.name for r in doc.recipients] == ["Sở Tư pháp", "Sở Tài chính"]
    assert "CV211" not in {d.code for d in doc.diagnostics}
    assert [t.assignees for t in doc.tasks] == [["Sở Tư pháp", "Sở Tài chính"]] * 2


def _parse(lines: list[str]) -> congvan.Document:
    return congvan.parse_bytes("\n".join(lines).encode(), "kh.txt", ".txt")


def test_the_results_a_report_narrates_have_no_owners_or_deadlines() -> None:
    """Units and dates in ``KẾT QUẢ`` sections that tell what was done are past facts; the
    section of tasks after them still assigns."""
    body = [
        "I. KẾT QUẢ THỰC HIỆN",
        "1. Về cải cách thủ tục hành chính",
        "Sở Tư pháp đã phối hợp với các sở, ngành kiểm tra 42 cơ quan trong quý I/2026; "
        "đề nghị các cơ quan khắc phục tồn tại, hạn chế.",
        "II. NHIỆM VỤ THỜI GIAN TỚI",
        "1. Sở Nội vụ chủ trì tổng hợp, báo cáo trước ngày 30/6/2026.",
    ]
    doc = _parse([*HEADER, *body, *CLOSING])
    report, tasks = doc.tasks
    assert (report.assignees, report.partners, report.deadline) == ([], [], None)
    assert [(t.assignees, t.partners, t.deadline) for t in report.subtasks] == [([], [], None)]
    assert tasks.subtasks[0].assignees == ["Sở Nội vụ"]
    assert tasks.subtasks[0].deadline is not None


def test_an_evaluation_asked_for_is_a_task_not_a_report() -> None:
    body = [
        "1. Đánh giá tình hình thực hiện dự toán năm 2026",
        "Sở Tài chính chủ trì đánh giá, gửi Ủy ban nhân dân tỉnh trước ngày 15/7/2026.",
    ]
    lines = [*HEADER, "Ủy ban nhân dân tỉnh yêu cầu như sau:", *body, *CLOSING]
    doc = congvan.parse_bytes(_docx(lines), "kh.docx", ".docx")
    assert doc.tasks[0].assignees == ["Sở Tài chính"]
    assert doc.tasks[0].deadline is not None
    assert doc.tasks[0].deadline.iso == "2026-07-15"


@pytest.mark.parametrize(
    "lead",
    [
        # The issuer reports; ``Ban Chỉ đạo`` is its name, not a request.
        "Ban Chỉ đạo Đề án 06 tỉnh báo cáo kết quả tháng 3/2026 như sau:",
        # The recipient's own request is what is answered, not one made of it.
        "Xét đề nghị của Sở Nội vụ tại Tờ trình số 03/TTr-SNV, Chủ tịch UBND tỉnh có ý kiến:",
        # A request the writer received, and answers with its opinion.
        "Sở Y tế nhận được Công văn số 1520/SNV-TCBC ngày 02/3/2026 của Sở Nội vụ đề nghị cho "
        "ý kiến về việc công nhận Ban vận động thành lập Hội Dược học tỉnh. Sở Y tế có ý kiến "
        "như sau:",
    ],
)
def test_a_lead_in_that_asks_nothing_passes_no_owner_to_the_items(lead: str) -> None:
    top = ["Kính gửi: Sở Nội vụ"]
    body = ["1. Thống nhất gia hạn thời gian tổ chức đại hội.", "2. Kết quả đạt 98%."]
    doc = _parse([*HEADER, *top, lead, *body, *CLOSING])
    assert [t.assignees for t in doc.tasks] == [[], []]


def test_a_quotation_closed_with_its_opening_mark_swallows_no_item() -> None:
    """Old typing closes ``“ ... “`` with the opening mark: the items after it stay items."""
    body = [
        "A. Kết quả hoạt động:",
        "- Triển khai 02 lớp “ Hỗ trợ kỹ thuật và truyền nghề “ với 60 học viên.",
        "B. Kế hoạch công tác 6 tháng cuối năm:",
        "- Sở Công Thương chủ trì tổ chức Hội chợ.",
        "C. Kiến nghị:",
    ]
    doc = _parse([*HEADER, "Sở Công Thương báo cáo như sau:", *body, *CLOSING])
    assert [t.label for t in doc.tasks] == ["A", "B", "C"]


def test_a_quotation_whose_closing_mark_ocr_read_as_a_backtick_swallows_no_item() -> None:
    body = [
        "1. Hình thức Đại hội",
        "1.1. Điều lệ Hiệp hội có quy định: “Đại hội được triệu tập theo hình thức Đại hội",
        "toàn thể hội viên `.",
        "1.2. Đại hội được tổ chức theo hình thức trực tiếp.",
        "2. Tên của Đại hội",
    ]
    doc = _parse([*HEADER, "Ban Thường vụ hướng dẫn như sau:", *body, *CLOSING])
    assert [t.label for t in doc.tasks] == ["1", "2"]
    assert [t.label for t in doc.tasks[0].subtasks] == ["1.1", "1.2"]


def test_a_list_line_that_asks_a_unit_adds_it_and_phoi_hop_names_partners() -> None:
    body = [
        "1. Các sở, ban, ngành nghiên cứu, ban hành các hướng dẫn thực hiện Chương trình",
        "- Công an tỉnh tham mưu triển khai Dự án 1.",
        "- Đề nghị Bộ Tư lệnh Vùng Cảnh sát biển 3 tham mưu triển khai Tiểu dự án 2.",
        "2. UBND xã Đạ Huoai: phối hợp Trung tâm Phát triển quỹ đất tỉnh và các đơn vị liên quan "
        "tuyên truyền, vận động Nhân dân.",
    ]
    doc = _parse([*HEADER, "Ủy ban nhân dân tỉnh yêu cầu như sau:", *body, *CLOSING])
    assert doc.tasks[0].assignees == [
        "Các sở, ban, ngành",
        "Công an tỉnh",
        "Bộ Tư lệnh Vùng Cảnh sát biển 3",
    ]
    assert doc.tasks[1].partners == ["Trung tâm Phát triển quỹ đất tỉnh", "các đơn vị liên quan"]


def test_a_regulation_issued_with_a_reprinted_decree_is_not_its_tasks() -> None:
    """A gazette reprint runs the regulation it issues right after the last article, with no
    signature between: its chapters and articles are not the decree's tasks."""
    lines = [
        "NGHỊ ĐỊNH",
        "CỦA CHÍNH PHỦ SỐ 29/1998/NĐ-CP NGÀY 11 THÁNG 5 NĂM 1998",
        "VỀ VIỆC BAN HÀNH QUY CHẾ THỰC HIỆN DÂN CHỦ Ở XÃ",
        "NGHỊ ĐỊNH:",
        "Điều 1. Ban hành kèm theo Nghị định này bản Quy chế thực hiện dân chủ ở xã.",
        "Điều 2. Các Bộ trưởng, Chủ tịch ủy ban nhân dân các cấp chịu trách nhiệm thi hành.",
        "",
        "QUY CHẾ",
        "THỰC HIỆN DÂN CHỦ Ở XÃ",
        "(Ban hành kèm theo Nghị định số 29/1998/NĐ-CP",
        "ngày 11 tháng 5 năm 1998 của Chính phủ)",
        "",
        "CHƯƠNG I",
        "NHỮNG QUY ĐỊNH CHUNG",
        "Điều 1. Quy chế thực hiện dân chủ ở xã nhằm phát huy quyền làm chủ của nhân dân.",
    ]
    doc = _parse(lines)
    assert [t.label for t in doc.tasks] == ["Điều 1", "Điều 2"]
    assert "CV105" in {d.code for d in doc.diagnostics}


def test_a_roster_of_members_assigns_no_one() -> None:
    body = [
        "Điều 1. Thành lập Tổ giúp việc, gồm các ông, bà có tên sau:",
        "1. Tổ trưởng: Ông Trần Hữu Tuấn - Phó Giám đốc Sở Nội vụ.",
        "2. Các thành viên:",
        "a) Ông Nguyễn Văn Dũng - Trưởng phòng, Sở Tư pháp.",
        "b) Bà Lê Thị Thêu - Phó Giám đốc Sở Y tế.",
        "Điều 2. Tổ giúp việc có trách nhiệm tham mưu, tổng hợp, báo cáo.",
    ]
    header = [*HEADER[:2], HEADER[2], "QUYẾT ĐỊNH", "Về việc thành lập Tổ giúp việc", "QUYẾT ĐỊNH:"]
    doc = _parse([*header, *body, *CLOSING])
    assert [t.label for t in doc.tasks] == ["Điều 1", "Điều 2"]
    members = doc.tasks[0]
    assert [t.assignees for t in members.subtasks] == [[], []]
    assert [t.assignees for t in members.subtasks[1].subtasks] == [[], []]
    assert doc.tasks[1].assignees == ["Tổ giúp việc"]


def test_an_attribute_line_not_understood_stays_in_the_text() -> None:
    body = [
        "1. Tổ chức tập huấn phần mềm quản lý văn bản",
        "- Thời gian thực hiện: Ngày 26, 27 tháng mười hai",
        "- Đơn vị chủ trì: Sở Nội vụ.",
    ]
    doc = _parse([*HEADER, "Ủy ban nhân dân tỉnh yêu cầu như sau:", *body, *CLOSING])
    assert "Ngày 26, 27 tháng mười hai" in doc.tasks[0].text
    assert doc.tasks[0].assignees == ["Sở Nội vụ"]


def test_each_request_in_a_list_adds_its_unit() -> None:
    body = [
        "1. Nhiệm vụ",
        "- Giao Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc.",
        "- Giao Công an tỉnh tham mưu ứng dụng trí tuệ nhân tạo.",
        "- Giao Sở Khoa học và Công nghệ chủ trì xây dựng nền tảng.",
    ]
    doc = _parse([*HEADER, "Ủy ban nhân dân tỉnh yêu cầu như sau:", *body, *CLOSING])
    assert doc.tasks[0].assignees == [
        "Văn phòng Ủy ban nhân dân tỉnh",
        "Công an tỉnh",
        "Sở Khoa học và Công nghệ",
    ]


def test_kinh_trinh_and_a_unit_s_notice_close_the_body() -> None:
    body = ["1. Đề nghị phê duyệt dự toán kinh phí năm 2026.", "2. Giao Sở Tài chính thẩm định."]
    end = "Văn phòng UBND tỉnh trân trọng thông báo đến các cơ quan, đơn vị biết, thực hiện./."
    doc = _parse([*HEADER, *body, end, *CLOSING])
    assert doc.tasks[-1].text == "Giao Sở Tài chính thẩm định"


def test_a_part_lettered_i_after_h_is_a_letter_not_a_roman_one() -> None:
    body = [
        "G. Thủ tục nộp thuế:",
        "H. Xử lý vi phạm:",
        "1. Các tổ chức vi phạm bị xử lý theo quy định.",
        "I. Trách nhiệm của cơ quan thuế:",
        "1. Cục thuế các tỉnh hướng dẫn thực hiện.",
        "K. Tổ chức thực hiện:",
    ]
    doc = _parse([*HEADER, "Bộ Tài chính hướng dẫn như sau:", *body, *CLOSING])
    assert [t.label for t in doc.tasks] == ["G", "H", "I", "K"]
    assert [t.label for t in doc.tasks[2].subtasks] == ["1"]


def _tree(doc: congvan.Document) -> dict[str, tuple[list[str], list[str], str | None]]:
    """Label path -> (assignees, partners, deadline iso) of every task."""
    out: dict[str, tuple[list[str], list[str], str | None]] = {}

    def walk(tasks: list[congvan.Task], prefix: str) -> None:
        for t in tasks:
            path = f"{prefix}/{t.label}" if prefix else str(t.label)
            out[path] = (t.assignees, t.partners, t.deadline.iso if t.deadline else None)
            walk(t.subtasks, path)

    walk(doc.tasks, "")
    return out


def test_captions_of_who_leads_and_when_belong_to_their_section() -> None:
    """A ministry's plan numbers the lead, the partners and the time of each section as items
    of their own: the section and its contents take them; the captions list, they ask nothing."""
    body = [
        "I. CÔNG TÁC TUYÊN TRUYỀN",
        "1. Nội dung, biện pháp",
        "a) Tổ chức hội nghị quán triệt Kế hoạch;",
        "b) Biểu dương gương người tốt, việc tốt.",
        "2. Cơ quan chủ trì, phối hợp",
        "a) Cơ quan chủ trì",
        "- Sở Văn hóa, Thể thao và Du lịch.",
        "- Bộ Chỉ huy quân sự tỉnh; các sở, ngành liên quan.",
        "b) Cơ quan phối hợp",
        "- Mặt trận Tổ quốc Việt Nam tỉnh và Hội Cựu chiến binh tỉnh.",
        "3. Thời gian thực hiện: Tháng 12/2026 và thường xuyên.",
        "II. CÔNG TÁC KIỂM TRA",
        "1. Nội dung: Kiểm tra việc thực hiện tại các xã.",
        "2. Cơ quan chủ trì: Sở Nội vụ; Thanh tra tỉnh.",
    ]
    tree = _tree(_parse([*HEADER, *body, *CLOSING]))
    leads = [
        "Sở Văn hóa, Thể thao và Du lịch",
        "Bộ Chỉ huy quân sự tỉnh",
        "các sở, ngành liên quan",
    ]
    partners = ["Mặt trận Tổ quốc Việt Nam tỉnh", "Hội Cựu chiến binh tỉnh"]
    assert tree["I"] == (leads, partners, "2026-12")
    assert tree["I/1/a"] == (leads, partners, None)
    assert tree["I/2/a"] == (leads, [], None)
    assert tree["I/2/b"] == (leads, partners, None)
    assert tree["I/3"] == (leads, partners, "2026-12")
    assert tree["II/1"][0] == ["Sở Nội vụ", "Thanh tra tỉnh"]


def test_captions_without_co_quan_and_the_units_that_carry_out_are_leads_too() -> None:
    """``2. Chủ trì thực hiện`` over its list names the section's leads; under ``2. Cơ quan chủ
    trì, thực hiện`` the ``b) Đơn vị thực hiện:`` units are asked as well as the leads; months
    listed over one year (``Tháng 11, 12/2026``) are due by the last."""
    body = [
        "I. KIỆN TOÀN TỔ CHỨC",
        "1. Nội dung, biện pháp",
        "a) Thành lập Ban Chỉ đạo cấp tỉnh;",
        "b) Kiện toàn cơ quan chuyên môn.",
        "2. Chủ trì thực hiện",
        "- Sở Nội vụ.",
        "- Chủ tịch Ủy ban nhân dân các xã, phường.",
        "3. Thời gian thực hiện: Tháng 11, 12/2026 và kiện toàn thường xuyên.",
        "II. TÌM KIẾM, QUY TẬP",
        "1. Nội dung, biện pháp",
        "a) Mở rộng hoạt động tìm kiếm ở trong nước.",
        "2. Cơ quan chủ trì, thực hiện",
        "a) Cơ quan chủ trì",
        "- Bộ Chỉ huy quân sự tỉnh.",
        "b) Đơn vị thực hiện: Các Đội chuyên trách của quân đội.",
    ]
    tree = _tree(_parse([*HEADER, *body, *CLOSING]))
    leads = ["Sở Nội vụ", "Chủ tịch Ủy ban nhân dân các xã, phường"]
    assert tree["I"] == (leads, [], "2026-12")
    assert tree["I/1/a"] == (leads, [], None)
    both = ["Bộ Chỉ huy quân sự tỉnh", "Các Đội chuyên trách của quân đội"]
    assert tree["II"][0] == both
    assert tree["II/1/a"][0] == both
    assert tree["II/2/b"][0] == ["Các Đội chuyên trách của quân đội"]


def test_a_unit_that_has_coordinated_is_no_partner() -> None:
    """``Sở Nội vụ đã phối hợp với X`` tells what was done; ``đã`` further back belongs to
    another verb (``các ưu đãi đã quy định ... hoặc phối hợp với X``)."""
    body = [
        "1. Sở Nội vụ đã phối hợp với các ngành có liên quan kiểm tra 42 cơ quan.",
        "2. Trường hợp ưu đãi đã quy định bị thay đổi thì Sở Kế hoạch và Đầu tư chủ trì và "
        "phối hợp với các sở, ban, ngành liên quan giải quyết quyền lợi cho nhà đầu tư.",
    ]
    doc = _parse([*HEADER, "Ủy ban nhân dân tỉnh yêu cầu như sau:", *body, *CLOSING])
    assert [t.partners for t in doc.tasks] == [[], ["các sở, ban, ngành liên quan"]]


def test_a_heading_of_duties_names_whose_they_are() -> None:
    """``Trách nhiệm của X``, ``Nhiệm vụ và quyền hạn của X`` head X's duties: X is asked, and
    the clauses under it inherit X; what the duty is about is not part of the name."""
    body = [
        "Điều 3. Nhiệm vụ và quyền hạn của Ban Chỉ đạo",
        "1. Nghiên cứu, đề xuất với Ủy ban nhân dân tỉnh các giải pháp.",
        "2. Giúp Ủy ban nhân dân tỉnh đôn đốc, kiểm tra việc thực hiện.",
        "Điều 4. Trách nhiệm của các sở, ban, ngành, UBND các xã, phường trong việc triển khai",
        "1. Phổ biến Quyết định này đến cán bộ, công chức.",
        "Điều 5. Trách nhiệm của Ban Chỉ đạo Ban Chỉ đạo có trách nhiệm báo cáo định kỳ.",
        "Điều 6. TRÁCH NHIỆM CỦA DOANH NGHIỆP",
        "1. Thực hiện đúng quy định.",
    ]
    tree = _tree(_parse([*HEADER, "QUYẾT ĐỊNH:", *body, *CLOSING]))
    assert tree["Điều 3"][0] == ["Ban Chỉ đạo"]
    assert tree["Điều 3/2"][0] == ["Ban Chỉ đạo"]
    assert tree["Điều 4/1"][0] == ["các sở, ban, ngành", "UBND các xã, phường"]
    # a heading run into its first sentence names nobody rather than ``Ban Chỉ đạo Ban Chỉ đạo``
    assert tree["Điều 5"][0] == []
    assert tree["Điều 6"][0] == []


def test_who_sits_on_a_body_is_asked_nothing() -> None:
    """A caption over members (``Các thành viên Tổ giúp việc gồm:``, ``..., bao gồm:``) and a
    member's entry ending with the seat held (``..., Phó Trưởng Ban``) name no assignee; a
    sentence of duties that ends with ``Phó Chủ tịch Hội đồng giao`` still does."""
    body = [
        "Điều 1. Thành lập Tổ giúp việc của Hội đồng.",
        "1. Bộ trưởng Bộ Công an Đại tướng Lương Tam Quang, Phó Trưởng Ban Thường trực.",
        "2. Giám đốc Sở Nội vụ - Thành viên.",
        "3. Các thành viên Tổ giúp việc gồm:",
        "a) Sở Nội vụ: Ông Nguyễn Thành Nhân - Trưởng phòng.",
        "b) Sở Tài chính: Bà Lê Thị Hoa - Phó Trưởng phòng.",
        "Điều 2. Tổ chức và hoạt động",
        "1. Sở Nội vụ là cơ quan thường trực của Hội đồng có trách nhiệm tổng hợp tình hình; "
        "thực hiện các nhiệm vụ khác được Chủ tịch, Phó Chủ tịch Hội đồng giao.",
    ]
    tree = _tree(_parse([*HEADER, "QUYẾT ĐỊNH:", *body, *CLOSING]))
    assert [tree[k][0] for k in ("Điều 1/1", "Điều 1/2", "Điều 1/3", "Điều 1/3/a")] == [[]] * 4
    assert tree["Điều 2/1"][0] == ["Sở Nội vụ"]


def test_a_chi_thi_directs_the_units_of_its_lead_in() -> None:
    """``Ủy ban nhân dân thành phố chỉ thị Giám đốc Sở ..., Thủ trưởng ..., Chủ tịch ... thực
    hiện tốt các công việc sau:``: items that name nobody are theirs."""
    lead = (
        "Để tăng cường quản lý đất đai, Ủy ban nhân dân thành phố chỉ thị Giám đốc Sở Tài "
        "nguyên và Môi trường, Thủ trưởng các Ban, ngành liên quan, Chủ tịch Ủy ban nhân dân "
        "quận, huyện tập trung chỉ đạo thực hiện tốt các công việc sau:"
    )
    body = [
        "1. Sở Tài chính chủ trì xây dựng bảng giá đất.",
        "2. Kiện toàn tổ chức bộ máy quản lý đất đai.",
        "3. Sở Tài nguyên và Môi trường, Ủy ban nhân dân quận, huyện và Sở, ngành có liên quan "
        "có trách nhiệm giải quyết dứt điểm các đơn khiếu nại.",
    ]
    doc = _parse([*HEADER, lead, *body, *CLOSING])
    assert [t.assignees for t in doc.tasks] == [
        ["Sở Tài chính"],
        [
            "Giám đốc Sở Tài nguyên và Môi trường",
            "Thủ trưởng các Ban, ngành liên quan",
            "Chủ tịch Ủy ban nhân dân quận, huyện",
        ],
        ["Sở Tài nguyên và Môi trường", "Ủy ban nhân dân quận, huyện", "Sở, ngành có liên quan"],
    ]


def test_list_lines_that_describe_a_unit_assign_it_nothing() -> None:
    """``- Ban Chấp hành do Đại hội bầu ra``, ``- X là cơ quan ...``, ``- X có ...``, ``- X đã
    ...`` say what a unit is or did; ``- X được giao chủ trì`` still makes it act."""
    body = [
        "1. Về nhân sự Đại hội",
        "- Ban Chấp hành do Đại hội bầu ra, có nhiệm kỳ 05 năm.",
        "- Ban Kiểm tra Hội có Trưởng ban và các Ủy viên.",
        "- Văn phòng Hội là cơ quan giúp việc của Ban Chấp hành.",
        "2. Về tổ chức thực hiện",
        "- Sở Nội vụ được giao chủ trì hướng dẫn.",
    ]
    tree = _tree(_parse([*HEADER, *body, *CLOSING]))
    assert tree["1"][0] == []
    assert tree["2"][0] == ["Sở Nội vụ"]


def _letter(lead_in: str, closing: str) -> list[str]:
    """A letter of two items between ``lead_in`` and ``Trên đây ...`` then ``closing``."""
    return [
        *HEADER[:3],
        "V/v báo cáo tình hình thực hiện",
        "Kính gửi:",
        "- Ủy ban nhân dân tỉnh;",
        "- Sở Nội vụ.",
        lead_in,
        "1. Kết quả thực hiện",
        "Kết quả cải thiện chỉ số năm 2025 đạt khá.",
        "2. Nhiệm vụ thời gian tới",
        "Tiếp tục rà soát thủ tục hành chính.",
        "Trên đây là nội dung báo cáo, hướng dẫn thực hiện.",
        closing,
        *CLOSING,
    ]


def test_a_report_submitted_for_review_asks_its_recipients_nothing() -> None:
    """``kính trình UBND tỉnh xem xét, chỉ đạo`` after the items submits them, and a lead-in
    naming the task the sender was given (``nhiệm vụ được UBND tỉnh giao``) or a cited
    letter's subject (``về việc đề nghị phối hợp``) asks nothing of the recipients."""
    lead_in = (
        "Thực hiện nhiệm vụ được UBND tỉnh giao, theo Công văn số 27/SNV-CCHC về việc đề nghị "
        "phối hợp chuẩn bị nội dung, Trung tâm báo cáo như sau:"
    )
    closing = (
        "Trung tâm kính trình UBND tỉnh xem xét, chỉ đạo; đề nghị Sở Nội vụ xem xét, tổng hợp./."
    )
    tree = _tree(_parse(_letter(lead_in, closing)))
    assert tree["1"][0] == []
    assert tree["2"][0] == []


def test_a_closing_request_to_carry_out_the_items_assigns_the_recipients() -> None:
    closing = "Đề nghị các cơ quan, đơn vị tổ chức triển khai thực hiện./."
    tree = _tree(_parse(_letter("Sở Tài chính hướng dẫn một số nội dung sau:", closing)))
    assert tree["2"][0] == ["Ủy ban nhân dân tỉnh", "Sở Nội vụ"]


def test_partners_stop_before_a_stress_on_one_of_them() -> None:
    """``phối hợp với các ngành, các địa phương, đặc biệt là ...``: the list ends at its
    stress; ``đặc biệt`` is no unit."""
    body = [
        "1. Sở Công Thương phối hợp với các ngành, các địa phương, đặc biệt là các khu công "
        "nghiệp, để bảo đảm cung ứng điện.",
    ]
    doc = _parse([*HEADER, "Ủy ban nhân dân tỉnh yêu cầu như sau:", *body, *CLOSING])
    assert [t.partners for t in doc.tasks] == [["các ngành", "các địa phương"]]


def test_a_quotation_opened_mid_sentence_ends_with_its_paragraph() -> None:
    """A report quotes a criterion's name and its closing mark is lost (``tiêu chí “Tỷ lệ ...``):
    the items after it are items, not quoted text. A block opened after a colon (``như sau:
    “2. ...``) still quotes the labels inside it."""
    body = [
        "1. Kết quả",
        "1.1. Đối với các sở, ngành",
        "- Đối với tiêu chí thành phần “Tỷ lệ văn bản đi được đăng tải trên Trang thông tin"
        " điện tử, chỉ có 04/15 đơn vị đạt.",
        "1.2. Đối với UBND các xã, phường",
        "Kết quả đạt 73,66%.",
        "2. Sửa đổi khoản 2 như sau: “2. Hồ sơ gồm:",
        "a) Đơn đề nghị;",
        "b) Bản sao giấy phép.”",
        "3. Sở Nội vụ tổng hợp, báo cáo trước ngày 30/6/2026.",
    ]
    tree = _tree(_parse([*HEADER, *body, *CLOSING]))
    assert list(tree) == ["1", "1/1.1", "1/1.2", "2", "3"]
    assert tree["3"] == (["Sở Nội vụ"], [], "2026-06-30")


def test_older_numbering_dashes_lower_roman_and_lettered_points() -> None:
    """``1.1-`` under ``1-``, points under a letter (``b1.``), grounds in lower-case roman
    (``i.``, ``ii.``) beside letters that run past ``h`` (``i)`` after ``h)`` is a letter)."""
    body = [
        "I/ Phát hành hoá đơn.",
        "1- Hoá đơn do Bộ Tài chính phát hành.",
        "1.1- Hoá đơn khi đưa ra sử dụng phải thông báo phát hành.",
        "1.2- Hoá đơn được bán cho tổ chức, cá nhân.",
        "2- Chi phí được trừ:",
        "b1. Khấu hao tài sản cố định;",
        "b2. Chi phí nguyên liệu.",
        "3- Hồ sơ gồm:",
        "i. Dự kiến số lợi nhuận thu được;",
        "ii. Dự kiến số lợi nhuận chia cho các chủ đầu tư;",
        "iii. Dự kiến số lợi nhuận được chuyển ra nước ngoài.",
        "4- Các trường hợp:",
        "g) Trường hợp thứ bảy;",
        "h) Trường hợp thứ tám;",
        "i) Trường hợp thứ chín.",
    ]
    tree = _tree(_parse([*HEADER, *body, *CLOSING]))
    assert list(tree) == [
        "I",
        "I/1",
        "I/1/1.1",
        "I/1/1.2",
        "I/2",
        "I/2/b1",
        "I/2/b2",
        "I/3",
        "I/3/i",
        "I/3/ii",
        "I/3/iii",
        "I/4",
        "I/4/g",
        "I/4/h",
        "I/4/i",
    ]


def _header_table_letter(
    left: list[str], right: list[str], paragraphs: list[str]
) -> congvan.Document:
    """A .docx letter whose header is a table of two columns, a line a row (as OCR rebuilds a
    scan's header), then ``paragraphs`` and the closing."""
    document = docx.Document()
    table = document.add_table(rows=max(len(left), len(right)), cols=2)
    for col, lines in enumerate((left, right)):
        for row, text in enumerate(lines):
            table.cell(row, col).text = text
    for text in [*paragraphs, *CLOSING]:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return congvan.parse_bytes(out.getvalue(), "cv.docx", ".docx")


def test_a_number_line_under_the_header_table_is_still_the_header() -> None:
    # The organ and the motto in a table, the number and the place and date as one line
    # under it (as OCR rebuilds a scan's header), then the V/v subject.
    doc = _header_table_letter(
        ["ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG"],
        ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
        [
            "Số:        /UBND-NC Lâm Đồng, ngày   tháng 3 năm 2026",
            "V/v tham mưu xử lý kiến nghị của Công an tỉnh",
            "Kính gửi: Sở Tài chính",
            "Ủy ban nhân dân tỉnh giao Sở Tài chính nghiên cứu, đề xuất.",
        ],
    )
    assert doc.number is not None
    assert doc.number.symbol == "UBND-NC"
    assert (doc.place, doc.date and doc.date.iso) == ("Lâm Đồng", "2026-03")
    assert doc.subject == "tham mưu xử lý kiến nghị của Công an tỉnh"


_ASKED = ["Kính gửi: Công an tỉnh", "Giao Công an tỉnh nghiên cứu, tham mưu."]


def test_a_place_and_date_in_the_number_s_cell_wrapped_into_the_other_column() -> None:
    # OCR's header table: the number, the place and the date's first word read as one cell
    # line, the rest of the date in the right column.
    doc = _header_table_letter(
        ["ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG", "Số: /UBND-NC Lâm Đồng, ngày"],
        ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "tháng 9 năm 2025"],
        _ASKED,
    )
    assert doc.number is not None
    assert doc.number.symbol == "UBND-NC"
    assert (doc.place, doc.date and doc.date.iso) == ("Lâm Đồng", "2025-09")


def test_pieces_of_the_motto_ocr_ran_into_the_organ_s_lines_are_not_its_name() -> None:
    doc = _header_table_letter(
        [
            "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT",
            "TỈNH LÂM ĐỒNG . Hạnh phúc",
            "Số: 25/UBND-NC",
        ],
        ["NAM", "Độc lập - Tự do - Hạnh phúc", "Lâm Đồng, ngày 12 tháng 3 năm 2026"],
        _ASKED,
    )
    assert doc.issuer is not None
    assert doc.issuer.name == "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG"


def test_a_regulation_binds_the_parties_it_names() -> None:
    """A circular's duties fall on the parties it regulates: a heading of duties names them
    for the items under it (``Trách nhiệm của tổ chức, cá nhân in hoá đơn``), and ``X phải``
    names X, after a leading condition too. A bare ``các cá nhân`` names nobody: the persons
    are written below it."""
    body = [
        "I. Trách nhiệm của tổ chức, cá nhân in hoá đơn",
        "1. Mở sổ theo dõi tình hình đặt in hoá đơn.",
        "2. Khi nhận in hoá đơn, cơ quan thuế phải kiểm tra giấy phép của nhà in.",
        "II. Trách nhiệm của các cá nhân",
        "1. Người ký văn bản là người chịu trách nhiệm về thể thức văn bản.",
        "III. Đăng ký thuế",
        "1. Doanh nghiệp có vốn đầu tư nước ngoài phải đăng ký mã số thuế.",
        "2. Số thuế thu nhập doanh nghiệp phải nộp được ghi trên tờ khai.",
    ]
    tree = _tree(_parse([*HEADER, *body, *CLOSING]))
    assert {path: owners for path, (owners, _, _) in tree.items()} == {
        "I": ["tổ chức, cá nhân in hoá đơn"],
        "I/1": ["tổ chức, cá nhân in hoá đơn"],
        "I/2": ["cơ quan thuế"],
        "II": [],
        "II/1": [],
        "III": [],
        "III/1": ["Doanh nghiệp có vốn đầu tư nước ngoài"],
        "III/2": [],
    }


def test_a_heading_of_duties_binds_the_party_it_says_which_of() -> None:
    """``Nghĩa vụ của tổ chức, cá nhân được cấp phép khai thác``: the parties the heading
    narrows by what they do are bound, whole, with the khoản under it; a bare party
    (``đối tượng nộp thuế``) is not."""
    body = [
        "Điều 7. Nghĩa vụ của tổ chức, cá nhân được cấp phép khai thác",
        "1. Khai thác đúng vị trí, phạm vi, độ sâu ghi trong giấy phép.",
        "2. Nộp phí bảo vệ môi trường theo quy định.",
        "Điều 8. Trách nhiệm của tổ chức, cá nhân cung cấp suất ăn",
        "1. Bảo đảm nguồn gốc thực phẩm.",
        "Điều 9. Quyền và trách nhiệm của đối tượng nộp thuế",
        "1. Kê khai đầy đủ.",
    ]
    tree = _tree(_parse([*HEADER, *body, *CLOSING]))
    assert {path: owners for path, (owners, _, _) in tree.items()} == {
        "Điều 7": ["tổ chức, cá nhân được cấp phép khai thác"],
        "Điều 7/1": ["tổ chức, cá nhân được cấp phép khai thác"],
        "Điều 7/2": ["tổ chức, cá nhân được cấp phép khai thác"],
        "Điều 8": ["tổ chức, cá nhân cung cấp suất ăn"],
        "Điều 8/1": ["tổ chức, cá nhân cung cấp suất ăn"],
        "Điều 9": [],
        "Điều 9/1": [],
    }


def test_a_guide_s_items_fall_to_the_units_it_guides_not_its_writer() -> None:
    """``Sở Nội vụ hướng dẫn các cơ quan, đơn vị, địa phương thực hiện ... như sau:`` with no
    Kính gửi, right under the subject (and no line of it): the items that name nobody are
    the guided units' to do; the Sở writes the guide and does none of them."""
    body = [
        "Sở Nội vụ hướng dẫn các cơ quan, đơn vị, địa phương thực hiện chế độ báo cáo như sau:",
        "1. Gửi báo cáo quý trước ngày 16 của tháng cuối quý.",
        "2. Sở Nội vụ tổng hợp, tham mưu Ủy ban nhân dân tỉnh báo cáo Bộ Nội vụ.",
    ]
    doc = _parse([*HEADER, *body, *CLOSING])
    assert doc.subject == "Triển khai công tác năm 2026"  # the lead-in is no line of it
    tree = _tree(doc)
    assert {path: owners for path, (owners, _, _) in tree.items()} == {
        "1": ["các cơ quan, đơn vị, địa phương"],
        "2": ["Sở Nội vụ"],
    }


def test_a_heading_that_directs_a_unit_gives_it_the_points_under_it() -> None:
    """``2. Chỉ đạo Sở Nội vụ:`` over lettered points (a report's proposals to the UBND): the
    points are the Sở's to do. A sentence that directs (``Chỉ đạo Sở Y tế tổ chức ...``) is
    no heading: the unit it directs is not its owner."""
    body = [
        "I. ĐỀ XUẤT, KIẾN NGHỊ",
        "1. Chỉ đạo Sở Y tế tổ chức kiểm tra an toàn thực phẩm.",
        "2. Chỉ đạo Sở Nội vụ:",
        "a) Hướng dẫn các cơ quan, đơn vị khắc phục hạn chế.",
        "b) Theo dõi, kiểm tra việc thực hiện.",
    ]
    tree = _tree(_parse([*HEADER, *body, *CLOSING]))
    assert {path: owners for path, (owners, _, _) in tree.items()} == {
        "I": [],
        "I/1": [],
        "I/2": ["Sở Nội vụ"],
        "I/2/a": ["Sở Nội vụ"],
        "I/2/b": ["Sở Nội vụ"],
    }


def test_an_article_s_title_is_a_line_of_its_own_before_a_lower_case_sentence() -> None:
    """A decree transcribed from a legacy font, its units in lower case: the article's title
    (``Điều 45. Nhiệm vụ và quyền hạn của ủy ban nhân dân tỉnh``) and the sentence under it
    (``ủy ban nhân dân tỉnh ... có nhiệm vụ và quyền hạn sau đây:``) are two paragraphs, and
    the title names the holder of the points under it."""
    body = [
        "Điều 45. Nhiệm vụ và quyền hạn của ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương",
        "ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương (sau đây gọi tắt là ủy ban nhân"
        " dân cấp tỉnh) có nhiệm vụ và quyền hạn sau đây:",
        "1. Quản lý về số lượng công chức;",
        "2. Quyết định chỉ tiêu biên chế.",
    ]
    tree = _tree(_parse([*REGULATION[:5], *body, *REGULATION[-3:]]))
    unit = ["ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương"]
    assert {path: owners for path, (owners, _, _) in tree.items()} == {
        "Điều 45": unit,
        "Điều 45/1": unit,
        "Điều 45/2": unit,
    }


def test_a_lead_named_in_the_last_sentence_of_an_item_is_its_owner() -> None:
    """A report lists shortfalls, each closing with who follows it up in a sentence of its
    own (``... đạt 0 điểm). Cơ quan chủ trì theo dõi: Sở Tài chính.``), or on a line of its
    own; a narrated item names nobody else."""
    body = [
        "I. KẾT QUẢ THỰC HIỆN",
        "1. Các tiêu chí bị mất điểm",
        "a) Tỷ lệ giải ngân vốn đầu tư công đã đạt 29,2% (dưới 70% thì tiêu chí đạt 0 điểm)."
        " Cơ quan chủ trì theo dõi: Sở Tài chính.",
        "b) Tỷ lệ hồ sơ giải quyết đúng hẹn đã đạt 97,4%.",
        "Cơ quan chủ trì theo dõi: Văn phòng UBND tỉnh.",
        "c) Tỷ lệ số hóa hồ sơ đã đạt 72%; Cơ quan phối hợp: Sở Nội vụ.",
    ]
    tree = _tree(_parse([*HEADER, *body, *CLOSING]))
    assert {path: (owners, partners) for path, (owners, partners, _) in tree.items()} == {
        "I": ([], []),
        "I/1": ([], []),
        "I/1/a": (["Sở Tài chính"], []),
        "I/1/b": (["Văn phòng UBND tỉnh"], []),
        "I/1/c": ([], ["Sở Nội vụ"]),
    }


def test_the_person_assigned_to_a_duty_is_a_name_not_a_sentence() -> None:
    """``người được giao`` (the person given the work) is part of a name: the list line under
    a heading of duties names its holder, and a bare ``các cá nhân`` heading passes nobody
    down to lines that name no one."""
    body = [
        "4. Trách nhiệm của các cá nhân",
        "- Người ký văn bản là người chịu trách nhiệm về thể thức văn bản.",
        "- Chánh văn phòng hoặc người được giao phụ trách công tác văn phòng có trách nhiệm"
        " thẩm định thể thức văn bản.",
    ]
    tree = _tree(_parse([*HEADER, *body, *CLOSING]))
    assert tree["4"][0] == ["Chánh văn phòng hoặc người được giao phụ trách công tác văn phòng"]


REGULATION = [
    "CHÍNH PHỦ",
    "Số: 17/2026/NĐ-CP",
    "Hà Nội, ngày 10 tháng 01 năm 2026",
    "NGHỊ ĐỊNH",
    "Về quản lý công chức",
    "Chương IV",
    "TRÁCH NHIỆM QUẢN LÝ",
    "Điều 41. Nhiệm vụ và quyền hạn của Bộ Nội vụ",
    "Bộ Nội vụ là cơ quan của Chính phủ thực hiện chức năng quản lý nhà nước về công chức,"
    " có nhiệm vụ và quyền hạn sau đây:",
    "1. Xây dựng dự án luật, pháp lệnh về công chức để Chính phủ trình Quốc hội;",
    "2. Tổ chức thống kê đội ngũ công chức trong cả nước.",
    "Điều 42. Trách nhiệm thi hành",
    "Các Bộ trưởng, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chịu"
    " trách nhiệm thi hành Nghị định này.",
    "TM. CHÍNH PHỦ",
    "THỦ TƯỚNG",
    "Nguyễn Văn B",
]


def test_an_article_s_title_line_ends_where_its_writer_ended_it() -> None:
    """A text file with a paragraph a line: ``Điều 41. Nhiệm vụ và quyền hạn của Bộ Nội vụ``
    stops far short of the long lines, so the capital line under it starts the article's
    text; the heading names the ministry, and the executing article its offices."""
    tree = _tree(_parse(REGULATION))
    assert tree["Chương IV/Điều 41"][0] == ["Bộ Nội vụ"]
    assert tree["Chương IV/Điều 41/1"][0] == ["Bộ Nội vụ"]
    assert tree["Chương IV/Điều 42"][0] == [
        "Các Bộ trưởng",
        "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
    ]


def test_a_title_as_long_as_the_wrapped_lines_goes_on() -> None:
    """In a file wrapped at a fixed width, a title that reaches the width wraps: its tail,
    capitalised or not, is still the title."""
    body = [
        "Điều 42. Nhiệm vụ và quyền hạn của Bộ, cơ quan ngang Bộ, cơ quan thuộc",
        "Chính phủ",
        "1. Tổ chức việc tuyển dụng và đào tạo, bồi dưỡng công chức do Bộ trực tiếp",
        "quản lý theo quy định của pháp luật về cán bộ, công chức hiện hành.",
    ]
    doc = _parse([*REGULATION[:5], *body, *REGULATION[-3:]])
    assert doc.tasks[0].text.endswith("cơ quan thuộc Chính phủ")


def test_a_bare_heading_keeps_the_request_that_follows_it() -> None:
    """``III. Tổ chức thực hiện`` with nothing of its own yet: the ``Trên đây là hướng dẫn ...
    Kính đề nghị X thực hiện`` under it is its text, not the letter's closing."""
    body = [
        "I. Thời gian tổ chức Đại hội",
        "Các Hội tổ chức Đại hội xong trước ngày 31/12/2026.",
        "II. Hồ sơ",
        "Hồ sơ gồm Đề án và danh sách nhân sự.",
        "III. Tổ chức thực hiện",
        "Trên đây là hướng dẫn của Ban Thường vụ Hiệp hội. Kính đề nghị Ban Chấp hành các Hội"
        " thực hiện đúng, đầy đủ các hướng dẫn nêu trên.",
    ]
    tree = _tree(_parse([*HEADER[:3], "HƯỚNG DẪN", "Tổ chức Đại hội", *body, *CLOSING]))
    assert tree["III"][0] == ["Ban Chấp hành các Hội"]


def test_a_request_in_a_list_of_powers_is_the_holder_s() -> None:
    """Under ``Nhiệm vụ, quyền hạn của Chánh Thanh tra tỉnh``, ``Yêu cầu Giám đốc sở ...`` is
    a power of the Chánh Thanh tra: the item is his, not the director's. Outside such a list
    ``Yêu cầu Sở Y tế ...`` still names the one asked."""
    body = [
        "Điều 22. Nhiệm vụ, quyền hạn của Chánh Thanh tra tỉnh",
        "1. Lãnh đạo, chỉ đạo công tác thanh tra trong phạm vi quản lý nhà nước của Ủy ban"
        " nhân dân tỉnh.",
        "2. Yêu cầu Giám đốc sở, Chủ tịch Ủy ban nhân dân cấp huyện báo cáo về công tác thanh tra.",
        "3. Kiến nghị Chủ tịch Ủy ban nhân dân tỉnh xem xét trách nhiệm của người vi phạm.",
        "Điều 23. Trách nhiệm thi hành",
        "1. Yêu cầu Sở Y tế báo cáo kết quả trước ngày 30/6/2026.",
    ]
    tree = _tree(_parse([*REGULATION[:5], *body, *REGULATION[-3:]]))
    owner = ["Chánh Thanh tra tỉnh"]
    assert [tree[f"Điều 22/{n}"][0] for n in ("1", "2", "3")] == [owner, owner, owner]
    assert tree["Điều 23/1"][0] == ["Sở Y tế"]


def test_an_article_s_title_ends_a_sentence_before_its_text() -> None:
    """``Điều 25. Tổ chức thi nâng ngạch`` over ``Hàng năm, cơ quan ... xây dựng kế hoạch``:
    the title has no final stop, but the text under it opens a sentence of its own, with its
    lead (a year's duty) and the subject after the lead's comma (who must act)."""
    body = [
        "Điều 10. Thông báo tuyển dụng",
        "Chậm nhất là 30 ngày trước ngày tổ chức tuyển dụng, cơ quan có thẩm quyền quản lý công"
        " chức phải thông báo công khai về tiêu chuẩn, điều kiện, số lượng cần tuyển.",
        "Điều 25. Tổ chức thi nâng ngạch",
        "Hàng năm, cơ quan có thẩm quyền quản lý công chức căn cứ vào cơ cấu ngạch công chức,"
        " xây dựng kế hoạch, chỉ tiêu thi nâng ngạch gửi Bộ Nội vụ.",
    ]
    doc = _parse([*REGULATION[:5], *body, *REGULATION[-3:]])
    tasks = {t.label: t for t in doc.tasks}
    assert tasks["Điều 10"].assignees == ["cơ quan có thẩm quyền quản lý công chức"]
    due = tasks["Điều 25"].deadline
    assert due is not None
    assert due.recurrence == "yearly"
    assert tasks["Điều 10"].text.startswith("Thông báo tuyển dụng Chậm nhất")  # as written


@pytest.mark.parametrize(
    ("text", "partners"),
    [
        pytest.param(
            "Chánh Thanh tra sở do Giám đốc sở bổ nhiệm sau khi thống nhất với Chánh Thanh tra"
            " tỉnh.",
            ["Chánh Thanh tra tỉnh"],
            id="consulted-before-a-competence",
        ),
        pytest.param(
            "Thống nhất với Sở Nội vụ về việc tham mưu Ủy ban nhân dân tỉnh công nhận Ban vận"
            " động.",
            [],
            id="an-opinion-agreeing-with-a-unit",
        ),
    ],
)
def test_the_one_consulted_first_coordinates(text: str, partners: list[str]) -> None:
    from congvan.extract.assignees import partners_in

    assert partners_in(text, []) == partners


def test_a_closing_formula_under_a_bare_heading_still_closes_the_letter() -> None:
    """A bare last heading keeps only a closing paragraph that asks for work; ``Trân trọng báo
    cáo./.`` under ``3. Kiến nghị`` is the letter's closing, not the item's text."""
    body = [
        "1. Kết quả thực hiện",
        "Sở Nội vụ đã hoàn thành 12 nhiệm vụ.",
        "2. Tồn tại, hạn chế",
        "Một số đơn vị còn chậm báo cáo.",
        "3. Kiến nghị",
        "Trân trọng báo cáo./.",
    ]
    doc = _parse([*HEADER[:3], "BÁO CÁO", "Kết quả công tác quý I", *body, *CLOSING])
    assert doc.tasks[-1].label == "3"
    assert doc.tasks[-1].text == "Kiến nghị"


def test_the_points_of_a_definitions_or_scope_article_assign_nobody() -> None:
    """``Điều 3. Giải thích từ ngữ`` defines terms and ``Điều 2. Đối tượng áp dụng`` says
    whom the rule covers: a unit named in their points must do nothing there."""
    body = [
        "Điều 2. Đối tượng áp dụng",
        "1. Các cơ quan nhà nước trên địa bàn tỉnh theo quy định tại Quy chế này.",
        "Điều 3. Giải thích từ ngữ",
        "1. Thanh tra nhân dân là hình thức giám sát của nhân dân đối với cơ quan, tổ chức, cá"
        " nhân có trách nhiệm ở xã, phường, thị trấn.",
        "Điều 4. Trách nhiệm của Thanh tra tỉnh",
        "1. Thanh tra tỉnh có trách nhiệm báo cáo kết quả trước ngày 30/6/2026.",
    ]
    tree = _tree(_parse([*REGULATION[:5], *body, *REGULATION[-3:]]))
    assert tree["Điều 2/1"][0] == []
    assert tree["Điều 3/1"][0] == []
    assert tree["Điều 4/1"] == (["Thanh tra tỉnh"], [], "2026-06-30")


def test_the_entries_under_a_caption_of_members_name_no_owner() -> None:
    """``1. Cơ quan thanh tra nhà nước, bao gồm:`` over ``b) Thanh tra bộ, cơ quan ngang bộ
    (sau đây gọi chung là Thanh tra bộ)`` lists what a body is made of; a long entry that
    puts a duty on someone still names them."""
    body = [
        "Điều 4. Cơ quan thực hiện chức năng thanh tra",
        "1. Cơ quan thanh tra nhà nước, bao gồm:",
        "a) Thanh tra Chính phủ;",
        "b) Thanh tra bộ, cơ quan ngang bộ (sau đây gọi chung là Thanh tra bộ);",
        "c) Thanh tra tỉnh có trách nhiệm tổng hợp, báo cáo Thanh tra Chính phủ kết quả hoạt"
        " động của các cơ quan thanh tra trên địa bàn tỉnh, thành phố trực thuộc trung ương và"
        " đề xuất biện pháp khắc phục.",
    ]
    tree = _tree(_parse([*REGULATION[:5], *body, *REGULATION[-3:]]))
    assert tree["Điều 4/1/a"][0] == []
    assert tree["Điều 4/1/b"][0] == []
    assert tree["Điều 4/1/c"][0] == ["Thanh tra tỉnh"]


@pytest.mark.parametrize(
    ("text", "partners"),
    [
        pytest.param(
            "Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Thương mại - Du lịch và các Sở, Ban,"
            " ngành liên quan tổ chức xúc tiến đầu tư.",
            ["Sở Thương mại - Du lịch", "các Sở, Ban, ngành liên quan"],
            id="a-capitalised-group-after-va",
        ),
        pytest.param(
            "Sở Tài nguyên và Môi trường chủ trì, phối hợp với Sở Tư pháp và các sở, ngành liên"
            " quan, trên cơ sở các quy định của pháp luật về đất đai, rà soát các văn bản.",
            ["Sở Tư pháp", "các sở, ngành liên quan"],
            id="a-ground-after-the-partners",
        ),
        pytest.param(
            "Bộ Công an chỉ đạo điều tra; phối hợp chặt chẽ với Bộ Quốc phòng, Bộ Nông nghiệp và"
            " Môi trường trong chỉ đạo, huy động lực lượng chữa cháy.",
            ["Bộ Quốc phòng", "Bộ Nông nghiệp và Môi trường"],
            id="trong-before-a-verb-ends-the-name",
        ),
        pytest.param(
            "Bộ Quốc phòng chỉ đạo các đơn vị; chủ động phối hợp với UBND các tỉnh, thành phố bảo"
            " vệ rừng tại khu vực biên giới.",
            ["UBND các tỉnh, thành phố"],
            id="bao-ve-is-the-partners-verb",
        ),
        pytest.param(
            "Bộ Văn hóa, Thể thao và Du lịch chủ trì, cùng với Đài Truyền hình Việt Nam, Đài Tiếng"
            " nói Việt Nam đẩy mạnh thông tin, tuyên truyền.",
            ["Đài Truyền hình Việt Nam", "Đài Tiếng nói Việt Nam"],
            id="cung-voi-after-the-lead",
        ),
        pytest.param(
            "Sở Nội vụ chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh tích hợp biểu mẫu"
            " trên hệ thống.",
            ["Văn phòng Ủy ban nhân dân tỉnh"],
            id="tich-hop-is-the-partners-verb",
        ),
    ],
)
def test_partners_split_before_a_group_and_end_before_a_ground(
    text: str, partners: list[str]
) -> None:
    from congvan.extract.assignees import partners_in

    assert partners_in(text, []) == partners


@pytest.mark.parametrize(
    ("text", "partners"),
    [
        pytest.param(
            "Giao Sở Tài chính chủ trì; Sở Nội vụ, Sở Tư pháp phối hợp thực hiện.",
            ["Sở Nội vụ", "Sở Tư pháp"],
            id="after-the-lead-s-clause",
        ),
        pytest.param(
            "Sở Y tế chủ trì thực hiện. Các sở, ngành liên quan phối hợp.",
            ["Các sở, ngành liên quan"],
            id="in-a-sentence-of-their-own",
        ),
        pytest.param("Sở Y tế chủ trì; Sở Nội vụ đã phối hợp thực hiện tốt.", [], id="a-past-fact"),
        pytest.param("Sở Y tế phối hợp thực hiện.", [], id="the-item-s-own-first-clause"),
        pytest.param(
            "Sở Y tế chủ trì; công tác phối hợp được tăng cường.", [], id="no-unit-before-it"
        ),
    ],
)
def test_the_units_whose_verb_is_phoi_hop_are_partners(text: str, partners: list[str]) -> None:
    from congvan.extract.assignees import partners_in

    assert partners_in(text, ["Sở Tài chính", "Sở Y tế"]) == partners


@pytest.mark.parametrize("blank", ["\n", "\n\n"], ids=["lines", "blank-lines"])
def test_a_label_alone_on_its_line_heads_the_text_under_it(blank: str) -> None:
    body = [
        "I.",
        "MỤC ĐÍCH, YÊU CẦU",
        "Bảo đảm tiến độ.",
        "II.",
        "TỔ CHỨC THỰC HIỆN",
        "1. Sở Nội vụ chủ trì tổ chức thực hiện, hoàn thành trước ngày 30/6/2026.",
        "2. Sở Tài chính bố trí kinh phí.",
    ]
    doc = congvan.parse_text(blank.join(HEADER + body + CLOSING))
    tasks = json.loads(doc.model_dump_json())["tasks"]
    assert [t["label"] for t in tasks] == ["I", "II"]
    assert tasks[0]["text"].startswith("MỤC ĐÍCH, YÊU CẦU")
    assert [t["label"] for t in tasks[1]["subtasks"]] == ["1", "2"]
    assert tasks[1]["subtasks"][1]["assignees"] == ["Sở Tài chính"]
    assert tasks[1]["subtasks"][0]["deadline"]["iso"] == "2026-06-30"


def test_an_article_s_number_alone_on_its_line_heads_the_line_after_it() -> None:
    lines = ["QUYẾT ĐỊNH", "Về việc giao nhiệm vụ", "Điều 1.", "Giao nhiệm vụ cho Sở Nội vụ."]
    doc = congvan.parse_text("\n".join(HEADER[:3] + lines + ["Điều 2.", "Trách nhiệm thi hành"]))
    assert [(t.label, t.text) for t in doc.tasks] == [
        ("Điều 1", "Giao nhiệm vụ cho Sở Nội vụ"),
        ("Điều 2", "Trách nhiệm thi hành"),
    ]


def test_a_page_number_alone_on_its_line_is_no_label() -> None:
    body = ["1. Sở Nội vụ chủ trì tổ chức thực hiện", "2", "các nội dung của Kế hoạch."]
    doc = congvan.parse_text("\n".join(HEADER + body + CLOSING))
    assert [t.label for t in doc.tasks] == ["1"]


def test_who_carries_an_item_out_may_close_its_paragraph() -> None:
    body = [
        "1. Tổng kết công tác năm 2026, gửi báo cáo về Sở Nội vụ trước ngày 05/12/2026. "
        "Cơ quan thực hiện: các thành viên Ban Chỉ đạo tỉnh.",
        "2. Khảo sát mức độ hài lòng của người dân. Đơn vị thực hiện: Phòng Tham mưu Công an tỉnh.",
    ]
    doc = congvan.parse_text("\n".join(HEADER + body + CLOSING))
    assert [t.assignees for t in doc.tasks] == [
        ["các thành viên Ban Chỉ đạo tỉnh"],
        ["Phòng Tham mưu Công an tỉnh"],
    ]


def test_a_programme_s_items_name_their_lead_after_the_topic_or_at_the_end() -> None:
    body = [
        "1. Xây dựng chương trình công tác tháng của UBND tỉnh, trước ngày 25 hằng tháng. "
        "Trách nhiệm thực hiện: Văn phòng UBND tỉnh.",
        "2. Tổng hợp, đánh giá tình hình kinh tế - xã hội, thu, chi ngân sách nhà nước hằng quý, "
        "phục vụ phiên họp thường kỳ của UBND tỉnh: Sở Tài chính chủ trì; các sở, ban, ngành "
        "phối hợp.",
        "3. Lập dự toán ngân sách nhà nước năm 2027. Cơ quan phối hợp: Thuế tỉnh Hưng Yên; Kho "
        "bạc Nhà nước khu vực V.",
    ]
    doc = congvan.parse_text("\n".join(HEADER + body + CLOSING))
    assert [(t.assignees, t.partners) for t in doc.tasks] == [
        (["Văn phòng UBND tỉnh"], []),
        (["Sở Tài chính"], ["các sở, ban, ngành"]),
        ([], ["Thuế tỉnh Hưng Yên", "Kho bạc Nhà nước khu vực V"]),
    ]


def test_a_place_caption_far_into_an_item_names_no_owner() -> None:
    body = [
        "1. Đào tạo quản trị hệ thống phần mềm, chuyển giao mã nguồn, chuyển đổi cơ sở dữ liệu "
        "từ phần mềm hiện đang sử dụng, sao lưu dữ liệu. - Thành phần: cán bộ Phòng CNTT. - Địa "
        "điểm: Phòng đào tạo - Thời gian đào tạo: Trong quá trình triển khai",
    ]
    doc = congvan.parse_text("\n".join(HEADER + body + CLOSING))
    assert doc.tasks[0].assignees == []


def test_a_label_alone_on_its_line_opens_its_item_in_text_copied_from_a_pdf() -> None:
    """``1.`` and ``a)`` alone over their heading, as a PDF's text copies out: the item is
    the label and the heading, never the tail of the paragraph before."""
    body = [
        "Phó Chủ tịch UBND tỉnh kết luận như sau:",
        "1.",
        "Nhiệm vụ trong thời gian tới",
        "a)",
        "Sở Xây dựng:",
        "- Chủ trì rà soát quỹ đất, tham mưu UBND tỉnh trước ngày 30/11/2026;",
        "b) Sở Tài chính hướng dẫn chủ đầu tư xác định giá bán.",
        "2.",
        "Giao Văn phòng UBND tỉnh theo dõi, đôn đốc.",
    ]
    doc = congvan.parse_text("\n".join(HEADER + body + CLOSING))
    assert [(t.label, [(s.label, s.assignees) for s in t.subtasks]) for t in doc.tasks] == [
        ("1", [("a", ["Sở Xây dựng"]), ("b", ["Sở Tài chính"])]),
        ("2", []),
    ]
    assert doc.tasks[0].subtasks[0].deadline is not None
    assert doc.tasks[1].assignees == ["Văn phòng UBND tỉnh"]


def test_a_label_alone_in_a_scan_stays_apart() -> None:
    """In what OCR read, a number alone is as often a table's row number or a page's: it
    joins nothing (a roman numeral or an article still heads the next line)."""
    from congvan.segment.joining import paragraphs
    from congvan.source import Line

    lines = [Line(no=i + 1, text=t) for i, t in enumerate(["1.", "Nhiệm vụ", "II.", "Kết luận"])]
    assert [p.text for p in paragraphs(lines, [], scanned=True)] == [
        "1.",
        "Nhiệm vụ",
        "II. Kết luận",
    ]
    assert [p.text for p in paragraphs(lines, [])] == ["1. Nhiệm vụ", "II. Kết luận"]


def test_attribute_lines_after_an_en_dash_name_the_lead_and_partners() -> None:
    body = [
        "1. Xây dựng, hoàn thiện hệ thống văn bản quy phạm pháp luật của tỉnh",
        "– Cơ quan chủ trì: Sở Tư pháp.",
        "– Cơ quan phối hợp: Các sở, ban, ngành; UBND các xã, phường.",
        "– Thời gian hoàn thành: Quý II/2026.",
    ]
    doc = congvan.parse_text("\n".join(HEADER + body + CLOSING))
    task = doc.tasks[0]
    assert (task.assignees, task.partners) == (
        ["Sở Tư pháp"],
        ["Các sở, ban, ngành", "UBND các xã, phường"],
    )
    assert task.deadline is not None


def test_noi_gui_opens_the_distribution_of_an_older_letter() -> None:
    closing = [
        "Nơi gửi:                                         TM/ UỶ BAN NHÂN DÂN HUYỆN",
        "- Như trên;                                              CHỦ TỊCH",
        "- Ban Chỉ huy PCLB tỉnh (để b/c);                        (Đã ký)",
        "- Lưu VP-UB.                                          Phan Công Lý",
    ]
    doc = congvan.parse_text("\n".join(HEADER + BODY + closing))
    assert [(d.name, d.note) for d in doc.distribution] == [
        ("Như trên", None),
        ("Ban Chỉ huy PCLB tỉnh", "để b/c"),
        ("Lưu VP-UB", None),
    ]
    assert doc.signer is not None
    assert doc.signer.name == "Phan Công Lý"


def test_the_lead_s_comma_ends_its_clause_and_the_next_unit_coordinates() -> None:
    body = [
        "1. Đoàn số 2 do Sở Nông nghiệp và Môi trường chủ trì, Công an tỉnh phối hợp: kiểm tra "
        "các cơ sở giết mổ; thời gian hoàn thành: trước ngày 05/02/2026.",
    ]
    doc = congvan.parse_text("\n".join(HEADER + body + CLOSING))
    assert (doc.tasks[0].assignees, doc.tasks[0].partners) == (
        ["Sở Nông nghiệp và Môi trường"],
        ["Công an tỉnh"],
    )


def test_the_writer_s_closing_demand_is_not_the_last_item_s_text() -> None:
    body = [
        "1. Sở Tài chính rà soát các khoản nợ đọng, hoàn thành trước ngày 30/3/2026.",
        "2. Về chế độ báo cáo. Các sở, ban, ngành tỉnh gửi báo cáo về Văn phòng UBND tỉnh "
        "trước ngày 20 hằng tháng.",
        "Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các cơ quan, đơn vị, địa phương nghiêm túc triển "
        "khai thực hiện; kết quả thực hiện là căn cứ đánh giá, xếp loại năm 2026./.",
    ]
    doc = congvan.parse_text("\n".join(HEADER + body + CLOSING))
    last = doc.tasks[-1]
    assert "Thủ trưởng" not in last.text
    assert "Thủ trưởng các cơ quan, đơn vị, địa phương" not in last.assignees


def test_a_member_s_entry_broken_over_two_paragraphs_names_no_owner() -> None:
    """A PDF or a Word file may break a member's seat (``..., Phó Trưởng`` / ``Ban Chỉ đạo.``):
    the entry says who sits on the body, read whole, not who must act."""
    body = [
        "Điều 1. Thành lập Ban Chỉ đạo, gồm các ông, bà có tên sau đây:",
        "1. Bộ trưởng Bộ Công an Đại tướng Lương Văn Tâm, Trưởng Ban Chỉ đạo.",
        "2. Thứ trưởng Bộ Công an Thượng tướng Nguyễn Văn Long, Phó Trưởng",
        "Ban Chỉ đạo.",
    ]
    doc = congvan.parse_bytes(_docx(HEADER + body + CLOSING), "qd.docx", ".docx")
    members = doc.tasks[0].subtasks
    assert [t.label for t in members] == ["1", "2"]
    assert [t.assignees for t in members] == [[], []]


ISSUING_DECISION = [
    "ỦY BAN NHÂN DÂN TỈNH GIA LAI",
    "Số: 320/QĐ-UBND",
    "Gia Lai, ngày 12 tháng 3 năm 2026",
    "QUYẾT ĐỊNH",
    "Ban hành Quy chế phối hợp quản lý chợ trên địa bàn tỉnh",
    "QUYẾT ĐỊNH:",
    "Điều 1. Ban hành Quy chế phối hợp quản lý chợ trên địa bàn tỉnh như sau:",
    "Chương I",
    "QUY ĐỊNH CHUNG",
    "Điều 1. Phạm vi điều chỉnh",
    "Quy chế này quy định việc phối hợp quản lý chợ.",
    "Điều 2. Trách nhiệm của Sở Công Thương",
    "1. Hướng dẫn phát triển mạng lưới chợ.",
    "Chương II",
    "TỔ CHỨC THỰC HIỆN",
    "Mục 1",
    "CẤP TỈNH",
    "Điều 3. Trách nhiệm của Sở Tài chính",
    "1. Bố trí kinh phí sửa chữa chợ.",
    "Mục 2",
    "CẤP XÃ",
    "Điều 4. Trách nhiệm của Ủy ban nhân dân các xã, phường",
    "1. Quản lý chợ hạng 3 trên địa bàn.",
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
    "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Công Thương chịu trách nhiệm thi hành"
    " Quyết định này.",
    *CLOSING,
]


def test_a_rule_a_decision_s_article_issues_nests_under_it_chapters_over_articles() -> None:
    """``Điều 1. Ban hành Quy chế ... như sau:`` followed by the Quy chế's chapters: they and
    the Quy chế's own ``Điều 1``–``4`` go under the decision's ``Điều 1``, a section under its
    chapter (not under the clause before it), and the decision's ``Điều 2``, numbered after
    the article that holds the rule, is its own again."""
    tree = _tree(_parse(ISSUING_DECISION))
    assert list(tree) == [
        "Điều 1",
        "Điều 1/Chương I",
        "Điều 1/Chương I/Điều 1",
        "Điều 1/Chương I/Điều 2",
        "Điều 1/Chương I/Điều 2/1",
        "Điều 1/Chương II",
        "Điều 1/Chương II/Mục 1",
        "Điều 1/Chương II/Mục 1/Điều 3",
        "Điều 1/Chương II/Mục 1/Điều 3/1",
        "Điều 1/Chương II/Mục 2",
        "Điều 1/Chương II/Mục 2/Điều 4",
        "Điều 1/Chương II/Mục 2/Điều 4/1",
        "Điều 2",
        "Điều 3",
    ]
    assert tree["Điều 1/Chương II/Mục 1/Điều 3/1"][0] == ["Sở Tài chính"]
    assert tree["Điều 3"][0] == ["Chánh Văn phòng UBND tỉnh", "Giám đốc Sở Công Thương"]


@pytest.mark.parametrize(
    ("text", "partners"),
    [
        pytest.param(
            "Công an tỉnh chủ trì, phối hợp với Chi cục Kiểm lâm, Viện Kiểm sát nhân dân tỉnh"
            " điều tra, làm rõ các vụ phá rừng.",
            ["Chi cục Kiểm lâm", "Viện Kiểm sát nhân dân tỉnh"],
            id="investigating-is-the-verb",
        ),
        pytest.param(
            "Công an tỉnh chủ trì, phối hợp với Cơ quan Cảnh sát điều tra Công an huyện kiểm"
            " tra các vụ việc.",
            ["Cơ quan Cảnh sát điều tra Công an huyện"],
            id="an-investigating-office-s-name",
        ),
        pytest.param(
            "Sở Xây dựng chủ trì, phối hợp với UBND các xã, phường tổng kiểm tra an toàn phòng"
            " cháy đối với nhà ở.",
            ["UBND các xã, phường"],
            id="a-general-inspection-is-the-verb",
        ),
        pytest.param(
            "Chủ trì phối hợp với Kho bạc Nhà nước tỉnh và Ban Quản lý chợ các quận, huyện áp"
            " dụng các biện pháp cưỡng chế theo quy định.",
            ["Kho bạc Nhà nước tỉnh", "Ban Quản lý chợ các quận, huyện"],
            id="applying-is-the-verb",
        ),
    ],
)
def test_a_partner_s_name_ends_at_its_verb(text: str, partners: list[str]) -> None:
    from congvan.extract.assignees import assignees_in, partners_in

    assert partners_in(text, assignees_in(text)) == partners


def test_a_heading_addressed_to_a_unit_assigns_its_points() -> None:
    """``1. Đối với Chủ tịch UBND các xã, phường`` over lettered points: the heading names
    who the points ask, as ``1. Chủ tịch UBND các xã, phường:`` does."""
    body = [
        "1. Đối với Chủ tịch UBND các xã, phường",
        "a) Tập trung chỉ đạo giải quyết dứt điểm hồ sơ quá hạn trước ngày 13/02/2026.",
        "b) Rà soát, bố trí công chức đúng vị trí việc làm.",
        "2. Đối với cơ quan thuế.",
        "2.1. Mở sổ theo dõi nhập, xuất hoá đơn.",
    ]
    tree = _tree(_parse([*HEADER, *body, *CLOSING]))
    assert tree["1"][0] == ["Chủ tịch UBND các xã, phường"]
    assert tree["1/a"][0] == ["Chủ tịch UBND các xã, phường"]
    assert tree["2/2.1"][0] == ["cơ quan thuế"]


DIRECTIVE = [
    "THỦ TƯỚNG CHÍNH PHỦ",
    "Số: 27/CĐ-TTg",
    "Hà Nội, ngày 03 tháng 3 năm 2026",
    "CÔNG ĐIỆN",
    "Về việc chủ động ứng phó với hạn hán",
    "THỦ TƯỚNG CHÍNH PHỦ điện:",
    "- Bộ trưởng các Bộ: Công Thương, Y tế, Xây dựng;",
    "- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố.",
    "Để chủ động ứng phó, Thủ tướng Chính phủ yêu cầu:",
]


def test_a_directed_item_s_later_sentences_assign_the_units_that_open_them() -> None:
    """Under a leader's directions (``Thủ tướng Chính phủ yêu cầu:``) a sentence that opens
    with a unit and its own verb assigns that unit, whatever the verb; one that tells what is,
    was or may be (``chỉ được``, ``mới``, ``đã``) assigns nobody, nor does the writer's
    closing sentence."""
    body = [
        "1. Bảo đảm cung ứng điện ổn định cho các trạm bơm là yêu cầu cấp bách. Bộ trưởng Bộ "
        "Công Thương chỉ đạo các đơn vị bảo đảm cung ứng đủ điện; Tập đoàn Điện lực Việt Nam "
        "xây dựng phương án vận hành, hoàn thành trước ngày 10/3/2026.",
        "2. Bộ trưởng Bộ Y tế chỉ đạo các cơ sở y tế hướng dẫn người dân. Bộ trưởng Bộ Xây "
        "dựng hướng dẫn các địa phương kiểm tra tình trạng sụt lún.",
        "3. Để kịp thời đáp ứng nhu cầu vật liệu cho giai đoạn cao điểm thi công mùa khô năm "
        "2026, trên cơ sở kết quả rà soát trữ lượng các mỏ đất, đá, cát trên địa bàn các tỉnh "
        "Tây Nguyên, Bộ Nông nghiệp và Môi trường hướng dẫn các địa phương trình tự, thủ tục.",
        "4. Rà soát các công trình thủy lợi. Công an xã, phường, thị trấn mới thực hiện việc "
        "cho đăng ký sau khi có ý kiến chấp thuận.",
        "5. Giao Phó Thủ tướng Chính phủ Lương Minh Khải trực tiếp chỉ đạo các Bộ, cơ quan, "
        "địa phương triển khai Công điện này.",
        "6. Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện.",
        "Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./.",
    ]
    tree = _tree(_parse([*DIRECTIVE, *body, *CLOSING]))
    assert tree["1"][0] == ["Bộ trưởng Bộ Công Thương", "Tập đoàn Điện lực Việt Nam"]
    assert tree["2"][0] == ["Bộ trưởng Bộ Y tế", "Bộ trưởng Bộ Xây dựng"]
    assert tree["3"][0] == ["Bộ Nông nghiệp và Môi trường"]
    assert "Công an xã, phường, thị trấn" not in " ".join(tree["4"][0])
    assert tree["5"][0] == ["Phó Thủ tướng Chính phủ Lương Minh Khải"]
    assert tree["6"][0] == ["Văn phòng Chính phủ"]


def test_a_guide_s_later_sentences_assign_only_by_a_duty() -> None:
    """A lead-in that asks among peers (``đề nghị ... thực hiện như sau:``), not a leader's
    directions: a later sentence's unit is an owner only when bound to a duty."""
    body = [
        "Sở Nội vụ đề nghị các cơ quan, đơn vị thực hiện như sau:",
        "1. Rà soát hồ sơ công chức. Sở Tài chính hướng dẫn việc lập dự toán.",
        "2. Tổng hợp báo cáo. Sở Tư pháp có trách nhiệm thẩm định văn bản.",
    ]
    tree = _tree(_parse([*HEADER, *body, *CLOSING]))
    assert "Sở Tài chính" not in tree["1"][0]
    assert "Sở Tư pháp" in tree["2"][0]


def test_a_request_the_item_s_unit_only_proposes_is_not_its_owner_s() -> None:
    """``Sở Xây dựng tham mưu UBND tỉnh giao nhiệm vụ cho các cơ quan ...``: the Sở is asked
    to advise; the ones the UBND would assign are not the item's owners."""
    body = [
        "1. Về tháo gỡ khó khăn cho các dự án: Sở Xây dựng tham mưu Ủy ban nhân dân tỉnh giao "
        "nhiệm vụ cho các cơ quan, đơn vị theo bảng dưới đây.",
        "2. Giao Sở Tài chính chủ trì thẩm định dự toán.",
    ]
    tree = _tree(_parse([*HEADER, *body, *CLOSING]))
    assert tree["1"][0] == ["Sở Xây dựng"]
    assert tree["2"][0] == ["Sở Tài chính"]


def test_an_item_that_names_its_parent_s_owner_again_keeps_the_parent_s_partners() -> None:
    body = [
        "1. Sở Nội vụ chủ trì, phối hợp với các cơ quan, đơn vị liên quan:",
        "a) Tổng hợp, tự đánh giá chỉ số cải cách hành chính hằng tháng. Trường hợp cần thiết, "
        "Sở Nội vụ thực hiện báo cáo chuyên đề.",
        "b) Sở Tư pháp thẩm định các văn bản.",
    ]
    tree = _tree(_parse([*HEADER, *body, *CLOSING]))
    assert tree["1/a"][:2] == (["Sở Nội vụ"], ["các cơ quan, đơn vị liên quan"])
    assert tree["1/b"][:2] == (["Sở Tư pháp"], [])


def test_a_glued_signing_authority_leaves_the_last_n_oi_nh_an_entry() -> None:
    """A .doc that LibreOffice saved drops its closing table's cell ends, and the last entry
    of the list runs into the signer's authority: ``- Lưu: VT, CAT (PC17).KT. TRƯỞNG BAN``."""
    doc = _parse(
        [
            *HEADER,
            "1. Công an tỉnh chủ trì đấu tranh, truy quét.",
            "Nơi nhận:",
            "- UBND các huyện, thành phố;",
            "- Lưu: VT, CAT (PC17).KT. TRƯỞNG BAN",
            "PHÓ TRƯỞNG BAN THƯỜNG TRỰC",
            "(Đã ký)",
            "Hoàng Minh Tuấn",
        ]
    )
    assert [d.name for d in doc.distribution] == [
        "UBND các huyện, thành phố",
        "Lưu: VT, CAT (PC17)",
    ]
    assert doc.signer is not None
    assert doc.signer.chain == ["KT. TRƯỞNG BAN"]
    assert doc.signer.name == "Hoàng Minh Tuấn"


def test_a_leader_s_directions_name_no_owner_and_a_bare_head_word_names_none() -> None:
    """``Chủ tịch UBND tỉnh kết luận và chỉ đạo như sau:`` asks nobody named: the one who
    speaks owns no item. ``Sở tổ chức kiểm tra`` under ``1. Sở Nông nghiệp và Môi trường:``
    is the Sở already named, no unit called ``Sở tổ chức``."""
    lines = [
        "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG",
        "Số: 41/TB-UBND",
        "Lâm Đồng, ngày 20 tháng 11 năm 2025",
        "THÔNG BÁO",
        "Kết luận của Chủ tịch UBND tỉnh tại buổi làm việc với Sở Nông nghiệp và Môi trường",
        "Sau khi nghe báo cáo, Chủ tịch UBND tỉnh kết luận và chỉ đạo như sau:",
        "1. Sở Nông nghiệp và Môi trường:",
        "a) Về quản lý khoáng sản: Ngày 28/8/2025, UBND tỉnh đã phê duyệt Phương án bảo vệ "
        "khoáng sản. Sở tổ chức kiểm tra các điểm khai thác cát trái phép, hoàn thành trước "
        "ngày 31/3/2026.",
        "2. Về các kiến nghị của Sở Nông nghiệp và Môi trường:",
        "a) Sở Tài chính thẩm định dự toán kinh phí.",
    ]
    tree = _tree(_parse([*lines, *CLOSING]))
    assert tree["1/a"][0] == ["Sở Nông nghiệp và Môi trường"]
    assert tree["2"][0] == []
    assert tree["2/a"][0] == ["Sở Tài chính"]


def test_an_article_s_first_line_wrapped_mid_name_is_no_heading() -> None:
    """A PDF's line ends inside a name (``... Giám đốc Sở Khoa học và Công`` over ``nghệ,
    Thủ trưởng ...``): the executing article's list is read whole, not its first line as a
    heading."""
    lines = [
        *HEADER[:3],
        "QUYẾT ĐỊNH",
        "Về việc giao nhiệm vụ",
        "QUYẾT ĐỊNH:",
        "Điều 1. Giao Sở Khoa học và Công nghệ chủ trì thực hiện Đề án.",
        "Điều 2. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Khoa học và Công",
        "nghệ, Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các xã, phường chịu trách nhiệm",
        "thi hành Quyết định này./.",
    ]
    tree = _tree(_parse([*lines, *CLOSING]))
    assert tree["Điều 2"][0] == [
        "Chánh Văn phòng UBND tỉnh",
        "Giám đốc Sở Khoa học và Công nghệ",
        "Thủ trưởng các sở, ban, ngành",
        "Chủ tịch UBND các xã, phường",
    ]


def _plan(body: list[str]) -> congvan.Document:
    """The plan of HEADER and CLOSING with ``body`` between them, parsed."""
    return congvan.parse_bytes("\n".join([*HEADER, *body, *CLOSING]).encode(), "kh.txt", ".txt")


def test_the_paragraph_under_a_topic_heading_is_the_item_s_own_first_sentence() -> None:
    """Under a heading (``2. Về dữ liệu dân cư``), a unit opening the paragraph, or opening it
    after its opening clause, does the item's work whatever its verb; one told of (``đã``) or
    exempted (``không phải``) does not."""
    body = [
        "II. NHIỆM VỤ",
        "1. Về kinh tế số",
        "Phòng Kinh tế hướng dẫn các hộ kinh doanh đưa sản phẩm OCOP lên sàn thương mại điện tử.",
        "2. Về dữ liệu dân cư",
        "Trên cơ sở dữ liệu đã được làm sạch, Công an xã tiếp tục cập nhật thông tin cư trú.",
        "3. Về văn hóa",
        "Phòng Văn hóa - Xã hội đã số hóa hồ sơ các thiết chế văn hóa.",
        "4. Về thuế",
        "Hộ kinh doanh nhỏ không phải nộp thuế môn bài năm 2026.",
    ]
    (section,) = _plan(body).tasks
    assert [(t.label, t.assignees) for t in section.subtasks] == [
        ("1", ["Phòng Kinh tế"]),
        ("2", ["Công an xã"]),
        ("3", []),
        ("4", []),
    ]


def test_a_party_named_by_what_it_pays_and_a_holder_of_rights() -> None:
    """``Đối tượng nộp thuế phải ...``: the party's own words (``nộp thuế``) are no verb of
    its; ``X có quyền:`` over its points names X, as ``X có trách nhiệm:`` does."""
    body = [
        "Điều 1. Đăng ký thuế",
        "Đối tượng nộp thuế phải đăng ký thuế với cơ quan thuế trực tiếp quản lý.",
        "Điều 2. Quyền của người ra quyết định thanh tra",
        "1. Người ra quyết định thanh tra có quyền:",
        "a) Yêu cầu cung cấp tài liệu;",
        "b) Trưng cầu giám định.",
    ]
    first, second = _plan(body).tasks
    assert first.assignees == ["Đối tượng nộp thuế"]
    (rights,) = second.subtasks
    assert rights.assignees == ["Người ra quyết định thanh tra"]
    assert [t.assignees for t in rights.subtasks] == [["Người ra quyết định thanh tra"]] * 2


def test_a_recipient_wrapped_in_a_transcript_is_one_name() -> None:
    """A Kính gửi entry cut at its comma or dash by a transcript's line goes on with the next
    line (``Giao thông - Vận tải, Xây dựng;``); the entries after it are read on."""
    doc = _parse(
        [
            "UỶ BAN NHÂN DÂN TỈNH QUẢNG NGÃI",
            "Số: 09/CĐ-UB",
            "Quảng Ngãi, ngày 14 tháng 11 năm 1998",
            "V/v khẩn trương đối phó với cơn bão số 8",
            "Kính gửi: - Chủ tịch UBND các huyện, thị xã;",
            "- Giám đốc các Sở: Nông nghiệp và PTNT, Thuỷ sản,",
            "Giao thông - Vận tải, Xây dựng;",
            "- Sở Lao động -",
            "Thương binh và Xã hội;",
            "- Giám đốc Công an tỉnh.",
            "Chủ tịch UBND tỉnh yêu cầu các đơn vị triển khai ngay các biện pháp phòng, chống bão.",
            *CLOSING,
        ]
    )
    assert [r.name for r in doc.recipients] == [
        "Chủ tịch UBND các huyện, thị xã",
        "Giám đốc các Sở: Nông nghiệp và PTNT, Thuỷ sản, Giao thông - Vận tải, Xây dựng",
        "Sở Lao động - Thương binh và Xã hội",
        "Giám đốc Công an tỉnh",
    ]
    assert doc.doc_type is not None
    assert doc.doc_type.name == "Công điện"


def test_a_body_sentence_after_a_recipient_line_ending_in_a_comma_is_no_name() -> None:
    """A short ground after a Kính gửi line that ends in a comma opens the body."""
    doc = _parse(
        [
            "UBND TỈNH LÂM ĐỒNG",
            "Số: 12/UBND-VX",
            "V/v báo cáo kết quả thực hiện",
            "Lâm Đồng, ngày 01 tháng 02 năm 2026",
            "Kính gửi: Các sở, ban, ngành,",
            "Thực hiện Công văn số 5 của Bộ Nội vụ, UBND tỉnh đề nghị:",
            "1. Các sở, ban, ngành báo cáo kết quả trước ngày 20/02/2026.",
            *CLOSING,
        ]
    )
    assert [r.name for r in doc.recipients] == ["Các sở, ban, ngành"]


def test_a_table_cell_that_says_who_leads_and_who_coordinates_splits_them() -> None:
    """An ``Đơn vị thực hiện`` column whose cell writes ``X chủ trì; Y phối hợp`` gives X as
    the lead and Y as a partner, as the item's own sentence would (round 0.26.0)."""
    head = ["STT", "Nội dung", "Đơn vị thực hiện", "Thời gian"]
    rows = [
        [
            "1",
            "Xây dựng đề án phát triển văn hoá",
            "Phòng Kế hoạch - Tài chính chủ trì; các phòng, đơn vị thuộc Sở phối hợp",
            "Quý II/2026",
        ],
        [
            "2",
            "Tuyên truyền kỷ niệm ngày thành lập tỉnh",
            "Trung tâm Văn hoá tỉnh chủ trì, Đài Phát thanh - Truyền hình tỉnh phối hợp",
            "Tháng 8/2026",
        ],
        [
            "3",
            "Rà soát giấy phép kinh doanh karaoke",
            "Phòng Nghiệp vụ, Thanh tra Sở",
            "Quý III/2026",
        ],
    ]
    doc = congvan.parse_bytes(_table_docx(head, rows), "ctr.docx", ".docx")
    one, two, three = doc.tasks[1].subtasks[:3]
    assert (one.assignees, one.partners) == (
        ["Phòng Kế hoạch - Tài chính"],
        ["các phòng, đơn vị thuộc Sở"],
    )
    assert (two.assignees, two.partners) == (
        ["Trung tâm Văn hoá tỉnh"],
        ["Đài Phát thanh - Truyền hình tỉnh"],
    )
    assert (three.assignees, three.partners) == (["Phòng Nghiệp vụ", "Thanh tra Sở"], [])


DIVISION = """ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH LÂM ĐỒNG\tĐộc lập - Tự do - Hạnh phúc
Số: 15/QĐ-UBND\tLâm Đồng, ngày 08 tháng 01 năm 2027
QUYẾT ĐỊNH
Về việc phân công nhiệm vụ của Chủ tịch, các Phó Chủ tịch UBND tỉnh
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
QUYẾT ĐỊNH:
Điều 1. Phân công nhiệm vụ như sau:
1. Phó Chủ tịch UBND tỉnh Trần Minh Khoa:
a) Giúp Chủ tịch UBND tỉnh theo dõi, chỉ đạo các lĩnh vực xây dựng, giao thông.
b) Chỉ đạo hoàn thành thẩm định quy hoạch chung trong quý II/2027.
2. Giám đốc Sở Xây dựng, Giám đốc Sở Công Thương và
Trưởng Ban Quản lý các khu công nghiệp tỉnh báo cáo Phó Chủ tịch UBND tỉnh
về đầu tư hạ tầng các khu công nghiệp.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
CHỦ TỊCH
Hồ Văn Mười
"""


def test_a_deputy_heading_over_his_duties_owns_them_and_a_line_wrapped_at_va_goes_on() -> None:
    """``Phó Chủ tịch UBND tỉnh Trần Minh Khoa:`` over lettered duties names their owner (a
    deputy in a sentence does not); an item's first line that ends with ``và`` is wrapped, its
    sentence goes on under it (round 0.26.0)."""
    doc = congvan.parse_text(DIVISION)
    deputy, heads = doc.tasks[0].subtasks[:2]
    assert deputy.assignees == ["Phó Chủ tịch UBND tỉnh Trần Minh Khoa"]
    assert [t.assignees for t in deputy.subtasks] == [deputy.assignees] * 2
    assert heads.assignees == [
        "Giám đốc Sở Xây dựng",
        "Giám đốc Sở Công Thương",
        "Trưởng Ban Quản lý các khu công nghiệp tỉnh",
    ]


CABLE = """ỦY BAN NHÂN DÂN TỈNH NAM LÂM          CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
BAN CHỈ HUY PHÒNG CHỐNG LỤT BÃO              Độc lập - Tự do - Hạnh phúc
Số: 07/CĐ-PCLB                            Nam Lâm, ngày 02 tháng 11 năm 1999
CÔNG ĐIỆN KHẨN
BAN CHỈ HUY PHÒNG CHỐNG LỤT BÃO TỈNH NAM LÂM điện:
- Chủ tịch UBND các huyện, thị xã;
- Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh.
Mưa lũ đang lên nhanh. Ban chỉ huy PCLB tỉnh yêu cầu:
1- Tổ chức trực ban 24/24 giờ, theo dõi chặt chẽ diễn biến mưa lũ.
2- Sơ tán ngay các hộ dân vùng trũng, hoàn thành trước 18 giờ ngày 02-11-1999.
Nơi nhận: Như trên, TT Tỉnh uỷ (b/c), Lưu VP.
KT/ TRƯỞNG BAN
PHÓ TRƯỞNG BAN
Võ Thanh Sơn
"""


def test_a_cable_s_addressees_own_its_items_and_its_title_carries_its_urgency() -> None:
    """``CÔNG ĐIỆN KHẨN`` is a công điện marked Khẩn, the ``... điện:`` line no subject but
    the head of its addressees, who own the items it asks of them, one unit each; a Nơi
    nhận written on its own line is a list (round 0.26.0)."""
    doc = congvan.parse_text(CABLE)
    assert doc.doc_type is not None
    assert (doc.doc_type.name, doc.urgency, doc.subject) == ("Công điện", "Khẩn", None)
    assert [r.name for r in doc.recipients] == [
        "Chủ tịch UBND các huyện, thị xã",
        "Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh",
    ]
    assert doc.tasks[0].assignees == [
        "Chủ tịch UBND các huyện, thị xã",
        "Bộ Chỉ huy Quân sự tỉnh",
        "Công an tỉnh",
    ]
    assert [(e.name, e.note) for e in doc.distribution] == [
        ("Như trên", None),
        ("TT Tỉnh uỷ", "b/c"),
        ("Lưu VP", None),
    ]


def test_a_heading_of_duties_over_bullets_gives_the_bullets_units() -> None:
    """``4. Trách nhiệm của các thôn, Mặt trận và các trường học`` over ``- Trưởng thôn: ...``
    bullets: the heading sums up, the bullets say who; and a colon in a bullet does not make
    the heading and the bullet one name (``Mặt trận và các trường học. - Trưởng thôn``)."""
    body = [
        "III. TỔ CHỨC THỰC HIỆN",
        "",
        "1. Trạm Y tế xã chủ trì giám sát ca bệnh, báo cáo UBND xã hằng tuần.",
        "",
        "2. Trách nhiệm của các thôn, Mặt trận và các trường học",
        "",
        "- Trưởng thôn: lập danh sách hộ gia đình có nguy cơ cao, gửi Trạm Y tế xã trước"
        " ngày 25/3/2027.",
        "",
        "- Hiệu trưởng các trường Mầm non, Tiểu học trên địa bàn: tổ chức vệ sinh trường lớp.",
        "",
    ]
    text = "\n".join([*HEADER, "", *body, *CLOSING])
    doc = congvan.parse_text(text)
    item = doc.tasks[0].subtasks[1]
    assert item.label == "2"
    assert item.assignees == [
        "Trưởng thôn",
        "Hiệu trưởng các trường Mầm non, Tiểu học trên địa bàn",
    ]


def test_a_signer_typed_above_a_list_alone_in_its_table_is_the_signer() -> None:
    """A giấy mời whose signature block is typed as paragraphs and whose Nơi nhận stands alone
    in a one-cell table under it: the paragraphs are the signer, not lost."""
    d = docx.Document()
    for text in [*HEADER[:3], "GIẤY MỜI", "Dự Hội nghị phổ biến quy định mới về lao động"]:
        d.add_paragraph(text)
    d.add_paragraph("Kính mời Ông (Bà) Giám đốc các doanh nghiệp đến dự Hội nghị.")
    d.add_paragraph("Rất mong sự có mặt đúng giờ của Quý Ông (Bà)./.")
    for text in ["KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "", "(Đã ký)", "", "Lâm Quốc Việt", ""]:
        d.add_paragraph(text)
    cell = d.add_table(rows=1, cols=1).cell(0, 0)
    cell.text = "Nơi nhận:"
    for entry in ["- Như trên;", "- UBND tỉnh (để b/c);", "- Lưu: VT, QLLĐ."]:
        cell.add_paragraph(entry)
    out = io.BytesIO()
    d.save(out)
    doc = congvan.parse_bytes(out.getvalue(), "gm.docx", ".docx")
    assert doc.signer is not None
    assert (doc.signer.authority, doc.signer.position, doc.signer.name) == (
        "KT.",
        "PHÓ TRƯỞNG BAN",
        "Lâm Quốc Việt",
    )
    assert [x.name for x in doc.distribution] == ["Như trên", "UBND tỉnh", "Lưu: VT, QLLĐ"]


# --- round 0.30.0 -------------------------------------------------------------------------


def test_a_list_line_captioned_by_its_unit_over_a_duty_names_the_whole_unit() -> None:
    """``- Phòng Hành chính quản trị: phát quang ...``: the caption before the colon is the
    unit's name whole (``quản trị`` is the name's, not its verb) when a duty in lower case
    follows; a caption over names (``- Các sở, ngành: Văn phòng UBND tỉnh, ...``) or over an
    abbreviation (``- Ban chỉ đạo: BCĐ``) is no owner of its own."""
    doc = _parse([
        *HEADER, "I. TỔ CHỨC THỰC HIỆN",
        "1. Phòng, chống dịch trong đơn vị:",
        "- Khoa Truyền nhiễm: chuẩn bị khu vực điều trị, giường bệnh;",
        "- Phòng Hành chính quản trị: phát quang bụi rậm, khơi thông cống rãnh.",
        "2. Phân công chuẩn bị:",
        "- Giao Sở Nội vụ chuẩn bị báo cáo tóm tắt kết quả năm 2025.",
        "- Các sở, ngành: Văn phòng UBND tỉnh, Sở Tư pháp chuẩn bị báo cáo có liên quan.",
        "3. Ký hiệu viết tắt trong báo cáo:",
        "- Ban chỉ đạo: BCĐ;",
        "- Hội đồng nhân dân: HĐND.",
        *CLOSING,
    ])  # fmt: skip
    one, two, three = doc.tasks[0].subtasks
    assert one.assignees == ["Khoa Truyền nhiễm", "Phòng Hành chính quản trị"]
    assert two.assignees == ["Sở Nội vụ", "Văn phòng UBND tỉnh", "Sở Tư pháp"]
    assert three.assignees == []


def test_a_first_part_lettered_in_capitals_over_a_heading_in_lower_case_opens_the_tree() -> None:
    """A transcript keeps a TCVN3 capital font's headings in lower case: ``A- các biện pháp
    cấp bách`` over ``1-`` items is the first part, and ``B- tổ chức thực hiện`` the next; the
    numbered items nest under their part."""
    doc = _parse([
        "bộ y tế", "Số: 1245/BYT-YTDP", "Hà Nội, ngày 08 tháng 11 năm 1999", "công điện",
        "về việc phòng chống dịch bệnh sau lũ",
        "Bộ trưởng Bộ Y tế yêu cầu:",
        "A- các biện pháp cấp bách cần triển khai ngay",
        "1- Sở Y tế các tỉnh tổ chức các đội y tế cơ động, hoàn thành trước ngày 12/11/1999.",
        "2- Viện Pasteur Nha Trang cử ngay các đoàn cán bộ chuyên môn giám sát dịch bệnh.",
        "B- tổ chức thực hiện",
        "Giao Vụ Y tế dự phòng theo dõi, đôn đốc việc thực hiện Công điện này./.",
        "kt. bộ trưởng bộ y tế", "thứ trưởng", "Trịnh Quang Lộc",
    ])  # fmt: skip
    assert [(t.label, [c.label for c in t.subtasks]) for t in doc.tasks] == [
        ("A", ["1", "2"]),
        ("B", []),
    ]
    assert doc.tasks[0].subtasks[1].assignees == ["Viện Pasteur Nha Trang"]
    assert doc.tasks[1].assignees == ["Vụ Y tế dự phòng"]


def test_who_executes_a_directive_after_its_last_item_is_not_that_item_s_owner() -> None:
    """``Các Bộ trưởng, ... chịu trách nhiệm thi hành Chỉ thị này./.`` after the last item of a
    chỉ thị closes the letter: the last item keeps its own owner; in a quyết định the same
    paragraph under ``Điều 3.`` is the article's own and assigns the units it names."""
    directive = _parse([
        "THỦ TƯỚNG CHÍNH PHỦ", "Số: 19/2001/CT-TTg", "Hà Nội, ngày 12 tháng 6 năm 2001", "CHỈ THỊ",
        "Về việc đẩy mạnh Chương trình nước sạch nông thôn", "Thủ tướng Chính phủ chỉ thị:",
        "1- Bộ Tài chính hướng dẫn cơ chế cấp phát vốn, xong trước ngày 30-9-2001.",
        "2- Sở Nông nghiệp và Phát triển nông thôn các tỉnh hướng dẫn việc quản lý công trình.",
        "Các Bộ trưởng, Chủ tịch Uỷ ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chịu "
        "trách nhiệm thi hành Chỉ thị này./.",
        "THỦ TƯỚNG", "Phan Văn Khải",
    ])  # fmt: skip
    assert [t.assignees for t in directive.tasks] == [
        ["Bộ Tài chính"],
        ["Sở Nông nghiệp và Phát triển nông thôn các tỉnh"],
    ]
    decision = _parse([
        *HEADER[:3], "QUYẾT ĐỊNH", "Về việc thành lập Tổ công tác",
        "Điều 1. Thành lập Tổ công tác chuyển đổi số của tỉnh.",
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
        "Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ chịu trách nhiệm thi hành Quyết định "
        "này./.",
        *CLOSING[3:],
    ])  # fmt: skip
    assert decision.tasks[-1].assignees == ["Chánh Văn phòng UBND tỉnh", "Giám đốc Sở Nội vụ"]


def test_a_request_among_a_body_s_duties_is_its_power_not_a_task_of_the_one_asked() -> None:
    """Under ``Điều 7. Trách nhiệm của Viện kiểm sát nhân dân các cấp``, ``Kiểm sát việc ...;
    yêu cầu Cơ quan điều tra cung cấp hồ sơ`` is the Viện kiểm sát's duty; a point that
    opens with a unit of its own still names it."""
    doc = _parse([
        "BỘ CÔNG AN", "Số: 06/2012/TTLT-BCA-VKSNDTC", "Hà Nội, ngày 15 tháng 5 năm 2012",
        "THÔNG TƯ LIÊN TỊCH", "Hướng dẫn tiếp nhận tố giác, tin báo về tội phạm",
        "Điều 7. Trách nhiệm của Viện kiểm sát nhân dân các cấp",
        "1. Kiểm sát việc tiếp nhận, giải quyết tố giác, tin báo về tội phạm; yêu cầu Cơ quan "
        "điều tra cung cấp hồ sơ, tài liệu có liên quan.",
        "2. Viện kiểm sát nhân dân cấp tỉnh tổng hợp tình hình, báo cáo Viện kiểm sát nhân dân "
        "tối cao định kỳ 6 tháng.",
        "Điều 8. Hiệu lực thi hành", "Thông tư liên tịch này có hiệu lực từ ngày 01/7/2012.",
        "BỘ TRƯỞNG", "Trần Đại Quang",
    ])  # fmt: skip
    one, two = doc.tasks[0].subtasks
    assert one.assignees == ["Viện kiểm sát nhân dân các cấp"]
    assert two.assignees == ["Viện kiểm sát nhân dân cấp tỉnh"]


def test_a_table_with_a_focal_unit_a_units_concerned_column_and_a_run_of_months() -> None:
    """``Đơn vị đầu mối`` is the lead column and ``Đơn vị liên quan`` the partners'; a time
    cell running from a month to a month is due in the second."""
    head = ["TT", "Nội dung", "Đơn vị đầu mối", "Đơn vị liên quan", "Thời hạn", "Ghi chú"]
    rows = [
        ["1", "Giải ngân vốn cho vay giải quyết việc làm", "Phòng Kế hoạch - Nghiệp vụ tín dụng",
         "Các Phòng giao dịch huyện, thị xã", "Trước 30/9/2026", ""],
        ["2", "Tổng kết hoạt động năm 2026", "Phòng Hành chính - Tổ chức", "Các phòng chuyên môn",
         "Tháng 12/2026 - tháng 01/2027", "Chọn mẫu 10%"],
    ]  # fmt: skip
    doc = congvan.parse_bytes(_table_docx(head, rows), "kh.docx", ".docx")
    one, two = doc.tasks[1].subtasks[:2]
    assert (one.assignees, one.partners) == (
        ["Phòng Kế hoạch - Nghiệp vụ tín dụng"],
        ["Các Phòng giao dịch huyện, thị xã"],
    )
    assert (two.assignees, two.partners) == (
        ["Phòng Hành chính - Tổ chức"],
        ["Các phòng chuyên môn"],
    )
    assert two.deadline is not None
    assert two.deadline.iso == "2027-01"


def test_a_heading_wrapped_after_its_plural_names_the_units_over_its_points() -> None:
    """``I. Đối với Hiệu trưởng các trường THPT, Giám đốc các`` over ``Trung tâm GDNN-GDTX``: a
    first line that stops on ``các`` is wrapped, so the heading is both lines, and its units
    own its points."""
    doc = _parse([
        *HEADER,
        "Sở Giáo dục và Đào tạo hướng dẫn tổ chức kỳ thi tốt nghiệp trung học phổ thông năm "
        "2025 đối với các đơn vị trực thuộc và các cơ sở giáo dục thường xuyên như sau:",
        "I. Đối với Hiệu trưởng các trường THPT, Giám đốc các",
        "Trung tâm GDNN-GDTX",
        "1. Rà soát danh sách học sinh đủ điều kiện dự thi, hoàn thành trước ngày 15/4/2025.",
        "2. Tổ chức ôn tập cho học sinh theo kế hoạch.",
        *CLOSING,
    ])  # fmt: skip
    heading = doc.tasks[0]
    want = ["Hiệu trưởng các trường THPT", "Giám đốc các Trung tâm GDNN-GDTX"]
    assert heading.assignees == want
    assert [t.assignees for t in heading.subtasks] == [want, want]


def test_a_deputy_in_a_table_s_lead_cell_owns_the_row() -> None:
    """A cell holds names only: a deputy named by what he oversees (``Phó Chi cục trưởng phụ
    trách công tác chống buôn lậu``) owns the row, where in a sentence a deputy is no owner."""
    head = ["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời hạn"]
    rows = [
        ["1", "Kiểm tra hàng hóa quá cảnh", "Phó Chi cục trưởng phụ trách công tác chống buôn lậu",
         "Đội Kiểm soát", "Quý II/2026"],
    ]  # fmt: skip
    doc = congvan.parse_bytes(_table_docx(head, rows), "kh.docx", ".docx")
    row = doc.tasks[1].subtasks[0]
    assert row.assignees == ["Phó Chi cục trưởng phụ trách công tác chống buôn lậu"]
    assert row.partners == ["Đội Kiểm soát"]


def test_a_regulation_s_body_named_by_its_charge_is_bound_to_what_it_does() -> None:
    """In a regulation's articles a body named by the work it is charged with (``Cơ quan tiếp
    nhận hồ sơ``) that opens a khoản, or follows its opening time or case, with a verb of its own
    is bound to that work; an article's title naming it, a person it names, and ``Tổ chức``
    opening the khoản (a verb) bind nobody."""
    doc = _parse([
        "CHÍNH PHỦ",
        "Số: 48/2026/NĐ-CP",
        "Hà Nội, ngày 10 tháng 3 năm 2026",
        "NGHỊ ĐỊNH",
        "Quy định về cấp giấy phép hoạt động đào tạo lái tàu",
        "Chương I",
        "TRÌNH TỰ, THỦ TỤC",
        "Điều 1. Tiếp nhận và thẩm định hồ sơ",
        "1. Cơ quan tiếp nhận hồ sơ kiểm tra thành phần hồ sơ trong ngày làm việc.",
        "2. Trong thời hạn 02 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ, cơ quan tiếp nhận "
        "hồ sơ chuyển hồ sơ đến cơ quan thẩm định.",
        "3. Việc thẩm định hồ sơ do cơ quan thẩm định thực hiện trong thời hạn 10 ngày làm việc.",
        "4. Tổ chức kiểm tra thực tế cơ sở vật chất trước khi cấp giấy phép.",
        "5. Người được cấp giấy phép có quyền tổ chức đào tạo theo nội dung giấy phép.",
        "Điều 2. Cơ quan quản lý hoạt động đào tạo",
        "Cơ quan quản lý hoạt động đào tạo cấp tỉnh là Sở Xây dựng.",
        "Chính phủ",
        "TM. CHÍNH PHỦ",
        "THỦ TƯỚNG",
        "Nguyễn Văn A",
    ])  # fmt: skip
    article = doc.tasks[0].subtasks[0]
    owners = [t.assignees for t in article.subtasks]
    assert owners == [
        ["Cơ quan tiếp nhận hồ sơ"],
        ["Cơ quan tiếp nhận hồ sơ"],
        ["cơ quan thẩm định"],
        [],
        [],
    ]
    assert doc.tasks[0].subtasks[1].assignees == []


def test_a_summons_with_no_subject_opens_its_body_under_its_title() -> None:
    """``GIẤY MỜI`` over ``Trường ... trân trọng kính mời:``: the invitation's opening is no
    subject; the letter has none."""
    doc = _parse([
        "BỘ GIÁO DỤC VÀ ĐÀO TẠO",
        "TRƯỜNG ĐẠI HỌC VĂN LANG NAM",
        "Số: 88/GM-ĐHVLN",
        "Đà Lạt, ngày 12 tháng 5 năm 2026",
        "GIẤY MỜI",
        "Trường Đại học Văn Lang Nam trân trọng kính mời:",
        "Ông (Bà): ..........................................",
        "Tới dự Hội thảo khoa học về du lịch bền vững.",
        "Thời gian: 8 giờ 00, ngày 22 tháng 5 năm 2026.",
        "Nơi nhận:",
        "- Như trên;",
        "- Lưu: VT.",
        "KT. HIỆU TRƯỞNG",
        "PHÓ HIỆU TRƯỞNG",
        "Trần Văn B",
    ])  # fmt: skip
    assert doc.doc_type is not None
    assert doc.doc_type.name == "Giấy mời"
    assert doc.subject is None
