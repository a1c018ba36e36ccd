"""Writing the impacts file (``impacts``) of an index generation: at once for a rebuild, in a background
thread after an update.

The thread holds no write lock: it reads one generation's segments, which later commits leave readable, and
writes a file named after that generation. When it is done it hands the file to the searcher of that
generation under the index's lock, which it asks for without blocking, so that closing the index (which
holds that lock and stops the thread) never waits for it.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from pathlib import Path

from ipt_desktop.core.search.impacts import write_impacts
from ipt_desktop.core.search.masks import MaskCache
from ipt_desktop.core.search.rank import Ranker


def score_frequent_words(
    ix, folder: Path, min_postings: int, stop: Callable[[], bool] = lambda: False
) -> Path | None:
    """Write the impacts file of the newest generation of ``ix`` (a whoosh index) into ``folder``."""
    with ix.searcher() as searcher:
        ranker = Ranker(searcher, MaskCache(searcher, ()))
        return write_impacts(folder, ranker, searcher.reader().generation(), min_postings, stop)


class ImpactsJob:
    """At most one background scoring per index; a new one stops the one before it."""

    def __init__(self, folder: Path, lock: threading.RLock) -> None:
        self.folder = Path(folder)
        self.lock = lock
        self.thread: threading.Thread | None = None
        self._stop = threading.Event()

    def start(self, ix, min_postings: int, adopt: Callable[[], None]) -> None:
        """Score the newest generation of ``ix`` in a thread, then call ``adopt`` under the index's lock."""
        self.stop()
        stop = self._stop = threading.Event()

        def run() -> None:
            with contextlib.suppress(Exception):  # only speed is at stake: searches score words themselves
                if score_frequent_words(ix, self.folder, min_postings, stop.is_set) is None:
                    return
                while not stop.is_set():
                    if not self.lock.acquire(timeout=0.05):
                        continue
                    try:
                        adopt()
                    finally:
                        self.lock.release()
                    return

        self.thread = threading.Thread(target=run, name="ipt-search-impacts", daemon=True)
        self.thread.start()

    def stop(self) -> None:
        """Stop a running scoring and wait for its thread (it stops between two words)."""
        thread = self.thread
        if thread is not None:
            self._stop.set()
            thread.join()
            self.thread = None
