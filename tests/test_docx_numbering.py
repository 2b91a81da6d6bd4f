"""Word's automatic numbering: the label Word shows, read into the text once.

Each expected label is stated from Word's rules (ECMA-376 §17.9 and Word's
documented behaviour), not from what the reader happens to print.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from docxbuild import (
    abstract,
    build,
    codes_of,
    lvl,
    num,
    numbered,
    numbering_xml,
    read,
    save,
    set_numbering,
    start_override,
    style_with_numbering,
    texts,
    with_parts,
)

import congvan
from congvan.readers.numbering import format_number

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def _list(*levels: str) -> bytes:
    return numbering_xml(abstract(0, *levels), num(1, 0))


def _items(items: list[tuple[str, int]], numbering: bytes, num_id: int = 1) -> list[str]:
    def edit(document):
        for text, ilvl in items:
            numbered(document, text, num_id, ilvl)

    return texts(build(edit, word__numbering_xml=numbering))


@pytest.mark.parametrize(
    ("fmt", "text", "start", "expected"),
    [
        pytest.param("decimal", "%1.", 1, ["1.", "2.", "3.", "4."], id="decimal"),
        pytest.param("decimalZero", "%1.", 8, ["08.", "09.", "10.", "11."], id="decimalZero"),
        pytest.param("upperRoman", "%1.", 1, ["I.", "II.", "III.", "IV."], id="upperRoman"),
        pytest.param("lowerRoman", "%1)", 1, ["i)", "ii)", "iii)", "iv)"], id="lowerRoman"),
        pytest.param("upperLetter", "%1.", 1, ["A.", "B.", "C.", "D."], id="upperLetter"),
        # Word's lowerLetter has no đ: d is followed by e.
        pytest.param("lowerLetter", "%1)", 3, ["c)", "d)", "e)", "f)"], id="lowerLetter-no-dd"),
        pytest.param(
            "decimal", "Điều %1.", 1, ["Điều 1.", "Điều 2.", "Điều 3.", "Điều 4."], id="dieu"
        ),
        pytest.param(
            "upperRoman", "Phần %1", 1, ["Phần I", "Phần II", "Phần III", "Phần IV"], id="phan"
        ),
        pytest.param("decimal", "(%1)", 5, ["(5)", "(6)", "(7)", "(8)"], id="paren-start-5"),
    ],
)
def test_level_formats_give_word_labels(fmt, text, start, expected):
    got = _items([(f"Nội dung {i}", 0) for i in range(4)], _list(lvl(0, fmt, text, start)))

    assert got == [f"{label} Nội dung {i}" for i, label in enumerate(expected)]


@pytest.mark.parametrize(
    ("n", "fmt", "label"),
    [
        (26, "lowerLetter", "z"),
        (27, "lowerLetter", "aa"),
        (28, "upperLetter", "BB"),
        (1999, "upperRoman", "MCMXCIX"),
        (9, "decimalZero", "09"),
        (4000, "upperRoman", "4000"),
        (7, "ordinalText", "7"),
    ],
)
def test_number_formats_past_the_common_range(n, fmt, label):
    assert format_number(n, fmt) == label


def test_bullets_give_a_dash_and_no_number():
    got = _items([("Sở Tài chính;", 0), ("- Sở Xây dựng.", 0)], _list(lvl(0, "bullet", "")))

    assert got == ["- Sở Tài chính;", "- Sở Xây dựng."]


def test_several_placeholders_and_lower_levels_restart_after_higher():
    numbering = _list(lvl(0, "decimal", "%1."), lvl(1, "decimal", "%1.%2."))
    items = [("A", 0), ("A1", 1), ("A2", 1), ("B", 0), ("B1", 1)]

    assert _items(items, numbering) == ["1. A", "1.1. A1", "1.2. A2", "2. B", "2.1. B1"]


def test_letters_under_numbers_restart_and_lvl_restart_zero_never_restarts():
    items = [("A", 0), ("a", 1), ("b", 1), ("B", 0), ("c", 1)]
    restarting = _list(lvl(0), lvl(1, "lowerLetter", "%2)"))
    never = _list(lvl(0), lvl(1, "lowerLetter", "%2)", restart=0))

    assert _items(items, restarting) == ["1. A", "a) a", "b) b", "2. B", "a) c"]
    assert _items(items, never) == ["1. A", "a) a", "b) b", "2. B", "c) c"]


def test_numbering_continues_across_ordinary_paragraphs():
    def edit(document):
        numbered(document, "Một", 1)
        document.add_paragraph("Đoạn thường ở giữa.")
        numbered(document, "Hai", 1)

    got = texts(build(edit, word__numbering_xml=_list(lvl(0))))

    assert got == ["1. Một", "Đoạn thường ở giữa.", "2. Hai"]


def test_lists_sharing_an_abstract_share_counters_unless_start_overridden():
    # Word keeps the count on the abstractNum: num 2 continues num 1; num 3 carries a
    # startOverride, so its first paragraph restarts the shared count (Word's "Restart at 1").
    numbering = numbering_xml(
        abstract(0, lvl(0)), num(1, 0), num(2, 0), num(3, 0, start_override(0, 1))
    )

    def edit(document):
        for text, nid in [("a", 1), ("b", 1), ("c", 2), ("d", 3), ("e", 3), ("f", 1)]:
            numbered(document, text, nid)

    got = texts(build(edit, word__numbering_xml=numbering))

    assert got == ["1. a", "2. b", "3. c", "1. d", "2. e", "3. f"]


def test_lvl_override_replaces_a_level():
    override = (
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>'
        + lvl(0, "upperRoman", "%1.")
        + "</w:lvlOverride>"
    )
    numbering = numbering_xml(abstract(0, lvl(0)), num(1, 0), num(2, 0, override))

    def edit(document):
        numbered(document, "Một", 1)
        numbered(document, "Phần", 2)
        numbered(document, "Phần hai", 2)

    assert texts(build(edit, word__numbering_xml=numbering)) == [
        "1. Một",
        "I. Phần",
        "II. Phần hai",
    ]


def test_is_lgl_shows_every_level_in_decimal():
    numbering = _list(lvl(0, "upperRoman", "%1."), lvl(1, "decimal", "%1.%2.", legal=True))

    assert _items([("A", 0), ("B", 1)], numbering) == ["I. A", "1.1. B"]


@pytest.mark.parametrize(
    ("suff", "expected"),
    [
        pytest.param(None, "1. Nội dung", id="tab-default"),
        pytest.param("tab", "1. Nội dung", id="tab"),
        pytest.param("space", "1. Nội dung", id="space"),
        pytest.param("nothing", "1.Nội dung", id="nothing"),
    ],
)
def test_suffix_after_the_label(suff, expected):
    assert _items([("Nội dung", 0)], _list(lvl(0, suff=suff))) == [expected]


def test_a_label_both_generated_and_typed_appears_once():
    got = _items([("1. Sở Tài chính.", 0), ("Sở Xây dựng.", 0)], _list(lvl(0)))

    assert got == ["1. Sở Tài chính.", "2. Sở Xây dựng."]


def test_numbering_from_the_paragraph_style_and_its_based_on_parent():
    def edit(document):
        style_with_numbering(document, "Muc", 1, ilvl=0)
        child = document.styles.add_style("Muc con", docx.enum.style.WD_STYLE_TYPE.PARAGRAPH)
        child.base_style = document.styles["Muc"]
        document.add_paragraph("Một", style="Muc")
        document.add_paragraph("Hai", style="Muc con")
        set_numbering(document.add_paragraph("Ba", style="Muc"), None, 1)

    numbering = _list(lvl(0), lvl(1, "lowerLetter", "%2)"))

    assert texts(build(edit, word__numbering_xml=numbering)) == ["1. Một", "2. Hai", "a) Ba"]


def test_styles_with_a_comment_are_checked_for_a_doctype_and_parsed_once(monkeypatch):
    from congvan.readers.ooxml import Package

    def edit(document):
        style_with_numbering(document, "Muc", 1, ilvl=0)
        document.add_paragraph("Một", style="Muc")

    data = build(edit, word__numbering_xml=_list(lvl(0)))
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        styles = z.read("word/styles.xml")
    head, rest = styles.split(b"?>", 1)  # a comment after the XML declaration
    data = with_parts(data, word__styles_xml=head + b"?><!-- ghi ch\xc3\xba -->" + rest)
    parsed: list[str] = []
    original = Package.parse

    def counting(self, name, xml):
        parsed.append(name)
        return original(self, name, xml)

    monkeypatch.setattr(Package, "parse", counting)

    assert texts(data) == ["1. Một"]  # the style's numbering is read
    assert parsed.count("word/styles.xml") == 1


def test_style_linked_level_found_by_its_pstyle():
    # Headings linked to a list name their level in the numbering part (w:pStyle), not in the style.
    def edit(document):
        sid = style_with_numbering(document, "Chuong", 1)
        document.add_paragraph("Quy định chung", style="Chuong")
        document.add_paragraph("Quy định cụ thể", style="Chuong")
        assert sid == "Chuong"

    numbering = _list(lvl(0, "decimal", "%1."), lvl(1, "upperRoman", "Chương %2", pstyle="Chuong"))

    assert texts(build(edit, word__numbering_xml=numbering)) == [
        "Chương I Quy định chung",
        "Chương II Quy định cụ thể",
    ]


def test_num_id_zero_removes_numbering_the_style_gives():
    def edit(document):
        style_with_numbering(document, "Muc", 1, ilvl=0)
        document.add_paragraph("Một", style="Muc")
        set_numbering(document.add_paragraph("Không số", style="Muc"), 0)
        document.add_paragraph("Hai", style="Muc")

    got = texts(build(edit, word__numbering_xml=_list(lvl(0))))

    assert got == ["1. Một", "Không số", "2. Hai"]


def test_numbered_letter_reports_cv013_not_cv010():
    src = read(build(lambda d: numbered(d, "Một", 1), word__numbering_xml=_list(lvl(0))))

    assert "CV013" in codes_of(src)
    assert "CV010" not in codes_of(src)


def test_missing_numbering_part_gives_cv016_and_the_text():
    data = build(lambda d: numbered(d, "Một", 1), word__numbering_xml=None)

    src = read(data)

    assert [line.text for line in src.lines] == ["Một"]
    cv016 = [d for d in src.diagnostics if d.code == "CV016"]
    assert len(cv016) == 1
    assert "numbering.xml" in cv016[0].message


def test_numbering_to_an_abstract_that_does_not_exist_gives_cv016():
    numbering = numbering_xml(abstract(0, lvl(0)), num(1, 7))

    src = read(build(lambda d: numbered(d, "Một", 1), word__numbering_xml=numbering))

    assert [line.text for line in src.lines] == ["Một"]
    assert "CV016" in codes_of(src)


def test_hostile_numbering_values_do_not_hang_or_crash():
    numbering = _list(lvl(0, "upperRoman", "%1%1%1" * 200, start=10**9), lvl(1, "lowerLetter", "x"))

    got = _items([("A", 0), ("B", 9), ("C", -1)], numbering)

    assert got[1:] == ["B", "C"]
    assert len(got[0]) < 1000


# --- acceptance: Word-numbered and hand-typed letters give the same tasks tree ---------------


def _auto_numbered_sample(tmp_path: Path) -> Path:
    """samples/cong_van.docx with its typed ``1.``/``a)`` labels replaced by Word numbering.

    Top-level items take their number from a paragraph style linked to the list;
    the ``a)`` items carry a direct ``w:numPr`` at level 1.
    """
    document = docx.Document(str(SAMPLES / "cong_van.docx"))
    style_with_numbering(document, "Muc so", 1, ilvl=0)
    for p in document.paragraphs:
        text = p.text
        for label, ilvl in (("1. ", 0), ("2. ", 0), ("3. ", 0), ("a) ", 1), ("b) ", 1)):
            if text.startswith(label):
                first = p.runs[0]
                assert first.text.startswith(label)
                first.text = first.text[len(label) :]
                if ilvl == 0:
                    p.style = document.styles["Muc so"]
                else:
                    set_numbering(p, 1, 1)
                break
    numbering = numbering_xml(
        abstract(0, lvl(0, "decimal", "%1."), lvl(1, "lowerLetter", "%2)")), num(1, 0)
    )
    path = tmp_path / "cong_van_tu_dong.docx"
    path.write_bytes(with_parts(save(document), word__numbering_xml=numbering))
    return path


def _tree(tasks):
    return [t.model_dump(mode="json") for t in tasks]


def test_word_numbered_letter_parses_to_the_same_tasks_as_the_typed_one(tmp_path):
    typed = congvan.parse_file(SAMPLES / "cong_van.docx")
    auto = congvan.parse_file(_auto_numbered_sample(tmp_path))

    assert [t.label for t in typed.tasks] == ["1", "2", "3"]
    assert [t.label for t in typed.tasks[1].subtasks] == ["a", "b"]
    assert _tree(auto.tasks) == _tree(typed.tasks)
    assert "CV013" in {d.code for d in auto.diagnostics}
