"""The order of start-up work: the window is built and painted before the reader loads the search engine, the
app's start-up path loads the library's modules before Qt, and a waiting call that a later one makes pointless
(a stale listing, the warm-up once a search is queued) does not run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from ipt_desktop.core.search.types import SearchQuery
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


def test_a_waiting_call_that_a_later_one_supersedes_does_not_run(qtbot) -> None:
    class Library:
        def close(self) -> None:
            pass

    ran = []
    worker = CoreWorker(Library, "superseding", start=False)
    try:
        busy = []
        worker.busy_changed.connect(busy.append)
        warm_up = worker.submit(lambda _library: ran.append("warm-up"), superseded_by=("search",))
        listing = worker.submit(
            lambda _library: ran.append("list"), kind="list", superseded_by=("search", "list")
        )
        first = worker.submit(
            lambda _library: ran.append("s1"), kind="search", superseded_by=("search", "list")
        )
        last = worker.submit(
            lambda _library: ran.append("s2") or "s2", kind="search", superseded_by=("search",)
        )
        worker.submit(lambda _library: ran.append("write"), kind="write")
        skipped, answers = [], []
        for name, task in (("warm-up", warm_up), ("list", listing), ("s1", first)):
            task.superseded.connect(lambda name=name: skipped.append(name))
            task.finished.connect(lambda _value, name=name: answers.append(name))
        last.finished.connect(answers.append)
        worker.start()
        qtbot.waitUntil(lambda: worker.pending == 0, timeout=5000)
        assert ran == ["s2", "write"]  # a later write supersedes nothing: only the kinds a call names count
        assert skipped == ["warm-up", "list", "s1"] and answers == ["s2"]
        assert busy[-1] == 0
    finally:
        worker.stop()


def test_a_call_runs_when_nothing_that_supersedes_it_follows(qtbot) -> None:
    class Library:
        def close(self) -> None:
            pass

    ran = []
    worker = CoreWorker(Library, "not-superseded", start=False)
    try:
        worker.submit(lambda _library: ran.append("warm-up"), superseded_by=("search",))
        worker.submit(lambda _library: ran.append("list"), kind="list", superseded_by=("search", "list"))
        worker.start()
        qtbot.waitUntil(lambda: worker.pending == 0, timeout=5000)
        assert ran == [
            "warm-up",
            "list",
        ]  # listing the library does not open the index: the warm-up still runs
    finally:
        worker.stop()


def test_a_query_typed_before_the_reader_starts_is_the_only_list_request_it_answers(
    qtbot, cli_env, tmp_path: Path, settings, monkeypatch
) -> None:
    import ipt_desktop.app as app
    from ipt_desktop.ui import library_calls as calls

    ran = []
    real_warm_up, real_list_type, real_search = app._warm_up, calls.list_type, calls.run_search
    monkeypatch.setattr(app, "_warm_up", lambda library: ran.append("warm-up") or real_warm_up(library))
    monkeypatch.setattr(calls, "list_type", lambda *a: ran.append("list") or real_list_type(*a))

    def run_search(library, seq, query):
        ran.append("search" if query.limit else "counts")
        return real_search(library, seq, query)

    monkeypatch.setattr(calls, "run_search", run_search)
    window, workers = app.create_window(tmp_path / "data", settings)
    qtbot.addWidget(window)
    try:
        window.show()
        window.start()  # lists the whole library
        window.search.field.setText("market consultation")
        with qtbot.waitSignal(window.results_shown, timeout=60000) as shown:
            window.search.search_now()
        assert shown.args[0] > 0
        # The listing's answer would be dropped, and the warm-up would repeat the search's work.
        assert ran[0] == "search" and "list" not in ran and "warm-up" not in ran
        # The sidebar's counts for the first search come in a call of their own, right after its results.
        with qtbot.waitSignal(window.search.facets_changed, timeout=60000) as counted:
            pass
        assert ran[:2] == ["search", "counts"]
        full = workers[0].submit(
            lambda library: library.search(SearchQuery("market consultation", limit=0, prefix=True))
        )
        with qtbot.waitSignal(full.finished, timeout=60000) as answered:
            pass
        assert counted.args[0] == answered.args[0].facets and counted.args[0]["type"]
    finally:
        for worker in workers:
            worker.stop()
