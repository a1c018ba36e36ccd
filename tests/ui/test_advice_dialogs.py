"""Tools › Choose a procedure and Tools › Threshold check, driven as a user would, over the bundled library.

Every core call runs on CoreWorkers; the tests wait on the dialogs' signals, never on time.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication

from ipt_desktop.core.advice import thresholds as thresholds_module
from ipt_desktop.core.library import Library
from ipt_desktop.ui.core_worker import CoreWorker
from ipt_desktop.ui.procedure_dialog import WORK_IT_OUT, ProcedureDialog
from ipt_desktop.ui.threshold_dialog import ThresholdDialog

TIMEOUT = 30000
RD_PATH = [
    ("several-buyers", "no"),
    ("kind", "services"),
    ("design-contest-fit", "no"),
    ("solution-on-market", "no"),
    ("rd-needed", "yes"),
    ("rd-and-purchase", "no"),
    ("rd-benefits-shared", "yes"),
    ("rd-competing-suppliers", "yes"),
]


@pytest.fixture(autouse=True)
def _in_force(monkeypatch):
    monkeypatch.setattr(thresholds_module, "today", lambda: dt.date(2026, 11, 29))


@pytest.fixture
def workers(tmp_path: Path, bundled_seed: Path):
    def open_library() -> Library:
        library = Library(tmp_path / "data", seed_dir=bundled_seed)
        library.ensure_ready()
        return library

    reader, writer = CoreWorker(open_library, "advice-reader"), CoreWorker(open_library, "advice-writer")
    yield reader, writer
    reader.stop()
    writer.stop()


@pytest.fixture
def chooser(qtbot, workers):
    reader, writer = workers
    dialog = ProcedureDialog(reader, writer)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.question_shown, timeout=TIMEOUT) as shown:
        dialog.show()
    assert shown.args == ["several-buyers"]
    return dialog


def _answer(qtbot, dialog: ProcedureDialog, value: str, expect_result: bool = False) -> None:
    dialog.choose(value)
    assert dialog.next_button.isEnabled()
    signal = dialog.result_shown if expect_result else dialog.question_shown
    with qtbot.waitSignal(signal, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)


def test_threshold_dialog_shows_below_and_by_how_much(qtbot, workers):
    reader, _writer = workers
    dialog = ThresholdDialog(reader)
    qtbot.addWidget(dialog)
    form = dialog.form
    with qtbot.waitSignal(form.choices_loaded, timeout=TIMEOUT):
        dialog.show()
    with qtbot.waitSignal(form.answered, timeout=TIMEOUT) as answered:
        form.set_values("", "EUR", "sub-central", "services")
        qtbot.keyClicks(form.value_edit, "180000")
    result = answered.args[0]
    assert result.above is False and result.difference == -36000
    shown = form.answer.toPlainText()
    assert "Below the EU threshold by EUR 36,000." in shown
    assert "EUR 216,000" in shown and "2025/2152" in shown and "national procurement rules" in shown


def test_threshold_dialog_answers_live_and_explains_bad_input(qtbot, workers):
    reader, _writer = workers
    dialog = ThresholdDialog(reader)
    qtbot.addWidget(dialog)
    form = dialog.form
    with qtbot.waitSignal(form.choices_loaded, timeout=TIMEOUT):
        dialog.show()
    with qtbot.waitSignal(form.answered, timeout=TIMEOUT) as answered:
        form.set_values("5404000", "EUR", "central", "works")
    assert answered.args[0].above and "At the EU threshold" in form.answer.toPlainText()
    with qtbot.waitSignal(form.rejected_input, timeout=TIMEOUT) as rejected:
        form.set_values("-3", "EUR", "central", "works")
    assert "negative" in rejected.args[0] and "negative" in form.answer.toPlainText()
    with qtbot.waitSignal(form.rejected_input, timeout=TIMEOUT) as rejected:
        form.set_values("1000", "HUF", "central", "works")
    assert "currency HUF has no equivalent" in rejected.args[0]


def test_the_rd_path_reaches_pre_commercial_procurement(qtbot, chooser):
    for qid, value in RD_PATH[:-1]:
        assert chooser._question.id == qid
        _answer(qtbot, chooser, value)
    _answer(qtbot, chooser, RD_PATH[-1][1], expect_result=True)
    rec = chooser.result
    assert rec.outcome.id == "pcp"
    shown = chooser.result_view.toPlainText()
    assert "Recommended procedure: Pre-commercial procurement (PCP)" in shown
    assert "Directive 2014/24/EU, Article 14" in shown and "COM(2007) 799" in shown
    assert rec.reasons[0] in shown and "State aid" in shown
    assert "Pre-commercial procurement" in shown and "guide-pre-commercial-procurement" not in shown  # titles


def test_result_links_open_documents(qtbot, chooser):
    for _qid, value in RD_PATH[:-1]:
        _answer(qtbot, chooser, value)
    _answer(qtbot, chooser, RD_PATH[-1][1], expect_result=True)
    assert "ipt://doc/guide-pre-commercial-procurement" in chooser.result_view.toHtml()
    with qtbot.waitSignal(chooser.open_document, timeout=TIMEOUT) as opened:
        chooser.result_view.anchorClicked.emit(QUrl("ipt://doc/guide-pre-commercial-procurement"))
    assert opened.args == ["guide-pre-commercial-procurement"]


def test_copy_save_to_notes_and_export_pdf(qtbot, chooser, workers, tmp_path):
    for _qid, value in RD_PATH[:-1]:
        _answer(qtbot, chooser, value)
    _answer(qtbot, chooser, RD_PATH[-1][1], expect_result=True)
    qtbot.mouseClick(chooser.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text().startswith("Recommended: Pre-commercial procurement (PCP)")

    _reader, writer = workers
    with (
        qtbot.waitSignal(writer.library_changed, timeout=TIMEOUT) as changed,
        qtbot.waitSignal(chooser.note_saved, timeout=TIMEOUT) as saved,
    ):
        qtbot.mouseClick(chooser.note_button, Qt.MouseButton.LeftButton)
    assert saved.args == ["guide-pre-commercial-procurement"]
    assert changed.args[0].touches("notes")
    assert "Saved to your note" in chooser.result_status.text()
    note = writer.submit(lambda library: library.note("guide-pre-commercial-procurement"))
    with qtbot.waitSignal(note.finished, timeout=TIMEOUT) as got:
        pass
    assert got.args[0].startswith("Recommended: Pre-commercial procurement (PCP)")

    out = tmp_path / "advice.pdf"
    with qtbot.waitSignal(chooser.pdf_saved, timeout=TIMEOUT):
        chooser.export_pdf(out)
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and b"/Count 1" in data  # one page


def test_back_keeps_the_answers_and_the_threshold_can_be_worked_out(qtbot, chooser):
    _answer(qtbot, chooser, "no")
    _answer(qtbot, chooser, "services")
    with qtbot.waitSignal(chooser.question_shown, timeout=TIMEOUT) as shown:
        qtbot.mouseClick(chooser.back_button, Qt.MouseButton.LeftButton)
    assert shown.args == ["kind"] and chooser.choices.checkedButton().property("answer") == "services"
    _answer(qtbot, chooser, "services")
    _answer(qtbot, chooser, "no")
    _answer(qtbot, chooser, "yes")
    assert chooser._question.id == "above-threshold" and chooser.threshold_form.isVisible()
    form = chooser.threshold_form
    with qtbot.waitSignal(form.answered, timeout=TIMEOUT):
        form.set_values("180000", "EUR", "sub-central")
        chooser.choose(WORK_IT_OUT)
    assert form.last.threshold.key == "public-sub-central-supplies-services"  # the kind came from "services"
    with qtbot.waitSignal(chooser.result_shown, timeout=TIMEOUT) as result:
        qtbot.mouseClick(chooser.next_button, Qt.MouseButton.LeftButton)
    assert result.args[0].outcome.id == "below-threshold-national"
    assert "BELOW the EU threshold by EUR 36,000" in chooser.result_view.toPlainText()


def test_tools_menu_opens_both_dialogs(qtbot, make_window):
    window, _workers = make_window()
    tools = [a.text() for a in window.menuBar().actions()]
    assert "&Tools" in tools
    dialog = window.show_procedure_chooser()
    with qtbot.waitSignal(dialog.question_shown, timeout=TIMEOUT):
        pass
    assert window.show_procedure_chooser() is dialog
    opened = []
    window.reader.open = lambda doc_id, **_kw: opened.append(doc_id)
    dialog.open_document.emit("glossary-pcp")
    assert opened == ["glossary-pcp"]
    threshold = window.show_threshold_check()
    assert threshold.isVisible() and window.actions_.threshold_check.text() == "&Threshold check…"
