"""Facet counts with filters on: a filtered facet counts what choosing its other values too would add
(values of one facet are alternatives); the other facets count the filtered results."""

from __future__ import annotations

import pytest

from ipt_desktop.core.search.index import SearchIndex
from ipt_desktop.core.search.types import SearchQuery
from tests.core.search.library import make_doc

DOCS = [
    make_doc("g1", "Buses guide", "electric buses tender", type_="guide", topics=["mobility"]),
    make_doc("g2", "Lighting guide", "street lighting tender", type_="guide", topics=["energy"]),
    make_doc(
        "s1",
        "Bus story",
        "electric buses bought by a city tender",
        type_="success-story",
        topics=["mobility"],
    ),
    make_doc("s2", "Heat story", "heat pumps tender", type_="success-story", topics=["energy"]),
    make_doc("t1", "Glossary tender", "tender means an offer", type_="glossary", topics=["legal-framework"]),
]


@pytest.fixture(scope="module")
def index(tmp_path_factory) -> SearchIndex:
    built = SearchIndex(tmp_path_factory.mktemp("facets") / "index")
    built.rebuild(DOCS, len(DOCS), None)
    yield built
    built.close()


def facets(index: SearchIndex, text: str, **filters) -> tuple[int, dict]:
    found = index.search(SearchQuery(text, filters=filters, limit=10, with_facets=True))
    return found.total, found.facets


def test_a_filtered_facet_counts_its_other_values_as_alternatives(index):
    total, counts = facets(index, "tender", type=("guide",))
    assert total == 2
    assert counts["type"] == {"guide": 2, "success-story": 2, "glossary": 1}  # as without the type filter
    assert counts["topics"] == {"energy": 1, "mobility": 1}  # the guides' topics only
    total, counts = facets(index, "tender", type=("guide", "success-story"))
    assert total == 4 and counts["type"]["glossary"] == 1


def test_two_filtered_facets_each_count_within_the_other(index):
    total, counts = facets(index, "tender", type=("guide",), topic=("mobility",))
    assert total == 1
    assert counts["type"] == {"guide": 1, "success-story": 1}  # mobility documents of every type
    assert counts["topics"] == {"energy": 1, "mobility": 1}  # guides of every topic


def test_a_filter_without_words_counts_the_library_the_same_way(index):
    total, counts = facets(index, "", type=("glossary",))
    assert total == 1
    assert counts["type"] == {"guide": 2, "success-story": 2, "glossary": 1}
    assert counts["topics"] == {"legal-framework": 1}
