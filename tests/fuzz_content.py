"""Fuzz targets for the content parsers: a document's YAML front matter and Markdown body, and the
Markdown rendered to HTML and to plain text (run through tests/fuzz_targets.py).
"""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from tests.fuzz_support import (
    ALIAS_BOMB,
    BRACKETS,
    MARKDOWN_CHARS,
    MARKDOWN_PIECES,
    NESTED,
    SETTINGS,
    YAML_CHARS,
    YAML_PIECES,
    _allowed,
    _assert_safe,
    _texts,
    _timed,
)

FRONT = (
    "id: fuzz-doc\ntitle: Fuzz\ntype: guide\nsummary: S.\nlanguage: en\nproject: P\n"
    "license: CC-BY-4.0\nupdated: 2026-01-01\n"
)


@SETTINGS
@given(st.booleans(), _texts(YAML_CHARS, YAML_PIECES, 500), _texts(MARKDOWN_CHARS, MARKDOWN_PIECES, 200))
@example(True, ALIAS_BOMB, "Body.")
@example(True, "deep: " + "[" * 900 + "]" * 900, BRACKETS)
@_timed
def front_matter(required: bool, yaml_text: str, body: str) -> None:
    from ipt_desktop.core.content.documents import parse_document

    text = "---\n" + (FRONT if required else "") + yaml_text + "\n---\n" + body
    _allowed(parse_document, text, "fuzz.md")


@SETTINGS
@given(_texts(MARKDOWN_CHARS, MARKDOWN_PIECES))
@example(BRACKETS)
@example(NESTED)
@example("*_" * 40_000)
@example("- x\n" * 100_000)
@example("<div>" * 40_000)
@example("~~~a\n" * 10_000)
@_timed
def markdown_to_html(text: str) -> None:
    from ipt_desktop.core.content.rendering import html_to_text, render_markdown
    from ipt_desktop.core.search.analysis import markdown_to_text

    rendered = render_markdown(text)  # never raises, whatever the text
    _assert_safe(rendered.html)
    html_to_text(rendered.html)
    markdown_to_text(text)
