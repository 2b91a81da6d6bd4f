"""``congvan tasks``: the follow-up list read from a batch's catalogue, for people and scripts.

A clerk's weekly list is a table (soonest deadline first); a script gets the same
rows as JSON or CSV, with ISO dates and the column names of
:data:`congvan.catalogue_db.FOLLOW_UP_COLUMNS`.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from rich.table import Table

from congvan.catalogue_db import FOLLOW_UP_COLUMNS

_RECURRENCE = {
    "yearly": "hằng năm",
    "half-yearly": "6 tháng",
    "quarterly": "hằng quý",
    "monthly": "hằng tháng",
    "weekly": "hằng tuần",
}
#: How much of a task's text the table shows; JSON and CSV carry all of it.
_TEXT = 160


def _day(iso: str | None) -> str:
    if not iso:
        return ""
    year, month, day = iso.split("-")
    return f"{day}/{month}/{year}"


def follow_up_table(rows: list[dict[str, Any]]) -> Table:
    table = Table(title=f"Nhiệm vụ cần theo dõi ({len(rows)})", show_lines=True)
    for title in ("Hạn", "Văn bản", "Mục", "Nội dung", "Thực hiện", "Phối hợp"):
        table.add_column(title, overflow="fold")
    for row in rows:
        due = _day(row["due_by"]) or _RECURRENCE.get(row["recurrence"] or "", "")
        letter = "/".join(x for x in (row["number"], row["symbol"]) if x) or row["path"]
        if row["date"]:
            letter += f"\n{row['date']}"
        text = row["text"] if len(row["text"]) <= _TEXT else row["text"][: _TEXT - 1] + "…"
        table.add_row(
            due, letter, row["label"], text, row["assignees"] or "", row["partners"] or ""
        )
    return table


def follow_up_json(rows: list[dict[str, Any]]) -> str:
    return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"


def follow_up_csv(rows: list[dict[str, Any]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(FOLLOW_UP_COLUMNS)
    for row in rows:
        writer.writerow(["" if row[c] is None else row[c] for c in FOLLOW_UP_COLUMNS])
    return buf.getvalue()
