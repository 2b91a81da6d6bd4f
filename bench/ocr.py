"""How well scans read: corpus PDFs turned into scans, read through OCR, against their text.

Run ``python bench/ocr.py [--limit N] [--lang vie+Vietnamese] [--docx | --doc]``. The corpus has no
scans whose fields were written by hand, so each text-layer PDF of the corpus
(``../shared/corpus/raw`` or ``$CONGVAN_CORPUS``) is made into two scans of its first page.
With ``--docx`` the corpus's ``.docx`` letters are printed to PDF by LibreOffice first and
used instead; with ``--doc`` its ``.doc`` and ``.rtf`` files that have no ``.docx`` twin and
are in Unicode (old documents, most of them; a TCVN3 file prints in fonts LibreOffice lacks),
pages the OCR mending was not looked at on when they were added.

* **clean**: rendered at 300 dpi, saved as PNG;
* **scanner**: the same turned by 1.2°, blurred a little, grey noise added and saved as a
  JPEG of quality 60, as an office scanner leaves a page;
* **archive**: brought down to 200 dpi, turned by 0.5°, made black and white and saved as a
  CCITT group 4 TIFF, as records rooms digitise their paper in bulk.

Each scan is parsed (Tesseract through :mod:`congvan.readers.ocr`) and its fields are
compared with the parse of the PDF's text layer (page 1 only, so the reference is the
same page): number, symbol, date, issuer, subject (equal, and at least 95% the same
letters), signer's name, the task labels. For a printed ``.docx`` the header's fields
(number, symbol, date, issuer, subject) come from the ``.docx`` itself: LibreOffice's
text layer of the header table is sometimes garbled, and the scan was then marked wrong
for reading the paper right. The page is rendered with its form fields, as
the signed letter was printed before it was scanned.
Printed: fields equal per variant, and seconds per page (wall time, the OCR process's
included) beside bare ``tesseract IMG - -l vie`` on the same image in the same run (both
with one thread).
"""

from __future__ import annotations

import difflib
import io
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageFilter

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold import corpus_dir

import congvan
from congvan.readers import ocr
from congvan.readers.doc import find_converter

FIELDS = ("number", "symbol", "date", "issuer", "subject", "subject ≥ 95%", "signer", "tasks")


def bare(data: bytes) -> int:
    """Tesseract alone on the image file, as a user would run it: the floor of a scan."""
    done = subprocess.run(
        [ocr.TESSERACT, "stdin", "stdout", "-l", "vie", "tsv"],
        input=data,
        capture_output=True,
        check=False,
        env={**os.environ, "OMP_THREAD_LIMIT": "1"},
    )
    return len(done.stdout)


def fields(doc: congvan.Document) -> dict[str, object]:
    return {
        "number": doc.number and doc.number.number,
        "symbol": doc.number and doc.number.symbol,
        "date": doc.date and doc.date.iso,
        "issuer": doc.issuer and doc.issuer.name,
        "subject": doc.subject,
        "signer": doc.signer and doc.signer.name,
        "tasks": [t.label for t in doc.tasks],
    }


def _close(a: object, b: object) -> bool:
    """Two subjects 95% the same letters (an OCR slip in a diacritic or two)."""
    if not isinstance(a, str) or not isinstance(b, str):
        return a == b
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= 0.95


def first_page_pdf(data: bytes) -> tuple[bytes, Image.Image]:
    """The PDF cut to its first page, and that page at 300 dpi."""
    pdf = pdfium.PdfDocument(data)
    pdf.init_forms()  # the signing stamps' digits are printed on the paper that is scanned
    one = pdfium.PdfDocument.new()
    one.import_pages(pdf, [0])
    buf = io.BytesIO()
    one.save(buf)
    page = pdf[0]
    image = page.render(scale=300 / 72, may_draw_forms=True).to_pil()
    page.close()
    return buf.getvalue(), image


def scanner(image: Image.Image, rng: random.Random) -> bytes:
    turned = image.convert("L").rotate(1.2, expand=True, fillcolor=255)
    blurred = turned.filter(ImageFilter.GaussianBlur(0.8))
    noise = Image.effect_noise(blurred.size, 18)
    noisy = Image.blend(blurred, noise, 0.12)
    buf = io.BytesIO()
    noisy.save(buf, "JPEG", quality=60, dpi=(300, 300))
    return buf.getvalue()


#: The grey level below which a pixel turns black in an archive scan (of 255).
ARCHIVE_THRESHOLD = 165


def archive(image: Image.Image) -> bytes:
    grey = image.convert("L")
    small = grey.resize((grey.width * 2 // 3, grey.height * 2 // 3), Image.Resampling.LANCZOS)
    turned = small.rotate(0.5, expand=True, fillcolor=255)
    black_white = turned.point(lambda v: 255 if v > ARCHIVE_THRESHOLD else 0).convert("1")
    buf = io.BytesIO()
    black_white.save(buf, "TIFF", compression="group4", dpi=(200, 200))
    return buf.getvalue()


#: Fields of the letter's first page that its header holds: for a printed ``.docx`` they are
#: taken from the ``.docx`` itself, whose header LibreOffice's PDF text layer sometimes garbles
#: (a motto run into the organ's name, a place and date into the ký hiệu, a subject lost).
HEADER_FIELDS = ("number", "symbol", "date", "issuer", "subject")


def reference(one: bytes, path: Path, source: congvan.Document | None) -> dict[str, object]:
    """What the scan of ``path``'s first page should give: that page's text layer parsed, with
    the header's fields of ``source`` (the parse of the Word file the PDF was printed from)
    when there is one."""
    want = fields(congvan.parse_bytes(one, path.name, ".pdf"))
    if source is not None:
        whole = fields(source)
        want.update({name: whole[name] for name in HEADER_FIELDS})
    return want


def _legacy(source: congvan.Document) -> bool:
    """A Word file in a TCVN3 or VNI font (``CV003``): LibreOffice has not its fonts, so the
    page it prints shows other letters than the paper did, and is no scan of the letter."""
    return any(d.code == "CV003" for d in source.diagnostics)


def word_sources(kind: str) -> list[Path]:
    """The corpus's ``.docx`` files (``kind`` ``docx``), or its ``.doc`` and ``.rtf`` files
    without a ``.docx`` of the same name (``doc``)."""
    files = sorted(p for p in corpus_dir().rglob("*") if p.is_file())
    if kind == "docx":
        return [p for p in files if p.suffix.lower() == ".docx"]
    # A twin's name may differ in the hash after ``__`` (``36-HD_VPTW_380096__071cc5a.doc``).
    twins = {p.stem.split("__")[0] for p in files if p.suffix.lower() == ".docx"}
    return [
        p
        for p in files
        if p.suffix.lower() in (".doc", ".rtf") and p.stem.split("__")[0] not in twins
    ]


def docx_as_pdfs(out: Path, kind: str = "docx") -> list[Path]:
    """The corpus's Word files (:func:`word_sources`) printed to PDF by LibreOffice (one run
    for all)."""
    soffice = find_converter()
    if soffice is None:
        raise SystemExit(f"--{kind} cần LibreOffice (soffice).")
    sources = word_sources(kind)
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{out}/profile",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            *map(str, sources),
        ],
        capture_output=True,
        check=False,
        timeout=1800,
    )
    return sorted(out.glob("*.pdf"))


def main(argv: list[str]) -> int:
    if not ocr.available():
        print("Không có Tesseract: " + ocr.INSTALL_HINT, file=sys.stderr)
        return 1
    limit = int(argv[argv.index("--limit") + 1]) if "--limit" in argv else 0
    # ``--lang vie+Vietnamese`` reads with Tesseract's Vietnamese script model as well
    # (Debian's tesseract-ocr-script-viet); the bare baseline stays ``-l vie``.
    language = argv[argv.index("--lang") + 1] if "--lang" in argv else ocr.LANGUAGES
    if not ocr.available(language):
        print(f"Tesseract không có mô hình {language}.", file=sys.stderr)
        return 1
    options = ocr.Options(language=language)
    kind = "docx" if "--docx" in argv else "doc" if "--doc" in argv else None
    printed = tempfile.TemporaryDirectory() if kind else None
    paths = (
        docx_as_pdfs(Path(printed.name), kind)
        if printed and kind
        else sorted(corpus_dir().rglob("*.pdf"))
    )
    sources = {p.stem: p for p in word_sources(kind)} if kind else {}
    rng = random.Random(7)
    variants = ("clean", "scanner", "archive")
    right = {v: dict.fromkeys(FIELDS, 0) for v in variants}
    seconds = dict.fromkeys(variants, 0.0)
    bare_seconds = dict.fromkeys(variants, 0.0)
    used = 0
    for path in paths:
        word = sources.get(path.stem)
        source = congvan.parse_file(word) if word is not None else None  # once: .doc is slow
        if kind == "doc" and source is not None and _legacy(source):
            continue
        one, image = first_page_pdf(path.read_bytes())
        want = reference(one, path, source)
        if want["number"] is None and want["issuer"] is None:
            continue  # no text layer (or no header): nothing to compare with
        buf = io.BytesIO()
        image.save(buf, "PNG", dpi=(300, 300))
        for variant, data, suffix in (
            ("clean", buf.getvalue(), ".png"),
            ("scanner", scanner(image, rng), ".jpg"),
            ("archive", archive(image), ".tif"),
        ):
            start = time.perf_counter()
            bare(data)
            bare_seconds[variant] += time.perf_counter() - start
            start = time.perf_counter()
            got = fields(congvan.parse_bytes(data, path.stem + suffix, suffix, ocr=options))
            seconds[variant] += time.perf_counter() - start
            got["subject ≥ 95%"] = _close(got["subject"], want["subject"])
            want["subject ≥ 95%"] = True
            for name in FIELDS:
                right[variant][name] += got[name] == want[name]
        used += 1
        if limit and used >= limit:
            break
    what = f"corpus .{kind} printed to PDF" if kind else "corpus PDFs"
    print(f"\n{used} first pages of {what}, read from their scans (-l {language})\n")
    print(
        "| field | clean 300 dpi PNG | scanner (1.2°, blur, noise, JPEG 60) "
        "| archive (200 dpi, black and white, G4 TIFF) |"
    )
    print("|---|---|---|---|")
    for name in FIELDS:
        print(f"| {name} | " + " | ".join(f"{right[v][name]}/{used}" for v in variants) + " |")
    total = {v: sum(right[v].values()) for v in right}
    n = used * len(FIELDS)
    print(
        "| **all** | " + " | ".join(f"{total[v]}/{n} ({total[v] / n:.0%})" for v in variants) + " |"
    )
    print("\n| scans | congvan parse (s a page) | bare tesseract (s a page) | × bare |")
    print("|---|---|---|---|")
    for variant, secs in seconds.items():
        base = bare_seconds[variant]
        print(
            f"| {variant} | {secs / max(used, 1):.2f} | {base / max(used, 1):.2f} "
            f"| {secs / max(base, 1e-9):.2f} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
