"""The owners and the deadline of one item, in the forms writers use (``cases/owner_forms.txt``,
``cases/deadline_forms.txt``, and for regulations ``cases/regulation_owners.txt``,
``cases/regulation_deadlines.txt``): each table was written by someone who did not see the
parser, and each case is read as item 1 of a kế hoạch's ``II. TỔ CHỨC THỰC HIỆN`` (of a Thông
tư's ``II. QUY ĐỊNH CỤ THỂ`` for a regulation's item)."""

from __future__ import annotations

import re

import pytest
from casefile import rows

import congvan
from congvan.models import Task

#: The kế hoạch each case's item is set in: dated 10/3/2026, no Kính gửi, a heading that
#: names nobody over the item, and a second item after it.
_PLAN = """ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH LÂM ĐỒNG\tĐộc lập - Tự do - Hạnh phúc
Số: 45/KH-UBND\tLâm Đồng, ngày 10 tháng 3 năm 2026
KẾ HOẠCH
Triển khai công tác cải cách hành chính
I. MỤC ĐÍCH, YÊU CẦU
Bảo đảm triển khai đồng bộ, hiệu quả các nhiệm vụ được giao.
II. TỔ CHỨC THỰC HIỆN
1. {item}
2. Tổng hợp kết quả thực hiện.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn An
"""


def _item(text: str) -> Task:
    doc = congvan.parse_text(_PLAN.format(item=text))
    assert [t.label for t in doc.tasks] == ["I", "II"]
    return doc.tasks[1].subtasks[0]


def _capital(names: list[str]) -> list[str]:
    """Names as a list entry writes them: ``cơ quan Công an`` is ``Cơ quan Công an``."""
    return sorted(n[:1].upper() + n[1:] for n in names)


@pytest.mark.parametrize(("item", "expected"), rows("owner_forms.txt"))
def test_the_owners_of_an_item(item: str, expected: dict[str, list[str]]) -> None:
    """Who leads and who coordinates, as the item writes them: never a sentence, never a unit
    that is only reported to, described or named in a case."""
    task = _item(item)
    assert _capital(task.assignees) == _capital(expected["assignees"])
    assert _capital(task.partners or []) == _capital(expected["partners"])


@pytest.mark.parametrize(("item", "expected"), rows("deadline_forms.txt"))
def test_the_deadline_of_an_item(item: str, expected: dict[str, str | None] | None) -> None:
    """The first deadline the item sets from now on, as the words fix it; none for a past fact,
    a cut-off, a start, a period or a meeting."""
    deadline = _item(item).deadline
    got = None if deadline is None else {"iso": deadline.iso, "recurrence": deadline.recurrence}
    if got is not None and got["recurrence"] is not None:
        got["recurrence"] = str(got["recurrence"].value)
    assert got == expected


#: The Thông tư a regulation's item is set in, dated as its table says (2003 or 2026): no
#: Kính gửi, a first section of scope, the item under ``II. QUY ĐỊNH CỤ THỂ`` and an effect
#: clause after it.
_CIRCULAR = """BỘ TÀI CHÍNH\tCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
\tĐộc lập - Tự do - Hạnh phúc
Số: 45/{year}/TT-BTC\tHà Nội, ngày {day} tháng {month} năm {year}
THÔNG TƯ
Hướng dẫn thực hiện một số điều của Nghị định
Căn cứ Nghị định số 77/2002/NĐ-CP ngày 01/7/2002 của Chính phủ;
Bộ Tài chính hướng dẫn như sau:
I. QUY ĐỊNH CHUNG
1. Thông tư này áp dụng đối với các đơn vị dự toán.
II. QUY ĐỊNH CỤ THỂ
1. {item}
2. Thông tư này có hiệu lực sau 15 ngày kể từ ngày đăng Công báo./.
KT. BỘ TRƯỞNG BỘ TÀI CHÍNH
THỨ TRƯỞNG
Trương Chí Trung
"""

#: The day and month of each year's Thông tư.
_DATED = {"2003": ("12", "5"), "2026": ("10", "3")}

#: The year a regulation's deadline case opens with: ``[2003] Trong thời hạn ...``.
_ERA = re.compile(r"\[(?P<year>\d{4})\]\s+")


def _rule(text: str, year: str = "2003") -> Task:
    day, month = _DATED[year]
    item = text.replace("\\n", "\n")  # a table's ``\n``: the item's next paragraph
    doc = congvan.parse_text(_CIRCULAR.format(item=item, year=year, day=day, month=month))
    assert [t.label for t in doc.tasks] == ["I", "II"]
    return doc.tasks[1].subtasks[0]


@pytest.mark.parametrize(("item", "expected"), rows("regulation_owners.txt"))
def test_the_owners_of_a_regulation_item(item: str, expected: dict[str, list[str]]) -> None:
    """The parties a regulation binds, named as it names them (often in lower case and by what
    they do); nobody for a definition, a scope, a right or a party named only as object."""
    task = _rule(item)
    assert _capital(task.assignees) == _capital(expected["assignees"])
    assert _capital(task.partners or []) == _capital(expected["partners"])


@pytest.mark.parametrize(("item", "expected"), rows("regulation_deadlines.txt"))
def test_the_deadline_of_a_regulation_item(
    item: str, expected: dict[str, str | None] | None
) -> None:
    """A regulation's deadline: mostly counted from an event (no iso) or recurring; none for
    the regulation's own effect, a start, a citation or a cut-off."""
    era = _ERA.match(item)
    assert era is not None, "a regulation's deadline case opens with its year"
    deadline = _rule(item[era.end() :], era.group("year")).deadline
    got = None if deadline is None else {"iso": deadline.iso, "recurrence": deadline.recurrence}
    if got is not None and got["recurrence"] is not None:
        got["recurrence"] = str(got["recurrence"].value)
    assert got == expected


def test_a_time_field_repeating_its_opening_is_read_once() -> None:
    """``Từ nay đến`` written many times over in a hostile table cell: read as one opening (it
    recursed once per repeat, and a few thousand repeats ran out of stack)."""
    from congvan.extract.deadlines import find_due

    due = find_due("từ nay đến " * 3000 + "hết năm 2026", None)
    assert due is not None
    assert (due.raw, due.iso) == ("hết năm 2026", "2026")
    # a run's opening (``Từ 20/4 đến``, round 0.29.0) repeated is cut in a loop, not recursion
    due = find_due("Từ 20/4 đến " * 3000 + "05/5/2026", None, run_ends=True)
    assert due is not None
    assert (due.raw, due.iso) == ("05/5/2026", "2026-05-05")
