"""What goes on each PDF page, as plain data: the printable HTML of documents, the metadata line, footers,
the contents of a deck's cover page, and which slides share a handout page. The Qt code in
ui/pdf_export.py only draws what this decides.

Handout layouts (``HANDOUT_LAYOUTS``): "1" one large slide per landscape page; "2" two slides per page; "3"
three slides per page, each with ruled lines for notes beside it (the default); "6" six slides per page;
"notes" one slide per page with its presenter notes. "grid" is the former name of "6".
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from ipt_desktop.core.content.documents import Document
from ipt_desktop.core.content.rendering import render_markdown
from ipt_desktop.core.errors import ContentError
from ipt_desktop.core.trainer.slides import CONTINUED, Deck, Slide

HANDOUT_LAYOUTS = ("1", "2", "3", "6", "notes")
DEFAULT_HANDOUT_LAYOUT = "3"
LAYOUT_ALIASES = {"grid": "6"}
SLIDES_PER_PAGE = {"1": 1, "2": 2, "3": 3, "6": 6, "notes": 1}
GRID_COLUMNS = 2
GRID_ROWS = 3
NOTE_LINES = 7  # ruled lines beside each slide of the "3" layout
CONTENTS_DETAIL_LIMIT = 45  # above this many entries the cover lists documents only
PAGE_MARGIN_MM = 18.0
FOOTER_MM = 8.0
BODY_POINT_SIZE = 10.5


@dataclass(frozen=True)
class HandoutPage:
    """The slides on one handout page, in reading order."""

    number: int
    slides: tuple[Slide, ...]


def metadata_line(doc: Document) -> str:
    """One line under the title: type, project, year, licence and last update."""
    kind = doc.type.replace("-", " ").capitalize()
    parts = [kind, doc.project, str(doc.year) if doc.year else "", doc.license, f"updated {doc.updated}"]
    return " · ".join(part for part in parts if part)


def document_html(docs: Sequence[Document]) -> str:
    """Printable HTML of documents, each from a new page: title, metadata line, summary, body, sources."""
    parts = []
    for n, doc in enumerate(docs):
        style = ' style="page-break-before: always"' if n else ""
        parts.append(f'<h1 class="doc-title"{style}>{html.escape(doc.title)}</h1>')
        parts.append(f'<p class="meta">{html.escape(metadata_line(doc))}</p>')
        parts.append(f'<p class="summary">{html.escape(doc.summary)}</p>')
        parts.append(render_markdown(doc.body).html)
        if doc.sources:
            parts.append('<h2 class="sources">Sources</h2><ul>')
            for source in doc.sources:
                text = html.escape(f"{source.publisher}: {source.title}")
                if source.url:
                    text += f' — <a href="{html.escape(source.url)}">{html.escape(source.url)}</a>'
                parts.append(f"<li>{text}</li>")
            parts.append("</ul>")
        parts.append(f'<p class="meta">Document {html.escape(doc.id)}</p>')
    return "\n".join(parts)


def print_css() -> str:
    """Stylesheet of the printable document (sizes in points)."""
    return (
        "h1.doc-title { font-size: 20pt; font-weight: 700; color: #1f4e8c; margin-bottom: 2pt; }"
        "h1 { font-size: 16pt; } h2 { font-size: 13.5pt; margin-top: 10pt; } h3 { font-size: 12pt; }"
        "p.meta { color: #555555; font-size: 9pt; }"
        "p.summary { font-style: italic; font-size: 11.5pt; margin-bottom: 10pt; }"
        "pre, code { font-family: monospace; font-size: 9pt; }"
        "a { color: #1f4e8c; }"
        "td, th { padding: 3pt; }"
    )


def footer_text(title: str, page: int, total: int) -> str:
    """The footer of a page: a shortened title and the page number."""
    short = title if len(title) <= 70 else title[:67].rstrip() + "…"
    return f"{short} — page {page} of {total}"


@dataclass(frozen=True)
class ContentsEntry:
    """One line of a deck's cover page: a document (level 0) or a slide title (level 1) and its slide number."""

    text: str
    slide_number: int
    level: int


def handout_layout(layout: str) -> str:
    """The canonical name of a handout layout; ContentError naming it when it is not known."""
    layout = LAYOUT_ALIASES.get(layout, layout)
    if layout not in HANDOUT_LAYOUTS:
        raise ContentError(f"handout layout {layout!r} is not known; use one of {', '.join(HANDOUT_LAYOUTS)}")
    return layout


def handout_pages(deck: Deck, layout: str = DEFAULT_HANDOUT_LAYOUT) -> tuple[HandoutPage, ...]:
    """The slides of each handout page (after the cover page), ``SLIDES_PER_PAGE`` of the layout to a page."""
    per_page = SLIDES_PER_PAGE[handout_layout(layout)]
    slides = deck.slides
    return tuple(
        HandoutPage(n + 1, tuple(slides[start : start + per_page]))
        for n, start in enumerate(range(0, len(slides), per_page))
    )


def deck_contents(deck: Deck) -> tuple[ContentsEntry, ...]:
    """The cover page's list: each document's title slide, and under it the titles of its slides (a title
    split over several slides, "(cont.)", once). A long deck lists its documents only.
    """
    entries: list[ContentsEntry] = []
    seen: set[str] = set()
    for slide in deck.slides:
        if slide.kind == "title":
            if slide.doc_id:
                entries.append(ContentsEntry(slide.title, slide.index + 1, 0))
                seen = {slide.title}
            continue
        title = slide.title.removesuffix(CONTINUED)
        if title not in seen:
            seen.add(title)
            entries.append(ContentsEntry(title, slide.index + 1, 1))
    if len(entries) > CONTENTS_DETAIL_LIMIT and any(entry.level == 0 for entry in entries):
        entries = [entry for entry in entries if entry.level == 0]
    return tuple(entries)


def cover_html(title: str, entries: Sequence[ContentsEntry], count_line: str, number_heading: str) -> str:
    """The cover page of a deck's PDF: its name, a line with the counts, and the contents with slide numbers."""
    rows = "".join(
        f'<tr><td class="level{entry.level}">{"&emsp;&emsp;" * entry.level}{html.escape(entry.text)}</td>'
        f'<td class="number">{entry.slide_number}</td></tr>'
        for entry in entries
    )
    return (
        f'<h1 class="doc-title">{html.escape(title)}</h1>'
        f'<p class="meta">{html.escape(count_line)}</p>'
        f'<table width="100%" cellspacing="0"><tr><th></th><th class="number">{html.escape(number_heading)}</th></tr>'
        f"{rows}</table>"
    )


def cover_css() -> str:
    """Stylesheet of the cover page."""
    return (
        "h1.doc-title { font-size: 22pt; font-weight: 700; color: #1f4e8c; margin-bottom: 4pt; }"
        "p.meta { color: #555555; margin-bottom: 12pt; }"
        "td { padding-top: 2pt; padding-bottom: 2pt; }"
        "td.level0 { font-weight: 700; padding-top: 8pt; }"
        "td.number, th.number { text-align: right; color: #555555; font-weight: 400; }"
    )
