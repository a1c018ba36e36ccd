"""Large documents shown in slices, so the window never freezes while a multi-megabyte page loads.

Qt parses HTML into a QTextDocument while holding Python's global interpreter lock: a 5 MB page held it for
about a second whether parsed on a worker or not, and every Python slot of the window (typing in the search
field, the results arriving) waited that long. So a large page is cut on the worker (:func:`html_chunks`, at
top-level block boundaries) and the GUI thread adds one slice per turn of its event loop
(:class:`ProgressiveLoader`), each a few milliseconds of work, reporting progress as it goes.

Memory stays bounded: the first SHOWN_CHARS of a page are shown; the rest waits behind a "Show the rest" link
(``ipt://more``), for the reader who really wants all of a huge page in one view.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextBrowser

CHUNK_CHARS = 24_000  # about 5 ms of parsing and layout per slice on a slow machine
SHOWN_CHARS = 1_500_000  # shown at first; a laid-out page costs about 70 bytes of memory per character
# Tags whose content must stay in one slice (a list, a table, a quote, preformatted text).
_NESTING = re.compile(r"<(/?)(ul|ol|table|blockquote|pre|dl|div)\b", re.IGNORECASE)
_LINE_END = re.compile(r"\n")


def html_chunks(html: str, size: int = CHUNK_CHARS) -> list[str]:
    """Cut ``html`` at line ends outside any list, table, quote or preformatted block, into pieces of about
    ``size`` characters (a block longer than that stays whole)."""
    if len(html) <= size:
        return [html]
    depth_at = {}
    depth = 0
    for match in _NESTING.finditer(html):
        depth += -1 if match.group(1) else 1
        depth_at[match.end()] = max(depth, 0)
    chunks, start = [], 0
    depth, checked = 0, 0
    ends = sorted(depth_at)
    for line in _LINE_END.finditer(html):
        cut = line.end()
        while checked < len(ends) and ends[checked] <= cut:
            depth = depth_at[ends[checked]]
            checked += 1
        if depth == 0 and cut - start >= size:
            chunks.append(html[start:cut])
            start = cut
    if start < len(html):
        chunks.append(html[start:])
    return chunks


class ProgressiveLoader(QObject):
    """Fills a QTextBrowser slice by slice.

    Signals:
        progressed: percent of the page shown so far.
        finished: the whole page is in the view.
    """

    progressed = Signal(int)
    finished = Signal()

    def __init__(self, view: QTextBrowser) -> None:
        super().__init__(view)
        self.view = view
        self._chunks: list[str] = []
        self._next = 0
        self._stop_at = 0  # the slice before which loading pauses for "Show the rest"
        self.rest_notice = ""  # HTML shown where loading paused (a link to ipt://more); set by the reader
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._step)

    @property
    def loading(self) -> bool:
        """True while slices remain to be added before the next pause."""
        return self._next < min(len(self._chunks), self._stop_at)

    @property
    def has_more(self) -> bool:
        """True when loading paused before the end of a very long page."""
        return self._next < len(self._chunks)

    def load(self, head: str, chunks: list[str], css: str) -> None:
        """Show ``head`` and the first slice now, and the other slices on the next turns of the event loop."""
        self.cancel()
        document = self.view.document()
        document.setUndoRedoEnabled(
            False
        )  # a reader needs no undo; it would keep a second copy of each slice
        document.setDefaultStyleSheet(css)
        self._chunks, self._next = list(chunks), 1
        self._stop_at = _slices_within(self._chunks, SHOWN_CHARS)
        self.view.setHtml(head + (chunks[0] if chunks else ""))
        self._go_on()

    def load_more(self) -> None:
        """Show the rest of a page whose loading paused."""
        if not self.has_more:
            return
        cursor = QTextCursor(self.view.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()  # the notice, the last block
        self._stop_at = len(self._chunks)
        self._go_on()

    def _go_on(self) -> None:
        if self.loading:
            self.progressed.emit(self._percent())
            self._timer.start()
        else:
            self._pause_or_finish()

    def cancel(self) -> None:
        """Stop adding slices (another document is about to be shown)."""
        self._timer.stop()
        self._chunks, self._next, self._stop_at = [], 0, 0

    def _percent(self) -> int:
        return int(100 * self._next / max(1, min(len(self._chunks), self._stop_at)))

    def _step(self) -> None:
        if not self.loading:
            return
        cursor = QTextCursor(self.view.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertHtml(self._chunks[self._next])
        self._next += 1
        self._go_on()

    def _pause_or_finish(self) -> None:
        if self.has_more and self.rest_notice:
            cursor = QTextCursor(self.view.document())
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertBlock()
            cursor.insertHtml(self.rest_notice)
        elif not self.has_more:
            self._chunks, self._next, self._stop_at = [], 0, 0
        self.progressed.emit(100)
        self.finished.emit()


def _slices_within(chunks: list[str], budget: int) -> int:
    """How many leading slices fit in ``budget`` characters (at least one)."""
    total = 0
    for count, chunk in enumerate(chunks):
        total += len(chunk)
        if total > budget:
            return max(1, count)
    return len(chunks)
