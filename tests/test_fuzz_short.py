"""A short run of the mutation fuzzer (``bench/fuzz.py``): no mutant may crash or hang the parser.

The built-in seeds always take part, so the test runs without the corpus; the
corpus files join (cut small) when ``../shared/corpus/raw`` is present. The run
is deterministic: a failure here names the saved input and ``--replay`` rebuilds it.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import fuzz

COUNT = 300


def test_short_fuzz_run_finds_no_crash_and_no_timeout(tmp_path: Path) -> None:
    cfg = fuzz.Config(
        count=COUNT,
        seed=15,
        weights={"txt": 45.0, "md": 35.0, "docx": 20.0},
        time_limit=5.0,
        out=tmp_path,
        max_seed_kb=2,
        summary_every=COUNT,
        progress_s=1e9,
    )
    summary = fuzz.run(cfg)
    assert summary["inputs"] == COUNT
    assert summary["failures"] == [], fuzz.report(summary)
    assert summary["timeouts"] == [], fuzz.report(summary)
    # A fuzzer whose mutants all bounce off the reader's first check tests nothing else.
    for fmt in ("txt", "md", "docx"):
        assert summary["per_format"][fmt].get("ok", 0) > 0, fmt
