"""Patterns of dates, deadlines and recurring duties (lower case, on ``canon_lower`` text)."""

from __future__ import annotations

import re

_I = re.IGNORECASE
_X = re.VERBOSE

#: A short date, its year after a slash or spelt (``10/01 năm 2027``, as some letters mix them).
_DAY_MONTH_YEAR = (
    r"(?P<d>\d{1,2})\s*[/.\-]\s*(?P<m>\d{1,2})(?:(?:\s*[/.\-]\s*|\s+n[ăa]m\s+)(?P<y>\d{4}))?"
)

_LONG = r"(?P<ld>\d{1,2})\s+th[áa]ng\s+(?P<lm>\d{1,2})(?:\s+n[ăa]m\s+(?P<ly>\d{4}))?"

#: What opens a deadline date: ``trước``, ``chậm nhất`` (``chậm nhất đến ngày``), ``muộn nhất``,
#: ``hạn chót``, ``hạn cuối``, ``không muộn hơn``, ``đến hết``, ``trong
#: ngày 10/01/2026``, ``đến 30/5/2026 phải ...`` (``đến`` alone starts a range or a cut-off),
#: ``từ nay đến ngày 30/9/2026``, ``hạn chót nhận hồ sơ là ngày 08/4/2026``;
#: each alternative starts with a letter (see the module docstring).
_DATE_LEAD = r"""tr[ướư][ớo]c | ch[ậa]m\s+nh[ấa]t(?:\s+(?:l[àa]|v[àa]o|đ[ếe]n(?:\s+h[ếe]t)?))? | h[ạa]n\s+ch[óo]t | kh[ôo]ng\s+qu[áa] | kh[ôo]ng\s+mu[ộo]n\s+h[ơo]n
    | mu[ộo]n\s+nh[ấa]t(?:\s+(?:l[àa]|v[àa]o))? | h[ạa]n\s+cu[ốo]i
    | tr[ướư][ớo]c\s+hoặc\s+trong | đến\s+hết | đ[ếe]n\s+h[ếe]t | d[ếe]n\s+h[ếe]t
    | trong(?=\s+ng[àa]y\s+\d) | t[ừu]\s+nay\s+đ[ếe]n(?:\s+h[ếe]t)?
    | h[ạa]n\s+(?:ch[óo]t|cu[ốo]i)\s+(?:[^\W\d]+\s+){1,6}?l[àa]
    | đ[ếe]n(?=\s+(?:ng[àa]y\s+)?\d{1,2}\s*[/.\-]\s*\d{1,2}(?:\s*[/.\-]\s*\d{4})?\s+ph[ảa]i(?!\w))"""

#: Deadlines: ``trước ngày 20/8/2021``, ``chậm nhất ngày 15 tháng 5 năm 2025``,
#: ``hoàn thành trước 30/4/2025``, ``trước 17 giờ 00 ngày 10/3/2026``, ``trước thứ Sáu, ngày
#: 10/4/2026`` (the weekday written before the date). Lower case, on
#: ``canon_lower`` text (as the patterns below and the hints). ``hoàn thành`` or ``xong``
#: before the lead is written out per alternative for the same reason as _DATE_LEAD.
DEADLINE_DATE_RE = re.compile(
    rf"""(?P<raw>(?:ho[àa]n\s+th[àa]nh\s+(?:{_DATE_LEAD}) | xong\s+(?:{_DATE_LEAD}) | {_DATE_LEAD})
        (?:\s+\d{{1,2}}\s*(?:h|giờ)(?:\s*\d{{1,2}})?(?:\s*ph[úu]t)?,?)?
        (?:\s+(?:th[ứu]\s+(?:hai|ba|t[ưư]|n[ăa]m|s[áa]u|b[ảa]y)|ch[ủu]\s+nh[ậa]t),?)?
        \s+(?:ng[àa]y\s+)?(?:{_DAY_MONTH_YEAR}|{_LONG}))""",
    _X,
)

#: The months named in words (``tháng Mười``, ``tháng Giêng``, ``tháng Tư``), lower case, longest
#: first; MONTH_NUMBERS gives their numbers.
_MONTH_WORDS = r"(?:giêng|chạp|mười\s+một|mười\s+hai|mười|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín)"
MONTH_NUMBERS = {"giêng": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6,
                 "bảy": 7, "tám": 8, "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12,
                 "chạp": 12}  # fmt: skip

#: The period of DEADLINE_PERIOD_RE and DEADLINE_PERIOD_OPENING_RE: a month (``tháng 9/2025``,
#: ``tháng Mười năm 2026``), a quarter, a year,
#: a half-year (``6 tháng đầu năm 2026``, a period as a quarter is).
#: Months listed over one year (``Tháng 11, 12/2013``, ``tháng 5 - 6/2026``) end with the last,
#: and so do quarters (``Quý I, II/2026``, ``Quý II - Quý IV/2026``, ``quý II và quý III năm 2026``).
_PERIOD = rf"""(?:
        th[áa]ng\s+(?:\d{{1,2}}\s*(?:,|-|–|và)\s*)*(?P<m>\d{{1,2}})\s*(?:/|\s+n[ăa]m\s+)\s*(?P<y>\d{{4}})
      | th[áa]ng\s+(?P<wm>{_MONTH_WORDS})\s*(?:/|\s+n[ăa]m\s+)\s*(?P<wy>\d{{4}})
      | qu[ýy]\s+(?:(?:i{{1,3}}|iv|[1-4])\s*(?:,|-|–|v[àa]|đ[ếe]n)\s*(?:qu[ýy]\s+)?)*(?P<q>i{{1,3}}|iv|[1-4])
        \s*(?:/|\s+n[ăa]m\s+)\s*(?P<qy>\d{{4}})
      | n[ăa]m\s+(?P<year>\d{{4}})
      | (?:0?6|s[áa]u)\s+th[áa]ng\s+(?P<half>[đd][ầa]u|cu[ốo]i)\s+n[ăa]m\s+(?P<hy>\d{{4}})
    )"""

#: ``trong tháng 9/2025``, ``trong tháng 9 năm 2025``, ``trong quý III/2025``, ``trong năm 2026``,
#: ``Hoàn thành tháng 4/2026`` and ``Hoàn thành: tháng 10/2026`` (a table's time column); not
#: the end of a half-year (``6 tháng cuối năm 2025``: the half is its period),
#: ``Kết thúc năm 2013, Chính phủ báo cáo ...`` (due when the year ends);
#: the roman quarter is matched lowered (``quý iii``), so ``QUÝ III`` and ``quý iii`` both count.
#: A period opening the text without a lead word (``Quý II/2025``, after ``Thời gian:``) is
#: DEADLINE_PERIOD_OPENING_RE's, tried first with ``match``: a ``^\s*`` alternative here
#: would keep ``re`` from skipping to the lead words' first letters.
DEADLINE_PERIOD_RE = re.compile(
    rf"""(?P<raw>(?:tr[ướư][ớo]c | trong | h[ếe]t | (?<!th[áa]ng\s)(?:cu[ốo]i | đ[ầa]u | d[ầa]u) | k[ếe]t\s+th[úu]c
        | ho[àa]n\s+th[àa]nh\s*:?(?:\s+v[àa]o)?)\s+{_PERIOD})""",
    _X,
)

#: A month or a quarter without its year after a lead of DEADLINE_PERIOD_RE (``trong tháng 9``,
#: ``hoàn thành trong tháng Tư``, ``trước quý III``, ``trong tháng 9 năm nay``, ``... năm sau``):
#: the letter's year when that cannot cross a year end (a quarter has no ``iso`` anyway). A
#: month in words without a year leaves out ``một`` and ``năm`` (``trong tháng một số ...``); a
#: list of months or quarters that goes on to its year (``quý II và quý III năm 2025``) is
#: DEADLINE_PERIOD_RE's.
#: Lower case, on ``canon_lower`` text.
YEARLESS_PERIOD_RE = re.compile(
    r"""(?P<raw>(?:tr[ướư][ớo]c | trong | h[ếe]t | (?<!th[áa]ng\s)cu[ốo]i | ho[àa]n\s+th[àa]nh(?:\s+trong)? | xong\s+trong)
        \s+(?:th[áa]ng\s+(?:(?P<m>\d{1,2}) | (?P<wm>giêng|chạp|mười\s+một|mười\s+hai|mười|hai|ba|tư|bốn|sáu|bảy|tám|chín))
          | qu[ýy]\s+(?P<q>i{1,3}|iv|[1-4]))
        (?:\s+n[ăa]m\s+(?P<rel>nay|sau|tới))?)
      (?!\w|\s*[/.\-]\s*\d|\s*\d|\s+n[ăa]m\s+\d
        |\s*(?:,|-|–|v[àa]|đ[ếe]n)\s*(?:(?:qu[ýy]|th[áa]ng)\s+)?(?:\d|(?:i{1,3}|iv)(?!\w)))""",
    _X,
)

#: What YEARLESS_PERIOD_RE cannot match without: ``tháng`` or ``quý`` before a number or a
#: month's name. Lower case.
YEARLESS_HINT_RE = re.compile(
    r"(?:tháng|quý|quí)\s+(?:\d|[ivx]+\b|giêng|chạp|mười|hai|ba|tư|bốn|sáu|bảy|tám|chín)"
)

#: After a date without its year: ``năm nay`` is the letter's year; ``năm sau`` and ``năm tới``
#: follow a year that may be the letter's or each year's (``quyết toán ... chậm nhất là ngày 31
#: tháng 3 năm sau`` recurs), so they stay in the words and fix no date. Lower case,
#: ``match``ed just after the date.
YEAR_AFTER_RE = re.compile(r"\s*(?:của\s+)?n[ăa]m\s+(?P<rel>nay|sau|tới)(?!\w)")

#: A copula between a completion and the year closing its sentence: ``xem nhiệm vụ hoàn thành
#: việc lập quy hoạch là nhiệm vụ hàng đầu trong năm 2026`` says what matters that year, not
#: when the work is due. Searched between the two.
YEAR_COPULA_RE = re.compile(r"(?<!\w)là(?!\w)")

#: A year written out in a deadline's words: a date so fixed is one day, whatever recurs in
#: the clause before it (``hằng năm, chậm nhất ngày 31/01`` recurs; ``... ngày 31/01/2027``
#: does not).
WRITTEN_YEAR_RE = re.compile(r"\d{4}")

#: A bracket opening on a period is a note of when the task is due (``(trong năm 2013)``,
#: ``(Quý IV/2013, Quý I/2014 và thường xuyên)``); the deadline reader keeps it only where
#: the note ends its clause (NOTE_END_RE). The bracket is not part of ``raw``.
DEADLINE_NOTE_RE = re.compile(rf"""\(\s*(?P<raw>(?:trong\s+)?{_PERIOD})""", _X)

#: ``Từ nay đến`` opening a field that is a due date by its place (``Tiến độ: Từ nay đến hết năm
#: 2023``, a time column's ``Từ nay đến 30/6/2019``): the work runs up to what follows, its
#: deadline. In a sentence it stays a span of time (``từ nay đến cuối năm``). Written twice or
#: more it is matched whole, so what follows is read once. Lower case, ``match`` on
#: ``canon_lower`` text.
FROM_NOW_RE = re.compile(r"(?:\s*từ\s+(?:nay|bây\s+giờ)\s+(?:đến|tới)\s+)+(?=\S)")

#: The run of time a due field opens with, up to the end that is its deadline: ``Từ 20/4 đến``
#: (``05/5/2026``), ``Từ tháng 3 đến`` (``tháng 6/2026``), a week of a month (``Tuần 1-2`` before
#: ``tháng 3/2026``). Not years (``Từ năm 2013 đến năm 2020``: a plan's period). Lower case,
#: ``match`` on ``canon_lower`` text, after FROM_NOW_RE. A month to a month
#: (``Tháng 12/2024 - tháng 01/2025``, ``Tháng 3 - tháng 5/2026``) runs to the second.
DUE_RUN_RE = re.compile(
    r"\s*(?:từ\s+(?!nay\b|bây\s+giờ\b|(?:năm\s+)?\d{4}\b)[^;.:]{1,40}?\s+(?:đến|tới)\s+(?:hết\s+)?(?=\S)"
    r"|tuần\s+(?:thứ\s+)?\d{1,2}(?:\s*[-–,]\s*\d{1,2})?\s+(?:của\s+)?(?=tháng)"
    r"|tháng\s+\d{1,2}(?:\s*/\s*\d{4})?\s*[-–]\s*(?=tháng\s+\d))"
)

#: ``Quý II/2025`` at the start of the text (``match`` only), spaces before it included.
DEADLINE_PERIOD_OPENING_RE = re.compile(rf"""(?P<raw>\s*{_PERIOD})""", _X)

#: A field that is a due date by its place (a task table's time column, ``- Thời gian hoàn
#: thành: ...``) may hold a bare date or year: ``30/6/2026``, ``Ngày 15 tháng 5``, ``Năm 2026``,
#: ``2026`` (not ``2026-2030``, a period). Lower case, ``match`` on ``canon_lower`` text.
DUE_OPENING_RE = re.compile(
    rf"""(?P<raw>\s*(?:ng[àa]y\s+)?(?:{_DAY_MONTH_YEAR}|{_LONG})
      | \s*(?:n[ăa]m\s+)?(?P<year>\d{{4}})(?!\s*[-–/]\s*\d))""",
    _X,
)

#: A due date stated as an attribute inside an item's paragraph rather than on a line of its
#: own: ``... rà soát thủ tục hành chính. Thời hạn: 31/12/2026.``, ``Hạn chót nộp hồ sơ: 17 giờ
#: 00 ngày 20/12/2026``, ``(Tiến độ: trước 30/6/2026)``. Only the words of a due date (``thời
#: hạn``, ``thời gian hoàn thành``, ``hạn chót``, ``hạn nộp``, ``hạn hoàn thành``, ``tiến
#: độ``): a bare ``Thời gian:`` may give a start or a period, except in brackets at an item's
#: end (``(thời gian: quý III/2025)``) or after the semicolon that closes the work (``...
#: Thanh tra Sở thực hiện; thời gian: tháng 8/2026``) when it starts nothing (``từ``, ``kể
#: từ``), or after the work's full stop when it gives a quarter, a month or a year (``...
#: Thời gian: Quý II/2027``, ``... Thời gian: Năm 2022``, ``... Thời gian thực hiện: Quý II/2026``;
#: a day there may be a meeting's). The group
#: ``value`` is read as a due field; a time of day before it is skipped. Lower case, on
#: ``canon_lower`` text.
INLINE_DUE_RE = re.compile(
    r"(?:^|[.;:(]\s*|\s[-–]\s)(?:thời\s+hạn(?:\s+hoàn\s+thành)?|thời\s+gian\s+hoàn\s+thành|tiến\s+độ(?:\s+hoàn\s+thành)?"
    r"|(?:(?<=\()|(?<=;\s)|(?<=\.\s)(?=thời\s+gian(?:\s+thực\s+hiện)?\s*:\s*(?:trong\s+)?(?:quý\s|tháng\s|năm\s+\d{4}\b)))"
    r"thời\s+gian(?:\s+thực\s+hiện)?(?=\s*:\s*(?!từ\b|kể\s+từ\b))"
    r"|hạn\s+(?:chót|nộp|cuối|hoàn\s+thành)[^:.;]{0,40}?)\s*:\s*"
    r"(?:\d{1,2}\s*(?:h|giờ)(?:\s*\d{1,2})?(?:\s*phút)?,?\s*)?(?P<value>[^.;]{2,80})"
)

#: The words of a count spelt out: ``năm``, ``mười lăm``, ``hai mươi mốt``. Lower case.
_COUNT_WORD = r"(?:một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín|mười|mươi)"

#: ``trong thời hạn 05 ngày làm việc kể từ ngày ký``, ``trong vòng 10 ngày kể từ ngày nhận``,
#: ``Trong thời gian 03 tháng kể từ ngày ...``; a count spelt out before its digits, as older
#: letters write it (``chậm nhất là năm (5) ngày, kể từ ngày ký``), or spelt out alone (``trong
#: thời hạn mười lăm ngày, kể từ ngày nhận đủ đơn``); ``trong thời hạn chậm nhất không quá 15
#: ngày``.
#: ``trong 05 ngày làm việc kể từ ngày nhận được`` (a bare ``trong`` only before a count that
#: runs from something: ``trong 30 ngày`` alone is a length), and so ``không quá`` after the work
#: it bounds, a few words before (``thời hạn giải quyết không quá 60 ngày kể từ ngày thụ lý``,
#: ``Tổng thời gian giải quyết hồ sơ đăng ký thuế không quá 05 ngày ...``: group ``limit``, kept
#: only after BOUNDED_WORK_RE; ``thời hạn tạm đình chỉ ... không quá 3 tháng`` is a length);
#: ``thời hạn nộp thuế là 15 ngày (ngày theo lịch), kể từ ngày ...``, ``... là mười lăm (15)
#: ngày, kể từ ngày ...`` (``là`` only before a count
#: that runs from something: ``là 15 ngày`` alone is a length, not a deadline; the caller leaves
#: ``là`` out of the value); ``Trong thời hạn 8 giờ làm việc kể từ khi tiếp nhận tờ khai``. A start
#: too long to read (``kể từ ngày có quyết định ... Nghị định số 126/2024/NĐ-CP ...``) leaves the
#: count without its ``from``: a relative deadline from an unknown day. ``sau khi`` counts from
#: an event as ``kể từ khi`` does (``chậm nhất là 24 giờ sau khi dập tắt đám cháy``), and
#: ``trước`` back from one (``chậm nhất 60 ngày trước ngày khai mạc Đại hội``, group ``before``).
DEADLINE_RELATIVE_RE = re.compile(
    r"""(?P<raw>(?:trong\s+(?:th[ờo]i\s+h[ạa]n|th[ờo]i\s+gian|v[òo]ng)(?:\s+ch[ậa]m\s+nh[ấa]t)?(?:\s+kh[ôo]ng\s+qu[áa])?
          |ch[ậa]m\s+nh[ấa]t(?:\s+l[àa])?(?:\s+sau)?|sau
          |(?P<is>l[àa])(?=\s+(?:\d{1,3}\s*(?:\([^)]*\)\s*)?|(?:[^\W\d]+\s+){1,3}\(\s*\d{1,3}\s*\)\s*)(?:ng[àa]y|th[áa]ng)[^.;]{0,40}?k[ểe]\s+t[ừu]\s)
          |(?:trong|(?P<limit>kh[ôo]ng\s+qu[áa]))(?=\s+\d{1,3}\s*(?:\([^)]*\)\s*)?(?:ng[àa]y|th[áa]ng)[^.;]{0,40}?k[ểe]\s+t[ừu]\s))\s+
        (?P<count>(?P<n>\d{1,3})\s*(?:\([^)]*\)\s*)?|(?:[^\W\d]+\s+){1,3}\(\s*(?P<spelt>\d{1,3})\s*\)\s*
          |(?P<words>(?:"""
    + _COUNT_WORD
    + r"""\s+){1,4}))
        (?:ng[àa]y(?P<work>\s+l[àa]m\s+vi[ệe]c)?|(?P<months>th[áa]ng)
          |(?P<hours>gi[ờo])(?:\s+l[àa]m\s+vi[ệe]c)?)(?:\s*\([^)]{0,40}\))?
        (?:,?\s+(?:k[ểe]\s+t[ừu]\s+(?:ng[àa]y|khi)|sau\s+khi|(?P<before>tr[ướư][ớo]c)(?:\s+(?:khi|ng[àa]y))?)
          \s+(?P<from>[^,.;]{1,100}?))?)(?=[,.;)]|\s+(?:[đd][ểe]|ph[ảa]i|g[ửu]i|b[áa]o\s+c[áa]o|theo\s+quy\s+[đd][ịi]nh)(?!\w)|$
          |\s+k[ểe]\s+t[ừu]\s|\s+sau\s+khi\s|\s+tr[ướư][ớo]c\s+(?:khi|ng[àa]y)\s)""",
    _X,
)

#: The work a limit of DEADLINE_RELATIVE_RE (``không quá 05 ngày kể từ ...``) bounds, a few words
#: before it: ``giải quyết``, ``xử lý``, ``trả lời``, ``hoàn thành``, ``thụ lý``, a caption's
#: colon after them (``Thời hạn giải quyết: không quá 10 ngày ...``). Searched at the
#: end of the text before the limit (``trong thời hạn chậm nhất`` is DEADLINE_RELATIVE_RE's own
#: lead, not the work's words).
BOUNDED_WORK_RE = re.compile(
    r"(?:giải\s+quyết|xử\s+lý|trả\s+lời|hoàn\s+thành|thụ\s+lý)(?:\s+(?!trong\b|chậm\b)\w+){0,6}\s*:?\s+$"
)

#: The end of a period that comes round again, as the start of a count (``chậm nhất 90 ngày kể
#: từ ngày kết thúc năm tài chính``): the duty recurs with the period. On the count's ``from``.
PERIOD_END_RE = re.compile(
    r"k[ếe]t\s+th[úu]c\s+(?:m[ỗo]i\s+)?(?:(?P<year>n[ăa]m(?:\s+t[àa]i\s+ch[íi]nh|\s+t[íi]nh\s+thu[ếe])?)"
    r"|(?P<quarter>qu[ýí])|(?P<month>th[áa]ng))(?!\w)(?!\s+\d)",
    _I,
)

#: Before an event (``phải nộp xong thuế trước khi nhận hàng``, ``gửi Sở Nội vụ thẩm định trước
#: khi trình UBND tỉnh``), a holiday (``hoàn thành trước Tết Nguyên đán Bính Ngọ``, ``trước
#: dịp Tết Dương lịch 2027``), a day named by its event (``hoàn thành trước ngày khai giảng``:
#: _EVENT_DAY) or a day of the lunar year (``xong trước 25 tháng Chạp``: no
#: calendar date without a lunar table), or right after one (``báo cáo UBND tỉnh ngay sau khi có kết
#: quả``): a deadline without a date; the caller asks for an obligation earlier in the clause.
#: Lower case, on ``canon_lower`` text.
#: An event named by what happens on its day, not by a date: ``trước ngày khai giảng năm học
#: 2025-2026``, ``trước ngày giao quân``, ``trước kỳ họp Hội đồng nhân dân tỉnh cuối năm``,
#: ``trước mùa mưa bão``. Lower case.
_EVENT_DAY = (
    r"(?:ngày\s+(?:khai\s+giảng|khai\s+mạc|khai\s+trường|bế\s+mạc|bế\s+giảng|tổ\s+chức|diễn\s+ra"
    r"|bầu\s+cử|giao\s+(?:nhận\s+)?quân|nhập\s+học|kết\s+thúc|hội\s+nghị|đại\s+hội|lễ|thi)"
    r"|kỳ\s+(?:họp|thi)|phiên\s+họp|mùa\s+(?:mưa|bão|khô|lũ))(?!\w)"
)

#: What DEADLINE_EVENT_RE cannot match without, on the text as written (any case): most
#: paragraphs fail it without being lowered first.
EVENT_HINT_RE = re.compile(
    r"(?:trước|ngay\s+sau)\s+(?:khi|(?:dịp\s+)?tết|(?:ngày\s+)?\d{1,2}\s+tháng\s+(?:chạp|giêng))"
    rf"|trước\s+{_EVENT_DAY}",
    _I,
)

#: A due field that gives only how long the work may take (a procedure's step table: ``06 ngày
#: làm việc``, ``Trong 05 ngày làm việc kể từ ngày nhận đủ hồ sơ``, ``Không quá 02 giờ``, ``05 ngày
#: làm việc sau Hội nghị``, ``Chậm nhất 03 ngày trước ngày khai mạc``): a
#: relative deadline, with no date. Matched whole, on ``canon_lower`` text.
DUE_SPAN_RE = re.compile(
    r"\s*(?:trong\s+(?:vòng\s+|thời\s+hạn\s+)?|không\s+quá\s+|tối\s+đa\s+|chậm\s+nhất\s+)?"
    r"(?P<raw>\d+(?:[,.]\d+)?\s+(?:ngày(?:\s+làm\s+việc)?|giờ|tuần|tháng)(?:\s+(?:(?:kể\s+)?từ|sau|trước)\s+[^.;]{1,120})?)"
    r"\s*[.;]?\s*"
)

_CAN = r"(?:giáp|ất|bính|đinh|mậu|kỷ|canh|tân|nhâm|quý)"
_CHI = r"(?:tý|sửu|dần|mão|mẹo|thìn|tỵ|ngọ|mùi|thân|dậu|tuất|hợi)"
DEADLINE_EVENT_RE = re.compile(
    r"(?P<raw>tr[ướư][ớo]c\s+khi\s+[^\W\d][^.;,()]{2,60}?(?=\s*[.;,()]|\s*$)"
    r"|ngay\s+sau\s+khi\s+[^\W\d][^.;,()]{2,120}?(?=\s*[.;,()]|\s*$)"
    rf"|tr[ướư][ớo]c\s+{_EVENT_DAY}[^.;,()]{{0,80}}?(?=\s*[.;,()]|\s*$)"
    rf"|trước\s+(?:dịp\s+)?tết(?:\s+nguyên\s+đán|\s+dương\s+lịch|\s+âm\s+lịch)?"
    rf"(?:\s+{_CAN}\s+{_CHI}|\s+(?:năm\s+)?\d{{4}})?(?!\w)"
    rf"|trước\s+(?:ngày\s+)?\d{{1,2}}\s+tháng\s+(?:chạp|giêng)(?:\s+năm\s+{_CAN}\s+{_CHI})?(?!\w))"
)

#: A holiday or a day of the lunar calendar that DEADLINE_EVENT_RE found (``trước Tết Nguyên
#: đán Đinh Mùi``, ``trước 25 tháng Chạp``): the work is due by it wherever in the sentence the
#: work is asked, with no obligation word needed (``..., ổn định cuộc sống trước Tết``); an
#: event (``trước khi ...``) bounds work only after an obligation in its clause. ``match`` on
#: the event's raw text, lower case.
HOLIDAY_EVENT_RE = re.compile(r"trước\s+(?:dịp\s+)?tết|trước\s+(?:ngày\s+)?\d")

#: A recurring duty (lower case, on ``canon_lower`` text): ``hằng năm``, ``hàng tháng``,
#: ``định kỳ 6 tháng``, ``định kỳ hằng quý``, ``01 lần/năm``, ``mỗi tuần``, ``3 tháng một kỳ``,
#: ``định kỳ 3 tháng một lần``, ``trước ngày 20 của tháng cuối quý`` (every quarter), a day of
#: the next month or quarter (``chậm nhất là ngày 20 của tháng tiếp theo``, ``ngày 03 đầu tháng
#: sau``: monthly; ``ngày 15 của tháng đầu quý sau``: quarterly), as regulations set a period's
#: return (a letter names a one-off month by its number), or two days a year, the second in
#: the next year (``trước ngày 15 tháng 7 và ngày 15 tháng 01 năm sau``: every half year), a day
#: of the year before each plan's (``trước ngày 15 tháng 12 của năm trước năm kế hoạch``: every
#: year), the months of each quarter's or half year's return (``vào các tháng 3, 6, 9, 12 hằng
#: năm``: quarterly; ``tháng 6 và tháng 12``: every half year). The
#: named groups say the period; ``six`` and ``twice`` are half a year, ``three`` a quarter.
RECURRENCE_RE = re.compile(
    r"""(?P<raw>(?:(?P<periodic>định\s+kỳ)\s+)?(?:h[ằàa]ng|mỗi)\s+(?P<unit>năm|tháng|qu[ýí]|tuần)
      | (?:định\s+kỳ\s+)?(?:(?P<three>0?3|ba)|(?P<six3>0?6|sáu)|(?P<twelve>12|mười\s+hai))\s+tháng
          \s+(?:một|01|1)\s+(?:lần|kỳ)
      | (?P<periodic2>định\s+kỳ)\s+\(?(?:(?P<three2>0?3|ba)\s+tháng|(?P<six>0?6|sáu)\s+tháng
          |(?P<unit2>năm|tháng|qu[ýí]|tuần)|(?P<half>nửa\s+năm))
      | \d{1,2}\s+lần\s*/\s*(?P<unit3>năm|tháng|qu[ýí]|tuần)
      | tháng\s+cuối\s+(?:của\s+)?(?:mỗi\s+)?(?P<unit4>qu[ýí])
      | (?<=\d\s)(?:của\s+)?(?:đầu\s+)?(?:(?P<unit5>tháng)|tháng\s+đầu\s+(?:của\s+)?(?P<unit6>qu[ýí]))
          \s+(?:sau|tiếp\s+theo|kế\s+tiếp)
      | (?<=và\s)(?:ngày\s+)?\d{1,2}(?:\s+tháng\s+|/)\d{1,2}\s+(?P<twice>năm\s+sau)
      | (?<=\d\s)(?:của\s+)?(?P<before_plan>năm\s+trước\s+năm\s+kế\s+hoạch)
      | (?:vào\s+)?(?:các\s+)?tháng\s+(?:(?P<quarter_months>0?3\s*,\s*(?:tháng\s+)?0?6\s*,\s*(?:tháng\s+)?0?9
          \s*(?:,|và)\s*(?:tháng\s+)?12)|(?P<half_months>0?6\s*(?:,|và)\s*(?:tháng\s+)?12)))(?!\w)""",
    _X,
)

#: What a recurrence without a digit cannot do without (RECURRENCE_RE's words, lower case; the
#: same in ``str.lower()`` and ``canon_lower`` text): most paragraphs fail it.
RECURRENCE_HINT_RE = re.compile(
    r"h[ằàa]ng\s|mỗi\s|định\s+kỳ|tháng\s+(?:một|01|1)\s+(?:lần|kỳ)|cuối\s+(?:của\s+)?qu"
    r"|(?:tháng|qu[ýí])\s+(?:sau|tiếp\s+theo|kế\s+tiếp)|năm\s+sau|năm\s+trước\s+năm\s+kế"
    r"|tháng\s+0?[36]\s*(?:,|và)"
)

#: What just before a date makes it a data cut-off or a start, not a deadline:
#: ``số liệu tính đến hết ngày``, ``từ ngày``, ``kể từ tháng``, the end of a range (``Từ khi ban
#: hành đến hết năm 2030``: a plan's own period). Lower case, searched at the end of the text
#: before the deadline. The words between are words of a date (``từ ngày``, ``tính đến hết``),
#: never a date and its comma (``từ ngày 05/01/2026, hoàn thành trước ngày ...``: the start,
#: then the deadline) nor what is taken from whom (``thu thập hồ sơ từ cơ sở trước ngày ...``,
#: ``các chứng từ nêu trên, trong vòng 15 ngày``), and a volume measured up to a date (``khối lượng
#: thực hiện đến ngày 31/12/2026 phải được nghiệm thu ... chậm nhất ngày 31/01/2027``).
CUTOFF_BEFORE_RE = re.compile(
    r"(?:tính|số\s+liệu|từ|kể\s+từ|tới)\s*(?:(?:ngày|tháng|năm|quý|hết|đến|cuối|đầu|giữa)\s+){0,2}$"
    r"|(?<!\w)từ(?!\w)[^,;.]{0,40}đến\s+$"
    r"|khối\s+lượng(?:\s+\w+){0,3}\s+$"
)

#: The start of a range right before a deadline phrase that opens with ``đến`` (``đến hết
#: ngày``): ``Từ ngày 25/12/2025 đến hết ngày 15/3/2026`` gives a period, its end no due date.
#: The start is a date of its own (``từ ngày 25/12/2025``, ``từ ngày 01 tháng 01 năm 2022``, ``từ
#: tháng 01/2026``) with nothing
#: between it and the ``đến``. Lower case, searched at the end of the text before the phrase.
RANGE_START_RE = re.compile(
    r"(?<!\w)từ\s+(?:ngày\s+)?(?:\d{1,2}\s*[/.\-]\s*)?\d{1,2}\s*[/.\-]\s*\d{4}\s*$"
    r"|(?<!\w)từ\s+(?:tháng|quý)\s+[\divx]{1,4}(?:\s*/\s*\d{4})?\s*$"
    r"|(?<!\w)từ\s+ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\s*$"
)

#: What right after a date makes it the date of a figure, not a deadline: ``Tổng chi ... thực
#: hiện đến hết ngày 10/12/2025 là 40.554 tỷ đồng``, ``... đạt 89,9%``. Lower case, ``match``ed
#: just after the date.
FIGURE_AFTER_RE = re.compile(r"\s*,?\s*(?:là|đạt|được|có)\s+(?:khoảng\s+|trên\s+|gần\s+)?\d")

#: A target's share right after a date (``Đến hết năm 2027: 100% sàn giao dịch ...``): the date
#: it is to be reached by, no deadline; unless a deadline's own lead says so (``chậm nhất ngày
#: 30/6/2026, 100% cơ sở ... thực hiện được``: STRONG_LEAD_RE). ``match``ed just after the date.
SHARE_AFTER_RE = re.compile(r"\s*[:,]\s*\d{1,3}(?:[.,]\d+)?\s*%")

#: The words that say a date is the latest one allowed (lower case): STRONG_LEAD_RE,
#: STRONG_LEAD_BEFORE_RE and DUTY_LEAD_RE are built on them.
_LATEST = r"(?:chậm\s+nhất|muộn\s+nhất|hạn\s+chót|hạn\s+cuối)"

#: The lead of a deadline that no figure after it turns into a target's date. ``match``ed on
#: the deadline's raw text, lowered.
STRONG_LEAD_RE = re.compile(rf"\s*(?:hoàn\s+thành\s+|xong\s+)?(?:trước|{_LATEST}|không\s+muộn)")

#: Such a lead just before a deadline whose raw text leaves it out (``Chậm nhất đến *hết năm
#: 2030*, 100% cơ sở ...``). Searched at the end of the text before the deadline.
STRONG_LEAD_BEFORE_RE = re.compile(rf"{_LATEST}(?:\s+(?:là|vào|đến))*\s*$")

#: What earlier in its clause makes a date a plan, a target or the start of force, not a
#: requirement: ``các đoạn tuyến mà dự kiến khởi công trước ngày 30/4/2026``, ``Phấn đấu đến
#: hết năm 2026, 100% ...``, ``có hiệu lực sau 15 ngày, kể từ ngày đăng Công báo``; ``dự kiến
#: hoàn thành trước ...`` is still a due date.
#: Lower case, searched in the clause before the date.
PLANNED_RE = re.compile(
    r"(?<!\w)(?:dự\s+kiến|phấn\s+đấu|có\s+hiệu\s+lực|hiệu\s+lực\s+thi\s+hành)"
    r"(?!\s+(?:hoàn\s+thành|xong|trình)(?!\w))"
)

#: What joins a second clause after the start of force: ``Quyết định này có hiệu lực thi hành
#: sau 10 ngày *và* đăng Báo Cần Thơ chậm nhất là 05 ngày, kể từ ngày ký``: the publication's
#: time limit is the second clause's, a requirement. Lower case, searched between the two.
FORCE_JOINED_RE = re.compile(r"\s(?:và|đồng\s+thời)\s")

#: Words of a sentence about the past: ``đã ban hành``, ``vừa qua``. Lower case.
PAST_RE = re.compile(r"(?<!\w)(?:đã|vừa\s+qua|đã\s+được)(?!\w)")

#: What before a past word in its clause makes that word a participle of the thing delivered,
#: when the date is still ahead of the letter: ``gửi đề án tuyển sinh *đã cập nhật* ... trước
#: ngày 15/4``; without one the past word tells a condition (``Đối tượng ... đã từ trần trước
#: ngày 01/01/2009``). A word of obligation (OBLIGATION_RE) needs no such verb: its clause is
#: no past fact to begin with. Lower case, searched from the clause's start to the past word.
ASKED_BEFORE_PAST_RE = re.compile(
    r"(?<!\w)(?:gửi|nộp|trình|báo\s+cáo|chuyển|cung\s+cấp|hoàn\s+thiện)(?!\w)"
)

#: Words that make a clause an obligation even when it mentions the past (``đã hoàn thành``
#: is the past itself). Lower case.
OBLIGATION_RE = re.compile(
    r"(?<!\w)(?:phải|cần|đề\s+nghị|yêu\s+cầu|giao|(?<!đã\s)hoàn\s+thành|chậm\s+nhất|muộn\s+nhất|hạn\s+chót|hạn\s+cuối|xong)(?!\w)"
)

#: What after a period makes it the start of an ongoing duty, not a deadline: ``hoàn thành
#: trong năm 2026 và những năm tiếp theo``. ``match``ed right after the period.
ONGOING_AFTER_RE = re.compile(
    r"\s*(?:,|và)\s*(?:những|các)\s+(?:năm|tháng|quý)\s+(?:tiếp\s+theo|sau|kế\s+tiếp)(?!\w)"
)

#: What joins a second, recurring duty after a dated one (``trước ngày 15/01/2027 và định kỳ
#: hằng quý``): the date keeps its own deadline. Searched between the date and the recurrence.
SECOND_DUTY_RE = re.compile(r"\s(?:và|đồng\s+thời)\s+định\s+kỳ(?!\w)")

#: What turns a bare year (``trong năm 2026``) into a deadline: ``hoàn thành trong năm 2026``.
YEAR_DUE_RE = re.compile(r"(?:hoàn\s+thành|xong|kết\s+thúc|trước)\s*$")

#: A bare year opening its sentence is due when the sentence obliges: ``Trong năm 2013, Ủy ban
#: nhân dân các tỉnh ... phải thực hiện xong ...``, ``...; trong năm 2026, hoàn thành việc cấp
#: mã số vùng trồng``. Searched in the rest of the sentence.
YEAR_OBLIGED_RE = re.compile(r"(?<!\w)(?:phải|(?<!đã\s)hoàn\s+thành(?!\s+tốt))(?!\w)")

#: A completion asked earlier in the sentence of a year that closes it: ``Công an tỉnh ...
#: hoàn thành việc làm sạch dữ liệu ... trong năm 2026.``; not one done (``đã hoàn thành``) nor
#: a quality (``hoàn thành tốt``). Searched in the sentence before the year.
YEAR_COMPLETED_RE = re.compile(r"(?<!\w)(?<!đã\s)(?:hoàn\s+thành(?!\s+tốt)|xong)(?!\w)")

#: What may follow a bracketed time note for it to be the task's (``... (trong năm 2013).``):
#: the end of a sentence or a clause. ``Báo cáo (năm 2025) của Sở`` names a report.
NOTE_END_RE = re.compile(r"\)\s*(?:[.;,:]|$)")

#: What may follow the period inside a time note: its end, or more periods and words of
#: frequency (``(Quý IV/2013, Quý I/2014 và thường xuyên)``); ``(năm 2001 là năm đầu tiên
#: ...)`` is an explanation, not a time note. ``match``ed right after the period.
NOTE_GOES_ON_RE = re.compile(r"\s*(?:\)|,|;|và(?!\w)|-|–)")

#: The same after the year: ``Năm 2026 hoàn thành ...``.
YEAR_DUE_AFTER_RE = re.compile(r"\s*(?:phải\s+)?(?:hoàn\s+thành|xong)")

#: What ends the sentence of a duty right after its year: ``..., đưa vào vận hành trong năm
#: 2020.``; the year closes the work asked, not a period the sentence goes on about (``Phấn đấu
#: trong năm 2025 có 100% ...``). ``match``ed right after the period.
YEAR_ENDS_RE = re.compile(r"\s*(?:[.;](?:\s|$)|$)")

#: Clause boundaries inside a sentence: ``,`` ``;`` ``:`` ``.``, and a list dash or plus where
#: an item's bullet lines were joined (``CHỈ TIÊU ... - Hằng năm, giảm ...``).
CLAUSE_BREAK_RE = re.compile(r"[,;:.](?:\s|$)|\s[-+•](?=\s)")

#: What before a recurrence in its clause makes it a duty (lower case, on the text just before
#: it): a deadline's lead (``chậm nhất vào ngày 05 hằng tháng``, ``trước ngày 20 hằng tháng``),
#: ``định kỳ`` further back (``Định kỳ trước 16 giờ ngày thứ Sáu hằng tuần``); not the
#: period before (``số liệu tính từ ngày 15 của tháng cuối quý *trước* đến ngày 14 ...``).
DUTY_LEAD_RE = re.compile(
    rf"(?<!\w)(?:định\s+kỳ|trước(?!\s+đến\b)|{_LATEST}|không\s+quá|xong\s+trước)(?!\w)"
)

#: What after a day's recurrence makes the day a commemoration named, no duty's: ``chọn ngày
#: 27/7 hằng năm là Ngày Thương binh - Liệt sĩ``, ``lấy ngày 15/10 hằng năm làm Ngày truyền
#: thống``. Matched right after the recurrence, lower case.
DAY_NAMED_RE = re.compile(r"\s+(?:là|làm)\s+ngày(?!\s+\d)(?!\w)")

#: A day (and month) right before a recurrence fixes when the duty falls: ``công bố vào
#: ngày 01 tháng 01 hàng năm``, ``ngày 20 hằng tháng``; a day of the week (group ``weekday``:
#: ``gửi ... vào thứ Năm hàng tuần``, ``vào ngày làm việc cuối cùng của mỗi tuần``). Searched at
#: the end of the text before the recurrence.
DUTY_DAY_RE = re.compile(
    r"(?:ng[àa]y\s+\d{1,2}(?:\s+th[áa]ng\s+\d{1,2}|\s*/\s*\d{1,2})?"
    r"|(?P<weekday>(?:ng[àa]y\s+)?th[ứu]\s+(?:hai|ba|t[ưu]|n[ăa]m|s[áa]u|b[ảa]y)"
    r"|ng[àa]y\s+l[àa]m\s+vi[ệe]c\s+(?:cu[ốo]i\s+c[ùu]ng|[đd][ầa]u\s+ti[êe]n))(?:\s+(?:của|trong))?)\s*$"
)

#: What before a day of the week makes it a meeting's or an office's hours, no deadline
#: (``họp giao ban vào thứ Hai hằng tuần``, ``tiếp công dân vào thứ Năm hằng tuần``). Lower case,
#: searched in the clause before the day.
MEETING_RE = re.compile(
    r"(?<!\w)(?:họp|giao\s+ban|hội\s+nghị|sinh\s+hoạt|tiếp\s+công\s+dân|trực|làm\s+việc\s+với)(?!\w)"
)

#: What before such a day makes it the bound of a period, not a duty: ``năm tính thuế ...
#: kết thúc ngày 31 tháng 12 hàng năm``, ``bắt đầu từ ngày 01``. Searched at the end of the
#: text before the day.
PERIOD_BOUND_RE = re.compile(r"(?:kết\s+thúc|bắt\s+đầu|từ|đến)(?:\s+vào)?\s*$")

#: An obligation right after a planned date makes it a due date after all: ``phấn đấu đến
#: cuối năm 2005 phải hoàn thành cơ bản``. ``match``ed just after the date.
PLANNED_BUT_DUE_RE = re.compile(r"\s*,?\s*(?:phải|cần)\s+(?:hoàn\s+thành|xong|thực\s+hiện\s+xong)")

#: A verb of a recurring task before the recurrence in its clause makes a duty: ``Báo cáo kết
#: quả ... hằng năm``, ``tự đánh giá chỉ số ... hằng tháng``, ``Bộ Tài chính có trách nhiệm bố
#: trí ngân sách hàng năm``, ``xây dựng kế hoạch ... hằng năm`` (the plan is made every year).
#: A tax duty is one too: ``kê khai, thu nộp hàng tháng``, ``quyết toán thuế ... hàng năm``, and
#: so is a programme's or an office's round (``phát sóng hằng tháng``, ``đăng tải``, ``tiếp công
#: dân định kỳ hằng tháng``, ``kiểm kê hằng năm``).
#: ``Căn cứ Kế hoạch kiểm tra hằng năm`` names a plan (the verb after ``kế hoạch`` is its
#: name; so do ``kỳ báo cáo``, ``chế độ báo cáo``, ``công lập``, and ``được công bố`` describes),
#: and ``tổ chức mô hình cà phê doanh nhân hằng tuần`` in a report tells what was done.
DUTY_VERB_RE = re.compile(
    r"(?<!\w)(?<!kế\shoạch\s)(?<!chương\strình\s)(?<!kỳ\s)(?<!chế\sđộ\s)(?<!được\s)"
    r"(?:báo\s+cáo|tổng\s+hợp|(?:tự\s+)?đánh\s+giá|công\s+khai|cập\s+nhật|sơ\s+kết|tổng\s+kết"
    r"|bố\s+trí|xây\s+dựng|(?<!công\s)lập|bổ\s+sung|công\s+bố|rà\s+soát|kiểm\s+tra"
    r"|kê\s+khai|nộp|quyết\s+toán|phát\s+sóng|đăng\s+tải|tiếp\s+công\s+dân|kiểm\s+kê)(?!\w)"
)

#: ``do X`` before the verb: the clause describes a thing by who makes it (``bảng giá đất do
#: UBND tỉnh công bố hàng năm``, ``Chỉ số SIPAS do Bộ Nội vụ tổ chức đánh giá ... hằng năm``).
MADE_BY_RE = re.compile(r"(?<!\w)do\s")

#: Cheap tests that must pass before each deadline pattern above is run (most paragraphs
#: fail them): a day and month ``20/8``, ``15 tháng 5``; a year ``/2025`` or ``năm 2026``;
#: a count of days ``05 ngày``, ``10 (mười) ngày``. Each is part of its pattern, same flags
#: (lower case, on ``canon_lower`` text). The year is two tests, each starting with a plain
#: character: ``re`` scans for a first character several times faster than for one of a set.
DEADLINE_DATE_HINT_RE = re.compile(r"\d(?:\s*[/.\-]\s*|\s+th[áa]ng\s+)\d")

DEADLINE_PERIOD_SLASH_HINT_RE = re.compile(r"/\s*\d{4}")

DEADLINE_PERIOD_YEAR_HINT_RE = re.compile(r"n[ăa]m\s*\d{4}")

#: A count spelt out before its unit (``năm ngày``, ``mười lăm ngày``, ``ba tháng``): a text
#: without a digit may still set a relative deadline. Lower case.
_SPELT_COUNT = _COUNT_WORD + r"\s+(?:ngày|tháng|giờ)(?!\w)"
SPELT_COUNT_RE = re.compile(r"(?<!\w)" + _SPELT_COUNT)

DEADLINE_RELATIVE_HINT_RE = re.compile(r"\d\s*\)?\s*(?:\(|ng[àa]y|th[áa]ng|gi[ờo])|" + _SPELT_COUNT)

#: Short dates in citations: ``05/8/2021``, ``05-3-2020``.
SHORT_DATE_RE = re.compile(r"\b(?P<d>\d{1,2})\s*[/.\-]\s*(?P<m>\d{1,2})\s*[/.\-]\s*(?P<y>\d{4})\b")

#: Any digit: a text without one has no deadline and cites nothing. (``\d+`` would not do:
#: ``re`` skips ahead only for a pattern that starts with a character or a class.)
DIGIT_RE = re.compile(r"\d")

#: ``kể từ ngày ký``, ``kể từ ngày ban hành``, ``kể từ ngày ký Quyết định này`` (``ký ban hành
#: Chương trình này``, ``Đề án này``, ``Nghị quyết này``, ``Quy chế này``), or the kind
#: capitalised as the letter names itself (a plan's time column: ``30 ngày kể từ ngày ký Kế
#: hoạch``): counted from the letter's own date (``fullmatch``); ``kể từ ngày ký quyết định
#: thanh tra`` counts from another.
FROM_LETTER_RE = re.compile(
    r"(?:k[ýy](?:\s+ban\s+h[àa]nh)?|ban\s+h[àa]nh)(?:\s+(?:v[ăa]n\s+b[ảa]n|quy[ếe]t\s+[đd][ịi]nh"
    r"|k[ếe]\s+ho[ạa]ch|c[ôo]ng\s+v[ăa]n|th[ôo]ng\s+b[áa]o|ch[ỉi]\s+th[ịi]|th[ôo]ng\s+t[ưu]"
    r"|ngh[ịi]\s+[đd][ịi]nh|h[ướư][ớo]ng\s+d[ẫa]n|c[ôo]ng\s+[đd]i[ệe]n|ch[ươư][ơo]ng\s+tr[ìi]nh"
    r"|[đd][ềe]\s+[áa]n|ngh[ịi]\s+quy[ếe]t|quy\s+ch[ếe])\s+n[àa]y"
    r"|\s+(?-i:Kế\s+hoạch|Quyết\s+định|Chỉ\s+thị|Thông\s+báo|Công\s+văn|Hướng\s+dẫn|Công\s+điện"
    r"|Chương\s+trình|Đề\s+án|Nghị\s+quyết))?",
    _I,
)

#: What may stand between an event's deadline and the date a bracket after it gives: the bracket
#: and the words of completion the date's own reading leaves out (``trước mùa mưa bão
#: (hoàn thành trong tháng 7/2026)``). Matched whole, lower case.
BRACKET_DUE_OPEN_RE = re.compile(r"\s*\(\s*(?:(?:hoàn\s+thành|xong|thời\s+hạn|hạn)\s*:?\s*)?")

#: What must come before ``trước khi`` for an event to bound a task: an obligation, or the
#: delivery the event waits for (``gửi ... trước khi trình``, ``nộp xong thuế trước khi``).
#: ``các bản kê khai trước khi Nghị định ... có hiệu lực`` dates a thing, it asks nothing.
EVENT_DUTY_RE = re.compile(
    r"(?<!\w)(?:phải|cần|đề\s+nghị|yêu\s+cầu|giao|hoàn\s+thành|hoàn\s+thiện|hoàn\s+tất|xong|gửi"
    r"|nộp|trình|báo\s+cáo|lấy\s+ý\s+kiến|thẩm\s+định|xin\s+ý\s+kiến)(?!\w)"
)
