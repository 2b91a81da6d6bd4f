"""Properties that hold for any input: normalization invariants and a total parser."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from hypothesis import example, given, settings, strategies as st
from pydantic import BaseModel

import congvan
from congvan.models import Document, LineSpan
from congvan.normalize import normalize_document, normalize_text
from congvan.source import Line, SourceDocument

PROPERTY = settings(max_examples=200, deadline=None)

#: Characters the normalizer deletes (zero-width, BOM, soft hyphen) and Markdown punctuation;
#: deleting them can bring a combining mark next to a letter or expose new Markdown.
_DELETABLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad*<>"
plain_text = st.text(st.characters(exclude_characters=_DELETABLE))

VOCABULARY = [
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "UBND TỈNH NINH BÌNH",
    "SỞ NỘI VỤ",
    "Số: 12/UBND-VP",
    "Số:      /UBND-NC",
    "Số 36-HD/VPTW",
    "Hà Nội, ngày 05 tháng 8 năm 2021",
    "ngày 05 tháng 8 năm 2021",
    "Tam Đường, ngày   tháng 8 năm 2021",
    "Kính gửi:",
    "Kính gửi: Sở Tài chính",
    "- Sở Tài chính;",
    "+ UBND các huyện, thành phố.",
    "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ;",
    "Xét đề nghị của Giám đốc Sở Nội vụ,",
    "Thực hiện Công văn số 897/TB-UBND ngày 20/7/2021 của UBND tỉnh,",
    "1.",
    "1. Sở Tài chính:",
    "2. Giao Sở Nội vụ chủ trì, hoàn thành trước ngày 20/8/2021.",
    "a)",
    "a) Đề nghị UBND huyện báo cáo trong tháng 9/2025.",
    "1.2.",
    "(1)",
    "II-",
    "Điều 1.",
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
    "- Đơn vị chủ trì: Sở Tài chính.",
    "- Thời gian hoàn thành: trong tháng 8/2025.",
    "trong thời hạn 05 ngày làm việc kể từ ngày ký",
    "Nơi nhận:",
    "- Như trên;",
    "- Bộ Nội vụ (để b/c);",
    "- Lưu: VT, CCHC.",
    "KT. CHỦ TỊCH",
    "TM. ỦY BAN NHÂN DÂN",
    "TL. CHỦ TỊCH",
    "PHÓ CHỦ TỊCH",
    "(Đã ký)",
    "Thiếu tướng Nguyễn Văn A",
    "Đinh Quang Huy",
    "V/v",
    "V/v triển khai công tác cải cách hành chính",
    "QUYẾT ĐỊNH",
    "CÔNG VĂN",
    "KHẨN",
    "MẬT",
    "Phụ lục",
    "QUY CHẾ",
    "(Ban hành kèm theo Quyết định số 05/QĐ-UBND)",
    "trước ngày 20/8/2021",
    "chậm nhất ngày 31/12/2025",
    "“",
    "”",
    "./.",
    "   ",
    "\t",
    "",
]
_DATE_WORDS = ["05", "2", "8", "tháng", "Tám", "mùng", "/", "…", ""]
_line = st.one_of(
    st.sampled_from(VOCABULARY),
    st.text(max_size=30),
    st.builds(lambda a, b: a + b, st.sampled_from(VOCABULARY), st.text(max_size=10)),
    st.builds(lambda a, b: a + b, st.text(max_size=10), st.sampled_from(VOCABULARY)),
    st.builds(lambda a: "    " + a, st.sampled_from(VOCABULARY)),
    # A place-and-date line with anything between ``ngày`` and the year.
    st.builds(
        lambda parts: "Hà Nội, ngày " + " ".join(parts) + " năm 2025",
        st.lists(st.sampled_from(_DATE_WORDS), max_size=5),
    ),
)
letters = st.builds(
    lambda lines, end: "\n".join(lines) + end,
    st.lists(_line, max_size=40),
    st.sampled_from(["", "\n", "\r\n"]),
)


def _spans(value: object) -> Iterator[LineSpan]:
    if isinstance(value, LineSpan):
        yield value
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from _spans(getattr(value, name))
    elif isinstance(value, list):
        for item in value:
            yield from _spans(item)


def _line_count(text: str) -> int:
    return len(text.splitlines() or [""])


# --- normalize ----------------------------------------------------------------------------


@PROPERTY
@given(plain_text)
def test_normalize_text_is_idempotent(text):
    once = normalize_text(text)

    assert normalize_text(once) == once


@PROPERTY
@given(plain_text)
def test_normalize_text_output_is_nfc(text):
    assert unicodedata.is_normalized("NFC", normalize_text(text))


@PROPERTY
@given(st.text())
def test_normalize_text_adds_no_line_break(text):
    assert normalize_text(text).count("\n") <= text.count("\n")


_MARKDOWN_TOKENS = st.lists(
    st.sampled_from(["*", "**", "<", ">", "<https://a.b/c>", "https://a.b", " ", "x", "Số"]),
    max_size=12,
).map("".join)


@PROPERTY
@given(_MARKDOWN_TOKENS)
@example("<<https://a.b>>")
@example("** *x* **")
def test_normalize_text_is_idempotent_on_markdown(text):
    once = normalize_text(text)

    assert normalize_text(once) == once


@PROPERTY
@given(
    st.lists(
        st.sampled_from(["o", "a", " ", "*", "**", "\u200b", "\u00ad", "\u0300", "\u0301"]),
        max_size=10,
    ).map("".join)
)
@example("ho\u200b\u0300a")
@example("o\u00ad\u0301")
@example("ho**\u0300**")
def test_normalize_text_output_is_nfc_around_deleted_characters(text):
    assert unicodedata.is_normalized("NFC", normalize_text(text))


@PROPERTY
@given(st.lists(st.text(), max_size=20))
def test_normalize_document_keeps_line_count_and_numbers(texts):
    lines = [Line(no=i, text=t) for i, t in enumerate(texts, start=1)]
    src = SourceDocument("cv.txt", "txt", "0" * 64, "utf-8", lines)

    result = normalize_document(src)

    assert len(result.lines) == len(lines)
    assert [line.no for line in result.lines] == [line.no for line in lines]
    assert src.lines == lines  # the input is not changed


# --- the whole parser ---------------------------------------------------------------------


def _check_document(doc: Document, text: str) -> None:
    count = _line_count(text)
    for span in _spans(doc):
        assert 1 <= span.start <= span.end <= count, (span, count)
    for diagnostic in doc.diagnostics:
        assert diagnostic.line is None or 1 <= diagnostic.line <= count, (diagnostic, count)
    assert Document.model_validate_json(doc.model_dump_json()) == doc


@PROPERTY
@given(st.text())
def test_parse_text_is_total_on_arbitrary_text(text):
    doc = congvan.parse_text(text)

    _check_document(doc, text)


@PROPERTY
@given(letters)
def test_parse_text_is_total_on_letter_like_text(text):
    doc = congvan.parse_text(text)

    _check_document(doc, text)


_NORMALIZE_ALPHABET = st.sampled_from(
    ["o", "a", "A", " ", "\t", "*", "**", "<", ">", "<https://a.b>", "\u200b", "\u00ad",
     "\u00a0", "\u00d0", "\u2010", "\u0300", "\u0301", "\u0323", "\u031b", "\n", "\r", "ệ",
     "\x85", "\u1100", "\u1161"]  # a space only rstrip cuts; jamo that compose
)  # fmt: skip


@PROPERTY
@given(st.lists(st.lists(_NORMALIZE_ALPHABET, max_size=8).map("".join), max_size=12))
@example(["a", "\u0301b"])  # a mark at a line start must not reach the line before
@example(["o\n", "x"])  # a line feed inside a line: one by one
def test_normalize_document_is_normalize_text_of_each_line(texts):
    lines = [Line(no=i, text=t) for i, t in enumerate(texts, start=1)]
    src = SourceDocument("cv.txt", "txt", "0" * 64, "utf-8", lines)

    result = normalize_document(src)

    assert [line.text for line in result.lines] == [normalize_text(t) for t in texts]
