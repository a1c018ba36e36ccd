"""Background sync for the window: "Sync now", periodic sync at the interval chosen in the preferences, and
a sync at start-up of the sources that are due. Runs on the writer worker; what a sync changed reaches the
views as the worker's change record, and this module reports the outcome to the status bar."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from ipt_desktop.ui.app_settings import AppSettings
from ipt_desktop.ui.core_worker import CoreWorker

HOUR_MS = 3600 * 1000
STARTUP_DELAY_MS = 20 * 1000


def _fetcher(proxy_mode: str, proxy_url: str):
    from ipt_desktop.core.sync.http_fetch import Fetcher

    if proxy_mode == "manual" and proxy_url:
        return Fetcher(proxy=proxy_url)
    return Fetcher(use_environment=proxy_mode == "system")


def run_sync(library, proxy_mode: str, proxy_url: str, hours: int | None):
    """Sync every enabled source (hours=None, forced) or only those not checked for ``hours``.

    Returns the Library's OpResult (the SyncReport and its change record), or an empty SyncReport when no
    source is due."""
    from ipt_desktop.core.sync.pipeline import SyncReport

    names = None if hours is None else library.due_sources(hours)
    if names == []:
        return SyncReport(())
    with _fetcher(proxy_mode, proxy_url) as fetcher:
        return library.sync(names or (), force=hours is None, fetcher=fetcher)


class SyncTasks(QObject):
    """Starts syncs and reports their outcome.

    Signals:
        synced: a sync run ended (SyncReport).
        message: a line for the status bar (text).
    """

    synced = Signal(object)
    message = Signal(str)

    def __init__(self, writer: CoreWorker, settings: AppSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.writer = writer
        self.settings = settings
        self.is_running = False
        self._is_manual = False
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.sync_due)
        self.apply_interval()

    def apply_interval(self) -> None:
        """Restart the periodic timer from the preferences (0 hours: periodic sync off)."""
        self.timer.stop()
        if self.settings.sync_hours > 0:
            self.timer.start(self.settings.sync_hours * HOUR_MS)

    def start_up(self) -> None:
        """Sync the sources that are due, shortly after start so it never competes with the first search."""
        if self.settings.sync_hours > 0:
            QTimer.singleShot(STARTUP_DELAY_MS, self.sync_due)

    def sync_now(self) -> None:
        """Sync every enabled source now (the toolbar's Sync button)."""
        self._run(None)

    def sync_due(self) -> None:
        """Sync the sources not checked within the interval set in the preferences (at least an hour)."""
        self._run(max(1, self.settings.sync_hours))

    def _run(self, hours: int | None) -> None:
        if self.is_running:
            return
        self.is_running = True
        self._is_manual = hours is None
        if self._is_manual:
            self.message.emit(self.tr("Syncing your sources…"))
        task = self.writer.submit(
            run_sync, self.settings.proxy_mode, self.settings.proxy_url, hours, name="sync"
        )
        task.finished.connect(self._finished)
        task.failed.connect(self._failed)

    def _finished(self, report) -> None:
        self.is_running = False
        changes = report.changes
        if not report.results:
            if self._is_manual:  # a background run with nothing due stays silent
                self.message.emit(self.tr("No sources to sync. Add or enable one under File › Sources."))
        else:
            text = (
                self.tr("Sync: %1 new, %2 updated, %3 removed.")
                .replace("%1", str(len(changes.added)))
                .replace("%2", str(len(changes.updated)))
                .replace("%3", str(len(changes.removed)))
            )
            failures = report.failures
            if failures:
                text += " " + self.tr("%n source(s) failed: %1", "", len(failures)).replace(
                    "%1", failures[0].line()
                )
            self.message.emit(text)
        self.synced.emit(report)

    def _failed(self, error: Exception) -> None:
        self.is_running = False
        self.message.emit(self.tr("Sync failed: %1").replace("%1", str(error)))
