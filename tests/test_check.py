"""``congvan check``: a draft reviewed against NĐ 30/2020 (Phụ lục I), as a văn thư runs it.

The drafts are written here; one departs from the form in the ways a draft does (no colon
after Số, a number and day without their 0, V/V, a gap in the điểm letters, KT without its
dot, a title before the name, a Lưu line without its colon and period)."""

from __future__ import annotations

import io
import json
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import pytest
from casefile import load
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt
from docxbuild import save, with_parts
from hypothesis import given, settings, strategies as st
from PIL import Image

from congvan.check import RULES, check_file, check_source, fix_file, select_rules
from congvan.check.fix import FIXABLE
from congvan.check.text import TEXT_RULES
from congvan.readers import read_bytes
from congvan.readers.doc import find_converter
from congvan.readers.txt import text_lines
from congvan.source import SourceDocument

WRONG = """UBND TỈNH LÂM ĐỒNG              CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ NỘI VỤ                       Độc lập – Tự do – Hạnh phúc

Số 5/SNV-VP                     Lâm Đồng, ngày 5 tháng 03 năm 2025
V/V báo cáo công tác cải cách hành chính

Kính gửi: Ủy ban nhân dân các xã.

Đề nghị các xã thực hiện:
a) Báo cáo kết quả trước ngày 10/3/2025.
b) Gửi số liệu về Sở Nội vụ.
d) Cập nhật phần mềm.

KT GIÁM ĐỐC
PHÓ GIÁM ĐỐC

TS. Nguyễn Văn An

Nơi nhận:
- UBND các xã;
- Lưu VT, VP
"""

CLEAN = """UBND TỈNH LÂM ĐỒNG              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ NỘI VỤ                       Độc lập - Tự do - Hạnh phúc

Số: 05/SNV-VP                   Lâm Đồng, ngày 05 tháng 3 năm 2025
V/v báo cáo công tác cải cách hành chính

Kính gửi: Ủy ban nhân dân các xã.

Đề nghị các xã thực hiện:
a) Báo cáo kết quả trước ngày 10/3/2025.
b) Gửi số liệu về Sở Nội vụ./.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Nguyễn Văn An

Nơi nhận:
- Như trên;
- Lưu: VT, VP.
"""


def _write(tmp_path: Path, text: str, name: str = "du_thao.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _found(path: Path, **kw: Any) -> dict[str, tuple[str, str | None]]:
    report = check_file(path, **kw)
    return {f.rule: (f.severity, f.fix) for f in report.findings}


def test_a_draft_written_wrong_gets_each_finding_with_its_fix(tmp_path: Path) -> None:
    assert _found(_write(tmp_path, WRONG)) == {
        "TT204": ("cảnh báo", "Độc lập - Tự do - Hạnh phúc"),
        "TT221": ("lỗi", "Số: 5/SNV-VP"),
        "TT222": ("lỗi", "05"),
        "TT232": ("lỗi", "ngày 05 tháng 3 năm 2025"),
        "TT307": ("cảnh báo", "V/v"),
        "TT412": ("lỗi", None),
        "TT414": ("cảnh báo", "d) Cập nhật phần mềm./."),
        "TT501": ("lỗi", "KT. GIÁM ĐỐC"),
        "TT506": ("cảnh báo", "Nguyễn Văn An"),
        "TT604": ("lỗi", "- Lưu VT, VP."),
        "TT605": ("lỗi", "- Lưu: VT, VP."),
        "TT606": ("cảnh báo", None),
    }


def test_a_clean_draft_has_no_finding(tmp_path: Path) -> None:
    report = check_file(_write(tmp_path, CLEAN))
    assert report.findings == []
    assert report.doc_type == "Công văn"
    reasons = " ".join(u.reason for u in report.unchecked)
    assert ".txt" in reasons  # the formatting rules are not passed: they were not checked
    checked = len(RULES) - sum(len(u.rules) for u in report.unchecked)
    assert checked == len(TEXT_RULES) == 39


def test_blanks_of_a_draft_are_normal_until_final(tmp_path: Path) -> None:
    blank = CLEAN.replace("Số: 05/SNV-VP   ", "Số:      /SNV-VP").replace(
        "ngày 05 tháng 3", "ngày    tháng 3"
    )
    path = _write(tmp_path, blank)
    assert _found(path) == {}
    assert set(_found(path, final=True)) == {"TT222", "TT231"}


def test_month_three_on_takes_no_zero_and_a_slash_date_is_no_written_date(tmp_path: Path) -> None:
    zero = _write(tmp_path, CLEAN.replace("tháng 3 năm", "tháng 03 năm"), "a.txt")
    assert _found(zero) == {"TT233": ("cảnh báo", "ngày 05 tháng 3 năm 2025")}
    slash = _write(tmp_path, CLEAN.replace("ngày 05 tháng 3 năm 2025", "ngày 05/3/2025"), "b.txt")
    assert "TT231" in _found(slash)


def test_party_documents_and_forms_are_outside_the_decree(tmp_path: Path) -> None:
    party = CLEAN.replace("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ĐẢNG CỘNG SẢN VIỆT NAM")
    report = check_file(_write(tmp_path, party))
    assert report.findings == []
    assert "36-HD/VPTW" in report.unchecked[0].reason
    assert len(report.unchecked[0].rules) == len(RULES)


def test_select_and_ignore_take_ids_and_groups(tmp_path: Path) -> None:
    path = _write(tmp_path, WRONG)
    assert set(_found(path, rules=select_rules(["TT22"]))) == {"TT221", "TT222"}
    assert "TT604" not in _found(path, rules=select_rules([], ["TT6"]))
    with pytest.raises(ValueError, match="ZZ"):
        select_rules(["ZZ"])


def _docx(width: float, height: float, bottom: float) -> bytes:
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(width), Mm(height)
    section.top_margin, section.bottom_margin = Mm(20), Mm(bottom)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    for line in CLEAN.splitlines():
        doc.add_paragraph(line)
    return save(doc)


def test_page_size_and_margins_of_a_docx(tmp_path: Path) -> None:
    good = tmp_path / "a4.docx"
    good.write_bytes(_docx(210, 297, 20))
    page = select_rules(["TT101", "TT102", "TT103"])
    assert _found(good, rules=page) == {}
    bad = tmp_path / "a5.docx"
    bad.write_bytes(_docx(148, 210, 10))
    found = _found(bad, rules=page)
    assert set(found) == {"TT101", "TT103"}
    assert found["TT103"] == ("lỗi", "lề dưới 20–25 mm")


def test_cli_check_exit_codes_json_and_rules(run_cli, tmp_path: Path) -> None:
    wrong, clean = _write(tmp_path, WRONG, "w.txt"), _write(tmp_path, CLEAN, "c.txt")
    result = run_cli("check", str(wrong))
    assert result.returncode == 1
    out = result.stdout.decode("utf-8")
    assert "TT221 lỗi (dòng 4)" in out
    assert "sửa:  Số: 5/SNV-VP" in out
    assert result.stderr == b""
    result = run_cli("check", str(clean))
    assert result.returncode == 0
    assert "Không thấy lỗi" in result.stdout.decode("utf-8")
    result = run_cli("check", str(wrong), str(clean), "-f", "json")
    data = json.loads(result.stdout)
    assert [len(d["findings"]) > 0 for d in data] == [True, False]
    assert set(data[0]["findings"][0]) == {
        "rule", "severity", "zone", "message", "text", "evidence", "fix",
    }  # fmt: skip
    assert run_cli("check", str(tmp_path / "missing.txt")).returncode == 3
    assert run_cli("check", "--select", "XX1", str(clean)).returncode == 2
    rules = run_cli("rules").stdout.decode("utf-8").splitlines()
    assert len(rules) == len(RULES) == 79
    schema = json.loads(run_cli("schema", "--check").stdout)
    assert "findings" in schema["properties"]


_PIECES = [
    "Số:", "Số 5/", "/QĐ-UBND", "ngày", "tháng", "năm 2025", "05/3/2025", "V/V", "V/v",
    "Kính gửi:", "KT", "KT.", "T/M", "TS.", "Nơi nhận:", "- Lưu", "Lưu:", "VT", "a)", "b)",
    "đ)", "1.", "CỘNG HÒA", "Độc lập –", "QUYẾT ĐỊNH", "PHIẾU TRÌNH", "ĐẢNG CỘNG SẢN",
    "\t", "   ", "\n", "./.", ";", ":", "Nguyễn Văn An", "HỎA TỐC", "mật",
]  # fmt: skip


@given(st.lists(st.sampled_from(_PIECES) | st.text(max_size=8), max_size=60))
@settings(max_examples=200, deadline=None)
def test_check_is_total_on_any_text(pieces: list[str]) -> None:
    """Whatever the text, the check gives a report (no exception), every finding on a
    rule of the list."""
    text = " ".join(pieces)
    src = SourceDocument(None, "txt", "0" * 64, None, text_lines(text.splitlines() or [""]))
    report = check_source(src, final=True)
    assert {f.rule for f in report.findings} <= {r.id for r in RULES}


# --- Word formatting --------------------------------------------------------------------------

_BODY = 14.0


def _para(container: Any, text: str, size: float = _BODY, **look: Any) -> None:
    p = container.add_paragraph()
    if look.get("align"):
        p.alignment = look["align"]
    run = p.add_run(text)
    run.font.name = look.get("font", "Times New Roman")
    run.font.size = Pt(size)
    run.bold = look.get("bold", False)
    run.italic = look.get("italic", False)


def _formatted(**wrong: Any) -> bytes:
    """A công văn laid out by the decree, but for the elements named in ``wrong``."""
    doc = _a4()
    head = doc.add_table(rows=1, cols=2)
    left, right = head.cell(0, 0), head.cell(0, 1)
    left.paragraphs[0].text = ""
    organ = wrong.get("organ_size", 13)
    _para(left, "UBND TỈNH LÂM ĐỒNG", organ, bold=wrong.get("parent_bold", False))
    _para(left, "SỞ NỘI VỤ", organ, bold=wrong.get("issuer_bold", True))
    _para(left, "Số: 05/SNV-VP", wrong.get("number_size", 13), bold=wrong.get("number_bold", False))
    _para(left, "V/v báo cáo công tác cải cách hành chính", 12, bold=wrong.get("vv_bold", False))
    national = wrong.get("national_size", 12)
    _para(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", national, bold=wrong.get("motto_bold", True))
    motto = wrong.get("motto_size", 13)
    _para(right, "Độc lập - Tự do - Hạnh phúc", motto, bold=wrong.get("tieu_ngu_bold", True))
    _para(right, "Lâm Đồng, ngày 05 tháng 3 năm 2025", 14, italic=wrong.get("date_italic", True))
    justify = wrong.get("body_align", WD_ALIGN_PARAGRAPH.JUSTIFY)
    _para(doc, "Kính gửi: Ủy ban nhân dân các xã.", bold=wrong.get("recipients_bold", False))
    for text in (
        "Để chuẩn bị tổng kết công tác năm, Sở Nội vụ đề nghị các xã thực hiện như sau:",
        "a) Báo cáo kết quả cải cách hành chính trước ngày 10/3/2025.",
        "b) Gửi số liệu về Sở Nội vụ qua hệ thống quản lý văn bản./.",
    ):
        font = wrong.get("body_font", "Times New Roman")
        _para(doc, text, wrong.get("body_size", _BODY), font=font, align=justify)
    foot = doc.add_table(rows=1, cols=2)
    left, right = foot.cell(0, 0), foot.cell(0, 1)
    left.paragraphs[0].text = ""
    _para(left, "Nơi nhận:", wrong.get("list_head_size", 12), bold=True, italic=True)
    _para(left, "- Như trên;", 11)
    _para(left, "- Lưu: VT, VP.", 11)
    right.paragraphs[0].text = ""
    _para(right, "KT. GIÁM ĐỐC", 14, bold=True)
    _para(right, "PHÓ GIÁM ĐỐC", 14, bold=wrong.get("position_bold", True))
    _para(right, "Nguyễn Văn An", 14, bold=wrong.get("name_bold", True))
    return save(doc)


#: One departure from the decree's formatting per case, and the rule that must find it.
FORMAT_CASES = [
    ({"national_size": 14}, "TT202"),
    ({"motto_size": 12}, "TT205"),
    ({"tieu_ngu_bold": False}, "TT206"),
    ({"organ_size": 14}, "TT214"),
    ({"number_size": 14}, "TT226"),
    ({"number_bold": True}, "TT226"),
    ({"date_italic": False}, "TT235"),
    ({"vv_bold": True}, "TT306"),
    ({"body_size": 12}, "TT406"),
    ({"body_align": WD_ALIGN_PARAGRAPH.LEFT}, "TT407"),
    ({"position_bold": False}, "TT504"),
    ({"name_bold": False}, "TT507"),
]


@pytest.mark.parametrize(("wrong", "rule"), FORMAT_CASES, ids=[r for _, r in FORMAT_CASES])
def test_each_formatting_rule_finds_its_departure(tmp_path: Path, wrong: dict, rule: str) -> None:
    assert set(_checked(tmp_path, _formatted(**wrong))) == {rule}


def test_a_title_not_bold_and_centred_is_found(tmp_path: Path) -> None:
    assert set(_checked(tmp_path, _decision(title_bold=False))) == {"TT301"}


#: Bases of the text cases: the clean công văn and a clean quyết định.
QD = """ỦY BAN NHÂN DÂN
TỈNH LÂM ĐỒNG
Số: 05/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lâm Đồng, ngày 05 tháng 3 năm 2025
QUYẾT ĐỊNH
Về việc thành lập Tổ công tác
ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Theo đề nghị của Giám đốc Sở Nội vụ.
QUYẾT ĐỊNH:
Điều 1. Thành lập Tổ công tác.
Điều 2. Giám đốc Sở Nội vụ chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:
- Như Điều 2;
- Lưu: VT, NV.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn An
"""


@pytest.mark.parametrize(("spec", "expected"), load("check_text.txt"))
def test_each_text_rule_finds_its_departure(spec: str, expected: list[str]) -> None:
    """``cases/check_text.txt``: a clean draft (``công văn`` or ``quyết định``) and the
    changes that break one rule; the rules found, exactly."""
    base, *changes = spec.split("\n")
    text = {"công văn": CLEAN, "quyết định": QD}[base]
    for change in changes:
        old, _, new = (x.replace("\\n", "\n") for x in change.partition(" =>"))
        new = new.removeprefix(" ")
        assert old in text, old
        text = text.replace(old, new)
    report = check_source(read_bytes(text.encode("utf-8"), "du_thao.txt", ".txt"))
    assert sorted({f.rule for f in report.findings}) == expected


def _checked(tmp_path: Path, data: bytes) -> dict[str, tuple[str, str | None]]:
    path = tmp_path / "du_thao.docx"
    path.write_bytes(data)
    report = check_file(path)
    assert not any(
        "chưa kiểm tra định dạng" in u.reason for u in report.unchecked if "TT104" in u.rules
    )
    return {f.rule: (f.severity, f.message) for f in report.findings}


def test_a_draft_formatted_by_the_decree_passes_the_formatting_rules(tmp_path: Path) -> None:
    assert _checked(tmp_path, _formatted()) == {}


def _a4() -> Any:
    """A new document on A4 with the decree's margins."""
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin = section.bottom_margin = Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    return doc


def _province_head(doc: Any, number: str) -> None:
    """The provincial People's Committee's header block, set by the decree."""
    head = doc.add_table(rows=1, cols=2)
    left, right = head.cell(0, 0), head.cell(0, 1)
    left.paragraphs[0].text = right.paragraphs[0].text = ""
    _para(left, "ỦY BAN NHÂN DÂN", 13, bold=True)
    _para(left, "TỈNH LÂM ĐỒNG", 13, bold=True)
    _para(left, number, 13)
    _para(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, bold=True)
    _para(right, "Độc lập - Tự do - Hạnh phúc", 13, bold=True)
    _para(right, "Lâm Đồng, ngày 05 tháng 3 năm 2025", 14, italic=True)


def _body_and_foot(doc: Any, paragraphs: tuple[str, ...], first_entry: str) -> bytes:
    """``paragraphs`` justified, then the province's foot: the draft's bytes."""
    for text in paragraphs:
        _para(doc, text, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    _province_foot(doc, first_entry)
    return save(doc)


def _province_foot(doc: Any, first_entry: str) -> None:
    """Its Nơi nhận and the chairman's signature block, set by the decree."""
    foot = doc.add_table(rows=1, cols=2)
    left, right = foot.cell(0, 0), foot.cell(0, 1)
    left.paragraphs[0].text = right.paragraphs[0].text = ""
    _para(left, "Nơi nhận:", 12, bold=True, italic=True)
    _para(left, first_entry, 11)
    _para(left, "- Lưu: VT, NV.", 11)
    _para(right, "TM. ỦY BAN NHÂN DÂN", 14, bold=True)
    _para(right, "CHỦ TỊCH", 14, bold=True)
    _para(right, "Nguyễn Văn An", 14, bold=True)


def _decision(
    subject_bold: bool = True, grounds_italic: bool = True, title_bold: bool = True
) -> bytes:
    """A quyết định laid out by the decree, but for its trích yếu and căn cứ."""
    doc = _a4()
    doc.styles["Normal"].paragraph_format.first_line_indent = Cm(1)
    _province_head(doc, "Số: 05/QĐ-UBND")
    centre, justify = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.JUSTIFY
    _para(doc, "QUYẾT ĐỊNH", 14, bold=title_bold, align=centre)
    _para(
        doc,
        "Về việc thành lập Tổ công tác cải cách hành chính",
        14,
        bold=subject_bold,
        align=centre,
    )
    _para(doc, "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", 14, bold=True, align=centre)
    for text in (
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
        "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ;",
    ):
        _para(doc, text, italic=grounds_italic, align=justify)
    _para(doc, "Theo đề nghị của Giám đốc Sở Nội vụ.", italic=True, align=justify)
    _para(doc, "QUYẾT ĐỊNH:", 14, bold=True, align=centre)
    articles = (
        "Điều 1. Thành lập Tổ công tác cải cách hành chính của tỉnh.",
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
        "Điều 3. Giám đốc Sở Nội vụ chịu trách nhiệm thi hành Quyết định này./.",
    )
    return _body_and_foot(doc, articles, "- Như Điều 3;")


def test_issuer_weight_recipients_subject_and_grounds(tmp_path: Path) -> None:
    """TT213 (issuer bold, parent not), TT313 (Kính gửi upright), TT304 (a typed document's
    trích yếu bold and centred), TT402 (căn cứ italic: a lỗi under a quyết định)."""
    found = _checked(tmp_path, _formatted(parent_bold=True, issuer_bold=False))
    assert set(found) == {"TT213"}
    assert _checked(tmp_path, _formatted(recipients_bold=True)).keys() == {"TT313"}
    assert _checked(tmp_path, _decision()) == {}
    wrong = _checked(tmp_path, _decision(subject_bold=False, grounds_italic=False))
    assert set(wrong) == {"TT304", "TT402"}
    assert wrong["TT402"][0] == "lỗi"
    copy = tmp_path / "sua.docx"
    source = tmp_path / "qd.docx"
    source.write_bytes(_decision(subject_bold=False, grounds_italic=False))
    fix_file(source, copy)
    assert {f.rule for f in check_file(copy).findings} == set()


def _plan(indent: float | None = 1.0, after: float = 6, line: float = 1.15) -> bytes:
    """A kế hoạch of seven running paragraphs set with ``indent`` (cm), ``after`` (pt) and
    ``line`` spacing (multiple), in its Normal style as a typist sets it."""
    doc = _a4()
    normal = doc.styles["Normal"].paragraph_format
    normal.first_line_indent = Cm(indent) if indent is not None else None
    normal.space_after, normal.line_spacing = Pt(after), line
    _province_head(doc, "Số: 05/KH-UBND")
    centre = WD_ALIGN_PARAGRAPH.CENTER
    _para(doc, "KẾ HOẠCH", 14, bold=True, align=centre)
    _para(doc, "Cải cách hành chính năm 2025", 14, bold=True, align=centre)
    body = (
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Nâng cao chất lượng giải quyết thủ tục hành chính trên địa bàn tỉnh.",
        "II. NHIỆM VỤ",
        "1. Sở Nội vụ theo dõi, đôn đốc việc thực hiện Kế hoạch này.",
        "2. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch.",
        "3. Các sở, ban, ngành báo cáo kết quả trước ngày 30/11/2025.",
        "Trên đây là Kế hoạch cải cách hành chính năm 2025 của tỉnh./.",
    )
    return _body_and_foot(doc, body, "- Các sở, ban, ngành;")


def test_indent_paragraph_spacing_and_line_spacing_of_the_running_text(tmp_path: Path) -> None:
    """TT408–TT410 read the paragraphs' spacing through their style: 1 cm or 1.27 cm first
    line, at least 6 pt between paragraphs, single to 1.5 lines."""
    spacing = select_rules(["TT408", "TT409", "TT410"])
    path = tmp_path / "kh.docx"
    for good in (_plan(), _plan(indent=1.27, after=12, line=1.5)):
        path.write_bytes(good)
        report = check_file(path, rules=spacing)
        assert report.findings == []
        assert not any("TT408" in u.rules for u in report.unchecked)
    path.write_bytes(_plan(indent=None, after=0, line=2.0))
    found = {f.rule: f.message for f in check_file(path, rules=spacing).findings}
    assert set(found) == {"TT408", "TT409", "TT410"}
    assert "0/7 đoạn đúng" in found["TT408"]
    text = tmp_path / "kh.txt"
    text.write_text("Số: 05/KH-UBND\nKẾ HOẠCH\n", encoding="utf-8")
    unchecked = check_file(text, rules=spacing).unchecked
    assert {r for u in unchecked for r in u.rules} == {"TT408", "TT409", "TT410"}


def test_formatting_departures_are_found(tmp_path: Path) -> None:
    found = _checked(tmp_path, _formatted(motto_bold=False, body_font="Arial", list_head_size=11))
    assert set(found) == {"TT203", "TT104", "TT602"}
    assert "“Arial”" in found["TT104"][1]
    face = _checked(tmp_path, _formatted(body_font="Times New Roman Bold"))
    assert face == {"TT104": ("cảnh báo", face["TT104"][1])}


# --- the corrected copy -----------------------------------------------------------------------


def _wrong_docx() -> bytes:
    """The wrongly written draft as a Word file on A5 paper in Arial, a picture inside."""
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(148), Mm(210)
    section.bottom_margin = Mm(10)
    head = doc.add_table(rows=1, cols=2)
    left, right = head.cell(0, 0), head.cell(0, 1)
    left.paragraphs[0].text = right.paragraphs[0].text = ""
    _para(left, "UBND TỈNH LÂM ĐỒNG", 14, font="Arial")
    _para(left, "SỞ NỘI VỤ", 14, font="Arial")
    _para(left, "Số 5/SNV-VP", 14, font="Arial", bold=True)
    _para(left, "V/V báo cáo công tác cải cách hành chính", 14, font="Arial", bold=True)
    _para(right, "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", 14, font="Arial")
    _para(right, "Độc lập – Tự do – Hạnh phúc", 12, font="Arial")
    _para(right, "Lâm Đồng, ngày 5 tháng 03 năm 2025", 12, font="Arial")
    _para(doc, "Kính gửi: Ủy ban nhân dân các xã.", font="Arial")
    for text in ("Đề nghị các xã thực hiện:", "a) Báo cáo kết quả.", "b) Gửi số liệu."):
        _para(doc, text, font="Arial", align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    foot = doc.add_table(rows=1, cols=2)
    left, right = foot.cell(0, 0), foot.cell(0, 1)
    left.paragraphs[0].text = right.paragraphs[0].text = ""
    _para(left, "Nơi nhận:", 14, font="Arial")
    _para(left, "- Như trên", 14, font="Arial")
    _para(left, "- Lưu: VT, VP", 14, font="Arial")
    _para(right, "KT GIÁM ĐỐC", 12, font="Arial")
    _para(right, "PHÓ GIÁM ĐỐC", 12, font="Arial")
    _para(right, "Nguyễn Văn An", 12, font="Arial")
    doc.add_picture(io.BytesIO(_PNG))
    return save(doc)


def _png() -> bytes:
    """A small picture: a part the copy must carry over byte for byte."""
    out = io.BytesIO()
    Image.new("RGB", (4, 4), (200, 0, 0)).save(out, format="PNG")
    return out.getvalue()


_PNG = _png()


def test_fix_writes_a_copy_without_the_fixed_findings(tmp_path: Path) -> None:
    draft = tmp_path / "du_thao.docx"
    original = _wrong_docx()
    draft.write_bytes(original)
    before, after = fix_file(draft, tmp_path / "sua.docx")
    assert draft.read_bytes() == original  # the input is never touched
    fixed = {f.rule for f in before.findings if f.rule in FIXABLE}
    assert fixed >= {"TT101", "TT103", "TT104", "TT204", "TT221", "TT222", "TT232"}
    assert fixed >= {"TT307", "TT414", "TT501", "TT602", "TT603", "TT604", "TT504", "TT507"}
    assert not fixed & {f.rule for f in after.findings}
    copy = tmp_path / "sua.docx"
    with zipfile.ZipFile(draft) as a, zipfile.ZipFile(copy) as b:
        assert set(a.namelist()) == set(b.namelist())
        media = [n for n in a.namelist() if n.startswith("word/media/")]
        assert media
        assert all(a.read(n) == b.read(n) for n in media)
    doc = Document(str(copy))
    assert doc.tables[0].cell(0, 0).paragraphs[3].text == "Số: 05/SNV-VP"
    assert doc.tables[0].cell(0, 1).paragraphs[3].text == "Lâm Đồng, ngày 05 tháng 3 năm 2025"


def test_fix_never_overwrites_and_needs_a_docx(tmp_path: Path, run_cli) -> None:
    draft = tmp_path / "du_thao.docx"
    draft.write_bytes(_wrong_docx())
    result = run_cli("check", "--fix", "-o", str(draft), str(draft))
    assert result.returncode == 4
    assert "ghi đè" in result.stderr.decode("utf-8")
    text = _write(tmp_path, WRONG)
    assert run_cli("check", "--fix", "-o", str(tmp_path / "x.docx"), str(text)).returncode == 3
    assert run_cli("check", "--fix", str(draft)).returncode == 2
    result = run_cli("check", "--fix", "-o", str(tmp_path / "sua.docx"), str(draft))
    assert "còn 0 điểm" in result.stderr.decode("utf-8")
    assert result.returncode == 0  # every finding of this draft was mechanical


@pytest.mark.skipif(find_converter() is None, reason="LibreOffice (soffice) không được cài")
def test_libreoffice_opens_the_corrected_copy(tmp_path: Path) -> None:
    draft = tmp_path / "du_thao.docx"
    draft.write_bytes(_wrong_docx())
    fix_file(draft, tmp_path / "sua.docx")
    out = tmp_path / "pdf"
    subprocess.run(
        [find_converter() or "soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out),
         str(tmp_path / "sua.docx")],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    assert (out / "sua.pdf").stat().st_size > 1000


DECISION = """ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TP. HỒ CHÍ MINH                 Độc lập - Tự do - Hạnh phúc

Số: 12/QĐ-UBND                  TP. Hồ Chí Minh, ngày 05 tháng 3 năm 2020

QUYẾT ĐỊNH
Về việc thành lập Tổ công tác

CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015.
Căn cứ Quyết định số 30/QĐ-UBND ngày 10/4/2020 của Ủy ban nhân dân Thành phố;
Theo đề nghị của Giám đốc Sở Nội vụ,

Điều 1. Thành lập Tổ công tác theo quy định tại Khoản 2 Điều 5 Quy chế và điều 7 Luật.
Điều 2. Quyết định này có hiệu lực từ ngày ký./.

KT. CHỦ TỊCH
CHỦ TỊCH

Nguyễn Văn An

Nơi nhận:
- Như Điều 2;
- Lưu: VT, NC.
"""


def test_grounds_references_and_deputy_of_a_decision(tmp_path: Path) -> None:
    found = _found(_write(tmp_path, DECISION))
    assert (
        found["TT401"][1] == "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"
    )
    assert found["TT405"] == ("cảnh báo", None)  # no QUYẾT ĐỊNH: line after the grounds
    assert found["TT236"] == ("cảnh báo", None)  # dated before the decision it cites
    assert found["TT415"][0] == "cảnh báo"
    assert found["TT503"] == ("cảnh báo", None)  # KT. over the head's own title
    assert found["TT802"] == ("cảnh báo", None)  # TP. for the city's name
    assert "TT801" not in found  # the issuer's own name is written in full


def test_several_recipients_one_per_line(tmp_path: Path) -> None:
    text = CLEAN.replace(
        "Kính gửi: Ủy ban nhân dân các xã.",
        "Kính gửi:\n- Ủy ban nhân dân các xã\n- Ủy ban nhân dân các phường.",
    )
    assert _found(_write(tmp_path, text)) == {
        "TT312": ("lỗi", "- Ủy ban nhân dân các xã;"),
    }


_APP = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    b"<Pages>3</Pages></Properties>"
)


def _numbered(first_page_apart: bool, size: float = 14) -> bytes:
    """A three-page draft whose header holds a PAGE field, centred."""
    doc = Document(io.BytesIO(_formatted()))
    section = doc.sections[0]
    section.different_first_page_header_footer = first_page_apart
    p = section.header.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run()
    run.font.size = Pt(size)
    for kind in ("begin", "separate"):
        if kind == "separate":
            code = run._r.makeelement(qn("w:instrText"), {})
            code.text = " PAGE "
            run._r.append(code)
        mark = run._r.makeelement(qn("w:fldChar"), {qn("w:fldCharType"): kind})
        run._r.append(mark)
    run._r.append(run._r.makeelement(qn("w:fldChar"), {qn("w:fldCharType"): "end"}))
    return with_parts(save(doc), docProps__app_xml=_APP)


def test_page_numbers_of_a_letter_of_several_pages(tmp_path: Path) -> None:
    numbers = select_rules(["TT106", "TT107"])
    path = tmp_path / "du_thao.docx"
    path.write_bytes(_numbered(first_page_apart=True))
    assert _found(path, rules=numbers) == {}
    path.write_bytes(_numbered(first_page_apart=False, size=12))
    found = check_file(path, rules=numbers).findings
    assert [(f.rule, f.message.split("(")[-1]) for f in found] == [
        ("TT106", "số trang hiện cả ở trang thứ nhất)"),
        ("TT107", "cỡ 12)"),
    ]
    path.write_bytes(with_parts(_formatted(), docProps__app_xml=_APP))
    assert "chưa có số trang" in check_file(path, rules=numbers).findings[0].message


def test_a_batch_with_check_counts_findings_in_the_index_and_keeps_them_in_the_json(
    tmp_path: Path,
) -> None:
    """``congvan batch --check``: lỗi and cảnh báo per file in index.jsonl and index.csv,
    the findings under ``check`` in each JSON; a folder read without it is read again."""
    import csv
    import json

    from congvan.batch import BatchOptions, read_index, run_batch
    from congvan.plan import plan_folder

    src, out = tmp_path / "kho", tmp_path / "ra"
    src.mkdir()
    (src / "sai.docx").write_bytes(_wrong_docx())
    (src / "dung.docx").write_bytes(_formatted())
    list(run_batch(plan_folder(src, out), out, BatchOptions(jobs=1)))
    assert {r["check_errors"] for r in read_index(out / "index.jsonl").values()} == {None}

    again = list(run_batch(plan_folder(src, out), out, BatchOptions(jobs=1, check=True)))
    assert {o.row.status for o in again} == {"ok"}  # checked now, not before: read again
    rows = read_index(out / "index.jsonl")
    wrong = check_file(src / "sai.docx")
    errors = sum(f.severity == "lỗi" for f in wrong.findings)
    assert (rows["sai.docx"]["check_errors"], rows["sai.docx"]["check_warnings"]) == (
        errors,
        len(wrong.findings) - errors,
    )
    assert (rows["dung.docx"]["check_errors"], rows["dung.docx"]["check_warnings"]) == (0, 0)
    data = json.loads((out / "sai.docx.json").read_text(encoding="utf-8"))
    assert [f["rule"] for f in data["check"]["findings"]] == [f.rule for f in wrong.findings]
    with (out / "index.csv").open(encoding="utf-8-sig", newline="") as fh:
        table = {r["Đường dẫn"]: r for r in csv.DictReader(fh)}
    assert table["sai.docx"]["Lỗi thể thức"] == str(errors)
    assert table["dung.docx"]["Cảnh báo thể thức"] == "0"

    kept = list(run_batch(plan_folder(src, out), out, BatchOptions(jobs=1, check=True)))
    assert {o.row.status for o in kept} == {"unchanged"}


def test_the_batch_command_takes_check(tmp_path: Path, run_cli) -> None:
    src = tmp_path / "kho"
    src.mkdir()
    (src / "dung.docx").write_bytes(_formatted())
    result = run_cli("batch", str(src), "-o", str(tmp_path / "ra"), "--check", "-q")
    assert result.returncode == 0, result.stderr.decode("utf-8")
    line = (tmp_path / "ra" / "index.jsonl").read_text(encoding="utf-8").splitlines()[0]
    assert '"check_errors":0' in line


def test_grounds_out_of_the_order_of_legal_force(tmp_path: Path) -> None:
    """TT403: a Government resolution cited after a Prime Minister's decision; a law first and
    local documents last is the order."""
    text = "\n".join(
        [
            "ỦY BAN NHÂN DÂN",
            "TỈNH LÂM ĐỒNG",
            "Số: 05/QĐ-UBND",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Lâm Đồng, ngày 05 tháng 3 năm 2025",
            "QUYẾT ĐỊNH",
            "Về việc thành lập Tổ công tác",
            "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG",
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
            "Căn cứ Quyết định số 23/2023/QĐ-TTg ngày 18 tháng 9 năm 2023 của Thủ tướng Chính phủ;",
            "Căn cứ Nghị quyết số 214/NQ-CP ngày 23 tháng 7 năm 2025 của Chính phủ;",
            "Theo đề nghị của Giám đốc Sở Nội vụ.",
            "QUYẾT ĐỊNH:",
            "Điều 1. Thành lập Tổ công tác.",
            "Điều 2. Giám đốc Sở Nội vụ chịu trách nhiệm thi hành Quyết định này./.",
            "Nơi nhận:",
            "- Như Điều 2;",
            "- Lưu: VT, NV.",
            "TM. ỦY BAN NHÂN DÂN",
            "CHỦ TỊCH",
            "Nguyễn Văn An",
        ]
    )
    rules = select_rules(["TT403"])
    found = check_file(_write(tmp_path, text, "qd.txt"), rules=rules).findings
    assert [(f.rule, f.severity) for f in found] == [("TT403", "cảnh báo")]
    assert "Nghị quyết 214/NQ-CP đặt sau Quyết định 23/2023/QĐ-TTg" in found[0].message
    ordered = text.replace("Quyết định số 23/2023", "Quyết định số 99/2023").split("\n")
    ordered[10], ordered[11] = ordered[11], ordered[10]
    assert check_file(_write(tmp_path, "\n".join(ordered), "qd2.txt"), rules=rules).findings == []
