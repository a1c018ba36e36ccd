"""The result list shows long lists a page at a time, fetching more rows as the view scrolls."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QListView

from ipt_desktop.core.search.types import Hit
from ipt_desktop.ui.result_model import FETCH_ROWS, HitRole, ResultListModel


def hits(count: int) -> list[Hit]:
    return [
        Hit(f"doc-{n}", f"Title {n}", "guide", f"Summary {n}", "", 0.0, "2025-01-01") for n in range(count)
    ]


def test_long_lists_are_fetched_a_page_at_a_time() -> None:
    model = ResultListModel()
    model.set_hits(hits(2 * FETCH_ROWS + 50))
    root = QModelIndex()
    assert model.rowCount() == FETCH_ROWS and model.canFetchMore(root)
    assert model.hit(FETCH_ROWS) is None  # not a row yet
    model.fetchMore(root)
    assert model.rowCount() == 2 * FETCH_ROWS
    model.fetchMore(root)
    assert model.rowCount() == 2 * FETCH_ROWS + 50 and not model.canFetchMore(root)
    last = model.index(model.rowCount() - 1)
    assert model.data(last, HitRole).id == f"doc-{2 * FETCH_ROWS + 49}"
    model.set_hits(hits(3))
    assert model.rowCount() == 3 and not model.canFetchMore(root)


def test_scrolling_to_the_end_shows_more_rows(qtbot) -> None:
    model = ResultListModel()
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(300, 400)
    view.show()
    model.set_hits(hits(1000))
    qtbot.waitUntil(lambda: model.rowCount() >= FETCH_ROWS)
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > FETCH_ROWS)


def test_a_long_list_passes_the_model_tester(qtmodeltester) -> None:
    model = ResultListModel({"guide": "Guide"})
    model.set_hits(hits(FETCH_ROWS + 30))
    qtmodeltester.check(model)
    model.fetchMore(QModelIndex())
    qtmodeltester.check(model)
