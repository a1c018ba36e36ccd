"""Core calls that the window runs on its workers. Each takes the worker's Library first and returns plain
values (dataclasses), so nothing Qt crosses into the core and no database object crosses threads. They use
the Library's own methods only; a call that writes returns the Library's change record (OpChanges or
OpResult), which the worker announces to every view.
"""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ipt_desktop.core.changes import OpChanges, OpResult
from ipt_desktop.core.errors import IptError
from ipt_desktop.core.search.types import Hit, SearchQuery, SearchResult
from ipt_desktop.ui.translations import long_date

if TYPE_CHECKING:
    from ipt_desktop.core.content.documents import Document
    from ipt_desktop.core.content.rendering import Rendered
    from ipt_desktop.core.content.store import DocumentSummary
    from ipt_desktop.core.library import Library


LARGE_HTML_CHARS = 200_000  # above this, the reader shows the document in slices (see progressive_html)


@dataclass(frozen=True)
class OpenedDocument:
    """A document ready for the reader; ``annotated_html`` links glossary acronyms, ``term_tips`` maps those
    glossary ids to their tooltip text."""

    document: Document
    rendered: Rendered
    annotated_html: str
    is_bookmarked: bool
    note: str
    related: tuple[Hit, ...] = ()
    term_tips: dict = field(default_factory=dict)
    chunks: tuple[str, ...] = ()  # a large document's body in slices, for the reader to add one by one
    versions: tuple[tuple[str, str], ...] = ()  # (language, id) of each language version, original first


@dataclass(frozen=True)
class SearchReply:
    """A search result tagged with the sequence number of the request."""

    seq: int
    result: SearchResult


def run_search(library: Library, seq: int, query: SearchQuery) -> SearchReply:
    """Run a search; the reply carries ``seq`` so that the panel can drop stale answers."""
    return SearchReply(seq, library.search(query))


def list_type(library: Library, seq: int, doc_type: str | None) -> SearchReply:
    """All documents of one type (or all), as hits sorted by title."""
    hits = tuple(
        Hit(d.id, d.title, d.type, d.summary, "", 0.0, d.updated, d.translations, d.language)
        for d in library.documents(doc_type)
    )
    return SearchReply(seq, SearchResult(query="", total=len(hits), hits=hits))


def load_renderer(_library: Library) -> None:
    """Load Markdown and the sanitiser once the first results are up, so the first document opens promptly."""
    import ipt_desktop.core.content.rendering  # noqa: F401


def open_document(
    library: Library,
    doc_id: str,
    visit: bool = True,
) -> OpResult[OpenedDocument]:
    """Load, render, annotate glossary terms and (with ``visit``) record a visit in the history; NotFoundError
    when the document was removed.

    A large document's body is also cut into slices here, for the reader to show one by one."""
    from ipt_desktop.core.content.rendering import (  # Markdown loads on the worker, not at start-up
        TRUNCATED_NOTICE,
        render_markdown,
    )

    doc = library.get(doc_id)
    rendered = render_markdown(doc.body)
    glossary = library.glossary()
    annotated = glossary.annotate(rendered.html, skip_doc=doc.id)
    if TRUNCATED_NOTICE in annotated:  # the renderer's notice, in the interface language
        notice = QCoreApplication.translate(
            "LibraryCalls",
            "This document is too large or too deeply nested to show with its formatting; "
            "the rest of it is shown as plain text.",
        )
        annotated = annotated.replace(TRUNCATED_NOTICE, html.escape(notice))
    tips = {
        e.doc_id: f"{e.term}\n{e.definition}"
        for e in glossary.entries.values()
        if f"ipt://doc/{e.doc_id}" in annotated
    }
    changes = library.record_visit(doc.id, doc.title) if visit else OpChanges()
    try:
        related = tuple(library.related(doc.id, 6))
    except IptError:  # related documents are a nicety; the document still opens
        related = ()
    versions = tuple(library.versions(doc.id))
    chunks = ()
    if len(annotated) > LARGE_HTML_CHARS:
        from ipt_desktop.ui.progressive_html import html_chunks  # only a large document needs it

        chunks = tuple(html_chunks(annotated))
    opened = OpenedDocument(
        doc,
        rendered,
        annotated,
        library.is_bookmarked(doc.id),
        library.note(doc.id),
        related,
        tips,
        chunks,
        versions,
    )
    return OpResult(opened, changes)


def outside_changes(library: Library) -> OpChanges:
    return library.outside_changes()


def set_bookmark(library: Library, doc_id: str, title: str, on: bool) -> OpChanges:
    return library.set_bookmark(doc_id, title, on)


def save_note(library: Library, doc_id: str, title: str, text: str) -> OpChanges:
    return library.save_note(doc_id, title, text)


def replace_bookmark(opened: OpenedDocument, on: bool) -> OpenedDocument:
    """The opened document with its bookmark state changed."""
    return replace(opened, is_bookmarked=on)


def facet_overview(library: Library) -> dict[str, dict[str, int]]:
    """Counts per type, project and list facet over the whole library, for the sidebar."""
    return library.facet_overview()


def _user_hits(library: Library, items, subtitle) -> tuple[Hit, ...]:
    """Hits for saved items; documents that no longer exist show as removed."""
    existing = library.summaries(item.doc_id for item in items)
    hits = []
    for item in items:
        found = existing.get(item.doc_id)
        if found:
            translations = {code: (title, "") for code, (title, _summary) in found.translations.items()}
            hits.append(
                Hit(
                    item.doc_id,
                    found.title,
                    found.type,
                    subtitle(item),
                    "",
                    0.0,
                    item.at,
                    translations,
                    found.language,
                )
            )
        else:
            hits.append(
                Hit(
                    item.doc_id,
                    item.title,
                    "removed",
                    QCoreApplication.translate(
                        "LibraryCalls",
                        "This document is no longer in the library (removed by a sync or import).",
                    ),
                    "",
                    0.0,
                    item.at,
                )
            )
    return tuple(hits)


def _date(value: str) -> str:
    return value[:16].replace("T", " ")


def _issue_date(value: str) -> str:
    """A newsletter's issue date as the interface language writes it: "October 2026" or "2 October 2026"."""
    try:
        day = dt.date.fromisoformat(value if len(value) > 7 else f"{value}-01")
    except ValueError:
        return value
    return long_date(day, month_only=len(value) <= 7)


def list_view(library: Library, seq: int, view: str) -> SearchReply:
    """Rows for a personal or special view."""
    if view == "bookmarks":
        bookmarked = QCoreApplication.translate("LibraryCalls", "Bookmarked %1")
        hits = _user_hits(library, library.bookmarks(), lambda i: bookmarked.replace("%1", _date(i.at)))
    elif view == "history":
        opened = QCoreApplication.translate("LibraryCalls", "Opened %1")
        hits = _user_hits(library, library.history(200), lambda i: opened.replace("%1", _date(i.at)))
    elif view == "notes":
        hits = _user_hits(library, library.notes(), lambda i: i.text[:200])
    elif view == "whats_new":
        hits = _changes(library)
    elif view in ("events", "newsletters"):
        hits = _dated_documents(library, "event" if view == "events" else "newsletter")
    else:
        hits = ()
    return SearchReply(seq, SearchResult(query="", total=len(hits), hits=hits))


def _changes(library: Library) -> tuple[Hit, ...]:
    """Documents added, updated or removed by the last imports and syncs, newest first, once each."""
    changes = library.recent_changes(300)
    existing = library.summaries(c.doc_id for c in changes)
    # "%1" is the source (a feed's name, an import or the bundled library), "%2" the date.
    origins = {
        "bundled": QCoreApplication.translate("LibraryCalls", "the bundled library"),
        "import": QCoreApplication.translate("LibraryCalls", "an import"),
    }
    subtitles = {
        "added": QCoreApplication.translate("LibraryCalls", "Added by %1 on %2"),
        "updated": QCoreApplication.translate("LibraryCalls", "Updated by %1 on %2"),
        "removed": QCoreApplication.translate("LibraryCalls", "Removed by %1 on %2"),
    }
    hits, seen = [], set()
    for change in changes:
        if change.doc_id in seen:
            continue
        seen.add(change.doc_id)
        found = existing.get(change.doc_id)
        doc_type = found.type if found and change.action != "removed" else "removed"
        template = subtitles.get(change.action, f"{change.action.capitalize()} by %1 on %2")
        origin = origins.get(change.origin, change.origin)
        subtitle = template.replace("%1", origin).replace("%2", _date(change.run_at))
        titles = _titles(found) if found else {}
        language = found.language if found else "en"
        hits.append(
            Hit(change.doc_id, change.title, doc_type, subtitle, "", 0.0, change.run_at, titles, language)
        )
    return tuple(hits)


def _dated_documents(library: Library, doc_type: str) -> tuple[Hit, ...]:
    """Upcoming events soonest first (past ones after, newest first), or newsletter issues newest first."""
    today = dt.date.today().isoformat()
    if doc_type != "event":
        return tuple(
            Hit(
                d.id,
                d.title,
                d.type,
                f"{_issue_date(d.issued)} · {d.summary}",
                "",
                0.0,
                d.issued,
                _titles(d),
                d.language,
            )
            for d in library.documents(doc_type, order="issued")
        )
    events = library.documents("event", order="starts")
    upcoming = [d for d in events if d.starts[:10] >= today]
    past = sorted((d for d in events if d.starts[:10] < today), key=lambda d: d.starts, reverse=True)
    hits = []
    for d in upcoming + past:
        where = QCoreApplication.translate("LibraryCalls", "Online") if d.online else d.location
        past_note = QCoreApplication.translate("LibraryCalls", "past")
        when = _date(d.starts) + ("" if d in upcoming else f" · {past_note}")
        hits.append(
            Hit(d.id, d.title, d.type, f"{when} · {where}", "", 0.0, d.starts, _titles(d), d.language)
        )
    return tuple(hits)


def _titles(summary: DocumentSummary) -> dict[str, tuple[str, str]]:
    """Translated titles only: the list's subtitle (a date, a place) stays as built."""
    return {code: (title, "") for code, (title, _summary) in summary.translations.items()}
