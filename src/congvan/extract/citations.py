"""Cited documents: ``Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về ...``.

A citation is a type word and a số/ký hiệu, optionally followed by its date,
``của`` + issuer and a title; or a Luật/Pháp lệnh cited by name and date
(``number: null``). Numbers are compacted (no spaces around ``/`` and ``-``)
so the same document cited twice is recognised as one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from congvan import patterns
from congvan.extract.header import iso_date
from congvan.models import Citation, LineSpan
from congvan.normalize import canon, canon_lower, clean_value

_TYPE_NAMES = {canon(t).lower().replace(" ", ""): t for t in patterns.CITED_TYPES}


def _type_name(raw: str) -> str:
    key = canon(" ".join(raw.split())).lower().replace(" ", "")
    return _TYPE_NAMES.get(key, " ".join(raw.split()))


def _separator(m: re.Match[str]) -> str:
    return m[1]


def compact_number(raw: str) -> str:
    # A function rather than the template r"\1", which re expands in Python for every match.
    return patterns.NUMBER_SPACES_RE.sub(_separator, " ".join(raw.split()))


def _iso(raw: str) -> str | None:
    nums = [int(x) for x in patterns.DIGITS_RE.findall(raw)]
    if len(nums) != 3:
        return None
    d, m, y = nums
    return iso_date(y, m, d)


#: The longest title read after a citation: a title runs to the next punctuation, and a
#: paragraph without any would make every citation's title all the rest of it (quadratic).
_TITLE_REACH = 600


def _tail(
    text: str, t: str, low: str, pos: int, outer: str = ""
) -> tuple[str | None, str | None, str | None, int]:
    """Date, issuer and title written after a citation's number at ``pos``; and where they end.
    ``outer`` is the cited document's type, in lower case.

    The patterns run on ``low`` (``canon_lower(text)``); values are sliced from ``t`` and ``text``.
    """
    date = issuer = title = None
    d = patterns.CITATION_DATE_RE.match(low, pos)
    if d:
        date = _iso(t[d.start("date") : d.end("date")])
        pos = d.end()
    i = patterns.CITATION_ISSUER_RE.match(low, pos)
    if i:
        issuer = clean_value(text[i.start("issuer") : i.end("issuer")]) or None
        pos = i.end()
        d = patterns.CITATION_DATE_RE.match(low, pos)
        if d:  # ``của Chính phủ ngày 18/6/1997``: a date after the issuer is no title
            date = date or _iso(t[d.start("date") : d.end("date")])
            pos = d.end()
    if patterns.CITATION_MORE_RE.match(low, pos):
        return date, issuer, None, pos  # ``, số 2687/VPCP-KTTH ngày ...``: the list goes on
    if issuer and patterns.NEXT_DOCUMENT_RE.match(low, pos):
        return date, issuer, None, pos  # ``... của Bộ trưởng ... và Quy chế ...``: another's
    bound = pos + _TITLE_REACH
    ti = patterns.CITATION_TITLE_RE.match(low, pos, bound)
    if ti and _after_comma_unled(low, ti):
        # ``... của UBND tỉnh, UBND huyện báo cáo như sau:``: the sentence goes on, no title;
        # what it cites in passing is read with it, as a title's citations are
        return date, issuer, None, ti.end()
    if ti and (issuer or t[ti.start() : ti.end()].strip().lower().startswith(("về", "v/v"))):
        end = ti.end("title")
        if end >= bound < len(text):  # cut by the bound: end at a word, not inside one
            space = text.rfind(" ", ti.start("title"), end)
            end = space if space > ti.start("title") else end
        pos = ti.end()
        second = _coordinated(low, ti.start("title"), end, outer)
        if second is not None:
            end = pos = second  # ``... về quản lý con dấu và Luật Công chứng số ...``: cited too
        title = clean_value(text[ti.start("title") : end]) or None
        if title is not None and not title[0].isalnum():
            title = None  # ``(... của Chính phủ)``: the bracket closes, no title follows
    return date, issuer, title, pos


def _coordinated(low: str, start: int, end: int, outer: str = "") -> int | None:
    """Where a second document cited after ``và`` begins inside the title at ``start``..``end``,
    when the title before it neither amends, guides nor details it (NESTING_TITLE_RE), or it is
    of a lower rank than the ``outer`` one, which no title of a law or a decree details."""
    m = patterns.COORDINATED_CITATION_RE.search(low, start, end)
    if m is None:
        return None
    lower = patterns.OUTRANKING_TYPE_RE.fullmatch(outer) and patterns.LOWER_RANK_RE.match(
        low, m.start()
    )
    if not lower and patterns.NESTING_TITLE_RE.search(low, start, m.start()) is not None:
        return None
    return m.start()


@dataclass(frozen=True, slots=True)
class _Hit:
    start: int
    end: int
    citation: Citation


class _Covered:
    """Whether a position lies inside a hit, asked at increasing positions.

    A position is inside some hit exactly when the furthest end among the hits that start
    at or before it lies beyond it. With the positions asked in order, each hit is read once
    to update that furthest end, so a paragraph of many citations costs linear time; testing
    every earlier hit for every match made it quadratic (issue 15).
    """

    def __init__(self, hits: list[_Hit]) -> None:
        self._hits = sorted(hits, key=_start)
        self._next = 0
        self._end = -1

    def __call__(self, pos: int) -> bool:
        hits = self._hits
        while self._next < len(hits) and hits[self._next].start <= pos:
            self._end = max(self._end, hits[self._next].end)
            self._next += 1
        return self._end > pos

    def add(self, hit: _Hit) -> None:
        """Count a hit found at the position just asked (so before any asked later)."""
        self._end = max(self._end, hit.end)


def _start(hit: _Hit) -> int:
    return hit.start


def _cite(
    raw_type: str,
    number: str | None,
    date: str | None,
    issuer: str | None,
    title: str | None,
    evidence: LineSpan,
) -> Citation:
    return Citation(
        doc_type=_type_name(raw_type),
        number=number,
        date=date,
        issuer=issuer,
        title=title,
        evidence=evidence,
    )


def named_ground(ground: str, evidence: LineSpan) -> Citation | None:
    """The document a ground cites by its name alone (``Căn cứ Luật hoạt động giám sát của
    Quốc hội;``, ``Căn cứ Điều lệ Đảng;``) or by its name and date (``Căn cứ Nghị quyết Hội
    nghị Ban Chấp hành Hội lần thứ 6 ngày 22/4/2006;``), with no number; None when the ground
    is more than that."""
    for pattern in (
        patterns.LAW_NAME_GROUND_RE,  # a law's year, as written
        patterns.DATED_NAME_GROUND_RE,  # a full date
        patterns.NAME_ONLY_GROUND_RE,  # no date
        patterns.CARRIED_OUT_NAME_RE,  # ``Thực hiện Chương trình ..., UBND tỉnh tổ chức ...``
        patterns.NAME_GROUND_ENACTS_RE,  # ``Căn cứ Nghị quyết Đại hội ..., Ban ... ban hành``
    ):
        m = pattern.fullmatch(ground)
        if m is None:
            continue
        fields = m.groupdict()
        date = _iso(fields["date"]) if "date" in fields else fields.get("year")
        name = clean_value(ground[m.start("name") : m.end("name")])
        return _cite(m.group("type"), None, date, None, name, evidence)
    return None


def find_citations(text: str, evidence: LineSpan, nested: bool = True) -> list[Citation]:
    """Every cited document in ``text`` in order of position.

    With ``nested=False`` a document named inside another citation's title
    (``Nghị định 82/2023 sửa đổi Nghị định 120/2016``) is left out: a ground
    cites the first, and the second is only part of its name.
    """
    if patterns.DIGIT_RE.search(text) is None:
        return []  # every citation pattern has a digit (its number or date)
    low = canon_lower(text)  # for the lower-case patterns; values come from ``t`` and ``text``
    hits: list[_Hit] = []
    numbered = patterns.CITATION_NUMBER_HINT_RE.search(low) is not None
    dated = patterns.CITATION_DATE_HINT_RE.search(low) is not None
    constitution = "hiến pháp" in low
    if not (numbered or dated or constitution):
        return []  # the patterns below are slow; most paragraphs cite nothing
    t = canon(text)
    for m in patterns.CITATION_RE.finditer(low) if numbered else ():
        if not _capital_code(m, text):
            continue
        outer = low[m.start("type") : m.end("type")]
        date, issuer, title, end = _tail(text, t, low, m.end(), outer)
        number = compact_number(text[m.start("number") : m.end("number")])
        raw_type = t[m.start("type") : m.end("type")]
        hits.append(_Hit(m.start(), end, _cite(raw_type, number, date, issuer, title, evidence)))
        hits.extend(_more(text, t, low, end, raw_type, evidence))
    # Each finditer gives its matches in order of position, as _Covered needs.
    covered = _Covered(hits)
    for m in patterns.UNNUMBERED_CITATION_RE.finditer(low) if dated else ():
        if covered(m.start()):
            continue
        _, issuer, title, end = _tail(text, t, low, m.end())
        raw_type, raw_date = t[m.start("type") : m.end("type")], t[m.start("date") : m.end("date")]
        cite = _cite(raw_type, None, _iso(raw_date), issuer, title, evidence)
        hits.append(_Hit(m.start(), end, cite))
        covered.add(hits[-1])
    covered = _Covered(hits)
    for m in patterns.LAW_BY_NAME_RE.finditer(t) if dated else ():
        if covered(m.start()):
            continue
        name = clean_value(text[m.start("name") : m.end("name")])
        if patterns.HAS_NUMBER_RE.search(canon(name)):
            continue
        raw_number = m.group("number")
        law_number = compact_number(raw_number.rstrip(",")) if raw_number else None
        cite = _cite(m.group("type"), law_number, _iso(m.group("date")), None, name, evidence)
        hits.append(_Hit(m.start(), m.end(), cite))
        covered.add(hits[-1])
        more = _more(text, t, low, m.end(), m.group("type"), evidence)
        hits.extend(more)
        for hit in more:
            covered.add(hit)
    covered = _Covered(sorted(hits, key=_start))
    for m in patterns.CONSTITUTION_RE.finditer(t) if constitution else ():
        if not covered(m.start()):  # by its year only: no number, no full date
            name = clean_value(text[m.start("name") : m.end("name")])
            hits.append(
                _Hit(m.start(), m.end(), _cite("Hiến pháp", None, None, None, name, evidence))
            )
    hits.sort(key=_start)
    return [h.citation for h in (hits if nested else _outermost(hits, t))]


def _capital_code(m: re.Match[str], text: str) -> bool:
    """A number joined to its code by a dash alone (``25-HĐBT``) or a space (``1205 TC/NS``)
    counts when the code is in capitals: in lower case it is a word (``Kế hoạch 5-năm``,
    ``Công văn số 12 ngày/tháng``)."""
    return all(
        m.start(group) < 0 or text[m.start(group) : m.end(group)].isupper()
        for group in ("dashed", "spaced")
    )


def _more(text: str, t: str, low: str, pos: int, raw_type: str, evidence: LineSpan) -> list[_Hit]:
    """The documents of the same type listed after a citation ending at ``pos``, each with
    ``số`` and its date: ``các Công văn số 4830/KTTH ngày ..., số 1440/CP-KTTH ngày ...``."""
    hits: list[_Hit] = []
    while (m := patterns.CITATION_MORE_RE.match(low, pos)) is not None and _capital_code(m, text):
        date, issuer, title, end = _tail(text, t, low, m.end())
        if date is None:
            break  # a bare ``số 12`` is no citation without its date
        number = compact_number(text[m.start("number") : m.end("number")])
        start = m.start("number")
        hits.append(_Hit(start, end, _cite(raw_type, number, date, issuer, title, evidence)))
        pos = end
    return hits


#: How far before a citation the rules issued with it (RULES_ATTACHED_RE) are looked for.
_RULES_REACH = 250


def _outermost(hits: list[_Hit], t: str) -> list[_Hit]:
    """``hits`` (in order of start) less those named inside another's title or attached to it.

    A hit is nested when the last kept hit still open at its start links to it (sửa đổi,
    hướng dẫn ... just before it). Kept hits that end at or before a start end before every
    later start too, so they leave the stack for good: each hit is pushed and popped once.
    """
    kept: list[_Hit] = []
    open_: list[_Hit] = []  # kept hits, in order, less some that have ended
    for h in hits:
        while open_ and open_[-1].end <= h.start:
            open_.pop()
        # No two hits start at one place (a later pattern's match inside a hit is skipped),
        # so the last open hit starts before ``h`` and is the last kept one around it.
        if open_ and patterns.NESTED_LINK_RE.search(t[open_[-1].start : h.start]):
            continue
        if patterns.ATTACHED_TO_RE.search(t[max(0, h.start - 30) : h.start]) and not (
            patterns.RULES_ATTACHED_RE.search(t[max(0, h.start - _RULES_REACH) : h.start])
        ):
            continue  # ``Mẫu số 14 ban hành kèm theo Nghị định ...``: the form is cited
        kept.append(h)
        open_.append(h)
    return kept


def dedupe(citations: list[Citation]) -> list[Citation]:
    """Keep the first mention of each number (of each law name and date for laws)."""
    seen: set[tuple[str | None, ...]] = set()
    out: list[Citation] = []
    for c in citations:
        key = (c.number.upper(),) if c.number else (c.doc_type, c.title, c.date)
        if key in seen:
            continue
        seen.add(key)
        out.append(c)
    return out


def _after_comma_unled(low: str, ti: re.Match[str]) -> bool:
    """A title the issuer's comma opens without ``về`` or a verb of regulating: after a comma
    the sentence that cites the document goes on, its subject is no title."""
    lead = low[ti.start() : ti.start("title")]
    return (
        "," in lead
        and not lead.rstrip().endswith(("về", "việc", "v/v", ":"))
        and (patterns.TITLE_VERB_RE.match(low, ti.start("title")) is None)
    )
