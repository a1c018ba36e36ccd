"""Workshop decks: editing collections in user.db, and sharing them as small JSON files.

A deck file holds references, never content::

    {"format": "ipt-deck", "version": 1, "name": "...",
     "items": [{"id": "...", "title": "...", "section": null, "content_hash": "..."}]}

Importing a deck reports which documents the library lacks and which changed since the export (by hash).
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from ipt_desktop.core.content.documents import Document
from ipt_desktop.core.errors import ContentError, ExportError, NotFoundError
from ipt_desktop.core.store.user_store import Collection, CollectionItem, UserStore

DECK_FORMAT = "ipt-deck"
DECK_VERSION = 1
MAX_DECK_BYTES = 2 * 1024 * 1024


class DeckLibrary(Protocol):
    """What these functions need from a Library."""

    user: UserStore

    def get(self, doc_id: str) -> Document:
        """One document by id."""


@dataclass(frozen=True)
class DeckImport:
    """Outcome of importing a deck file: the collection made and the documents that need attention."""

    name: str
    collection_id: int
    items: int
    missing: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()


@dataclass(frozen=True)
class DeckFile:
    """The contents of a deck file."""

    name: str
    items: tuple[CollectionItem, ...]


# -- editing collections ---------------------------------------------------------------------------------


def create_collection(user: UserStore, name: str) -> int:
    """A new, empty collection; ContentError when the name is blank or taken."""
    name = _clean_name(name)
    if _exists(user, name):
        raise ContentError(f"a collection named {name!r} already exists; choose another name")
    return user.save_collection(name, [])


def add_to_collection(library: DeckLibrary, name: str, doc_id: str, section: str | None = None) -> Collection:
    """Append a document (or one section of it) to a collection, creating the collection if needed."""
    doc = library.get(doc_id)
    name = _clean_name(name)
    item = CollectionItem(doc.id, doc.title, section or None, doc.content_hash)
    if not _exists(library.user, name):
        library.user.save_collection(name, [item])
    else:
        current = library.user.collection(name)
        if item not in current.items:
            library.user.save_collection(name, [*current.items, item], current.id)
    return library.user.collection(name)


def reorder_collection(user: UserStore, collection_id: int, order: Sequence[int]) -> Collection:
    """Put a collection's items in a new order, given as the old positions."""
    current = user.collection(collection_id)
    if sorted(order) != list(range(len(current.items))):
        raise ContentError(
            f"the new order of collection {current.name!r} must list each of its "
            f"{len(current.items)} items once"
        )
    user.save_collection(current.name, [current.items[n] for n in order], current.id)
    return user.collection(collection_id)


def set_collection_items(user: UserStore, collection_id: int, items: Sequence[CollectionItem]) -> Collection:
    """Replace a collection's items (after a reorder or removal in the UI)."""
    current = user.collection(collection_id)
    user.save_collection(current.name, list(items), current.id)
    return user.collection(collection_id)


def remove_item(user: UserStore, collection_id: int, position: int) -> Collection:
    """Remove the item at a position."""
    current = user.collection(collection_id)
    if not 0 <= position < len(current.items):
        raise NotFoundError(f"collection {current.name!r} has no item {position + 1}")
    items = [item for n, item in enumerate(current.items) if n != position]
    user.save_collection(current.name, items, current.id)
    return user.collection(collection_id)


def rename_collection(user: UserStore, collection_id: int, new_name: str) -> Collection:
    """Give a collection a new name; ContentError when it is blank or taken."""
    current = user.collection(collection_id)
    new_name = _clean_name(new_name)
    if new_name != current.name and _exists(user, new_name):
        raise ContentError(f"a collection named {new_name!r} already exists; choose another name")
    user.save_collection(new_name, list(current.items), current.id)
    return user.collection(collection_id)


# -- deck files ------------------------------------------------------------------------------------------


def deck_payload(collection: Collection, hashes: dict[str, str] | None = None) -> dict[str, Any]:
    """The JSON object of a deck file; ``hashes`` gives current content hashes by document id."""
    hashes = hashes or {}
    return {
        "format": DECK_FORMAT,
        "version": DECK_VERSION,
        "name": collection.name,
        "items": [
            {
                "id": item.doc_id,
                "title": item.title,
                "section": item.section,
                "content_hash": hashes.get(item.doc_id, item.content_hash),
            }
            for item in collection.items
        ],
    }


def export_deck(library: DeckLibrary, name: str, path: Path) -> Path:
    """Write a collection as a deck file; ExportError naming the path when it cannot be written."""
    collection = library.user.collection(name)
    hashes = {}
    for item in collection.items:
        with contextlib.suppress(NotFoundError):
            hashes[item.doc_id] = library.get(item.doc_id).content_hash
    text = json.dumps(deck_payload(collection, hashes), ensure_ascii=False, indent=2) + "\n"
    path = Path(path)
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise ExportError(f"cannot write deck file {path} ({exc.strerror or exc})") from None
    return path


def read_deck(path: Path) -> DeckFile:
    """Parse a deck file; ContentError naming the file when it is not one."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_DECK_BYTES:
            raise ContentError(f"{path}: too large for a deck file (over {MAX_DECK_BYTES // 1048576} MB)")
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ContentError(f"{path}: cannot read deck file ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise ContentError(f"{path}: not a deck file (not UTF-8 text)") from None
    except json.JSONDecodeError as exc:
        raise ContentError(
            f"{path}: not a deck file (invalid JSON at line {exc.lineno}, column {exc.colno})"
        ) from None
    return _deck_from_json(data, path)


def import_deck(library: DeckLibrary, path: Path, name: str | None = None) -> DeckImport:
    """Create a collection from a deck file; a taken name gets a number, e.g. "Workshop (2)"."""
    deck = read_deck(path)
    missing, changed = [], []
    items = []
    for item in deck.items:
        try:
            doc = library.get(item.doc_id)
        except NotFoundError:
            missing.append(item.doc_id)
            items.append(item)
            continue
        if item.content_hash and item.content_hash != doc.content_hash:
            changed.append(item.doc_id)
        items.append(CollectionItem(doc.id, doc.title, item.section, doc.content_hash))
    final = _free_name(library.user, _clean_name(name or deck.name))
    collection_id = library.user.save_collection(final, items)
    return DeckImport(final, collection_id, len(items), tuple(missing), tuple(changed))


def _deck_from_json(data: Any, path: Path) -> DeckFile:
    if not isinstance(data, dict) or data.get("format") != DECK_FORMAT:
        raise ContentError(f'{path}: not a deck file ("format" must be {DECK_FORMAT!r})')
    if data.get("version") != DECK_VERSION:
        raise ContentError(
            f"{path}: deck file version {data.get('version')!r} is not supported "
            f"(this app reads version {DECK_VERSION})"
        )
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ContentError(f"{path}: key 'name' must be a non-empty text")
    raw_items = data.get("items")
    if not isinstance(raw_items, list):
        raise ContentError(f"{path}: key 'items' must be a list")
    items = []
    for n, raw in enumerate(raw_items, 1):
        if not isinstance(raw, dict) or not isinstance(raw.get("id"), str) or not raw["id"].strip():
            raise ContentError(f"{path}: item {n} needs an 'id'")
        section = raw.get("section")
        content_hash = raw.get("content_hash")
        items.append(
            CollectionItem(
                raw["id"].strip(),
                str(raw.get("title") or raw["id"]),
                str(section) if section else None,
                str(content_hash) if content_hash else None,
            )
        )
    return DeckFile(name.strip(), tuple(items))


def _clean_name(name: str) -> str:
    name = " ".join(str(name).split())
    if not name:
        raise ContentError("a collection needs a name")
    if len(name) > 200:
        raise ContentError("a collection name must be at most 200 characters")
    return name


def _exists(user: UserStore, name: str) -> bool:
    try:
        user.collection(name)
    except NotFoundError:
        return False
    return True


def _free_name(user: UserStore, name: str) -> str:
    candidate, n = name, 1
    while _exists(user, candidate):
        n += 1
        candidate = f"{name} ({n})"
    return candidate
