"""The middle column: search field, filter chips, "Did you mean", and the list of results or of a view
(bookmarks, history, What's new, events ...). Searches run on the worker; stale replies are dropped. After a
write, the panel reloads the list only when the write's change record touches what the list shows.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ipt_desktop.core.changes import OpChanges
from ipt_desktop.core.content.taxonomy import Taxonomy
from ipt_desktop.core.errors import IndexDamagedError
from ipt_desktop.core.search.types import FILTER_FIELDS, Hit, SearchQuery, SearchResult
from ipt_desktop.ui import library_calls as calls
from ipt_desktop.ui.core_worker import CoreWorker
from ipt_desktop.ui.empty_state import EmptyState
from ipt_desktop.ui.filter_chips import FilterChips
from ipt_desktop.ui.result_delegate import ResultDelegate
from ipt_desktop.ui.result_model import HitRole, ResultListModel
from ipt_desktop.ui.search_requests import (
    CONTENT_KINDS,
    COUNTS_REQUEST,
    LIST_REQUEST,
    MORE_REQUEST,
    SEARCH_REQUEST,
    VIEW_DEPENDS,
)
from ipt_desktop.ui.translations import ui_language

SEARCH_DELAY_MS = 120
PAGE_SIZE = 20  # a search's first page: what fills the list, with snippets and answers, at every keystroke
MORE_SIZE = 50  # each further page, asked for when the list is scrolled past the hits it holds
_VOCABULARY = {
    "type": "types",
    "topic": "topics",
    "stage": "stages",
    "procedure": "procedures",
    "sector": "sectors",
    "country": "countries",
    "language": "languages",
}


class SearchPanel(QWidget):
    """Search as you type over the library, with facet filters.

    Signals:
        document_activated: the user opened a result (document id).
        results_shown: a result list was displayed (number of rows).
        facets_changed: facet counts for the current query arrived (facets mapping), or None when no query
            or filter is active (the sidebar then shows the library's own counts).
        filters_cleared: "Clear filters" dropped every filter.
        view_left: a typed search replaced the personal view (bookmarks, history …) or the library's
            listing shown, whose sidebar row no longer applies.
        index_damaged: a search found the index damaged; it needs a rebuild (the reason).
        sync_requested: an empty view's "Sync now" step was chosen.
    """

    document_activated = Signal(str)
    results_shown = Signal(int)
    facets_changed = Signal(object)
    filters_cleared = Signal()
    view_left = Signal()
    index_damaged = Signal(str)
    sync_requested = Signal()

    def __init__(self, worker: CoreWorker, taxonomy: Taxonomy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.taxonomy = taxonomy
        self.seq = 0
        self.filters: dict[str, list[str]] = {}
        self.view: str | None = None
        self._view_title = ""
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Search guides, practices, stories, terms…  (Ctrl+K)"))
        self.field.setClearButtonEnabled(True)
        self.field.setAccessibleName(self.tr("Search"))
        self.chips = FilterChips()
        self.heading = QLabel()
        self.heading.setAccessibleName(self.tr("Result summary"))
        self.suggestion = QPushButton()
        self.suggestion.setFlat(True)
        self.suggestion.setStyleSheet("text-align: left; text-decoration: underline;")
        self.suggestion.hide()
        self.model = ResultListModel(dict(taxonomy.values("types")) | {"removed": self.tr("Removed")})
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setItemDelegate(ResultDelegate(self.list))
        self.list.setAccessibleName(self.tr("Results"))
        self.list.setUniformItemSizes(True)
        # Rows fit the list's width (titles are elided, with the full title in the tooltip): never sideways.
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setMinimumWidth(240)
        self.empty = EmptyState()
        self.empty.step_chosen.connect(self._next_step)
        self.clear_filters = QPushButton(self.tr("Clear filters"))
        self.clear_filters.hide()
        row = QHBoxLayout()
        row.addWidget(self.heading, 1)
        row.addWidget(self.clear_filters)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.field)
        layout.addWidget(self.chips)
        layout.addLayout(row)
        layout.addWidget(self.suggestion)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)

        self._select_first = False  # Return was pressed before the results for the typed text arrived
        self._keep_current: str | None = None  # a reload keeps this document's row current
        self._pending_reply = False
        # The panel's first search leaves its facet counts (the sidebar's: the index builds its facet masks for
        # them first) to a call of their own, asked as soon as its results are shown; later searches count at
        # once. (sequence number, query) of a search whose counts are still to be asked for:
        self._counts_inline = False
        self._counts_later: tuple[int, SearchQuery] | None = None
        # The query of the search asked for last and of the one shown: its further pages continue it (None
        # while a listing, which sends every row, is shown).
        self._asked: SearchQuery | None = None
        self._shown_query: SearchQuery | None = None
        self.model.more_wanted.connect(self._fetch_more)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.field.textEdited.connect(lambda _t: self._timer.start())
        self.field.textChanged.connect(lambda _t: self._timer.start())
        self.field.returnPressed.connect(self._enter)
        self.field.installEventFilter(self)  # Down arrow: into the results, like Return
        self.list.activated.connect(self._activated)
        self.list.clicked.connect(self._activated)
        self.chips.removed.connect(self.remove_filter)
        self.suggestion.clicked.connect(self._use_suggestion)
        self.clear_filters.clicked.connect(self.clear_all_filters)

    # -- filters -------------------------------------------------------------------------------------------

    def add_filter(self, key: str, value: str) -> None:
        """Filter the results by one more facet value and search again."""
        if key not in FILTER_FIELDS:
            return
        values = self.filters.setdefault(key, [])
        if value not in values:
            values.append(value)
        self.view = None
        self.search_now()

    def remove_filter(self, key: str, value: str) -> None:
        """Drop one facet value from the filters and search again."""
        if value in self.filters.get(key, []):
            self.filters[key].remove(value)
            if not self.filters[key]:
                del self.filters[key]
        self.search_now()

    def clear_all_filters(self) -> None:
        """Drop every filter and search again."""
        self.filters.clear()
        self.filters_cleared.emit()
        self.search_now()

    def _label(self, key: str, value: str) -> str:
        vocabulary = _VOCABULARY.get(key)
        return self.taxonomy.label(vocabulary, value) if vocabulary else value

    # -- searching -----------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down in the search field moves to the first result, as Return does."""
        if (
            watched is self.field
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
            and not event.modifiers()
        ):
            self._enter()
            return True
        return super().eventFilter(watched, event)

    def _enter(self) -> None:
        """Return in the field: move to the first result, once the results for the typed text are in."""
        self._select_first = True
        if self._timer.isActive():
            self.search_now()
        if not self._pending_reply:  # else _show_reply selects the first row of the fresh results
            self._select_first_row()

    def _select_first_row(self) -> None:
        self._select_first = False
        if self.model.rowCount():
            self.list.setFocus()
            self.list.setCurrentIndex(self.model.index(0))

    def depends_on(self) -> tuple[str, ...]:
        """The kinds of change that alter the list shown now."""
        return VIEW_DEPENDS.get(self.view, CONTENT_KINDS)

    def on_library_changed(self, changes: OpChanges) -> None:
        """Reload the list when a write touched what it shows."""
        if changes.touches(*self.depends_on()):
            self.reload()

    def reload(self) -> None:
        """Ask again for the list shown now, keeping the current row's document current."""
        hit: Hit | None = self.list.currentIndex().data(HitRole)
        self.search_now()
        self._keep_current = hit.id if hit is not None else None

    def search_now(self) -> None:
        """Search for the field's text and filters; with neither, list the whole library by title."""
        self._timer.stop()
        self._keep_current = None
        self.seq += 1
        self._pending_reply = True
        typed = self.field.text()
        text = typed.strip()
        if text or self.filters:
            if text and (self.view is not None or self._asked is None):
                self.view_left.emit()  # a typed search replaces a view or the listing: unmark its row
            self.view = None
            query = SearchQuery(
                text=text,
                filters={k: tuple(v) for k, v in self.filters.items()},
                limit=PAGE_SIZE,
                # A trailing space ends the word: from then on it is searched as typed, not as a prefix.
                prefix=bool(text) and not typed.endswith(" "),
                ui_language=ui_language(),
                with_facets=self._counts_inline,
            )
            if not self._counts_inline:
                self._counts_inline = True
                self._counts_later = (self.seq, query)
            self._asked = query
            task = self.worker.submit(calls.run_search, self.seq, query, name="search", **SEARCH_REQUEST)
        elif self.view:
            task = self.worker.submit(calls.list_view, self.seq, self.view, name="view", **LIST_REQUEST)
        else:
            task = self.worker.submit(calls.list_type, self.seq, None, name="browse", **LIST_REQUEST)
        if self.view is not None or not (text or self.filters):
            self._asked = None  # a listing sends every row at once
        task.finished.connect(self._show_reply)
        task.failed.connect(lambda error, seq=self.seq: self._show_error(error, seq))

    def show_view(self, view: str, title: str) -> None:
        """Show a personal view (bookmarks, history ...) instead of search results."""
        self.view = view
        self._view_title = title
        self.filters.clear()
        self.field.blockSignals(True)
        self.field.clear()
        self.field.blockSignals(False)
        self.search_now()

    def _show_reply(self, reply: calls.SearchReply) -> None:
        if reply.seq != self.seq:
            return  # a newer request is on its way; this one is stale
        self._pending_reply = False
        result = reply.result
        self._shown_query = self._asked
        self.model.set_hits(list(result.hits), result.total if self._shown_query is not None else None)
        self._restore_current()
        self._update_header(result)
        # The sidebar counts what this query finds; with no query or filter, the whole library (None).
        querying = self.view is None and bool(self.field.text().strip() or self.filters)
        later, self._counts_later = self._counts_later, None
        if querying and later is not None and later[0] == reply.seq:
            counting = replace(later[1], limit=0, with_facets=True)
            task = self.worker.submit(calls.run_search, reply.seq, counting, name="facets", **COUNTS_REQUEST)
            task.finished.connect(self._show_counts)
        else:
            self.facets_changed.emit(result.facets if querying else None)
        if self._select_first:
            self._select_first_row()
        self.results_shown.emit(len(result.hits))

    def _fetch_more(self) -> None:
        """The next page of the search shown, after the hits the list holds."""
        query = self._shown_query
        if query is None:
            self.model.stop_paging()
            return
        page = replace(query, offset=self.model.loaded(), limit=MORE_SIZE, with_facets=False)
        task = self.worker.submit(calls.run_search, self.seq, page, name="more", **MORE_REQUEST)
        task.finished.connect(self._show_more)
        task.failed.connect(lambda _error, seq=self.seq: seq == self.seq and self.model.stop_paging())

    def _show_more(self, reply: calls.SearchReply) -> None:
        if reply.seq == self.seq:  # else a newer list replaced the one this page continues
            self.model.append_hits(list(reply.result.hits))

    def _show_counts(self, reply: calls.SearchReply) -> None:
        if reply.seq == self.seq:  # else a newer list replaced the one these counts are for
            self.facets_changed.emit(reply.result.facets)

    def _restore_current(self) -> None:
        keep, self._keep_current = self._keep_current, None
        if keep is None:
            return
        for row in range(self.model.rowCount()):
            if self.model.hit(row).id == keep:
                self.list.setCurrentIndex(self.model.index(row))
                return

    def _show_error(self, error: Exception, seq: int | None = None) -> None:
        if seq is not None and seq != self.seq:
            return  # an older request failed while a newer one runs: its failure is no longer news
        self._pending_reply = self._select_first = False
        self.heading.setText(self.tr("Search failed: %1").replace("%1", str(error)))
        if isinstance(error, IndexDamagedError):
            self.index_damaged.emit(error.reason)

    def _update_header(self, result: SearchResult) -> None:
        chips = [(k, v, self._label(k, v)) for k, values in self.filters.items() for v in values]
        self.chips.set_filters(chips)
        self.clear_filters.setVisible(bool(chips))
        if self.view:
            self.heading.setText(f"<b>{self._view_title}</b> · " + self.tr("%n item(s)", "", result.total))
        else:
            self.heading.setText(self.tr("%n result(s)", "", result.total))
        if result.suggestion:
            self.suggestion.setText(self.tr("Did you mean “%1”?").replace("%1", result.suggestion))
            self.suggestion.setProperty("suggestion", result.suggestion)
        self.suggestion.setVisible(bool(result.suggestion))
        self._update_empty(result, chips)

    def _update_empty(self, result: SearchResult, chips: list) -> None:
        """An empty list gives way to a message at the top, with the next steps as links."""
        self.list.setVisible(not self.empty.show_for(result, self.view, bool(chips)))

    def _next_step(self, key: str) -> None:
        if key == "clear":
            self.clear_all_filters()
        elif key == "suggestion":
            self._use_suggestion()
        elif key == "sync":
            self.sync_requested.emit()

    def _row_of(self, doc_id: str) -> int:
        """The row listing a document (-1 when it is not listed)."""
        return next((r for r in range(self.model.rowCount()) if self.model.hit(r).id == doc_id), -1)

    def follow_document(self, doc_id: str) -> None:
        """Mark the row of the document the reader shows (Back, Forward, a link), or none if it is not listed."""
        row = self._row_of(doc_id)
        if row < 0:
            self.list.clearSelection()
            self.list.setCurrentIndex(QModelIndex())
        elif self.list.currentIndex().row() != row:
            self.list.setCurrentIndex(self.model.index(row))

    def answer_for(self, doc_id: str) -> tuple[str | None, str]:
        """(section anchor, passage) of the answer the search found in a listed document, else (None, "")."""
        row = self._row_of(doc_id)
        hit = self.model.hit(row) if row >= 0 and self.view is None else None
        if hit is None or hit.section is None:
            return None, ""
        return hit.section.id, hit.passage

    def highlight_words(self, doc_id: str) -> tuple[str, ...]:
        """The words to mark in a document opened from the results: the query's, and the forms its result's
        snippet shows in bold (none when a personal view, not a search, is shown)."""
        text = self.field.text().strip()
        if self.view is not None or not text:
            return ()
        from ipt_desktop.ui.query_highlight import highlight_words  # loads when a first result is opened

        row = self._row_of(doc_id)
        snippet = self.model.hit(row).snippet if row >= 0 else ""
        return highlight_words(text, snippet)

    def _use_suggestion(self) -> None:
        suggestion = self.suggestion.property("suggestion")
        if suggestion:
            self.field.setText(str(suggestion))
            self.search_now()

    def _activated(self, index: QModelIndex) -> None:
        hit: Hit | None = index.data(HitRole)
        if hit is not None:
            self.document_activated.emit(hit.id)
