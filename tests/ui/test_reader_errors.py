"""Failures in the reader are shown, never swallowed: a note that could not be saved keeps its text and is
tried again, a bookmark that was not stored does not look stored, and a document that fails to open says why
and offers to try again (only a removed document reads as removed)."""

from __future__ import annotations

from PySide6.QtCore import QUrl

from ipt_desktop.core.errors import StorageError
from ipt_desktop.ui import library_calls as calls

TIMEOUT = 20000
DOC = "guide-pre-commercial-procurement"


def _open(qtbot, window, doc_id: str = DOC) -> None:
    with qtbot.waitSignal(window.document_shown, timeout=TIMEOUT, check_params_cb=lambda d: d == doc_id):
        window.open_document(doc_id)


def _failing_once(monkeypatch, name: str, message: str):
    """Make the worker's call ``name`` fail with a full disk the first time only."""
    real = getattr(calls, name)
    calls_made = []

    def flaky(*args, **kwargs):
        calls_made.append(args)
        if len(calls_made) == 1:
            raise StorageError(message)
        return real(*args, **kwargs)

    monkeypatch.setattr(calls, name, flaky)
    return calls_made


def test_a_note_that_could_not_be_saved_keeps_its_text_and_is_saved_on_retry(qtbot, make_window, monkeypatch):
    window, _ = make_window()
    _open(qtbot, window)
    reader = window.reader
    reader.notes.retry_timer.setInterval(200)
    attempts = _failing_once(monkeypatch, "save_note", "user.db: the disk is full")
    with qtbot.waitSignal(reader.error_shown, timeout=TIMEOUT) as failed:
        reader.note.setPlainText("Ask the legal team about Article 14.")
        reader.save_note()
    assert failed.args[0] == "Not saved: user.db: the disk is full. Trying again…"
    assert reader.note.toPlainText() == "Ask the legal team about Article 14."
    assert reader.note_state.text().startswith("Not saved")
    with qtbot.waitSignal(reader.note_saved, timeout=TIMEOUT):
        pass  # the retry timer stores it
    assert len(attempts) == 2 and reader.note_state.text() == "Saved"
    with qtbot.waitSignal(window.document_shown, timeout=TIMEOUT):
        reader.open("guide-ppi")
    _open(qtbot, window)
    assert reader.note.toPlainText() == "Ask the legal team about Article 14."


def test_an_unsaved_note_survives_moving_to_another_document(qtbot, make_window, monkeypatch):
    window, _ = make_window()
    _open(qtbot, window)
    reader = window.reader
    reader.notes.retry_timer.setInterval(60000)  # no retry during this test
    _failing_once(monkeypatch, "save_note", "user.db: the disk is full")
    reader.note.setPlainText("Draft that must not be lost")
    with qtbot.waitSignal(reader.error_shown, timeout=TIMEOUT):
        _open(qtbot, window, "guide-ppi")  # opening saves the note first; the save fails
    _open(qtbot, window)
    assert reader.note.toPlainText() == "Draft that must not be lost"
    assert reader.note_state.text() == "Not saved yet. Trying again…"


def test_a_bookmark_that_was_not_stored_does_not_look_stored(qtbot, make_window, monkeypatch):
    window, _ = make_window()
    _open(qtbot, window)
    _failing_once(monkeypatch, "set_bookmark", "user.db: the disk is full")
    with qtbot.waitSignal(window.reader.error_shown, timeout=TIMEOUT) as failed:
        window.actions_.bookmark.trigger()
    assert failed.args[0] == "Bookmark not saved: user.db: the disk is full"
    assert not window.reader.current.is_bookmarked and not window.actions_.bookmark.isChecked()
    assert window.statusBar().currentMessage() == failed.args[0]


def test_a_document_that_fails_to_open_says_why_and_can_be_tried_again(qtbot, make_window, monkeypatch):
    window, _ = make_window()
    _failing_once(monkeypatch, "open_document", "content.db: database disk image is malformed")
    with qtbot.waitSignal(window.reader.document_missing, timeout=TIMEOUT):
        window.open_document(DOC)
    text = window.reader.view.toPlainText()
    assert "This document could not be opened" in text and "removed" not in text
    assert "database disk image is malformed" in text and "Try again" in text
    with qtbot.waitSignal(window.document_shown, timeout=TIMEOUT, check_params_cb=lambda d: d == DOC):
        window.reader.view.anchorClicked.emit(QUrl("ipt://retry"))


def test_a_removed_document_still_reads_as_removed(qtbot, make_window):
    window, _ = make_window()
    with qtbot.waitSignal(window.reader.document_missing, timeout=TIMEOUT):
        window.open_document("story-that-never-was")
    text = window.reader.view.toPlainText()
    assert "This document was removed" in text and "Try again" not in text
