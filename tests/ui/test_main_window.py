"""The desktop window, driven as a person would: type, filter, open, follow links, bookmark, note."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl

from ipt_desktop.core.search.types import Hit
from ipt_desktop.ui.reader_view import classify_link
from ipt_desktop.ui.result_model import ResultListModel


def _hits(window):
    return [window.search.model.hit(row) for row in range(window.search.model.rowCount())]


def test_search_as_you_type_shows_results(qtbot, make_window):
    window, _ = make_window()
    qtbot.keyClicks(window.search.field, "market consultation")

    def top_hits_match() -> None:
        assert any("market-consultation" in h.id for h in _hits(window)[:5])

    qtbot.waitUntil(top_hits_match, timeout=20000)
    assert "result" in window.search.heading.text()


def test_return_right_after_typing_selects_the_first_fresh_result(qtbot, make_window):
    window, _ = make_window()
    qtbot.keyClicks(window.search.field, "pcp")
    qtbot.keyClick(window.search.field, Qt.Key.Key_Return)  # before the typing delay has run the search

    def first_row_current() -> None:
        assert window.search.field.text() == "pcp" and window.search.list.currentIndex().row() == 0
        assert window.search.list.hasFocus() or window.search.list.currentIndex().isValid()
        assert "pcp" in window.search.model.hit(0).title.lower() or window.search.model.hit(0).snippet

    qtbot.waitUntil(first_row_current, timeout=20000)


def test_down_arrow_in_the_field_moves_to_the_first_result(qtbot, make_window):
    window, _ = make_window()
    window.search.field.setText("procurement")
    with qtbot.waitSignal(window.results_shown, timeout=20000):
        window.search.search_now()
    qtbot.keyClick(window.search.field, Qt.Key.Key_Down)
    assert window.search.list.currentIndex().row() == 0


def test_filters_change_the_results_and_show_chips(qtbot, make_window):
    window, _ = make_window()
    window.search.field.setText("procurement")
    with qtbot.waitSignal(window.results_shown, timeout=20000):
        window.search.add_filter("type", "guide")
    assert _hits(window) and all(h.type == "guide" for h in _hits(window))
    assert window.search.chips.isVisible()
    with qtbot.waitSignal(window.results_shown, timeout=20000):
        window.search.remove_filter("type", "guide")
    assert {h.type for h in _hits(window)} != {"guide"}


def test_opening_a_result_renders_it(qtbot, make_window):
    window, _ = make_window()
    with qtbot.waitSignal(window.results_shown, timeout=20000, check_params_cb=lambda n: n > 0):
        window.search.field.setText("pre-commercial procurement")
        window.search.search_now()
    first = window.search.model.index(0)
    with qtbot.waitSignal(window.document_shown, timeout=20000):
        window.search.list.clicked.emit(first)
    doc = window.reader.current.document
    assert doc.title in window.reader.view.toPlainText()
    assert window.reader.tabs.isVisible()


def test_internal_link_and_back(qtbot, make_window):
    window, _ = make_window()
    with qtbot.waitSignal(window.document_shown, timeout=20000):
        window.open_document("guide-preliminary-market-consultation")
    with qtbot.waitSignal(
        window.document_shown, timeout=20000, check_params_cb=lambda d: d == "glossary-rfi"
    ):
        window.reader.view.anchorClicked.emit(QUrl("ipt://doc/glossary-rfi"))
    assert window.actions_.back.isEnabled()
    with qtbot.waitSignal(
        window.document_shown,
        timeout=20000,
        check_params_cb=lambda d: d == "guide-preliminary-market-consultation",
    ):
        window.actions_.back.trigger()
    with qtbot.waitSignal(
        window.document_shown, timeout=20000, check_params_cb=lambda d: d == "glossary-rfi"
    ):
        window.actions_.forward.trigger()


def test_dangerous_links_do_nothing(qtbot, make_window):
    window, _ = make_window()
    with qtbot.waitSignal(window.document_shown, timeout=20000):
        window.open_document("glossary-pcp")
    for link in (
        "javascript:alert(1)",
        "file:///etc/passwd",
        "data:text/html,hi",
        "vbscript:x",
        "ftp://x.example",
    ):
        assert classify_link(QUrl(link))[0] == "ignored"
        with (
            qtbot.assertNotEmitted(window.reader.view.document_link_clicked),
            qtbot.assertNotEmitted(window.reader.view.external_link_opened),
        ):
            window.reader.view.anchorClicked.emit(QUrl(link))
    assert window.reader.current.document.id == "glossary-pcp"


def test_bookmark_and_note_survive_a_restart(qtbot, make_window):
    window, workers = make_window()
    with qtbot.waitSignal(window.document_shown, timeout=20000):
        window.open_document("guide-ppi")
    with qtbot.waitSignal(window.reader.bookmark_changed, timeout=20000):
        window.actions_.bookmark.trigger()
    with qtbot.waitSignal(window.reader.note_saved, timeout=20000):
        qtbot.keyClicks(window.reader.note, "Ask the legal team about Article 31.")
    window.close()
    for worker in workers:
        worker.stop()
    again, _ = make_window()
    with qtbot.waitSignal(again.document_shown, timeout=20000, check_params_cb=lambda d: d == "guide-ppi"):
        again.open_document("guide-ppi")
    assert again.reader.current.is_bookmarked
    assert again.actions_.bookmark.isChecked()
    assert again.reader.note.toPlainText() == "Ask the legal team about Article 31."


def test_removed_documents_show_as_removed(qtbot, make_window):
    window, workers = make_window()
    task = workers[0].submit(lambda library: library.set_bookmark("story-gone", "A withdrawn story", True))
    with qtbot.waitSignal(task.finished, timeout=20000):
        pass
    with qtbot.waitSignal(window.results_shown, timeout=20000):
        window.show_view("bookmarks")
    hit = window.search.model.hit(0)
    assert (hit.id, hit.type, hit.title) == ("story-gone", "removed", "A withdrawn story")
    with qtbot.waitSignal(window.reader.document_missing, timeout=20000):
        window.search.list.clicked.emit(window.search.model.index(0))
    assert "removed" in window.reader.view.toPlainText()


def test_events_view_lists_upcoming_events(qtbot, make_window):
    window, _ = make_window()
    with qtbot.waitSignal(window.results_shown, timeout=20000):
        window.show_view("events")
    hits = _hits(window)
    assert len(hits) >= 6 and all(h.type == "event" for h in hits)
    assert window.search.heading.text().startswith(f"<b>{window.browse.view_label('events')}</b> · ")
    upcoming = [h.updated for h in hits if "past" not in h.summary]
    assert upcoming == sorted(upcoming)


def test_newsletter_issues_show_their_issue_month_newest_first(qtbot, make_window):
    window, _ = make_window()
    with qtbot.waitSignal(window.results_shown, timeout=20000):
        window.show_view("newsletters")
    hits = _hits(window)
    assert [h.id for h in hits] == ["newsletter-2026-11", "newsletter-2026-10", "newsletter-2026-09"]
    assert [h.summary.split(" · ")[0] for h in hits] == ["November 2026", "October 2026", "September 2026"]


def test_zoom_and_window_state_persist(qtbot, make_window, settings):
    window, workers = make_window()
    window.actions_.zoom_in.trigger()
    window.actions_.zoom_in.trigger()
    window.resize(701, 555)
    window.close()
    for worker in workers:
        worker.stop()
    assert settings.zoom == 2
    again, _ = make_window()
    assert again.reader.zoom == 2
    assert (again.size().width(), again.size().height()) == (701, 555)


def test_result_model_passes_the_model_tester(qtmodeltester):
    model = ResultListModel({"guide": "Guide"})
    model.set_hits([Hit("a", "A", "guide", "s", "<b>x</b>", 1.0), Hit("b", "B", "guide", "s", "", 0.5)])
    qtmodeltester.check(model)


def test_search_as_you_type_expands_a_complete_acronym_as_the_command_line_does(qtbot, make_window, tmp_path):
    from ipt_desktop.core.library import Library
    from ipt_desktop.core.search.types import SearchQuery

    window, _ = make_window()
    with Library(tmp_path / "data") as library:
        expected = library.search(SearchQuery("DPS", limit=50)).total
    assert expected > 1
    qtbot.keyClicks(window.search.field, "DPS")

    def same_total() -> None:
        assert window.search.heading.text().startswith(f"{expected} ")

    qtbot.waitUntil(same_total, timeout=20000)


def test_a_trailing_space_ends_prefix_search(qtbot, make_window):
    window, _ = make_window()
    seen = []
    original = window.search.worker.submit

    def recording_submit(fn, *args, **kwargs):
        seen.extend(a for a in args if hasattr(a, "prefix"))
        return original(fn, *args, **kwargs)

    window.search.worker.submit = recording_submit
    qtbot.keyClicks(window.search.field, "lots ")
    window.search.search_now()
    assert seen and seen[-1].text == "lots" and seen[-1].prefix is False


def test_the_reader_keeps_a_readable_line_at_800_by_600(qtbot, make_window):
    from PySide6.QtGui import QFontMetrics

    window, _ = make_window()
    window.resize(800, 600)
    window.open_document("guide-competitive-dialogue")
    qtbot.waitUntil(lambda: window.reader.current is not None, timeout=20000)
    qtbot.waitUntil(lambda: window.reader.view.isVisible(), timeout=20000)
    metrics = QFontMetrics(window.reader.view.document().defaultFont())
    characters = window.reader.view.viewport().width() / metrics.averageCharWidth()
    assert characters >= 45, f"{characters:.0f} characters per line"
    assert window.search.list.width() >= window.search.list.minimumWidth()
    window.resize(1600, 1000)
    qtbot.waitUntil(lambda: window.splitter.sizes()[0] > 0, timeout=5000)  # the sidebar is back


def test_a_search_on_a_damaged_index_rebuilds_it_in_the_background(qtbot, make_window, tmp_path):
    from ipt_desktop.cli import main
    from tests.test_cli import truncate_postings

    assert main(["stats", "--data-dir", str(tmp_path / "data")]) == 0
    truncate_postings(tmp_path / "data" / "index")
    window, _ = make_window()
    window.search.field.setText("procurement")
    with qtbot.waitSignal(window.results_shown, timeout=60000, check_params_cb=lambda count: count > 0):
        window.search.search_now()
    assert "procurement" in " ".join(h.title.lower() + h.snippet.lower() for h in _hits(window))


def test_the_last_document_belongs_to_its_library(qtbot, cli_env, tmp_path, settings):
    from ipt_desktop.app import create_window

    def open_window(data_dir):
        window, workers = create_window(data_dir, settings)
        with qtbot.waitSignal(window.ready, timeout=60000):
            window.show()
            window.start()
        return window, workers

    def close(window, workers):
        window.close()
        for worker in workers:
            worker.stop()

    first, workers = open_window(tmp_path / "library-a")
    with qtbot.waitSignal(first.document_shown, timeout=20000):
        first.open_document("guide-ppi")
    close(first, workers)
    assert (tmp_path / "library-a" / "window-state.ini").is_file()

    other, workers = open_window(tmp_path / "library-b")  # a fresh --data-dir opens nothing of library A
    qtbot.wait(200)
    assert other.reader.current is None and other.settings.last_document == ""
    close(other, workers)

    again, workers = open_window(tmp_path / "library-a")
    qtbot.waitUntil(lambda: again.reader.current is not None, timeout=20000)
    assert again.reader.current.document.id == "guide-ppi"
    close(again, workers)


def test_a_first_start_opens_a_window_that_fits_the_screen(qtbot, make_window):
    from PySide6.QtGui import QGuiApplication

    from ipt_desktop.ui.main_window import DEFAULT_SIZE

    window, _ = make_window()
    available = QGuiApplication.primaryScreen().availableGeometry()
    assert window.width() <= available.width() and window.height() <= available.height()
    assert window.width() == min(DEFAULT_SIZE[0], available.width())


def test_a_first_start_on_a_large_screen_gives_the_list_room_and_a_restart_keeps_the_users_sizes(
    qtbot, cli_env, tmp_path, settings
):
    from ipt_desktop.app import create_window

    def start(size=None):
        window, workers = create_window(tmp_path / "data", settings)
        if size is not None:
            window.resize(*size)
        with qtbot.waitSignal(window.ready, timeout=60000):
            window.show()
            window.start()
        return window, workers

    window, workers = start((1920, 1080))
    side, middle, reader = window.splitter.sizes()
    assert side > 0 and middle >= 0.35 * (middle + reader), window.splitter.sizes()  # not 400 of 1690
    window.splitter.setSizes([200, 500, side + middle + reader - 700])
    chosen = window.splitter.sizes()
    window.close()
    for worker in workers:
        worker.stop()
    again, workers = start((1920, 1080))  # as the saved geometry gives it on a screen that large
    try:
        qtbot.waitUntil(lambda: again.splitter.sizes()[:2] == chosen[:2], timeout=5000)
    finally:
        again.close()
        for worker in workers:
            worker.stop()
