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


def find_deadlines(text: str, letter: DateValue | None) -> list[Found]:
    """Every deadline phrase in ``text``, in order of position, overlaps removed."""
    if patterns.DIGIT_RE.search(text) is None:
        return []  # every deadline pattern has a digit; most paragraphs need nothing more
    low = canon_lower(text)  # for the lower-case patterns; values come from ``t`` and ``text``
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
