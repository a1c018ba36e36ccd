"""Procurement projects' worker calls and the New project form, for ``projects_dialog``.

The worker calls are plain functions of the ``Library``, run on a ``CoreWorker``'s thread; those that write
return the Library's change record, which the worker announces to every view.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

if TYPE_CHECKING:
    from ipt_desktop.core.changes import OpChanges, OpResult
    from ipt_desktop.core.library import Library
    from ipt_desktop.core.projects.service import ProjectSummary, ProjectView
    from ipt_desktop.core.projects.store import Project


# Worker calls: plain functions of the Library, run on a CoreWorker's thread.


def list_projects(library: Library, language: str) -> tuple[list[ProjectSummary], list[tuple[str, str]]]:
    """The projects with their progress, and the procedures a new project may follow."""
    return library.projects(language), library.project_procedures(language)


def load_project(library: Library, project_id: int, language: str) -> ProjectView:
    return library.project(project_id, language)


def create_project(
    library: Library, name: str, procedure: str, value: str, currency: str
) -> OpResult[Project]:
    return library.create_project(name, procedure, value or None, currency or None)


def delete_project(library: Library, project_id: int) -> OpChanges:
    return library.delete_project(project_id)


def tick_item(library: Library, project_id: int, item_id: str, done: bool) -> OpChanges:
    return library.tick_project_item(project_id, item_id, done)


def note_item(library: Library, project_id: int, item_id: str, text: str) -> OpChanges:
    return library.note_project_item(project_id, item_id, text)


def write_markdown(library: Library, project_id: int, path: Path, language: str) -> Path:
    """Write the project's checklist as Markdown to ``path``."""
    from ipt_desktop.core.errors import ExportError

    text = library.export_project(project_id, "markdown", language)
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise ExportError(f"cannot write {path} ({exc.strerror or exc})") from None
    return path


def write_pdf(library: Library, project_id: int, path: Path, language: str) -> Path:
    """Lay the project's checklist out as a PDF at ``path`` (QPdfWriter may paint off the GUI thread)."""
    from ipt_desktop.ui.pdf_export import export_html_pdf

    html = library.export_project(project_id, "html", language)
    export_html_pdf(html, library.project(project_id).project.name, path)
    return path


class NewProjectDialog(QDialog):
    """Asks for a project's name, procedure, and optional estimated value and currency."""

    def __init__(self, procedures: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New procurement project"))
        self.name_edit = QLineEdit()
        self.procedure_box = QComboBox()
        for procedure, label in procedures:
            self.procedure_box.addItem(label, procedure)
        self.value_edit = QLineEdit()
        self.value_edit.setPlaceholderText(self.tr("optional, e.g. 250000"))
        self.currency_edit = QLineEdit("EUR")
        self.currency_edit.setMaxLength(3)
        form = QFormLayout(self)
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Procedure:"), self.procedure_box)
        form.addRow(self.tr("Estimated value:"), self.value_edit)
        form.addRow(self.tr("Currency:"), self.currency_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str, str, str, str]:
        """Name, procedure id, value and currency as typed (trimmed); the core checks them."""
        value = self.value_edit.text().strip()
        return (
            self.name_edit.text().strip(),
            str(self.procedure_box.currentData()),
            value,
            self.currency_edit.text().strip() if value else "",
        )
