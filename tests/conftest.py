"""Shared fixtures: a small letter, a .docx builder and a runner for the real CLI."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest

LETTER = """\
UBND TỈNH NINH BÌNH
SỞ NỘI VỤ
Số: 1234/SNV-CCHC
V/v triển khai Chỉ số cải cách hành chính năm 2025

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Ninh Bình, ngày 12 tháng 3 năm 2025

Kính gửi:
- Sở Tài chính;
- UBND các huyện, thành phố.

Căn cứ Kế hoạch số 45/KH-UBND ngày 20/01/2025 của UBND tỉnh Ninh Bình.

Sở Nội vụ đề nghị các cơ quan, đơn vị thực hiện một số nội dung sau:

1. Sở Tài chính bố trí kinh phí, gửi dự toán về Sở Nội vụ trước ngày 30/4/2025.

2. Các cơ quan, đơn vị tự chấm điểm, hoàn thành chậm nhất ngày 15/5/2025.

Nơi nhận:
- Như trên;
- Lưu: VT, CCHC.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Đinh Quang Huy
"""


@pytest.fixture
def letter_txt(tmp_path: Path) -> Path:
    """A UTF-8 letter with two numbered tasks."""
    path = tmp_path / "cong_van.txt"
    path.write_text(LETTER, encoding="utf-8")
    return path


def _docx_bytes(document: docx.document.Document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.fixture
def docx_bytes() -> Callable[..., bytes]:
    """Build a .docx from paragraph texts; ``edit(document)`` may add anything else."""

    def build(
        *paragraphs: str, edit: Callable[[docx.document.Document], None] | None = None
    ) -> bytes:
        document = docx.Document()
        for text in paragraphs:
            document.add_paragraph(text)
        if edit is not None:
            edit(document)
        return _docx_bytes(document)

    return build


@pytest.fixture
def rewrite_document_xml() -> Callable[[bytes, Callable[[bytes], bytes]], bytes]:
    """Return a copy of a .docx with ``word/document.xml`` passed through ``change``."""

    def rewrite(data: bytes, change: Callable[[bytes], bytes]) -> bytes:
        out = io.BytesIO()
        with (
            zipfile.ZipFile(io.BytesIO(data)) as src,
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
        ):
            for info in src.infolist():
                content = src.read(info.filename)
                if info.filename == "word/document.xml":
                    content = change(content)
                dst.writestr(info, content)
        return out.getvalue()

    return rewrite


@pytest.fixture
def run_cli() -> Callable[..., subprocess.CompletedProcess[bytes]]:
    """Run ``python -m congvan ARGS`` as a user would; stdout and stderr stay apart (bytes)."""
    env = {k: v for k, v in os.environ.items() if k not in {"CONGVAN_DEBUG", "FORCE_COLOR"}}
    env["COLUMNS"] = "100"

    def run(
        *args: str | os.PathLike[str], stdin: bytes = b"", cwd: Path | None = None
    ) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(
            [sys.executable, "-m", "congvan", *map(str, args)],
            input=stdin,
            capture_output=True,
            env=env,
            cwd=cwd,
            timeout=60,
            check=False,
        )

    return run
