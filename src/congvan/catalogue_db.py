"""``OUT/catalogue.sqlite``: what a batch read, as a database to search and to follow up.

Every finished batch writes it beside ``index.jsonl`` (standard library
``sqlite3``, FTS5): one row per input (the fields of ``index.csv`` and the
document's JSON), one per task of any depth, per assignee and partner, per
citation of the Căn cứ, and per Kính gửi or Nơi nhận entry. It opens in
Datasette (``datasette OUT/catalogue.sqlite -m OUT/catalogue.metadata.yml``)
as a browsable archive, and ``congvan tasks OUT`` reads the follow-up list from
it.

Why it is built this way:

* **Search with or without diacritics.** FTS5's ``unicode61`` tokenizer with
  ``remove_diacritics 2`` folds ``xây dựng`` and ``xay dung`` to the same
  tokens, but not ``đ``, which Unicode does not decompose. So each searched
  text is stored twice, as written and with ``đ`` written ``d`` (:func:`fold_d`):
  ``đường`` matches the first column, ``duong`` the second.
* **Incremental.** A document whose JSON has the SHA-256 the database already
  holds is not read again; changed ones are replaced, vanished ones removed.
* **Never half a database.** The previous catalogue is copied to a temporary
  file, updated there, flushed and renamed over the old one; a run killed
  before the rename leaves the previous catalogue whole (and the temporary file
  is swept by the next run, like the batch's own).
"""

from __future__ import annotations

import calendar
import contextlib
import json
import os
import shutil
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from congvan.normalize import plain  # what a clerk may type to find a unit
from congvan.output import TEMP_PREFIX, TEMP_SUFFIX

DB_NAME = "catalogue.sqlite"
METADATA_NAME = "catalogue.metadata.yml"
#: Bumped when the tables change; a catalogue of another version is rebuilt from scratch.
DB_VERSION = 2

_SCHEMA = """
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL,
    error TEXT,
    format TEXT,
    doc_type TEXT,
    number TEXT,
    symbol TEXT,
    date TEXT,
    year INTEGER,
    subject TEXT,
    subject_plain TEXT,
    issuer TEXT,
    signer TEXT,
    pages INTEGER,
    language TEXT,
    check_errors INTEGER,
    check_warnings INTEGER,
    output TEXT,
    output_sha256 TEXT,
    json TEXT
);
CREATE TABLE tasks (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    label TEXT NOT NULL,
    depth INTEGER NOT NULL,
    text TEXT NOT NULL,
    text_plain TEXT NOT NULL,
    assignees TEXT,
    partners TEXT,
    deadline TEXT,
    due_by TEXT,
    deadline_text TEXT,
    recurrence TEXT
);
CREATE TABLE task_units (
    id INTEGER PRIMARY KEY,
    task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    unit TEXT NOT NULL,
    unit_plain TEXT NOT NULL
);
CREATE TABLE citations (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    doc_type TEXT,
    number TEXT,
    date TEXT,
    issuer TEXT,
    title TEXT,
    text TEXT
);
CREATE TABLE recipients (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    note TEXT
);
CREATE INDEX tasks_document ON tasks(document_id);
CREATE INDEX tasks_due_by ON tasks(due_by);
CREATE INDEX task_units_task ON task_units(task_id);
CREATE INDEX task_units_unit ON task_units(unit_plain);
CREATE INDEX citations_document ON citations(document_id);
CREATE INDEX citations_number ON citations(number);
CREATE INDEX recipients_document ON recipients(document_id);
CREATE INDEX documents_year ON documents(year);
CREATE VIRTUAL TABLE documents_fts USING fts5(
    subject, subject_plain, content="documents", content_rowid="id",
    tokenize="unicode61 remove_diacritics 2"
);
CREATE VIRTUAL TABLE tasks_fts USING fts5(
    text, text_plain, content="tasks", content_rowid="id",
    tokenize="unicode61 remove_diacritics 2"
);
CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, subject, subject_plain)
    VALUES (new.id, new.subject, new.subject_plain);
END;
CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, subject, subject_plain)
    VALUES ('delete', old.id, old.subject, old.subject_plain);
END;
CREATE TRIGGER tasks_ai AFTER INSERT ON tasks BEGIN
    INSERT INTO tasks_fts(rowid, text, text_plain) VALUES (new.id, new.text, new.text_plain);
END;
CREATE TRIGGER tasks_ad AFTER DELETE ON tasks BEGIN
    INSERT INTO tasks_fts(tasks_fts, rowid, text, text_plain)
    VALUES ('delete', old.id, old.text, old.text_plain);
END;
"""


def fold_d(text: str | None) -> str | None:
    """``đ`` written ``d``: the one Vietnamese letter FTS5 cannot fold by itself.
    (Two ``replace`` calls run at memory speed; ``str.translate`` looks up every character.)"""
    return None if text is None else text.replace("đ", "d").replace("Đ", "D")


def write_catalogue(out_dir: Path, rows: Iterable[dict[str, Any]]) -> Path:
    """Bring ``OUT/catalogue.sqlite`` up to date with the finished index ``rows``.

    Raises:
        OSError, sqlite3.Error: the catalogue cannot be written (the caller reports it);
            the previous catalogue, if any, is left as it was.
    """
    target = out_dir / DB_NAME
    tmp = out_dir / f"{TEMP_PREFIX}{DB_NAME}.{os.getpid()}{TEMP_SUFFIX}"
    tmp.unlink(missing_ok=True)
    try:
        if target.is_file() and _version(target) == DB_VERSION:
            shutil.copyfile(target, tmp)  # else built anew: an older layout, or not ours
        with contextlib.closing(sqlite3.connect(tmp, isolation_level=None)) as db:
            db.execute("PRAGMA foreign_keys = ON")
            db.execute("PRAGMA journal_mode = MEMORY")
            db.execute("BEGIN")
            if not _current(db):
                _create(db)
            _update(db, out_dir, rows)
            db.execute("COMMIT")
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    write_metadata(out_dir)
    return target


def _version(path: Path) -> int | None:
    """The layout version of an existing catalogue; None for a file that is not one."""
    try:
        uri = f"{path.absolute().as_uri()}?mode=ro"
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as db:
            return int(db.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.Error:
        return None


def _current(db: sqlite3.Connection) -> bool:
    version = db.execute("PRAGMA user_version").fetchone()[0]
    return bool(version == DB_VERSION)


def _create(db: sqlite3.Connection) -> None:
    for statement in _statements(_SCHEMA):
        db.execute(statement)
    db.execute(f"PRAGMA user_version = {DB_VERSION}")


def _statements(script: str) -> Iterator[str]:
    """The schema's statements; a trigger's body holds ``;`` and ends with ``END;``."""
    buf: list[str] = []
    for line in script.strip().splitlines():
        buf.append(line)
        text = "\n".join(buf).strip()
        if text.endswith(";") and (not text.startswith("CREATE TRIGGER") or text.endswith("END;")):
            yield text
            buf = []


def _update(db: sqlite3.Connection, out_dir: Path, rows: Iterable[dict[str, Any]]) -> None:
    known = {
        path: (doc_id, sha)
        for doc_id, path, sha in db.execute("SELECT id, path, output_sha256 FROM documents")
    }
    seen: set[str] = set()
    for row in rows:
        path = row["path"]
        seen.add(path)
        have = known.get(path)
        if have is not None and have[1] == row.get("output_sha256") and have[1] is not None:
            db.execute(
                "UPDATE documents SET status = ? WHERE id = ?", (row["status"], have[0])
            )  # ``unchanged`` now, the same document
            continue
        if have is not None:
            db.execute("DELETE FROM documents WHERE id = ?", (have[0],))
        _insert(db, out_dir, row)
    for path, (doc_id, _) in known.items():
        if path not in seen:
            db.execute("DELETE FROM documents WHERE id = ?", (doc_id,))


def _load(out_dir: Path, row: dict[str, Any]) -> tuple[str | None, dict[str, Any] | None]:
    """The JSON a row's output holds, when it is still the one the index recorded."""
    output = row.get("output")
    if not output:
        return None, None
    try:
        text = (out_dir / output).read_text(encoding="utf-8")
        data = json.loads(text)
    except (OSError, ValueError):
        return None, None
    return (text, data) if isinstance(data, dict) else (None, None)


def _insert(db: sqlite3.Connection, out_dir: Path, row: dict[str, Any]) -> None:
    text, doc = _load(out_dir, row)
    date = (doc or {}).get("date") or {}
    subject = row.get("subject")
    cur = db.execute(
        "INSERT INTO documents (path, status, error, format, doc_type, number, symbol, date,"
        " year, subject, subject_plain, issuer, signer, pages, language, check_errors,"
        " check_warnings, output, output_sha256, json)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            row["path"], row["status"], row.get("error"), row.get("format"),
            row.get("doc_type"), row.get("number"), row.get("symbol"), date.get("iso"),
            date.get("year"), subject, fold_d(subject), row.get("issuer"), row.get("signer"),
            row.get("pages"), row.get("language"), row.get("check_errors"),
            row.get("check_warnings"), row.get("output"),
            row.get("output_sha256"), text,
        ),
    )  # fmt: skip
    if doc is None:
        return
    doc_id = cur.lastrowid
    assert doc_id is not None
    _insert_tasks(db, doc_id, doc.get("tasks") or [], "", 0)
    for basis in doc.get("legal_basis") or []:
        for c in basis.get("citations") or []:
            db.execute(
                "INSERT INTO citations (document_id, doc_type, number, date, issuer, title, text)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (doc_id, c.get("doc_type"), c.get("number"), c.get("date"), c.get("issuer"),
                 c.get("title"), basis.get("text")),
            )  # fmt: skip
    for kind, entries in (
        ("kinh_gui", doc.get("recipients")),
        ("noi_nhan", doc.get("distribution")),
    ):
        for entry in entries or []:
            db.execute(
                "INSERT INTO recipients (document_id, kind, name, note) VALUES (?, ?, ?, ?)",
                (doc_id, kind, entry.get("name"), entry.get("note")),
            )


def _insert_tasks(
    db: sqlite3.Connection, doc_id: int, tasks: list[dict[str, Any]], prefix: str, depth: int
) -> None:
    """Every task of the tree, its label the path from the top (``II/1/a``)."""
    for task in tasks:
        label = f"{prefix}/{task.get('label')}" if prefix else str(task.get("label"))
        deadline = task.get("deadline") or {}
        assignees, partners = task.get("assignees") or [], task.get("partners") or []
        text = task.get("text") or ""
        cur = db.execute(
            "INSERT INTO tasks (document_id, label, depth, text, text_plain, assignees,"
            " partners, deadline, due_by, deadline_text, recurrence)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                doc_id, label, depth, text, fold_d(text), "; ".join(assignees) or None,
                "; ".join(partners) or None, deadline.get("iso"), due_by(deadline.get("iso")),
                deadline.get("raw"), deadline.get("recurrence"),
            ),
        )  # fmt: skip
        for role, units in (("chu_tri", assignees), ("phoi_hop", partners)):
            for unit in units:
                db.execute(
                    "INSERT INTO task_units (task_id, document_id, role, unit, unit_plain)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (cur.lastrowid, doc_id, role, unit, plain(unit)),
                )
        _insert_tasks(db, doc_id, task.get("subtasks") or [], label, depth + 1)


def due_by(iso: str | None) -> str | None:
    """The last day a deadline allows: ``2026-03`` -> ``2026-03-31``, ``2026`` ->
    ``2026-12-31``; a full date as it is. What the follow-up list sorts and compares."""
    if not iso:
        return None
    parts = iso.split("-")
    try:
        if len(parts) == 1:
            return f"{int(parts[0]):04d}-12-31"
        if len(parts) == 2:
            year, month = int(parts[0]), int(parts[1])
            return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"
    except ValueError:
        return None
    return iso


# --- the follow-up list --------------------------------------------------------------------

#: The columns of :func:`follow_up`'s rows, in order (``congvan tasks -f csv`` writes them).
FOLLOW_UP_COLUMNS = (
    "number", "symbol", "date", "issuer", "label", "text", "assignees", "partners",
    "deadline", "due_by", "recurrence", "path",
)  # fmt: skip


def follow_up(
    db_path: Path,
    *,
    assignee: str | None = None,
    due_before: str | None = None,
    overdue_on: str | None = None,
) -> list[dict[str, Any]]:
    """Tasks across the catalogue: those with a deadline (or a recurrence), soonest first.

    ``assignee`` matches a lead or a partner by a part of its name, with or without
    diacritics (``so noi vu``); ``due_before`` (ISO) keeps tasks due by that day;
    ``overdue_on`` (ISO, today) keeps tasks whose last allowed day is before it.

    Raises:
        sqlite3.Error: not a catalogue congvan wrote.
    """
    where = ["(t.due_by IS NOT NULL OR t.recurrence IS NOT NULL)"]
    args: list[str] = []
    if assignee:
        where.append("t.id IN (SELECT task_id FROM task_units WHERE unit_plain LIKE ? ESCAPE '\\')")
        args.append("%" + _like(plain(assignee.strip())) + "%")
    if due_before:
        where.append("t.due_by <= ?")
        args.append(due_before)
    if overdue_on:
        where.append("t.due_by < ?")
        args.append(overdue_on)
    sql = (
        "SELECT d.number, d.symbol, d.date, d.issuer, t.label, t.text, t.assignees, t.partners,"
        " t.deadline_text AS deadline, t.due_by, t.recurrence, d.path FROM tasks t"
        " JOIN documents d ON d.id = t.document_id WHERE "
        + " AND ".join(where)
        + " ORDER BY t.due_by IS NULL, t.due_by, d.path, t.id"
    )
    uri = f"{db_path.absolute().as_uri()}?mode=ro"
    with contextlib.closing(sqlite3.connect(uri, uri=True)) as db:
        db.row_factory = sqlite3.Row
        return [dict(row) for row in db.execute(sql, args)]


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# --- Datasette ----------------------------------------------------------------------------


def metadata() -> dict[str, Any]:
    """Datasette metadata: titles, column descriptions, facets and canned queries."""
    return {
        "title": "Kho văn bản (congvan)",
        "description": "Văn bản đã đọc bằng congvan batch: mục lục, nhiệm vụ, căn cứ, nơi nhận.",
        "databases": {
            "catalogue": {
                "tables": {
                    "documents": {
                        "title": "Văn bản",
                        "label_column": "subject",
                        "sort_desc": "date",
                        "facets": ["year", "doc_type", "issuer"],
                        "fts_table": "documents_fts",
                        "fts_pk": "id",
                        "hidden_columns": ["subject_plain", "json"],
                        "columns": {
                            "path": "Đường dẫn tệp trong thư mục nguồn",
                            "status": "ok, unchanged (không đổi) hoặc error (lỗi)",
                            "doc_type": "Tên loại văn bản",
                            "number": "Số",
                            "symbol": "Ký hiệu",
                            "date": "Ngày ban hành (ISO)",
                            "year": "Năm ban hành",
                            "subject": "Trích yếu",
                            "issuer": "Cơ quan ban hành",
                            "signer": "Người ký",
                            "pages": "Số trang",
                            "check_errors": "batch --check: số lỗi thể thức (NĐ 30/2020)",
                            "check_warnings": "batch --check: số cảnh báo thể thức",
                            "json": "Toàn bộ kết quả JSON",
                        },
                    },
                    "tasks": {
                        "title": "Nhiệm vụ",
                        "label_column": "text",
                        "facets": ["recurrence", "depth"],
                        "fts_table": "tasks_fts",
                        "fts_pk": "id",
                        "hidden_columns": ["text_plain"],
                        "columns": {
                            "label": "Số thứ tự của nhiệm vụ, từ mục lớn nhất (II/1/a)",
                            "text": "Nội dung",
                            "assignees": "Cơ quan chủ trì, thực hiện",
                            "partners": "Cơ quan phối hợp",
                            "deadline": "Hạn (ISO: ngày, tháng hoặc năm)",
                            "due_by": "Ngày cuối cùng của hạn (cuối tháng, cuối năm)",
                            "deadline_text": "Hạn như văn bản viết",
                            "recurrence": "Định kỳ (yearly, monthly, ...)",
                        },
                    },
                    "task_units": {
                        "title": "Đơn vị được giao",
                        "facets": ["role", "unit"],
                        "hidden_columns": ["unit_plain"],
                        "columns": {"role": "chu_tri (chủ trì) hoặc phoi_hop (phối hợp)"},
                    },
                    "citations": {
                        "title": "Căn cứ được viện dẫn",
                        "facets": ["doc_type", "issuer"],
                    },
                    "recipients": {
                        "title": "Kính gửi và Nơi nhận",
                        "facets": ["kind", "name"],
                        "columns": {"kind": "kinh_gui (Kính gửi) hoặc noi_nhan (Nơi nhận)"},
                    },
                },
                "queries": {
                    "tasks_due_between": {
                        "title": "Nhiệm vụ có hạn trong khoảng ngày",
                        "description": (
                            "Ngày dạng 2026-01-31; hạn chỉ có tháng hay năm tính đến cuối kỳ."
                        ),
                        "sql": (
                            "SELECT d.number, d.symbol, d.date, d.issuer, t.label, t.text,"
                            " t.assignees, t.partners, t.deadline_text, t.due_by, d.path"
                            " FROM tasks t JOIN documents d ON d.id = t.document_id"
                            " WHERE t.due_by >= :from AND t.due_by <= :to"
                            " ORDER BY t.due_by, d.path, t.id"
                        ),
                    },
                    "tasks_by_assignee": {
                        "title": "Nhiệm vụ của một đơn vị",
                        "description": "Gõ tên đơn vị, có dấu hay không dấu (so noi vu).",
                        "sql": (
                            "SELECT d.number, d.symbol, d.date, u.role, u.unit, t.label, t.text,"
                            " t.due_by, d.path FROM task_units u"
                            " JOIN tasks t ON t.id = u.task_id"
                            " JOIN documents d ON d.id = u.document_id"
                            " WHERE u.unit_plain LIKE '%' || :unit || '%'"
                            " ORDER BY t.due_by IS NULL, t.due_by, d.path, t.id"
                        ),
                    },
                    "documents_citing": {
                        "title": "Văn bản viện dẫn một số hiệu",
                        "description": (
                            "Số và ký hiệu của văn bản được viện dẫn, vd. 30/2020/NĐ-CP."
                        ),
                        "sql": (
                            "SELECT DISTINCT d.number, d.symbol, d.date, d.doc_type, d.subject,"
                            " d.issuer, c.text AS basis, d.path FROM citations c"
                            " JOIN documents d ON d.id = c.document_id"
                            " WHERE c.number = :number ORDER BY d.date, d.path"
                        ),
                    },
                },
            }
        },
    }


def write_metadata(out_dir: Path) -> Path:
    """The metadata as JSON, which is YAML too: Datasette reads either (``-m``), and a
    ``.yml`` name keeps it apart from the ``*.json`` results a script globs for."""
    from congvan.output import atomic_write_text

    target = out_dir / METADATA_NAME
    atomic_write_text(target, json.dumps(metadata(), ensure_ascii=False, indent=2) + "\n")
    return target
