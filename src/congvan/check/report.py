"""What ``congvan check`` reports: findings, and the rules it could not decide for a file."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from congvan.check.rules import BY_ID
from congvan.models import LineSpan, _Frozen

Severity = Literal["lỗi", "cảnh báo"]


class Finding(_Frozen):
    """One place where the draft departs from a rule."""

    rule: str = Field(
        description="Mã quy tắc theo danh sách (TT101 ...), tra được theo thứ tự NĐ 30."
    )
    severity: Severity = Field(description="lỗi (NĐ 30 quy định rõ) hoặc cảnh báo.")
    zone: str = Field(
        description="Vùng của văn bản: header, subject, body, signature, distribution, other, page."
    )
    message: str = Field(description="Thông điệp tiếng Việt của quy tắc, kèm chi tiết.")
    text: str | None = Field(description="Đoạn chữ vi phạm, như trong văn bản.")
    evidence: LineSpan | None = Field(description="Dòng vi phạm; null khi là điều thiếu.")
    fix: str | None = Field(description="Cách sửa khi sửa được máy móc (chữ thay thế), hoặc null.")


class Unchecked(_Frozen):
    """Rules the check could not decide for this file: never reported as passed."""

    rules: list[str] = Field(description="Mã các quy tắc không kiểm tra được.")
    reason: str = Field(description="Vì sao.")


class CheckReport(_Frozen):
    """The check of one file."""

    file: str | None = Field(description="Tệp đã kiểm tra.")
    doc_type: str | None = Field(description="Tên loại văn bản nhận ra được.")
    findings: list[Finding] = Field(description="Các điểm chưa đúng, theo thứ tự vùng và dòng.")
    unchecked: list[Unchecked] = Field(description="Nhóm quy tắc không kiểm tra được và lý do.")

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.severity == "lỗi")


def finding(
    rule: str,
    detail: str | None = None,
    *,
    text: str | None = None,
    line: LineSpan | None = None,
    fix: str | None = None,
    severity: Severity | None = None,
) -> Finding:
    """A finding on ``rule``: its message (with ``detail``), zone and severity from the list."""
    r = BY_ID[rule]
    message = r.message if detail is None else f"{r.message} ({detail})"
    sev: Severity = severity or ("cảnh báo" if r.severity == "cảnh báo" else "lỗi")
    return Finding(
        rule=rule, severity=sev, zone=r.zone, message=message, text=text, evidence=line, fix=fix
    )
