"""Which files a batch reads, and where each result goes.

A plan is made before any parsing, from a folder (:func:`plan_folder`) or a
list of paths (:func:`plan_paths`). It is sorted, so the same input gives the
same plan, and every item has an output path that is relative, has no ``..``
and differs from every other item's even when letter case is ignored.

Skipped, and counted by reason (see :data:`SKIP_REASONS`): hidden files and
folders (``.git``, ``.DS_Store``), Office lock files (``~$thu.docx``), names
left out by ``--include``/``--exclude``, the output folder when it lies inside
the input folder, symlinks that loop back to a folder being walked, symlinks
that lead out of the input folder (unless ``follow_links``: a link to
``/etc/passwd`` or ``../khac`` planted in a shared folder would otherwise put
files its owner never meant to hand over into the results), and things that
are not files (pipes, sockets), which would block a reader.
"""

from __future__ import annotations

import fnmatch
import os
import stat
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from congvan.errors import OutputError, ReadError

#: Why an entry was not read, in the order the summary lists them.
SKIP_REASONS = {
    "hidden": "tệp/thư mục ẩn",
    "office_temp": "tệp tạm của Office (~$)",
    "excluded": "bị loại theo --exclude",
    "not_included": "không khớp --include",
    "output_folder": "thư mục kết quả nằm trong thư mục nguồn",
    "symlink_loop": "liên kết vòng lặp",
    "symlink_outside": "liên kết trỏ ra ngoài thư mục nguồn (đọc bằng --follow-links)",
    "unreadable_folder": "thư mục không đọc được",
    "not_a_file": "không phải tệp thường (pipe, socket, thiết bị)",
}
#: Where an output goes when its natural place is taken by a folder of the same name.
CONFLICT_FOLDER = "_trung-ten"


@dataclass(frozen=True, slots=True)
class PlanItem:
    """One input: its path relative to the base (``/``), how to open it, where its JSON goes."""

    rel: str
    source: str
    output: str


@dataclass
class Plan:
    """The sorted inputs of a batch and what was skipped."""

    items: list[PlanItem] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)


@dataclass(frozen=True)
class Filters:
    """``--include``/``--exclude`` globs, matched without case against the path and the name."""

    include: Sequence[str] = ()
    exclude: Sequence[str] = ()

    def reason(self, rel: str) -> str | None:
        """Why ``rel`` is left out, or ``None`` to keep it."""
        name = rel.rsplit("/", 1)[-1]
        if name.startswith("."):
            return "hidden"
        if name.startswith("~$"):
            return "office_temp"
        if self.exclude and _matches(rel, self.exclude):
            return "excluded"
        if self.include and not _matches(rel, self.include):
            return "not_included"
        return None


def _matches(rel: str, patterns: Sequence[str]) -> bool:
    low, name = rel.lower(), rel.rsplit("/", 1)[-1].lower()
    return any(
        fnmatch.fnmatchcase(low, p.lower()) or fnmatch.fnmatchcase(name, p.lower())
        for p in patterns
    )


def _key(path: str) -> str:
    """Equal for names a case-insensitive, normalising disk (macOS, Windows) treats as one."""
    return unicodedata.normalize("NFC", path).casefold()


class _Outputs:
    """Hands out output paths that never collide, deterministically in plan order."""

    def __init__(self) -> None:
        self.files: set[str] = set()
        self.dirs: set[str] = set()

    def assign(self, rel: str) -> str:
        parts = rel.split("/")
        parents = ["/".join(parts[:i]) for i in range(1, len(parts))]
        if any(_key(p) in self.files for p in parents):
            # A folder ``x.docx.json/`` would sit where a result file already is.
            rel = f"{CONFLICT_FOLDER}/{rel.replace('/', '__')}"
            parents = [CONFLICT_FOLDER]
        candidate, n = f"{rel}.json", 1
        while _key(candidate) in self.files or _key(candidate) in self.dirs:
            n += 1
            candidate = f"{rel}~{n}.json"
        self.files.add(_key(candidate))
        self.dirs.update(_key(p) for p in parents)
        return candidate


@dataclass
class _Walk:
    """One walk of an input folder: what it must not read and what it has found."""

    root_real: str
    out_real: str
    filters: Filters
    follow_links: bool
    plan: Plan
    outputs: _Outputs = field(default_factory=_Outputs)
    #: (device, inode) of the folders being walked, to notice a link back to one of them.
    seen: set[tuple[int, int]] = field(default_factory=set)

    def folder(self, folder: Path, rel: str) -> None:
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:
            self.plan.skipped["unreadable_folder"] += 1
            return
        for entry in entries:
            self.entry(entry, f"{rel}{entry.name}")

    def entry(self, entry: os.DirEntry[str], rel: str) -> None:
        if entry.name.startswith("."):
            self.plan.skipped["hidden"] += 1
            return
        if entry.is_symlink() and not self.follow_links and not self._inside(entry.path):
            self.plan.skipped["symlink_outside"] += 1
            return
        try:
            is_dir = entry.is_dir()
            st = entry.stat() if is_dir or entry.is_file() else None
        except OSError:
            is_dir, st = False, None  # a broken link or a file that just vanished: an error row
        if is_dir and st is not None:
            self.enter(Path(entry.path), rel, st)
        elif st is not None or entry.is_symlink():
            _add(rel, entry.path, self.filters, self.plan, self.outputs)
        else:
            self.plan.skipped["not_a_file"] += 1

    def enter(self, path: Path, rel: str, st: os.stat_result) -> None:
        if os.path.realpath(path) == self.out_real:
            self.plan.skipped["output_folder"] += 1
            return
        if self.filters.exclude and _matches(rel, self.filters.exclude):
            self.plan.skipped["excluded"] += 1
            return
        key = (st.st_dev, st.st_ino)
        if key in self.seen:
            self.plan.skipped["symlink_loop"] += 1
            return
        self.seen.add(key)
        self.folder(path, rel + "/")
        self.seen.discard(key)

    def _inside(self, path: str) -> bool:
        """Whether the link at ``path`` ends inside the input folder (a broken link
        is judged by where it points)."""
        real = os.path.realpath(path)
        return os.path.commonpath([self.root_real, real]) == self.root_real


def _add(rel: str, source: str, filters: Filters, plan: Plan, outputs: _Outputs) -> None:
    reason = filters.reason(rel)
    if reason:
        plan.skipped[reason] += 1
        return
    try:
        mode = os.stat(source).st_mode
        if not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
            plan.skipped["not_a_file"] += 1
            return
    except OSError:
        pass  # missing: recorded as an error when read
    plan.items.append(PlanItem(rel, source, outputs.assign(rel)))


def plan_folder(
    in_dir: Path, out_dir: Path, filters: Filters | None = None, follow_links: bool = False
) -> Plan:
    """Every file under ``in_dir``, walked sorted; symlinks are followed without looping,
    and only while they stay inside ``in_dir`` unless ``follow_links``.

    Raises:
        ReadError: ``in_dir`` is not a readable folder.
        OutputError: ``out_dir`` is ``in_dir`` itself.
    """
    if not in_dir.is_dir():
        raise ReadError(str(in_dir), "không tìm thấy thư mục nguồn (hoặc đó không phải thư mục).")
    out_real, in_real = os.path.realpath(out_dir), os.path.realpath(in_dir)
    if in_real == out_real:
        raise OutputError(str(out_dir), "thư mục kết quả phải khác thư mục nguồn.")
    plan = Plan()
    walk = _Walk(in_real, out_real, filters or Filters(), follow_links, plan)
    st = in_dir.stat()
    walk.seen.add((st.st_dev, st.st_ino))
    walk.folder(in_dir, "")
    return plan


def plan_paths(paths: Iterable[str], out_dir: Path, filters: Filters | None = None) -> Plan:
    """The files named in ``paths`` (e.g. read from stdin), placed relative to their common folder.

    Output paths mirror the paths below the deepest folder that contains every
    input, so ``find /kho -name '*.docx' | congvan batch - -o OUT`` lays out
    ``OUT`` as ``congvan batch /kho -o OUT`` would (up to that common folder).
    """
    given = sorted({p for p in (s.strip("\r\n") for s in paths) if p.strip()})
    filters = filters or Filters()
    absolute = {p: os.path.abspath(p) for p in given}
    plan = Plan()
    if not given:
        return plan
    base = os.path.commonpath([os.path.dirname(a) for a in absolute.values()])
    out_real = os.path.realpath(out_dir)
    chosen = sorted((os.path.relpath(a, base).replace(os.sep, "/"), p) for p, a in absolute.items())
    outputs = _Outputs()
    previous = None
    for rel, source in chosen:
        real = os.path.realpath(source)
        if real == out_real or real.startswith(out_real + os.sep):
            plan.skipped["output_folder"] += 1
        elif rel != previous:
            _add(rel, source, filters, plan, outputs)
        previous = rel
    return plan
