"""Whole documents against reviewed golden JSON.

``samples/`` holds letters written for this project (.txt and .docx); each has
its expected result in ``tests/golden/<file name>.json``. After a deliberate
change, regenerate with ``CONGVAN_UPDATE_GOLDEN=1 pytest tests/test_golden.py``
and review the diff like code.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

import congvan

REPO = Path(__file__).resolve().parent.parent
SAMPLES = sorted(p for p in (REPO / "samples").iterdir() if p.suffix in {".txt", ".docx"})
GOLDEN = REPO / "tests" / "golden"


def _result(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(congvan.parse_file(path).model_dump_json())
    data["source"]["path"] = f"samples/{path.name}"  # independent of where the repo lives
    return data


@pytest.mark.parametrize("path", SAMPLES, ids=[p.name for p in SAMPLES])
def test_sample_matches_golden(path: Path) -> None:
    golden = GOLDEN / f"{path.name}.json"
    got = _result(path)
    if os.environ.get("CONGVAN_UPDATE_GOLDEN"):
        golden.write_text(json.dumps(got, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    assert golden.exists(), f"no golden file: run with CONGVAN_UPDATE_GOLDEN=1 to create {golden}"
    assert got == json.loads(golden.read_text(encoding="utf-8"))


def test_every_sample_has_a_txt_and_docx_pair_for_the_four_main_types() -> None:
    names = {p.name for p in SAMPLES}
    for kind in ("cong_van", "quyet_dinh", "ke_hoach", "thong_bao"):
        assert {f"{kind}.txt", f"{kind}.docx"} <= names


@pytest.mark.parametrize("kind", ["cong_van", "quyet_dinh", "ke_hoach", "thong_bao"])
def test_docx_and_txt_of_a_sample_agree_on_every_field(kind: str) -> None:
    """The same letter typed as text and laid out in Word reads the same."""
    txt = _result(REPO / "samples" / f"{kind}.txt")
    docx = _result(REPO / "samples" / f"{kind}.docx")
    ignore = {"source", "diagnostics", "evidence"}

    def strip(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k not in ignore}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    assert strip(docx) == strip(txt)
