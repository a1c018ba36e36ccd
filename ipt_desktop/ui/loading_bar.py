"""The reader's loading bar: hidden while documents open at once; a busy bar without a percentage when one
takes more than a moment to open, and the share loaded while a large document fills the view slice by slice.

Its texts keep the reader's translation context ("ReaderPanel")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QProgressBar, QWidget

BUSY_DELAY_MS = 150  # a document that takes longer than this to open shows a busy bar


class LoadingBar(QProgressBar):
    """A progress bar above the reader's text that shows only while a document takes time to appear."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextVisible(True)
        self.setMaximumHeight(18)
        self.setAccessibleName(QCoreApplication.translate("ReaderPanel", "Loading progress"))
        self.hide()
        self._busy_timer = QTimer(self, singleShot=True, interval=BUSY_DELAY_MS)
        self._busy_timer.timeout.connect(self._show_busy)

    def expect(self) -> None:
        """A document is being opened: the busy bar shows if it takes a moment."""
        self._busy_timer.start()

    def opened(self) -> None:
        """The document opened (or failed to): no busy bar, and the bar hidden."""
        self._busy_timer.stop()
        self.hide()

    def show_percent(self, percent: int) -> None:
        """Show how much of a large document has been loaded."""
        self.setRange(0, 100)
        self.setValue(percent)
        self.setFormat(QCoreApplication.translate("ReaderPanel", "Loading the document… %p%"))
        self.show()

    def _show_busy(self) -> None:
        """Opening takes more than a moment: say so at once (a bar without a percentage until it has one)."""
        self.setRange(0, 0)
        self.setFormat(QCoreApplication.translate("ReaderPanel", "Opening…"))
        self.show()
