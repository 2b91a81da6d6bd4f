"""The fast JSON path writes exactly what ``json.dumps`` of the model dump writes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import congvan
from congvan.render.json import render_json, render_jsonl_line, to_data

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
TRICKY = (
    'Số: 12/UBND\nKính gửi: Sở A \x01\x1f\t\x7f\x80\u2028\u2029 "q" \\ / \U0001f600 '
    "\ufeff\u00a0 </script>\n1. Sở A báo cáo trước ngày 20/8/2021."
)


def _slow(doc: congvan.Document, **kw: object) -> str:
    return json.dumps(to_data(doc), ensure_ascii=False, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize("name", sorted(p.name for p in SAMPLES.glob("*.*") if p.suffix != ".py"))
def test_samples_render_as_json_dumps_would(name: str) -> None:
    doc = congvan.parse_file(SAMPLES / name)
    assert render_json(doc) == _slow(doc, indent=2)
    assert render_jsonl_line(doc) == _slow(doc, separators=(",", ":"))


def test_escapes_and_astral_characters_match() -> None:
    doc = congvan.parse_text(TRICKY)
    assert render_json(doc) == _slow(doc, indent=2)
    assert render_jsonl_line(doc) == _slow(doc, separators=(",", ":"))


def test_a_lone_surrogate_falls_back_to_json_dumps() -> None:
    doc = congvan.parse_text("Kính gửi: Sở \ud800 A")
    assert render_json(doc) == _slow(doc, indent=2)
    assert render_jsonl_line(doc) == _slow(doc, separators=(",", ":"))
