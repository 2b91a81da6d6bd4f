"""Speed of the PDF reader against PDFium's bare text pass, measured in the same run.

Run ``python bench/pdf.py [--reps N]``. On every ``.pdf`` of the corpus
(``../shared/corpus/raw`` or ``$CONGVAN_CORPUS``) it times:

* **bare**: PDFium's text of every page (``FPDFText_GetText``), nothing placed: the least
  any reader on PDFium can do;
* **reader**: :func:`congvan.readers.pdf.read_pdf` (character boxes, words, rows, the
  two-column header and closing, stamped digits, legacy fonts);
* **parse**: :func:`congvan.parse_bytes`, the whole pipeline;
* **pdfminer** (when ``pdfminer.six`` is installed, as it was under the reader before 0.6.0):
  ``pdfminer.high_level.extract_text``, the engine the reader used to stand on.

Each pass reads all files from memory; the passes alternate within each of ``--reps``
repetitions, the best CPU time of each is kept, and the ratios to the bare pass are printed.
"""

from __future__ import annotations

import ctypes
import hashlib
import importlib.util
import io
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold import corpus_dir
from reader import best

import congvan
from congvan.readers.pdf import read_pdf


def bare(data: bytes) -> int:
    pdf = pdfium.PdfDocument(data)
    total = 0
    for i in range(len(pdf)):
        page = pdf[i]
        text = page.get_textpage()
        n = pdfium_c.FPDFText_CountChars(text.raw)
        buf = ctypes.create_string_buffer((n + 1) * 2)
        total += pdfium_c.FPDFText_GetText(
            text.raw, 0, n, ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort))
        )
        text.close()
        page.close()
    pdf.close()
    return total


def reader(data: bytes) -> int:
    return len(read_pdf(data, None, hashlib.sha256(data).hexdigest()).lines)


def parse(data: bytes) -> int:
    return len(congvan.parse_bytes(data, "cv.pdf", ".pdf").tasks)


def pdfminer_text(data: bytes) -> int:
    from pdfminer.high_level import extract_text

    return len(extract_text(io.BytesIO(data)))


def main(argv: list[str]) -> int:
    reps = int(argv[argv.index("--reps") + 1]) if "--reps" in argv else 3
    paths = sorted(corpus_dir().rglob("*.pdf"))
    if not paths:
        print(f"Không thấy tệp .pdf trong {corpus_dir()}", file=sys.stderr)
        return 1
    files = [p.read_bytes() for p in paths]
    passes: dict[str, Callable[[bytes], object]] = {
        "PDFium text (bare)": bare,
        "congvan reader": reader,
        "congvan parse": parse,
    }
    if importlib.util.find_spec("pdfminer") is not None:
        passes["pdfminer extract_text"] = pdfminer_text
    results = best(passes, files, reps)
    base = results["PDFium text (bare)"]
    pages = sum(len(pdfium.PdfDocument(d)) for d in files)
    print(f"\n{len(files)} PDF files ({pages} pages), best CPU of {reps}, {date.today()}\n")
    print("| pass | total (ms) | per file (ms) | × bare |")
    print("|---|---|---|---|")
    for name, secs in results.items():
        per = secs * 1000 / len(files)
        print(f"| {name} | {secs * 1000:.0f} | {per:.1f} | {secs / base:.1f} |")
    largest = max(paths, key=lambda p: len(pdfium.PdfDocument(p)))
    print(f"\nLargest: {largest.name}, {largest_report(largest)}")
    return 0


def _peak_kb(code: str) -> int:
    """Peak resident memory (KB) of a fresh interpreter running ``code``."""
    script = f"import resource\n{code}\nprint(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    return int(done.stdout.split()[-1])


def largest_report(path: Path) -> str:
    """Pages a second and peak memory above the bare interpreter, parsing ``path``."""
    data = path.read_bytes()
    pages = len(pdfium.PdfDocument(data))
    start = time.process_time()
    congvan.parse_bytes(data, path.name, ".pdf")
    secs = time.process_time() - start
    base = _peak_kb("import congvan")
    peak = _peak_kb(f"import congvan; congvan.parse_file({str(path)!r})")
    return (
        f"{pages} pages: {pages / secs:.0f} pages a second (CPU), "
        f"peak memory {peak / 1024:.0f} MB ({(peak - base) / 1024:.0f} MB above the interpreter "
        "with congvan imported)"
    )


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
