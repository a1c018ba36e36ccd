"""The index writer: in-memory posting pool, segments per batch of documents, and parallel builds."""

from __future__ import annotations

import dataclasses
import threading
from pathlib import Path

import pytest

from ipt_desktop.core.errors import SearchError
from ipt_desktop.core.search import parallel as search_parallel
from ipt_desktop.core.search import store as search_store
from ipt_desktop.core.search import writer as search_writer
from ipt_desktop.core.search.index import SearchIndex
from ipt_desktop.core.search.types import SearchQuery
from ipt_desktop.core.search.writer import TermPool
from tests.core.search.library import DOCS, make_doc

QUERIES = [
    "procurement",
    "pcp",
    "meat",
    "hospital",
    "contratacion",
    "krankenhaus",
    '"market consultation"',
    "type:guide award",
    "procurment",
    "robo",
    "topic:healthcare",
]


def corpus() -> list:
    """The search test documents plus numbered variants, enough for several segments per worker."""
    extra = [
        make_doc(
            f"note-{n:03d}",
            f"Note {n} on {word} procurement",
            f"{word} body text number {n}. Suppliers and buyers meet in market consultation.",
            updated=f"2025-02-{n % 28 + 1:02d}",
        )
        for n, word in enumerate(["circular", "mobility", "hospital", "training", "risk"] * 8)
    ]
    return DOCS + extra


def answers(index: SearchIndex) -> dict:
    out = {}
    for text in QUERIES:
        result = index.search(SearchQuery(text, limit=100, with_facets=True))
        out[text] = (result.total, sorted(hit.id for hit in result.hits), result.facets, result.suggestion)
    return out


def build(folder: Path, docs: list) -> SearchIndex:
    index = SearchIndex(folder)
    assert index.rebuild(docs, len(docs), None) == len(docs)
    return index


@pytest.mark.parametrize("start", ["fork", "spawn"])
def test_parallel_build_gives_the_same_index_as_one_process(tmp_path: Path, monkeypatch, start: str) -> None:
    docs = corpus()
    serial = build(tmp_path / "serial", docs)
    expected = answers(serial)
    serial.close()
    monkeypatch.setattr(search_store, "PARALLEL_FROM", 1)
    monkeypatch.setattr(search_writer, "SEGMENT_DOCS", 7)
    monkeypatch.setattr(search_parallel, "BATCH_DOCS", 5)
    if start == "spawn":  # what the app does: other threads are running
        monkeypatch.setattr(threading, "active_count", lambda: 3)
    else:
        monkeypatch.setattr(threading, "active_count", lambda: 1)
    seen: list[int] = []
    parallel = SearchIndex(tmp_path / "parallel")
    assert parallel.rebuild(docs, len(docs), lambda done, total: seen.append(done)) == len(docs)
    assert seen and seen[-1] == len(docs)
    assert parallel.doc_count() == len(docs)
    assert answers(parallel) == expected
    serial_meta, _ = search_store.IndexMeta.read(tmp_path / "serial")
    parallel_meta, _ = search_store.IndexMeta.read(tmp_path / "parallel")
    assert parallel_meta.vocabulary.counts == serial_meta.vocabulary.counts
    assert parallel_meta.synonyms == serial_meta.synonyms and parallel_meta.languages == serial_meta.languages
    parallel.close()


def test_worker_failure_is_one_error_and_the_old_index_stays(tmp_path: Path, monkeypatch) -> None:
    index = build(tmp_path / "index", DOCS)
    monkeypatch.setattr(search_store, "PARALLEL_FROM", 1)
    monkeypatch.setattr(threading, "active_count", lambda: 1)  # fork, so the children see the broken document
    broken = dataclasses.replace(make_doc("broken", "Broken", "body"), body=None)  # fails inside a worker
    docs = [*corpus(), broken]
    with pytest.raises(SearchError) as caught:
        index.rebuild(docs, len(docs), None)
    message = str(caught.value)
    assert "\n" not in message and "index worker failed: TypeError" in message
    assert not list(tmp_path.glob("index.building*"))
    assert index.doc_count() == len(DOCS)
    assert [hit.id for hit in index.search(SearchQuery("robot")).hits] == ["story-health"]
    index.close()


def test_serial_build_writes_several_segments(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(search_writer, "SEGMENT_DOCS", 10)
    docs = corpus()
    index = build(tmp_path / "index", docs)
    assert len(list((tmp_path / "index").glob("*.trm"))) == -(-len(docs) // 10)
    assert index.search(SearchQuery('"market consultation"', limit=100)).total == len(docs) - len(DOCS) + 2
    index.close()


def test_many_small_updates_merge_segments_correctly(tmp_path: Path) -> None:
    index = build(tmp_path / "index", DOCS)
    for n in range(15):
        index.update(
            [make_doc(f"news-{n}", f"Harbour news {n}", "Harbour cranes were procured.", type_="news")],
            ["guide-award"] if n == 3 else [],
        )
    assert len(list((tmp_path / "index").glob("*.trm"))) < 15  # whoosh merged small segments
    result = index.search(SearchQuery('"harbour news"', limit=100))
    assert sorted(hit.id for hit in result.hits) == sorted(f"news-{n}" for n in range(15))
    assert index.search(SearchQuery("life-cycle costing")).total == 0
    assert index.problem(len(DOCS) - 1 + 15) is None
    index.close()


def test_term_pool_orders_postings_and_keeps_values_aligned() -> None:
    pool = TermPool()
    pool.add(("title", b"b", 0, 1.0, b"\x01"))
    pool.add(("text", b"a", 5, 2.0, b""))
    pool.add(("text", b"a", 2, 1.0, b""))  # out of order, as a merge could hand it over
    pool.add(("title", b"b", 3, 1.0, b""))
    pool.add(("title", b"a", 1, 1.0, None))
    pool.add(("title", b"a", 4, 3.0, b"\x02"))
    assert list(pool.iter_postings()) == [
        ("text", b"a", 2, 1.0, b""),
        ("text", b"a", 5, 2.0, b""),
        ("title", b"a", 1, 1.0, b""),
        ("title", b"a", 4, 3.0, b"\x02"),
        ("title", b"b", 0, 1.0, b"\x01"),
        ("title", b"b", 3, 1.0, b""),
    ]
    assert pool.fieldnames == {"title", "text"}


def test_parallel_builds_fork_only_from_a_single_thread_unless_told(monkeypatch):
    monkeypatch.delenv(search_parallel.START_METHOD_ENV, raising=False)
    assert search_parallel.start_method(["fork", "spawn"]) == "fork"
    assert search_parallel.start_method(["spawn"]) == "spawn"
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert search_parallel.start_method(["fork", "spawn"]) == "spawn"  # as in the window
    finally:
        stop.set()
        thread.join()
    monkeypatch.setenv(search_parallel.START_METHOD_ENV, "spawn")
    assert search_parallel.start_method(["fork", "spawn"]) == "spawn"
    monkeypatch.setenv(search_parallel.START_METHOD_ENV, "teleport")
    with pytest.raises(ValueError, match="teleport"):
        search_parallel.start_method(["fork", "spawn"])
