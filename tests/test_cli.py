"""The ``congvan`` command run as a user runs it: a subprocess with stdout and stderr apart."""

from __future__ import annotations

import io
import json
import os
import random
import stat
import zipfile
from pathlib import Path

import pytest

import congvan

CONTRACT_KEYS = {
    "schema_version",
    "source",
    "doc_type",
    "number",
    "issuer",
    "place",
    "date",
    "urgency",
    "confidentiality",
    "subject",
    "recipients",
    "legal_basis",
    "references",
    "tasks",
    "deadlines",
    "signer",
    "distribution",
    "diagnostics",
}
SECRET = "NỘI-DUNG-BÍ-MẬT-KHÔNG-ĐƯỢC-ĐỌC"


def _out(result) -> str:
    return result.stdout.decode("utf-8")


def _err(result) -> str:
    return result.stderr.decode("utf-8")


def _assert_contract(data: object) -> None:
    assert isinstance(data, dict)
    assert data.keys() >= CONTRACT_KEYS
    assert data["schema_version"] == "1"


# --- good input ---------------------------------------------------------------------------


def test_parse_txt_as_json_prints_one_contract_object_and_nothing_on_stderr(run_cli, letter_txt):
    result = run_cli("parse", letter_txt, "--format", "json")

    assert result.returncode == 0
    assert result.stderr == b""
    data = json.loads(_out(result))
    _assert_contract(data)
    assert data["source"]["path"] == str(letter_txt)
    assert data["source"]["format"] == "txt"


def test_two_files_as_json_give_an_array_of_two(run_cli, letter_txt, tmp_path):
    other = tmp_path / "khac.txt"
    other.write_text("Số: 7/UBND-VP\n", encoding="utf-8")

    result = run_cli("parse", letter_txt, other, "--format", "json")

    assert result.returncode == 0
    data = json.loads(_out(result))
    assert isinstance(data, list)
    assert len(data) == 2
    for item in data:
        _assert_contract(item)
    assert [d["source"]["path"] for d in data] == [str(letter_txt), str(other)]


def test_two_files_as_jsonl_give_two_lines_of_one_object_each(run_cli, letter_txt, tmp_path):
    other = tmp_path / "khac.txt"
    other.write_text("Số: 7/UBND-VP\n", encoding="utf-8")

    result = run_cli("parse", letter_txt, other, "--format", "jsonl")

    assert result.returncode == 0
    lines = _out(result).splitlines()
    assert len(lines) == 2
    for line in lines:
        _assert_contract(json.loads(line))


def test_checklist_is_markdown_with_a_box_per_numbered_task(run_cli, letter_txt):
    result = run_cli("parse", letter_txt, "--format", "checklist")

    assert result.returncode == 0
    text = _out(result)
    assert text.startswith("# ")
    boxes = [line for line in text.splitlines() if line.lstrip().startswith("- [ ]")]
    assert len(boxes) >= 2


def test_default_view_shows_vietnamese_labels(run_cli, letter_txt):
    result = run_cli("parse", letter_txt)

    assert result.returncode == 0
    assert result.stderr == b""
    text = _out(result)
    assert "Số, ký hiệu" in text
    assert "1234/SNV-CCHC" in text


def test_text_on_stdin_is_parsed_with_a_null_path(run_cli, letter_txt):
    result = run_cli("parse", "-", "-f", "json", stdin=letter_txt.read_bytes())

    assert result.returncode == 0
    data = json.loads(_out(result))
    _assert_contract(data)
    assert data["source"]["path"] is None
    assert data["source"]["format"] == "txt"
    assert data["number"]["number"] == "1234"


def test_docx_piped_on_stdin_is_read_as_docx(run_cli, docx_bytes):
    data = docx_bytes("Số: 12/UBND-VP", "Hà Nội, ngày 05 tháng 8 năm 2021")

    result = run_cli("parse", "-", "-f", "json", stdin=data)

    assert result.returncode == 0
    parsed = json.loads(_out(result))
    assert parsed["source"]["path"] is None
    assert parsed["source"]["format"] == "docx"
    assert parsed["number"]["raw"] == "Số: 12/UBND-VP"


def test_output_option_writes_valid_json_atomically_and_prints_nothing(run_cli, letter_txt):
    folder = letter_txt.parent / "ket_qua"
    folder.mkdir()
    target = folder / "out.json"

    result = run_cli("parse", letter_txt, "-f", "json", "-o", target)

    assert result.returncode == 0
    assert result.stdout == b""
    assert result.stderr == b""
    _assert_contract(json.loads(target.read_text(encoding="utf-8")))
    assert sorted(p.name for p in folder.iterdir()) == ["out.json"]


def test_output_option_replaces_an_existing_file(run_cli, letter_txt, tmp_path):
    target = tmp_path / "out.json"
    target.write_text("cũ", encoding="utf-8")

    result = run_cli("parse", letter_txt, "-f", "json", "-o", target)

    assert result.returncode == 0
    _assert_contract(json.loads(target.read_text(encoding="utf-8")))


def test_empty_txt_gives_all_fields_empty_and_diagnostic_cv101(run_cli, tmp_path):
    empty = tmp_path / "rong.txt"
    empty.write_bytes(b"")

    result = run_cli("parse", empty, "-f", "json")

    assert result.returncode == 0
    data = json.loads(_out(result))
    _assert_contract(data)
    for key in CONTRACT_KEYS - {"schema_version", "source", "diagnostics"}:
        assert data[key] in (None, []), key
    assert "CV101" in {d["code"] for d in data["diagnostics"]}


# --- bad input ----------------------------------------------------------------------------


def _random_bytes(n: int = 2048) -> bytes:
    return random.Random(20250312).randbytes(n)


def _zip_without_document() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        z.writestr("word/styles.xml", '<?xml version="1.0"?><styles/>')
    return out.getvalue()


def _xxe(rewrite, docx_bytes, secret_file: Path, pad: bytes = b"", utf16: bool = False) -> bytes:
    """A .docx whose document.xml declares an external entity and uses it in the body."""
    doctype = f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "{secret_file.as_uri()}">]>'.encode()

    def change(xml: bytes) -> bytes:
        head, rest = xml.split(b"?>", 1)
        result = head + b"?>" + pad + doctype + rest.replace(b"&amp;xxe;", b"&xxe;")
        if utf16:
            text = result.decode("utf-8")
            text = text.replace("encoding='UTF-8'", "encoding='UTF-16'")
            text = text.replace('encoding="UTF-8"', 'encoding="UTF-16"')
            result = text.encode("utf-16")
        return result

    return rewrite(docx_bytes("Số: 12/UBND-VP", "&xxe;"), change)


def _bad_input(kind: str, tmp_path: Path, docx_bytes, rewrite) -> Path:
    if kind == "missing":
        return tmp_path / "khong_co.txt"
    if kind == "directory":
        folder = tmp_path / "thu_muc.txt"
        folder.mkdir()
        return folder
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    valid = docx_bytes("Số: 12/UBND-VP", *[f"Đoạn văn số {i}" for i in range(50)])
    files = {
        "random_docx": ("hong.docx", _random_bytes()),
        "truncated_docx": ("cat_doi.docx", valid[: len(valid) // 2]),
        "zip_without_document": ("thieu.docx", _zip_without_document()),
        "xlsx": ("bang.xlsx", _random_bytes()),
        "not_utf": ("cu.txt", bytes(range(0x80, 0x100)) * 4),
        "xxe": ("xxe.docx", _xxe(rewrite, docx_bytes, secret)),
        "xxe_after_long_comment": (
            "xxe2.docx",
            _xxe(rewrite, docx_bytes, secret, pad=b"<!--" + b" " * 70000 + b"-->"),
        ),
        "xxe_utf16_part": ("xxe3.docx", _xxe(rewrite, docx_bytes, secret, utf16=True)),
    }
    name, data = files[kind]
    path = tmp_path / name
    path.write_bytes(data)
    return path


BAD_INPUTS = [
    pytest.param("missing", "không tìm thấy", id="missing-file"),
    pytest.param("directory", "thư mục", id="directory"),
    pytest.param("random_docx", "hỏng", id="random-bytes-named-docx"),
    pytest.param("truncated_docx", "hỏng", id="truncated-docx"),
    pytest.param("zip_without_document", "word/document.xml", id="zip-without-document-xml"),
    pytest.param("xlsx", ".xlsx", id="unsupported-xlsx"),
    pytest.param("not_utf", "UTF-8", id="not-utf8-nor-utf16"),
    pytest.param("xxe", "DOCTYPE", id="docx-doctype-external-entity"),
    pytest.param(
        "xxe_after_long_comment",
        "DOCTYPE",
        id="docx-doctype-after-70kb-comment",
    ),
    pytest.param(
        "xxe_utf16_part",
        "DOCTYPE",
        id="docx-doctype-in-utf16-part",
    ),
]


@pytest.mark.parametrize(("kind", "reason"), BAD_INPUTS)
def test_unreadable_input_exits_3_with_one_error_line_naming_the_file(
    kind, reason, run_cli, tmp_path, docx_bytes, rewrite_document_xml
):
    path = _bad_input(kind, tmp_path, docx_bytes, rewrite_document_xml)

    result = run_cli("parse", path, "-f", "json")

    assert result.returncode == 3
    assert result.stdout == b""
    err = _err(result)
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"Lỗi: {path}: ")
    assert reason in lines[0]


@pytest.mark.parametrize(("kind", "reason"), BAD_INPUTS)
def test_unreadable_input_with_output_option_writes_nothing(
    kind, reason, run_cli, tmp_path, docx_bytes, rewrite_document_xml
):
    path = _bad_input(kind, tmp_path, docx_bytes, rewrite_document_xml)
    out_dir = tmp_path / "ket_qua"
    out_dir.mkdir()

    result = run_cli("parse", path, "-f", "json", "-o", out_dir / "out.json")

    assert result.returncode == 3
    assert result.stdout == b""
    assert "Traceback" not in _err(result)
    assert list(out_dir.iterdir()) == []


@pytest.mark.parametrize(
    "kind",
    [
        pytest.param("xxe", id="doctype-at-start"),
        pytest.param("xxe_after_long_comment", id="doctype-after-70kb-comment"),
        pytest.param("xxe_utf16_part", id="doctype-in-utf16-part"),
    ],
)
def test_external_entity_in_docx_is_never_resolved(
    kind, run_cli, tmp_path, docx_bytes, rewrite_document_xml
):
    path = _bad_input(kind, tmp_path, docx_bytes, rewrite_document_xml)

    result = run_cli("parse", path, "-f", "json")

    assert SECRET not in _out(result)
    assert SECRET not in _err(result)


def test_one_good_and_one_missing_file_exit_3_and_still_print_the_good_one(
    run_cli, letter_txt, tmp_path
):
    missing = tmp_path / "khong_co.txt"

    result = run_cli("parse", letter_txt, missing, "-f", "json")

    assert result.returncode == 3
    data = json.loads(_out(result))
    assert isinstance(data, list)  # several inputs: an array, whatever number was read
    assert len(data) == 1
    _assert_contract(data[0])
    assert data[0]["source"]["path"] == str(letter_txt)
    lines = _err(result).splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("Lỗi:")
    assert str(missing) in lines[0]


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("cv [ban sao].txt", id="lowercase-bracket-tag"),
        pytest.param("cv [/bold].txt", id="closing-tag"),
    ],
)
def test_error_line_names_a_file_with_square_brackets_verbatim(name, run_cli, tmp_path):
    missing = tmp_path / name

    result = run_cli("parse", missing)

    assert result.returncode == 3
    err = _err(result)
    assert "Traceback" not in err
    assert err.splitlines() == [f"Lỗi: {missing}: không tìm thấy tệp."]


_BRACKET_LETTER = """\
SỞ NỘI VỤ
Số: 12/SNV-VP
Ninh Bình, ngày 12 tháng 3 năm 2025

Kính gửi: [tên đơn vị]

1. Báo cáo trước ngày 20/3/2025.

Nơi nhận:
- Như trên;
- [/b] Lưu: VT.

GIÁM ĐỐC

Đinh Quang Huy
"""


def test_view_shows_names_with_square_brackets_and_never_fails_on_them(run_cli, tmp_path):
    path = tmp_path / "ngoac.txt"
    path.write_text(_BRACKET_LETTER, encoding="utf-8")

    result = run_cli("parse", path)

    assert "Traceback" not in _err(result)
    assert result.returncode == 0
    assert "[tên đơn vị]" in _out(result)
    assert "[/b] Lưu: VT" in _out(result)


@pytest.mark.parametrize(
    "target",
    [
        pytest.param("khong_co/out.json", id="missing-folder"),
        pytest.param(".", id="a-folder"),
    ],
)
def test_unwritable_output_exits_4_with_one_error_line(target, run_cli, letter_txt, tmp_path):
    result = run_cli("parse", letter_txt, "-f", "json", "-o", target, cwd=tmp_path)

    assert result.returncode == 4
    assert result.stdout == b""
    lines = _err(result).splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"Lỗi: {target}:")
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_several_inputs_that_all_fail_give_an_empty_array(run_cli, tmp_path):
    bad = [tmp_path / "a.docx", tmp_path / "b.docx"]
    for path in bad:
        path.write_bytes(b"not a zip")

    result = run_cli("parse", *bad, "-f", "json")

    assert result.returncode == 3
    assert json.loads(_out(result)) == []
    assert len(_err(result).splitlines()) == 2


def test_output_where_no_file_can_be_made_exits_4_without_a_traceback(run_cli, letter_txt):
    result = run_cli("parse", letter_txt, "-f", "json", "-o", "/proc/congvan-x.json")

    assert result.returncode == 4
    assert result.stdout == b""
    lines = _err(result).splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("Lỗi: /proc/congvan-x.json: không ghi được tệp")
    assert "Traceback" not in _err(result)


def test_written_files_get_the_permissions_of_a_plain_write(tmp_path):
    from congvan.output import atomic_write_text

    previous = os.umask(0o022)
    try:
        fresh = tmp_path / "moi.json"
        atomic_write_text(fresh, "{}")
        kept = tmp_path / "cu.json"
        kept.write_text("[]")
        kept.chmod(0o640)
        atomic_write_text(kept, "{}")
    finally:
        os.umask(previous)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o644  # mkstemp alone gives 0600
    assert stat.S_IMODE(kept.stat().st_mode) == 0o640


def test_parse_gives_up_on_an_input_after_its_timeout(monkeypatch, tmp_path):
    import time

    from typer.testing import CliRunner

    from congvan import cli

    slow = tmp_path / "cham.txt"
    slow.write_text("Số: 1/UBND\n", encoding="utf-8")
    monkeypatch.setattr(cli, "parse_file", lambda name, **options: time.sleep(5))

    started = time.monotonic()
    result = CliRunner().invoke(cli.app, ["parse", str(slow), "-f", "json", "--timeout", "0.3"])

    assert time.monotonic() - started < 3
    assert result.exit_code == 3
    assert "quá 0.3 giây" in result.output


def test_letter_with_mixed_case_old_tone_parses(run_cli, tmp_path):
    path = tmp_path / "hoa.txt"
    path.write_text("Số: 12/UBND-VP\nUBND XÃ HoÀ BÌNH\n", encoding="utf-8")

    result = run_cli("parse", path, "-f", "json")

    assert result.stderr == b""
    assert result.returncode == 0
    _assert_contract(json.loads(_out(result)))


# --- other commands -----------------------------------------------------------------------


def test_schema_prints_a_json_schema_with_tasks(run_cli):
    result = run_cli("schema")

    assert result.returncode == 0
    schema = json.loads(_out(result))
    assert isinstance(schema, dict)
    assert "tasks" in schema["properties"]
    assert schema["properties"].keys() >= CONTRACT_KEYS


def test_version_prints_the_package_version(run_cli):
    result = run_cli("--version")

    assert result.returncode == 0
    assert _out(result).strip() == f"congvan {congvan.__version__}"


@pytest.mark.parametrize(
    ("args", "phrase"),
    [
        pytest.param(("--help",), "văn bản hành chính", id="root"),
        pytest.param(("parse", "--help"), "Tệp cần đọc", id="parse"),
    ],
)
def test_help_exits_0_and_is_in_vietnamese(args, phrase, run_cli):
    result = run_cli(*args)

    assert result.returncode == 0
    assert phrase in " ".join(_out(result).split())


def test_codes_lists_stable_diagnostic_codes(run_cli):
    result = run_cli("codes")

    assert result.returncode == 0
    rows = [line.split("\t") for line in _out(result).splitlines()]
    codes = [row[0] for row in rows]
    assert {"CV001", "CV002", "CV010", "CV012", "CV101"} <= set(codes)
    assert len(codes) == len(set(codes))
    assert codes == sorted(codes)
    retired = {row[0]: row[2] for row in rows if row[2].startswith("[không còn dùng")}
    assert set(retired) == {"CV010", "CV011"}
    assert "CV013" in retired["CV010"]


def test_schema_requires_every_key_the_output_always_has(run_cli, letter_txt, tmp_path):
    import jsonschema

    schema = json.loads(_out(run_cli("schema")))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"].startswith("urn:congvan:schema:document:")
    assert {"schema_version", "requests", "evidence"} <= set(schema["required"])
    assert "marker" in schema["$defs"]["Task"]["required"]
    assert "rank" in schema["$defs"]["Signer"]["required"]
    assert "line" in schema["$defs"]["Diagnostic"]["required"]
    validator = jsonschema.Draft202012Validator(schema)
    samples = Path(__file__).resolve().parent.parent / "samples"
    inputs = [letter_txt, *sorted(p for p in samples.iterdir() if p.suffix in {".txt", ".docx"})]
    for path in inputs:
        data = json.loads(_out(run_cli("parse", path, "-f", "json")))
        assert not list(validator.iter_errors(data)), path


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(("parse", "--khong-co"), id="unknown-option"),
        pytest.param(("parse", "x.txt", "--format", "pdf"), id="unknown-format"),
        pytest.param(("parse",), id="missing-file-argument"),
    ],
)
def test_wrong_usage_exits_2(args, run_cli, tmp_path):
    result = run_cli(*args, cwd=tmp_path)

    assert result.returncode == 2
    assert result.stdout == b""
    assert "Traceback" not in _err(result)


ENGLISH = ("Usage", "Error", "No such", "Missing", "Invalid value", "Try '", "requires an")


@pytest.mark.parametrize(
    ("args", "said"),
    [
        pytest.param(("parse", "--khong-co"), "không có tùy chọn --khong-co", id="unknown-option"),
        pytest.param(("parse",), "thiếu tham số TỆP", id="missing-file"),
        pytest.param(("parse", "x.txt", "-f", "yaml"), "phải là một trong: view", id="bad-format"),
        pytest.param(("parse", "x.txt", "-o"), "tùy chọn -o cần một giá trị", id="no-value"),
        pytest.param(("khong-co",), "không có lệnh 'khong-co'", id="unknown-command"),
    ],
)
def test_usage_errors_are_told_in_vietnamese(args, said, run_cli, tmp_path):
    result = run_cli(*args, cwd=tmp_path)

    assert result.returncode == 2
    text = _err(result)
    assert text.startswith("Lỗi: ")
    assert said in text
    assert not [word for word in ENGLISH if word in text]
    verbose = run_cli(*args, "--verbose", cwd=tmp_path)
    assert verbose.returncode == 2
    assert said in _err(verbose)
    assert "(" in _err(verbose).splitlines()[-1]  # click's own words, for a bug report


@pytest.mark.parametrize("args", [("--help",), ("parse", "--help"), ("batch", "--help")])
def test_help_screens_carry_no_python_types_or_english(args, run_cli):
    text = " ".join(_out(run_cli(*args)).split())

    assert "Cách dùng:" in text
    for jargon in ("<bool>", "<list[str]>", "<int", "<float", "x>=", "Show this message"):
        assert jargon not in text
    assert not [word for word in ("Usage:", "[OPTIONS]", "COMMAND [ARGS]") if word in text]
