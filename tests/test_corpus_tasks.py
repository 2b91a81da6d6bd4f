"""Task trees of the corpus against the hand-written ones (tests/corpus/tasks).

Guards the figures measured on the ``dev`` split (README, *Task trees*) against
regressions; the ``holdout`` split is only scored by ``bench/accuracy.py``.
Skipped when the corpus is not beside the repository.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from gold import (
    TASK_FACTS,
    corpus_dir,
    load_request_gold,
    load_task_gold,
    opening_key,
    score_requests,
    score_tasks,
)

import congvan
from congvan.readers.doc import find_converter

#: (precision, recall) measured on 2026-12-05 over the 52 dev documents, less one point of
#: slack. Twenty-one joined the dev split in the last two sessions, annotated from the
#: documents alone and each batch scored once before any change was made for it: ten at
#: assignees 74% / 52%, partners 88% / 83%, deadlines 83% / 54%; eleven more (old and new
#: quyết định, a báo cáo of 2008, công văn in PDF) at assignees 89% / 61%, partners 78% / 58%,
#: deadlines 50% / 33% (docs/accuracy.md). The eleven bring the recall floors down: many of
#: their owners sit inside the sentences of a regulation (``việc xác định ... do Tổ chức làm
#: nhiệm vụ bồi thường ... xác định``), where no rule of the parser looks. Deadline recall rose
#: to 87% when a verb of a recurring task anywhere before ``hằng năm`` in its clause made a
#: duty (``có trách nhiệm bố trí ngân sách hàng năm``, ``xây dựng kế hoạch ... hằng năm``).
#: Eight more (tax circulars of 1998-2003, a decree, a provincial regulation, a Party guide, two
#: reports of 2025) scored items 94% / 74%, assignees 53% / 14%, partners 67% / 38%, deadlines
#: 53% / 39% before any change. Their items now read (``1.1-``, ``b1.``, ``(ii)``, a quotation
#: whose closing mark is lost), and their deadlines counted from the end of a financial year;
#: their owners are mostly the parties a regulation binds (``doanh nghiệp``, ``tổ chức, cá
#: nhân``, inherited by every point), which the parser does not read as units, so the
#: assignee recall floor of the sixty is lower than the fifty-two's (0.79 then). Round 0.12.0
#: read those parties as the subject of ``phải`` / ``có trách nhiệm`` and of a heading of
#: duties (``Trách nhiệm của tổ chức, cá nhân in hoá đơn``), and a lead written as an item's
#: last sentence: assignee recall rose from 67.3% to 70.3% (51 owners more) and precision
#: fell 0.4 point (84.8% to 84.4%): the parties it finds are right by the text but often
#: named more or less fully than the gold names them (``Tổ chức, cá nhân`` for ``Tổ chức,
#: cá nhân được phép tự in hoá đơn``), or sit on items whose path differs (a label glued
#: inside its parent's paragraph, ``như sau: 3- Các điều kiện``).
FLOORS = {
    "items": (0.98, 0.98),
    "assignees": (0.83, 0.69),
    "partners": (0.92, 0.77),
    "deadlines": (0.82, 0.84),
}

#: The seventh dev batch (round 0.13.0): a law of 2010 and two decrees of 2003 and 2007,
#: whose owners are the holders of duties and powers a regulation lists (``Nhiệm vụ, quyền hạn
#: của Chánh Thanh tra bộ``, ``người có nghĩa vụ kê khai phải ...``). Scored before any change
#: for them: items 99% / 98%, assignees 54% / 21%, partners 57% / 14%, deadlines 100% / 74%;
#: after: assignees 73.3% / 49.1%, partners 77% / 36% (10 of 13 found, 28 in the gold),
#: deadlines 100% / 77%, items unchanged; the 74 earlier documents' owners went from 84.4% /
#: 70.3% to 85.0% / 70.6%. Kept apart so that the floors above still hold the 74 documents
#: they measured.
BATCH_7 = frozenset(
    {
        "article_Luat_Thanh_tra_2010",
        "article_Nghi_dinh_37-2007_minh_bach_tai_san",
        "2004-NghiDinh117_2003",
    }
)
BATCH_7_FLOORS = {
    "items": (0.98, 0.97),
    "assignees": (0.72, 0.48),
    "partners": (0.70, 0.33),
    "deadlines": (0.95, 0.76),
}

#: The eighth dev batch (round 0.14.0): fifteen short decisions and letters of 2007-2025 (a
#: decision's Điều 1-3 before its regulation, invitations, replies). Scored before any change:
#: items 98% / 100%, assignees 83% / 60%, partners 100% / 100%, deadlines 100% / 33%; after:
#: assignees 43 right of 47 found (48 in the gold), deadlines 3/3/3. Their executing articles
#: (``Chánh Văn phòng ...; Thủ trưởng ... và Chủ tịch ... chịu trách nhiệm thi hành``, ``Các ông
#: (bà): ...``) held most of the missed owners. Counts this small get one miss of slack.
BATCH_8 = frozenset(
    {
        "CV_cong_nhan_ket_qua_dai_hoi_cua_Hoi_Nu_doanh_nhan_tinh__acc7e17",
        "CV_gia_han_thoi_gian_to_chuc_dai_hoi_Hiep_hoi_Doanh_nghiep_tinh_dieu_chinh_theo___dd84270",
        "Giay_moi_hop_CCHC__4032415",
        "Thong_bao_ket_qua_dai_hoi_truong_son__1bce0e3",
        "UBND_gui_ong_Duong_Quy_Sy__6bdf382",
        "2012_12_23_Du_thao_VB_MOI",
        "2011_12_28_QD15UB",
        "2011_12_28_QD9UB1",
        "file_data_1",
        "file_data_17",
        "file_data_25",
        "file_data_33",
        "file_data_38",
        "file_data_41",
        "article_Quyet_dinh_93-2007-QD-TTg_mot_cua",
    }
)
BATCH_8_FLOORS = {
    "items": (0.95, 0.97),
    "assignees": (0.89, 0.87),
    "partners": (0.5, 0.5),
    "deadlines": (0.66, 0.66),
}


def test_the_gold_has_at_least_20_documents_and_a_holdout() -> None:
    golds = list(load_task_gold())
    assert len(golds) >= 20
    assert {g.split for g in golds} == {"dev", "holdout"}
    assert len([g for g in golds if g.split == "holdout"]) >= 5


@pytest.mark.skipif(not corpus_dir().is_dir(), reason="kho văn bản ../shared/corpus không có")
@pytest.mark.skipif(find_converter() is None, reason="LibreOffice (soffice) không được cài")
def test_dev_task_trees_stay_at_their_measured_accuracy() -> None:
    floors = {"earlier": FLOORS, "batch 7": BATCH_7_FLOORS, "batch 8": BATCH_8_FLOORS}
    groups = {name: {k: [0, 0, 0] for k in TASK_FACTS} for name in floors}
    for g in load_task_gold("dev"):
        result = json.loads(congvan.parse_file(g.path).model_dump_json())
        group = "batch 7" if g.name in BATCH_7 else "batch 8" if g.name in BATCH_8 else "earlier"
        totals = groups[group]
        for kind, counts in score_tasks(result["tasks"], g.tasks).items():
            totals[kind] = [a + b for a, b in zip(totals[kind], counts, strict=True)]
    for group, totals in groups.items():
        _assert_floors(totals, floors[group], group)


def _assert_floors(
    totals: dict[str, list[int]], floors: dict[str, tuple[float, float]], group: str
) -> None:
    """Each kind's precision and recall at or above its floor."""
    for kind, (tp, found, want) in totals.items():
        precision, recall = tp / max(found, 1), tp / max(want, 1)
        assert precision >= floors[kind][0], f"{kind} ({group}): precision {precision:.1%}"
        assert recall >= floors[kind][1], f"{kind} ({group}): recall {recall:.1%}"


#: Requests of the letters without numbered items (tests/corpus/requests), round 0.14.0: 23
#: dev letters annotated from the documents alone, scored before any change at items 79% /
#: 48%, assignees 67% / 33%, partners 100% / 25%, deadlines 100% / 40%; after: items 22 right
#: of 22 found (23 in the gold), assignees 28/29/30, partners 2/2/4, deadlines 4/4/5. The
#: floors leave one miss of slack where the counts are this small.
REQUEST_FLOORS = {
    "items": (0.95, 0.91),
    "assignees": (0.93, 0.89),
    "partners": (0.99, 0.49),
    "deadlines": (0.99, 0.79),
}


def test_the_request_gold_has_a_holdout() -> None:
    golds = list(load_request_gold())
    assert len(golds) >= 20
    assert {g.split for g in golds} == {"dev", "holdout"}


def test_a_request_is_known_by_its_first_words() -> None:
    assert opening_key("- Đề nghị Quý cơ quan nghiên cứu, có ý kiến") == opening_key(
        "Đề nghị quý cơ quan nghiên cứu, có ý kiến tham gia"
    )
    assert opening_key("Đề nghị Sở Tài chính chủ trì") != opening_key("Đề nghị Sở Nội vụ chủ trì")


@pytest.mark.skipif(not corpus_dir().is_dir(), reason="kho văn bản ../shared/corpus không có")
@pytest.mark.skipif(find_converter() is None, reason="LibreOffice (soffice) không được cài")
def test_dev_requests_stay_at_their_measured_accuracy() -> None:
    totals = {k: [0, 0, 0] for k in TASK_FACTS}
    for g in load_request_gold("dev"):
        result = json.loads(congvan.parse_file(g.path).model_dump_json())
        for kind, counts in score_requests(result["requests"], g.requests).items():
            totals[kind] = [a + b for a, b in zip(totals[kind], counts, strict=True)]
    _assert_floors(totals, REQUEST_FLOORS, "requests")
