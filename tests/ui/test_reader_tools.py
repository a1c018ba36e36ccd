"""Reader tools: find in page with a match count, copy citation, glossary terms that open on click."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication


def _open(qtbot, window, doc_id: str) -> None:
    with qtbot.waitSignal(window.document_shown, timeout=20000, check_params_cb=lambda d: d == doc_id):
        window.open_document(doc_id)


def test_find_in_page_counts_and_moves(qtbot, make_window):
    window, _ = make_window()
    _open(qtbot, window, "guide-pre-commercial-procurement")
    window.actions_.find.trigger()
    assert window.reader.find_bar.isVisible()
    qtbot.keyClicks(window.reader.find_bar.field, "R&D")
    text = window.reader.view.toPlainText()
    assert window.reader.find_bar.match_count == text.lower().count("r&d") > 1
    assert "match" in window.reader.find_bar.count_label.text()
    first = window.reader.view.textCursor().selectionStart()
    window.reader.find_bar.find_next()
    assert window.reader.view.textCursor().selectionStart() > first


def test_copy_citation(qtbot, make_window):
    window, _ = make_window()
    _open(qtbot, window, "story-schiphol-light-as-a-service")
    window.actions_.copy_citation.trigger()
    text = QGuiApplication.clipboard().text()
    assert (
        text.startswith("“") and "PROCEDIN" in text and "Licence: CC-BY-4.0" in text and "IPT Desktop" in text
    )


def test_glossary_terms_are_linked_with_tips(qtbot, make_window):
    window, _ = make_window()
    _open(qtbot, window, "guide-pre-commercial-procurement")
    current = window.reader.current
    assert current.term_tips
    term = next(iter(current.term_tips))
    assert f'class="term" href="ipt://doc/{term}"' in current.annotated_html
    # The tips show on hover: QTextBrowser's viewport reports mouse moves without a button pressed.
    assert window.reader.view.viewport().hasMouseTracking()
    with qtbot.waitSignal(window.document_shown, timeout=20000, check_params_cb=lambda d: d == term):
        window.reader.view.anchorClicked.emit(QUrl(f"ipt://doc/{term}"))


def test_suggestion_is_offered_and_clickable(qtbot, make_window):
    window, _ = make_window()
    window.search.field.setText("procurment")
    qtbot.waitUntil(lambda: window.search.suggestion.isVisible(), timeout=20000)
    assert "procurement" in window.search.suggestion.text()
    window.search.suggestion.click()
    assert window.search.field.text() == "procurement"
