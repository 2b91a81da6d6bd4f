"""``congvan check`` for people: findings grouped by zone of the letter, in Vietnamese."""

from __future__ import annotations

import json

from congvan.check.report import CheckReport
from congvan.check.rules import ZONES


def render_check_text(report: CheckReport) -> str:
    """One block per file: a line per finding under its zone, the fix when it is mechanical,
    then the rules that could not be decided."""
    name = report.file or "<stdin>"
    kind = f" ({report.doc_type})" if report.doc_type else ""
    out = [f"{name}{kind}"]
    errors = report.errors
    warnings = len(report.findings) - errors
    if not report.findings:
        out.append("  Không thấy lỗi thể thức nào trong các quy tắc đã kiểm tra.")
    for zone, title in ZONES.items():
        found = [f for f in report.findings if f.zone == zone]
        if not found:
            continue
        out.append(f"  {title}")
        for f in found:
            where = f"dòng {f.evidence.start}" if f.evidence else "toàn văn bản"
            out.append(f"    {f.rule} {f.severity} ({where}): {f.message}")
            if f.text:
                out.append(f"        viết: {f.text}")
            if f.fix:
                out.append(f"        sửa:  {f.fix}")
    for group in report.unchecked:
        out.append(f"  Chưa kiểm tra {len(group.rules)} quy tắc: {group.reason}.")
    if report.findings:
        out.append(f"  Tổng: {errors} lỗi, {warnings} cảnh báo.")
    return "\n".join(out) + "\n"


def render_check_json(reports: list[CheckReport], several: bool) -> str:
    """One object per file; several files give an array whatever number was read."""
    data = [json.loads(r.model_dump_json()) for r in reports]
    return json.dumps(data if several else data[0], ensure_ascii=False, indent=2) + "\n"
