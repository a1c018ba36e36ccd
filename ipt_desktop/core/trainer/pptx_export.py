"""A deck as a PowerPoint file (.pptx, with python-pptx), to edit and present without the app.

The file opens with a title slide (the deck's name and its counts), then has one slide per slide of the deck:
its title in the title placeholder, its presenter notes in the notes pane, and its body as real PowerPoint
objects - paragraphs, bulleted and numbered paragraphs with their list levels, task items with a box, and
Markdown tables as table shapes. The body is read from the slide's sanitised HTML with the standard
library's HTML parser (html.parser), so what PowerPoint shows is what the presentation window shows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from pptx import Presentation
from pptx.oxml.ns import qn
from pptx.util import Emu, Inches, Pt

from ipt_desktop.core.content.markup import MD_LINK
from ipt_desktop.core.errors import ExportError
from ipt_desktop.core.trainer.slides import Deck, Slide

SLIDE_WIDTH = Inches(13.333)
SLIDE_HEIGHT = Inches(7.5)
LAYOUT_TITLE, LAYOUT_CONTENT, LAYOUT_TITLE_ONLY = 0, 1, 5
BODY_POINTS = 24  # the type of a short slide; a fuller one gets smaller type, down to MIN_POINTS
MIN_POINTS = 14
LINES_AT_BODY_POINTS = 11  # lines of 80 characters a slide holds at BODY_POINTS
TABLE_POINTS = 14
_BLOCK_TAGS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "td", "th"}


@dataclass
class Run:
    """A piece of text with its emphasis."""

    text: str
    bold: bool = False
    italic: bool = False
    code: bool = False


@dataclass
class Paragraph:
    """A body paragraph: ``kind`` is "text", "bullet", "number", "heading" or "code"; ``level`` 0 is the
    outermost list level.
    """

    kind: str
    level: int = 0
    runs: list[Run] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The paragraph's plain text."""
        return "".join(run.text for run in self.runs)


@dataclass
class Table:
    """A table: its rows of cell texts, the first row the header."""

    rows: list[list[str]] = field(default_factory=list)


class _BodyReader(HTMLParser):
    """Turns a slide's HTML into Paragraphs and Tables (lists keep their kind and nesting level)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.items: list[Paragraph | Table] = []
        self._lists: list[str] = []
        self._emphasis: list[str] = []
        self._current: Paragraph | None = None
        self._table: Table | None = None
        self._cell: list[str] | None = None
        self._in_pre = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Open lists, list items, paragraphs, table cells and emphasis."""
        if tag in ("ul", "ol"):
            self._end_paragraph()
            self._lists.append(tag)
        elif tag == "li":
            self._end_paragraph()
            kind = "number" if self._lists and self._lists[-1] == "ol" else "bullet"
            state = dict(attrs).get("class") or ""
            self._current = Paragraph(kind, max(0, len(self._lists) - 1))
            if state in ("checked", "unchecked"):
                self._current.kind = "text"
                self._current.runs.append(Run("☑ " if state == "checked" else "☐ "))
        elif tag == "table":
            self._end_paragraph()
            self._table = Table()
        elif tag == "tr" and self._table is not None:
            self._table.rows.append([])
        elif tag in ("td", "th") and self._table is not None:
            self._cell = []
        elif tag == "p" and self._current is not None and self._current.kind in ("bullet", "number"):
            return  # a loose list item's paragraph stays in the item
        elif tag in ("p", "h1", "h2", "h3", "h4", "h5", "h6", "pre"):
            self._end_paragraph()
            kind = "heading" if tag.startswith("h") else "code" if tag == "pre" else "text"
            self._current = Paragraph(kind, len(self._lists))
            self._in_pre = tag == "pre"
        elif tag in ("strong", "b", "em", "i", "code"):
            self._emphasis.append(tag)
        elif tag == "br":
            self.handle_data("\n")

    def handle_endtag(self, tag: str) -> None:
        """Close what handle_starttag opened."""
        if tag in ("ul", "ol"):
            self._end_paragraph()
            if self._lists:
                self._lists.pop()
        elif tag in ("td", "th") and self._table is not None and self._cell is not None:
            if self._table.rows:
                self._table.rows[-1].append(" ".join("".join(self._cell).split()))
            self._cell = None
        elif tag == "table" and self._table is not None:
            self.items.append(self._table)
            self._table = None
        elif tag in ("li", "h1", "h2", "h3", "h4", "h5", "h6", "pre"):
            self._end_paragraph()
            self._in_pre = False
        elif tag == "p" and self._current is not None and self._current.kind not in ("bullet", "number"):
            self._end_paragraph()
        elif tag in ("strong", "b", "em", "i", "code") and tag in self._emphasis:
            self._emphasis.reverse()
            self._emphasis.remove(tag)
            self._emphasis.reverse()

    def handle_data(self, data: str) -> None:
        """Text goes to the open table cell, or to the open paragraph (a new one when none is open)."""
        if self._cell is not None:
            self._cell.append(data)
            return
        if not self._in_pre:
            # HTML whitespace: a source line break and the next line's indentation are one space, as on screen.
            collapsed = " ".join(data.split())
            lead = " " if data[:1].isspace() else ""
            trail = " " if collapsed and data[-1:].isspace() else ""
            data = lead + collapsed + trail
            if self._current is not None and self._current.runs and self._current.runs[-1].text.endswith(" "):
                data = data.lstrip()
            if not data.strip() and (self._current is None or not self._current.runs):
                return
        if self._current is None:
            self._current = Paragraph("text", len(self._lists))
        bold = any(tag in ("strong", "b") for tag in self._emphasis)
        italic = any(tag in ("em", "i") for tag in self._emphasis)
        code = "code" in self._emphasis or self._in_pre
        self._current.runs.append(Run(data, bold, italic, code))

    def _end_paragraph(self) -> None:
        current, self._current = self._current, None
        if current is not None and current.text.strip():
            if current.runs and not self._in_pre:
                current.runs[0].text = current.runs[0].text.lstrip()
                current.runs[-1].text = current.runs[-1].text.rstrip()
            self.items.append(current)

    def close(self) -> None:
        """Finish reading and keep the last open paragraph."""
        super().close()
        self._end_paragraph()


def slide_body(html: str) -> list[Paragraph | Table]:
    """The body of a slide's HTML as Paragraphs and Tables, in order."""
    reader = _BodyReader()
    reader.feed(html)
    reader.close()
    return reader.items


def deck_summary(deck: Deck) -> str:
    """The title slide's subtitle in English: how many slides, from how many documents."""
    slides = f"{len(deck.slides)} slide" + ("" if len(deck.slides) == 1 else "s")
    if len(deck.doc_ids) < 2:
        return slides
    return f"{slides} · {len(deck.doc_ids)} documents"


def export_deck_pptx(deck: Deck, path: Path, subtitle: str = "") -> int:
    """Write ``deck`` as a .pptx file; returns the number of slides written (the title slide included).

    ``subtitle`` goes under the deck's name on the title slide. ExportError names the path when the file
    cannot be written.
    """
    path = Path(path)
    presentation = Presentation()
    presentation.slide_width = SLIDE_WIDTH
    presentation.slide_height = SLIDE_HEIGHT
    cover = presentation.slides.add_slide(presentation.slide_layouts[LAYOUT_TITLE])
    cover.shapes.title.text = deck.title
    cover.placeholders[1].text = subtitle
    _place_title_slide(cover)
    for slide in deck.slides:
        _add_slide(presentation, slide)
    presentation.core_properties.title = deck.title
    try:
        presentation.save(str(path))
    except OSError as exc:
        raise ExportError(f"cannot write PowerPoint file {path} ({exc.strerror or exc})") from None
    return len(presentation.slides)


def _add_slide(presentation, slide: Slide) -> None:
    items = slide_body(slide.html)
    has_table = any(isinstance(item, Table) for item in items)
    if slide.kind == "title" and slide.doc_id:
        page = presentation.slides.add_slide(presentation.slide_layouts[LAYOUT_TITLE])
        page.shapes.title.text = slide.title
        _fill_text(page.placeholders[1].text_frame, [i for i in items if isinstance(i, Paragraph)], 20)
        _place_title_slide(page)
        if slide.notes:
            page.notes_slide.notes_text_frame.text = MD_LINK.sub(r"\1", slide.notes)
        return
    elif has_table:
        page = presentation.slides.add_slide(presentation.slide_layouts[LAYOUT_TITLE_ONLY])
        page.shapes.title.text = slide.title
        _place_mixed(page, items)
    else:
        page = presentation.slides.add_slide(presentation.slide_layouts[LAYOUT_CONTENT])
        page.shapes.title.text = slide.title
        body = page.placeholders[1]
        body.left, body.top = Inches(0.6), Inches(1.6)
        body.width, body.height = SLIDE_WIDTH - Inches(1.2), SLIDE_HEIGHT - Inches(2.1)
        _fill_text(
            body.text_frame, items, _points_for(sum(_lines(p) for p in items if isinstance(p, Paragraph)))
        )
    title = page.shapes.title
    title.left, title.top, title.width, title.height = (
        Inches(0.6),
        Inches(0.35),
        SLIDE_WIDTH - Inches(1.2),
        Inches(1.1),
    )
    if slide.notes:
        page.notes_slide.notes_text_frame.text = MD_LINK.sub(r"\1", slide.notes)


def _place_title_slide(page) -> None:
    """The title slide's title and subtitle across the 16:9 slide (the default template is 4:3)."""
    title, subtitle = page.shapes.title, page.placeholders[1]
    title.left, title.top, title.width, title.height = (
        Inches(0.9),
        Inches(1.6),
        SLIDE_WIDTH - Inches(1.8),
        Inches(2.0),
    )
    subtitle.left, subtitle.top = Inches(0.9), Inches(3.8)
    subtitle.width, subtitle.height = SLIDE_WIDTH - Inches(1.8), Inches(2.6)


def _place_mixed(page, items: list[Paragraph | Table]) -> None:
    """Text boxes and table shapes one under the other, each as tall as its share of estimated lines."""
    groups: list[list[Paragraph] | Table] = []
    for item in items:
        if isinstance(item, Table):
            groups.append(item)
        elif groups and isinstance(groups[-1], list):
            groups[-1].append(item)
        else:
            groups.append([item])
    weights = [_table_lines(g) if isinstance(g, Table) else sum(_lines(p) for p in g) for g in groups]
    total = sum(weights) or 1
    top, left = Inches(1.6), Inches(0.6)
    width = SLIDE_WIDTH - Inches(1.2)
    room = SLIDE_HEIGHT - Inches(2.0)
    gap = Inches(0.15)
    for group, weight in zip(groups, weights, strict=True):
        height = Emu(int((room - gap * (len(groups) - 1)) * weight / total))
        if isinstance(group, Table):
            _add_table(page, group, left, top, width, height)
        else:
            box = page.shapes.add_textbox(left, top, width, height)
            box.text_frame.word_wrap = True
            _fill_text(box.text_frame, group, _points_for(sum(weights)))
        top += height + gap


def _add_table(page, table: Table, left, top, width, height) -> None:
    columns = max(len(row) for row in table.rows)
    rows = [row + [""] * (columns - len(row)) for row in table.rows]
    shape = page.shapes.add_table(
        len(rows), columns, left, top, width, Emu(min(height, Inches(0.45) * len(rows)))
    )
    grid = shape.table
    grid.first_row = True
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = grid.cell(r, c)
            cell.text = text
            for paragraph in cell.text_frame.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(TABLE_POINTS)
                    run.font.bold = r == 0


def _fill_text(frame, paragraphs: list[Paragraph], points: int) -> None:
    """Write paragraphs into a text frame, with real bullets and numbering and their levels; the frame
    shrinks its text on overflow (PowerPoint's "shrink text on overflow").
    """
    frame.word_wrap = True
    _shrink_on_overflow(frame)
    numbers: dict[int, int] = {}
    for n, item in enumerate(paragraphs):
        paragraph = frame.paragraphs[0] if n == 0 else frame.add_paragraph()
        paragraph.level = min(item.level, 8)
        if item.kind != "number":
            numbers.pop(item.level, None)
        _set_marker(paragraph, item)
        for piece in item.runs:
            run = paragraph.add_run()
            run.text = piece.text
            run.font.size = Pt(points + (4 if item.kind == "heading" else 0) - (2 if piece.code else 0))
            run.font.bold = piece.bold or item.kind == "heading" or None
            run.font.italic = piece.italic or None
            if piece.code:
                run.font.name = "Courier New"


def _set_marker(paragraph, item: Paragraph) -> None:
    """Bullet character, automatic numbering, or no marker, with a hanging indent for list levels."""
    p_pr = paragraph._p.get_or_add_pPr()
    for tag in ("a:buNone", "a:buAutoNum", "a:buChar", "a:buFont"):
        for old in p_pr.findall(qn(tag)):
            p_pr.remove(old)
    indent = Inches(0.35)
    if item.kind in ("bullet", "number"):
        p_pr.set("marL", str(int(indent * (item.level + 1))))
        p_pr.set("indent", str(-int(indent)))
        if item.kind == "number":
            marker = p_pr.makeelement(qn("a:buAutoNum"), {"type": "arabicPeriod"})
        else:
            marker = p_pr.makeelement(qn("a:buChar"), {"char": "•" if item.level == 0 else "–"})
    else:
        p_pr.set("marL", str(int(indent * item.level)))
        p_pr.set("indent", "0")
        marker = p_pr.makeelement(qn("a:buNone"), {})
    p_pr.append(marker)


def _shrink_on_overflow(frame) -> None:
    body_pr = frame._txBody.bodyPr
    for tag in ("a:noAutofit", "a:spAutoFit", "a:normAutofit"):
        for old in body_pr.findall(qn(tag)):
            body_pr.remove(old)
    body_pr.append(body_pr.makeelement(qn("a:normAutofit"), {}))


def _points_for(lines: float) -> int:
    """The type size at which about ``lines`` lines (of 80 characters at BODY_POINTS) fill the slide body."""
    if lines <= LINES_AT_BODY_POINTS:
        return BODY_POINTS
    return max(MIN_POINTS, int(BODY_POINTS * (LINES_AT_BODY_POINTS / lines) ** 0.5))


def _lines(paragraph: Paragraph) -> float:
    return max(1, len(paragraph.text) // 80 + 1) + 0.3


def _table_lines(table: Table) -> float:
    columns = max(1, max(len(row) for row in table.rows))
    return sum(max(1, max((len(cell) for cell in row), default=0) * columns // 80 + 1) for row in table.rows)
