"""``congvan batch`` on the built-in pool and on a Dask LocalCluster, same folder, same run.

Run ``python bench/cluster.py`` (``--files 1000`` by default; ``--jobs 2``). It
builds one folder of corpus ``.docx`` copies (hard links) and converts it, each
time into a fresh output folder:

* with the built-in pool of ``--jobs`` worker processes;
* on a ``LocalCluster`` of 1 and of ``--jobs`` Dask worker processes (one thread
  each), started before the clock runs, as a cluster already up would be.

For each it reports files per second (wall) and the coordinator's own CPU per
file (user + system time of this process), in two parts: while the files are
handed out and their outcomes collected and journalled, and at the end (the
index rewritten in order, the CSV, the catalogue database): the parts that do
not grow with machines. Then a paper estimate of the wall time for 10 million
files on N machines of the same kind: per-machine rate times N, capped by what
one coordinator can hand out (1 / its CPU per file while running), plus the end.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from congvan.batch import BatchOptions, run_batch
from congvan.plan import plan_folder

sys.path.insert(0, str(Path(__file__).resolve().parent))
from batch import copy_tree, corpus_docx

ARCHIVE = 10_000_000


def _cpu() -> float:
    t = os.times()
    return t.user + t.system


def _run(src: Path, out: Path, options: BatchOptions) -> tuple[float, float, float, int]:
    """Wall seconds, the coordinator's CPU while files are handed out and collected, its CPU
    for the end of the run (index in order, CSV, catalogue database), and the file count."""
    shutil.rmtree(out, ignore_errors=True)
    wall, cpu = time.perf_counter(), _cpu()
    n, last = 0, cpu
    for _ in run_batch(plan_folder(src, out), out, options):
        n += 1
        last = _cpu()
    end = _cpu()
    return time.perf_counter() - wall, last - cpu, end - last, n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    args = parser.parse_args()
    from distributed import LocalCluster

    files = corpus_docx()
    if not files:
        sys.exit("không có kho văn bản mẫu (../shared/corpus)")
    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "kho", Path(tmp) / "ra"
        copy_tree(files, src, args.files)
        rows: list[tuple[str, float, float, float, int]] = []
        rows.append(
            (f"built-in pool, {args.jobs} workers", *_run(src, out, BatchOptions(jobs=args.jobs)))
        )
        for workers in sorted({1, args.jobs}):
            with LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
            ) as cluster:
                options = BatchOptions(cluster=cluster.scheduler_address)
                _run(src, out, options)  # warm: each worker starts its own reader process
                rows.append(
                    (f"LocalCluster, {workers} worker process(es)", *_run(src, out, options))
                )
    base = rows[0][1]
    print(f"{args.files} corpus .docx copies, {os.cpu_count()} CPUs")
    print(f"{'run':40} {'files/s':>8} {'× pool':>7} {'coordinator CPU per file: run + end':>38}")
    for name, wall, run, end, n in rows:
        print(
            f"{name:40} {n / wall:8.1f} {base / wall:7.2f} "
            f"{1000 * run / n:18.2f} ms + {1000 * end / n:.2f} ms"
        )
    _, wall, run, end, n = rows[-1]
    per_machine = n / wall
    ceiling = n / run if run else float("inf")
    print(
        f"\nPaper estimate for {ARCHIVE:,} files: each machine reads {per_machine:.0f} files/s "
        f"(the last run); one coordinator hands out at most {ceiling:.0f} files/s, then spends "
        f"{ARCHIVE * end / n / 3600:.1f} h on the index and the catalogue (all new files):"
    )
    for machines in (1, 10, 50, 100):
        rate = min(per_machine * machines, ceiling)
        hours = ARCHIVE / rate / 3600 + ARCHIVE * end / n / 3600
        print(f"  {machines:4d} machines: {hours:7.1f} h")


if __name__ == "__main__":
    main()
