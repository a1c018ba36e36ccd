"""The reader pane: the rendered document with its title, metadata and sources."""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ipt_desktop.core.taxonomy import Taxonomy
from ipt_desktop.ui.library_calls import OpenedDocument
from ipt_desktop.ui.reader_view import ReaderView


class ReaderPanel(QWidget):
    """Shows one document.

    Signals:
        document_requested: the user followed an internal link (document id).
    """

    document_requested = Signal(str)

    def __init__(self, taxonomy: Taxonomy) -> None:
        super().__init__()
        self.taxonomy = taxonomy
        self.current_id: str | None = None
        self.view = ReaderView(self)
        self.placeholder = QLabel(self.tr("Choose a document on the left, or type in the search field."))
        self.placeholder.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.view, 1)
        self.view.document_link_clicked.connect(self.document_requested)

    def show_document(self, opened: OpenedDocument) -> None:
        doc = opened.document
        self.current_id = doc.id
        self.placeholder.hide()
        label = html.escape(self.taxonomy.label("types", doc.type))
        header = (f"<p class='kind'>{label} · {html.escape(doc.project)}"
                  f"{' · ' + str(doc.year) if doc.year else ''}</p>"
                  f"<h1>{html.escape(doc.title)}</h1><p class='summary'>{html.escape(doc.summary)}</p>")
        self.view.setHtml(header + opened.rendered.html)

    def show_missing(self, doc_id: str, reason: str) -> None:
        self.current_id = None
        self.view.setHtml(f"<h2>{html.escape(self.tr('Document removed'))}</h2><p>{html.escape(reason)}</p>")
