"""Work that grows linearly with the text (issue 15), counted rather than timed.

Wall time on a shared machine is noise; the number of times the citation finder reads a
hit's position is not. A long paragraph of N citations must cost about twice as many reads
as one of N/2: testing each match against every earlier hit made it N².
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest

import congvan
from congvan.extract import citations
from congvan.models import LineSpan

#: The paragraph of the issue: one line of the same ground written again and again.
GROUND = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025 "
#: Numbered and unnumbered citations too, so that all three patterns add hits.
MIXED = (
    "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ; "
    "Tờ trình ngày 10/12/2025 của Sở Nội vụ; "
    "Luật Đất đai ngày 18 tháng 01 năm 2024; "
)


class _Counter:
    """Stands in for ``citations._Hit`` and counts every read of a hit's ``start``."""

    def __init__(self) -> None:
        self.reads = 0
        counter = self

        class Hit:
            def __init__(self, start: int, end: int, citation: Any) -> None:
                self._start, self.end, self.citation = start, end, citation

            @property
            def start(self) -> int:
                counter.reads += 1
                return self._start

        self.hit = Hit


def reads(module: ModuleType, text: str, nested: bool, monkeypatch: pytest.MonkeyPatch) -> int:
    """Hit positions read by ``module.find_citations`` on ``text`` (a module: old code too)."""
    counter = _Counter()
    monkeypatch.setattr(module, "_Hit", counter.hit)
    found = module.find_citations(text, LineSpan(start=1, end=1), nested)
    monkeypatch.undo()
    assert found, "the text must cite something, or nothing was counted"
    return counter.reads


@pytest.mark.parametrize("nested", [True, False])
@pytest.mark.parametrize("unit", [GROUND, MIXED])
def test_citations_of_a_long_paragraph_cost_linear_work(
    unit: str, nested: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    small, large = (reads(citations, unit * n, nested, monkeypatch) for n in (300, 600))
    assert large / small <= 2.2


def test_parsing_a_long_line_of_grounds_costs_linear_work(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The whole pipeline: the grounds (nested=False) and the references both find citations."""
    counts = []
    for n in (300, 600):
        counter = _Counter()
        monkeypatch.setattr(citations, "_Hit", counter.hit)
        congvan.parse_text("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG\n" + GROUND * n + "\n")
        monkeypatch.undo()
        counts.append(counter.reads)
    assert counts[0] >= 300  # each of the citations was looked at
    assert counts[1] / counts[0] <= 2.2


class _Scanned:
    """Stands in for a compiled pattern and counts the characters its scans start over."""

    def __init__(self, pattern: Any) -> None:
        self.pattern = pattern
        self.chars = 0

    def finditer(self, text: str, *args: Any) -> Any:
        self.chars += len(text)
        return self.pattern.finditer(text, *args)

    def search(self, text: str, *args: Any) -> Any:
        self.chars += len(text)
        return self.pattern.search(text, *args)


def test_the_sentences_of_many_deadlines_cost_linear_work(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every deadline mention names its sentence; finding the breaks once per paragraph keeps
    a paragraph of N deadlines linear (searching them again for each one made it N²)."""
    from congvan import patterns

    unit = "Sở Nội vụ hoàn thành báo cáo trước ngày 10/01/2027. "

    def scanned(n: int) -> int:
        counter = _Scanned(patterns.SENTENCE_BREAK_RE)
        monkeypatch.setattr(patterns, "SENTENCE_BREAK_RE", counter)
        doc = congvan.parse_text("Số: 12/UBND-VP\n1. " + unit * n)
        monkeypatch.undo()
        assert len(doc.deadlines) >= n
        return counter.chars

    small, large = scanned(200), scanned(400)
    assert large <= 2.2 * small


def test_a_sentence_without_a_stop_is_bounded() -> None:
    doc = congvan.parse_text(
        "Số: 12/UBND-VP\n1. " + "Sở Nội vụ hoàn thành trước ngày 10/01/2027 và " * 400
    )
    assert doc.deadlines
    assert max(len(d.sentence) for d in doc.deadlines) <= 2 * 300 + 40


def test_titles_in_a_paragraph_without_punctuation_stay_bounded() -> None:
    """A title runs to the next punctuation; without any, each citation's title was all the
    rest of the paragraph, and the output (and the scan) grew as N²."""
    unit = "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư "

    def title_chars(n: int) -> int:
        found = citations.find_citations(unit * n, LineSpan(start=1, end=1))
        assert len(found) >= 1
        return sum(len(c.title or "") for c in found)

    assert title_chars(400) <= 2.2 * max(title_chars(200), 1)
    assert (
        max(
            len(c.title or "")
            for c in citations.find_citations(unit * 50, LineSpan(start=1, end=1))
        )
        <= citations._TITLE_REACH
    )


def test_joining_a_long_run_of_unpunctuated_lines_is_linear(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Found by fuzzing: each line was glued to the whole paragraph so far and the joined
    text read again for ``Kính gửi:`` (4,684 such lines: 650 MB)."""
    from congvan.segment import joining

    seen = {"chars": 0}
    canon = joining.canon

    def counting(text: str) -> str:
        seen["chars"] += len(text)
        return canon(text)

    def work(n: int) -> int:
        seen["chars"] = 0
        monkeypatch.setattr(joining, "canon", counting)
        doc = congvan.parse_text("Số: 12/UBND-VP\n" + "văn bản 12/UBND-VP ngày 01/01/2025\n" * n)
        monkeypatch.undo()
        assert doc is not None
        return seen["chars"]

    assert work(2000) <= 2.2 * work(1000)


def test_a_closing_of_many_blank_lines_costs_linear_work(monkeypatch: pytest.MonkeyPatch) -> None:
    """Found by fuzzing: each closing line looked ahead over every blank line after it."""
    from congvan.segment import closing

    calls = {"n": 0}
    blank = closing.blank

    def counting(line: Any) -> bool:
        calls["n"] += 1
        return bool(blank(line))

    def work(n: int) -> int:
        calls["n"] = 0
        monkeypatch.setattr(closing, "blank", counting)
        text = "Số: 1/UBND\nNơi nhận:\n- Như trên;\nCHỦ TỊCH\nNguyễn Văn A\n" + "x\n\n\n" * n
        congvan.parse_text(text)
        monkeypatch.undo()
        return calls["n"]

    assert work(2000) <= 2.2 * work(1000)


def test_a_long_nơi_nhận_entry_costs_linear_work(monkeypatch: pytest.MonkeyPatch) -> None:
    """Found by fuzzing: each continuation line was glued to the entry and read again."""
    from congvan.extract import closing

    seen = {"chars": 0}
    canon = closing.canon

    def counting(text: str) -> str:
        seen["chars"] += len(text)
        return canon(text)

    def work(n: int) -> int:
        seen["chars"] = 0
        monkeypatch.setattr(closing, "canon", counting)
        text = "Số: 1/UBND\nNơi nhận:\n- Sở Nội vụ\n" + "các phòng ban\n" * n + "CHỦ TỊCH\n"
        congvan.parse_text(text)
        monkeypatch.undo()
        return seen["chars"]

    assert work(2000) <= 2.2 * work(1000)


def _member_checks(n: int, monkeypatch: pytest.MonkeyPatch) -> int:
    """Colons ``assignees_in`` weighs as member lists in a paragraph of ``n`` of them."""
    from congvan.extract import assignees

    calls = 0
    real = assignees._lists_members

    def counting(t: str, before: int, after: int) -> bool:
        nonlocal calls
        calls += 1
        return real(t, before, after)

    monkeypatch.setattr(assignees, "_lists_members", counting)
    assignees.assignees_in("Giao Giám đốc các sở: Tài chính, " * n + "chủ trì thực hiện.")
    monkeypatch.undo()
    return calls


def test_a_long_run_of_member_lists_is_weighed_within_a_bound(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each colon after a plural unit may continue a name; past a name's longest list the
    rest of the paragraph is never looked at from there, so twice the text is twice the work."""
    half, whole = _member_checks(400, monkeypatch), _member_checks(800, monkeypatch)
    assert 0 < whole <= 2.2 * half


def test_a_long_last_line_of_marks_is_read_once() -> None:
    """Found by fuzzing: the marks a scan leaves at a name's ends were looked for with one
    pattern over the whole line, which tried every start again: N² on a long last line of
    marks (5 s for a 180 000-character line). Run apart, so that a regression fails rather
    than hangs the suite."""
    import subprocess
    import sys

    line = "Nguyễn " + "- * - " * 20000 + "x"
    code = (
        "import congvan\n"
        "from congvan.segment.closing import is_name_line, name_text\n"
        f"line = {line!r}\n"
        "assert not is_name_line(line)\n"
        "assert name_text(line) == line\n"
        "assert congvan.parse_text('QUYẾT ĐỊNH\\nĐiều 1. Giao việc.\\n' + line).signer is None\n"
    )
    done = subprocess.run([sys.executable, "-c", code], timeout=60, capture_output=True)
    assert done.returncode == 0, done.stderr.decode()


def test_a_number_of_many_slashes_under_a_title_fails_at_once() -> None:
    """``Số: 1/1/1/...`` with no date under a title: the gazette pattern could read each
    ``/`` two ways, 2^N tries (40 slashes: hours). Run apart, so that a regression fails
    rather than hangs the suite."""
    import subprocess
    import sys

    text = "QUYẾT ĐỊNH\nSố: " + "1/" * 40 + " x\nĐiều 1. Thi hành.\n"
    code = f"import congvan; congvan.parse_text({text!r})"
    done = subprocess.run([sys.executable, "-c", code], timeout=60, capture_output=True)
    assert done.returncode == 0, done.stderr.decode()
