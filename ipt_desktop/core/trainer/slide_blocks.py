"""Blocks of slide Markdown and the line budget that splits a long slide into screenfuls.

A block is the smallest piece a slide may be cut between: a paragraph (or a run of sentences of a long one),
a heading, one list item, one table row, or a run of code lines. Costs are estimated screen lines at the
presentation window's type size; ``paginate`` packs blocks into pages of at most ``LINE_BUDGET`` lines and,
when a slide needs more than one page, spreads the blocks evenly over as few pages as hold them (no page
filled to the brim followed by a near-empty one).

``LINE_BUDGET`` is what a 16:9 slide holds under a one- or two-line title at the renderer's base type size
shrunk by at most about 15% (the renderer measures and fits each slide; the budget only decides where a
slide is cut).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from markdown.extensions.toc import slugify, unique

from ipt_desktop.core.content.markup import MD_LINK, atx_heading
from ipt_desktop.core.content.rendering import TocEntry

LINE_BUDGET = 18
CHARS_PER_LINE = 70
CODE_LINE_COST = 0.8
_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_SETEXT = re.compile(r"^(=+|-+)\s*$")
_LIST_ITEM = re.compile(r"^\s{0,3}(?:[-*+]|\d{1,9}[.)])\s+")
_TABLE_SEP_CELL = re.compile(r":?-{3,}:?")
# Linear on any text: a list marker's indent stops at the end of its line.
_MARKUP = re.compile(r"[*_`]|^[^\S\n]*(?:[-*+]|\d+[.)])\s+", re.MULTILINE)
_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+")


@dataclass(frozen=True)
class Block:
    """A piece of slide Markdown; ``header`` is repeated above it when it opens a page (table rows)."""

    text: str
    cost: float
    joins_previous: bool = False
    header: str = ""
    kind: str = "paragraph"


def fence_mask(lines: Sequence[str]) -> list[bool]:
    """True for each line inside a fenced code block, fence lines included."""
    mask, fence = [], ""
    for line in lines:
        match = _FENCE.match(line)
        if fence:
            mask.append(True)
            if (
                match
                and match.group(1)[0] == fence[0]
                and len(match.group(1)) >= len(fence)
                and not line.strip()[len(match.group(1)) :].strip()
            ):
                fence = ""
        elif match:
            fence = match.group(1)
            mask.append(True)
        else:
            mask.append(False)
    return mask


def estimated_lines(text: str, width: int = CHARS_PER_LINE) -> int:
    """Screen lines a run of Markdown takes when wrapped at ``width`` characters (link targets not counted)."""
    visible = _MARKUP.sub("", MD_LINK.sub(r"\1", text)).strip()
    return max(1, math.ceil(len(visible) / width))


def parse_blocks(text: str) -> list[Block]:
    """Cut slide Markdown into blocks with their estimated cost."""
    blocks: list[Block] = []
    for group, is_code in _groups(text):
        if is_code:
            blocks.extend(_code_blocks(group))
        elif atx_heading(group[0]) and len(group) == 1:
            blocks.append(Block(group[0], 2.0, kind="heading"))
        elif len(group) > 1 and _is_table_separator(group[1]) and "|" in group[0]:
            blocks.extend(_table_blocks(group))
        elif _LIST_ITEM.match(group[0]):
            blocks.extend(_list_blocks(group))
        else:
            blocks.extend(
                _paragraph_blocks(
                    " ".join(line.strip() for line in group) if _is_plain(group) else "\n".join(group)
                )
            )
    return blocks


def paginate(blocks: list[Block], budget: float = LINE_BUDGET) -> list[list[Block]]:
    """Pack blocks into as few pages of at most ``budget`` lines as hold them, balanced: each page gets about
    the same share; a heading never ends a page that has more after it.
    """
    pages = _fill(blocks, budget)
    if len(pages) < 2:
        return pages
    total = sum(block.cost for block in blocks)
    target = max(total / len(pages), max(block.cost for block in blocks))
    while target < budget:
        balanced = _fill(blocks, target)
        if len(balanced) <= len(pages):
            return balanced
        target += 0.5
    return pages


def _fill(blocks: list[Block], budget: float) -> list[list[Block]]:
    """Fill pages one after the other up to ``budget`` lines."""
    pages: list[list[Block]] = []
    page: list[Block] = []
    used = 0.0
    for block in blocks:
        if page and used + block.cost > budget:
            cut = _carry_from(page, budget)
            carried = page[cut:]
            pages.append(page[:cut])
            page, used = carried, sum(b.cost for b in carried)
        if not page and block.header:
            block = Block(block.header + "\n" + block.text, block.cost + 1.5, False, kind=block.kind)
        page.append(block)
        used += block.cost
    if page:
        pages.append(page)
    return pages


def _carry_from(page: list[Block], budget: float) -> int:
    """Where to cut a full page so that a heading starts the next page rather than dangling at the bottom."""
    heads = [n for n, block in enumerate(page) if block.kind == "heading" and n > 0]
    if heads and sum(block.cost for block in page[: heads[-1]]) >= 0.25 * budget:
        return heads[-1]
    return len(page)


def heading_anchors(body: str, toc: Sequence[TocEntry]) -> dict[str, tuple[int, int]]:
    """Map each heading's anchor (as rendering's table of contents names it) to (line number, level)."""
    headings = _headings(body)
    if len(headings) == len(toc):
        return {
            entry.anchor: (line, level) for entry, (line, level, _title) in zip(toc, headings, strict=False)
        }
    seen: set[str] = set()
    return {unique(slugify(title, "-"), seen): (line, level) for line, level, title in headings}


def section_text(body: str, where: tuple[int, int]) -> str:
    """The text from the heading at ``where`` (line, level) up to the next heading of the same or higher level."""
    start, level = where
    lines = body.splitlines()
    end = len(lines)
    for line, other_level, _title in _headings(body):
        if line > start and other_level <= level:
            end = line
            break
    return "\n".join(lines[start:end]).strip("\n")


def _headings(body: str) -> list[tuple[int, int, str]]:
    lines = body.splitlines()
    mask = fence_mask(lines)
    found = []
    for n, line in enumerate(lines):
        if mask[n]:
            continue
        heading = atx_heading(line)
        if heading:
            found.append((n, *heading))
        elif (
            line.strip()
            and n + 1 < len(lines)
            and not mask[n + 1]
            and _SETEXT.match(lines[n + 1])
            and not _LIST_ITEM.match(line)
            and (n == 0 or not lines[n - 1].strip())
        ):
            found.append((n, 1 if lines[n + 1].strip()[0] == "=" else 2, line.strip()))
    return found


def _groups(text: str) -> list[tuple[list[str], bool]]:
    """Blank-line separated groups of lines; each fenced code block is a group of its own (flag True)."""
    lines = text.splitlines()
    mask = fence_mask(lines)
    groups: list[tuple[list[str], bool]] = []
    current: list[str] = []
    current_code = False
    for line, fenced in zip(lines, mask, strict=False):
        if fenced != current_code and current:
            groups.append((current, current_code))
            current = []
        current_code = fenced
        if not fenced and not line.strip():
            if current:
                groups.append((current, False))
            current = []
            continue
        heading = not fenced and atx_heading(line)
        if heading and current:
            groups.append((current, False))
            current = []
        current.append(line)
        if heading:
            groups.append((current, False))
            current = []
    if current:
        groups.append((current, current_code))
    return groups


def _is_table_separator(line: str) -> bool:
    """A table's delimiter row (``| --- | :-: |``): cells of at least three dashes, colons at either end."""
    row = line.strip()
    row = row[1:] if row.startswith("|") else row
    row = row[:-1] if row.endswith("|") else row
    return all(_TABLE_SEP_CELL.fullmatch(cell.strip()) for cell in row.split("|"))


def _is_plain(group: list[str]) -> bool:
    return not any(line.startswith((">", "    ", "\t", "|")) or line.endswith("  ") for line in group)


def _code_blocks(group: list[str]) -> list[Block]:
    fence, inner = group[0], group[1:]
    closing = inner[-1] if inner and _FENCE.match(inner[-1]) else fence.strip()[:3]
    if inner and _FENCE.match(inner[-1]):
        inner = inner[:-1]
    per_page = max(1, int((LINE_BUDGET - 1) / CODE_LINE_COST))
    blocks = []
    for start in range(0, max(1, len(inner)), per_page):
        part = inner[start : start + per_page]
        text = "\n".join([fence, *part, closing])
        blocks.append(Block(text, 1 + CODE_LINE_COST * len(part), kind="code"))
    return blocks


def _table_blocks(group: list[str]) -> list[Block]:
    header = "\n".join(group[:2])
    rows = group[2:]
    head_cost = _row_cost(group[0]) + 0.5
    if not rows:
        return [Block(header, head_cost, kind="table")]
    blocks = [Block(header + "\n" + rows[0], head_cost + _row_cost(rows[0]), kind="table")]
    blocks += [Block(row, _row_cost(row), True, header, "table") for row in rows[1:]]
    return blocks


def _row_cost(row: str) -> float:
    """Lines a table row takes: its tallest cell wrapped in an equal share of the slide width, plus padding."""
    cells = [cell.strip() for cell in row.strip().strip("|").split("|")]
    width = max(8, CHARS_PER_LINE // max(1, len(cells)) - 2)
    return max(estimated_lines(cell, width) for cell in cells) + 0.5


def _list_blocks(group: list[str]) -> list[Block]:
    items: list[list[str]] = []
    for line in group:
        if _LIST_ITEM.match(line) or not items:
            items.append([line])
        else:
            items[-1].append(line)
    blocks = []
    for n, item in enumerate(items):
        text = "\n".join(item)
        blocks.append(Block(text, estimated_lines(text, CHARS_PER_LINE - 4) + 0.2, n > 0, kind="list"))
    return blocks


def _paragraph_blocks(text: str) -> list[Block]:
    cost = estimated_lines(text) + 0.5
    if cost <= LINE_BUDGET - 2 or "\n" in text:
        return [Block(text, cost)]
    limit = (LINE_BUDGET - 3) * CHARS_PER_LINE
    parts: list[str] = []
    for sentence in _SENTENCE_END.split(text):
        for piece in _word_runs(sentence, limit):
            if parts and len(parts[-1]) + 1 + len(piece) <= limit:
                parts[-1] += " " + piece
            else:
                parts.append(piece)
    return [Block(part, estimated_lines(part) + 0.5) for part in parts]


def _word_runs(sentence: str, limit: int) -> list[str]:
    if len(sentence) <= limit:
        return [sentence]
    runs, current = [], ""
    for word in sentence.split():
        if current and len(current) + 1 + len(word) > limit:
            runs.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    return runs + ([current] if current else [])
