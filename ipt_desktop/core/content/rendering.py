"""Markdown to safe HTML: Python-Markdown (extra, toc, sane_lists), then nh3 with an allowlist.

Only http, https, mailto and the app's own ``ipt:`` scheme survive in links and images; ``ipt://doc/ID``
links open another document and ``ipt://asset/NAME`` serves a bundled image. Everything else is removed.
"""

from __future__ import annotations

import html
import re
import threading
from dataclasses import dataclass

import markdown
import nh3

ALLOWED_SCHEMES = frozenset({"http", "https", "mailto", "ipt"})
ALLOWED_TAGS = frozenset(
    {
        "a",
        "abbr",
        "b",
        "blockquote",
        "br",
        "code",
        "dd",
        "del",
        "div",
        "dl",
        "dt",
        "em",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "i",
        "img",
        "ins",
        "li",
        "ol",
        "p",
        "pre",
        "span",
        "strong",
        "sub",
        "sup",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    }
)
ALLOWED_ATTRIBUTES = {
    "*": {"id", "class", "title"},
    "a": {"href"},
    "img": {"src", "alt", "width", "height"},
    "td": {"align", "colspan", "rowspan"},
    "th": {"align", "colspan", "rowspan"},
    "ol": {"start"},
}
_EXTENSIONS = ["extra", "toc", "sane_lists"]
# Tags of sanitised HTML (a tag run stops at the next "<", so hostile text is scanned once), the line
# breaks that html_to_text keeps, and the runs of spaces and blank lines it collapses.
_TAG = re.compile(r"<[^<>]*>")
_BREAK_TAG = re.compile(r"<(?:br|/p|/li|/h\d|/tr|/div)\s*/?>")
_BLANKS = re.compile(r"[ \t]+")
_BLANK_LINES = re.compile(r"\n{3,}")
_local = threading.local()

# Bounds on what Python-Markdown is given. Its block parser recurses once per list or quote level (lists
# nested 1,400 deep: a RecursionError after 73 s at 1.6 GB), its inline, raw-HTML and table-of-contents
# passes grow with the square of the markup, tags or repeated headings they see ("*_" × 200,000: over two
# minutes), and it spends about 0.1 ms on each line. A document is rendered as always up to the first line
# that passes a bound; from there on it is shown as preformatted text under a notice. The bundled library
# stays far below every bound (at most 160 lines, 3 levels, 60 markup characters in a paragraph).
MAX_NESTING = 16  # list markers, quote marks and 4-column indents before a line's text
MAX_LINES = 10_000
MAX_CHARS = 1_000_000
MAX_MARKUP = 20_000  # characters that start inline markup: * _ ` [ ] \ &
MAX_TAGS = 10_000  # "<", the start of raw HTML
MAX_HEADINGS = 2_000
MAX_ABBREVIATIONS = 100  # "*[HTML]: …" definitions, each one more pattern run over every paragraph
MAX_FOOTNOTES = 1_000  # "[^1]: …" definitions
# A fence line (``` or ~~~) that is never closed makes Python-Markdown scan the rest of the text: the fence
# lines times the characters they may scan is bounded (1 MB of text allows 40 fences, 10 KB allows 4,000).
MAX_FENCE_WORK = 40_000_000
# Inline markup costs time that grows with the length of its paragraph: each "[" makes Python-Markdown look
# for its "]" one character at a time (to the paragraph's end when there is none), and each match of another
# pattern rebuilds the paragraph's text. Summed over paragraphs, "[" times length and markup times length are
# bounded (about a second each; the bundled library needs at most 23,000 and 250,000).
MAX_LINK_WORK = 2_000_000
MAX_INLINE_WORK = 4_000_000_000
TRUNCATED_NOTICE = (
    "This document is too large or too deeply nested to show with its formatting; "
    "the rest of it is shown as plain text."
)
_MARKUP_CHARS = "*_`[]\\&"
_LEAD = re.compile(r"[ \t>]+")
_LIST_MARKER = re.compile(r"(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)")


@dataclass(frozen=True)
class TocEntry:
    """One heading: level (1–6), text and anchor id."""

    level: int
    title: str
    anchor: str


@dataclass(frozen=True)
class Rendered:
    """Sanitised HTML and the document's table of contents."""

    html: str
    toc: tuple[TocEntry, ...]


def _converter() -> markdown.Markdown:
    # Markdown instances are not thread-safe but are costly to build: keep one per thread.
    md = getattr(_local, "md", None)
    if md is None:
        md = markdown.Markdown(extensions=_EXTENSIONS, extension_configs={"toc": {"permalink": False}})
        _local.md = md
    return md


def sanitize_html(raw: str) -> str:
    """Clean untrusted HTML with the app's allowlist."""
    return nh3.clean(
        raw,
        tags=set(ALLOWED_TAGS),
        attributes={k: set(v) for k, v in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(ALLOWED_SCHEMES),
        link_rel=None,
        strip_comments=True,
    )


def render_markdown(text: str) -> Rendered:
    """Render Markdown to sanitised HTML with a table of contents.

    Past the bounds above, the rest of the text is shown preformatted under a notice; should Python-Markdown
    fail all the same, the whole text is. Never raises."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")  # as Python-Markdown reads line ends
    structured, rest = split_at_bounds(text)
    md = _converter()
    try:
        md.reset()
        raw = md.convert(structured)
        toc = tuple(_flatten(getattr(md, "toc_tokens", [])))
    except Exception:  # a renderer bug or a recursion limit must not lose the document
        _local.md = None
        raw, toc, rest = "", (), text
    if rest:
        raw += f'\n<p class="render-notice"><em>{TRUNCATED_NOTICE}</em></p>\n<pre>{html.escape(rest)}</pre>'
    return Rendered(mark_task_items(sanitize_html(raw)), toc)


# A list item that starts with a task box: "[ ]" / "[x]" as written, or "☐" / "☑" (slides write those).
_TASK_ITEM = re.compile(r"<li>(<p>)?(?:\[([ xX])\]|([☐☑]))\s*")


def mark_task_items(sanitised: str) -> str:
    """Task list items (``- [ ] to do``, ``- [x] done``) as ``<li class="unchecked">`` / ``"checked"``, which
    Qt's rich text draws as a box in place of the bullet (in the reader, on slides and in PDFs)."""
    return _TASK_ITEM.sub(_task_item, sanitised)


def _task_item(match: re.Match[str]) -> str:
    box = match.group(2) if match.group(2) is not None else ("x" if match.group(3) == "☑" else " ")
    return f'<li class="{"unchecked" if box == " " else "checked"}">{match.group(1) or ""}'


def split_at_bounds(text: str) -> tuple[str, str]:
    """(the text up to the first line past a bound, the rest); the rest is empty for any usual document."""
    lines = text.split("\n", MAX_LINES)
    used = markup = tags = headings = abbreviations = footnotes = fences = 0
    # link and inline work of the paragraphs before this one, and this paragraph's "[", markup and length
    links_before = inline_before = block_links = block_markup = block_chars = 0
    scanned = min(len(text), MAX_CHARS)
    for number, line in enumerate(lines):
        used += len(line) + 1
        line_markup = sum(line.count(c) for c in _MARKUP_CHARS)
        markup += line_markup
        tags += line.count("<")
        headings += _is_heading(line)
        abbreviations += line.startswith("*[")
        footnotes += line.startswith("[^")
        fences += line.startswith(("```", "~~~"))
        if line.strip(" "):
            block_links += line.count("[")
            block_markup += line_markup + line.count("<")
            block_chars += len(line) + 1
        else:
            links_before += block_links * block_chars
            inline_before += block_markup * block_chars
            block_links = block_markup = block_chars = 0
        if (
            number >= MAX_LINES
            or used > MAX_CHARS
            or markup > MAX_MARKUP
            or tags > MAX_TAGS
            or headings > MAX_HEADINGS
            or abbreviations > MAX_ABBREVIATIONS
            or footnotes > MAX_FOOTNOTES
            or fences * scanned > MAX_FENCE_WORK
            or links_before + block_links * block_chars > MAX_LINK_WORK
            or inline_before + block_markup * block_chars > MAX_INLINE_WORK
            or _nesting(line) > MAX_NESTING
        ):
            return "\n".join(lines[:number]), "\n".join(lines[number:])
    return text, ""


def limit_tags(raw: str, limit: int) -> tuple[str, bool]:
    """(HTML up to its limit-th "<", whether anything was cut): nh3's HTML parser takes time that grows with
    the square of the nesting (200,000 unclosed <div>: four minutes), and nesting needs tags."""
    if raw.count("<") <= limit:
        return raw, False
    cut = -1
    for _ in range(limit + 1):
        cut = raw.find("<", cut + 1)
    return raw[:cut], True


def _is_heading(line: str) -> bool:
    """An ATX heading line, or a line of only "=" or only "-" (a setext underline or a rule)."""
    stripped = line.strip(" \t")
    return stripped.startswith("#") or (
        stripped != "" and (not stripped.strip("=") or not stripped.strip("-"))
    )


def _nesting(line: str) -> int:
    """Containers a line opens or continues: list markers, quote marks and 4-column indents (tabs count 4);
    counting stops past MAX_NESTING."""
    depth = columns = pos = 0
    while depth + columns // 4 <= MAX_NESTING:
        lead = _LEAD.match(line, pos)
        if lead is not None:
            run = lead.group()
            depth += run.count(">")
            columns += run.count(" ") + 4 * run.count("\t")
            pos = lead.end()
        marker = _LIST_MARKER.match(line, pos)
        if marker is None:
            break
        depth += 1
        pos = marker.end()
    return depth + columns // 4


def _flatten(tokens: list[dict]) -> list[TocEntry]:
    out: list[TocEntry] = []
    for token in tokens:
        out.append(TocEntry(int(token["level"]), html.unescape(_strip_tags(token["name"])), token["id"]))
        out.extend(_flatten(token.get("children", [])))
    return out


def _strip_tags(text: str) -> str:
    return _TAG.sub("", text)


def html_to_text(fragment: str) -> str:
    """Plain text of sanitised HTML, for the index and for ``show --format text``."""
    cleaned = nh3.clean(
        fragment,
        tags={"p", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "div"},
        attributes={},
        link_rel=None,
    )
    text = _BREAK_TAG.sub("\n", cleaned)
    text = html.unescape(_TAG.sub("", text))
    return _BLANK_LINES.sub("\n\n", _BLANKS.sub(" ", text)).strip()
