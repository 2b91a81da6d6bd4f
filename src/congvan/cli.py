"""The ``congvan`` command: a thin layer over the library.

Commands parse options, call the library, print and exit. Data goes to
stdout only; errors and diagnostics go to stderr. Exit codes:

* 0: every input was read;
* 2: wrong usage (unknown option, missing argument);
* 3: an input could not be read (missing, a folder, corrupt, unsupported);
* 4: the output file could not be written;
* 5: an internal error (a bug: please report it with the file);
* 130 / 143: ``batch`` was interrupted (Ctrl-C / SIGTERM); rerun it to finish.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
import typer.rich_utils
from rich.console import Console
from rich.text import Text

from congvan import __version__, codes
from congvan.errors import CongvanError, OutputError
from congvan.models import Document
from congvan.output import atomic_write_text
from congvan.pipeline import parse_bytes, parse_file
from congvan.readers import doc as doc_reader
from congvan.render import TEXT_RENDERERS, OutputFormat
from congvan.render.json import render_json_array
from congvan.render.view import render_view

EXIT_INPUT = 3
EXIT_OUTPUT = 4
EXIT_INTERNAL = 5
#: Seconds between progress lines when stderr is a file or a pipe.
_PLAIN_EVERY = 5.0

if TYPE_CHECKING:
    from congvan.batch import BatchOptions
    from congvan.plan import Plan
    from congvan.render.summary import BatchTally
    from congvan.workers import Outcome

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


def _lots(files: list[str]) -> dict[int, tuple[list[str], str]]:
    """Where each run of ``.doc``/``.rtf`` names starts: one LibreOffice start converts
    the run (see :func:`congvan.readers.doc.prepare_lot`)."""
    found: dict[int, tuple[list[str], str]] = {}
    for kind, run in doc_reader.runs(
        enumerate(files), lambda item: doc_reader.likely_kind(item[1])
    ):
        if kind and len(run) > 1:
            found[run[0][0]] = ([name for _, name in run], kind)
    return found


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
            help="Tệp cần đọc (.docx, .doc, .rtf, .pdf, .txt, .md, .html); "
            "'-' để đọc từ đầu vào chuẩn.",
            show_default=False,
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
    lots = _lots(files)
    for i, name in enumerate(files):
        if i in lots:
            doc_reader.prepare_lot(*lots[i], doc_reader.CONVERT_TIMEOUT)
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


@app.command()
def batch(
    source: Annotated[
        str,
        typer.Argument(
            help="Thư mục nguồn (đọc mọi tệp bên trong, kể cả thư mục con); '-' để đọc danh sách "
            "đường dẫn từ đầu vào chuẩn (mỗi dòng một tệp).",
            show_default=False,
        ),
    ],
    output: Annotated[
        Path, typer.Option("--output", "-o", help="Thư mục ghi kết quả.", show_default=False)
    ],
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", min=0, help="Số tiến trình song song (0: số CPU).")
    ] = 0,
    include: Annotated[
        list[str] | None,
        typer.Option("--include", help="Chỉ đọc tệp khớp mẫu này (vd. '*.docx'); lặp được."),
    ] = None,
    exclude: Annotated[
        list[str] | None,
        typer.Option("--exclude", help="Bỏ qua tệp/thư mục khớp mẫu này (vd. 'nhap/*'); lặp được."),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Đọc lại mọi tệp, kể cả tệp không đổi từ lần trước.")
    ] = False,
    timeout: Annotated[
        float, typer.Option("--timeout", min=0.1, help="Thời gian tối đa cho một tệp (giây).")
    ] = 120.0,
    max_memory: Annotated[
        int,
        typer.Option(
            "--max-memory", min=0, help="Bộ nhớ tối đa mỗi tiến trình (MB; 0: không giới hạn)."
        ),
    ] = 2048,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Không hiện tiến độ và bảng tổng kết.")
    ] = False,
) -> None:
    """Chuyển cả thư mục văn bản thành JSON, kèm chỉ mục index.jsonl và mục lục index.csv.

    Chạy lại cùng lệnh chỉ đọc các tệp mới hoặc đã thay đổi. Ví dụ:
    [bold]congvan batch kho_van_ban -o ket_qua[/],
    [bold]find kho -name '*.docx' | congvan batch - -o ket_qua[/].
    """
    from congvan.batch import BatchOptions
    from congvan.plan import Filters, plan_folder, plan_paths

    filters = Filters(include or [], exclude or [])
    try:
        if source == "-":
            plan = plan_paths(_stdin_paths(), output, filters)
        else:
            plan = plan_folder(Path(source), output, filters)
    except CongvanError as exc:
        _report(exc.path or source, exc.reason)
        raise typer.Exit(EXIT_OUTPUT if isinstance(exc, OutputError) else EXIT_INPUT) from None
    options = BatchOptions(
        jobs=jobs or os.cpu_count() or 1,
        timeout=timeout,
        max_memory=max_memory * 1024 * 1024 or None,
        force=force,
    )
    code = _run_batch(plan, output, options, quiet)
    if code:
        raise typer.Exit(code)


def _stdin_paths() -> list[str]:
    """Paths from stdin: one per line, or NUL-separated (``find -print0``)."""
    data = sys.stdin.buffer.read().decode("utf-8", "surrogateescape")
    return data.split("\0") if "\0" in data else data.splitlines()


class _Terminated(Exception):
    """SIGTERM, turned into an exception so the batch stops as cleanly as on Ctrl-C."""


def _on_sigterm(signum: int, frame: object) -> None:
    raise _Terminated


def _run_batch(plan: Plan, output: Path, options: BatchOptions, quiet: bool) -> int:
    """Run the batch with progress and summary on stderr; return the exit code."""
    from congvan.batch import run_batch
    from congvan.render.summary import BatchTally, summary_tables

    tally = BatchTally(total=len(plan.items))
    started = time.monotonic()
    previous = signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        with contextlib.closing(run_batch(plan, output, options)) as outcomes:
            _consume(outcomes, tally, started, quiet)
    except OutputError as exc:
        _report(exc.path or str(output), exc.reason)
        return EXIT_OUTPUT
    except (KeyboardInterrupt, _Terminated) as exc:
        if not quiet:
            err.print(
                f"Đã dừng sau {tally.done}/{tally.total} tệp; chạy lại cùng lệnh để làm tiếp.",
                highlight=False,
            )
        return 143 if isinstance(exc, _Terminated) else 130
    finally:
        signal.signal(signal.SIGTERM, previous)
    if not quiet:
        for table in summary_tables(tally, plan.skipped, time.monotonic() - started):
            err.print(table)
        for path, reason in tally.errors[:20]:
            _report(path, reason)
        if len(tally.errors) > 20:
            err.print(f"... và {len(tally.errors) - 20} lỗi khác (xem index.jsonl).")
    return EXIT_INPUT if tally.errors else 0


def _consume(outcomes: Iterator[Outcome], tally: BatchTally, started: float, quiet: bool) -> None:
    """Count outcomes, drawing a bar on a terminal or a line every few seconds elsewhere."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    from congvan.catalogue import Status
    from congvan.render.summary import progress_line

    if quiet or not err.is_terminal:
        last = time.monotonic()
        for outcome in outcomes:
            tally.add(outcome)
            if not quiet and time.monotonic() - last >= _PLAIN_EVERY:
                last = time.monotonic()
                err.print(progress_line(tally, last - started), highlight=False)
        return
    columns = (
        TextColumn("Đang xử lý"), BarColumn(), MofNCompleteColumn(),
        TextColumn("{task.fields[rate]:.1f} tệp/giây"),
        TextColumn("[red]{task.fields[errors]} lỗi"),
        TextColumn("còn"), TimeRemainingColumn(),
    )  # fmt: skip
    with Progress(*columns, console=err, transient=True) as bar:
        task = bar.add_task("batch", total=tally.total, rate=0.0, errors=0)
        for outcome in outcomes:
            tally.add(outcome)
            elapsed = max(time.monotonic() - started, 1e-9)
            errors = tally.by_status[Status.ERROR]
            bar.update(task, completed=tally.done, rate=tally.done / elapsed, errors=errors)


def main() -> None:
    """Entry point of the console script."""
    app()
