"""Tools › Procurement projects: the user's projects, and the open project's stage checklist.

The list of projects is on the left (New…, Delete… with confirmation); the open project's checklist is on
the right, grouped by stage with each stage's progress, a checkbox per item and a note per item. An item's
section opens in the reader ("Open section", or a double click). The checklist can be exported as Markdown
or PDF. Reads run on the reader worker and writes on the writer worker, through ``Library`` only; the
dialog reloads its list when a write touched projects (``on_library_changed``). The checklist is a
model/view (``project_model.ChecklistModel``), so a long one opens at once.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QListWidgetItem,
    QMessageBox,
    QWidget,
)

from ipt_desktop.core.projects.service import format_value
from ipt_desktop.ui.core_worker import CoreWorker
from ipt_desktop.ui.project_model import LinkRole
from ipt_desktop.ui.project_tasks import (
    NewProjectDialog,
    create_project,
    delete_project,
    list_projects,
    load_project,
    note_item,
    tick_item,
    write_markdown,
    write_pdf,
)
from ipt_desktop.ui.projects_layout import build_widgets
from ipt_desktop.ui.screen_fit import fitting_size
from ipt_desktop.ui.translations import ui_language

AUTO_UNFOLD_ITEMS = 500  # checklists up to this long open with every stage unfolded

if TYPE_CHECKING:
    from ipt_desktop.core.changes import OpChanges
    from ipt_desktop.core.projects.service import ProjectView
    from ipt_desktop.core.projects.store import Project


class ProjectsDialog(QDialog):
    """The projects and the open project's checklist.

    Signals:
        projects_loaded: the list was filled (list of ProjectSummary).
        project_shown: a project's checklist is shown (ProjectView).
        section_requested: the user asked to read an item's section (document id, anchor).
        saved: a write of this dialog finished (its name: created, deleted, ticked, noted).
        exported: an export file was written (path).
        error_shown: a core call failed (the message shown).
    """

    projects_loaded = Signal(object)
    project_shown = Signal(object)
    section_requested = Signal(str, str)
    saved = Signal(str)
    exported = Signal(object)
    error_shown = Signal(str)

    def __init__(self, reader: CoreWorker, writer: CoreWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Procurement projects"))
        self.resize(fitting_size(1100, 680))
        self._reader = reader
        self._writer = writer
        self._procedures: list[tuple[str, str]] = []
        self.current_id: int | None = None
        self._request = 0
        self._note_item: str | None = None  # the item whose note the editor shows
        build_widgets(self)
        self._update_actions()
        self.reload()

    # -- construction ----------------------------------------------------------------------------------------

    def _update_actions(self) -> None:
        has_project = self.current_id is not None
        for widget in (self.delete_button, self.export_md_button, self.export_pdf_button):
            widget.setEnabled(has_project)
        has_item = self.model.entry(self.tree.currentIndex()) is not None
        for widget in (self.save_note_button, self.open_button, self.note):
            widget.setEnabled(has_item)

    # -- reading ---------------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Fill the list of projects from the library (the open project stays open)."""
        task = self._reader.submit(list_projects, ui_language(), name="list-projects")
        task.finished.connect(self._fill_list)
        task.failed.connect(self._show_error)

    def _fill_list(self, result) -> None:
        summaries, self._procedures = result
        self.list.blockSignals(True)
        self.list.clear()
        chosen = None
        for summary in summaries:
            item = QListWidgetItem(
                f"{summary.project.name}\n{summary.procedure_label}  ·  {summary.done}/{summary.total}"
            )
            item.setData(Qt.ItemDataRole.UserRole, summary.project.id)
            item.setToolTip(item.text())
            self.list.addItem(item)
            if summary.project.id == self.current_id:
                chosen = item
        if chosen is not None:
            self.list.setCurrentItem(chosen)
        self.list.blockSignals(False)
        if self.current_id is not None and chosen is None:  # deleted, here or elsewhere
            self._show_project(None)
        self._update_actions()
        self.projects_loaded.emit(summaries)

    def open_project(self, project_id: int) -> None:
        """Load a project's checklist and show it."""
        self.save_note()
        self._request += 1
        request = self._request
        task = self._reader.submit(load_project, project_id, ui_language(), name="open-project")
        task.finished.connect(
            lambda view, r=request: self._show_project(view) if r == self._request else None
        )
        task.failed.connect(self._show_error)

    def _project_chosen(self, current: QListWidgetItem | None, _previous=None) -> None:
        if current is not None:
            self.open_project(int(current.data(Qt.ItemDataRole.UserRole)))

    def _show_project(self, view: ProjectView | None) -> None:
        self._note_item = None
        self.note.clear()
        self.item_label.clear()
        self.current_id = view.project.id if view is not None else None
        self.model.set_project(view)
        if view is None:
            self.heading.clear()
            self.progress.reset()
        else:
            facts = [view.procedure_label]
            if view.project.estimated_value:
                facts.append(format_value(view.project))
            self.heading.setText(
                f"<b>{html.escape(view.project.name)}</b><br/>{html.escape('  ·  '.join(facts))}"
            )
            self._unfold()
            self._show_progress()
        self._update_actions()
        if view is not None:
            self.project_shown.emit(view)

    def _unfold(self) -> None:
        """Unfold every stage of a usual checklist. A very long one opens folded but for its first unfinished
        stage (if that is not long itself): a tree view lays out every unfolded row, which would take as long
        as the checklist is long, and folded stages cost nothing until the user opens them."""
        if self.model.total <= AUTO_UNFOLD_ITEMS:
            self.tree.expandAll()
            return
        for row in range(self.model.rowCount()):
            done, total = self.model.stage_progress(row)
            if done < total:
                if total <= AUTO_UNFOLD_ITEMS:
                    self.tree.expand(self.model.index(row, 0))
                return

    def _show_progress(self) -> None:
        self.progress.setRange(0, max(1, self.model.total))
        self.progress.setValue(self.model.done)
        self.progress.setFormat(
            self.tr("%1 of %2 items done")
            .replace("%1", str(self.model.done))
            .replace("%2", str(self.model.total))
        )

    def on_library_changed(self, changes: OpChanges) -> None:
        """Reload the list when a write touched projects (ticks made here are already shown)."""
        if changes.touches("projects"):
            self.reload()

    # -- items -----------------------------------------------------------------------------------------------

    def _item_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.save_note()
        entry = self.model.entry(current)
        self._note_item = entry.item.id if entry is not None else None
        self.note.setPlainText(entry.note if entry is not None else "")
        self.item_label.setText(entry.item.text if entry is not None else "")
        self._update_actions()

    def select_item(self, item_id: str) -> None:
        """Make an item the current one (its note goes into the editor)."""
        index = self.model.locate(item_id)
        if index.isValid():
            self.tree.expand(index.parent())
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def set_ticked(self, item_id: str, done: bool) -> None:
        """Tick or untick an item, as a click on its box does."""
        if self.model.set_done(item_id, done):
            self._tick(item_id, done)

    def _tick(self, item_id: str, done: bool) -> None:
        project_id = self.current_id
        if project_id is None:
            return
        self._show_progress()
        task = self._writer.submit(tick_item, project_id, item_id, done, name="tick-item")
        task.finished.connect(lambda _r: self.saved.emit("ticked"))
        task.failed.connect(lambda error, i=item_id, d=done, p=project_id: self._tick_failed(error, p, i, d))

    def _tick_failed(self, error: object, project_id: int, item_id: str, done: bool) -> None:
        if project_id == self.current_id:
            self.model.set_done(item_id, not done)
            self._show_progress()
        self._show_error(error)

    def save_note(self) -> None:
        """Store the editor's note on its item if it changed."""
        self._note_timer.stop()
        item_id, project_id = self._note_item, self.current_id
        if item_id is None or project_id is None:
            return
        text = self.note.toPlainText().strip()
        index = self.model.locate(item_id)
        entry = self.model.entry(index)
        if entry is None or entry.note == text:
            return
        self.model.set_note(item_id, text)
        task = self._writer.submit(note_item, project_id, item_id, text, name="note-item")
        task.finished.connect(lambda _r: self.saved.emit("noted"))
        task.failed.connect(self._show_error)

    def _open_section_of(self, index: QModelIndex) -> None:
        link = self.model.data(index, LinkRole) if self.model.entry(index) is not None else None
        if link:
            self.section_requested.emit(*link)

    # -- projects --------------------------------------------------------------------------------------------

    def new_project(self) -> None:
        """Ask for a new project's details and create it; it opens when created."""
        dialog = NewProjectDialog(self._procedures, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            values = dialog.values()
        finally:
            dialog.deleteLater()
        self.create_project(*values)

    def create_project(self, name: str, procedure: str, value: str = "", currency: str = "") -> None:
        """Create a project on the writer and open it."""
        task = self._writer.submit(create_project, name, procedure, value, currency, name="create-project")
        task.finished.connect(self._created)
        task.failed.connect(self._show_error)

    def _created(self, project: Project) -> None:
        self.save_note()
        self.current_id = project.id  # the reload that the change record starts selects it
        self.open_project(project.id)
        self.saved.emit("created")

    def delete_current(self) -> None:
        """Delete the open project after the user confirms."""
        if self.current_id is None:
            return
        name = self.list.currentItem().text().split("\n")[0] if self.list.currentItem() else ""
        answer = QMessageBox.question(
            self,
            self.tr("Delete project"),
            self.tr("Delete the project “%1” with its ticks and notes? This cannot be undone.").replace(
                "%1", name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        task = self._writer.submit(delete_project, self.current_id, name="delete-project")
        task.finished.connect(lambda _r: self.saved.emit("deleted"))
        task.failed.connect(self._show_error)

    # -- export ----------------------------------------------------------------------------------------------

    def export_markdown(self, path: Path | None = None) -> None:
        """Write the open project's checklist as Markdown (asking where, unless ``path`` is given)."""
        self._export(write_markdown, path, self.tr("Markdown files (*.md)"), ".md")

    def export_pdf(self, path: Path | None = None) -> None:
        """Write the open project's checklist as PDF (asking where, unless ``path`` is given)."""
        self._export(write_pdf, path, self.tr("PDF files (*.pdf)"), ".pdf")

    def _export(self, fn, path: Path | None, file_filter: str, suffix: str) -> None:
        if self.current_id is None:
            return
        self.save_note()
        if path is None:
            name = self.list.currentItem().text().split("\n")[0] if self.list.currentItem() else "project"
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export checklist"), str(Path.home() / f"{name}{suffix}"), file_filter
            )
            if not chosen:
                return
            path = Path(chosen)
        # Queued on the writer, after any tick or note still being saved, so the file holds them.
        task = self._writer.submit(fn, self.current_id, Path(path), ui_language(), name="export-project")
        task.finished.connect(self._exported)
        task.failed.connect(self._show_error)

    def _exported(self, path: Path) -> None:
        self.status.setText(self.tr("Saved %1").replace("%1", str(path)))
        self.exported.emit(path)

    # -- errors and closing ----------------------------------------------------------------------------------

    def _show_error(self, error: object) -> None:
        message = str(error)
        self.status.setText(QCoreApplication.translate("ProjectsDialog", "Error: %1").replace("%1", message))
        self.error_shown.emit(message)

    def done(self, result: int) -> None:
        """Save a note being typed before the dialog closes."""
        self.save_note()
        super().done(result)

    def closeEvent(self, event) -> None:
        """Save a note being typed when the window is closed."""
        self.save_note()
        super().closeEvent(event)
