"""PresenterView: the trainer's screen during a presentation — current slide, next slide, notes, timer, counter.

It follows the PresentationWindow (``show_slide``) and forwards the keys it receives, so the trainer can drive
the show from either screen.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QElapsedTimer, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent, QScreen
from PySide6.QtWidgets import QGridLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from ipt_desktop.core.trainer.slides import Deck, notes_html
from ipt_desktop.ui.screen_fit import fitting_size
from ipt_desktop.ui.slide_view import SlideView

TICK_MS = 1000


def format_elapsed(ms: int) -> str:
    """m:ss, or h:mm:ss from one hour on."""
    seconds = max(0, ms) // 1000
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class PresenterView(QWidget):
    """Current slide, next slide preview, presenter notes, elapsed time and slide counter.

    Signals:
        key_pressed: a key the presenter pressed here (key, text), for the presentation window.
        closed: the view was closed.
    """

    key_pressed = Signal(int, str)
    closed = Signal()

    def __init__(self, deck: Deck, slide_size: QSize) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.deck = deck
        self.current = 0
        self._is_closed = False
        self.setWindowTitle(self.tr("Presenter view — {0}").format(deck.title))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.current_view = SlideView(reference_size=slide_size)
        self.next_view = SlideView(reference_size=slide_size)
        self.current_view.setAccessibleName(self.tr("Current slide"))
        self.next_view.setAccessibleName(self.tr("Next slide"))
        self.notes = QTextBrowser()
        self.notes.setAccessibleName(self.tr("Presenter notes"))
        self.notes.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.elapsed_label = QLabel(format_elapsed(0))
        self.counter = QLabel()
        self.status = QLabel()
        self._build_layout()
        self._clock = QElapsedTimer()
        self._ticker = QTimer(self, interval=TICK_MS)
        self._ticker.timeout.connect(self._tick)
        self.show_slide(0)

    def _build_layout(self) -> None:
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 2.2)
        big.setBold(True)
        for label in (self.elapsed_label, self.counter):
            label.setFont(big)
        notes_font = QFont(self.font())
        notes_font.setPointSizeF(notes_font.pointSizeF() * 1.5)
        self.notes.setFont(notes_font)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Next")))
        side.addWidget(self.next_view, 2)
        side.addWidget(QLabel(self.tr("Notes")))
        side.addWidget(self.notes, 3)
        grid = QGridLayout(self)
        grid.addWidget(self.current_view, 0, 0, 1, 2)
        grid.addLayout(side, 0, 2, 2, 1)
        grid.addWidget(self.elapsed_label, 1, 0)
        grid.addWidget(self.counter, 1, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.status, 2, 0, 1, 3)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 3)
        grid.setRowStretch(0, 1)

    def start(self, screen: QScreen | None = None) -> None:
        """Show (maximised on ``screen`` when given, else as a normal window) and start the timer."""
        if screen is not None:
            self.setGeometry(screen.availableGeometry())
            self.create()
            if self.windowHandle() is not None:
                self.windowHandle().setScreen(screen)
            self.showMaximized()
        else:
            self.resize(fitting_size(1200, 760))
            self.show()
        self._clock.start()
        self._ticker.start()

    def show_slide(self, index: int) -> None:
        """Follow the presentation to a slide."""
        slides = self.deck.slides
        self.current = index
        self.current_view.set_slide(slides[index])
        self.next_view.set_slide(slides[index + 1] if index + 1 < len(slides) else None)
        empty = self.tr("No notes for this slide.")
        self.notes.setHtml(notes_html(slides[index]) or f"<p><i>{html.escape(empty)}</i></p>")
        self.counter.setText(f"{index + 1} / {len(slides)}")

    def set_blank(self, is_blank: bool) -> None:
        """Tell the presenter whether the audience screen is blank."""
        self.status.setText(self.tr("The audience screen is blank (press B to show it).") if is_blank else "")

    def _tick(self) -> None:
        self.elapsed_label.setText(format_elapsed(self._clock.elapsed() if self._clock.isValid() else 0))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Hand every key to the presentation (``key_pressed``), so both windows steer it."""
        self.key_pressed.emit(int(event.key()), event.text())

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop the clock and emit ``closed`` once."""
        self._ticker.stop()
        super().closeEvent(event)
        if not self._is_closed:
            self._is_closed = True
            self.closed.emit()
