"""Keyboard focus lands where it can be seen: the side tabs' bar marks its focused tab in both palettes, and F6
unfolds the sidebar that a narrow window folded away instead of focusing it unseen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ipt_desktop.ui.theme import apply_theme


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_focused_side_tab_is_marked(qtbot, make_window, theme):
    window, _ = make_window()
    apply_theme(QApplication.instance(), theme)
    with qtbot.waitSignal(window.document_shown, timeout=20000):
        window.open_document("guide-pre-commercial-procurement")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    bar = window.reader.tabs.tabBar()
    window.search.field.setFocus()
    qtbot.waitUntil(lambda: window.search.field.hasFocus(), timeout=5000)
    unfocused = bar.grab().toImage()
    window.search.field.setFocus()
    for _ in range(3):  # search field -> results -> text -> side tabs
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_F6)
    qtbot.waitUntil(bar.hasFocus, timeout=5000)
    assert bar.grab().toImage() != unfocused


def test_f6_unfolds_the_sidebar_of_a_narrow_window(qtbot, make_window):
    window, _ = make_window()
    window.resize(800, 600)
    qtbot.waitUntil(lambda: window.splitter.sizes()[0] == 0, timeout=5000)  # folded away
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    window.search.field.setFocus()
    qtbot.keyClick(window.search.field, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    focus = window.focusWidget()
    assert focus is window.browse or window.browse.isAncestorOf(focus)
    assert window.splitter.sizes()[0] > 0 and window.browse.width() > 0
    assert window.search.list.width() >= window.search.list.minimumWidth()
