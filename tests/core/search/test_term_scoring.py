"""How a glossary term or a concept spotted in a query is searched and scored (``terms``): its names in the
library's other languages are searched in reverse for an English query, and each name scores as many words
as the typed run has, whatever its own length."""

from __future__ import annotations

from ipt_desktop.core.search.concepts import Concept
from ipt_desktop.core.search.postings import Postings
from ipt_desktop.core.search.query import Clause
from ipt_desktop.core.search.terms import NAMES_SHARE, RELATED_SHARE, GlossaryTerms, term_postings

# As the index keeps them (schema.synonym_group): folded, lower-cased word strings.
GROUPS = {
    "glossary-pmc": {
        "members": ["preliminary market consultation", "market consultation"],
        "acronyms": [],
        "terms": {"fr": ["consultation prealable du marche"], "pl": ["wstepne konsultacje rynkowe"]},
    },
}
CONCEPT = Concept(
    "market-engagement",
    {"en": ("talk to suppliers",), "fr": ("sonder le marché",), "pl": ("rozeznanie rynku",)},
    ("preliminary market consultation", "open market dialogue"),
)


def test_an_english_concept_reaches_the_meant_terms_names_in_the_libraries_other_languages():
    terms = GlossaryTerms(GROUPS, [CONCEPT])
    concept = terms.concepts_from
    found = terms.alternatives(concept, "en", ["en", "fr"])
    assert ("preliminary", "market", "consultation") in found  # the term it means, in English
    assert ("talk", "to", "suppliers") in found  # its phrase as typed
    assert ("consultation", "prealable", "du", "marche") in found  # the meant term's French form
    assert ("sonder", "le", "marche") in found  # its own French phrase
    assert not any(name[0] in ("wstepne", "rozeznanie") for name in found)  # no Polish text: not searched


def test_a_concept_typed_in_another_language_reaches_the_meant_terms_name_in_that_language():
    terms = GlossaryTerms(GROUPS, [CONCEPT])
    found = terms.alternatives(terms.concepts_from, "pl", ["en"])
    assert ("rozeznanie", "rynku") in found
    assert ("wstepne", "konsultacje", "rynkowe") in found
    assert not any(name[0] == "sonder" for name in found)


def test_the_tables_keep_which_terms_a_concept_means_through_their_json_copy():
    terms = GlossaryTerms(GROUPS, [CONCEPT])
    again = GlossaryTerms.from_json(terms.to_json())
    assert again.meant == terms.meant == [(0,)]
    assert again.alternatives(again.concepts_from, "en", ["fr"]) == terms.alternatives(
        terms.concepts_from, "en", ["fr"]
    )


class _Ranker:
    """Word and phrase postings as given: a phrase scores the sum of its words, as the real ranker's do."""

    size = 8

    def __init__(self, scores: dict[tuple[str, ...], dict[int, float]]) -> None:
        self.scores = scores

    def word_of(self, word, languages):
        return Postings(dict(self.scores.get((word,), {})), self.size)

    def phrase(self, words, plan, languages):
        return Postings(dict(self.scores.get(tuple(words), {})), self.size)

    def loose(self, words, languages):
        return None


def test_a_one_word_compound_scores_like_the_typed_words_it_stands_for():
    # Document 0 has "life cycle costing" (three words of 10 each), document 1 "Levenscycluskosten" (one).
    ranker = _Ranker({("life", "cycle", "costing"): {0: 30.0}, ("levenscycluskosten",): {1: 10.0}})
    clause = Clause(
        "synonyms",
        ("life", "cycle", "cost"),
        alternatives=(("life", "cycle", "costing"), ("levenscycluskosten",)),
    )
    found = term_postings(ranker, clause, None, ("en", "nl"))
    assert found.score_of == {0: 30.0, 1: 30.0}


def test_a_long_name_does_not_outscore_the_short_one_the_typed_words_mean():
    ranker = _Ranker({("electric", "buses"): {0: 20.0}, ("clean", "vehicles", "directive"): {1: 36.0}})
    clause = Clause(
        "synonyms",
        ("autobusow", "elektrycznych"),
        alternatives=(("electric", "buses"), ("clean", "vehicles", "directive")),
    )
    found = term_postings(ranker, clause, None, ("en", "pl"))
    assert found.score_of[0] == 20.0 and found.score_of[1] == 24.0


def test_each_further_name_a_document_uses_adds_a_share():
    ranker = _Ranker({("framework", "agreement"): {0: 20.0, 1: 20.0}, ("rahmenvereinbarung",): {1: 4.0}})
    clause = Clause(
        "synonyms",
        ("framework", "agreement"),
        alternatives=(("framework", "agreement"), ("rahmenvereinbarung",)),
    )
    found = term_postings(ranker, clause, None, ("en", "de"))
    assert found.score_of[0] == 20.0
    assert found.score_of[1] == 20.0 + NAMES_SHARE * 8.0


def test_a_term_nothing_matches_still_counts_as_a_part_of_the_query():
    clause = Clause("synonyms", ("framework", "agreement"), alternatives=(("framework", "agreement"),))
    found = term_postings(_Ranker({}), clause, None, ("en",))
    assert found is not None and len(found) == 0


def test_a_concepts_related_terms_add_less_than_a_terms_names():
    ranker = _Ranker({("market", "engagement"): {0: 20.0, 1: 20.0}, ("market", "dialogue"): {1: 20.0}})
    alternatives = (("market", "engagement"), ("market", "dialogue"))
    typed = ("speak", "with", "companies")
    concept = term_postings(
        ranker, Clause("synonyms", typed, alternatives=alternatives, concept=True), None, ("en",)
    )
    assert concept.score_of == {0: 20.0, 1: 20.0 + RELATED_SHARE * 20.0}
    term = term_postings(
        ranker, Clause("synonyms", ("market", "engagement"), alternatives=alternatives), None, ("en",)
    )
    assert term.score_of == {0: 20.0, 1: 20.0 + NAMES_SHARE * 20.0}
    assert RELATED_SHARE < NAMES_SHARE


def test_a_shorter_name_in_the_typed_language_keeps_its_own_score():
    # "start-ups" typed: the acronym "sme" is English too, so it is not counted as two words.
    ranker = _Ranker({("sme",): {0: 10.0}, ("mśp",): {1: 10.0}})
    clause = Clause(
        "synonyms", ("start", "ups"), alternatives=(("sme",), ("mśp",)), native=frozenset({("sme",)})
    )
    found = term_postings(ranker, clause, None, ("en", "pl"))
    assert found.score_of == {0: 10.0, 1: 20.0}


def test_the_names_in_the_typed_language_are_the_members_for_english_and_the_forms_otherwise():
    terms = GlossaryTerms(GROUPS, [CONCEPT])
    assert ("market", "consultation") in terms.native(0, "en")
    assert terms.native(0, "fr") == {("consultation", "prealable", "du", "marche")}
    concept = terms.native(terms.concepts_from, "pl")
    assert {("rozeznanie", "rynku"), ("wstepne", "konsultacje", "rynkowe")} <= concept
