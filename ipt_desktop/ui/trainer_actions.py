"""TrainerActions: the reader's trainer commands — Present, Export PDF…, Print…, Add to deck… — acting on the
document the reader shows (the window's actions trigger them). Core calls run on the CoreWorker; PDF files
are also written there (QPdfWriter needs no widgets), so the window never stalls.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from ipt_desktop.core.store.user_store import Collection
from ipt_desktop.ui.core_worker import CoreWorker
from ipt_desktop.ui.presentation_controller import PresentationController


def _export_pdf(library, doc_id: str, path: Path) -> int:
    """Write a document's PDF; returns the number of pages."""
    from ipt_desktop.ui.pdf_export import export_document_pdf

    return export_document_pdf(library.get(doc_id), path)


def _collection_names(library) -> list[str]:
    return [c.name for c in library.collections()]


def _add_to_deck(library, name: str, doc_id: str, section: str | None):
    """Worker call: an OpResult with (the deck as it now is, True when the document was in it already)."""
    from ipt_desktop.core.changes import OpResult
    from ipt_desktop.core.errors import NotFoundError

    try:
        before = library.collection(name).items
    except NotFoundError:
        before = ()
    result = library.add_to_collection(name, doc_id, section)
    already = tuple(result.value.items) == tuple(before) and any(
        item.doc_id == doc_id and item.section == (section or None) for item in before
    )
    return OpResult((result.value, already), result.changes)


class TrainerActions(QObject):
    """Trainer commands for the document ``current_document()`` returns (None when no document is open).

    Signals:
        message_shown: a result or an error for the status bar (one sentence).
    """

    message_shown = Signal(str)

    def __init__(
        self,
        worker: CoreWorker,
        window: QWidget,
        current_document: Callable[[], str | None],
        controller: PresentationController | None = None,
    ) -> None:
        super().__init__(window)
        self.worker = worker
        self.window = window
        self.current_document = current_document
        self.controller = controller or PresentationController(self)
        self.controller.failed.connect(self.message_shown.emit)

    # -- commands with explicit arguments (no dialogs) -----------------------------------------------------

    def present_document(self, doc_id: str) -> None:
        """Present a document as full-screen slides."""
        self.controller.present_document(self.worker, doc_id)

    def export_document_pdf(self, doc_id: str, path: Path) -> None:
        """Write a document as PDF on the worker; the page count is reported in the status bar."""
        task = self.worker.submit(_export_pdf, doc_id, Path(path), name="export-pdf")
        task.finished.connect(
            lambda pages: self.message_shown.emit(
                self.tr("Wrote %1 (%n page(s)).", "", pages).replace("%1", str(path))
            )
        )
        task.failed.connect(lambda error: self.message_shown.emit(str(error)))

    def add_to_deck(self, doc_id: str, name: str, section: str | None = None) -> None:
        """Add a document to a deck (created if needed), optionally one section of it; says so when it is in
        the deck already.
        """
        task = self.worker.submit(_add_to_deck, name, doc_id, section, name="add-to-deck")
        task.finished.connect(self._added)
        task.failed.connect(lambda error: self.message_shown.emit(str(error)))

    def _added(self, outcome: tuple[Collection, bool]) -> None:
        collection, already = outcome
        if already:
            text = self.tr("This document is already in the deck “{0}”.").format(collection.name)
        else:
            text = self.tr("Added to the deck “%1” (%n document(s)).", "", len(collection.items)).replace(
                "%1", collection.name
            )
        self.message_shown.emit(text)

    # -- the actions (they ask with dialogs) ---------------------------------------------------------------

    def present_current(self) -> None:
        """Present the document open in the reader."""
        doc_id = self.current_document()
        if doc_id:
            self.present_document(doc_id)

    def export_current_pdf(self) -> None:
        """Ask where to write the open document as PDF."""
        doc_id = self.current_document()
        if not doc_id:
            return
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export PDF"), f"{doc_id}.pdf", self.tr("PDF files (*.pdf)")
        )
        if path:
            self.export_document_pdf(doc_id, Path(path))

    def print_current(self) -> None:
        """Print the open document through the system's print dialog."""
        doc_id = self.current_document()
        if not doc_id:
            return
        task = self.worker.submit(lambda library, d: library.get(d), doc_id, name="print")
        task.finished.connect(self._print)
        task.failed.connect(lambda error: self.message_shown.emit(str(error)))

    def _print(self, doc) -> None:
        from ipt_desktop.ui.pdf_export import print_document

        print_document(self.window, doc)

    def add_current_to_deck(self) -> None:
        """Ask which deck to add the open document to."""
        doc_id = self.current_document()
        if not doc_id:
            return
        task = self.worker.submit(_collection_names, name="collections")
        task.finished.connect(lambda names: self._ask_deck(doc_id, names))
        task.failed.connect(lambda error: self.message_shown.emit(str(error)))

    def _ask_deck(self, doc_id: str, names: list[str]) -> None:
        name, ok = QInputDialog.getItem(
            self.window,
            self.tr("Add to deck"),
            self.tr("Deck (type a new name to create one):"),
            names or [self.tr("Workshop")],
            0,
            True,
        )
        if ok and name.strip():
            self.add_to_deck(doc_id, name)
