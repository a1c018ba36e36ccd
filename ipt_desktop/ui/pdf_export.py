"""PDF export and printing through Qt (QPdfWriter, QPrinter) — no browser engine.

Documents are laid out as one QTextDocument paginated to the page body and painted page by page, so each
page gets a footer with its number. Handouts paint each slide with the same renderer as the presentation
window, with its notes below ("notes") or six to a page ("grid"). Painting to a QPdfWriter needs only a
QGuiApplication and may run on a worker thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
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
from ipt_desktop.core.content.documents import Document
from ipt_desktop.core.errors import ExportError
from ipt_desktop.core.trainer.pdf_layout import (
    BODY_POINT_SIZE,
    FOOTER_MM,
    GRID_COLUMNS,
    GRID_ROWS,
    PAGE_MARGIN_MM,
    HandoutPage,
    document_html,
    footer_text,
    handout_pages,
    notes_html,
    print_css,
)
from ipt_desktop.core.trainer.slides import Deck, Slide
from ipt_desktop.ui.slide_renderer import PRINT_COLORS, fit_slide, paint_slide

RESOLUTION = 300
SLIDE_CANVAS = QSizeF(1280, 720)
SLIDE_MARGIN = 0.06


def export_document_pdf(doc: Document | Sequence[Document], path: Path) -> int:
    """Write a clean printable PDF of one or more documents; returns the page count."""
    docs = [doc] if isinstance(doc, Document) else list(doc)
    path = Path(path)
    writer = _open_writer(path, docs[0].title if len(docs) == 1 else path.stem)
    return _paint_documents(writer, docs, path)


def export_html_pdf(html: str, title: str, path: Path) -> int:
    """Write prepared printable HTML (a project's checklist, see ``Library.export_project``) as a PDF with
    numbered pages; returns the page count."""
    path = Path(path)
    writer = _open_writer(path, title)
    return _paint_html(writer, html, title, path)


def export_handout_pdf(deck: Deck, path: Path, layout: str = "notes") -> int:
    """Write a handout of a deck: one slide per page with notes, or a grid of slides; returns the page count."""
    pages = handout_pages(deck, layout)
    path = Path(path)
    writer = _open_writer(path, deck.title)
    painter = _begin(writer, path)
    try:
        for page in pages:
            if page.number > 1:
                writer.newPage()
            if layout == "notes":
                _paint_notes_page(painter, writer, page)
            else:
                _paint_grid_page(painter, writer, page)
            _paint_footer(painter, writer, footer_text(deck.title, page.number, len(pages)))
    finally:
        painter.end()
    return len(pages)


def export_page_pdf(html: str, title: str, path: Path, footer: str = "") -> int:
    """Write ``html`` on one A4 page, in smaller type when it would not fit (the chooser's advice); returns 1."""
    path = Path(path)
    writer = _open_writer(path, title)
    painter = _begin(writer, path)
    try:
        body = _body_rect(writer)
        _paint_notes(painter, writer, html, body)
        _paint_footer(painter, writer, footer or title)
    finally:
        painter.end()
    return 1


def print_document(parent, doc: Document) -> bool:
    """Ask for a printer (QPrintDialog) and print the document; False when the user cancels."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(doc.title)
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("PdfExport", "Print “{0}”").format(doc.title))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    _paint_documents(printer, [doc], Path(printer.outputFileName() or doc.id))
    return True


# -- documents -------------------------------------------------------------------------------------------


def _paint_documents(device: QPagedPaintDevice, docs: list[Document], path: Path) -> int:
    title = docs[0].title if len(docs) == 1 else path.stem
    return _paint_html(device, document_html(docs), title, path)


def _paint_html(device: QPagedPaintDevice, html: str, title: str, path: Path) -> int:
    text = QTextDocument()
    text.documentLayout().setPaintDevice(device)
    text.setDocumentMargin(0)
    font = QFont()
    font.setPointSizeF(BODY_POINT_SIZE)
    text.setDefaultFont(font)
    text.setDefaultStyleSheet(print_css())
    text.setHtml(html)
    body = _body_rect(device)
    text.setPageSize(body.size())
    total = text.pageCount()
    painter = _begin(device, path)
    try:
        for page in range(total):
            if page:
                device.newPage()
            painter.save()
            painter.translate(body.left(), body.top() - page * body.height())
            clip = QRectF(0, page * body.height(), body.width(), body.height())
            painter.setClipRect(clip)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = clip
            context.palette.setColor(context.palette.ColorRole.Text, QColor("#111111"))
            text.documentLayout().draw(painter, context)
            painter.restore()
            _paint_footer(painter, device, footer_text(title, page + 1, total))
    finally:
        painter.end()
    return total


# -- handouts --------------------------------------------------------------------------------------------


def _paint_notes_page(painter: QPainter, device: QPagedPaintDevice, page: HandoutPage) -> None:
    body = _body_rect(device)
    slide = page.slides[0]
    frame = QRectF(body.left(), body.top(), body.width(), body.width() * 9 / 16)
    _paint_slide_frame(painter, slide, frame)
    notes_top = frame.bottom() + _mm(device, 8)
    notes_box = QRectF(body.left(), notes_top, body.width(), body.bottom() - notes_top)
    html = notes_html(slide)
    if html:
        _paint_notes(painter, device, html, notes_box)


def _paint_grid_page(painter: QPainter, device: QPagedPaintDevice, page: HandoutPage) -> None:
    body = _body_rect(device)
    gap = _mm(device, 6)
    cell_w = (body.width() - gap * (GRID_COLUMNS - 1)) / GRID_COLUMNS
    cell_h = (body.height() - gap * (GRID_ROWS - 1)) / GRID_ROWS
    frame_w = min(cell_w, (cell_h - _mm(device, 6)) * 16 / 9)
    for n, slide in enumerate(page.slides):
        row, column = divmod(n, GRID_COLUMNS)
        left = body.left() + column * (cell_w + gap) + (cell_w - frame_w) / 2
        top = body.top() + row * (cell_h + gap)
        _paint_slide_frame(painter, slide, QRectF(left, top, frame_w, frame_w * 9 / 16))


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
    painter.setFont(_pixel_font(18))
    painter.drawText(
        QRectF(0, SLIDE_CANVAS.height() - 34, SLIDE_CANVAS.width() - 16, 30),
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
        str(slide.index + 1),
    )
    painter.restore()


def _paint_notes(painter: QPainter, device: QPagedPaintDevice, html: str, box: QRectF) -> None:
    """Rich text in ``box`` (a slide's notes, a one-page export), in a smaller type when it would not fit."""
    point = BODY_POINT_SIZE + 1
    while True:
        text = QTextDocument()
        text.documentLayout().setPaintDevice(device)
        text.setDocumentMargin(0)
        font = QFont()
        font.setPointSizeF(point)
        text.setDefaultFont(font)
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


# -- pages -----------------------------------------------------------------------------------------------


def _open_writer(path: Path, title: str) -> QPdfWriter:
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


def _begin(device: QPagedPaintDevice, path: Path) -> QPainter:
    painter = QPainter()
    if not painter.begin(device):
        raise ExportError(f"cannot write PDF {path} (the PDF writer could not start)")
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    return painter


def _mm(device: QPagedPaintDevice, mm: float) -> float:
    return mm * device.logicalDpiY() / 25.4


def _body_rect(device: QPagedPaintDevice) -> QRectF:
    margin = _mm(device, PAGE_MARGIN_MM)
    footer = _mm(device, FOOTER_MM)
    width, height = device.width(), device.height()
    return QRectF(margin, margin, width - 2 * margin, height - 2 * margin - footer)


def _paint_footer(painter: QPainter, device: QPagedPaintDevice, text: str) -> None:
    margin = _mm(device, PAGE_MARGIN_MM)
    painter.save()
    font = QFont()
    font.setPointSizeF(8)
    painter.setFont(QFont(font, device))
    painter.setPen(QColor("#666666"))
    box = QRectF(
        margin,
        device.height() - margin - _mm(device, FOOTER_MM) / 2,
        device.width() - 2 * margin,
        _mm(device, FOOTER_MM),
    )
    painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
    painter.restore()


def _pixel_font(px: int) -> QFont:
    font = QFont()
    font.setPixelSize(px)
    return font
