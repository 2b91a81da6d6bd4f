"""Writing results to disk without ever leaving a half-written file."""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path

from congvan.errors import OutputError

#: Every temporary file congvan writes is named ``.congvan-<name>.<random>.tmp``, so that
#: the batch's sweep of a killed run's leftovers never takes a user's own ``.x.tmp``.
TEMP_PREFIX = ".congvan-"
TEMP_SUFFIX = ".tmp"


def temporary_prefix(name: str) -> str:
    """The start of a temporary name for ``name``; the name is cut so that the
    temporary one stays under the 255-byte limit of a file name (up to 4 bytes a letter)."""
    return f"{TEMP_PREFIX}{name[:48]}."


def is_temporary(name: str) -> bool:
    """Whether ``name`` is one of congvan's own temporary files."""
    return name.startswith(TEMP_PREFIX) and name.endswith(TEMP_SUFFIX)


def atomic_write_text(path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` (UTF-8, newlines as given) atomically: see :func:`atomic_write_bytes`."""
    atomic_write_bytes(path, text.encode("utf-8"))


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to a temporary file next to ``path``, then rename it into place.

    A reader of ``path`` sees either the old content or the whole new content;
    an interrupted write leaves no partial file behind.
    """
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise OutputError(str(path), "thư mục đích không tồn tại.")
    if target.is_dir():
        raise OutputError(str(path), "đích là một thư mục, hãy cho một tên tệp.")
    try:
        prefix = temporary_prefix(target.name)
        fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=TEMP_SUFFIX, dir=directory)
    except OSError as exc:  # a read-only folder, /proc, a full disk
        raise OutputError(str(path), f"không ghi được tệp ({_why(exc)}).") from None
    try:
        os.fchmod(fd, _mode_for(target))
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(str(path), f"không ghi được tệp ({_why(exc)}).") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _mode_for(target: Path) -> int:
    """The permissions a plain write would give: the old file's, else 0666 less the umask.

    ``mkstemp`` creates its file 0600, which would hide an archive from colleagues
    and services that read it.
    """
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


#: What the operating system said, in the user's words (its English text is not shown).
_REASONS = {
    errno.EACCES: "không có quyền ghi vào đó",
    errno.EPERM: "không có quyền ghi vào đó",
    errno.EROFS: "ổ đĩa chỉ cho đọc",
    errno.ENOSPC: "ổ đĩa đã đầy",
    errno.EDQUOT: "đã hết hạn mức dung lượng",
    errno.EISDIR: "đích là một thư mục",
    errno.ENOENT: "không tạo được tệp trong thư mục này",
    errno.ENOTDIR: "đường dẫn đích không phải thư mục",
    errno.ENAMETOOLONG: "tên tệp quá dài",
}


def _why(exc: OSError) -> str:
    return _REASONS.get(
        exc.errno or 0, f"lỗi hệ thống {errno.errorcode.get(exc.errno or 0, '')}".strip()
    )
