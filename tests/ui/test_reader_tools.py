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


def test_dated_facts_show_and_a_stale_document_offers_sync(qtbot, make_window, tmp_path):
    folder = tmp_path / "Dated"
    folder.mkdir()
    (folder / "old-thresholds.md").write_text(
        "---\nreviewed: 2024-05-02\nvalid_until: 2025-12-31\n---\n# Old thresholds\n\nThe figures of 2024.\n",
        encoding="utf-8",
    )
    (folder / "current.md").write_text(
        "---\nreviewed: 2026-11-02\nvalid_until: 2099-12-31\n---\n# Current\n\nStill true.\n",
        encoding="utf-8",
    )
    window, _ = make_window()
    with qtbot.waitSignal(window.library_changed, timeout=20000):
        window.tasks.import_path(str(folder))
    import re

    def dated_line(text: str, prefix: str) -> str:
        return next(line for line in text.splitlines() if line.startswith(prefix))

    _open(qtbot, window, "current")
    text = window.reader.view.toPlainText()
    # The date as the interface locale writes it ("2 November 2026" or "November 2, 2026"), no weekday.
    checked = dated_line(text, "Facts checked on ")
    assert (
        re.fullmatch(r"Facts checked on (2 November|November 2,) 2026", checked) and "out of date" not in text
    )
    _open(qtbot, window, "old-thresholds")
    text = window.reader.view.toPlainText()
    assert re.fullmatch(r"Facts checked on (2 May|May 2,) 2024", dated_line(text, "Facts checked on "))
    stale = dated_line(text, "This document may be out of date")
    assert re.fullmatch(
        r"This document may be out of date: its facts held until (31 December|December 31,) 2025\."
        r" Sync now to fetch newer content\.",
        stale,
    )
    assert "ipt://sync" in window.reader.view.toHtml()
    # The notice's link asks the window to sync (the sync itself is not started here: no network in tests).
    window.actions_.sync_now.triggered.disconnect(window.sync.sync_now)
    with qtbot.waitSignal(window.actions_.sync_now.triggered, timeout=5000):
        window.reader.view.anchorClicked.emit(QUrl("ipt://sync"))


def test_an_event_offers_add_to_calendar_in_its_view(qtbot, make_window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    window, _ = make_window()
    _open(qtbot, window, "event-2027-02-pcp-webinar")
    assert "Add to calendar" in window.reader.view.toPlainText()
    title = window.reader.current.document.title
    offered = []

    def save_as(parent, caption, name, filters):
        offered.append(name)
        return str(tmp_path / name), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    with qtbot.waitSignal(window.tasks.message, timeout=20000) as saved:
        window.reader.view.anchorClicked.emit(QUrl("ipt://calendar"))
    assert offered == [f"{title.replace(':', ' ').replace('  ', ' ')}.ics"]
    assert "Saved" in saved.args[0]
    data = (tmp_path / offered[0]).read_bytes()
    assert b"BEGIN:VEVENT" in data and b'TZID="UTC' not in data


def test_the_search_words_are_marked_in_the_opened_document_and_f3_steps_through_them(qtbot, make_window):
    from PySide6.QtCore import Qt

    window, _ = make_window()
    search = window.search
    with qtbot.waitSignal(window.results_shown, timeout=20000, check_params_cb=lambda n: n > 0):
        search.field.setText("design contest jury")
        search.search_now()
    row = next(r for r in range(search.model.rowCount()) if search.model.hit(r).id == "guide-design-contests")
    with qtbot.waitSignal(window.document_shown, timeout=20000):
        search.list.activated.emit(search.model.index(row))
    view = window.reader.view
    marks = view.extraSelections()
    assert len(marks) >= 5
    assert {m.cursor.selectedText().lower()[:4] for m in marks} >= {"desi", "cont", "jury"}
    # The reader moved to the first mark in the text, not in the title above it.
    body_start = window.reader.highlighter._body_start()
    assert body_start > 0 and view.textCursor().selectionStart() >= body_start
    start = view.textCursor().selectionStart()  # the answer passage (or the first mark)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_F3)
    first = view.textCursor().selectionStart()
    assert first > start or view.textCursor().selectedText().lower()[:4] in {"desi", "cont", "jury"}
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert view.textCursor().selectionStart() > first
    qtbot.keyClick(window, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert view.textCursor().selectionStart() == first
    # Opened from a personal view (no search), nothing is marked.
    with qtbot.waitSignal(window.results_shown, timeout=20000):
        window.show_view("history")
    with qtbot.waitSignal(window.document_shown, timeout=20000):
        search.list.activated.emit(search.model.index(0))
    assert view.extraSelections() == []
