"""The window's worker on a full disk (a real, filled tmpfs): a failed write reaches the window as one
StorageError line, user.db is unchanged, and the worker goes on serving."""

from __future__ import annotations

from pathlib import Path

from ipt_desktop.core.errors import StorageError
from ipt_desktop.core.library import Library
from ipt_desktop.ui.core_worker import CoreWorker
from tests.conftest import SMALL_LIBRARY
from tests.test_disk_full import fill, small_file_system

TIMEOUT = 20000


def test_a_note_too_large_for_the_disk_fails_with_one_line(qtbot, tmp_path: Path):
    with small_file_system(tmp_path / "fs", "4m") as fs:
        data = fs / "data"

        def open_library() -> Library:
            library = Library(data, bundled_dir=SMALL_LIBRARY, seed_dir=tmp_path / "no-seed")
            library.ensure_ready()
            return library

        open_library().close()  # a ready data directory, its write-ahead logs checkpointed
        user_before = (data / "user.db").read_bytes()
        worker = CoreWorker(open_library, "disk-full-test")
        try:
            ready = worker.submit(lambda library: library.content.count())
            with qtbot.waitSignal(ready.finished, timeout=TIMEOUT) as blocker:
                pass
            assert blocker.args == [5]
            fill(fs, leave=32 * 1024)
            doc_id = "guide-market-dialogue"
            task = worker.submit(lambda library: library.user.save_note(doc_id, "Title", "n" * 400_000))
            with qtbot.waitSignal(task.failed, timeout=TIMEOUT) as blocker:
                pass
            error = blocker.args[0]
            assert isinstance(error, StorageError), repr(error)
            assert str(error).startswith("the disk is full: ") and "\n" not in str(error), str(error)
            assert str(data) in str(error)
            after = worker.submit(lambda library: library.user.note(doc_id))
            with qtbot.waitSignal(after.finished, timeout=TIMEOUT) as blocker:
                pass
            assert blocker.args == [""]  # nothing half-written, and the worker still serves
        finally:
            worker.stop()
        assert (data / "user.db").read_bytes() == user_before
