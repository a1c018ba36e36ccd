"""DeckPanel: the trainer's decks (stored as collections in user.db) — pick one, reorder its documents by drag
and drop, rename, delete, remove documents, present, export or import deck files, export handout PDFs (in a
chosen layout) and export the slides to PowerPoint. Every core call runs on
the CoreWorker; results and errors come back as signals and show in the panel's status line. The list reloads
after any write that touched collections (its own edits, or "Add to deck" in the reader).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QListWidget,
    QMenu,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ipt_desktop.core.store.user_store import Collection
from ipt_desktop.core.trainer.pdf_layout import DEFAULT_HANDOUT_LAYOUT
from ipt_desktop.ui import deck_calls as calls
from ipt_desktop.ui.core_worker import CoreWorker
from ipt_desktop.ui.deck_calls import handout_layouts
from ipt_desktop.ui.deck_items_model import DeckItemsModel
from ipt_desktop.ui.presentation_controller import PresentationController
from ipt_desktop.ui.translations import ui_language

if TYPE_CHECKING:
    from ipt_desktop.core.changes import OpChanges
    from ipt_desktop.core.trainer.decks import DeckImport


class DeckPanel(QWidget):
    """The decks and the documents of the selected one.

    Signals:
        collections_loaded: the list of collections was (re)loaded (count).
        message_shown: a result or an error to show the user (one sentence).
    """

    collections_loaded = Signal(int)
    message_shown = Signal(str)

    def __init__(
        self,
        worker: CoreWorker,
        controller: PresentationController | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.controller = controller or PresentationController(self)
        self._collections: list[Collection] = []
        self._wanted: str | None = None  # the collection to select when the list next loads
        self._saves = (
            0  # item edits on their way to user.db: the model is newer than any load until they land
        )
        self.collection_list = QListWidget()
        self.collection_list.setAccessibleName(self.tr("Decks"))
        self.model = DeckItemsModel(self)
        self.items_view = QListView()
        self.items_view.setModel(self.model)
        self.items_view.setAccessibleName(self.tr("Documents in the deck"))
        self.items_view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.items_view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.items_view.setDragDropOverwriteMode(False)
        self.items_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self._build_layout()
        self.collection_list.currentRowChanged.connect(self._show_collection)
        self.model.items_reordered.connect(self._save_items)
        self.controller.failed.connect(self._report)
        self.message_shown.connect(self.status.setText)

    # -- layout --------------------------------------------------------------------------------------------

    def _action(self, text: str, slot: Callable[[], Any], shortcut: str | None = None) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        return action

    def _build_layout(self) -> None:
        present = QPushButton(self.tr("Present"))
        present.clicked.connect(self.present_current)
        self.move_up = self._action(self.tr("Move up"), lambda: self.move_current(-1), "Ctrl+Up")
        self.move_down = self._action(self.tr("Move down"), lambda: self.move_current(1), "Ctrl+Down")
        self.remove = self._action(self.tr("Remove from deck"), self.remove_current_item, "Delete")
        menu = QMenu(self)
        for text, slot in (
            (self.tr("New deck…"), self.ask_new),
            (self.tr("Rename deck…"), self.ask_rename),
            (self.tr("Delete deck"), self.ask_delete),
            (None, None),
            (self.tr("Export handout PDF…"), self.ask_export_handout),
            (self.tr("Export to PowerPoint…"), self.ask_export_pptx),
            (None, None),
            (self.tr("Export deck file…"), self.ask_export_deck),
            (self.tr("Import deck file…"), self.ask_import_deck),
        ):
            if text is None:
                menu.addSeparator()
            else:
                menu.addAction(self._action(text, slot))
        more = QPushButton(self.tr("Deck"))
        more.setObjectName("deckMenuButton")
        more.setMenu(menu)  # a push button makes room for its menu arrow; a tool button clipped the text
        more.setMinimumWidth(more.sizeHint().width())
        self.menu_button = more
        buttons = QHBoxLayout()
        buttons.addWidget(present)
        for action in (self.move_up, self.move_down, self.remove):
            button = QToolButton()
            button.setDefaultAction(action)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(more)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Decks")))
        layout.addWidget(self.collection_list, 1)
        layout.addWidget(QLabel(self.tr("Slides come from, in order:")))
        layout.addWidget(self.items_view, 2)
        layout.addLayout(buttons)
        layout.addWidget(self.status)

    # -- loading -------------------------------------------------------------------------------------------

    def refresh(self, select: str | None = None) -> None:
        """Reload the collections from user.db, then select ``select`` (or keep the current one)."""
        self._wanted = select or self.current_name()
        self._run(calls.collections, on_done=self._set_collections)

    def on_library_changed(self, changes: OpChanges) -> None:
        """Reload the collections when a write touched any."""
        if changes.touches("collections"):
            self.refresh()

    def _select(self, name: str) -> None:
        """Select ``name`` when the list next loads (the reload that the write's change record asked for)."""
        self._wanted = name

    def current_collection(self) -> Collection | None:
        """The collection selected in the list, or None."""
        row = self.collection_list.currentRow()
        return self._collections[row] if 0 <= row < len(self._collections) else None

    def current_name(self) -> str | None:
        """The name of the selected collection, or None."""
        current = self.current_collection()
        return current.name if current else None

    def _set_collections(self, collections: list[Collection]) -> None:
        self._collections = list(collections)
        self.collection_list.blockSignals(True)
        self.collection_list.clear()
        self.collection_list.addItems([c.name for c in collections])
        names = [c.name for c in collections]
        row = names.index(self._wanted) if self._wanted in names else (0 if names else -1)
        self.collection_list.setCurrentRow(row)
        self.collection_list.blockSignals(False)
        items = self._collections[row].items if row >= 0 else ()
        # While the panel's own edits are being saved the model is newer than this load; a load that brings
        # what the model already shows (those edits, saved) leaves the model, and so the selection, alone.
        if self._saves == 0 and tuple(items) != self.model.items():
            self.model.set_items(items)
        self.collections_loaded.emit(len(collections))

    def _show_collection(self, row: int) -> None:
        collection = self._collections[row] if 0 <= row < len(self._collections) else None
        self.model.set_items(collection.items if collection else ())

    # -- editing -------------------------------------------------------------------------------------------

    def move_current(self, step: int) -> None:
        """Move the selected item up (-1) or down (+1)."""
        row = self.items_view.currentIndex().row()
        target = row + step
        if row < 0 or not 0 <= target < self.model.rowCount():
            return
        self.model.moveRow(
            self.items_view.rootIndex(), row, self.items_view.rootIndex(), target + 1 if step > 0 else target
        )
        self.items_view.setCurrentIndex(self.model.index(target))

    def remove_current_item(self) -> None:
        """Remove the selected item from the collection."""
        row = self.items_view.currentIndex().row()
        if row >= 0:
            self.model.removeRow(row)

    def _save_items(self, items) -> None:
        current = self.current_collection()
        if current is not None:
            self._saves += 1
            task = self.worker.submit(calls.set_items, current.id, tuple(items))
            task.finished.connect(self._saved)
            task.failed.connect(self._save_failed)

    def _saved(self, collection: Collection) -> None:
        """Keep the cache in step (the model already shows the new order)."""
        self._saves -= 1
        for n, known in enumerate(self._collections):
            if known.id == collection.id:
                self._collections[n] = collection

    def _save_failed(self, error: object) -> None:
        self._saves -= 1
        self._report(error)
        self.refresh()  # show what user.db holds

    def create(self, name: str) -> None:
        """Create an empty collection and select it."""
        self._run(calls.create, name, on_done=lambda c: self._select(c.name))

    def rename_current(self, new_name: str) -> None:
        """Rename the selected collection and keep it selected."""
        current = self.current_collection()
        if current is not None:
            self._run(calls.rename, current.id, new_name, on_done=lambda c: self._select(c.name))

    def delete_current(self) -> None:
        """Delete the selected collection (its documents stay in the library)."""
        current = self.current_collection()
        if current is not None:
            self._run(calls.delete, current.id, on_done=lambda _changes: None)

    def present_current(self) -> None:
        """Present the selected collection as slides."""
        name = self.current_name()
        if name is not None:
            self.controller.present_collection(self.worker, name)

    def export_deck_to(self, path: Path) -> None:
        """Write the selected collection as a deck file to ``path``."""
        name = self.current_name()
        if name is not None:
            self._run(
                calls.export_deck,
                name,
                Path(path),
                on_done=lambda p: self.message_shown.emit(self.tr("Wrote {0}.").format(p)),
            )

    def import_deck_from(self, path: Path) -> None:
        """Create a collection from a deck file and select it."""
        self._run(calls.import_deck, Path(path), on_done=self._imported)

    def export_handout_to(self, path: Path, layout: str = DEFAULT_HANDOUT_LAYOUT) -> None:
        """Write the selected deck's slides as a PDF handout in ``layout`` (see pdf_layout.HANDOUT_LAYOUTS)."""
        name = self.current_name()
        if name is not None:
            self._run(
                calls.export_handout,
                name,
                Path(path),
                layout,
                on_done=lambda pages: self.message_shown.emit(
                    self.tr("Wrote %1 (%n page(s)).", "", pages).replace("%1", str(path))
                ),
            )

    def export_pptx_to(self, path: Path) -> None:
        """Write the selected deck's slides as a PowerPoint file."""
        name = self.current_name()
        if name is not None:
            self._run(
                calls.export_pptx,
                name,
                Path(path),
                ui_language(),
                on_done=lambda slides: self.message_shown.emit(
                    self.tr("Wrote %1 (%n slide(s)).", "", slides).replace("%1", str(path))
                ),
            )

    def _imported(self, report: DeckImport) -> None:
        text = self.tr("Imported the deck “%1” with %n document(s).", "", report.items).replace(
            "%1", report.name
        )
        if report.missing:
            text += " " + self.tr("Not in this library: {0}.").format(", ".join(report.missing))
        if report.changed:
            text += " " + self.tr("Changed since the export: {0}.").format(", ".join(report.changed))
        self.message_shown.emit(text)
        self._select(report.name)

    # -- dialogs -------------------------------------------------------------------------------------------

    def ask_new(self) -> None:
        """Ask for a name and create an empty deck."""
        name, ok = QInputDialog.getText(self, self.tr("New deck"), self.tr("Name:"))
        if ok and name.strip():
            self.create(name)

    def ask_rename(self) -> None:
        """Ask for a new name for the selected collection."""
        current = self.current_name()
        if current is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename deck"), self.tr("New name:"), text=current)
        if ok and name.strip():
            self.rename_current(name)

    def ask_delete(self) -> None:
        """Delete the selected collection after the user confirms."""
        current = self.current_name()
        if current is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete deck"),
            self.tr("Delete the deck “{0}”? The documents stay in the library.").format(current),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_current()

    def ask_export_deck(self) -> None:
        """Ask where to write the selected collection as a deck file."""
        name = self.current_name()
        if name is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export deck file"), f"{name}.ipt-deck.json", calls.deck_filter()
        )
        if path:
            self.export_deck_to(Path(path))

    def ask_import_deck(self) -> None:
        """Ask for a deck file and import it as a collection."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import deck file"), "", calls.deck_filter())
        if path:
            self.import_deck_from(Path(path))

    def ask_export_handout(self) -> None:
        """Ask for a layout (3 per page by default), then where to write the selected deck's handout PDF."""
        name = self.current_name()
        if name is None:
            return
        layouts = handout_layouts()
        label, ok = QInputDialog.getItem(
            self,
            self.tr("Export handout PDF"),
            self.tr("Layout:"),
            [label for _layout, label in layouts],
            0,
            False,
        )
        if not ok:
            return
        layout = next(key for key, text in layouts if text == label)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export handout PDF"), f"{name}.pdf", self.tr("PDF files (*.pdf)")
        )
        if path:
            self.export_handout_to(Path(path), layout)

    def ask_export_pptx(self) -> None:
        """Ask where to write the selected deck as a PowerPoint file."""
        name = self.current_name()
        if name is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to PowerPoint"), f"{name}.pptx", self.tr("PowerPoint files (*.pptx)")
        )
        if path:
            if not path.lower().endswith(".pptx"):
                path += ".pptx"
            self.export_pptx_to(Path(path))

    # -- worker --------------------------------------------------------------------------------------------

    def _run(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None]) -> None:
        task = self.worker.submit(fn, *args)
        task.finished.connect(on_done)
        task.failed.connect(self._report)

    def _report(self, error: object) -> None:
        self.message_shown.emit(str(error))
