"""Tools › Threshold check: value, currency, buyer and kind in, a live answer out.

Every change asks the reader worker (``Library.decision_aids``) and shows the newest answer only: each
request carries a sequence number and a late answer to an older one is dropped. The answer says above or
below, by how much, which threshold of which act, what follows, and when the data is out of date.
``ThresholdForm`` is the form alone; the procedure chooser embeds it on its threshold question.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ipt_desktop.core.advice.checker import money
from ipt_desktop.core.errors import IptError
from ipt_desktop.ui.core_worker import CoreWorker
from ipt_desktop.ui.screen_fit import fitting_size

if TYPE_CHECKING:
    from ipt_desktop.core.advice.thresholds import ThresholdCheck
    from ipt_desktop.core.library import Library


def buyer_label(name: str) -> str:
    """The shown name of a buyer key of thresholds.yaml."""
    labels = {
        "central": QCoreApplication.translate("Advice", "Central government authority"),
        "sub-central": QCoreApplication.translate(
            "Advice", "Sub-central contracting authority (regional, local, other public body)"
        ),
        "utility": QCoreApplication.translate(
            "Advice", "Utility (water, energy, transport, postal services)"
        ),
        "defence": QCoreApplication.translate("Advice", "Defence and security contract"),
    }
    return labels.get(name, name)


def kind_label(name: str) -> str:
    """The shown name of a kind key of thresholds.yaml."""
    labels = {
        "works": QCoreApplication.translate("Advice", "Works"),
        "supplies": QCoreApplication.translate("Advice", "Supplies"),
        "services": QCoreApplication.translate("Advice", "Services"),
        "social-services": QCoreApplication.translate("Advice", "Social and other specific services"),
        "concession": QCoreApplication.translate("Advice", "Concession (works or services)"),
    }
    return labels.get(name, name)


# Worker calls (reader thread).


def load_choices(library: Library) -> dict[str, Any]:
    """Buyers, kinds and currencies the thresholds file knows, with its newest period."""
    table = library.decision_aids().thresholds()
    newest = table.periods[-1]
    currencies = [c for c, info in table.currencies.items() if "replaced_by" not in info]
    return {
        "buyers": list(table.buyers),
        "kinds": list(table.kinds),
        "currencies": ["EUR", *sorted(c for c in currencies if c != "EUR")],
        "valid_from": newest.valid_from.isoformat(),
        "valid_until": newest.valid_until.isoformat(),
    }


def check(library: Library, seq: int, value: float, currency: str, buyer: str, kind: str):
    """(seq, ThresholdCheck) or (seq, the one-line error)."""
    try:
        return seq, library.decision_aids().check_threshold(value, currency, buyer, kind)
    except IptError as exc:
        return seq, str(exc)


def answer_html(result: ThresholdCheck) -> str:
    """The answer as rich text: the verdict first, then the threshold, its act, what follows and notes."""
    t = result.threshold
    gap = money(abs(result.difference), result.currency)
    if result.currency != "EUR" and result.difference_eur is not None:
        gap += f" ({money(abs(result.difference_eur), 'EUR')})"
    if result.above and result.difference == 0:
        verdict = QCoreApplication.translate(
            "Advice", "At the EU threshold: the directive applies (equal to or greater than)."
        )
    elif result.above:
        verdict = QCoreApplication.translate("Advice", "Above the EU threshold by %1.").replace("%1", gap)
    else:
        verdict = QCoreApplication.translate("Advice", "Below the EU threshold by %1.").replace("%1", gap)
    parts = []
    if result.stale == "expired":
        parts.append(f"<p style='color:#b00020'><b>{html.escape(result.notes[0])}</b></p>")
    parts.append(f"<p><b>{html.escape(verdict)}</b></p>")
    amount = money(result.threshold_in_currency, result.currency)
    if result.currency != "EUR":
        amount += f" ({money(t.amount_eur, 'EUR')})"
    parts.append(
        "<p>"
        + html.escape(
            QCoreApplication.translate("Advice", "Threshold: %1, %2, %3 %4.")
            .replace("%1", amount)
            .replace("%2", t.label)
        )
        .replace("%3", html.escape(t.directive))
        .replace("%4", html.escape(t.article))
        + "</p>"
    )
    parts.append(
        "<p>"
        + html.escape(QCoreApplication.translate("Advice", "Source: %1 (CELEX %2). Valid from %3 to %4."))
        .replace("%1", html.escape(t.act.title))
        .replace("%2", html.escape(t.act.celex))
        .replace("%3", result.period.valid_from.isoformat())
        .replace("%4", result.period.valid_until.isoformat())
        + "</p>"
    )
    if result.national_source is not None:
        parts.append(f"<p>{national_source_html(result)}</p>")
    items = "".join(f"<li>{html.escape(c)}</li>" for c in result.consequences)
    follows = QCoreApplication.translate("Advice", "What follows:")
    parts.append(f"<p>{html.escape(follows)}</p><ul>{items}</ul>")
    for note in result.notes:
        if not (result.stale == "expired" and note == result.notes[0]):
            parts.append(f"<p><i>{html.escape(note)}</i></p>")
    return "".join(parts)


def national_source_html(result: ThresholdCheck) -> str:
    """Who published the national-currency amount the value was compared with, with a link to it."""
    src = result.national_source
    url = html.escape(src.url, quote=True)
    text = QCoreApplication.translate(
        "Advice",
        "The %1 amount is the one published by %2: %3. The value was compared with it, not converted.",
    )
    return (
        html.escape(text)
        .replace("%1", html.escape(result.currency))
        .replace("%2", html.escape(src.publisher))
        .replace("%3", f"<a href='{url}'>{html.escape(src.title)}</a>")
    )


def parse_value(text: str) -> float | None:
    """A typed amount ("180000", "180,000", "180 000") as a number; None when it is not one."""
    cleaned = text.replace(",", "").replace(" ", "").replace("\u00a0", "").replace("_", "")
    try:
        return float(cleaned) if cleaned else None
    except ValueError:
        return None


class ThresholdForm(QWidget):
    """Value, currency, buyer and kind fields with the live answer below them.

    Signals:
        choices_loaded: the buyers, kinds and currencies arrived (dict).
        answered: a check answered the current input (ThresholdCheck).
        rejected_input: the current input cannot be checked (the one-line reason).
    """

    choices_loaded = Signal(object)
    answered = Signal(object)
    rejected_input = Signal(str)

    def __init__(self, worker: CoreWorker, parent: QWidget | None = None, *, show_kind: bool = True) -> None:
        super().__init__(parent)
        self._worker = worker
        self._seq = 0
        self.last: ThresholdCheck | None = None
        self.value_edit = QLineEdit()
        self.value_edit.setPlaceholderText(self.tr("Estimated value, net of VAT"))
        self.value_edit.setAccessibleName(self.tr("Estimated value"))
        self.currency_box = QComboBox()
        self.currency_box.setAccessibleName(self.tr("Currency"))
        self.buyer_box = QComboBox()
        self.buyer_box.setAccessibleName(self.tr("Buyer"))
        self.kind_box = QComboBox()
        self.kind_box.setAccessibleName(self.tr("Kind of contract"))
        self.answer = QTextBrowser()  # rich text that scrolls when long (a wrapped QLabel cuts lists off)
        self.answer.setOpenLinks(False)
        self.answer.setFrameShape(QFrame.Shape.NoFrame)
        self.answer.viewport().setAutoFillBackground(False)
        self.answer.setMinimumHeight(160)
        self.answer.anchorClicked.connect(self._open_link)
        form = QFormLayout()
        form.addRow(self.tr("Estimated value:"), self.value_edit)
        form.addRow(self.tr("Currency:"), self.currency_box)
        form.addRow(self.tr("Buyer:"), self.buyer_box)
        self._kind_label = QLabel(self.tr("Kind of contract:"))
        form.addRow(self._kind_label, self.kind_box)
        self.kind_box.setVisible(show_kind)
        self._kind_label.setVisible(show_kind)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.answer, 1)
        self.value_edit.textChanged.connect(self.refresh)
        for box in (self.currency_box, self.buyer_box, self.kind_box):
            box.currentIndexChanged.connect(self.refresh)
        task = worker.submit(load_choices, name="threshold choices")
        task.finished.connect(self._fill)
        task.failed.connect(lambda exc: self._show_error(str(exc)))

    def _fill(self, choices: dict[str, Any]) -> None:
        for box in (self.currency_box, self.buyer_box, self.kind_box):
            box.blockSignals(True)
        for code in choices["currencies"]:
            self.currency_box.addItem(code, code)
        for name in choices["buyers"]:
            self.buyer_box.addItem(buyer_label(name), name)
        for name in choices["kinds"]:
            self.kind_box.addItem(kind_label(name), name)
        for box in (self.currency_box, self.buyer_box, self.kind_box):
            box.blockSignals(False)
        self.answer.setPlainText(
            self.tr("Thresholds valid from %1 to %2. Type a value to check it.")
            .replace("%1", choices["valid_from"])
            .replace("%2", choices["valid_until"])
        )
        self.choices_loaded.emit(choices)
        self.refresh()

    def set_values(self, value: str, currency: str, buyer: str, kind: str | None = None) -> None:
        """Fill the form (for a caller that knows the answers) and check it."""
        for box, data in ((self.currency_box, currency), (self.buyer_box, buyer), (self.kind_box, kind)):
            if data is not None and box.findData(data) >= 0:
                box.blockSignals(True)
                box.setCurrentIndex(box.findData(data))
                box.blockSignals(False)
        self.value_edit.setText(value)
        self.refresh()

    def set_kind(self, kind: str) -> None:
        """Choose the kind of contract (the chooser sets it from an earlier answer)."""
        index = self.kind_box.findData(kind)
        if index >= 0:
            self.kind_box.setCurrentIndex(index)

    def inputs(self) -> dict[str, Any] | None:
        """value, currency, buyer and kind as the core takes them; None while the value is not a number."""
        value = parse_value(self.value_edit.text())
        if value is None or self.buyer_box.currentData() is None:
            return None
        return {
            "value": value,
            "currency": self.currency_box.currentData(),
            "buyer": self.buyer_box.currentData(),
            "kind": self.kind_box.currentData(),
        }

    def refresh(self) -> None:
        """Ask for an answer to the current input (the newest request wins)."""
        self._seq += 1
        self.last = None
        text = self.value_edit.text().strip()
        if not text or self.buyer_box.currentData() is None:
            return
        data = self.inputs()
        if data is None:
            self._show_error(self.tr("“%1” is not a number.").replace("%1", text))
            return
        task = self._worker.submit(
            check,
            self._seq,
            data["value"],
            data["currency"],
            data["buyer"],
            data["kind"],
            name="threshold check",
        )
        task.finished.connect(self._on_answer)
        task.failed.connect(lambda exc: self._show_error(str(exc)))

    def _on_answer(self, reply: tuple[int, Any]) -> None:
        seq, result = reply
        if seq != self._seq:
            return  # an answer to input that has changed since
        if isinstance(result, str):
            self._show_error(result)
            return
        self.last = result
        self.answer.setHtml(answer_html(result))
        self.answered.emit(result)

    def _open_link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https"):  # the national amount's source, in the system browser
            QDesktopServices.openUrl(url)

    def _show_error(self, message: str) -> None:
        self.answer.setHtml(f"<p style='color:#b00020'>{html.escape(message)}</p>")
        self.rejected_input.emit(message)


class ThresholdDialog(QDialog):
    """Tools › Threshold check: the form in a dialog of its own."""

    def __init__(self, worker: CoreWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Threshold check"))
        self.resize(fitting_size(560, 460))
        self.form = ThresholdForm(worker, self)
        intro = QLabel(
            self.tr(
                "Is the estimated value of a contract above the EU threshold? The answer updates as you type."
            )
        )
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form, 1)
        layout.addWidget(buttons)
