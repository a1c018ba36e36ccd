"""Acceptance tests of SearchIndex's features on a small fixture library (tests/core/search/library.py)."""

from __future__ import annotations

import pytest

from ipt_desktop.core.search.index import SearchIndex
from ipt_desktop.core.search.types import FACET_FIELDS, SearchQuery
from tests.core.search.library import DOCS, ids, make_doc, search

# -- features ----------------------------------------------------------------------------------------------


def test_title_match_ranks_first(index: SearchIndex) -> None:
    assert ids(search(index, "award criteria"))[0] == "guide-award"


def test_stemming_and_phrases(index: SearchIndex) -> None:
    assert "practice-consult" in ids(search(index, "consulting markets"))
    assert ids(search(index, '"market consultation"'))[:2] == ["practice-consult", "guide-pcp"] or set(
        ids(search(index, '"market consultation"'))
    ) == {"practice-consult", "guide-pcp"}
    assert search(index, '"consultation market"').total == 0


def test_accent_insensitive_and_other_languages(index: SearchIndex) -> None:
    assert ids(search(index, "contratacion"))[0] == "guide-es"
    assert ids(search(index, "contratación"))[0] == "guide-es"
    assert "guide-de" in ids(search(index, "krankenhauser"))
    assert "guide-de" in ids(search(index, "Lösung", language="de"))


def test_any_term_accepted_all_terms_first(index: SearchIndex) -> None:
    result = search(index, "robot zeppelin")
    assert ids(result) == ["story-health"]
    assert ids(search(index, "hospital robot"))[0] == "story-health"


def test_filters_in_text_and_in_query(index: SearchIndex) -> None:
    assert set(ids(search(index, "type:glossary"))) == {"glossary-pcp", "glossary-meat"}
    assert ids(search(index, "procurement topic:healthcare")) in ([], ["story-health"])
    assert ids(search(index, "hospital country:es")) and all(
        i in ("story-health", "guide-es") for i in ids(search(index, "hospital country:es"))
    )
    assert ids(search(index, "", filters={"type": ("success-story",)})) == ["story-health"]
    assert ids(search(index, 'project:"health innofacilitator"')) == ["story-health"]
    assert ids(search(index, "year:2023")) == ["guide-award"]
    assert search(index, "stage:tendering").total == 1
    assert search(index, "language:de").total == 1


def test_prefix_and_fuzzy(index: SearchIndex) -> None:
    assert "practice-consult" in ids(search(index, "market consul", prefix=True))
    result = search(index, "hosptal")
    assert "story-health" in ids(result) and result.message


def test_acronyms_and_synonyms(index: SearchIndex) -> None:
    assert "guide-pcp" in ids(search(index, "PCP"))
    assert "glossary-pcp" in ids(search(index, "pre-commercial procurement"))
    assert "guide-award" in ids(search(index, "most economically advantageous tender"))
    assert "glossary-meat" in ids(search(index, "meat"))


def test_synonyms_follow_updates(index: SearchIndex) -> None:
    index.update(
        [
            make_doc(
                "glossary-ppi",
                "Public procurement of innovative solutions",
                "x",
                type_="glossary",
                meta={"term": "Public procurement of innovative solutions", "acronyms": ["PPI"]},
            )
        ],
        [],
    )
    index.update(
        [
            make_doc(
                "guide-x",
                "Buying innovative solutions publicly",
                "public procurement of innovative solutions in practice",
            )
        ],
        [],
    )
    assert "guide-x" in ids(search(index, "PPI"))
    reopened = SearchIndex(index.folder)
    assert "guide-x" in ids(reopened.search(SearchQuery("PPI")))
    reopened.close()


def test_did_you_mean(index: SearchIndex) -> None:
    assert search(index, "procurment").suggestion == "procurement"
    assert search(index, "procurement").suggestion is None


def test_snippets_are_html_safe(index: SearchIndex) -> None:
    hit = search(index, "robot").hits[0]
    assert "<b>robot</b>" in hit.snippet
    index.update([make_doc("news-esc", "Escaping", 'Price < 5 & "quoted" zebras here.')], [])
    snippet = search(index, "zebras").hits[0].snippet
    assert "&lt; 5 &amp;" in snippet and "<b>zebras</b>" in snippet
    assert snippet.replace("<b>", "").replace("</b>", "").count("<") == 0


def test_facets_and_date_sort(index: SearchIndex) -> None:
    result = search(index, "procurement")
    assert set(result.facets) == set(FACET_FIELDS)
    assert sum(result.facets["type"].values()) == result.total
    dated = search(index, "", sort="date", limit=3)
    assert [h.updated for h in dated.hits] == sorted((h.updated for h in dated.hits), reverse=True)
    assert dated.hits[0].id == "guide-pcp"


def test_related(index: SearchIndex) -> None:
    related = index.related("glossary-pcp")
    assert related and all(hit.id != "glossary-pcp" for hit in related)
    assert index.related("no-such-doc") == []


@pytest.mark.parametrize(
    "text",
    [
        "",
        "the of and",
        '"unbalanced quote',
        "nosuch:field",
        "x" * 10_000,
        "a\x00b\x07c\x1b[31m",
        "***",
        "*a*",
        "?",
        "((((",
        "-",
        "type:",
        '""',
        "procurement " * 2000,
        "ab*cd?ef*",
    ],
)
def test_bad_input_never_raises(index: SearchIndex, text: str) -> None:
    result = search(index, text)
    assert result.total >= 0
    if text in ("***", "*a*"):
        assert result.message and result.total == 0
    if text == "nosuch:field":
        assert "nosuch" in result.message


def test_empty_query_lists_recent_documents(index: SearchIndex) -> None:
    result = search(index, "")
    assert result.total == len(DOCS) and result.hits[0].id == "guide-pcp"


def test_only_stopwords_gives_message(index: SearchIndex) -> None:
    result = search(index, "the of and")
    assert result.total == 0 and result.message


def test_a_snippet_keeps_block_boundaries():
    """A heading and the paragraph after it are not run together ("precisely · The PCP model · In …")."""
    from ipt_desktop.core.search.snippets import SnippetMaker

    maker = SnippetMaker(["pcp"], [], ["en"])
    text = "Define the rights precisely.\n\nThe PCP model\nIn pre-commercial procurement the buyer pays."
    snippet = maker.snippet(text, "en")
    assert "precisely. · The <b>PCP</b> model · In pre-commercial" in snippet


def test_a_snippet_of_a_task_list_shows_its_items_without_their_boxes():
    """A checklist reads "Ask the market about PCP", not "[ ] Ask the market about PCP"."""
    from ipt_desktop.core.search.analysis import markdown_to_text
    from ipt_desktop.core.search.snippets import SnippetMaker

    text = markdown_to_text(
        "Before you start:\n\n- [ ] Ask the market about PCP\n* [x] Write the brief\n- plain [ ] box"
    )
    assert text == "Before you start: Ask the market about PCP Write the brief plain [ ] box"
    snippet = SnippetMaker(["pcp"], [], ["en"]).snippet(text, "en")
    assert "Ask the market about <b>PCP</b>" in snippet and "[x]" not in snippet


def test_the_terminology_tables_are_kept_beside_the_index_and_rebuilt_when_their_source_changes(tmp_path):
    """The first search of a start reads the stemmed tables instead of stemming every form again."""
    from ipt_desktop.core.search.terms import GlossaryTerms, cached_terms

    groups = {
        "g1": {"members": ["framework agreement"], "acronyms": [], "terms": {"de": ["Rahmenvereinbarung"]}}
    }
    cache = tmp_path / "index.terms.json"
    built = cached_terms(groups, (), cache)
    assert cache.is_file()
    again = cached_terms(groups, (), cache)
    assert again.to_json() == built.to_json()
    assert [m.groups for m in again.ordered(["de"])] == [m.groups for m in built.ordered(["de"])]
    changed = {"g1": {**groups["g1"], "terms": {"de": ["Rahmenvertrag"]}}}
    rebuilt = cached_terms(changed, (), cache)
    assert ("rahmenvertrag",) in {
        k[:1] for k in rebuilt.matchers["de"].groups
    } or rebuilt.to_json() != built.to_json()
    cache.write_text("{not json", encoding="utf-8")  # a damaged cache is rebuilt, not an error
    assert cached_terms(groups, (), cache).to_json() == built.to_json()
    assert isinstance(GlossaryTerms.from_json(built.to_json()), GlossaryTerms)
