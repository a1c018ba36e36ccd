"""Lays out one slide as a QTextDocument that fits a given box, and paints it. Shared by the presentation
window, the presenter view and the PDF handouts, so a slide looks the same everywhere.

Sizes are in pixels of a virtual slide; the type size follows the slide height: a short slide's type grows
(up to ``GROW_SCALE``) and a long one's shrinks stepwise until the whole slide fits (measured with
QTextDocument.size()), so the content fills the slide and nothing is ever clipped; words are never broken
inside (a table column too narrow for a word shrinks the type). List indents follow the
type size, so a list's numbers ("1.", "10.") stay inside the slide at any size.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPainter,
    QPalette,
    QTextDocument,
    QTextOption,
)

from ipt_desktop.core.trainer.slides import Slide

BODY_SCALE = 1 / 24  # body text height as a share of the slide height
GROW_SCALE = 1 / 19  # the largest body text of a short content slide
INDENT_EMS = 2.2  # list indent per level, in body text heights: room for "10." before the text
MIN_SCALE = 1 / 80


@dataclass(frozen=True)
class SlideColors:
    """Colours of a slide, from the application palette or fixed for print."""

    text: str
    background: str
    accent: str
    muted: str

    @classmethod
    def from_palette(cls, palette: QPalette) -> SlideColors:
        """Slide colours from a widget palette, with an accent that stands out from the background."""
        window = palette.color(QPalette.ColorRole.Window)
        text = palette.color(QPalette.ColorRole.WindowText)
        accent = palette.color(QPalette.ColorRole.Highlight)
        if abs(accent.lightness() - window.lightness()) < 60:
            accent = palette.color(QPalette.ColorRole.Link)
        muted = QColor(palette.color(QPalette.ColorRole.PlaceholderText))
        return cls(text.name(), window.name(), accent.name(), muted.name())


PRINT_COLORS = SlideColors("#111111", "#ffffff", "#1f4e8c", "#666666")


@dataclass
class FittedSlide:
    """A laid-out slide: the document, its body pixel size and whether it is a title slide."""

    document: QTextDocument
    body_px: int
    is_title: bool

    @property
    def height(self) -> float:
        """The height of the slide's laid-out text document."""
        return self.document.size().height()


def slide_html(slide: Slide) -> str:
    """The slide as rich text: its title as a heading above the body."""
    title = html.escape(slide.title)
    if slide.kind == "title":
        return f'<h1 class="deck-title">{title}</h1>{slide.html}'
    return f"<h1>{title}</h1>{slide.html}"


def slide_css(px: int, colors: SlideColors, is_title: bool) -> str:
    """The stylesheet for a body size in pixels; every size derives from it so shrinking scales everything."""
    title_px = round(px * (2.0 if is_title else 1.45))
    gap = round(px * 0.45)
    return (
        f"h1 {{ font-size: {title_px}px; color: {colors.accent}; font-weight: 700; margin-bottom: {px}px; }}"
        f"h2 {{ font-size: {round(px * 1.2)}px; font-weight: 700; margin-top: {gap}px; margin-bottom: {gap}px; }}"
        f"h3, h4, h5, h6 {{ font-size: {round(px * 1.08)}px; font-weight: 700; margin-bottom: {gap}px; }}"
        f"p {{ margin-top: 0px; margin-bottom: {gap}px; }}"
        f"li {{ margin-bottom: {round(px * 0.25)}px; }}"
        f"a {{ color: {colors.accent}; }}"
        f"pre, code {{ font-family: monospace; font-size: {round(px * 0.82)}px; }}"
        f"td, th {{ padding: {round(px * 0.2)}px; }}"
        f"p.summary {{ font-size: {round(px * 1.1)}px; margin-top: {px}px; }}"
        f"p.byline {{ color: {colors.muted}; font-size: {round(px * 0.85)}px; }}"
    )


def fit_slide(
    slide: Slide, box: QSizeF, colors: SlideColors, slide_height: float | None = None
) -> FittedSlide:
    """Lay the slide out in ``box`` at the largest type that fits: from ``GROW_SCALE`` of ``slide_height``
    (``BODY_SCALE`` for title slides) down to ``MIN_SCALE``.
    """
    reference = slide_height or box.height()
    largest = max(8, round(reference * (BODY_SCALE if slide.kind == "title" else GROW_SCALE)))
    smallest = max(6, round(reference * MIN_SCALE))
    document = _layout(slide, largest, box.width(), colors)
    if _fits(document, box) or largest <= smallest:
        return FittedSlide(document, largest, slide.kind == "title")
    # The largest size that fits, by bisection: ``good`` fits (or is the floor), ``bad`` does not.
    good, bad = smallest, largest
    best = _layout(slide, smallest, box.width(), colors)
    while bad - good > 1:
        middle = (good + bad) // 2
        candidate = _layout(slide, middle, box.width(), colors)
        if _fits(candidate, box):
            good, best = middle, candidate
        else:
            bad = middle
    return FittedSlide(best, good, slide.kind == "title")


def _fits(document: QTextDocument, box: QSizeF) -> bool:
    size = document.size()
    return size.height() <= box.height() and size.width() <= box.width() + 1


def paint_slide(painter: QPainter, fitted: FittedSlide, box: QRectF, colors: SlideColors) -> None:
    """Paint a fitted slide in ``box``: title slides centred vertically, others from the top."""
    top = box.top()
    if fitted.is_title:
        top += max(0.0, (box.height() - fitted.height) / 2)
    painter.save()
    painter.translate(box.left(), top)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette.setColor(QPalette.ColorRole.Text, QColor(colors.text))
    context.clip = QRectF(0, 0, box.width(), box.height())
    painter.setClipRect(context.clip)
    fitted.document.documentLayout().draw(painter, context)
    painter.restore()


def _layout(slide: Slide, px: int, width: float, colors: SlideColors) -> QTextDocument:
    document = QTextDocument()
    document.setDocumentMargin(0)
    font = QFont()
    font.setPixelSize(px)
    document.setDefaultFont(font)
    document.setIndentWidth(round(px * INDENT_EMS))
    # Words are never broken: a word too long for its table column widens the text, so the fit shrinks it.
    option = document.defaultTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    document.setDefaultTextOption(option)
    document.setDefaultStyleSheet(slide_css(px, colors, slide.kind == "title"))
    document.setHtml(slide_html(slide))
    document.setTextWidth(width)
    return document
