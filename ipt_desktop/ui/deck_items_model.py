"""DeckItemsModel: the ordered items of one collection, reorderable by drag and drop (moveRows)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from ipt_desktop.core.store.user_store import CollectionItem

DocIdRole = Qt.ItemDataRole.UserRole + 1
SectionRole = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex

_ROOT = QModelIndex()  # the invisible root: the default parent of a flat model


class DeckItemsModel(QAbstractListModel):
    """Items of a collection; QListView's internal move calls ``moveRows``.

    Signals:
        items_reordered: the user moved or removed items (the new tuple of CollectionItem).
    """

    items_reordered = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._items: list[CollectionItem] = []

    def set_items(self, items: tuple[CollectionItem, ...] | list[CollectionItem]) -> None:
        """Show these items, replacing the list."""
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def items(self) -> tuple[CollectionItem, ...]:
        """The items in their current order (after drags and removals)."""
        return tuple(self._items)

    def item(self, row: int) -> CollectionItem | None:
        """The item in a row, or None outside the list."""
        return self._items[row] if 0 <= row < len(self._items) else None

    def rowCount(self, parent: Index = _ROOT) -> int:
        """The number of items (a flat list: no children)."""
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        """An item's title (with its section), its id as tooltip."""
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if not item.section:
                return item.title
            return self.tr("%1 — § %2").replace("%1", item.title).replace("%2", item.section)
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.doc_id + (f"#{item.section}" if item.section else "")
        if role == DocIdRole:
            return item.doc_id
        if role == SectionRole:
            return item.section
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Items can be selected and dragged; drops go between items, not onto them."""
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        """Drops move items (reordering within the list)."""
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        """Drags move items (reordering within the list)."""
        return Qt.DropAction.MoveAction

    def moveRows(
        self,
        source_parent: Index,
        source_row: int,
        count: int,
        destination_parent: Index,
        destination_child: int,
    ) -> bool:
        """Move ``count`` rows to before ``destination_child`` (Qt's convention)."""
        if source_parent.isValid() or destination_parent.isValid() or count < 1:
            return False
        if source_row < 0 or source_row + count > len(self._items):
            return False
        if not 0 <= destination_child <= len(self._items):
            return False
        if source_row <= destination_child <= source_row + count:
            return False
        if not self.beginMoveRows(
            QModelIndex(), source_row, source_row + count - 1, QModelIndex(), destination_child
        ):
            return False
        moving = self._items[source_row : source_row + count]
        del self._items[source_row : source_row + count]
        target = destination_child - count if destination_child > source_row else destination_child
        self._items[target:target] = moving
        self.endMoveRows()
        self.items_reordered.emit(tuple(self._items))
        return True

    def removeRows(self, row: int, count: int, parent: Index = _ROOT) -> bool:
        """Remove items and announce the new order through ``items_reordered``."""
        if parent.isValid() or row < 0 or count < 1 or row + count > len(self._items):
            return False
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self._items[row : row + count]
        self.endRemoveRows()
        self.items_reordered.emit(tuple(self._items))
        return True
