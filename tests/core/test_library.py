"""The Library facade: every write the UI and the CLI make returns a change record that names what it touched."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.bench_sync import LoopbackServer, Route, rss_feed
from ipt_desktop.core.changes import OpChanges, OpResult
from ipt_desktop.core.errors import ContentError
from ipt_desktop.core.store.user_store import Collection


def test_personal_writes_name_the_document(small_library):
    assert small_library.set_bookmark("guide-market-dialogue", "Market dialogue", True) == OpChanges(
        bookmarks=frozenset({"guide-market-dialogue"})
    )
    assert small_library.is_bookmarked("guide-market-dialogue")
    assert [b.doc_id for b in small_library.bookmarks()] == ["guide-market-dialogue"]
    changes = small_library.save_note("story-test-buses", "Buses", "Call the depot.")
    assert changes.kinds == ("notes",) and changes.notes == {"story-test-buses"}
    assert small_library.note("story-test-buses") == "Call the depot."
    assert [n.doc_id for n in small_library.notes()] == ["story-test-buses"]
    changes = small_library.record_visit("glossary-test-pcp", "PCP")
    assert changes.kinds == ("history",) and changes.history == {"glossary-test-pcp"}
    assert [h.doc_id for h in small_library.history()] == ["glossary-test-pcp"]


def test_collection_writes_name_the_collection(small_library, tmp_path):
    created = small_library.create_collection("  Day   one ")
    assert isinstance(created, OpResult) and isinstance(created.value, Collection)
    day = created.value
    assert day.name == "Day one" and created.changes == OpChanges(collections=frozenset({day.id}))
    added = small_library.add_to_collection("Day one", "guide-market-dialogue")
    assert added.changes.collections == {day.id} and len(added.value.items) == 1
    added = small_library.add_to_collection("Day two", "story-test-buses")
    other = added.value
    assert other.id != day.id and added.changes.collections == {other.id}
    items = (*added.value.items, *small_library.collection(day.id).items)
    assert small_library.set_collection_items(other.id, items).value.items == items
    renamed = small_library.rename_collection(other.id, "Day 2")
    assert renamed.value.name == "Day 2" and renamed.changes.kinds == ("collections",)
    with pytest.raises(ContentError):
        small_library.create_collection("Day 2")
    path = small_library.export_deck("Day 2", tmp_path / "d.ipt-deck.json")
    imported = small_library.import_deck(path)
    assert imported.value.name == "Day 2 (2)"
    assert imported.changes.collections == {imported.value.collection_id}
    assert small_library.collection_deck("Day 2").slides
    assert small_library.delete_collection(day.id) == OpChanges(collections=frozenset({day.id}))
    assert [c.name for c in small_library.collections()] == ["Day 2", "Day 2 (2)"]


def test_source_writes_name_the_source(lib):
    suggested = [r.name for r in lib.sources()]
    added = lib.add_source("https://news.example.org/feed.xml", "News")
    assert added.value.name == "News" and added.changes == OpChanges(sources=frozenset({"News"}))
    assert lib.due_sources(1) == ["News"]  # enabled and never checked; the suggested ones are disabled
    disabled = lib.set_source_enabled("News", False)
    assert not disabled.value.is_enabled and disabled.changes.sources == {"News"}
    assert lib.due_sources(1) == []
    assert lib.remove_source("News").changes.sources == {"News"}
    assert [r.name for r in lib.sources()] == suggested


def test_a_sync_names_the_documents_and_the_sources(lib):
    server = LoopbackServer()
    server.routes["/feed.xml"] = Route(rss_feed(3), headers={"Content-Type": "application/rss+xml"})
    try:
        lib.add_source(server.url("/feed.xml"), "Loopback")
        synced = lib.sync(force=True)
        assert synced.value.is_ok
        assert len(synced.changes.content.added) == 3 and synced.changes.sources == {"Loopback"}
        assert synced.changes.kinds == ("content", "sources")
        assert len(lib.recent_changes()) == 3
        assert {d.id for d in lib.documents("news")} == set(synced.changes.content.added)
        again = lib.sync_source("Loopback")
        assert again.value.status == "unchanged" and again.changes.kinds == ("sources",)
    finally:
        server.close()


def test_import_reindex_and_prepare_say_what_they_changed(small_library, tmp_path: Path):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "visit.md").write_text("# Visit\n\nWe saw the depot.\n", encoding="utf-8")
    imported = small_library.import_path(folder)
    assert imported.value.errors == () and imported.changes.content.added == ("visit",)
    assert imported.changes.kinds == ("content",)
    assert small_library.has("visit") and "visit" in small_library.summaries(["visit", "nope"])
    assert small_library.facet_overview()["project"]["mine"] == 1
    reindexed = small_library.reindex()
    assert reindexed.value == small_library.stats()["documents"] and reindexed.changes == OpChanges(
        index=True
    )
    prepared = small_library.prepare()
    assert prepared.value == [] and prepared.changes.touches("index")
