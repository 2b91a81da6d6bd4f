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


def test_a_second_run_into_the_same_output_is_refused_and_the_first_finishes(run_cli, tmp_path):
    count = _tree(tmp_path / "kho", copies=120)
    out = tmp_path / "ra"
    first = _start([str(tmp_path / "kho"), "-o", str(out), "-j", "1"])
    _wait_for_outputs(out, first)

    second = run_cli("batch", tmp_path / "kho", "-o", out, "-j", "1")

    assert first.poll() is None  # the refusal came while the first run went on
    assert second.returncode == 4
    message = second.stderr.decode()
    assert "đang được một lần chạy khác" in message
    assert "--wait" in message
    assert "Traceback" not in message
    _, errors = first.communicate(timeout=120)
    assert first.returncode == 0, errors.decode()
    _assert_only_whole_files(out)
    rows = _rows(out)
    assert len(rows) == count
    assert {r["status"] for r in rows} == {"ok"}


def test_wait_waits_for_the_other_run_to_end(tmp_path):
    import fcntl

    from congvan.batch import LOCK_NAME

    _tree(tmp_path / "kho")
    out = tmp_path / "ra"
    out.mkdir()
    with (out / LOCK_NAME).open("a") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        waiting = _start([str(tmp_path / "kho"), "-o", str(out), "--wait", "-j", "1"])
        time.sleep(3)
        assert waiting.poll() is None
        assert not (out / INDEX_NAME).exists()

    _, errors = waiting.communicate(timeout=60)
    assert waiting.returncode == 0, errors.decode()
    assert "chờ" in errors.decode()
    assert (out / CSV_NAME).is_file()


def test_links_out_of_the_input_folder_are_counted_or_followed_on_request(run_cli, tmp_path):
    count = _tree(tmp_path / "kho")
    (tmp_path / "ngoai").mkdir()
    shutil.copy(SAMPLES / "cong_van.docx", tmp_path / "ngoai" / "bi_mat.docx")
    (tmp_path / "kho" / "link.docx").symlink_to("../ngoai/bi_mat.docx")
    (tmp_path / "kho" / "dir").symlink_to("../ngoai", target_is_directory=True)

    plain = run_cli("batch", tmp_path / "kho", "-o", tmp_path / "ra", "-j", "1")
    followed = run_cli(
        "batch", tmp_path / "kho", "-o", tmp_path / "ra2", "-j", "1", "--follow-links"
    )

    assert plain.returncode == 0, plain.stderr.decode()
    assert len(_rows(tmp_path / "ra")) == count
    assert "trỏ ra ngoài thư mục nguồn" in plain.stderr.decode()
    assert followed.returncode == 0, followed.stderr.decode()
    paths = {r["path"] for r in _rows(tmp_path / "ra2")}
    assert {"link.docx", "dir/bi_mat.docx"} <= paths


def _alive(pid: int) -> bool:
    """Running (a zombie waiting for a reaper has stopped for good)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG: Linux only")
@pytest.mark.parametrize("jobs", ["1", "2"], ids=["one-process", "two-workers"])
def test_workers_and_converters_die_with_a_killed_batch(tmp_path, jobs):
    # Like LibreOffice (soffice -> oosplash -> soffice.bin), the fake converter does its
    # work in a child of its own; it takes 3 seconds, then leaves a .docx for each input.
    pids, finished = tmp_path / "pids", tmp_path / "converter-finished"
    converter = tmp_path / "soffice"
    converter.write_text(
        "#!/bin/sh\n"
        f'echo $$ >> "{pids}"\n'
        'out=""; prev=""\n'
        'for a in "$@"; do [ "$prev" = "--outdir" ] && out="$a"; prev="$a"; done\n'
        f'sh -c \'echo $$ >> "{pids}"; sleep 3; shift; for a in "$@"; do case "$a" in\n'
        f'  *.doc) cp "{SAMPLES / "cong_van.docx"}" "$0/$(basename "$a" .doc).docx";; esac\n'
        f'done; touch "{finished}"\' "$out" "$@" &\n'
        "wait\n"
    )
    converter.chmod(0o755)
    src, out = tmp_path / "kho", tmp_path / "ra"
    src.mkdir()
    for n in range(3):
        (src / f"thu_{n}.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes([n]) * 512)
    scratch = tmp_path / "tmp"  # the converters' temporary folders go here
    scratch.mkdir()
    env = {**os.environ, "CONGVAN_SOFFICE": str(converter), "TMPDIR": str(scratch)}
    env.pop("CONGVAN_DEBUG", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "congvan", "batch", str(src), "-o", str(out), "-j", jobs],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
    )  # fmt: skip
    deadline = time.monotonic() + 30
    while len(pids.read_text().split() if pids.exists() else []) < 2:  # converter at work
        assert proc.poll() is None
        assert time.monotonic() < deadline
        time.sleep(0.02)
    workers = _children(proc.pid)

    proc.kill()
    proc.wait()
    time.sleep(1)

    converters = [int(p) for p in pids.read_text().split()]
    assert [p for p in workers + converters if _alive(p)] == []
    time.sleep(3)  # the converter would have finished by now, and its worker written JSON
    assert not finished.exists()
    assert list(out.rglob("*.json")) == []

    # The killed process could not remove its folder of copies for LibreOffice; the next
    # run removes it, and its own.
    assert list(scratch.glob("congvan-convert-*"))
    rerun = subprocess.run(
        [sys.executable, "-m", "congvan", "batch", str(src), "-o", str(out), "-j", jobs],
        capture_output=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert rerun.returncode == 0, rerun.stderr.decode()
    assert len(list(out.rglob("*.json"))) == 3
    assert list(scratch.glob("congvan-convert-*")) == []


def test_batch_has_help_text(run_cli):
    result = run_cli("batch", "--help")

    assert result.returncode == 0
    text = result.stdout.decode()
    for option in (
        "--output", "--jobs", "--include", "--exclude", "--force", "--timeout", "--wait",
        "--follow-links",
    ):  # fmt: skip
        assert option in text


def test_cluster_without_dask_says_how_to_install_it(tmp_path, monkeypatch):
    """``--cluster`` needs the optional extra; without it one line says how to get it."""
    import sys as _sys

    from typer.testing import CliRunner

    from congvan.cli import app

    _tree(tmp_path / "kho")
    monkeypatch.setitem(_sys.modules, "distributed", None)  # ``import distributed`` fails
    result = CliRunner().invoke(
        app, ["batch", str(tmp_path / "kho"), "-o", str(tmp_path / "ra"), "--cluster", "tcp://x:1"]
    )
    assert result.exit_code == 6
    assert "pip install 'congvan[cluster]'" in result.stderr
    assert "Traceback" not in result.output
