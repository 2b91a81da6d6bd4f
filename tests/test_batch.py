"""The batch library: plans, outcomes, the index, the catalogue, time and memory limits."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import shutil
import time
import zipfile
from pathlib import Path

import pytest

import congvan
from congvan.batch import CSV_NAME, INDEX_NAME, LOCK_NAME, BatchOptions, read_index, run_batch
from congvan.catalogue import PARSER_VERSION, csv_header
from congvan.errors import OutputError
from congvan.plan import Filters, plan_folder, plan_paths

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
CALLS = Path(os.environ.get("CONGVAN_TEST_CALLS", os.devnull))


# --- injected parse steps (module level: workers import them by name) ----------------------


def counting_parse(path: str) -> congvan.Document:
    """Parse, and count the call in a file named by an environment variable."""
    with open(os.environ["CONGVAN_TEST_CALLS"], "a", encoding="utf-8") as fh:
        fh.write(path + "\n")
    return congvan.parse_file(path)


def slow_parse(path: str) -> congvan.Document:
    if "cham" in path:
        time.sleep(30)
    return congvan.parse_file(path)


def crashing_parse(path: str) -> congvan.Document:
    if "sap" in path:
        os._exit(9)
    return congvan.parse_file(path)


class Fatal(BaseException):
    """Not an ``Exception``: no handler for a file's problems catches it."""


def fatal_parse(path: str) -> congvan.Document:
    if "chet" in os.path.basename(path):
        raise Fatal("worker gone")
    return congvan.parse_file(path)


def greedy_parse(path: str) -> congvan.Document:
    if "tham" in path:
        hoard = [bytearray(64 * 1024 * 1024) for _ in range(64)]  # 4 GiB: over the limit
        del hoard
    return congvan.parse_file(path)


# --- helpers ------------------------------------------------------------------------------


def _letter(n: int) -> str:
    return (
        "UBND TỈNH NINH BÌNH\nSỞ NỘI VỤ\n"
        f"Số: {n}/SNV-VP\nV/v thư số {n}\n\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        f"Ninh Bình, ngày {n % 28 + 1} tháng 3 năm 2025\n\n"
        "Kính gửi: Sở Tài chính.\n\n1. Báo cáo trước ngày 30/4/2025.\n\n"
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nĐinh Quang Huy\n"
    )


def _zip(files: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            z.writestr(name, data)
    return out.getvalue()


def _good_tree(root: Path, letters: int = 3) -> None:
    root.mkdir(parents=True, exist_ok=True)
    for i in range(letters):
        (root / f"thu_{i}.txt").write_text(_letter(i + 1), encoding="utf-8")
    for sample in sorted(SAMPLES.glob("*.docx")):
        shutil.copy(sample, root / sample.name)


def _hostile_tree(root: Path, tmp_path: Path) -> None:
    """Good letters plus every kind of bad or hostile input the batch must survive."""
    _good_tree(root)
    sub = root / "Công văn đến" / "Tháng 3"
    sub.mkdir(parents=True)
    (sub / "thư mời họp.txt").write_text(_letter(7), encoding="utf-8")
    (root / "hong.docx").write_bytes(b"khong phai zip")
    (root / "thieu_document.docx").write_bytes(_zip({"word/styles.xml": b"<styles/>"}))
    secret = tmp_path / "bi_mat.txt"
    secret.write_text("BÍ MẬT", encoding="utf-8")
    xxe = (
        f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "{secret.as_uri()}">]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>"
    ).encode()
    (root / "xxe.docx").write_bytes(_zip({"word/document.xml": xxe}))
    (root / "bom.docx").write_bytes(_zip({"word/document.xml": b"<a>" + b" " * 80_000_000}))
    (root / "anh.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    (root / "cu.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100))
    (root / "thu_muc.docx").mkdir()  # a folder named like a document: walked, not read
    (root / "thu_muc.docx" / "ben_trong.txt").write_text(_letter(9), encoding="utf-8")
    (root / "THU_0.txt").write_text(_letter(10), encoding="utf-8")  # thu_0.txt but for case
    (root / ".an.txt").write_text(_letter(11), encoding="utf-8")
    (root / "~$cong_van.docx").write_bytes(b"lock")
    (root / "vong").mkdir()
    (root / "vong" / "lap").symlink_to(root, target_is_directory=True)
    (root / "gay.txt").symlink_to(root / "khong_ton_tai.txt")


def _rows(out: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in (out / INDEX_NAME).read_text("utf-8").splitlines()]


def _run(plan, out: Path, **options: object) -> list:
    return list(run_batch(plan, out, BatchOptions(**options)))  # type: ignore[arg-type]


def _files(root: Path) -> set[Path]:
    return {p for p in root.rglob("*") if p.is_file() or p.is_symlink()}


# --- the mixed tree ----------------------------------------------------------------------


@pytest.mark.parametrize("jobs", [1, 2], ids=["one-process", "two-workers"])
def test_every_input_gets_one_row_and_a_valid_output_or_a_reason(tmp_path, jobs):
    src, out = tmp_path / "kho", tmp_path / "kho" / "ket_qua"  # output inside the input
    _hostile_tree(src, tmp_path)
    out.mkdir()  # as on a rerun: the walk must not read its own results
    outside_before = _files(tmp_path) - _files(out)

    plan = plan_folder(src, out)
    outcomes = _run(plan, out, jobs=jobs, max_memory=1024**3)

    rows = _rows(out)
    assert [r["path"] for r in rows] == [item.rel for item in plan.items]
    assert len(outcomes) == len(plan.items)
    assert len({r["output"] for r in rows if r["output"]}) == sum(1 for r in rows if r["output"])
    by_path = {r["path"]: r for r in rows}
    for row in rows:
        assert row["parser"] == PARSER_VERSION
        if row["status"] == "ok":
            data = json.loads((out / str(row["output"])).read_text("utf-8"))
            assert data["schema_version"] == "1"
        else:
            assert row["status"] == "error"
            assert row["output"] is None
            assert isinstance(row["error"], str)
            assert row["error"]
    for bad in ("hong.docx", "thieu_document.docx", "xxe.docx", "bom.docx", "anh.png", "cu.doc"):
        assert by_path[bad]["status"] == "error", bad
    assert by_path["gay.txt"]["status"] == "error"
    assert by_path["Công văn đến/Tháng 3/thư mời họp.txt"]["status"] == "ok"
    assert by_path["thu_muc.docx/ben_trong.txt"]["status"] == "ok"
    assert {by_path["THU_0.txt"]["output"], by_path["thu_0.txt"]["output"]} == {
        "THU_0.txt.json",
        "thu_0.txt~2.json",
    }
    assert "BÍ MẬT" not in "".join(p.read_text("utf-8") for p in out.rglob("*.json"))
    assert plan.skipped == {"hidden": 1, "office_temp": 1, "symlink_loop": 1, "output_folder": 1}
    assert _files(tmp_path) - _files(out) == outside_before  # nothing written outside OUT
    assert not list(out.rglob("*.tmp"))


def test_one_process_and_two_workers_write_the_same_index(tmp_path):
    _good_tree(tmp_path / "kho")
    plan = plan_folder(tmp_path / "kho", tmp_path / "a")
    _run(plan, tmp_path / "a", jobs=1)
    _run(plan, tmp_path / "b", jobs=2)

    assert (tmp_path / "a" / INDEX_NAME).read_bytes() == (tmp_path / "b" / INDEX_NAME).read_bytes()
    assert (tmp_path / "a" / CSV_NAME).read_bytes() == (tmp_path / "b" / CSV_NAME).read_bytes()


# --- reruns -------------------------------------------------------------------------------


@pytest.fixture
def calls(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "calls.log"
    path.touch()
    monkeypatch.setenv("CONGVAN_TEST_CALLS", str(path))
    return path


@pytest.mark.parametrize("jobs", [1, 2], ids=["one-process", "two-workers"])
def test_an_unchanged_rerun_parses_nothing_and_touches_no_output(tmp_path, calls, jobs):
    src, out = tmp_path / "kho", tmp_path / "ra"
    _good_tree(src)
    _run(plan_folder(src, out), out, jobs=jobs, parse=counting_parse)
    first = len(calls.read_text().splitlines())
    stamps = {p: p.stat().st_mtime_ns for p in out.rglob("*.json")}

    _run(plan_folder(src, out), out, jobs=jobs, parse=counting_parse)

    assert first == len(list(src.iterdir()))
    assert len(calls.read_text().splitlines()) == first  # no parse at all
    assert {r["status"] for r in _rows(out)} == {"unchanged"}
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*.json")} == stamps


def test_a_changed_file_a_lost_output_and_force_are_redone(tmp_path, calls):
    src, out = tmp_path / "kho", tmp_path / "ra"
    _good_tree(src)
    _run(plan_folder(src, out), out, jobs=1, parse=counting_parse)
    (src / "thu_0.txt").write_text(_letter(99), encoding="utf-8")
    (out / "thu_1.txt.json").unlink()
    calls.write_text("")

    _run(plan_folder(src, out), out, jobs=1, parse=counting_parse)

    redone = {Path(p).name for p in calls.read_text().splitlines()}
    assert redone == {"thu_0.txt", "thu_1.txt"}
    status = {r["path"]: r["status"] for r in _rows(out)}
    assert status["thu_0.txt"] == status["thu_1.txt"] == "ok"
    assert status["thu_2.txt"] == "unchanged"
    assert json.loads((out / "thu_0.txt.json").read_text("utf-8"))["number"]["number"] == "99"

    calls.write_text("")
    _run(plan_folder(src, out), out, jobs=1, parse=counting_parse, force=True)
    assert len(calls.read_text().splitlines()) == len(list(src.iterdir()))


def test_a_cut_off_index_line_is_ignored_and_the_run_completes(tmp_path):
    src, out = tmp_path / "kho", tmp_path / "ra"
    _good_tree(src)
    _run(plan_folder(src, out), out, jobs=1)
    index = out / INDEX_NAME
    lines = index.read_bytes().splitlines(keepends=True)
    index.write_bytes(b"".join(lines[:2]) + lines[2][:25])  # a run killed mid-line
    (out / ".congvan-thu_2.txt.json.abc12345.tmp").write_text("{", encoding="utf-8")  # mid-write

    assert len(read_index(index)) == 2
    _run(plan_folder(src, out), out, jobs=1)

    rows = _rows(out)
    assert len(rows) == len(list(src.iterdir()))
    assert [r["status"] for r in rows[:2]] == ["unchanged", "unchanged"]
    assert not list(out.rglob("*.tmp"))


@pytest.mark.parametrize("damage", ["cut-short", "same-size"])
def test_an_output_that_no_longer_matches_the_index_is_redone(tmp_path, calls, damage):
    src, out = tmp_path / "kho", tmp_path / "ra"
    _good_tree(src)
    _run(plan_folder(src, out), out, jobs=1, parse=counting_parse)
    target = out / "thu_1.txt.json"
    whole = target.read_bytes()
    row = next(r for r in _rows(out) if r["path"] == "thu_1.txt")
    assert row["output_size"] == len(whole)
    assert row["output_sha256"] == hashlib.sha256(whole).hexdigest()
    broken = whole[: len(whole) // 2] if damage == "cut-short" else whole[:-2] + b" \n"
    target.write_bytes(broken)
    calls.write_text("")

    _run(plan_folder(src, out), out, jobs=1, parse=counting_parse)

    assert [Path(p).name for p in calls.read_text().splitlines()] == ["thu_1.txt"]
    status = {r["path"]: r["status"] for r in _rows(out)}
    assert status.pop("thu_1.txt") == "ok"
    assert set(status.values()) == {"unchanged"}
    assert target.read_bytes() == whole


def test_only_the_tools_own_temporary_files_are_swept(tmp_path, monkeypatch):
    src, out = tmp_path / "kho", tmp_path / "ra"
    _good_tree(src)
    (out / "con").mkdir(parents=True)
    users = [out / ".report.tmp", out / "con" / ".ghi chú.tmp", out / "nhap.tmp"]
    for path in users:
        path.write_text("của người dùng", encoding="utf-8")
    leftover = out / ".congvan-thu_0.txt.json.k3j4h5g6.tmp"  # a killed run's write
    leftover.write_text("{", encoding="utf-8")
    renamed: list[str] = []
    real_replace = os.replace

    def spy(src_path, dst_path):
        renamed.append(os.path.basename(src_path))
        real_replace(src_path, dst_path)

    monkeypatch.setattr(os, "replace", spy)
    _run(plan_folder(src, out), out, jobs=1)

    assert [p.read_text("utf-8") for p in users] == ["của người dùng"] * len(users)
    assert not leftover.exists()
    # every JSON, the index, the CSV, the database and its Datasette metadata
    assert len(renamed) == len(list(src.iterdir())) + 4
    assert all(n.startswith(".congvan-") and n.endswith(".tmp") for n in renamed), renamed


def test_an_output_folder_locked_by_another_run_is_refused_untouched(tmp_path):
    import fcntl

    src, out = tmp_path / "kho", tmp_path / "ra"
    _good_tree(src)
    out.mkdir()
    theirs = out / ".congvan-thu_0.txt.json.abcd1234.tmp"  # the other run is writing it
    theirs.write_text("{", encoding="utf-8")

    with (out / LOCK_NAME).open("a") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        with pytest.raises(OutputError, match="đang được một lần chạy khác"):
            _run(plan_folder(src, out), out, jobs=1)

    assert theirs.exists()
    assert sorted(p.name for p in out.iterdir()) == sorted([LOCK_NAME, theirs.name])
    _run(plan_folder(src, out), out, jobs=1)  # free again once the other run is over
    assert len(_rows(out)) == len(list(src.iterdir()))


# --- catalogue ----------------------------------------------------------------------------


def test_the_csv_opens_with_the_csv_module_one_row_per_input(tmp_path):
    src, out = tmp_path / "kho", tmp_path / "ra"
    _good_tree(src)
    (src / "hong.docx").write_bytes(b"x")
    with zipfile.ZipFile(src / "cong_van.docx") as z:
        parts = {n: z.read(n) for n in z.namelist() if n != "docProps/app.xml"}
    parts["docProps/app.xml"] = (
        b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'extended-properties"><Pages>2</Pages><Words>310</Words></Properties>'
    )
    (src / "dem_trang.docx").write_bytes(_zip(parts))
    _run(plan_folder(src, out), out, jobs=1)

    raw = (out / CSV_NAME).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with (out / CSV_NAME).open(encoding="utf-8-sig", newline="") as fh:
        table = list(csv.DictReader(fh))
    assert list(table[0].keys()) == csv_header()
    assert len(table) == len(list(src.iterdir()))
    row = next(r for r in table if r["Đường dẫn"] == "cong_van.docx")
    assert row["Số"] == "1234"
    assert row["Ký hiệu"] == "SNV-CCHC"
    assert row["Ngày tháng năm văn bản"] == "12/03/2025"
    assert row["Tên loại văn bản"] == "Công văn"
    assert row["Cơ quan ban hành"] == "SỞ NỘI VỤ"
    assert row["Người ký"] == "Đinh Quang Huy"
    assert row["Ngôn ngữ"] == "Tiếng Việt"
    assert row["Số trang"] == ""  # python-docx's template count is stale: never shown
    assert row["Trạng thái"] == "đã đọc"
    counted = next(r for r in table if r["Đường dẫn"] == "dem_trang.docx")
    assert counted["Số trang"] == "2"  # Word counted them
    bad = next(r for r in table if r["Đường dẫn"] == "hong.docx")
    assert bad["Trạng thái"] == "lỗi"
    assert bad["Ghi chú"]
    assert bad["Số"] == ""


# --- filters and plans --------------------------------------------------------------------


def test_include_and_exclude_match_names_and_paths_without_case(tmp_path):
    src = tmp_path / "kho"
    _good_tree(src)
    (src / "nhap").mkdir()
    (src / "nhap" / "A.DOCX").write_bytes(b"x")

    only_docx = plan_folder(src, tmp_path / "ra", Filters(include=["*.docx"]))
    no_drafts = plan_folder(src, tmp_path / "ra", Filters(include=["*.docx"], exclude=["nhap"]))

    assert [i.rel for i in only_docx.items] == [
        "cong_van.docx", "ke_hoach.docx", "nhap/A.DOCX", "quyet_dinh.docx", "thong_bao.docx",
    ]  # fmt: skip
    assert only_docx.skipped["not_included"] == 3
    assert "nhap/A.DOCX" not in [i.rel for i in no_drafts.items]
    assert no_drafts.skipped["excluded"] == 1


def test_a_path_list_is_placed_below_its_common_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _good_tree(tmp_path / "kho" / "a")
    (tmp_path / "kho" / "b").mkdir()
    (tmp_path / "kho" / "b" / "x.txt").write_text(_letter(3), encoding="utf-8")
    paths = ["kho/a/cong_van.docx", "./kho/b/x.txt", str(tmp_path / "kho/b/x.txt"), "", "../ngoai"]

    plan = plan_paths(paths[:4], tmp_path / "ra")

    assert [(i.rel, i.output) for i in plan.items] == [
        ("a/cong_van.docx", "a/cong_van.docx.json"),
        ("b/x.txt", "b/x.txt.json"),
    ]
    far = plan_paths(["kho/b/x.txt", paths[4]], tmp_path / "ra")
    assert all(not i.output.startswith("..") for i in far.items)


def test_symlinks_that_leave_the_input_folder_are_skipped_unless_followed(tmp_path):
    src, outside, out = tmp_path / "kho", tmp_path / "ngoai", tmp_path / "ra"
    _good_tree(src, letters=2)
    outside.mkdir()
    (outside / "bi_mat.txt").write_text(_letter(5), encoding="utf-8")
    (src / "link.txt").symlink_to("../ngoai/bi_mat.txt")
    (src / "dir").symlink_to("../ngoai", target_is_directory=True)
    (src / "ban_sao.txt").symlink_to("thu_0.txt")  # stays inside: read
    (tmp_path / "kho_qua_lien_ket").symlink_to(src, target_is_directory=True)

    plan = plan_folder(src, out)
    followed = plan_folder(src, out, follow_links=True)
    via_link = plan_folder(tmp_path / "kho_qua_lien_ket", out)

    kept = [i.rel for i in plan.items]
    assert "ban_sao.txt" in kept
    assert not [r for r in kept if r == "link.txt" or r.startswith("dir/")]
    assert plan.skipped == {"symlink_outside": 2}
    assert {"link.txt", "dir/bi_mat.txt"} <= {i.rel for i in followed.items}
    assert not followed.skipped
    assert [i.rel for i in via_link.items] == kept  # the input folder may itself be a link
    assert via_link.skipped == plan.skipped


def test_a_symlink_planted_in_the_output_cannot_carry_a_write_outside(tmp_path):
    src, out, elsewhere = tmp_path / "kho", tmp_path / "ra", tmp_path / "noi_khac"
    (src / "con").mkdir(parents=True)
    (src / "con" / "thu.txt").write_text(_letter(1), encoding="utf-8")
    out.mkdir()
    elsewhere.mkdir()
    (out / "con").symlink_to(elsewhere, target_is_directory=True)

    _run(plan_folder(src, out), out, jobs=1)

    assert list(elsewhere.iterdir()) == []
    assert _rows(out)[0]["status"] == "error"


def test_a_file_that_vanishes_before_its_turn_is_an_error_row(tmp_path):
    src, out = tmp_path / "kho", tmp_path / "ra"
    _good_tree(src)
    plan = plan_folder(src, out)
    (src / "thu_1.txt").unlink()

    _run(plan, out, jobs=1)

    row = next(r for r in _rows(out) if r["path"] == "thu_1.txt")
    assert row["status"] == "error"
    assert "không tìm thấy" in str(row["error"])


# --- limits -------------------------------------------------------------------------------


@pytest.mark.parametrize("jobs", [1, 2], ids=["one-process", "two-workers"])
def test_a_file_over_the_time_limit_is_an_error_and_the_batch_goes_on(tmp_path, jobs):
    src, out = tmp_path / "kho", tmp_path / "ra"
    _good_tree(src)
    (src / "cham.txt").write_text(_letter(5), encoding="utf-8")

    start = time.monotonic()
    _run(plan_folder(src, out), out, jobs=jobs, timeout=1.0, parse=slow_parse)

    assert time.monotonic() - start < 20
    rows = {r["path"]: r for r in _rows(out)}
    assert rows["cham.txt"]["status"] == "error"
    assert "thời gian" in str(rows["cham.txt"]["error"])
    assert all(r["status"] == "ok" for p, r in rows.items() if p != "cham.txt")


def test_a_worker_that_dies_is_replaced(tmp_path):
    src, out = tmp_path / "kho", tmp_path / "ra"
    _good_tree(src, letters=6)
    (src / "sap.txt").write_text(_letter(5), encoding="utf-8")

    _run(plan_folder(src, out), out, jobs=2, parse=crashing_parse)

    rows = {r["path"]: r for r in _rows(out)}
    assert rows["sap.txt"]["status"] == "error"
    assert all(r["status"] == "ok" for p, r in rows.items() if p != "sap.txt")


def test_a_worker_that_fails_outside_a_file_says_so_in_one_line_without_traceback(tmp_path, capfd):
    src, out = tmp_path / "kho", tmp_path / "ra"
    _good_tree(src, letters=2)
    (src / "chet.txt").write_text(_letter(5), encoding="utf-8")

    _run(plan_folder(src, out), out, jobs=2, parse=fatal_parse)

    rows = {r["path"]: r for r in _rows(out)}
    assert rows["chet.txt"]["status"] == "error"
    assert "dừng đột ngột" in str(rows["chet.txt"]["error"])
    assert {p: r["error"] for p, r in rows.items() if p != "chet.txt" and r["status"] != "ok"} == {}
    assert "Traceback" not in capfd.readouterr().err


def test_a_worker_over_the_memory_limit_records_an_error(tmp_path):
    src, out = tmp_path / "kho", tmp_path / "ra"
    _good_tree(src, letters=1)
    (src / "tham.txt").write_text(_letter(5), encoding="utf-8")

    _run(plan_folder(src, out), out, jobs=2, parse=greedy_parse, max_memory=1024**3)

    rows = {r["path"]: r for r in _rows(out)}
    assert rows["tham.txt"]["status"] == "error"
    assert "bộ nhớ" in str(rows["tham.txt"]["error"])
    assert all(r["status"] == "ok" for p, r in rows.items() if p != "tham.txt")
