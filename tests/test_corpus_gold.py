"""Real documents of ``../shared/corpus`` against values written by reading them.

Every (document, field) pair must match its gold value, except the pairs in
``tests/corpus/known_gaps.json``, which are expected to fail (strictly: a gap
that starts passing fails the run until it is removed from the list). Skipped
when the corpus is not beside the repository.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from gold import FIELDS, compare, corpus_dir, known_gaps, load_gold

import congvan
from congvan.readers.doc import find_converter

#: The ``holdout`` documents are scored by ``bench/accuracy.py`` only: a test listing their
#: misses would put their values in front of whoever fixes the parser.
GOLDS = [g for g in load_gold() if g.expected.get("split", "dev") == "dev"]
GAPS = known_gaps()
_results: dict[str, dict[str, Any]] = {}


def _result(name: str, path: Path) -> dict[str, Any]:
    if name not in _results:
        _results[name] = json.loads(congvan.parse_file(path).model_dump_json())
    return _results[name]


def _params() -> list[Any]:
    out = []
    for g in GOLDS:
        for field in FIELDS:
            reason = GAPS.get(g.name, {}).get(field)
            marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
            out.append(pytest.param(g, field, marks=marks, id=f"{g.name[:40]}-{field}"))
    return out


def test_there_are_at_least_15_annotated_documents_of_several_types() -> None:
    assert len(GOLDS) >= 15
    assert len({g.expected["doc_type"]["name"] for g in GOLDS if g.expected["doc_type"]}) >= 6


def test_known_gaps_name_real_documents_and_fields() -> None:
    names = {g.name for g in GOLDS}
    for doc, fields in GAPS.items():
        assert doc in names
        assert set(fields) <= set(FIELDS)


@pytest.mark.skipif(not corpus_dir().is_dir(), reason="kho văn bản ../shared/corpus không có")
@pytest.mark.parametrize(("gold", "field"), _params())
def test_field_matches_gold(gold: Any, field: str) -> None:
    if gold.path.suffix.lower() in {".doc", ".rtf"} and find_converter() is None:
        pytest.skip("LibreOffice (soffice) không được cài")
    ok, got, want = compare(_result(gold.name, gold.path), gold.expected)[field]
    assert ok, f"{field}: got {got!r}, want {want!r}"
