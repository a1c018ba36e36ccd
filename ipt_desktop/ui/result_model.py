"""List model of search hits for the result list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from ipt_desktop.core.search_types import Hit

HitRole = Qt.ItemDataRole.UserRole + 1
SnippetRole = Qt.ItemDataRole.UserRole + 2
TypeRole = Qt.ItemDataRole.UserRole + 3


class ResultListModel(QAbstractListModel):
    """Hits of the current search; replaced as a whole when new results arrive."""

    def __init__(self, type_labels: dict[str, str] | None = None) -> None:
        super().__init__()
        self._hits: list[Hit] = []
        self._labels = type_labels or {}

    def set_hits(self, hits: list[Hit]) -> None:
        """Replace all rows."""
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> Hit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.summary
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self._labels.get(hit.type, hit.type)}: {hit.title}. {hit.summary}"
        if role == HitRole:
            return hit
        if role == SnippetRole:
            return hit.snippet or hit.summary
        if role == TypeRole:
            return self._labels.get(hit.type, hit.type)
        return None
