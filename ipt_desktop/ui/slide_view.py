"""SlideView: a widget that paints one slide, fitted to its size, in the application's theme colours.

With a ``reference_size`` (the presentation screen's size) it lays the slide out exactly as the full-screen
window does and scales the picture down, so the presenter view's previews show what the audience sees.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from ipt_desktop.core.trainer.slides import Slide
from ipt_desktop.ui.slide_renderer import FittedSlide, SlideColors, fit_slide, paint_slide

MARGIN_X = 0.06
MARGIN_TOP = 0.07
MARGIN_BOTTOM = 0.09  # leaves room for the slide counter


class SlideView(QWidget):
    """Paints a slide; blank shows an empty black screen."""

    def __init__(self, parent: QWidget | None = None, reference_size: QSize | None = None) -> None:
        super().__init__(parent)
        self.reference_size = reference_size
        self.slide: Slide | None = None
        self.is_blank = False
        self._fitted: FittedSlide | None = None
        self._fitted_key: tuple | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def set_slide(self, slide: Slide | None) -> None:
        """Show a slide (None: an empty view)."""
        self.slide = slide
        self.update()

    def set_blank(self, is_blank: bool) -> None:
        """Blank the view, or show the slide again."""
        self.is_blank = is_blank
        self.update()

    def colors(self) -> SlideColors:
        """The slide colours of the view's current palette."""
        return SlideColors.from_palette(self.palette())

    def canvas_size(self) -> QSize:
        """The size the slide is laid out at (the reference size, or the widget's own)."""
        return self.reference_size if self.reference_size is not None else self.size()

    def content_box(self) -> QRectF:
        """Where the slide's text goes, in canvas pixels."""
        size = self.canvas_size()
        left, top = size.width() * MARGIN_X, size.height() * MARGIN_TOP
        return QRectF(left, top, size.width() - 2 * left, size.height() * (1 - MARGIN_TOP - MARGIN_BOTTOM))

    def fitted(self) -> FittedSlide | None:
        """The current slide laid out for the canvas (cached until the slide, size or colours change)."""
        if self.slide is None:
            return None
        colors = self.colors()
        box = self.content_box()
        key = (self.slide, box.width(), box.height(), colors)
        if key != self._fitted_key:
            self._fitted = fit_slide(
                self.slide, QSizeF(box.width(), box.height()), colors, float(self.canvas_size().height())
            )
            self._fitted_key = key
        return self._fitted

    def sizeHint(self) -> QSize:
        """A 16:9 preview size."""
        return QSize(640, 360)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the slide to fit the view (black when blank), or a framed preview at the presentation screen's
        proportions.
        """
        painter = QPainter(self)
        colors = self.colors()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        canvas = self.canvas_size()
        if self.reference_size is not None and canvas.width() and canvas.height():
            # A preview: the slide as a framed picture, scaled down from the presentation screen's size.
            painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Window))
            scale = min(self.width() / canvas.width(), self.height() / canvas.height())
            painter.translate(
                (self.width() - canvas.width() * scale) / 2, (self.height() - canvas.height() * scale) / 2
            )
            painter.scale(scale, scale)
            frame = QRectF(0, 0, canvas.width(), canvas.height())
            painter.fillRect(frame, QColor(colors.background).darker(104))
            painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
            painter.drawRect(frame)
        else:
            painter.fillRect(self.rect(), QColor("#000000") if self.is_blank else QColor(colors.background))
        fitted = None if self.is_blank else self.fitted()
        if fitted is None:
            painter.end()
            return
        paint_slide(painter, fitted, self.content_box(), colors)
        painter.end()
