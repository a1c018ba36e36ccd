"""Storage failures as one clear line: a full disk says where and about how much more room is needed; any
other SQLite or OS error is given as it is, with the file it concerns.

Callers catch ``sqlite3.Error`` and ``OSError`` where they know the file and the size of what they were
writing (``Library.apply_changes``), and the command line and the window's workers catch what is left.
"""

from __future__ import annotations

import errno
import math
import shutil
import sqlite3
from pathlib import Path

from ipt_desktop.core.errors import StorageError

MB = 1024 * 1024
SQLITE_FULL = 13
_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def is_disk_full(exc: BaseException | None) -> bool:
    """True when the error, or one it was raised from, says the disk (or the quota) is full."""
    seen = 0
    while exc is not None and seen < 10:
        if isinstance(exc, OSError) and exc.errno in _FULL_ERRNOS:
            return True
        if isinstance(exc, sqlite3.Error) and (
            getattr(exc, "sqlite_errorcode", None) == SQLITE_FULL or "disk is full" in str(exc)
        ):
            return True
        exc = exc.__cause__ or (None if exc.__suppress_context__ else exc.__context__)
        seen += 1
    return False


def free_bytes(path: Path) -> int | None:
    """Free bytes on the file system that holds ``path`` (or its nearest existing parent)."""
    for candidate in (path, *path.parents):
        try:
            if candidate.exists():
                return shutil.disk_usage(candidate).free
        except OSError:
            return None
    return None


def disk_full_message(path: Path, needed: int | None = None) -> str:
    """``the disk is full: PATH needs about N MB more (F free)``; without an estimate, only what is free."""
    free = free_bytes(path)
    room = f"{_size(free)} free" if free is not None else "no room left"
    if needed is None:
        return f"the disk is full: cannot write {path} ({room})"
    more = max(1, math.ceil((needed - (free or 0)) / MB))
    return f"the disk is full: {path} needs about {more} MB more ({room})"


def storage_error(exc: BaseException, path: Path, needed: int | None = None) -> StorageError:
    """The one-line StorageError for a failed read or write of ``path`` (a file, or the data directory)."""
    if is_disk_full(exc):
        return StorageError(disk_full_message(path, needed))
    if isinstance(exc, OSError):
        where = exc.filename or path
        return StorageError(f"{where}: {exc.strerror or exc}")
    return StorageError(f"{path}: {exc}")


def _size(count: int) -> str:
    if count >= MB:
        return f"{count / MB:.1f} MB"
    return f"{math.ceil(count / 1024)} KB"
