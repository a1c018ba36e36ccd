"""content.db: documents, facet values, the change log ("What's new") and library state.

Writes happen in one transaction per batch; ``apply`` returns a :class:`Changes` record
(defined in ``core.changes``, and importable from here as before).
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ipt_desktop.core.changes import Changes
from ipt_desktop.core.content.documents import Document
from ipt_desktop.core.content.front_matter import Source
from ipt_desktop.core.content.taxonomy import LIST_FACETS
from ipt_desktop.core.errors import NotFoundError
from ipt_desktop.core.resources import migrations_dir
from ipt_desktop.core.store.database import open_database, read_snapshot, transaction, utc_now


@dataclass(frozen=True)
class DocumentSummary:
    """The few fields lists need; events carry when and where."""

    id: str
    type: str
    title: str
    summary: str
    updated: str
    project: str
    year: int | None = None
    starts: str = ""
    location: str = ""
    online: bool = False
    language: str = "en"
    translations: Mapping[str, tuple[str, str]] = field(default_factory=dict)  # language → (title, summary)
    issued: str = ""  # a newsletter's issue date (YYYY-MM or YYYY-MM-DD), else its update date


@dataclass(frozen=True)
class ChangeEntry:
    """One row of the change log."""

    run_at: str
    origin: str
    doc_id: str
    action: str
    title: str


@dataclass
class _Pending:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


def row_to_document(row: sqlite3.Row) -> Document:
    """Rebuild a Document from a documents row."""
    meta = json.loads(row["meta"])
    lists = {key: tuple(str(v) for v in (meta.get(key) or [])) for key in LIST_FACETS}
    sources = tuple(
        Source(str(s.get("publisher", "")), str(s.get("title", "")), str(s.get("url") or ""))
        for s in meta.get("sources") or []
        if isinstance(s, dict)
    )
    return Document(
        id=row["id"],
        title=row["title"],
        type=row["type"],
        summary=row["summary"],
        language=row["language"],
        project=row["project"],
        license=row["license"],
        updated=row["updated"],
        body=row["body"],
        year=row["year"],
        sources=sources,
        meta=meta,
        **lists,
    )


class ContentStore:
    """The content database. One instance per thread; writes serialise through SQLite's lock."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.conn = open_database(path, migrations_dir("content"))

    def close(self) -> None:
        """Close the database connection."""
        self.conn.close()

    # -- reading -------------------------------------------------------------------------------------------

    def get(self, doc_id: str) -> Document:
        """One document; NotFoundError when absent."""
        row = self.conn.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"no document with id {doc_id!r}")
        return row_to_document(row)

    def has(self, doc_id: str) -> bool:
        """True when a document with this id is stored."""
        return self.conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None

    def versions(self, doc_id: str) -> list[tuple[str, str]]:
        """The language versions of a document, as (language, id): the original (the document that the others
        name in ``translation_of``) first, then its translations by language."""
        row = self.conn.execute(
            "SELECT json_extract(meta, '$.translation_of') FROM documents WHERE id = ?", (doc_id,)
        ).fetchone()
        if row is None:
            return []
        root = row[0] or doc_id
        rows = self.conn.execute(
            "SELECT id, language FROM documents WHERE id = ? OR json_extract(meta, '$.translation_of') = ?",
            (root, root),
        ).fetchall()
        return sorted(((language, found) for found, language in rows), key=lambda v: (v[1] != root, v[0]))

    def iter_documents(self, batch: int = 500) -> Iterator[Document]:
        """Every document, in id order, fetched in batches."""
        cursor = self.conn.execute("SELECT * FROM documents ORDER BY id")
        while rows := cursor.fetchmany(batch):
            yield from (row_to_document(row) for row in rows)

    def list_documents(self, doc_type: str | None = None, order: str = "title") -> list[DocumentSummary]:
        """Summaries for lists, by title, newest update, event start, or newest issue (newsletters)."""
        order_sql = {
            "title": "title COLLATE NOCASE",
            "updated": "updated DESC",
            "starts": "json_extract(meta, '$.starts')",
            "issued": "13 DESC, updated DESC",
        }[order]
        sql = (
            "SELECT id, type, title, summary, updated, project, year, json_extract(meta, '$.starts'),"
            " json_extract(meta, '$.location'), json_extract(meta, '$.online'), language,"
            " json_extract(meta, '$.translations'), coalesce(json_extract(meta, '$.issued'), updated)"
            " FROM documents"
        )
        params: tuple = ()
        if doc_type:
            sql += " WHERE type = ?"
            params = (doc_type,)
        rows = self.conn.execute(f"{sql} ORDER BY {order_sql}", params).fetchall()
        return [
            DocumentSummary(
                r[0],
                r[1],
                r[2],
                r[3],
                r[4],
                r[5],
                r[6],
                str(r[7] or ""),
                str(r[8] or ""),
                bool(r[9]),
                r[10],
                _translations(r[11]),
                str(r[12] or ""),
            )
            for r in rows
        ]

    def summaries(self, ids: Iterable[str]) -> dict[str, DocumentSummary]:
        """Summaries of those ids that exist."""
        ids = list(ids)
        out: dict[str, DocumentSummary] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self.conn.execute(
                "SELECT id, type, title, summary, updated, project, year, language,"
                f" json_extract(meta, '$.translations') FROM documents WHERE id IN ({marks})",
                chunk,
            ):
                out[row[0]] = DocumentSummary(*row[:7], language=row[7], translations=_translations(row[8]))
        return out

    def data_version(self) -> int:
        """A number that changes whenever content.db is modified, by this connection or another."""
        own = self.conn.total_changes
        other = int(self.conn.execute("PRAGMA data_version").fetchone()[0])
        return other * 1_000_000_007 + own

    def others_version(self) -> int:
        """A number that changes when another connection (another process, say) commits to content.db."""
        return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    def count(self) -> int:
        """The number of stored documents."""
        return int(self.conn.execute("SELECT count(*) FROM documents").fetchone()[0])

    def counts_by(self, column: str) -> Counter:
        """Document counts grouped by type, project, language or origin."""
        if column not in ("type", "project", "language", "origin"):
            raise ValueError(column)
        return Counter(
            {r[0]: r[1] for r in self.conn.execute(f"SELECT {column}, count(*) FROM documents GROUP BY 1")}
        )

    def facet_counts(self, facet: str) -> Counter:
        """Counts of each value of a list facet over the whole library."""
        rows = self.conn.execute(
            "SELECT value, count(*) FROM doc_facets WHERE facet = ? GROUP BY value", (facet,)
        )
        return Counter({r[0]: r[1] for r in rows})

    def facet_counts_of_type(self, facet: str, doc_type: str) -> Counter:
        """Counts of each value of a list facet over the documents of one type (stories by country ...)."""
        rows = self.conn.execute(
            "SELECT f.value, count(*) FROM doc_facets f JOIN documents d ON d.id = f.doc_id"
            " WHERE f.facet = ? AND d.type = ? GROUP BY f.value",
            (facet, doc_type),
        )
        return Counter({r[0]: r[1] for r in rows})

    def hashes(self, origin: str | None = None) -> dict[str, str]:
        """content_hash by id, for one origin or all."""
        if origin is None:
            rows = self.conn.execute("SELECT id, content_hash FROM documents")
        else:
            rows = self.conn.execute("SELECT id, content_hash FROM documents WHERE origin = ?", (origin,))
        return {r[0]: r[1] for r in rows}

    def origins(self, ids: Iterable[str]) -> dict[str, str]:
        """The origin (bundled, import, sync ...) of each of these ids that is stored; unknown ids are left
        out.
        """
        out = {}
        for doc_id in ids:
            row = self.conn.execute("SELECT origin FROM documents WHERE id = ?", (doc_id,)).fetchone()
            if row:
                out[doc_id] = row[0]
        return out

    def recent_changes(self, limit: int = 200) -> list[ChangeEntry]:
        """Newest change-log rows first."""
        rows = self.conn.execute(
            "SELECT run_at, origin, doc_id, action, title FROM changes ORDER BY id DESC LIMIT ?", (limit,)
        )
        return [ChangeEntry(*row) for row in rows]

    def state(self, key: str, default: str = "") -> str:
        """A value kept in the library_state table (fingerprints, flags), or ``default``."""
        row = self.conn.execute("SELECT value FROM library_state WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def state_keys(self, prefix: str) -> list[str]:
        """Keys of library_state that start with ``prefix``, in order."""
        rows = self.conn.execute(
            "SELECT key FROM library_state WHERE substr(key, 1, ?) = ? ORDER BY key", (len(prefix), prefix)
        )
        return [row[0] for row in rows]

    def snapshot(self):
        """A context in which every read of this connection sees one committed state of the database."""
        return read_snapshot(self.conn)

    # -- writing -------------------------------------------------------------------------------------------

    def set_state(self, key: str, value: str) -> None:
        """Keep a value in the library_state table, replacing an earlier one."""
        self.conn.execute("INSERT OR REPLACE INTO library_state(key, value) VALUES (?, ?)", (key, value))

    def clear_state(self, *keys: str) -> None:
        """Delete these keys of library_state (in one transaction)."""
        with transaction(self.conn):
            self.conn.executemany("DELETE FROM library_state WHERE key = ?", [(key,) for key in keys])

    def apply(
        self,
        upserts: Iterable[Document],
        removals: Iterable[str] = (),
        *,
        origin: str,
        extra_sql: Iterable[tuple[str, tuple]] = (),
        check: Callable[[sqlite3.Connection], None] | None = None,
    ) -> Changes:
        """Insert or update documents and delete ids in one transaction; unchanged documents are skipped.

        Only documents of ``origin`` are removed. ``check(conn)`` runs first inside the transaction, which
        holds the write lock from its start (BEGIN IMMEDIATE), so what it reads stays true until the commit;
        it raises to apply nothing (a signed feed's version is checked so). ``extra_sql`` statements run
        inside the same transaction (a sync stores the accepted feed version so).
        """
        pending = _Pending()
        now = utc_now()
        with transaction(self.conn):
            if check is not None:
                check(self.conn)
            for doc in upserts:
                self._upsert(doc, origin, now, pending)
            for doc_id in removals:
                row = self.conn.execute(
                    "SELECT title FROM documents WHERE id = ? AND origin = ?", (doc_id, origin)
                ).fetchone()
                if row is not None:
                    self.conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
                    pending.removed.append(doc_id)
                    self._log(now, origin, doc_id, "removed", row[0])
            for sql, params in extra_sql:
                self.conn.execute(sql, params)
        return Changes(tuple(pending.added), tuple(pending.updated), tuple(pending.removed), origin)

    def _upsert(self, doc: Document, origin: str, now: str, pending: _Pending) -> None:
        digest = doc.content_hash
        row = self.conn.execute("SELECT content_hash FROM documents WHERE id = ?", (doc.id,)).fetchone()
        if row is not None and row[0] == digest:
            return
        values = (
            doc.type,
            doc.title,
            doc.summary,
            doc.language,
            doc.project,
            doc.year,
            doc.updated,
            doc.license,
            doc.body,
            json.dumps(dict(doc.meta), ensure_ascii=False, default=str),
            origin,
            digest,
            now,
        )
        if row is None:
            self.conn.execute(
                "INSERT INTO documents(type, title, summary, language, project, year, updated, license, body, meta,"
                " origin, content_hash, changed_at, id, added_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (*values, doc.id, now),
            )
            pending.added.append(doc.id)
            self._log(now, origin, doc.id, "added", doc.title)
        else:
            self.conn.execute(
                "UPDATE documents SET type=?, title=?, summary=?, language=?, project=?, year=?, updated=?, license=?,"
                " body=?, meta=?, origin=?, content_hash=?, changed_at=? WHERE id=?",
                (*values, doc.id),
            )
            self.conn.execute("DELETE FROM doc_facets WHERE doc_id = ?", (doc.id,))
            pending.updated.append(doc.id)
            self._log(now, origin, doc.id, "updated", doc.title)
        self.conn.executemany(
            "INSERT OR IGNORE INTO doc_facets(doc_id, facet, value) VALUES (?,?,?)",
            [(doc.id, facet, value) for facet in LIST_FACETS for value in doc.facet(facet)],
        )

    def _log(self, now: str, origin: str, doc_id: str, action: str, title: str) -> None:
        # The bundled library is not news: only imports and syncs feed "What's new".
        if origin != "bundled":
            self.conn.execute(
                "INSERT INTO changes(run_at, origin, doc_id, action, title) VALUES (?,?,?,?,?)",
                (now, origin, doc_id, action, title),
            )


@dataclass(frozen=True)
class ImportReport:
    """What an import changed and one error line per refused file."""

    changes: Changes
    errors: tuple[str, ...] = ()
    accepted: int = 0


def _translations(raw: str | None) -> dict[str, tuple[str, str]]:
    """``translations:`` of a document's front matter (JSON from content.db) as language → (title, summary)."""
    if not raw:
        return {}
    try:
        found = json.loads(raw)
    except ValueError:
        return {}
    if not isinstance(found, dict):
        return {}
    return {
        str(code): (str(item.get("title") or ""), str(item.get("summary") or ""))
        for code, item in found.items()
        if isinstance(item, dict) and item.get("title")
    }
