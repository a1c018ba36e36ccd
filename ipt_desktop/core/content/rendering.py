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
    """Render Markdown to sanitised HTML with a table of contents."""
    md = _converter()
    md.reset()
    raw = md.convert(text)
    toc = tuple(_flatten(getattr(md, "toc_tokens", [])))
    return Rendered(sanitize_html(raw), toc)


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
