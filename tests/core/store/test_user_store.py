"""Bookmarks, notes, history and collections in user.db."""

from ipt_desktop.core.store.user_store import HISTORY_KEPT, CollectionItem, UserStore


def test_bookmarks_and_notes_survive_reopening(tmp_path):
    store = UserStore(tmp_path / "user.db")
    store.set_bookmark("guide-a", "Guide A", True)
    store.save_note("guide-a", "Guide A", "Check Article 40 first.")
    store.close()
    store = UserStore(tmp_path / "user.db")
    assert [b.doc_id for b in store.bookmarks()] == ["guide-a"]
    assert store.note("guide-a") == "Check Article 40 first."
    store.save_note("guide-a", "Guide A", "   ")
    assert store.note("guide-a") == ""
    store.set_bookmark("guide-a", "Guide A", False)
    assert store.bookmarks() == []
    store.close()


def test_history_is_bounded_and_newest_first(tmp_path):
    store = UserStore(tmp_path / "user.db")
    for n in range(HISTORY_KEPT + 20):
        store.record_visit(f"doc-{n}", f"Doc {n}")
    count = store.conn.execute("SELECT count(*) FROM history").fetchone()[0]
    assert count == HISTORY_KEPT
    assert store.history(limit=1)[0].doc_id == f"doc-{HISTORY_KEPT + 19}"
    store.close()


def test_collection_round_trip(tmp_path):
    store = UserStore(tmp_path / "user.db")
    items = [CollectionItem("guide-a", "A"), CollectionItem("guide-b", "B", section="part-two")]
    cid = store.save_collection("Workshop", items)
    store.save_collection("Workshop", list(reversed(items)), cid)
    deck = store.collection("Workshop")
    assert [i.doc_id for i in deck.items] == ["guide-b", "guide-a"]
    assert deck.items[0].section == "part-two"
    store.close()
