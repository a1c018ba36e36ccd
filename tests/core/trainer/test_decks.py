"""Collections as workshop decks: editing them in user.db and sharing them as deck files."""

import json
from dataclasses import replace
from pathlib import Path

import pytest

from ipt_desktop.core.content.documents import load_document
from ipt_desktop.core.errors import ContentError, ExportError, NotFoundError
from ipt_desktop.core.store.user_store import UserStore
from ipt_desktop.core.trainer import decks

CASES = Path(__file__).parents[2] / "data" / "slides"


class _Library:
    """The two things the deck functions use: get() and user."""

    def __init__(self, path: Path, docs):
        self.user = UserStore(path)
        self.docs = {d.id: d for d in docs}

    def get(self, doc_id):
        if doc_id not in self.docs:
            raise NotFoundError(f"no document with id {doc_id!r}")
        return self.docs[doc_id]


@pytest.fixture
def library(tmp_path):
    lib = _Library(tmp_path / "user.db", [load_document(p) for p in sorted(CASES.glob("*.md"))])
    yield lib
    lib.user.close()


def test_create_add_reorder_remove_rename(library):
    decks.create_collection(library.user, "Workshop")
    with pytest.raises(ContentError, match="already exists"):
        decks.create_collection(library.user, " Workshop ")
    for doc_id in ("rules", "headings", "fences"):
        decks.add_to_collection(library, "Workshop", doc_id)
    deck = decks.add_to_collection(library, "Workshop", "headings", section="how")
    assert [(i.doc_id, i.section) for i in deck.items] == [
        ("rules", None),
        ("headings", None),
        ("fences", None),
        ("headings", "how"),
    ]
    assert deck.items[0].content_hash == library.get("rules").content_hash
    deck = decks.reorder_collection(library.user, deck.id, [2, 0, 3, 1])
    assert [i.doc_id for i in deck.items] == ["fences", "rules", "headings", "headings"]
    with pytest.raises(ContentError):
        decks.reorder_collection(library.user, deck.id, [0, 0, 1, 2])
    deck = decks.remove_item(library.user, deck.id, 3)
    assert len(deck.items) == 3
    deck = decks.rename_collection(library.user, deck.id, "Day one")
    assert library.user.collection("Day one").id == deck.id


def test_adding_creates_the_collection_and_ignores_duplicates(library):
    decks.add_to_collection(library, "New", "rules")
    deck = decks.add_to_collection(library, "New", "rules")
    assert [i.doc_id for i in deck.items] == ["rules"]


def test_export_import_round_trip_reports_missing_and_changed(library, tmp_path):
    for doc_id in ("rules", "headings", "fences"):
        decks.add_to_collection(library, "Workshop", doc_id)
    path = decks.export_deck(library, "Workshop", tmp_path / "workshop.ipt-deck.json")
    payload = json.loads(path.read_text(encoding="utf-8"))
    assert payload["format"] == "ipt-deck" and payload["version"] == 1 and payload["name"] == "Workshop"
    assert [i["id"] for i in payload["items"]] == ["rules", "headings", "fences"]
    assert set(payload["items"][0]) == {"id", "title", "section", "content_hash"}

    del library.docs["fences"]
    library.docs["rules"] = replace(library.docs["rules"], body="Changed since the export.")
    report = decks.import_deck(library, path)
    assert report.name == "Workshop (2)"
    assert report.missing == ("fences",)
    assert report.changed == ("rules",)
    imported = library.user.collection("Workshop (2)")
    assert [i.doc_id for i in imported.items] == ["rules", "headings", "fences"]


@pytest.mark.parametrize(
    "text, message",
    [
        ("{not json", "invalid JSON at line 1"),
        ('{"format": "other"}', "not a deck file"),
        ('{"format": "ipt-deck", "version": 9, "name": "x", "items": []}', "version 9 is not supported"),
        ('{"format": "ipt-deck", "version": 1, "name": "x", "items": [{}]}', "item 1 needs an 'id'"),
    ],
)
def test_bad_deck_files_are_one_clear_line(library, tmp_path, text, message):
    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as info:
        decks.import_deck(library, path)
    assert message in str(info.value)
    assert str(path) in str(info.value) and "\n" not in str(info.value)


def test_export_to_unwritable_folder(library, tmp_path):
    decks.add_to_collection(library, "W", "rules")
    with pytest.raises(ExportError, match="cannot write deck file"):
        decks.export_deck(library, "W", tmp_path / "no" / "such" / "folder" / "w.json")
