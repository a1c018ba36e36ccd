"""Values that cross the search boundary: the query, hits (with their section) and results. No whoosh import
here."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from ipt_desktop.core.search.sections import Section

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
    ui_language: str | None = None  # the reader's language: a hint to the query's, and of titles to show
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
    translations: Mapping[str, tuple[str, str]] = field(default_factory=dict)  # language → (title, summary)
    language: str = "en"  # the document's own language (of its full text)
    # The ``## `` section of the document that answers the query best (None: its introduction, or no text
    # matched), and a passage of about two lines of that part, as plain text ("" when no text matched).
    # Both are made with highlights (SearchQuery.with_highlights) only.
    section: Section | None = None
    passage: str = ""

    def shown_in(self, ui_language: str | None) -> tuple[str, str, str | None]:
        """(title, summary, language) to show a reader of ``ui_language``: the translation when there is
        one, else the original (language None: the document's own)."""
        if ui_language and ui_language in self.translations:
            title, summary = self.translations[ui_language]
            return title, summary or self.summary, ui_language
        return self.title, self.summary, None

    def to_json(self, ui_language: str | None = None) -> dict:
        """One hit of ``search --json``: title and summary in ``ui_language`` where translated, with the
        language they are in and the language of the full text."""
        title, summary, shown = self.shown_in(ui_language)
        return {
            "id": self.id,
            "title": title,
            "summary": summary,
            "language": shown or self.language,
            "text_language": self.language,
            "type": self.type,
            "snippet": self.snippet,
            "score": round(self.score, 4),
            "section": self.section.to_json() if self.section else None,
            "passage": self.passage,
        }


@dataclass(frozen=True)
class SearchResult:
    """Hits for one page, the total, facet counts and an optional spelling suggestion."""

    query: str
    total: int
    hits: tuple[Hit, ...]
    facets: Mapping[str, Mapping[str, int]] = field(default_factory=dict)
    suggestion: str | None = None
    message: str | None = None  # a clear note when the query could not be used as typed

    def to_json(self, ui_language: str | None = None) -> dict:
        """The ``search --json`` shape of the CLI contract (README.md), titles in ``ui_language``."""
        return {
            "query": self.query,
            "total": self.total,
            "suggestion": self.suggestion,
            "hits": [hit.to_json(ui_language) for hit in self.hits],
            "facets": {name: dict(counts) for name, counts in self.facets.items()},
            **({"message": self.message} if self.message else {}),
        }
