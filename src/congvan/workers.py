"""Running one parse per input file, in this process or in a pool of workers.

:func:`process_task` does the whole job for one file: skip it when the previous
result still holds, otherwise parse, write the JSON atomically and return a
small :class:`Outcome` (the index row plus timing). It never raises for a bad
file, so one file can never stop a batch.

:func:`run_tasks` runs tasks either in this process (``jobs=1``) or in ``jobs``
worker processes. A worker that exceeds the time limit is killed, one that dies
(out of memory, a crash in a C library) is noticed; both are recorded as an
error for the file they held and replaced by a fresh worker. Memory is bounded
per worker with ``RLIMIT_AS``, so a zip bomb raises ``MemoryError`` in the
worker instead of swapping the machine. On Linux a worker dies with the batch
process (``PR_SET_PDEATHSIG``): after a ``kill -9`` of the batch no worker goes on
writing results into a folder the next run may already be using.

Consecutive ``.doc`` (or ``.rtf``) files that need parsing travel as a lot: the
first carries the list, one worker gets them all, and it converts them with
one LibreOffice start before reading the first (see
:func:`congvan.readers.doc.prepare_lot`); a lot cut short by a lost worker is
handed out again file by file.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import multiprocessing
import multiprocessing.connection
import os
import signal
import stat
import sys
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from types import FrameType
from typing import Any

from congvan.catalogue import PARSER_VERSION, IndexRow, Status, catalogue_fields
from congvan.errors import CongvanError
from congvan.models import Document
from congvan.output import atomic_write_text
from congvan.readers import doc as doc_reader
from congvan.render.json import render_json

#: The parse step; tests inject a slow or crashing one.
ParseFn = Callable[[str], Document]

try:
    import resource
except ImportError:  # pragma: no cover - Windows has no rlimits
    resource = None  # type: ignore[assignment]


#: The part of a file's time limit a worker lets one LibreOffice conversion take.
_CONVERSION_SHARE = 0.8


@dataclass(frozen=True, slots=True)
class Lot:
    """Files to convert together before the task that carries it is read."""

    kind: str
    sources: tuple[str, ...]
    #: Seconds the whole conversion may take: at most half the time limit of one
    #: file, so that the file waiting for it keeps time to be read.
    timeout: float


@dataclass(frozen=True, slots=True)
class Task:
    """One input file to process (picklable: it crosses to a worker)."""

    order: int
    rel: str
    source: str
    output: str
    out_root: str
    previous: dict[str, Any] | None
    force: bool
    #: Set on the first file of a lot; the others follow it, to the same worker.
    lot: Lot | None = None
    #: ``batch --check``: also check the thể thức (NĐ 30/2020) and record the findings.
    check: bool = False


@dataclass(frozen=True, slots=True)
class Outcome:
    """What happened to one task: its index row and how long it took."""

    order: int
    row: IndexRow
    seconds: float


class _Timeout(Exception):
    """Raised by the alarm when one file takes longer than the time limit."""


def _sha256(path: str) -> str | None:
    try:
        with open(path, "rb") as fh:
            return hashlib.file_digest(fh, "sha256").hexdigest()
    except (OSError, ValueError):
        return None


def _may_need_parsing(task: Task) -> bool:
    """False when the previous row may still hold: all but the files' bytes agree."""
    prev = task.previous
    return (
        task.force
        or prev is None
        or prev.get("parser") != PARSER_VERSION
        or prev.get("status") not in (Status.OK, Status.UNCHANGED)
        or not prev.get("sha256")
        or not prev.get("output_sha256")
        or _size(task.output) != prev.get("output_size")
        or (task.check and prev.get("check_errors") is None)  # checked now, not then
    )


def _size(path: str) -> int | None:
    """Size of a regular file, ``None`` for anything else (missing, a folder)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_size if stat.S_ISREG(st.st_mode) else None


def _reusable(task: Task) -> IndexRow | None:
    """The previous row, marked unchanged, when the input's bytes, the parser and the
    output's bytes are all those the row recorded."""
    prev = task.previous
    if (
        prev is None
        or _may_need_parsing(task)
        or _sha256(task.source) != prev["sha256"]
        or _sha256(task.output) != prev["output_sha256"]
    ):
        return None
    data = {**prev, "path": task.rel, "status": Status.UNCHANGED, "error": None}
    return IndexRow.model_validate(data)


def _error_row(task: Task, reason: str) -> IndexRow:
    sha = _sha256(task.source) if os.path.isfile(task.source) else None
    return IndexRow(
        path=task.rel, status=Status.ERROR, output=None, error=reason, sha256=sha,
        parser=PARSER_VERSION,
    )  # fmt: skip


def _write(task: Task, text: str) -> None:
    target = Path(task.output)
    target.parent.mkdir(parents=True, exist_ok=True)
    # A symlink planted inside the output folder must not carry a write outside it.
    real_root = os.path.realpath(task.out_root)
    real_dir = os.path.realpath(target.parent)
    if os.path.commonpath([real_root, real_dir]) != real_root:
        raise CongvanError(task.output, "thư mục đích trỏ ra ngoài thư mục kết quả; không ghi.")
    atomic_write_text(target, text)


def with_lots(tasks: Iterable[Task], timeout: float) -> Iterator[Task]:
    """``tasks`` in the same order, runs of files to convert grouped into lots.

    A file that may be unchanged stays out of lots: an unchanged rerun converts nothing.
    """
    for kind, run in doc_reader.runs(tasks, _lot_kind):
        yield from _as_lot(run, kind, timeout)


def _lot_kind(task: Task) -> str | None:
    return doc_reader.likely_kind(task.source) if _may_need_parsing(task) else None


def _as_lot(run: list[Task], kind: str, timeout: float) -> list[Task]:
    if len(run) < 2 or not kind:
        return run  # one file gains nothing from a lot
    lot = Lot(kind, tuple(t.source for t in run), min(doc_reader.CONVERT_TIMEOUT, timeout / 2))
    return [replace(run[0], lot=lot), *run[1:]]


def process_task(task: Task, parse: ParseFn) -> Outcome:
    """Skip, or parse and write, one file; every failure becomes an error row."""
    start = time.perf_counter()
    try:
        if task.lot is not None:
            doc_reader.prepare_lot(task.lot.sources, task.lot.kind, task.lot.timeout)
            start = time.perf_counter()  # shared by the lot: not this file's own time
        row = _reusable(task)
        if row is None:
            doc = parse(task.source)
            text = render_json(doc) + "\n"
            counts: dict[str, int] = {}
            if task.check:
                text, counts = _checked(task.source, text)
            _write(task, text)
            data = text.encode("utf-8")  # the bytes written: the text has only \n line ends
            fields = {**catalogue_fields(doc), **counts}
            output = os.path.relpath(task.output, task.out_root).replace(os.sep, "/")
            row = IndexRow(
                path=task.rel, status=Status.OK, output=output, error=None,
                sha256=doc.source.sha256, parser=PARSER_VERSION, output_size=len(data),
                output_sha256=hashlib.sha256(data).hexdigest(), **fields,
            )  # fmt: skip
    except CongvanError as exc:
        row = _error_row(task, exc.reason)
    except _Timeout:
        row = _error_row(task, "quá thời gian xử lý cho phép; bỏ qua tệp này.")
    except MemoryError:
        row = _error_row(task, "vượt giới hạn bộ nhớ khi đọc (nghi tệp độc hại hoặc quá lớn).")
    except RecursionError:
        row = _error_row(task, "cấu trúc tệp lồng nhau quá sâu; bỏ qua tệp này.")
    except Exception as exc:  # the parser is total; anything else is a bug, but not a stop
        row = _error_row(task, f"lỗi nội bộ ({type(exc).__name__}: {exc}); hãy báo lỗi kèm tệp.")
    return Outcome(task.order, row, time.perf_counter() - start)


def _checked(source: str, text: str) -> tuple[str, dict[str, int]]:
    """The JSON with the draft's check under ``check`` (as ``congvan check -f json`` writes
    it), and the counts of lỗi and cảnh báo for the index."""
    import json

    from congvan.check import check_file

    report = check_file(source)
    data = json.loads(text)
    data["check"] = report.model_dump(mode="json")
    errors = sum(f.severity == "lỗi" for f in report.findings)
    counts = {"check_errors": errors, "check_warnings": len(report.findings) - errors}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n", counts


# --- in this process ----------------------------------------------------------------------


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise _Timeout


def _run_here(
    tasks: Iterable[Task], parse: ParseFn, timeout: float
) -> Generator[Outcome, None, None]:
    """``--jobs 1``: no process start-up; the time limit is a ``SIGALRM`` timer."""
    use_alarm = hasattr(signal, "setitimer") and _in_main_thread()
    previous = signal.signal(signal.SIGALRM, _alarm) if use_alarm else None
    try:
        for task in with_lots(tasks, timeout):
            if use_alarm:
                signal.setitimer(signal.ITIMER_REAL, timeout)
            try:
                outcome = process_task(task, parse)
            finally:
                if use_alarm:
                    signal.setitimer(signal.ITIMER_REAL, 0)
            yield outcome
    finally:
        if use_alarm:
            signal.signal(signal.SIGALRM, previous)
        doc_reader.discard_lot()


def _in_main_thread() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()


# --- in worker processes ------------------------------------------------------------------


def _limit_memory(max_bytes: int | None) -> None:
    if resource is None or not max_bytes:
        return
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = max_bytes if hard == resource.RLIM_INFINITY else min(max_bytes, hard)
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


#: ``prctl`` option: the signal this process gets when the thread that started it ends.
_PR_SET_PDEATHSIG = 1


def _die_with_parent(parent: int) -> None:
    """Have the kernel kill this worker when the batch process dies, even by ``kill -9``.

    Without it an orphaned worker finishes its file (a LibreOffice conversion can take
    minutes) and writes its JSON into a folder a rerun may already own. ``SIGKILL``,
    not ``SIGTERM``: a worker stuck in C code never runs a Python handler; what it
    leaves is a temporary file the next run sweeps. Linux only; elsewhere a no-op.
    The kernel's "parent" is the thread that started the worker, so a batch is
    iterated to its end by one thread (the CLI's main thread).
    """
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # pragma: no cover - a libc without prctl
        return
    if os.getppid() != parent:
        os._exit(1)  # the batch died before the request was in place


def _stop(signum: int, frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)  # unwinds atomic writes: their temporary files go away


def _worker_main(
    conn: multiprocessing.connection.Connection,
    parse: ParseFn,
    mem: int | None,
    timeout: float,
    parent: int,
) -> None:
    _die_with_parent(parent)
    # Ctrl-C reaches the whole process group; the parent decides, workers just stop when told.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _stop)
    _limit_memory(mem)
    # The worker stops a hung LibreOffice itself, before the limit: the file's error then
    # says so, and the worker (with its warm imports) is kept rather than replaced.
    doc_reader.limit_conversions(_CONVERSION_SHARE * timeout)
    conn.send(_READY)  # the time limit starts now, not during start-up imports
    try:
        while True:
            try:
                task = conn.recv()
            except (EOFError, OSError):
                return
            if task is None:
                return
            conn.send(process_task(task, parse))
    except BaseException:
        # Out of memory while sending a result, or worse: no traceback on the user's
        # terminal; the parent reports the file in one line and starts a new worker.
        os._exit(_WORKER_FAILED)


_READY = "ready"
#: Exit status of a worker that failed outside any file's own handling.
_WORKER_FAILED = 70


class _Worker:
    """A worker process, the end of its pipe, and the task it holds.

    ``started`` is when the current task began, or ``None`` while the worker is
    still starting up (a fresh interpreter takes a while to import congvan).
    """

    def __init__(self, ctx: Any, parse: ParseFn, mem: int | None, timeout: float) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(
            target=_worker_main, args=(child, parse, mem, timeout, os.getpid()), daemon=True
        )
        self.process.start()
        child.close()
        self.task: Task | None = None
        #: The rest of the lot its current task opened: they go to this worker next.
        self.queue: deque[Task] = deque()
        self.ready = False
        self.started: float | None = None

    def give(self, task: Task) -> None:
        self.task = task
        self.started = time.monotonic() if self.ready else None
        self.conn.send(task)

    def stop(self, kill: bool = False) -> None:
        """End the worker: ask an idle one to leave, terminate a busy one, kill a hung one."""
        if self.process.is_alive():
            if kill:
                self.process.kill()
            elif self.task is not None:
                self.process.terminate()  # SIGTERM unwinds its atomic write
            else:
                with contextlib.suppress(OSError, BrokenPipeError):
                    self.conn.send(None)
                self.process.join(0.5)
                if self.process.is_alive():
                    self.process.terminate()
        self.process.join(2)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


def error_outcome(task: Task, reason: str) -> Outcome:
    """An error row for a file whose worker was lost elsewhere (a cluster's)."""
    return Outcome(task.order, _error_row(task, reason), 0.0)


def _failed(task: Task, reason: str, started: float | None) -> Outcome:
    return Outcome(task.order, _error_row(task, reason), time.monotonic() - (started or 0.0))


class Pool:
    """``jobs`` worker processes that outlive one run of tasks.

    The batch uses a pool for one run; a cluster worker keeps one for its whole
    life and feeds it chunk after chunk, so a chunk never pays for starting an
    interpreter. A worker lost in a run (time limit, crash) is replaced at once.
    """

    def __init__(self, parse: ParseFn, jobs: int, timeout: float, mem: int | None) -> None:
        self.ctx = multiprocessing.get_context("spawn")
        self.parse, self.timeout, self.mem = parse, timeout, mem
        self.workers = [_Worker(self.ctx, parse, mem, timeout) for _ in range(jobs)]

    def run(self, tasks: Iterator[Task]) -> Generator[Outcome, None, None]:
        """Outcomes of ``tasks`` (lots already formed, see :func:`with_lots`) as they finish."""
        workers, timeout = self.workers, self.timeout
        returned: deque[Task] = deque()  # a lost worker's lot, handed out again file by file
        while True:
            for w in workers:
                if w.task is None:
                    nxt = _next_for(w, returned, tasks)
                    if nxt is not None:
                        w.give(nxt)
            busy = [w for w in workers if w.task is not None]
            if not busy:
                return
            watched = [w for w in workers if w.task is not None or not w.ready]
            clocks = [w.started + timeout for w in busy if w.started is not None]
            wait_for = max(0.0, min(clocks) - time.monotonic()) if clocks else None
            ready = multiprocessing.connection.wait(
                [w.conn for w in watched] + [w.process.sentinel for w in watched], wait_for
            )
            for i, w in enumerate(workers):
                outcome, lost = _check(w, ready, timeout)
                if outcome is not None:
                    yield outcome
                if lost:
                    returned.extend(w.queue)  # the lot's results died with the worker
                    w.stop(kill=True)
                    doc_reader.sweep_orphaned_workdirs()  # the copies it had for LibreOffice
                    workers[i] = _Worker(self.ctx, self.parse, self.mem, timeout)

    def close(self) -> None:
        for w in self.workers:
            w.stop()


def _run_pool(
    tasks: Iterable[Task], parse: ParseFn, jobs: int, timeout: float, mem: int | None
) -> Generator[Outcome, None, None]:
    pool = Pool(parse, jobs, timeout, mem)
    try:
        yield from pool.run(with_lots(tasks, timeout))
    finally:
        pool.close()


def _next_for(w: _Worker, returned: deque[Task], pending: Iterator[Task]) -> Task | None:
    """The worker's next file: the rest of its lot, a returned file, or a new one (with
    the rest of its lot reserved for the same worker, which converts them all)."""
    if w.queue:
        return w.queue.popleft()
    if returned:
        return returned.popleft()
    task = next(pending, None)
    if task is not None and task.lot is not None:
        w.queue.extend(itertools.islice(pending, len(task.lot.sources) - 1))
    return task


def _check(w: _Worker, ready: list[Any], timeout: float) -> tuple[Outcome | None, bool]:
    """The outcome a busy worker delivered or the error it caused, and whether to replace it."""
    task = w.task
    if not w.ready and w.conn in ready:
        with contextlib.suppress(EOFError, OSError):
            w.ready = w.conn.recv() == _READY
            w.started = time.monotonic() if task is not None else None
            return None, False
    if task is None:
        return None, not w.process.is_alive()
    if w.conn in ready:
        try:
            outcome: Outcome = w.conn.recv()
        except (EOFError, OSError):
            w.task = None
            return _failed(task, "tiến trình xử lý dừng đột ngột (hết bộ nhớ?).", w.started), True
        w.task = None
        return outcome, False
    if w.process.sentinel in ready or not w.process.is_alive():
        w.task = None
        code = w.process.exitcode
        return _failed(task, f"tiến trình xử lý dừng đột ngột (mã {code}).", w.started), True
    if w.started is not None and time.monotonic() - w.started >= timeout:
        w.task = None
        return _failed(task, "quá thời gian xử lý cho phép; bỏ qua tệp này.", w.started), True
    return None, False


def run_tasks(
    tasks: Iterable[Task],
    parse: ParseFn,
    jobs: int,
    timeout: float,
    max_memory: int | None,
) -> Generator[Outcome, None, None]:
    """Outcomes of ``tasks`` as they finish (in any order with several jobs)."""
    if jobs <= 1:
        return _run_here(tasks, parse, timeout)
    return _run_pool(tasks, parse, jobs, timeout, max_memory)
