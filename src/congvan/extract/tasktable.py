"""Task tables: a plan's rows of Nội dung / Cơ quan chủ trì / Cơ quan phối hợp / Thời gian.

Many kế hoạch put their tasks in a table rather than in numbered paragraphs,
and a clerk reads each row as a task: its number, what to do, who leads, who
coordinates, by when. A body table is read so only when its heading row names
a content column and a lead or a time column; a table of figures (``STT | Nội
dung | Lâm Đồng | Đắk Nông``) stays text. Columns are known by the grid column
the reader records for each cell line, so a heading cell and the cells under
it agree however the rows are merged.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from congvan import patterns
from congvan.extract.assignees import split_assignees
from congvan.extract.deadlines import find_due
from congvan.normalize import canon
from congvan.segment import Paragraph

#: A heading cell is short; a longer cell in the first rows is content, not a heading.
_HEADING_CELL = 60
#: How many rows from the top may hold the heading (a title row may come first).
_HEADING_ROWS = 3


@dataclass(frozen=True, slots=True)
class Columns:
    """Which grid column holds what, and the first row under the heading."""

    task: int
    number: int | None
    lead: int | None
    partner: int | None
    time: int | None
    first_row: int
    #: The remarks column (``Ghi chú``), read for a due date when a row's time cell is empty.
    note: int | None = None


@dataclass(slots=True)
class Row:
    """One row under the heading: its number (if any) and the text of each column."""

    kind: str
    label: str | None
    marker: str | None
    lines: list[str]
    lead: str
    partner: str
    time: str
    start: int
    end: int
    note: str = ""


def _cells_by_row(paras: list[Paragraph]) -> dict[int, dict[int, list[Paragraph]]]:
    rows: dict[int, dict[int, list[Paragraph]]] = defaultdict(lambda: defaultdict(list))
    for p in paras:
        if p.cell is not None:
            rows[p.cell.row][p.cell.col].append(p)
    return rows


def _role(text: str) -> str | None:
    t = canon(text).strip()
    if not t or len(t) > _HEADING_CELL:
        return None
    if patterns.TABLE_PARTNER_HEAD_RE.search(t) and not patterns.TABLE_LEAD_HEAD_RE.search(t):
        return "partner"
    if patterns.TABLE_TIME_HEAD_RE.search(t):
        return "time"
    if patterns.TABLE_LEAD_HEAD_RE.search(t):
        return "lead"
    if patterns.TABLE_TASK_HEAD_RE.search(t):
        return "task"
    if patterns.TABLE_NUMBER_HEAD_RE.match(t):
        return "number"
    if patterns.TABLE_NOTE_HEAD_RE.match(t):
        return "note"
    if patterns.TABLE_UNIT_HEAD_RE.fullmatch(t):
        return "unit"
    return None


def _roles(cells: dict[int, list[Paragraph]]) -> dict[str, int]:
    """The column of each role a row's cells name; the leftmost wins (``Nội dung`` before
    ``Nhiệm vụ cụ thể``), except that a due column beats a start column."""
    found: dict[str, int] = {}
    for col in sorted(cells):
        text = " ".join(p.text for p in cells[col])
        role = _role(text)
        if role is None:
            continue
        due = role == "time" and patterns.TABLE_DUE_HEAD_RE.search(canon(text)) is not None
        if role not in found or due:
            found[role] = col
    return found


def task_columns(paras: list[Paragraph]) -> Columns | None:
    """The columns of one table's paragraphs when it is a task table, else None."""
    rows = _cells_by_row(paras)
    order = sorted(rows)
    for i, r in enumerate(order[:_HEADING_ROWS]):
        roles = _roles(rows[r])
        if "lead" not in roles and "unit" in roles and "time" in roles:
            roles["lead"] = roles["unit"]  # ``TT | Đơn vị | Nhiệm vụ được giao | Thời hạn``
        if "task" not in roles or not ({"lead", "time"} & roles.keys()):
            continue
        first = i + 1
        if first < len(order):
            below = _roles(rows[order[first]])
            if below and not _row_number(rows[order[first]], roles.get("number")):
                roles.update(below)  # ``Thời gian`` over ``Bắt đầu | Hoàn thành``
                first += 1
        return Columns(
            task=roles["task"],
            number=roles.get("number"),
            lead=roles.get("lead"),
            partner=roles.get("partner"),
            time=roles.get("time"),
            first_row=order[first] if first < len(order) else order[-1] + 1,
            note=roles.get("note"),
        )
    return None


def _row_number(cells: dict[int, list[Paragraph]], col: int | None) -> bool:
    if col is None or col not in cells:
        return False
    return patterns.TABLE_ROW_LABEL_RE.match(" ".join(p.text for p in cells[col])) is not None


def _label(text: str) -> tuple[str, str] | None:
    """(kind, label) of a row number, in the kinds the paragraph items use for nesting."""
    m = patterns.TABLE_ROW_LABEL_RE.match(text)
    if m is None:
        return None
    kind = next(k for k, v in m.groupdict().items() if v is not None)
    label = m.group(kind)
    if kind == "multi":
        kind = f"multi{label.count('.') + 1}"
    return kind, label


def table_rows(paras: list[Paragraph], cols: Columns) -> list[Row]:
    """The rows under the heading, in order; a row without a number continues the one above.

    A row that only numbers the columns (``(1) | (2) | (3)``) is skipped.
    """
    rows = _cells_by_row(paras)
    out: list[Row] = []
    for r in sorted(rows):
        if r < cols.first_row:
            continue
        cells = rows[r]
        texts = {c: [p.text.strip() for p in ps if p.text.strip()] for c, ps in cells.items()}
        if all(patterns.TABLE_COLUMN_NUMBER_RE.match(" ".join(t)) for t in texts.values()):
            continue
        start = min(p.start for ps in cells.values() for p in ps)
        end = max(p.end for ps in cells.values() for p in ps)
        number = " ".join(texts.get(cols.number, [])) if cols.number is not None else ""
        labelled = _label(number) if number else None
        content = texts.get(cols.task, [])
        if labelled is None and cols.number is None and content:
            labelled = _content_label(content)
            if labelled is not None:
                content = [content[0].split(None, 1)[1] if " " in content[0] else "", *content[1:]]
        lead, partner = (
            _cell_text(texts.get(c, [])) if c is not None else "" for c in (cols.lead, cols.partner)
        )
        # a time is one phrase, however its cell breaks it (``Từ 01/3 đến 30/10`` / ``/2026``)
        time = " ".join(texts.get(cols.time, [])) if cols.time is not None else ""
        if out:  # ``Như trên`` in a column: the row above's value, as the table writes it
            lead, partner, time = (
                before if patterns.TABLE_AS_ABOVE_RE.fullmatch(now) else now
                for now, before in (
                    (lead, out[-1].lead),
                    (partner, out[-1].partner),
                    (time, out[-1].time),
                )
            )
        if labelled is None and out and not number:
            # A row split over two table rows, or two pages (``Văn phòng`` / ``UBND tỉnh``,
            # ``Trước ngày`` / ``10/10/2026``): one task.
            prev = out[-1]
            prev.lines.extend(content)
            prev.lead = _goes_on(prev.lead, lead, _names_units)
            prev.partner = _goes_on(prev.partner, partner, _names_units)
            prev.time = _goes_on(prev.time, time, _gives_a_date)
            prev.end = end
            continue
        if not content and not lead:
            continue
        kind, label = labelled if labelled is not None else ("row", None)
        marker = (number or label) if labelled is not None else None
        note = _cell_text(texts.get(cols.note, [])) if cols.note is not None else ""
        row = Row(kind, label, marker, content or [""], lead, partner, time, start, end, note)
        out.append(row)
    return out


def _cell_text(lines: list[str]) -> str:
    """A cell's lines as one text, each an entry (``Sở Y tế`` / ``Sở Nội vụ``) but for a line
    that opens in lower case: a PDF breaks a name where the cell's width ends (``Sở Xây`` /
    ``dựng (phối hợp)``, ``Phòng Quản lý hoạt động`` / ``xây dựng``), and that line goes on
    the one above it."""
    out = ""
    for line in lines:
        if out and line[:1].islower() and not out.endswith((";", ",", ".")):
            out += " " + line
        else:
            out += ("; " if out else "") + line
    return out


def _goes_on(before: str, after: str, complete: Callable[[str], bool]) -> str:
    """A column's text in a row and in the numberless row after it: one text when the first
    is cut short (a name or a date broken over a page: ``Văn phòng`` + ``UBND tỉnh``), ends
    with its list's mark or goes on in lower case (``Sở Xây`` + ``dựng``: see _cell_text), two
    entries when it is whole (``Sở Y tế`` + ``Sở Nội vụ``)."""
    if not before or not after:
        return before or after
    if before.endswith((";", ",")) or after[:1].islower() or not complete(before):
        return f"{before} {after}"
    return f"{before}; {after}"


def _names_units(text: str) -> bool:
    """A whole name, not a head word alone that a page break cut from its unit (``Văn phòng``
    over ``UBND tỉnh``), although an office of a Sở writes it so in its own letters."""
    return bool(split_assignees(text)) and not patterns.TWO_WORD_HEAD_RE.fullmatch(text.strip())


def _gives_a_date(text: str) -> bool:
    return find_due(text, None) is not None


def _content_label(content: list[str]) -> tuple[str, str] | None:
    """``1. Mở chuyên mục ...`` in a table without a number column."""
    head = canon(content[0]).split(None, 1)
    return _label(head[0]) if head else None
