"""A mutation fuzzer for :func:`congvan.parse_bytes` (issue 15, "Fuzzing as a habit").

Run ``python bench/fuzz.py --count 100000 --report``. Each input is a seed
(built-in letters, ``samples/``, and the corpus when present; see
``bench/fuzz_seeds.py`` and ``bench/fuzz_build.py``) put through one to six
mutations chosen for its format (``bench/fuzz_text.py``, ``bench/fuzz_docx.py``,
``bench/fuzz_pdf.py``), then parsed in this process as
``parse_bytes(data, "fuzz" + suffix, suffix)`` and rendered to JSON; what a run
records is in ``bench/fuzz_record.py``.

What counts:

* a result, or :class:`congvan.CongvanError` (an unreadable file said clearly),
  is fine; the reasons for rejection are tallied, since a fuzzer whose mutants
  are all rejected tests nothing but the reader's first check;
* any other exception is a bug: its type, message and traceback head are
  recorded, grouped by the innermost congvan frame, and the input is saved under
  ``OUT/crashes/`` with a ``.json`` note (seed, mutations, traceback);
* an input still running after ``--time-limit`` seconds is interrupted by
  ``SIGALRM`` (an exception that is no ``Exception``, so no ``except Exception``
  in the library swallows it) and saved under ``OUT/timeouts/``;
* peak memory (``ru_maxrss``) and the inputs that raised it most, warnings,
  and anything the library printed (it must never print) are recorded too.

The run is deterministic for a ``--seed``: input *i* is drawn from its own
``Random(f"{seed}:{i}")``, so ``--replay i`` rebuilds it alone. The input being
parsed is always named in ``OUT/inflight.json`` so that a hang ``SIGALRM`` cannot
break (a C loop holding the GIL) or a hard crash still leaves its reproducer
(``--replay INDEX --pool OUT/pool.json`` with the same options). The JSON
summary ``OUT/summary.json`` is rewritten every ``--summary-every`` inputs and
at the end; ``--show OUT/summary.json`` prints one mid-run. One process, one
core: the machine is shared.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import random
import resource
import signal
import sys
import time
import traceback
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fuzz_docx
import fuzz_pdf
import fuzz_text
from fuzz_record import Stats, report, tb_head, where, write_summary
from fuzz_seeds import FORMATS, Seed, builtin_seeds, corpus_seeds, sample_seeds, shrink, unzip

import congvan

#: Text formats are most of a run: a mutant costs 3-4 ms there, 20 ms as a PDF (pdfminer).
DEFAULT_WEIGHTS = {"txt": 60.0, "md": 25.0, "docx": 10.0, "pdf": 5.0}
#: ``.rtf``/``.doc`` go through LibreOffice (a second a file): only on request, and rarely.
SLOW_WEIGHT = 0.05
#: LibreOffice alone takes seconds to start; these formats get at least this limit.
SLOW_FORMAT_LIMIT = 60.0
MAX_INPUT_BYTES = 4 * 1024 * 1024
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class InputTimeout(BaseException):
    """Raised by SIGALRM: a ``BaseException`` so the library's ``except Exception`` lets it by."""


@dataclass
class Config:
    """One run's options (see ``--help``)."""

    count: int = 1000
    start: int = 0
    seed: int = 0
    weights: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    time_limit: float = 5.0
    out: Path = Path("/tmp/congvan-fuzz")
    corpus: bool = True
    max_seed_kb: int = 2
    seed_ms: float = 0.0
    summary_every: int = 10_000
    keep: int = 5
    progress_s: float = 30.0
    replay: int | None = None
    pool: Path | None = None


# --- seeds ------------------------------------------------------------------------------------


def load_pool(cfg: Config, stats: Stats) -> dict[str, list[Seed]]:
    """Seeds per enabled format; a corpus seed costlier than ``seed_ms`` is cut until it is not.

    A seed that stays too costly after :data:`SHRINK_STEPS` cuts is left out (noted).
    Timing makes that choice vary from run to run, so the pool is written to
    ``OUT/pool.json``, and ``--pool`` rebuilds exactly that pool instead.
    """
    seeds = builtin_seeds() + sample_seeds()
    if cfg.corpus:
        found = corpus_seeds(cfg.max_seed_kb, cfg.weights)
        if not found:
            stats.notes.append("corpus absent: built-in and sample seeds only")
            print("fuzz: no corpus found; built-in and sample seeds only", file=sys.stderr)
        seeds += found
    manifest = json.loads(cfg.pool.read_text()) if cfg.pool else None
    pool: dict[str, list[Seed]] = {f: [] for f in cfg.weights}
    for s in seeds:
        if s.fmt not in pool:
            continue
        if manifest is not None:
            if s.name not in manifest:
                continue
            for _ in range(manifest[s.name]):
                _halve(s)
        elif cfg.seed_ms and s.name.startswith("corpus/") and not _affordable(cfg, s, stats):
            continue
        if s.fmt == "docx":
            s.members = unzip(s.data)
        pool[s.fmt].append(s)
    used = {s.name: s.halvings for seeds in pool.values() for s in seeds}
    (cfg.out / "pool.json").write_text(json.dumps(used, ensure_ascii=False, indent=0))
    return pool


#: A PDF costs 20 ms however small, a real letter's first page 40-150 ms: PDF seeds get
#: this many times ``--seed-ms``, or only the built-in PDFs would be left to mutate.
PDF_COST_FACTOR = 12
SHRINK_STEPS = 4
#: A PDF seed still bigger than this after its cuts (scanned pages, embedded fonts) is left
#: out under ``--seed-ms``: pdfminer rescans all of a damaged file, so its mutants cost most.
MAX_PDF_SEED = 256 * 1024


def _halve(s: Seed) -> bool:
    smaller = shrink(s.fmt, s.data, len(s.data) // 2)
    if len(smaller) >= len(s.data):
        return False
    s.data, s.halvings = smaller, s.halvings + 1
    return True


def _affordable(cfg: Config, s: Seed, stats: Stats) -> bool:
    budget = cfg.seed_ms / 1000 * (PDF_COST_FACTOR if s.fmt == "pdf" else 1)
    cost = _seed_cost(s, stats)
    for _ in range(SHRINK_STEPS):
        if cost <= budget or not _halve(s):
            break
        cost = _seed_cost(s, stats)
    if cost <= budget and (s.fmt != "pdf" or len(s.data) <= MAX_PDF_SEED):
        return True
    stats.notes.append(f"seed left out ({len(s.data)} bytes, {cost * 1000:.0f} ms): {s.name}")
    return False


def _seed_cost(s: Seed, stats: Stats) -> float:
    t0 = time.perf_counter()
    try:
        congvan.parse_bytes(s.data, "fuzz." + s.fmt, "." + s.fmt)
    except congvan.CongvanError:
        pass
    except Exception as e:  # a seed the parser fails on is a finding of its own
        stats.failure(e, f"seed:{s.name}", s.fmt, s.data, [], "parse", s.name)
    return time.perf_counter() - t0


# --- one input --------------------------------------------------------------------------------


def make_input(
    cfg: Config, pool: dict[str, list[Seed]], index: int
) -> tuple[str, Seed, bytes, list[str]]:
    """Input ``index`` of the run: its format, seed, bytes and the mutations applied."""
    rng = random.Random(f"{cfg.seed}:{index}")
    fmts = [f for f in cfg.weights if pool.get(f)]
    fmt = rng.choices(fmts, [cfg.weights[f] for f in fmts])[0]
    seed = rng.choice(pool[fmt])
    n = 1
    while n < 6 and rng.random() < 0.4:
        n += 1
    ops: list[str] = []
    if fmt == "docx":
        data = fuzz_docx.mutate_docx(rng, seed, pool, n, ops)
    else:
        table = fuzz_pdf.PDF_OPS if fmt == "pdf" else fuzz_text.TEXT_OPS[fmt]
        names, fns, weights = zip(*table, strict=True)
        data = seed.data
        for _ in range(n):
            if rng.random() < 0.08:
                ops.append("splice")
                data = fuzz_text.splice(rng, data, pool, fmt)
                continue
            i = rng.choices(range(len(fns)), weights)[0]
            ops.append(names[i])
            data = fns[i](rng, data, pool)
    if fmt not in ("rtf", "doc") and _looks_office(data):
        ops.append("guard")
        data = b"x" + data  # keep LibreOffice out of a txt/md/pdf run: it costs seconds a file
    return fmt, seed, data[:MAX_INPUT_BYTES] if fmt != "docx" else data, ops


def _looks_office(data: bytes) -> bool:
    """What the reader would hand to LibreOffice (its sniffing, on RTF and OLE signatures)."""
    return data.startswith(_OLE) or data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf")


def _on_alarm(signum: int, frame: Any) -> None:
    raise InputTimeout


@dataclass
class Outcome:
    """How one input went: ``ok``, ``rejected``, ``failure`` or ``timeout``."""

    kind: str
    seconds: float
    error: BaseException | None = None
    stage: str = "parse"
    json: str = ""


def run_one(data: bytes, fmt: str, limit: float) -> Outcome:
    """Parse and render one input under a SIGALRM time limit."""
    suffix = "." + fmt
    stage = "parse"
    t0 = time.perf_counter()
    try:
        signal.setitimer(signal.ITIMER_REAL, limit)
        try:
            doc = congvan.parse_bytes(data, "fuzz" + suffix, suffix)
            stage = "render"
            rendered = doc.model_dump_json()
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    except InputTimeout as e:
        return Outcome("timeout", time.perf_counter() - t0, e, stage)
    except congvan.CongvanError as e:
        return Outcome("rejected", time.perf_counter() - t0, e, stage)
    except Exception as e:  # every other exception is what we are looking for
        return Outcome("failure", time.perf_counter() - t0, e, stage)
    return Outcome("ok", time.perf_counter() - t0, json=rendered)


# --- the loop ---------------------------------------------------------------------------------


class _Stop(BaseException):
    """SIGTERM: end the run cleanly, with a summary."""


def _on_term(signum: int, frame: Any) -> None:
    raise _Stop


def run(cfg: Config) -> dict[str, Any]:
    """Fuzz ``cfg.count`` inputs; return the summary (also written to ``cfg.out``)."""
    cfg.out.mkdir(parents=True, exist_ok=True)
    fuzz_docx.XXE_FILE.write_text(fuzz_docx.XXE_MARKER)
    stats = Stats(cfg)
    pool = load_pool(cfg, stats)
    stats.seeds = {f: len(s) for f, s in pool.items()}
    stats.t0 = time.perf_counter()  # inputs/s measures the loop, not the loading of seeds
    if cfg.replay is not None:
        return replay(cfg, pool, stats)
    old_alarm = signal.signal(signal.SIGALRM, _on_alarm)
    old_term = signal.signal(signal.SIGTERM, _on_term)
    interrupted = False
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            _loop(cfg, pool, stats, caught)
    except (KeyboardInterrupt, _Stop):
        interrupted = True
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old_alarm)
        signal.signal(signal.SIGTERM, old_term)
    return write_summary(stats, finished=not interrupted, interrupted=interrupted)


def _loop(cfg: Config, pool: dict[str, list[Seed]], stats: Stats, caught: list[Any]) -> None:
    capture = io.StringIO()
    inflight = os.open(cfg.out / "inflight.json", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        _inputs(cfg, pool, stats, caught, capture, inflight)
    finally:
        os.close(inflight)
    (cfg.out / "inflight.json").unlink(missing_ok=True)


def _inputs(
    cfg: Config,
    pool: dict[str, list[Seed]],
    stats: Stats,
    caught: list[Any],
    capture: io.StringIO,
    inflight: int,
) -> None:
    last_progress = time.perf_counter()
    for index in range(cfg.start, cfg.start + cfg.count):
        try:
            fmt, seed, data, ops = make_input(cfg, pool, index)
        except Exception as e:  # a bug of the fuzzer: noted, never the end of a long run
            stats.group(
                "fuzzer_errors",
                f"{type(e).__name__} at {where(e)}",
                index,
                "-",
                {"traceback": tb_head(e)},
                None,
            )
            continue
        _inflight(inflight, index, fmt, seed)
        limit = max(cfg.time_limit, SLOW_FORMAT_LIMIT) if fmt in ("rtf", "doc") else cfg.time_limit
        with contextlib.redirect_stdout(capture), contextlib.redirect_stderr(capture):
            out = run_one(data, fmt, limit)
        stats.record(index, fmt, seed, data, ops, out)
        if caught:
            for w in caught:
                key = f"{w.category.__name__}: {str(w.message)[:120]} ({Path(w.filename).name})"
                stats.group("warnings", key, index, fmt, {"ops": ops, "seed": seed.name}, data)
            caught.clear()
        if capture.tell():
            text = capture.getvalue()
            stats.group("output", text[:120], index, fmt, {"text": text[:2000], "ops": ops}, data)
            capture.seek(0)
            capture.truncate()
        if stats.inputs % cfg.summary_every == 0:
            write_summary(stats, finished=False)
        now = time.perf_counter()
        if now - last_progress > cfg.progress_s:
            last_progress = now
            _progress(stats)


#: ``OUT/inflight.json`` is rewritten in place, padded to this size (a write, no open).
_INFLIGHT_BYTES = 512


def _inflight(fd: int, index: int, fmt: str, seed: Seed) -> None:
    """Note the input about to run: its index is enough to rebuild it (``--replay``)."""
    note = json.dumps({"index": index, "format": fmt, "seed": seed.name}, ensure_ascii=False)
    os.pwrite(fd, note.encode()[: _INFLIGHT_BYTES - 1].ljust(_INFLIGHT_BYTES - 1) + b"\n", 0)


def _progress(stats: Stats) -> None:
    elapsed = time.perf_counter() - stats.t0
    rate = stats.inputs / elapsed if elapsed else 0.0
    left = (stats.cfg.count - stats.inputs) / rate if rate else 0.0
    print(
        f"[fuzz] {stats.inputs}/{stats.cfg.count} {rate:.0f}/s "
        f"failures={sum(g['count'] for g in stats.groups['failures'].values())} "
        f"timeouts={sum(g['count'] for g in stats.groups['timeouts'].values())} "
        f"peak={stats.peak_kb / 1024:.0f}MB eta={left / 60:.0f}min",
        file=sys.stderr,
        flush=True,
    )


def replay(cfg: Config, pool: dict[str, list[Seed]], stats: Stats) -> dict[str, Any]:
    """Rebuild input ``cfg.replay``, save it, and parse it with the traceback shown."""
    assert cfg.replay is not None
    fmt, seed, data, ops = make_input(cfg, pool, cfg.replay)
    path = stats.save("replay", str(cfg.replay), fmt, data, {"seed": seed.name, "ops": ops})
    print(f"input {cfg.replay}: {fmt}, {len(data)} bytes, seed {seed.name}, ops {ops}\n  {path}")
    try:
        congvan.parse_bytes(data, "fuzz." + fmt, "." + fmt).model_dump_json()
        print("parsed")
    except congvan.CongvanError as e:
        print(f"rejected: {e}")
    except Exception:
        traceback.print_exc()
    return {"replay": cfg.replay, "saved": path}


def _weights(text: str) -> dict[str, float]:
    out = {}
    for part in text.split(","):
        name, _, weight = part.strip().partition(":")
        if name not in FORMATS:
            raise argparse.ArgumentTypeError(
                f"unknown format {name!r} (known: {', '.join(FORMATS)})"
            )
        out[name] = float(weight) if weight else DEFAULT_WEIGHTS.get(name, SLOW_WEIGHT)
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--count", type=int, default=1000, help="inputs to run")
    p.add_argument("--start", type=int, default=0, help="index of the first input (to resume)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument(
        "--formats",
        type=_weights,
        default=dict(DEFAULT_WEIGHTS),
        help="txt,md,docx,pdf[,rtf,doc], each with an optional :weight",
    )
    p.add_argument("--time-limit", type=float, default=5.0, help="seconds an input may take")
    p.add_argument("--out", type=Path, default=Path("/tmp/congvan-fuzz"))
    p.add_argument("--no-corpus", action="store_true", help="built-in and sample seeds only")
    p.add_argument("--max-seed-kb", type=int, default=2, help="cut bigger corpus seeds (0: no)")
    p.add_argument(
        "--seed-ms",
        type=float,
        default=0.0,
        help="cut corpus seeds slower than this to parse, then leave them out (0: keep all)",
    )
    p.add_argument("--summary-every", type=int, default=10_000)
    p.add_argument("--keep", type=int, default=5, help="inputs saved per finding")
    p.add_argument("--mem-limit-mb", type=int, default=0, help="address-space limit (0: none)")
    p.add_argument("--replay", type=int, help="rebuild and parse this one input")
    p.add_argument("--pool", type=Path, help="the pool.json of an earlier run: its exact seeds")
    p.add_argument("--report", action="store_true", help="print a summary at the end")
    p.add_argument("--show", type=Path, help="print the report of a summary.json and exit")
    a = p.parse_args(argv)
    if a.show:
        print(report(json.loads(a.show.read_text())))
        return 0
    if a.mem_limit_mb:
        limit = a.mem_limit_mb * 2**20
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    cfg = Config(
        count=a.count,
        start=a.start,
        seed=a.seed,
        weights=a.formats,
        time_limit=a.time_limit,
        out=a.out,
        corpus=not a.no_corpus,
        max_seed_kb=a.max_seed_kb,
        seed_ms=a.seed_ms,
        summary_every=a.summary_every,
        keep=a.keep,
        replay=a.replay,
        pool=a.pool,
    )
    summary = run(cfg)
    if a.report and cfg.replay is None:
        print(report(summary))
    print(f"summary: {cfg.out / 'summary.json'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
