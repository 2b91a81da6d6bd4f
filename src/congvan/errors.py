"""Errors for input that cannot be read at all.

Content problems never raise: they become diagnostics on the result. These
exceptions are only for a file that gives no text (missing, a directory, a
corrupt or unsupported file). Each carries the path and a Vietnamese reason
that the CLI prints as one line.
"""

from __future__ import annotations


class CongvanError(Exception):
    """Base of every error congvan raises on purpose."""

    def __init__(self, path: str | None, reason: str) -> None:
        super().__init__(f"{path or '<stdin>'}: {reason}")
        self.path = path
        self.reason = reason

    def __reduce__(self) -> tuple[type[CongvanError], tuple[str | None, str]]:
        # A process pool sends the error back pickled; the default rebuilds it from the one
        # formatted message, which this constructor cannot take.
        return (type(self), (self.path, self.reason))


class ReadError(CongvanError):
    """The input exists but cannot be read: missing, a folder, corrupt, too large."""


class UnsupportedFormatError(CongvanError):
    """The input is of a kind congvan does not read."""


class OutputError(CongvanError):
    """The result could not be written where the user asked."""


class ClusterError(CongvanError):
    """``batch --cluster``: the Dask cluster cannot be used (not installed, not reached, or
    gone during the run). What finished is in the index; the same command goes on later."""
