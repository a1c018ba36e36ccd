"""Sizes that fit the screen: a window or dialog opens at its preferred size, or at the screen's available
area where that is smaller (an 800×600 netbook), never running off the screen."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication


def fitting_size(width: int, height: int) -> QSize:
    """``width`` × ``height``, each cut to the primary screen's available area."""
    screen = QGuiApplication.primaryScreen()
    if screen is not None:
        available = screen.availableGeometry()
        width, height = min(width, available.width()), min(height, available.height())
    return QSize(width, height)
