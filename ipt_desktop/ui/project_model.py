"""The checklist of one procurement project as a two-level Qt model: stages, and their items under them.

The model reads the core's ``ProjectView`` where it lies and builds nothing per item: ``data`` answers for
the rows a view asks about, so a checklist of ten thousand items opens as fast as one of ten (with a view
that has uniform row heights). Ticks and notes are changed here as soon as the user makes them; the dialog
sends them to the core and puts them back if the write fails.

Signals:
    tick_toggled: the user ticked or unticked an item (item id, done).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from ipt_desktop.core.projects.service import ProjectItem, ProjectStage, ProjectView

_ROOT = QModelIndex()  # the invisible root
NO_PARENT = 0  # internal id of a stage row; an item row stores its stage's row + 1
ItemIdRole = Qt.ItemDataRole.UserRole + 1  # the item id (items) or stage id (stages)
LinkRole = Qt.ItemDataRole.UserRole + 2  # (doc_id, anchor) of an item's section
NoteRole = Qt.ItemDataRole.UserRole + 3  # the item's note
ProgressRole = Qt.ItemDataRole.UserRole + 4  # (done, total) of a stage


class ChecklistModel(QAbstractItemModel):
    """Stages (top level, with their progress) and items (checkable, with their note in column 1).

    Signals:
        tick_toggled: the user ticked or unticked an item (item id, done).
    """

    tick_toggled = Signal(str, bool)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.view: ProjectView | None = None
        self._stages: list[ProjectStage] = []
        self._items: list[list[ProjectItem]] = []
        self._done: list[int] = []
        self._where: dict[str, tuple[int, int]] | None = (
            None  # item id -> (stage row, item row), on first use
        )
        self._headers = ("", "")

    def set_headers(self, item: str, note: str) -> None:
        """The (translated) column titles."""
        self._headers = (item, note)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 1)

    def set_project(self, view: ProjectView | None) -> None:
        """Show another project's checklist (or none)."""
        self.beginResetModel()
        self.view = view
        self._stages = list(view.stages) if view else []
        self._items = [list(stage.items) for stage in self._stages]
        self._done = [stage.done for stage in self._stages]
        self._where = None
        self.endResetModel()

    # -- structure -------------------------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = _ROOT):
        """Stage rows at the top, item rows under their stage."""
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, NO_PARENT)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: QModelIndex | QPersistentModelIndex = _ROOT):
        """The stage of an item row; nothing for a stage row."""
        if not index.isValid() or index.internalId() == NO_PARENT:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, NO_PARENT)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        """Stages at the top; a stage's items under it."""
        if not parent.isValid():
            return len(self._stages)
        if parent.internalId() == NO_PARENT and parent.column() == 0:
            return len(self._items[parent.row()])
        return 0

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        """Item (with its tick) and note."""
        return 2

    def hasChildren(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> bool:
        """Only the root and stage rows have children."""
        return self.rowCount(parent) > 0

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and section < 2:
            return self._headers[section]
        return None

    # -- data ------------------------------------------------------------------------------------------------

    def entry(self, index: QModelIndex) -> ProjectItem | None:
        """The item of an item row, or None for a stage row."""
        if not index.isValid() or index.internalId() == NO_PARENT:
            return None
        return self._items[index.internalId() - 1][index.row()]

    def stage_progress(self, row: int) -> tuple[int, int]:
        """(done, total) of the stage in ``row``."""
        return self._done[row], len(self._items[row])

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        """Text, tick, tooltip and the custom roles of one cell."""
        if not index.isValid():
            return None
        if index.internalId() == NO_PARENT:
            return self._stage_data(index.row(), index.column(), role)
        entry = self._items[index.internalId() - 1][index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.item.text if column == 0 else entry.note.split("\n", 1)[0]
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            return Qt.CheckState.Checked if entry.done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.note if column == 1 and entry.note else entry.item.text
        if role == ItemIdRole:
            return entry.item.id
        if role == LinkRole:
            return (entry.item.doc_id, entry.item.anchor)
        if role == NoteRole:
            return entry.note
        return None

    def _stage_data(self, row: int, column: int, role: int):
        stage = self._stages[row]
        done, total = self.stage_progress(row)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return f"{stage.label}  ·  {done}/{total}  ({round(100 * done / total) if total else 0} %)"
            return ""
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == ItemIdRole:
            return stage.stage
        if role == ProgressRole:
            return (done, total)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        """Items are checkable in column 0; stages are selectable only."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() != NO_PARENT and index.column() == 0:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole
    ):
        """A tick from the view: changed here at once, and announced on ``tick_toggled``."""
        if role != Qt.ItemDataRole.CheckStateRole or self.entry(index) is None:
            return False
        done = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        item_id = self.entry(index).item.id
        if self.set_done(item_id, done):
            self.tick_toggled.emit(item_id, done)
        return True

    # -- changes ---------------------------------------------------------------------------------------------

    def locate(self, item_id: str) -> QModelIndex:
        """The column-0 index of an item (invalid when the checklist has no such item)."""
        if self._where is None:
            self._where = {
                entry.item.id: (s, r) for s, items in enumerate(self._items) for r, entry in enumerate(items)
            }
        where = self._where.get(item_id)
        if where is None:
            return QModelIndex()
        return self.createIndex(where[1], 0, where[0] + 1)

    def set_done(self, item_id: str, done: bool) -> bool:
        """Tick or untick an item here; False when it already was so (or is unknown)."""
        index = self.locate(item_id)
        entry = self.entry(index)
        if entry is None or entry.done == done:
            return False
        stage = index.internalId() - 1
        self._items[stage][index.row()] = ProjectItem(entry.item, done, entry.done_at, entry.note)
        self._done[stage] += 1 if done else -1
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        stage_index = self.index(stage, 0)
        self.dataChanged.emit(stage_index, self.index(stage, 1), [Qt.ItemDataRole.DisplayRole])
        return True

    def set_note(self, item_id: str, note: str) -> None:
        """Show an item's new note."""
        index = self.locate(item_id)
        entry = self.entry(index)
        if entry is None:
            return
        self._items[index.internalId() - 1][index.row()] = ProjectItem(
            entry.item, entry.done, entry.done_at, note
        )
        self.dataChanged.emit(index, index.siblingAtColumn(1))

    @property
    def done(self) -> int:
        """Items ticked over all stages."""
        return sum(self._done)

    @property
    def total(self) -> int:
        """Items over all stages."""
        return sum(len(items) for items in self._items)
