"""Active search filters shown as removable chips ("Guide ✕"), each a keyboard-reachable button."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget


class FilterChips(QWidget):
    """A row of chips, one per (key, value) filter.

    Signals:
        removed: a chip was removed by the user (key, value).
    """

    removed = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self._layout.addStretch(1)
        self.setAccessibleName(self.tr("Active filters"))

    def set_filters(self, filters: list[tuple[str, str, str]]) -> None:
        """Show chips for (key, value, label) triples; counts may be part of the label."""
        while self._layout.count() > 1:
            item = self._layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for key, value, label in filters:
            chip = QPushButton(f"{label}  ✕")
            chip.setFlat(False)
            chip.setToolTip(self.tr("Remove this filter"))
            chip.setAccessibleName(self.tr("Remove filter %1").replace("%1", label))
            chip.setStyleSheet("QPushButton { border-radius: 10px; padding: 2px 10px; }")
            chip.clicked.connect(lambda _checked=False, k=key, v=value: self.removed.emit(k, v))
            self._layout.insertWidget(self._layout.count() - 1, chip)
        self.setVisible(bool(filters))
