"""Child process for the start-up benchmark: starts a bare Qt window or the app and exits as soon as it is
usable. Run by benchmarks/bench_ui.py, which starts the clock before starting the process; the probe prints
``ready <time.perf_counter()>`` at the moment the window is usable (perf_counter is the system-wide monotonic
clock on Linux, so both processes read the same clock), and the time of exit is the fallback elsewhere.

    python -m benchmarks.ui_probe bare
    python -m benchmarks.ui_probe app DATA_DIR     # exits when a typed query shows results
"""

from __future__ import annotations

import sys
import time


def _ready() -> None:
    print(f"ready {time.perf_counter()!r}", flush=True)


def bare() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(800, 600)
    window.show()
    QTimer.singleShot(0, lambda: (_ready(), app.quit()))  # after the first round of paint events
    app.exec()
    return 0


def app_window(data_dir: str) -> int:
    from pathlib import Path

    from ipt_desktop.app import start_window

    # The app's own start-up path (the same as `ipt-desktop`), which chooses when Qt is loaded.
    app, window, workers = start_window(Path(data_dir))
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    outcome = {"code": 1}

    def typed_results(count: int) -> None:
        if count and window.search.field.text() == "market consultation":
            _ready()
            outcome["code"] = 0
            QApplication.instance().quit()

    window.results_shown.connect(typed_results)
    window.search.field.setText("market consultation")
    window.search.search_now()
    QTimer.singleShot(60000, app.quit)
    app.exec()
    for worker in workers:
        worker.stop()
    return outcome["code"]


if __name__ == "__main__":
    mode = sys.argv[1]
    sys.exit(bare() if mode == "bare" else app_window(sys.argv[2]))
