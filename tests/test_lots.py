""".doc and .rtf files converted in lots: one LibreOffice start for many files."""

from __future__ import annotations

import hashlib
import json
import os
import stat
import tempfile
import time
from pathlib import Path

import pytest

import congvan
from congvan.batch import INDEX_NAME, BatchOptions, run_batch
from congvan.catalogue import PARSER_VERSION
from congvan.plan import plan_folder
from congvan.readers import doc as doc_reader
from congvan.readers.doc import LOT_SIZE
from congvan.render.json import render_json
from congvan.workers import Task, with_lots

needs_soffice = pytest.mark.skipif(
    doc_reader.find_converter() is None, reason="LibreOffice (soffice) không được cài"
)


def crashing_parse(path: str) -> congvan.Document:
    """Kill the worker on one file (module level: workers import it by name)."""
    if "sap" in os.path.basename(path):
        os._exit(9)
    return congvan.parse_file(path)


@pytest.fixture(autouse=True)
def _private_tempdir(tmp_path_factory, monkeypatch):
    """Conversions of other tests running at the same time leave their own folders."""
    private = tmp_path_factory.mktemp("tmp")
    monkeypatch.setattr(tempfile, "tempdir", str(private))
    monkeypatch.setenv("TMPDIR", str(private))
    yield
    doc_reader.discard_lot()


def _temp_entries() -> set[str]:
    return {p for p in os.listdir(tempfile.gettempdir()) if p.startswith("congvan-convert-")}


def _rtf(text: str) -> bytes:
    """A plain RTF letter: one paragraph per line, Vietnamese letters as ``\\uN?``."""
    body = "".join(
        "\\par " if ch == "\n" else ch if ord(ch) < 128 else f"\\u{ord(ch)}?" for ch in text
    )
    return ("{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times New Roman;}}\\f0 " + body + "}").encode()


def _letter(n: int) -> str:
    return (
        f"SỞ NỘI VỤ\nSố: {n}/SNV-VP\nV/v thư số {n}\n"
        f"Ninh Bình, ngày {n} tháng 3 năm 2025\n"
        "Kính gửi: Sở Tài chính.\n1. Báo cáo trước ngày 30/4/2025.\n"
        "GIÁM ĐỐC\nĐinh Quang Huy\n"
    )


def _script(path: Path, body: str) -> Path:
    path.write_text("#!/bin/sh\n" + body)
    path.chmod(path.stat().st_mode | stat.S_IEXEC)
    return path


# --- grouping -----------------------------------------------------------------------------


def _task(i: int, name: str, tmp_path: Path, previous: dict | None = None, force=False) -> Task:
    output = tmp_path / f"{name}.json"
    return Task(i, name, str(tmp_path / name), str(output), str(tmp_path), previous, force)


#: A previous row whose output ``{}`` (written by the tests) still matches it.
_DONE = {
    "status": "ok", "parser": PARSER_VERSION, "sha256": "0" * 64,
    "output_size": 2, "output_sha256": hashlib.sha256(b"{}").hexdigest(),
}  # fmt: skip


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        pytest.param(["a.doc", "b.doc", "c.txt", "d.doc"],
                     [("a.doc", ["a.doc", "b.doc"]), ("b.doc", None), ("c.txt", None),
                      ("d.doc", None)], id="a-run-then-a-lone-file"),
        pytest.param(["a.doc", "b.rtf", "c.RTF"],
                     [("a.doc", None), ("b.rtf", ["b.rtf", "c.RTF"]), ("c.RTF", None)],
                     id="kinds-apart-suffix-case-ignored"),
        pytest.param(["mau.dot", "thu.doc"], [("mau.dot", ["mau.dot", "thu.doc"]),
                     ("thu.doc", None)], id="a-word-template-is-a-doc"),
        pytest.param(["a.txt", "b.docx", "c.pdf"],
                     [("a.txt", None), ("b.docx", None), ("c.pdf", None)], id="nothing-to-convert"),
        pytest.param(["a.doc", "done.doc", "b.doc", "c.doc"],
                     [("a.doc", None), ("done.doc", None), ("b.doc", ["b.doc", "c.doc"]),
                      ("c.doc", None)], id="a-file-that-may-be-unchanged-stays-out"),
    ],
)  # fmt: skip
def test_runs_of_files_to_convert_become_lots(names, expected, tmp_path):
    (tmp_path / "done.doc.json").write_text("{}")  # its previous output is still there
    tasks = [
        _task(i, n, tmp_path, _DONE if n.startswith("done") else None) for i, n in enumerate(names)
    ]

    got = list(with_lots(tasks, timeout=120.0))

    assert [t.order for t in got] == list(range(len(names)))  # same files, same order
    assert [
        (t.rel, [os.path.basename(s) for s in t.lot.sources] if t.lot else None) for t in got
    ] == expected


def test_a_lot_holds_at_most_lot_size_files_and_half_the_time_limit(tmp_path):
    tasks = [_task(i, f"{i:03d}.doc", tmp_path) for i in range(LOT_SIZE + 3)]

    got = list(with_lots(tasks, timeout=30.0))

    lots = [t.lot for t in got if t.lot is not None]
    assert [len(lot.sources) for lot in lots] == [LOT_SIZE, 3]
    assert {lot.timeout for lot in lots} == {15.0}
    assert got[LOT_SIZE].lot is lots[1]  # the second lot starts right after the first


def test_force_puts_files_with_a_valid_previous_result_back_in_lots(tmp_path):
    for name in ("a.doc", "b.doc"):
        (tmp_path / f"{name}.json").write_text("{}")
    tasks = [_task(i, n, tmp_path, _DONE, force=True) for i, n in enumerate(["a.doc", "b.doc"])]

    got = list(with_lots(tasks, timeout=120.0))

    assert got[0].lot is not None
    assert len(got[0].lot.sources) == 2


# --- preparing a lot ----------------------------------------------------------------------


@needs_soffice
def test_a_prepared_lot_gives_the_same_result_as_converting_each_file(tmp_path, monkeypatch):
    paths = []
    for n in (1, 2):
        path = tmp_path / f"thu_{n}.rtf"
        path.write_bytes(_rtf(_letter(n)))
        paths.append(path)
    alone = [congvan.parse_file(p).model_dump_json() for p in paths]
    before = _temp_entries()

    ready = doc_reader.prepare_lot([*map(str, paths), str(tmp_path / "mat.rtf")], "rtf", 60.0)

    assert ready == 2  # the missing file is left to be read (and fail) alone
    assert _temp_entries() == before

    def no_conversion(*args, **kwargs):
        raise AssertionError("converted again")

    monkeypatch.setattr(doc_reader, "convert_to_docx", no_conversion)
    assert [congvan.parse_file(p).model_dump_json() for p in paths] == alone
    with pytest.raises(AssertionError):  # each prepared result serves once
        congvan.parse_file(paths[0])


@pytest.mark.parametrize(("status", "ready"), [(0, 2), (1, 0)], ids=["clean-exit", "crashed"])
def test_a_lot_whose_converter_fails_leaves_nothing_ready(tmp_path, monkeypatch, status, ready):
    # The fake converter writes every output, then exits with ``status``: after a crash
    # an output may be half written, so none is trusted.
    body = (
        'out=""; prev=""\n'
        'for a in "$@"; do\n'
        '  if [ "$prev" = "--outdir" ]; then out="$a"; fi\n'
        '  case "$a" in *.rtf) echo x > "$out/$(basename "$a" .rtf).docx";; esac\n'
        '  prev="$a"\n'
        "done\n"
        f"exit {status}\n"
    )
    monkeypatch.setenv("CONGVAN_SOFFICE", str(_script(tmp_path / "soffice", body)))
    paths = []
    for n in (1, 2):
        (tmp_path / f"{n}.rtf").write_bytes(_rtf(_letter(n)))
        paths.append(str(tmp_path / f"{n}.rtf"))

    assert doc_reader.prepare_lot(paths, "rtf", 10.0) == ready


def test_a_hanging_lot_is_stopped_at_its_time_limit_and_leaves_nothing(tmp_path, monkeypatch):
    marker = tmp_path / "helper-still-running"
    script = _script(tmp_path / "soffice", f"(sleep 3; touch {marker}) &\nsleep 30\n")
    monkeypatch.setenv("CONGVAN_SOFFICE", str(script))
    (tmp_path / "a.rtf").write_bytes(_rtf(_letter(1)))
    before = _temp_entries()
    started = time.monotonic()

    assert doc_reader.prepare_lot([str(tmp_path / "a.rtf")] * 2, "rtf", 1.0) == 0

    assert time.monotonic() - started < 5
    assert _temp_entries() == before
    time.sleep(3.5)
    assert not marker.exists()


@pytest.mark.skipif(os.name != "posix", reason="process ids checked with os.kill(pid, 0)")
def test_only_the_conversion_folders_of_ended_processes_are_swept(tmp_path, monkeypatch):
    import subprocess
    import sys

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                           capture_output=True, text=True, check=True)  # fmt: skip
    gone, alive = int(ended.stdout), os.getpid()
    folders = {
        "gone": tmp_path / f"congvan-convert-{gone}-abc123",
        "alive": tmp_path / f"congvan-convert-{alive}-def456",
        "unnamed": tmp_path / "congvan-convert-x9y8z7",
        "other": tmp_path / f"something-{gone}-else",
    }
    for folder in folders.values():
        folder.mkdir()
        (folder / "input-0000.doc").write_bytes(b"copy of a document")
    (tmp_path / f"congvan-convert-{gone}-file").write_text("a file, not a folder")

    assert doc_reader.sweep_orphaned_workdirs() == 1

    assert not folders["gone"].exists()
    assert all(folders[k].exists() for k in ("alive", "unnamed", "other"))
    assert (tmp_path / f"congvan-convert-{gone}-file").exists()


def test_a_conversion_folder_is_named_after_its_process(tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    with doc_reader._workdir() as work:
        assert work.name.startswith(f"congvan-convert-{os.getpid()}-")
        assert doc_reader.sweep_orphaned_workdirs() == 0  # its process is running
        assert work.is_dir()
    assert not work.exists()


def test_without_a_converter_a_lot_prepares_nothing(monkeypatch, tmp_path):
    monkeypatch.setattr(doc_reader, "find_converter", lambda: None)
    (tmp_path / "a.doc").write_bytes(b"x")

    assert doc_reader.prepare_lot([str(tmp_path / "a.doc")], "doc", 10.0) == 0


# --- in a batch ---------------------------------------------------------------------------


def _counting_converter(tmp_path: Path) -> tuple[Path, Path]:
    """A converter that logs each start, then runs the real LibreOffice."""
    log = tmp_path / "starts.log"
    real = doc_reader.find_converter()
    assert real is not None
    script = _script(tmp_path / "soffice", f'echo start >> "{log}"\nexec "{real}" "$@"\n')
    return script, log


def _starts(log: Path) -> int:
    return len(log.read_text().splitlines()) if log.exists() else 0


def _rows(out: Path) -> dict[str, dict[str, object]]:
    lines = (out / INDEX_NAME).read_text("utf-8").splitlines()
    return {row["path"]: row for row in map(json.loads, lines)}


@needs_soffice
@pytest.mark.parametrize("jobs", [1, 2], ids=["one-process", "two-workers"])
def test_a_batch_converts_a_run_of_files_with_one_start(tmp_path, monkeypatch, jobs):
    script, log = _counting_converter(tmp_path)
    monkeypatch.setenv("CONGVAN_SOFFICE", str(script))
    src, out = tmp_path / "kho", tmp_path / "ra"
    src.mkdir()
    for n in range(1, 5):
        (src / f"thu_{n}.rtf").write_bytes(_rtf(_letter(n)))
    (src / "ghi_chu.txt").write_text("Ghi chú", encoding="utf-8")

    list(run_batch(plan_folder(src, out), out, BatchOptions(jobs=jobs)))

    assert _starts(log) == 1
    rows = _rows(out)
    assert {r["status"] for r in rows.values()} == {"ok"}
    monkeypatch.delenv("CONGVAN_SOFFICE")
    for n in range(1, 5):  # the same result as reading each file alone
        path = src / f"thu_{n}.rtf"
        written = (out / f"thu_{n}.rtf.json").read_text("utf-8")
        assert json.loads(written) == json.loads(render_json(congvan.parse_file(path)))

    monkeypatch.setenv("CONGVAN_SOFFICE", str(script))
    list(run_batch(plan_folder(src, out), out, BatchOptions(jobs=jobs)))

    assert _starts(log) == 1  # an unchanged rerun starts no converter
    assert {r["status"] for r in _rows(out).values()} == {"unchanged"}


@needs_soffice
def test_the_rest_of_a_lot_is_read_again_after_its_worker_dies(tmp_path):
    src, out = tmp_path / "kho", tmp_path / "ra"
    src.mkdir()
    for name in ("a_1", "a_2", "sap", "z_1", "z_2"):
        (src / f"{name}.rtf").write_bytes(_rtf(_letter(len(name))))

    list(run_batch(plan_folder(src, out), out, BatchOptions(jobs=2, parse=crashing_parse)))

    rows = _rows(out)
    assert sorted(rows) == ["a_1.rtf", "a_2.rtf", "sap.rtf", "z_1.rtf", "z_2.rtf"]
    assert rows["sap.rtf"]["status"] == "error"
    assert all(r["status"] == "ok" for p, r in rows.items() if p != "sap.rtf")


def test_a_worker_stops_a_hung_converter_before_its_own_time_limit(tmp_path, monkeypatch):
    # The worker must stop a hung converter itself, in time, so the error names it.
    marker = tmp_path / "helper-still-running"
    script = _script(tmp_path / "soffice", f"(sleep 4; touch {marker}) &\nsleep 60\n")
    monkeypatch.setenv("CONGVAN_SOFFICE", str(script))
    src, out = tmp_path / "kho", tmp_path / "ra"
    src.mkdir()
    (src / "treo.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512))

    list(run_batch(plan_folder(src, out), out, BatchOptions(jobs=2, timeout=2.5)))

    row = _rows(out)["treo.doc"]
    assert row["status"] == "error"
    assert "LibreOffice" in str(row["error"])  # the worker's own stop, not the time limit
    time.sleep(4.5)
    assert not marker.exists()


@needs_soffice
def test_parse_converts_a_run_of_files_given_together_with_one_start(tmp_path):
    import subprocess
    import sys

    script, log = _counting_converter(tmp_path)
    paths = []
    for n in range(1, 4):
        path = tmp_path / f"thu_{n}.rtf"
        path.write_bytes(_rtf(_letter(n)))
        paths.append(str(path))
    env = {**os.environ, "CONGVAN_SOFFICE": str(script)}

    result = subprocess.run(
        [sys.executable, "-m", "congvan", "parse", *paths, "-f", "jsonl"],
        capture_output=True, env=env, timeout=120, check=False,
    )  # fmt: skip

    assert result.returncode == 0, result.stderr.decode()
    docs = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [d["number"]["number"] for d in docs] == ["1", "2", "3"]
    assert _starts(log) == 1
