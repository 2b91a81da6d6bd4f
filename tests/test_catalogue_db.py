"""``OUT/catalogue.sqlite``: the batch's database, its search, its updates, Datasette on it,
and ``congvan tasks`` reading the follow-up list from it."""

from __future__ import annotations

import asyncio
import contextlib
import datetime
import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import congvan.catalogue_db as catalogue_db
from congvan.batch import BatchOptions, run_batch
from congvan.catalogue_db import DB_NAME, METADATA_NAME, due_by, fold_d, plain
from congvan.cli import app
from congvan.errors import OutputError
from congvan.plan import plan_folder

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

#: A letter of our own: ``đường`` in its subject and tasks, deadlines of a day, a month and a
#: year, a yearly duty, a partner, a citation.
LETTER = """ỦY BAN NHÂN DÂN
TỈNH LÂM ĐỒNG
Số: 77/UBND-GT
V/v đẩy nhanh tiến độ xây dựng đường liên xã

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Lâm Đồng, ngày 05 tháng 3 năm 2026

Kính gửi:
- Sở Xây dựng;
- UBND các xã, phường.

Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;

Ủy ban nhân dân tỉnh yêu cầu:

1. Sở Xây dựng chủ trì, phối hợp với Sở Tài chính rà soát tiến độ đường liên xã,
báo cáo trước ngày 30/4/2026.
2. UBND các xã, phường hoàn thành giải phóng mặt bằng trong tháng 6/2026.
3. Sở Nội vụ tổng hợp kết quả thi đua, hoàn thành trong năm 2027.
4. Sở Tài chính báo cáo tình hình giải ngân định kỳ hằng tháng.

Nơi nhận:
- Như trên;
- Lưu: VT, GT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn Bình
"""


def _folder(root: Path) -> Path:
    root.mkdir(parents=True)
    (root / "duong.txt").write_text(LETTER, encoding="utf-8")
    for name in ("cong_van.docx", "thong_bao.txt"):
        shutil.copy(SAMPLES / name, root / name)
    (root / "hong.docx").write_bytes(b"khong phai zip")
    return root


def _batch(src: Path, out: Path) -> None:
    list(run_batch(plan_folder(src, out), out, BatchOptions(jobs=1)))


def _query(out: Path, sql: str, *args: Any) -> list[tuple[Any, ...]]:
    with contextlib.closing(sqlite3.connect(out / DB_NAME)) as db:
        return db.execute(sql, args).fetchall()


@pytest.fixture
def done(tmp_path: Path) -> tuple[Path, Path]:
    src, out = _folder(tmp_path / "kho"), tmp_path / "ket_qua"
    _batch(src, out)
    return src, out


def test_every_input_has_a_row_and_every_task_citation_and_recipient_theirs(done):
    _, out = done
    docs = dict(_query(out, "SELECT path, status FROM documents"))
    assert docs == {
        "cong_van.docx": "ok", "duong.txt": "ok", "hong.docx": "error", "thong_bao.txt": "ok"
    }  # fmt: skip
    tasks = _query(
        out,
        "SELECT t.label, t.assignees, t.partners, t.deadline, t.due_by, t.recurrence FROM tasks t"
        " JOIN documents d ON d.id = t.document_id WHERE d.path = 'duong.txt' ORDER BY t.id",
    )
    assert tasks == [
        ("1", "Sở Xây dựng", "Sở Tài chính", "2026-04-30", "2026-04-30", None),
        ("2", "UBND các xã, phường", None, "2026-06", "2026-06-30", None),
        ("3", "Sở Nội vụ", None, "2027", "2027-12-31", None),
        ("4", "Sở Tài chính", None, None, None, "monthly"),
    ]
    units = _query(
        out, "SELECT role, unit FROM task_units WHERE unit_plain LIKE '%so tai chinh%' ORDER BY id"
    )
    assert ("phoi_hop", "Sở Tài chính") in units
    assert ("chu_tri", "Sở Tài chính") in units
    assert _query(out, "SELECT number, date FROM citations WHERE number = '30/2020/NĐ-CP'") == [
        ("30/2020/NĐ-CP", "2020-03-05")
    ]
    kinds = _query(
        out,
        "SELECT kind, name FROM recipients r JOIN documents d ON d.id = r.document_id"
        " WHERE d.path = 'duong.txt' ORDER BY r.id",
    )
    assert kinds[:2] == [("kinh_gui", "Sở Xây dựng"), ("kinh_gui", "UBND các xã, phường")]
    assert ("noi_nhan", "Như trên") in kinds
    stored = _query(out, "SELECT json FROM documents WHERE path = 'duong.txt'")[0][0]
    assert stored == (out / "duong.txt.json").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "words",
    ["đường liên xã", "duong lien xa", "DUONG LIEN", "xây dựng", "xay dung"],
)
def test_search_finds_with_and_without_diacritics(done, words):
    _, out = done
    hits = _query(
        out,
        "SELECT d.path FROM documents_fts f JOIN documents d ON d.id = f.rowid"
        " WHERE documents_fts MATCH ?",
        " ".join(f'"{w}"' for w in words.split()),
    )
    assert hits == [("duong.txt",)]
    tasks = _query(out, "SELECT count(*) FROM tasks_fts WHERE tasks_fts MATCH ?", words)
    assert tasks[0][0] >= 1


def test_a_rerun_updates_only_what_changed(done, monkeypatch):
    src, out = done
    before = dict(_query(out, "SELECT path, id FROM documents"))
    (src / "duong.txt").write_text(
        LETTER.replace("báo cáo trước ngày 30/4/2026", "báo cáo trước ngày 15/5/2026"), "utf-8"
    )
    (src / "thong_bao.txt").unlink()
    loaded: list[str] = []
    real = catalogue_db._load

    def spy(out_dir: Path, row: dict[str, Any]) -> Any:
        loaded.append(row["path"])
        return real(out_dir, row)

    monkeypatch.setattr(catalogue_db, "_load", spy)
    _batch(src, out)
    after = dict(_query(out, "SELECT path, id FROM documents"))
    assert set(after) == {"cong_van.docx", "duong.txt", "hong.docx"}
    assert after["cong_van.docx"] == before["cong_van.docx"]  # kept, not read again
    assert "cong_van.docx" not in loaded
    assert "duong.txt" in loaded
    assert _query(out, "SELECT count(*) FROM tasks WHERE deadline = '2026-05-15'") == [(1,)]
    assert _query(out, "SELECT count(*) FROM tasks WHERE deadline = '2026-04-30'") == [(0,)]
    gone = _query(out, "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'Phú Thọ'")
    assert gone == [(0,)]


def test_a_failed_update_leaves_the_previous_catalogue_whole(done, monkeypatch):
    src, out = done
    previous = (out / DB_NAME).read_bytes()
    (src / "duong.txt").write_text(LETTER.replace("77/UBND-GT", "78/UBND-GT"), "utf-8")

    def broken(*args: Any) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(catalogue_db, "_insert", broken)
    with pytest.raises(OutputError, match="cơ sở dữ liệu"):
        _batch(src, out)
    assert (out / DB_NAME).read_bytes() == previous
    assert not list(out.glob(".congvan-*"))


def test_an_older_catalogue_is_rebuilt(done):
    src, out = done
    with contextlib.closing(sqlite3.connect(out / DB_NAME)) as db:
        db.execute("PRAGMA user_version = 0")
        db.commit()
    (src / "duong.txt").touch()
    _batch(src, out)
    assert _query(out, "PRAGMA user_version") == [(catalogue_db.DB_VERSION,)]
    assert _query(out, "SELECT count(*) FROM documents") == [(4,)]


def test_the_helpers_fold_and_end_periods():
    assert fold_d("Đường đi") == "Dường di"
    assert plain("Sở Nội vụ tỉnh Đắk Lắk") == "so noi vu tinh dak lak"
    assert [due_by(x) for x in ("2026-02", "2024-02", "2027", "2026-04-30", None, "x-y")] == [
        "2026-02-28", "2024-02-29", "2027-12-31", "2026-04-30", None, None
    ]  # fmt: skip


# --- Datasette -----------------------------------------------------------------------------


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
@pytest.mark.filterwarnings("ignore::ResourceWarning")
def test_datasette_browses_searches_facets_and_runs_the_canned_queries(done):
    datasette = pytest.importorskip("datasette.app", reason="cần gói datasette")
    _, out = done
    from datasette.utils import parse_metadata

    meta = parse_metadata((out / METADATA_NAME).read_text(encoding="utf-8"))
    ds = datasette.Datasette([str(out / DB_NAME)], metadata=meta)

    async def get(path: str) -> Any:
        response = await ds.client.get(path)
        assert response.status_code == 200, path
        return response

    async def run() -> None:
        hits = (await get("/catalogue/documents.json?_search=duong+lien+xa&_shape=array")).json()
        assert [h["path"] for h in hits] == ["duong.txt"]
        page = (await get("/catalogue/documents.json?_facet=year&_facet=doc_type")).json()
        facets = page["facet_results"]
        names = facets.keys() if isinstance(facets, dict) else [f["name"] for f in facets]
        assert {"year", "doc_type"} <= set(names)
        html = (await get("/catalogue/documents")).text
        assert "Văn bản" in html
        due = await get(
            "/catalogue/tasks_due_between.json?from=2026-06-01&to=2026-12-31&_shape=array"
        )
        assert [(r["label"], r["due_by"]) for r in due.json()] == [("2", "2026-06-30")]
        mine = await get("/catalogue/tasks_by_assignee.json?unit=so+xay+dung&_shape=array")
        assert {r["label"] for r in mine.json() if r["path"] == "duong.txt"} == {"1"}
        citing = await get("/catalogue/documents_citing.json?number=30/2020/NĐ-CP&_shape=array")
        assert [r["path"] for r in citing.json()] == ["duong.txt"]

    asyncio.run(run())


# --- congvan tasks -------------------------------------------------------------------------


def test_tasks_lists_what_is_due_soonest_first_as_json_csv_and_a_table(done):
    _, out = done
    runner = CliRunner()
    result = runner.invoke(app, ["tasks", str(out), "-f", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    dues = [r["due_by"] for r in rows if r["due_by"]]
    assert dues == sorted(dues)
    assert {"2026-04-30", "2026-06-30", "2027-12-31"} <= set(dues)
    assert any(r["recurrence"] == "monthly" and r["due_by"] is None for r in rows)

    mine = json.loads(
        runner.invoke(app, ["tasks", str(out), "-a", "so xay dung", "-f", "json"]).stdout
    )
    assert [r["label"] for r in mine if r["path"] == "duong.txt"] == ["1"]
    assert all("Sở Xây dựng" in f"{r['assignees']};{r['partners']}" for r in mine)

    soon = runner.invoke(app, ["tasks", str(out), "--due-before", "30/06/2026", "-f", "csv"])
    lines = soon.stdout.splitlines()
    assert lines[0].startswith("number,symbol,date,issuer,label,text")
    assert any(",2026-06-30," in line for line in lines)
    assert not any("2027-12-31" in line for line in lines)

    late = json.loads(runner.invoke(app, ["tasks", str(out), "--overdue", "-f", "json"]).stdout)
    today = datetime.date.today().isoformat()
    assert late  # the samples' deadlines of 2025 are past
    assert all(r["due_by"] is not None and r["due_by"] < today for r in late)
    assert len(late) == sum(1 for d in dues if d < today)
    table = runner.invoke(app, ["tasks", str(out), "-a", "Sở Xây dựng"])
    assert table.exit_code == 0
    assert f"Nhiệm vụ cần theo dõi ({len(mine)})" in table.stdout


def test_tasks_says_what_is_wrong_in_one_line(tmp_path, done):
    runner = CliRunner()
    missing = runner.invoke(app, ["tasks", str(tmp_path / "khong_co")])
    assert missing.exit_code == 3
    assert "congvan batch" in missing.stderr
    _, out = done
    bad = runner.invoke(app, ["tasks", str(out), "--due-before", "31/02/2026"])
    assert bad.exit_code == 2
    assert "không phải một ngày" in bad.stderr
    (tmp_path / "hong").mkdir()
    (tmp_path / "hong" / DB_NAME).write_bytes(b"not a database" * 100)
    broken = runner.invoke(app, ["tasks", str(tmp_path / "hong")])
    assert broken.exit_code == 3
    assert "Traceback" not in broken.output
