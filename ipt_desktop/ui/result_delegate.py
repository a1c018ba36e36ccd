"""Paints a search hit: title, a type badge and the highlighted snippet (rich text with <b>)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QFont, QFontMetrics, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ipt_desktop.ui.result_model import SnippetRole, TextLanguageRole, TypeRole

PADDING = 8
SNIPPET_LINES = 2


class ResultDelegate(QStyledItemDelegate):
    """Two-part row: title line with badge, then up to two lines of snippet."""

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        title = QFont(option.font)
        title.setBold(True)
        badge = QFont(option.font)
        badge.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.8))
        return title, badge

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        """Room for the title line and SNIPPET_LINES lines of snippet."""
        line = QFontMetrics(option.font).lineSpacing()
        return QSize(320, PADDING * 2 + line * (1 + SNIPPET_LINES) + 6)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        painter.save()
        style = option.widget.style() if option.widget else None
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if style:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        palette = option.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = option.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        title_font, badge_font = self._fonts(option)

        badge = str(index.data(TypeRole) or "")
        badge_metrics = QFontMetrics(badge_font)
        badge_width = badge_metrics.horizontalAdvance(badge) + 12
        title_metrics = QFontMetrics(title_font)
        badge_rect = QRectF(
            rect.right() - badge_width, rect.top() + 1, badge_width, badge_metrics.height() + 2
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(QPalette.ColorRole.Mid if not selected else QPalette.ColorRole.Base))
        painter.drawRoundedRect(badge_rect, 4, 4)
        painter.setPen(palette.color(QPalette.ColorRole.Text if selected else QPalette.ColorRole.BrightText))
        painter.setFont(badge_font)
        painter.drawText(badge_rect, Qt.AlignmentFlag.AlignCenter, badge)

        # A translated title: a second badge names the language the full text is in ("EN").
        text_language = str(index.data(TextLanguageRole) or "")
        if text_language:
            language_width = badge_metrics.horizontalAdvance(text_language) + 12
            language_rect = QRectF(
                badge_rect.left() - language_width - 4, badge_rect.top(), language_width, badge_rect.height()
            )
            painter.setPen(palette.color(QPalette.ColorRole.Mid))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(language_rect, 4, 4)
            painter.setPen(palette.color(text_role))
            painter.drawText(language_rect, Qt.AlignmentFlag.AlignCenter, text_language)
            badge_width += language_width + 4

        painter.setPen(palette.color(text_role))
        painter.setFont(title_font)
        title_width = rect.width() - badge_width - 8
        title = title_metrics.elidedText(str(index.data() or ""), Qt.TextElideMode.ElideRight, title_width)
        painter.drawText(rect.left(), rect.top() + title_metrics.ascent(), title)

        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(0)
        doc.setTextWidth(rect.width())
        doc.setHtml(str(index.data(SnippetRole) or ""))
        top = rect.top() + title_metrics.lineSpacing() + 4
        clip = QRectF(0, 0, rect.width(), QFontMetrics(option.font).lineSpacing() * SNIPPET_LINES)
        painter.translate(rect.left(), top)
        painter.setClipRect(clip)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, palette.color(text_role))
        context.clip = clip
        doc.documentLayout().draw(painter, context)
        painter.restore()
