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
