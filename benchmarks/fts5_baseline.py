"""The SQLite FTS5 baseline: porter + unicode61 tokenizer, bm25 ranking, snippet() for the top hits."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from ipt_desktop.core.content.documents import Document

_WORD = re.compile(r"\w+")


class Fts5Baseline:
    """One FTS5 table holding title, summary and body text."""

    def __init__(self, path: Path) -> None:
        self.conn = sqlite3.connect(str(path))
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute(
            "CREATE VIRTUAL TABLE IF NOT EXISTS docs USING fts5("
            "id UNINDEXED, title, summary, body, tokenize='porter unicode61')"
        )

    def build(self, documents: Iterable[Document]) -> int:
        """Insert every document in one transaction; returns the count."""
        count = 0
        with self.conn:
            for doc in documents:
                self.conn.execute(
                    "INSERT INTO docs(id, title, summary, body) VALUES (?, ?, ?, ?)",
                    (doc.id, doc.title, doc.summary, doc.body),
                )
                count += 1
        return count

    def search(self, text: str, limit: int = 10, with_snippet: bool = True) -> list[tuple]:
        """Top hits (implicit AND of the terms) by bm25, each with a snippet of the body."""
        match = " ".join(f'"{w}"' for w in _WORD.findall(text))
        if not match:
            return []
        columns = "id, snippet(docs, 3, '<b>', '</b>', '…', 24)" if with_snippet else "id"
        return self.conn.execute(
            f"SELECT {columns} FROM docs WHERE docs MATCH ? ORDER BY bm25(docs, 0.0, 5.0, 2.0, 1.0) LIMIT ?",
            (match, limit),
        ).fetchall()

    def close(self) -> None:
        self.conn.close()
