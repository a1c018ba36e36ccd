"""Core calls that the window runs on its workers. Each takes the worker's Library first and returns plain
values (dataclasses), so nothing Qt crosses into the core and no database object crosses threads.
"""

from __future__ import annotations

from dataclasses import dataclass

from ipt_desktop.core.documents import Document

from ipt_desktop.core.library import Library
from ipt_desktop.core.rendering import Rendered, render_markdown
from ipt_desktop.core.search_types import Hit, SearchQuery, SearchResult


@dataclass(frozen=True)
class OpenedDocument:
    """A document ready for the reader."""

    document: Document
    rendered: Rendered
    is_bookmarked: bool
    note: str
    related: tuple[Hit, ...] = ()


@dataclass(frozen=True)
class SearchReply:
    """A search result tagged with the sequence number of the request."""

    seq: int
    result: SearchResult


def run_search(library: Library, seq: int, query: SearchQuery) -> SearchReply:
    return SearchReply(seq, library.search(query))


def list_type(library: Library, seq: int, doc_type: str | None) -> SearchReply:
    """All documents of one type (or all), as hits sorted by title."""
    rows = library.content.list_documents(doc_type)
    hits = tuple(Hit(r["id"], r["title"], r["type"], r["summary"], "", 0.0, r["updated"]) for r in rows)
    return SearchReply(seq, SearchResult(query="", total=len(hits), hits=hits))


def open_document(library: Library, doc_id: str) -> OpenedDocument:
    """Load, render and record a visit; NotFoundError when the document was removed."""
    doc = library.get(doc_id)
    rendered = render_markdown(doc.body)
    library.user.record_visit(doc.id, doc.title)
    try:
        related = tuple(library.related(doc.id, 5))
    except Exception:  # related documents are a nicety; the document still opens
        related = ()
    return OpenedDocument(doc, rendered, library.user.is_bookmarked(doc.id), library.user.note(doc.id), related)


def facet_overview(library: Library) -> dict[str, dict[str, int]]:
    """Counts per type, project and list facet over the whole library, for the sidebar."""
    content = library.content
    overview = {"type": dict(content.counts_by("type")), "project": dict(content.counts_by("project"))}
    for facet in ("topics", "stages", "procedures", "sectors"):
        overview[facet] = dict(content.facet_counts(facet))
    return overview


def document_exists(library: Library, doc_id: str) -> bool:
    return library.content.has(doc_id)


