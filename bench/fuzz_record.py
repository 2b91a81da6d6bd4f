"""What a run of ``bench/fuzz.py`` records, its JSON summary and the report printed from it.

Findings are grouped by a key (for an exception, its type and the innermost
congvan frame), counted, and the first ``--keep`` inputs of each group are
saved with a ``.json`` note, so that a thousand mutants hitting one bug give one
group with a handful of reproducers rather than a thousand files.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import resource
import time
import traceback
from collections import Counter
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

import fuzz_docx
from fuzz_seeds import Seed

import congvan

if TYPE_CHECKING:
    from fuzz import Config, Outcome

#: Where the inputs of each kind of finding are saved under ``--out``.
FOLDERS = {"failures": "crashes"}


def where(e: BaseException, with_line: bool = True) -> str:
    """The innermost frame in congvan (else the innermost at all), where the input broke it."""
    frames = [f for f in traceback.extract_tb(e.__traceback__) if f.name != "_on_alarm"]
    ours = [f for f in frames if "/congvan/" in f.filename] or frames
    if not ours:
        return "?"
    f = ours[-1]
    name = f.filename.split("/congvan/")[-1] if "/congvan/" in f.filename else Path(f.filename).name
    return f"{name}:{f.lineno} {f.name}" if with_line else f"{name} {f.name}"


def tb_head(e: BaseException, lines: int = 16) -> str:
    text = "".join(traceback.format_exception(type(e), e, e.__traceback__))
    return "\n".join(text.splitlines()[-lines:])


class Stats:
    """Everything a run records; :meth:`summary` turns it into the JSON summary."""

    def __init__(self, cfg: Config) -> None:
        self.cfg = cfg
        self.notes: list[str] = []
        self.started = time.time()
        self.t0 = time.perf_counter()
        self.inputs = 0
        self.per_format: dict[str, Counter[str]] = {}
        self.seconds: Counter[str] = Counter()
        self.groups: dict[str, dict[str, dict[str, Any]]] = {
            "failures": {},
            "timeouts": {},
            "warnings": {},
            "output": {},
            "fuzzer_errors": {},
        }
        self.rejections: dict[str, Counter[str]] = {}
        self.ops: dict[str, Counter[str]] = {}
        self.slowest: list[dict[str, Any]] = []
        self.rss_jumps: list[dict[str, Any]] = []
        self.rss_history: list[tuple[int, float, float]] = []
        self.peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        self.seeds: dict[str, int] = {}

    def group(
        self,
        kind: str,
        key: str,
        index: int | str,
        fmt: str,
        info: dict[str, Any],
        data: bytes | None,
    ) -> None:
        """Count one finding under ``key``; the first ``keep`` of each key are saved."""
        g = self.groups[kind].setdefault(
            key, {"key": key, "count": 0, "first_index": index, "formats": Counter(), "saved": []}
        )
        g["count"] += 1
        g["formats"][fmt] += 1
        g.update({k: v for k, v in info.items() if k not in g})
        if data is not None and len(g["saved"]) < self.cfg.keep:
            slug = hashlib.sha1(key.encode()).hexdigest()[:8]
            g["saved"].append(self.save(kind, f"{slug}-{index}", fmt, data, {"key": key, **info}))

    def save(self, kind: str, stem: str, fmt: str, data: bytes, note: dict[str, Any]) -> str:
        folder = self.cfg.out / FOLDERS.get(kind, kind)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{stem}.{fmt}"
        path.write_bytes(data)
        (folder / f"{stem}.json").write_text(
            json.dumps(note, ensure_ascii=False, indent=1, default=str)
        )
        return str(path)

    def failure(
        self,
        e: BaseException,
        index: int | str,
        fmt: str,
        data: bytes,
        ops: list[str],
        stage: str,
        seed: str = "",
    ) -> None:
        key = f"{type(e).__name__} ({stage}) at {where(e)}"
        info = {"message": str(e)[:500], "traceback": tb_head(e), "seed": seed, "ops": ops}
        self.group("failures", key, index, fmt, info, data)

    def record(
        self, index: int, fmt: str, seed: Seed, data: bytes, ops: list[str], out: Outcome
    ) -> None:
        """Book one input's outcome, and save it when it is a finding."""
        self.inputs += 1
        self.per_format.setdefault(fmt, Counter())["inputs"] += 1
        self.per_format[fmt][out.kind] += 1
        self.seconds[fmt] += out.seconds
        op_counts = self.ops.setdefault(fmt, Counter())
        for op in set(ops):
            op_counts[op] += 1
            if out.kind in ("failure", "timeout"):
                op_counts[f"{op}!{out.kind}"] += 1
        if out.kind == "rejected" and out.error is not None:
            reason = re.sub(r"\d+", "N", getattr(out.error, "reason", str(out.error)))[:90]
            reasons = self.rejections.setdefault(fmt, Counter())
            reasons[reason if reason in reasons or len(reasons) < 60 else "(other)"] += 1
        elif out.kind == "failure" and out.error is not None:
            self.failure(out.error, index, fmt, data, ops, out.stage, seed.name)
        elif out.kind == "timeout" and out.error is not None:
            key = f"{fmt} timeout in {where(out.error, with_line=False)}"
            info = {
                "seconds": round(out.seconds, 3),
                "seed": seed.name,
                "ops": ops,
                "traceback": tb_head(out.error, 10),
            }
            self.group("timeouts", key, index, fmt, info, data)
        if fmt == "docx" and fuzz_docx.XXE_MARKER in out.json:
            info = {"message": "an external entity was resolved into the result", "ops": ops}
            self.group("failures", "XXE resolved", index, fmt, info, data)
        self._slow(index, fmt, seed, data, ops, out)
        self._memory(index, fmt, seed, data, ops)

    def _slow(
        self, index: int, fmt: str, seed: Seed, data: bytes, ops: list[str], out: Outcome
    ) -> None:
        if len(self.slowest) >= 10 and out.seconds <= self.slowest[-1]["seconds"]:
            return
        entry = {
            "seconds": round(out.seconds, 4),
            "index": index,
            "format": fmt,
            "bytes": len(data),
            "seed": seed.name,
            "ops": ops,
            "outcome": out.kind,
        }
        if out.seconds > 1.0 and out.kind != "timeout":
            entry["saved"] = self.save("slow", f"{index}", fmt, data, entry)
        self.slowest = sorted([*self.slowest, entry], key=lambda x: -x["seconds"])[:10]

    def _memory(self, index: int, fmt: str, seed: Seed, data: bytes, ops: list[str]) -> None:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        if peak - self.peak_kb > 16 * 1024 and self.inputs > 50:  # after the warm-up
            jump = {
                "mb": round((peak - self.peak_kb) / 1024, 1),
                "index": index,
                "format": fmt,
                "bytes": len(data),
                "seed": seed.name,
                "ops": ops,
            }
            if jump["mb"] > 256:
                jump["saved"] = self.save("memory", f"{index}", fmt, data, jump)
            self.rss_jumps = sorted([*self.rss_jumps, jump], key=lambda x: -x["mb"])[:10]
        self.peak_kb = max(self.peak_kb, peak)

    def summary(self, finished: bool, interrupted: bool = False) -> dict[str, Any]:
        elapsed = time.perf_counter() - self.t0
        current = _current_rss_mb()
        self.rss_history.append((self.inputs, round(self.peak_kb / 1024, 1), current))
        per_format = {}
        for fmt, c in sorted(self.per_format.items()):
            per_format[fmt] = {
                **dict(c),
                "seconds": round(self.seconds[fmt], 1),
                "ms_per_input": round(1000 * self.seconds[fmt] / c["inputs"], 2),
            }

        def groups(kind: str) -> list[dict[str, Any]]:
            return sorted(self.groups[kind].values(), key=lambda g: -g["count"])

        return {
            "congvan_version": congvan.__version__,
            "started": time.strftime("%Y-%m-%dT%H:%M:%S", time.localtime(self.started)),
            "updated": time.strftime("%Y-%m-%dT%H:%M:%S"),
            "finished": finished,
            "interrupted": interrupted,
            "config": {**asdict(self.cfg), "out": str(self.cfg.out)},
            "seeds": self.seeds,
            "notes": self.notes,
            "inputs": self.inputs,
            "elapsed_s": round(elapsed, 1),
            "inputs_per_s": round(self.inputs / elapsed, 1) if elapsed else 0.0,
            "per_format": per_format,
            "failures": groups("failures"),
            "timeouts": groups("timeouts"),
            "slowest": self.slowest,
            "memory": {
                "peak_rss_mb": round(self.peak_kb / 1024, 1),
                "current_rss_mb": current,
                "jumps": self.rss_jumps,
                "history": self.rss_history[-200:],
            },
            "warnings": groups("warnings"),
            "output": groups("output"),
            "fuzzer_errors": groups("fuzzer_errors"),
            "rejections": {f: dict(c.most_common(12)) for f, c in self.rejections.items()},
            "ops": {f: dict(sorted(c.items())) for f, c in self.ops.items()},
        }


def _current_rss_mb() -> float:
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return 0.0
    return round(pages * os.sysconf("SC_PAGE_SIZE") / 2**20, 1)


def write_summary(stats: Stats, finished: bool, interrupted: bool = False) -> dict[str, Any]:
    """Write ``OUT/summary.json`` atomically, so a reader mid-run never sees half a file."""
    summary = stats.summary(finished, interrupted)
    path = stats.cfg.out / "summary.json"
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(summary, ensure_ascii=False, indent=1, default=str))
    tmp.replace(path)
    return summary


def report(s: dict[str, Any]) -> str:
    """The summary as a few readable lines."""
    out = [
        f"{s['inputs']} inputs in {s['elapsed_s']} s ({s['inputs_per_s']}/s), "
        f"{'finished' if s['finished'] else 'running or stopped'}; peak RSS "
        f"{s['memory']['peak_rss_mb']} MB",
        f"{'format':6} {'inputs':>8} {'parsed':>8} {'rejected':>8} {'failures':>8} "
        f"{'timeouts':>8} {'ms/input':>8}",
    ]
    for fmt, c in s["per_format"].items():
        out.append(
            f"{fmt:6} {c['inputs']:>8} {c.get('ok', 0):>8} {c.get('rejected', 0):>8} "
            f"{c.get('failure', 0):>8} {c.get('timeout', 0):>8} {c['ms_per_input']:>8}"
        )
    for kind in ("failures", "timeouts", "warnings", "output", "fuzzer_errors"):
        groups = s[kind]
        out.append(f"{kind}: {sum(g['count'] for g in groups)} in {len(groups)} groups")
        for g in groups[:10]:
            saved = g["saved"][0] if g["saved"] else "-"
            out.append(f"  {g['count']:>6}x {g['key']}\n          e.g. {saved}")
    if s["slowest"]:
        top = s["slowest"][0]
        out.append(
            f"slowest: {top['seconds']} s, input {top['index']} ({top['format']}, "
            f"{top['bytes']} bytes, seed {top['seed']}, {top['outcome']})"
        )
    out += [f"note: {n}" for n in s["notes"][:20]]
    return "\n".join(out)
