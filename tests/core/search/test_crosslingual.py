"""Cross-lingual search: glossary term forms and translated titles and summaries, on a small library."""

from __future__ import annotations

from pathlib import Path

import pytest

from ipt_desktop.core.content.documents import parse_document
from ipt_desktop.core.errors import ContentError
from ipt_desktop.core.search.analysis import guess_language
from ipt_desktop.core.search.index import SearchIndex
from ipt_desktop.core.search.types import SearchQuery
from tests.core.search.library import make_doc

FRAMEWORK_TERMS = {
    "de": ["Rahmenvereinbarung"],
    "fr": ["accord-cadre"],
    "it": ["accordo quadro"],
    "pl": ["umowa ramowa"],
}
LOTS_TERMS = {"it": ["suddivisione in lotti", "lotti"], "fr": ["lots"], "de": ["Lose"]}
DIALOGUE_TERMS = {"pl": ["dialog konkurencyjny"], "de": ["wettbewerblicher Dialog"]}


def _sources(terms: dict) -> dict:
    return {code: "Directive 2014/24/EU, official language version" for code in terms}


DOCS = [
    make_doc(
        "glossary-framework-agreement",
        "Framework agreement",
        "An agreement that sets the terms of later contracts.",
        type_="glossary",
        meta={
            "term": "Framework agreement",
            "terms": FRAMEWORK_TERMS,
            "term_sources": _sources(FRAMEWORK_TERMS),
        },
    ),
    make_doc(
        "glossary-lots",
        "Lots",
        "Dividing a contract into lots opens it to smaller firms.",
        type_="glossary",
        meta={
            "term": "Lots",
            "synonyms": ["division into lots"],
            "terms": LOTS_TERMS,
            "term_sources": _sources(LOTS_TERMS),
        },
    ),
    make_doc(
        "glossary-competitive-dialogue",
        "Competitive dialogue",
        "A procedure for complex purchases where the buyer discusses solutions with candidates.",
        type_="glossary",
        meta={
            "term": "Competitive dialogue",
            "terms": DIALOGUE_TERMS,
            "term_sources": _sources(DIALOGUE_TERMS),
        },
    ),
    make_doc(
        "guide-frameworks",
        "Using framework agreements well",
        "How a framework agreement sets prices and call-offs for four years.",
    ),
    make_doc(
        "guide-lots",
        "Dividing contracts into lots",
        "Smaller firms can bid when the contract is divided into lots by region or by trade.",
    ),
    make_doc(
        "guide-consultation",
        "Preliminary market consultation",
        "Talk to suppliers before the tender, openly and on record.",
        summary="How to consult the market before tendering.",
        meta={
            "translations": {
                "de": {
                    "title": "Vorherige Marktkonsultation",
                    "summary": "Wie man den Markt vor der Ausschreibung befragt.",
                },
                "pl": {
                    "title": "Wstępne konsultacje rynkowe",
                    "summary": "Jak konsultować rynek przed przetargiem.",
                },
            }
        },
    ),
    make_doc("guide-data", "Open data in procurement", "Publishing data on contracts and tenders."),
]


@pytest.fixture()
def index(tmp_path: Path) -> SearchIndex:
    idx = SearchIndex(tmp_path / "index")
    idx.rebuild(DOCS, len(DOCS), None)
    yield idx
    idx.close()


def ids(index: SearchIndex, text: str, **kwargs) -> list[str]:
    return [hit.id for hit in index.search(SearchQuery(text, **kwargs)).hits]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Rahmenvereinbarung", "guide-frameworks"),
        ("Rahmenvereinbarungen", "guide-frameworks"),  # a German plural, through the German stemmer
        ("accord-cadre", "guide-frameworks"),
        ("accordo quadro", "guide-frameworks"),
        ("umowa ramowa", "guide-frameworks"),
        ("suddivisione in lotti", "guide-lots"),
        ("dialog konkurencyjny", "glossary-competitive-dialogue"),
        ("dialogu konkurencyjnego", "glossary-competitive-dialogue"),  # Polish has no stemmer: inflected
        ("umowy ramowej", "guide-frameworks"),
        ("Marktkonsultation", "guide-consultation"),
        ("Vorherige Marktkonsultation", "guide-consultation"),
        ("konsultacje rynkowe", "guide-consultation"),
    ],
)
def test_a_query_in_another_language_finds_the_english_documents(index, query, expected):
    assert expected in ids(index, query)[:3]


def test_the_term_maps_to_every_english_name_of_the_concept(index):
    found = ids(index, "Rahmenvereinbarung")
    assert {"glossary-framework-agreement", "guide-frameworks"} <= set(found)


def test_multi_word_terms_match_longest_first(index):
    result = index.search(SearchQuery("suddivisione in lotti"))
    assert {"glossary-lots", "guide-lots"} <= {hit.id for hit in result.hits}


def test_search_as_you_type_maps_a_completed_foreign_term(index):
    assert "guide-frameworks" in ids(index, "Rahmenvereinbarung", prefix=True)
    assert "glossary-competitive-dialogue" in ids(index, "dialog konkurencyjny", prefix=True)


def test_no_suggestion_corrects_a_correct_foreign_word(index):
    for text in ("Rahmenvereinbarung", "accordo quadro", "Marktkonsultation", "dialog konkurencyjny"):
        assert index.search(SearchQuery(text)).suggestion is None, text


def test_english_words_are_not_dropped_as_another_languages_stop_words(index):
    # "data" and "die" are stop words in some languages the index holds; an English query keeps "data".
    assert ids(index, "data")[:1] == ["guide-data"]


def test_hits_carry_translated_titles_for_the_interface_language(index):
    hit = next(h for h in index.search(SearchQuery("Marktkonsultation", ui_language="de")).hits)
    assert hit.id == "guide-consultation"
    assert hit.shown_in("de") == (
        "Vorherige Marktkonsultation",
        "Wie man den Markt vor der Ausschreibung befragt.",
        "de",
    )
    assert hit.shown_in("fr") == (hit.title, hit.summary, None)
    assert hit.to_json("de")["language"] == "de" and hit.to_json("de")["text_language"] == "en"


@pytest.mark.parametrize(
    "text",
    [
        "Rahmenvereinbarung accordo quadro lots",  # mixed languages
        "ανοικτή διαδικασία",  # Greek: no stemmer
        "открита процедура",  # Bulgarian Cyrillic
        "proċedura miftuħa",  # Maltese
        "מכרז פתוח 🚀📦",  # right-to-left and emoji
        "zamówienie publiczne " * 600,  # 10,000+ characters of Polish
    ],
)
def test_hard_queries_give_results_or_a_message(index, text):
    result = index.search(SearchQuery(text))
    assert result.total >= 0
    assert result.hits or result.message or result.total == 0


@pytest.mark.parametrize(
    ("text", "hint", "expected"),
    [
        ("wie funktioniert die Rahmenvereinbarung", None, "de"),
        ("podział zamówienia na części", None, "pl"),
        ("la procédure", None, "fr"),
        ("framework", "de", None),
        ("consultation", "fr", None),
    ],
)
def test_guess_language(text, hint, expected):
    assert guess_language(text, hint) == expected


def _glossary(extra: str) -> str:
    return (
        "---\nid: glossary-x\ntitle: X\ntype: glossary\nterm: X\nsummary: s\nlanguage: en\nproject: BUILD\n"
        f"license: CC-BY-4.0\nupdated: 2026-01-01\n{extra}---\nbody\n"
    )


@pytest.mark.parametrize(
    ("extra", "named"),
    [
        ("terms: {xx: [Foo]}\nterm_sources: {xx: S}\n", "key 'terms': 'xx' is not a language"),
        ("terms: {de: ['']}\nterm_sources: {de: S}\n", "key 'terms.de'"),
        ("terms: {de: []}\nterm_sources: {de: S}\n", "key 'terms.de'"),
        ("terms: {de: [Foo]}\n", "key 'term_sources'"),
        ("terms: {de: [Foo]}\nterm_sources: {fr: S}\n", "key 'term_sources.de'"),
        ("translations: {de: {summary: s}}\n", "key 'translations.de'"),
        ("translations: {en: {title: t}}\n", "key 'translations.en'"),
    ],
)
def test_bad_terminology_and_translations_are_refused_naming_file_and_key(extra, named):
    with pytest.raises(ContentError) as caught:
        parse_document(_glossary(extra), "glossary-x.md")
    message = str(caught.value)
    assert message.startswith("glossary-x.md: ") and named in message and "\n" not in message


def test_snippets_never_highlight_a_stop_word_of_the_documents_language():
    from ipt_desktop.core.search.snippets import SnippetMaker

    maker = SnippetMaker(stems={"of", "framework"}, literal=(), languages=("en",))
    snippet = maker.snippet("The terms of the framework agreement.", "en")
    assert "<b>framework</b>" in snippet and "<b>of</b>" not in snippet


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("rozdelenie zákazky na časti pre MSP", {"cs", "sk"}),  # "č" alone: Czech or Slovak, not Lithuanian
        ("súťažný dialóg", {"cs", "sk"}),
        ("viešųjų pirkimų sutartis", {"lt"}),
        ("pirkimų dalių skaičius", {"lt"}),  # Lithuanian letters of its own outweigh a shared one
    ],
)
def test_guess_language_tells_czech_and_slovak_from_lithuanian(text, expected):
    assert guess_language(text) in expected
