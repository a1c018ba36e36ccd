"""The Sources dialog drives the core only through a CoreWorker; tests wait on signals, never on time."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from benchmarks.bench_sync import LoopbackServer, Route, rss_feed
from ipt_desktop.core.library import Library
from ipt_desktop.ui.core_worker import CoreWorker
from ipt_desktop.ui.sources_dialog import SourcesDialog

TIMEOUT = 20000


@pytest.fixture
def server():
    srv = LoopbackServer()
    srv.routes["/ok"] = Route(rss_feed(2), headers={"Content-Type": "application/rss+xml"})
    srv.routes["/gone"] = Route(status=410)
    yield srv
    srv.close()


@pytest.fixture
def dialog(qtbot, tmp_path: Path):
    def open_library() -> Library:
        library = Library(tmp_path / "data", bundled_dir=tmp_path / "none", seed_dir=tmp_path / "no-seed")
        library.ensure_ready()
        return library

    worker = CoreWorker(open_library, "sources-test")
    dlg = SourcesDialog(worker)
    worker.library_changed.connect(dlg.on_library_changed)  # as the window wires it
    qtbot.addWidget(dlg)
    # The first load is delivered through the event loop, so it cannot fire before this wait starts.
    with qtbot.waitSignal(dlg.sources_loaded, timeout=TIMEOUT):
        pass
    yield dlg
    worker.stop()


def _names(dlg) -> list[str]:
    return [dlg.table.item(row, 1).text() for row in range(dlg.table.rowCount())]


def test_suggested_sources_are_listed_disabled(dialog):
    assert len(_names(dialog)) == 3 and all("(suggested)" in n for n in _names(dialog))
    assert all(dialog.table.item(r, 0).checkState() == Qt.CheckState.Unchecked for r in range(3))
    # Each suggested project feed says, where its name is, that the project has ended.
    assert all("may be silent" in dialog.table.item(r, 1).toolTip() for r in range(3))


def test_add_sync_and_show_each_result(qtbot, dialog, server):
    with qtbot.waitSignal(dialog.sources_loaded, timeout=TIMEOUT):
        dialog.add_source(server.url("/ok"), "Good")
    with qtbot.waitSignal(dialog.sources_loaded, timeout=TIMEOUT):
        dialog.add_source(server.url("/gone"), "Gone")
    synced = []
    dialog.source_synced.connect(synced.append)
    with qtbot.waitSignal(dialog.sync_finished, timeout=TIMEOUT) as blocker:
        dialog.sync_button.click()
    results = {r.name: r for r in blocker.args[0]}
    assert set(results) == {"Good", "Gone"} and len(synced) == 2
    assert len(results["Good"].changes.added) == 2 and results["Gone"].is_failed
    with qtbot.waitSignal(dialog.sources_loaded, timeout=TIMEOUT):
        pass  # the table reloads after a run (the 410 disabled "Gone")
    good, gone = dialog.row_of("Good"), dialog.row_of("Gone")
    assert dialog.table.item(good, 4).text() == "Good: 2 added, 0 updated, 0 removed"
    assert "410" in dialog.table.item(gone, 4).text()
    assert dialog.table.item(gone, 0).checkState() == Qt.CheckState.Unchecked


def test_a_failed_source_reads_plainly_and_the_counts_add_up(qtbot, dialog, server):
    with qtbot.waitSignal(dialog.sources_loaded, timeout=TIMEOUT):
        dialog.add_source("http://127.0.0.1:9/feed", "Down")
    with qtbot.waitSignal(dialog.sync_finished, timeout=TIMEOUT):
        dialog.sync_button.click()
    row = dialog.row_of("Down")
    cell = dialog.table.item(row, 4)
    assert cell.text() == "Error: 127.0.0.1 refused the connection (the server may be down)"
    assert cell.toolTip() == cell.text()
    assert dialog.status.text() == "Synced 0 of 1 source; 1 failed."
    assert dialog.table.columnWidth(2) <= dialog.table.columnWidth(4) or dialog.table.columnWidth(4) > 200


def test_enable_checkbox_and_remove(qtbot, dialog):
    row = dialog.row_of("PROCEDIN news")
    with qtbot.waitSignal(dialog.sources_loaded, timeout=TIMEOUT) as blocker:
        dialog.table.item(row, 0).setCheckState(Qt.CheckState.Checked)
    assert next(r for r in blocker.args[0] if r.name == "PROCEDIN news").is_enabled
    dialog.table.selectRow(dialog.row_of("PROCEDIN news"))
    with qtbot.waitSignal(dialog.sources_loaded, timeout=TIMEOUT):
        dialog.remove_selected(confirm=False)
    assert len(_names(dialog)) == 2 and dialog.row_of("PROCEDIN news") == -1


def test_core_error_is_shown(qtbot, dialog):
    with qtbot.waitSignal(dialog.error_shown, timeout=TIMEOUT) as blocker:
        dialog.add_source("ftp://nowhere.example/")
    assert "must start with http" in blocker.args[0] and dialog.status.text() == blocker.args[0]


def test_the_table_reloads_for_source_changes_made_elsewhere_only(qtbot, dialog):
    worker = dialog._worker
    with qtbot.assertNotEmitted(dialog.sources_loaded):
        task = worker.submit(lambda library: library.set_bookmark("a", "A", True))
        with qtbot.waitSignal(task.finished, timeout=TIMEOUT):
            pass
        barrier = worker.submit(lambda _library: None)  # a reload would have been queued before it
        with qtbot.waitSignal(barrier.finished, timeout=TIMEOUT):
            pass
    with qtbot.waitSignal(dialog.sources_loaded, timeout=TIMEOUT) as blocker:
        worker.submit(lambda library: library.set_source_enabled("PROCEDIN news", True))
    assert next(r for r in blocker.args[0] if r.name == "PROCEDIN news").is_enabled
    assert dialog.table.item(dialog.row_of("PROCEDIN news"), 0).checkState() == Qt.CheckState.Checked


def test_the_dialog_fits_an_800_by_600_screen(dialog):
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 800 and hint.height() <= 600, hint
    available = dialog.screen().availableGeometry()
    assert dialog.width() <= available.width()
