"""List model of search hits for the result list."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from ipt_desktop.core.search.types import Hit
from ipt_desktop.ui.translations import ui_language

HitRole = Qt.ItemDataRole.UserRole + 1
SnippetRole = Qt.ItemDataRole.UserRole + 2
TypeRole = Qt.ItemDataRole.UserRole + 3
TextLanguageRole = Qt.ItemDataRole.UserRole + 4  # "EN" when the title shown is a translation, else ""


FETCH_ROWS = 200  # rows added at a time as the list scrolls

_ROOT = QModelIndex()  # the invisible root: the default parent of a flat model


class ResultListModel(QAbstractListModel):
    """Hits of the current search; replaced as a whole when new results arrive.

    Long lists (the whole library, a long history) are shown FETCH_ROWS at a time through Qt's
    canFetchMore/fetchMore, which the view calls as the user scrolls: the view asks the model about every row
    it lays out, and each of those calls runs Python, so 10,000 rows at once would hold up the window.
    A search sends its first page only; scrolled past its last hit, the model asks for the next one.

    Signals:
        more_wanted: the list was scrolled past the last hit held while the search found more.
    """

    more_wanted = Signal()

    def __init__(self, type_labels: dict[str, str] | None = None) -> None:
        super().__init__()
        self._hits: list[Hit] = []
        self._shown = 0
        self._total = 0  # hits the search found: beyond those held, the next page is asked for (more_wanted)
        self._asking = False
        self._labels = type_labels or {}
        self.ui_language = ui_language()
        self._answer = self.tr("Answer:")

    def set_hits(self, hits: list[Hit], total: int | None = None) -> None:
        """Replace all rows; ``total`` is how many the search found when ``hits`` is only its first page."""
        self.beginResetModel()
        self.ui_language = ui_language()
        self._hits = list(hits)
        self._shown = min(len(self._hits), FETCH_ROWS)
        self._total = max(total or 0, len(self._hits))
        self._asking = False
        self.endResetModel()

    def loaded(self) -> int:
        """How many hits the model holds (the next page's offset)."""
        return len(self._hits)

    def append_hits(self, hits: list[Hit]) -> None:
        """Add the next page of the search's hits, shown at once (the list was scrolled to its end for them).
        A page that brings nothing new ends the paging (the library changed meanwhile)."""
        self._asking = False
        known = {hit.id for hit in self._hits}
        new = [hit for hit in hits if hit.id not in known]
        if not new:
            self._total = len(self._hits)
            return
        self._hits.extend(new)
        if self._shown < len(self._hits):
            self.fetchMore(_ROOT)

    def stop_paging(self) -> None:
        """The next page could not be had: the list ends with the hits it holds."""
        self._asking = False
        self._total = len(self._hits)

    def hit(self, row: int) -> Hit | None:
        """The hit in a row, or None outside the rows shown."""
        return self._hits[row] if 0 <= row < self._shown else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        """The rows shown so far (long lists grow by FETCH_ROWS as the view scrolls)."""
        return 0 if parent.isValid() else self._shown

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        """True while hits are left beyond the rows shown, or the search found more than it sent."""
        if parent.isValid():
            return False
        return self._shown < len(self._hits) or (len(self._hits) < self._total and not self._asking)

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        """Show up to FETCH_ROWS more hits; past the last one held, ask for the search's next page."""
        if parent.isValid():
            return
        more = min(len(self._hits) - self._shown, FETCH_ROWS)
        if more > 0:
            self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
            self._shown += more
            self.endInsertRows()
        elif len(self._hits) < self._total and not self._asking:
            self._asking = True
            self.more_wanted.emit()

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """A hit's title, summary (tooltip), snippet, type and a sentence for screen readers."""
        if not index.isValid() or not 0 <= index.row() < self._shown:
            return None
        hit = self._hits[index.row()]
        title, summary, shown = hit.shown_in(self.ui_language)
        if role == Qt.ItemDataRole.DisplayRole:
            return title
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{title}\n\n{summary}" if shown is None else f"{title}\n({hit.title})\n\n{summary}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self._labels.get(hit.type, hit.type)}: {title}. {summary}"
        if role == TextLanguageRole:
            return hit.language.upper() if shown else ""
        if role == HitRole:
            return hit
        if role == SnippetRole:
            if hit.section is not None and hit.passage:
                # The answer: the section that answers the query best, and a passage of it.
                return (
                    f"<i>{html.escape(self._answer)}</i> <b>{html.escape(hit.section.heading)}</b>"
                    f" — {html.escape(' · '.join(line.strip() for line in hit.passage.splitlines() if line.strip()))}"
                )
            if shown and "<b>" not in hit.snippet:
                return html.escape(summary)  # matched through the translation: its summary says more
            return hit.snippet or html.escape(hit.summary)
        if role == TypeRole:
            return self._labels.get(hit.type, hit.type)
        return None
