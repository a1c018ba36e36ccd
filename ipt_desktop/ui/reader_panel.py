"""The reader: navigation (Back/Forward), the rendered document with find and zoom, and side tabs for
contents, details, related documents and the personal note (saved as you type). When a write updates or
removes the document shown, the reader shows it again as the library now holds it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ipt_desktop.core.content.citation import citation
from ipt_desktop.core.content.taxonomy import Taxonomy
from ipt_desktop.ui import library_calls as calls
from ipt_desktop.ui.core_worker import CoreWorker
from ipt_desktop.ui.find_bar import FindBar
from ipt_desktop.ui.loading_bar import LoadingBar
from ipt_desktop.ui.note_editor import NoteEditor
from ipt_desktop.ui.reader_pages import details_page, problem_page, rest_notice
from ipt_desktop.ui.reader_pages import header as page_header
from ipt_desktop.ui.reader_view import ReaderView
from ipt_desktop.ui.theme import reader_css
from ipt_desktop.ui.translations import ui_language

if TYPE_CHECKING:
    from ipt_desktop.core.changes import OpChanges
    from ipt_desktop.ui.progressive_html import ProgressiveLoader
    from ipt_desktop.ui.query_highlight import QueryHighlighter

READING_MEASURE = 100  # characters a line at most, on a wide window


class ReaderPanel(QWidget):
    """Shows one document at a time and keeps the navigation history.

    Signals:
        document_shown: a document is displayed (document id).
        document_missing: a requested document no longer exists (document id).
        bookmark_changed: the current document's bookmark was set or cleared (id, is_bookmarked).
        note_saved: the note of a document was stored (document id).
        error_shown: a write failed (the message, for the status bar).
        navigation_changed: Back/Forward availability changed.
    """

    document_shown = Signal(str)
    document_missing = Signal(str)
    bookmark_changed = Signal(str, bool)
    note_saved = Signal(str)
    error_shown = Signal(str)
    navigation_changed = Signal()

    def __init__(self, worker: CoreWorker, taxonomy: Taxonomy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.taxonomy = taxonomy
        self.current = None  # calls.OpenedDocument
        self.back_stack: list[str] = []
        self.forward_stack: list[str] = []
        self.theme = "light"
        self.font_pt = 11
        self.zoom = 0
        self._request = 0
        self._failed_id = ""  # the document whose opening failed (not a removal), for Try again
        self._highlight: tuple[str, ...] = ()  # the words of the search that opened the document
        self._passage = ""  # the search's answer passage in that document

        self.view = ReaderView(self)
        # What only a shown document needs (slice-by-slice loading, marking the search's words, the header and
        # details) loads when the first document opens, not while the window starts.
        self._loader: ProgressiveLoader | None = None
        self._highlighter: QueryHighlighter | None = None
        self.progress = LoadingBar()
        # Tab leaves the text for the side tabs (not a walk through every link); F6 moves between panels.
        self.view.setTabChangesFocus(True)
        self.find_bar = FindBar(self.view, self)
        self.placeholder = QLabel(
            self.tr("Choose a document from the list, or type in the search field (Ctrl+K).")
        )
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.contents = QListWidget()
        self.contents.setAccessibleName(self.tr("Table of contents"))
        self.contents.setWordWrap(True)
        self.contents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.details = ReaderView(self)
        self.details.setAccessibleName(self.tr("Document details"))
        self.related = QListWidget()
        self.related.setAccessibleName(self.tr("Related documents"))
        self.related.setWordWrap(True)
        self.related.setSpacing(3)
        self.related.setAlternatingRowColors(True)
        self.related.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.notes = NoteEditor(worker)
        self.note, self.note_state = self.notes.note, self.notes.note_state
        self.tabs = QTabWidget()
        self.tabs.addTab(self.contents, self.tr("Outline"))
        self.tabs.addTab(self.details, self.tr("Details"))
        self.tabs.addTab(self.related, self.tr("Related"))
        self.notes.note_saved.connect(self.note_saved)
        self.notes.error_shown.connect(self.error_shown)
        self.tabs.addTab(self.notes, self.tr("Note"))

        column = QWidget()
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.addWidget(self.progress)
        column_layout.addWidget(self.placeholder)
        column_layout.addWidget(self.view, 1)
        column_layout.addWidget(self.find_bar)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(column)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([620, 310])
        self.splitter.setChildrenCollapsible(True)
        self.tabs.setMinimumWidth(300)
        self.tabs.setUsesScrollButtons(True)
        self.tabs.tabBar().setExpanding(False)
        self.tabs.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.view.hide()

        self.view.document_link_clicked.connect(self.open)
        self.view.action_requested.connect(self._reader_action)
        self.details.document_link_clicked.connect(self.open)
        self.contents.itemActivated.connect(self._jump_to_heading)
        self.contents.itemClicked.connect(self._jump_to_heading)
        self.related.itemActivated.connect(self._open_related)
        self.related.itemClicked.connect(self._open_related)

    @property
    def loader(self) -> ProgressiveLoader:
        """Fills the view with a large document slice by slice (made when first needed)."""
        if self._loader is None:
            from ipt_desktop.ui.progressive_html import ProgressiveLoader

            self._loader = ProgressiveLoader(self.view)
            self._loader.progressed.connect(self.progress.show_percent)
            self._loader.finished.connect(self._loaded)
        return self._loader

    @property
    def highlighter(self) -> QueryHighlighter:
        """Marks the search's words in the view and steps through them (made when first needed)."""
        if self._highlighter is None:
            from ipt_desktop.ui.query_highlight import QueryHighlighter

            self._highlighter = QueryHighlighter(self.view)
        return self._highlighter

    # -- navigation ----------------------------------------------------------------------------------------

    def open(
        self,
        doc_id: str,
        *,
        remember: bool = True,
        visit: bool = True,
        highlight: tuple[str, ...] | None = (),
        anchor: str | None = None,
        passage: str = "",
    ) -> None:
        """Load a document on the worker and show it; Back returns to the current one. With ``visit`` the
        document goes into the history; ``highlight`` words (a search's) are marked and the first is shown
        (None keeps the words marked now, as a reload does); with ``anchor`` the reader shows that section, and
        a ``passage`` of it (a search's answer) is selected."""
        self.save_note()
        if highlight is not None:
            self._highlight = tuple(highlight)
            self._passage = passage
        if remember and self.current is not None and self.current.document.id != doc_id:
            self.back_stack.append(self.current.document.id)
            self.forward_stack.clear()
        self._request += 1
        request = self._request
        task = self.worker.submit(calls.open_document, doc_id, visit, name="open")
        self.progress.expect()  # a bar shows if the document takes a moment
        task.finished.connect(lambda opened, r=request, a=anchor: self._show(opened, r, a))
        task.failed.connect(lambda error, r=request, d=doc_id: self._missing(d, error, r))
        self._failed_id = ""
        self.navigation_changed.emit()

    def _reader_action(self, name: str) -> None:
        if name == "retry":
            self.retry()
        elif name == "more":
            self.loader.load_more()

    def retry(self) -> None:
        """Try again to open the document that could not be opened."""
        if self._failed_id:
            self.open(self._failed_id, remember=False)

    def reload(self) -> None:
        """Show the current document again as the library now holds it (its header and text may have changed,
        or a sync may have removed it); neither the history nor Back and Forward change."""
        if self.current is not None:
            self.open(self.current.document.id, remember=False, visit=False, highlight=None)

    def on_library_changed(self, changes: OpChanges) -> None:
        """Reload the document shown when a write updated or removed it."""
        if self.current is not None and changes.touches_document(self.current.document.id):
            self.reload()

    def go_back(self) -> None:
        """Open the previous document of the reading history."""
        if self.back_stack:
            if self.current is not None:
                self.forward_stack.append(self.current.document.id)
            self.open(self.back_stack.pop(), remember=False)

    def go_forward(self) -> None:
        """Open the document left by going back."""
        if self.forward_stack:
            if self.current is not None:
                self.back_stack.append(self.current.document.id)
            self.open(self.forward_stack.pop(), remember=False)

    @property
    def can_go_back(self) -> bool:
        """True when there is a document to go back to."""
        return bool(self.back_stack)

    @property
    def can_go_forward(self) -> bool:
        """True when there is a document to go forward to."""
        return bool(self.forward_stack)

    # -- display -------------------------------------------------------------------------------------------

    def _show(self, opened: calls.OpenedDocument, request: int, anchor: str | None = None) -> None:
        if request != self._request:
            return
        self.progress.opened()
        self.current = opened
        doc = opened.document
        self.placeholder.hide()
        self.view.show()
        self.tabs.show()
        self.view.set_term_tips(opened.term_tips)
        self._render()
        self.contents.clear()
        for entry in opened.rendered.toc:
            item = QListWidgetItem("    " * max(0, entry.level - 2) + entry.title)
            item.setData(Qt.ItemDataRole.UserRole, entry.anchor)
            self.contents.addItem(item)
        self.details.setHtml(details_page(doc, self.taxonomy))
        self.related.clear()
        for hit in opened.related:
            title, summary, _shown = hit.shown_in(ui_language())
            # Two lines each: the title, then its kind, so that the entries do not run together.
            item = QListWidgetItem(f"{title}\n{self.taxonomy.label('types', hit.type)}")
            item.setData(Qt.ItemDataRole.UserRole, hit.id)
            item.setToolTip(summary)
            self.related.addItem(item)
        self.notes.show_note(doc.id, doc.title, opened.note)
        if anchor:
            self.view.scrollToAnchor(anchor)
        if self._passage:
            if self.highlighter.mark_passage(self._passage):
                if anchor:  # the section's heading at the top, its answer selected below it
                    self.view.scrollToAnchor(anchor)
            elif not anchor:
                self.highlighter.jump_to_body()
        self.navigation_changed.emit()
        self.document_shown.emit(doc.id)

    def _css(self) -> str:
        return reader_css(self.theme, max(6, self.font_pt + self.zoom))

    def _render(self) -> None:
        if self.current is None:
            return
        css = self._css()
        self.view.set_measure(READING_MEASURE)  # here, not at start-up: the first document needs it
        self.details.document().setDefaultStyleSheet(reader_css(self.theme, max(8, self.font_pt - 1)))
        header = page_header(self.current.document, self.taxonomy, self.current.versions)
        if self.current.chunks:  # a large document: slice by slice, the window stays responsive
            self.loader.rest_notice = rest_notice()
            self.loader.load(header, list(self.current.chunks), css)
            return
        self.loader.cancel()
        self.view.document().setDefaultStyleSheet(css)
        self.view.setHtml(header + self.current.annotated_html)
        self._mark_words()

    def _loaded(self) -> None:
        self.progress.hide()
        self._mark_words()

    def _mark_words(self) -> None:
        self.highlighter.dark = self.theme == "dark"
        self.highlighter.apply(self._highlight, jump=not self._passage)

    def step_match(self, forward: bool = True) -> bool:
        """F3 / Shift+F3: the next or previous match of the find bar, or else of the search's marked words."""
        if self.find_bar.isVisible() and self.find_bar.field.text():
            return self.find_bar.find_next() if forward else self.find_bar.find_previous()
        return self.highlighter.step(forward)

    def set_compact(self, compact: bool) -> None:
        """Beside the text (wide windows) or under it (narrow ones): the Outline, Details, Related and Note
        tabs, so that the text keeps a readable line length at any window size."""
        orientation = Qt.Orientation.Vertical if compact else Qt.Orientation.Horizontal
        if self.splitter.orientation() == orientation:
            return
        self.splitter.setOrientation(orientation)
        self.tabs.setMinimumWidth(0 if compact else 300)
        self.tabs.setMinimumHeight(140 if compact else 0)
        total = self.splitter.height() if compact else self.splitter.width()
        self.splitter.setSizes([max(1, total * 2 // 3), max(1, total // 3)])

    def set_appearance(self, theme: str, font_pt: int, zoom: int) -> None:
        """Apply theme, base font size and zoom steps, and re-render the current document."""
        self.theme, self.font_pt, self.zoom = theme, font_pt, zoom
        self._render()

    def _missing(self, doc_id: str, error: Exception, request: int) -> None:
        if request != self._request:
            return
        self.progress.opened()
        self.loader.cancel()
        self.current = None
        self.placeholder.hide()
        self.view.show()
        page, retryable = problem_page(doc_id, error)
        if retryable:  # the document is there, but reading it failed: Try again opens it once more
            self._failed_id = doc_id
        self.view.setHtml(page)
        self.contents.clear()
        self.related.clear()
        self.details.clear()
        self.navigation_changed.emit()
        self.document_missing.emit(doc_id)

    def _jump_to_heading(self, item: QListWidgetItem) -> None:
        anchor = item.data(Qt.ItemDataRole.UserRole)
        if anchor:
            self.view.scrollToAnchor(anchor)

    def _open_related(self, item: QListWidgetItem) -> None:
        doc_id = item.data(Qt.ItemDataRole.UserRole)
        if doc_id:
            self.open(doc_id)

    # -- personal ------------------------------------------------------------------------------------------

    def toggle_bookmark(self) -> None:
        """Bookmark the open document, or remove its bookmark."""
        if self.current is None:
            return
        doc = self.current.document
        on = not self.current.is_bookmarked
        self.current = calls.replace_bookmark(self.current, on)
        task = self.worker.submit(calls.set_bookmark, doc.id, doc.title, on, name="bookmark")
        task.finished.connect(lambda _r, d=doc.id, o=on: self.bookmark_changed.emit(d, o))
        task.failed.connect(lambda error, d=doc.id, o=on: self._bookmark_failed(d, o, error))

    def _bookmark_failed(self, doc_id: str, on: bool, error: Exception) -> None:
        """The bookmark was not stored: show it as it really is, and say why."""
        if self.current is not None and self.current.document.id == doc_id:
            self.current = calls.replace_bookmark(self.current, not on)
        self.bookmark_changed.emit(doc_id, not on)
        template = self.tr("Bookmark not saved: %1") if on else self.tr("Bookmark not removed: %1")
        self.error_shown.emit(template.replace("%1", str(error)))

    def save_note(self) -> None:
        """Store the open document's note now if it changed since it was loaded or last saved."""
        self.notes.save()

    def copy_citation(self) -> str:
        """Copy a citation of the open document to the clipboard; returns it (empty when none is open)."""
        if self.current is None:
            return ""
        text = citation(self.current.document)
        QGuiApplication.clipboard().setText(text)
        return text
