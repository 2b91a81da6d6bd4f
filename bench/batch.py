"""Throughput, scaling and peak memory of ``congvan batch`` on the corpus .docx files.

Run ``python bench/batch.py`` (``--rss 1000 10000`` adds the memory runs, ``--doc``
the ``.doc`` runs, ``--copies 10`` sets the size of the scaling tree). It times,
in the same run:

* a bare pass: unzip ``word/document.xml`` and join its ``w:t`` texts with lxml;
* ``congvan.parse_file`` alone on the same files;
* the whole batch on one worker (parse, JSON, index, CSV, disk writes);
* the batch on 1 and on N workers over a tree of corpus copies (scaling);
* peak RSS of the batch process and of its largest worker for 1,000 and
  10,000 files (each in a fresh interpreter, on hard-linked copies);
* with ``--doc``: the batch over the corpus ``.doc`` files converted through
  LibreOffice in lots (one start for up to ``LOT_SIZE`` files) and file by file
  (lots of one), on 1 and N workers, once each (every conversion is slow).

Every copy is made in a temporary folder and deleted afterwards.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

from lxml import etree

import congvan
from congvan.batch import BatchOptions, run_batch
from congvan.plan import plan_folder, plan_paths
from congvan.readers import doc as doc_reader

CORPUS = Path(
    os.environ.get("CONGVAN_CORPUS", Path(__file__).resolve().parents[2] / "shared/corpus")
)
W_T = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t"


def corpus_docx() -> list[Path]:
    return sorted((CORPUS / "raw").rglob("*.docx"))


def bare_pass(files: list[Path]) -> None:
    """The floor: read the body XML and its text runs, nothing else."""
    for f in files:
        with zipfile.ZipFile(f) as z:
            root = etree.fromstring(z.read("word/document.xml"))
        "".join(t.text or "" for t in root.iter(W_T))


def best_of(n: int, fn: Callable[[], object]) -> float:
    times = []
    for _ in range(n):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def copy_tree(files: list[Path], root: Path, count: int) -> None:
    """``count`` files cycling through ``files``, 100 per folder, hard-linked when possible."""
    for i in range(count):
        src = files[i % len(files)]
        folder = root / f"lo_{i // 100:04d}"
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{i:05d}_{src.name}"
        try:
            os.link(src, target)
        except OSError:
            shutil.copy(src, target)


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def batch_seconds(plan_root: Path, out: Path, jobs: int) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds of this process and CPU seconds of the finished workers."""
    plan = plan_folder(plan_root, out)
    me, kids = _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    for _ in run_batch(plan, out, BatchOptions(jobs=jobs, force=True)):
        pass
    wall = time.perf_counter() - start
    return wall, _cpu(resource.RUSAGE_SELF) - me, _cpu(resource.RUSAGE_CHILDREN) - kids


def throughput(files: list[Path], reps: int) -> None:
    bare = best_of(reps, lambda: bare_pass(files))
    parse = best_of(reps, lambda: [congvan.parse_file(f) for f in files])
    with tempfile.TemporaryDirectory() as tmp:
        plan = plan_paths([str(f) for f in files], Path(tmp))
        opts = BatchOptions(jobs=1, force=True)
        whole = best_of(reps, lambda: list(run_batch(plan, Path(tmp), opts)))
    n = len(files)
    print(f"{n} .docx files, best of {reps}")
    print("| pass | seconds | ms/file | files/s | x bare |")
    print("|---|---|---|---|---|")
    for name, t in (("bare lxml w:t", bare), ("parse_file", parse), ("batch, 1 worker", whole)):
        print(f"| {name} | {t:.3f} | {1000 * t / n:.1f} | {n / t:.0f} | {t / bare:.2f} |")


def scaling(files: list[Path], copies: int) -> None:
    cpus = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp, "in")
        copy_tree(files, src, len(files) * copies)
        n = len(files) * copies
        print(f"\nscaling on {n} files ({copies} copies of the corpus .docx), {cpus} CPUs")
        print(f"load average before: {os.getloadavg()[0]:.2f}")
        print(
            "| workers | seconds | files/s | speed-up | CPU ms/file: batch | CPU ms/file: workers |"
        )
        print("|---|---|---|---|---|---|")
        one = None
        for jobs in sorted({1, 2, cpus}):
            t, me, kids = batch_seconds(src, Path(tmp, f"out{jobs}"), jobs)
            one = one or t
            print(
                f"| {jobs} | {t:.2f} | {n / t:.0f} | {one / t:.2f} | {1000 * me / n:.1f} "
                f"| {1000 * kids / n:.1f} |"
            )


def doc_lots() -> None:
    files = sorted((CORPUS / "raw").rglob("*.doc"))
    if not files:
        return
    cpus = os.cpu_count() or 1
    lot = doc_reader.LOT_SIZE
    print(f"\n{len(files)} .doc files through LibreOffice, once each")
    print("| conversion | workers | seconds | s/file | x file by file |")
    print("|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        plan = plan_paths([str(f) for f in files], Path(tmp))
        for jobs in sorted({1, cpus}):
            alone = 0.0
            for name, size in (("file by file", 1), (f"lots of {lot}", lot)):
                doc_reader.LOT_SIZE = size  # read by the coordinator when it forms lots
                start = time.perf_counter()
                list(run_batch(plan, Path(tmp), BatchOptions(jobs=jobs, force=True)))
                t = time.perf_counter() - start
                alone = alone or t
                print(f"| {name} | {jobs} | {t:.1f} | {t / len(files):.2f} | {t / alone:.2f} |")
    doc_reader.LOT_SIZE = lot


def rss_run(count: int, jobs: int) -> None:
    """Child mode: batch ``count`` files, print peak RSS of this process and of the workers."""
    with tempfile.TemporaryDirectory() as tmp:
        copy_tree(corpus_docx(), Path(tmp, "in"), count)
        seconds, _, _ = batch_seconds(Path(tmp, "in"), Path(tmp, "out"), jobs)
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"| {count} | {jobs} | {seconds:.1f} | {me:.0f} | {kids:.0f} |")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--copies", type=int, default=10)
    parser.add_argument("--rss", type=int, nargs="*", default=[])
    parser.add_argument("--rss-child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--doc", action="store_true", help="also time .doc conversion")
    args = parser.parse_args(argv)
    if args.rss_child:
        rss_run(args.rss_child, args.jobs)
        return 0
    files = corpus_docx()
    if not files:
        print(f"Không thấy tệp .docx trong {CORPUS / 'raw'}", file=sys.stderr)
        return 1
    throughput(files, args.reps)
    scaling(files, args.copies)
    if args.doc:
        doc_lots()
    if args.rss:
        print(
            "\n| files | workers | seconds | peak RSS batch (MB) | peak RSS largest worker (MB) |"
        )
        print("|---|---|---|---|---|")
        for count in args.rss:
            cmd = [sys.executable, __file__, "--rss-child", str(count), "--jobs", str(args.jobs)]
            subprocess.run(cmd, check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
