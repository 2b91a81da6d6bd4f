"""The owners and the deadline of one item, in the forms writers use (``cases/owner_forms.txt``,
``cases/deadline_forms.txt``): each table was written by someone who did not see the parser,
and each case is read as item 1 of a kế hoạch's ``II. TỔ CHỨC THỰC HIỆN``."""

from __future__ import annotations

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
