"""Look and keyboard: disabled actions look disabled in both palettes, and their keys say why they do nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from ipt_desktop.ui.theme import palette_for


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())
    )


def _contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize(
    ("text", "background"), [("ButtonText", "Button"), ("WindowText", "Window"), ("Text", "Base")]
)
def test_disabled_text_is_clearly_dimmer_than_enabled_text(theme, text, background):
    palette = palette_for(theme)
    role, under = getattr(QPalette.ColorRole, text), getattr(QPalette.ColorRole, background)
    enabled = _contrast(palette.color(QPalette.ColorGroup.Active, role), palette.color(under))
    disabled = _contrast(palette.color(QPalette.ColorGroup.Disabled, role), palette.color(under))
    assert enabled >= 7.0  # enabled text stays easy to read
    assert 1.8 <= disabled <= enabled / 2.5  # disabled text is still legible, and plainly dimmer


def test_a_document_shortcut_with_no_document_says_why(qtbot, make_window):
    window, _ = make_window()
    assert window.reader.current is None and not window.actions_.present.isEnabled()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.statusBar().currentMessage() == "Present: open a document first."
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage() == "Bookmark: open a document first."


def test_the_stand_in_keys_give_way_once_a_document_is_open(qtbot, make_window):
    window, _ = make_window()
    present = window.actions_.present
    stand_ins = window.idle_shortcuts.stand_ins(present)
    assert stand_ins and all(s.isEnabled() for s in stand_ins)
    with qtbot.waitSignal(window.document_shown, timeout=20000):
        window.open_document("guide-pre-commercial-procurement")
    assert present.isEnabled() and not any(s.isEnabled() for s in stand_ins)


def test_f6_cycles_the_panels_in_reading_order(qtbot, make_window):
    window, _ = make_window()
    with qtbot.waitSignal(window.document_shown, timeout=20000):
        window.open_document("guide-pre-commercial-procurement")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    window.search.field.setFocus()
    seen = []
    for _ in range(len(window.panels()) + 1):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_F6)
        focus = window.focusWidget()
        seen.append(next(p for p in window.panels() if p is focus or p.isAncestorOf(focus)))
    order = window.panels()
    assert seen[:-1] == [*order[1:], order[0]] and seen[-1] is order[1]
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert window.focusWidget() is order[0]


def test_tab_leaves_the_text_for_the_side_tabs(qtbot, make_window):
    window, _ = make_window()
    with qtbot.waitSignal(window.document_shown, timeout=20000):
        window.open_document("guide-pre-commercial-procurement")  # a document full of links
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    window.reader.view.setFocus()
    qtbot.keyClick(window.reader.view, Qt.Key.Key_Tab)
    focus = window.focusWidget()
    assert focus is window.reader.tabs or window.reader.tabs.isAncestorOf(focus)


def test_the_shortcut_list_has_clean_labels_and_the_presentation_keys(qtbot, make_window):
    window, _ = make_window()
    window.actions_.shortcuts.trigger()
    text = window.shortcuts_box.text()
    window.shortcuts_box.close()
    assert "<b>, " not in text and ", </b>" not in text  # no empty key names
    assert "<td>Preferences</td><td><b>Ctrl+,</b></td>" in text
    assert "<td>Next panel</td><td><b>F6</b></td>" in text and "F3, Ctrl+G" in text
    assert "While presenting" in text and "<td>Blank screen</td><td><b>B, .</b></td>" in text


def test_the_sidebar_shows_which_view_is_shown(qtbot, make_window):
    window, _ = make_window()
    qtbot.waitUntil(lambda: window.browse.currentItem() is not None, timeout=20000)
    assert window.browse.currentItem().data(0, Qt.ItemDataRole.UserRole)[:2] == ("view", "all")
    with qtbot.waitSignal(window.results_shown, timeout=20000):
        window.show_view("bookmarks")
    assert window.browse.currentItem().data(0, Qt.ItemDataRole.UserRole)[:2] == ("view", "bookmarks")


def test_focus_is_drawn_in_both_palettes():
    from PySide6.QtWidgets import QApplication

    from ipt_desktop.ui.theme import apply_theme

    app = QApplication.instance()
    before = app.styleSheet()
    try:
        for theme in ("light", "dark"):
            apply_theme(app, theme)
            sheet = app.styleSheet()
            assert "outline: none" not in sheet and "focus { border: 2px solid palette(highlight)" in sheet
    finally:
        app.setStyleSheet(before)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_toolbar_buttons_have_icons_in_the_palettes_text_colour(qapp, theme):
    from PySide6.QtCore import QSize

    from ipt_desktop.ui.icons import THEME_NAMES, bundled_icon

    text = palette_for(theme).color(QPalette.ColorRole.WindowText)
    for name in THEME_NAMES:
        image = bundled_icon(name, text).pixmap(QSize(24, 24)).toImage()
        assert not image.isNull(), name
        inked = [
            image.pixelColor(x, y)
            for x in range(image.width())
            for y in range(image.height())
            if image.pixelColor(x, y).alpha() > 200
        ]
        assert len(inked) > 20, name  # a drawn shape, not an empty square
        assert all(abs(c.lightness() - text.lightness()) < 40 for c in inked), name


def test_the_toolbar_shows_icons_with_labels_beside_or_under_them(qtbot, make_window):
    window, _ = make_window()
    bar = window.toolbar
    assert all(not a.icon().isNull() for a in bar.actions() if not a.isSeparator())
    window.resize(1600, 1000)
    qtbot.waitUntil(
        lambda: bar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon, timeout=5000
    )
    window.resize(800, 600)
    qtbot.waitUntil(lambda: bar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextUnderIcon, timeout=5000)
    qtbot.waitUntil(lambda: bar.width() <= window.width(), timeout=5000)
