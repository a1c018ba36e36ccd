"""The document reader: a QTextBrowser that never opens links itself and loads only internal resources.

Internal ``ipt://doc/ID`` links navigate in the app, ``ipt://sync``, ``ipt://calendar`` and ``ipt://retry`` ask
for an action, http(s) links open in the system browser, ``#anchor`` links scroll, and anything else is
ignored. ``loadResource`` serves only ``ipt://asset/NAME`` images, so no file:, data: or network loads ever
happen.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFontMetricsF, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QToolTip, QWidget

from ipt_desktop.core.resources import resource_path

EXTERNAL_SCHEMES = ("http", "https")
# ``ipt://NAME`` links of our own notices: sync now, save an event to a calendar, try opening again, show
# the rest of a very long page.
READER_ACTIONS = ("sync", "calendar", "retry", "more")


def classify_link(url: QUrl) -> tuple[str, str]:
    """('document', id) | ('action', name) | ('external', url) | ('anchor', name) | ('ignored', text) for a link."""
    scheme = url.scheme().lower()
    if scheme == "ipt" and url.host() in READER_ACTIONS:
        return "action", url.host()
    if scheme == "ipt" and url.host() == "doc":
        doc_id = url.path().strip("/")
        return ("document", doc_id) if doc_id else ("ignored", url.toString())
    if scheme in EXTERNAL_SCHEMES and url.host():
        return "external", url.toString()
    if not scheme and url.hasFragment() and not url.path():
        return "anchor", url.fragment()
    return "ignored", url.toString()


class ReaderView(QTextBrowser):
    """Shows rendered HTML.

    Signals:
        document_link_clicked: an internal document link was activated (document id).
        external_link_opened: an http(s) link was handed to the system browser (url).
        action_requested: one of our notices' ``ipt://NAME`` links was activated (the name: sync, calendar or
            retry; see READER_ACTIONS).
    """

    document_link_clicked = Signal(str)
    external_link_opened = Signal(str)
    action_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, open_externally: bool = True) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAccessibleName(self.tr("Document reader"))
        self._open_externally = open_externally
        self._term_tips: dict[str, str] = {}
        self._measure: int | None = None  # characters a line at most (set_measure)
        self.anchorClicked.connect(self._on_anchor)
        # No viewport().setMouseTracking(True): QTextBrowser's viewport already tracks the mouse (which the
        # link tooltips of mouseMoveEvent need), and the first viewport() call cost 15-30 ms of start-up while
        # PySide6 looked up a Python type for Qt's private viewport class.

    def set_measure(self, characters: int | None) -> None:
        """Keep lines at most about ``characters`` long on a wide window, the text centred (None: as wide as
        the view). Long lines tire the eye: 190 characters a line on a 1920 px screen."""
        self._measure = characters
        self._apply_measure()

    def setHtml(self, text: str) -> None:
        """Show HTML (the measure is kept: replacing the text resets the document's frame)."""
        super().setHtml(text)
        self._apply_measure()

    def resizeEvent(self, event) -> None:
        """Follow the width with the measure's side margins."""
        super().resizeEvent(event)
        self._apply_measure()

    def _apply_measure(self) -> None:
        characters = self._measure
        if not characters:
            return
        # The contents' width, not the viewport's: asking for the viewport costs start-up (see __init__).
        scrollbar = self.verticalScrollBar().sizeHint().width()
        room = self.contentsRect().width() - scrollbar - 2 * self.document().documentMargin()
        limit = QFontMetricsF(self.document().defaultFont()).averageCharWidth() * characters
        margin = max(0.0, (room - limit) / 2)
        root = self.document().rootFrame()
        layout = root.frameFormat()
        if abs(layout.leftMargin() - margin) < 1 and abs(layout.rightMargin() - margin) < 1:
            return
        layout.setLeftMargin(margin)
        layout.setRightMargin(margin)
        root.setFrameFormat(layout)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab leave the text for the next panel, instead of walking through every link."""
        if self.tabChangesFocus():
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)

    def set_term_tips(self, tips: dict[str, str]) -> None:
        """Tooltip text for glossary links, keyed by glossary document id."""
        self._term_tips = dict(tips)

    def mouseMoveEvent(self, event) -> None:
        super().mouseMoveEvent(event)
        anchor = self.anchorAt(event.position().toPoint())
        kind, value = classify_link(QUrl(anchor)) if anchor else ("", "")
        tip = self._term_tips.get(value) if kind == "document" else None
        if tip:
            QToolTip.showText(event.globalPosition().toPoint(), tip, self)
        elif anchor and kind == "external":
            QToolTip.showText(event.globalPosition().toPoint(), value, self)
        else:
            QToolTip.hideText()

    def _on_anchor(self, url: QUrl) -> None:
        kind, value = classify_link(url)
        if kind == "document":
            self.document_link_clicked.emit(value)
        elif kind == "external":
            if self._open_externally:
                QDesktopServices.openUrl(QUrl(value))
            self.external_link_opened.emit(value)
        elif kind == "anchor":
            self.scrollToAnchor(value)
        elif kind == "action":
            self.action_requested.emit(value)

    def loadResource(self, kind: int, url: QUrl):
        """Images of the app (``ipt://asset/NAME``) from resources/images; nothing from the network or other
        files.
        """
        if (
            url.scheme() == "ipt"
            and url.host() == "asset"
            and kind == QTextDocument.ResourceType.ImageResource
        ):
            name = url.path().strip("/")
            path = resource_path("images", name)
            if "/" not in name and ".." not in name and path.is_file():
                return path.read_bytes()
        return None
