"""The naive whoosh baseline: default StemmingAnalyzer schema, one writer, one commit at the end.

Named search_* because only such modules may import whoosh.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from whoosh import fields, index
from whoosh.analysis import StemmingAnalyzer

from ipt_desktop.core.content.documents import Document


def build_naive(folder: Path, documents: Iterable[Document]) -> int:
    """Index title, summary and body the textbook way; returns the count."""
    folder.mkdir(parents=True, exist_ok=True)
    schema = fields.Schema(
        id=fields.ID(stored=True, unique=True),
        title=fields.TEXT(analyzer=StemmingAnalyzer(), stored=True),
        body=fields.TEXT(analyzer=StemmingAnalyzer()),
    )
    ix = index.create_in(str(folder), schema)
    writer = ix.writer()
    count = 0
    for doc in documents:
        writer.add_document(id=doc.id, title=doc.title, body=doc.summary + "\n" + doc.body)
        count += 1
    writer.commit()
    ix.close()
    return count
