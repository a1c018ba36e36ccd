"""Long library work started from the window: preparing the library (with a visible notice while the index
is rebuilt), re-indexing with progress, importing files, and saving an event to a calendar file. What these
writes changed reaches the views as the worker's change record; this module only reports to the status bar."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QProgressBar, QWidget

from ipt_desktop.ui.core_worker import CoreWorker

if TYPE_CHECKING:
    from ipt_desktop.core.changes import OpResult
    from ipt_desktop.core.content.store import ImportReport


def _prepare(library, progress) -> OpResult[list[str]]:
    return library.prepare(progress)


def _reindex(library, progress) -> OpResult[int]:
    return library.reindex(progress)


def _index_problem(library) -> str | None:
    return library.index_problem()


def _import(library, path: str) -> OpResult[ImportReport]:
    return library.import_path(Path(path))


def _save_ics(library, doc_id: str, path: str) -> str:
    from ipt_desktop.core.content.calendar_export import (
        write_ics,
    )  # icalendar is slow to import; load it on use

    return str(write_ics(library.get(doc_id), Path(path)))


class LibraryTasks(QObject):
    """Runs maintenance work on the writer worker and reports to the window.

    Signals:
        message: a line for the status bar (text).
        prepared: bundled content and index are ready.
        index_rebuilt: a rebuild of the index finished (number of documents).
    """

    message = Signal(str)
    prepared = Signal()
    index_rebuilt = Signal(int)

    def __init__(self, writer: CoreWorker, progress_bar: QProgressBar, parent: QWidget) -> None:
        super().__init__(parent)
        self.writer = writer
        self.progress_bar = progress_bar
        self.window = parent
        self._rebuilding = False

    def _show_progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        self.progress_bar.show()

    def prepare(self) -> None:
        """Check the index first so that a rebuild is announced before it starts."""
        check = self.writer.submit(_index_problem, name="index-check")
        check.finished.connect(self._announce_rebuild)
        task = self.writer.submit(_prepare, name="prepare", with_progress=True)
        task.progressed.connect(self._show_progress)
        task.finished.connect(self._prepared)
        task.failed.connect(
            lambda error: self.message.emit(
                self.tr("Could not prepare the library: %1").replace("%1", str(error))
            )
        )

    def _announce_rebuild(self, problem: str | None) -> None:
        if problem:
            self.message.emit(
                self.tr(
                    "Rebuilding the search index in the background (%1). You can keep "
                    "reading; search results fill in when it is done."
                ).replace("%1", problem)
            )

    def _prepared(self, notices: list[str]) -> None:
        self.progress_bar.setRange(0, 0)
        for notice in notices:
            self.message.emit(notice)
        self.prepared.emit()

    def reindex(self) -> None:
        """Rebuild the search index on the writer, with progress in the status bar."""
        self.message.emit(self.tr("Rebuilding the search index…"))
        self._rebuild()

    def rebuild_damaged_index(self, reason: str) -> None:
        """A search found the index damaged: rebuild it in the background, once, and say so."""
        if not self._rebuilding:
            self._announce_rebuild(reason)
            self._rebuild()

    def _rebuild(self) -> None:
        self._rebuilding = True
        task = self.writer.submit(_reindex, name="reindex", with_progress=True)
        task.progressed.connect(self._show_progress)
        task.finished.connect(self._rebuilt)
        task.failed.connect(lambda error: self._done(str(error)))

    def _rebuilt(self, count: int) -> None:
        self._done(self.tr("Search index rebuilt: %n document(s).", "", count))
        self.index_rebuilt.emit(count)

    def _done(self, text: str) -> None:
        self._rebuilding = False
        self.progress_bar.setRange(0, 0)
        self.message.emit(text)

    def import_files(self) -> None:
        """Ask for a folder of Markdown files or a content pack and import it."""
        from PySide6.QtWidgets import QFileDialog  # loads when first needed

        folder = QFileDialog.getExistingDirectory(
            self.window, self.tr("Import a folder of Markdown files or a content pack")
        )
        if folder:
            self.import_path(folder)

    def import_path(self, path: str) -> None:
        """Import a Markdown file or folder, or a content pack, on the writer."""
        task = self.writer.submit(_import, path, name="import")
        task.finished.connect(self._imported)
        task.failed.connect(lambda error: self.message.emit(str(error)))

    def _imported(self, report: ImportReport) -> None:
        changes, errors = report.changes, report.errors
        text = (
            self.tr("Imported: %1 added, %2 updated.")
            .replace("%1", str(len(changes.added)))
            .replace("%2", str(len(changes.updated)))
        )
        if errors:
            text += " " + self.tr("%n file(s) refused; first: %1", "", len(errors)).replace("%1", errors[0])
        self.message.emit(text)

    def add_to_calendar(self, doc_id: str, title: str) -> None:
        """Ask where to save an event as an .ics file and write it."""
        from PySide6.QtWidgets import QFileDialog

        from ipt_desktop.core.content.calendar_export import ics_file_name

        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Add to calendar"),
            ics_file_name(title, doc_id),
            self.tr("Calendar files (*.ics)"),
        )
        if path:
            task = self.writer.submit(_save_ics, doc_id, path, name="calendar")
            task.finished.connect(
                lambda saved: self.message.emit(
                    self.tr("Saved %1. Open it with your calendar.").replace("%1", saved)
                )
            )
            task.failed.connect(lambda error: self.message.emit(str(error)))
