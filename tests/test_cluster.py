"""``congvan batch --cluster``: the same batch on a real dask.distributed LocalCluster.

The cluster's workers are real processes started by Dask's nanny (no mocks); the
outputs and the index must be those of the built-in pool, byte for byte, and a
worker killed mid-run must lose nothing.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from congvan.batch import BatchOptions, read_index, run_batch
from congvan.catalogue import Status
from congvan.catalogue_db import DB_NAME
from congvan.errors import ClusterError
from congvan.plan import plan_folder

distributed = pytest.importorskip("distributed", reason="cần gói dask[distributed]")

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

pytestmark = [
    # Dask's own warnings (ports, event loops closing) are not congvan's.
    pytest.mark.filterwarnings("ignore::DeprecationWarning"),
    pytest.mark.filterwarnings("ignore::ResourceWarning"),
    pytest.mark.filterwarnings("ignore::UserWarning"),
    pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning"),
]


@pytest.fixture(scope="module")
def cluster() -> Iterator[distributed.LocalCluster]:
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as local:
        yield local


def _mixed(root: Path, letters: int = 40) -> Path:
    """Samples in every text format, variants of a plan, and files that fail."""
    root.mkdir(parents=True, exist_ok=True)
    for sample in sorted(SAMPLES.iterdir()):
        if sample.suffix in (".docx", ".txt"):
            shutil.copy(sample, root / sample.name)
    plan = (SAMPLES / "ke_hoach.txt").read_text(encoding="utf-8")
    sub = root / "Kế hoạch"
    sub.mkdir()
    for i in range(letters):
        (sub / f"kh_{i:03d}.txt").write_text(plan.replace("08/KH-UBND", f"{i}/KH-UBND"), "utf-8")
    (root / "hong.docx").write_bytes(b"khong phai zip")
    (root / "ghi_chu.xyz").write_text("không đọc được", encoding="utf-8")
    return root


def _outputs(out: Path) -> dict[str, bytes]:
    """Every file a batch wrote, by relative path, the database aside."""
    return {
        str(p.relative_to(out)): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.is_file() and p.name not in (".congvan.lock", DB_NAME)
    }


def _dump(out: Path) -> list[str]:
    with contextlib.closing(sqlite3.connect(out / DB_NAME)) as db:
        return list(db.iterdump())


def test_the_cluster_writes_what_the_local_pool_writes(tmp_path, cluster):
    src = _mixed(tmp_path / "kho")
    pool_out, dask_out = tmp_path / "pool", tmp_path / "dask"
    local = list(run_batch(plan_folder(src, pool_out), pool_out, BatchOptions(jobs=2)))
    remote = list(
        run_batch(
            plan_folder(src, dask_out), dask_out, BatchOptions(cluster=cluster.scheduler_address)
        )
    )
    assert len(local) == len(remote) == len(list(src.rglob("*.*")))
    assert _outputs(dask_out) == _outputs(pool_out)
    assert _dump(dask_out) == _dump(pool_out)
    errors = {o.row.path for o in remote if o.row.status is Status.ERROR}
    assert errors == {"hong.docx", "ghi_chu.xyz"}

    again = list(
        run_batch(
            plan_folder(src, dask_out), dask_out, BatchOptions(cluster=cluster.scheduler_address)
        )
    )
    assert {o.row.status for o in again if o.row.path not in errors} == {Status.UNCHANGED}


def test_a_worker_killed_mid_run_loses_nothing(tmp_path, cluster):
    src = _mixed(tmp_path / "kho", letters=160)
    out = tmp_path / "dask"
    with distributed.Client(cluster.scheduler_address, set_as_default=False) as client:
        victim = next(iter(client.run(os.getpid).values()))
    outcomes = []
    batch = run_batch(plan_folder(src, out), out, BatchOptions(cluster=cluster.scheduler_address))
    for seen, outcome in enumerate(batch, start=1):
        outcomes.append(outcome)
        if seen == 10:
            os.kill(victim, signal.SIGKILL)  # the nanny starts another; Dask reruns its chunks
    planned = len(list(src.rglob("*.*")))
    assert len(outcomes) == planned
    rows = read_index(out / "index.jsonl")
    assert len(rows) == planned
    assert {r["status"] for p, r in rows.items() if p not in ("hong.docx", "ghi_chu.xyz")} == {
        Status.OK
    }
    reference = tmp_path / "pool"
    list(run_batch(plan_folder(src, reference), reference, BatchOptions(jobs=2)))
    assert _outputs(out) == _outputs(reference)


def test_a_scheduler_gone_stops_the_run_and_a_rerun_completes_it(tmp_path):
    src = _mixed(tmp_path / "kho", letters=160)
    out = tmp_path / "dask"
    local = distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None
    )

    def until_gone() -> None:
        options = BatchOptions(cluster=local.scheduler_address)
        for done, _ in enumerate(run_batch(plan_folder(src, out), out, options), start=1):
            if done == 5:
                local.close()

    with pytest.raises(ClusterError) as caught:
        until_gone()
    assert "chạy lại cùng lệnh" in caught.value.reason
    assert not list(out.rglob(".congvan-*.tmp"))
    assert 5 <= len(read_index(out / "index.jsonl")) < len(list(src.rglob("*.*")))

    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None
    ) as fresh:
        rest = list(
            run_batch(plan_folder(src, out), out, BatchOptions(cluster=fresh.scheduler_address))
        )
    statuses = {o.row.status for o in rest}
    assert Status.UNCHANGED in statuses
    assert Status.OK in statuses
    assert len(read_index(out / "index.jsonl")) == len(list(src.rglob("*.*")))


def test_an_unreachable_scheduler_is_one_clear_error(tmp_path, monkeypatch):
    import congvan.cluster

    monkeypatch.setattr(congvan.cluster, "CONNECT_TIMEOUT", 1.0)
    src = _mixed(tmp_path / "kho", letters=1)
    out = tmp_path / "out"
    with pytest.raises(ClusterError) as caught:
        list(run_batch(plan_folder(src, out), out, BatchOptions(cluster="tcp://127.0.0.1:9")))
    assert "không kết nối được" in caught.value.reason


def test_the_command_runs_on_the_cluster_and_says_when_it_is_gone(run_cli, tmp_path, cluster):
    src = _mixed(tmp_path / "kho", letters=3)
    ok = run_cli("batch", src, "-o", tmp_path / "ra", "--cluster", cluster.scheduler_address)
    assert ok.returncode == 3, ok.stderr.decode()  # hong.docx and ghi_chu.xyz fail, as locally
    assert ok.stdout == b""
    assert len(read_index(tmp_path / "ra" / "index.jsonl")) == len(list(src.rglob("*.*")))
    assert (tmp_path / "ra" / DB_NAME).is_file()

    gone = run_cli("batch", src, "-o", tmp_path / "ra2", "--cluster", "tcp://127.0.0.1:9")
    assert gone.returncode == 6
    err = gone.stderr.decode()
    assert "không kết nối được bộ điều phối Dask" in err
    assert "Traceback" not in err
