"""On a wide window the reader keeps lines to a readable length, the text centred; a narrow one uses its
whole width."""

from __future__ import annotations

from PySide6.QtGui import QFontMetricsF

from ipt_desktop.ui.reader_panel import READING_MEASURE
from ipt_desktop.ui.reader_view import ReaderView

TEXT = (
    "<p>"
    + "Innovation procurement lets public buyers ask the market for what does not exist yet. " * 40
    + "</p>"
)


def _longest_line(view: ReaderView) -> float:
    layout = view.document().firstBlock().layout()
    return max(layout.lineAt(i).naturalTextWidth() for i in range(layout.lineCount()))


def test_lines_stay_readable_on_a_wide_view_and_use_a_narrow_one_whole(qtbot):
    view = ReaderView()
    qtbot.addWidget(view)
    view.set_measure(READING_MEASURE)
    view.setHtml(TEXT)
    view.resize(1800, 600)
    view.show()
    qtbot.waitExposed(view)
    limit = QFontMetricsF(view.document().defaultFont()).averageCharWidth() * READING_MEASURE
    assert view.document().rootFrame().frameFormat().leftMargin() > 100
    assert _longest_line(view) <= limit * 1.05  # about the measure (the scroll bar may or may not show)
    view.resize(500, 600)
    qtbot.waitUntil(lambda: view.document().rootFrame().frameFormat().leftMargin() == 0)
    assert _longest_line(view) > 500 - 80  # the narrow view's own width, no margins
    view.setHtml(TEXT)  # new text keeps the measure
    view.resize(1800, 600)
    qtbot.waitUntil(lambda: view.document().rootFrame().frameFormat().leftMargin() > 100)
