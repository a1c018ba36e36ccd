"""A very large document opens without freezing the window: cut into slices on the worker, shown slice by
slice, with a busy bar at once and progress after."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QTimer, QUrl

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


def _rss_mb() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        return next(int(line.split()[1]) // 1024 for line in status if line.startswith("VmRSS"))


def test_a_five_megabyte_document_opens_without_freezing(qtbot, make_window):
    window, workers = make_window()
    doc = _big_document(5_000_000)
    with qtbot.waitSignal(
        workers[1].submit(lambda library: library.import_markdown([doc])).finished, timeout=60000
    ):
        pass
    reader = window.reader
    before = _rss_mb()
    gaps, progress = [], []
    reader.loader.progressed.connect(progress.append)
    clock = QElapsedTimer()
    clock.start()
    beat = QTimer(interval=10)
    beat.timeout.connect(lambda: gaps.append(clock.restart()))
    beat.start()
    window.open_document("guide-very-long")
    qtbot.waitUntil(reader.progress.isVisible, timeout=5000)  # something shows at once
    with qtbot.waitSignal(reader.loader.finished, timeout=120000):
        pass
    beat.stop()
    text = reader.view.toPlainText()
    assert text.startswith("Guide") and "A very long guide" in text[:500]
    # The first 1.5 MB are shown (memory stays bounded), then a link offers the rest.
    assert 1000 < text.count("Part ") < 3000
    assert text.rstrip().endswith("This document is very long; its first part is shown. Show the rest")
    assert progress[-1] == 100 and progress == sorted(progress) and len(progress) > 20
    assert not reader.progress.isVisible()
    assert _rss_mb() - before < 200
    gaps.sort()
    # The GUI thread answers throughout: 95% of beats within 60 ms, none later than a quarter of a second
    # (the first paint of the document and its outline of 7,800 headings is the longest step).
    assert gaps[int(len(gaps) * 0.95)] < 60 and gaps[-1] < 250, gaps[-10:]
    with qtbot.waitSignal(reader.loader.finished, timeout=120000):
        reader.view.anchorClicked.emit(QUrl("ipt://more"))
    text = reader.view.toPlainText()
    assert text.count("Part ") >= 7000 and text.rstrip().endswith("another point")  # every slice arrived
    assert "Show the rest" not in text
    # Search keeps answering while and after the page loads.
    with qtbot.waitSignal(window.results_shown, timeout=20000):
        window.search.field.setText("research")
        window.search.search_now()
