"""Toolbar icons: the platform's icon theme where it has the icon, else our own line icons
(resources/icons/toolbar/NAME.svg) drawn in the palette's text colour, so they suit both palettes.

The SVGs are drawn by Qt's SVG image plug-in (QPixmap.loadFromData), at 1× and 2× for high-density screens;
their stroke colour (#000000 in the files) is replaced by the colour asked for.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon, QPixmap

from ipt_desktop.core.resources import resource_path

# Our icon name → the freedesktop theme name that means the same.
THEME_NAMES = {
    "back": "go-previous",
    "forward": "go-next",
    "bookmark": "bookmark-new",
    "find": "edit-find",
    "zoom_out": "zoom-out",
    "zoom_in": "zoom-in",
    "copy_citation": "edit-copy",
    "present": "x-office-presentation",
    "add_to_deck": "list-add",
    "export_pdf": "document-save-as",
    "sync_now": "view-refresh",
}
_PLACEHOLDER = "#000000"
SIZE = 24


def bundled_icon(name: str, colour: QColor, scales: tuple[int, ...] = (1, 2)) -> QIcon:
    """Our own icon ``name`` drawn in ``colour`` at each of ``scales`` (an empty icon when there is no file)."""
    path = resource_path("icons", "toolbar", f"{name}.svg")
    try:
        svg = path.read_text(encoding="utf-8").replace(_PLACEHOLDER, colour.name())
    except OSError:
        return QIcon()
    icon = QIcon()
    for scale in scales:
        sized = svg.replace(
            f'width="{SIZE}" height="{SIZE}"', f'width="{SIZE * scale}" height="{SIZE * scale}"'
        )
        pixmap = QPixmap()
        if pixmap.loadFromData(sized.encode("utf-8"), "SVG"):
            pixmap.setDevicePixelRatio(scale)
            icon.addPixmap(pixmap)
    return icon


def toolbar_icon(name: str, colour: QColor, pixel_ratio: float = 1.0) -> QIcon:
    """The theme's icon for ``name`` if the platform has one, else ours in ``colour`` (drawn at 2× as well on a
    high-density screen)."""
    theme_name = THEME_NAMES.get(name, name)
    if QIcon.hasThemeIcon(theme_name):
        return QIcon.fromTheme(theme_name)
    return bundled_icon(name, colour, (1, 2) if pixel_ratio > 1 else (1,))
