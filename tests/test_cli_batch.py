"""``congvan batch`` run as a user runs it: exit codes, stdin lists, interruptions, output."""

from __future__ import annotations

import csv
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from congvan.batch import CSV_NAME, INDEX_NAME

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def _tree(root: Path, copies: int = 1) -> int:
    """Sample letters (.txt and .docx), ``copies`` times over; returns the file count."""
    root.mkdir(parents=True, exist_ok=True)
    n = 0
    for i in range(copies):
        folder = root / f"lo {i:03d}" if copies > 1 else root
        folder.mkdir(exist_ok=True)
        for sample in sorted(SAMPLES.glob("*.docx")) + sorted(SAMPLES.glob("*.txt")):
            shutil.copy(sample, folder / sample.name)
            n += 1
    return n


def _rows(out: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in (out / INDEX_NAME).read_text("utf-8").splitlines()]


def _assert_only_whole_files(out: Path) -> None:
    assert not [p for p in out.rglob("*") if p.name.endswith(".tmp")]
    for path in out.rglob("*.json"):
        assert json.loads(path.read_text("utf-8"))["schema_version"] == "1", path
    for line in (out / INDEX_NAME).read_text("utf-8").splitlines():
        json.loads(line)


def test_a_clean_folder_exits_0_with_an_index_a_csv_and_data_only_on_disk(run_cli, tmp_path):
    count = _tree(tmp_path / "kho")

    result = run_cli("batch", tmp_path / "kho", "-o", tmp_path / "ra", "-j", "1")

    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout == b""
    assert "Kết quả" in result.stderr.decode()  # summary on stderr
    assert len(_rows(tmp_path / "ra")) == count
    with (tmp_path / "ra" / CSV_NAME).open(encoding="utf-8-sig", newline="") as fh:
        assert len(list(csv.DictReader(fh))) == count


def test_one_unreadable_file_exits_3_and_every_other_file_is_done(run_cli, tmp_path):
    count = _tree(tmp_path / "kho")
    (tmp_path / "kho" / "hong.docx").write_bytes(b"khong phai docx")

    result = run_cli("batch", tmp_path / "kho", "-o", tmp_path / "ra", "-q")

    assert result.returncode == 3
    assert result.stderr == b""  # --quiet
    rows = _rows(tmp_path / "ra")
    assert len(rows) == count + 1
    assert [r["path"] for r in rows if r["status"] == "error"] == ["hong.docx"]


def test_missing_input_folder_exits_3_and_same_output_as_input_exits_4(run_cli, tmp_path):
    missing = run_cli("batch", tmp_path / "khong_co", "-o", tmp_path / "ra")
    (tmp_path / "kho").mkdir()
    same = run_cli("batch", tmp_path / "kho", "-o", tmp_path / "kho")
    no_output = run_cli("batch", tmp_path / "kho")

    assert missing.returncode == 3
    assert "Lỗi:" in missing.stderr.decode()
    assert same.returncode == 4
    assert no_output.returncode == 2


def test_a_path_list_on_stdin_is_placed_below_its_common_folder(run_cli, tmp_path):
    _tree(tmp_path / "kho" / "a")
    _tree(tmp_path / "kho" / "b c")
    listed = [
        "kho/a/cong_van.docx",
        "kho/b c/thong_bao.txt",
        "kho/b c/.an.txt",
        "kho/a/khong_co.txt",
    ]

    result = run_cli("batch", "-", "-o", "ra", "-q", stdin="\n".join(listed).encode(), cwd=tmp_path)

    assert result.returncode == 3  # khong_co.txt is missing
    rows = {r["path"]: r for r in _rows(tmp_path / "ra")}
    assert set(rows) == {"a/cong_van.docx", "b c/thong_bao.txt", "a/khong_co.txt"}
    assert rows["b c/thong_bao.txt"]["output"] == "b c/thong_bao.txt.json"
    assert (tmp_path / "ra" / "b c" / "thong_bao.txt.json").is_file()
    assert rows["a/khong_co.txt"]["status"] == "error"


def test_nul_separated_list_from_find_print0(run_cli, tmp_path):
    _tree(tmp_path / "kho")
    names = sorted(p.name for p in (tmp_path / "kho").iterdir())
    data = b"\0".join(str(tmp_path / "kho" / n).encode() for n in names) + b"\0"

    result = run_cli("batch", "-", "-o", tmp_path / "ra", "-q", stdin=data)

    assert result.returncode == 0
    assert [r["path"] for r in _rows(tmp_path / "ra")] == names


def test_include_exclude_hidden_and_office_lock_files(run_cli, tmp_path):
    _tree(tmp_path / "kho")
    (tmp_path / "kho" / "~$cong_van.docx").write_bytes(b"lock")
    (tmp_path / "kho" / ".DS_Store").write_bytes(b"\0")

    result = run_cli(
        "batch", tmp_path / "kho", "-o", tmp_path / "ra", "--include", "*.docx",
        "--exclude", "thong_*",
    )  # fmt: skip

    assert result.returncode == 0
    paths = [r["path"] for r in _rows(tmp_path / "ra")]
    assert paths == ["cong_van.docx", "ke_hoach.docx", "quyet_dinh.docx"]
    summary = result.stderr.decode()
    assert "tệp tạm của Office" in summary
    assert "tệp/thư mục ẩn" in summary


def _interruptible() -> None:
    # Started from a background job, a process inherits SIGINT ignored, and Python then
    # installs no Ctrl-C handler: the run would go on to the end. A user at a terminal
    # presses Ctrl-C on a foreground process, which has the default.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _start(args: list[str]) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if k != "CONGVAN_DEBUG"}
    return subprocess.Popen(
        [sys.executable, "-m", "congvan", "batch", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
        preexec_fn=_interruptible,
    )


def _wait_for_outputs(out: Path, proc: subprocess.Popen[bytes], at_least: int = 3) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if out.is_dir() and sum(1 for _ in out.rglob("*.json")) >= at_least:
            return
        time.sleep(0.02)
    pytest.fail("no output appeared before the run ended")


@pytest.mark.parametrize(
    ("sig", "jobs", "code"),
    [(signal.SIGINT, "2", 130), (signal.SIGTERM, "2", 143), (signal.SIGKILL, "1", -9)],
    ids=["ctrl-c", "sigterm", "killed"],
)
def test_an_interrupted_run_leaves_whole_files_and_a_rerun_finishes(
    run_cli, tmp_path, sig, jobs, code
):
    # Enough files that the run is still going when the signal lands, however fast parsing is.
    count = _tree(tmp_path / "kho", copies=120)
    out = tmp_path / "ra"
    proc = _start([str(tmp_path / "kho"), "-o", str(out), "-j", jobs])
    _wait_for_outputs(out, proc)

    proc.send_signal(sig)
    proc.communicate(timeout=60)

    assert proc.returncode == code
    if sig == signal.SIGKILL:
        time.sleep(0.5)  # let the orphaned worker notice and stop
    else:
        _assert_only_whole_files(out)
    done_before = len(list(out.rglob("*.json")))
    assert done_before < count

    rerun = run_cli("batch", tmp_path / "kho", "-o", out, "-q")

    assert rerun.returncode == 0, rerun.stderr.decode()
    _assert_only_whole_files(out)
    rows = _rows(out)
    assert len(rows) == count
    assert len({r["path"] for r in rows}) == count
    assert sum(r["status"] == "unchanged" for r in rows) >= done_before - 2


def test_batch_has_help_text(run_cli):
    result = run_cli("batch", "--help")

    assert result.returncode == 0
    text = result.stdout.decode()
    for option in ("--output", "--jobs", "--include", "--exclude", "--force", "--timeout"):
        assert option in text
