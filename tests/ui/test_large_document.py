"""A very large document opens without freezing the window: it is parsed on the worker."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QTimer

from ipt_desktop.core.content.documents import parse_document

PARAGRAPH = "A buyer asks the market for a solution that does not exist yet, and pays for research. " * 6


def _big_document(size: int):
    sections = "\n\n".join(
        f"## Part {n}\n\n{PARAGRAPH}\n\n- one point\n- another point" for n in range(size // 640)
    )
    text = (
        f"---\nid: guide-very-long\ntitle: A very long guide\ntype: guide\nsummary: Long.\nlanguage: en\n"
        f"project: BUILD\nlicense: CC-BY-4.0\nupdated: 2026-11-01\n---\n\n{sections}\n"
    )
    return parse_document(text, "long.md")


def test_a_large_document_opens_without_freezing(qtbot, make_window):
    window, workers = make_window()
    doc = _big_document(700_000)
    with qtbot.waitSignal(
        workers[1].submit(lambda library: library.import_markdown([doc])).finished, timeout=60000
    ):
        pass
    gaps = []
    clock = QElapsedTimer()
    clock.start()
    beat = QTimer(interval=10)
    beat.timeout.connect(lambda: gaps.append(clock.restart()))
    beat.start()
    with qtbot.waitSignal(window.document_shown, timeout=120000):
        window.open_document("guide-very-long")
    beat.stop()
    assert "A very long guide" in window.reader.view.toPlainText()[:500]
    assert window.reader.view.document().parent() is window.reader.view
    assert gaps and max(gaps) < 500, f"the GUI thread stalled for {max(gaps)} ms"
