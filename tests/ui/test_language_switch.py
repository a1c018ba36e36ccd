"""Switching the interface language in Preferences takes effect at once, in the window's own path."""

from __future__ import annotations

from ipt_desktop.ui.main_window import MainWindow
from ipt_desktop.ui.result_model import TypeRole
from ipt_desktop.ui.translations import install_translators


def test_switching_language_rebuilds_the_window_in_the_new_language_and_keeps_the_query(
    qtbot, qapp, make_window
):
    window, _ = make_window()
    qtbot.keyClicks(window.search.field, "dialog konkurencyjny")
    qtbot.waitUntil(lambda: window.search.model.rowCount() > 0, timeout=20000)
    try:
        window.settings.language = "pl"
        with qtbot.waitSignal(window.language_switched, timeout=20000) as switched:
            window.switch_language()
        polish = switched.args[0]
        assert polish.search.field.text() == "dialog konkurencyjny"
        assert polish.actions_.preferences.text() != "&Preferences…"

        def polish_results() -> None:
            hit = polish.search.model.hit(0)
            assert hit is not None and hit.id == "glossary-competitive-dialogue"
            assert polish.search.model.index(0).data() == "Dialog konkurencyjny"
            assert "wynik" in polish.search.heading.text()  # "%n result(s)" in Polish
            assert polish.search.model.index(0).data(TypeRole) == "Termin z glosariusza"  # the type badge

        qtbot.waitUntil(polish_results, timeout=20000)
        polish.settings.language = "en"
        with qtbot.waitSignal(polish.language_switched, timeout=20000) as back:
            polish.switch_language()
        english = back.args[0]
        assert english.actions_.preferences.text() == "&Preferences…"
        qtbot.waitUntil(lambda: "result" in english.search.heading.text(), timeout=20000)
    finally:
        install_translators(qapp, "en")
        for widget in qapp.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                widget.close()


def test_the_details_tab_and_related_list_speak_the_interface_language(qtbot, qapp, make_window):
    window, _ = make_window()
    try:
        window.settings.language = "de"
        with qtbot.waitSignal(window.language_switched, timeout=20000) as switched:
            window.switch_language()
        german = switched.args[0]
        with qtbot.waitSignal(german.document_shown, timeout=20000):
            german.open_document("guide-pre-commercial-procurement")
        details = german.reader.details.toPlainText()
        for english in ("Topics", "Stages", "Procedures", "Licence", "Updated", "Sources"):
            assert f"{english}\n" not in details and f"{english}\t" not in details, english
        assert "Themen" in details and "Quellen" in details
        assert "Leitfaden" in details  # the type's value, from the translated taxonomy
        related = german.reader.related
        assert related.count() > 0
        title, kind = related.item(0).text().split("\n")
        assert title and kind in {
            "Leitfaden",
            "Glossarbegriff",
            "Erfolgsgeschichte",
            "Gute Praxis",
            "Schulungsmodul",
        }
    finally:
        install_translators(qapp, "en")
        for widget in qapp.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                widget.close()
