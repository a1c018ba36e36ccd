"""Handout pages: slides painted with the presentation's renderer, scaled into frames on a PDF page, in each
of the layouts of pdf_layout.HANDOUT_LAYOUTS (``HANDOUT_PAINTERS``).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QPagedPaintDevice, QPainter, QPen

from ipt_desktop.core.trainer.pdf_layout import (
    BODY_POINT_SIZE,
    GRID_COLUMNS,
    GRID_ROWS,
    NOTE_LINES,
    HandoutPage,
)
from ipt_desktop.core.trainer.slides import Slide, notes_html
from ipt_desktop.ui.pdf_pages import body_rect, mm, paint_fitted_html, pixel_font
from ipt_desktop.ui.slide_renderer import PRINT_COLORS, fit_slide, paint_slide

SLIDE_CANVAS = QSizeF(1280, 720)
SLIDE_MARGIN = 0.06


def _paint_notes_page(painter: QPainter, device: QPagedPaintDevice, page: HandoutPage) -> None:
    body = body_rect(device)
    slide = page.slides[0]
    frame = QRectF(body.left(), body.top(), body.width(), body.width() * 9 / 16)
    _paint_slide_frame(painter, slide, frame)
    notes_top = frame.bottom() + mm(device, 8)
    notes_box = QRectF(body.left(), notes_top, body.width(), body.bottom() - notes_top)
    html = notes_html(slide)
    if html:
        _paint_notes(painter, device, html, notes_box)


def _paint_grid_page(painter: QPainter, device: QPagedPaintDevice, page: HandoutPage) -> None:
    """Six slides, two columns of three."""
    body = body_rect(device)
    gap = mm(device, 6)
    cell_w = (body.width() - gap * (GRID_COLUMNS - 1)) / GRID_COLUMNS
    cell_h = (body.height() - gap * (GRID_ROWS - 1)) / GRID_ROWS
    frame_w = min(cell_w, cell_h * 16 / 9)
    for n, slide in enumerate(page.slides):
        row, column = divmod(n, GRID_COLUMNS)
        left = body.left() + column * (cell_w + gap) + (cell_w - frame_w) / 2
        top = body.top() + row * (cell_h + gap) + (cell_h - frame_w * 9 / 16) / 2
        _paint_slide_frame(painter, slide, QRectF(left, top, frame_w, frame_w * 9 / 16))


def _paint_stacked_page(painter: QPainter, device: QPagedPaintDevice, page: HandoutPage, rows: int) -> None:
    """``rows`` slides one under the other, each as large as its share of the page allows, centred."""
    body = body_rect(device)
    gap = mm(device, 8)
    cell_h = (body.height() - gap * (rows - 1)) / rows
    frame_w = min(body.width(), cell_h * 16 / 9)
    frame_h = frame_w * 9 / 16
    for n, slide in enumerate(page.slides):
        top = body.top() + n * (cell_h + gap) + (cell_h - frame_h) / 2
        left = body.left() + (body.width() - frame_w) / 2
        _paint_slide_frame(painter, slide, QRectF(left, top, frame_w, frame_h))


def _paint_one_page(painter: QPainter, device: QPagedPaintDevice, page: HandoutPage) -> None:
    """One slide filling the (landscape) page."""
    _paint_stacked_page(painter, device, page, 1)


def _paint_two_page(painter: QPainter, device: QPagedPaintDevice, page: HandoutPage) -> None:
    """Two slides, one above the other."""
    _paint_stacked_page(painter, device, page, 2)


def _paint_lines_page(painter: QPainter, device: QPagedPaintDevice, page: HandoutPage) -> None:
    """Three slides down the left, each with ruled lines for the reader's notes beside it."""
    body = body_rect(device)
    gap = mm(device, 8)
    cell_h = (body.height() - gap * 2) / 3
    frame_w = min(body.width() * 0.56, cell_h * 16 / 9)
    frame_h = frame_w * 9 / 16
    lines_left = body.left() + frame_w + mm(device, 8)
    pen = QPen(QColor("#b0b0b0"))
    pen.setWidthF(mm(device, 0.25))
    for n, slide in enumerate(page.slides):
        top = body.top() + n * (cell_h + gap) + (cell_h - frame_h) / 2
        _paint_slide_frame(painter, slide, QRectF(body.left(), top, frame_w, frame_h))
        painter.save()
        painter.setPen(pen)
        step = frame_h / NOTE_LINES
        for line in range(1, NOTE_LINES + 1):
            y = top + line * step
            painter.drawLine(QPointF(lines_left, y), QPointF(body.right(), y))
        painter.restore()


def _paint_slide_frame(painter: QPainter, slide: Slide, frame: QRectF) -> None:
    """Draw a slide as on screen, scaled into ``frame``, with a thin border and its number."""
    box = QSizeF(
        SLIDE_CANVAS.width() * (1 - 2 * SLIDE_MARGIN), SLIDE_CANVAS.height() * (1 - 2 * SLIDE_MARGIN)
    )
    fitted = fit_slide(slide, box, PRINT_COLORS, SLIDE_CANVAS.height())
    scale = frame.width() / SLIDE_CANVAS.width()
    painter.save()
    painter.translate(frame.topLeft())
    painter.scale(scale, scale)
    origin = QRectF(
        SLIDE_CANVAS.width() * SLIDE_MARGIN, SLIDE_CANVAS.height() * SLIDE_MARGIN, box.width(), box.height()
    )
    paint_slide(painter, fitted, origin, PRINT_COLORS)
    painter.setPen(QColor("#999999"))
    painter.drawRect(QRectF(0, 0, SLIDE_CANVAS.width(), SLIDE_CANVAS.height()))
    painter.setFont(pixel_font(18))
    painter.drawText(
        QRectF(0, SLIDE_CANVAS.height() - 34, SLIDE_CANVAS.width() - 16, 30),
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
        str(slide.index + 1),
    )
    painter.restore()


def _paint_notes(painter: QPainter, device: QPagedPaintDevice, html: str, box: QRectF) -> None:
    """Notes in the space below the slide, in a smaller type when they would not fit."""
    paint_fitted_html(painter, device, html, box, BODY_POINT_SIZE + 1)


HANDOUT_PAINTERS = {
    "1": _paint_one_page,
    "2": _paint_two_page,
    "3": _paint_lines_page,
    "6": _paint_grid_page,
    "notes": _paint_notes_page,
}
