"""user.db: bookmarks, notes, history and collections (workshop decks). Sync never writes here.

The database runs with ``synchronous=FULL`` and is backed up before every migration.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ipt_desktop.core.errors import NotFoundError
from ipt_desktop.core.resources import migrations_dir
from ipt_desktop.core.store.database import open_database, transaction, utc_now

HISTORY_KEPT = 500


@dataclass(frozen=True)
class UserItem:
    """A bookmark, note or history entry; ``title`` is the title when it was saved."""

    doc_id: str
    title: str
    at: str
    text: str = ""


@dataclass(frozen=True)
class CollectionItem:
    """One entry of a collection: a document, or one section of it."""

    doc_id: str
    title: str
    section: str | None = None
    content_hash: str | None = None


@dataclass(frozen=True)
class Collection:
    """A named, ordered list of documents: a workshop deck."""

    id: int
    name: str
    items: tuple[CollectionItem, ...]


class UserStore:
    """The user database."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.conn = open_database(path, migrations_dir("user"), synchronous="FULL", backup=True)

    def close(self) -> None:
        """Close the database connection."""
        self.conn.close()

    # -- bookmarks -----------------------------------------------------------------------------------------

    def is_bookmarked(self, doc_id: str) -> bool:
        """True when the document is bookmarked."""
        return self.conn.execute("SELECT 1 FROM bookmarks WHERE doc_id = ?", (doc_id,)).fetchone() is not None

    def set_bookmark(self, doc_id: str, title: str, on: bool) -> None:
        """Add or remove a bookmark."""
        if on:
            self.conn.execute(
                "INSERT OR REPLACE INTO bookmarks(doc_id, title, created_at) VALUES (?,?,?)",
                (doc_id, title, utc_now()),
            )
        else:
            self.conn.execute("DELETE FROM bookmarks WHERE doc_id = ?", (doc_id,))

    def bookmarks(self) -> list[UserItem]:
        """Bookmarked documents, newest first."""
        rows = self.conn.execute("SELECT doc_id, title, created_at FROM bookmarks ORDER BY created_at DESC")
        return [UserItem(*row) for row in rows]

    # -- notes ---------------------------------------------------------------------------------------------

    def note(self, doc_id: str) -> str:
        """The user's note on a document (empty when there is none)."""
        row = self.conn.execute("SELECT text FROM notes WHERE doc_id = ?", (doc_id,)).fetchone()
        return row[0] if row else ""

    def save_note(self, doc_id: str, title: str, text: str) -> None:
        """Store a note; an empty note deletes it."""
        if text.strip():
            self.conn.execute(
                "INSERT OR REPLACE INTO notes(doc_id, title, text, updated_at) VALUES (?,?,?,?)",
                (doc_id, title, text, utc_now()),
            )
        else:
            self.conn.execute("DELETE FROM notes WHERE doc_id = ?", (doc_id,))

    def notes(self) -> list[UserItem]:
        """Documents with a note, most recently edited first; ``text`` holds the note."""
        rows = self.conn.execute("SELECT doc_id, title, updated_at, text FROM notes ORDER BY updated_at DESC")
        return [UserItem(*row) for row in rows]

    # -- history -------------------------------------------------------------------------------------------

    def record_visit(self, doc_id: str, title: str) -> None:
        """Append to history, keeping the newest HISTORY_KEPT entries."""
        with transaction(self.conn):
            self.conn.execute(
                "INSERT INTO history(doc_id, title, opened_at) VALUES (?,?,?)", (doc_id, title, utc_now())
            )
            self.conn.execute(
                "DELETE FROM history WHERE id <= (SELECT max(id) FROM history) - ?", (HISTORY_KEPT,)
            )

    def history(self, limit: int = 100) -> list[UserItem]:
        """Recently opened documents, each once, most recent first."""
        rows = self.conn.execute(
            "SELECT doc_id, title, max(opened_at) FROM history GROUP BY doc_id ORDER BY max(id) DESC LIMIT ?",
            (limit,),
        )
        return [UserItem(*row) for row in rows]

    # -- collections ---------------------------------------------------------------------------------------

    def collections(self) -> list[Collection]:
        """Every collection with its items, by name."""
        rows = self.conn.execute("SELECT id FROM collections ORDER BY name COLLATE NOCASE").fetchall()
        return [self.collection(row[0]) for row in rows]

    def collection(self, key: int | str) -> Collection:
        """A collection by id or name."""
        column = "id" if isinstance(key, int) else "name"
        row = self.conn.execute(f"SELECT id, name FROM collections WHERE {column} = ?", (key,)).fetchone()
        if row is None:
            raise NotFoundError(f"no collection named {key!r}")
        items = self.conn.execute(
            "SELECT doc_id, title, section, content_hash FROM collection_items WHERE collection_id = ? ORDER BY position",
            (row[0],),
        )
        return Collection(row[0], row[1], tuple(CollectionItem(*item) for item in items))

    def save_collection(
        self, name: str, items: list[CollectionItem], collection_id: int | None = None
    ) -> int:
        """Create or replace a collection's name and items in one transaction; returns its id."""
        now = utc_now()
        with transaction(self.conn):
            if collection_id is None:
                cursor = self.conn.execute(
                    "INSERT INTO collections(name, created_at, updated_at) VALUES (?,?,?)", (name, now, now)
                )
                collection_id = int(cursor.lastrowid)
            else:
                self.conn.execute(
                    "UPDATE collections SET name = ?, updated_at = ? WHERE id = ?", (name, now, collection_id)
                )
                self.conn.execute("DELETE FROM collection_items WHERE collection_id = ?", (collection_id,))
            self.conn.executemany(
                "INSERT INTO collection_items(collection_id, position, doc_id, title, section, content_hash)"
                " VALUES (?,?,?,?,?,?)",
                [
                    (collection_id, pos, i.doc_id, i.title, i.section, i.content_hash)
                    for pos, i in enumerate(items)
                ],
            )
        return collection_id

    def delete_collection(self, collection_id: int) -> None:
        """Delete a collection and its items (the documents stay)."""
        self.conn.execute("DELETE FROM collections WHERE id = ?", (collection_id,))
