"""Light and dark palettes on the Fusion style; "system" follows the platform's colour scheme."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

# Colours chosen for WCAG AA contrast of text on its background in both palettes.
_LIGHT = {
    "Window": "#f4f5f7",
    "WindowText": "#1b1f24",
    "Base": "#ffffff",
    "AlternateBase": "#eef1f4",
    "Text": "#1b1f24",
    "Button": "#e9ecef",
    "ButtonText": "#1b1f24",
    "BrightText": "#ffffff",
    "Highlight": "#1f5fad",
    "HighlightedText": "#ffffff",
    "Link": "#1a56a6",
    "LinkVisited": "#6a3d9a",
    "ToolTipBase": "#ffffe6",
    "ToolTipText": "#1b1f24",
    "PlaceholderText": "#5f6b76",
    "Mid": "#52606d",
    "Dark": "#8a96a3",
    "Light": "#ffffff",
    "Midlight": "#d5dbe1",
    "Shadow": "#6b7785",
}
# Text of disabled controls: clearly dimmer than enabled text (about 2.5:1 on the window), as platforms show it.
_LIGHT_DISABLED_TEXT = "#9aa3ad"
_DARK = {
    "Window": "#1e2227",
    "WindowText": "#e6e9ed",
    "Base": "#15181c",
    "AlternateBase": "#23282e",
    "Text": "#e6e9ed",
    "Button": "#2a3038",
    "ButtonText": "#e6e9ed",
    "BrightText": "#ffffff",
    "Highlight": "#3d7fd6",
    "HighlightedText": "#ffffff",
    "Link": "#8ab8ff",
    "LinkVisited": "#c6a6ff",
    "ToolTipBase": "#2a3038",
    "ToolTipText": "#e6e9ed",
    "PlaceholderText": "#9aa5b1",
    "Mid": "#3e6fa8",
    "Dark": "#101317",
    "Light": "#3a4149",
    "Midlight": "#30363d",
    "Shadow": "#000000",
}
_DARK_DISABLED_TEXT = "#6b7480"


def system_prefers_dark() -> bool:
    """True when the platform reports a dark colour scheme."""
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def palette_for(name: str) -> QPalette:
    """The palette for 'light' or 'dark'."""
    colours = _DARK if name == "dark" else _LIGHT
    dimmed = QColor(_DARK_DISABLED_TEXT if name == "dark" else _LIGHT_DISABLED_TEXT)
    palette = QPalette()
    for role_name, value in colours.items():
        role = getattr(QPalette.ColorRole, role_name)
        palette.setColor(role, QColor(value))
        disabled = dimmed if role_name in _TEXT_ROLES else QColor(value)
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


_TEXT_ROLES = ("WindowText", "Text", "ButtonText", "PlaceholderText")


def effective_theme(choice: str) -> str:
    """'light' or 'dark' for a preference of system, light or dark."""
    if choice == "system":
        return "dark" if system_prefers_dark() else "light"
    return choice


def apply_theme(app: QApplication, choice: str) -> str:
    """Apply a theme preference to the application; returns the theme in effect."""
    theme = effective_theme(choice)
    app.setStyle("Fusion")
    app.setPalette(palette_for(theme))
    app.setStyleSheet(
        "QLineEdit:focus, QListView:focus, QTreeView:focus, QTextBrowser:focus, QPlainTextEdit:focus,"
        " QTreeWidget:focus, QListWidget:focus { border: 2px solid palette(highlight); border-radius: 3px; }"
        "QToolButton:focus, QPushButton:focus { border: 2px solid palette(highlight); border-radius: 3px; }"
        # Fusion draws no focus mark on a tab bar: F6 and Tab reach the side tabs' bar, so mark its current tab.
        "QTabBar::tab:focus { border: 2px solid palette(highlight); border-radius: 3px; }"
    )
    return theme


def reader_css(theme: str, font_pt: int) -> str:
    """Style sheet for rendered documents (QTextDocument supports a CSS subset)."""
    colours = _DARK if theme == "dark" else _LIGHT
    # An out-of-date warning: dark text on pale amber, or pale text on dark amber (contrast above 7:1).
    stale = ("#fff4ce", "#4a3b00") if theme == "dark" else ("#3d2e00", "#fff4ce")
    return f"""
        body {{ font-size: {font_pt}pt; color: {colours["Text"]}; }}
        h1 {{ font-size: {font_pt + 9}pt; margin-top: 4px; }}
        h2 {{ font-size: {font_pt + 5}pt; margin-top: 18px; }}
        h3 {{ font-size: {font_pt + 2}pt; }}
        a {{ color: {colours["Link"]}; }}
        a.term {{ color: {colours["Text"]}; text-decoration: underline; }}
        p.kind {{ color: {colours["PlaceholderText"]}; font-size: {max(8, font_pt - 1)}pt; }}
        p.summary {{ font-size: {font_pt + 1}pt; color: {colours["PlaceholderText"]}; }}
        span.badge {{ font-weight: bold; color: {colours["Text"]}; background-color: {colours["AlternateBase"]}; }}
        span.original {{ font-style: italic; }}
        p.stale {{ color: {stale[0]}; background-color: {stale[1]}; padding: 6px; }}
        table {{ border-collapse: collapse; }}
        th, td {{ border: 1px solid {colours["Mid"]}; padding: 4px; }}
        code, pre {{ font-family: monospace; background-color: {colours["AlternateBase"]}; }}
        blockquote {{ color: {colours["PlaceholderText"]}; margin-left: 12px; }}
    """
