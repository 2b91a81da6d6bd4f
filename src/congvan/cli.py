"""The ``congvan`` command: a thin layer over the library.

Commands parse options, call the library, print and exit. Data goes to
stdout only; errors and diagnostics go to stderr. Exit codes:

* 0: every input was read;
* 2: wrong usage (unknown option, missing argument);
* 3: an input could not be read (missing, a folder, corrupt, unsupported);
* 4: the output file could not be written;
* 5: an internal error (a bug: please report it with the file).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated

import typer
import typer.rich_utils
from rich.console import Console
from rich.text import Text

from congvan import __version__, codes
from congvan.errors import CongvanError, OutputError
from congvan.models import Document
from congvan.output import atomic_write_text
from congvan.pipeline import parse_bytes, parse_file
from congvan.render import TEXT_RENDERERS, OutputFormat
from congvan.render.json import render_json_array
from congvan.render.view import render_view

EXIT_INPUT = 3
EXIT_OUTPUT = 4
EXIT_INTERNAL = 5

# Help screens in Vietnamese: typer's panel titles.
typer.rich_utils.ARGUMENTS_PANEL_TITLE = "Tham số"
typer.rich_utils.OPTIONS_PANEL_TITLE = "Tùy chọn"
typer.rich_utils.COMMANDS_PANEL_TITLE = "Lệnh"
typer.rich_utils.ERRORS_PANEL_TITLE = "Lỗi"
typer.rich_utils.DEFAULT_STRING = "[mặc định: {}]"
typer.rich_utils.REQUIRED_LONG_STRING = "[bắt buộc]"
typer.rich_utils.ABORTED_TEXT = "Đã dừng."
app = typer.Typer(
    name="congvan",
    help="Đọc văn bản hành chính Việt Nam (công văn, quyết định, kế hoạch, thông báo...) "
    "thành dữ liệu có cấu trúc: số ký hiệu, cơ quan, ngày, trích yếu, căn cứ, nhiệm vụ, "
    "thời hạn, người ký, nơi nhận.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
)
err = Console(stderr=True, soft_wrap=True)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"congvan {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="In phiên bản rồi thoát."),
    ] = False,
) -> None:
    """Đọc văn bản hành chính Việt Nam thành dữ liệu có cấu trúc."""


def _parse_one(name: str) -> Document:
    if name == "-":
        data = sys.stdin.buffer.read()
        return parse_bytes(data, None, ".docx" if data.startswith(b"PK\x03\x04") else ".txt")
    return parse_file(name)


def _report(name: str, message: str) -> None:
    line = Text("Lỗi:", style="bold red")
    line.append(f" {name}: {message}")  # file names may hold [brackets]: never markup
    err.print(line, highlight=False)


def _render(docs: list[Document], fmt: OutputFormat) -> str:
    if fmt == OutputFormat.JSON:
        return (render_json_array(docs) if len(docs) > 1 else TEXT_RENDERERS[fmt](docs[0])) + "\n"
    if fmt == OutputFormat.JSONL:
        return "".join(TEXT_RENDERERS[fmt](d) + "\n" for d in docs)
    if fmt == OutputFormat.CHECKLIST:
        return "\n".join(TEXT_RENDERERS[fmt](d) for d in docs)
    console = Console(record=True, width=100, file=open(os.devnull, "w"))  # noqa: SIM115
    for doc in docs:
        console.print(render_view(doc))
    return console.export_text()


@app.command()
def parse(
    files: Annotated[
        list[str],
        typer.Argument(
            help="Tệp cần đọc (.docx, .txt, .md); '-' để đọc từ đầu vào chuẩn.", show_default=False
        ),
    ],
    fmt: Annotated[
        OutputFormat,
        typer.Option(
            "--format",
            "-f",
            help="Dạng kết quả: view (xem trên màn hình), json, jsonl (mỗi dòng một văn bản), "
            "checklist (danh sách việc cần làm dạng Markdown).",
        ),
    ] = OutputFormat.VIEW,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Ghi kết quả vào tệp này thay vì in ra màn hình."),
    ] = None,
) -> None:
    """Đọc một hay nhiều văn bản và in kết quả.

    Ví dụ: [bold]congvan parse cong_van.docx[/], [bold]congvan parse a.docx b.txt -f json[/],
    [bold]cat cv.txt | congvan parse - -f checklist[/].
    """
    docs: list[Document] = []
    failed = False
    for name in files:
        try:
            docs.append(_parse_one(name))
        except CongvanError as exc:
            failed = True
            _report(name if name != "-" else "<stdin>", exc.reason)
        except Exception as exc:  # the parser is meant to be total; a bug must not show a traceback
            if os.environ.get("CONGVAN_DEBUG"):
                raise
            _report(name, f"lỗi nội bộ ({type(exc).__name__}: {exc}); hãy báo lỗi kèm tệp này.")
            raise typer.Exit(EXIT_INTERNAL) from None
    if failed and output is not None:
        raise typer.Exit(EXIT_INPUT)  # never write a partial result file
    if docs:
        if output is None and fmt == OutputFormat.VIEW:
            console = Console()
            for doc in docs:
                console.print(render_view(doc))
        else:
            text = _render(docs, fmt)
            if output is None:
                sys.stdout.write(text)
                sys.stdout.flush()
            else:
                try:
                    atomic_write_text(output, text)
                except OutputError as exc:
                    _report(str(output), exc.reason)
                    raise typer.Exit(EXIT_OUTPUT) from None
    if failed:
        raise typer.Exit(EXIT_INPUT)


@app.command()
def schema() -> None:
    """In JSON Schema của kết quả (sinh từ các mô hình pydantic)."""
    data = Document.model_json_schema()
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


@app.command("codes")
def list_codes() -> None:
    """Liệt kê các mã ghi chú (diagnostic) và ý nghĩa."""
    for code in codes.ALL:
        sys.stdout.write(f"{code.code}\t{code.severity.value}\t{code.message}\n")


def main() -> None:
    """Entry point of the console script."""
    app()
