"""Speed of the ``.docx`` reader against two references, measured in the same run.

Run ``python bench/reader.py [--reps N]``. On every ``.docx`` of the corpus
(``../shared/corpus/raw`` or ``$CONGVAN_CORPUS``) it times:

* **bare**: unzip ``word/document.xml``, parse it with lxml and join every
  ``w:t`` text: the least any reader can do;
* **reader**: :func:`congvan.readers.docx.read_docx` (numbering, styles,
  text boxes, headers, formatting facts);
* **python-docx**: ``docx.Document()`` load alone, the usual starting point.

Each pass reads all files from memory; the passes alternate within each of
``--reps`` repetitions, the best time of each is kept, and the ratios to the
bare pass are printed.
"""

from __future__ import annotations

import io
import sys
import time
import zipfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

import docx
from lxml import etree

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold import corpus_dir

from congvan.readers.docx import read_docx

_T = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t"


def bare(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    return "".join(t.text or "" for t in root.iter(_T))


def reader(data: bytes) -> int:
    return len(read_docx(data, None, "").lines)


def python_docx(data: bytes) -> int:
    return len(docx.Document(io.BytesIO(data)).paragraphs)


def timed(fn: Callable[[bytes], object], files: list[bytes]) -> float:
    start = time.perf_counter()
    for data in files:
        fn(data)
    return time.perf_counter() - start


def best(
    fns: dict[str, Callable[[bytes], object]], files: list[bytes], reps: int
) -> dict[str, float]:
    """Best time of each pass; passes alternate within a repetition so load hits all alike."""
    times: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(reps):
        for name, fn in fns.items():
            times[name].append(timed(fn, files))
    return {name: min(t) for name, t in times.items()}


def main(argv: list[str]) -> int:
    reps = int(argv[argv.index("--reps") + 1]) if "--reps" in argv else 5
    paths = sorted(corpus_dir().rglob("*.docx"))
    if not paths:
        print(f"Không thấy tệp .docx trong {corpus_dir()}", file=sys.stderr)
        return 1
    files = [p.read_bytes() for p in paths]
    passes: dict[str, Callable[[bytes], object]] = {
        "bare lxml (w:t only)": bare,
        "congvan reader": reader,
        "python-docx Document()": python_docx,
    }
    results = best(passes, files, reps)
    base = results["bare lxml (w:t only)"]
    size = sum(map(len, files)) / 1e6
    print(f"\n{len(files)} .docx files ({size:.1f} MB), best of {reps}, {date.today()}\n")
    print("| pass | total (ms) | per file (ms) | × bare |")
    print("|---|---|---|---|")
    for name, secs in results.items():
        per = secs * 1000 / len(files)
        print(f"| {name} | {secs * 1000:.0f} | {per:.2f} | {secs / base:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
