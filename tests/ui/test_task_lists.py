"""Task lists ("- [ ] to do") show as boxes in the reader, not as a literal "[ ]"."""

from __future__ import annotations

from PySide6.QtGui import QTextBlockFormat, QTextDocument

from ipt_desktop.core.content.rendering import render_markdown

MARKDOWN = "Before the call:\n\n- [ ] Ask the users\n- [x] Read the market study\n- A plain point\n\n```\n- [ ] code stays\n```\n"


def test_task_items_are_drawn_as_boxes_and_code_is_left_alone(qtbot):
    document = QTextDocument()
    document.setHtml(render_markdown(MARKDOWN).html)
    markers = {}
    block = document.begin()
    while block.isValid():
        markers[block.text()] = block.blockFormat().marker()
        block = block.next()
    assert markers["Ask the users"] == QTextBlockFormat.MarkerType.Unchecked
    assert markers["Read the market study"] == QTextBlockFormat.MarkerType.Checked
    assert markers["A plain point"] == QTextBlockFormat.MarkerType.NoMarker
    assert "[ ]" not in document.toPlainText().replace("- [ ] code stays", "")
    assert "- [ ] code stays" in document.toPlainText()
