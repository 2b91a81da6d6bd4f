"""Word 97-2003 ``.doc`` and ``.rtf``: converted to ``.docx`` by LibreOffice, then read.

A hand-written parser of the binary Word format would be large and still
miss what LibreOffice gets right (tables, fields, fonts). Converting to
``.docx`` keeps the header and closing tables (so the segmenter gets cell
provenance) and the run fonts (so legacy TCVN3/VNI text can be recognised by
the ``.docx`` reader). Measured on the 35 corpus ``.doc`` files, LibreOffice
converted all of them; antiword and catdoc give text only and flatten the
tables into ``|`` rows (see docs/formats.md).

Every conversion:

* runs ``soffice --headless --convert-to docx`` with its own temporary user
  profile, so parallel conversions never share (and lock) one profile;
* runs in its own process group under a time limit; on timeout the whole
  group is killed (LibreOffice starts helper processes);
* dies with the process that started it, even one killed by ``kill -9``: a
  watchdog in the group kills the group when its pipe from that process closes
  (:data:`_WATCHDOG`);
* works in one private temporary folder (input, output, profile, and
  LibreOffice's own ``TMPDIR``) that is removed afterwards, on success,
  failure or timeout alike. A process killed outright (``kill -9``, a hung
  batch worker) cannot remove its folder, which holds copies of the documents:
  the folder's name carries the process id, and a batch removes the folders of
  processes that are gone (:func:`sweep_orphaned_workdirs`).

The converter is found as ``$CONGVAN_SOFFICE``, else ``soffice`` or
``libreoffice`` on ``PATH``; a missing converter is a ``ReadError`` that
names the Debian package to install.

Starting LibreOffice costs about a second, converting a letter once started a
tenth of that. A batch therefore converts a lot of files in one start
(:func:`prepare_lot`) and :func:`read_doc` takes a file's prepared result when
its bytes match; anything the lot did not deliver (a file LibreOffice could
not open, a lot that hung or crashed) is converted alone as above, so a
file's result or error never depends on the files it shared a lot with.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import signal
import stat
import subprocess
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TypeVar

from congvan import codes
from congvan.errors import ReadError, UnsupportedFormatError
from congvan.readers.docx import read_docx
from congvan.source import SourceDocument

#: Seconds one conversion may take; a hung LibreOffice is killed after this.
CONVERT_TIMEOUT = 120.0
#: A lower bound this process set (:func:`limit_conversions`), or ``None``.
_limit: float | None = None
#: The converted ``.docx`` larger than this is refused (the docx reader has its own limits too).
MAX_OUTPUT_BYTES = 100 * 1024 * 1024
#: Prepared results of one lot kept at once, at most this much in all; the rest is
#: converted file by file.
MAX_PREPARED_BYTES = 64 * 1024 * 1024
#: Files of one kind converted by one LibreOffice start: about a second of start-up
#: shared by all, and at most this many files redone alone when a lot fails.
LOT_SIZE = 16
#: The kind a file name promises, for grouping files into lots before any is read (the
#: reader goes by the bytes: a wrong guess only wastes that file's place in its lot).
LIKELY_KINDS = {".doc": "doc", ".dot": "doc", ".rtf": "rtf", ".odt": "odt"}
#: LibreOffice import filter per input kind.
_FILTERS = {"doc": "MS Word 97", "rtf": "Rich Text Format", "odt": "writer8"}
#: Run by ``sh -c`` in place of the converter: a background watchdog keeps the read
#: end of a pipe whose write end only the starting process holds, and kills the
#: whole group (``kill -9 0``) when it reads end-of-file, i.e. when that process is
#: gone, however it ended; then the shell becomes the converter (same pid, same
#: exit status). ``prctl(PR_SET_PDEATHSIG)`` would not do: it reaches only the
#: process it is set in, and ``soffice`` starts ``oosplash``, which starts the
#: ``soffice.bin`` doing the work. POSIX ``sh`` gives a background command
#: ``/dev/null`` as stdin, hence the pipe on descriptor 3.
_WATCHDOG = 'exec 3<&0; (read -r line <&3; kill -9 0) & exec "$@" 3<&- </dev/null'
#: Exit statuses of ``sh`` that mean the converter could not be started at all.
_NOT_STARTED = (126, 127)
_INSTALL_HINT = (
    "cần LibreOffice để đọc tệp {kind}: cài gói 'libreoffice-writer-nogui' "
    "(Debian/Ubuntu: apt-get install --no-install-recommends libreoffice-writer-nogui) "
    "hoặc lưu lại tệp thành .docx."
)


def limit_conversions(seconds: float) -> None:
    """Bound every conversion of this process to ``seconds`` (at most
    :data:`CONVERT_TIMEOUT`): a batch worker stops a hung LibreOffice itself before
    its own time limit, so the file's error names the converter and the worker is kept."""
    global _limit
    _limit = seconds


def _timeout(requested: float | None) -> float:
    wanted = requested or CONVERT_TIMEOUT
    return min(wanted, _limit) if _limit is not None else wanted


def find_converter() -> str | None:
    """Path of the LibreOffice binary, or ``None`` when it is not installed."""
    override = os.environ.get("CONGVAN_SOFFICE")
    if override:
        return shutil.which(override) or (override if Path(override).is_file() else None)
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_to_docx(
    data: bytes, path: str | None, kind: str, timeout: float | None = None
) -> bytes:
    """Convert ``.doc``/``.rtf`` bytes to ``.docx`` bytes with LibreOffice.

    Raises:
        UnsupportedFormatError: LibreOffice is not installed (the reason names the package).
        ReadError: the converter failed, timed out, or produced nothing.
    """
    binary = find_converter()
    if binary is None:
        raise UnsupportedFormatError(path, _INSTALL_HINT.format(kind=f".{kind}"))
    with _workdir() as work:
        source = work / f"input.{kind}"
        source.write_bytes(data)
        _, [result] = _run(binary, kind, [source], work, path, _timeout(timeout))
        if not result.is_file() or result.stat().st_size == 0:
            raise ReadError(
                path, f"LibreOffice không mở được tệp .{kind} (tệp hỏng hoặc có mật khẩu)."
            )
        if result.stat().st_size > MAX_OUTPUT_BYTES:
            raise ReadError(path, "tệp sau khi chuyển đổi quá lớn.")
        return result.read_bytes()


@contextlib.contextmanager
def _workdir() -> Iterator[Path]:
    """A private temporary folder for one LibreOffice run (input, output, profile and its
    ``TMPDIR``), removed on leaving whatever happens."""
    work = Path(tempfile.mkdtemp(prefix=f"{_WORKDIR_PREFIX}{os.getpid()}-"))
    try:
        yield work
    finally:
        shutil.rmtree(work, ignore_errors=True)


#: A conversion folder's name: this prefix, the owning process id, ``-``, a random part.
_WORKDIR_PREFIX = "congvan-convert-"


def sweep_orphaned_workdirs() -> int:
    """Remove the conversion folders of processes that no longer exist; returns how many.

    Only this user's folders, and only when the process named in the folder is gone: a
    running conversion elsewhere (another batch, a ``congvan parse``) keeps its folder.
    Never raises: a folder that cannot be removed is left for a later sweep.
    """
    if os.name != "posix":  # pragma: no cover - os.kill(pid, 0) would end the process
        return 0
    removed = 0
    try:
        entries = list(Path(tempfile.gettempdir()).glob(f"{_WORKDIR_PREFIX}*-*"))
    except OSError:
        return 0
    for entry in entries:
        pid = entry.name[len(_WORKDIR_PREFIX) :].partition("-")[0]
        if not pid.isdigit() or _process_exists(int(pid)):
            continue
        try:
            info = entry.lstat()
        except OSError:
            continue
        if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
            continue
        shutil.rmtree(entry, ignore_errors=True)
        removed += not entry.exists()
    return removed


def _process_exists(pid: int) -> bool:
    if pid <= 0:
        return True  # not a process id this module wrote: leave the folder alone
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, OSError):
        return True
    return True


def _run(
    binary: str, kind: str, sources: list[Path], work: Path, path: str | None, timeout: float
) -> tuple[int, list[Path]]:
    """Run one conversion in its own process group; kill the group on timeout.

    Returns LibreOffice's exit status (it is 0 even when some file of several
    could not be opened; such a file just has no output) and where each source's
    ``.docx`` goes."""
    outdir = work / "out"
    outdir.mkdir()
    profile = (work / "profile").as_uri()
    env = dict(os.environ, TMPDIR=str(work), TMP=str(work), TEMP=str(work), HOME=str(work))
    cmd = [
        binary,
        f"-env:UserInstallation={profile}",
        "--headless",
        "--norestore",
        "--nolockcheck",
        # Without a fixed import filter LibreOffice opens any junk as plain text.
        f"--infilter={_FILTERS[kind]}",
        "--convert-to",
        "docx:MS Word 2007 XML",
        "--outdir",
        str(outdir),
        *map(str, sources),
    ]
    try:
        proc = subprocess.Popen(
            ["/bin/sh", "-c", _WATCHDOG, "congvan-convert", *cmd],
            stdin=subprocess.PIPE,  # the watchdog's pipe: kept open until the group is killed
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            cwd=work,
            env=env,
            start_new_session=True,
        )
    except OSError as exc:
        raise ReadError(path, f"không chạy được LibreOffice ({exc.strerror or exc}).") from None
    try:
        status = proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        raise ReadError(
            path, f"LibreOffice không chuyển đổi xong trong {timeout:g} giây; đã dừng."
        ) from None
    finally:
        _kill_group(proc)
    if status in _NOT_STARTED:
        raise ReadError(path, f"không chạy được LibreOffice ({binary}).")
    return status, [outdir / (source.stem + ".docx") for source in sources]


def _kill_group(proc: subprocess.Popen[bytes]) -> None:
    """End the converter and every helper it started (they share its process group)."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    if proc.stdin is not None:
        with contextlib.suppress(OSError):
            proc.stdin.close()


#: Converted ``.docx`` bytes by (kind, SHA-256 of the input): the current lot's results.
_prepared: dict[tuple[str, str], bytes] = {}


def prepare_lot(paths: Sequence[str], kind: str, timeout: float) -> int:
    """Convert the ``kind`` files at ``paths`` with one LibreOffice start and keep the
    results for :func:`read_doc`, in place of the previous lot's; returns how many
    are ready. Never raises: whatever is not ready is converted alone when read.

    A lot that fails as a whole (no converter, a time-out, a crash) leaves nothing
    ready, since a crash can leave an output half written.
    """
    discard_lot()
    binary = find_converter()
    if binary is None or kind not in _FILTERS:
        return 0
    try:
        _convert_lot(binary, kind, paths, _timeout(timeout))
    except (OSError, ReadError):
        discard_lot()
    return len(_prepared)


def _convert_lot(binary: str, kind: str, paths: Sequence[str], timeout: float) -> None:
    with _workdir() as work:
        sources: list[Path] = []
        shas: list[str] = []
        for name in paths:
            with contextlib.suppress(OSError), open(name, "rb") as fh:
                data = fh.read(MAX_PREPARED_BYTES + 1)
                if len(data) > MAX_PREPARED_BYTES:
                    continue  # left to be converted alone
                source = work / f"input-{len(sources):04d}.{kind}"
                source.write_bytes(data)
                sources.append(source)
                shas.append(hashlib.sha256(data).hexdigest())
        if not sources:
            return
        status, results = _run(binary, kind, sources, work, None, timeout)
        if status != 0:
            return
        total = 0
        for sha, result in zip(shas, results, strict=True):
            size = result.stat().st_size if result.is_file() else 0
            if size > 0 and total + size <= MAX_PREPARED_BYTES:
                _prepared[(kind, sha)] = result.read_bytes()
                total += size


_T = TypeVar("_T")


def likely_kind(name: str) -> str | None:
    """``doc`` or ``rtf`` when the file name promises a file LibreOffice converts."""
    return LIKELY_KINDS.get(os.path.splitext(name)[1].lower())


def runs(
    items: Iterable[_T], kind_of: Callable[[_T], str | None]
) -> Iterator[tuple[str, list[_T]]]:
    """``items`` in order, as runs of consecutive items of one kind (``""`` for items to
    convert on their own), each run at most :data:`LOT_SIZE` long: the lots to convert."""
    run: list[_T] = []
    run_kind = ""
    for item in items:
        kind = kind_of(item) or ""
        if run and (kind != run_kind or not kind or len(run) == LOT_SIZE):
            yield run_kind, run
            run = []
        run_kind = kind
        run.append(item)
    if run:
        yield run_kind, run


def discard_lot() -> None:
    """Forget the prepared results (the memory they hold goes too)."""
    _prepared.clear()


def read_doc(data: bytes, path: str | None, sha256: str, kind: str = "doc") -> SourceDocument:
    """Read a ``.doc`` (``kind="doc"``), ``.rtf`` (``kind="rtf"``) or OpenDocument ``.odt``
    (``kind="odt"``) through LibreOffice."""
    docx = _prepared.pop((kind, sha256), None) or convert_to_docx(data, path, kind)
    src = read_docx(docx, path, sha256)
    src.format = kind
    src.pages = None  # LibreOffice's own layout counted them, not the original's
    src.diagnostics.insert(0, codes.diag(codes.CONVERTED))
    return src
