"""The question data the search learns from: the `questions:` of guides, best practices and training modules,
the relevance table of whole-sentence questions (tests/data/questions.yaml) and the concept map of everyday
phrasings with its subjects, the everyday names of what buyers buy (resources/concepts.yaml). Each must point
only at documents, headings, terms and sectors that exist."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

from ipt_desktop.core.content.bundled import bundled_dir
from ipt_desktop.core.content.check import check_library
from ipt_desktop.core.content.markup import atx_heading
from ipt_desktop.core.content.taxonomy import default_taxonomy

ROOT = Path(__file__).parents[3]
TABLE = ROOT / "tests" / "data" / "questions.yaml"
CONCEPTS = ROOT / "resources" / "concepts.yaml"
ASKED_TYPES = ("guide", "best-practice", "training")
TABLE_KEYS = {"q", "lang", "doc", "section", "also"}
CONCEPT_KEYS = {"id", "phrases", "means", "note"}
SUBJECT_KEYS = {"id", "sector", "phrases", "note"}
# The languages of the interface: each subject names its thing in most of them (a gap where no settled name
# exists is allowed, an empty list is not).
INTERFACE_LANGUAGES = ("en", "de", "fr", "it", "es", "pl", "nl", "pt", "sk")


@pytest.fixture(scope="module")
def documents():
    """The bundled library's documents by id (the library itself must load without problems)."""
    report = check_library(bundled_dir())
    assert report.problems == []
    return {doc.id: doc for doc in report.documents}


@pytest.fixture(scope="module")
def table():
    """The relevance table's entries."""
    entries = yaml.safe_load(TABLE.read_text(encoding="utf-8"))
    assert isinstance(entries, list) and entries, f"{TABLE}: must be a non-empty list of entries"
    return entries


@pytest.fixture(scope="module")
def concept_map():
    """The concept map file's two lists."""
    loaded = yaml.safe_load(CONCEPTS.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict) and set(loaded) == {"concepts", "subjects"}, (
        f"{CONCEPTS}: two top-level keys, concepts and subjects"
    )
    assert isinstance(loaded["concepts"], list) and loaded["concepts"], f"{CONCEPTS}: concepts is empty"
    assert isinstance(loaded["subjects"], list) and loaded["subjects"], f"{CONCEPTS}: subjects is empty"
    return loaded


@pytest.fixture(scope="module")
def concepts(concept_map):
    """The concept map's entries."""
    return concept_map["concepts"]


@pytest.fixture(scope="module")
def subjects(concept_map):
    """The subjects' entries."""
    return concept_map["subjects"]


def headings(body: str, level: int = 2) -> set[str]:
    """The text of every ATX heading of the given level in a Markdown body."""
    found = set()
    for line in body.splitlines():
        heading = atx_heading(line)
        if heading is not None and heading[0] == level:
            found.add(heading[1])
    return found


def test_headings_reads_level_two_only():
    body = "# Title\n\n## When you may use it\n\ntext ## not a heading\n\n### Phase 1\n## Closing ##\n"
    assert headings(body) == {"When you may use it", "Closing"}


def test_every_guide_practice_and_training_has_three_to_eight_questions(documents):
    asked = [doc for doc in documents.values() if doc.type in ASKED_TYPES]
    assert len(asked) >= 60
    for doc in asked:
        questions = doc.meta.get("questions")
        assert isinstance(questions, list), f"{doc.id}: questions: missing or not a list"
        assert 3 <= len(questions) <= 8, f"{doc.id}: {len(questions)} questions, want 3 to 8"
        for question in questions:
            assert isinstance(question, str) and len(question.split()) >= 3, f"{doc.id}: {question!r}"
        assert len(set(questions)) == len(questions), f"{doc.id}: a question is repeated"
        title = doc.title.strip().lower()
        assert all(q.strip().lower().rstrip("?") != title for q in questions), (
            f"{doc.id}: a question is the title"
        )


def test_questions_only_on_the_types_that_carry_them(documents):
    for doc in documents.values():
        if doc.type not in ASKED_TYPES:
            assert "questions" not in doc.meta, f"{doc.id}: questions: only on {', '.join(ASKED_TYPES)}"


def test_table_entries_have_the_known_keys_and_a_valid_language(table):
    tax = default_taxonomy()
    for entry in table:
        assert isinstance(entry, dict), f"{TABLE}: {entry!r} is not a mapping"
        assert {"q", "lang", "doc"} <= set(entry) <= TABLE_KEYS, f"{TABLE}: keys of {entry.get('q')!r}"
        assert isinstance(entry["q"], str) and entry["q"].strip(), f"{TABLE}: empty question"
        assert tax.is_valid("languages", entry["lang"]), f"{TABLE}: {entry['q']!r}: lang {entry['lang']!r}"
    questions = [entry["q"] for entry in table]
    assert len(set(questions)) == len(questions), f"{TABLE}: a question appears twice"


def test_table_points_at_existing_documents_and_headings(table, documents):
    for entry in table:
        where = f"{TABLE}: {entry['q']!r}"
        assert entry["doc"] in documents, f"{where}: doc {entry['doc']!r} does not exist"
        also = entry.get("also", [])
        assert isinstance(also, list), f"{where}: also must be a list of ids"
        for other in also:
            assert other in documents, f"{where}: also-id {other!r} does not exist"
            assert other != entry["doc"], f"{where}: also repeats doc"
        if "section" in entry:
            own = headings(documents[entry["doc"]].body)
            assert entry["section"] in own, f"{where}: {entry['doc']} has no heading '## {entry['section']}'"


def test_table_size_and_spread(table, documents):
    by_language = Counter(entry["lang"] for entry in table)
    assert by_language["en"] >= 90, by_language
    assert sum(n for code, n in by_language.items() if code != "en") >= 24, by_language
    for code in ("de", "fr", "it", "es", "pl"):
        assert by_language[code] >= 4, f"{TABLE}: only {by_language[code]} questions in {code}"
    answered = {entry["doc"] for entry in table}
    answer_types = Counter(documents[doc_id].type for doc_id in answered)
    for doc_type in ("guide", "best-practice", "training", "glossary", "success-story"):
        assert answer_types[doc_type] > 0, f"{TABLE}: no question answered by a {doc_type}"
    asked = {doc.id for doc in documents.values() if doc.type in ASKED_TYPES}
    covered = answered | {other for entry in table for other in entry.get("also", [])}
    assert len(asked & covered) >= 0.9 * len(asked), sorted(asked - covered)


def test_table_questions_differ_from_the_documents_own(table, documents):
    own = {
        q.strip().lower()
        for doc in documents.values()
        for q in doc.meta.get("questions") or []
        if isinstance(q, str)
    }
    for entry in table:
        assert entry["q"].strip().lower() not in own, (
            f"{TABLE}: {entry['q']!r} is copied from a questions: list"
        )


def test_concepts_shape_ids_and_languages(concepts):
    tax = default_taxonomy()
    assert 25 <= len(concepts) <= 50, len(concepts)
    ids = [concept.get("id") for concept in concepts]
    assert len(set(ids)) == len(ids), [i for i, n in Counter(ids).items() if n > 1]
    for concept in concepts:
        where = f"{CONCEPTS}: {concept.get('id')!r}"
        assert isinstance(concept, dict) and {"id", "phrases", "means"} <= set(concept) <= CONCEPT_KEYS, where
        assert isinstance(concept["id"], str) and concept["id"].strip(), where
        phrases = concept["phrases"]
        assert isinstance(phrases, dict) and phrases.get("en"), f"{where}: phrases needs at least en"
        for code, forms in phrases.items():
            assert tax.is_valid("languages", code), f"{where}: {code!r} is not a language code"
            assert isinstance(forms, list) and forms, f"{where}: phrases.{code} must be a non-empty list"
            assert all(isinstance(f, str) and f.strip() for f in forms), f"{where}: phrases.{code}"
            assert len({f.lower() for f in forms}) == len(forms), f"{where}: phrases.{code} repeats a phrase"
        means = concept["means"]
        assert isinstance(means, list) and means, f"{where}: means must be a non-empty list"
        assert all(isinstance(m, str) and m.strip() for m in means), f"{where}: means"
        if "note" in concept:
            assert isinstance(concept["note"], str) and concept["note"].strip(), f"{where}: note"


def test_every_concept_term_occurs_in_a_document_body(concepts, documents):
    # Bodies are wrapped at a fixed width, so a term may continue on the next line: compare with single spaces.
    bodies = [" ".join(doc.body.lower().split()) for doc in documents.values()]
    missing = [
        f"{concept['id']}: {term!r}"
        for concept in concepts
        for term in concept["means"]
        if not any(" ".join(term.lower().split()) in body for body in bodies)
    ]
    assert missing == [], f"{CONCEPTS}: in no document body: {', '.join(missing)}"


def test_subjects_shape_sectors_and_languages(subjects, concepts):
    tax = default_taxonomy()
    assert len(subjects) >= 60, len(subjects)
    ids = [subject.get("id") for subject in subjects] + [concept.get("id") for concept in concepts]
    assert len(set(ids)) == len(ids), [i for i, n in Counter(ids).items() if n > 1]
    for subject in subjects:
        where = f"{CONCEPTS}: subject {subject.get('id')!r}"
        assert isinstance(subject, dict) and {"id", "sector", "phrases"} <= set(subject) <= SUBJECT_KEYS, (
            where
        )
        assert tax.is_valid("sectors", subject["sector"]), f"{where}: unknown sector {subject['sector']!r}"
        phrases = subject["phrases"]
        assert isinstance(phrases, dict) and phrases.get("en"), f"{where}: phrases needs en"
        assert len(set(phrases) & set(INTERFACE_LANGUAGES)) >= 6, f"{where}: names in too few languages"
        for code, forms in phrases.items():
            assert tax.is_valid("languages", code), f"{where}: {code!r} is not a language code"
            assert isinstance(forms, list) and forms, f"{where}: phrases.{code} must be a non-empty list"
            assert all(isinstance(f, str) and f.strip() for f in forms), f"{where}: phrases.{code}"
            assert len({f.lower() for f in forms}) == len(forms), f"{where}: phrases.{code} repeats a name"


def test_every_interface_language_names_most_subjects(subjects):
    for code in INTERFACE_LANGUAGES:
        named = sum(1 for subject in subjects if subject["phrases"].get(code))
        assert named >= 0.85 * len(subjects), f"{CONCEPTS}: {code} names {named} of {len(subjects)} subjects"


def test_a_phrase_belongs_to_one_concept_per_language(concepts, subjects):
    owner: dict[tuple[str, str], str] = {}
    for concept in concepts + subjects:
        for code, forms in concept["phrases"].items():
            for form in forms:
                key = (code, form.lower())
                assert key not in owner, (
                    f"{CONCEPTS}: {form!r} ({code}) in {owner.get(key)} and {concept['id']}"
                )
                owner[key] = concept["id"]
