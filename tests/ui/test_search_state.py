"""The search pane's state: sidebar counts of the current query, Clear filters, and stale failures."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ipt_desktop.core.errors import SearchError

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
