"""The ``congvan`` command: a thin layer over the library.

Commands parse options, call the library, print and exit. Data goes to
stdout only; errors and diagnostics go to stderr. Exit codes:

* 0: every input was read;
* 2: wrong usage (unknown option, missing argument);
* 3: an input could not be read (missing, a folder, corrupt, unsupported, over ``--timeout``);
* 4: the output file could not be written (``batch``: or another run is writing into the
  output folder);
* 5: an internal error (a bug: please report it with the file);
* 130 / 143: ``batch`` was interrupted (Ctrl-C / SIGTERM); rerun it to finish.
"""

from __future__ import annotations

import contextlib
import datetime
import enum
import functools
import json
import os
import signal
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
import typer.core
import typer.rich_utils
from rich.console import Console
from rich.text import Text
from typer._click import (
    core as click_core,  # typer's own click: no public names
    exceptions as click_errors,
    formatting as click_formatting,
)

from congvan import __version__, codes, patterns
from congvan.errors import ClusterError, CongvanError, OutputError
from congvan.models import SCHEMA_VERSION, Document
from congvan.output import atomic_write_text
from congvan.pipeline import parse_bytes, parse_file
from congvan.readers import doc as doc_reader
from congvan.readers.ocr import Options as OcrOptions
from congvan.render import TEXT_RENDERERS, OutputFormat
from congvan.render.json import render_json_array
from congvan.render.view import render_view

EXIT_INPUT = 3
EXIT_OUTPUT = 4
EXIT_INTERNAL = 5
#: ``batch --cluster``: the Dask cluster cannot be used (not installed, not reached, gone).
EXIT_CLUSTER = 6
#: ``parse --timeout``: generous, as one scanned PDF may take long; ``batch`` uses its own.
PARSE_TIMEOUT = 300.0
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
typer.rich_utils.RANGE_STRING = ""  # ``[x>=0]`` is jargon; the help text says the bounds
_OPTIONS = "[TÙY CHỌN]"
_click_usage = click_formatting.HelpFormatter.write_usage


def _usage(
    self: click_formatting.HelpFormatter, prog: str, args: str = "", prefix: str | None = None
) -> None:
    _click_usage(self, prog, args, "Cách dùng: " if prefix is None else prefix)


click_formatting.HelpFormatter.write_usage = _usage  # type: ignore[method-assign]
_click_help_option = click_core.Command.get_help_option


def _help_option(self: click_core.Command, ctx: click_core.Context) -> object:
    """click's ``--help`` option, described in Vietnamese (click has no translations)."""
    option = _click_help_option(self, ctx)
    if option is not None:
        option.help = "Hiện hướng dẫn này rồi thoát."
    return option


click_core.Command.get_help_option = _help_option  # type: ignore[method-assign,assignment]
_option_type = typer.core.TyperOption.display_type_rich


def _shown_type(self: typer.core.TyperOption, ctx: click_core.Context) -> str | None:
    """No ``<bool>`` for a flag: a clerk reads ``--force``, not its Python type."""
    return None if self.is_flag else _option_type(self, ctx)


typer.core.TyperOption.display_type_rich = _shown_type  # type: ignore[method-assign]
# An argument's name (``TỆP...``) says what it takes; ``<list[str]>`` is Python's word.
typer.core.TyperArgument.display_type_rich = lambda self, ctx: None  # type: ignore[method-assign]
app = typer.Typer(
    name="congvan",
    help="Đọc văn bản hành chính Việt Nam (công văn, quyết định, kế hoạch, thông báo...) "
    "thành dữ liệu có cấu trúc: số ký hiệu, cơ quan, ngày, trích yếu, căn cứ, nhiệm vụ, "
    "thời hạn, người ký, nơi nhận.",
    no_args_is_help=True,
    add_completion=False,
    options_metavar="[TÙY CHỌN]",
    subcommand_metavar="LỆNH [THAM SỐ]...",
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
        typer.Option(
            "--version",
            callback=_version,
            is_eager=True,
            help="In phiên bản rồi thoát.",
            metavar="",
        ),
    ] = False,
) -> None:
    """Đọc văn bản hành chính Việt Nam thành dữ liệu có cấu trúc."""


class OcrMode(enum.StrEnum):
    """When scans are read through OCR (``--ocr``)."""

    AUTO = "auto"
    ALWAYS = "always"
    NEVER = "never"


_OCR_HELP = (
    "Nhận dạng ký tự (OCR) cho bản quét: auto (chỉ trang không có lớp chữ và tệp ảnh), "
    "always (mọi trang PDF), never (không bao giờ)."
)
_OCR_LANG_HELP = "Ngôn ngữ nhận dạng của Tesseract (vie; vie+eng cho văn bản có tiếng Anh)."


def _ocr_options(mode: OcrMode, language: str) -> OcrOptions | None:
    if mode == OcrMode.AUTO and language == "vie":
        return None  # the defaults: results keyed as any other run's
    return OcrOptions(mode.value, language)


def _parse_one(name: str, ocr: OcrOptions | None = None) -> Document:
    if name == "-":
        data = sys.stdin.buffer.read()
        suffix = ".docx" if data.startswith(b"PK\x03\x04") else ".txt"
        return parse_bytes(data, None, suffix, ocr=ocr)
    return parse_file(name, ocr=ocr)


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


class _OutOfTime(BaseException):
    """One input took longer than ``--timeout`` (not an ``Exception``: no handler in the
    library may take it for a problem of the file and carry on)."""


def _alarm(signum: int, frame: object) -> None:
    raise _OutOfTime


@contextlib.contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    """``SIGALRM`` after ``seconds``: a hostile PDF must not hold the command for ever."""
    if not hasattr(signal, "setitimer"):
        yield
        return
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _report(name: str, message: str) -> None:
    line = Text("Lỗi:", style="bold red")
    line.append(f" {name}: {message}")  # file names may hold [brackets]: never markup
    err.print(line, highlight=False)


def _render(docs: list[Document], fmt: OutputFormat, several: bool) -> str:
    """The text of ``docs``; ``several`` inputs give a JSON array whatever number was read."""
    if fmt == OutputFormat.JSON:
        return (render_json_array(docs) if several else TEXT_RENDERERS[fmt](docs[0])) + "\n"
    if fmt == OutputFormat.JSONL:
        return "".join(TEXT_RENDERERS[fmt](d) + "\n" for d in docs)
    if fmt == OutputFormat.CHECKLIST:
        return "\n".join(TEXT_RENDERERS[fmt](d) for d in docs)
    console = Console(record=True, width=100, file=open(os.devnull, "w"))  # noqa: SIM115
    for doc in docs:
        console.print(render_view(doc))
    return console.export_text()


@app.command(options_metavar=_OPTIONS)
def parse(
    files: Annotated[
        list[str],
        typer.Argument(
            help="Tệp cần đọc (.docx, .doc, .rtf, .odt, .pdf, .txt, .md, .html; ảnh quét .png, "
            ".jpg, .tif, .bmp); "
            "'-' để đọc từ đầu vào chuẩn.",
            show_default=False,
            metavar="TỆP",
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
        typer.Option(
            "--output",
            "-o",
            help="Ghi kết quả vào tệp này thay vì in ra màn hình.",
            metavar="TỆP",
        ),
    ] = None,
    timeout: Annotated[
        float,
        typer.Option(
            "--timeout",
            min=0.1,
            help="Thời gian tối đa để đọc một tệp (giây, từ 0,1); quá hạn thì báo lỗi cho tệp đó.",
            metavar="GIÂY",
        ),
    ] = PARSE_TIMEOUT,
    ocr: Annotated[OcrMode, typer.Option("--ocr", help=_OCR_HELP)] = OcrMode.AUTO,
    ocr_lang: Annotated[
        str, typer.Option("--ocr-lang", help=_OCR_LANG_HELP, metavar="NGÔN_NGỮ")
    ] = "vie",
) -> None:
    """Đọc một hay nhiều văn bản và in kết quả.

    Ví dụ: [bold]congvan parse cong_van.docx[/], [bold]congvan parse a.docx b.txt -f json[/],
    [bold]cat cv.txt | congvan parse - -f checklist[/].
    """
    docs: list[Document] = []
    failed = False
    lots = _lots(files)
    # One file at a time here: its scanned pages go to Tesseract on every core.
    ocr_options = OcrOptions(ocr.value, ocr_lang, threads=os.cpu_count() or 1)
    for i, name in enumerate(files):
        if i in lots:
            doc_reader.prepare_lot(*lots[i], doc_reader.CONVERT_TIMEOUT)
        try:
            with _time_limit(timeout):
                docs.append(_parse_one(name, ocr_options))
        except _OutOfTime:
            failed = True
            _report(name if name != "-" else "<stdin>", f"quá {timeout:g} giây mà chưa đọc xong.")
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
    several = len(files) > 1
    if docs or (several and fmt == OutputFormat.JSON):
        if output is None and fmt == OutputFormat.VIEW:
            console = Console()
            for doc in docs:
                console.print(render_view(doc))
        else:
            text = _render(docs, fmt, several)
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


class CheckFormat(enum.StrEnum):
    TEXT = "text"
    JSON = "json"


def _rule_names(values: list[str]) -> list[str]:
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


@app.command(options_metavar=_OPTIONS)
def check(
    files: Annotated[
        list[str],
        typer.Argument(
            help="Dự thảo cần rà soát (.docx để kiểm tra cả định dạng; .doc, .pdf, .txt, .md "
            "chỉ kiểm tra chữ); '-' để đọc từ đầu vào chuẩn.",
            show_default=False,
            metavar="TỆP",
        ),
    ],
    fmt: Annotated[
        CheckFormat,
        typer.Option("--format", "-f", help="Dạng kết quả: text (đọc trên màn hình) hoặc json."),
    ] = CheckFormat.TEXT,
    select: Annotated[
        list[str],
        typer.Option(
            "--select",
            help="Chỉ kiểm tra các quy tắc này (mã như TT221, hoặc nhóm như TT2, TT22; "
            "nhiều mã cách nhau bằng dấu phẩy).",
            metavar="MÃ",
        ),
    ] = [],  # noqa: B006 - typer reads the default; it is never changed
    ignore: Annotated[
        list[str],
        typer.Option("--ignore", help="Bỏ qua các quy tắc hay nhóm này.", metavar="MÃ"),
    ] = [],  # noqa: B006
    final: Annotated[
        bool,
        typer.Option("--final", help="Văn bản sắp phát hành: số và ngày phải được điền."),
    ] = False,
    fix: Annotated[
        bool,
        typer.Option(
            "--fix",
            help="Ghi bản đã sửa các lỗi sửa được máy móc (chỉ .docx; cần -o, không ghi đè).",
        ),
    ] = False,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Tệp .docx đã sửa (với --fix).", metavar="TỆP"),
    ] = None,
) -> None:
    """Rà soát thể thức dự thảo theo Nghị định 30/2020/NĐ-CP (Phụ lục I).

    Mã thoát: 0 khi không có lỗi, 1 khi có lỗi, 3 khi không đọc được tệp.
    Ví dụ: [bold]congvan check du_thao.docx[/], [bold]congvan check du_thao.docx -f json[/],
    [bold]congvan check du_thao.docx --select TT2 --final[/],
    [bold]congvan check --fix -o sua.docx du_thao.docx[/] (báo cáo là của bản đã sửa).
    """
    from congvan.check import check_file as check_path, check_source, select_rules
    from congvan.readers import read_bytes
    from congvan.render.check import render_check_json, render_check_text

    try:
        rules = select_rules(_rule_names(select), _rule_names(ignore))
    except ValueError as exc:
        _report("--select/--ignore", f"không có quy tắc hay nhóm '{exc}' (xem: congvan rules).")
        raise typer.Exit(2) from None
    if fix:
        _fix(files, output, rules, final, fmt)
        return
    reports = []
    failed = False
    for name in files:
        try:
            with _time_limit(PARSE_TIMEOUT):
                if name == "-":
                    data = sys.stdin.buffer.read()
                    suffix = ".docx" if data.startswith(b"PK\x03\x04") else ".txt"
                    src = read_bytes(data, None, suffix)
                    reports.append(check_source(src, rules=rules, final=final))
                else:
                    reports.append(check_path(name, rules=rules, final=final))
        except _OutOfTime:
            failed = True
            _report(name, f"quá {PARSE_TIMEOUT:g} giây mà chưa đọc xong.")
        except CongvanError as exc:
            failed = True
            _report(name if name != "-" else "<stdin>", exc.reason)
        except Exception as exc:  # the checker is meant to be total, as the parser is
            if os.environ.get("CONGVAN_DEBUG"):
                raise
            _report(name, f"lỗi nội bộ ({type(exc).__name__}: {exc}); hãy báo lỗi kèm tệp này.")
            raise typer.Exit(EXIT_INTERNAL) from None
    if reports:
        if fmt == CheckFormat.JSON:
            sys.stdout.write(render_check_json(reports, len(files) > 1))
        else:
            sys.stdout.write("\n".join(render_check_text(r) for r in reports))
        sys.stdout.flush()
    if failed:
        raise typer.Exit(EXIT_INPUT)
    if any(r.errors for r in reports):
        raise typer.Exit(1)


def _fix(
    files: list[str], output: Path | None, rules: set[str], final: bool, fmt: CheckFormat
) -> None:
    """``check --fix``: one .docx in, its corrected copy written, the copy's check printed."""
    from congvan.check import fix_file
    from congvan.render.check import render_check_json, render_check_text

    if output is None or len(files) != 1 or files[0] == "-":
        usage = "congvan check --fix -o sua.docx du_thao.docx"
        _report("--fix", f"cần đúng một tệp .docx và tên tệp ghi ra: {usage}")
        raise typer.Exit(2)
    try:
        with _time_limit(PARSE_TIMEOUT):
            before, after = fix_file(files[0], output, rules=rules, final=final)
    except _OutOfTime:
        _report(files[0], f"quá {PARSE_TIMEOUT:g} giây mà chưa xong.")
        raise typer.Exit(EXIT_INPUT) from None
    except OutputError as exc:
        _report(str(output), exc.reason)
        raise typer.Exit(EXIT_OUTPUT) from None
    except CongvanError as exc:
        _report(files[0], exc.reason)
        raise typer.Exit(EXIT_INPUT) from None
    fixed = len(before.findings) - len(after.findings)
    err.print(
        f"Đã ghi {output}: sửa {max(fixed, 0)} điểm; còn {len(after.findings)} điểm cần sửa tay."
    )
    if fmt == CheckFormat.JSON:
        sys.stdout.write(render_check_json([after], False))
    else:
        sys.stdout.write(render_check_text(after))
    sys.stdout.flush()
    if after.errors:
        raise typer.Exit(1)


@app.command("rules", options_metavar=_OPTIONS)
def list_rules() -> None:
    """Liệt kê các quy tắc của congvan check: mã, mức, cần gì, điều khoản, thông điệp."""
    from congvan.check import RULES
    from congvan.check.format import FORMAT_RULES
    from congvan.check.page import PAGE_RULES
    from congvan.check.spacing import SPACING_RULES
    from congvan.check.text import TEXT_RULES

    checked = set(TEXT_RULES) | set(PAGE_RULES) | set(FORMAT_RULES) | set(SPACING_RULES)
    for rule in RULES:
        state = "kiểm tra" if rule.id in checked else "chưa kiểm tra"
        fields = (rule.id, rule.severity, rule.needs, rule.clause, state, rule.message)
        sys.stdout.write("\t".join(fields) + "\n")


@app.command(options_metavar=_OPTIONS)
def schema(
    check_report: Annotated[
        bool, typer.Option("--check", help="Lược đồ kết quả của congvan check -f json.")
    ] = False,
) -> None:
    """In JSON Schema của kết quả (sinh từ các mô hình pydantic)."""
    if check_report:
        from congvan.check.report import CheckReport

        data = {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": f"urn:congvan:schema:check:{SCHEMA_VERSION}",
            **CheckReport.model_json_schema(mode="serialization"),
        }
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return
    data = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:congvan:schema:document:{SCHEMA_VERSION}",
        **Document.model_json_schema(mode="serialization"),
    }
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


@app.command("codes", options_metavar=_OPTIONS)
def list_codes() -> None:
    """Liệt kê các mã ghi chú (diagnostic) và ý nghĩa, theo thứ tự mã."""
    for code in sorted(codes.ALL, key=lambda c: c.code):
        message = code.message
        if code.code in codes.RETIRED:
            message = f"[không còn dùng, nay là {codes.RETIRED[code.code]}] {message}"
        sys.stdout.write(f"{code.code}\t{code.severity.value}\t{message}\n")


class TasksFormat(enum.StrEnum):
    TABLE = "table"
    JSON = "json"
    CSV = "csv"


def _iso_day(value: str | None, option: str) -> str | None:
    """``31/01/2026`` or ``2026-01-31`` as ISO; anything else is a usage error."""
    if value is None:
        return None
    m = patterns.DAY_OPTION_RE.fullmatch(value.strip())
    day = None
    if m is not None:
        y, mo, d = (m["y"], m["m"], m["d"]) if m["y"] else (m["y2"], m["m2"], m["d2"])
        with contextlib.suppress(ValueError):
            day = datetime.date(int(y), int(mo), int(d)).isoformat()
    if day is None:
        _report(option, f"'{value}' không phải một ngày (dd/mm/yyyy hoặc yyyy-mm-dd).")
        raise typer.Exit(2)
    return day


@app.command(options_metavar=_OPTIONS)
def tasks(
    folder: Annotated[
        Path,
        typer.Argument(
            help="Thư mục kết quả của congvan batch (có catalogue.sqlite).",
            show_default=False,
            metavar="THƯ_MỤC",
        ),
    ],
    assignee: Annotated[
        str | None,
        typer.Option(
            "--assignee",
            "-a",
            help="Chỉ nhiệm vụ giao cho (chủ trì hoặc phối hợp) đơn vị có tên chứa chữ này, "
            "có dấu hay không dấu (vd. 'so noi vu').",
            metavar="ĐƠN_VỊ",
        ),
    ] = None,
    due_before: Annotated[
        str | None,
        typer.Option("--due-before", help="Chỉ nhiệm vụ có hạn đến hết ngày này.", metavar="NGÀY"),
    ] = None,
    overdue: Annotated[
        bool, typer.Option("--overdue", help="Chỉ nhiệm vụ đã quá hạn (tính đến hôm nay).")
    ] = False,
    fmt: Annotated[
        TasksFormat, typer.Option("--format", "-f", help="Dạng in ra: table, json, csv.")
    ] = TasksFormat.TABLE,
) -> None:
    """Nhiệm vụ văn bản giao cho ai, hạn khi nào, trong cả kho đã đọc: hạn gần nhất trước.

    Đọc từ catalogue.sqlite mà congvan batch ghi. Ví dụ:
    [bold]congvan tasks ket_qua --assignee 'Sở Nội vụ' --due-before 31/12/2026[/],
    [bold]congvan tasks ket_qua --overdue -f csv > qua_han.csv[/].
    """
    import sqlite3

    from congvan.catalogue_db import DB_NAME, follow_up
    from congvan.render.followup import follow_up_csv, follow_up_json, follow_up_table

    before = _iso_day(due_before, "--due-before")
    db_path = folder / DB_NAME
    if not db_path.is_file():
        _report(
            str(folder), "chưa có catalogue.sqlite; hãy chạy congvan batch vào thư mục này trước."
        )
        raise typer.Exit(EXIT_INPUT)
    today = datetime.date.today().isoformat() if overdue else None
    try:
        rows = follow_up(db_path, assignee=assignee, due_before=before, overdue_on=today)
    except sqlite3.Error as exc:
        _report(str(db_path), f"không đọc được cơ sở dữ liệu ({exc}).")
        raise typer.Exit(EXIT_INPUT) from None
    if fmt is TasksFormat.JSON:
        sys.stdout.write(follow_up_json(rows))
    elif fmt is TasksFormat.CSV:
        sys.stdout.write(follow_up_csv(rows))
    else:
        Console(soft_wrap=False).print(follow_up_table(rows))


@app.command(options_metavar=_OPTIONS)
def batch(
    source: Annotated[
        str,
        typer.Argument(
            help="Thư mục nguồn (đọc mọi tệp bên trong, kể cả thư mục con); '-' để đọc danh sách "
            "đường dẫn từ đầu vào chuẩn (mỗi dòng một tệp).",
            show_default=False,
            metavar="THƯ_MỤC",
        ),
    ],
    output: Annotated[
        Path,
        typer.Option(
            "--output", "-o", help="Thư mục ghi kết quả.", show_default=False, metavar="THƯ_MỤC"
        ),
    ],
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs", "-j", min=0, help="Số tiến trình song song (0: số CPU).", metavar="SỐ"
        ),
    ] = 0,
    include: Annotated[
        list[str] | None,
        typer.Option(
            "--include", help="Chỉ đọc tệp khớp mẫu này (vd. '*.docx'); lặp được.", metavar="MẪU"
        ),
    ] = None,
    exclude: Annotated[
        list[str] | None,
        typer.Option(
            "--exclude",
            help="Bỏ qua tệp/thư mục khớp mẫu này (vd. 'nhap/*'); lặp được.",
            metavar="MẪU",
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Đọc lại mọi tệp, kể cả tệp không đổi từ lần trước.")
    ] = False,
    timeout: Annotated[
        float,
        typer.Option(
            "--timeout",
            min=0.1,
            help="Thời gian tối đa cho một tệp (giây, từ 0,1).",
            metavar="GIÂY",
        ),
    ] = 120.0,
    max_memory: Annotated[
        int,
        typer.Option(
            "--max-memory",
            min=0,
            help="Bộ nhớ tối đa mỗi tiến trình (MB; 0: không giới hạn).",
            metavar="MB",
        ),
    ] = 2048,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Không hiện tiến độ và bảng tổng kết.")
    ] = False,
    wait: Annotated[
        bool,
        typer.Option(
            "--wait",
            help="Nếu một lần chạy khác đang ghi vào thư mục kết quả: chờ nó xong thay vì dừng.",
        ),
    ] = False,
    follow_links: Annotated[
        bool,
        typer.Option(
            "--follow-links",
            help="Đọc cả liên kết (symlink) trỏ ra ngoài thư mục nguồn (mặc định: bỏ qua).",
        ),
    ] = False,
    ocr: Annotated[OcrMode, typer.Option("--ocr", help=_OCR_HELP)] = OcrMode.AUTO,
    ocr_lang: Annotated[
        str, typer.Option("--ocr-lang", help=_OCR_LANG_HELP, metavar="NGÔN_NGỮ")
    ] = "vie",
    check: Annotated[
        bool,
        typer.Option(
            "--check",
            help="Kiểm tra cả thể thức (Nghị định 30/2020, như congvan check): số lỗi, cảnh "
            "báo vào index.jsonl và index.csv, các điểm cần sửa vào khóa 'check' của mỗi JSON.",
        ),
    ] = False,
    cluster: Annotated[
        str | None,
        typer.Option(
            "--cluster",
            help="Chạy trên cụm Dask có sẵn (vd. tcp://may-chu:8786) thay cho các tiến trình "
            "trên máy này; mọi máy trạm phải thấy thư mục nguồn và thư mục kết quả ở cùng "
            "đường dẫn. Cần: pip install 'congvan[cluster]'.",
            metavar="ĐỊA_CHỈ",
        ),
    ] = None,
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
            plan = plan_folder(Path(source), output, filters, follow_links)
    except CongvanError as exc:
        _report(exc.path or source, exc.reason)
        raise typer.Exit(EXIT_OUTPUT if isinstance(exc, OutputError) else EXIT_INPUT) from None
    ocr_options = _ocr_options(ocr, ocr_lang)
    if cluster:
        import logging

        # Dask logs its reconnection attempts; the batch says in one line what happened.
        logging.getLogger("distributed").setLevel(logging.CRITICAL)
    options = BatchOptions(
        jobs=jobs or os.cpu_count() or 1,
        timeout=timeout,
        max_memory=max_memory * 1024 * 1024 or None,
        force=force,
        wait=wait,
        parse=parse_file if ocr_options is None else functools.partial(parse_file, ocr=ocr_options),
        cluster=cluster,
        check=check,
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
    from congvan.batch import output_in_use, run_batch
    from congvan.render.summary import BatchTally, summary_tables

    tally = BatchTally(total=len(plan.items))
    previous = signal.signal(signal.SIGTERM, _on_sigterm)
    if options.wait and not quiet and output_in_use(output):
        err.print(
            "Một lần chạy khác đang ghi vào thư mục kết quả; đang chờ nó xong...",
            highlight=False,
        )
    started = time.monotonic()
    try:
        with contextlib.closing(run_batch(plan, output, options)) as outcomes:
            _consume(outcomes, tally, started, quiet)
    except OutputError as exc:
        _report(exc.path or str(output), exc.reason)
        return EXIT_OUTPUT
    except ClusterError as exc:
        _report(exc.path or str(options.cluster), exc.reason)
        if tally.done and not quiet:
            err.print(f"Đã xong {tally.done}/{tally.total} tệp trước khi dừng.", highlight=False)
        return EXIT_CLUSTER
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
    """Entry point of the console script.

    Usage errors are shown in Vietnamese and plain words; click's English text only
    with ``--verbose`` (taken off the arguments here, so it may stand anywhere).
    """
    args = sys.argv[1:]
    verbose = "--verbose" in args
    args = [a for a in args if a != "--verbose"]
    try:
        code = app(args=args, prog_name="congvan", standalone_mode=False)
    except click_errors.NoArgsIsHelpError as exc:
        exc.show()
        code = exc.exit_code
    except click_errors.UsageError as exc:
        _report_usage(exc, verbose)
        code = exc.exit_code
    except typer.Abort:
        err.print(typer.rich_utils.ABORTED_TEXT)
        code = 130
    sys.exit(code if isinstance(code, int) else 0)


def _report_usage(exc: click_errors.UsageError, verbose: bool) -> None:
    err.print(Text("Lỗi: ", style="bold red") + Text(_usage_message(exc)), highlight=False)
    if exc.ctx is not None:
        err.print(f"Xem hướng dẫn: {exc.ctx.command_path} -h", highlight=False)
    if verbose:
        err.print(Text(f"({exc.format_message()})"), highlight=False)


def _usage_message(exc: click_errors.UsageError) -> str:
    """What went wrong in a command line, in the user's words."""
    if isinstance(exc, click_errors.NoSuchOption):
        guess = sorted(exc.possibilities or ())
        hint = f" (có phải {', '.join(guess)}?)" if guess else ""
        return f"không có tùy chọn {exc.option_name}{hint}."
    if isinstance(exc, click_errors.MissingParameter):
        what = "tham số" if exc.param_type == "argument" or _is_argument(exc) else "tùy chọn"
        return f"thiếu {what} {_param_name(exc)}."
    if isinstance(exc, click_errors.BadParameter):
        choices = _choices(exc)
        if choices:
            return f"giá trị của {_param_name(exc)} phải là một trong: {', '.join(choices)}."
        return f"giá trị của {_param_name(exc)} không hợp lệ."
    if isinstance(exc, click_errors.BadOptionUsage):
        return f"tùy chọn {exc.option_name} cần một giá trị."
    message = exc.format_message()
    command = patterns.CLI_NO_COMMAND_RE.match(message)
    if command:
        return f"không có lệnh '{command.group('name')}' (các lệnh: parse, batch, schema, codes)."
    return "cách gọi lệnh không đúng."


def _is_argument(exc: click_errors.BadParameter) -> bool:
    return exc.param is not None and exc.param.param_type_name == "argument"


def _param_name(exc: click_errors.BadParameter) -> str:
    param = exc.param
    if param is None:
        return "tham số"
    opts = [o for o in param.opts if o.startswith("--")] or list(param.opts)
    if param.param_type_name == "option" and opts:
        return opts[0]
    return (param.metavar or param.name or "").rstrip(".").upper()


def _choices(exc: click_errors.BadParameter) -> list[str]:
    param = exc.param
    choices = getattr(getattr(param, "type", None), "choices", None)
    if choices:
        return [str(getattr(c, "value", c)) for c in choices]
    annotation = getattr(getattr(param, "type_descriptor", None), "annotation", None)
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return [str(m.value) for m in annotation]
    return []
