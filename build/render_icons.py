"""Render the application icon resources/icons/ipt-desktop.svg into PNGs (256, 128, 48 px) beside it.

Usage: python build/render_icons.py [SVG]
Uses Qt's SVG renderer, so it runs headless anywhere PySide6 is installed (QT_QPA_PLATFORM=offscreen).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SIZES = (256, 128, 48)
ROOT = Path(__file__).resolve().parents[1]


def render(svg: Path, sizes: tuple[int, ...] = SIZES) -> list[Path]:
    """Write ipt-desktop-<size>.png next to the SVG for each size; returns the files written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (Qt needs one)
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {svg} is not a valid SVG")
    written = []
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        out = svg.with_name(f"{svg.stem}-{size}.png")
        if not image.save(str(out), "PNG"):
            raise SystemExit(f"render_icons: cannot write {out}")
        written.append(out)
    return written


if __name__ == "__main__":
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "resources" / "icons" / "ipt-desktop.svg"
    for path in render(source):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
