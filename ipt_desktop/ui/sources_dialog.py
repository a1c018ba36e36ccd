"""The Sources dialog: feed sources with their enabled state and last result; add, remove and sync them.

Every core call runs on the CoreWorker's thread; this dialog only reacts to the tasks' signals. "Sync now"
queues one task per enabled source, so each row shows its own progress and result as it finishes. The table
reloads after any write that touched sources (its own edits, a sync from here or from the window).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ipt_desktop.core.sync.pipeline import SourceResult
from ipt_desktop.core.sync.sources import SourceRecord, public_key_argument
from ipt_desktop.ui.core_worker import CoreWorker
from ipt_desktop.ui.screen_fit import fitting_size

if TYPE_CHECKING:
    from ipt_desktop.core.changes import OpChanges, OpResult
    from ipt_desktop.core.library import Library

COLUMNS = ("Enabled", "Name", "Address", "Kind", "Last result")  # English names; the headers are translated


# Worker calls. Those that write return the Library's change record, which reaches on_library_changed.


def list_sources(library: Library) -> list[SourceRecord]:
    return library.sources()


def set_enabled(library: Library, name: str, enabled: bool) -> OpResult[SourceRecord]:
    return library.set_source_enabled(name, enabled)


def add_source(library: Library, url: str, name: str, keys: tuple[str, ...]) -> OpResult[SourceRecord]:
    return library.add_source(url, name or None, [public_key_argument(k) for k in keys])


def remove_source(library: Library, name: str) -> OpResult[SourceRecord]:
    return library.remove_source(name)


def sync_source(library: Library, name: str) -> OpResult[SourceResult]:
    return library.sync_source(name)


def without_address(message: str, url: str) -> str:
    """A sync error without its leading "URL: " (the table shows the address in its own column)."""
    text = str(message)
    return text[len(url) + 2 :] if url and text.startswith(f"{url}: ") else text


def _last_result(record: SourceRecord) -> str:
    if record.last_error:
        error = without_address(record.last_error, record.url)
        return QCoreApplication.translate("SourcesDialog", "Error: %1").replace("%1", error)
    if record.last_success:
        return QCoreApplication.translate("SourcesDialog", "OK at %1").replace("%1", str(record.last_success))
    return QCoreApplication.translate("SourcesDialog", "Never synced")


class AddSourceDialog(QDialog):
    """Asks for a feed address, an optional name and optional public keys (for a signed curated feed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add source"))
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText("https://example.org/feed/")
        self.name_edit = QLineEdit()
        self.key_edit = QLineEdit()
        self.key_edit.setPlaceholderText(self.tr("minisign public key or .pub file (signed feeds only)"))
        form = QFormLayout(self)
        form.addRow(self.tr("Address:"), self.url_edit)
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Public key:"), self.key_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str, str, tuple[str, ...]]:
        """The URL, the name and the public keys as typed (trimmed)."""
        key = self.key_edit.text().strip()
        return self.url_edit.text().strip(), self.name_edit.text().strip(), (key,) if key else ()


class SourcesDialog(QDialog):
    """Table of sources with Add…, Remove and Sync now.

    Signals:
        sources_loaded: the table was filled from the library (list of SourceRecord).
        source_synced: one source finished syncing (SourceResult).
        sync_finished: a "Sync now" run ended (list of SourceResult).
        error_shown: a core call failed (the message shown).
    """

    sources_loaded = Signal(object)
    source_synced = Signal(object)
    sync_finished = Signal(object)
    error_shown = Signal(str)

    def __init__(self, worker: CoreWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sources"))
        self.resize(fitting_size(820, 380))
        self._worker = worker
        self._records: list[SourceRecord] = []
        self._pending: list[str] = []
        self._results: list[SourceResult] = []
        self._run_lines: dict[str, str] = {}  # this session's sync results, shown over the stored state
        self._filling = False
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Enabled"), self.tr("Name"), self.tr("Address"), self.tr("Kind"), self.tr("Last result")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.itemChanged.connect(self._on_item_changed)
        self.add_button = QPushButton(self.tr("Add…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel()
        close = QPushButton(self.tr("Close"))
        self.add_button.clicked.connect(self._ask_add)
        self.remove_button.clicked.connect(lambda: self.remove_selected(confirm=True))
        self.sync_button.clicked.connect(self.sync_now)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.sync_button):
            buttons.addWidget(button)
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.refresh()

    # -- talking to the core through the worker ------------------------------------------------------------

    def _submit(self, fn, *args) -> None:
        """Run a write; the table reloads from its change record (on_library_changed)."""
        task = self._worker.submit(fn, *args)
        task.failed.connect(self._show_error)

    def refresh(self) -> None:
        """Reload the table from the library."""
        task = self._worker.submit(list_sources)
        task.finished.connect(self._fill)
        task.failed.connect(self._show_error)

    def on_library_changed(self, changes: OpChanges) -> None:
        """Reload the table when a write touched sources."""
        if changes.touches("sources"):
            self.refresh()

    def add_source(self, url: str, name: str = "", keys: tuple[str, ...] = ()) -> None:
        """Add a source on the writer and refresh the table."""
        self._submit(add_source, url, name, keys)

    def remove_selected(self, confirm: bool = True) -> None:
        """Remove the selected source, after the user confirms when ``confirm``."""
        record = self.selected_record()
        if record is None:
            return
        if (
            confirm
            and QMessageBox.question(
                self,
                self.tr("Remove source"),
                self.tr("Remove “%1”? Its documents stay in the library.").replace("%1", record.name),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        self._submit(remove_source, record.name)

    def sync_now(self) -> None:
        """Sync every enabled source, one task each, showing each row's progress."""
        if self._pending:
            return
        self._pending = [r.name for r in self._records if r.is_enabled]
        self._results = []
        if not self._pending:
            self.status.setText(self.tr("No enabled sources to sync."))
            self.sync_finished.emit([])
            return
        self.sync_button.setEnabled(False)
        self.progress.setRange(0, len(self._pending))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        for name in self._pending:
            self._run_lines[name] = self.tr("Waiting…")
            self._set_result_text(name, self._run_lines[name])
            task = self._worker.submit(sync_source, name)
            task.finished.connect(self._on_synced)
            task.failed.connect(
                lambda error, name=name: self._on_synced(SourceResult(name, "", "failed", error=str(error)))
            )

    # -- slots -----------------------------------------------------------------------------------------------

    def _fill(self, records: list[SourceRecord]) -> None:
        self._records = list(records)
        self._filling = True
        self.table.setRowCount(len(self._records))
        for row, record in enumerate(self._records):
            check = QTableWidgetItem()
            check.setFlags(
                Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            )
            check.setCheckState(Qt.CheckState.Checked if record.is_enabled else Qt.CheckState.Unchecked)
            self.table.setItem(row, 0, check)
            name = record.name
            if record.is_suggested:
                name = self.tr("%1 (suggested)").replace("%1", name)
            last = self._run_lines.get(record.name) or _last_result(record)
            for column, text in ((1, name), (2, record.url), (3, record.kind), (4, last)):
                item = QTableWidgetItem(text)
                # A source's description is data from content.db, like document text, so it is not translated.
                item.setToolTip(
                    f"{text}\n{record.description}" if column == 1 and record.description else text
                )
                self.table.setItem(row, column, item)
        self._filling = False
        self.table.resizeColumnsToContents()
        # Long names and addresses give way to the result (elided in the middle; the tooltip has it all).
        room = max(self.table.viewport().width(), 600)
        for column, share in ((1, 0.22), (2, 0.3)):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), int(room * share)))
        self.sources_loaded.emit(self._records)

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 0 or item.row() >= len(self._records):
            return
        record = self._records[item.row()]
        self._submit(set_enabled, record.name, item.checkState() == Qt.CheckState.Checked)

    def _on_synced(self, result: SourceResult) -> None:
        self._results.append(result)
        url = result.url or next((r.url for r in self._records if r.name == result.name), "")
        self._run_lines[result.name] = (
            result.line()
            if not result.is_failed
            else self.tr("Error: %1").replace("%1", without_address(result.error, url))
        )
        self._set_result_text(result.name, self._run_lines[result.name])
        self.progress.setValue(len(self._results))
        self.source_synced.emit(result)
        if len(self._results) == len(self._pending):
            self._pending = []
            self.progress.setVisible(False)
            self.sync_button.setEnabled(True)
            failed = sum(r.is_failed for r in self._results)
            count = len(self._results)
            self.status.setText(
                self.tr("Synced %1 of %n source(s); %2 failed.", "", count)
                .replace("%1", str(count - failed))
                .replace("%2", str(failed))
                if failed
                else self.tr("Synced %n source(s).", "", count)
            )
            self.sync_finished.emit(list(self._results))
            # The table reloads from each sync's change record: a 410 may have disabled a source, a 301 moved one.

    def _show_error(self, error: object) -> None:
        message = str(error)
        self.status.setText(message)
        self.error_shown.emit(message)

    # -- helpers ---------------------------------------------------------------------------------------------

    def selected_record(self) -> SourceRecord | None:
        """The source of the selected row, or None."""
        rows = self.table.selectionModel().selectedRows()
        return self._records[rows[0].row()] if rows else None

    def row_of(self, name: str) -> int:
        """The table row of a source, or -1."""
        return next((i for i, r in enumerate(self._records) if r.name == name), -1)

    def _set_result_text(self, name: str, text: str) -> None:
        row = self.row_of(name)
        if row >= 0:
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            self._filling = True
            self.table.setItem(row, 4, item)
            self._filling = False

    def _ask_add(self) -> None:
        dialog = AddSourceDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            url, name, keys = dialog.values()
            if url:
                self.add_source(url, name, keys)
