"""What ``congvan batch`` shows on stderr: progress while it runs, a summary at the end.

:class:`BatchTally` counts outcomes as they arrive (it keeps counters and the
few slowest files, never the documents). :func:`progress_line` is the plain
line printed when stderr is not a terminal (a log file, CI), and
:func:`summary_tables` the rich tables printed at the end.
"""

from __future__ import annotations

import heapq
from collections import Counter
from dataclasses import dataclass, field

from rich.table import Table
from rich.text import Text

from congvan.catalogue import Status
from congvan.plan import SKIP_REASONS
from congvan.render.labels import shown_path
from congvan.workers import Outcome

_STATUS_TITLES = {
    Status.OK: "đã đọc",
    Status.UNCHANGED: "không đổi (giữ kết quả cũ)",
    Status.ERROR: "lỗi",
}
#: A file read faster than this is not worth naming among the slowest (a ``MANIFEST.tsv``
#: refused at once is not slow).
SLOW_ENOUGH = 0.05
#: How many of the slowest files the summary names.
SLOWEST = 5


@dataclass
class BatchTally:
    """Running counts of a batch, for the progress bar and the summary."""

    total: int
    done: int = 0
    by_status: Counter[Status] = field(default_factory=Counter)
    by_type: Counter[str] = field(default_factory=Counter)
    by_format: Counter[str] = field(default_factory=Counter)
    slowest: list[tuple[float, str]] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)

    def add(self, outcome: Outcome) -> None:
        """Count one finished file."""
        row = outcome.row
        self.done += 1
        self.by_status[row.status] += 1
        if row.status == Status.ERROR:
            self.errors.append((shown_path(row.path), row.error or ""))
        else:
            self.by_type[row.doc_type or "(không rõ)"] += 1
            self.by_format[row.format or "?"] += 1
        if row.status != Status.UNCHANGED and outcome.seconds >= SLOW_ENOUGH:
            item = (outcome.seconds, row.path)
            if len(self.slowest) < SLOWEST:
                heapq.heappush(self.slowest, item)
            else:
                heapq.heappushpop(self.slowest, item)


def progress_line(tally: BatchTally, elapsed: float) -> str:
    """``đã xử lý 120/1000 tệp (35,2 tệp/giây; 3 lỗi; còn khoảng 25 giây)``."""
    rate = tally.done / elapsed if elapsed > 0 else 0.0
    left = (tally.total - tally.done) / rate if rate > 0 else 0.0
    errors = tally.by_status[Status.ERROR]
    return (
        f"đã xử lý {tally.done}/{tally.total} tệp ({rate:.1f} tệp/giây; {errors} lỗi; "
        f"còn khoảng {left:.0f} giây)"
    ).replace(".", ",", 1)


def _counts(title: str, header: str, counts: Counter[str]) -> Table:
    table = Table(title=title, title_justify="left", show_edge=False)
    table.add_column(header)
    table.add_column("Số tệp", justify="right")
    for name, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        table.add_row(Text(name), str(n))  # names may hold [brackets]: never markup
    return table


def summary_tables(tally: BatchTally, skipped: Counter[str], elapsed: float) -> list[Table]:
    """The end-of-run tables: by status, document type, format, skipped, slowest files."""
    status = Counter({_STATUS_TITLES[s]: n for s, n in tally.by_status.items()})
    status_table = _counts(
        f"Kết quả: {tally.done} tệp trong {elapsed:.1f} giây", "Trạng thái", status
    )
    tables = [status_table]
    if tally.by_type:
        tables.append(_counts("Theo tên loại văn bản", "Tên loại", tally.by_type))
    if tally.by_format:
        tables.append(_counts("Theo định dạng", "Định dạng", tally.by_format))
    if skipped:
        named = Counter({SKIP_REASONS.get(k, k): n for k, n in skipped.items()})
        tables.append(_counts("Bỏ qua (không đọc)", "Lý do", named))
    if tally.slowest:
        slow = Table(title="Tệp chậm nhất", title_justify="left", show_edge=False)
        slow.add_column("Tệp")
        slow.add_column("Giây", justify="right")
        for seconds, path in sorted(tally.slowest, reverse=True):
            slow.add_row(Text(shown_path(path)), f"{seconds:.2f}")
        tables.append(slow)
    return tables
