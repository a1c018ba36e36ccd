"""The main window: search field, browse sidebar, result list and reader, wired to the core workers."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QLabel, QLineEdit, QListView, QMainWindow, QSplitter, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from ipt_desktop import APP_NAME
from ipt_desktop.core.search_types import SearchQuery
from ipt_desktop.core.taxonomy import Taxonomy
from ipt_desktop.ui import library_calls as calls
from ipt_desktop.ui.core_worker import CoreWorker
from ipt_desktop.ui.reader_panel import ReaderPanel
from ipt_desktop.ui.result_delegate import ResultDelegate
from ipt_desktop.ui.result_model import HitRole, ResultListModel

SEARCH_DELAY_MS = 150


class MainWindow(QMainWindow):
    """Top-level window.

    Signals:
        results_shown: a result list was displayed (number of hits).
        document_shown: the reader displays a document (id).
    """

    results_shown = Signal(int)
    document_shown = Signal(str)

    def __init__(self, reader_worker: CoreWorker, taxonomy: Taxonomy) -> None:
        super().__init__()
        self.worker = reader_worker
        self.taxonomy = taxonomy
        self._seq = 0
        self.setWindowTitle(APP_NAME)
        self.resize(1280, 800)

        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText(self.tr("Search guides, practices, stories, terms…  (Ctrl+K)"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setAccessibleName(self.tr("Search"))
        self.browse = QTreeWidget()
        self.browse.setHeaderHidden(True)
        self.browse.setAccessibleName(self.tr("Browse the library"))
        self.model = ResultListModel(dict(taxonomy.values("types")))
        self.results = QListView()
        self.results.setModel(self.model)
        self.results.setItemDelegate(ResultDelegate(self.results))
        self.results.setAccessibleName(self.tr("Results"))
        self.results.setUniformItemSizes(True)
        self.status_label = QLabel()
        self.reader = ReaderPanel(taxonomy)

        middle = QWidget()
        layout = QVBoxLayout(middle)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_field)
        layout.addWidget(self.status_label)
        layout.addWidget(self.results, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.browse)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(self.reader)
        self.splitter.setSizes([220, 380, 680])
        self.setCentralWidget(self.splitter)

        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search_field.textChanged.connect(lambda _text: self._timer.start())
        self.search_field.returnPressed.connect(self.run_search)
        self.results.activated.connect(self._open_index)
        self.results.clicked.connect(self._open_index)
        self.browse.itemActivated.connect(self._browse_item)
        self.browse.itemClicked.connect(self._browse_item)
        self.reader.document_requested.connect(self.open_document)
        focus = QAction(self.tr("Focus search"), self)
        focus.setShortcuts([QKeySequence("Ctrl+K"), QKeySequence("Ctrl+L")])
        focus.triggered.connect(self.focus_search)
        self.addAction(focus)

    def start(self) -> None:
        """Bring bundled content and index up to date in the background, then fill the window."""
        task = self.worker.submit(lambda library: library.ensure_ready(), name="prepare")
        task.finished.connect(self._ready)
        task.failed.connect(lambda error: self.statusBar().showMessage(str(error)))

    def _ready(self, notices: list[str]) -> None:
        if notices:
            self.statusBar().showMessage(" ".join(notices), 8000)
        self.load_overview()
        if not self.search_field.text().strip():
            self.show_type(None)
        else:
            self.run_search()

    # -- browsing ------------------------------------------------------------------------------------------

    def load_overview(self) -> None:
        """Fill the sidebar with counts from the library."""
        task = self.worker.submit(calls.facet_overview)
        task.finished.connect(self._show_overview)

    def _show_overview(self, overview: dict) -> None:
        self.browse.clear()
        total = sum(overview.get("type", {}).values())
        everything = QTreeWidgetItem([self.tr("All documents") + f"  ({total})"])
        everything.setData(0, Qt.ItemDataRole.UserRole, ("type", None))
        self.browse.addTopLevelItem(everything)
        for vocabulary, key in (("types", "type"),):
            for value, label in self.taxonomy.values(vocabulary).items():
                count = overview.get(key, {}).get(value, 0)
                if count:
                    item = QTreeWidgetItem([f"{label}  ({count})"])
                    item.setData(0, Qt.ItemDataRole.UserRole, (key, value))
                    self.browse.addTopLevelItem(item)

    def _browse_item(self, item: QTreeWidgetItem) -> None:
        key, value = item.data(0, Qt.ItemDataRole.UserRole) or (None, None)
        if key == "type":
            self.show_type(value)

    def show_type(self, doc_type: str | None) -> None:
        self._seq += 1
        task = self.worker.submit(calls.list_type, self._seq, doc_type)
        task.finished.connect(self._show_reply)

    # -- searching -----------------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def run_search(self) -> None:
        """Search for the field's text on the worker; older replies are dropped when they arrive."""
        self._timer.stop()
        text = self.search_field.text().strip()
        if not text:
            self.show_type(None)
            return
        self._seq += 1
        query = SearchQuery(text=text, limit=50, prefix=True)
        task = self.worker.submit(calls.run_search, self._seq, query)
        task.finished.connect(self._show_reply)

    def _show_reply(self, reply: calls.SearchReply) -> None:
        if reply.seq != self._seq:
            return
        result = reply.result
        self.model.set_hits(list(result.hits))
        status = self.tr("%n result(s)", "", result.total)
        if result.suggestion:
            status += "  —  " + self.tr("Did you mean “%1”?").replace("%1", result.suggestion)
        self.status_label.setText(status)
        self.results_shown.emit(len(result.hits))

    # -- reading -------------------------------------------------------------------------------------------

    def _open_index(self, index: QModelIndex) -> None:
        hit = index.data(HitRole)
        if hit is not None:
            self.open_document(hit.id)

    def open_document(self, doc_id: str) -> None:
        task = self.worker.submit(calls.open_document, doc_id)
        task.finished.connect(self._show_document)
        task.failed.connect(lambda error, d=doc_id: self.reader.show_missing(d, str(error)))

    def _show_document(self, opened: calls.OpenedDocument) -> None:
        self.reader.show_document(opened)
        self.document_shown.emit(opened.document.id)
