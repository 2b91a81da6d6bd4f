"""Running a batch's files on a ``dask.distributed`` cluster instead of the local pool.

The coordinator (the process that runs ``congvan batch``) plans the folder,
cuts the planned files into chunks and hands the chunks to the cluster; it
alone writes the index, exactly as with the local pool (:mod:`congvan.batch`).
A cluster worker runs each chunk in a worker process of its own
(:class:`congvan.workers.Pool`, kept for the worker's life), so each file keeps
the batch's time and memory limits and a file that crashes its reader costs
only that process, never the Dask worker. Inputs and outputs are paths: every
worker must see the same filesystem as the coordinator, under the same names.

Faults, and why nothing is lost:

* A Dask worker killed mid-chunk: the scheduler hands the chunk to another
  worker (Dask's own retry of a task whose worker died). Files the dead worker
  had already written are written again, byte for byte the same, through the
  same atomic rename. A chunk that kills every worker it meets (Dask's
  ``allowed-failures``) comes back as one error row per file, and a rerun tries
  those files again.
* The scheduler gone (or never reached): :class:`ClusterError`. What finished
  is in the index journal, so the same command later goes on from there.

``dask[distributed]`` is an optional extra (``pip install 'congvan[cluster]'``);
it is imported only when a cluster is asked for.
"""

from __future__ import annotations

import itertools
import multiprocessing
import threading
from collections.abc import Generator, Iterable, Iterator
from concurrent.futures import CancelledError
from typing import Any

from congvan.errors import ClusterError
from congvan.workers import Outcome, ParseFn, Pool, Task, error_outcome, with_lots

#: Files per Dask task: enough that scheduling costs little beside parsing (a .docx takes
#: about 15 ms), few enough that progress moves and a lost worker costs little work.
CHUNK = 16
#: Chunks queued per worker thread, so that a worker never waits for the coordinator.
_AHEAD = 2
#: Seconds to reach the scheduler before giving up.
CONNECT_TIMEOUT = 10.0
#: How often the coordinator checks that the scheduler is still there while it waits.
_POLL = 1.0

INSTALL_HINT = (
    "chạy trên cụm Dask cần gói tuỳ chọn dask[distributed]: pip install 'congvan[cluster]'."
)


# --- on the workers -----------------------------------------------------------------------

_LOCAL = threading.local()


def run_chunk(
    tasks: list[Task], parse: ParseFn, timeout: float, max_memory: int | None
) -> list[Outcome]:
    """One chunk, in the calling Dask worker thread's own worker process.

    A Dask worker process is a daemon, and Python refuses to start a process
    from a daemon because nothing would end the child with it. Ours end with
    their parent anyway (``PR_SET_PDEATHSIG``, see :mod:`congvan.workers`), so
    the flag is lifted for this process before its pool starts.
    """
    key = (parse, timeout, max_memory)
    pool: Pool | None = getattr(_LOCAL, "pool", None)
    if pool is None or _LOCAL.key != key:
        if pool is not None:
            pool.close()
        multiprocessing.current_process().daemon = False
        pool = _LOCAL.pool = Pool(parse, 1, timeout, max_memory)
        _LOCAL.key = key
    try:
        return list(pool.run(iter(tasks)))
    except BaseException:
        pool.close()  # a run cut short leaves its worker busy: never reuse it
        _LOCAL.pool = None
        raise


# --- on the coordinator -------------------------------------------------------------------


def _client(address: str) -> Any:
    try:
        from distributed import Client
    except ImportError:
        raise ClusterError(address, INSTALL_HINT) from None
    try:
        return Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise ClusterError(
            address, f"không kết nối được bộ điều phối Dask ({exc.__class__.__name__})."
        ) from None


def _chunks(tasks: Iterator[Task], size: int) -> Iterator[list[Task]]:
    """Tasks in order, ``size`` at a time; a lot of .doc files is never split."""
    chunk: list[Task] = []
    for task in tasks:
        chunk.append(task)
        if task.lot is not None:
            chunk.extend(itertools.islice(tasks, len(task.lot.sources) - 1))
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def run_cluster(
    tasks: Iterable[Task],
    parse: ParseFn,
    address: str,
    timeout: float,
    max_memory: int | None,
    chunk: int = CHUNK,
) -> Generator[Outcome, None, None]:
    """Outcomes of ``tasks`` computed on the cluster at ``address``, as chunks finish.

    Raises:
        ClusterError: dask is not installed, the scheduler cannot be reached, or it
            went away during the run.
    """
    client = _client(address)
    pending: dict[Any, list[Task]] = {}
    try:
        threads = sum(client.nthreads().values()) or 1
        chunks = _chunks(with_lots(tasks, timeout), chunk)

        def submit(part: list[Task]) -> None:
            future = client.submit(run_chunk, part, parse, timeout, max_memory, pure=False)
            pending[future] = part

        for part in itertools.islice(chunks, threads * _AHEAD):
            submit(part)
        while pending:
            with client.as_current():  # ``wait`` asks for the current client
                finished = _finished(client, pending, address)
            for future in finished:
                yield from _outcomes(future, pending.pop(future), address)
                nxt = next(chunks, None)
                if nxt is not None:
                    submit(nxt)
    finally:
        for future in pending:
            future.cancel()
        client.close(timeout=CONNECT_TIMEOUT)


def _finished(client: Any, pending: dict[Any, list[Task]], address: str) -> list[Any]:
    """The futures done so far, in input order, waiting for one; a scheduler gone while
    waiting ends the run."""
    from distributed import wait

    while True:
        try:
            done, _ = wait(list(pending), timeout=_POLL, return_when="FIRST_COMPLETED")
        except TimeoutError:
            if client.status not in ("running", "connecting"):
                raise ClusterError(address, _GONE) from None
            continue
        except (CancelledError, OSError):  # the scheduler's connection lost: futures cancelled
            raise ClusterError(address, _GONE) from None
        return sorted(done, key=lambda f: pending[f][0].order)


_GONE = "mất kết nối với bộ điều phối Dask; chạy lại cùng lệnh để làm tiếp."


def _outcomes(future: Any, part: list[Task], address: str) -> list[Outcome]:
    from distributed import KilledWorker

    try:
        result: list[Outcome] = future.result()
    except KilledWorker:
        reason = "máy trạm Dask xử lý tệp này dừng đột ngột nhiều lần; bỏ qua tệp này."
        return [error_outcome(task, reason) for task in part]
    except (CancelledError, OSError, TimeoutError):
        raise ClusterError(address, _GONE) from None
    return result
