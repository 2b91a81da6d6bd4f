"""File names as people see them: in a panel title, in the batch summary's tables."""

from __future__ import annotations

import io
from collections import Counter

from rich.console import Console

import congvan
from congvan.catalogue import IndexRow, Status
from congvan.render.labels import shown_path, title_path
from congvan.render.summary import BatchTally, summary_tables
from congvan.render.view import render_view
from congvan.workers import Outcome

LETTER = "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG\nSố: 12/UBND-VP\nLâm Đồng, ngày 05 tháng 01 năm 2026\n"


def _screen(renderable: object, width: int = 80) -> str:
    console = Console(width=width, record=True, file=io.StringIO())
    console.print(renderable)
    return console.export_text()


def test_a_long_file_name_keeps_its_end_in_the_title_and_is_whole_inside() -> None:
    path = "/kho/2026/" + "cong_van_ve_viec_trien_khai_" * 4 + "so_12.txt"
    doc = congvan.parse_text(LETTER, path=path)
    screen = _screen(render_view(doc))
    title = screen.splitlines()[0]
    assert "so_12.txt" in title
    assert "…" in title
    assert path in "".join(line.strip("│ ") for line in screen.splitlines()[1:4])


def test_control_characters_in_a_name_are_shown_not_obeyed() -> None:
    assert shown_path("a\nb.txt") == "a\\nb.txt"
    assert shown_path("bình thường.txt") == "bình thường.txt"
    assert len(title_path("x" * 200)) == 60


def _outcome(path: str, seconds: float, status: Status = Status.OK) -> Outcome:
    row = IndexRow(
        path=path,
        status=status,
        output=None,
        error="định dạng chưa hỗ trợ" if status == Status.ERROR else None,
        sha256=None,
        parser="congvan",
    )
    return Outcome(order=0, row=row, seconds=seconds)


def test_the_slowest_files_are_slow_and_one_row_each() -> None:
    tally = BatchTally(total=3)
    tally.add(_outcome("MANIFEST.tsv", 0.0, Status.ERROR))
    tally.add(_outcome("cham\nlam.pdf", 2.5))
    tally.add(_outcome("nhanh.txt", 0.01))
    tables = summary_tables(tally, Counter(), 3.0)
    slow = _screen(tables[-1], width=60)
    assert "MANIFEST.tsv" not in slow
    assert "nhanh.txt" not in slow
    assert "cham\\nlam.pdf" in slow
    errors = _screen(tables[0], width=60)
    assert "\ncham" not in errors
