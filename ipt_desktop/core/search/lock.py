"""Coordination files beside the index folder, shared by every thread and process on one data directory.

- :class:`FileLock`: an exclusive lock on a file (``index.lock``), held for a whole index write or rebuild.
  Between processes it is ``fcntl.flock`` on POSIX and ``msvcrt.locking`` on Windows, so the operating
  system releases it when the holder dies: a killed process never leaves the index locked. Within a process
  one ``threading.RLock`` per file serialises threads, and the thread that holds the lock may take it again.
  A process forked while it holds the lock (the index build's workers) closes its copy at once, so only the
  process that took the lock holds it. The lock file itself is never deleted (deleting it would let two
  processes lock two different files of the same name).
- :class:`ChangeCounter`: a small file (``index.changes``) that every index write replaces, under the lock,
  with a new value. Readers compare its bytes with the value they opened the index at (one ``open`` and
  ``read`` of a few bytes per query) and reopen on any difference; whoosh's generation numbers cannot serve,
  since a rebuilt index starts again at generation 1.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import threading
import time
import weakref
from pathlib import Path

from ipt_desktop.core.errors import SearchError

try:  # POSIX
    import fcntl

    msvcrt = None
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]
    import msvcrt  # type: ignore[no-redef]

_BUSY = {
    errno.EAGAIN,
    errno.EWOULDBLOCK,
    errno.EACCES,
    errno.EDEADLK,
    getattr(errno, "EDEADLOCK", errno.EDEADLK),
}
FIRST_DELAY = 0.01  # seconds between tries at first; doubles up to MAX_DELAY
MAX_DELAY = 0.2


class LockTimeout(SearchError):
    """The lock stayed held by another thread or process for longer than the wait allowed."""


def _try_lock(fd: int, path: Path) -> bool:
    try:
        if msvcrt is not None:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError as exc:
        if exc.errno in _BUSY:  # held by another process (flock: EAGAIN; msvcrt: EACCES or EDEADLOCK)
            return False
        raise SearchError(f"cannot lock {path} ({exc.strerror or exc}).") from None


def _unlock(fd: int) -> None:
    if msvcrt is not None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)


class FileLock:
    """An exclusive lock on one file for threads and processes; reentrant for the thread holding it.

    Get it with :func:`file_lock`, so that every user in a process shares the one object per file.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._threads = threading.RLock()
        self._depth = 0
        self._fd: int | None = None

    def acquire(self, timeout: float) -> None:
        """Take the lock, waiting at most ``timeout`` seconds; LockTimeout names the file otherwise."""
        deadline = time.monotonic() + max(0.0, timeout)
        if not self._threads.acquire(timeout=max(0.0, timeout)):
            raise LockTimeout(f"{self.path} is held by another thread")
        if self._depth:
            self._depth += 1
            return
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            self._threads.release()
            raise SearchError(f"cannot open the lock file {self.path} ({exc.strerror or exc}).") from None
        delay = FIRST_DELAY
        try:
            while not _try_lock(fd, self.path):
                left = deadline - time.monotonic()
                if left <= 0:
                    raise LockTimeout(f"{self.path} is held by another process")
                time.sleep(min(delay, left))
                delay = min(delay * 2, MAX_DELAY)
        except BaseException:
            os.close(fd)
            self._threads.release()
            raise
        self._fd, self._depth = fd, 1

    def release(self) -> None:
        """Give the lock back (the last release of the holding thread unlocks the file)."""
        self._depth -= 1
        if self._depth == 0 and self._fd is not None:
            fd, self._fd = self._fd, None
            try:
                _unlock(fd)
            finally:
                os.close(fd)
        self._threads.release()

    def _forget_after_fork(self) -> None:
        """In a forked child: close the inherited descriptor without unlocking (that is the parent's lock)."""
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)
        self._fd, self._depth = None, 0
        self._threads = threading.RLock()


_locks: dict[str, FileLock] = {}
_locks_guard = threading.Lock()
_all_locks: weakref.WeakSet[FileLock] = weakref.WeakSet()


def file_lock(path: Path) -> FileLock:
    """The one FileLock of this process for ``path``."""
    key = os.path.abspath(path)
    with _locks_guard:
        lock = _locks.get(key)
        if lock is None:
            lock = _locks[key] = FileLock(Path(key))
            _all_locks.add(lock)
        return lock


def _after_fork_in_child() -> None:
    global _locks_guard
    _locks_guard = threading.Lock()
    for lock in list(_all_locks):
        lock._forget_after_fork()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)


class ChangeCounter:
    """The value in ``path`` that changes with every write of the index (see the module docstring)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def read(self) -> bytes:
        """The current value (b"" when there is no file yet)."""
        try:
            fd = os.open(self.path, os.O_RDONLY)
        except OSError:
            return b""
        try:
            return os.read(fd, 64)
        except OSError:
            return b""
        finally:
            os.close(fd)

    def bump(self) -> bytes:
        """Write the next value (call with the index's FileLock held) and return it."""
        try:
            number = int(self.read().split()[0]) + 1
        except (ValueError, IndexError):
            number = 1
        value = f"{number} {secrets.token_hex(4)}\n".encode()  # unique even if the file was deleted
        temp = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        try:
            temp.write_bytes(value)
            for attempt in range(20):
                try:
                    os.replace(temp, self.path)
                    break
                except PermissionError:  # Windows: a reader has the file open for a moment
                    if attempt == 19:
                        raise
                    time.sleep(0.01)
        except OSError as exc:
            with contextlib.suppress(OSError):
                temp.unlink()
            raise SearchError(
                f"cannot record the index change in {self.path} ({exc.strerror or exc})."
            ) from None
        return value
