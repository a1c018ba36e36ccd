"""The reader's Note tab: a private note on the open document, saved as you type on the writer worker.

A note that cannot be stored keeps its text (in the field, and here when the user moves on to another
document), says so, and is tried again until it is stored. Its texts keep the reader panel's translation
context, where they were first written.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ipt_desktop.ui import library_calls as calls
from ipt_desktop.ui.core_worker import CoreWorker

NOTE_SAVE_DELAY_MS = 400
NOTE_RETRY_MS = 5000  # a note that could not be saved is tried again after this long (and on every edit)


class NoteEditor(QWidget):
    """The note field and its state line (Editing…, Saving…, Saved, or why it is not saved).

    Signals:
        note_saved: the note of a document was stored (document id).
        error_shown: storing a note failed (the message, for the status bar).
    """

    note_saved = Signal(str)
    error_shown = Signal(str)

    def __init__(self, worker: CoreWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(
            QCoreApplication.translate(
                "ReaderPanel", "Your private note on this document. It is saved as you type."
            )
        )
        self.note.setAccessibleName(QCoreApplication.translate("ReaderPanel", "Personal note"))
        self.note_state = QLabel()
        self.note_state.setAccessibleName(QCoreApplication.translate("ReaderPanel", "Note status"))
        self.note_state.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note, 1)
        layout.addWidget(self.note_state)
        self._doc: tuple[str, str] | None = None  # (id, title) of the document whose note is shown
        self._stored = ""  # its note as last loaded or saved
        self._timer = QTimer(self, singleShot=True, interval=NOTE_SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save)
        self.retry_timer = QTimer(self, singleShot=True, interval=NOTE_RETRY_MS)
        self.retry_timer.timeout.connect(self._retry)
        self._unsaved: dict[str, tuple[str, str]] = {}  # notes not stored yet: id → (title, text)
        self._loading = False
        self.note.textChanged.connect(self._edited)

    def show_note(self, doc_id: str, title: str, stored: str) -> None:
        """Show a document's note: the stored one, or the text that could not be saved yet."""
        self._doc, self._stored = (doc_id, title), stored
        unsaved = self._unsaved.get(doc_id)
        self._loading = True
        self.note.setPlainText(unsaved[1] if unsaved else stored)
        self._loading = False
        if unsaved:
            self.note_state.setText(QCoreApplication.translate("ReaderPanel", "Not saved yet. Trying again…"))
        else:
            self.note_state.setText(QCoreApplication.translate("ReaderPanel", "Saved") if stored else "")

    def _edited(self) -> None:
        if not self._loading and self._doc is not None:
            self.note_state.setText(QCoreApplication.translate("ReaderPanel", "Editing…"))
            self._timer.start()

    def save(self) -> None:
        """Store the note now if it changed since it was loaded or last saved."""
        self._timer.stop()
        text = self.note.toPlainText()
        if self._doc is None or text == self._stored:
            return
        self._stored = text
        self._submit(*self._doc, text)

    def _submit(self, doc_id: str, title: str, text: str) -> None:
        self.note_state.setText(QCoreApplication.translate("ReaderPanel", "Saving…"))
        task = self.worker.submit(calls.save_note, doc_id, title, text, name="note")
        task.finished.connect(lambda _r, d=doc_id, t=text: self._stored_ok(d, t))
        task.failed.connect(lambda error, d=doc_id, n=title, t=text: self._failed(d, n, t, error))

    def _showing(self, doc_id: str) -> bool:
        return self._doc is not None and self._doc[0] == doc_id

    def _stored_ok(self, doc_id: str, text: str) -> None:
        if self._unsaved.get(doc_id, (None, text))[1] == text:
            self._unsaved.pop(doc_id, None)
        if self._showing(doc_id):
            self.note_state.setText(QCoreApplication.translate("ReaderPanel", "Saved"))
        self.note_saved.emit(doc_id)

    def _failed(self, doc_id: str, title: str, text: str, error: Exception) -> None:
        """The note was not stored: its text is kept, shown as unsaved, and tried again until it is stored."""
        self._unsaved[doc_id] = (title, text)
        message = QCoreApplication.translate("ReaderPanel", "Not saved: %1. Trying again…").replace(
            "%1", str(error)
        )
        if self._showing(doc_id):
            self.note_state.setText(message)
        self.error_shown.emit(message)
        self.retry_timer.start()

    def _retry(self) -> None:
        """Try again to store every note that could not be saved."""
        for doc_id, (title, text) in list(self._unsaved.items()):
            self._submit(doc_id, title, text)
