"""Translated titles and summaries in the result list, the reader header and the window's own search."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt

from ipt_desktop.core.content.documents import parse_document
from ipt_desktop.core.content.taxonomy import default_taxonomy
from ipt_desktop.core.search.types import Hit
from ipt_desktop.ui.document_details import header_html
from ipt_desktop.ui.result_model import ResultListModel, SnippetRole, TextLanguageRole
from ipt_desktop.ui.translations import ui_language

HIT = Hit(
    "guide-consultation",
    "Preliminary market consultation",
    "guide",
    "How to consult the market.",
    "",
    1.0,
    "2025-01-01",
    {"pl": ("Wstępne konsultacje rynkowe", "Jak konsultować rynek.")},
)
DOC = parse_document(
    "---\nid: guide-x\ntitle: Preliminary market consultation\ntype: guide\nsummary: How to consult.\n"
    "language: en\nproject: BUILD\nlicense: CC-BY-4.0\nupdated: 2026-01-01\n"
    "translations: {pl: {title: Wstępne konsultacje rynkowe, summary: Jak konsultować rynek.}}\n---\nBody\n",
    "guide-x.md",
)


def _with_locale(code: str):
    previous = QLocale()
    QLocale.setDefault(QLocale(code))
    return previous


def test_the_result_list_shows_the_interface_languages_title_with_a_language_badge(qapp) -> None:
    previous = _with_locale("pl")
    try:
        assert ui_language() == "pl"
        model = ResultListModel()
        model.set_hits([HIT])
        row = model.index(0)
        assert model.data(row, Qt.ItemDataRole.DisplayRole) == "Wstępne konsultacje rynkowe"
        assert model.data(row, TextLanguageRole) == "EN"
        assert "Jak konsultować rynek." in model.data(row, SnippetRole)
        assert "Preliminary market consultation" in model.data(row, Qt.ItemDataRole.ToolTipRole)
        QLocale.setDefault(QLocale("fr"))  # no French translation: the English title, no badge
        model.set_hits([HIT])
        assert model.data(model.index(0), Qt.ItemDataRole.DisplayRole) == "Preliminary market consultation"
        assert model.data(model.index(0), TextLanguageRole) == ""
    finally:
        QLocale.setDefault(previous)


def test_the_reader_header_shows_the_translation_and_names_the_full_texts_language() -> None:
    html = header_html(DOC, default_taxonomy(), "pl", "Pełny tekst po angielsku")
    assert "<h1>Wstępne konsultacje rynkowe</h1>" in html and "Jak konsultować rynek." in html
    assert "<span class='badge'>EN</span> Pełny tekst po angielsku" in html
    assert "Preliminary market consultation" in html  # the original title stays visible
    english = header_html(DOC, default_taxonomy(), "en", "unused")
    assert "<h1>Preliminary market consultation</h1>" in english and "badge" not in english


def test_the_reader_offers_the_language_versions_of_a_document() -> None:
    versions = (("en", "guide-x"), ("de", "guide-x-de"), ("fr", "guide-x-fr"))
    html = header_html(DOC, default_taxonomy(), "en", "", versions, "Read in:")
    assert (
        "Read in: <b>EN</b> · <a href='ipt://doc/guide-x-de'>DE</a> · <a href='ipt://doc/guide-x-fr'>FR</a>"
        in html
    )
    assert "Read in" not in header_html(DOC, default_taxonomy(), "en", "", (("en", "guide-x"),))
