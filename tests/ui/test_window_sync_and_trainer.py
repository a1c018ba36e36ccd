"""The window's sync (against a feed served on 127.0.0.1) feeding What's new, and presenting from the reader."""

from __future__ import annotations

from benchmarks.bench_sync import LoopbackServer, Route, rss_feed


def test_sync_now_fills_whats_new(qtbot, make_window):
    server = LoopbackServer()
    server.routes["/feed.xml"] = Route(
        rss_feed(12, title="Loopback news"), headers={"Content-Type": "application/rss+xml"}
    )
    try:
        window, workers = make_window()

        def add_source(library):
            return library.add_source(server.url("/feed.xml"), "Loopback")

        with qtbot.waitSignal(workers[1].submit(add_source).finished, timeout=20000):
            pass
        with qtbot.waitSignal(window.sync.synced, timeout=60000) as blocker:
            window.actions_.sync_now.trigger()
        report = blocker.args[0]
        assert report.is_ok and len(report.changes.added) == 12
        assert "12 new" in window.statusBar().currentMessage()
        with qtbot.waitSignal(window.results_shown, timeout=20000):
            window.show_view("whats_new")
        hits = [window.search.model.hit(r) for r in range(window.search.model.rowCount())]
        assert len(hits) == 12 and all(h.type == "news" for h in hits)
        assert all("Added by Loopback" in h.summary for h in hits)
    finally:
        server.close()


def test_present_from_the_reader(qtbot, make_window):
    window, _ = make_window()
    with qtbot.waitSignal(window.document_shown, timeout=20000):
        window.open_document("training-pre-commercial-procurement")
    with qtbot.waitSignal(window.trainer.controller.started, timeout=20000) as blocker:
        window.actions_.present.trigger()
    slides_window = blocker.args[0]
    assert slides_window is not None
    window.trainer.controller.stop()


def test_decks_view_switches_the_middle_column(qtbot, make_window):
    window, _ = make_window()
    window.show_view("decks")
    assert window.middle.currentWidget() is window.deck_panel
    window.show_view("bookmarks")
    assert window.middle.currentWidget() is window.search
