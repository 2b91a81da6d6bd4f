"""Reader for table-driven case files (the markdown-it fixture format).

Each case is a title line, a line with a single ``.``, the input (any number
of lines), ``.``, the expected value as JSON, ``.``. Blank lines between
cases are ignored. A failing case's id carries its line number in the file.
Tables of one case per line (names, phrases) are read by :func:`table`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

CASES = Path(__file__).parent / "cases"


def load(name: str) -> list[Any]:
    """``pytest.param(input, expected, id=...)`` for every case in ``cases/<name>``."""
    lines = (CASES / name).read_text(encoding="utf-8").split("\n")
    params = []
    i = 0
    while i < len(lines):
        if not lines[i].strip():
            i += 1
            continue
        title, start = lines[i], i + 1
        if lines[i + 1] != ".":
            raise ValueError(f"{name}:{start}: expected '.' after the title {title!r}")
        j = i + 2
        body: list[str] = []
        while lines[j] != ".":
            body.append(lines[j])
            j += 1
        k = j + 1
        expected: list[str] = []
        while lines[k] != ".":
            expected.append(lines[k])
            k += 1
        params.append(
            pytest.param("\n".join(body), json.loads("\n".join(expected)), id=f"L{start}-{title}")
        )
        i = k + 1
    return params


def table(name: str) -> list[str]:
    """The lines of a one-line-per-case table in ``cases/<name>``, less blanks and ``#`` notes."""
    text = (CASES / name).read_text(encoding="utf-8")
    return [x for x in text.splitlines() if x and x[0] != "#"]


#: What opens a known gap in a one-line table of ``input => expected`` cases.
GAP = "? "


def rows(name: str) -> list[Any]:
    """``pytest.param(input, expected)`` per case of a one-line ``input => expected-JSON`` table;
    a case opened by GAP is a known gap, expected to fail (strict: it passes once fixed)."""
    out = []
    for line in table(name):
        gap = line.startswith(GAP)
        text, expected = line.removeprefix(GAP).split(" => ")
        marks = [pytest.mark.xfail(reason="known gap", strict=True)] if gap else []
        out.append(pytest.param(text, json.loads(expected), id=text[:60], marks=marks))
    return out
