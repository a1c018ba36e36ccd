"""Values that cross the search boundary: the query, hits and results. No whoosh import here."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

# Filter keys accepted by SearchQuery.filters, and the document field each one matches.
FILTER_FIELDS: Mapping[str, str] = {
    "type": "type",
    "topic": "topics",
    "stage": "stages",
    "procedure": "procedures",
    "sector": "sectors",
    "country": "countries",
    "language": "language",
    "project": "project",
    "year": "year",
}
FACET_FIELDS = ("type", "topics", "stages", "procedures", "sectors", "countries", "project", "language")


@dataclass(frozen=True)
class SearchQuery:
    """A search request. ``filters`` maps a FILTER_FIELDS key to the values to require (AND across keys)."""

    text: str
    filters: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    limit: int = 20
    offset: int = 0
    sort: str = "relevance"  # relevance | date
    language: str | None = None  # analyse the query in this language only; None searches all
    prefix: bool = False  # treat the last term as a prefix (search-as-you-type)
    with_facets: bool = True
    with_highlights: bool = True


@dataclass(frozen=True)
class Hit:
    """One result; ``snippet`` is HTML-safe text with <b> around matched terms."""

    id: str
    title: str
    type: str
    summary: str
    snippet: str
    score: float
    updated: str = ""


@dataclass(frozen=True)
class SearchResult:
    """Hits for one page, the total, facet counts and an optional spelling suggestion."""

    query: str
    total: int
    hits: tuple[Hit, ...]
    facets: Mapping[str, Mapping[str, int]] = field(default_factory=dict)
    suggestion: str | None = None
    message: str | None = None  # a clear note when the query could not be used as typed

    def to_json(self) -> dict:
        """The ``search --json`` shape of DESIGN.md."""
        return {
            "query": self.query,
            "total": self.total,
            "suggestion": self.suggestion,
            "hits": [
                {
                    "id": h.id,
                    "title": h.title,
                    "type": h.type,
                    "snippet": h.snippet,
                    "score": round(h.score, 4),
                }
                for h in self.hits
            ],
            "facets": {name: dict(counts) for name, counts in self.facets.items()},
            **({"message": self.message} if self.message else {}),
        }
