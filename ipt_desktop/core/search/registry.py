"""One ``SearchIndex`` per index folder in a process (``SearchIndex.shared``): this module owns the registry
of shared instances and how many users hold each, so that every Library on one data directory, whatever
thread it belongs to, searches and writes through the same object."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

Shared = TypeVar("Shared")

_instances: dict[str, list] = {}  # resolved folder -> [instance, users]
_folders: dict[int, str] = {}  # id(instance) -> resolved folder, while the instance is registered
_guard = threading.Lock()


def acquire(folder: Path, make: Callable[[Path], Shared]) -> Shared:
    """The one instance over ``folder``, made with ``make(folder)`` on first use; counts one more user."""
    key = str(Path(folder).resolve())
    with _guard:
        entry = _instances.get(key)
        if entry is None:
            entry = _instances[key] = [make(folder), 0]
            _folders[id(entry[0])] = key
        entry[1] += 1
        return entry[0]


def release(instance: object) -> bool:
    """End one user's share of ``instance``. True when nobody holds it any more (that was the last user, who
    must release its files; the instance leaves the registry) or it was never shared."""
    with _guard:
        key = _folders.get(id(instance))
        if key is None:
            return True
        entry = _instances[key]
        entry[1] -= 1
        if entry[1] > 0:
            return False
        del _instances[key]
        del _folders[id(instance)]
        return True
