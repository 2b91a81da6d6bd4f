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
  index, keeps the results that still hold (the input's bytes and the output's
  bytes are those the index recorded) and does the rest.
* One run at a time per output folder: a run holds a lock on ``OUT/.congvan.lock``
  from before its first sweep until after its last, so two runs never interleave
  index lines or sweep each other's temporary files; the second is refused (or
  waits, with ``BatchOptions.wait``). The kernel drops the lock when its holder
  dies, even by ``kill -9``.
* Only congvan's own temporary files are swept (``.congvan-*.tmp``, see
  :mod:`congvan.output`); a user's ``.report.tmp`` in ``OUT`` stays.
* Memory stays flat: results are streamed to disk; the batch keeps only paths
  and byte offsets, never documents.

This module never prints; :func:`run_batch` yields one
:class:`~congvan.workers.Outcome` per file for the caller to display.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import time
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from congvan.catalogue import IndexRow
from congvan.errors import OutputError
from congvan.output import TEMP_PREFIX, TEMP_SUFFIX, is_temporary
from congvan.pipeline import parse_file
from congvan.plan import Plan
from congvan.readers import doc as doc_reader
from congvan.workers import Outcome, ParseFn, Task, run_tasks

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no lock, one run at a time is up to the user
    fcntl = None  # type: ignore[assignment]

INDEX_NAME = "index.jsonl"
CSV_NAME = "index.csv"
#: Held (``flock``) by the run writing into the folder; left in place afterwards.
LOCK_NAME = ".congvan.lock"
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
    #: When another run holds the output folder: wait for it to end instead of refusing.
    wait: bool = False
    #: A ``dask.distributed`` scheduler (``tcp://host:8786``) to run the files on instead of
    #: the local pool (``jobs`` then plays no part); see :mod:`congvan.cluster`.
    cluster: str | None = None
    #: Also check each file's thể thức (``congvan check``): counts in the index and the CSV,
    #: the findings under ``check`` in each JSON.
    check: bool = False


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
    """Delete temporary files a killed run left behind (``.congvan-<name>.<random>.tmp``).

    Only under the lock: another run's files in progress have the same names.
    """
    removed = 0
    for root, _, files in os.walk(out_dir):
        for name in files:
            if is_temporary(name):
                Path(root, name).unlink(missing_ok=True)
                removed += 1
    return removed


def output_in_use(out_dir: Path) -> bool:
    """Whether another run holds ``out_dir`` now (for a "waiting" message; racy by nature)."""
    if fcntl is None:  # pragma: no cover - Windows
        return False
    if not (out_dir / LOCK_NAME).is_file():
        return False
    try:
        fd = _open_lock(out_dir)
    except OutputError:
        return False
    try:
        return _acquire(fd, wait=False) is False
    finally:
        os.close(fd)  # closing drops a lock taken just to look


@contextlib.contextmanager
def _locked(out_dir: Path, wait: bool) -> Iterator[None]:
    """Hold the output folder's lock, or raise :class:`OutputError` naming its holder."""
    if fcntl is None:  # pragma: no cover - Windows
        yield
        return
    fd = _open_lock(out_dir)
    try:
        if _acquire(fd, wait) is False:
            raise OutputError(str(out_dir), _busy(fd))
        with contextlib.suppress(OSError):  # who holds it, for the next run's message
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode())
        yield
    finally:
        os.close(fd)


def _open_lock(out_dir: Path) -> int:
    try:
        return os.open(out_dir / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as exc:
        raise OutputError(
            str(out_dir), f"không ghi được tệp khóa {LOCK_NAME} ({exc.strerror or exc})."
        ) from None


def _acquire(fd: int, wait: bool) -> bool | None:
    """``True`` once locked, ``False`` when another process holds the lock, ``None`` on a
    file system that cannot lock (some network shares): the folder is then used unlocked."""
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
    except OSError as exc:
        return False if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN) else None
    return True


def _busy(fd: int) -> str:
    try:
        holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    except OSError:
        holder = ""
    who = f" (tiến trình {holder})" if holder.isdigit() else ""
    return (
        f"thư mục kết quả đang được một lần chạy khác của congvan batch{who} sử dụng; "
        "chờ lần đó xong rồi chạy lại, hoặc thêm --wait để tự chờ."
    )


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
    tmp_index = index.with_name(f"{TEMP_PREFIX}{INDEX_NAME}.{os.getpid()}{TEMP_SUFFIX}")
    tmp_table = table.with_name(f"{TEMP_PREFIX}{CSV_NAME}.{os.getpid()}{TEMP_SUFFIX}")
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
    _write_database(out_dir)


def _write_database(out_dir: Path) -> None:
    """``catalogue.sqlite`` from the index just written (see :mod:`congvan.catalogue_db`)."""
    import sqlite3

    from congvan.catalogue_db import DB_NAME, write_catalogue

    try:
        write_catalogue(out_dir, read_index(out_dir / INDEX_NAME).values())
    except (OSError, sqlite3.Error) as exc:
        reason = getattr(exc, "strerror", None) or exc
        raise OutputError(
            str(out_dir / DB_NAME), f"không ghi được cơ sở dữ liệu ({reason})."
        ) from None


def run_batch(
    plan: Plan, out_dir: Path, options: BatchOptions | None = None
) -> Generator[Outcome, None, None]:
    """Process every planned file, yielding each outcome as it finishes.

    The index and the CSV are final once the iterator is exhausted. Stopping
    early (an exception, ``close()``) leaves the appended index valid for the
    next run, which then skips what was finished. The output folder is locked
    from the first ``next()`` until the iterator ends or is closed.

    Raises:
        OutputError: the output folder cannot be created or written, or another
            run holds it (and ``options.wait`` is false).
    """
    opts = options or BatchOptions()
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(
            str(out_dir), f"không tạo được thư mục ({exc.strerror or exc})."
        ) from None
    with _locked(out_dir, opts.wait):
        yield from _run_locked(plan, out_dir, opts)


def _run_locked(plan: Plan, out_dir: Path, opts: BatchOptions) -> Iterator[Outcome]:
    """The run itself; everything here, sweeps included, happens under the lock."""
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
             previous.get(item.rel), opts.force, check=opts.check)
        for i, item in enumerate(plan.items)
    )  # fmt: skip
    if opts.cluster:
        from congvan.cluster import run_cluster

        outcomes = run_cluster(tasks, opts.parse, opts.cluster, opts.timeout, opts.max_memory)
    else:
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
        doc_reader.sweep_orphaned_workdirs()  # and its (or a killed run's) copies for LibreOffice
