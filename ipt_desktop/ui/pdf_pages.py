"""Pages of the PDFs that pdf_export writes: the writer, the body box, the footer, and rich text fitted to a
box. Sizes are in device pixels; ``mm`` converts from millimetres.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from ipt_desktop import APP_NAME
from ipt_desktop.core.errors import ExportError
from ipt_desktop.core.trainer.pdf_layout import FOOTER_MM, PAGE_MARGIN_MM

RESOLUTION = 300


def open_writer(path: Path, title: str) -> QPdfWriter:
    """A PDF writer for ``path``; ExportError naming the path when the file cannot be written."""
    try:
        with open(path, "wb"):
            pass
    except OSError as exc:
        raise ExportError(f"cannot write PDF {path} ({exc.strerror or exc})") from None
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    writer.setTitle(title)
    writer.setCreator(APP_NAME)
    return writer


def begin(device: QPagedPaintDevice, path: Path) -> QPainter:
    """A painter on ``device`` with antialiasing; ExportError naming ``path`` when it cannot start."""
    painter = QPainter()
    if not painter.begin(device):
        raise ExportError(f"cannot write PDF {path} (the PDF writer could not start)")
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    return painter


def mm(device: QPagedPaintDevice, millimetres: float) -> float:
    """Millimetres in device pixels."""
    return millimetres * device.logicalDpiY() / 25.4


def body_rect(device: QPagedPaintDevice) -> QRectF:
    """The page less its margins and the footer band."""
    margin = mm(device, PAGE_MARGIN_MM)
    footer = mm(device, FOOTER_MM)
    width, height = device.width(), device.height()
    return QRectF(margin, margin, width - 2 * margin, height - 2 * margin - footer)


def paint_footer(painter: QPainter, device: QPagedPaintDevice, text: str) -> None:
    """The footer line (deck or document name, page number) at the bottom right of the page."""
    margin = mm(device, PAGE_MARGIN_MM)
    painter.save()
    font = QFont()
    font.setPointSizeF(8)
    painter.setFont(QFont(font, device))
    painter.setPen(QColor("#666666"))
    box = QRectF(
        margin,
        device.height() - margin - mm(device, FOOTER_MM) / 2,
        device.width() - 2 * margin,
        mm(device, FOOTER_MM),
    )
    painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
    painter.restore()


def pixel_font(px: int) -> QFont:
    """The default font at a pixel size."""
    font = QFont()
    font.setPixelSize(px)
    return font


def paint_fitted_html(
    painter: QPainter, device: QPagedPaintDevice, html: str, box: QRectF, point: float, css: str = ""
) -> None:
    """Rich text in ``box``, from ``point`` down in half points (to 6 pt) until it fits."""
    while True:
        text = QTextDocument()
        text.documentLayout().setPaintDevice(device)
        text.setDocumentMargin(0)
        font = QFont()
        font.setPointSizeF(point)
        text.setDefaultFont(font)
        if css:
            text.setDefaultStyleSheet(css)
        text.setHtml(html)
        text.setTextWidth(box.width())
        if text.size().height() <= box.height() or point <= 6:
            break
        point -= 0.5
    painter.save()
    painter.translate(box.topLeft())
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette.setColor(context.palette.ColorRole.Text, QColor("#111111"))
    text.documentLayout().draw(painter, context)
    painter.restore()


def count_line(slides: int, documents: int) -> str:
    """'Slides: 12 · Documents: 3' in the interface language (the documents only when more than one).

    Number-neutral wording: the translation tool does not collect plural forms from module-level
    ``translate`` calls, and "Slides: 12" reads right with any number in every language."""
    text = QCoreApplication.translate("PdfExport", "Slides: %1").replace("%1", str(slides))
    if documents > 1:
        text += " · " + documents_line(documents)
    return text


def documents_line(documents: int) -> str:
    """'Documents: 3' in the interface language."""
    return QCoreApplication.translate("PdfExport", "Documents: %1").replace("%1", str(documents))
