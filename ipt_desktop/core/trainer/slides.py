"""Slides: splitting a document (or a collection of documents) into a deck of slides with presenter notes.

Conventions, applied to the Markdown body of any document:

- A line holding only ``---`` (outside code fences, after a blank line or at the start) ends a slide. A
  ``---`` right under a line of text stays a Markdown setext heading, as Markdown reads it.
- A body without such lines is split before each level-2 heading (``## ``); text before the first one is a
  slide of its own.
- A slide's title is its first line when that line is a heading; otherwise the document's title.
- Presenter notes are the paragraphs whose first line starts with ``Note:`` (that convention only). They are
  taken out of the slide and kept in ``Slide.notes``.
- A slide longer than a screenful (``LINE_BUDGET`` estimated lines of ``CHARS_PER_LINE`` characters) is
  split between blocks, list items, table rows, code lines or sentences; the later parts are titled
  "… (cont.)" and carry no notes. A body with no headings and no ``---`` thus becomes one slide per
  screenful, never one endless slide.
- A task list item (``- [ ] text``, ``- [x] text``) shows a box, ☐ or ☑, instead of the brackets.
- Every document deck opens with a title slide (title, summary, project and year).

The presentation window still shrinks the font of a slide that does not fit, so the budget only has to be
a good estimate.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Protocol

from ipt_desktop.core.content.documents import Document
from ipt_desktop.core.content.markup import MD_LINK, atx_heading
from ipt_desktop.core.content.rendering import render_markdown, sanitize_html
from ipt_desktop.core.errors import ContentError, NotFoundError
from ipt_desktop.core.store.user_store import Collection
from ipt_desktop.core.trainer.slide_blocks import (
    Block,
    fence_mask,
    heading_anchors,
    paginate,
    parse_blocks,
    section_text,
)

NOTE_PREFIX = "Note:"
CONTINUED = " (cont.)"
_EMPHASIS = re.compile(r"[*_`]")
_SECTION = re.compile(r"##\s")
_TASK = re.compile(r"^(\s*(?:[-*+]|\d{1,9}[.)])\s+)\[([ xX])\](?=\s)")
BOX_OPEN = "☐"
BOX_DONE = "☑"


@dataclass(frozen=True)
class Slide:
    """One slide: title, Markdown and sanitised HTML of its body, presenter notes, position in the deck.

    ``kind`` is "title" for a title slide and "content" otherwise.
    """

    title: str
    markdown: str
    html: str
    notes: str
    index: int
    doc_id: str = ""
    kind: str = "content"


@dataclass(frozen=True)
class Deck:
    """Slides to present, the documents they come from, and problems met while building it."""

    title: str
    slides: tuple[Slide, ...]
    doc_ids: tuple[str, ...]
    problems: tuple[str, ...] = ()

    def __len__(self) -> int:
        return len(self.slides)


class DocumentSource(Protocol):
    """What deck_for_collection needs from a Library."""

    def get(self, doc_id: str) -> Document:
        """One document by id."""


def deck_for_document(doc: Document, language: str | None = None) -> Deck:
    """The deck of one document: a title slide (in ``language`` where translated), then its slides."""
    slides = [title_slide(doc, language), *document_slides(doc)]
    return Deck(doc.title, _numbered(slides), (doc.id,))


def deck_for_collection(library: DocumentSource, collection: Collection, language: str | None = None) -> Deck:
    """The deck of a collection; an item with a section gives only that section's slides. Title slides are
    in ``language`` where the document is translated.

    Documents no longer in the library are skipped and named in ``Deck.problems``.
    """
    if not collection.items:
        raise ContentError(f"collection {collection.name!r} is empty; add documents before presenting")
    slides: list[Slide] = []
    problems: list[str] = []
    doc_ids: list[str] = []
    for item in collection.items:
        try:
            doc = library.get(item.doc_id)
        except NotFoundError:
            problems.append(f"document {item.doc_id!r} ({item.title}) is not in the library; it was skipped")
            continue
        doc_ids.append(doc.id)
        if item.section:
            part = section_slides(doc, item.section)
            if part:
                slides.extend(part)
                continue
            problems.append(
                f"section {item.section!r} of {doc.id!r} no longer exists; the whole document is shown"
            )
        slides.append(title_slide(doc, language))
        slides.extend(document_slides(doc))
    if not slides:
        raise NotFoundError(f"none of the documents in collection {collection.name!r} is in the library")
    if len(collection.items) > 1:
        slides.insert(0, _agenda_slide(collection))
    return Deck(collection.name, _numbered(slides), tuple(dict.fromkeys(doc_ids)), tuple(problems))


def title_slide(doc: Document, language: str | None = None) -> Slide:
    """The opening slide of a document: title, summary, project and year.

    Where the document has a translation into ``language``, its title and summary are used, and the byline
    names the language of the slides that follow (the full text's).
    """
    title, summary = doc.title, doc.summary
    translated = doc.translations().get(language or "")
    text_language = ""
    if translated and language != doc.language:
        title, summary = translated[0], translated[1] or doc.summary
        text_language = doc.language.upper()
    parts = (doc.project, str(doc.year) if doc.year else "", text_language)
    byline = " · ".join(part for part in parts if part)
    markdown = f"{summary}\n\n*{byline}*" if byline else summary
    body = f'<p class="summary">{html.escape(summary)}</p>'
    if byline:
        body += f'<p class="byline">{html.escape(byline)}</p>'
    return Slide(title, markdown, sanitize_html(body), "", 0, doc.id, "title")


def document_slides(doc: Document) -> list[Slide]:
    """The content slides of a document, without the title slide."""
    return _slides_from_text(doc.body, doc.title, doc.id)


def section_slides(doc: Document, anchor: str) -> list[Slide]:
    """The slides of the section under the heading with this anchor; empty when there is no such heading."""
    anchors = heading_anchors(doc.body, render_markdown(doc.body).toc)
    if anchor not in anchors:
        return []
    text = section_text(doc.body, anchors[anchor])
    return _slides_from_text(text, doc.title, doc.id)


def split_chunks(body: str) -> list[str]:
    """The body cut into raw slide texts: on ``---`` lines, else before level-2 headings."""
    lines = body.splitlines()
    breaks = _rule_breaks(lines)
    if breaks:
        return _cut(lines, breaks, drop_break_line=True)
    return _cut(lines, _heading_breaks(lines), drop_break_line=False)


def notes_html(slide: Slide) -> str:
    """A slide's presenter notes as sanitised HTML (empty when it has none): emphasis and lists as written,
    links as their text, since a note is read aloud, not followed."""
    if not slide.notes.strip():
        return ""
    return render_markdown(MD_LINK.sub(r"\1", slide.notes)).html


def extract_notes(text: str) -> tuple[str, str]:
    """Split slide text into (text without notes, notes); notes are paragraphs starting with 'Note:'."""
    kept: list[str] = []
    notes: list[str] = []
    for paragraph, in_code in _paragraphs(text):
        if not in_code and paragraph.lstrip().startswith(NOTE_PREFIX):
            note = paragraph.lstrip()[len(NOTE_PREFIX) :]
            notes.append(" ".join(line.strip() for line in note.splitlines()).strip())
        else:
            kept.append(paragraph)
    return "\n\n".join(kept).strip("\n"), "\n\n".join(n for n in notes if n)


def task_boxes(text: str) -> str:
    """Task list markers (``- [ ]``, ``- [x]``) outside code turned into boxes (``- ☐``, ``- ☑``)."""
    lines = text.splitlines()
    mask = fence_mask(lines)
    return "\n".join(
        line
        if fenced
        else _TASK.sub(lambda m: m.group(1) + (BOX_OPEN if m.group(2) == " " else BOX_DONE), line)
        for line, fenced in zip(lines, mask, strict=True)
    )


def slide_body_html(markdown: str) -> str:
    """A slide body's HTML; a list item that starts with a box is marked ``class="unchecked"`` or
    ``class="checked"``, which Qt's rich text draws as a box in place of the bullet.
    """
    if not markdown:
        return ""
    return render_markdown(markdown).html  # which marks task items (content/rendering.py)


def _slides_from_text(text: str, fallback_title: str, doc_id: str) -> list[Slide]:
    slides = []
    for chunk in split_chunks(text):
        body, notes = extract_notes(chunk)
        title, body = _take_title(task_boxes(body), fallback_title)
        if not body.strip() and not notes and title == fallback_title:
            continue
        pages = paginate(parse_blocks(body)) or [[]]
        current = title
        for number, page in enumerate(pages):
            page_title = title if number == 0 else current + CONTINUED
            if number > 0 and page and page[0].kind == "heading":
                page_title, page = _take_title(page[0].text, page_title)[0], page[1:]
                current = page_title
            for block in page:
                if block.kind == "heading":
                    current = _take_title(block.text, current)[0]
            markdown = _join(page)
            slides.append(
                Slide(
                    title=page_title,
                    markdown=markdown,
                    html=slide_body_html(markdown),
                    notes=notes if number == 0 else "",
                    index=0,
                    doc_id=doc_id,
                )
            )
    return slides


def _join(blocks: Iterable[Block]) -> str:
    out = ""
    for block in blocks:
        if out:
            out += "\n" if block.joins_previous else "\n\n"
        out += block.text
    return out.strip("\n")


def _take_title(body: str, fallback: str) -> tuple[str, str]:
    lines = body.strip("\n").splitlines()
    if lines:
        heading = atx_heading(lines[0])
        if heading:
            title = _EMPHASIS.sub("", heading[1]).strip()
            return title or fallback, "\n".join(lines[1:]).strip("\n")
    return fallback, body.strip("\n")


def _agenda_slide(collection: Collection) -> Slide:
    items = [item.title for item in collection.items]
    markdown = "\n".join(f"{n}. {title}" for n, title in enumerate(items, 1))
    return Slide(collection.name, markdown, render_markdown(markdown).html, "", 0, "", "title")


def _numbered(slides: list[Slide]) -> tuple[Slide, ...]:
    return tuple(replace(slide, index=n) for n, slide in enumerate(slides))


def _rule_breaks(lines: list[str]) -> list[int]:
    mask = fence_mask(lines)
    return [
        n
        for n, line in enumerate(lines)
        if not mask[n] and line.strip() == "---" and (n == 0 or not lines[n - 1].strip())
    ]


def _heading_breaks(lines: list[str]) -> list[int]:
    mask = fence_mask(lines)
    return [n for n, line in enumerate(lines) if not mask[n] and _SECTION.match(line)]


def _cut(lines: list[str], breaks: list[int], drop_break_line: bool) -> list[str]:
    chunks, start = [], 0
    for n in breaks:
        chunks.append("\n".join(lines[start:n]))
        start = n + 1 if drop_break_line else n
    chunks.append("\n".join(lines[start:]))
    return [chunk.strip("\n") for chunk in chunks if chunk.strip()]


def _paragraphs(text: str) -> list[tuple[str, bool]]:
    """Blank-line separated paragraphs; a fenced block is one paragraph (flagged True) with its blank lines."""
    lines = text.splitlines()
    mask = fence_mask(lines)
    out: list[tuple[str, bool]] = []
    current: list[str] = []
    in_code = False
    for line, fenced in zip(lines, mask, strict=False):
        if not fenced and not line.strip():
            if current:
                out.append(("\n".join(current), in_code))
            current, in_code = [], False
            continue
        if fenced and current and not in_code:
            out.append(("\n".join(current), False))
            current = []
        in_code = in_code or fenced
        current.append(line)
    if current:
        out.append(("\n".join(current), in_code))
    return out
