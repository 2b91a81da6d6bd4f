"""What one line is on its own: blank, in capitals, the motto, the place and date, a title."""

from __future__ import annotations

import re

from congvan import patterns
from congvan.normalize import canon, fold, is_upper
from congvan.source import Line

#: Titles: document-type names as they stand alone on the title line, with their codes.
TITLES: dict[str, tuple[str, str | None]] = {
    fold(k): v
    for k, v in {
        "QUYẾT ĐỊNH": ("Quyết định", "QĐ"),
        "KẾ HOẠCH": ("Kế hoạch", "KH"),
        "THÔNG BÁO": ("Thông báo", "TB"),
        "TỜ TRÌNH": ("Tờ trình", "TTr"),
        "BÁO CÁO": ("Báo cáo", "BC"),
        "CHỈ THỊ": ("Chỉ thị", "CT"),
        "NGHỊ QUYẾT": ("Nghị quyết", "NQ"),
        "NGHỊ ĐỊNH": ("Nghị định", "NĐ"),
        "THÔNG TƯ": ("Thông tư", "TT"),
        "THÔNG TƯ LIÊN TỊCH": ("Thông tư liên tịch", "TTLT"),
        "HƯỚNG DẪN": ("Hướng dẫn", "HD"),
        "CHƯƠNG TRÌNH": ("Chương trình", "CTr"),
        "QUY CHẾ": ("Quy chế", "QC"),
        "QUY CHẾ PHỐI HỢP": ("Quy chế phối hợp", "QCPH"),
        "CHƯƠNG TRÌNH PHỐI HỢP": ("Chương trình phối hợp", "CTrPH"),
        "NGHỊ QUYẾT LIÊN TỊCH": ("Nghị quyết liên tịch", "NQLT"),
        "QUY ĐỊNH": ("Quy định", "QyĐ"),
        "THÔNG CÁO": ("Thông cáo", "TC"),
        "PHƯƠNG ÁN": ("Phương án", "PA"),
        "ĐỀ ÁN": ("Đề án", "ĐA"),
        "DỰ ÁN": ("Dự án", "DA"),
        "BIÊN BẢN": ("Biên bản", "BB"),
        "HỢP ĐỒNG": ("Hợp đồng", "HĐ"),
        "CÔNG ĐIỆN": ("Công điện", "CĐ"),
        "BẢN GHI NHỚ": ("Bản ghi nhớ", "BGN"),
        "BẢN THỎA THUẬN": ("Bản thỏa thuận", "BTT"),
        "GIẤY ỦY QUYỀN": ("Giấy ủy quyền", "GUQ"),
        "GIẤY MỜI": ("Giấy mời", "GM"),
        "GIẤY GIỚI THIỆU": ("Giấy giới thiệu", "GGT"),
        "GIẤY NGHỈ PHÉP": ("Giấy nghỉ phép", "GNP"),
        "PHIẾU GỬI": ("Phiếu gửi", "PG"),
        "PHIẾU CHUYỂN": ("Phiếu chuyển", "PC"),
        "PHIẾU BÁO": ("Phiếu báo", "PB"),
        "PHIẾU TRÌNH": ("Phiếu trình", "PT"),
        "PHIẾU TRÌNH GIẢI QUYẾT CÔNG VIỆC": ("Phiếu trình", "PT"),
        "THƯ CÔNG": ("Thư công", None),
        "CÔNG VĂN": ("Công văn", None),
        "LUẬT": ("Luật", None),
        "PHÁP LỆNH": ("Pháp lệnh", None),
        "LỆNH": ("Lệnh", None),
        "KẾT LUẬN": ("Kết luận", "KL"),
        "THÔNG TRI": ("Thông tri", "TT"),
        "BẢN CAM KẾT": ("Bản cam kết", "CK"),
        "GIẤY CHỨNG NHẬN": ("Giấy chứng nhận", "CN"),
    }.items()
}


def is_motto(text: str) -> bool:
    return patterns.MOTTO_RE.match(canon(text)) is not None


def place_date(text: str) -> re.Match[str] | None:
    """The place and date of a line such as ``Lâm Đồng, ngày 02 tháng 12 năm 2026`` (on
    ``canon(text)``, whose offsets are the text's), or of one whose comma OCR lost (``Hà Nội
    ngày 11 tháng 12 năm 2025``) when each word of the place starts with a capital."""
    line = canon(text)
    m = patterns.PLACE_DATE_RE.match(line)
    if m is not None:
        return m
    m = patterns.PLACE_DATE_BARE_RE.match(line)
    if m is None or not all(word[0].isupper() for word in m.group("place").split()):
        return None
    return m


def is_place_date(text: str) -> bool:
    return place_date(text) is not None


def title_of(text: str) -> tuple[str, str | None] | None:
    """The (name, code) of a document-type title line such as ``QUYẾT ĐỊNH``, or
    ``QUYẾT ĐỊNH CỦA BỘ TRƯỞNG BỘ TÀI CHÍNH`` (the title and its author, as older
    letters and the Công báo print it)."""
    stripped = text.strip()
    if not stripped:
        return None
    if stripped != stripped.upper():
        # ``quyết định của uỷ ban nhân dân tỉnh lào cai``: typed in lower case for a TCVN3
        # capital font, the author and all (a sentence has capitals)
        of = patterns.TITLE_OF_RE.match(text) if stripped == stripped.lower() else None
        return bare_title(of.group("title")) if of is not None else None
    found = bare_title(text)
    if found is None:
        of = patterns.TITLE_OF_RE.match(text)
        if of is not None:
            found = bare_title(of.group("title"))
    return found


#: The article some older letters put before their kind: ``BẢN QUY ĐỊNH``, ``BẢN HƯỚNG DẪN``
#: (``BẢN GHI NHỚ``, ``BẢN CAM KẾT`` are kinds of their own, found first).
_ARTICLE = fold("bản") + " "


def bare_title(text: str) -> tuple[str, str | None] | None:
    """A title in any case, alone on its line: ``Quyết định`` typed in lower case and drawn
    in capitals by a TCVN3 capital font (a transcript keeps the lower case)."""
    key = fold(text).strip(" :.")
    found = TITLES.get(key)
    if found is None and key.startswith(_ARTICLE):
        found = TITLES.get(key[len(_ARTICLE) :])
    if found is None:
        urgent = patterns.TITLE_URGENCY_RE.search(canon(text))  # ``CÔNG ĐIỆN KHẨN``
        if urgent is not None and urgent.start() > 0:
            found = bare_title(text[: urgent.start()])
    return found


#: The most words a kind's name takes (``PHIẾU TRÌNH GIẢI QUYẾT CÔNG VIỆC``).
_TITLE_WORDS = 5


def title_with_subject(text: str) -> tuple[str, str] | None:
    """A title in capitals that goes on with its subject on the same line, as typists of
    older letters wrote it: ``CHỈ THỊ VỀ VIỆC TĂNG CƯỜNG ...``, ``HƯỚNG DẪN THỰC HIỆN QUY CHẾ
    ...``. Gives the kind's words and the rest; the longest kind's name wins (``THÔNG BÁO KẾT
    LUẬN`` before ``THÔNG BÁO``). A line in mixed case is a sentence, not a title; one all in
    lower case is a transcript's of a TCVN3 capital font, a title when ``về`` opens its subject
    (``chỉ thị về việc tăng cường ...``)."""
    words = text.split()
    lower = text == text.lower()
    if len(words) < 2 or not (is_caps(text) or lower):
        return None
    if bare_title(text) is not None:
        return None  # ``CÔNG ĐIỆN KHẨN``: a kind and its urgency, no subject
    for n in range(min(_TITLE_WORDS, len(words) - 1), 0, -1):
        if bare_title(" ".join(words[:n])) is not None:
            if lower and fold(words[n]) != fold("về"):
                return None
            return " ".join(words[:n]), " ".join(words[n:])
    return None


def side_by_side(lines: list[Line]) -> list[list[Line]]:
    """``lines`` by the cell of one table row that holds them, left to right, when they all
    stand in cells of the same row (a joint letter's issuers or signers side by side); else
    one group of them all."""
    cells: dict[tuple[int, int, int], list[Line]] = {}
    for line in lines:
        if line.cell is None:
            return [lines]
        cells.setdefault((line.cell.table, line.cell.row, line.cell.col), []).append(line)
    if len({(table, row) for table, row, _ in cells}) != 1:
        return [lines]
    return [cells[key] for key in sorted(cells)]


def blank(line: Line) -> bool:
    return not line.text.strip()


def unfinished(line: str) -> bool:
    """A line its writer left mid-sentence: no final mark, and no heading in capitals (``...
    của Bộ Lao động - Thương binh và Xã hội hướng dẫn``, not ``BỘ TRƯỞNG BỘ TÀI CHÍNH``): a
    lead's words in lower case after it go on with it."""
    return not line.rstrip().endswith((".", ":", ";", ",", "!", "?")) and not is_caps(line)


def is_caps(text: str) -> bool:
    return is_upper(text, 0.8)
