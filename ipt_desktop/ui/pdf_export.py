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

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPainter,
    QTextDocument,
)

from ipt_desktop.core.content.documents import Document
from ipt_desktop.core.trainer.pdf_layout import (
    BODY_POINT_SIZE,
    DEFAULT_HANDOUT_LAYOUT,
    ContentsEntry,
    cover_css,
    cover_html,
    deck_contents,
    document_html,
    footer_text,
    handout_layout,
    handout_pages,
    print_css,
)
from ipt_desktop.core.trainer.slides import Deck
from ipt_desktop.ui.pdf_handouts import HANDOUT_PAINTERS
from ipt_desktop.ui.pdf_pages import (
    begin,
    body_rect,
    count_line,
    documents_line,
    open_writer,
    paint_fitted_html,
    paint_footer,
)


def export_document_pdf(doc: Document | Sequence[Document], path: Path, title: str | None = None) -> int:
    """Write a clean printable PDF of one or more documents; returns the page count.

    ``title`` (a deck's name) goes in the PDF's properties and footers; without it, a document's own title,
    or for several documents the file name. Several documents get a cover page listing them with the page
    each starts on.
    """
    docs = [doc] if isinstance(doc, Document) else list(doc)
    path = Path(path)
    title = title or (docs[0].title if len(docs) == 1 else path.stem)
    writer = open_writer(path, title)
    return _paint_documents(writer, docs, path, title)


def export_handout_pdf(deck: Deck, path: Path, layout: str = DEFAULT_HANDOUT_LAYOUT) -> int:
    """Write a handout of a deck: a cover page with its contents, then its slides in ``layout`` (see
    pdf_layout.HANDOUT_LAYOUTS); returns the page count.
    """
    layout = handout_layout(layout)
    pages = handout_pages(deck, layout)
    path = Path(path)
    writer = open_writer(path, deck.title)
    if layout == "1":
        writer.setPageOrientation(QPageLayout.Orientation.Landscape)
    painter = begin(writer, path)
    total = len(pages) + 1
    paint_page = HANDOUT_PAINTERS[layout]
    try:
        _paint_cover(
            painter,
            writer,
            deck.title,
            deck_contents(deck),
            _deck_count_line(deck),
            QCoreApplication.translate("PdfExport", "Slide"),
        )
        paint_footer(painter, writer, footer_text(deck.title, 1, total))
        for page in pages:
            writer.newPage()
            paint_page(painter, writer, page)
            paint_footer(painter, writer, footer_text(deck.title, page.number + 1, total))
    finally:
        painter.end()
    return total


def export_page_pdf(html: str, title: str, path: Path, footer: str = "") -> int:
    """Write ``html`` on one A4 page, in smaller type when it would not fit (the chooser's advice); returns 1."""
    path = Path(path)
    writer = open_writer(path, title)
    painter = begin(writer, path)
    try:
        paint_fitted_html(painter, writer, html, body_rect(writer), BODY_POINT_SIZE + 1)
        paint_footer(painter, writer, footer or title)
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


def export_html_pdf(html: str, title: str, path: Path) -> int:
    """Write prepared printable HTML (a project's checklist, see ``Library.export_project``) as a PDF with
    numbered pages; returns the page count."""
    path = Path(path)
    return _paint_paged(open_writer(path, title), html, path, title)


def _paint_documents(device: QPagedPaintDevice, docs: list[Document], path: Path, title: str) -> int:
    """Documents one after the other; several open with a cover page listing them."""
    return _paint_paged(device, document_html(docs), path, title, docs if len(docs) > 1 else [])


def _paint_paged(
    device: QPagedPaintDevice, html: str, path: Path, title: str, cover_docs: list[Document] | None = None
) -> int:
    """``html`` laid out on pages with numbered footers, after a cover page for ``cover_docs`` if any."""
    docs = cover_docs or []
    text = QTextDocument()
    text.documentLayout().setPaintDevice(device)
    text.setDocumentMargin(0)
    font = QFont()
    font.setPointSizeF(BODY_POINT_SIZE)
    text.setDefaultFont(font)
    text.setDefaultStyleSheet(print_css())
    text.setHtml(html)
    body = body_rect(device)
    text.setPageSize(body.size())
    cover = 1 if docs else 0
    total = text.pageCount() + cover
    painter = begin(device, path)
    try:
        if cover:
            starts = _document_start_pages(text, docs, body.height())
            entries = [
                ContentsEntry(doc.title, page + cover, 0) for doc, page in zip(docs, starts, strict=True)
            ]
            count = documents_line(len(docs))
            _paint_cover(
                painter, device, title, entries, count, QCoreApplication.translate("PdfExport", "Page")
            )
            paint_footer(painter, device, footer_text(title, 1, total))
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
            paint_footer(painter, device, footer_text(title, page + 1 + cover, total))
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
    paint_fitted_html(
        painter,
        device,
        cover_html(title, entries, count_line, number_heading),
        body_rect(device),
        12,
        cover_css(),
    )


def _deck_count_line(deck: Deck) -> str:
    return count_line(len(deck.slides), len(deck.doc_ids))
