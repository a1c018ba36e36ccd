"""Queries in plain words: question and filler words, the concept map, the ``questions:`` field, acronyms
that spell common words, and hits that carry their best section and a passage."""

from __future__ import annotations

from pathlib import Path

import pytest

from ipt_desktop.core.content.bundled import bundled_dir, load_bundled
from ipt_desktop.core.content.rendering import render_markdown
from ipt_desktop.core.errors import SearchError
from ipt_desktop.core.resources import resource_path
from ipt_desktop.core.search.concepts import Concept, load_concepts
from ipt_desktop.core.search.index import SearchIndex
from ipt_desktop.core.search.phrasing import QUESTION_WORDS_FILE, Phrasing, QuestionWords
from ipt_desktop.core.search.query import parse
from ipt_desktop.core.search.sections import split_sections
from ipt_desktop.core.search.types import SearchQuery
from tests.core.search.library import make_doc

FIXTURE = Path(__file__).resolve().parents[2] / "data" / "questions_fixture"

CONSULTATION_BODY = """Before a tender, a buyer may consult the market.

## What the law says

Article 40 allows a preliminary market consultation to prepare the procurement.

## What you must avoid

Do not give one supplier an advantage: share the same information with every firm that takes part.

## Step by step

Publish a notice, hold the meetings, write down what was said.
"""

DOCS = [
    make_doc(
        "guide-consultation",
        "Preliminary market consultation",
        CONSULTATION_BODY,
        summary="Learning from the market before a tender.",
    ),
    make_doc(
        "glossary-can",
        "Contract award notice",
        "The notice published after a contract is awarded.",
        type_="glossary",
        meta={"term": "Contract award notice", "acronyms": ["CAN"], "synonyms": ["award notice"]},
    ),
    make_doc(
        "guide-speaking",
        "Speaking at conferences",
        "Tips for speaking in public: you can prepare slides and speak slowly.",
    ),
    make_doc(
        "practice-lots",
        "Dividing contracts into lots",
        "Lots open a contract to smaller firms.\n\n## How to do it\n\nSplit the contract by region or by "
        "product so that small firms can bid for one lot.",
        type_="best-practice",
        meta={"questions": ["How do I split a contract so that SMEs can bid?"]},
    ),
    make_doc(
        "guide-sme",
        "SME access",
        "Small firms and start-ups: how to split requirements, reduce paperwork and pay on time.",
    ),
]


@pytest.fixture(scope="module")
def index(tmp_path_factory) -> SearchIndex:
    built = SearchIndex(tmp_path_factory.mktemp("questions") / "index", concepts=FIXTURE / "concepts.yaml")
    built.rebuild(DOCS, len(DOCS), None)
    yield built
    built.close()


def ids(index: SearchIndex, text: str, **options) -> list[str]:
    return [hit.id for hit in index.search(SearchQuery(text, **options)).hits]


def test_question_words_are_dropped_but_not_a_query_of_them_only() -> None:
    words = QuestionWords.load(resource_path(QUESTION_WORDS_FILE))
    parsed = parse("is it possible to split a contract into lots")
    assert words.drop(parsed, ("en",)) == 4
    assert [c.words for c in parsed.clauses] == [("split",), ("a",), ("contract",), ("into",), ("lots",)]
    only = parse("what is the")
    assert words.drop(only, ("en",)) == 0
    assert len(only.clauses) == 3
    german = parse("wie kann ich Lose bilden")
    words.drop(german, ("en", "de"))
    assert [c.words for c in german.clauses] == [("lose",), ("bilden",)]


def test_the_question_words_file_covers_the_interface_languages() -> None:
    words = QuestionWords.load(resource_path(QUESTION_WORDS_FILE))
    assert set(words.words) >= {"en", "de", "fr", "it", "es", "pl", "nl", "pt", "sk"}
    assert ("is", "it", "possible", "to") in words.phrases


def test_bad_phrasing_files_give_one_line_naming_file_and_key(tmp_path: Path) -> None:
    assert load_concepts(tmp_path / "missing.yaml") == ()
    assert QuestionWords.load(tmp_path / "missing.yaml").phrases == frozenset()
    bad = tmp_path / "concepts.yaml"
    bad.write_text("concepts:\n  - id: x\n    phrases: {en: [talk]}\n    means: talk\n", encoding="utf-8")
    with pytest.raises(SearchError) as caught:
        load_concepts(bad)
    message = str(caught.value)
    assert str(bad) in message and "concepts[0] (x).means" in message and "\n" not in message
    bad.write_text("concepts: [\n", encoding="utf-8")
    with pytest.raises(SearchError, match="not valid YAML"):
        load_concepts(bad)
    subject = "concepts: []\nsubjects:\n  - id: heat-pumps\n    phrases: {de: [Wärmepumpe]}\n"
    bad.write_text(subject, encoding="utf-8")
    with pytest.raises(SearchError, match=r"subjects\[0\] \(heat-pumps\)\.phrases\.en: a subject needs"):
        load_concepts(bad)
    bad.write_text(subject.replace("{de:", "{en: [heat pump], de:") + "    means: [x]\n", encoding="utf-8")
    with pytest.raises(SearchError, match=r"subjects\[0\] \(heat-pumps\)\.means: unknown key"):
        load_concepts(bad)
    twice = "concepts:\n  - {id: heat-pumps, phrases: {en: [heat pump]}, means: [heat pump]}\n"
    bad.write_text(twice + subject.replace("concepts: []\n", ""), encoding="utf-8")
    with pytest.raises(SearchError, match=r"subjects\[0\]\.id: 'heat-pumps' is used twice"):
        load_concepts(bad)
    bad.write_text(
        "concepts: []\nsubjects:\n  - {id: x, phrases: {en: [bus], xx: [bus]}}\n", encoding="utf-8"
    )
    with pytest.raises(
        SearchError, match=r"subjects\[0\] \(x\)\.phrases\.xx: not a language of the taxonomy"
    ):
        load_concepts(bad)
    bad.write_text("concepts: []\nsubject: []\n", encoding="utf-8")
    with pytest.raises(SearchError, match=r"subject: unknown key \(concepts, subjects\)"):
        load_concepts(bad)
    words = tmp_path / "words.yaml"
    words.write_text("en: {phrases: [how do i], word: [x]}\n", encoding="utf-8")
    with pytest.raises(SearchError, match=r"en\.word: unknown key"):
        QuestionWords.load(words)


def test_a_bad_concept_map_leaves_concepts_out_and_says_so(tmp_path: Path) -> None:
    bad = tmp_path / "concepts.yaml"
    bad.write_text("concepts: {}\n", encoding="utf-8")
    index = SearchIndex(tmp_path / "index", concepts=bad)
    try:
        index.rebuild(DOCS, len(DOCS), None)
        result = index.search(SearchQuery("preliminary market consultation"))
        assert result.hits[0].id == "guide-consultation"
        assert str(bad) in (result.message or "")
    finally:
        index.close()


def test_an_everyday_phrase_finds_the_library_term(index: SearchIndex) -> None:
    assert ids(index, "can I speak with companies before the tender")[0] == "guide-consultation"
    assert ids(index, "wie kann ich mit Unternehmen sprechen")[0] == "guide-consultation"


def test_an_acronym_that_spells_a_common_word_needs_capitals(index: SearchIndex) -> None:
    assert "glossary-can" not in ids(index, "can I speak slowly")
    assert ids(index, "CAN")[0] == "glossary-can"


def test_the_questions_field_is_searched_with_a_boost(index: SearchIndex) -> None:
    assert ids(index, "how do I split a contract so that SMEs can bid")[0] == "practice-lots"


def test_a_question_mark_ends_a_question_and_is_no_wildcard(index: SearchIndex) -> None:
    result = index.search(SearchQuery("what is a preliminary market consultation?"))
    assert result.hits and result.hits[0].id == "guide-consultation"
    assert [c.kind for c in parse("consultation?").clauses] == ["word"]
    assert [c.kind for c in parse("consult?tion").clauses] == ["wildcard"]


def test_a_hit_carries_its_best_section_and_a_passage(index: SearchIndex) -> None:
    hit = index.search(SearchQuery("what must I avoid when I give a supplier an advantage")).hits[0]
    assert hit.id == "guide-consultation"
    assert (hit.section.id, hit.section.heading) == ("what-you-must-avoid", "What you must avoid")
    assert "advantage" in hit.passage and "What you must avoid" not in hit.passage
    assert len(hit.passage) <= 205
    shown = hit.to_json()
    assert shown["section"] == {"id": "what-you-must-avoid", "heading": "What you must avoid"}
    assert shown["passage"] == hit.passage
    intro = index.search(SearchQuery("tender buyer consult")).hits[0]
    assert intro.id == "guide-consultation" and intro.section is None and intro.passage
    bare = index.search(SearchQuery("advantage supplier", with_highlights=False)).hits[0]
    assert bare.section is None and bare.passage == ""


def test_section_anchors_are_the_renderers_for_every_bundled_document() -> None:
    documents, _ = load_bundled(bundled_dir())
    for doc in documents:
        plain, sections = split_sections(doc.body)
        anchors = [entry.anchor for entry in render_markdown(doc.body).toc if entry.level == 2]
        assert [s[0] for s in sections] == anchors, doc.id
        for _anchor, heading, start in sections:
            assert plain[start : start + len(heading)] == heading, doc.id


def test_section_anchors_follow_the_renderer_on_duplicates_code_and_attributes() -> None:
    body = (
        "Intro.\n\n## Pitfalls\n\nOne.\n\n```\n## not a heading\n```\n\n## Pitfalls\n\nTwo.\n\n"
        "## Named {#custom}\n\nThree.\n\n### Deeper\n\n## **Bold** [link](https://example.org)\n\nFour.\n"
    )
    _plain, sections = split_sections(body)
    anchors = [entry.anchor for entry in render_markdown(body).toc if entry.level == 2]
    assert [s[0] for s in sections] == anchors == ["pitfalls", "pitfalls_1", "custom", "bold-link"]
    assert [s[1] for s in sections] == ["Pitfalls", "Pitfalls", "Named", "Bold link"]
    with pytest.raises(TypeError):
        split_sections(None)  # type: ignore[arg-type]


def test_phrasing_is_read_from_its_json_copy_while_the_files_are_unchanged(tmp_path: Path) -> None:
    concepts = tmp_path / "concepts.yaml"
    concepts.write_text((FIXTURE / "concepts.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    words = resource_path(QUESTION_WORDS_FILE)
    cache = tmp_path / "index.phrasing.json"
    first = Phrasing.load(concepts, words, cache)
    assert cache.exists() and first.problem is None
    assert [c.id for c in first.concepts] == ["market-engagement", "joint-buying", "price-and-quality"]
    again = Phrasing.load(concepts, words, cache)
    assert again == first
    concepts.write_text("concepts:\n  - id: only\n    phrases: {en: [hello there]}\n    means: [greeting]\n")
    changed = Phrasing.load(concepts, words, cache)
    assert [c.id for c in changed.concepts] == ["only"]
    concepts.write_text("concepts: 3\n", encoding="utf-8")
    broken = Phrasing.load(concepts, words, cache)
    assert broken.concepts == () and str(concepts) in (broken.problem or "")
    assert Phrasing.load(concepts, words, cache).problem == broken.problem


def test_a_long_question_loses_its_common_words_before_its_last_terms() -> None:
    question = "we are a small city and we want to know what a business case for the board should contain"
    parsed = parse(question)
    searched = [c.words[0] for c in parsed.clauses]
    assert "contain" in searched and "board" in searched and "business" in searched
    assert "the" not in searched and not parsed.messages
    many = " ".join(f"word{n}" for n in range(20))
    parsed = parse(many)
    assert len(parsed.clauses) == 12 and parsed.messages == ["Only the first 12 terms were searched."]


SUBJECTS = """concepts: []
subjects:
  - id: heat-pumps
    sector: energy
    phrases: {en: [heat pump], nl: [warmtepomp], pl: [pompa ciepła], de: [Wärmepumpe]}
  - id: waste-bins
    sector: waste-water
    phrases: {en: [litter bin, waste bin], de: [Abfallbehälter, Mülleimer], pl: [kosz na śmieci]}
"""


def test_a_subject_carries_a_buyers_words_into_the_library_s_languages_and_back(tmp_path: Path) -> None:
    concepts = tmp_path / "concepts.yaml"
    concepts.write_text(SUBJECTS, encoding="utf-8")
    docs = [
        make_doc("guide-heating", "Heating schools", "Replacing old boilers in schools by heat pumps."),
        make_doc("guide-bins", "Street furniture", "Sensors report when a litter bin is full."),
        make_doc(
            "fixture-nl-scholen",
            "Verwarming van scholen",
            "Oude ketels in scholen vervangen door warmtepompen.",
            language="nl",
        ),
        make_doc(
            "fixture-de-behaelter",
            "Straßenmobiliar",
            "Sensoren melden, wann ein Abfallbehälter voll ist.",
            language="de",
        ),
        make_doc("guide-other", "Other things", "Framework agreements and lots for schools."),
    ]
    index = SearchIndex(tmp_path / "index", concepts=concepts)
    try:
        index.rebuild(docs, len(docs), None)

        def found(text: str, **options) -> list[str]:
            return [hit.id for hit in index.search(SearchQuery(text, **options)).hits]

        # A buyer's own words find the English document on the thing...
        assert found("pompy ciepła", ui_language="pl")[0] == "guide-heating"
        assert found("Abfallbehälter", ui_language="de")[:2] == ["fixture-de-behaelter", "guide-bins"]
        # ... and an English query finds the texts in other languages on it, through its names there.
        assert set(found("heat pumps")) >= {"guide-heating", "fixture-nl-scholen"}
        assert set(found("litter bins")) >= {"guide-bins", "fixture-de-behaelter"}
        assert "fixture-de-behaelter" in found("Mülleimer", ui_language="de")
        # A word no subject names is searched as it is.
        assert found("pompy wodne", ui_language="pl") == []
    finally:
        index.close()


def test_a_subjects_one_word_name_matches_its_inflections_not_the_words_derived_from_its_stem() -> None:
    from ipt_desktop.core.search.query import apply_synonyms, inflects
    from ipt_desktop.core.search.terms import GlossaryTerms

    concepts = (
        Concept(
            "consulting", {"en": ("consultancy",), "de": ("Beratungsleistungen",)}, ("consultancy",), "", True
        ),
        Concept("batteries", {"en": ("battery",), "fr": ("batterie",)}, ("battery",), "", True),
        Concept("cleaning", {"en": ("cleaning",)}, ("cleaning",), "", True),
    )
    terms = GlossaryTerms({}, concepts)

    def matched(text: str) -> list[tuple[str, ...]]:
        parsed = parse(text)
        apply_synonyms(parsed, terms.ordered(["en"]), lambda group, lang: terms.alternatives(group, lang))
        return [c.words for c in parsed.clauses if c.kind == "synonyms"]

    # Porter stems "consultation" and "consultancy" alike, and "clean" and "cleaning": neither is the subject.
    assert matched("market consultation") == [] and matched("clean vehicles") == []
    assert matched("consultancy") == [("consultancy",)] and matched("batteries") == [("batteries",)]
    assert matched("batteries for buses") == [("batteries",)] and matched("cleaning services") == [
        ("cleaning",)
    ]
    assert inflects("warmepumpen", "warmepumpe") and inflects("koparki", "koparka")
    assert not inflects("interpretation", "interpreter") and not inflects("heat", "heating")
