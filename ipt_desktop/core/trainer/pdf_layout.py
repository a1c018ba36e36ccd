"""What goes on each PDF page, as plain data: the printable HTML of documents, the metadata line, footers,
and which slides share a handout page. The Qt code in ui/pdf_export.py only draws what this decides.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from ipt_desktop.core.content.documents import Document
from ipt_desktop.core.content.rendering import render_markdown
from ipt_desktop.core.errors import ContentError
from ipt_desktop.core.trainer.slides import Deck, Slide

HANDOUT_LAYOUTS = ("notes", "grid")
GRID_COLUMNS = 2
GRID_ROWS = 3
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


def handout_pages(deck: Deck, layout: str = "notes") -> tuple[HandoutPage, ...]:
    """Slides per page: one with its notes ("notes"), or GRID_COLUMNS × GRID_ROWS ("grid")."""
    if layout not in HANDOUT_LAYOUTS:
        raise ContentError(f"handout layout {layout!r} is not known; use one of {', '.join(HANDOUT_LAYOUTS)}")
    per_page = 1 if layout == "notes" else GRID_COLUMNS * GRID_ROWS
    slides = deck.slides
    return tuple(
        HandoutPage(n + 1, tuple(slides[start : start + per_page]))
        for n, start in enumerate(range(0, len(slides), per_page))
    )


def notes_html(slide: Slide) -> str:
    """A slide's presenter notes as HTML paragraphs (empty when it has none)."""
    return "".join(
        f"<p>{html.escape(part.strip())}</p>" for part in slide.notes.split("\n\n") if part.strip()
    )
