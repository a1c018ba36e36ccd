"""Find in page for the reader: a field, next/previous, the match count, Esc to close."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QTextBrowser, QToolButton, QWidget


class FindBar(QWidget):
    """Searches the text of a QTextBrowser.

    Signals:
        matches_counted: the number of matches for the current text changed (count).
    """

    matches_counted = Signal(int)

    def __init__(self, view: QTextBrowser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Find in document"))
        self.field.setAccessibleName(self.tr("Find in document"))
        self.count_label = QLabel()
        self.previous_button = QToolButton(text="▲")
        self.previous_button.setToolTip(self.tr("Previous match (Shift+F3)"))
        self.previous_button.setAccessibleName(self.tr("Previous match"))
        self.next_button = QToolButton(text="▼")
        self.next_button.setToolTip(self.tr("Next match (F3)"))
        self.next_button.setAccessibleName(self.tr("Next match"))
        close = QToolButton(text="✕")
        close.setAccessibleName(self.tr("Close find bar"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        for widget in (self.field, self.count_label, self.previous_button, self.next_button, close):
            layout.addWidget(widget)
        self.field.textChanged.connect(self._text_changed)
        self.field.returnPressed.connect(self.find_next)
        self.next_button.clicked.connect(self.find_next)
        self.previous_button.clicked.connect(self.find_previous)
        close.clicked.connect(self.close_bar)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.field, activated=self.close_bar)
        QShortcut(QKeySequence("Shift+Return"), self.field, activated=self.find_previous)
        self.match_count = 0
        self.hide()

    def open_bar(self) -> None:
        """Show the bar with its text selected, ready for a new search."""
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def close_bar(self) -> None:
        """Hide the bar and give the focus back to the document."""
        self.hide()
        self.view.setFocus()

    def count_matches(self, text: str) -> int:
        """Number of case-insensitive matches in the document."""
        if not text:
            return 0
        document = self.view.document()
        count, cursor = 0, QTextCursor(document)
        while True:
            cursor = document.find(text, cursor)
            if cursor.isNull():
                return count
            count += 1

    def _text_changed(self, text: str) -> None:
        self.match_count = self.count_matches(text)
        self.count_label.setText(self.tr("%n match(es)", "", self.match_count) if text else "")
        self.matches_counted.emit(self.match_count)
        cursor = self.view.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.Start)
        self.view.setTextCursor(cursor)
        if text:
            self.find_next()

    def find_next(self) -> bool:
        """Select the next match, wrapping at the end; False when there is none."""
        return self._find(QTextDocument.FindFlag(0))

    def find_previous(self) -> bool:
        """Select the previous match, wrapping at the start; False when there is none."""
        return self._find(QTextDocument.FindFlag.FindBackward)

    def _find(self, flags: QTextDocument.FindFlag) -> bool:
        text = self.field.text()
        if not text:
            return False
        if self.view.find(text, flags):
            return True
        # Wrap around to the other end once.
        cursor = self.view.textCursor()
        backward = bool(flags & QTextDocument.FindFlag.FindBackward)
        cursor.movePosition(QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start)
        self.view.setTextCursor(cursor)
        return self.view.find(text, flags)
