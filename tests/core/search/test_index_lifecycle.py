"""Acceptance tests of a SearchIndex's life on disk: a missing, corrupt or outdated folder is reported, a
rebuild swaps in while the old index serves, updates and deletes apply while readers search, a failed update
leaves nothing behind, and a damaged file is found, reported and cleared by a rebuild."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from ipt_desktop.core.search.index import SearchIndex
from tests.core.search.library import DOCS, ids, make_doc, search

# -- lifecycle ---------------------------------------------------------------------------------------------


def test_missing_folder_is_a_problem_not_an_error(tmp_path: Path) -> None:
    idx = SearchIndex(tmp_path / "nothing")
    assert "missing" in idx.problem(3)
    assert idx.doc_count() == 0
    result = search(idx, "anything")
    assert result.total == 0 and result.message


def test_problem_none_when_counts_match_and_mismatch_reported(index: SearchIndex) -> None:
    assert index.problem(len(DOCS)) is None
    assert "documents" in index.problem(len(DOCS) + 1)


def test_corrupt_file_is_detected(tmp_path: Path) -> None:
    idx = SearchIndex(tmp_path / "index")
    idx.rebuild(DOCS, len(DOCS), None)
    idx.close()
    for path in (tmp_path / "index").iterdir():
        if path.suffix == ".toc":
            path.write_bytes(b"garbage")
    assert "cannot open" in SearchIndex(tmp_path / "index").problem(len(DOCS))


def test_schema_version_bump_is_detected(tmp_path: Path, monkeypatch) -> None:
    idx = SearchIndex(tmp_path / "index")
    idx.rebuild(DOCS, len(DOCS), None)
    idx.close()
    from ipt_desktop.core.search import store as search_store

    monkeypatch.setattr(search_store, "SCHEMA_VERSION", search_store.SCHEMA_VERSION + 1)
    assert "schema version" in SearchIndex(tmp_path / "index").problem(len(DOCS))


def test_rebuild_swaps_and_old_index_serves_meanwhile(index: SearchIndex) -> None:
    seen = []

    def progress(done: int, total: int) -> None:
        seen.append(search(index, "robot").total)

    more = [*DOCS, make_doc("guide-robot", "Robot guide", "Robot robot robot.")]
    assert index.rebuild(more, len(more), progress) == len(more)
    assert seen and seen[0] == 1
    assert search(index, "robot").total == 2
    assert not list(index.folder.parent.glob("index.building*"))


def test_incremental_update_and_delete(index: SearchIndex) -> None:
    index.update([make_doc("news-x", "Zeppelin news", "Zeppelins return.", type_="news")], ["guide-award"])
    assert ids(search(index, "zeppelin")) == ["news-x"]
    assert search(index, "life-cycle costing").total == 0
    assert index.doc_count() == len(DOCS)
    index.update([make_doc("news-x", "Airship news", "Airships return.", type_="news")], [])
    assert search(index, "zeppelin").total == 0 and ids(search(index, "airship")) == ["news-x"]


def test_search_while_updating(index: SearchIndex) -> None:
    errors = []

    def reader() -> None:
        try:
            for _ in range(30):
                search(index, "procurement market")
        except Exception as exc:
            errors.append(exc)

    threads = [threading.Thread(target=reader) for _ in range(3)]
    for t in threads:
        t.start()
    for n in range(5):
        index.update([make_doc(f"news-{n}", f"Item {n}", "procurement news")], [])
    for t in threads:
        t.join()
    assert not errors
    assert search(index, "news").total >= 5


def test_a_failed_update_leaves_word_list_and_synonyms_as_they_were(
    index: SearchIndex, tmp_path: Path
) -> None:
    import dataclasses

    from ipt_desktop.core.errors import SearchError
    from ipt_desktop.core.search.store import IndexMeta

    glossary = make_doc(
        "glossary-zlc",
        "Zeppelin logistics contract (ZLC)",
        "A contract for airship logistics.",
        type_="glossary",
        meta={"term": "Zeppelin logistics contract", "acronyms": ["ZLC"]},
    )
    replaced = make_doc("guide-award", "Award", "Price only.")
    broken = dataclasses.replace(make_doc("broken", "Broken", "body"), body=None)  # fails while indexed
    with pytest.raises(SearchError):
        index.update([glossary, replaced, broken], ["story-health"])
    # Nothing of the failed update shows: not its words, not its synonyms, not the words it would remove.
    assert search(index, "zeppeli", prefix=True).total == 0
    assert search(index, "zeppelni").suggestion is None
    assert search(index, "robo", prefix=True).total == 1
    assert search(index, "healthcre").suggestion == "healthcare"
    assert "guide-award" in ids(search(index, "life-cycle costing"))
    # The next successful update saves a word list and synonyms equal to those of a fresh build.
    index.update([make_doc("news-x", "Harbour news", "Cranes.", type_="news")], [])
    final = [*DOCS, make_doc("news-x", "Harbour news", "Cranes.", type_="news")]
    fresh = SearchIndex(tmp_path / "fresh")
    fresh.rebuild(final, len(final), None)
    fresh.close()
    saved, _ = IndexMeta.read(index.folder)
    expected, _ = IndexMeta.read(tmp_path / "fresh")
    assert saved.vocabulary.counts == expected.vocabulary.counts
    assert saved.synonyms == expected.synonyms and saved.languages == expected.languages


def test_a_damaged_file_is_found_reported_and_cleared_by_a_rebuild(index: SearchIndex) -> None:
    from ipt_desktop.core.errors import IndexDamagedError

    assert index.verify() == []
    postings = next(index.folder.glob("*.pst"))
    data = postings.read_bytes()
    postings.write_bytes(data[: len(data) // 2])
    assert [postings.name in problem for problem in index.verify()] == [True]
    damaged = SearchIndex(index.folder)
    with pytest.raises(IndexDamagedError) as caught:
        for text in ("procurement", "robot", "hospital pcp", "market consultation"):
            search(damaged, text)
    message = str(caught.value)
    assert "\n" not in message and str(index.folder) in message and postings.name in message
    assert caught.value.reason.startswith("damaged: ") and postings.name in caught.value.reason
    assert damaged.problem(len(DOCS)).startswith("damaged: ")
    with pytest.raises(IndexDamagedError):
        search(damaged, "anything")  # until it is rebuilt
    assert damaged.update([make_doc("news-x", "X", "x")], []) is False  # a damaged index is not written
    assert damaged.rebuild(DOCS, len(DOCS), None) == len(DOCS)
    assert damaged.problem(len(DOCS)) is None and damaged.verify() == []
    assert ids(search(damaged, "robot")) == ["story-health"]
    assert ids(search(index, "robot")) == ["story-health"]  # another instance reopens on the change
    damaged.close()
