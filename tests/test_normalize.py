"""Normalization of reading text, the matching form ``canon`` and output values."""

from __future__ import annotations

import unicodedata

import pytest

from congvan.normalize import _TABLE, canon, canon_lower, clean_value, fold, normalize_text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param(unicodedata.normalize("NFD", "Hòa Bình"), "Hòa Bình", id="nfd-to-nfc"),
        pytest.param("\u00d0ỒNG NAI", "ĐỒNG NAI", id="eth-lookalike-upper"),
        pytest.param("\u00f0ồng", "đồng", id="eth-lookalike-lower"),
        pytest.param("Số:\u00a012/UBND", "Số: 12/UBND", id="nbsp-to-space"),
        pytest.param("Hà\u202fNội\u3000x", "Hà Nội x", id="other-spaces-to-space"),
        pytest.param("Sở\u200b Tài\u200c\u200dchính\u2060", "Sở Tàichính", id="zero-width"),
        pytest.param("\ufeffSố: 12", "Số: 12", id="bom-inside-text"),
        pytest.param("cải\u00adcách", "cảicách", id="soft-hyphen"),
        pytest.param("NĐ\u2011CP", "NĐ-CP", id="non-breaking-hyphen"),
        pytest.param("**x**", "x", id="strong"),
        pytest.param("*x*", "x", id="emphasis"),
        pytest.param("(*Theo dõi trang*)", "(Theo dõi trang)", id="emphasis-in-parentheses"),
        pytest.param("**Mọi thông tin** liên hệ", "Mọi thông tin liên hệ", id="strong-in-line"),
        pytest.param("*", "*", id="lone-star-kept"),
        pytest.param("2 * 3 * 4", "2 * 3 * 4", id="spaced-stars-kept"),
        pytest.param("<https://a.b/c>", "https://a.b/c", id="autolink"),
        pytest.param("<b>đậm</b>", "<b>đậm</b>", id="html-tag-kept"),
        pytest.param("Kính gửi:   \t", "Kính gửi:", id="trailing-spaces-removed"),
        pytest.param("    KT. GIÁM ĐỐC", "    KT. GIÁM ĐỐC", id="leading-spaces-kept"),
        pytest.param("", "", id="empty"),
        pytest.param(
            "Hà Nội, ngày 05 tháng 8 năm 2021", "Hà Nội, ngày 05 tháng 8 năm 2021", id="plain"
        ),
    ],
)
def test_normalize_text_gives_the_reading_form(raw, expected):
    assert normalize_text(raw) == expected


def test_characters_mapped_one_to_one_compose_with_nothing():
    # normalize_document skips a second NFC pass when no character was dropped: that is
    # exact only while every character mapped to another is a starter that composes with
    # no letter before it and no mark after it.
    marks = [chr(c) for c in range(0x300, 0x370) if unicodedata.is_normalized("NFC", chr(c))]
    marks += ["\u1161", "\u11a8"]  # Hangul vowel and final jamo: they compose too
    letters = [chr(c) for c in range(0x41, 0x7B)] + ["\u1100", "\uac00", "ơ", "ư", "ê"]
    for value in filter(None, _TABLE.values()):
        assert unicodedata.combining(value) == 0
        for mark in marks:
            assert unicodedata.is_normalized("NFC", value + mark), (value, mark)
        for letter in letters:
            assert unicodedata.is_normalized("NFC", letter + value), (letter, value)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("hoà", "hòa", id="hoa-grave"),
        pytest.param("Hoà Bình", "Hòa Bình", id="title-case"),
        pytest.param("HOÀ", "HÒA", id="upper"),
        pytest.param("uỷ ban", "ủy ban", id="uy-hook"),
        pytest.param("Uỷ ban", "Ủy ban", id="uy-title-case"),
        pytest.param("UỶ BAN", "ỦY BAN", id="uy-upper"),
        pytest.param("khoẻ", "khỏe", id="oe"),
        pytest.param("thuý", "thúy", id="uy-acute"),
        pytest.param("hoàn", "hoàn", id="not-at-word-end"),
        pytest.param("thuyền", "thuyền", id="uye-unchanged"),
        pytest.param("hòa", "hòa", id="already-new"),
        pytest.param("hoà2", "hòa2", id="digit-ends-the-word"),
        pytest.param("", "", id="empty"),
    ],
)
def test_canon_rewrites_old_tone_placement_and_keeps_length(raw, expected):
    result = canon(raw)

    assert result == expected
    assert len(result) == len(raw)


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param("hoÀ", id="lower-o-upper-a"),
        pytest.param("khoẺ", id="lower-o-upper-e"),
        pytest.param("uỶ", id="lower-u-upper-y"),
    ],
)
def test_canon_never_raises_on_mixed_case_old_tones(raw):
    assert len(canon(raw)) == len(raw)


def test_fold_ignores_case_tone_placement_and_spacing():
    assert fold("  HOÀ   Bình ") == fold("hòa bình") == "hòa bình"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("- Như trên;", "Như trên", id="dash-bullet-semicolon"),
        pytest.param("+ Sở Tài chính,", "Sở Tài chính", id="plus-bullet-comma"),
        pytest.param("• Bộ Nội vụ.", "Bộ Nội vụ", id="dot-bullet-period"),
        pytest.param(". Lưu: VT", "Lưu: VT", id="leading-period"),
        pytest.param("– Các sở, ban, ngành", "Các sở, ban, ngành", id="en-dash-bullet"),
        pytest.param("triển khai thực hiện./.", "triển khai thực hiện", id="end-mark"),
        pytest.param("thực hiện ./. ", "thực hiện", id="spaced-end-mark"),
        pytest.param("Như trên;.", "Như trên", id="stacked-punctuation"),
        pytest.param("  Sở   Tài\tchính \n", "Sở Tài chính", id="whitespace-folded"),
        pytest.param("UBND tỉnh (B/c)", "UBND tỉnh (B/c)", id="parenthesis-kept"),
        pytest.param(".5 triệu", ".5 triệu", id="decimal-point-kept"),
        pytest.param("30/2020/NĐ-CP", "30/2020/NĐ-CP", id="number-kept"),
        pytest.param("", "", id="empty"),
        pytest.param(" ;, ", "", id="only-punctuation"),
        pytest.param("Như trên ; , .", "Như trên", id="spaced-stacked-punctuation"),
        pytest.param("hết hạn a/.", "hết hạn a/", id="slash-without-end-mark"),
        pytest.param("thực hiện ./. ;", "thực hiện", id="end-mark-then-semicolon"),
        pytest.param("1.5, 2.5.", "1.5, 2.5", id="inner-marks-kept"),
    ],
)
def test_clean_value_applies_the_contract_string_rules(raw, expected):
    assert clean_value(raw) == expected


def test_the_mapped_character_pattern_lists_exactly_the_mapped_characters():
    from congvan import normalize, patterns

    every = "".join(chr(c) for c in range(0x10000))
    found = {c for c in every if patterns.NORMALIZE_MAPPED_RE.match(c)}

    assert found == {chr(c) for c in normalize._TABLE}


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("Trước Ngày 20/8", "trước ngày 20/8", id="lowered"),
        pytest.param("HOÀ BÌNH, Uỷ ban", "hòa bình, ủy ban", id="canon-and-lowered"),
        pytest.param("İzmir", "izmir", id="dotted-capital-i-keeps-length"),
        pytest.param("ıſ\u212a", "isk", id="dotless-i-long-s-kelvin-as-ignorecase"),
        pytest.param("ΑΣ Σ", "ας σ", id="greek-final-sigma"),
        pytest.param("", "", id="empty"),
    ],
)
def test_canon_lower_lowers_canon_text_and_keeps_length(raw, expected):
    result = canon_lower(raw)

    assert result == expected
    assert len(result) == len(raw)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("HOÀ hoÀ HoÀ", "HÒA hòA HòA", id="each-case-of-o"),
        pytest.param("UỶ uỶ Uỷ", "ỦY ủY Ủy", id="each-case-of-u"),
        pytest.param("QUÝ quý Quỷ qUỷ", "QUÝ quý Quỷ qUỷ", id="qu-is-a-consonant"),
        pytest.param("khoẻ,hoà.uỷ", "khỏe,hòa.ủy", id="punctuation-ends-the-word"),
        pytest.param("hoàng thuỷt", "hoàng thuỷt", id="letter-follows"),
    ],
)
def test_canon_matches_old_tones_in_any_case(raw, expected):
    assert canon(raw) == expected


def test_every_pattern_of_a_zone_is_reachable_from_the_package() -> None:
    """Callers write ``patterns.X``: a pattern added to a zone module must be re-exported."""
    import re as _re

    from congvan import patterns
    from congvan.patterns import (
        body,
        citations,
        closing,
        deadlines,
        formats,
        header,
        owners,
        text,
    )

    for module in (body, citations, closing, deadlines, formats, header, owners, text):
        for name, value in vars(module).items():
            if not name.startswith("_") and isinstance(value, _re.Pattern):
                assert getattr(patterns, name, None) is value, f"{module.__name__}.{name}"
