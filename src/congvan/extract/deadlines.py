"""Deadlines: ``trước ngày 20/8/2021``, ``trong tháng 9/2025``, ``trong 05 ngày làm việc``.

A deadline's ISO date is only what the words fix: a date without a year takes
the letter's year when the letter is dated earlier in that year; ``trong thời
hạn N ngày (làm việc) kể từ ngày ký`` counts from the letter's date when the
letter gives the full date (working days skip Saturdays and Sundays; public
holidays are not known and not skipped). Anything else keeps ``iso: null``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from calendar import monthrange
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta

from congvan import patterns
from congvan.extract.header import iso_date
from congvan.models import DateValue, Recurrence
from congvan.normalize import canon, canon_lower, clean_value

_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}


@dataclass(frozen=True, slots=True)
class Found:
    """A deadline phrase found in a text: where it is, what it says, what date it fixes."""

    start: int
    raw: str
    iso: str | None
    recurrence: Recurrence | None = None
    #: A bracketed time note ending its clause (``... (trong năm 2013).``): due as it stands.
    note: bool = False
    #: The last month of a quarter (``YYYY-MM``), which has no ``iso``: a quarter over before
    #: the letter's date is no deadline.
    until: str | None = None
    #: Before an event (``trước khi nhận hàng``): due only where the clause obliges.
    event: bool = False
    #: A half-year (``6 tháng đầu năm 2026``): a period, due only as a bare year is.
    half: bool = False


def _letter_year(y: str | None, m: int, letter: DateValue | None) -> int | None:
    if y:
        return int(y)
    if letter is None or letter.year is None:
        return None
    if letter.month is not None and m < letter.month:
        return None  # ``trước ngày 10/01`` in a December letter: next year or a typo; no guess
    return letter.year


def _add_working_days(start: date, n: int) -> date:
    day = start
    while n > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            n -= 1
    return day


def _relative(m: re.Match[str], t: str, letter: DateValue | None) -> str | None:
    origin = _group(m, t, "from")
    if origin is None or m.group("before") or not patterns.FROM_LETTER_RE.fullmatch(origin.strip()):
        return None  # a count back from an event (``trước ngày khai mạc``) has no day to count from
    if letter is None or letter.iso is None or letter.day is None or letter.month is None:
        return None
    if m.group("hours"):
        return None  # hours from the signing: a day is all an ISO date could say, and not fairly
    start = date.fromisoformat(letter.iso)
    n = int(m.group("n") or m.group("spelt") or 0) or _spoken_count(m.group("words"))
    if n is None:
        return None
    if m.group("months"):
        return _add_months(start, n).isoformat()
    end = _add_working_days(start, n) if m.group("work") else start + timedelta(days=n)
    return end.isoformat()


#: The digits of a count spelt out, lower case (``mốt``, ``tư``, ``lăm`` only after tens).
_DIGIT_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
                "chín": 9}  # fmt: skip
_AFTER_TENS = {**_DIGIT_WORDS, "mốt": 1, "tư": 4, "lăm": 5}


def _spoken_count(words: str | None) -> int | None:
    """``năm`` → 5, ``mười`` → 10, ``mười lăm`` → 15, ``hai mươi`` → 20, ``bốn mươi lăm`` →
    45; None for words that spell no count from 1 to 99."""
    parts = (words or "").split()
    if len(parts) == 1:
        if parts[0] == "mười":
            return 10
        return _DIGIT_WORDS.get(parts[0])
    if parts[:1] == ["mười"]:
        tens, rest = 1, parts[1:]
    elif len(parts) >= 2 and parts[1] == "mươi" and parts[0] in _DIGIT_WORDS and parts[0] != "một":
        tens, rest = _DIGIT_WORDS[parts[0]], parts[2:]
    else:
        return None
    if not rest:
        return tens * 10
    if len(rest) != 1 or rest[0] not in _AFTER_TENS or (tens == 1 and rest[0] in ("mốt", "tư")):
        return None
    return tens * 10 + _AFTER_TENS[rest[0]]


def _period_end(m: re.Match[str]) -> Recurrence | None:
    """The recurrence of a count from the end of a year, quarter or month, or None."""
    origin = m.group("from")
    end = patterns.PERIOD_END_RE.match(origin.strip()) if origin else None
    if end is None:
        return None
    if end.group("year"):
        return Recurrence.YEARLY
    return Recurrence.QUARTERLY if end.group("quarter") else Recurrence.MONTHLY


def _add_months(start: date, n: int) -> date:
    """``03 tháng kể từ ngày ký``: the same day ``n`` months on, or that month's last day."""
    months = start.month - 1 + n
    year, month = start.year + months // 12, months % 12 + 1
    return date(year, month, min(start.day, monthrange(year, month)[1]))


def _group(m: re.Match[str], t: str, name: str) -> str | None:
    """Group ``name`` of a match found in ``canon_lower`` text, sliced from ``t``.

    Only for words: digits are the same in both texts, so digit groups are taken as matched.
    """
    start, end = m.span(name)
    return t[start:end] if start >= 0 else None


def _periods(low: str) -> Iterator[re.Match[str]]:
    """DEADLINE_PERIOD_RE's matches in order, after a period that opens the text."""
    opening = patterns.DEADLINE_PERIOD_OPENING_RE.match(low)
    if opening is not None:
        yield opening
    yield from patterns.DEADLINE_PERIOD_RE.finditer(low, opening.end() if opening else 0)


_UNITS = {
    "năm": Recurrence.YEARLY,
    "tháng": Recurrence.MONTHLY,
    "quý": Recurrence.QUARTERLY,
    "quí": Recurrence.QUARTERLY,
    "tuần": Recurrence.WEEKLY,
}


def find_deadlines(text: str, letter: DateValue | None) -> list[Found]:
    """Every deadline the text sets from now on, in order of position, overlaps removed.

    A date in a sentence about the past, a data cut-off (``số liệu tính đến``), a
    start (``từ ngày``), a period over before the letter was written and a bare
    year (the plan's own ``trong năm 2026``) are not deadlines. A recurring duty
    (``chậm nhất ngày 15/5 hằng năm``, ``định kỳ 6 tháng``) is one, with its
    recurrence and no single date.
    """
    digits = patterns.DIGIT_RE.search(text) is not None
    if not digits and "ng" in text:  # ``trong thời hạn mười lăm ngày``: a count spelt out
        digits = patterns.SPELT_COUNT_RE.search(canon_lower(text)) is not None
    events = patterns.EVENT_HINT_RE.search(text) is not None
    lowered = text.lower()
    months = not digits and patterns.YEARLESS_HINT_RE.search(lowered) is not None  # ``tháng Tư``
    if not (digits or events or months) and patterns.RECURRENCE_HINT_RE.search(lowered) is None:
        return []  # most paragraphs: no date, no event to be done before, no recurring duty
    low = canon_lower(text)  # for the lower-case patterns; values come from ``t`` and ``text``
    may_recur = _may_recur(low)
    clauses = _Clauses(low)
    recurring = list(patterns.RECURRENCE_RE.finditer(low)) if may_recur else []
    if not (digits or events or months):
        # every dated pattern has a digit or a month's name; a duty without one only recurs
        duties = ((m, _duty(clauses, m)) for m in recurring)
        return [_recurring_duty(text, m, at) for m, at in duties if at is not None]
    rec_starts = [m.start("raw") for m in recurring]
    kept: list[Found] = []
    for f in _dated(text, low, letter):
        if not _required(clauses, f, letter):
            continue
        m = None if f.note else _recurrence_near(clauses, f, recurring, rec_starts)
        if m is not None:
            end = max(f.start + len(f.raw), m.end("raw"))
            f = Found(f.start, text[f.start : end], None, _unit_of(m))
        kept.append(f)
    taken = _Spans(kept)
    starts = [f.start for f in kept]
    for m in recurring:
        pos = m.start("raw")
        if taken.covers(pos):
            continue
        at = _duty(clauses, m)
        if at is None:
            continue
        begin, end = clauses.bounds(pos)
        i = bisect_left(starts, begin)
        if i < len(starts) and starts[i] <= end:
            continue  # its clause already has a dated deadline
        insort(starts, pos)
        kept.append(_recurring_duty(text, m, at))
    kept.sort(key=lambda f: f.start)
    return kept


def find_due(text: str, letter: DateValue | None, *, run_ends: bool = False) -> Found | None:
    """The deadline of a field that is a due date by its place, or None.

    A task table's time column or a ``- Thời gian hoàn thành:`` line needs no
    ``trước`` to say when a task is due: a bare ``30/6/2026``, ``Năm 2026`` or ``Cuối năm
    2026`` there is the deadline, as it is nowhere else (in a sentence it is a date or the
    plan's period). A period over before the letter's date still is none, and a field that
    names a period of the year and its recurrence (``Tháng 12 hằng năm``) recurs. With
    ``run_ends`` (a task table's time column) a run of time is due when it ends (``Từ 20/4 đến
    05/5/2026``), where an item's ``(thời gian: từ ngày ... đến ngày ...)`` says when an event
    takes place.
    """
    low = canon_lower(text)
    if not (run_ends and patterns.DUE_RUN_RE.match(low)):  # a run's start is not its end
        found = find_deadlines(text, letter)
        if found:
            return found[0]
    cut = 0  # ``Từ nay đến hết năm 2023``, ``Từ 20/4 đến 05/5/2026``, ``Tuần 1-2 tháng 3/2026``:
    while True:  # the work runs up to what follows, its deadline (read in a loop: no recursion)
        until = patterns.FROM_NOW_RE.match(low, cut) or (
            patterns.DUE_RUN_RE.match(low, cut) if run_ends else None
        )
        if until is None or until.end() == cut:
            break
        cut = until.end()
    if not cut:
        return _bare_due(text, low, letter)  # the sentences' reading was tried above
    rest = text[cut:]
    found = find_deadlines(rest, letter) if rest else []
    due = found[0] if found else _bare_due(rest, canon_lower(rest), letter)
    return None if due is None else replace(due, start=cut + due.start)


def _bare_due(text: str, low: str, letter: DateValue | None) -> Found | None:
    """What a due field says when no sentence's deadline is in it (``low``: its
    ``canon_lower``): a holiday, a period, a duration, a bare date or year."""
    opening = len(low) - len(low.lstrip())
    event = patterns.DEADLINE_EVENT_RE.match(low, opening)
    if event is not None:  # ``Trước Tết Nguyên đán``, ``Trước khi tổ chức Đại hội``: due by place
        return Found(
            event.start("raw"), text[event.start("raw") : event.end("raw")], None, event=True
        )
    period = patterns.DEADLINE_PERIOD_RE.match(low, opening) or (
        patterns.DEADLINE_PERIOD_OPENING_RE.match(low)
    )
    if period is not None:  # ``Cuối năm 2026``, ``6 tháng đầu năm 2026``: due where a field says
        due = _period(period, text)
        return None if _before_letter(due.iso or due.until, letter) else due
    span = patterns.DUE_SPAN_RE.fullmatch(low)
    if span is not None:  # ``06 ngày làm việc``: how long the step may take; a date only when
        raw = text[span.start("raw") : span.end("raw")].rstrip()  # it counts from the signing
        counted = find_deadlines(f"trong {raw}", letter)
        return Found(span.start("raw"), raw, counted[0].iso if counted else None)
    m = patterns.DUE_OPENING_RE.match(low)
    if m is None:
        # ``Tháng 12 hằng năm``, ``Quý IV hằng năm``: the field says when, every period
        again = patterns.RECURRENCE_RE.search(low) if _may_recur(low) else None
        if again is None:
            return None
        return Found(opening, text[opening:].rstrip(" .;,"), None, _unit_of(again))
    iso: str | None = m.group("year")
    if iso is None:
        d, mo = (m.group("d"), m.group("m")) if m.group("d") else (m.group("ld"), m.group("lm"))
        year = _letter_year(m.group("y") or m.group("ly"), int(mo), letter)
        if year is not None:
            iso = iso_date(year, int(mo), int(d))
            if iso is None:
                return None  # a date that does not exist (``31/02/2026``) is no deadline
    if _before_letter(iso, letter):
        return None
    start = m.start("raw") + len(m.group("raw")) - len(m.group("raw").lstrip())
    return Found(start, text[start : m.end("raw")], iso)


#: What every due date stated as an attribute (INLINE_DUE_RE) holds, tried as plain text first.
_DUE_WORDS = ("hạn", "hoàn thành", "tiến độ", "(thời", "; thời", ". thời")


def find_inline_due(text: str, letter: DateValue | None) -> Found | None:
    """A due date an item's paragraph states as an attribute of its own (``... Thời hạn:
    31/12/2026.``, ``Hạn chót nộp hồ sơ: 17 giờ 00 ngày 20/12/2026``), read as a due field
    (see :func:`find_due`); None when there is none."""
    low = canon_lower(text)
    if not any(w in low for w in _DUE_WORDS):
        return None  # the words every attribute of a due date holds: most items have neither
    for m in patterns.INLINE_DUE_RE.finditer(low):
        due = find_due(text[m.start("value") : m.end("value")], letter)
        if due is not None:
            return replace(due, start=m.start("value") + due.start)
    return None


class _Clauses:
    """The clauses of one text (split at ``,`` ``;`` ``:`` ``.``), found once.

    Every deadline and recurrence asks for its clause; scanning from the start of
    the text each time made a long paragraph of many dates quadratic.
    """

    def __init__(self, low: str) -> None:
        self.low = low
        self._starts: list[int] | None = None  # found on the first question: most texts ask none
        self._ends: list[int] = []
        self._asks: dict[tuple[int, int], bool] = {}

    def bounds(self, pos: int) -> tuple[int, int]:
        """Start and end of the clause holding ``pos``.

        The clause starts after the last break that ends by ``pos``, a mark right
        before ``pos`` included (``đến hết,31/12``), and ends at the next break.
        """
        if self._starts is None:
            breaks = list(patterns.CLAUSE_BREAK_RE.finditer(self.low))
            self._starts = [b.start() for b in breaks]
            self._ends = [b.end() for b in breaks]
        i = bisect_right(self._ends, pos)
        begin = self._ends[i - 1] if i else 0
        if pos and self.low[pos - 1] in ",;:.":
            begin = pos
        j = bisect_left(self._starts, pos)
        return begin, self._starts[j] if j < len(self._starts) else len(self.low)

    def about_the_past(self, begin: int, end: int) -> bool:
        """``Sở đã ban hành``: past words and no words of obligation in ``low[begin:end]``."""
        key = (begin, end)
        if key not in self._asks:
            clause = self.low[begin:end]
            self._asks[key] = bool(
                patterns.PAST_RE.search(clause) and not patterns.OBLIGATION_RE.search(clause)
            )
        return self._asks[key]


class _Spans:
    """Whether a position falls inside one of the deadlines kept (sorted by start)."""

    def __init__(self, found: list[Found]) -> None:
        self._starts = [f.start for f in found]
        self._reach: list[int] = []  # the farthest end among the spans up to each one
        for f in found:
            end = f.start + len(f.raw)
            self._reach.append(max(end, self._reach[-1]) if self._reach else end)

    def covers(self, pos: int) -> bool:
        i = bisect_right(self._starts, pos)
        return bool(i) and self._reach[i - 1] > pos


def _may_recur(lowered: str) -> bool:
    return "năm" in lowered or "tháng" in lowered or "qu" in lowered or "tuần" in lowered


def _unit_of(m: re.Match[str]) -> Recurrence:
    if m.group("six") or m.group("six3") or m.group("half") or m.group("twice"):
        return Recurrence.HALF_YEARLY
    if m.group("half_months"):
        return Recurrence.HALF_YEARLY
    if m.group("three") or m.group("three2") or m.group("quarter_months"):
        return Recurrence.QUARTERLY
    if m.group("twelve") or m.group("before_plan"):
        return Recurrence.YEARLY
    if m.group("unit6"):
        return Recurrence.QUARTERLY  # ``ngày 15 của tháng đầu quý sau``
    unit = (
        m.group("unit")
        or m.group("unit2")
        or m.group("unit3")
        or m.group("unit4")
        or m.group("unit5")
    )
    return _UNITS[unit]


#: How far before a duty's verb ``do X`` makes it a description (``do Chương trình Phát triển
#: Liên Hợp Quốc (UNDP) tại Việt Nam tổ chức đánh giá``).
_MAKER_REACH = 80

#: How far before a recurrence its deadline's lead may be (``chậm nhất vào ngày 05 hằng tháng``).
_DUTY_LEAD_REACH = 60


def _duty(clauses: _Clauses, m: re.Match[str]) -> int | None:
    """Where the duty a recurrence sets starts, or None when it sets none.

    A duty: ``định kỳ ...``, ``01 lần/năm``, a recurrence opening its clause or
    after a deadline's lead in it (``trước ngày 20 hằng tháng``, from ``trước``),
    or in a clause where a verb of a recurring task comes before it (``Báo cáo kết
    quả ... hằng năm``, ``có trách nhiệm bố trí ngân sách hàng năm``). ``Căn cứ Kế
    hoạch CCHC hằng năm`` only names a yearly plan.
    """
    pos = m.start("raw")
    if m.group("periodic") or m.group("periodic2") or m.group("unit3") or _counted(m):
        return pos
    if m.group("quarter_months") or m.group("half_months"):  # a period's months, named
        return pos
    low = clauses.low
    begin, _ = clauses.bounds(pos)
    if not low[begin:pos].strip(" \t-+•–"):  # at the start of its clause or list line
        return pos
    lead = patterns.DUTY_LEAD_RE.search(low, max(begin, pos - _DUTY_LEAD_REACH), pos)
    if lead is not None:
        return lead.start()
    day = patterns.DUTY_DAY_RE.search(low, max(begin, pos - _DUTY_LEAD_REACH), pos)
    if day is not None and not patterns.PERIOD_BOUND_RE.search(low, begin, day.start()):
        if day.group("weekday") and patterns.MEETING_RE.search(low, begin, day.start()):
            return None  # ``họp giao ban vào thứ Hai hằng tuần``: a meeting's day
        if patterns.DAY_NAMED_RE.match(low, m.end("raw")):
            return None  # ``chọn ngày 27/7 hằng năm là Ngày Thương binh - Liệt sĩ``
        return day.start()  # ``vào ngày 01 tháng 01 hàng năm``: the day the duty falls on
    verb = patterns.DUTY_VERB_RE.search(low, begin, pos)
    if verb is None:
        return None
    # ``do X`` before the verb in its sentence (not only its clause: ``do Bộ Nội vụ tổ chức
    # đánh giá, công bố hằng năm``) describes a thing by its maker.
    # Looked for within _MAKER_REACH only: a paragraph of many recurrences without a stop
    # must not be scanned back to its start for each.
    near = max(verb.start() - _MAKER_REACH, 0)
    reach = max(low.rfind(". ", near, verb.start()), low.rfind(";", near, verb.start()), near)
    return None if patterns.MADE_BY_RE.search(low, reach, verb.start()) else pos


def _counted(m: re.Match[str]) -> bool:
    """``3 tháng một lần``: a period counted out is a duty's rhythm, never a name."""
    return bool(m.group("three") or m.group("six3") or m.group("twelve"))


def _recurring_duty(text: str, m: re.Match[str], start: int) -> Found:
    end = m.end("raw")
    if text.count("(", start, end) > text.count(")", start, end):
        close = text.find(")", end, end + 30)  # ``định kỳ (6 tháng, 01 năm)``: the whole note
        end = close + 1 if close >= 0 else end
    return Found(start, text[start:end], None, _unit_of(m))


def _recurrence_near(
    clauses: _Clauses, f: Found, recurring: list[re.Match[str]], starts: list[int]
) -> re.Match[str] | None:
    """A recurrence in the deadline's clause (``trước ngày 20 hằng tháng``); not a second duty
    joined after the date (``trước ngày 15/01/2027 và định kỳ hằng quý``)."""
    begin, end = clauses.bounds(f.start)
    end = max(end, f.start + len(f.raw))
    i = bisect_left(starts, begin)
    if i == len(starts) or starts[i] > end:
        before = recurring[i - 1] if i else None
        if (
            before is not None
            and not clauses.low[before.end("raw") : begin].strip(" ,")
            and patterns.WRITTEN_YEAR_RE.search(f.raw) is None
        ):
            return before  # ``hằng năm, chậm nhất ngày 31/01``: the clause before says how often
        return None
    m = recurring[i]
    after = f.start + len(f.raw)
    if m.start("raw") >= after and patterns.SECOND_DUTY_RE.search(clauses.low, after, m.end("raw")):
        return None
    return m


def _required(clauses: _Clauses, f: Found, letter: DateValue | None) -> bool:
    """Whether the phrase at ``f`` asks for something from now on (see find_deadlines)."""
    low = clauses.low
    if f.event:
        return _obliges_before(clauses, f)
    if patterns.CUTOFF_BEFORE_RE.search(low, max(0, f.start - 60), f.start):
        return False
    if low.startswith("đến", f.start) and patterns.RANGE_START_RE.search(
        low, max(0, f.start - 60), f.start
    ):
        return False  # ``Từ ngày 25/12/2025 đến hết ngày 15/3/2026``: a period's end
    end = f.start + len(f.raw)
    if patterns.FIGURE_AFTER_RE.match(low, end) or (
        patterns.SHARE_AFTER_RE.match(low, end)
        and not patterns.STRONG_LEAD_RE.match(low, f.start)
        and not patterns.STRONG_LEAD_BEFORE_RE.search(low, max(0, f.start - _LEAD_REACH), f.start)
    ):
        return False  # ``đến hết ngày 10/12/2025 là 40.554 tỷ đồng``: a figure as of a date
    begin, _ = clauses.bounds(f.start)
    if clauses.about_the_past(begin, f.start + len(f.raw)) and not _asked_after_all(
        low, begin, f, letter
    ):
        return False  # ``đã`` after the deadline is a relative clause's (``giấy phép đã được cấp``)
    planned = patterns.PLANNED_RE.search(low, begin, f.start + len(f.raw))
    if (
        planned is not None
        and planned.start() < f.start
        and not patterns.PLANNED_BUT_DUE_RE.match(low, f.start + len(f.raw))
        and not (
            "hiệu" in planned.group()
            and patterns.FORCE_JOINED_RE.search(low, planned.end(), f.start)
        )
        and not _striven_by_day(planned.group(), f)
    ):
        return False  # ``dự kiến khởi công trước ngày ...``: a plan, not what is asked
    if (f.iso is None or len(f.iso) < len("2026-01-01")) and patterns.ONGOING_AFTER_RE.match(
        low, f.start + len(f.raw)
    ):
        return False  # ``trong năm 2026 và những năm tiếp theo``: when it starts, not a due date
    if (f.iso is not None and len(f.iso) == 4) or f.half:  # ``trong 6 tháng cuối năm 2025`` too
        lead = low[max(0, f.start - 16) : f.start]
        raw = low[f.start : f.start + len(f.raw)]
        after = low[f.start + len(f.raw) : f.start + len(f.raw) + 24]
        due = (
            f.note
            or patterns.YEAR_DUE_RE.search(lead)
            or patterns.YEAR_DUE_AFTER_RE.match(after)
            or _target_year(f.raw, after, f.iso, letter)
            or _obliged(low, f)
            or _completed(low, f, after)
        )
        if not (due or raw.lstrip().startswith(("trước", "hết", "kết thúc"))):
            return False  # ``trong năm 2026``: the plan's period (a half-year too; see find_due)
    return not _before_letter(f.iso or f.until, letter)


#: How far before ``trước khi`` an obligation is looked for (``phải nộp xong thuế trước khi``).
_EVENT_REACH = 80


def _obliges_before(clauses: _Clauses, f: Found) -> bool:
    """``phải nộp xong thuế trước khi nhận hàng``, ``gửi Sở Nội vụ thẩm định trước khi trình``:
    something asked or delivered before an event, earlier in the clause (EVENT_DUTY_RE);
    ``Trước khi ban hành, Sở đã lấy ý kiến`` is a past fact and ``dự kiến ... trước khi`` a
    plan."""
    begin, end = clauses.bounds(f.start)
    low = clauses.low
    if _opening_right_after(low, f):
        return True
    holiday = patterns.HOLIDAY_EVENT_RE.match(low, f.start) is not None
    reach = max(0, f.start - _EVENT_REACH)
    if holiday:  # ``Khẩn trương hoàn chỉnh ..., ổn định cuộc sống trước Tết``: the sentence's
        stops = [low.rfind(mark, reach, f.start) for mark in (". ", "; ")]
        begin = max([reach, *(stop + 2 for stop in stops if stop >= 0)])
    begin = max(begin, reach)
    if clauses.about_the_past(begin, max(end, f.start + len(f.raw))):
        return False
    if patterns.PLANNED_RE.search(low, begin, f.start):
        return False
    return holiday or patterns.EVENT_DUTY_RE.search(low, begin, f.start) is not None


def _opening_right_after(low: str, f: Found) -> bool:
    """``Ngay sau khi nhận được văn bản này, Công ty Điện lực rà soát, ...``: a sentence that
    opens on when the work must start asks it at once; the duty follows the event, so none is
    looked for before it. A sentence about the past (``Ngay sau khi nhận được tin, Sở đã ...``)
    or a plan asks nothing."""
    if not low.startswith("ngay", f.start):
        return False
    before = low[max(0, low.rfind(". ", 0, f.start) + 1) : f.start]
    if before.strip(" -+•\t"):
        return False
    stop = low.find(". ", f.start)
    end = stop if stop >= 0 else len(low)
    sentence = low[f.start : end]
    return not (
        (patterns.PAST_RE.search(sentence) and not patterns.OBLIGATION_RE.search(sentence))
        or patterns.PLANNED_RE.search(sentence)
    )


def _striven_by_day(planned: str, f: Found) -> bool:
    """``Phấn đấu giải ngân 100% kế hoạch vốn trước ngày 31/01/2027``: a target set to a day
    with a word of the latest date is due that day; a year or a period striven for (``phấn đấu
    đến hết năm 2026, ...``) stays a target."""
    return (
        planned.startswith("phấn")
        and f.iso is not None
        and len(f.iso) == len("2026-01-01")
        and patterns.STRONG_LEAD_RE.match(f.raw.lower()) is not None
    )


def _target_year(raw: str, after: str, iso: str | None, letter: DateValue | None) -> bool:
    """``..., đưa vào vận hành trong năm 2020.`` in a decree of 2019: a later year closing the
    sentence of a duty is when the work is due. The letter's own year there is the period of
    its work (``... giải ngân vốn ngân sách nhà nước trong năm 2026``), no deadline."""
    if raw.isupper() or not raw.lstrip().lower().startswith("trong"):
        return False  # ``NHIỆM VỤ, GIẢI PHÁP ... TRONG NĂM 2026``: a heading's period
    if patterns.YEAR_ENDS_RE.match(after) is None:
        return False
    year = letter.year if letter is not None else None
    return iso is not None and iso.isdigit() and year is not None and int(iso) > year


#: How far back in its sentence a year closing it looks for the completion it bounds.
_COMPLETED_REACH = 200


def _completed(low: str, f: Found, after: str) -> bool:
    """``Công an tỉnh ... hoàn thành việc làm sạch dữ liệu ... trong năm 2026.``: a year that
    closes a sentence or clause asking for something to be finished is when it is due, the
    letter's own year too (YEAR_COMPLETED_RE)."""
    if not low.startswith("trong", f.start):
        return False
    if patterns.YEAR_ENDS_RE.match(after) is None and not after.lstrip().startswith(","):
        return False
    start = max(low.rfind(". ", 0, f.start) + 1, f.start - _COMPLETED_REACH, 0)
    done = patterns.YEAR_COMPLETED_RE.search(low, start, f.start)
    return done is not None and not patterns.YEAR_COPULA_RE.search(low, done.end(), f.start)


#: How far a sentence opened by a bare year is searched for ``phải``.
_OBLIGED_REACH = 240


def _obliged(low: str, f: Found) -> bool:
    """``Trong năm 2013, Ủy ban nhân dân ... phải thực hiện xong ...``: a year opening its
    sentence, in a sentence that obliges, is when the work is due."""
    before = low[max(0, f.start - 3) : f.start].rstrip(" -+•")
    if before and not before.endswith((".", ";", ":")):
        return False
    end = f.start + len(f.raw)
    stop = low.find(". ", end, end + _OBLIGED_REACH)
    must = patterns.YEAR_OBLIGED_RE.search(low, end, stop if stop >= 0 else end + _OBLIGED_REACH)
    return must is not None and patterns.PAST_RE.search(low, end, must.start()) is None


def _before_letter(iso: str | None, letter: DateValue | None) -> bool:
    """A period wholly over before the letter's own date cannot be a deadline it sets."""
    return _beside_letter(iso, letter) < 0


def _after_letter(iso: str | None, letter: DateValue | None) -> bool:
    """A day, month or year wholly after the letter's own date: a deadline still ahead."""
    return _beside_letter(iso, letter) > 0


def _beside_letter(iso: str | None, letter: DateValue | None) -> int:
    """-1 when the period ``iso`` is wholly over before the letter's date, 1 when it wholly
    follows it, 0 when it holds the date or either is unknown (a blank month, no date)."""
    if iso is None or letter is None or letter.year is None:
        return 0
    have = (letter.year, letter.month, letter.day)
    parts = [int(x) for x in iso.split("-")]
    for mine, theirs in zip(parts, have, strict=False):
        if theirs is None or mine != theirs:
            return 0 if theirs is None else (1 if mine > theirs else -1)
    return 0


def _asked_after_all(low: str, begin: int, f: Found, letter: DateValue | None) -> bool:
    """A clause (from ``begin``) with a past word that still sets ``f``: the date is ahead of
    the letter and the clause asks for the thing the past word describes before it (``gửi đề
    án tuyển sinh đã cập nhật ... trước ngày 15/4``): ASKED_BEFORE_PAST_RE. A request in the
    clause before does not reach past its comma (``..., hỗ trợ cho 37 hộ đã được phê duyệt
    phương án trong tháng 5/2026``: which the month is of, the words do not say)."""
    past = patterns.PAST_RE.search(low, begin, f.start)
    if past is None or not _after_letter(f.iso, letter):
        return False
    return patterns.ASKED_BEFORE_PAST_RE.search(low, begin, past.start()) is not None


#: How far before a deadline its strong lead is looked for (STRONG_LEAD_BEFORE_RE).
_LEAD_REACH = 24


#: How far before ``không quá`` the work it bounds is looked for (BOUNDED_WORK_RE).
_WORK_REACH = 80

#: How long a bracketed time note may run to its closing bracket.
_NOTE_REACH = 80


def _period(m: re.Match[str], text: str, *, note: bool = False) -> Found:
    """The deadline a DEADLINE_PERIOD_RE-like match names; a quarter is a period, not a
    date: no ``iso``, its last month as ``until``."""
    raw = text[m.start("raw") : m.end("raw")]
    if m.group("m"):
        return Found(
            m.start("raw"), raw, iso_date(int(m.group("y")), int(m.group("m")), None), note=note
        )
    if m.group("wm"):  # ``tháng Mười năm 2026``
        month = _month_named(m.group("wm"))
        return Found(m.start("raw"), raw, iso_date(int(m.group("wy")), month, None), note=note)
    if m.group("year"):
        return Found(m.start("raw"), raw, m.group("year"), note=note)
    if m.group("half"):  # ``6 tháng đầu năm 2026``: a half-year, a period as a quarter is
        month = 6 if m.group("half") in ("đầu", "dầu", "đau", "dau") else 12
        until = f"{m.group('hy')}-{month:02d}"
        return Found(m.start("raw"), raw, None, note=note, until=until, half=True)
    until = f"{m.group('qy')}-{_QUARTERS[m.group('q')] * 3:02d}"
    return Found(m.start("raw"), raw, None, note=note, until=until)


def _month_named(words: str) -> int:
    """The number of a month named in words (``mười  hai`` → 12), spaces as they come."""
    return patterns.MONTH_NUMBERS[" ".join(words.split())]


def _year_of(rel: str | None, month: int, letter: DateValue | None) -> int | None:
    """The year of a month named without one: ``năm nay`` the letter's; none said, the
    letter's when that cannot cross a year end; ``năm sau`` none (see YEAR_AFTER_RE)."""
    if rel is None:
        return _letter_year(None, month, letter)
    return letter.year if rel == "nay" and letter is not None else None


def _yearless(m: re.Match[str], text: str, letter: DateValue | None) -> Found | None:
    """The deadline of YEARLESS_PERIOD_RE's match (``trong tháng 9``, ``trước quý III``)."""
    raw = text[m.start("raw") : m.end("raw")]
    rel = m.group("rel")
    if m.group("q"):
        month = _QUARTERS[m.group("q")] * 3
    elif m.group("m"):
        month = int(m.group("m"))
    else:
        month = _month_named(m.group("wm"))
    year = _year_of(rel, month, letter) if 1 <= month <= 12 else None
    if year is None and rel is None:
        return None  # ``trong tháng 9`` in a report of October: that past month, or a guess
    if m.group("q"):
        return Found(m.start("raw"), raw, None, until=f"{year}-{month:02d}" if year else None)
    return Found(m.start("raw"), raw, iso_date(year, month, None) if year else None)


def _dates(text: str, low: str, letter: DateValue | None) -> Iterator[Found]:
    """DEADLINE_DATE_RE's deadlines, a year after the date (``năm sau``) read as YEAR_AFTER_RE
    says."""
    for m in patterns.DEADLINE_DATE_RE.finditer(low):
        if m.group("d"):
            d, mo, y = int(m.group("d")), int(m.group("m")), m.group("y")
        else:
            d, mo, y = int(m.group("ld")), int(m.group("lm")), m.group("ly")
        end = m.end("raw")
        rel = None if y else patterns.YEAR_AFTER_RE.match(low, end)
        if rel is not None:  # ``trước ngày 31/12 năm sau``
            year, end = _year_of(rel.group("rel"), mo, letter), rel.end()
        else:
            year = _letter_year(y, mo, letter)
        iso = iso_date(year, mo, d) if year is not None else None
        yield Found(m.start("raw"), text[m.start("raw") : end], iso)


def _dated(text: str, low: str, letter: DateValue | None) -> list[Found]:
    """Every dated deadline phrase, overlaps removed (before the checks of find_deadlines)."""
    found: list[Found] = []
    # The patterns are slow on long paragraphs, and most paragraphs have no deadline:
    # each runs only where its hint (a part it cannot match without) is found.
    dates = patterns.DEADLINE_DATE_HINT_RE.search(low) is not None
    periods = (
        patterns.DEADLINE_PERIOD_SLASH_HINT_RE.search(low) is not None
        or patterns.DEADLINE_PERIOD_YEAR_HINT_RE.search(low) is not None
    )
    counts = patterns.DEADLINE_RELATIVE_HINT_RE.search(low) is not None
    events = patterns.EVENT_HINT_RE.search(low) is not None
    yearless = patterns.YEARLESS_HINT_RE.search(low) is not None
    if not (dates or periods or counts or events or yearless):
        return found
    t = canon(text)
    if dates:
        found.extend(_dates(text, low, letter))
    if yearless:
        found.extend(
            f
            for m in patterns.YEARLESS_PERIOD_RE.finditer(low)
            if (f := _yearless(m, text, letter))
        )
    if periods and "(" in low:
        for m in patterns.DEADLINE_NOTE_RE.finditer(low):
            close = low.find(")", m.end("raw"), m.end("raw") + _NOTE_REACH)
            if (
                close >= 0
                and patterns.NOTE_END_RE.match(low, close)
                and patterns.NOTE_GOES_ON_RE.match(low, m.end("raw"))
            ):
                found.append(_period(m, text, note=True))
    for m in _periods(low) if periods else ():
        found.append(_period(m, text))
    for m in patterns.DEADLINE_RELATIVE_RE.finditer(low) if counts else ():
        if m.group("limit") and not patterns.BOUNDED_WORK_RE.search(
            low, max(0, m.start() - _WORK_REACH), m.start()
        ):
            continue  # ``thời hạn tạm đình chỉ ... không quá 3 tháng``: a length
        start = m.start("count") if m.group("is") else m.start("raw")  # ``là`` is not the deadline
        raw = text[start : m.end("raw")]
        again = _period_end(m)
        if again is not None:  # ``90 ngày kể từ ngày kết thúc năm tài chính``: every year
            found.append(Found(start, raw, None, again))
        else:
            found.append(Found(start, raw, _relative(m, t, letter)))
    for m in patterns.DEADLINE_EVENT_RE.finditer(low) if events else ():
        raw = text[m.start("raw") : m.end("raw")]
        found.append(Found(m.start("raw"), raw, None, event=True))
    found.sort(key=lambda f: f.start)
    out: list[Found] = []
    for f in found:
        if out and f.start < out[-1].start + len(out[-1].raw):
            continue
        out.append(f)
    return out


#: How far a mention's sentence reaches on each side of its deadline: a paragraph without
#: a full stop would otherwise make every mention carry all of it (output quadratic).
_SENTENCE_REACH = 300


class Sentences:
    """The sentences of one text (split at ``. `` and ``; ``), their breaks found once.

    A paragraph with many deadlines asks for many sentences; searching the breaks
    from its start for each made it quadratic.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts = [m.end() for m in patterns.SENTENCE_BREAK_RE.finditer(text)]
        self._ends = [m.end() for m in patterns.SENTENCE_END_RE.finditer(text)]

    def around(self, pos: int) -> str:
        """The sentence holding ``pos``, at most _SENTENCE_REACH characters either side."""
        text = self.text
        i = bisect_right(self._starts, pos)
        begin = self._starts[i - 1] if i else 0
        if begin < pos - _SENTENCE_REACH:  # cut at a word, not inside one
            space = text.find(" ", pos - _SENTENCE_REACH, pos)
            begin = space + 1 if space >= 0 else pos
        j = bisect_right(self._ends, pos)
        end = self._ends[j] if j < len(self._ends) else len(text)
        if end > pos + _SENTENCE_REACH:
            space = text.rfind(" ", pos, pos + _SENTENCE_REACH)
            end = space if space > pos else pos + _SENTENCE_REACH
        return clean_value(text[begin:end])
