"""Vietnamese labels and value formatting shared by the human-readable views."""

from __future__ import annotations

from congvan.models import DateValue, Deadline, DeadlineMention, Document, Task

FIELD_LABELS = {
    "doc_type": "Loại văn bản",
    "number": "Số, ký hiệu",
    "issuer": "Cơ quan ban hành",
    "parent": "Cơ quan chủ quản",
    "place_date": "Địa danh, ngày",
    "urgency": "Độ khẩn",
    "confidentiality": "Độ mật",
    "subject": "Trích yếu",
    "recipients": "Kính gửi",
    "legal_basis": "Căn cứ",
    "tasks": "Nhiệm vụ",
    "signer": "Người ký",
    "distribution": "Nơi nhận",
    "file": "Tệp",
    "references": "Văn bản được viện dẫn",
    "diagnostics": "Ghi chú của trình phân tích",
    "assignees": "Thực hiện",
    "partners": "Phối hợp",
    "deadline": "Hạn",
    "missing": "(không có)",
}


def dmy(iso: str | None) -> str | None:
    """``2025-04-30`` -> ``30/04/2025``; ``2025-09`` -> ``09/2025``; ``2025`` stays."""
    if not iso:
        return None
    parts = iso.split("-")
    return "/".join(reversed(parts))


def date_text(date: DateValue | None) -> str | None:
    if date is None:
        return None
    return dmy(date.iso) or date.raw


def date_phrase(date: DateValue | None) -> str | None:
    """``ngày 05/03/2025``; ``tháng 04/2026`` when the day is blank; ``năm 2026``; the raw
    words when no date could be read from them (never ``ngày ngày ...``)."""
    if date is None:
        return None
    if date.iso:
        lead = {10: "ngày", 7: "tháng", 4: "năm"}.get(len(date.iso), "ngày")
        return f"{lead} {dmy(date.iso)}"
    raw = " ".join(date.raw.split())
    return raw if raw.lower().startswith(("ngày", "tháng", "năm")) else f"ngày {raw}"


def count_tasks(tasks: list[Task]) -> int:
    """Every item of the tree, subitems included."""
    return sum(1 + count_tasks(t.subtasks) for t in tasks)


def deadline_text(deadline: Deadline | DeadlineMention | None) -> str | None:
    if deadline is None:
        return None
    return dmy(deadline.iso) or deadline.raw


def number_text(doc: Document) -> str | None:
    """``1234/SNV-CCHC``, ``…/UBND-NC`` for a blank number, ``12-CV/HU`` for Party numbers."""
    n = doc.number
    if n is None:
        return None
    number = n.number or "…"
    if not n.symbol:
        return number
    if "/" in n.symbol:  # Party numbers keep their own slash: 12-CV/HU
        return f"{number}-{n.symbol}"
    year = f"{n.year}/" if n.year else ""
    return f"{number}/{year}{n.symbol}"


def marker_text(task: Task) -> str:
    """The label as the document writes it; ``•`` for an unnumbered request."""
    if task.marker:
        return task.marker
    return task.label or "•"


#: The longest file name a panel title shows whole; a longer one keeps its start and end.
_TITLE_NAME = 60


def shown_path(path: str) -> str:
    """A file name as a screen shows it: control characters (a newline in a name breaks a
    table row) written as escapes, never interpreted."""
    if path.isprintable():
        return path
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in path)


def title_path(path: str) -> str:
    """``shown_path`` cut in the middle to fit a panel title: its end (the file's own name
    and extension) is what tells two files apart."""
    name = shown_path(path)
    if len(name) <= _TITLE_NAME:
        return name
    keep = _TITLE_NAME - 1
    return name[: keep // 3] + "…" + name[-(keep - keep // 3) :]
