"""PDF export and printing through Qt (QPdfWriter, QPrinter) — no browser engine.

Documents are laid out as one QTextDocument paginated to the page body and painted page by page, so each
page gets a footer with its number; several documents (a deck) open with a cover page listing them. Handouts
open with a cover page (the deck's name and its contents with slide numbers), then paint each slide with the
same renderer as the presentation window: one large slide per landscape page ("1"), two ("2"), three with
ruled lines for notes ("3", the default), six ("6"), or one with its presenter notes ("notes"). Painting to a
QPdfWriter needs only a QGuiApplication and may run on a worker thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from ipt_desktop import APP_NAME
from ipt_desktop.core.content.documents import Document
from ipt_desktop.core.errors import ExportError
from ipt_desktop.core.trainer.pdf_layout import (
    BODY_POINT_SIZE,
    DEFAULT_HANDOUT_LAYOUT,
    FOOTER_MM,
    GRID_COLUMNS,
    GRID_ROWS,
    NOTE_LINES,
    PAGE_MARGIN_MM,
    ContentsEntry,
    HandoutPage,
    cover_css,
    cover_html,
    deck_contents,
    document_html,
    footer_text,
    handout_layout,
    handout_pages,
    notes_html,
    print_css,
)
from ipt_desktop.core.trainer.slides import Deck, Slide
from ipt_desktop.ui.slide_renderer import PRINT_COLORS, fit_slide, paint_slide

RESOLUTION = 300
SLIDE_CANVAS = QSizeF(1280, 720)
SLIDE_MARGIN = 0.06


def export_document_pdf(doc: Document | Sequence[Document], path: Path, title: str | None = None) -> int:
    """Write a clean printable PDF of one or more documents; returns the page count.

    ``title`` (a deck's name) goes in the PDF's properties and footers; without it, a document's own title,
    or for several documents the file name. Several documents get a cover page listing them with the page
    each starts on.
    """
    docs = [doc] if isinstance(doc, Document) else list(doc)
    path = Path(path)
    title = title or (docs[0].title if len(docs) == 1 else path.stem)
    writer = _open_writer(path, title)
    return _paint_documents(writer, docs, path, title)


def export_handout_pdf(deck: Deck, path: Path, layout: str = DEFAULT_HANDOUT_LAYOUT) -> int:
    """Write a handout of a deck: a cover page with its contents, then its slides in ``layout`` (see
    pdf_layout.HANDOUT_LAYOUTS); returns the page count.
    """
    layout = handout_layout(layout)
    pages = handout_pages(deck, layout)
    path = Path(path)
    writer = _open_writer(path, deck.title)
    if layout == "1":
        writer.setPageOrientation(QPageLayout.Orientation.Landscape)
    painter = _begin(writer, path)
    total = len(pages) + 1
    paint_page = _HANDOUT_PAINTERS[layout]
    try:
        _paint_cover(painter, writer, deck.title, deck_contents(deck), _deck_count_line(deck), _tr("Slide"))
        _paint_footer(painter, writer, footer_text(deck.title, 1, total))
        for page in pages:
            writer.newPage()
            paint_page(painter, writer, page)
            _paint_footer(painter, writer, footer_text(deck.title, page.number + 1, total))
    finally:
        painter.end()
    return total


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
    _paint_documents(printer, [doc], Path(printer.outputFileName() or doc.id), doc.title)
    return True


# -- documents -------------------------------------------------------------------------------------------


def _paint_documents(device: QPagedPaintDevice, docs: list[Document], path: Path, title: str) -> int:
    text = QTextDocument()
    text.documentLayout().setPaintDevice(device)
    text.setDocumentMargin(0)
    font = QFont()
    font.setPointSizeF(BODY_POINT_SIZE)
    text.setDefaultFont(font)
    text.setDefaultStyleSheet(print_css())
    text.setHtml(document_html(docs))
    body = _body_rect(device)
    text.setPageSize(body.size())
    cover = 1 if len(docs) > 1 else 0
    total = text.pageCount() + cover
    painter = _begin(device, path)
    try:
        if cover:
            starts = _document_start_pages(text, docs, body.height())
            entries = [
                ContentsEntry(doc.title, page + cover, 0) for doc, page in zip(docs, starts, strict=True)
            ]
            count = _tr("%n document(s)", len(docs))
            _paint_cover(painter, device, title, entries, count, _tr("Page"))
            _paint_footer(painter, device, footer_text(title, 1, total))
        for page in range(total - cover):
            if page or cover:
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
            _paint_footer(painter, device, footer_text(title, page + 1 + cover, total))
    finally:
        painter.end()
    return total


def _document_start_pages(text: QTextDocument, docs: list[Document], page_height: float) -> list[int]:
    """The page (1-based, in the paginated text) where each document's title heading falls."""
    layout = text.documentLayout()
    starts: list[int] = []
    block = text.begin()
    for doc in docs:
        while block.isValid() and block.text().strip() != doc.title.strip():
            block = block.next()
        if not block.isValid():
            starts.append(starts[-1] if starts else 1)
            block = text.begin()
            continue
        starts.append(int(layout.blockBoundingRect(block).top() // page_height) + 1)
        block = block.next()
    return starts


def _paint_cover(
    painter: QPainter,
    device: QPagedPaintDevice,
    title: str,
    entries: Sequence[ContentsEntry],
    count_line: str,
    number_heading: str,
) -> None:
    """The first page of a deck's PDF: its name, the counts, and its contents with slide or page numbers."""
    _paint_fitted_html(
        painter,
        device,
        cover_html(title, entries, count_line, number_heading),
        _body_rect(device),
        12,
        cover_css(),
    )


def _deck_count_line(deck: Deck) -> str:
    slides = _tr("%n slide(s)", len(deck.slides))
    if len(deck.doc_ids) < 2:
        return slides
    return slides + " · " + _tr("%n document(s)", len(deck.doc_ids))


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("PdfExport", text, "", n)


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
    """Six slides, two columns of three."""
    body = _body_rect(device)
    gap = _mm(device, 6)
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
    body = _body_rect(device)
    gap = _mm(device, 8)
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
    body = _body_rect(device)
    gap = _mm(device, 8)
    cell_h = (body.height() - gap * 2) / 3
    frame_w = min(body.width() * 0.56, cell_h * 16 / 9)
    frame_h = frame_w * 9 / 16
    lines_left = body.left() + frame_w + _mm(device, 8)
    pen = QPen(QColor("#b0b0b0"))
    pen.setWidthF(_mm(device, 0.25))
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
    painter.setFont(_pixel_font(18))
    painter.drawText(
        QRectF(0, SLIDE_CANVAS.height() - 34, SLIDE_CANVAS.width() - 16, 30),
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
        str(slide.index + 1),
    )
    painter.restore()


def _paint_notes(painter: QPainter, device: QPagedPaintDevice, html: str, box: QRectF) -> None:
    """Rich text in ``box`` (a slide's notes, a one-page export), in a smaller type when it would not fit."""
    _paint_fitted_html(painter, device, html, box, BODY_POINT_SIZE + 1)


def _paint_fitted_html(
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


_HANDOUT_PAINTERS = {
    "1": _paint_one_page,
    "2": _paint_two_page,
    "3": _paint_lines_page,
    "6": _paint_grid_page,
    "notes": _paint_notes_page,
}


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
