"""Field extractors, one table of cases per field (see ``tests/cases``)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from casefile import load, table

import congvan
from congvan import patterns
from congvan.extract.assignees import assignees_in, duty_heading, partners_in
from congvan.extract.body import label_of
from congvan.extract.citations import find_citations
from congvan.extract.closing import distribution_entry, extract_signer
from congvan.extract.context import Context
from congvan.extract.deadlines import find_deadlines, find_due, find_inline_due
from congvan.models import DateValue, LineSpan
from congvan.segment import Layout
from congvan.source import Line

LETTER_DATE = DateValue(
    raw="ngày 07 tháng 5 năm 2025",
    iso="2025-05-07",
    day=7,
    month=5,
    year=2025,
    evidence=LineSpan(start=1, end=1),
)


@pytest.mark.parametrize(("text", "expected"), load("numbers.txt"))
def test_number(text: str, expected: dict[str, Any]) -> None:
    doc = congvan.parse_text(f"ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG\n{text}\n")
    assert doc.number is not None
    got = {"number": doc.number.number, "year": doc.number.year, "symbol": doc.number.symbol}
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), load("dates.txt"))
def test_place_and_date(text: str, expected: dict[str, Any]) -> None:
    doc = congvan.parse_text(f"Số: 12/UBND-VP\n{text}\n")
    assert doc.date is not None
    got = {
        "place": doc.place,
        "iso": doc.date.iso,
        "day": doc.date.day,
        "month": doc.date.month,
        "year": doc.date.year,
    }
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), load("deadlines.txt"))
def test_deadlines(text: str, expected: list[list[str | None]]) -> None:
    assert [[f.raw, f.iso] for f in find_deadlines(text, LETTER_DATE)] == expected


def _deadline_phrases() -> list[tuple[str, str | None]]:
    rows = [x.rsplit("|", 1) for x in table("deadline_phrases.txt")]
    return [(p, None if iso == "None" else iso) for p, iso in rows]


@pytest.mark.parametrize(("phrase", "iso"), _deadline_phrases())
def test_a_deadline_phrase_gives_its_date_wherever_it_stands(phrase: str, iso: str | None) -> None:
    """The first deadline of a sentence ending with ``phrase`` is its date (and a phrase that
    is no deadline gives none): ``muộn nhất``, ``hạn cuối``, a weekday before the date."""
    for sentence in ("Sở Tài chính tổng hợp, báo cáo UBND tỉnh {}.", "Các cơ quan gửi về Sở {}."):
        found = find_deadlines(sentence.format(phrase), LETTER_DATE)
        assert (found[0].iso if found else None) == iso, sentence


@pytest.mark.parametrize(("text", "expected"), load("deadlines_required.txt"))
def test_only_what_is_required_from_now_on_is_a_deadline(
    text: str, expected: list[list[str | None]]
) -> None:
    got = [[f.raw, f.iso, f.recurrence] for f in find_deadlines(text, LETTER_DATE)]
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), load("deadlines_due.txt"))
def test_a_due_field_holds_a_bare_date_or_year(
    text: str, expected: list[str | None] | None
) -> None:
    found = find_due(text, LETTER_DATE, run_ends=True)  # as a task table's time column
    assert (None if found is None else [found.raw, found.iso, found.recurrence]) == expected


@pytest.mark.parametrize(("text", "expected"), load("deadlines_inline.txt"))
def test_an_item_may_state_its_due_date_as_an_attribute(
    text: str, expected: list[str | None] | None
) -> None:
    found = find_inline_due(text, LETTER_DATE)
    assert (None if found is None else [found.raw, found.iso, found.recurrence]) == expected


@pytest.mark.parametrize(("text", "expected"), load("citations.txt"))
def test_citations(text: str, expected: list[dict[str, Any]]) -> None:
    found = find_citations(text, LineSpan(start=1, end=1))
    assert [c.model_dump(exclude={"evidence"}) for c in found] == expected


@pytest.mark.parametrize(("text", "expected"), load("labels.txt"))
def test_labels(text: str, expected: list[str] | None) -> None:
    got = label_of(text)
    assert (list(got[:3]) if got else None) == expected


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        pytest.param("Trách nhiệm của Bí thư Tỉnh ủy", ["Bí thư Tỉnh ủy"], id="party-secretary"),
        pytest.param(
            "Trách nhiệm của các đảng ủy trực thuộc",
            ["các đảng ủy trực thuộc"],
            id="party-committees",
        ),
        pytest.param(
            "Quyền và nghĩa vụ của người được xác minh tài sản, thu nhập",
            ["người được xác minh tài sản, thu nhập"],
            id="rights-and-duties",
        ),
        pytest.param(
            "Quyền, nghĩa vụ của Ban kiểm soát", ["Ban kiểm soát"], id="rights-duties-comma"
        ),
        pytest.param("Quyền của Sở Tài chính", [], id="rights-alone-ask-nothing"),
        pytest.param(
            "Trách nhiệm của đơn vị quản lý, khai thác",
            ["đơn vị quản lý, khai thác"],
            id="a-party-named-by-what-it-does",
        ),
        pytest.param(
            "Trách nhiệm của Tổ giúp việc Tổ giúp việc có trách nhiệm tham mưu",
            [],
            id="a-sentence-after-the-heading",
        ),
    ],
)
def test_a_heading_of_duties_names_whose_they_are(heading: str, expected: list[str]) -> None:
    assert duty_heading(heading) == expected


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        pytest.param(
            "Doanh nghiệp kinh doanh vận tải, chủ phương tiện, chủ hàng:",
            ["Doanh nghiệp kinh doanh vận tải", "chủ phương tiện", "chủ hàng"],
            id="three-parties",
        ),
        pytest.param(
            "Tổ chức, cá nhân nước ngoài, nhà thầu:",
            ["Tổ chức, cá nhân nước ngoài", "nhà thầu"],
            id="tổ-chức-cá-nhân-is-one",
        ),
        pytest.param(
            "Doanh nghiệp có vốn đầu tư nước ngoài:",
            ["Doanh nghiệp có vốn đầu tư nước ngoài"],
            id="có-describes",
        ),
        pytest.param("Các chỉ tiêu chủ yếu:", [], id="no-party"),
        pytest.param(
            "Cá nhân đăng ký tuyển chọn làm chủ nhiệm nhiệm vụ phải đáp ứng các yêu cầu sau:",
            [],
            id="a-sentence",
        ),
    ],
)
def test_a_heading_that_lists_the_parties_a_rule_binds_names_each(
    heading: str, expected: list[str]
) -> None:
    assert assignees_in(heading, first=heading, has_children=True) == expected


@pytest.mark.parametrize(("text", "expected"), load("assignees.txt"))
def test_assignees(text: str, expected: list[str]) -> None:
    assert assignees_in(text) == expected


@pytest.mark.parametrize(("text", "expected"), load("distribution.txt"))
def test_distribution_entry(text: str, expected: dict[str, str | None]) -> None:
    entry = distribution_entry(text, [Line(no=1, text=text)])
    assert entry is not None
    assert {"name": entry.name, "note": entry.note} == expected


#: Sentences a unit's name opens, is asked in, or is given in.
_AROUND_A_NAME = (
    "{} chủ trì tổ chức thực hiện.",
    "Giao {} chủ trì, phối hợp với các đơn vị liên quan triển khai.",
    "{} tham mưu UBND tỉnh ban hành kế hoạch.",
    "Đề nghị {} báo cáo kết quả.",
    "{} thông báo cho các đơn vị.",
    "Yêu cầu {} khẩn trương rà soát.",
)


@pytest.mark.parametrize("name", table("unit_names.txt"))
def test_a_unit_s_whole_name_survives_the_verbs_around_it(name: str) -> None:
    """No word of a unit's name is read as a verb that ends it: ``Hội đồng Thi đua`` (not
    ``đưa``), ``Sở Thông tin và Truyền thông báo cáo`` (not ``thông báo``), ``Trung tâm Dịch
    vụ việc làm`` (not ``làm``), ``Phòng Cảnh sát giao thông`` (not ``giao``)."""
    for sentence in _AROUND_A_NAME:
        assert assignees_in(sentence.format(name)) == [name], sentence


@pytest.mark.parametrize(("text", "expected"), load("signers.txt"))
def test_signer(text: str, expected: dict[str, Any]) -> None:
    lines = [Line(no=i, text=t) for i, t in enumerate(text.split("\n"), start=1)]
    ctx = Context(layout=Layout(signature=lines))
    signer = extract_signer(ctx)
    assert signer is not None
    assert signer.model_dump(exclude={"evidence"}) == expected


class _Counting:
    """A compiled pattern that counts the characters each call is given to scan."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.scanned = 0

    def _count(self, s: str, pos: int, endpos: int | None) -> None:
        self.scanned += (len(s) if endpos is None else min(endpos, len(s))) - pos

    def finditer(self, s: str, pos: int = 0, endpos: int | None = None) -> Any:
        self._count(s, pos, endpos)
        return self.pattern.finditer(s, pos, len(s) if endpos is None else endpos)

    def search(self, s: str, pos: int = 0, endpos: int | None = None) -> Any:
        self._count(s, pos, endpos)
        return self.pattern.search(s, pos, len(s) if endpos is None else endpos)


def test_deadlines_of_a_long_paragraph_cost_linear_work(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each deadline asks for its clause; finding it must not rescan the text from the start."""
    names = ("CLAUSE_BREAK_RE", "PAST_RE", "OBLIGATION_RE", "RECURRENCE_RE")
    scanned = []
    for n in (500, 1000):
        counters = {name: _Counting(getattr(patterns, name)) for name in names}
        for name, counter in counters.items():
            monkeypatch.setattr(patterns, name, counter)
        text = "Sở Nội vụ báo cáo hằng tháng trước ngày 10/1/2027, đã giao nhiệm vụ; " * n
        assert len(find_deadlines(text, LETTER_DATE)) == n
        scanned.append(sum(c.scanned for c in counters.values()))
        monkeypatch.undo()
    assert scanned[1] / scanned[0] < 2.5


def test_a_day_read_as_noise_is_reported_not_guessed() -> None:
    """``ngày 2% tháng 9``: the month and year are given, the day is not, and a diagnostic
    says the date is not whole (a scan of a signing stamp's digits)."""
    doc = congvan.parse_text("Số: 12/UBND-VP\nLâm Đồng, ngày 2% tháng 9 năm 2025\n")
    assert doc.date is not None
    assert (doc.date.iso, doc.date.day, doc.date.month) == ("2025-09", None, 9)
    assert "CV209" in {d.code for d in doc.diagnostics}


#: Units a verb of ``cases/name_verbs.txt`` follows in the tests below.
_VERB_AFTER = ("Sở Tài chính", "UBND các xã, phường", "Bộ phận một cửa", "Chủ tịch UBND cấp xã")


@pytest.mark.parametrize("verb", table("name_verbs.txt"))
def test_a_verb_after_a_unit_s_name_ends_it(verb: str) -> None:
    """A verb of a procedure or an office (``cấp giấy phép``, ``thu hồi``, ``niêm yết``,
    ``nghiệm thu``, ``trả kết quả`` ...) ends the unit's name: the rest is the work, never part
    of an assignee."""
    for name in _VERB_AFTER:
        for sentence in (
            f"{name} {verb} các nội dung theo quy định.",
            f"Giao {name} {verb} hồ sơ.",
        ):
            assert assignees_in(sentence) == [name], sentence


@pytest.mark.parametrize(
    ("ground", "numbers"),
    [
        pytest.param(
            "Căn cứ Quy chế đào tạo đại học và cao đẳng hệ chính quy theo hệ thống tín chỉ ban "
            "hành kèm theo Quyết định số 43/2007/QĐ-BGDĐT ngày 15/8/2007 của Bộ trưởng Bộ Giáo "
            "dục và Đào tạo",
            ["43/2007/QĐ-BGDĐT"],
            id="rules-issued-with-a-decision",
        ),
        pytest.param(
            "Căn cứ Điều lệ trường đại học ban hành kèm theo Quyết định số 153/2003/QĐ-TTg ngày "
            "30/7/2003 của Thủ tướng Chính phủ",
            ["153/2003/QĐ-TTg"],
            id="a-charter-issued-with-a-decision",
        ),
        pytest.param(
            "Căn cứ Mẫu số 14 Phụ lục III ban hành kèm theo Nghị định số 126/2024/NĐ-CP",
            [],
            id="a-form-of-a-decree",
        ),
        pytest.param(
            "Xét đề nghị của Ban Chỉ huy phòng chống lụt bão tỉnh tại Tờ trình số 86/TTr-PCLB "
            "ngày 02/8/1997 và của Sở Tài chính - Vật giá tại Công văn số 1205 TC/NS ngày "
            "06/8/1997",
            ["86/TTr-PCLB", "1205 TC/NS"],
            id="a-space-for-a-dash",
        ),
        pytest.param(
            "Căn cứ Hợp đồng kinh tế số 18/HĐKT ngày 02/7/2001 giữa Ban Quản lý dự án và Công ty "
            "Xây dựng thuỷ lợi 2",
            ["18/HĐKT"],
            id="a-contract",
        ),
        pytest.param("Căn cứ Công văn số 12 tháng/năm", [], id="a-spaced-word-is-no-code"),
    ],
)
def test_a_ground_cites_the_decision_its_rules_were_issued_with(
    ground: str, numbers: list[str]
) -> None:
    """Rules with no number of their own (a Quy chế, an Điều lệ) rest on the decision that
    issued them, which the ground cites; a form or an annex of a decree is the form's."""
    found = find_citations(ground, LineSpan(start=1, end=1), nested=False)
    assert [c.number for c in found] == numbers


@pytest.mark.parametrize(
    ("text", "leads", "partners"),
    [
        pytest.param(
            "Công an tỉnh chủ trì cùng Bộ Chỉ huy quân sự tỉnh xây dựng phương án huy động.",
            ["Công an tỉnh"],
            ["Bộ Chỉ huy quân sự tỉnh"],
            id="leads-with",
        ),
        pytest.param(
            "Sở Tài chính - Vật giá chủ trì cùng Cục Thuế tỉnh hướng dẫn việc thu tiền sử dụng.",
            ["Sở Tài chính - Vật giá"],
            ["Cục Thuế tỉnh"],
            id="leads-with-a-tax-office",
        ),
    ],
)
def test_the_unit_a_lead_works_with_is_its_partner(
    text: str, leads: list[str], partners: list[str]
) -> None:
    assert assignees_in(text) == leads
    assert partners_in(text, leads) == partners


def test_the_units_of_a_long_item_cost_linear_work(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each unit after ``do`` asks for its verb; looking for it must not scan to the item's end
    from every unit (a hostile item of a million characters took minutes)."""
    scanned = []
    for n in (300, 600):
        counter = _Counting(patterns.CAPITAL_VERB_RE)
        monkeypatch.setattr(patterns, "CAPITAL_VERB_RE", counter)
        assignees_in("Hồ sơ do Sở Tài chính và hồ sơ của Sở Nội vụ, " * n)
        scanned.append(counter.scanned)
        monkeypatch.undo()
    assert scanned[1] / scanned[0] < 2.5
