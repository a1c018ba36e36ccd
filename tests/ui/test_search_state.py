"""The search pane's state: sidebar counts of the current query, Clear filters, and stale failures."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from ipt_desktop.core.errors import SearchError
from ipt_desktop.core.library import Library
from ipt_desktop.ui.result_model import SnippetRole

TIMEOUT = 20000


def _row(window, section: str, value_label: str):
    browse = window.browse
    for i in range(browse.topLevelItemCount()):
        top = browse.topLevelItem(i)
        if top.text(0) == section:
            for j in range(top.childCount()):
                if top.child(j).text(0).startswith(f"{value_label}  ("):
                    return top.child(j)
    raise AssertionError(f"no row {value_label} under {section}")


def _count(item) -> int:
    return int(item.text(0).rsplit("(", 1)[1].rstrip(")"))


def _search(qtbot, window, text: str):
    with qtbot.waitSignal(window.search.facets_changed, timeout=TIMEOUT) as blocker:
        window.search.field.setText(text)
        window.search.search_now()
    return blocker.args[0]


def test_sidebar_counts_follow_the_query_and_return_after_it(qtbot, make_window):
    window, _ = make_window()
    qtbot.waitUntil(lambda: window.browse.topLevelItemCount() > 8, timeout=TIMEOUT)
    guides = _row(window, "Types", "Guide")
    library_guides = _count(guides)
    assert library_guides >= 30
    facets = _search(qtbot, window, "design contest")
    in_results = facets["type"].get("guide", 0)
    assert 0 < in_results < library_guides
    assert _count(_row(window, "Types", "Guide")) == in_results
    events = _row(window, "Types", "Event")
    assert _count(events) == facets["type"].get("event", 0)
    assert events.isDisabled() == (facets["type"].get("event", 0) == 0)
    assert _search(qtbot, window, "") is None
    assert _count(_row(window, "Types", "Guide")) == library_guides
    assert not _row(window, "Types", "Event").isDisabled()


def test_clear_filters_leaves_no_sidebar_row_chosen(qtbot, make_window):
    window, _ = make_window()
    qtbot.waitUntil(lambda: window.browse.topLevelItemCount() > 8, timeout=TIMEOUT)
    guides = _row(window, "Types", "Guide")
    with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT):
        window.browse.setCurrentItem(guides)
        window.browse.itemClicked.emit(guides, 0)
    assert window.search.clear_filters.isVisible() or window.search.filters
    with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT):
        qtbot.mouseClick(window.search.clear_filters, Qt.MouseButton.LeftButton)
    assert window.browse.currentItem() is None and not window.browse.selectedItems()


def test_a_failed_older_search_does_not_overwrite_a_newer_one(qtbot, make_window):
    window, _ = make_window()
    with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT):
        window.search.field.setText("tender")
        window.search.search_now()
    shown = window.search.heading.text()
    # A reply for an older request arrives as a failure after the newer one was shown.
    window.search._show_error(SearchError("index busy"), window.search.seq - 1)
    assert window.search.heading.text() == shown and "failed" not in shown
    window.search._show_error(SearchError("index busy"), window.search.seq)
    assert window.search.heading.text() == "Search failed: index busy"


def test_an_empty_result_says_so_at_the_top_with_next_steps(qtbot, make_window):
    window, _ = make_window()
    window.resize(1000, 700)
    search = window.search
    with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT):
        search.add_filter("type", "event")
    with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT, check_params_cb=lambda n: n == 0):
        search.field.setText("biodegradable cutlery")
        search.search_now()
    qtbot.waitUntil(search.empty.isVisible, timeout=TIMEOUT)
    assert not search.list.isVisible()
    text = search.empty.text()
    assert "No documents match." in text and "<a href='clear'>Clear the filters</a>" in text
    # The message starts right under the heading, not half-way down the pane.
    assert search.empty.alignment() & Qt.AlignmentFlag.AlignTop
    assert search.empty.geometry().top() < search.height() / 4
    with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT):
        search.empty.linkActivated.emit("clear")
    assert not search.filters


def test_an_empty_view_explains_itself_and_offers_sync(qtbot, make_window):
    window, _ = make_window()
    with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT):
        window.show_view("bookmarks")
    assert "Bookmark a document with Ctrl+D" in window.search.empty.text()
    assert "href='sync'" not in window.search.empty.text()
    with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT):
        window.show_view("whats_new")
    assert window.search.model.rowCount() == 0  # the bundled library is no news
    assert "<a href='sync'>Sync now</a>" in window.search.empty.text()
    window.actions_.sync_now.triggered.disconnect(window.sync.sync_now)  # no network in tests
    with qtbot.waitSignal(window.actions_.sync_now.triggered, timeout=5000):
        window.search.empty.linkActivated.emit("sync")


def test_back_marks_the_row_of_the_document_shown(qtbot, make_window):
    window, _ = make_window()
    search = window.search
    with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT, check_params_cb=lambda n: n > 2):
        search.field.setText("pre-commercial procurement")
        search.search_now()
    first, second = search.model.hit(0).id, search.model.hit(1).id
    for row in (0, 1):
        with qtbot.waitSignal(window.document_shown, timeout=TIMEOUT):
            search.list.setCurrentIndex(search.model.index(row))
            search.list.activated.emit(search.model.index(row))
    assert search.list.currentIndex().row() == 1
    with qtbot.waitSignal(window.document_shown, timeout=TIMEOUT, check_params_cb=lambda d: d == first):
        window.actions_.back.trigger()
    assert search.list.currentIndex().row() == 0
    with qtbot.waitSignal(window.document_shown, timeout=TIMEOUT, check_params_cb=lambda d: d == second):
        window.actions_.forward.trigger()
    assert search.list.currentIndex().row() == 1
    listed = {search.model.hit(r).id for r in range(search.model.rowCount())}
    elsewhere = next(
        d for d in ("glossary-cpv", "glossary-eafip", "newsletter-2026-09", "glossary-dps") if d not in listed
    )
    with qtbot.waitSignal(window.document_shown, timeout=TIMEOUT):
        window.open_document(elsewhere)
    assert not search.list.currentIndex().isValid() and not search.list.selectionModel().selectedIndexes()


def _ask(qtbot, window, question: str):
    with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT, check_params_cb=lambda n: n > 0):
        window.search.field.setText(question)
        window.search.search_now()
    return window.search.model


def test_a_question_lists_the_document_that_answers_it_first_with_its_section(qtbot, make_window):
    window, _ = make_window()
    model = _ask(qtbot, window, "can I speak with companies before the call for tenders")
    hit = model.hit(0)
    assert hit.id == "guide-preliminary-market-consultation"
    assert hit.section is not None and hit.passage
    snippet = model.index(0).data(SnippetRole)
    assert snippet.startswith("<i>Answer:</i> <b>") and hit.section.heading in snippet


def test_a_result_opens_at_its_answer_with_the_passage_selected(qtbot, make_window):
    window, _ = make_window()
    model = _ask(qtbot, window, "when may a buyer use the negotiated procedure without prior publication")
    # A guide's answer (a glossary entry can be too short to scroll its heading to the top).
    row = next(
        r
        for r in range(model.rowCount())
        if model.hit(r).section is not None and model.hit(r).type == "guide"
    )
    hit = model.hit(row)
    with qtbot.waitSignal(window.document_shown, timeout=TIMEOUT):
        window.search.list.activated.emit(model.index(row))
    view = window.reader.view
    selected = view.textCursor().selectedText()
    first_word = hit.passage.strip("… ").split()[0]
    assert selected and first_word in selected
    assert 0 <= view.cursorRect(view.textCursor()).top() < view.viewport().height()  # in view
    # The section's heading is at the top of the view.
    heading = view.document().find(hit.section.heading)
    while not heading.isNull() and not heading.block().blockFormat().headingLevel():
        heading = view.document().find(hit.section.heading, heading)  # the words may come earlier in the text
    assert not heading.isNull()
    assert abs(view.cursorRect(heading).top()) < view.viewport().height() / 2


def test_scrolling_past_the_first_page_brings_every_result_in_order(qtbot, make_window, tmp_path):
    """A search sends its first page; scrolling to the end of the list asks for the next, until the list holds
    every result the heading counts, in the order of one search for all of them."""
    window, _ = make_window()
    panel = window.search
    with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT):
        panel.field.setText("procurement")
        panel.search_now()
    first = panel.model.rowCount()
    total = panel.model._total
    assert first == 20 and total > 70, (first, total)
    assert panel.heading.text().startswith(str(total))
    for _ in range(10):
        if panel.model.rowCount() >= total:
            break
        rows = panel.model.rowCount()
        panel.list.scrollToBottom()
        qtbot.waitUntil(lambda rows=rows: panel.model.rowCount() > rows, timeout=TIMEOUT)
    shown = [panel.model.hit(row).id for row in range(panel.model.rowCount())]
    assert len(shown) == total == len(set(shown))
    library = Library(tmp_path / "data")  # the window's data directory, read as the command line would
    try:
        expected = library.search(replace(panel._shown_query, limit=total))
    finally:
        library.close()
    assert shown == [hit.id for hit in expected.hits]


def test_a_newer_search_drops_the_page_asked_for_an_older_one(qtbot, make_window):
    window, _ = make_window()
    panel = window.search
    with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT):
        panel.field.setText("procurement")
        panel.search_now()
    older = panel.seq
    with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT):
        panel.field.setText("design contest")
        panel.search_now()
    rows = panel.model.rowCount()
    page = panel._shown_query
    from ipt_desktop.ui import library_calls as calls  # the reply type the worker sends

    panel._show_more(calls.SearchReply(older, _result(page)))
    assert panel.model.rowCount() == rows  # the older search's page is not appended


def _result(query):
    from ipt_desktop.core.search.types import Hit, SearchResult

    stray = Hit("stray", "Stray", "guide", "", "", 0.0, "", {}, "en")
    return SearchResult(query.text, 99, (stray,))


def test_typing_a_search_over_a_personal_view_unmarks_its_sidebar_row(qtbot, make_window):
    window, _ = make_window()
    qtbot.waitUntil(lambda: window.browse.topLevelItemCount() > 8, timeout=TIMEOUT)
    views = [
        window.browse.topLevelItem(i)
        for i in range(window.browse.topLevelItemCount())
        if tuple(window.browse.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) or ())[:2]
        == ("view", "history")
    ]
    assert views, "the sidebar lists the History view"
    with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT):
        window.browse.setCurrentItem(views[0])
        window.browse.itemClicked.emit(views[0], 0)
    assert window.browse.currentItem() is views[0]
    with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT):
        window.search.field.setText("tender")
        window.search.search_now()
    assert window.browse.currentItem() is None and not window.browse.selectedItems()


def test_typing_a_search_over_the_library_listing_unmarks_all_documents(qtbot, make_window):
    window, _ = make_window()
    qtbot.waitUntil(lambda: window.browse.topLevelItemCount() > 8, timeout=TIMEOUT)
    everything = window.browse.topLevelItem(0)
    with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT):
        window.browse.setCurrentItem(everything)
        window.browse.itemClicked.emit(everything, 0)
    assert window.browse.currentItem() is everything
    with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT):
        window.search.field.setText("tender")
        window.search.search_now()
    assert window.browse.currentItem() is None
    guides = _row(window, "Types", "Guide")  # a facet chosen for the search stays marked
    with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT):
        window.browse.setCurrentItem(guides)
        window.browse.itemClicked.emit(guides, 0)
    assert window.browse.currentItem() is not None and window.search.filters
