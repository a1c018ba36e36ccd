"""Builds the core workers and the main window, connects them, and runs the Qt event loop. No globals."""

from __future__ import annotations

import gc
import os
import sys
import tempfile
from pathlib import Path

from ipt_desktop import APP_NAME, __version__
from ipt_desktop.core.content.taxonomy import default_taxonomy
from ipt_desktop.core.errors import IptError
from ipt_desktop.core.store.data_dir import default_data_dir, prepare_data_dir

START_UP_GC_PAUSE_MS = 10_000  # the longest the garbage collector waits for the first results


def _open_library(data_dir: Path):
    # Imported here, on the reader's thread, which starts once the window is painted (see create_window).
    from ipt_desktop.core.library import Library

    return Library(data_dir)


def _warm_up(library) -> None:
    """Open the index and its searcher, and build its facet masks, before the first keystroke."""
    from ipt_desktop.core.search.types import SearchQuery

    library.search(SearchQuery(text="procurement", limit=1))  # the facet masks too


def create_window(data_dir: Path, settings=None):
    """Create the workers and the main window for a prepared data directory; returns (window, workers).

    The reader's thread starts on the event loop's first turn, after the window's first paint: it then
    loads the search engine and the library (about half of start-up) while the window is already on screen.
    Both are Python work under one interpreter lock, so running them while the window is being built would
    only slow both down. Queries asked before then wait in the reader's queue.
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ipt_desktop.ui.core_worker import CoreWorker

    reader = CoreWorker(lambda: _open_library(data_dir), "ipt-reader", start=False)
    # A search typed before the reader starts opens the index itself: the warm-up then has nothing left to do.
    reader.submit(_warm_up, name="warm-up", superseded_by=("search",))
    QTimer.singleShot(0, reader.start)
    writer = CoreWorker(lambda: _open_library(data_dir), "ipt-writer")

    from ipt_desktop.ui.app_settings import AppSettings
    from ipt_desktop.ui.main_window import MainWindow, Services
    from ipt_desktop.ui.theme import apply_theme

    settings = settings or AppSettings()
    settings.use_library(data_dir)
    theme = apply_theme(QApplication.instance(), settings.theme)
    taxonomy = default_taxonomy().in_language(settings.language)
    window = MainWindow(Services(reader, writer, taxonomy, settings, theme))
    return window, [reader, writer]


def _application():
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("ipt-desktop")
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("ipt-desktop")
    return app


def start_window(data_dir: Path):
    """Start-up as ``ipt-desktop`` does it, for a prepared data directory: returns (app, window, workers) with
    the window shown and its first query asked; the caller runs the event loop.

    The library and the search engine are imported first, before Qt: once PySide6 is loaded it reads the
    source of every module imported after it (to look for its ``__feature__`` switches), which made the
    search engine's 150 modules about a third slower to load. The cyclic garbage collector is paused until
    the first results are on screen (:class:`_StartUpCollection`).
    """
    collection = _StartUpCollection()
    import ipt_desktop.core.library  # noqa: F401 - loaded here, before Qt; see the docstring
    from ipt_desktop.core.search import load_engine

    load_engine()
    app = _application()
    from ipt_desktop.ui.app_settings import AppSettings
    from ipt_desktop.ui.translations import install_translators

    settings = AppSettings()
    install_translators(app, settings.language)
    window, workers = create_window(data_dir, settings)
    collection.end_on(window.results_shown)
    window.show()
    window.start()
    return app, window, workers


class _StartUpCollection:
    """Pauses the cyclic garbage collector while the app starts, and then freezes what start-up created.

    Start-up creates some 70,000 objects that live as long as the app (modules, classes, functions, Qt
    wrappers) and almost no garbage (about 500 unreachable objects when the first results are shown). The
    collector would walk those objects about a hundred times before the first results, some 15 ms for
    nothing; afterwards ``gc.freeze()`` keeps them out of every later collection too, which makes the full
    collections that do run while the user types shorter. Collection resumes when the first results are
    shown, or after START_UP_GC_PAUSE_MS at the latest. Where the collector was already off, nothing changes.
    """

    def __init__(self) -> None:
        self._paused = gc.isenabled()
        gc.disable()

    def end_on(self, signal) -> None:
        """Resume collection when ``signal`` first fires, or after START_UP_GC_PAUSE_MS."""
        from PySide6.QtCore import QTimer

        signal.connect(self.end)
        self._signal = signal
        QTimer.singleShot(START_UP_GC_PAUSE_MS, self.end)

    def end(self, *_args) -> None:
        """Freeze the objects start-up created and resume collection (once)."""
        if self._paused:
            self._paused = False
            self._signal.disconnect(self.end)
            gc.freeze()
            gc.enable()


def run(data_dir: Path | None) -> int:
    """Open the window and run until it closes."""
    data_dir = Path(data_dir) if data_dir else default_data_dir()
    prepare_data_dir(data_dir)  # refuse early, with one clear line, a database the app must not touch
    app, _window, workers = start_window(data_dir)
    try:
        return app.exec()
    finally:
        for worker in workers:
            worker.stop()


def self_test(data_dir: Path | None) -> int:
    """Offscreen: open the window, run one search, render one document, exit 0 (1 on failure)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="ipt-self-test-") as scratch:
        target = Path(data_dir) if data_dir else Path(scratch)
        try:
            prepare_data_dir(target)
        except IptError as exc:
            print(f"ipt-desktop: error: {exc}", file=sys.stderr)
            return 2
        app, window, workers = start_window(target)
        outcome: dict[str, object] = {}
        from PySide6.QtCore import QTimer

        def finish(code: int, message: str) -> None:
            outcome["code"], outcome["message"] = code, message
            app.quit()

        def on_ready() -> None:
            window.results_shown.connect(on_results)
            window.search.field.setText("innovation procurement")
            window.search.search_now()

        def on_results(count: int) -> None:
            hit = window.search.model.hit(0)
            if count and hit:
                window.open_document(hit.id)
            else:
                finish(1, "self-test: the search returned no results")

        window.ready.connect(on_ready)
        window.document_shown.connect(
            lambda doc_id: finish(0, f"self-test passed: searched and rendered {doc_id}")
        )
        QTimer.singleShot(60000, lambda: finish(1, "self-test: timed out after 60 s"))
        app.exec()
        for worker in workers:
            worker.stop()
        print(outcome.get("message", "self-test: no outcome"))
        return int(outcome.get("code", 1))
