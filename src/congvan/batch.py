"""Convert a folder (or a list of files) into one JSON file per input plus an index.

For every input file ``<rel>`` the batch writes ``OUT/<rel>.json`` (the
contract JSON) and one line of ``OUT/index.jsonl``; at the end of a complete
run it rewrites ``index.jsonl`` in input order, one line per input, and
writes the archive catalogue ``OUT/index.csv`` (see :mod:`congvan.catalogue`).

Guarantees, and why:

* Order is deterministic: folders are walked sorted, so two runs over the
  same tree give the same outputs and the same index.
* Nothing is written outside ``OUT``: relative paths never contain ``..``,
  and a worker refuses to write through a symlink that leaves ``OUT``.
* Two inputs never share an output, even on a case-insensitive disk
  (``A.docx`` and ``a.docx``): the second gets ``a.docx~2.json``.
* An interrupted run (Ctrl-C, SIGTERM, a killed process) leaves only whole
  files: outputs are written to a temporary name then renamed, and the index is
  appended one complete line at a time and fsynced. The next run reads that
  index, keeps the results that still hold and does the rest.
* Memory stays flat: results are streamed to disk; the batch keeps only paths
  and byte offsets, never documents.

This module never prints; :func:`run_batch` yields one
:class:`~congvan.workers.Outcome` per file for the caller to display.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from congvan.catalogue import IndexRow
from congvan.errors import OutputError
from congvan.pipeline import parse_file
from congvan.plan import Plan
from congvan.workers import Outcome, ParseFn, Task, run_tasks

INDEX_NAME = "index.jsonl"
CSV_NAME = "index.csv"
#: How often the index journal is forced to disk while a batch runs.
_FSYNC_EVERY = 1.0


@dataclass(frozen=True)
class BatchOptions:
    """How to run a batch; the defaults suit a large archive folder."""

    jobs: int = field(default_factory=lambda: os.cpu_count() or 1)
    #: Seconds one file may take before it is recorded as an error.
    timeout: float = 120.0
    #: Address-space limit of each worker process in bytes (``None``: no limit).
    max_memory: int | None = 2 * 1024**3
    #: Redo every file even when its previous result still holds.
    force: bool = False
    #: The parse step (``congvan.parse_file``); must be a module-level function for ``jobs > 1``.
    parse: ParseFn = parse_file


def read_index(path: Path) -> dict[str, dict[str, Any]]:
    """The last row per input path in an index file; broken or partial lines are ignored."""
    rows: dict[str, dict[str, Any]] = {}
    try:
        fh = path.open(encoding="utf-8", errors="replace")
    except OSError:
        return rows
    with fh:
        for line in fh:
            try:
                row = json.loads(line)
            except ValueError:
                continue  # a line cut short by a killed process
            if isinstance(row, dict) and isinstance(row.get("path"), str):
                rows[row["path"]] = row
    return rows


def sweep_temporary(out_dir: Path) -> int:
    """Delete temporary files a killed run left behind (``.<name>.<random>.tmp``)."""
    removed = 0
    for root, _, files in os.walk(out_dir):
        for name in files:
            if name.startswith(".") and name.endswith(".tmp"):
                Path(root, name).unlink(missing_ok=True)
                removed += 1
    return removed


class _Journal:
    """``index.jsonl`` opened for appending complete lines; remembers where each landed."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.fh: IO[bytes] = path.open("ab")
        size = self.fh.tell()
        if size:
            with path.open("rb") as fh:
                fh.seek(size - 1)
                if fh.read(1) != b"\n":
                    self._write(b"\n")  # never glue a new line to a partial one
        self.offsets: dict[int, tuple[int, int]] = {}
        self.synced = time.monotonic()

    def _write(self, data: bytes) -> int:
        pos = self.fh.tell()
        self.fh.write(data)
        self.fh.flush()
        return pos

    def append(self, order: int, row: IndexRow) -> None:
        data = (row.model_dump_json() + "\n").encode("utf-8")
        self.offsets[order] = (self._write(data), len(data))
        if time.monotonic() - self.synced > _FSYNC_EVERY:
            self.sync()

    def sync(self) -> None:
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.synced = time.monotonic()

    def close(self) -> None:
        if not self.fh.closed:
            self.sync()
            self.fh.close()

    def rows(self, count: int) -> Iterator[bytes]:
        """This run's lines in input order, read back from disk one at a time."""
        with self.path.open("rb") as fh:
            for order in range(count):
                pos, size = self.offsets[order]
                fh.seek(pos)
                yield fh.read(size)


def _finish(journal: _Journal, count: int, out_dir: Path) -> None:
    """Rewrite the index in input order and write the catalogue CSV, in one pass.

    Both go to temporary names first; the CSV is renamed before the index, so
    a run killed in between still has this run's complete journal as index.
    """
    import csv

    from congvan.catalogue import csv_cells, csv_header

    index, table = out_dir / INDEX_NAME, out_dir / CSV_NAME
    tmp_index = index.with_name(f".{INDEX_NAME}.{os.getpid()}.tmp")
    tmp_table = table.with_name(f".{CSV_NAME}.{os.getpid()}.tmp")
    try:
        # Excel reads a CSV as UTF-8 only when it starts with a byte order mark.
        with (
            tmp_index.open("wb") as fi,
            tmp_table.open("w", encoding="utf-8-sig", newline="") as ft,
        ):
            writer = csv.writer(ft, lineterminator="\r\n")
            writer.writerow(csv_header())
            for serial, line in enumerate(journal.rows(count), start=1):
                fi.write(line)
                writer.writerow(csv_cells(IndexRow.model_validate_json(line), serial))
            for fh in (fi, ft):
                fh.flush()
                os.fsync(fh.fileno())
        os.replace(tmp_table, table)
        os.replace(tmp_index, index)
    except OSError as exc:
        raise OutputError(
            str(out_dir), f"không ghi được chỉ mục ({exc.strerror or exc})."
        ) from None
    finally:
        tmp_index.unlink(missing_ok=True)
        tmp_table.unlink(missing_ok=True)


def run_batch(
    plan: Plan, out_dir: Path, options: BatchOptions | None = None
) -> Generator[Outcome, None, None]:
    """Process every planned file, yielding each outcome as it finishes.

    The index and the CSV are final once the iterator is exhausted. Stopping
    early (an exception, ``close()``) leaves the appended index valid for the
    next run, which then skips what was finished.

    Raises:
        OutputError: the output folder cannot be created or written.
    """
    opts = options or BatchOptions()
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(
            str(out_dir), f"không tạo được thư mục ({exc.strerror or exc})."
        ) from None
    sweep_temporary(out_dir)
    previous = read_index(out_dir / INDEX_NAME)
    try:
        journal = _Journal(out_dir / INDEX_NAME)
    except OSError as exc:
        raise OutputError(
            str(out_dir), f"không ghi được chỉ mục ({exc.strerror or exc})."
        ) from None
    root = str(out_dir.absolute())
    tasks = (
        Task(i, item.rel, item.source, os.path.join(root, item.output), root,
             previous.get(item.rel), opts.force)
        for i, item in enumerate(plan.items)
    )  # fmt: skip
    outcomes = run_tasks(tasks, opts.parse, opts.jobs, opts.timeout, opts.max_memory)
    try:
        for outcome in outcomes:
            journal.append(outcome.order, outcome.row)
            yield outcome
        journal.sync()
        _finish(journal, len(plan.items), out_dir)
    finally:
        outcomes.close()  # stops the workers before anything is swept
        journal.close()
        sweep_temporary(out_dir)  # what a killed (hung) worker could not clean up
