"""PresentationWindow: a deck full screen on one screen, driven from the keyboard.

Keys: Right, Down, PageDown, Space, N or Enter next; Left, Up, PageUp, Backspace or P previous; Home and End
first and last; digits then Enter jump to that slide (Backspace deletes a typed digit); B or . blanks the
screen and back; Esc leaves. A presentation remote sends PageUp/PageDown, so it works too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QMouseEvent, QResizeEvent, QScreen
from PySide6.QtWidgets import QLabel, QWidget

from ipt_desktop.core.trainer.slides import Deck
from ipt_desktop.ui.slide_view import MARGIN_BOTTOM, SlideView

# In the order the shortcuts list names them.
NEXT_KEYS = (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_N)
PREVIOUS_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_P)
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
BLANK_KEYS = (Qt.Key.Key_B, Qt.Key.Key_Period)


def presentation_keys() -> list[tuple[str, str]]:
    """(what, keys) rows for the shortcuts list, made from the key sets the window acts on."""

    def names(keys) -> str:
        return ", ".join(QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) for key in keys)

    def tr(text: str) -> str:
        return QCoreApplication.translate("", text)  # as lupdate files the calls of a local tr()

    return [
        (tr("Next slide"), names((*NEXT_KEYS, Qt.Key.Key_Return))),
        (tr("Previous slide"), names((*PREVIOUS_KEYS, Qt.Key.Key_Backspace))),
        (tr("First slide, last slide"), names((Qt.Key.Key_Home, Qt.Key.Key_End))),
        (tr("Go to slide number"), tr("digits, then %1").replace("%1", names((Qt.Key.Key_Return,)))),
        (tr("Blank screen"), names(BLANK_KEYS)),
        (tr("End the presentation"), names((Qt.Key.Key_Escape,))),
    ]


CURSOR_HIDE_MS = 2000


class PresentationWindow(QWidget):
    """Shows one slide of a deck at a time, full screen.

    Signals:
        slide_changed: the current slide changed (its index).
        blank_changed: the screen was blanked or shown again (is_blank).
        closed: the presentation window was closed.
    """

    slide_changed = Signal(int)
    blank_changed = Signal(bool)
    closed = Signal()

    def __init__(self, deck: Deck, screen: QScreen | None = None) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.deck = deck
        self.target_screen = screen
        self.current = 0
        self._typed = ""
        self._is_closed = False
        self.setWindowTitle(deck.title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.view = SlideView(self)
        self.view.setMouseTracking(True)
        self.counter = QLabel(self)
        self.counter.setObjectName("slideCounter")
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.counter.setAccessibleName(self.tr("Slide number"))
        self._cursor_timer = QTimer(self, singleShot=True, interval=CURSOR_HIDE_MS)
        self._cursor_timer.timeout.connect(lambda: self.setCursor(Qt.CursorShape.BlankCursor))
        self._show_slide(0)

    # -- showing -------------------------------------------------------------------------------------------

    def present(self) -> None:
        """Show full screen on the chosen screen (the primary one when none was chosen)."""
        screen = self.target_screen or self.screen()
        self.setGeometry(screen.geometry())
        self.create()
        handle = self.windowHandle()
        if handle is not None:
            handle.setScreen(screen)
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        self.setFocus()
        self.setCursor(Qt.CursorShape.BlankCursor)

    @property
    def is_blank(self) -> bool:
        """True while the audience sees a blank screen."""
        return self.view.is_blank

    def counter_text(self) -> str:
        """The slide counter as shown ("3 / 12")."""
        return self.counter.text()

    def go_to(self, index: int) -> None:
        """Show a slide by index (clamped to the deck)."""
        index = max(0, min(index, len(self.deck.slides) - 1))
        if index != self.current:
            self._show_slide(index)
            self.slide_changed.emit(index)

    def next(self) -> None:
        """Go to the next slide (stays on the last)."""
        self.go_to(self.current + 1)

    def previous(self) -> None:
        """Go to the previous slide (stays on the first)."""
        self.go_to(self.current - 1)

    def toggle_blank(self) -> None:
        """Blank the audience screen, or show the slide again."""
        self.view.set_blank(not self.view.is_blank)
        self.blank_changed.emit(self.view.is_blank)

    # -- keys ----------------------------------------------------------------------------------------------

    def handle_key(self, key: int, text: str = "") -> bool:
        """Act on one key (also forwarded from the presenter view); True when it was used."""
        try:
            key = Qt.Key(key)
        except ValueError:
            return False
        if text.isdigit() and len(text) == 1:
            self._typed = (self._typed + text)[-4:]
        elif key in ENTER_KEYS and self._typed:
            target, self._typed = int(self._typed), ""
            self.go_to(target - 1)
        elif key == Qt.Key.Key_Backspace and self._typed:
            self._typed = self._typed[:-1]
        elif key in NEXT_KEYS or key in ENTER_KEYS:
            self.next()
        elif key in PREVIOUS_KEYS or key == Qt.Key.Key_Backspace:
            self.previous()
        elif key == Qt.Key.Key_Home:
            self.go_to(0)
        elif key == Qt.Key.Key_End:
            self.go_to(len(self.deck.slides) - 1)
        elif key in BLANK_KEYS:
            self.toggle_blank()
        elif key == Qt.Key.Key_Escape:
            self.close()
        else:
            return False
        self._update_counter()
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Slide keys (next, previous, blank, first, last, number + Return, Escape); others go to Qt."""
        if not self.handle_key(event.key(), event.text()):
            super().keyPressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Show the mouse pointer again; it hides after a moment without movement."""
        self.unsetCursor()
        self._cursor_timer.start()
        super().mouseMoveEvent(event)

    # -- internals -----------------------------------------------------------------------------------------

    def _show_slide(self, index: int) -> None:
        self.current = index
        self.view.set_slide(self.deck.slides[index] if self.deck.slides else None)
        self._update_counter()

    def _update_counter(self) -> None:
        total = len(self.deck.slides)
        if self._typed:
            self.counter.setText(self.tr("Go to {0}… / {1}").format(self._typed, total))
        else:
            self.counter.setText(f"{self.current + 1} / {total}")

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Fit the slide and the counter band to the new size."""
        self.view.setGeometry(self.rect())
        band = max(24, int(self.height() * MARGIN_BOTTOM))
        font = self.counter.font()
        font.setPixelSize(max(12, int(self.height() / 45)))
        self.counter.setFont(font)
        margin = int(self.width() * 0.03)
        self.counter.setGeometry(margin, self.height() - band, self.width() - 2 * margin, band)
        self.counter.setStyleSheet(f"color: {self.view.colors().muted}; background: transparent;")
        super().resizeEvent(event)

    def sizeHint(self) -> QSize:
        """A 16:9 window when not full-screen."""
        return QSize(1280, 720)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Emit ``closed`` once, however the window is closed."""
        super().closeEvent(event)
        if not self._is_closed:
            self._is_closed = True
            self.closed.emit()
