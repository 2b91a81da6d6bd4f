"""The body: Kính gửi recipients, preamble grounds and the tasks tree.

The body's paragraphs are read in one pass, in this order: the ``Kính gửi``
block, the preamble (authority line, ``Căn cứ`` / ``Xét đề nghị`` /
``Thực hiện`` grounds, ``QUYẾT ĐỊNH:``), then the items. Items nest by the
order their label kinds first appear (``I.`` then ``1.`` then ``a)``), the way
a reader sees a list: a kind seen before closes the deeper levels.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from congvan import codes, patterns
from congvan.extract.citations import find_citations
from congvan.extract.context import Context
from congvan.extract.deadlines import find_deadlines
from congvan.models import BasisKind, Deadline, LegalBasis, LineSpan, Recipient, Task
from congvan.normalize import canon, clean_value
from congvan.segment import Paragraph


def span_of(p: Paragraph) -> LineSpan:
    return LineSpan(start=p.start, end=p.end)


# --- recipients -----------------------------------------------------------------------------


def _split_names(text: str) -> list[str]:
    parts = patterns.NAME_LIST_SEP_RE.split(text)
    return [c for c in (clean_value(p) for p in parts) if c]


def extract_recipients(ctx: Context, body: list[Paragraph]) -> tuple[list[Recipient], int]:
    """Recipients of the ``Kính gửi`` block and the index of the paragraph after it."""
    for i, p in enumerate(body[:12]):
        m = patterns.KINH_GUI_RE.match(canon(p.text)) or (
            patterns.RECIPIENTS_RE.match(canon(p.text)) if i == 0 else None
        )
        if m is None:
            continue
        out = [
            Recipient(name=n, evidence=span_of(p)) for n in _split_names(p.text[m.start("rest") :])
        ]
        j = i + 1
        while j < len(body) and patterns.BULLET_RE.match(body[j].text):
            out.extend(
                Recipient(name=n, evidence=span_of(body[j])) for n in _split_names(body[j].text)
            )
            j += 1
        return out, j
    return [], 0


# --- preamble ---------------------------------------------------------------------------------


def _basis_kind(m: re.Match[str]) -> BasisKind:
    if m.group("can_cu"):
        return BasisKind.CAN_CU
    if m.group("de_nghi"):
        return BasisKind.DE_NGHI
    return BasisKind.THUC_HIEN


def extract_basis(body: list[Paragraph], start: int) -> tuple[list[LegalBasis], int]:
    """Grounds from ``start`` until the first item; returns them and where items may begin."""
    out: list[LegalBasis] = []
    i = start
    while i < len(body):
        p = body[i]
        t = canon(p.text)
        if patterns.ENACTING_RE.match(t):
            return out, i + 1
        if patterns.LABEL_RE.match(t):
            break
        m = patterns.BASIS_RE.match(t)
        if m is not None:
            kind = _basis_kind(m)
            for ground in _grounds(p.text):
                gm = patterns.BASIS_RE.match(canon(ground))
                text = clean_value(ground)
                out.append(
                    LegalBasis(
                        text=text,
                        kind=_basis_kind(gm) if gm else kind,
                        citations=find_citations(text, span_of(p)),
                        evidence=span_of(p),
                    )
                )
        elif out and not _is_authority_line(p.text):
            break
        i += 1
    return out, start if not out else i


def _grounds(text: str) -> list[str]:
    cuts = [
        m.end() - len(m.group(0).lstrip(";").lstrip())
        for m in patterns.BASIS_SPLIT_RE.finditer(canon(text))
    ]
    pieces, last = [], 0
    for c in cuts:
        pieces.append(text[last:c])
        last = c
    pieces.append(text[last:])
    return [x for x in pieces if x.strip(" ;.")]


def _is_authority_line(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


# --- tasks ------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Item:
    label: str | None
    marker: str | None
    kind: str
    lines: list[str]
    start: int
    end: int
    assignees: list[str] = field(default_factory=list)
    deadline: Deadline | None = None
    children: list[_Item] = field(default_factory=list)


def _label(text: str) -> tuple[str, str, str, str] | None:
    """(kind, label, marker, rest) for a labelled paragraph."""
    m = patterns.LABEL_RE.match(text)
    if m is None:
        return None
    kind = next(k for k, v in m.groupdict().items() if v is not None)
    label = " ".join(m.group(kind).split())
    if kind == "article":
        label = "Điều " + label.split()[-1]
    if kind == "multi":
        kind = f"multi{label.count('.') + 1}"
    if kind == "letter_dot":
        kind = "letter"
    if kind == "roman" and len(label) == 1 and label in "LCDM":
        return None
    marker = " ".join(text[: m.end()].split())
    return kind, label, marker, text[m.end() :]


def split_assignees(who: str) -> list[str]:
    names = patterns.ASSIGNEE_SPLIT_RE.split(who)
    return [n for n in (clean_value(x) for x in names) if n]


def assignees_in(text: str) -> list[str]:
    """Units an item's text makes responsible.

    ``1. Sở Tài chính:`` (a heading item), ``Giao X ...``, ``Đề nghị X ...``, ``X chủ trì ...``.
    """
    t = canon(text)
    head = t.rstrip()
    if head.endswith(":") and patterns.UNIT_START_RE.match(t) and len(head) < 160:
        return split_assignees(text.rstrip()[:-1])
    for m in patterns.ASSIGN_RE.finditer(t):
        who = _who(text, t, m.end())
        if who:
            return who
    if patterns.UNIT_START_RE.match(t):
        return _who(text, t, 0)
    return []


def _who(text: str, t: str, pos: int) -> list[str]:
    if not patterns.UNIT_START_RE.match(t, pos) and not t[pos : pos + 1].isupper():
        return []
    stop = patterns.ASSIGNEE_STOP_RE.search(t, pos)
    end = stop.start() if stop else len(t)
    punct = patterns.NAME_END_RE.search(t, pos, end)
    if punct:
        end = punct.start()
    who = text[pos:end]
    if not who.strip() or len(who) > 160 or (stop is None and punct is None):
        return []
    return split_assignees(who)


def _attach(item: _Item, p: Paragraph, ctx: Context) -> bool:
    """Read an attribute line (``- Đơn vị chủ trì: X``, ``- Thời gian hoàn thành: Y``)."""
    t = canon(p.text)
    lead = patterns.LEAD_UNIT_RE.match(t)
    if lead:
        item.assignees = split_assignees(p.text[lead.start("value") :]) or item.assignees
        item.end = p.end
        return True
    time = patterns.TIME_ATTR_RE.match(t)
    if time:
        value = p.text[time.start("value") :]
        found = find_deadlines(value, ctx.date)
        if found and item.deadline is None:
            item.deadline = Deadline(
                raw=clean_value(found[0].raw), iso=found[0].iso, evidence=span_of(p)
            )
        item.lines.append(clean_value(p.text))
        item.end = p.end
        return True
    return False


def _build(paras: list[Paragraph], ctx: Context) -> tuple[list[_Item], list[Paragraph]]:
    """Nest labelled paragraphs; returns the roots and the lead-in paragraphs before them."""
    roots: list[_Item] = []
    stack: list[_Item] = []
    lead_in: list[Paragraph] = []
    in_quote = False
    for p in paras:
        text = p.text
        t = canon(text)
        curly, straight_odd = _quote_balance(t)
        if in_quote:
            labelled = None
            in_quote = not (curly < 0 or (curly == 0 and straight_odd))
        else:
            labelled = None if patterns.QUOTE_OPEN_RE.match(t) else _label(t)
            in_quote = curly > 0 or (curly == 0 and straight_odd)
        if labelled is not None:
            kind, label, marker, rest = labelled
            item = _Item(
                label, marker, kind, [text[len(text) - len(rest) :].strip()], p.start, p.end
            )
            while stack and kind in {s.kind for s in stack}:
                if stack.pop().kind == kind:
                    break
            (stack[-1].children if stack else roots).append(item)
            stack.append(item)
            continue
        if not stack:
            lead_in.append(p)
            continue
        if patterns.CLOSING_TEXT_RE.match(t) and len(stack) >= 1 and _is_last_top(paras, p):
            stack.clear()
            continue
        top = stack[-1]
        if _attach(top, p, ctx):
            continue
        bullet = patterns.BULLET_RE.match(text)
        if bullet and top.lines[0].rstrip().endswith(":"):
            child = _Item(
                None, "-", "bullet", [text[bullet.start("rest") :].strip()], p.start, p.end
            )
            top.children.append(child)
            for s in stack:
                s.end = p.end
            continue
        top.lines.append(text)
        for s in stack:
            s.end = p.end
    return roots, lead_in


def _quote_balance(text: str) -> tuple[int, bool]:
    """Curly quotations opened minus closed, and whether straight quotes are unpaired."""
    curly = text.count("“") + text.count("«") - text.count("”") - text.count("»")
    return curly, text.count('"') % 2 == 1


def _is_last_top(paras: list[Paragraph], p: Paragraph) -> bool:
    """A closing sentence counts as such only after the last labelled paragraph."""
    after = [q for q in paras if q.start > p.start]
    return not any(_label(canon(q.text)) for q in after)


def _finish(item: _Item, inherited: list[str], ctx: Context) -> Task:
    own = item.assignees or assignees_in(item.lines[0] if item.lines else "")
    assignees = own or inherited
    text = clean_value(" ".join(item.lines))
    deadline = item.deadline
    if deadline is None:
        found = find_deadlines(" ".join(item.lines), ctx.date)
        if found:
            deadline = Deadline(
                raw=clean_value(found[0].raw),
                iso=found[0].iso,
                evidence=LineSpan(start=item.start, end=item.end),
            )
    subtasks = [_finish(c, assignees, ctx) for c in item.children]
    return Task(
        label=item.label,
        marker=item.marker,
        text=text,
        assignees=assignees,
        deadline=deadline,
        subtasks=subtasks,
        evidence=LineSpan(start=item.start, end=item.end),
    )


def extract_tasks(ctx: Context, paras: list[Paragraph]) -> list[Task]:
    """The tasks tree of the body paragraphs after the preamble."""
    roots, lead_in = _build(paras, ctx)
    if not roots:
        roots = _unnumbered(paras)
        if not roots:
            ctx.add(codes.NO_TASKS)
            return []
        lead_in = []
    inherited: list[str] = []
    if lead_in:
        last = lead_in[-1].text
        if patterns.ASKS_RE.search(canon(last)):
            inherited = list(ctx.recipients) or assignees_in(last)
    return [_finish(r, inherited, ctx) for r in roots]


def _unnumbered(paras: list[Paragraph]) -> list[_Item]:
    """A letter without numbered items: each paragraph that assigns work is a task."""
    out: list[_Item] = []
    for p in paras:
        t = canon(p.text)
        if patterns.CLOSING_TEXT_RE.match(t) or patterns.BASIS_RE.match(t):
            continue
        if patterns.ASSIGN_RE.search(t) and assignees_in(p.text):
            out.append(_Item(None, None, "paragraph", [p.text], p.start, p.end))
    return out
