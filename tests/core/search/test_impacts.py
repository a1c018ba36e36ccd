"""The frequent words' scored lists (core/search/impacts.py): searches that read them rank exactly as
searches that score every posting, and a missing, stale or damaged file only costs speed.

The library's threshold is thousands of postings; these indexes lower it (``impacts_min_postings``) so that a
few dozen documents have frequent words."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from ipt_desktop.core.search.analysis import stem_variants
from ipt_desktop.core.search.impacts import FILE_PREFIX, Impacts, impacts_path
from ipt_desktop.core.search.index import SearchIndex
from ipt_desktop.core.search.store import verify_index
from ipt_desktop.core.search.types import SearchQuery
from tests.core.search.library import make_doc

WORDS_EN = [
    "procurement",
    "contracts",
    "contract",
    "innovation",
    "innovations",
    "buyer",
    "buyers",
    "buy",
    "market",
    "tender",
    "tenders",
    "tend",
    "lots",
]
WORDS_DE = [
    "Beschaffung",
    "Verträge",
    "Vertrag",
    "Innovation",
    "Innovationen",
    "contracts",
    "Markt",
    "Ausschreibung",
    "Lose",
]
QUERIES = [
    "contracts",
    "innovations procurement",
    "Verträge contracts",
    "contract tender",
    "innov*",
    '"market tender"',
    "buyers -lots",
    "Innovationen Beschaffung",
]
NEVER = 10**9


def corpus(count: int, seed: int = 3) -> list:
    rng = random.Random(seed)
    docs = []
    for n in range(count):
        german = n % 3 == 0
        words = WORDS_DE if german else WORDS_EN
        body = " ".join(rng.choice(words) for _ in range(rng.randint(20, 80)))
        title = " ".join(rng.choice(words) for _ in range(3))
        docs.append(make_doc(f"doc-{n:03d}", title, body, language="de" if german else "en"))
    return docs


def build(folder: Path, docs: list, min_postings: int) -> SearchIndex:
    index = SearchIndex(folder)
    index.impacts_min_postings = min_postings
    index.rebuild(docs, len(docs), None)
    return index


def ranked(index: SearchIndex, text: str) -> dict[str, float]:
    result = index.search(SearchQuery(text, limit=500))
    return {hit.id: hit.score for hit in result.hits}


def assert_same_ranking(a: SearchIndex, b: SearchIndex) -> None:
    for text in QUERIES:
        first, second = ranked(a, text), ranked(b, text)
        assert first.keys() == second.keys(), text
        for doc_id, score in first.items():
            assert score == pytest.approx(second[doc_id], rel=1e-5), (text, doc_id)


@pytest.fixture
def pair(tmp_path):
    docs = corpus(60)
    stored = build(tmp_path / "stored", docs, min_postings=5)
    scored = build(tmp_path / "scored", docs, min_postings=NEVER)
    yield stored, scored, docs
    stored.close()
    scored.close()


def test_a_rebuild_writes_the_frequent_words_and_searches_rank_as_without_them(pair):
    stored, scored, _ = pair
    files = sorted(p.name for p in stored.folder.iterdir() if p.name.startswith(FILE_PREFIX))
    assert files == ["impacts-1.bin"]
    assert not [p for p in scored.folder.iterdir() if p.name.startswith(FILE_PREFIX)]
    impacts = Impacts.open(stored.folder, 1, 60)
    assert impacts is not None and "contract" in impacts and "procur" in impacts
    docs, scores, mask = impacts.read("contract")
    assert scores == sorted(scores, reverse=True) and mask.bit_count() == len(docs)
    assert_same_ranking(stored, scored)
    stored.search(SearchQuery("contracts", limit=5))
    assert stored._ranker.impacts is not None  # the searches above read the file


def test_a_word_with_several_stems_takes_each_fields_best_stem(pair):
    """Read from the file or scored, a word stemmed several ways scores as score_word over all its stems
    (each field's best variant, the fields added)."""
    for index in pair[:2]:
        index.search(SearchQuery("contracts", limit=1))
        ranker = index._ranker
        several = 0
        for word in {w.lower() for w in WORDS_EN + WORDS_DE}:
            stems = tuple(stem_variants(word, index.languages()))
            expected = ranker.score_word(stems)
            got = ranker.word(stems).score_of
            assert got.keys() == expected.keys(), word
            for docnum, score in expected.items():
                assert got[docnum] == pytest.approx(score, rel=1e-5), (word, docnum)
            masks = [ranker.stem(s).mask for s in stems if ranker.stem(s).score_of]
            if len(masks) > 1:
                several += (masks[0] & masks[1]).bit_count()
        assert several >= 10  # documents that hold two stems of one word (its English and German forms)


def test_a_damaged_entry_or_another_generation_is_scored_instead(pair):
    stored, scored, _ = pair
    path = impacts_path(stored.folder, 1)
    data = bytearray(path.read_bytes())
    data[-5] ^= 0xFF  # inside the last word's document set
    path.write_bytes(bytes(data))
    reopened = SearchIndex(stored.folder)
    try:
        assert_same_ranking(reopened, scored)
        assert Impacts.open(stored.folder, 2, 60) is None  # not this generation's file
        assert Impacts.open(stored.folder, 1, 61) is None  # not this index's size
        assert verify_index(stored.folder) == []  # the index itself is sound
    finally:
        reopened.close()


def test_an_update_writes_the_new_generation_in_the_background(pair):
    stored, _scored, _docs = pair
    more = corpus(12, seed=9)
    more = [make_doc(f"new-{n}", d.title, d.body, language=d.language) for n, d in enumerate(more)]
    assert stored.update(more, ["doc-001", "doc-002"])
    stored._impacts_job.thread.join(30)
    names = sorted(p.name for p in stored.folder.iterdir() if p.name.startswith(FILE_PREFIX))
    assert names == ["impacts-2.bin"]  # the old generation's file is gone
    with_file = {text: ranked(stored, text) for text in QUERIES}
    assert stored._ranker.impacts is not None
    impacts_path(stored.folder, 2).unlink()
    plain = SearchIndex(stored.folder)
    try:
        for text in QUERIES:
            found = ranked(plain, text)
            assert found.keys() == with_file[text].keys(), text
            for doc_id, score in found.items():
                assert score == pytest.approx(with_file[text][doc_id], rel=1e-5)
    finally:
        plain.close()


def test_closing_stops_a_running_scoring_and_a_small_library_gets_no_file(tmp_path):
    small = build(tmp_path / "small", corpus(20), min_postings=NEVER)
    assert small.update(corpus(3, seed=5), [])
    assert small._impacts_job.thread is None
    assert not [p for p in small.folder.iterdir() if p.name.startswith(FILE_PREFIX)]
    small.impacts_min_postings = 2
    assert small.update([make_doc("late", "contracts", "contracts procurement")], [])
    small.close()  # joins the background thread, whether it finished or not
    assert small._impacts_job.thread is None
