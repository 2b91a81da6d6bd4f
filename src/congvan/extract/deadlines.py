"""Deadlines: ``trước ngày 20/8/2021``, ``trong tháng 9/2025``, ``trong 05 ngày làm việc``.

A deadline's ISO date is only what the words fix: a date without a year takes
the letter's year when the letter is dated earlier in that year; ``trong thời
hạn N ngày (làm việc) kể từ ngày ký`` counts from the letter's date when the
letter gives the full date (working days skip Saturdays and Sundays; public
holidays are not known and not skipped). Anything else keeps ``iso: null``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from congvan import patterns
from congvan.extract.header import iso_date
from congvan.models import DateValue
from congvan.normalize import canon, canon_lower, clean_value

_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}


@dataclass(frozen=True, slots=True)
class Found:
    """A deadline phrase found in a text: where it is, what it says, what date it fixes."""

    start: int
    raw: str
    iso: str | None
    recurrence: str | None = None


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
    if origin is None or not patterns.FROM_LETTER_RE.match(origin.strip()):
        return None
    if letter is None or letter.iso is None or letter.day is None or letter.month is None:
        return None
    start = date.fromisoformat(letter.iso)
    n = int(m.group("n"))
    end = _add_working_days(start, n) if m.group("work") else start + timedelta(days=n)
    return end.isoformat()


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


_UNITS = {"năm": "yearly", "tháng": "monthly", "quý": "quarterly", "tuần": "weekly"}


def find_deadlines(text: str, letter: DateValue | None) -> list[Found]:
    """Every deadline the text sets from now on, in order of position, overlaps removed.

    A date in a sentence about the past, a data cut-off (``số liệu tính đến``), a
    start (``từ ngày``), a period over before the letter was written and a bare
    year (the plan's own ``trong năm 2026``) are not deadlines. A recurring duty
    (``chậm nhất ngày 15/5 hằng năm``, ``định kỳ 6 tháng``) is one, with its
    recurrence and no single date.
    """
    low = canon_lower(text)  # for the lower-case patterns; values come from ``t`` and ``text``
    recurring = _recurrences(low) if _may_recur(low) else []
    if patterns.DIGIT_RE.search(text) is None:
        # every dated pattern has a digit; a duty without one is only a recurrence
        return [_recurring_duty(text, m) for m in recurring if _duty(low, m)]
    found = _dated(text, low, letter)
    kept: list[Found] = []
    for f in found:
        if not _required(low, f, letter):
            continue
        m = _recurrence_near(low, f, recurring)
        if m is not None:
            end = max(f.start + len(f.raw), m.end("raw"))
            f = Found(f.start, text[f.start : end], None, _unit_of(m))
        kept.append(f)
    taken = [(f.start, f.start + len(f.raw)) for f in kept]
    for m in recurring:
        inside = any(a <= m.start("raw") < b for a, b in taken)
        if not inside and _duty(low, m) and not _clause_has(kept, low, m.start("raw")):
            kept.append(_recurring_duty(text, m))
    kept.sort(key=lambda f: f.start)
    return kept


def _may_recur(low: str) -> bool:
    return "năm" in low or "tháng" in low or "quý" in low or "tuần" in low


def _recurrences(low: str) -> list[re.Match[str]]:
    return list(patterns.RECURRENCE_RE.finditer(low))


def _unit_of(m: re.Match[str]) -> str:
    if m.group("six"):
        return "half-yearly"
    unit = m.group("unit") or m.group("unit2") or m.group("unit3")
    return _UNITS[unit]


def _clause_bounds(low: str, pos: int) -> tuple[int, int]:
    begin = 0
    for b in patterns.CLAUSE_BREAK_RE.finditer(low, 0, pos):
        begin = b.end()
    stop = patterns.CLAUSE_BREAK_RE.search(low, pos)
    return begin, stop.start() if stop else len(low)


def _duty(low: str, m: re.Match[str]) -> bool:
    """A recurrence that sets a duty: ``định kỳ ...``, ``01 lần/năm``, or opening its clause.

    ``Kế hoạch CCHC hằng năm`` only names a yearly plan.
    """
    if m.group("periodic") or m.group("periodic2") or m.group("unit3"):
        return True
    begin, _ = _clause_bounds(low, m.start("raw"))
    return not low[begin : m.start("raw")].strip()


def _recurring_duty(text: str, m: re.Match[str]) -> Found:
    return Found(m.start("raw"), text[m.start("raw") : m.end("raw")], None, _unit_of(m))


def _recurrence_near(low: str, f: Found, recurring: list[re.Match[str]]) -> re.Match[str] | None:
    """A recurrence in the deadline's clause (``trước ngày 20 hằng tháng``)."""
    begin, end = _clause_bounds(low, f.start)
    end = max(end, f.start + len(f.raw))
    for m in recurring:
        if begin <= m.start("raw") <= end:
            return m
    return None


def _clause_has(kept: list[Found], low: str, pos: int) -> bool:
    begin, end = _clause_bounds(low, pos)
    return any(begin <= f.start <= end for f in kept)


def _required(low: str, f: Found, letter: DateValue | None) -> bool:
    """Whether the phrase at ``f`` asks for something from now on (see find_deadlines)."""
    if patterns.CUTOFF_BEFORE_RE.search(low, max(0, f.start - 24), f.start):
        return False
    begin, end = _clause_bounds(low, f.start)
    clause = low[begin : max(end, f.start + len(f.raw))]
    if patterns.PAST_RE.search(clause) and not patterns.OBLIGATION_RE.search(clause):
        return False
    if f.iso is not None and len(f.iso) == 4:
        lead = low[max(0, f.start - 16) : f.start]
        raw = low[f.start : f.start + len(f.raw)]
        after = low[f.start + len(f.raw) : f.start + len(f.raw) + 24]
        due = patterns.YEAR_DUE_RE.search(lead) or patterns.YEAR_DUE_AFTER_RE.match(after)
        if not (due or raw.lstrip().startswith(("trước", "hết"))):
            return False  # ``trong năm 2026``: the period of the plan, not a date it is due
    return not _before_letter(f.iso, letter)


def _before_letter(iso: str | None, letter: DateValue | None) -> bool:
    """A period wholly over before the letter's own date cannot be a deadline it sets."""
    if iso is None or letter is None or letter.year is None:
        return False
    have = (letter.year, letter.month, letter.day)
    parts = [int(x) for x in iso.split("-")]
    for mine, theirs in zip(parts, have, strict=False):
        if theirs is None or mine != theirs:
            return theirs is not None and mine < theirs
    return False


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
    if not (dates or periods or counts):
        return found
    t = canon(text)
    for m in patterns.DEADLINE_DATE_RE.finditer(low) if dates else ():
        if m.group("d"):
            d, mo, y = int(m.group("d")), int(m.group("m")), m.group("y")
        else:
            d, mo, y = int(m.group("ld")), int(m.group("lm")), m.group("ly")
        year = _letter_year(y, mo, letter)
        iso = iso_date(year, mo, d) if year is not None else None
        found.append(Found(m.start("raw"), text[m.start("raw") : m.end("raw")], iso))
    for m in _periods(low) if periods else ():
        if m.group("m"):
            iso = iso_date(int(m.group("y")), int(m.group("m")), None)
        elif m.group("year"):
            iso = m.group("year")
        else:
            iso = None  # a quarter is a period, not a date
        found.append(Found(m.start("raw"), text[m.start("raw") : m.end("raw")], iso))
    for m in patterns.DEADLINE_RELATIVE_RE.finditer(low) if counts else ():
        found.append(
            Found(m.start("raw"), text[m.start("raw") : m.end("raw")], _relative(m, t, letter))
        )
    found.sort(key=lambda f: f.start)
    out: list[Found] = []
    for f in found:
        if out and f.start < out[-1].start + len(out[-1].raw):
            continue
        out.append(f)
    return out


def sentence_at(text: str, pos: int) -> str:
    """The sentence of ``text`` around position ``pos`` (split at ``. `` and ``; ``)."""
    starts = [m.end() for m in patterns.SENTENCE_BREAK_RE.finditer(text) if m.end() <= pos]
    begin = starts[-1] if starts else 0
    stop = patterns.SENTENCE_END_RE.search(text[pos:])
    end = pos + stop.end() if stop else len(text)
    return clean_value(text[begin:end])
