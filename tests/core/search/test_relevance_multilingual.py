"""Cross-lingual relevance: tests/data/relevance_multilingual.yaml over the bundled library plus five
non-English documents (tests/data/multilingual).

The table was written before the search was tuned. Each language's hit@3 must stay at or above the floor
below, which is what the search reaches today (the goal is 0.90 in every language).
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
import yaml

from ipt_desktop.core.content.bundled import bundled_dir, load_bundled
from ipt_desktop.core.content.documents import load_document
from ipt_desktop.core.search.index import SearchIndex
from ipt_desktop.core.search.types import SearchQuery

DATA = Path(__file__).resolve().parents[2] / "data"
TABLE = DATA / "relevance_multilingual.yaml"
# Regression floors: each language's hit@3 must not fall below them; they are what the library reaches
# today, rounded down. The goal is 0.9 in every language. English queries find the non-English fixture
# documents through the glossary's terms and the subjects of the concept map (resources/concepts.yaml): the
# everyday names of the things bought ("litter bin", "Abfallbehälter"), in each language.
FLOOR = {
    "de": 0.94,
    "fr": 1.0,
    "it": 0.94,
    "es": 1.0,
    "pl": 0.9,
    "nl": 0.95,
    "pt": 0.94,
    "sk": 0.95,
    "en": 1.0,
}
GOAL = 0.9


@pytest.fixture(scope="module")
def multilingual_index(tmp_path_factory) -> SearchIndex:
    documents, _ = load_bundled(bundled_dir())
    documents += [load_document(path) for path in sorted((DATA / "multilingual").glob("*.md"))]
    index = SearchIndex(tmp_path_factory.mktemp("multilingual") / "index")
    index.rebuild(documents, len(documents), None)
    yield index
    index.close()


def test_the_table_covers_every_language_with_enough_queries():
    cases = yaml.safe_load(TABLE.read_text(encoding="utf-8"))
    per_language = defaultdict(int)
    for case in cases:
        per_language[case["lang"]] += 1
    assert len(cases) >= 80
    assert all(per_language[code] >= 8 for code in ("de", "fr", "it", "es", "pl", "nl", "pt", "sk"))
    assert per_language["en"] >= 10


def test_each_language_finds_its_documents(multilingual_index: SearchIndex):
    cases = yaml.safe_load(TABLE.read_text(encoding="utf-8"))
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    misses = defaultdict(list)
    for case in cases:
        ranked = [hit.id for hit in multilingual_index.search(SearchQuery(case["query"], limit=3)).hits]
        row = counts[case["lang"]]
        row[0] += 1
        row[1] += bool(ranked) and ranked[0] == case["expect"]
        row[2] += case["expect"] in ranked
        if case["expect"] not in ranked:
            misses[case["lang"]].append(f"{case['query']!r}: expected {case['expect']}, got {ranked}")
    report = {code: (n, at1 / n, at3 / n) for code, (n, at1, at3) in sorted(counts.items())}
    for code, (n, at1, at3) in report.items():
        print(f"relevance {code}: {n} queries, hit@1 {at1:.2f}, hit@3 {at3:.2f}")
    below = [
        f"{code}: hit@3 {at3:.2f} < {FLOOR[code]}\n  " + "\n  ".join(misses[code])
        for code, (_n, _at1, at3) in report.items()
        if at3 < FLOOR[code]
    ]
    assert not below, "\n".join(below)
