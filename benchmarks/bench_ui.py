"""Desktop benchmarks, measured in one run:

- cold start to a window where a typed query shows results, against a bare PySide6 window (ratio ≤ 3), both
  timed from starting the process to the moment the probe reports the window usable (process exit is not
  part of start-up);
- keystroke to updated results in a 10k-document library (p50/p95, debounce included and excluded);
- the longest stall of the GUI thread while typing, and while 500 feed items sync from a loopback server
  (a 5 ms heartbeat timer measures it; budget 100 ms).

Prints one JSON object. ``--quick`` uses a smaller library for CI.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _time_child(args: list[str], env: dict) -> float:
    """Seconds from starting the probe process to the moment it reports a usable window."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.ui_probe", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"probe {args[0]} failed: {done.stderr.strip()[-500:]}")
    if sys.platform.startswith("linux"):  # one monotonic clock for every process
        for line in done.stdout.splitlines():
            if line.startswith("ready "):
                return float(line.split()[1]) - start
    return elapsed


def cold_start(runs: int) -> dict:
    """Median seconds from process start to usable window, bare Qt vs the app (seeded data dir)."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    with tempfile.TemporaryDirectory() as tmp:
        env["HOME"] = tmp
        env["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")
        data = str(Path(tmp) / "data")
        first_launch = _time_child(["app", data], env)
        bare, ours = [], []
        for _ in range(runs):
            bare.append(_time_child(["bare"], env))
            ours.append(_time_child(["app", data], env))
    b, o = statistics.median(bare), statistics.median(ours)
    return {
        "runs": runs,
        "bare_window_s": round(b, 3),
        "app_searchable_s": round(o, 3),
        "ratio": round(o / b, 2),
        "budget_ratio": 3.0,
        "first_launch_s": round(first_launch, 3),
    }


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def build_library(data_dir: Path, size: int) -> None:
    """A data directory holding ``size`` generated documents, imported (not bundled: the app's bundled-content
    refresh would remove bundled documents that its bundled folder does not ship)."""
    from benchmarks.corpus import Corpus
    from ipt_desktop.core.library import Library

    empty = data_dir.parent / "empty-bundle"
    empty.mkdir(exist_ok=True)
    with Library(data_dir, bundled_dir=empty, seed_dir=data_dir.parent / "no-seed") as library:
        corpus = Corpus(seed=7)
        batch = []
        for doc in corpus.documents(size):
            batch.append(doc)
            if len(batch) == 1000:
                library.content.apply(batch, origin="import")
                batch = []
        if batch:
            library.content.apply(batch, origin="import")
        library.rebuild_index()


def keystrokes(size: int, words: int) -> dict:
    """Type words letter by letter into the real window over a generated library; time each update."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from benchmarks.corpus import Corpus
    from ipt_desktop.app import create_window
    from ipt_desktop.ui.search_panel import SEARCH_DELAY_MS

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        t0 = time.perf_counter()
        build_library(data, size)
        build_s = time.perf_counter() - t0
        os.environ["IPT_LIBRARY_SEED"] = str(Path(tmp) / "no-seed")
        app = QApplication.instance() or QApplication([])  # noqa: F841 - keeps the application alive
        window, workers = create_window(data)
        empty = Path(tmp) / "empty-bundle"
        for worker in workers:  # the generated library replaces the bundled one for this measurement
            worker.submit(lambda library: setattr(library, "bundled_dir", empty))
        window.show()
        loop = QEventLoop()
        window.ready.connect(loop.quit)
        window.start()
        loop.exec()
        typed = Corpus(seed=7).queries(words)  # generated before the heartbeat starts: not GUI-thread work
        latencies, stalls = [], []
        clock = QElapsedTimer()
        heartbeat = QElapsedTimer()
        heartbeat.start()
        gaps = []

        def beat() -> None:
            gaps.append(heartbeat.restart())

        timer = QTimer(interval=5)
        timer.timeout.connect(beat)
        timer.start()
        pending = {"waiting": False}

        def shown(_count: int) -> None:
            if pending["waiting"]:
                latencies.append(clock.elapsed() / 1000)
                pending["waiting"] = False
                loop.quit()

        window.results_shown.connect(shown)
        for word in typed:
            window.search.field.clear()
            for char in word:
                pending["waiting"] = True
                clock.start()
                QTest.keyClick(window.search.field, char)
                QTimer.singleShot(5000, loop.quit)
                loop.exec()
        timer.stop()
        stalls = sorted(gaps)
        found: dict[str, int] = {}
        waiting = QEventLoop()
        counted = workers[0].submit(lambda library: library.index.doc_count())
        counted.finished.connect(lambda count: (found.update(count=count), waiting.quit()))
        while "count" not in found:
            waiting.exec()
        searched = found["count"]
        if searched != size:
            raise RuntimeError(f"the typing benchmark searched {searched} documents instead of {size}")
        for worker in workers:
            worker.stop()
        window.close()
    debounce = SEARCH_DELAY_MS / 1000
    return {
        "documents": size,
        "documents_indexed_after_typing": searched,
        "library_build_s": round(build_s, 1),
        "keystrokes": len(latencies),
        "keystroke_to_results_p50_s": round(_percentile(latencies, 0.5), 4),
        "keystroke_to_results_p95_s": round(_percentile(latencies, 0.95), 4),
        "after_debounce_p95_s": round(max(0.0, _percentile(latencies, 0.95) - debounce), 4),
        "debounce_s": debounce,
        "gui_longest_stall_ms": stalls[-1] if stalls else None,
        "gui_stall_p99_ms": _percentile(stalls, 0.99) if stalls else None,
    }


def sync_in_window(items: int) -> dict:
    """Sync ``items`` new entries from a loopback feed through the window; the GUI heartbeat must not stall."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from benchmarks.bench_sync import LoopbackServer, Route, rss_feed
    from ipt_desktop.app import create_window
    from ipt_desktop.core.store.data_dir import prepare_data_dir

    server = LoopbackServer()
    server.routes["/feed.xml"] = Route(rss_feed(items), headers={"Content-Type": "application/rss+xml"})
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.pop("IPT_LIBRARY_SEED", None)
        data = Path(tmp) / "data"
        prepare_data_dir(data)
        app = QApplication.instance() or QApplication([])  # noqa: F841 - keeps the application alive
        window, workers = create_window(data)
        loop = QEventLoop()
        window.ready.connect(loop.quit)
        window.show()
        window.start()
        loop.exec()

        def add(library):
            from ipt_desktop.core.sync.sources import SourceStore

            SourceStore(library.content.conn).add(server.url("/feed.xml"), "Loopback")

        added = workers[1].submit(add)
        added.finished.connect(loop.quit)
        loop.exec()
        gaps: list[int] = []
        heartbeat = QElapsedTimer()
        timer = QTimer(interval=5)
        timer.timeout.connect(lambda: gaps.append(heartbeat.restart()))
        clock = QElapsedTimer()
        outcome = {}
        window.sync.synced.connect(lambda report: (outcome.update(report=report), loop.quit()))
        heartbeat.start()
        timer.start()
        clock.start()
        window.actions_.sync_now.trigger()
        loop.exec()
        seconds = clock.elapsed() / 1000
        timer.stop()
        for worker in workers:
            worker.stop()
        window.close()
    server.close()
    report = outcome["report"]
    return {
        "items": items,
        "added": len(report.changes.added),
        "seconds_in_window": round(seconds, 3),
        "gui_longest_stall_ms": max(gaps) if gaps else None,
        "budget_stall_ms": 100,
        "within_budget": bool(gaps) and max(gaps) <= 100 and len(report.changes.added) == items,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small library and few runs (CI)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    report = {
        "cold_start": cold_start(3 if args.quick else 5),
        "sync_500_in_window": sync_in_window(100 if args.quick else 500),
        "typing": keystrokes(1000 if args.quick else 10000, 10 if args.quick else 40),
    }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
