"""One change record per write, handed to every view: each write below produces the record with the right
fields, the views that show what it touched reload, and the others do not.

Tests wait on signals, never on time. "Do not reload" is checked after a barrier: a no-op job on each worker,
queued after any reload the record asked for, so every such reload has answered when the barrier has.
"""

from __future__ import annotations

import pytest

from benchmarks.bench_sync import LoopbackServer, Route, rss_feed
from ipt_desktop.core.changes import OpChanges

TIMEOUT = 30000


class Views:
    """Records which views reloaded (by their 'shown' signals) and every change record the window passed on."""

    def __init__(self, window) -> None:
        self.reloaded: list[str] = []
        self.records: list[OpChanges] = []
        window.browse.overview_shown.connect(lambda: self.reloaded.append("sidebar"))
        window.search.results_shown.connect(lambda _rows: self.reloaded.append("list"))
        window.reader.document_shown.connect(lambda _doc: self.reloaded.append("reader"))
        window.deck_panel.collections_loaded.connect(lambda _count: self.reloaded.append("decks"))
        window.library_changed.connect(self.records.append)

    def clear(self) -> None:
        self.reloaded.clear()
        self.records.clear()

    @property
    def which(self) -> set[str]:
        return set(self.reloaded)


def settle(qtbot, workers) -> None:
    """Wait until every job queued so far on both workers has answered on the GUI thread."""
    for _ in range(2):  # twice: an answer may queue one more job (a reload) on the other worker
        for worker in workers:
            with qtbot.waitSignal(
                worker.submit(lambda _library: None, name="barrier").finished, timeout=TIMEOUT
            ):
                pass


@pytest.fixture
def window_and_views(qtbot, make_window):
    """A started window with a document open, the decks panel created and the list on ``All documents``."""
    window, workers = make_window()
    with qtbot.waitSignal(window.document_shown, timeout=TIMEOUT):
        window.open_document("guide-ppi")
    with qtbot.waitSignal(_decks_loaded(window), timeout=TIMEOUT):
        pass
    with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT):
        window.show_view("all")
    settle(qtbot, workers)
    views = Views(window)
    return window, workers, views


def _decks_loaded(window):
    """Show the decks view (creating its panel) and return the signal that says it loaded."""
    window.show_view("decks")
    return window.deck_panel.collections_loaded


def _show(qtbot, window, workers, views, view: str) -> None:
    with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT):
        window.show_view(view)
    settle(qtbot, workers)
    views.clear()


def _rows(window) -> list[str]:
    return [window.search.model.hit(r).id for r in range(window.search.model.rowCount())]


def test_a_bookmark_reloads_the_bookmarks_list_only(qtbot, window_and_views):
    window, workers, views = window_and_views
    _show(qtbot, window, workers, views, "bookmarks")
    assert _rows(window) == []
    with qtbot.waitSignal(window.library_changed, timeout=TIMEOUT) as blocker:
        window.actions_.bookmark.trigger()
    assert blocker.args[0] == OpChanges(bookmarks=frozenset({"guide-ppi"}))
    settle(qtbot, workers)
    assert views.which == {"list"}
    assert _rows(window) == ["guide-ppi"]
    assert window.actions_.bookmark.isChecked()


def test_a_bookmark_leaves_a_search_alone(qtbot, window_and_views):
    window, workers, views = window_and_views
    with qtbot.waitSignal(window.library_changed, timeout=TIMEOUT) as blocker:
        window.actions_.bookmark.trigger()
    assert blocker.args[0].kinds == ("bookmarks",)
    settle(qtbot, workers)
    assert views.which == set()


def test_a_note_reloads_the_notes_list_only(qtbot, window_and_views):
    window, workers, views = window_and_views
    _show(qtbot, window, workers, views, "notes")
    window.reader.note.setPlainText("Ask the legal team.")
    with qtbot.waitSignal(window.library_changed, timeout=TIMEOUT) as blocker:
        window.reader.save_note()
    assert blocker.args[0] == OpChanges(notes=frozenset({"guide-ppi"}))
    settle(qtbot, workers)
    assert views.which == {"list"}
    assert _rows(window) == ["guide-ppi"]
    assert window.search.model.hit(0).summary == "Ask the legal team."


def test_adding_to_a_deck_reloads_the_decks_panel_only(qtbot, window_and_views):
    window, workers, views = window_and_views
    with qtbot.waitSignal(window.library_changed, timeout=TIMEOUT) as blocker:
        window.trainer.add_to_deck("guide-ppi", "Workshop")
    record = blocker.args[0]
    assert record.kinds == ("collections",) and len(record.collections) == 1
    settle(qtbot, workers)
    assert views.which == {"decks"}
    assert window.deck_panel.current_name() == "Workshop"
    assert [i.doc_id for i in window.deck_panel.model.items()] == ["guide-ppi"]


def test_an_import_reloads_the_lists_and_counts_and_the_document_it_updates(
    qtbot, window_and_views, tmp_path
):
    window, workers, views = window_and_views
    _show(qtbot, window, workers, views, "whats_new")
    folder = tmp_path / "Field notes"
    folder.mkdir()
    page = folder / "visit.md"
    page.write_text("# Visit to the depot\n\nWe saw the buses.\n", encoding="utf-8")
    with qtbot.waitSignal(window.library_changed, timeout=TIMEOUT) as blocker:
        window.tasks.import_path(str(folder))
    record = blocker.args[0]
    assert record.kinds == ("content",) and record.content.added == ("visit",)
    settle(qtbot, workers)
    assert window.search.model.hit(0).summary.startswith("Added by an import on ")
    assert views.which == {"sidebar", "list"}  # the reader shows another document; the decks are untouched
    assert _rows(window) == ["visit"]
    assert "Field notes  (1)" in _sidebar_labels(window)

    with qtbot.waitSignal(window.document_shown, timeout=TIMEOUT):
        window.open_document("visit")
    settle(qtbot, workers)
    views.clear()
    page.write_text("# Visit to the bus depot\n\nWe saw the buses.\n", encoding="utf-8")
    with qtbot.waitSignal(window.library_changed, timeout=TIMEOUT) as blocker:
        window.tasks.import_path(str(folder))
    assert blocker.args[0].content.updated == ("visit",)
    settle(qtbot, workers)
    assert views.which == {"sidebar", "list", "reader"}
    assert window.reader.current.document.title == "Visit to the bus depot"
    assert "Visit to the bus depot" in window.reader.view.toPlainText()
    assert [r.kinds for r in views.records] == [("content",)]  # reloading the document is no visit


def test_a_sync_reloads_whats_new_and_the_counts(qtbot, window_and_views):
    window, workers, views = window_and_views
    server = LoopbackServer()
    server.routes["/feed.xml"] = Route(rss_feed(5), headers={"Content-Type": "application/rss+xml"})
    try:
        with qtbot.waitSignal(window.library_changed, timeout=TIMEOUT) as blocker:
            workers[1].submit(lambda library: library.add_source(server.url("/feed.xml"), "Loopback"))
        assert blocker.args[0] == OpChanges(sources=frozenset({"Loopback"}))
        _show(qtbot, window, workers, views, "whats_new")
        with qtbot.waitSignal(window.library_changed, timeout=TIMEOUT) as blocker:
            window.actions_.sync_now.trigger()
        record = blocker.args[0]
        assert record.kinds == ("content", "sources") and record.sources == {"Loopback"}
        assert len(record.content.added) == 5
        settle(qtbot, workers)
        assert views.which == {"sidebar", "list"}
        assert sorted(_rows(window)) == sorted(record.content.added)
    finally:
        server.close()


def test_a_reindex_reloads_the_list_and_the_counts(qtbot, window_and_views):
    window, workers, views = window_and_views
    with qtbot.waitSignal(window.library_changed, timeout=TIMEOUT) as blocker:
        window.tasks.reindex()
    assert blocker.args[0] == OpChanges(index=True)
    settle(qtbot, workers)
    assert views.which == {"sidebar", "list"}


def test_a_reload_keeps_the_current_row(qtbot, window_and_views):
    window, workers, views = window_and_views
    _show(qtbot, window, workers, views, "history")
    assert _rows(window)[0] == "guide-ppi"
    with qtbot.waitSignal(window.document_shown, timeout=TIMEOUT):
        window.open_document("glossary-pcp")
    settle(qtbot, workers)
    assert _rows(window)[:2] == ["glossary-pcp", "guide-ppi"]  # the visit reloaded the history
    window.search.list.setCurrentIndex(window.search.model.index(1))
    with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT):
        window.search.list.clicked.emit(window.search.model.index(1))
    assert _rows(window)[0] == "guide-ppi"
    assert window.search.model.hit(window.search.list.currentIndex().row()).id == "guide-ppi"


def _sidebar_labels(window) -> list[str]:
    labels = []
    for i in range(window.browse.topLevelItemCount()):
        item = window.browse.topLevelItem(i)
        labels.append(item.text(0))
        labels.extend(item.child(j).text(0) for j in range(item.childCount()))
    return labels


def test_an_import_from_the_command_line_shows_without_a_restart(qtbot, make_window, tmp_path):
    import subprocess
    import sys

    window, workers = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    qtbot.waitUntil(lambda: window.browse.topLevelItemCount() > 0, timeout=TIMEOUT)
    before = window.browse.topLevelItem(0).text(0)
    settle(qtbot, workers)
    window.check_outside_changes()  # the first look only notes where things stand
    settle(qtbot, workers)
    folder = tmp_path / "From the shell"
    folder.mkdir()
    (folder / "memo.md").write_text("# Memo from the shell\n\nImported elsewhere.\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "ipt_desktop", "import", str(folder), "--data-dir", str(tmp_path / "data")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    with qtbot.waitSignal(window.library_changed, timeout=TIMEOUT) as blocker:
        window.check_outside_changes()
    assert blocker.args[0].index
    count = int(before.rsplit("(", 1)[1].rstrip(")"))
    qtbot.waitUntil(lambda: window.browse.topLevelItem(0).text(0).endswith(f"({count + 1})"), timeout=TIMEOUT)
