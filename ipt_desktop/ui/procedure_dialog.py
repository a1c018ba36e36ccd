"""Tools › Choose a procedure: a guided dialog, one question per page, ending in a recommendation.

The tree comes from ``Library.decision_aids`` on the reader worker, and every step is walked there too, so
the dialog only shows what the core answered. The threshold question can be worked out from an estimated
value with the same form as Tools › Threshold check. The result page lists the recommendation, reasons,
articles, risks and links that open the documents in the reader; Copy puts the advice on the clipboard, Save
to notes adds it to the user's note on the outcome's main guide (on the writer worker, so My notes updates),
and Export PDF writes it on one page.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ipt_desktop.core.advice.chooser import Recommendation, Walk, describe
from ipt_desktop.core.advice.chooser_tree import Question
from ipt_desktop.core.content.documents import DOC_LINK_PREFIX
from ipt_desktop.ui.advice_calls import append_note, load_tree, recommendation_html, walk_answers, write_pdf
from ipt_desktop.ui.core_worker import CoreWorker
from ipt_desktop.ui.screen_fit import fitting_size
from ipt_desktop.ui.threshold_dialog import ThresholdForm

if TYPE_CHECKING:
    from ipt_desktop.core.advice.chooser_tree import ProcedureTree

WORK_IT_OUT = "__value__"  # the threshold page's third choice: answer from the estimated value


class ProcedureDialog(QDialog):
    """Guided questions with Back and Next, then the recommended procedure.

    Signals:
        tree_loaded: the decision tree arrived (ProcedureTree).
        question_shown: a question page is showing (its id).
        result_shown: the result page is showing (Recommendation).
        open_document: a link on the result page was clicked (document id).
        note_saved: the advice was added to the note on a document (document id).
        pdf_saved: the advice was written as PDF (path).
        error_shown: a core call failed or an answer was refused (the message).
    """

    tree_loaded = Signal(object)
    question_shown = Signal(str)
    result_shown = Signal(object)
    open_document = Signal(str)
    note_saved = Signal(str)
    pdf_saved = Signal(str)
    error_shown = Signal(str)

    def __init__(self, reader: CoreWorker, writer: CoreWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose a procedure"))
        self.resize(fitting_size(720, 620))
        self._reader, self._writer = reader, writer
        self.tree: ProcedureTree | None = None
        self.answers: dict[str, Any] = {}
        self._order: list[str] = []  # question ids answered, in order
        self._chosen: dict[str, str] = {}  # the choice last made on each page, restored on Back
        self._question: Question | None = None
        self.result: Recommendation | None = None
        self._titles: dict[str, str] = {}
        self._seq = 0

        self.step_label = QLabel()
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020")
        self.pages = QStackedWidget()
        self.question_page = QWidget()
        self.question_text = QLabel()
        self.question_text.setWordWrap(True)
        self.question_help = QLabel()
        self.question_help.setWordWrap(True)
        self.choices_box = QVBoxLayout()
        self.choices = QButtonGroup(self)
        self.choices.buttonToggled.connect(self._update_buttons)
        self.threshold_form = ThresholdForm(reader, self, show_kind=False)
        self.threshold_form.setVisible(False)
        self.threshold_form.answered.connect(self._update_buttons)
        self.threshold_form.rejected_input.connect(self._update_buttons)
        self.threshold_form.value_edit.textEdited.connect(lambda _text: self._pick_work_it_out())
        q_layout = QVBoxLayout(self.question_page)
        q_layout.addWidget(self.question_text)
        q_layout.addWidget(self.question_help)
        q_layout.addLayout(self.choices_box)
        q_layout.addWidget(self.threshold_form, 3)
        q_layout.addStretch(1)
        self._question_layout = q_layout

        self.result_page = QWidget()
        self.result_view = QTextBrowser()
        self.result_view.setOpenLinks(False)
        self.result_view.anchorClicked.connect(self._on_link)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.note_button = QPushButton(self.tr("Save to notes"))
        self.pdf_button = QPushButton(self.tr("Export PDF…"))
        self.copy_button.clicked.connect(self.copy_result)
        self.note_button.clicked.connect(self.save_to_notes)
        self.pdf_button.clicked.connect(self._ask_pdf_path)
        self.result_status = QLabel()
        self.result_status.setWordWrap(True)
        actions = QHBoxLayout()
        for button in (self.copy_button, self.note_button, self.pdf_button):
            actions.addWidget(button)
        actions.addStretch(1)
        r_layout = QVBoxLayout(self.result_page)
        r_layout.addWidget(self.result_view, 1)
        r_layout.addLayout(actions)
        r_layout.addWidget(self.result_status)
        self.pages.addWidget(self.question_page)
        self.pages.addWidget(self.result_page)

        self.back_button = QPushButton(self.tr("< Back"))
        self.next_button = QPushButton(self.tr("Next >"))
        self.next_button.setDefault(True)
        self.restart_button = QPushButton(self.tr("Start again"))
        close_button = QPushButton(self.tr("Close"))
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.restart_button.clicked.connect(self.restart)
        close_button.clicked.connect(self.reject)
        nav = QHBoxLayout()
        nav.addWidget(self.restart_button)
        nav.addStretch(1)
        for button in (self.back_button, self.next_button, close_button):
            nav.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.step_label)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(nav)
        for button in (self.back_button, self.next_button, self.restart_button):
            button.setEnabled(False)
        self.step_label.setText(self.tr("Loading the questions…"))
        task = reader.submit(load_tree, name="procedure tree")
        task.finished.connect(self._on_tree)
        task.failed.connect(lambda exc: self._error(str(exc)))

    # -- navigation ---------------------------------------------------------------------------------------

    def _on_tree(self, tree: ProcedureTree) -> None:
        self.tree = tree
        self.tree_loaded.emit(tree)
        self._walk()

    def _walk(self) -> None:
        self._seq += 1
        for button in (self.back_button, self.next_button):
            button.setEnabled(False)
        task = self._reader.submit(walk_answers, dict(self.answers), name="procedure step")
        seq = self._seq
        task.finished.connect(lambda reply: self._on_walk(seq, reply))
        task.failed.connect(lambda exc: self._error(str(exc)))

    def _on_walk(self, seq: int, reply: tuple[Walk | None, dict[str, str], str]) -> None:
        if seq != self._seq:
            return
        state, titles, error = reply
        if state is None:
            # The last answer was refused (a value the core cannot check): take it back and say why.
            if self._order:
                self.answers.pop(self._order.pop(), None)
            self._error(error)
            self._walk()
            return
        self.restart_button.setEnabled(bool(self._order))
        if state.result is not None:
            self._show_result(state.result, titles)
        else:
            self._show_question(state.pending)

    def go_next(self) -> None:
        """Record the choice on the current page and walk on."""
        question = self._question
        if question is None or self.pages.currentWidget() is not self.question_page:
            return
        button = self.choices.checkedButton()
        if button is None:
            return
        value = button.property("answer")
        self.error_label.clear()
        self._chosen[question.id] = value
        if value == WORK_IT_OUT:
            inputs = self.threshold_form.inputs()
            if inputs is None:
                return
            inputs["kind"] = inputs.get("kind") or self.answers.get("kind")
            self.answers[question.id] = {k: v for k, v in inputs.items() if v is not None}
        else:
            self.answers[question.id] = value
        self._order.append(question.id)
        self._walk()

    def go_back(self) -> None:
        """Return to the previous question, with its answer still chosen."""
        if not self._order:
            return
        self.error_label.clear()
        self.answers.pop(self._order.pop(), None)
        self._walk()

    def restart(self) -> None:
        """Forget every answer and start from the first question."""
        self.answers.clear()
        self._order.clear()
        self._chosen.clear()
        self.error_label.clear()
        self._walk()

    def _pick_work_it_out(self) -> None:
        for button in self.choices.buttons():
            if button.property("answer") == WORK_IT_OUT:
                button.setChecked(True)

    def choose(self, value: str) -> None:
        """Tick the answer ``value`` on the current page (keyboard users and tests)."""
        for button in self.choices.buttons():
            if button.property("answer") == value:
                button.setChecked(True)
                return
        raise KeyError(value)

    # -- pages --------------------------------------------------------------------------------------------

    def _show_question(self, question: Question) -> None:
        self._question = question
        self.result = None
        self.step_label.setText(self.tr("Question %1").replace("%1", str(len(self._order) + 1)))
        self.question_text.setText(f"<b>{html.escape(question.text)}</b>")
        self.question_help.setText(html.escape(question.help))
        self.question_help.setVisible(bool(question.help))
        for button in self.choices.buttons():
            self.choices.removeButton(button)
            self.choices_box.removeWidget(button)
            button.deleteLater()
        options = [(a.value, a.label) for a in question.answers]
        if question.threshold:
            options.append((WORK_IT_OUT, self.tr("Work it out from the estimated value")))
        for value, label in options:
            button = QRadioButton(label)
            button.setProperty("answer", value)
            self.choices.addButton(button)
            self.choices_box.addWidget(button)
        self.threshold_form.setVisible(question.threshold)
        self._question_layout.setStretch(self._question_layout.count() - 1, 0 if question.threshold else 1)
        if question.threshold and self.answers.get("kind"):
            self.threshold_form.set_kind(self.answers["kind"])
        previous = self._chosen.get(question.id)
        if previous is not None:
            self.choose(previous)
        self.pages.setCurrentWidget(self.question_page)
        self._update_buttons()
        self.question_shown.emit(question.id)

    def _update_buttons(self, *_args: object) -> None:
        on_question = self.pages.currentWidget() is self.question_page and self._question is not None
        button = self.choices.checkedButton()
        ready = button is not None
        if ready and button.property("answer") == WORK_IT_OUT:
            ready = self.threshold_form.last is not None
        self.next_button.setEnabled(on_question and ready)
        self.back_button.setEnabled(bool(self._order))

    def _show_result(self, rec: Recommendation, titles: dict[str, str]) -> None:
        self.result, self._titles, self._question = rec, titles, None
        self.step_label.setText(self.tr("Recommendation"))
        self.result_view.setHtml(self.result_html())
        self.result_status.clear()
        self.note_button.setEnabled(bool(rec.links))
        self.pages.setCurrentWidget(self.result_page)
        self.next_button.setEnabled(False)
        self.back_button.setEnabled(True)
        self.result_shown.emit(rec)

    def result_html(self, for_print: bool = False) -> str:
        """The result page as rich text; links become plain titles when printed."""
        return recommendation_html(self.result, self._titles, for_print) if self.result is not None else ""

    # -- result actions -------------------------------------------------------------------------------------

    def _on_link(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith(DOC_LINK_PREFIX):
            self.open_document.emit(text[len(DOC_LINK_PREFIX) :])

    def advice_text(self) -> str:
        """The recommendation as plain text (what Copy and Save to notes use)."""
        return describe(self.result) if self.result is not None else ""

    def copy_result(self) -> None:
        """Put the recommendation on the clipboard."""
        if self.result is not None:
            QGuiApplication.clipboard().setText(self.advice_text())
            self.result_status.setText(self.tr("Copied to the clipboard."))

    def save_to_notes(self) -> None:
        """Add the recommendation to your note on the outcome's main document."""
        if self.result is None or not self.result.links:
            return
        doc_id = self.result.links[0]
        task = self._writer.submit(append_note, doc_id, self.advice_text(), name="save advice note")
        task.finished.connect(lambda _changes: self._note_saved(doc_id))
        task.failed.connect(lambda exc: self._error(str(exc)))

    def _note_saved(self, doc_id: str) -> None:
        title = self._titles.get(doc_id, doc_id)
        self.result_status.setText(self.tr("Saved to your note on “%1” (My notes).").replace("%1", title))
        self.note_saved.emit(doc_id)

    def _ask_pdf_path(self) -> None:
        if self.result is None:
            return
        name = f"{self.result.outcome.id}.pdf"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the recommendation as PDF"), name, self.tr("PDF files (*.pdf)")
        )
        if path:
            self.export_pdf(Path(path))

    def export_pdf(self, path: Path) -> None:
        """Write the recommendation on one PDF page at ``path`` (on the writer worker)."""
        if self.result is None:
            return
        title = self.tr("Recommended procedure: %1").replace("%1", self.result.outcome.title)
        task = self._writer.submit(
            write_pdf, self.result_html(for_print=True), title, str(path), name="advice PDF"
        )
        task.finished.connect(self._pdf_written)
        task.failed.connect(lambda exc: self._error(str(exc)))

    def _pdf_written(self, path: str) -> None:
        self.result_status.setText(self.tr("Saved %1.").replace("%1", path))
        self.pdf_saved.emit(path)

    def _error(self, message: str) -> None:
        target = self.result_status if self.pages.currentWidget() is self.result_page else self.error_label
        target.setText(message)
        self.error_shown.emit(message)
