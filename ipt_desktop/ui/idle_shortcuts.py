"""Shortcuts of disabled actions say why nothing happens, instead of doing nothing silently.

A disabled QAction's keys are not delivered at all, so F5 with no document open would leave the user
guessing. For each such action a window shortcut with the same keys is enabled exactly while the action is
disabled (never both at once, so no key is ambiguous), and it shows the reason in the status bar.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import QWidget


class IdleShortcuts(QObject):
    """Keeps one stand-in shortcut per key of each watched action, enabled while the action is disabled."""

    def __init__(self, window: QWidget, notify: Callable[[str], None]) -> None:
        super().__init__(window)
        self._window = window
        self._notify = notify
        self._stand_ins: dict[QAction, list[QShortcut]] = {}

    def watch(self, actions: Iterable[QAction], reason: str) -> None:
        """Explain ``reason`` (``%1`` is the action's name) when the keys of a disabled action are pressed."""
        for action in actions:
            name = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")
            message = reason.replace("%1", name)
            stand_ins = []
            for keys in action.shortcuts():
                shortcut = QShortcut(keys, self._window)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.activated.connect(lambda message=message: self._notify(message))
                stand_ins.append(shortcut)
            self._stand_ins[action] = stand_ins
            action.changed.connect(lambda action=action: self._follow(action))
            self._follow(action)

    def _follow(self, action: QAction) -> None:
        for shortcut in self._stand_ins.get(action, ()):
            shortcut.setEnabled(not action.isEnabled())

    def stand_ins(self, action: QAction) -> list[QShortcut]:
        """The stand-in shortcuts of an action (for tests)."""
        return list(self._stand_ins.get(action, ()))
