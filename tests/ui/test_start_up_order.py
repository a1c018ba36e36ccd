"""The order of start-up work: the window is built and painted before the reader loads the search engine, and
the app's start-up path loads the library's modules before Qt."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from ipt_desktop.ui.core_worker import CoreWorker

ROOT = Path(__file__).resolve().parents[2]


def test_a_worker_created_stopped_runs_jobs_queued_before_start_in_order(qtbot) -> None:
    class Library:
        def close(self) -> None:
            pass

    opened = []
    worker = CoreWorker(lambda: opened.append("library") or Library(), "late", start=False)
    try:
        first = worker.submit(lambda _library, n: n, 1)
        second = worker.submit(lambda _library, n: n, 2)
        results = []
        first.finished.connect(results.append)
        second.finished.connect(results.append)
        qtbot.wait(50)
        assert opened == [] and results == []  # nothing runs before start(): the library is not even opened
        worker.start()
        worker.start()  # idempotent
        qtbot.waitUntil(lambda: len(results) == 2, timeout=5000)
        assert results == [1, 2]
        assert opened == ["library"]
    finally:
        worker.stop()


def test_the_reader_starts_on_the_first_turn_of_the_event_loop(
    qtbot, cli_env, tmp_path: Path, settings
) -> None:
    from ipt_desktop.app import create_window

    window, workers = create_window(tmp_path / "data", settings)
    qtbot.addWidget(window)
    reader = workers[0]
    try:
        assert not reader._thread.isRunning()  # the window is built without competing with the reader
        QApplication.processEvents()
        qtbot.waitUntil(reader._thread.isRunning, timeout=5000)
    finally:
        for worker in workers:
            worker.stop()


def test_start_up_loads_the_library_before_qt(cli_env: Path, tmp_path: Path) -> None:
    code = f"""
import sys
from pathlib import Path
import ipt_desktop.app as app
order = []
real = app._application
def application():
    order.append("ipt_desktop.core.library" in sys.modules and "PySide6.QtCore" not in sys.modules)
    return real()
app._application = application
qt_app, window, workers = app.start_window(Path({str(tmp_path / "data")!r}))
for worker in workers:
    worker.stop()
print(order)
"""
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)},
    )
    assert done.returncode == 0, done.stderr[-1500:]
    assert done.stdout.strip().splitlines()[-1] == "[True]"


def test_garbage_collection_pauses_until_the_first_results(qtbot) -> None:
    import gc

    from PySide6.QtCore import QObject, Signal

    from ipt_desktop.app import _StartUpCollection

    class Window(QObject):
        results_shown = Signal(int)

    window = Window()
    assert gc.isenabled()
    try:
        collection = _StartUpCollection()
        collection.end_on(window.results_shown)
        assert not gc.isenabled()
        window.results_shown.emit(3)
        assert gc.isenabled()
        assert gc.get_freeze_count() > 0  # what start-up created stays out of later collections
        collection.end()  # the fall-back timer, later: nothing more happens
        assert gc.isenabled()
    finally:
        gc.unfreeze()
        gc.enable()
